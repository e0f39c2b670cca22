export const id = 469;
export const ids = [469];
export const modules = {

/***/ 3469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildxPlugin: () => (/* binding */ buildxPlugin),
/* harmony export */   dockerInfo: () => (/* binding */ dockerInfo),
/* harmony export */   pluginVersion: () => (/* binding */ pluginVersion),
/* harmony export */   readDockerInfo: () => (/* binding */ readDockerInfo),
/* harmony export */   startDockerInfo: () => (/* binding */ startDockerInfo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3190);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2772);
/* harmony import */ var _registry_docker_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26);
/* harmony import */ var _daemon_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5705);
/**
 * What `docker info` tells of the daemon and of the docker CLI's buildx
 * plugin, found out once per run. The entry point starts it before the main
 * phase's modules load, so the answer comes while they do; detection then
 * reads the same answer.
 *
 * Where the daemon's API may be asked directly (daemon-api.ts), the two parts
 * are read side by side without the CLI: the daemon's own `/info`, and the
 * metadata of the file the CLI would run for `docker buildx`
 * (`buildxPlugin`). That takes some 15 ms; `docker info` takes 50, for the
 * CLI starts every plugin it has (compose too) to read their metadata. With
 * no such file, or when either part fails, `docker info` is asked, and what
 * it says is what an error quotes.
 */






/**
 * Where the docker CLI looks for plugins after the config's own places, on
 * Linux and macOS (docker/cli, cli-plugins/manager).
 */
const SYSTEM_PLUGIN_DIRS = [
    '/usr/local/lib/docker/cli-plugins',
    '/usr/local/libexec/docker/cli-plugins',
    '/usr/lib/docker/cli-plugins',
    '/usr/libexec/docker/cli-plugins'
];
let answer;
function dockerInfo() {
    answer ??= readDockerInfo();
    return answer;
}
/**
 * Asks `dockerInfo` now; settles once the daemon's request is written
 * (`requestsWritten`), long before the answer: the entry point waits for that
 * before loading what holds the event loop, so that the daemon answers meanwhile.
 */
async function startDockerInfo() {
    void dockerInfo();
    await (0,_daemon_api_js__WEBPACK_IMPORTED_MODULE_5__/* .requestsWritten */ .iJ)();
}
/** `dockerInfo`, asked again (for tests, which name the system's plugin dirs). */
async function readDockerInfo(systemDirs = SYSTEM_PLUGIN_DIRS) {
    const found = await withoutCli(systemDirs).catch(() => undefined);
    return found ?? askCli();
}
/** The daemon's `/info` and buildx's metadata, where both answer; undefined otherwise. */
async function withoutCli(systemDirs) {
    // Where the CLI is to be asked, buildx is not run here either (a wrapper may set its daemon).
    if (!(0,_daemon_api_js__WEBPACK_IMPORTED_MODULE_5__/* .daemonApiUsable */ .jS)())
        return undefined;
    const plugin = buildxPlugin(process.env, process.platform, systemDirs);
    if (!plugin)
        return undefined;
    // The daemon's answer takes the longer: it is asked first.
    const daemonAnswer = (0,_daemon_api_js__WEBPACK_IMPORTED_MODULE_5__/* .daemonInfo */ .Xf)();
    const metadata = (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCommand */ .NK)(plugin, ['docker-cli-plugin-metadata'], { silent: true });
    // No daemon there (podman's machine, say): the CLI is asked now, not once buildx has answered.
    const daemon = await daemonAnswer;
    if (!isInfo(daemon) || !daemon.ServerVersion)
        return undefined;
    const answer = await metadata;
    const version = pluginVersion(answer.exitCode === 0 ? answer.stdout : '');
    if (!version)
        return undefined;
    return {
        info: {
            ...daemon,
            ClientInfo: { Plugins: [{ Name: 'buildx', Version: version, Path: plugin }] }
        }
    };
}
async function askCli() {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCommand */ .NK)('docker', ['info', '--format', '{{json .}}'], { silent: true });
    const info = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonObject */ .d)(result.stdout);
    return result.exitCode === 0 && info?.ServerVersion
        ? { info }
        : { failure: (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastErrorLine */ .HY)(result) || 'no answer' };
}
/**
 * The file the docker CLI runs for `docker buildx`, found in the CLI's order:
 * the config's `cliPluginsExtraDirs`, its own `cli-plugins`, then the
 * system's. Undefined on Windows (other places, `.exe`), where none is
 * there, and where a place cannot be read: the CLI is asked then. A CLI
 * built with other system places (a distribution's patch) finds its plugin
 * there: none is found here, and the CLI is asked.
 */
function buildxPlugin(env = process.env, platform = process.platform, systemDirs = SYSTEM_PLUGIN_DIRS) {
    if (platform === 'win32')
        return undefined;
    const configDir = (0,_registry_docker_config_js__WEBPACK_IMPORTED_MODULE_4__/* .userConfigDir */ .dH)(env);
    const config = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonObject */ .o)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(configDir, 'config.json'));
    const extra = Array.isArray(config?.cliPluginsExtraDirs)
        ? config.cliPluginsExtraDirs
        : [];
    const dirs = [...extra, node_path__WEBPACK_IMPORTED_MODULE_1__.join(configDir, 'cli-plugins'), ...systemDirs];
    try {
        for (const dir of dirs) {
            if (typeof dir !== 'string')
                return undefined;
            const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'docker-buildx');
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false }))
                return file;
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
/** The version in a plugin's `docker-cli-plugin-metadata` answer, as the CLI takes it; '' otherwise. */
function pluginVersion(metadata) {
    const parsed = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonObject */ .d)(metadata);
    const valid = parsed?.SchemaVersion === '0.1.0' && typeof parsed.Vendor === 'string' && parsed.Vendor;
    return valid && typeof parsed.Version === 'string' ? parsed.Version : '';
}
function isInfo(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
