export const id = 313;
export const ids = [313,462];
export const modules = {

/***/ 9313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/context.ts

function readContext(env = process.env) {
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        payload: readPayload(env.GITHUB_EVENT_PATH)
    };
}
function readPayload(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        // A run with no readable event (e.g. a local run) is a run without an event.
        return {};
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./src/exec.ts

/**
 * The one place external commands run. Never throws on a non-zero exit: the
 * caller reads `exitCode` and decides what the failure means.
 */
async function execCommand(command, args, options = {}) {
    const env = options.env ? { ...stringEnv(process.env), ...options.env } : undefined;
    const result = await exec/* getExecOutput */.H(command, [...args], {
        ignoreReturnCode: true,
        silent: options.silent ?? false,
        ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
        ...(env ? { env } : {}),
        ...(options.cwd ? { cwd: options.cwd } : {})
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}
/** The last meaningful line of a failed command's output, for an error message. */
function lastErrorLine(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .map(line => line.trim())
        .filter(line => line.length > 0);
    const error = [...lines].reverse().find(line => /error|denied|unauthorized|failed/i.test(line));
    return error ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./src/engine/builder.ts


/** Docker clients before 23.0 drive BuildKit themselves; later ones need buildx. */
const LAST_CLIENT_WITH_BUILTIN_BUILDKIT = 22;
async function detectBuilder() {
    const [buildx, version] = await Promise.all([
        execCommand('docker', ['buildx', 'version'], { silent: true }),
        execCommand('docker', ['version', '--format', '{{.Client.Version}}'], { silent: true })
    ]);
    const clientVersion = version.stdout.trim();
    if (version.exitCode !== 0 && clientVersion === '') {
        throw new Error(`The docker client is not usable: ${version.stderr.trim() || 'not found'}`);
    }
    if (buildx.exitCode === 0) {
        core.info(`Builder: docker buildx (${buildx.stdout.trim()})`);
        return { kind: 'buildx', clientVersion };
    }
    const major = Number.parseInt(clientVersion, 10);
    if (Number.isFinite(major) && major <= LAST_CLIENT_WITH_BUILTIN_BUILDKIT) {
        core.info(`Builder: docker build with the daemon's BuildKit (client ${clientVersion}, no buildx)`);
        return { kind: 'docker', clientVersion };
    }
    throw new Error(`No BuildKit builder: docker ${clientVersion} needs the buildx plugin to build with BuildKit. ` +
        'Install it (for example with docker/setup-buildx-action) before this step.');
}

;// CONCATENATED MODULE: ./src/engine/progress.ts
/**
 * BuildKit's `--progress=plain` output, read into build steps. Pure.
 *
 * Each vertex prints `#N <name>` once, then `#N CACHED`, `#N DONE 1.2s` or
 * `#N ERROR …`. Dockerfile instructions are the vertices named
 * `[stage i/n] INSTRUCTION`; the rest (`[internal] …`, `exporting to image`)
 * is the builder's own work.
 */
const VERTEX = /^#(\d+) (.*)$/;
const INSTRUCTION = /^\[([^\]]*\d+\/\d+)\] (.*)$/;
function parseProgress(log) {
    const vertices = new Map();
    for (const line of log.split(/\r?\n/)) {
        const match = VERTEX.exec(line.trimEnd());
        if (!match)
            continue;
        const [, id = '', text = ''] = match;
        let vertex = vertices.get(id);
        if (!vertex) {
            vertex = { name: text, cached: false, seconds: 0, failed: false };
            vertices.set(id, vertex);
            continue;
        }
        if (text === 'CACHED')
            vertex.cached = true;
        const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(text);
        if (done)
            vertex.seconds = Number(done[1]);
        if (text.startsWith('ERROR'))
            vertex.failed = true;
    }
    const steps = [];
    for (const vertex of vertices.values()) {
        const instruction = INSTRUCTION.exec(vertex.name);
        if (!instruction)
            continue;
        steps.push({
            stage: instruction[1] ?? '',
            instruction: instruction[2] ?? '',
            cached: vertex.cached,
            seconds: vertex.cached ? 0 : vertex.seconds,
            failed: vertex.failed
        });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/engine/build.ts



/** The `docker` command line for a build: pure, so it is tested as a table. */
function buildCommand(request, builder) {
    const args = builder.kind === 'buildx' ? ['buildx', 'build', '--load'] : ['build'];
    args.push('--progress=plain', '--iidfile', request.iidFile, '--file', request.file);
    if (request.target)
        args.push('--target', request.target);
    for (const arg of request.buildArgs)
        args.push('--build-arg', `${arg.name}=${arg.value}`);
    for (const label of request.labels)
        args.push('--label', `${label.name}=${label.value}`);
    for (const tag of request.tags)
        args.push('--tag', tag);
    if (request.noCache)
        args.push('--no-cache');
    if (request.pull)
        args.push('--pull');
    args.push(request.context);
    return { args, env: builder.kind === 'docker' ? { DOCKER_BUILDKIT: '1' } : {} };
}
/** Runs the build; its log streams to the job log, and the steps are read from it. */
async function runBuild(request, builder) {
    const command = buildCommand(request, builder);
    const result = await execCommand('docker', command.args, { env: command.env });
    if (result.exitCode !== 0)
        throw new Error(`Build failed: ${lastErrorLine(result)}`);
    return {
        imageId: (0,external_node_fs_.readFileSync)(request.iidFile, 'utf8').trim(),
        // BuildKit writes its progress to stderr.
        steps: parseProgress(result.stderr)
    };
}

;// CONCATENATED MODULE: ./src/engine/dockerfile.ts
/** What Hoist needs to know of a Dockerfile before building it. Pure. */
const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
/** The build stages, in order. Continuation lines and comments are taken into account. */
function parseStages(dockerfile) {
    const stages = [];
    for (const line of logicalLines(dockerfile)) {
        const match = FROM.exec(line);
        if (!match)
            continue;
        const name = match[2]?.toLowerCase();
        stages.push({ index: stages.length, base: match[1] ?? '', ...(name ? { name } : {}) });
    }
    return stages;
}
function logicalLines(text) {
    const lines = [];
    let current = '';
    for (const raw of text.split(/\r?\n/)) {
        if (/^\s*#/.test(raw))
            continue;
        if (raw.endsWith('\\')) {
            current += raw.slice(0, -1) + ' ';
            continue;
        }
        lines.push(current + raw);
        current = '';
    }
    if (current)
        lines.push(current);
    return lines;
}

;// CONCATENATED MODULE: ./src/registry/reference.ts
/**
 * Image references, by the grammar of the distribution project
 * (github.com/distribution/reference): `[host[:port]/]path[:tag][@digest]`.
 * Pure: no I/O.
 */
const DOCKER_HUB = 'docker.io';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const MAX_NAME_LENGTH = 255;
/** Parses a reference, or throws an Error whose message says what is wrong with it. */
function parseImageReference(reference) {
    if (reference.trim() !== reference || reference === '') {
        throw new Error('it is empty or has spaces around it');
    }
    if (/\s/.test(reference))
        throw new Error('it contains white space');
    let rest = reference;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new Error(`"${digest}" is not a valid digest`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new Error(`tag "${tag}" is not valid: up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"`);
        }
    }
    const name = rest;
    const components = name.split('/');
    let registry = DOCKER_HUB;
    const first = components[0] ?? '';
    if (components.length > 1 && isRegistryHost(first)) {
        if (!DOMAIN.test(first))
            throw new Error(`"${first}" is not a valid registry host`);
        registry = first;
        components.shift();
    }
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = DOCKER_HUB;
    if (components.length === 0 || components.some(c => c === '')) {
        throw new Error('the repository path is empty or has an empty component');
    }
    for (const component of components) {
        if (!PATH_COMPONENT.test(component)) {
            const hint = /[A-Z]/.test(component) ? ' (repository names must be lower case)' : '';
            throw new Error(`"${component}" is not a valid repository name component${hint}`);
        }
    }
    if (name.length > MAX_NAME_LENGTH) {
        throw new Error(`the name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    let repository = components.join('/');
    if (registry === DOCKER_HUB && components.length === 1)
        repository = `library/${repository}`;
    return {
        registry,
        repository,
        name,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {})
    };
}
/**
 * A first component with a dot, a port, or `localhost` names a host. (Docker
 * also takes an upper-case one, `User/app`, for a host; that is nearly always a
 * mistyped Docker Hub name, so here it stays a path and fails as upper case.)
 */
function isRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
/** `name:tag` for a parsed reference with a tag, `name@digest` with a digest. */
function formatReference(ref) {
    if (ref.digest)
        return `${ref.name}@${ref.digest}`;
    return ref.tag !== undefined ? `${ref.name}:${ref.tag}` : ref.name;
}

;// CONCATENATED MODULE: ./src/engine/image.ts


async function inspectImage(image) {
    const result = await execCommand('docker', ['image', 'inspect', image], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not inspect image ${image}: ${lastErrorLine(result)}`);
    }
    const [record] = JSON.parse(result.stdout);
    return {
        id: record?.Id ?? image,
        size: record?.Size ?? 0,
        repoDigests: record?.RepoDigests ?? []
    };
}
/**
 * The manifest digest a registry holds for a pushed image: docker records it
 * as a repo digest when the push completes.
 */
function digestFor(tag, repoDigests) {
    const wanted = parseImageReference(tag);
    for (const repoDigest of repoDigests) {
        const ref = parseImageReference(repoDigest);
        if (ref.registry === wanted.registry && ref.repository === wanted.repository)
            return ref.digest;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/push.ts


/** Pushes each tag in turn; the first failure stops the push and names the tag. */
async function pushTags(tags) {
    for (const tag of tags) {
        core.info(`Pushing ${tag}`);
        const result = await execCommand('docker', ['push', tag]);
        if (result.exitCode !== 0) {
            throw new Error(`Push of ${tag} failed: ${lastErrorLine(result)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/inputs.ts


/** A mistake in the workflow's inputs: reported as `::error::` without a stack trace. */
class InputError extends Error {
    input;
    constructor(input, reason) {
        super(`Input "${input}": ${reason}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** Reads and checks every input. The only caller of `core.getInput*`. */
function readInputs() {
    const context = core.getInput('context') || '.';
    const file = core.getInput('file') || external_node_path_.join(context, 'Dockerfile');
    return {
        context,
        file,
        tags: readList('tags', { commas: true }),
        buildArgs: readList('build-args').map(line => parseKeyValue('build-args', line)),
        target: core.getInput('target'),
        labels: readList('labels').map(line => parseKeyValue('labels', line)),
        push: readBoolean('push', false),
        noCache: readBoolean('no-cache', false),
        pull: readBoolean('pull', false),
        summary: readBoolean('summary', true)
    };
}
/** Lines of a list input; `#` starts a comment line; with `commas`, a comma also separates. */
function parseList(raw, options = {}) {
    return raw
        .split(/\r?\n/)
        .filter(line => !line.trimStart().startsWith('#'))
        .flatMap(line => (options.commas ? line.split(',') : [line]))
        .map(item => item.trim())
        .filter(item => item.length > 0);
}
function readList(name, options = {}) {
    return parseList(core.getInput(name), options);
}
function parseKeyValue(input, line) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
        throw new InputError(input, `"${line}" is not of the form NAME=value`);
    }
    return { name: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
}
function parseBoolean(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new InputError(input, `"${value}" is not a boolean; use true or false`);
}
function readBoolean(name, fallback) {
    return parseBoolean(name, core.getInput(name), fallback);
}

;// CONCATENATED MODULE: ./src/report/summary.ts
function renderSummary(report) {
    return [imageSection(report), stepsSection(report.steps)].filter(Boolean).join('\n');
}
function imageSection(report) {
    const lines = [`## 🏗️ Hoist: ${report.tags[0] ?? report.imageId}`, ''];
    lines.push('| | |', '|---|---|');
    lines.push(`| Image ID | \`${report.imageId}\` |`);
    if (report.digest)
        lines.push(`| Digest | \`${report.digest}\` |`);
    lines.push(`| Size | ${formatBytes(report.size)} (uncompressed) |`);
    lines.push(`| Builder | ${report.builder} |`);
    lines.push('');
    lines.push(report.pushed ? '**Pushed tags**' : '**Tags** (not pushed)', '');
    for (const tag of report.tags)
        lines.push(`- \`${tag}\``);
    return lines.join('\n') + '\n';
}
function stepsSection(steps) {
    if (steps.length === 0)
        return '';
    const cached = steps.filter(step => step.cached).length;
    const lines = [
        '<details>',
        `<summary><b>Build steps</b>: ${steps.length}, ${cached} cached</summary>`,
        '',
        '| Stage | Instruction | Cached | Time |',
        '|---|---|---|---|'
    ];
    for (const step of steps) {
        const time = step.cached ? '' : `${step.seconds.toFixed(1)} s`;
        lines.push(`| ${step.stage} | \`${cell(step.instruction)}\` | ${step.cached ? '✅' : ''} | ${time} |`);
    }
    lines.push('', '</details>');
    return lines.join('\n') + '\n';
}
/** Table cells cannot hold a `|` or a newline; long instructions are cut. */
function cell(text, max = 80) {
    const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'");
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
/** Decimal units, as registries and `docker images` report sizes. */
function formatBytes(bytes) {
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    const sign = bytes < 0 ? '-' : '';
    const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
    return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/main.ts














/** The main phase: inputs → tags → build → push → report. */
async function run() {
    (0,state/* markMain */.rH)();
    const inputs = readInputs();
    readContext();
    const tags = checkTags(inputs);
    checkDockerfile(inputs);
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(process.env.RUNNER_TEMP || external_node_os_.tmpdir(), 'hoist-'));
    (0,state/* saveState */.LZ)({ tempDir });
    const builder = await core.group('Builder', detectBuilder);
    const build = await core.group('Build', () => runBuild({ ...inputs, tags, iidFile: external_node_path_.join(tempDir, 'iid') }, builder));
    if (inputs.push)
        await core.group('Push', () => pushTags(tags));
    const image = await inspectImage(build.imageId);
    const digest = inputs.push && tags[0] ? digestFor(tags[0], image.repoDigests) : undefined;
    core.setOutput('imageid', build.imageId);
    core.setOutput('digest', digest ?? '');
    core.setOutput('tags', tags.join('\n'));
    core.setOutput('size', String(image.size));
    if (inputs.summary) {
        await writeSummary({
            imageId: build.imageId,
            tags,
            pushed: inputs.push,
            size: image.size,
            builder: builder.kind === 'buildx' ? 'docker buildx' : 'docker build (BuildKit)',
            steps: build.steps,
            ...(digest ? { digest } : {})
        });
    }
}
function checkTags(inputs) {
    for (const tag of inputs.tags) {
        try {
            parseImageReference(tag);
        }
        catch (error) {
            throw new InputError('tags', `"${tag}" is not a valid image reference: ${message(error)}`);
        }
    }
    if (inputs.push && inputs.tags.length === 0) {
        throw new InputError('tags', 'push is true but no tag was given');
    }
    return [...new Set(inputs.tags)];
}
function checkDockerfile(inputs) {
    if (!(0,external_node_fs_.existsSync)(inputs.context) || !(0,external_node_fs_.statSync)(inputs.context).isDirectory()) {
        throw new InputError('context', `"${inputs.context}" is not a directory`);
    }
    if (!(0,external_node_fs_.existsSync)(inputs.file)) {
        throw new InputError('file', `"${inputs.file}" does not exist`);
    }
    if (!inputs.target)
        return;
    const stages = parseStages((0,external_node_fs_.readFileSync)(inputs.file, 'utf8'));
    const target = inputs.target.toLowerCase();
    if (!stages.some(stage => stage.name === target || String(stage.index) === target)) {
        const names = stages.flatMap(stage => (stage.name ? [stage.name] : []));
        throw new InputError('target', `stage "${inputs.target}" is not in ${inputs.file}` +
            (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage'));
    }
}
/** The summary is a report, never a reason to fail the job. */
async function writeSummary(report) {
    try {
        await core.summary.addRaw(renderSummary(report)).write();
    }
    catch (error) {
        core.warning(`The job summary could not be written: ${message(error)}`);
    }
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   isPost: () => (/* binding */ isPost),
/* harmony export */   rH: () => (/* binding */ markMain)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);

const KEY = 'hoist';
const POST_FLAG = 'isPost';
function isPost() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(POST_FLAG) === 'true';
}
/** Marks that main has run, so the same entry point runs post next time. */
function markMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(POST_FLAG, 'true');
}
function saveState(state) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(KEY, JSON.stringify(state));
}
function loadState() {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(KEY);
    if (!raw)
        return {};
    try {
        return JSON.parse(raw);
    }
    catch {
        return {};
    }
}


/***/ })

};
