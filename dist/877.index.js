export const id = 877;
export const ids = [877];
export const modules = {

/***/ 1046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NW: () => (/* binding */ retryIO),
/* harmony export */   sb: () => (/* binding */ heldRetryIO),
/* harmony export */   vK: () => (/* binding */ quietRetryIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/**
 * The clock and log of the action's retries (retry.ts): real waits, and each
 * retry a warning; or a line of the log, for a read that only a report needs.
 */

const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const retryIO = { sleep, log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(message) };
const quietRetryIO = { sleep, log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(message) };
/**
 * `quietRetryIO` for a read made ahead, while another step's log group is
 * open (the Build's): what it logs is held until the read is taken
 * (`release`), and written then, in the group of the step that takes it.
 * Retries made while a command's output is fenced (the relay's, during the
 * engine's push) are held the same way, as warnings (`write`).
 */
function heldRetryIO(write = _actions_core__WEBPACK_IMPORTED_MODULE_0__.info) {
    let held = [];
    return {
        io: {
            sleep,
            log: (message) => (held ? void held.push(message) : write(message))
        },
        release: () => {
            for (const line of held ?? [])
                write(line);
            held = undefined;
        }
    };
}


/***/ }),

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports classifyFailure, backoffDelays */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Retrying what a flaky registry breaks: which failures are worth another
 * try, and how long to wait. The decisions are pure; `withRetries` takes its
 * clock and its log from the caller.
 */

const DEFAULT_RETRY = {
    attempts: 4,
    baseDelayMs: 2_000,
    maxDelayMs: 30_000,
    stallMs: 600_000
};
/**
 * The distribution spec's error codes, as docker prints them (`toomanyrequests:
 * …`, `name unknown: …`): lower case, `_` as a space, then the message.
 */
const TRANSIENT_CODES = ['toomanyrequests', 'unavailable'];
const FATAL_CODES = [
    'unauthorized',
    'denied',
    'name unknown',
    'name invalid',
    'manifest unknown',
    'manifest invalid',
    'manifest unverified',
    'manifest blob unknown',
    'blob unknown',
    'blob upload unknown',
    'blob upload invalid',
    'digest invalid',
    'size invalid',
    'tag invalid',
    'unsupported'
];
const ERROR_CODE = new RegExp(`^(${[...TRANSIENT_CODES, ...FATAL_CODES].join('|')}):`, 'i');
/**
 * How a status is named: docker's `HTTP 429 response body`, `status: 503 …`,
 * and containerd's (the containerd image store's pushes) `unexpected status
 * from HEAD request to https://…: 500 Internal Server Error`.
 */
const STATUS = /\bHTTP(?:\/[\d.]+)? (\d{3})\b|\bstatus(?: code)?(?: from [A-Z]+ request to \S+)?:? (\d{3})\b/i;
/** A wait or refusal that asking again may end: timeout, rate limit, server trouble. */
const TRANSIENT_STATUS = (status) => status === 408 || status === 429 || status >= 500;
// Without a status or code, the wording: checked first, the registry said no.
const FATAL = [
    /\b401\b|unauthori[sz]ed|authentication required|no basic auth credentials/i,
    /\b403\b|forbidden|denied/i,
    /incorrect username or password|invalid (?:username|password|credentials)/i,
    /no such host/i,
    /manifest invalid|blob unknown|name unknown|unsupported/i
];
const TRANSIENT = [
    /too ?many ?requests|rate limit|service unavailable|bad gateway|gateway time-?out/i,
    /connection (?:reset|refused|closed)|broken pipe|\bEOF\b/i,
    /(?:host|network) (?:is )?unreachable|no route to host/i,
    /time(?:d)? ?out|deadline exceeded|request canceled/i,
    /temporary failure|try again|server misbehaving/i
];
/** What a failed command said: docker prints its error last on stderr. */
function failureText(result) {
    const last = (text) => text
        .split('\n')
        .map(line => line.trim())
        .filter(Boolean)
        .at(-1);
    return last(result.stderr) ?? last(result.stdout) ?? `exit code ${result.exitCode}`;
}
/**
 * A failed docker command, read from what it printed: retry, or give up now.
 * What the registry said decides, its error code, else its HTTP status; a
 * message's wording ("access denied" in a 429's body) only where neither is
 * there, as for a connection that broke.
 */
function classifyFailure(text) {
    const code = ERROR_CODE.exec(text.replace(/^Error response from daemon: /, ''))?.[1];
    if (code)
        return TRANSIENT_CODES.includes(code.toLowerCase()) ? 'transient' : 'fatal';
    const status = STATUS.exec(text);
    if (status)
        return TRANSIENT_STATUS(Number(status[1] ?? status[2])) ? 'transient' : 'fatal';
    if (FATAL.some(pattern => pattern.test(text)))
        return 'fatal';
    return TRANSIENT.some(pattern => pattern.test(text)) ? 'transient' : 'fatal';
}
/** The waits before the 2nd, 3rd… try: base, 2·base, 4·base…, each at most maxDelayMs. */
function backoffDelays(policy) {
    const delays = [];
    for (let retry = 0; retry < policy.attempts - 1; retry++) {
        delays.push(Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs));
    }
    return delays;
}
/** `run` as one attempt for `withRetries`: what it throws is a failed attempt. */
async function attempt(run) {
    try {
        return { ok: true, value: await run() };
    }
    catch (error) {
        return { ok: false, error: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error) };
    }
}
/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's tries are
 * spent. `firstFailure` is a first try made elsewhere (a push from the build)
 * that failed: it counts as the first.
 */
async function withRetries(what, policy, attempt, io, firstFailure) {
    const delays = backoffDelays(policy);
    for (let tries = 1;; tries++) {
        const result = tries === 1 && firstFailure !== undefined
            ? { ok: false, error: firstFailure }
            : await attempt();
        if (result.ok)
            return { ok: true, value: result.value, attempts: tries };
        const kind = classifyFailure(result.error);
        const delay = delays[tries - 1];
        if (kind === 'fatal' || delay === undefined) {
            return { ok: false, error: result.error, attempts: tries, kind };
        }
        io.log(`${what}: attempt ${tries} of ${policy.attempts} failed (${result.error}); ` +
            `retrying in ${formatDelay(delay)}`);
        await io.sleep(delay);
    }
}
function formatDelay(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}


/***/ }),

/***/ 1877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loginRegistries: () => (/* binding */ loginRegistries),
  logoutRegistries: () => (/* binding */ logoutRegistries),
  planRegistryLogins: () => (/* binding */ planRegistryLogins)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/registry/kinds.ts
/**
 * Which kind of registry a host is, and what its name tells about it. Pure.
 * The kind decides where credentials come from when none are given.
 */
const DOCKER_HUB_HOSTS = new Set([
    'docker.io',
    'index.docker.io',
    'registry-1.docker.io',
    'registry.hub.docker.com'
]);
// <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn], and the dual-stack
// <account>.dkr-ecr[-fips].<region>.on.aws.
const ECR = /^(\d{12})\.dkr[.-]ecr(?:-fips)?\.([a-z0-9-]+)\.(?:amazonaws\.com(?:\.cn)?|on\.aws)$/;
const ARTIFACT_REGISTRY = /^([a-z0-9-]+)-docker\.pkg\.dev$/;
function registryKind(host) {
    const name = hostname(host).toLowerCase();
    if (DOCKER_HUB_HOSTS.has(name))
        return { host, kind: 'docker-hub' };
    if (name === 'ghcr.io')
        return { host, kind: 'ghcr' };
    if (name === 'public.ecr.aws')
        return { host, kind: 'ecr-public', region: 'us-east-1' };
    const ecr = ECR.exec(name);
    if (ecr)
        return { host, kind: 'ecr', accountId: ecr[1] ?? '', region: ecr[2] ?? '' };
    if (name === 'gcr.io' || name.endsWith('.gcr.io'))
        return { host, kind: 'gcr' };
    const ar = ARTIFACT_REGISTRY.exec(name);
    if (ar)
        return { host, kind: 'artifact-registry', region: ar[1] ?? '' };
    return { host, kind: 'generic' };
}
/** The host without its port; an IPv6 literal keeps its brackets. */
function hostname(host) {
    const port = /:\d+$/.exec(host);
    return port && !host.endsWith(']') ? host.slice(0, port.index) : host;
}
const KIND_NAMES = {
    'docker-hub': 'Docker Hub',
    ghcr: 'GitHub Container Registry',
    ecr: 'Amazon ECR',
    'ecr-public': 'Amazon ECR Public',
    gcr: 'Google Container Registry',
    'artifact-registry': 'Google Artifact Registry',
    generic: 'registry'
};

;// CONCATENATED MODULE: ./src/registry/credentials.ts
/**
 * Which credentials log in to which registry. Pure: the shell reads the
 * inputs and the environment, this decides, login.ts carries it out.
 */


/**
 * Plans one login per registry: every registry given credentials, and each
 * registry pushed to that has a fallback (GHCR's token, AWS, Google's file).
 * Fallbacks are for pushes only, so a build that pushes nothing (a pull
 * request from a fork, without secrets) never fails for want of them.
 */
function planLogins(tagRegistries, push, sources) {
    const logins = new Map();
    const notes = [];
    for (const given of sources.given) {
        if (given.password === '') {
            if (given.username)
                notes.push(`${given.input}: no password for "${given.username}", so no login`);
            continue;
        }
        const host = givenHost(given, tagRegistries);
        if (logins.has(host)) {
            throw new errors/* InputError */.d(given.input, `registry "${host}" is given credentials twice`);
        }
        logins.set(host, planGiven(registryKind(host), given, sources));
    }
    if (!push)
        return { logins: [...logins.values()], notes };
    for (const host of tagRegistries) {
        if (logins.has(normalizeHost(host)))
            continue;
        const plan = planFallback(registryKind(host), sources, notes);
        if (plan)
            logins.set(normalizeHost(host), plan);
    }
    return { logins: [...logins.values()], notes };
}
/** As docker names registries: Docker Hub is `docker.io`; a URL is reduced to its host. */
function normalizeHost(registry) {
    const host = registry
        .trim()
        .replace(/^https?:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return registryKind(host).kind === 'docker-hub' ? 'docker.io' : host;
}
function givenHost(given, tagRegistries) {
    if (given.registry)
        return normalizeHost(given.registry);
    const hosts = [...new Set(tagRegistries.map(normalizeHost))];
    if (hosts.length > 1) {
        throw new errors/* InputError */.d('registry', `a password is given but the tags name several registries (${hosts.join(', ')}); ` +
            'set registry, or use registry-auth for several');
    }
    return hosts[0] ?? 'docker.io';
}
function planGiven(registry, given, sources) {
    const source = `input ${given.input}`;
    const { username, password } = given;
    switch (registry.kind) {
        case 'ecr':
        case 'ecr-public':
            // As docker/login-action: AWS keys in username/password, or a ready token for user AWS.
            if (username === 'AWS')
                return { registry, source, method: { kind: 'password', username, password } };
            return {
                registry,
                source: `${source} (AWS access keys)`,
                method: {
                    kind: 'ecr',
                    region: ecrRegion(registry),
                    ...(username ? { accessKeyId: username, secretAccessKey: password } : {})
                }
            };
        case 'gcr':
        case 'artifact-registry':
            return {
                registry,
                source,
                method: { kind: 'password', username: username || googleUser(password), password }
            };
        case 'ghcr':
            return {
                registry,
                source,
                method: { kind: 'password', username: username || actor(sources), password }
            };
        default:
            if (!username) {
                throw new errors/* InputError */.d(given.input, `a password is given for "${registry.host}" but no username`);
            }
            return { registry, source, method: { kind: 'password', username, password } };
    }
}
function planFallback(registry, sources, notes) {
    switch (registry.kind) {
        case 'ghcr':
            if (!sources.githubToken)
                return undefined;
            return {
                registry,
                source: 'input github-token',
                method: { kind: 'password', username: actor(sources), password: sources.githubToken }
            };
        case 'ecr':
        case 'ecr-public':
            return {
                registry,
                source: 'the AWS credential chain',
                method: { kind: 'ecr', region: ecrRegion(registry) }
            };
        case 'gcr':
        case 'artifact-registry':
            return googleFallback(registry, sources, notes);
        default:
            return undefined;
    }
}
function googleFallback(registry, sources, notes) {
    const file = sources.googleCredentials;
    if (!file)
        return undefined;
    const type = jsonType(file.content);
    if (type === 'service_account') {
        return {
            registry,
            source: `the service-account key in GOOGLE_APPLICATION_CREDENTIALS (${file.path})`,
            method: { kind: 'password', username: '_json_key', password: file.content }
        };
    }
    if (type === 'external_account') {
        return {
            registry,
            source: `workload identity federation in GOOGLE_APPLICATION_CREDENTIALS (${file.path})`,
            method: { kind: 'google-federation', config: file.content }
        };
    }
    notes.push(`GOOGLE_APPLICATION_CREDENTIALS (${file.path}) holds "${type || 'unreadable'}" credentials, ` +
        `which cannot log in to ${registry.host} by themselves; give an access token as password ` +
        '(google-github-actions/auth with token_format: access_token)');
    return undefined;
}
/** A service-account JSON key logs in as `_json_key`; anything else is an access token. */
function googleUser(password) {
    return jsonType(password) === 'service_account' ? '_json_key' : 'oauth2accesstoken';
}
function jsonType(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed === 'object' && parsed !== null && 'type' in parsed) {
            return typeof parsed.type === 'string' ? parsed.type : '';
        }
    }
    catch {
        // Not JSON: an access token.
    }
    return '';
}
/** A token is only good in its own region: the host's (ECR Public's API is in us-east-1). */
function ecrRegion(registry) {
    return registry.region || 'us-east-1';
}
function actor(sources) {
    return sources.githubActor || 'github-actions';
}

// EXTERNAL MODULE: ./src/engine/family.ts + 4 modules
var engine_family = __webpack_require__(3547);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __webpack_require__(26);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/registry/http.ts
var http = __webpack_require__(8851);
;// CONCATENATED MODULE: ./src/registry/google.ts
/**
 * Workload identity federation, as google-github-actions/auth sets it up: its
 * credentials file is an `external_account` config that says where to get the
 * job's OIDC token, how to trade it at Google's STS for an access token, and
 * (optionally) which service account to impersonate with it. Every URL comes
 * from that file; each request goes through the runner's proxy, where it
 * names one (http.ts).
 */


const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Reads an `external_account` credentials file; throws saying what is missing. Pure. */
function parseExternalAccount(content) {
    const json = JSON.parse(content);
    const text = (value, name) => {
        if (typeof value !== 'string' || value === '')
            throw new Error(`it has no ${name}`);
        return value;
    };
    const source = (json.credential_source ?? {});
    const format = (source.format ?? {});
    const field = format.type === 'json'
        ? text(format.subject_token_field_name, 'subject_token_field_name')
        : undefined;
    const headers = (source.headers ?? {});
    return {
        audience: text(json.audience, 'audience'),
        subjectTokenType: text(json.subject_token_type, 'subject_token_type'),
        tokenUrl: text(json.token_url, 'token_url'),
        ...(typeof json.service_account_impersonation_url === 'string'
            ? { impersonationUrl: json.service_account_impersonation_url }
            : {}),
        source: typeof source.file === 'string'
            ? { file: source.file, ...(field ? { field } : {}) }
            : {
                url: text(source.url, 'credential_source file or url'),
                headers,
                ...(field ? { field } : {})
            }
    };
}
/** An access token for the federated identity: docker logs in with it as `oauth2accesstoken`. */
async function googleAccessToken(content) {
    const account = parseExternalAccount(content);
    const subjectToken = await readSubjectToken(account);
    const sts = await postJson(account.tokenUrl, { 'Content-Type': 'application/x-www-form-urlencoded' }, new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: account.audience,
        scope: SCOPE,
        requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        subject_token: subjectToken,
        subject_token_type: account.subjectTokenType
    }).toString());
    let token = field(sts, 'access_token', 'the STS');
    if (account.impersonationUrl) {
        const impersonated = await postJson(account.impersonationUrl, { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, JSON.stringify({ scope: [SCOPE], lifetime: '3600s' }));
        token = field(impersonated, 'accessToken', 'service account impersonation');
    }
    return { username: 'oauth2accesstoken', password: token };
}
async function readSubjectToken(account) {
    const { source } = account;
    let raw;
    if ('file' in source) {
        raw = await (0,promises_.readFile)(source.file, 'utf8');
    }
    else {
        const answer = await (0,http/* httpRequest */.a)('GET', source.url, source.headers);
        if (!answer.ok) {
            answer.discard();
            throw new Error(`the OIDC token request answered ${answer.status}`);
        }
        raw = (await answer.bytes()).toString('utf8');
    }
    if (!source.field)
        return raw.trim();
    return field(JSON.parse(raw), source.field, 'the OIDC token source');
}
async function postJson(url, headers, body) {
    const answer = await (0,http/* httpRequest */.a)('POST', url, headers, Buffer.from(body));
    if (!answer.ok) {
        // The body of an error names the problem (e.g. an audience not allowed); it holds no token.
        const detail = await answer.bytes(64 * 1024).then(bytes => bytes.toString('utf8').slice(0, 200), () => '(unreadable)');
        throw new Error(`${new URL(url).host} answered ${answer.status}: ${detail}`);
    }
    return (await answer.json());
}
function field(json, name, from) {
    const value = json[name];
    if (typeof value !== 'string' || value === '')
        throw new Error(`${from} returned no ${name}`);
    return value;
}

// EXTERNAL MODULE: ./src/registry/retry.ts
var retry = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/registry/retry-io.ts
var retry_io = __webpack_require__(1046);
;// CONCATENATED MODULE: ./src/registry/login.ts
/** Logging in and out of registries with docker, in the run's own config dir. */







/**
 * Logs in to each planned registry in turn; `onLogin` hears of each success
 * (so post can log out of those even when a later one fails). Throws on the
 * first registry that refuses, naming it.
 */
async function loginAll(plans, policy, onLogin, family) {
    for (const plan of plans) {
        const { host } = plan.registry;
        const name = `${host} (${KIND_NAMES[plan.registry.kind]})`;
        core.info(`Logging in to ${name} with credentials from ${plan.source}`);
        const credentials = await resolve(plan, name);
        maskSecret(credentials.password);
        const outcome = await (0,retry/* withRetries */.LH)(`Login to ${host}`, policy, async () => {
            const result = await (0,exec/* execCommand */.NK)(family.command, family.loginArgs(host, credentials.username), { input: credentials.password, silent: true });
            return result.exitCode === 0
                ? { ok: true, value: undefined }
                : { ok: false, error: (0,retry/* failureText */.kY)(result) };
        }, retry_io/* retryIO */.NW);
        if (!outcome.ok) {
            const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
            throw new Error(`Login to ${name} failed${tries}: ${outcome.error}` +
                (outcome.kind === 'fatal' ? `; check the credentials from ${plan.source}` : ''));
        }
        onLogin(host);
        core.info(`Logged in to ${host}`);
    }
}
async function resolve(plan, name) {
    const { method } = plan;
    if (method.kind === 'password')
        return method;
    if (method.kind === 'google-federation') {
        try {
            return await googleAccessToken(method.config);
        }
        catch (error) {
            throw new Error(`Login to ${name} failed: no access token by workload identity federation (${(0,errors/* errorMessage */.g)(error)})`);
        }
    }
    try {
        // The AWS SDK is most of the bundle: load it only for an ECR login.
        const { ecrCredentials } = await Promise.all(/* import() */[__webpack_require__.e(669), __webpack_require__.e(549), __webpack_require__.e(52)]).then(__webpack_require__.bind(__webpack_require__, 9052));
        return await ecrCredentials(plan.registry, method);
    }
    catch (error) {
        throw new Error(`Login to ${name} failed: no token from AWS GetAuthorizationToken (${(0,errors/* errorMessage */.g)(error)}). ` +
            'Configure AWS credentials (aws-actions/configure-aws-credentials) before this step, ' +
            'or give username and password');
    }
}
/** Masks a secret, and each line of a multi-line one (a JSON key), in every later log line. */
function maskSecret(secret) {
    core.setSecret(secret);
    for (const line of secret.split('\n'))
        if (line.trim().length >= 8)
            core.setSecret(line.trim());
}
/** Best effort: post calls this before it deletes the config dir anyway. */
async function logout(host, family) {
    const result = await (0,exec/* execCommand */.NK)(family.command, family.logoutArgs(host), { silent: true });
    if (result.exitCode !== 0) {
        core.warning(`Logout from ${host} failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
    }
    else {
        core.info(`Logged out of ${host}`);
    }
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/registry/session.ts
/**
 * The registry step of a run, as main and post see it: plan the logins, give
 * the run its own docker config, log in; and in post, log out and delete it.
 */









/** Decides every login before anything runs: a credential mistake fails here, with nothing done. */
function planRegistryLogins(auth, tags, push) {
    const registries = [...new Set(tags.map(tag => (0,reference/* parseImageReference */.o_)(tag).registry))];
    const google = readGoogleCredentials();
    return planLogins(registries, push, { ...auth, ...(google ? { googleCredentials: google } : {}) });
}
/** Logs in to every planned registry, with credentials kept in a config dir of this run's own. */
async function loginRegistries(plan, auth, tempParent, family) {
    for (const note of plan.notes)
        core.warning(note);
    if (plan.logins.length === 0) {
        core.info('No registry to log in to');
        return;
    }
    const dockerConfig = (0,docker_config/* isolateDockerConfig */.KY)(tempParent, plan.logins.map(login => login.registry.host));
    (0,state/* saveState */.L)({ dockerConfig });
    core.info(`Credentials go to this run's own docker config: ${dockerConfig}`);
    const loggedIn = [];
    await loginAll(plan.logins, auth.retry, host => {
        loggedIn.push(host);
        (0,state/* saveState */.L)({ registries: loggedIn });
    }, family);
}
/** Post: logs out of what main logged in to, then deletes the run's docker config. */
async function logoutRegistries(state) {
    if (!state.dockerConfig)
        return;
    (0,docker_config/* useRunConfig */.P4)(state.dockerConfig);
    const family = (0,engine_family/* familyOf */.A)({ frontend: state.frontend ?? 'docker' });
    for (const host of state.registries ?? []) {
        try {
            await logout(host, family);
        }
        catch (error) {
            core.warning(`Logout from ${host} failed: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    try {
        (0,external_node_fs_.rmSync)(state.dockerConfig, { recursive: true, force: true });
        core.info(`Removed this run's docker config ${state.dockerConfig}`);
    }
    catch (error) {
        core.warning(`Could not remove ${state.dockerConfig}: ${(0,errors/* errorMessage */.g)(error)}`);
    }
}
/** The file google-github-actions/auth leaves, when there is one. */
function readGoogleCredentials() {
    const file = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    if (!file)
        return undefined;
    try {
        return { path: file, content: (0,external_node_fs_.readFileSync)(file, 'utf8') };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ saveState),
/* harmony export */   r: () => (/* binding */ markMain)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _saved_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7232);


let saved = {};
/** Marks that main has run, so the same entry point runs post next time. */
function markMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_saved_state_js__WEBPACK_IMPORTED_MODULE_1__.POST_FLAG, 'true');
}
/** Adds to the state main hands to post: each part of main saves its own fields. */
function saveState(state) {
    saved = { ...saved, ...state };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(_saved_state_js__WEBPACK_IMPORTED_MODULE_1__.STATE_KEY, JSON.stringify(saved));
}


/***/ })

};
