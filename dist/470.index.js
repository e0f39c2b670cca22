export const id = 470;
export const ids = [470];
export const modules = {

/***/ 5705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ daemonTag),
/* harmony export */   Xf: () => (/* binding */ daemonInfo),
/* harmony export */   a1: () => (/* binding */ daemonImage),
/* harmony export */   iJ: () => (/* binding */ requestsWritten),
/* harmony export */   jS: () => (/* binding */ daemonApiUsable),
/* harmony export */   kk: () => (/* binding */ daemonUntag)
/* harmony export */ });
/* unused harmony export daemonSocket */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_docker_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26);
/* harmony import */ var _docker_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6315);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2772);
/**
 * Asks the docker daemon's own API over its local socket: its info, an
 * image's inspect, its history, a new name for it. Each takes a few
 * milliseconds this way; each docker CLI call costs some 20 (the CLI starts
 * and reads its config, then asks the same API). Only where the socket is
 * certain: DOCKER_HOST names a unix socket, or no context is chosen
 * (DOCKER_CONTEXT, the config's `currentContext`) and docker's default socket
 * is the daemon's; and the `docker` on PATH is the docker CLI, not a wrapper
 * that may reach another daemon (docker-cli.ts). Anywhere else (tcp, ssh, a
 * context, a wrapper), and after any failure, the caller asks the CLI.
 */





const DEFAULT_SOCKET = '/var/run/docker.sock';
const TIMEOUT_MS = 10_000;
/** The daemon's socket, when the docker CLI would use it too; undefined otherwise. Reads only the config. */
function daemonSocket(env = process.env) {
    const host = env.DOCKER_HOST;
    if (host)
        return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
    const context = env.DOCKER_CONTEXT || configuredContext(env);
    return !context || context === 'default' ? DEFAULT_SOCKET : undefined;
}
/** The daemon's socket, where the `docker` on PATH would ask that one too. */
function apiSocket() {
    const socket = daemonSocket();
    return socket && (0,_docker_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerOnPathIsTheCli */ .m_)() ? socket : undefined;
}
/** Whether the daemon is asked here at all; when not, the CLI is. */
function daemonApiUsable() {
    return apiSocket() !== undefined;
}
/** The context docker's config names; none without a config (the default context). */
function configuredContext(env) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join((0,_registry_docker_config_js__WEBPACK_IMPORTED_MODULE_2__/* .userConfigDir */ .dH)(env), 'config.json');
    const { currentContext } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonObject */ .o)(file) ?? {};
    return typeof currentContext === 'string' ? currentContext : undefined;
}
/** An image id or reference, as it may stand in an API path: no `..`, no query. */
const IMAGE_NAME = /^(?!.*\.\.)[\w.:/@-]+$/;
/**
 * The daemon's `/images/<image>/json` (what `docker image inspect` prints)
 * or `/images/<image>/history`; undefined, for the CLI to be asked, where
 * the socket is not certain or the daemon did not answer.
 */
async function daemonImage(image, what) {
    return IMAGE_NAME.test(image) ? daemonJson(`/images/${image}/${what}`) : undefined;
}
/**
 * The daemon's `/info` (the daemon's part of `docker info`); undefined, for
 * the CLI to be asked, where the socket is not certain or the daemon did not
 * answer.
 */
function daemonInfo() {
    return daemonJson('/info');
}
async function daemonJson(apiPath) {
    const socket = apiSocket();
    if (!socket)
        return undefined;
    const answer = await daemonRequest(socket, 'GET', apiPath).catch(() => undefined);
    if (answer?.status !== 200)
        return undefined;
    try {
        return JSON.parse(answer.body);
    }
    catch {
        return undefined;
    }
}
/**
 * Names `image` `reference` (`registry/repository:tag`), as `docker tag`
 * does; false, for the CLI to be asked, where the socket is not certain or
 * the daemon did not tag it.
 */
async function daemonTag(image, reference) {
    const socket = apiSocket();
    const colon = reference.lastIndexOf(':');
    const repository = reference.slice(0, colon);
    const tag = reference.slice(colon + 1);
    if (!socket || !IMAGE_NAME.test(image) || colon <= 0 || tag.includes('/'))
        return false;
    if (reference.includes('@'))
        return false;
    const query = new URLSearchParams({ repo: repository, tag });
    const apiPath = `/images/${image}/tag?${query.toString()}`;
    const answer = await daemonRequest(socket, 'POST', apiPath).catch(() => undefined);
    return answer?.status === 201;
}
/**
 * Takes the name `reference` away from its image, as `docker rmi` does where
 * the image has other names (and prunes nothing); false, for the CLI to be
 * asked, where the socket is not certain or the daemon did not.
 */
async function daemonUntag(reference) {
    const socket = apiSocket();
    if (!socket || !IMAGE_NAME.test(reference))
        return false;
    const apiPath = `/images/${reference}?noprune=1`;
    const answer = await daemonRequest(socket, 'DELETE', apiPath).catch(() => undefined);
    return answer?.status === 200;
}
/** Requests made and not yet written to the socket (`requestsWritten`). */
const unwritten = new Set();
/**
 * Settles once every request made so far has been written to the daemon's
 * socket, or has failed. A request is written only when the event loop turns:
 * the entry point waits for this (docker-info.ts, `startDockerInfo`) before
 * loading the main phase's modules, which hold the loop for some 30 ms, so
 * that the daemon answers while they load.
 */
async function requestsWritten() {
    await Promise.all(unwritten);
}
/** One request to the daemon, its answer read whole. */
function daemonRequest(socketPath, method, apiPath) {
    // A socket has no server name: giving none spares the agent working one out
    // (its IP test compiles a regular expression, some 3 ms, before the first request leaves).
    const options = {
        socketPath,
        method,
        path: apiPath,
        timeout: TIMEOUT_MS,
        servername: ''
    };
    return new Promise((resolve, reject) => {
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)(options, response => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                resolve({
                    status: response.statusCode ?? 0,
                    body: Buffer.concat(chunks).toString('utf8')
                });
            });
        });
        req.on('timeout', () => req.destroy(new Error(`the daemon did not answer ${method} ${apiPath}`)));
        req.on('error', reject);
        const written = new Promise(settle => {
            req.once('finish', settle);
            req.once('close', settle);
        });
        unwritten.add(written);
        void written.then(() => unwritten.delete(written));
        req.end();
    });
}


/***/ }),

/***/ 6315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ pluginMayRunAlone),
/* harmony export */   m_: () => (/* binding */ dockerOnPathIsTheCli)
/* harmony export */ });
/* unused harmony export isDockerCli */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Whether the action may go around the `docker` that PATH names: ask the
 * daemon's API itself (daemon-api.ts), run buildx's plugin itself. Only
 * where that `docker` is the docker CLI, and so reaches the daemon the
 * environment names as the action would; a wrapper may reach another
 * (`sudo docker`, a DOCKER_HOST of its own).
 */


/**
 * How a compiled program starts: ELF (Linux), Mach-O (macOS, either byte
 * order, and universal), PE (`MZ`, Windows). A script, a `.cmd`, or a file
 * with no header at all (which the shell runs as a script) is none of them.
 */
const PROGRAM_HEADERS = ['7f454c46', 'cffaedfe', 'feedfacf', 'cafebabe', '4d5a'];
/**
 * Whether `file` is the docker CLI: a compiled program named docker, through
 * any links. A compiled wrapper named docker (compose-cli's old shim, nix's
 * makeBinaryWrapper) passes too: none such is known to change the daemon.
 * Read at once (a few system calls): the detection that needs it starts
 * before the action's modules load, and waits for no turn of the event loop.
 */
function isDockerCli(file) {
    if (!file)
        return false;
    try {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file);
        if (!node_path__WEBPACK_IMPORTED_MODULE_1__.basename(real).startsWith('docker'))
            return false; // snap's launcher, busybox…
        const header = Buffer.alloc(4);
        const handle = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, 'r');
        try {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(handle, header, 0, 4, 0);
            const start = header.subarray(0, read).toString('hex');
            return PROGRAM_HEADERS.some(known => start.startsWith(known));
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(handle);
        }
    }
    catch {
        return false;
    }
}
/** The file a command named `name` runs, as exec finds it on PATH: the first executable one. */
function findOnPath(name, searchPath) {
    for (const dir of searchPath.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (!dir)
            continue;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, name);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return file;
        }
        catch {
            continue;
        }
    }
    return '';
}
const found = new Map();
/**
 * Whether the `docker` that PATH names is the docker CLI; found out once a
 * PATH. Never on Windows (`.exe`, `.cmd` and PATHEXT, and the daemon behind a
 * named pipe): there the CLI is always asked.
 */
function dockerOnPathIsTheCli() {
    if (process.platform === 'win32')
        return false;
    const key = process.env.PATH ?? '';
    const known = found.get(key);
    if (known !== undefined)
        return known;
    const cli = isDockerCli(findOnPath('docker', key));
    found.set(key, cli);
    return cli;
}
/**
 * Settings that the docker CLI reads and buildx run itself does not: TLS
 * from the environment (before docker/buildx#3087, 2025: plain HTTP to a TLS
 * daemon, docker:dind's default; docker/compose#12679), and the CLI's own
 * connection for its plugins.
 */
const CLI_ONLY_SETTINGS = [
    'DOCKER_TLS_VERIFY',
    'DOCKER_TLS',
    'DOCKER_CERT_PATH',
    'DOCKER_CLI_PLUGIN_USE_DIAL_STDIO'
];
/**
 * Whether buildx's plugin, run itself, reaches the daemon as `docker buildx`
 * would: `docker` is the docker CLI, and none of the settings only it reads
 * is set.
 */
function pluginMayRunAlone(env = process.env) {
    return !CLI_ONLY_SETTINGS.some(name => env[name]) && dockerOnPathIsTheCli();
}


/***/ }),

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ lastErrorLine),
/* harmony export */   NK: () => (/* binding */ execCommand),
/* harmony export */   U1: () => (/* binding */ execStream),
/* harmony export */   qW: () => (/* binding */ execPipe)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);


/**
 * The one place external commands run. Never throws on a non-zero exit: the
 * caller reads `exitCode` and decides what the failure means. Unless silent,
 * the command line and its output go to the log as they come, as @actions/exec
 * writes them (or whole, `printWhole`); a cancelled run stops the command
 * (cancel.ts).
 */
async function execCommand(command, args, options = {}) {
    const commandLine = `[command]${command} ${args.join(' ')}\n`;
    const { printWhole } = options;
    const printed = [];
    const print = printWhole
        ? (chunk) => printed.push(chunk)
        : (chunk) => process.stdout.write(chunk);
    if (!options.silent && !printWhole)
        process.stdout.write(commandLine);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: options.env ? { ...process.env, ...options.env } : process.env,
        ...(options.cwd ? { cwd: options.cwd } : {})
    });
    if (!options.silent) {
        for (const stream of [child.stdout, child.stderr])
            stream?.on('data', print);
    }
    const { onOutput } = options;
    if (onOutput) {
        for (const stream of [child.stdout, child.stderr]) {
            stream?.on('data', (chunk) => onOutput(chunk.toString('utf8')));
        }
    }
    const result = await watched(child, options);
    if (!options.silent && printWhole)
        printWhole(commandLine + Buffer.concat(printed).toString());
    return result;
}
/** The command's result; with `idleTimeoutMs`, stopped when it shows no progress for that long. */
async function watched(child, options) {
    child.stdin?.on('error', () => undefined); // a command that exits before reading its input
    child.stdin?.end(options.input);
    const { idleTimeoutMs, idleAfter } = options;
    if (idleTimeoutMs === undefined)
        return finished(child);
    let idle = false;
    let timed = idleAfter === undefined;
    let timer = timed ? setTimeout(stall, idleTimeoutMs) : undefined;
    function stall() {
        idle = true;
        void stopChild(child);
    }
    const seen = new Set();
    for (const stream of [child.stdout, child.stderr]) {
        stream?.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            const lines = text.split(/[\r\n]+/).filter(line => line.trim() && !seen.has(line));
            if (lines.length === 0)
                return;
            for (const line of lines)
                seen.add(line);
            timed ||= idleAfter?.test(text) === true;
            clearTimeout(timer);
            if (timed)
                timer = setTimeout(stall, idleTimeoutMs);
        });
    }
    const result = await finished(child);
    clearTimeout(timer);
    if (!idle)
        return result;
    const stopped = `no progress for ${Math.round(idleTimeoutMs / 1000)} s: timed out, stopped`;
    return {
        ...result,
        exitCode: result.exitCode === 0 ? 1 : result.exitCode,
        stderr: `${result.stderr}\nerror: ${stopped}\n`,
        stopped
    };
}
/**
 * `from | to`, the output kept out of the log: the data flows between the two
 * commands without passing through this process. The result is `to`'s output,
 * with both commands' errors; it fails when either command does.
 */
async function execPipe(from, to) {
    const producer = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(from[0], from.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(to[0], to.slice(1), { stdio: [producer.stdout, 'pipe', 'pipe'] });
    // The consumer has the pipe now. Closing this process's end lets the producer
    // learn (EPIPE) when the consumer stops reading, instead of waiting forever.
    producer.stdout.destroy();
    const [made, used] = await Promise.all([finished(producer), finished(consumer)]);
    return {
        // As a shell with pipefail: the last command that failed.
        exitCode: used.exitCode !== 0 ? used.exitCode : made.exitCode,
        stdout: used.stdout,
        stderr: [made.stderr, used.stderr].filter(text => text.trim()).join('\n')
    };
}
/**
 * A spawned command's exit code (-1 when it could not start) and output.
 * Until it ends, a cancelled run stops it: SIGINT, as a terminal would (docker
 * then cancels its build or push), then SIGKILL if it has not ended.
 */
function finished(child) {
    const unregister = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__.onCancel)(() => stopChild(child));
    child.on('close', unregister);
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr?.on('data', (chunk) => stderr.push(chunk));
    return new Promise(resolve => {
        const done = (exitCode, error = '') => resolve({
            exitCode,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') + error
        });
        child.on('error', error => done(-1, error.message));
        child.on('close', code => done(code ?? -1));
    });
}
const STOP_GRACE_MS = 5_000;
function stopChild(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise(resolve => {
        const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('close', () => {
            clearTimeout(force);
            resolve();
        });
        child.kill('SIGINT');
    });
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
/**
 * A command whose standard output is read as a stream by `consume`, kept out
 * of the log. What `consume` leaves of the output is discarded; when its value
 * says it needs nothing more (`stop`), the command is stopped instead.
 */
async function execStream(command, args, consume, stop = () => false) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const exited = new Promise(resolve => {
        child.on('error', () => resolve(-1));
        child.on('close', code => resolve(code ?? -1));
    });
    // One reader of the output, `consume`'s and then the drain's: a stream that an
    // async iterator reads ignores resume(), and what is left unread would keep
    // the command's output from ever closing.
    const output = child.stdout[Symbol.asyncIterator]();
    try {
        const value = await consume({ [Symbol.asyncIterator]: () => output });
        if (stop(value)) {
            child.kill();
            await output.return?.();
        }
        else {
            while (!(await output.next()).done)
                ;
        }
        return { exitCode: await exited, stderr: Buffer.concat(stderr).toString('utf8'), value };
    }
    catch (error) {
        child.kill();
        await exited;
        throw error;
    }
}


/***/ }),

/***/ 2772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ parseJsonObject),
/* harmony export */   o: () => (/* binding */ readJsonObject)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A JSON file, or JSON text, that holds an object; undefined when it is
 * missing, unreadable or something else.
 */

function readJsonObject(file) {
    try {
        return parseJsonObject((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function parseJsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 26:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ writeLoginConfig),
/* harmony export */   KY: () => (/* binding */ isolateDockerConfig),
/* harmony export */   P4: () => (/* binding */ useRunConfig),
/* harmony export */   _h: () => (/* binding */ configEnv),
/* harmony export */   dH: () => (/* binding */ userConfigDir)
/* harmony export */ });
/* unused harmony export runConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2772);
/**
 * A docker config directory of this run's own, so that credentials never land
 * in the runner's ~/.docker: nothing leaks to later steps or to other jobs on
 * a self-hosted runner, and post deletes it whole.
 */




/** What the user's own config dir holds besides config.json, shared by link: buildx's builders, CLI plugins, contexts. */
const SHARED_ENTRIES = ['cli-plugins', 'buildx', 'contexts'];
/**
 * The run's config.json from the user's: every setting kept (proxies,
 * the current context, earlier logins), but no credential store, so that
 * this run's logins are written here, in the standard `auths` form, and
 * nowhere else. Pure.
 */
function runConfig(user, loginHosts) {
    const config = { ...user };
    delete config.credsStore;
    const helpers = config.credHelpers;
    if (typeof helpers === 'object' && helpers !== null) {
        const kept = Object.entries(helpers).filter(([host]) => !loginHosts.includes(host));
        if (kept.length)
            config.credHelpers = Object.fromEntries(kept);
        else
            delete config.credHelpers;
    }
    return config;
}
/** The user's config dir, as docker finds it. */
function userConfigDir(env = process.env) {
    return env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_os__WEBPACK_IMPORTED_MODULE_1__.homedir(), '.docker');
}
/**
 * Creates the run's config dir under `parent` and points DOCKER_CONFIG at it
 * for every docker command this process runs. Returns its path.
 */
function isolateDockerConfig(parent, loginHosts) {
    const from = userConfigDir();
    const dir = writeConfigDir(parent, from, runConfig(readUserConfig(from), loginHosts));
    useRunConfig(dir);
    return dir;
}
/**
 * A config dir for one command that logs in to `host` alone (a push to
 * relay.ts's registry): the settings of the config in use, none of its
 * credentials, and `auth.json` in the same form for podman and buildah.
 * Returns its path; the command's environment points at it (`configEnv`).
 */
function writeLoginConfig(parent, host, credentials) {
    const from = userConfigDir();
    const settings = readUserConfig(from);
    for (const key of ['auths', 'credsStore', 'credHelpers'])
        delete settings[key];
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    const auths = { [host]: { auth } };
    const dir = writeConfigDir(parent, from, { ...settings, auths });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'auth.json'), JSON.stringify({ auths }), { mode: 0o600 });
    return dir;
}
/** The environment a command needs to read its config from `dir` (useRunConfig's variables). */
function configEnv(dir) {
    return { DOCKER_CONFIG: dir, REGISTRY_AUTH_FILE: node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'auth.json') };
}
function writeConfigDir(parent, from, config) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(parent, 'hoist-docker-config-'));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
    for (const entry of SHARED_ENTRIES) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_2__.join(from, entry);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.symlinkSync)(target, node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, entry));
    }
    return dir;
}
/**
 * Points this process's docker commands at the run's config dir, and podman's
 * and buildah's at an auth file in it (`auth.json`, docker's `auths` form):
 * removed with the dir by post.
 */
function useRunConfig(dir) {
    Object.assign(process.env, configEnv(dir));
}
/** No config yet, or one docker could not read either: start empty. */
function readUserConfig(dir) {
    return (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonObject */ .o)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'config.json')) ?? {};
}


/***/ })

};
