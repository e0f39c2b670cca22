export const id = 542;
export const ids = [542,232,469,212];
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


/***/ }),

/***/ 5371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/advice/finding.ts
/** One piece of advice on a Dockerfile line. Plain data, shared by the rules and the renderers. */
/** How many files a finding names. */
const FILES_SHOWN = 5;
function largest(files) {
    return [...files].sort((a, b) => b.size - a.size).slice(0, FILES_SHOWN);
}

;// CONCATENATED MODULE: ./src/advice/file-rules.ts
/**
 * Advice measured on the image's files: package-manager caches left in a
 * layer, files a later layer deletes or overwrites, and toolchains in the
 * final image. Pure.
 */


/** Less than this is noise (lock files, a package database rewritten). */
const MIN_BYTES = 4096;
/** A toolchain worth a stage of its own. */
const MIN_TOOLCHAIN_BYTES = 1_000_000;
const HOME = '(?:root|home/[^/]+)';
const CACHES = [
    {
        name: 'apt package lists',
        pattern: /^var\/lib\/apt\/lists\/(?!lock$|partial$|auxfiles$)./,
        fix: 'end the same RUN with `rm -rf /var/lib/apt/lists/*`'
    },
    {
        name: 'apt package cache',
        pattern: /^var\/cache\/apt\/./,
        fix: 'run `apt-get clean` in the same RUN'
    },
    {
        name: 'apk package cache',
        pattern: /^(?:var\/cache\/apk|etc\/apk\/cache)\/./,
        fix: 'use `apk add --no-cache`'
    },
    { name: 'yum cache', pattern: /^var\/cache\/yum\/./, fix: 'run `yum clean all` in the same RUN' },
    {
        name: 'dnf cache',
        pattern: /^var\/cache\/(?:dnf|libdnf5)\/./,
        fix: 'run `dnf clean all` in the same RUN'
    },
    {
        name: 'npm cache',
        pattern: new RegExp(`^${HOME}/\\.npm/.`),
        fix: 'run `npm cache clean --force` in the same RUN, or use RUN --mount=type=cache'
    },
    {
        name: 'yarn cache',
        pattern: new RegExp(`^(?:usr/local/share/\\.cache/yarn|${HOME}/\\.cache/yarn|${HOME}/\\.yarn/berry/cache)/.`),
        fix: 'run `yarn cache clean` in the same RUN, or use RUN --mount=type=cache'
    },
    {
        name: 'pnpm store',
        pattern: new RegExp(`^${HOME}/\\.(?:local/share/pnpm/store|cache/pnpm|pnpm-store)/.`),
        fix: 'use RUN --mount=type=cache for the store'
    },
    {
        name: 'pip cache',
        pattern: new RegExp(`^${HOME}/\\.cache/pip/.`),
        fix: 'use `pip install --no-cache-dir`'
    },
    {
        name: 'Poetry cache',
        pattern: new RegExp(`^${HOME}/\\.cache/pypoetry/.`),
        fix: 'remove it in the same RUN, or use RUN --mount=type=cache'
    },
    {
        name: 'Go build cache',
        pattern: new RegExp(`^${HOME}/\\.cache/go-build/.`),
        fix: 'use RUN --mount=type=cache,target=/root/.cache/go-build'
    },
    {
        name: 'Go module download cache',
        pattern: new RegExp(`^(?:go|${HOME}/go)/pkg/mod/cache/.`),
        fix: 'use RUN --mount=type=cache for the module cache'
    },
    {
        name: 'Cargo registry',
        pattern: new RegExp(`^(?:usr/local/cargo|${HOME}/\\.cargo)/registry/.`),
        fix: 'use RUN --mount=type=cache for the registry'
    },
    {
        name: 'Composer cache',
        pattern: new RegExp(`^${HOME}/\\.(?:composer/cache|cache/composer)/.`),
        fix: 'use `composer install --no-cache`'
    },
    {
        name: 'Bundler cache',
        pattern: new RegExp(`^(?:usr/local/bundle|${HOME}/\\.bundle)/cache/.`),
        fix: 'remove it in the same RUN, or use RUN --mount=type=cache'
    }
];
const TOOLCHAINS = [
    {
        name: 'C/C++ compiler',
        pattern: /^usr\/(?:lib|libexec)\/gcc\/|^usr\/bin\/(?:gcc|g\+\+|cc|c\+\+|cpp|clang)(?:-[\d.]+)?$|^usr\/lib\/llvm-/,
        fix: ''
    },
    { name: 'Go toolchain', pattern: /^usr\/(?:local|lib)\/go\//, fix: '' },
    {
        name: 'Rust toolchain',
        pattern: new RegExp(`^(?:usr/local/rustup|${HOME}/\\.rustup)/toolchains/`),
        fix: ''
    },
    { name: 'JDK', pattern: /^usr\/lib\/jvm\/[^/]*jdk/, fix: '' }
];
function fileFindings(facts) {
    return [...caches(facts), ...wastedFiles(facts), ...buildOnly(facts)];
}
function caches(facts) {
    const findings = [];
    facts.layers.forEach((entries, layer) => {
        const made = facts.made[layer];
        if (!made)
            return;
        for (const cache of CACHES) {
            const files = entries.filter(e => e.kind === 'file' && cache.pattern.test(e.path));
            const bytes = sum(files);
            if (bytes < MIN_BYTES)
                continue;
            findings.push({
                rule: 'package-cache',
                level: 'warning',
                line: made.line,
                title: `${cache.name} left in the layer`,
                subject: `${made.keyword} ${made.args}`,
                detail: `${(0,format/* formatBytes */.z3)(bytes)} of ${cache.name} ship in this layer: ${cache.fix}.`,
                bytes,
                files: largest(files.map(f => ({ path: `/${f.path}`, size: f.size })))
            });
        }
    });
    return findings;
}
function wastedFiles(facts) {
    const groups = new Map();
    for (const file of facts.waste.wasted) {
        const key = `${file.writtenIn}:${file.removedIn}`;
        groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    const findings = [];
    for (const files of groups.values()) {
        const bytes = files.reduce((total, file) => total + file.size, 0);
        const first = files[0];
        if (!first || bytes < MIN_BYTES)
            continue;
        const writer = facts.made[first.writtenIn];
        const remover = facts.made[first.removedIn];
        const at = writer ?? remover ?? facts.from;
        const merge = writer && remover && consecutiveRuns(facts.instructions, writer, remover);
        const removedAt = remover ? `line ${remover.line}` : 'a later layer';
        const verb = files.every(f => f.how === 'deleted')
            ? 'deletes'
            : files.every(f => f.how === 'overwritten')
                ? 'overwrites'
                : 'deletes or overwrites';
        findings.push({
            rule: merge ? 'merge-runs' : 'wasted-files',
            level: 'warning',
            line: at.line,
            title: merge
                ? 'RUNs that would be smaller merged'
                : 'Files removed in a later layer still ship',
            subject: `${at.keyword} ${at.args}`,
            detail: merge
                ? `The RUN at ${removedAt} ${verb} ${(0,format/* formatBytes */.z3)(bytes)} this RUN wrote; merged into one RUN, they would not ship.`
                : `${writer ? 'This layer writes' : "The base image's layer holds"} ${(0,format/* formatBytes */.z3)(bytes)} that ${removedAt} ${verb}: ` +
                    'the bytes still ship in this layer. Remove them in the step that makes them, or leave them out with a multi-stage build.',
            bytes,
            files: largest(files.map(f => ({ path: `/${f.path}`, size: f.size })))
        });
    }
    return findings;
}
function consecutiveRuns(instructions, writer, remover) {
    if (writer.keyword !== 'RUN' || remover.keyword !== 'RUN' || writer.stage !== remover.stage) {
        return false;
    }
    const index = instructions.indexOf(writer);
    return index >= 0 && instructions[index + 1] === remover;
}
function buildOnly(facts) {
    const findings = [];
    for (const toolchain of TOOLCHAINS) {
        const byLayer = new Map();
        for (const [path, state] of facts.waste.final) {
            if (!toolchain.pattern.test(path))
                continue;
            byLayer.set(state.layer, [
                ...(byLayer.get(state.layer) ?? []),
                { path: `/${path}`, size: state.size }
            ]);
        }
        const files = [...byLayer.values()].flat();
        const bytes = sum(files);
        if (bytes < MIN_TOOLCHAIN_BYTES)
            continue;
        // Where most of it was written: the base image's toolchain points at FROM.
        const [layer] = [...byLayer.entries()].sort((a, b) => sum(b[1]) - sum(a[1]))[0] ?? [-1];
        const at = facts.made[layer] ?? facts.from;
        findings.push({
            rule: 'build-only',
            level: 'warning',
            line: at.line,
            title: `A ${toolchain.name} in the final image`,
            subject: `${at.keyword} ${at.args}`,
            detail: `${(0,format/* formatBytes */.z3)(bytes)} of ${toolchain.name} ship in the final image. Build in a stage of ` +
                'its own and COPY --from it only what the program needs at run time.',
            bytes,
            files: largest(files)
        });
    }
    return findings;
}
function sum(files) {
    return files.reduce((total, file) => total + file.size, 0);
}

// EXTERNAL MODULE: ./src/report/layers.ts
var report_layers = __webpack_require__(7478);
;// CONCATENATED MODULE: ./src/dockerfile/instructions.ts
/**
 * A Dockerfile's instructions with the line each starts on, for advice that
 * points at a line, and the build's stages (stages.ts) read from. Pure. Read
 * as BuildKit reads them: parser directives (`# escape=`) at the top, comments
 * and blank lines dropped even inside a continued instruction, and the
 * here-documents of a RUN, COPY or ADD taken as their bodies, not as
 * instructions.
 */
/** The keywords BuildKit reads here-documents for. */
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
/** A here-document's marker, a word of its own: `<<EOF`, `<<-EOF`, `<<"EOF"`. */
const HEREDOC = /(?:^|\s)<<(-?)(["']?)([A-Za-z0-9_.-]+)\2(?=\s|$)/g;
/** A parser directive, only above everything else: `# escape=\``. */
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
/** Every instruction in file order; comments and blank lines skipped, continuations joined. */
function parseInstructions(dockerfile) {
    const lines = dockerfile.split(/\r?\n/);
    const escape = escapeCharacter(lines);
    const continuation = new RegExp(`${escape === '`' ? '`' : '\\\\'}[ \\t]*$`);
    const instructions = [];
    let stage = -1;
    let i = 0;
    while (i < lines.length) {
        const first = lines[i] ?? '';
        const line = i + 1;
        i++;
        if (isSkipped(first))
            continue;
        let text = first;
        // A comment or a blank line inside a continued instruction is dropped, as BuildKit does.
        while (continuation.test(text) && i < lines.length) {
            const next = lines[i++] ?? '';
            if (!isSkipped(next))
                text = `${text.replace(continuation, '')} ${next}`;
        }
        text = text.replace(continuation, '');
        const match = /^\s*(\S+)\s*(.*)$/s.exec(text);
        const keyword = (match?.[1] ?? '').toUpperCase();
        const args = (match?.[2] ?? '').trim();
        if (keyword === 'FROM')
            stage++;
        const heredocs = [];
        if (HEREDOC_KEYWORDS.has(keyword)) {
            for (const [, strip, , word] of args.matchAll(HEREDOC)) {
                const body = [];
                const tidy = (raw) => (strip ? raw.replace(/^\t+/, '') : raw);
                while (i < lines.length && tidy(lines[i] ?? '') !== word)
                    body.push(tidy(lines[i++] ?? ''));
                i++; // the terminator
                heredocs.push(body.join('\n'));
            }
        }
        instructions.push({ line, keyword, args, stage, ...(heredocs.length ? { heredocs } : {}) });
    }
    return instructions;
}
const isSkipped = (line) => /^\s*#/.test(line) || line.trim() === '';
/** The escape character a `# escape=` directive sets (`\` or `` ` ``); `\` without one. */
function escapeCharacter(lines) {
    for (const line of lines) {
        const directive = DIRECTIVE.exec(line);
        if (!directive)
            break;
        if (directive[1]?.toLowerCase() === 'escape' && directive[2] === '`')
            return '`';
    }
    return '\\';
}
/** The instructions of the last stage, its FROM first. */
function finalStage(instructions) {
    const last = instructions.at(-1)?.stage ?? -1;
    return instructions.filter(instruction => instruction.stage === last && last >= 0);
}
/** `--flag=value` options at the start of an instruction's arguments, and what follows. */
function splitFlags(args) {
    const flags = [];
    let rest = args.trim();
    for (let match = /^(--\S+)\s*/.exec(rest); match; match = /^(--\S+)\s*/.exec(rest)) {
        flags.push(match[1] ?? '');
        rest = rest.slice(match[0].length);
    }
    return { flags, rest };
}
/** A FROM's image, as written after its flags, and its stage name (`AS`), lower-cased as BuildKit compares it. */
function fromParts(from) {
    const [image = '', as, alias] = splitFlags(from.args).rest.split(/\s+/);
    return as?.toUpperCase() === 'AS' && alias ? { image, alias: alias.toLowerCase() } : { image };
}
/** A COPY/ADD's sources (its arguments but the last), in shell or JSON form. */
function copySources(args) {
    const { rest } = splitFlags(args);
    let words;
    try {
        const parsed = rest.startsWith('[') ? JSON.parse(rest) : undefined;
        words = Array.isArray(parsed) ? parsed.map(String) : rest.split(/\s+/);
    }
    catch {
        words = rest.split(/\s+/);
    }
    return words.filter(Boolean).slice(0, -1);
}

;// CONCATENATED MODULE: ./src/advice/history.ts
/**
 * Which instruction of the Dockerfile made each entry of an image's history,
 * and which entries came with the base image. Pure.
 */


/**
 * The instruction behind each history entry, matched from the last entry back
 * to the final stage's instructions (and those of the stages it is built
 * FROM); the entries before the first match are the base image's.
 */
function matchHistory(createdBy, instructions) {
    const chain = stageChain(instructions).filter(i => i.keyword !== 'FROM');
    const made = createdBy.map(() => undefined);
    let next = chain.length - 1;
    for (let entry = createdBy.length - 1; entry >= 0 && next >= 0; entry--) {
        const key = matchKey(createdBy[entry] ?? '');
        for (let i = next; i >= 0; i--) {
            const candidate = chain[i];
            if (candidate && matchKey(`${candidate.keyword} ${candidate.args}`) === key) {
                made[entry] = candidate;
                next = i - 1;
                break;
            }
        }
    }
    return made;
}
/** How many history entries, from the first, the base image brought. */
function baseEntries(createdBy, instructions) {
    const made = matchHistory(createdBy, instructions);
    const first = made.findIndex(instruction => instruction !== undefined);
    return first < 0 ? 0 : first;
}
/** The image the final stage starts from, through the stages it is built FROM. */
function baseImageOf(instructions) {
    const from = stageChain(instructions)[0];
    return from && fromParts(from).image;
}
/** An ARG is recorded with its value (`ARG V=1`): its name is what both sides share. */
function matchKey(text) {
    return (0,report_layers/* instructionKey */.Ox)(text).replace(/^(arg \S+?)=.*$/, '$1');
}
/** The final stage's instructions, after those of the stages it is built FROM. */
function stageChain(instructions) {
    const froms = instructions.filter(i => i.keyword === 'FROM');
    const chain = [];
    const seen = new Set();
    for (let from = froms.at(-1); from && !seen.has(from.stage);) {
        seen.add(from.stage);
        const stage = from.stage;
        chain.unshift(...instructions.filter(i => i.stage === stage));
        const base = fromParts(from).image.toLowerCase();
        from = froms.find(f => f.stage < stage && fromParts(f).alias === base);
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/secret-names.ts
/**
 * Names that say their value is a secret: a word of the name that says it,
 * and none that says it is public. Docker's SecretsUsedInArgOrEnv build check
 * reads the same words at `_`; this reads words at `-` and at a lower-to-upper
 * case change too (`npmToken`), and `pass` and `pwd` beside `pword`. The layer
 * cache keeps such build-args' stages out; the advice warns of such ARGs and
 * ENVs. Pure.
 */
const SECRET_WORDS = new Set([
    'apikey',
    'auth',
    'credential',
    'credentials',
    'key',
    'pass',
    'passwd',
    'password',
    'pwd',
    'pword',
    'secret',
    'token'
]);
function looksSecret(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[_-]+/);
    return words.some(word => SECRET_WORDS.has(word)) && !words.includes('public');
}

;// CONCATENATED MODULE: ./src/advice/text-rules.ts
/**
 * Advice read from the Dockerfile's text (the image's user aside, which
 * advice.ts reads from the image when it can) and the build's steps: the practices
 * a linter would check, with the seconds at stake where the build measured
 * them. Pure.
 */



/** Dependency installs that read a manifest the source tree does not change often. */
const INSTALL = /\b(npm (ci|install|i)\b|yarn( install)?\b|pnpm (install|i)\b|pip3? install\b|poetry install\b|bundle( install)?\b|go mod download\b|cargo (build|fetch)\b|composer install\b)/;
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const REMOTE = /^(https?:\/\/|git@|git:\/\/)/i;
function textFindings(instructions, steps) {
    return [
        ...installOrder(instructions, steps),
        ...addLocal(instructions),
        ...baseTags(instructions),
        ...shellForm(instructions),
        ...secrets(instructions)
    ];
}
function installOrder(instructions, steps) {
    const findings = [];
    const stageNames = new Map();
    for (const copy of instructions) {
        if (copy.keyword === 'FROM')
            stageNames.set(copy.stage, stageAlias(copy));
        if ((copy.keyword !== 'COPY' && copy.keyword !== 'ADD') || !copiesContext(copy))
            continue;
        const install = instructions.find(other => other.stage === copy.stage &&
            other.line > copy.line &&
            other.keyword === 'RUN' &&
            INSTALL.test([other.args, ...(other.heredocs ?? [])].join('\n')));
        if (!install)
            continue;
        const step = findStep(steps, install, stageNames.get(copy.stage) ?? '');
        const ran = step && !step.cached ? step.seconds : undefined;
        findings.push({
            rule: 'install-order',
            level: 'warning',
            line: copy.line,
            title: 'Dependencies installed after the whole context',
            subject: `${copy.keyword} ${copy.args}`,
            detail: `The install at line ${install.line} runs again on every source change. ` +
                (ran !== undefined ? `It ran ${ran.toFixed(1)} s in this build. ` : '') +
                'Copy the dependency manifests first, install, then copy the source.',
            ...(ran !== undefined ? { seconds: ran } : {})
        });
    }
    return findings;
}
function copiesContext(copy) {
    const { flags } = splitFlags(copy.args);
    if (flags.some(flag => /^--from=/i.test(flag)))
        return false;
    return copySources(copy.args).some(source => /^\.\/?$|^\.\/\*$|^\*$/.test(source));
}
function stageAlias(from) {
    return fromParts(from).alias ?? `stage-${from.stage}`;
}
function findStep(steps, instruction, stage) {
    const key = (0,report_layers/* instructionKey */.Ox)(`${instruction.keyword} ${instruction.args}`);
    const same = steps.filter(step => (0,report_layers/* instructionKey */.Ox)(step.instruction) === key);
    return same.find(step => step.stage.startsWith(`${stage} `)) ?? same[0];
}
function addLocal(instructions) {
    return instructions
        .filter(instruction => instruction.keyword === 'ADD')
        .filter(add => {
        const { flags } = splitFlags(add.args);
        if (flags.some(flag => /^--(checksum|keep-git-dir)/i.test(flag)))
            return false;
        const sources = copySources(add.args);
        return sources.length > 0 && sources.every(s => !REMOTE.test(s) && !ARCHIVE.test(s));
    })
        .map(add => ({
        rule: 'add-local',
        level: 'notice',
        line: add.line,
        title: 'ADD of a local file',
        subject: `ADD ${add.args}`,
        detail: 'COPY does the same with no surprises: ADD also fetches URLs and unpacks archives.'
    }));
}
function baseTags(instructions) {
    const stages = new Set();
    const findings = [];
    for (const from of instructions.filter(instruction => instruction.keyword === 'FROM')) {
        const { image } = fromParts(from);
        const lower = image.toLowerCase();
        const known = lower === 'scratch' || stages.has(lower) || image.includes('$');
        stages.add(stageAlias(from));
        if (known || image.includes('@'))
            continue;
        const tag = /:([^/:]+)$/.exec(image)?.[1];
        if (tag !== undefined && tag !== 'latest')
            continue;
        findings.push({
            rule: 'base-tag',
            level: 'warning',
            line: from.line,
            title: tag ? 'Base image tagged latest' : 'Base image without a tag',
            subject: image,
            detail: 'The build changes when the base does. Name a version tag, or a digest.'
        });
    }
    return findings;
}
function shellForm(instructions) {
    return finalStage(instructions)
        .filter(i => (i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD') && !i.args.startsWith('['))
        .map(instruction => ({
        rule: 'shell-form',
        level: 'warning',
        line: instruction.line,
        title: `Shell-form ${instruction.keyword}`,
        subject: `${instruction.keyword} ${instruction.args}`,
        detail: 'The process runs under /bin/sh -c, which does not pass on SIGTERM: the container ' +
            'is killed after the stop timeout. Use the exec form, ["program", "arg"].'
    }));
}
/** `user` is the image config's User, when the image was read. */
function noUser(instructions, user) {
    const stage = finalStage(instructions);
    const from = stage[0];
    if (!from)
        return [];
    const last = stage.filter(i => i.keyword === 'USER').at(-1);
    const effective = last ? last.args : user;
    if (effective !== undefined && !/^(root|0)(:.*)?$/.test(effective.trim()) && effective.trim()) {
        return [];
    }
    return [
        {
            rule: 'no-user',
            level: 'notice',
            line: last?.line ?? from.line,
            title: 'The image runs as root',
            subject: last ? `USER ${last.args}` : `FROM ${from.args}`,
            detail: 'Add a USER with an unprivileged account to the final stage.'
        }
    ];
}
function secrets(instructions) {
    const findings = [];
    for (const instruction of instructions) {
        if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV')
            continue;
        for (const name of declaredNames(instruction)) {
            if (!looksSecret(name))
                continue;
            findings.push({
                rule: 'secret-in-image',
                level: 'warning',
                line: instruction.line,
                title: `A secret in ${instruction.keyword}`,
                // The name only: the value, if any, is never repeated.
                subject: `${instruction.keyword} ${name}`,
                detail: `${instruction.keyword} values are kept in the image's history and config, where ` +
                    'anyone who pulls it reads them. Pass it with the `secrets` input and ' +
                    'RUN --mount=type=secret instead.'
            });
        }
    }
    return findings;
}
/** The names an ARG or ENV declares, never their values. */
function declaredNames(instruction) {
    const args = instruction.args;
    if (instruction.keyword === 'ENV' && !/^[^\s=]+=/.test(args)) {
        // The legacy form, `ENV NAME value`, declares one name.
        return [args.split(/\s+/)[0] ?? ''].filter(Boolean);
    }
    const names = [];
    const pair = /([^\s="']+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
    for (const match of args.matchAll(pair))
        if (match[1])
            names.push(match[1]);
    return names;
}

;// CONCATENATED MODULE: ./src/advice/waste.ts
function analyseWaste(layers) {
    const live = new Map();
    const children = new Map();
    const wasted = [];
    const paths = new Map();
    const touch = (path, size) => {
        const data = paths.get(path);
        if (!data)
            paths.set(path, { cumulative: size, min: size, nodes: 1 });
        else {
            data.cumulative += size;
            data.min = Math.min(data.min, size);
            data.nodes++;
        }
    };
    const add = (path, state) => {
        live.set(path, state);
        const parent = parentOf(path);
        let set = children.get(parent);
        if (!set)
            children.set(parent, (set = new Set()));
        set.add(path);
    };
    /** Removes a path and all below it; returns the files removed. */
    const remove = (path, keepSelf = false) => {
        const removed = [];
        const visit = (p, self) => {
            for (const child of [...(children.get(p) ?? [])])
                visit(child, true);
            children.delete(p);
            const state = live.get(p);
            if (!self || !state)
                return;
            live.delete(p);
            children.get(parentOf(p))?.delete(p);
            if (!state.dir)
                removed.push({ path: p, state });
        };
        visit(path, !keepSelf);
        return removed;
    };
    layers.forEach((entries, layer) => {
        // Deletions first: a layer's whiteouts apply to the layers below it.
        for (const entry of entries) {
            if (entry.kind !== 'whiteout' && entry.kind !== 'opaque')
                continue;
            const previous = live.get(entry.path);
            const removed = remove(entry.path, entry.kind === 'opaque');
            for (const { path, state } of removed) {
                wasted.push({
                    path,
                    size: state.size,
                    writtenIn: state.layer,
                    removedIn: layer,
                    how: 'deleted'
                });
            }
            if (entry.kind === 'whiteout') {
                // dive sizes a deleted directory by what it held, a deleted file as 0.
                const size = previous?.dir ? removed.reduce((sum, r) => sum + r.state.size, 0) : 0;
                touch(entry.path, size);
            }
        }
        for (const entry of entries) {
            if (entry.kind === 'whiteout' || entry.kind === 'opaque' || entry.path === '')
                continue;
            const dir = entry.kind === 'dir';
            const previous = live.get(entry.path);
            if (previous && !previous.dir && previous.layer < layer) {
                wasted.push({
                    path: entry.path,
                    size: previous.size,
                    writtenIn: previous.layer,
                    removedIn: layer,
                    how: 'overwritten'
                });
            }
            if (previous && !previous.dir && dir)
                remove(entry.path);
            if (!dir)
                touch(entry.path, entry.size);
            add(entry.path, { layer, size: entry.size, dir });
        }
    });
    let minimum = 0;
    let discovered = 0;
    let wastedBytes = 0;
    for (const data of paths.values()) {
        minimum += data.min;
        discovered += data.cumulative;
        if (data.nodes > 1)
            wastedBytes += data.cumulative;
    }
    const final = new Map();
    for (const [path, state] of live) {
        if (!state.dir)
            final.set(path, { layer: state.layer, size: state.size });
    }
    return {
        wasted,
        efficiency: { score: discovered === 0 ? 1 : minimum / discovered, wastedBytes },
        final
    };
}
function parentOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}

;// CONCATENATED MODULE: ./src/advice/advice.ts






/** A context this large without a .dockerignore is worth one. */
const LARGE_CONTEXT = 10_000_000;
function adviseBuild(input) {
    const instructions = parseInstructions(input.dockerfile);
    const findings = [
        ...textFindings(instructions, input.steps),
        ...contextFindings(instructions, input.context)
    ];
    const from = instructions.filter(i => i.keyword === 'FROM').at(-1);
    if (!input.image || !from) {
        findings.push(...noUser(instructions));
        return { findings: byLine(findings) };
    }
    findings.push(...noUser(instructions, input.image.user));
    const history = input.image.history;
    const matched = matchHistory(history.map(h => h.createdBy), instructions);
    const made = matched.filter((_, i) => !history[i]?.emptyLayer);
    const waste = analyseWaste(input.image.layers);
    findings.push(...fileFindings({ layers: input.image.layers, made, from, waste, instructions }));
    const addedBytes = input.image.layers.reduce((total, entries, i) => (made[i] ? total + entries.reduce((s, e) => s + e.size, 0) : total), 0);
    const wastedBytes = waste.wasted.reduce((total, file) => total + file.size, 0);
    return { findings: byLine(findings), efficiency: waste.efficiency, wastedBytes, addedBytes };
}
function contextFindings(instructions, context) {
    if (!context || context.dockerignore || context.bytes < LARGE_CONTEXT)
        return [];
    const copy = instructions.find(i => (i.keyword === 'COPY' || i.keyword === 'ADD') &&
        copySources(i.args).some(s => /^\.\/?$/.test(s)));
    const at = copy ?? instructions[0];
    return [
        {
            rule: 'dockerignore',
            level: 'warning',
            line: at?.line ?? 1,
            title: 'A large build context without .dockerignore',
            subject: at ? `${at.keyword} ${at.args}` : '',
            detail: `The context holds ${(0,format/* formatBytes */.z3)(context.bytes)}, all of it sent to the builder and open to COPY. ` +
                'A .dockerignore beside the Dockerfile keeps out what the image does not need (.git, build output, node_modules).',
            bytes: context.bytes
        }
    ];
}
function byLine(findings) {
    return [...findings].sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./src/advice/budget.ts

/** One sentence when the limit is exceeded; none when it is not, or nothing was measured. */
function checkWasted(advice, maxWasted) {
    const wasted = advice.wastedBytes;
    if (!maxWasted || wasted === undefined)
        return [];
    if ('bytes' in maxWasted) {
        return wasted > maxWasted.bytes
            ? [
                `The image wastes ${(0,format/* formatBytes */.z3)(wasted)}, over max-wasted ${(0,format/* formatBytes */.z3)(maxWasted.bytes)}.`
            ]
            : [];
    }
    const added = advice.addedBytes ?? 0;
    const percent = added > 0 ? (wasted / added) * 100 : 0;
    return percent > maxWasted.percent
        ? [
            `The image wastes ${(0,format/* formatBytes */.z3)(wasted)}, ${percent.toFixed(1)}% of the ${(0,format/* formatBytes */.z3)(added)} ` +
                `its Dockerfile added, over max-wasted ${maxWasted.percent}%.`
        ]
        : [];
}

// EXTERNAL MODULE: ./src/engine/docker.ts + 1 modules
var docker = __webpack_require__(4306);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/engine/saved.ts
var engine_saved = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/engine/tar.ts
var tar = __webpack_require__(5517);
;// CONCATENATED MODULE: ./src/engine/layers.ts
/**
 * An image's layers read from the local engine, without pushing it: the
 * config and layer tars from `docker save`, each layer gzip-compressed here
 * as a push would upload it, unless the store keeps it compressed already.
 */







async function localLayers(imageId, tempDir, options = {}) {
    const { known = new Map(), measure = true, compressedStore = false } = options;
    const family = options.family ?? docker/* dockerFamily */.J;
    // A folder of each call's own: the size report measures here beside a read-back from the
    // registry, and measures again when that fails, while the first export may still run.
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(tempDir, 'layers-'));
    const archive = external_node_path_.join(dir, 'image.tar');
    try {
        const saved = await (0,exec/* execCommand */.NK)(family.command, family.saveArgs(imageId, archive), {
            silent: true
        });
        if (saved.exitCode !== 0)
            throw new Error(`${family.command} save failed: ${(0,exec/* lastErrorLine */.HY)(saved)}`);
        // Without sizes from history, each layer's own bytes are counted from its content.
        const countContent = compressedStore || !family.history;
        const entries = await (0,tar/* indexTar */.O1)(archive);
        const manifestEntry = entries.get('manifest.json');
        if (!manifestEntry)
            throw new Error('docker save wrote no manifest.json');
        const [manifest] = (0,engine_saved/* parseSaveManifest */.A)((await (0,tar/* readEntry */.hB)(archive, manifestEntry)).toString()) ?? [];
        const configEntry = manifest && entries.get(manifest.Config);
        if (!manifest || !configEntry)
            throw new Error('docker save wrote no image config');
        const config = (0,report_layers/* parseImageConfig */.FB)(JSON.parse((await (0,tar/* readEntry */.hB)(archive, configEntry)).toString()));
        const compressed = [];
        const contentSizes = [];
        for (const [i, layerPath] of manifest.Layers.entries()) {
            const entry = entries.get(layerPath);
            if (!entry)
                throw new Error(`docker save wrote no ${layerPath}`);
            if (countContent)
                contentSizes.push(await (0,tar/* layerContentSize */.E6)(archive, entry));
            const stored = compressedStore && (await (0,tar/* entryCompression */.jO)(archive, entry)) !== 'none';
            if (stored)
                compressed.push(entry.size);
            else if (measure || compressedStore)
                compressed.push(known.get(config.diffIds[i] ?? '') ?? (await (0,tar/* gzipSize */.kF)(archive, entry)));
        }
        const uncompressed = countContent
            ? perHistoryEntry(config.history, contentSizes)
            : await historySizes(imageId, family);
        return { config, compressed, exact: false, ...(uncompressed ? { uncompressed } : {}) };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/** Each history entry's bytes: its layer's, or 0 where it made none. */
function perHistoryEntry(history, layerSizes) {
    let layer = 0;
    return history.map(entry => (entry.emptyLayer ? 0 : (layerSizes[layer++] ?? 0)));
}
/** Uncompressed size per history entry, oldest first, as `docker history` shows it. */
async function historySizes(imageId, family) {
    return (await imageHistory(imageId, family))?.map(record => record.size);
}
/**
 * What `docker history` tells of a local image: the uncompressed size of each
 * entry, oldest first, and its config where history can say which entries
 * made a layer (`configFromHistory`).
 */
async function historyLayers(image, family = docker/* dockerFamily */.J) {
    const records = await imageHistory(image.id, family);
    if (!records)
        return undefined;
    const config = (0,report_layers/* configFromHistory */.jz)(records, image.diffIds, image.platform);
    return { uncompressed: records.map(record => record.size), ...(config ? { config } : {}) };
}
/**
 * The layers of an image nothing needs measured: its config from `docker
 * history` and the diff IDs `docker image inspect` gave, with no export of the
 * image. Only when history cannot say which entries made a layer is the
 * config read from `docker save`.
 */
async function unmeasuredLayers(image, tempDir, family = docker/* dockerFamily */.J) {
    const local = await historyLayers(image, family);
    if (!local?.config)
        return localLayers(image.id, tempDir, { measure: false, family });
    return { config: local.config, compressed: [], exact: false, uncompressed: local.uncompressed };
}
/**
 * Asks for the image's history now, so that it runs beside the inspects that
 * come first in the advice and the size report, which both read it. A failure
 * is theirs to report.
 */
function prefetchHistory(imageId, family) {
    imageHistory(imageId, family).catch(() => undefined);
}
/** The family's history of the image, oldest first; undefined where it gives none in bytes. */
function imageHistory(imageId, family) {
    if (!family.history)
        return Promise.resolve(undefined);
    // An image id names its content: its history is asked once a run (the advice
    // and the size report both read it).
    const key = `${family.command} ${imageId}`;
    let history = histories.get(key);
    if (!history)
        histories.set(key, (history = family.history(imageId)));
    return history;
}
const histories = new Map();

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/advice/files-cache.ts
/**
 * The files of an image's layers, kept on this machine between runs. A layer
 * is named by its diff ID, the digest of its content: what is kept never goes
 * stale (an image ID does: the labels of each run change it). A cached build's image is
 * then read without `docker save` (a second per 100 MB). Best-effort: a file
 * that cannot be read or written is as if it were not there.
 */



/** The runner's tool cache outlives a job on self-hosted runners; the temp dir otherwise. */
function filesCacheDir() {
    return external_node_path_.join(process.env.RUNNER_TOOL_CACHE || external_node_os_.tmpdir(), 'hoist', 'layer-files');
}
const digestHex = (digest) => digest.replace(/^sha256:/, '');
/** Every layer's files, or undefined when one of them is not kept. */
async function cachedLayers(dir, diffIds) {
    try {
        return await Promise.all(diffIds.map(async (diffId) => {
            const stored = JSON.parse(await (0,promises_.readFile)(external_node_path_.join(dir, `${digestHex(diffId)}.files.json`), 'utf8'));
            return stored.map(([p, size, kind]) => ({ path: p, size, kind }));
        }));
    }
    catch {
        return undefined;
    }
}
async function storeLayers(dir, diffIds, layers) {
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        await Promise.all(diffIds.map((diffId, i) => writeAtomically(external_node_path_.join(dir, `${digestHex(diffId)}.files.json`), JSON.stringify((layers[i] ?? []).map(e => [e.path, e.size, e.kind])))));
    }
    catch {
        // A cache that cannot be written costs the next run a docker save, nothing more.
    }
}
/** Another job on the same machine may read the file while it is written. */
async function writeAtomically(file, text) {
    const partial = `${file}.${process.pid}.partial`;
    await (0,promises_.writeFile)(partial, text);
    await (0,promises_.rename)(partial, file);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(2440);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/registry/repository.ts + 2 modules
var registry_repository = __webpack_require__(8631);
// EXTERNAL MODULE: ./src/registry/retry.ts
var registry_retry = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/registry/retry-io.ts
var retry_io = __webpack_require__(1046);
;// CONCATENATED MODULE: ./src/registry/image.ts






/** Three tries, half a second apart, then a second. */
const READ_RETRY = {
    ...registry_retry/* DEFAULT_RETRY */.vI,
    attempts: 3,
    baseDelayMs: 500,
    maxDelayMs: 1_000
};
/**
 * One repository client per repository for the run, made once the logins are
 * done: what one read opened (the connection, the token) serves the next.
 */
const repositories = new Map();
/** Root manifests read ahead (`prefetchRegistryImage`), for the next read of each. */
const prefetched = new Map();
function repositoryOf(ref) {
    const key = `${ref.registry}/${ref.repository}`;
    let repository = repositories.get(key);
    if (!repository)
        repositories.set(key, (repository = new registry_repository/* RegistryRepository */.S9(ref)));
    return repository;
}
const manifestKey = (ref) => `${ref.registry}/${ref.repository}@${(0,registry_reference/* manifestReference */.Tn)(ref)}`;
/** Whether two references name one manifest (`o/x:1` and `docker.io/o/x:1` do). */
function sameManifest(a, b) {
    return manifestKey((0,registry_reference/* parseImageReference */.o_)(a)) === manifestKey((0,registry_reference/* parseImageReference */.o_)(b));
}
/** The root manifest `ref` names, read once: the one read ahead, else now. */
function rootManifest(ref, reference) {
    const key = manifestKey(ref);
    const early = prefetched.get(key);
    prefetched.delete(key);
    if (!early)
        return readManifest(ref, reference);
    early.taken();
    return early.manifest;
}
function readManifest(ref, reference, io = retry_io/* quietRetryIO */.vK) {
    const repository = repositoryOf(ref);
    return reading(`Reading ${reference}`, () => repository.manifest((0,registry_reference/* manifestReference */.Tn)(ref)), io);
}
/**
 * An image that is there before the report reads it (the base to compare
 * with, while the image builds; the image the build pushed): read ahead, for
 * the next read of it. A read ahead again reads again: the tag may name
 * another image by now.
 */
function prefetchRegistryImage(reference) {
    const ref = (0,registry_reference/* parseImageReference */.o_)(reference);
    // Read whole (manifest bytes): a prefetch nobody takes (the build failed) holds no connection.
    // Its retries are told by the step that takes it, not in the Build's group.
    const { io, release } = (0,retry_io/* heldRetryIO */.sb)();
    const manifest = readManifest(ref, reference, io);
    manifest.catch(() => undefined); // the read that takes it reports its failure
    prefetched.set(manifestKey(ref), { manifest, taken: release });
}
/**
 * Readies the read of an image that is not there yet (the build is pushing
 * it): the repository's connection is opened and its token had now, with a
 * HEAD of the manifest, so that the read once the push is done waits for no
 * handshake. Quiet: the read itself reports what fails.
 */
function prepareRegistryRead(reference) {
    const ref = (0,registry_reference/* parseImageReference */.o_)(reference);
    repositoryOf(ref)
        .hasManifest((0,registry_reference/* manifestReference */.Tn)(ref))
        .catch(() => undefined);
}
/** A layer blob's compressed bytes, as a stream. */
async function layerBlob(reference, digest) {
    const repository = repositoryOf((0,registry_reference/* parseImageReference */.o_)(reference));
    return reading(`Reading ${digest}`, () => repository.blob(digest));
}
/**
 * Undefined when the registry has no such image (e.g. the first build of a
 * branch). A config `known` is not read again where the manifest names it.
 */
async function registryLayers(reference, platform, known) {
    const ref = (0,registry_reference/* parseImageReference */.o_)(reference);
    const root = await rootManifest(ref, reference);
    return root && heldLayers(reference, root, platform, known);
}
/**
 * `registryLayers` of a manifest already read: `raw`, which `reference`'s
 * repository holds (or the image its index names for `platform`). Only what
 * is not in hand is read: the config, and the image of an index.
 */
async function heldLayers(reference, raw, platform, known) {
    const repository = repositoryOf((0,registry_reference/* parseImageReference */.o_)(reference));
    const manifest = await imageManifest(repository, raw, platform, reference);
    const { digest } = manifest.config;
    const config = known?.digest === digest
        ? known.config
        : (0,report_layers/* parseImageConfig */.FB)(await reading(`Reading ${digest}`, () => repository.blobJson(digest)));
    return {
        config,
        compressed: manifest.layers.map(layer => layer.size),
        exact: true,
        digest: manifest.digest,
        layerDigests: manifest.layers.map(layer => layer.digest)
    };
}
/** The image manifest for `platform`: `raw` itself (`name`'s), or the one its index names for it. */
async function imageManifest(repository, raw, platform, name) {
    const body = JSON.parse(raw.bytes.toString('utf8'));
    if (body.manifests || client/* INDEX_TYPES */.V.includes(raw.mediaType)) {
        const chosen = (0,client/* pickPlatform */.vw)(body.manifests ?? [], platform);
        if (!chosen) {
            throw new Error(`${name} has no image for ${platform.os}/${platform.architecture}`);
        }
        const child = await reading(`Reading ${chosen.digest}`, () => repository.manifest(chosen.digest));
        if (!child)
            throw new Error(`${repository.name} does not hold ${chosen.digest}`);
        return imageManifest(repository, child, platform, chosen.digest);
    }
    if (!body.config || !body.layers)
        throw new Error(`${name} is not an image manifest`);
    return { digest: raw.digest, config: body.config, layers: body.layers };
}
/** `read`, tried again after a passing failure; throws the last failure. */
async function reading(what, read, io = retry_io/* quietRetryIO */.vK) {
    const outcome = await (0,registry_retry/* withRetries */.LH)(what, READ_RETRY, () => (0,registry_retry/* attempt */.CD)(read), io);
    if (!outcome.ok)
        throw new Error(outcome.error);
    return outcome.value;
}

;// CONCATENATED MODULE: ./src/report/compare.ts
/**
 * A new image against a base image, layer by layer. Pure.
 * Layers are matched by content (diff ID): a layer both images share is the
 * same blob in the registry, so it counts at the registry's size in both.
 */

function layersOf(image) {
    const instructions = image.config.history
        .filter(entry => !entry.emptyLayer)
        .map(entry => (0,report_layers/* displayInstruction */.rQ)(entry.createdBy));
    return image.config.diffIds.map((diffId, i) => ({
        diffId,
        instruction: instructions[i] ?? '',
        size: image.compressed[i] ?? 0
    }));
}
function compareImages(baseReference, base, current) {
    const unmatched = layersOf(base);
    const take = (found) => {
        const index = unmatched.findIndex(found);
        return index < 0 ? undefined : unmatched.splice(index, 1)[0];
    };
    const rows = [];
    const currentLayers = layersOf(current);
    const same = currentLayers.map(layer => take(b => b.diffId === layer.diffId));
    currentLayers.forEach((layer, i) => {
        const shared = same[i];
        if (shared) {
            rows.push({
                instruction: layer.instruction,
                base: shared.size,
                current: shared.size,
                change: 0
            });
            return;
        }
        // A layer whose content changed: the base layer made by the same instruction.
        const key = (0,report_layers/* instructionKey */.Ox)(layer.instruction);
        const before = take(b => (0,report_layers/* instructionKey */.Ox)(b.instruction) === key)?.size ?? 0;
        rows.push({
            instruction: layer.instruction,
            base: before,
            current: layer.size,
            change: layer.size - before
        });
    });
    for (const removed of unmatched) {
        rows.push({
            instruction: removed.instruction,
            base: removed.size,
            current: 0,
            change: -removed.size
        });
    }
    const baseTotal = (0,report_layers/* totalCompressed */.m8)(base) ?? 0; // a base comes from its registry: always measured
    const currentTotal = rows.reduce((sum, row) => sum + row.current, 0);
    const change = currentTotal - baseTotal;
    return {
        baseReference,
        rows,
        baseTotal,
        currentTotal,
        change,
        ...(baseTotal > 0 ? { percent: (change / baseTotal) * 100 } : {})
    };
}
/** The rows that grew, the most first. */
function grownMost(comparison, count = 3) {
    return comparison.rows
        .filter(row => row.change > 0)
        .sort((a, b) => b.change - a.change)
        .slice(0, count);
}

;// CONCATENATED MODULE: ./src/advice/grown.ts
/**
 * On a pull request, the files behind the layers that grew most: added, or
 * grown against the compared image's layer made by the same instruction. Pure.
 */



function pairGrownLayers(comparison, current, base) {
    const commands = (history) => history.filter(entry => !entry.emptyLayer).map(entry => (0,report_layers/* displayInstruction */.rQ)(entry.createdBy));
    const currentCommands = commands(current.history);
    const baseCommands = commands(base.config.history);
    const baseIds = new Set(base.config.diffIds);
    const currentIds = new Set(current.diffIds);
    const used = new Set();
    const usedBase = new Set();
    const pairs = [];
    for (const row of grownMost(comparison)) {
        const key = (0,report_layers/* instructionKey */.Ox)(row.instruction);
        const layer = current.diffIds.findIndex((id, i) => !used.has(i) && !baseIds.has(id) && (0,report_layers/* instructionKey */.Ox)(currentCommands[i] ?? '') === key);
        if (layer < 0)
            continue;
        used.add(layer);
        const baseLayer = base.config.diffIds.findIndex((id, j) => !usedBase.has(j) && !currentIds.has(id) && (0,report_layers/* instructionKey */.Ox)(baseCommands[j] ?? '') === key);
        if (baseLayer >= 0)
            usedBase.add(baseLayer);
        pairs.push({
            instruction: row.instruction,
            change: row.change,
            layer,
            ...(baseLayer >= 0 ? { baseLayer } : {})
        });
    }
    return pairs;
}
/** The files added or grown, the most first; `before` undefined: every file is added. */
function grownFiles(before, after) {
    const sizes = new Map();
    for (const entry of before ?? [])
        if (entry.kind === 'file')
            sizes.set(entry.path, entry.size);
    return after
        .filter(entry => entry.kind === 'file')
        .map(entry => ({
        path: `/${entry.path}`,
        size: entry.size,
        change: entry.size - (sizes.get(entry.path) ?? 0)
    }))
        .filter(file => file.change > 0)
        .sort((a, b) => b.change - a.change)
        .slice(0, FILES_SHOWN);
}

;// CONCATENATED MODULE: ./src/advice/tar-stream.ts
/**
 * A tar archive read as a stream, headers first: an entry's content is read
 * only when the visitor asks for it, otherwise skipped. Handles the ustar
 * prefix, GNU long names and PAX `path`/`size` records, as Go's archive/tar
 * (docker's) writes them.
 */
const BLOCK = 512;
/** The bytes of a stream, taken in the sizes asked for. */
class ByteSource {
    chunks = [];
    buffered = 0;
    ended = false;
    source;
    constructor(source) {
        this.source = source[Symbol.asyncIterator]();
    }
    async fill(n) {
        while (this.buffered < n && !this.ended) {
            const next = await this.source.next();
            if (next.done)
                this.ended = true;
            else {
                this.chunks.push(next.value);
                this.buffered += next.value.length;
            }
        }
        return this.buffered >= n;
    }
    /** The next n bytes (fewer at the end of the stream), left to be read. */
    async peek(n) {
        await this.fill(n);
        const all = Buffer.concat(this.chunks);
        this.chunks = all.length > 0 ? [all] : [];
        return all.subarray(0, n);
    }
    /** Exactly n bytes, or undefined at the end of the stream. */
    async read(n) {
        if (!(await this.fill(n)))
            return undefined;
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        this.chunks = all.length > n ? [all.subarray(n)] : [];
        this.buffered -= n;
        return all.subarray(0, n);
    }
    /** Up to n bytes, chunk by chunk as they come. */
    async *take(n) {
        let left = n;
        while (left > 0) {
            if (this.buffered === 0 && !(await this.fill(1)))
                return;
            const chunk = this.chunks.shift();
            // An empty chunk would stall a stream it feeds (a zero-length push ends its reading).
            if (chunk.length === 0)
                continue;
            const used = chunk.subarray(0, left);
            if (chunk.length > left)
                this.chunks.unshift(chunk.subarray(left));
            this.buffered -= used.length;
            left -= used.length;
            yield used;
        }
    }
    async skip(n) {
        for await (const chunk of this.take(n))
            void chunk;
    }
}
/** An entry's content, for a visitor that wants it; what it leaves is skipped. */
class EntryBody {
    source;
    left;
    constructor(source, size) {
        this.source = source;
        this.left = size;
    }
    async read() {
        const content = (await this.source.read(this.left)) ?? Buffer.alloc(0);
        this.left = 0;
        return content;
    }
    async *chunks() {
        for await (const chunk of this.source.take(this.left)) {
            this.left -= chunk.length;
            yield chunk;
        }
    }
    async rest() {
        await this.source.skip(this.left);
        this.left = 0;
    }
}
/**
 * Calls `visit` for each entry, in order. Returns false when the visitor
 * asked to stop (it returned `'stop'`) before the end.
 */
async function walkTar(source, visit) {
    let longName;
    let pax = {};
    for (;;) {
        const block = await source.read(BLOCK);
        if (!block || block.every(byte => byte === 0))
            return true;
        const type = String.fromCharCode(block[156] ?? 0);
        const size = Number(pax.size ?? numeric(block.subarray(124, 136)));
        const prefix = tar_stream_text(block, 345, 155);
        const name = pax.path ?? longName ?? (prefix ? `${prefix}/` : '') + tar_stream_text(block, 0, 100);
        const body = new EntryBody(source, size);
        if (type === 'L' || type === 'x') {
            const content = (await body.read()).toString('utf8');
            if (type === 'L')
                longName = content.replace(/\0.*$/s, '');
            else
                pax = parsePax(content);
        }
        else if (type === 'g') {
            await body.rest();
        }
        else {
            longName = undefined;
            pax = {};
            const answer = await visit({ name: name.replace(/^\.?\//, ''), type, size }, body);
            if (answer === 'stop')
                return false;
            await body.rest();
        }
        await source.skip((BLOCK - (size % BLOCK)) % BLOCK);
    }
}
/** True when a block is a ustar (or GNU) tar header. */
function isTarHeader(block) {
    return block.length >= BLOCK && block.subarray(257, 262).toString('latin1') === 'ustar';
}
function parsePax(content) {
    const records = {};
    let rest = content;
    while (rest.length > 0) {
        const space = rest.indexOf(' ');
        const length = Number(rest.slice(0, space));
        if (space < 0 || !Number.isFinite(length) || length <= 0)
            break;
        const record = Buffer.from(rest).subarray(0, length).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > space)
            records[record.slice(space + 1, eq)] = record.slice(eq + 1).replace(/\n$/, '');
        rest = Buffer.from(rest).subarray(length).toString('utf8');
    }
    return records;
}
/** Octal, or base-256 (high bit set) for sizes over 8 GiB. */
function numeric(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = 0;
        for (const [i, byte] of field.entries())
            value = value * 256 + (i === 0 ? byte & 0x7f : byte);
        return value;
    }
    return Number.parseInt(field.toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
}
function tar_stream_text(buffer, start, length) {
    return buffer
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
}

;// CONCATENATED MODULE: ./src/advice/image-files.ts
/**
 * The files of each layer of a local image, from `docker save` read as a
 * stream: tar headers only, no file content, nothing written to disk. The
 * listing stops at a bound on the number of entries.
 */






/** Enough for most images (a Node app's node_modules has tens of thousands of files). */
const MAX_ENTRIES = 400_000;
const JSON_MAX = 8 * 2 ** 20;
async function readImageFiles(imageId, maxEntries = MAX_ENTRIES) {
    const layersByPath = new Map();
    const json = new Map();
    let count = 0;
    const run = await (0,exec/* execStream */.U1)('docker', ['save', imageId], async (stdout) => {
        return walkTar(new ByteSource(stdout), async (header, body) => {
            if (header.type !== '0' && header.type !== '\0')
                return;
            const entries = await readLayerOrJson(body, header.size, text => json.set(header.name, text));
            if (!entries)
                return;
            const room = maxEntries - count;
            layersByPath.set(header.name, entries.slice(0, room));
            count += entries.length;
            return count > maxEntries ? 'stop' : undefined;
        });
    }, complete => !complete);
    const complete = run.value;
    if (complete && run.exitCode !== 0)
        throw new Error(`docker save failed: ${(0,exec/* lastErrorLine */.HY)({ ...run, stdout: '' })}`);
    if (!complete)
        return { history: [], user: '', diffIds: [], layers: [], truncated: true };
    const [manifest] = (0,engine_saved/* parseSaveManifest */.A)(json.get('manifest.json') ?? '') ?? [];
    const configText = manifest && json.get(manifest.Config);
    if (!manifest || !configText)
        throw new Error('docker save wrote no manifest.json or image config');
    const config = JSON.parse(configText);
    const { history, diffIds } = (0,report_layers/* parseImageConfig */.FB)(config);
    return {
        history,
        user: config.config?.User ?? '',
        diffIds,
        layers: manifest.Layers.map(layer => layersByPath.get(layer) ?? []),
        truncated: false
    };
}
/** A layer (plain or gzipped tar) as its entries, a JSON object or array through `onJson`, else nothing. */
async function readLayerOrJson(body, size, onJson) {
    const content = new ByteSource(body.chunks());
    const head = await content.peek(image_files_BLOCK);
    if ((head[0] === 0x7b || head[0] === 0x5b) && size <= JSON_MAX) {
        onJson((await content.read(size))?.toString('utf8') ?? '');
        return undefined;
    }
    if (head[0] === 0x1f && head[1] === 0x8b) {
        const gunzip = external_node_stream_.Readable.from(content.take(size)).pipe((0,external_node_zlib_.createGunzip)());
        try {
            return await listLayer(new ByteSource(gunzip));
        }
        finally {
            gunzip.destroy();
        }
    }
    if (isTarHeader(head) || (head.length === image_files_BLOCK && head.every(byte => byte === 0))) {
        return listLayer(content);
    }
    return undefined;
}
const image_files_BLOCK = 512;
async function listLayer(source) {
    const entries = [];
    await walkTar(source, header => {
        entries.push(fileEntry(header.name, header.type, header.size));
        return Promise.resolve();
    });
    return entries;
}
/** A tar entry as a file of the image; AUFS whiteouts (`.wh.name`) as deletions. */
function fileEntry(name, type, size) {
    const path = name.replace(/\/$/, '');
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash + 1);
    const base = path.slice(slash + 1);
    if (base === '.wh..wh..opq')
        return { path: dir.replace(/\/$/, ''), size: 0, kind: 'opaque' };
    if (base.startsWith('.wh.'))
        return { path: dir + base.slice(4), size: 0, kind: 'whiteout' };
    const kind = type === '5' ? 'dir' : type === '0' || type === '\0' ? 'file' : 'link';
    return { path, size: kind === 'file' ? size : 0, kind };
}

;// CONCATENATED MODULE: ./src/advice/grown-layers.ts
/**
 * The files behind the layers that grew most on a pull request. The new
 * image's files are the advice's own; a compared layer's are read from its
 * blob in the registry, and only when it is not larger than a bound.
 */








/** Compressed bytes read from the registry per compared layer, at most. */
const MAX_BASE_LAYER_BYTES = 64_000_000;
async function grownLayers(comparison, current, compared) {
    const pairs = pairGrownLayers(comparison, current, compared.layers);
    return Promise.all(pairs.map(async (pair) => {
        const after = current.layers[pair.layer] ?? [];
        const base = { instruction: pair.instruction, change: pair.change };
        if (pair.baseLayer === undefined)
            return { ...base, files: grownFiles(undefined, after) };
        const size = compared.layers.compressed[pair.baseLayer] ?? 0;
        const digest = compared.layerDigests[pair.baseLayer] ?? '';
        if (size > MAX_BASE_LAYER_BYTES) {
            return {
                ...base,
                files: grownFiles(undefined, after),
                note: `the compared layer (${(0,format/* formatBytes */.z3)(size)}) is too large to read: the largest files shown`
            };
        }
        try {
            return { ...base, files: grownFiles(await blobFiles(compared.reference, digest), after) };
        }
        catch (error) {
            return {
                ...base,
                files: grownFiles(undefined, after),
                note: `the compared layer could not be read (${(0,errors/* errorMessage */.g)(error)}): the largest files shown`
            };
        }
    }));
}
async function blobFiles(reference, digest) {
    const gunzip = external_node_stream_.Readable.from(await layerBlob(reference, digest)).pipe((0,external_node_zlib_.createGunzip)());
    try {
        return await listLayer(new ByteSource(gunzip));
    }
    finally {
        gunzip.destroy();
    }
}
/** The section with the grown layers' files, on a run that compared its image. */
async function withGrownFiles(section, sizes) {
    if (!section.image || !sizes?.comparison || !sizes.compared || !section.enabled)
        return section;
    const grown = await grownLayers(sizes.comparison, section.image, sizes.compared);
    return grown.length ? { ...section, grown } : section;
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/advice/render.ts
/**
 * The summary's Advice section. Pure. The Dockerfile's text and the image's
 * paths are untrusted: they appear only inside code spans, through `code`.
 */


function renderAdvice(section) {
    const { advice } = section;
    const parts = ['### 💡 Advice', ''];
    if (advice.efficiency && advice.wastedBytes !== undefined) {
        const { score, wastedBytes } = advice.efficiency;
        parts.push(`**${(0,format/* formatBytes */.z3)(advice.wastedBytes)}** ship in files a later layer deletes or overwrites. ` +
            `dive would score the image **${(score * 100).toFixed(1)} %** efficient, ` +
            `${(0,format/* formatBytes */.z3)(wastedBytes)} wasted.`, '');
    }
    const icon = section.sizeCheck === 'fail' ? '❌' : '⚠️';
    for (const line of section.exceeded)
        parts.push(`> ${icon} **Waste budget exceeded.** ${line}`, '');
    if (section.note)
        parts.push(`> ${section.note}`, '');
    if (advice.findings.length === 0) {
        parts.push(`Nothing to advise on ${(0,report_escape/* codeCell */.MZ)(section.file, 80)}.`, '');
        return [...parts, ...renderGrown(section.grown ?? [])].join('\n');
    }
    const count = advice.findings.length;
    const title = `${count} ${count === 1 ? 'finding' : 'findings'} on ${(0,report_escape/* codeCell */.MZ)(section.file, 80)}`;
    const lines = [
        '| Line | Advice | Instruction | At stake |',
        '|--:|---|---|--:|',
        ...advice.findings.map(finding => `| ${row(finding).join(' | ')} |`),
        ''
    ];
    if (advice.findings.length <= format/* FOLD_ROWS */.oW)
        parts.push(`**${title}**`, '', ...lines);
    else
        parts.push('<details>', `<summary><b>${title}</b></summary>`, '', ...lines, '</details>', '');
    return [...parts, ...renderGrown(section.grown ?? [])].join('\n');
}
function renderGrown(grown) {
    if (grown.length === 0)
        return [];
    const lines = [
        '**What grew**: the files added or grown in the layers that grew most',
        '',
        '| Layer | File | Size | Change |',
        '|---|---|--:|--:|'
    ];
    for (const layer of grown) {
        const head = `${(0,report_escape/* codeCell */.MZ)(layer.instruction, 60)} +${(0,format/* formatBytes */.z3)(layer.change)} compressed`;
        const note = layer.note ? ` (${layer.note})` : '';
        if (layer.files.length === 0)
            lines.push(`| ${head}${note} | | | |`);
        layer.files.forEach((file, i) => {
            lines.push(`| ${i === 0 ? head + note : ''} | ${(0,report_escape/* codeCell */.MZ)(file.path, 60)} | ${(0,format/* formatBytes */.z3)(file.size)} | +${(0,format/* formatBytes */.z3)(file.change)} |`);
        });
    }
    return [...lines, ''];
}
function row(finding) {
    const icon = finding.level === 'warning' ? '⚠️' : 'ℹ️';
    const files = (finding.files ?? []).map(file => `${(0,report_escape/* codeCell */.MZ)(file.path, 60)} ${(0,format/* formatBytes */.z3)(file.size)}`);
    const stake = [
        finding.bytes !== undefined ? (0,format/* formatBytes */.z3)(finding.bytes) : '',
        finding.seconds !== undefined ? `${finding.seconds.toFixed(1)} s` : ''
    ].filter(Boolean);
    return [
        String(finding.line),
        `${icon} **${finding.title}**: ${finding.detail.replace(/\|/g, '\\|')}` +
            (files.length ? `<br>${files.join(', ')}` : ''),
        finding.subject ? `${(0,report_escape/* codeCell */.MZ)(finding.subject, 60)}` : '',
        stake.join(', ')
    ];
}
/** The annotation's text: the detail, and the files behind it. */
function annotationText(finding) {
    const files = (finding.files ?? []).map(file => `${file.path} (${(0,format/* formatBytes */.z3)(file.size)})`);
    return files.length ? `${finding.detail} Largest: ${files.join(', ')}.` : finding.detail;
}

;// CONCATENATED MODULE: ./src/advice/report.ts
/**
 * Advice on a build: measured while the image is pushed, then published as
 * annotations on the Dockerfile's lines and a section of the summary. Advice
 * is a report: what cannot be measured is left out with a note, never a failure.
 */













/** Files past this many in the context are not counted: it is large enough to say so. */
const CONTEXT_ENTRIES = 100_000;
/** Undefined when neither the advice nor a waste budget is wanted. */
async function measureAdvice(request) {
    if (!request.enabled && !request.maxWasted)
        return undefined;
    const file = annotationPath(request.file);
    const { dockerfile } = request;
    const [context, image] = await Promise.all([
        // Only a finding reads it, and without the advice there are none.
        request.enabled
            ? measureContext(request.context, request.file).catch(() => undefined)
            : undefined,
        imageFiles(request.imageId, request.tempDir).catch((error) => (0,errors/* errorMessage */.g)(error))
    ]);
    let note;
    if (typeof image === 'string')
        note = `The image's files could not be read (${image}): advice from the Dockerfile only.`;
    else if (image.truncated)
        note = 'The image has too many files to read them all: advice from the Dockerfile only.';
    const files = typeof image === 'string' || image.truncated ? undefined : image;
    const advice = adviseBuild({
        dockerfile,
        steps: request.steps,
        ...(files ? { image: files } : {}),
        ...(context ? { context } : {})
    });
    return {
        advice: request.enabled ? advice : { ...advice, findings: [] },
        enabled: request.enabled,
        ...(files ? { image: files } : {}),
        file,
        exceeded: checkWasted(advice, request.maxWasted),
        sizeCheck: request.sizeCheck,
        ...(note ? { note } : {})
    };
}
/** An image id names its content: its files are read once a run. */
const imagesRead = new Map();
function imageFiles(imageId, tempDir) {
    let files = imagesRead.get(imageId);
    if (!files)
        imagesRead.set(imageId, (files = readFiles(imageId, tempDir)));
    return files;
}
/**
 * Starts reading the image's files for the advice as soon as it exists (a
 * build that pushes has written it before its push ends); the advice awaits
 * the same read, and reports its failure.
 */
function prefetchImageFiles(imageId, tempDir) {
    imageFiles(imageId, tempDir).catch(() => undefined);
}
/**
 * The layers' files kept by an earlier run when it has them all, with the
 * history from `docker history`; else everything from `docker save`.
 */
async function readFiles(imageId, tempDir) {
    const dir = filesCacheDir();
    const image = await docker/* dockerFamily */.J.inspect(imageId);
    const layers = await cachedLayers(dir, image.diffIds);
    if (layers) {
        // An export, where one is needed, goes to a folder of its own (localLayers).
        const { config } = await unmeasuredLayers(image, tempDir);
        return {
            history: config.history,
            user: image.user,
            diffIds: image.diffIds,
            layers,
            truncated: false
        };
    }
    const files = await readImageFiles(imageId);
    if (!files.truncated)
        await storeLayers(dir, files.diffIds, files.layers);
    return files;
}
/** Each finding as an annotation on its line; an exceeded waste budget as a warning. */
function publishAdvice(section) {
    for (const finding of section.advice.findings) {
        const annotate = finding.level === 'warning' ? core.warning : core.notice;
        annotate(annotationText(finding), {
            file: section.file,
            startLine: finding.line,
            title: finding.title
        });
    }
    if (section.note)
        core.info(section.note);
    if (section.sizeCheck === 'warn')
        for (const line of section.exceeded)
            core.warning(line);
}
/** GitHub places an annotation by the file's path in the repository. */
function annotationPath(file) {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const relative = external_node_path_.relative(root, external_node_path_.resolve(file));
    return relative.startsWith('..') ? file : relative.split(external_node_path_.sep).join('/');
}
/** The context's size, counted up to a bound, and whether a .dockerignore applies to it. */
async function measureContext(context, file) {
    const dockerignore = (0,external_node_fs_.existsSync)(external_node_path_.join(context, '.dockerignore')) || (0,external_node_fs_.existsSync)(`${file}.dockerignore`);
    if (dockerignore)
        return { bytes: 0, dockerignore };
    let bytes = 0;
    let entries = 0;
    const pending = [context];
    while (pending.length > 0 && entries < CONTEXT_ENTRIES) {
        const dir = pending.pop() ?? '';
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            entries++;
            const full = external_node_path_.join(dir, entry.name);
            if (entry.isDirectory())
                pending.push(full);
            else if (entry.isFile())
                bytes += (await (0,promises_.lstat)(full)).size;
        }
    }
    return { bytes, dockerignore };
}
/** Whether the advice reads the image's files: for the advice itself, or for a waste budget. */
function readsImageFiles(inputs) {
    return inputs.advice || Boolean(inputs.sizes.budget.maxWasted);
}
/** The advice, started now and awaited later; a failure to make it warns and leaves it out. */
function startAdvice(inputs, build) {
    const { budget } = inputs.sizes;
    return measureAdvice({
        ...build,
        file: inputs.file,
        context: inputs.context,
        enabled: inputs.advice,
        sizeCheck: budget.check,
        ...(budget.maxWasted ? { maxWasted: budget.maxWasted } : {})
    }).catch((error) => {
        core.warning(`The advice could not be made: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    });
}
/** Publishes the advice, with the files behind what grew when the image was compared. */
async function finishAdvice(advice, sizes) {
    const section = await advice;
    if (!section)
        return undefined;
    publishAdvice(section);
    try {
        return await withGrownFiles(section, sizes);
    }
    catch (error) {
        core.warning(`What grew could not be read: ${(0,errors/* errorMessage */.g)(error)}`);
        return section;
    }
}
/** With `size-check: fail`, an exceeded `max-wasted` keeps every tag from being pushed. */
async function wastedBeforePush(advice, budget) {
    if (budget.check !== 'fail' || !budget.maxWasted)
        return false;
    const exceeded = (await advice)?.exceeded.length ?? 0;
    if (exceeded > 0)
        core.info('The waste budget is exceeded: nothing is pushed.');
    return exceeded > 0;
}

// EXTERNAL MODULE: ./src/engine/build.ts
var build = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/dockerfile/stages.ts

const MOUNT_FROM = /--mount=\S*?\bfrom=([^,\s]+)/gi;
/**
 * The build stages, in order, read from its instructions (parseInstructions).
 * A FROM's image, a COPY's `--from=` and a mount's `from=` are read with their
 * variables replaced as BuildKit does: from the ARGs above the first FROM in a
 * FROM, from the stage's own ARGs after it, each the build-arg given or its default.
 */
function parseStages(dockerfile, buildArgs = []) {
    const given = new Map(buildArgs.map(arg => [arg.name, arg.value]));
    const globals = new Map();
    let scope = new Map();
    const stages = [];
    for (const instruction of parseInstructions(dockerfile)) {
        const { keyword, args } = instruction;
        if (keyword === 'FROM') {
            const { image: written, alias } = fromParts(instruction);
            const image = expandVariables(written, globals);
            stages.push({
                index: stages.length,
                base: image,
                sources: [image.toLowerCase()],
                args: [],
                ...(alias ? { name: alias } : {})
            });
            scope = new Map();
            continue;
        }
        const current = stages.at(-1);
        if (keyword === 'ARG') {
            // Before the first FROM, the global ARGs; in a stage, its own, which without a
            // default take the global one's value.
            const values = current ? scope : globals;
            for (const word of shellWords(args)) {
                const [name = '', ...value] = word.split('=');
                const fallback = value.length ? expandVariables(value.join('='), values) : undefined;
                const known = given.get(name) ?? fallback ?? (current ? globals.get(name) : undefined);
                if (known !== undefined)
                    values.set(name, known);
                current?.args.push(name);
            }
        }
        if (!current)
            continue;
        const source = (written) => {
            current.sources.push(expandVariables(written, scope).toLowerCase());
        };
        if (keyword === 'COPY' || keyword === 'ADD') {
            const from = splitFlags(args).flags.find(flag => /^--from=/i.test(flag));
            if (from)
                source(from.slice('--from='.length));
        }
        if (keyword === 'RUN') {
            for (const mount of splitFlags(args).flags.join(' ').matchAll(MOUNT_FROM)) {
                if (mount[1])
                    source(mount[1]);
            }
        }
    }
    return stages;
}
/**
 * `$NAME`, `${NAME}`, `${NAME:-word}` and `${NAME:+word}` (and the same
 * without the colon) replaced, as BuildKit does; a name with no value is empty.
 */
function expandVariables(text, values) {
    const variable = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
    return text.replace(variable, (_, braced, colon, operator, word, bare) => {
        const value = values.get(braced ?? bare ?? '');
        const set = colon ? Boolean(value) : value !== undefined;
        if (operator === '-')
            return set ? (value ?? '') : (word ?? '');
        if (operator === '+')
            return set ? (word ?? '') : '';
        return value ?? '';
    });
}
/** An instruction's words as a shell splits them: quotes kept together and removed. */
function shellWords(text) {
    const words = [];
    let word;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const char = text.charAt(i);
        if (quote) {
            if (char === quote)
                quote = '';
            else if (char === '\\' && quote === '"' && i + 1 < text.length)
                word += text.charAt(++i);
            else
                word += char;
        }
        else if (/\s/.test(char)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            word ??= '';
        }
        else if (char === '\\' && i + 1 < text.length) {
            word = (word ?? '') + text.charAt(++i);
        }
        else {
            word = (word ?? '') + char;
        }
    }
    if (word !== undefined)
        words.push(word);
    return words;
}
/** The stage `--target` names (a name or an index), or the last stage without one. */
function findStage(stages, target) {
    if (!target)
        return stages.at(-1);
    const wanted = target.toLowerCase();
    return stages.find(stage => stage.name === wanted || String(stage.index) === wanted);
}
/**
 * Every stage the target reads from, directly or not, in file order.
 * BuildKit resolves stage names anywhere in the file; a source that names no
 * stage is an image and is left out.
 */
function stageDependencies(stages, target) {
    const root = findStage(stages, target);
    if (!root)
        return [];
    const needed = new Set();
    const visit = (stage) => {
        for (const source of stage.sources) {
            const dependency = stages.find(other => other.index !== stage.index && (other.name === source || String(other.index) === source));
            if (dependency && dependency !== root && !needed.has(dependency.index)) {
                needed.add(dependency.index);
                visit(dependency);
            }
        }
    };
    visit(root);
    return stages.filter(stage => needed.has(stage.index));
}

// EXTERNAL MODULE: ./src/engine/family.ts + 4 modules
var engine_family = __webpack_require__(3547);
// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(1452);
;// CONCATENATED MODULE: ./src/cache/secret-args.ts

/** The names of the build-args given that look like secrets, in order, once each. */
function secretLikeArgs(args) {
    return [...new Set(args.map(arg => arg.name).filter(looksSecret))];
}
/** What the workflow is told of them. */
function secretArgsWarning(names) {
    return (`Input "build-args": ${names.join(', ')} look(s) like a secret. A build-arg's value ` +
        "stays in the image's history and in the layers of every stage that declares it " +
        '(Hoist does not cache those stages); pass it with the secrets input and ' +
        '`RUN --mount=type=secret` instead.');
}
/**
 * The stages that receive such an argument, each with the names: those that
 * declare it, and those built `FROM` one of them (its layers and history are theirs).
 */
function stagesWithSecrets(stages, secretArgs) {
    const found = new Map();
    for (const stage of stages) {
        const own = stage.args.filter(name => secretArgs.includes(name));
        const base = stages.find(other => other.index < stage.index &&
            (other.name === stage.base.toLowerCase() || String(other.index) === stage.base));
        const inherited = base ? (found.get(base.index) ?? []) : [];
        const names = [...new Set([...inherited, ...own])];
        if (names.length > 0)
            found.set(stage.index, names);
    }
    return found;
}

// EXTERNAL MODULE: ./src/cache/strategy.ts
var cache_strategy = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/cache/build.ts
/**
 * The build, with the layer cache's arguments. For the inline strategy, every
 * stage the target needs is then built as an image of its own, so that its
 * layers (a builder stage's, say) are cached too, not only the final image's;
 * a stage the target's build took whole from the cache keeps its restored image.
 */












async function buildWithLayerCache(layerCache, stages, request, engine) {
    const { strategy, keys, dir } = layerCache;
    if (strategy.kind === 'user') {
        const cacheArgs = (0,cache_strategy/* userCacheArgs */.Vu)(layerCache.userCacheFrom, layerCache.userCacheTo);
        return { ...(await (0,build/* runBuild */.cM)({ ...request, cacheArgs }, engine)), ...NO_IMAGES };
    }
    if (strategy.kind === 'off' || !keys || !dir) {
        return { ...(await (0,build/* runBuild */.cM)(request, engine)), ...NO_IMAGES };
    }
    const uncached = secretStages(stages, request);
    if (strategy.kind === 'local') {
        return { ...(await buildWithLocalCache(request, engine, dir)), uncached };
    }
    if (strategy.kind === 'archive') {
        return { ...(await buildWithStepImages(request, engine, dir)), uncached };
    }
    const { server } = layerCache;
    try {
        const built = await buildWithInlineCache(layerCache, keys.id, stages, request, engine, uncached);
        if (!server)
            return built;
        const read = server.read();
        core.info(`Layer cache: the build pulled ${read.layers} of the ${read.ofLayers} layers served ` +
            `(${(0,format/* formatBytes */.z3)(read.bytes)} of ${(0,format/* formatBytes */.z3)(read.ofBytes)}); the daemon had the ` +
            'others, or no step needed them');
        return { ...built, cacheRead: read };
    }
    finally {
        await server?.close();
    }
}
const NO_IMAGES = { cacheImages: [], keptImages: [], uncached: [] };
async function buildWithInlineCache(layerCache, id, stages, request, engine, uncached) {
    const cacheArgs = (0,cache_strategy/* inlineCacheArgs */.Nf)(layerCache.cacheFrom);
    const result = await (0,build/* runBuild */.cM)({ ...request, cacheArgs }, engine);
    const withheldImages = layerCache.server?.withheld() ?? [];
    const withheld = withheldImages.map(image => layerCache.cacheFrom.find(source => source.endsWith(`/${image}`)));
    const unread = result.failedImports.filter(source => layerCache.cacheFrom.includes(source) && !withheld.includes(source));
    if (unread.length > 0) {
        core.warning(`The build ran without the restored layer cache: the daemon could not read ` +
            `${unread.join(', ')} (is it in another network namespace than this step?)`);
    }
    const stageSteps = [];
    const cacheImages = [];
    const keptImages = [];
    // With no-cache, nothing would be reused: only the target is kept.
    const needed = request.noCache ? [] : stageDependencies(stages, request.target);
    for (const stage of needed) {
        const target = stage.name ?? String(stage.index);
        if (uncached.some(entry => entry.stage === target))
            continue;
        const image = (0,keys/* cacheImage */.CJ)(id, target);
        // A withheld image lost its own layers: kept, it would be saved without them again.
        const restored = layerCache.cacheImages.includes(image) && !withheldImages.includes(image);
        if (restored && (0,cache_strategy/* stageReused */.NO)((0,cache_strategy/* stageLabel */.Hn)(stage), result.steps)) {
            core.info(`Stage "${target}" came whole from the cache: ${image} is kept as it is`);
            keptImages.push(image);
            continue;
        }
        // The build above ran this stage: building it on its own now only reuses that.
        core.info(`Building stage "${target}" as ${image}, so its layers are cached too`);
        try {
            const stageRequest = {
                ...request,
                target,
                tags: [image],
                iidFile: `${request.iidFile}.${stage.index}`,
                cacheArgs,
                push: false
            };
            stageSteps.push((await (0,build/* runBuild */.cM)(stageRequest, engine)).steps);
            cacheImages.push(image);
        }
        catch (error) {
            core.warning(`Stage "${target}" was not cached: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const root = findStage(stages, request.target);
    if (!uncached.some(entry => entry.stage === (root?.name ?? String(root?.index)))) {
        const targetImage = (0,keys/* cacheImage */.CJ)(id);
        const tagged = await (0,exec/* execCommand */.NK)('docker', ['tag', result.imageId, targetImage], {
            silent: true
        });
        if (tagged.exitCode === 0)
            cacheImages.push(targetImage);
        else
            core.warning(`The image was not cached: ${(0,exec/* lastErrorLine */.HY)(tagged)}`);
    }
    const steps = (0,cache_strategy/* mergeSteps */.yf)([result.steps, ...stageSteps]);
    return { ...result, steps, cacheImages, keptImages, uncached };
}
/** The target and the stages it needs that receive a secret-looking build-arg, logged. */
function secretStages(stages, request) {
    const secrets = stagesWithSecrets(stages, secretLikeArgs(request.buildArgs));
    const root = findStage(stages, request.target);
    const built = [...stageDependencies(stages, request.target), ...(root ? [root] : [])];
    return built.flatMap(stage => {
        const args = secrets.get(stage.index);
        if (!args)
            return [];
        const name = stage.name ?? String(stage.index);
        core.info(`Stage "${name}" is not cached: it receives the build-arg(s) ${args.join(', ')}, ` +
            'whose value its layers and history carry');
        return [{ stage: name, args }];
    });
}
/**
 * podman, buildah: the build reuses the step images loaded from the restored
 * cache; this build's step images (and nothing older) then replace them.
 */
async function buildWithStepImages(request, engine, dir) {
    const result = await (0,build/* runBuild */.cM)(request, engine);
    const folder = external_node_path_.join(dir, keys/* STEP_IMAGES_FOLDER */.$Y);
    const fresh = `${folder}.new`;
    (0,external_node_fs_.rmSync)(fresh, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(fresh, { recursive: true });
    try {
        await (0,engine_family/* familyOf */.A)(engine).saveImages(distinctImages([...result.stepImages, result.imageId]), fresh);
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(fresh, folder);
    }
    catch (error) {
        core.warning(`The layer cache was not kept: ${(0,errors/* errorMessage */.g)(error)}`);
        (0,external_node_fs_.rmSync)(fresh, { recursive: true, force: true });
    }
    return { ...result, ...NO_IMAGES };
}
/**
 * Each image once: the log names a step's image by a short id, the build's
 * result by its full `sha256:` id, and the last step's image is the result.
 * Pure.
 */
function distinctImages(ids) {
    const bare = (id) => id.replace(/^sha256:/, '');
    const distinct = [];
    for (const id of ids) {
        const same = distinct.findIndex(known => bare(known).startsWith(bare(id)) || bare(id).startsWith(bare(known)));
        if (same < 0)
            distinct.push(id);
        else if (bare(id).length > bare(distinct[same] ?? '').length)
            distinct[same] = id;
    }
    return distinct;
}
/** buildx: import the restored cache, export to a fresh directory that then replaces it. */
async function buildWithLocalCache(request, engine, dir) {
    const current = external_node_path_.join(dir, keys/* LOCAL_CACHE */.jX);
    const fresh = external_node_path_.join(dir, `${keys/* LOCAL_CACHE */.jX}.new`);
    (0,external_node_fs_.rmSync)(fresh, { recursive: true, force: true });
    const cacheArgs = (0,cache_strategy/* localCacheArgs */.TQ)({
        ...((0,external_node_fs_.existsSync)(current) ? { restored: current } : {}),
        fresh
    });
    const result = await (0,build/* runBuild */.cM)({ ...request, cacheArgs }, engine);
    if ((0,external_node_fs_.existsSync)(fresh)) {
        (0,external_node_fs_.rmSync)(current, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(fresh, current);
    }
    return { ...result, ...NO_IMAGES };
}

// EXTERNAL MODULE: ./src/cache/layer-cache.ts + 1 modules
var layer_cache = __webpack_require__(6568);
// EXTERNAL MODULE: ./src/cache/save.ts
var save = __webpack_require__(353);
// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
// EXTERNAL MODULE: ./src/context.ts
var src_context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/engine/fence.ts
var fence = __webpack_require__(3439);
// EXTERNAL MODULE: ./src/engine/build-options.ts
var build_options = __webpack_require__(8725);
;// CONCATENATED MODULE: ./src/engine/build-runs.ts
/**
 * The builds other than the image's: the `outputs` export, run after the
 * image build from the builder's cache (one build cannot both load an image
 * with its id and export to a directory: buildx refuses the id file then),
 * and a `call` evaluation (`check`, `outline`, `targets`), which builds no image.
 */






/** Fails on the first given input the engine cannot do, before anything is built. */
function checkEngineOptions(options, annotationsGiven, engine) {
    const problem = (0,build_options/* unsupportedOption */.XV)(options, annotationsGiven, engine);
    if (problem)
        throw new errors/* InputError */.d(problem.input, problem.reason);
}
/** A `call` other than `build` evaluates the build instead of building the image. */
function evaluatesOnly(request) {
    const call = request.options?.call ?? '';
    return call !== '' && call !== 'build';
}
/** `call`: the evaluation's report goes to the log; a failed check fails the step. */
async function runEvaluation(request, engine) {
    const command = (0,build/* buildCommand */.Oe)({ ...request, exports: [], cacheArgs: [] }, engine);
    await runQuietly(command, 'Build evaluation failed');
}
/** `outputs`: the build again, every step from the cache, exporting to each output. */
async function runExports(request, outputs, engine) {
    const options = request.options && { ...request.options, noCacheFilters: [] };
    const command = (0,build/* buildCommand */.Oe)({
        ...request,
        ...(options ? { options } : {}),
        exports: outputs,
        annotations: [],
        cacheArgs: [],
        noCache: false,
        pull: false
    }, engine);
    await runQuietly(command, 'Export to outputs failed');
    core.info(`Exported to ${outputs.join('; ')}`);
}
/** A build whose output is the Dockerfile's, not the action's: it issues no workflow command. */
async function runQuietly(command, failure) {
    const result = await (0,fence/* withCommandsStopped */.c)(() => (0,exec/* execCommand */.NK)(command.program ?? 'docker', command.args, { env: command.env }));
    if (result.exitCode !== 0)
        throw new Error(`${failure}: ${(0,exec/* lastErrorLine */.HY)(result)}`);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/registry/docker-config.ts
var docker_config = __webpack_require__(26);
// EXTERNAL MODULE: ./src/engine/docker-cli.ts
var docker_cli = __webpack_require__(6315);
// EXTERNAL MODULE: ./src/engine/docker-info.ts
var docker_info = __webpack_require__(3469);
;// CONCATENATED MODULE: ./src/engine/containers.ts
/**
 * podman and buildah as engines: no daemon, builds run by buildah's builder
 * in this process tree, images in containers/storage. Found out with one
 * `version` call; described by a pure function.
 */


/** The engine, or why the tool cannot be used here. */
async function detectContainersEngine(tool) {
    const args = tool === 'podman' ? ['version', '--format', 'json'] : ['version', '--json'];
    let result;
    try {
        result = await (0,exec/* execCommand */.NK)(tool, args, { silent: true });
    }
    catch {
        // @actions/exec throws for a command it cannot find.
        return { missing: `no ${tool} on PATH` };
    }
    if (result.exitCode !== 0)
        return { missing: (0,exec/* lastErrorLine */.HY)(result) };
    const version = parseToolVersion(tool, result.stdout);
    if (!version)
        return { missing: `\`${tool} ${args.join(' ')}\` gave no version` };
    return describeContainersEngine(tool, version);
}
/** The version in `podman version --format json` or `buildah version --json`. Pure. */
function parseToolVersion(tool, stdout) {
    try {
        const parsed = JSON.parse(stdout);
        const version = tool === 'podman' ? parsed.Client?.Version : parsed.version;
        return typeof version === 'string' && version ? version : undefined;
    }
    catch {
        return undefined;
    }
}
/** Pure: what podman or buildah of this version can do. */
function describeContainersEngine(tool, version) {
    return {
        frontend: tool,
        clientVersion: version,
        daemonVersion: '',
        imageStore: 'containers-storage',
        // No daemon: the build runs here, and reaches what this step reaches.
        daemonOnThisHost: true,
        can: {
            exportCache: false,
            cacheFromLocalImages: false,
            multiPlatform: false,
            storesCompressedLayers: false,
            pushFromBuild: false,
            pushThroughRelay: true,
            reusesLoadedLayers: true,
            ...build_options/* WITHOUT_BUILDX_OPTIONS */.nL
        },
        description: `${tool} ${version} (no daemon), containers/storage`
    };
}

// EXTERNAL MODULE: ./src/json-file.ts
var json_file = __webpack_require__(2772);
;// CONCATENATED MODULE: ./src/engine/engine.ts
/**
 * The engine this job builds with, found out once: the docker client, buildx
 * and its builder's driver, the daemon's image store and where the daemon
 * runs. Everything that differs by engine asks this description what the
 * engine can do, instead of testing versions or drivers itself.
 */











/** Docker clients before 23.0 drive BuildKit themselves; later ones need buildx. */
const LAST_CLIENT_WITH_BUILTIN_BUILDKIT = 22;
/** The first buildx versions with a flag Hoist passes. */
const BUILDX_ANNOTATIONS = '0.12.0';
const BUILDX_CALL = '0.15.0';
/**
 * The engine the `engine` input asks for. With `auto`: docker when a daemon
 * answers, else podman, else buildah. One asked for by name and missing is an
 * input error.
 */
async function detectEngine(choice = 'auto', options = {}) {
    if (choice === 'podman' || choice === 'buildah') {
        const found = await detectContainersEngine(choice);
        if ('missing' in found) {
            throw new errors/* InputError */.d('engine', `"${choice}" is not usable here (${found.missing}); install it, or use engine: auto`);
        }
        return { ...found, chosen: 'the engine input' };
    }
    if (choice === 'docker')
        return { ...(await detectDocker(options)), chosen: 'the engine input' };
    let noDaemon;
    try {
        return { ...(await detectDocker(options)), chosen: 'auto: a docker daemon answers' };
    }
    catch (error) {
        // A daemon answered, and the workflow asked it for something it does not have.
        if (error instanceof errors/* InputError */.d)
            throw error;
        noDaemon = (0,errors/* errorMessage */.g)(error);
    }
    const missing = [];
    for (const tool of ['podman', 'buildah']) {
        const found = await detectContainersEngine(tool);
        if (!('missing' in found)) {
            return { ...found, chosen: `auto: no docker daemon (${noDaemon})` };
        }
        missing.push(`${tool}: ${found.missing}`);
    }
    throw new Error(`No engine to build with. docker: ${noDaemon}; ${missing.join('; ')}`);
}
/**
 * What `docker info` says (docker-info.ts) gives the daemon, its image store
 * and buildx's plugin. The builder's driver is read from buildx's own files
 * where they name it; only otherwise, or for its platforms, is `docker buildx
 * inspect` asked (a quarter of a second), beside it.
 */
async function detectDocker(options) {
    const { builder = '' } = options;
    const builderDriver = options.platforms || builder ? undefined : currentBuilderDriver(process.env);
    const [info, inspect] = await Promise.all([
        (0,docker_info.dockerInfo)(),
        builderDriver
            ? undefined
            : (0,exec/* execCommand */.NK)('docker', ['buildx', 'inspect', ...(builder ? [builder] : [])], {
                silent: true
            })
    ]);
    if (builder && inspect && inspect.exitCode !== 0) {
        throw new errors/* InputError */.d('builder', `"${builder}" is not a buildx builder here (docker buildx inspect: ` +
            `${(0,exec/* lastErrorLine */.HY)(inspect) || 'no answer'}); create it first, e.g. with docker/setup-buildx-action`);
    }
    if ('failure' in info)
        throw new Error(`The docker daemon is not usable: ${info.failure}`);
    const parsed = info.info;
    const buildxInspect = inspect?.exitCode === 0 ? inspect.stdout : undefined;
    let clientVersion = parsed.ClientInfo?.Version;
    // Where buildx does not build, the client's version tells whether it drives
    // BuildKit itself (before 23); docker info gives none before 23 either.
    if (!clientVersion && !buildxDriver({ info: parsed, buildxInspect, builderDriver })) {
        const version = await (0,exec/* execCommand */.NK)('docker', ['version', '--format', '{{.Client.Version}}'], {
            silent: true
        });
        clientVersion = version.stdout.trim();
    }
    return describeEngine({
        info: parsed,
        ...(buildxInspect !== undefined ? { buildxInspect } : {}),
        ...(builderDriver ? { builderDriver } : {}),
        clientVersion,
        hostname: external_node_os_.hostname(),
        ...(builder ? { builder } : {}),
        pluginMayRunAlone: (0,docker_cli/* pluginMayRunAlone */.Vv)()
    });
}
/** The engine the facts describe; throws when no BuildKit builder can be had. Pure. */
function describeEngine(facts) {
    const { info } = facts;
    const clientVersion = facts.clientVersion || info.ClientInfo?.Version || '';
    const daemonVersion = info.ServerVersion ?? '';
    const imageStore = (info.DriverStatus ?? []).some(([key, value]) => key === 'driver-type' && value === 'io.containerd.snapshotter.v1')
        ? 'containerd'
        : 'classic';
    const daemonOnThisHost = info.Name === facts.hostname &&
        !(info.SecurityOptions ?? []).some(option => option.includes('name=rootless'));
    const store = imageStore === 'containerd' ? 'containerd image store' : 'classic image store';
    const plugin = buildxOf(info);
    const driver = buildxDriver(facts);
    if (driver) {
        const version = plugin?.Version ?? '';
        // The docker driver builds into the daemon: only the containerd store can hold
        // what a cache export or several platforms need (or keep a manifest's
        // annotations); every other driver can.
        const ownsItsStore = driver !== 'docker';
        const platforms = facts.buildxInspect ? parseBuildxPlatforms(facts.buildxInspect) : [];
        const atLeast = (first) => {
            const found = semver.coerce(version);
            return found !== null && semver.gte(found, first);
        };
        return {
            frontend: 'buildx',
            clientVersion,
            daemonVersion,
            imageStore,
            buildx: {
                version,
                driver,
                ...(plugin?.Path && facts.pluginMayRunAlone ? { plugin: plugin.Path } : {})
            },
            daemonOnThisHost,
            ...(platforms.length > 0 ? { platforms } : {}),
            can: {
                exportCache: ownsItsStore || imageStore === 'containerd',
                cacheFromLocalImages: driver === 'docker' && imageStore === 'classic',
                multiPlatform: ownsItsStore || imageStore === 'containerd',
                storesCompressedLayers: imageStore === 'containerd',
                pushFromBuild: driver === 'docker' && imageStore === 'classic',
                pushThroughRelay: daemonOnThisHost,
                reusesLoadedLayers: false,
                annotate: atLeast(BUILDX_ANNOTATIONS) && (ownsItsStore || imageStore === 'containerd'),
                namedContexts: true,
                noCacheFilters: true,
                entitlements: true,
                runLimits: true,
                call: atLeast(BUILDX_CALL)
            },
            description: `docker buildx ${version || '(version unknown)'} (${driver} driver` +
                `${facts.builder ? `, builder "${facts.builder}"` : ''}), ` +
                `Docker ${daemonVersion}, ${store}`
        };
    }
    const major = Number.parseInt(clientVersion, 10);
    if (Number.isFinite(major) && major <= LAST_CLIENT_WITH_BUILTIN_BUILDKIT) {
        return {
            frontend: 'docker',
            clientVersion,
            daemonVersion,
            imageStore,
            daemonOnThisHost,
            can: {
                exportCache: false,
                cacheFromLocalImages: imageStore === 'classic',
                multiPlatform: false,
                storesCompressedLayers: imageStore === 'containerd',
                pushFromBuild: false,
                pushThroughRelay: daemonOnThisHost,
                reusesLoadedLayers: false,
                ...build_options/* WITHOUT_BUILDX_OPTIONS */.nL
            },
            description: `docker build with the daemon's BuildKit (client ${clientVersion}, no buildx), ` +
                `Docker ${daemonVersion}, ${store}`
        };
    }
    throw new Error(`No BuildKit builder: docker ${clientVersion} needs the buildx plugin to build with BuildKit. ` +
        'Install it (for example with docker/setup-buildx-action) before this step.');
}
/**
 * The driver of the builder buildx would use, from its own files: none chosen
 * (no `buildx/current`, no BUILDX_BUILDER) is the docker context's own, the
 * docker driver; a chosen one's instance file names its driver. Undefined
 * where the files do not say (a context chosen by name, a format not known).
 */
function currentBuilderDriver(env) {
    const dir = env.BUILDX_CONFIG || external_node_path_.join((0,docker_config/* userConfigDir */.dH)(env), 'buildx');
    const chosen = env.BUILDX_BUILDER ?? (0,json_file/* readJsonObject */.o)(external_node_path_.join(dir, 'current'))?.Name;
    if (chosen === undefined || chosen === '')
        return 'docker';
    if (typeof chosen !== 'string' || !/^[\w.-]+$/.test(chosen))
        return undefined;
    const driver = (0,json_file/* readJsonObject */.o)(external_node_path_.join(dir, 'instances', chosen))?.Driver;
    return typeof driver === 'string' && driver ? driver : undefined;
}
/** The driver of the builder buildx builds with; undefined where buildx does not build. */
function buildxDriver(facts) {
    if (facts.buildxInspect)
        return parseBuildxDriver(facts.buildxInspect);
    return buildxOf(facts.info) ? facts.builderDriver : undefined;
}
/** The buildx plugin `docker info` lists, if any. */
function buildxOf(info) {
    return (info.ClientInfo?.Plugins ?? []).find(plugin => plugin.Name === 'buildx');
}
/** The `Driver:` line of `docker buildx inspect`. */
function parseBuildxDriver(inspect) {
    return /^Driver:\s*(\S+)/m.exec(inspect)?.[1];
}
/** The `Platforms:` line of `docker buildx inspect` (each node's; the first is the builder's own). */
function parseBuildxPlatforms(inspect) {
    const line = /^Platforms:\s*(.*)$/m.exec(inspect)?.[1] ?? '';
    return line
        .split(',')
        .map(platform => platform.trim().replace(/\*$/, ''))
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./src/engine/secrets.ts
class SecretLineError extends Error {
    input;
    constructor(input, reason) {
        super(reason);
        this.input = input;
        this.name = 'SecretLineError';
    }
}
/**
 * The `secrets` input's entries, as build-push-action documents them: one
 * `id=value` per line, or an entry in double quotes (`"id=value"`), which may
 * span lines (a PEM or JSON key) and holds a `"` as `""`. Blank lines and lines
 * starting with `#` are skipped; an unquoted entry is trimmed, a quoted one kept.
 */
function splitSecretEntries(raw) {
    const entries = [];
    const lines = raw.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!line.startsWith('"')) {
            entries.push(line);
            continue;
        }
        const entry = entries.length + 1;
        let text = lines[i]?.trimStart().slice(1) ?? '';
        let closed = closingQuote(text);
        while (closed < 0 && i + 1 < lines.length) {
            text += `\n${lines[++i] ?? ''}`;
            closed = closingQuote(text);
        }
        if (closed < 0) {
            throw new SecretLineError('secrets', `line ${entry} opens a quote that is never closed`);
        }
        if (text.slice(closed + 1).trim() !== '') {
            throw new SecretLineError('secrets', `line ${entry} goes on after its closing quote; inside quotes, write a " as ""`);
        }
        entries.push(text.slice(0, closed).replaceAll('""', '"'));
    }
    return entries;
}
/** The index of the quote that closes a quoted entry (a `""` is a quote inside it), or -1. */
function closingQuote(text) {
    for (let i = 0; i < text.length; i++) {
        if (text[i] !== '"')
            continue;
        if (text[i + 1] === '"')
            i++;
        else
            return i;
    }
    return -1;
}
/**
 * What to mask of a secret value: the value, and each line of a multi-line one,
 * since the runner masks line by line. Lines this short would mask common text.
 */
function maskedParts(value) {
    const lines = value.includes('\n') ? value.split(/\r?\n/).map(line => line.trim()) : [];
    return [value, ...lines.filter(line => line.length >= 8)];
}
/** BuildKit takes any id but one with a comma, which would split its `--secret` value. */
const ID = /^[^,=\s]+$/;
function parseSecrets(lines, env) {
    const secrets = [];
    for (const [id, value] of pairs('secrets', lines.secrets, 'id=value', true)) {
        secrets.push({ id, value });
    }
    for (const [id, name] of pairs('secret-envs', lines.envs, 'id=ENV_VAR', false)) {
        if (env[name] === undefined) {
            throw new SecretLineError('secret-envs', `"${id}=${name}": the environment has no ${name}`);
        }
        secrets.push({ id, env: name });
    }
    for (const [id, file] of pairs('secret-files', lines.files, 'id=path', false)) {
        secrets.push({ id, file });
    }
    const ids = secrets.map(secret => secret.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice)
        throw new SecretLineError('secrets', `the secret id "${twice}" is given twice`);
    return secrets;
}
function pairs(input, lines, form, secret) {
    return lines.map((line, i) => {
        const eq = line.indexOf('=');
        const id = line.slice(0, Math.max(eq, 0)).trim();
        const value = line.slice(eq + 1);
        if (eq <= 0 || !ID.test(id) || value === '') {
            const shown = secret ? `line ${i + 1}` : `"${line}"`;
            throw new SecretLineError(input, `${shown} is not of the form ${form}`);
        }
        return [id, secret ? value : value.trim()];
    });
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./src/input-list.ts
/**
 * List inputs in build-push-action's syntax: one item per line, or several
 * on a line separated by commas, with CSV quoting so that a quoted item keeps
 * its commas. Pure.
 */


/** The items of a list input; throws with the reason when the text is not valid CSV. */
function parseInputList(raw, syntax = {}) {
    if (raw.trim() === '')
        return [];
    // Without a quote, a comma or a carriage return, each line is one item: the
    // parser, slow to set up, is not needed (most lists: tags, build-args, labels).
    if (!/[",\r]/.test(raw))
        return trimmedItems(raw.split('\n'));
    let records;
    try {
        records = (0,sync/* parse */.qg)(raw, {
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            quote: syntax.noQuotes ? false : '"'
        });
    }
    catch (error) {
        throw new Error(`cannot be read as a list: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    return trimmedItems(records.flatMap(fields => (syntax.wholeLines ? [fields.join(',')] : fields)));
}
function trimmedItems(items) {
    return items.map(item => item.trim()).filter(item => item !== '');
}

;// CONCATENATED MODULE: ./src/meta/expressions.ts

// Handlebars and moment-timezone are much of the bundle's size: a run whose
// values have no expression never loads them.
let libraries;
/** Loads what templates need; the functions below that render or check one need it first. */
async function loadTemplates() {
    const [handlebars, moment] = await Promise.all([__webpack_require__.e(/* import() */ 508).then(__webpack_require__.t.bind(__webpack_require__, 8508, 23)), __webpack_require__.e(/* import() */ 856).then(__webpack_require__.t.bind(__webpack_require__, 9856, 23))]);
    libraries ??= { handlebars: handlebars.default, moment: moment.default };
}
function templateLibraries() {
    if (!libraries)
        throw new Error('A template was read before loadTemplates()');
    return libraries;
}
/** Text without `{{` is no template: Handlebars would give it back as it is. */
const isPlain = (template) => !template.includes('{{');
/** Why a template cannot be parsed, or undefined when it can. */
function checkTemplate(template) {
    if (isPlain(template))
        return undefined;
    try {
        templateLibraries().handlebars.parse(template);
        return undefined;
    }
    catch (error) {
        return oneLine(error);
    }
}
/** `/body/flags` or a bare pattern, with its number of capture groups; a string is the error. */
function compileRegExp(source) {
    const literal = /^\/(.+)\/([a-z]*)$/.exec(source);
    try {
        const regexp = literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(source);
        // An alternative that matches the empty string reveals how many groups there are.
        const groups = (new RegExp(`${regexp.source}|`).exec('')?.length ?? 1) - 1;
        return { regexp, groups };
    }
    catch (error) {
        return oneLine(error);
    }
}
/** The names every value, prefix, suffix, enable and label may use. */
function globalValues(ctx) {
    const isDefault = isDefaultBranch(ctx);
    return {
        branch: ctx.ref.startsWith('refs/heads/') ? ctx.ref.slice('refs/heads/'.length) : '',
        tag: ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : '',
        sha: ctx.shortSha,
        base_ref: baseRef(ctx),
        is_default_branch: String(isDefault),
        is_not_default_branch: String(!isDefault)
    };
}
function baseRef(ctx) {
    if (ctx.ref.startsWith('refs/tags/')) {
        const base = ctx.payload.base_ref;
        return typeof base === 'string' ? base.replace(/^refs\/heads\//, '') : '';
    }
    if (ctx.ref.startsWith('refs/pull/')) {
        const pr = ctx.payload.pull_request;
        return typeof pr?.base?.ref === 'string' ? pr.base.ref : '';
    }
    return '';
}
function isDefaultBranch(ctx) {
    if (ctx.ref === '')
        return false;
    if (ctx.defaultBranch && ctx.ref.replace(/^refs\/heads\//, '') === ctx.defaultBranch)
        return true;
    return /create|discussion|issues|schedule/.test(ctx.eventName);
}
/** A Handlebars environment whose only helpers are `date` and `commit_date`. */
function environment(ctx) {
    const { handlebars, moment } = templateLibraries();
    const hb = handlebars.create();
    const formatter = (instant) => (...args) => {
        const options = args.pop();
        const format = typeof args[0] === 'string' ? args[0] : undefined;
        const hash = options.hash ?? {};
        const unknown = Object.keys(hash).filter(key => key !== 'tz');
        if (unknown.length > 0)
            throw new Error(`unknown option "${unknown.join('", "')}"; only tz`);
        const zone = typeof hash.tz === 'string' ? hash.tz : 'UTC';
        if (!moment.tz.zone(zone))
            throw new Error(`unknown time zone "${zone}"`);
        return moment(instant).tz(zone).format(format);
    };
    hb.registerHelper('date', formatter(ctx.now));
    hb.registerHelper('commit_date', formatter(ctx.commitDate));
    return hb;
}
/**
 * Renders a template over `values`; throws an Error with the first line of
 * Handlebars' message when it fails (a helper error, a syntax error).
 */
function render(template, ctx, values) {
    if (isPlain(template))
        return template;
    try {
        return environment(ctx).compile(template, { noEscape: true })(values);
    }
    catch (error) {
        throw new Error(oneLine(error));
    }
}
/** Handlebars' parse errors span lines (the template, a caret); a message needs one. */
function oneLine(error) {
    const text = (0,errors/* errorMessage */.g)(error);
    return text.trim().replace(/\s*\n\s*/g, ' ');
}

;// CONCATENATED MODULE: ./src/meta/records.ts
/** Input text as CSV records (metadata-action's list syntax), and the error that quotes them. Pure. */


/** A rule the user wrote that cannot work; the message quotes the rule. */
class RuleError extends Error {
    input;
    reason;
    constructor(input, reason) {
        super(`Input "${input}": ${reason}`);
        this.input = input;
        this.reason = reason;
        this.name = 'RuleError';
    }
}
/**
 * Each line is one CSV record, parsed once, so quotes keep commas; a `#`
 * starts a comment only as a line's first character.
 */
function parseRecords(input, text) {
    let rows;
    try {
        rows = (0,sync/* parse */.qg)(text.trim(), {
            raw: true,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: '#',
            comment_no_infix: true
        });
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.g)(error);
        throw new RuleError(input, `cannot be read as comma-separated fields: ${reason}`);
    }
    return rows
        .map(row => ({
        fields: row.record.map(field => field.trim()).filter(field => field !== ''),
        source: row.raw.trim()
    }))
        .filter(record => record.fields.length > 0);
}

;// CONCATENATED MODULE: ./src/meta/labels.ts
/** OCI image labels from the event payload, with the user's labels over them. Pure. */



function labels_text(value) {
    return typeof value === 'string' ? value : '';
}
/** The `org.opencontainers.image.*` labels metadata-action writes, read from the payload. */
function ociLabels(ctx, version, fallback) {
    const repo = (ctx.payload.repository ?? {});
    const name = labels_text(repo.name) || fallback.repository.split('/')[1] || '';
    const url = labels_text(repo.html_url) ||
        (fallback.repository ? `${fallback.serverUrl.replace(/\/$/, '')}/${fallback.repository}` : '');
    const oci = (key, value) => ({
        name: `org.opencontainers.image.${key}`,
        value
    });
    return [
        oci('title', name),
        oci('description', labels_text(repo.description)),
        oci('url', url),
        oci('source', url),
        oci('version', version),
        oci('created', ctx.now.toISOString()),
        oci('revision', ctx.sha),
        oci('licenses', labels_text(repo.license?.spdx_id))
    ];
}
/**
 * The OCI labels with the custom ones (values rendered with the expressions)
 * over them: one per key, the last one given wins, sorted by code point
 * (UTF-8 byte order is code-point order).
 */
function mergeLabels(base, custom, ctx, input = 'labels') {
    const globals = globalValues(ctx);
    const merged = new Map();
    for (const label of base)
        merged.set(label.name, label.value);
    for (const label of custom) {
        try {
            merged.set(label.name, render(label.value, ctx, globals));
        }
        catch (error) {
            const reason = (0,errors/* errorMessage */.g)(error);
            throw new RuleError(input, `"${label.name}=${label.value}" cannot be rendered: ${reason}`);
        }
    }
    return [...merged]
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

;// CONCATENATED MODULE: ./src/meta/annotations.ts
/**
 * metadata-action's `annotations` output: the OCI labels and the custom
 * annotations, at each annotation level (`manifest` unless
 * DOCKER_METADATA_ANNOTATIONS_LEVELS says otherwise). A custom annotation
 * written with its own level (`index:key=value`, build-push-action's form)
 * keeps it. Pure.
 */

const DEFAULT_ANNOTATION_LEVELS = ['manifest'];
/** `manifest`, `index`, `manifest-descriptor`, `index-descriptor`, each with an optional `[platform]`. */
const LEVELS = /^((?:manifest|index|manifest-descriptor|index-descriptor)(?:\[[^\]]*\])?,?)+$/;
/** Splits a `level:` prefix off a custom annotation's key, when it has one. */
function splitLevel(annotation) {
    const colon = annotation.name.lastIndexOf(':');
    const level = annotation.name.slice(0, colon);
    if (colon <= 0 || !LEVELS.test(level))
        return { label: annotation };
    return { level, label: { name: annotation.name.slice(colon + 1), value: annotation.value } };
}
/** The annotations, `level:key=value`, for the build's `--annotation` and the output. */
function computeAnnotations(oci, custom, levels, ctx) {
    const split = custom.map(splitLevel);
    const unleveled = split.flatMap(({ level, label }) => (level ? [] : [label]));
    const merged = mergeLabels(oci, unleveled, ctx, 'annotations');
    const leveled = split.flatMap(({ level, label }) => level ? mergeLabels([], [label], ctx, 'annotations').map(l => ({ level, label: l })) : []);
    return [
        ...levels.flatMap(level => merged.map(label => `${level}:${label.name}=${label.value}`)),
        ...leveled.map(({ level, label }) => `${level}:${label.name}=${label.value}`)
    ];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/registry/registry-auth.ts
/**
 * The `registry-auth` input: credentials for several registries, one entry
 * each, as docker/login-action takes them (YAML; JSON is YAML too):
 *
 *   - registry: ghcr.io
 *     username: octocat
 *     password: ${{ secrets.GHCR_TOKEN }}
 *
 * A secret substituted into YAML can read as something else: ` #` starts a
 * comment, `!` a tag, `&` an anchor, `0123` a number. Every value is taken as
 * text exactly as written (YAML's failsafe schema), and anything YAML would
 * change is an error that says where, never what: the text may be a password.
 *
 * Pure: parsing and checking only.
 */


const INPUT = 'registry-auth';
const KEYS = new Set(['registry', 'username', 'password']);
const STRING_TAG = 'tag:yaml.org,2002:str';
const QUOTE_IT = 'quote the value, e.g. password: ${{ toJSON(secrets.TOKEN) }}';
function parseRegistryAuth(raw) {
    if (raw.trim() === '')
        return [];
    // Silent: the library would otherwise print the offending line to the log.
    const doc = (0,dist/* parseDocument */.Tp)(raw, {
        schema: 'failsafe',
        logLevel: 'silent',
        uniqueKeys: true
    });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem)
        throw new errors/* InputError */.d(INPUT, yamlProblem(problem));
    const entries = doc.contents;
    if (!(0,dist/* isSeq */.oP)(entries)) {
        throw new errors/* InputError */.d(INPUT, 'must be a list of entries (- registry: …, username: …, password: …)');
    }
    return entries.items.map((entry, index) => readEntry(raw, entry, index + 1));
}
/** The parser's own message may quote the text: only its kind and line are kept. */
function yamlProblem(problem) {
    const line = problem.linePos?.[0].line;
    const where = line === undefined ? '' : ` (line ${line})`;
    if (problem.code === 'TAG_RESOLVE_FAILED') {
        return `has a value that YAML reads as a tag, as it starts with "!"${where}; ${QUOTE_IT}`;
    }
    if (problem.code === 'BAD_SCALAR_START') {
        return `has a value that starts with a character YAML reserves (@ or \`)${where}; ${QUOTE_IT}`;
    }
    return `is not valid YAML${where}`;
}
function readEntry(raw, entry, position) {
    const where = `entry ${position}`;
    if (!(0,dist/* isMap */.jh)(entry)) {
        throw new errors/* InputError */.d(INPUT, `${where} is not a mapping of registry, username and password`);
    }
    const fields = new Map();
    for (const pair of entry.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!KEYS.has(key)) {
            throw new errors/* InputError */.d(INPUT, `${where} has an unknown key "${key}"; use registry, username, password`);
        }
        fields.set(key, registry_auth_text(raw, pair.value, { field: `${where}'s ${key}`, secret: key !== 'registry' }));
    }
    const registry = fields.get('registry')?.trim() ?? '';
    if (!registry)
        throw new errors/* InputError */.d(INPUT, `${where} has no registry`);
    return {
        registry,
        username: fields.get('username')?.trim() ?? '',
        password: fields.get('password') ?? '',
        input: INPUT
    };
}
/**
 * A value as written, or an error naming the field when YAML would not keep it so.
 * A registry is never a secret: a comment after it is the workflow's own.
 */
function registry_auth_text(raw, node, at) {
    const { field } = at;
    if (node === null || node === undefined)
        return '';
    if ((0,dist/* isAlias */.Vj)(node)) {
        throw new errors/* InputError */.d(INPUT, `${field} starts with "*", a YAML alias; ${QUOTE_IT}`);
    }
    if (!(0,dist/* isScalar */.jn)(node))
        throw new errors/* InputError */.d(INPUT, `${field} must be plain text`);
    const scalar = node;
    if (scalar.tag !== undefined && scalar.tag !== STRING_TAG) {
        throw new errors/* InputError */.d(INPUT, `${field} has a YAML tag (it starts with "!"); ${QUOTE_IT}`);
    }
    if (scalar.anchor !== undefined) {
        throw new errors/* InputError */.d(INPUT, `${field} starts with "&", a YAML anchor; ${QUOTE_IT}`);
    }
    const [start, end, nodeEnd] = scalar.range ?? [0, 0, 0];
    if (at.secret && scalar.type === 'PLAIN' && raw.slice(end, nodeEnd).includes('#')) {
        throw new errors/* InputError */.d(INPUT, `${field} holds " #", where a YAML comment starts; ${QUOTE_IT}`);
    }
    if (scalar.type === 'PLAIN' && raw.slice(start, end).includes('\n')) {
        throw new errors/* InputError */.d(INPUT, `${field} goes on over several lines, which YAML joins with spaces; ${QUOTE_IT}`);
    }
    return scalar.value;
}

;// CONCATENATED MODULE: ./src/report/budget.ts
/** Size budgets: `max-size` and `max-size-increase`, checked against a report. Pure. */



const UNITS = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40
};
/** `1MB`, `500kB`, `1.5GiB`, `2048` (bytes). Throws an Error saying what is accepted. */
function parseBytes(raw) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(raw.trim());
    const unit = UNITS[(match?.[2] || 'b').toLowerCase()];
    if (!match || unit === undefined) {
        throw new Error(`"${raw}" is not a size; use bytes with an optional unit: B, kB, MB, GB, KiB, MiB, GiB (e.g. 500kB, 1.5GiB)`);
    }
    return Math.round(Number(match[1]) * unit);
}
/** A size (`1MB`) or a percentage of the base image (`5%`). */
function parseIncrease(raw) {
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw.trim());
    if (percent)
        return { percent: Number(percent[1]) };
    return { bytes: parseBytes(raw) };
}
function checkBudget(budget, compressedSize, comparison) {
    const exceeded = [];
    const culprits = comparison ? blame(comparison) : '';
    if (budget.maxSize !== undefined && compressedSize > budget.maxSize) {
        exceeded.push(`The image is ${(0,format/* formatBytes */.z3)(compressedSize)} compressed, over max-size ${(0,format/* formatBytes */.z3)(budget.maxSize)}.${culprits}`);
    }
    if (budget.maxIncrease && comparison) {
        const limit = 'bytes' in budget.maxIncrease
            ? budget.maxIncrease.bytes
            : (comparison.baseTotal * budget.maxIncrease.percent) / 100;
        if (comparison.change > limit) {
            const shown = 'bytes' in budget.maxIncrease
                ? (0,format/* formatBytes */.z3)(budget.maxIncrease.bytes)
                : `${budget.maxIncrease.percent}% (${(0,format/* formatBytes */.z3)(limit)})`;
            exceeded.push(`The image grew by ${(0,format/* formatBytes */.z3)(comparison.change)} against ${comparison.baseReference}, over max-size-increase ${shown}.${culprits}`);
        }
    }
    return { exceeded };
}
function blame(comparison) {
    const rows = grownMost(comparison);
    if (rows.length === 0)
        return '';
    return ` Grew most: ${rows.map(row => `${(0,report_escape/* codeSpan */.SS)(row.instruction)} (+${(0,format/* formatBytes */.z3)(row.change)})`).join(', ')}.`;
}

;// CONCATENATED MODULE: ./src/input-values.ts


/** `promote-from` and `promote-missing`; undefined without a source. */
function parsePromote(rawFrom, rawMissing, push) {
    const missing = rawMissing.trim() || 'fail';
    if (missing !== 'fail' && missing !== 'build') {
        throw new errors/* InputError */.d('promote-missing', `"${missing}" is not fail or build`);
    }
    const from = rawFrom.trim();
    if (!from)
        return undefined;
    const ref = (0,registry_reference/* parseImageReference */.o_)(parseInput('promote-from', from, checkReference));
    if (ref.tag === undefined && ref.digest === undefined) {
        throw new errors/* InputError */.d('promote-from', `"${from}" names no tag or digest of the image to promote`);
    }
    if (!push)
        throw new errors/* InputError */.d('promote-from', 'a promotion writes tags: set push to true');
    return { from, missing };
}
const ENGINES = ['auto', 'docker', 'podman', 'buildah'];
function parseEngine(raw) {
    const value = raw.trim().toLowerCase() || 'auto';
    const engine = ENGINES.find(name => name === value);
    if (!engine) {
        throw new errors/* InputError */.d('engine', `"${raw.trim()}" is not an engine; use ${ENGINES.join(', ')}`);
    }
    return engine;
}
function checkReference(reference) {
    if (!reference)
        return reference;
    try {
        (0,registry_reference/* parseImageReference */.o_)(reference);
    }
    catch (error) {
        throw new Error(`"${reference}" is not a valid image reference: ${(0,errors/* errorMessage */.g)(error)}`);
    }
    return reference;
}
function parseInput(input, raw, parse) {
    try {
        return parse(raw);
    }
    catch (error) {
        throw new errors/* InputError */.d(input, (0,errors/* errorMessage */.g)(error));
    }
}
function parseCount(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) > 10) {
        throw new errors/* InputError */.d(input, `"${value}" is not a whole number from 0 to 10`);
    }
    return Number(value);
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
function parseKeyValue(input, line) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
        throw new errors/* InputError */.d(input, `"${line}" is not of the form NAME=value`);
    }
    return { name: line.slice(0, eq).trim(), value: line.slice(eq + 1) };
}
/** `key=value`, or a bare `key`: an empty value, as `docker build --label key` gives. */
function parseLabel(line) {
    return line.includes('=') ? parseKeyValue('labels', line) : { name: line, value: '' };
}
function parseBoolean(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new errors/* InputError */.d(input, `"${value}" is not a boolean; use true or false`);
}
/**
 * A pull request's build runs code the base branch has not reviewed: by default
 * it only reads the cache. A `pull_request_target` save lands in the base
 * branch's scope, which the base branch then restores.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** `cache`: read-write (or true), read-only, off (or false); empty: by the event. */
function parseCacheMode(raw, eventName = '') {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return PULL_REQUEST_EVENTS.includes(eventName) ? 'read-only' : 'read-write';
    if (value === 'read-write' || /^(true|yes|on)$/.test(value))
        return 'read-write';
    if (value === 'read-only')
        return 'read-only';
    if (value === 'off' || /^(false|no)$/.test(value))
        return 'off';
    throw new errors/* InputError */.d('cache', `"${raw.trim()}" is not a cache mode; use read-write, read-only or off`);
}

;// CONCATENATED MODULE: ./src/merge/merge-inputs.ts
/**
 * `push-by-digest` and `merge`, checked together with the inputs they cannot
 * go with: a merge builds nothing, so an input that only steers a build is a
 * mistake, not something to ignore. Pure.
 */



const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Build inputs a merge has no use for: the name each is set under, when it is. */
function buildInputsGiven(inputs) {
    const given = [
        ['platforms', inputs.platforms.length > 0],
        ['target', inputs.target !== ''],
        ['build-args', inputs.buildArgs.length > 0],
        ['secrets', inputs.secrets.length > 0],
        ['provenance', inputs.attestations.provenance !== ''],
        ['sbom', inputs.attestations.sbom !== ''],
        ['attests', inputs.attestations.attests.length > 0],
        ['cache-from', inputs.cacheFrom.length > 0],
        ['cache-to', inputs.cacheTo.length > 0],
        ['promote-from', inputs.promote !== undefined]
    ];
    return given.filter(([, set]) => set).map(([name]) => name);
}
/**
 * `rawMerge` is the input as written: comment lines (`#`) count as written, so
 * a merge whose digests all came out empty is an error, not a build.
 */
function parseFanOut(pushByDigest, rawMerge, inputs) {
    if (pushByDigest && !inputs.push) {
        throw new errors/* InputError */.d('push-by-digest', 'the image is pushed untagged: set push to true');
    }
    if (pushByDigest && inputs.promote) {
        throw new errors/* InputError */.d('push-by-digest', 'a promotion builds nothing to push: remove one of them');
    }
    if (rawMerge.trim() === '')
        return { pushByDigest };
    if (pushByDigest) {
        throw new errors/* InputError */.d('push-by-digest', 'a merge builds nothing to push: remove one of them');
    }
    const [conflict] = buildInputsGiven(inputs);
    if (conflict) {
        throw new errors/* InputError */.d(conflict, 'a merge builds nothing, so it has no use for it (each platform comes from the manifest ' +
            `a digest names): remove ${conflict} from the merge step`);
    }
    const merge = parseList(rawMerge, { commas: true }).map(parseMergeSource);
    if (merge.length === 0) {
        throw new errors/* InputError */.d('merge', 'it names no digest (are the build jobs’ digest outputs empty?); nothing was pushed');
    }
    if (!inputs.push)
        throw new errors/* InputError */.d('merge', 'a merge writes tags: set push to true');
    return { pushByDigest, merge };
}
/** `sha256:…`, or `name@sha256:…`. */
function parseMergeSource(text) {
    if (DIGEST.test(text))
        return { text, digest: text };
    const wrong = `"${text}" is not a digest (sha256:…) nor a name@sha256:… reference`;
    let ref;
    try {
        ref = (0,registry_reference/* parseImageReference */.o_)(text);
    }
    catch (error) {
        throw new errors/* InputError */.d('merge', `${wrong}: ${error.message}`);
    }
    if (!ref.digest || !DIGEST.test(ref.digest) || ref.tag !== undefined) {
        throw new errors/* InputError */.d('merge', wrong);
    }
    return {
        text,
        digest: ref.digest,
        location: { registry: ref.registry, repository: ref.repository }
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts














/** Reads and checks every input. The only caller of `core.getInput*`. */
function readInputs() {
    const context = core.getInput('context') || '.';
    const file = core.getInput('file') || defaultFile(context);
    const githubToken = core.getInput('github-token');
    if (githubToken)
        core.setSecret(githubToken);
    const inputs = {
        context,
        file,
        tags: core.getInput('tags'),
        images: core.getInput('images'),
        flavor: core.getInput('flavor'),
        buildArgs: readBuildArgs(),
        target: core.getInput('target'),
        labels: readList('labels').map(parseLabel),
        annotations: readList('annotations').map(line => parseKeyValue('annotations', line)),
        annotationLevels: readAnnotationLevels(),
        metadataOutput: readMetadataOutput(),
        build: readBuildOptions(),
        push: readBoolean('push', false),
        noCache: readBoolean('no-cache', false),
        pull: readBoolean('pull', false),
        secrets: readSecrets(),
        summary: readBoolean('summary', true),
        advice: readBoolean('advice', true),
        registryAuth: readRegistryAuth(githubToken),
        sizes: readSizeInputs(githubToken),
        cache: readCacheMode(process.env.GITHUB_EVENT_NAME ?? ''),
        cacheScope: core.getInput('cache-scope').trim(),
        cacheFrom: readList('cache-from'),
        cacheTo: readList('cache-to'),
        platforms: readList('platforms', { commas: true }),
        attestations: {
            provenance: core.getInput('provenance').trim(),
            sbom: core.getInput('sbom').trim(),
            attests: readList('attests')
        },
        engine: parseEngine(core.getInput('engine'))
    };
    const promoting = { ...inputs, ...readPromote(inputs.push) };
    return {
        ...promoting,
        ...parseFanOut(readBoolean('push-by-digest', false), core.getInput('merge'), promoting)
    };
}
function readPromote(push) {
    const promote = parsePromote(core.getInput('promote-from'), core.getInput('promote-missing'), push);
    return promote ? { promote } : {};
}
/** Build-args; those that look like secrets are masked, and named in a warning. */
function readBuildArgs() {
    const args = readList('build-args').map(line => parseKeyValue('build-args', line));
    const secretLike = secretLikeArgs(args);
    // A multi-line value is masked line by line too: the runner masks within a line.
    for (const arg of args) {
        if (!secretLike.includes(arg.name) || !arg.value)
            continue;
        for (const part of maskedParts(arg.value))
            core.setSecret(part);
    }
    if (secretLike.length > 0)
        core.warning(secretArgsWarning(secretLike));
    return args;
}
/** `<context>/Dockerfile`, or the context's `Containerfile` when it has no Dockerfile. */
function defaultFile(context) {
    const dockerfile = external_node_path_.join(context, 'Dockerfile');
    const containerfile = external_node_path_.join(context, 'Containerfile');
    return !(0,external_node_fs_.existsSync)(dockerfile) && (0,external_node_fs_.existsSync)(containerfile) ? containerfile : dockerfile;
}
function readAnnotationLevels() {
    const levels = parseList(process.env.DOCKER_METADATA_ANNOTATIONS_LEVELS ?? '', { commas: true });
    return levels.length > 0 ? levels : DEFAULT_ANNOTATION_LEVELS;
}
function readMetadataOutput() {
    // Separators are taken as written: a space or a comma is a separator too.
    const separator = (name) => core.getInput(name, { trimWhitespace: false }) || '\n';
    return {
        separators: {
            tags: separator('sep-tags'),
            labels: separator('sep-labels'),
            annotations: separator('sep-annotations')
        },
        exportEnv: parseBoolean('DOCKER_METADATA_SET_OUTPUT_ENV', process.env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '', true)
    };
}
function readBuildOptions() {
    // Each list in build-push-action's syntax: wholeLines where its items hold commas.
    const list = (name, syntax = {}) => parseInput(name, core.getInput(name), raw => parseInputList(raw, syntax));
    const options = {
        addHosts: list('add-hosts'),
        allow: list('allow'),
        buildContexts: list('build-contexts', { wholeLines: true }),
        builder: core.getInput('builder'),
        call: core.getInput('call'),
        cgroupParent: core.getInput('cgroup-parent'),
        load: readBoolean('load', false),
        network: core.getInput('network'),
        noCacheFilters: list('no-cache-filters'),
        outputs: list('outputs', { wholeLines: true, noQuotes: true }),
        shmSize: core.getInput('shm-size'),
        ssh: list('ssh'),
        ulimit: list('ulimit', { wholeLines: true })
    };
    const problem = (0,build_options/* checkBuildOptions */.pC)(options);
    if (problem)
        throw new errors/* InputError */.d(problem.input, problem.reason);
    return options;
}
function readSizeInputs(githubToken) {
    const maxSize = core.getInput('max-size').trim();
    const maxIncrease = core.getInput('max-size-increase').trim();
    const maxWasted = core.getInput('max-wasted').trim();
    const check = core.getInput('size-check').trim() || 'warn';
    if (check !== 'warn' && check !== 'fail') {
        throw new errors/* InputError */.d('size-check', `"${check}" is not warn or fail`);
    }
    return {
        compareTo: parseInput('compare-to', core.getInput('compare-to').trim(), checkReference),
        budget: {
            check,
            ...(maxSize ? { maxSize: parseInput('max-size', maxSize, parseBytes) } : {}),
            ...(maxIncrease
                ? { maxIncrease: parseInput('max-size-increase', maxIncrease, parseIncrease) }
                : {}),
            ...(maxWasted ? { maxWasted: parseInput('max-wasted', maxWasted, parseIncrease) } : {})
        },
        comment: readBoolean('comment', false),
        githubToken
    };
}
function readRegistryAuth(githubToken) {
    const single = {
        registry: core.getInput('registry'),
        username: core.getInput('username'),
        password: core.getInput('password'),
        input: 'password'
    };
    const given = [
        ...(single.password || single.username ? [single] : []),
        ...parseRegistryAuth(core.getInput('registry-auth'))
    ];
    for (const entry of given)
        if (entry.password)
            core.setSecret(entry.password);
    return {
        given,
        githubToken,
        githubActor: process.env.GITHUB_ACTOR ?? '',
        retry: {
            ...registry_retry/* DEFAULT_RETRY */.vI,
            attempts: 1 + parseCount('retries', core.getInput('retries'), registry_retry/* DEFAULT_RETRY */.vI.attempts - 1),
            // Tests shorten the waits; workflows keep the default.
            baseDelayMs: Number(process.env.HOIST_RETRY_DELAY_MS) || registry_retry/* DEFAULT_RETRY */.vI.baseDelayMs,
            stallMs: Number(process.env.HOIST_PUSH_STALL_MS) || registry_retry/* DEFAULT_RETRY */.vI.stallMs
        }
    };
}
function readSecrets() {
    let parsed;
    try {
        const secrets = splitSecretEntries(core.getInput('secrets'));
        for (const entry of secrets) {
            for (const part of maskedParts(entry.slice(entry.indexOf('=') + 1)))
                core.setSecret(part);
        }
        parsed = parseSecrets({ secrets, envs: readList('secret-envs'), files: readList('secret-files') }, process.env);
    }
    catch (error) {
        if (error instanceof SecretLineError)
            throw new errors/* InputError */.d(error.input, error.message);
        throw error;
    }
    for (const secret of parsed) {
        if ('file' in secret && !(0,external_node_fs_.existsSync)(secret.file)) {
            throw new errors/* InputError */.d('secret-files', `"${secret.id}=${secret.file}": no such file`);
        }
    }
    return parsed;
}
function readList(name, options = {}) {
    return parseList(core.getInput(name), options);
}
function readCacheMode(eventName) {
    const mode = parseCacheMode(core.getInput('cache'), eventName);
    if (mode === 'read-write' && eventName === 'pull_request_target') {
        core.warning('Input "cache" is read-write on pull_request_target: this run saves into the base ' +
            "branch's cache, which the base branch restores next; a pull request's build can " +
            'put anything there. Use read-only unless every pull request is trusted.');
    }
    return mode;
}
function readBoolean(name, fallback) {
    return parseBoolean(name, core.getInput(name), fallback);
}

;// CONCATENATED MODULE: ./src/engine/platforms.ts
/**
 * Target platforms (`os/architecture[/variant]`, as `--platform` takes them):
 * parsed, and checked against what the engine and its builder can build. Pure.
 */

/** Variants that name the architecture's baseline: `linux/arm64/v8` is `linux/arm64`. */
const BASELINE_VARIANTS = { arm64: 'v8', amd64: 'v1' };
function parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    const [os, architecture, variant, extra] = parts;
    if (!os || !architecture || extra !== undefined || parts.some(part => !/^[\w.-]+$/.test(part))) {
        throw new Error(`"${text}" is not a platform of the form os/architecture[/variant]`);
    }
    return variant && BASELINE_VARIANTS[architecture] !== variant
        ? { os, architecture, variant }
        : { os, architecture };
}
function formatPlatform(platform) {
    const { os, architecture, variant } = platform;
    return variant ? `${os}/${architecture}/${variant}` : `${os}/${architecture}`;
}
/**
 * The `platforms` input, each platform once and in its canonical form. A list
 * the engine cannot build is an input error that says what would build it.
 */
function checkPlatforms(requested, engine) {
    let platforms;
    try {
        platforms = [...new Set(requested.map(text => formatPlatform(parsePlatform(text))))];
    }
    catch (error) {
        throw new errors/* InputError */.d('platforms', error.message);
    }
    if (platforms.length > 1 && !engine.can.multiPlatform) {
        throw new errors/* InputError */.d('platforms', `"${platforms.join(',')}" needs a builder that builds several platforms into one image, ` +
            `and ${engine.description} builds one at a time. Create a docker-container builder ` +
            '(docker/setup-buildx-action) or use the containerd image store (Docker 29’s default), ' +
            'or build each platform in a job of its own with push-by-digest and merge them.');
    }
    const known = engine.platforms?.map(text => formatPlatform(parsePlatform(text)));
    const missing = known ? platforms.filter(platform => !known.includes(platform)) : [];
    if (known && missing.length > 0) {
        throw new errors/* InputError */.d('platforms', `the builder cannot build ${missing.join(', ')} (it builds ${[...new Set(known)].join(', ')}). ` +
            'Install QEMU for it (docker/setup-qemu-action), or build it on a runner of that platform.');
    }
    return platforms;
}

;// CONCATENATED MODULE: ./src/engine/saved-image.ts
/**
 * What `docker save` wrote of a built image, as a registry upload needs it.
 * The containerd store keeps what a push uploads (an OCI layout: manifests and
 * compressed blobs, by digest); the classic store keeps a config and plain
 * layer tars, which are compressed on the way to the registry. Reading only:
 * the content stays in the archive, never whole in memory.
 */


/** Where an OCI layout keeps a blob: `blobs/sha256/<hex>`. */
const blobPath = (digest) => `blobs/${digest.replace(':', '/')}`;
/**
 * The image the archive holds. `stored`: the store keeps compressed layers
 * (engine.can.storesCompressedLayers), and the OCI layout is uploaded as is.
 */
async function readSavedImage(archive, entries, stored) {
    const read = async (path) => {
        const entry = entries.get(path);
        if (!entry)
            throw new Error(`docker save wrote no ${path}`);
        return (0,tar/* readEntry */.hB)(archive, entry);
    };
    if (!stored) {
        const [image] = (0,engine_saved/* parseSaveManifest */.A)((await read('manifest.json')).toString('utf8')) ?? [];
        if (!image)
            throw new Error('docker save wrote no image in manifest.json');
        const layers = image.Layers.map(layer => {
            const entry = entries.get(layer);
            if (!entry)
                throw new Error(`docker save wrote no layer ${layer}`);
            return entry;
        });
        return { kind: 'layers', config: await read(image.Config), layers };
    }
    const layout = JSON.parse((await read('index.json')).toString('utf8'));
    const top = layout.manifests?.[0];
    if (!top)
        throw new Error('docker save wrote an empty index.json');
    const blobs = new Map();
    const manifests = [];
    const visit = async (descriptor) => {
        const bytes = await read(blobPath(descriptor.digest));
        const body = JSON.parse(bytes.toString('utf8'));
        for (const child of body.manifests ?? [])
            await visit(child);
        for (const blob of [...(body.config ? [body.config] : []), ...(body.layers ?? [])]) {
            const entry = entries.get(blobPath(blob.digest));
            if (!entry)
                throw new Error(`docker save wrote no blob ${blob.digest}`);
            blobs.set(blob.digest, { digest: blob.digest, size: blob.size, entry });
        }
        const mediaType = body.mediaType ?? descriptor.mediaType ?? '';
        manifests.push({ digest: descriptor.digest, mediaType, bytes });
    };
    await visit(top);
    return { kind: 'stored', blobs: [...blobs.values()], manifests };
}
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/**
 * The manifest of a classic store's image once its layers are compressed, in
 * the media types `docker push` writes for it. Pure.
 */
function layersManifest(config, layers) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: DOCKER_MANIFEST,
        config: { mediaType: DOCKER_CONFIG, size: config.size, digest: config.digest },
        layers: layers.map(layer => ({
            mediaType: DOCKER_LAYER,
            size: layer.size,
            digest: layer.digest
        }))
    }));
}


;// CONCATENATED MODULE: ./src/engine/saved-index.ts
/**
 * A multi-platform image as the containerd store holds it, read from `docker
 * save` (an OCI layout): each platform's manifest, config and layers, and the
 * attestation manifests beside them. Layers are stored compressed, as a push
 * uploads them: their blob sizes are the compressed sizes, and each layer's
 * own bytes are counted from its content, as for one platform.
 */









/**
 * An index entry that is an attestation manifest, not an image: buildx marks
 * them with a reference type and the platform `unknown/unknown`. Pure.
 */
function isAttestation(entry) {
    return (entry.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (entry.platform?.os === 'unknown' && entry.platform.architecture === 'unknown'));
}
/** `os/architecture[/variant]` of an index entry. Pure. */
function entryPlatform(entry) {
    const { os = 'linux', architecture = 'unknown', variant } = entry.platform ?? {};
    return formatPlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
/** Splits an index's entries into platform images and attestations. Pure. */
function splitIndex(entries) {
    const images = entries.filter(entry => !isAttestation(entry));
    return { images, attestations: entries.length - images.length };
}
async function savedIndex(image, tempDir) {
    const archive = external_node_path_.join(tempDir, 'index.tar');
    try {
        const saved = await (0,exec/* execCommand */.NK)('docker', ['save', '--output', archive, image], {
            silent: true
        });
        if (saved.exitCode !== 0)
            throw new Error(`docker save failed: ${(0,exec/* lastErrorLine */.HY)(saved)}`);
        const entries = await (0,tar/* indexTar */.O1)(archive);
        const blob = async (digest) => {
            const entry = entries.get(blobPath(digest));
            if (!entry)
                throw new Error(`docker save wrote no blob ${digest}`);
            return JSON.parse((await (0,tar/* readEntry */.hB)(archive, entry)).toString());
        };
        const layout = entries.get('index.json');
        if (!layout)
            throw new Error('docker save wrote no index.json (is this the containerd store?)');
        const top = JSON.parse((await (0,tar/* readEntry */.hB)(archive, layout)).toString())
            .manifests?.[0];
        if (!top)
            throw new Error('docker save wrote an empty index.json');
        const index = (await blob(top.digest));
        const listed = client/* INDEX_TYPES */.V.includes(index.mediaType ?? top.mediaType ?? '')
            ? (index.manifests ?? [])
            : [top];
        const { images, attestations } = splitIndex(listed);
        const platforms = [];
        for (const entry of images) {
            const manifest = (await blob(entry.digest));
            const config = (0,report_layers/* parseImageConfig */.FB)(await blob(manifest.config?.digest ?? ''));
            const layers = manifest.layers ?? [];
            const contents = await contentSizes(archive, layers.map(layer => entries.get(blobPath(layer.digest))));
            platforms.push({
                platform: entryPlatform(entry),
                digest: entry.digest,
                layers: {
                    config,
                    compressed: layers.map(layer => layer.size),
                    exact: false,
                    ...(contents ? { uncompressed: perHistoryEntry(config.history, contents) } : {})
                }
            });
        }
        return { platforms, attestations };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** Each layer's own bytes; undefined when a layer's content is not in the store. */
async function contentSizes(archive, layers) {
    const sizes = [];
    for (const entry of layers) {
        if (!entry)
            return undefined;
        sizes.push(await (0,tar/* layerContentSize */.E6)(archive, entry));
    }
    return sizes;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js
var p_limit = __webpack_require__(8890);
var p_limit_default = /*#__PURE__*/__webpack_require__.n(p_limit);
;// CONCATENATED MODULE: ./src/promote/content.ts
// Layers a registry never stores (Windows base layers): referenced by URL only.
const NOT_COPIED = /foreign|nondistributable/;
function manifestParts(manifest) {
    const body = JSON.parse(manifest.bytes.toString('utf8'));
    const blobs = [
        ...(body.config ? [body.config] : []),
        ...(body.layers ?? []),
        ...(body.blobs ?? [])
    ];
    return {
        manifests: body.manifests ?? [],
        blobs: blobs.filter(blob => !NOT_COPIED.test(blob.mediaType ?? ''))
    };
}
/** The report's view of each image manifest (index entries' own platforms). */
function summarizeImages(entries) {
    return entries.flatMap(({ descriptor, manifest }) => {
        const body = JSON.parse(manifest.bytes.toString('utf8'));
        if (!body.config)
            return [];
        const platform = descriptor?.platform;
        const attestation = descriptor?.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
        const layers = body.layers ?? [];
        return [
            {
                digest: manifest.digest,
                configDigest: body.config.digest,
                platform: platform?.os
                    ? [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
                    : '',
                attestation,
                layers: layers.length,
                compressed: layers.reduce((sum, layer) => sum + layer.size, 0)
            }
        ];
    });
}
/** The blobs of all manifests, each digest once, in the order first named. */
function uniqueBlobs(manifests) {
    const seen = new Map();
    for (const manifest of manifests) {
        for (const blob of manifestParts(manifest).blobs) {
            if (!seen.has(blob.digest))
                seen.set(blob.digest, blob);
        }
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/promote/copy.ts
/**
 * Reading the image to promote, and copying its content into a repository:
 * blobs first, a few at a time (left alone where present, mounted within a
 * registry, else streamed from the source), then an index's child manifests
 * by digest. No tag is written here: that comes last, once every repository
 * has it all.
 */





/** The image a tag or digest names, with every manifest under it; undefined when there is none. */
async function readSource(repo, reference) {
    const root = await repo.manifest(reference);
    if (!root)
        return undefined;
    const children = [];
    const entries = [];
    const visit = async (manifest, descriptor) => {
        entries.push(descriptor ? { descriptor, manifest } : { manifest });
        for (const entry of manifestParts(manifest).manifests) {
            const child = await repo.manifest(entry.digest);
            if (!child || child.digest !== entry.digest) {
                throw new Error(`${repo.name} does not hold ${entry.digest}, which ${manifest.digest} names`);
            }
            await visit(child, entry);
            children.push(child);
        }
    };
    await visit(root);
    return {
        root,
        children,
        blobs: uniqueBlobs([root, ...children]),
        images: summarizeImages(entries)
    };
}
/** One blob into `target`: one try, for withRetries. */
async function copyBlob(source, target, blob) {
    if (await target.hasBlob(blob.digest))
        return 'present';
    let upload;
    if (source.location.registry === target.location.registry) {
        upload = await target.mount(blob.digest, source.location.repository);
        if (upload === undefined)
            return 'mounted';
    }
    upload ??= await target.startUpload();
    const content = await source.blob(blob.digest);
    try {
        await target.finishUpload(upload, blob, content);
    }
    catch (error) {
        content.destroy();
        throw error;
    }
    return 'streamed';
}
/** Blobs sent to one registry at once, as `docker push` sends layers (its default is 5). */
const BLOB_CONCURRENCY = 4;
/**
 * Every blob and child manifest of `image` into `target`, each retried as a
 * push is: the blobs side by side, the largest first, then the child
 * manifests, which name them. The first failure, once every blob under way
 * has settled, is the outcome.
 */
async function copyContent(source, image, target, policy) {
    const counts = { present: 0, mounted: 0, streamed: 0 };
    let retries = 0;
    const step = async (what, run) => {
        const outcome = await (0,registry_retry/* withRetries */.LH)(what, policy, () => (0,registry_retry/* attempt */.CD)(run), retry_io/* retryIO */.NW);
        retries += outcome.attempts - 1;
        return outcome.ok ? undefined : outcome.error;
    };
    const limit = p_limit_default()(BLOB_CONCURRENCY);
    let failed = false;
    const largestFirst = [...image.blobs].sort((a, b) => b.size - a.size);
    const blobFailures = await Promise.all(largestFirst.map(blob => limit(async () => {
        if (failed)
            return undefined; // one has failed: the copy is over
        const error = await step(`Copy of blob ${blob.digest} to ${target.name}`, async () => {
            counts[await copyBlob(source, target, blob)]++;
        });
        if (error)
            failed = true;
        return error;
    })));
    const blobFailure = blobFailures.find(error => error !== undefined);
    if (blobFailure)
        return { ok: false, retries, error: blobFailure };
    for (const child of image.children) {
        const error = await step(`Copy of manifest ${child.digest} to ${target.name}`, () => target.putManifest(child.digest, child));
        if (error)
            return { ok: false, retries, error };
    }
    core.info(`${target.name}: ${image.blobs.length} blob(s): ${counts.streamed} copied, ` +
        `${counts.mounted} mounted, ${counts.present} already there; ` +
        `${image.children.length} child manifest(s)`);
    return { ok: true, retries };
}

// EXTERNAL MODULE: ./src/engine/image.ts
var engine_image = __webpack_require__(2147);
;// CONCATENATED MODULE: ./src/registry/pushed.ts

function registryResults(pushes, repoDigests) {
    const byRegistry = new Map();
    for (const push of pushes) {
        byRegistry.set(push.registry, [...(byRegistry.get(push.registry) ?? []), push]);
    }
    return [...byRegistry].map(([registry, tags]) => {
        const failure = tags.find(tag => tag.outcome === 'failed');
        const first = tags.find(tag => tag.outcome === 'pushed');
        const digest = first ? (first.digest ?? (0,engine_image/* digestFor */.iW)(first.tag, repoDigests)) : undefined;
        return {
            registry,
            tags: tags.map(tag => tag.tag),
            outcome: failure ? 'failed' : 'pushed',
            attempts: tags.reduce((sum, tag) => sum + tag.attempts, 0),
            ...(digest ? { digest } : {}),
            ...(failure?.error ? { error: failure.error } : {})
        };
    });
}
/** The `pushed` output: registry → { tags, digest, outcome, attempts, error }. */
function pushedOutput(results) {
    return JSON.stringify(Object.fromEntries(results.map(({ registry, ...rest }) => [registry, rest])));
}
/** The error that fails the run when a registry did not get the image; undefined when all did. */
function pushFailure(results) {
    const failed = results.filter(result => result.outcome === 'failed');
    if (failed.length === 0)
        return undefined;
    return failed
        .map(result => `Push to ${result.registry} failed after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`)
        .join('; ');
}

// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/report/registries.ts

function registriesSection(results) {
    if (results.length === 0)
        return '';
    const lines = [
        '### Registries',
        '',
        '| Registry | Tags | Digest | Outcome |',
        '|---|---|---|---|'
    ];
    for (const result of results) {
        const tags = result.tags.map(tag => (0,report_escape/* codeCell */.MZ)(tag)).join('<br>');
        const digest = result.digest ? (0,report_escape/* codeCell */.MZ)(result.digest) : '';
        const retried = result.attempts > result.tags.length ? ` (${result.attempts} attempts)` : '';
        const outcome = result.outcome === 'pushed'
            ? `✅ pushed${retried}`
            : `❌ failed${retried}: ${(0,report_escape/* textCell */.iV)(result.error ?? '')}`;
        lines.push(`| ${(0,report_escape/* textCell */.iV)(result.registry)} | ${tags} | ${digest} | ${outcome} |`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/promote/report.ts
/**
 * What a promotion reports: the outputs a build would set (sizes as the
 * registry records them) and the job summary. Rendering is pure.
 */





/** The image a runner of this architecture would pull: its platform's, else the first. */
function primaryImage(images, arch = process.arch) {
    const runnable = images.filter(image => !image.attestation);
    const wanted = `linux/${arch === 'x64' ? 'amd64' : arch}`;
    return runnable.find(image => image.platform === wanted) ?? runnable[0];
}
function setPromotionOutputs(image, tags, registries) {
    const primary = primaryImage(image.images);
    core.setOutput('imageid', primary?.configDigest ?? '');
    core.setOutput('digest', image.root.digest);
    core.setOutput('tags', tags.join('\n'));
    // A registry records compressed sizes only.
    core.setOutput('size', '');
    core.setOutput('compressed-size', primary ? String(primary.compressed) : '');
    core.setOutput('size-delta', '');
    core.setOutput('pushed', pushedOutput(registries));
    core.setOutput('cache-hit', 'false');
}
function renderPromotion(report) {
    const { image } = report;
    const primary = primaryImage(image.images);
    const lines = [
        `## 🏗️ Hoist: ${(0,report_escape/* codeSpan */.SS)(report.tags[0] ?? report.source)}`,
        '',
        `Promoted from ${(0,report_escape/* codeSpan */.SS)(report.source)} (no build).`,
        '',
        '| | |',
        '|---|---|',
        `| Digest | ${(0,report_escape/* codeCell */.MZ)(image.root.digest, 80)} |`,
        `| Manifest | ${(0,report_escape/* codeCell */.MZ)(image.root.mediaType, 80)} |`
    ];
    if (primary) {
        const platform = primary.platform ? ` (${(0,report_escape/* codeCell */.MZ)(primary.platform, 80)})` : '';
        lines.push(`| Compressed (pull) | ${(0,format/* formatBytes */.z3)(primary.compressed)}${platform} |`);
    }
    lines.push('', '**Promoted tags**', '', ...report.tags.map(tag => `- ${(0,report_escape/* codeSpan */.SS)(tag)}`), '');
    return [lines.join('\n'), registriesSection(report.registries), imagesSection(image.images)]
        .filter(Boolean)
        .join('\n');
}
function imagesSection(images) {
    if (images.length < 2)
        return '';
    const lines = [
        '### Manifests',
        '',
        '| Platform | Manifest | Layers | Compressed |',
        '|---|---|--:|--:|'
    ];
    for (const image of images) {
        const platform = image.attestation ? 'attestation' : (0,report_escape/* codeCell */.MZ)(image.platform || 'unknown', 80);
        lines.push(`| ${platform} | ${(0,report_escape/* codeCell */.MZ)(image.digest, 80)} | ${image.layers} | ${(0,format/* formatBytes */.z3)(image.compressed)} |`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/promote/targets.ts
/** Where a promotion writes: the tags grouped by repository, in the tags' order. Pure. */

function groupTargets(references) {
    const targets = new Map();
    for (const reference of references) {
        const ref = (0,registry_reference/* parseImageReference */.o_)(reference);
        const key = `${ref.registry}/${ref.repository}`;
        const target = targets.get(key) ?? {
            registry: ref.registry,
            repository: ref.repository,
            name: ref.name,
            tags: []
        };
        targets.set(key, { ...target, tags: [...target.tags, { reference, tag: ref.tag ?? 'latest' }] });
    }
    return [...targets.values()];
}

;// CONCATENATED MODULE: ./src/promote/promote.ts
/**
 * The Promote step: makes every tag point at the manifest `promote-from`
 * names, on every registry the tags name, without building. All content goes
 * to every repository first; the tags are written last, so a failure never
 * leaves a tag on a partial image.
 */











/** True when promoted; false when the source is missing and `promote-missing` is build. */
async function promoteImage(request) {
    const { promote, retry } = request;
    const sourceRef = (0,registry_reference/* parseImageReference */.o_)(promote.from);
    const source = new registry_repository/* RegistryRepository */.S9(sourceRef);
    const reference = (0,registry_reference/* manifestReference */.Tn)(sourceRef);
    const read = await (0,registry_retry/* withRetries */.LH)(`Reading ${promote.from}`, retry, () => (0,registry_retry/* attempt */.CD)(() => readSource(source, reference)), retry_io/* retryIO */.NW);
    if (!read.ok)
        throw new Error(`Could not read ${promote.from}: ${read.error}`);
    const image = read.value;
    if (!image)
        return missingSource(promote);
    core.info(`Promoting ${promote.from} (${image.root.digest}): no build`);
    const targets = groupTargets(request.tags);
    // Every repository's content side by side; then the tags, each repository's in turn.
    const repos = targets.map(target => ({ target, repo: new registry_repository/* RegistryRepository */.S9(target) }));
    const copied = await Promise.all(repos.map(({ repo }) => copyContent(source, image, repo, retry)));
    const pushes = [];
    for (const [i, { target, repo }] of repos.entries()) {
        const content = copied[i] ?? { ok: false, retries: 0, error: 'not copied' };
        pushes.push(...(await writeTags(target, repo, image, content, retry)));
    }
    const digest = image.root.digest;
    const registries = registryResults(pushes, targets.map(target => `${target.name}@${digest}`));
    setPromotionOutputs(image, request.tags, registries);
    if (request.summary) {
        await (0,write.appendSummary)(renderPromotion({ source: promote.from, tags: request.tags, image, registries }));
    }
    const failure = pushFailure(registries);
    if (failure)
        throw new Error(failure);
    return true;
}
function missingSource(promote) {
    const { registry, repository } = (0,registry_reference/* parseImageReference */.o_)(promote.from);
    const reason = `"${promote.from}" does not exist (${registry} has no such manifest in ${repository})`;
    if (promote.missing === 'fail') {
        throw new errors/* InputError */.d('promote-from', `${reason}; nothing was pushed`);
    }
    core.warning(`promote-from: ${reason}; building it, as promote-missing is build`);
    return false;
}
/**
 * The tags of one repository, each pointing at the source's manifest; none if
 * its content failed. `repo` is the target's, as its content was copied with
 * (its authorization is kept).
 */
async function writeTags(target, repo, image, content, retry) {
    const results = [];
    // Retries of the content count as attempts of the first tag, as docker push's would.
    let extra = content.retries;
    let failure = content.ok ? undefined : content.error;
    for (const { reference, tag } of target.tags) {
        const base = { tag: reference, registry: target.registry };
        if (failure !== undefined) {
            results.push(results.length === 0
                ? { ...base, outcome: 'failed', attempts: 1 + extra, error: failure }
                : { ...base, outcome: 'skipped', attempts: 0 });
            extra = 0;
            continue;
        }
        core.info(`Tagging ${reference}`);
        const outcome = await (0,registry_retry/* withRetries */.LH)(`Tag ${reference}`, retry, () => (0,registry_retry/* attempt */.CD)(() => repo.putManifest(tag, image.root)), retry_io/* retryIO */.NW);
        const attempts = outcome.attempts + extra;
        extra = 0;
        if (outcome.ok)
            results.push({ ...base, outcome: 'pushed', attempts });
        else {
            failure = outcome.error;
            results.push({ ...base, outcome: 'failed', attempts, error: outcome.error });
        }
    }
    return results;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/meta/values.ts
/** What each tag rule produces for a ref, before prefix, suffix and sanitising. Pure. */



const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/;
/** The value a rule gives for this ref, if any; `render` errors propagate. */
function ruleValue(rule, ctx) {
    const attrs = rule.attrs;
    const globals = globalValues(ctx);
    const ref = ctx.ref;
    switch (rule.type) {
        case 'schedule':
            if (!/schedule/.test(ctx.eventName))
                return {};
            return { value: { value: render(attrs.pattern ?? '', ctx, {}), latest: false } };
        case 'semver':
        case 'pep440':
        case 'match': {
            const given = attrs.value ? render(attrs.value, ctx, globals) : '';
            const source = given || ctx.tagName;
            if (!source)
                return {};
            if (rule.type === 'match')
                return matchValue(rule, source);
            return versionValue(rule, ctx, source);
        }
        case 'edge': {
            const branch = attrs.branch || ctx.defaultBranch;
            if (!branch) {
                return {
                    warning: `Tag rule "${rule.source}": the event does not name the default branch; give branch=…`
                };
            }
            if (!ref.startsWith('refs/heads/') || ref.slice('refs/heads/'.length) !== branch)
                return {};
            return { value: { value: 'edge', latest: false } };
        }
        case 'ref':
            if (attrs.event === 'branch' && ref.startsWith('refs/heads/')) {
                return { value: { value: ref.slice('refs/heads/'.length), latest: false } };
            }
            if (attrs.event === 'tag' && ref.startsWith('refs/tags/')) {
                return { value: { value: ref.slice('refs/tags/'.length), latest: true } };
            }
            if (attrs.event === 'pr' && ref.startsWith('refs/pull/')) {
                return {
                    value: { value: ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), latest: false }
                };
            }
            return {};
        case 'raw':
            return { value: { value: render(attrs.value ?? '', ctx, globals), latest: false } };
        case 'sha':
            if (!ctx.sha)
                return {};
            return { value: { value: attrs.format === 'long' ? ctx.sha : ctx.shortSha, latest: false } };
    }
}
function versionValue(rule, ctx, source) {
    let version = source;
    let warning;
    if (rule.attrs.match) {
        const compiled = compileRegExp(rule.attrs.match);
        const found = typeof compiled === 'string' ? null : compiled.regexp.exec(version);
        if (found?.[1] !== undefined)
            version = found[1];
        else
            warning = `Tag rule "${rule.source}": match "${rule.attrs.match}" does not match "${version}"`;
    }
    version = version.replace(/\//g, '-');
    const pattern = rule.attrs.pattern ?? '';
    if (rule.type === 'semver') {
        const parsed = semver.valid(version) ? semver.parse(version, { loose: true }) : null;
        if (!parsed) {
            return { warning: `Tag rule "${rule.source}": "${version}" is not a semantic version` };
        }
        const prerelease = parsed.prerelease.length > 0;
        const values = {
            raw: parsed.raw,
            version: parsed.version,
            major: parsed.major,
            minor: parsed.minor,
            patch: parsed.patch,
            prerelease: parsed.prerelease,
            build: parsed.build
        };
        const template = prerelease && !RAW_ONLY.test(pattern) ? '{{version}}' : pattern;
        return {
            value: { value: render(template, ctx, values), latest: !prerelease },
            ...(warning ? { warning } : {})
        };
    }
    if (!pep440.valid(version)) {
        return { warning: `Tag rule "${rule.source}": "${version}" is not a PEP 440 version` };
    }
    const explained = pep440.explain(version);
    const special = Boolean(explained?.is_prerelease || explained?.is_postrelease || explained?.is_devrelease);
    const clean = pep440.clean(version) ?? version;
    if (special) {
        return { value: { value: RAW_ONLY.test(pattern) ? version : clean, latest: false } };
    }
    const values = {
        raw: version,
        version: clean,
        major: pep440.major(version),
        minor: pep440.minor(version),
        patch: pep440.patch(version)
    };
    return {
        value: { value: render(pattern, ctx, values), latest: true },
        ...(warning ? { warning } : {})
    };
}
function matchValue(rule, source) {
    const compiled = compileRegExp(rule.attrs.pattern ?? '');
    const found = typeof compiled === 'string' ? null : compiled.regexp.exec(source);
    const group = Number(rule.attrs.group ?? '0');
    if (!found) {
        return { warning: `Tag rule "${rule.source}": pattern does not match "${source}"` };
    }
    const captured = found[group];
    if (captured === undefined) {
        return { warning: `Tag rule "${rule.source}": group ${group} matched nothing in "${source}"` };
    }
    return { value: { value: captured, latest: true } };
}

;// CONCATENATED MODULE: ./src/meta/tags.ts
/** The image version and tags from the rules, in metadata-action's order. Pure. */




const MAX_TAG = 128;
/**
 * A tag as the registry takes it: runs of other characters become `-`, a
 * leading `.` or `-` goes, and it is cut to 128 characters.
 */
function sanitizeTag(value) {
    return value
        .replace(/[^a-zA-Z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, MAX_TAG);
}
/** Evaluates the rules (already in priority order); `latest` is decided by the first that produces. */
function computeVersion(rules, flavor, ctx) {
    const globals = globalValues(ctx);
    const renderIn = (input, source, template) => {
        try {
            return render(template, ctx, globals);
        }
        catch (error) {
            const reason = (0,errors/* errorMessage */.g)(error);
            throw new RuleError(input, `${source}: "${template}" cannot be rendered: ${reason}`);
        }
    };
    const flavorPrefix = renderIn('flavor', `prefix`, flavor.prefix);
    const flavorSuffix = renderIn('flavor', `suffix`, flavor.suffix);
    const names = [];
    const warnings = [];
    let latest;
    for (const rule of rules) {
        const where = `rule "${rule.source}"`;
        const enable = renderIn('tags', where, rule.attrs.enable ?? 'true');
        if (enable !== 'true' && enable !== 'false') {
            throw new RuleError('tags', `${where}: enable gave "${enable}"; it must give true or false`);
        }
        if (enable === 'false')
            continue;
        let result;
        try {
            result = ruleValue(rule, ctx);
        }
        catch (error) {
            const reason = (0,errors/* errorMessage */.g)(error);
            throw new RuleError('tags', `${where} cannot be rendered: ${reason}`);
        }
        if (result.warning)
            warnings.push(result.warning);
        if (!result.value)
            continue;
        const prefix = rule.attrs.prefix !== undefined ? renderIn('tags', where, rule.attrs.prefix) : flavorPrefix;
        const suffix = rule.attrs.suffix !== undefined ? renderIn('tags', where, rule.attrs.suffix) : flavorSuffix;
        const full = `${prefix}${result.value.value}${suffix}`;
        if (full === '')
            continue;
        const name = sanitizeTag(full);
        if (name === '') {
            warnings.push(`Tag rule "${rule.source}": "${full}" leaves no valid tag characters`);
            continue;
        }
        latest ??= flavor.latest === 'auto' ? result.value.latest : flavor.latest === 'true';
        names.push(name);
    }
    if (latest) {
        const prefix = flavor.prefixOnLatest ? flavor.prefix : '';
        const suffix = flavor.suffixOnLatest ? flavor.suffix : '';
        const name = sanitizeTag(`${prefix}latest${suffix}`);
        if (name)
            names.push(name);
    }
    const tagNames = [...new Set(names)];
    return { main: tagNames[0] ?? '', tagNames, warnings };
}
/** `image:tag` for each image and tag, image by image, each once. */
function imageTags(images, tagNames) {
    return [...new Set(images.flatMap(image => tagNames.map(tag => `${image}:${tag}`)))];
}

;// CONCATENATED MODULE: ./src/report/base.ts
/** Which image a run compares with, and what the report says when there is none. Pure. */



/**
 * The tag `type=ref,event=branch` gives a branch: characters a tag cannot
 * hold become `-` (`feature/x` → `feature-x`).
 */
function branchTag(branch) {
    return sanitizeTag(branch.replace(/^refs\/heads\//, ''));
}
/**
 * The base branch's image when `tags` are full references, which name no
 * branch: the first tag's repository, tagged with the branch name. (With
 * `images` and tag rules, the rules applied to the base branch decide.)
 */
function defaultBaseReference(tags, baseBranch) {
    const first = tags[0];
    const tag = branchTag(baseBranch);
    if (!first || !tag)
        return undefined;
    const ref = (0,registry_reference/* parseImageReference */.o_)(first);
    return (0,registry_reference/* formatReference */.FH)({
        registry: ref.registry,
        repository: ref.repository,
        name: ref.name,
        tag
    });
}
/** The pull request of a `pull_request` or `pull_request_target` event payload. */
function pullRequestOf(payload) {
    const pr = payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.ref)
        return undefined;
    const head = pr.head?.repo?.full_name;
    const base = pr.base.repo?.full_name;
    return { number: pr.number, baseBranch: pr.base.ref, fork: !!head && !!base && head !== base };
}
/** `compare-to`, else the base branch's image: the tag rules' (`baseImage`), else the first tag's repository's. */
function baseReferenceFor(request) {
    const pr = pullRequestOf(request.payload);
    return (request.compareTo ||
        request.baseImage ||
        (pr ? defaultBaseReference(request.tags, pr.baseBranch) : undefined));
}
/** The report's line when nothing is compared; the reference and a registry's words are outside text. */
const NOTHING_TO_COMPARE = {
    missing: (reference) => `Nothing to compare with: ${(0,report_escape/* codeSpan */.SS)(reference)} is not in the registry yet.`,
    unreadable: (reference, reason) => `Nothing to compare with: ${(0,report_escape/* codeSpan */.SS)(reference)} could not be read (${(0,report_escape/* plainText */.wh)(reason)}).`,
    noTag: 'Nothing to compare with: no tag to derive the base image from; set `compare-to`.'
};

;// CONCATENATED MODULE: ./src/report/sizes.ts


const UNMEASURED_NOTE = 'Compressed sizes are measured when the image is pushed, compared with a base image or given a ' +
    'size budget: otherwise measuring would mean compressing every layer here.';
const LOCAL_NOTE = 'Compressed sizes of layers the registry does not hold yet are measured here, as a push ' +
    'uploads them; the pushed sizes may differ by a few hundred bytes.';
function renderSizes(report) {
    const layers = report.rows.reduce((count, row) => count + (row.baseLayers ?? (row.diffId !== undefined ? 1 : 0)), 0);
    const parts = [
        '### 📦 Size',
        '',
        '| Compressed (pull) | Uncompressed | Layers |',
        '|--:|--:|--:|',
        `| ${compressedCell(report)} | ${(0,format/* formatBytes */.z3)(report.uncompressedSize)} | ${layers} |`,
        ''
    ];
    if (report.comparison)
        parts.push(renderComparison(report.comparison));
    else if (report.comparisonNote)
        parts.push(`> ${report.comparisonNote}`, '');
    parts.push(...renderBudget(report));
    if (report.commentNote)
        parts.push(`> ${report.commentNote}`, '');
    parts.push(renderHistory(report.rows));
    if (report.compressedSize === undefined)
        parts.push(`<sub>${UNMEASURED_NOTE}</sub>`, '');
    else if (!report.exact)
        parts.push(`<sub>${LOCAL_NOTE}</sub>`, '');
    return parts.join('\n');
}
function compressedCell(report) {
    return report.compressedSize === undefined ? '—' : (0,format/* formatBytes */.z3)(report.compressedSize);
}
function renderHistory(rows) {
    const body = rows.map(row => [
        row.baseLayers !== undefined
            ? `${instructionCell(row.instruction)} base image, ${row.baseLayers} ${row.baseLayers === 1 ? 'layer' : 'layers'}`
            : instructionCell(row.instruction),
        row.uncompressed !== undefined ? (0,format/* formatBytes */.z3)(row.uncompressed) : '',
        row.compressed !== undefined ? (0,format/* formatBytes */.z3)(row.compressed) : '—',
        row.cached === undefined ? '' : row.cached ? '✅' : 'built'
    ]);
    return (0,format/* table */.tp)(`History: ${rows.length} instructions`, ['Instruction', 'Size', 'Compressed', 'Cached'], body);
}
/** An instruction from an image's history: untrusted text, cut to fit a cell. */
function instructionCell(instruction) {
    return (0,report_escape/* codeCell */.MZ)(instruction || '(no instruction recorded)', 80);
}
function renderComparison(comparison) {
    const percent = comparison.percent !== undefined
        ? ` (${comparison.percent >= 0 ? '+' : ''}${comparison.percent.toFixed(1)}%)`
        : '';
    const lines = [
        `**Against ${(0,report_escape/* codeSpan */.SS)(comparison.baseReference)}**: ${(0,format/* formatBytes */.z3)(comparison.baseTotal)} → ` +
            `${(0,format/* formatBytes */.z3)(comparison.currentTotal)}, **${(0,format/* formatChange */.eD)(comparison.change)}**${percent} compressed`,
        ''
    ];
    const body = comparison.rows.map(row => [
        instructionCell(row.instruction),
        (0,format/* formatBytes */.z3)(row.base),
        (0,format/* formatBytes */.z3)(row.current),
        row.change === 0 ? '0' : `**${(0,format/* formatChange */.eD)(row.change)}**`
    ]);
    body.push([
        '**Total**',
        (0,format/* formatBytes */.z3)(comparison.baseTotal),
        (0,format/* formatBytes */.z3)(comparison.currentTotal),
        `**${(0,format/* formatChange */.eD)(comparison.change)}**`
    ]);
    lines.push((0,format/* table */.tp)('Layers compared', ['Layer', 'Base', 'New', 'Change'], body));
    return lines.join('\n');
}
function renderBudget(report) {
    if (!report.budget || report.budget.length === 0)
        return [];
    const icon = report.sizeCheck === 'fail' ? '❌' : '⚠️';
    return [...report.budget.map(line => `> ${icon} **Size budget exceeded.** ${line}`), ''];
}
/** The hidden line that finds this image's comment again on the next run. */
function commentMarker(image) {
    return `<!-- hoist:size-report ${image} -->`;
}
function renderComment(image, report) {
    const parts = [commentMarker(image), `### 📦 Hoist: ${(0,report_escape/* codeSpan */.SS)(image)}`, ''];
    if (report.comparison)
        parts.push(renderComparison(report.comparison));
    else {
        parts.push(`Compressed size: **${compressedCell(report)}**.`, '');
        if (report.comparisonNote)
            parts.push(`> ${report.comparisonNote}`, '');
    }
    parts.push(...renderBudget(report));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/platforms.ts






function platformSizes(image, steps, base) {
    const { layers } = image;
    const comparison = base?.layers ? compareImages(base.reference, base.layers, layers) : undefined;
    const uncompressed = layers.uncompressed?.reduce((sum, size) => sum + size, 0);
    return {
        platform: image.platform,
        digest: image.digest,
        compressedSize: (0,report_layers/* totalCompressed */.m8)(layers) ?? 0,
        ...(uncompressed !== undefined ? { uncompressedSize: uncompressed } : {}),
        rows: (0,report_layers/* historyRows */.U4)(layers, steps),
        ...(comparison ? { comparison } : {}),
        ...(base && !base.layers
            ? { comparisonNote: `${(0,report_escape/* codeSpan */.SS)(base.reference)} has no ${(0,report_escape/* plainText */.wh)(image.platform)} image.` }
            : {})
    };
}
/** Every platform's budget: each platform must fit on its own. */
function platformBudget(budget, platforms) {
    return platforms.flatMap(sizes => checkBudget(budget, sizes.compressedSize, sizes.comparison).exceeded.map(line => `${sizes.platform}: ${line}`));
}
function renderPlatforms(report) {
    const parts = [
        `### 📦 Size: ${report.platforms.length} platforms`,
        '',
        '| Platform | Compressed (pull) | Uncompressed | Layers | Change |',
        '|---|--:|--:|--:|--:|'
    ];
    for (const sizes of report.platforms) {
        const layers = sizes.rows.filter(row => row.diffId !== undefined).length;
        const change = sizes.comparison ? (0,format/* formatChange */.eD)(sizes.comparison.change) : '—';
        const uncompressed = sizes.uncompressedSize !== undefined ? (0,format/* formatBytes */.z3)(sizes.uncompressedSize) : '—';
        parts.push(`| ${(0,report_escape/* codeCell */.MZ)(sizes.platform)} | ${(0,format/* formatBytes */.z3)(sizes.compressedSize)} | ${uncompressed} | ${layers} | ${change} |`);
    }
    parts.push('');
    if (report.attestations > 0) {
        parts.push(`Attestations: ${report.attestations} manifest${report.attestations === 1 ? '' : 's'} ` +
            '(provenance, SBOM) beside the platforms, counted in no size.', '');
    }
    if (report.comparisonNote)
        parts.push(`> ${report.comparisonNote}`, '');
    const icon = report.sizeCheck === 'fail' ? '❌' : '⚠️';
    for (const line of report.budget)
        parts.push(`> ${icon} **Size budget exceeded.** ${line}`, '');
    for (const sizes of report.platforms) {
        parts.push('<details>', `<summary><b>${(0,report_escape/* plainText */.wh)(sizes.platform)}</b>: history and comparison</summary>`, '');
        if (sizes.comparison)
            parts.push(renderComparison(sizes.comparison));
        else if (sizes.comparisonNote)
            parts.push(`> ${sizes.comparisonNote}`, '');
        parts.push(renderHistory(sizes.rows), '</details>', '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/report/platform-sizes.ts
/**
 * The size report of a multi-platform build: the image index read from the
 * local store (every platform, as a push uploads it), each platform compared
 * with the same platform of the base image in the registry, budgets per platform.
 */







async function reportPlatformSizes(request) {
    return comparePlatforms(await savedIndex(request.imageId, request.tempDir), request);
}
/** The report of an index's platforms, wherever they were read (the local store, a registry). */
async function comparePlatforms(index, request) {
    const { inputs, tags } = request;
    const { payload } = request.context;
    const baseReference = baseReferenceFor({ ...inputs, ...request, tags, payload });
    let comparisonNote;
    const bases = new Map();
    if (baseReference) {
        try {
            for (const image of index.platforms) {
                const layers = await baseLayers(baseReference, image.platform);
                bases.set(image.platform, { reference: baseReference, ...(layers ? { layers } : {}) });
            }
            if (![...bases.values()].some(base => base.layers)) {
                bases.clear();
                comparisonNote = NOTHING_TO_COMPARE.missing(baseReference);
            }
        }
        catch (error) {
            bases.clear();
            // The registry's message is outside text: plain in the log, escaped in the report.
            const reason = (0,errors/* errorMessage */.g)(error);
            core.warning(`Nothing to compare with: ${baseReference} could not be read (${reason}).`);
            comparisonNote = NOTHING_TO_COMPARE.unreadable(baseReference, reason);
        }
    }
    else if (pullRequestOf(payload)) {
        comparisonNote = NOTHING_TO_COMPARE.noTag;
    }
    const platforms = index.platforms.map(image => platformSizes(image, request.steps, bases.get(image.platform)));
    const budget = platformBudget(inputs.budget, platforms);
    if (inputs.budget.check === 'warn')
        for (const line of budget)
            core.warning(line);
    const first = platforms[0];
    core.setOutput('compressed-size', first ? String(first.compressedSize) : '');
    core.setOutput('size-delta', first?.comparison ? String(first.comparison.change) : '');
    return {
        platforms,
        attestations: index.attestations,
        budget,
        sizeCheck: inputs.budget.check,
        ...(comparisonNote ? { comparisonNote } : {})
    };
}
/** The base image's layers for a platform; undefined when it has no image for it. */
async function baseLayers(reference, platform) {
    const wanted = parsePlatform(platform);
    try {
        const layers = await registryLayers(reference, wanted);
        // A single-platform base is one platform's image, whichever was asked for.
        const { os, architecture } = layers?.config ?? {};
        return os === wanted.os && architecture === wanted.architecture ? layers : undefined;
    }
    catch (error) {
        if (/has no image for/.test((0,errors/* errorMessage */.g)(error)))
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/merge/image-index.ts
/**
 * The index a merge writes: one entry per image manifest it is given (its
 * platform read from its config), and an index's entries as that index lists
 * them (attestation manifests included). Pure.
 */





const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const PLATFORM = /^[\w.-]+\/[\w.-]+(\/[\w.-]+)?$/;
function isIndex(manifest) {
    return client/* INDEX_TYPES */.V.includes(manifest.mediaType);
}
/** The entries of every part, each digest once; two images of one platform are an input error. */
function indexEntries(parts) {
    const entries = new Map();
    const platforms = new Map();
    for (const part of parts) {
        const listed = isIndex(part.root)
            ? (JSON.parse(part.root.bytes.toString('utf8')).manifests ??
                [])
            : [
                {
                    mediaType: part.root.mediaType,
                    digest: part.root.digest,
                    size: part.root.bytes.length,
                    ...(part.platform ? { platform: platformField(part.platform) } : {})
                }
            ];
        for (const entry of listed) {
            if (entries.has(entry.digest))
                continue;
            if (!isAttestation(entry)) {
                const platform = entryPlatform(entry);
                // Registry-given text reaches the log and the summary: only a platform's own characters.
                if (!PLATFORM.test(platform)) {
                    throw new Error(`"${part.source}": ${entry.digest} names no os/architecture[/variant] platform ` +
                        `(${JSON.stringify(platform).slice(0, 80)}); nothing was pushed`);
                }
                const other = platforms.get(platform);
                if (other !== undefined) {
                    throw new errors/* InputError */.d('merge', `"${other}" and "${part.source}" are both ${platform} images; one index holds one ` +
                        'image per platform. Nothing was pushed');
                }
                platforms.set(platform, part.source);
            }
            entries.set(entry.digest, entry);
        }
    }
    return [...entries.values()];
}
/** The index over those entries: a docker manifest list when every entry is a docker manifest. */
function imageIndex(entries) {
    const mediaType = entries.every(entry => entry.mediaType === DOCKER_MANIFEST)
        ? DOCKER_LIST
        : OCI_INDEX;
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests: entries }));
    return { bytes, mediaType, digest: (0,registry_repository/* sha256 */.sc)(bytes) };
}
function platformField(platform) {
    const { os, architecture, variant } = platform;
    return { architecture, os, ...(variant ? { variant } : {}) };
}

;// CONCATENATED MODULE: ./src/merge/report.ts



function renderMerge(report) {
    const { index } = report;
    const lines = [
        `## 🏗️ Hoist: ${(0,report_escape/* codeSpan */.SS)(report.tags[0] ?? index.digest)}`,
        '',
        `Merged from ${report.sources.length} image(s) pushed by digest (no build).`,
        '',
        '| | |',
        '|---|---|',
        `| Digest | ${(0,report_escape/* codeCell */.MZ)(index.digest)} |`,
        `| Manifest | ${(0,report_escape/* codeCell */.MZ)(index.mediaType)} |`,
        '',
        report.pushed ? '**Pushed tags**' : '**Tags** (not pushed)',
        '',
        ...report.tags.map(tag => `- ${(0,report_escape/* codeSpan */.SS)(tag)}`),
        '',
        '**Merged**',
        '',
        ...report.sources.map(source => `- ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* truncate */.xv)(source))}`),
        ''
    ];
    return [
        lines.join('\n'),
        registriesSection(report.registries),
        report.platforms ? renderPlatforms(report.platforms) : ''
    ]
        .filter(Boolean)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/merge/merge.ts
/**
 * The Merge step: one index over images already pushed by digest (each job of
 * a matrix pushed its platform), under every tag on every registry the tags
 * name. No build. Every image is read, and measured, before anything is
 * written; each repository gets every image before any tag, as a promotion does.
 */

















async function mergeImages(request) {
    const { tags } = request.metadata;
    const { retry } = request.inputs.registryAuth;
    const targets = groupTargets(tags);
    const first = targets[0];
    if (!first)
        throw new errors/* InputError */.d('tags', 'a merge writes tags, and none was given');
    const sources = [];
    for (const source of request.merge) {
        sources.push(await readMergeSource(source, new registry_repository/* RegistryRepository */.S9(source.location ?? first), retry));
    }
    const entries = indexEntries(sources);
    const index = imageIndex(entries);
    const platforms = splitIndex(entries).images.map(entryPlatform);
    core.info(`Index ${index.digest}: ${platforms.join(', ')} from ${sources.length} image(s)`);
    // Measured from the registry before anything is written: a budget that fails pushes nothing.
    const sizes = await measure(entries, sources, request);
    const exceeded = sizes?.budget ?? [];
    const failsBudget = request.inputs.sizes.budget.check === 'fail' && exceeded.length > 0;
    const pushes = [];
    if (!failsBudget) {
        for (const target of targets) {
            const repo = new registry_repository/* RegistryRepository */.S9(target);
            const content = await merge_copySources(sources, repo, retry);
            pushes.push(...(await writeTags(target, repo, { root: index }, content, retry)));
        }
    }
    const registries = registryResults(pushes, targets.map(target => `${target.name}@${index.digest}`));
    core.setOutput('imageid', '');
    core.setOutput('digest', failsBudget ? '' : index.digest);
    core.setOutput('tags', tags.join('\n'));
    core.setOutput('size', '');
    core.setOutput('pushed', pushedOutput(registries));
    core.setOutput('cache-hit', 'false');
    if (!sizes)
        core.setOutput('compressed-size', '');
    if (request.inputs.summary) {
        await (0,write.appendSummary)(renderMerge({
            tags: tags,
            index,
            sources: sources.map(source => source.source),
            pushed: !failsBudget,
            registries,
            ...(sizes ? { platforms: sizes } : {})
        }));
    }
    if (failsBudget)
        throw new Error(`${exceeded.join(' ')} Nothing was pushed.`);
    const failure = pushFailure(registries);
    if (failure)
        throw new Error(failure);
}
async function readMergeSource(source, repo, retry) {
    const read = await (0,registry_retry/* withRetries */.LH)(`Reading ${repo.name}@${source.digest}`, retry, () => (0,registry_retry/* attempt */.CD)(async () => {
        const image = await readSource(repo, source.digest);
        if (!image || isIndex(image.root))
            return image && { image };
        const { config } = JSON.parse(image.root.bytes.toString('utf8'));
        if (!config)
            throw new Error(`${source.digest} is neither an image nor an index`);
        const body = await repo.blobJson(config.digest);
        const { os, architecture, variant } = body;
        if (typeof os !== 'string' || typeof architecture !== 'string') {
            throw new Error(`the config of ${source.digest} names no platform`);
        }
        const platform = { os, architecture, ...(typeof variant === 'string' ? { variant } : {}) };
        return { image, platform };
    }), retry_io/* retryIO */.NW);
    if (!read.ok)
        throw new Error(`Could not read ${repo.name}@${source.digest}: ${read.error}`);
    if (!read.value) {
        throw new errors/* InputError */.d('merge', `"${source.text}": ${repo.name} has no manifest ${source.digest}; nothing was pushed`);
    }
    return { source: source.text, repo, root: read.value.image.root, ...read.value };
}
/** Every source's blobs and manifests into `target` (its root by digest too). */
async function merge_copySources(sources, target, retry) {
    let retries = 0;
    for (const { repo, image } of sources) {
        const withRoot = { ...image, children: [...image.children, image.root] };
        const outcome = await copyContent(repo, withRoot, target, retry);
        retries += outcome.retries;
        if (!outcome.ok)
            return { ...outcome, retries };
    }
    return { ok: true, retries };
}
/** Each platform's sizes and history as the registry holds them; undefined when unreadable. */
async function measure(entries, sources, request) {
    const { tags, baseImage } = request.metadata;
    try {
        // The manifests were read for the merge: only each image's config is read again.
        const held = sources.flatMap(({ repo, image }) => [image.root, ...image.children].map(raw => ({ repo, raw })));
        const { images, attestations } = splitIndex(entries);
        const platforms = [];
        for (const entry of images) {
            const platform = entryPlatform(entry);
            const found = held.find(({ raw }) => raw.digest === entry.digest);
            if (!found)
                throw new Error(`no image merged holds ${entry.digest}`);
            const reference = `${found.repo.name}@${entry.digest}`;
            const layers = await heldLayers(reference, found.raw, parsePlatform(platform));
            platforms.push({ platform, digest: entry.digest, layers });
        }
        const index = { platforms, attestations };
        return await comparePlatforms(index, {
            tags: tags,
            steps: [],
            inputs: request.inputs.sizes,
            context: request.context,
            ...(baseImage ? { baseImage } : {})
        });
    }
    catch (error) {
        core.warning(`The size report could not be made: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/engine/attestations.ts

/** This run's side of the defaults: its repository's visibility and its URL. */
function attestationContext(run, pushes, env) {
    const repository = run.payload.repository;
    const attempt = env.GITHUB_RUN_ATTEMPT || '1';
    return {
        pushes,
        privateRepository: repository?.private === true,
        builderId: run.runId
            ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${attempt}`
            : '',
        noDefaults: Boolean(env.BUILDX_NO_DEFAULT_ATTESTATIONS)
    };
}
/** The buildx arguments; empty for an engine that keeps no attestation. */
function attestationArgs(inputs, context) {
    const args = inputs.attests.flatMap(attest => ['--attest', attest]);
    const { provenance, sbom } = inputs;
    if (provenance) {
        args.push(`--provenance=${provenanceAttributes(provenance, context.builderId)}`);
    }
    else if (context.pushes && !context.noDefaults && !hasType(inputs.attests, 'provenance')) {
        const mode = context.privateRepository ? 'mode=min,inline-only=true' : 'mode=max';
        args.push(`--provenance=${provenanceAttributes(mode, context.builderId)}`);
    }
    if (sbom)
        args.push(`--sbom=${sbom}`);
    return args;
}
/** Whether the workflow asked for an attestation itself (not a default, not `false`). */
function asksForAttestations(inputs) {
    return inputs.attests.length > 0 || isSet(inputs.provenance) || isSet(inputs.sbom);
}
/**
 * The attestation arguments for this engine: none where it keeps none (the
 * classic store's docker driver, the daemon's BuildKit), which
 * `checkAttestations` has already made sure the workflow did not ask for.
 */
function attestationsFor(inputs, engine, context) {
    return engine.frontend === 'buildx' && engine.can.multiPlatform
        ? attestationArgs(inputs, context)
        : [];
}
/**
 * Attestations travel as manifests of an image index: only an engine whose
 * output can hold an index (the one that builds several platforms) keeps them.
 */
function checkAttestations(inputs, engine) {
    if (!asksForAttestations(inputs) || (engine.frontend === 'buildx' && engine.can.multiPlatform))
        return;
    const input = inputs.attests.length > 0 ? 'attests' : isSet(inputs.provenance) ? 'provenance' : 'sbom';
    throw new errors/* InputError */.d(input, `${engine.description} cannot keep attestations (they need an image index). Use a ` +
        'docker-container builder (docker/setup-buildx-action) or the containerd image store, ' +
        `or set ${input} to false.`);
}
function provenanceAttributes(value, builderId) {
    if (isFalse(value))
        return 'false';
    const attributes = /^(true|1)$/i.test(value) ? [] : [value];
    if (builderId && !/(^|,)builder-id=/.test(value))
        attributes.push(`builder-id=${builderId}`);
    return attributes.join(',') || 'true';
}
function hasType(attests, type) {
    return attests.some(attest => new RegExp(`(^|,)\\s*type=${type}\\s*(,|$)`).test(attest));
}
function isSet(value) {
    return value !== '' && !isFalse(value);
}
function isFalse(value) {
    return /^(false|0)$/i.test(value.trim());
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/registry/loopback.ts
var loopback = __webpack_require__(7042);
;// CONCATENATED MODULE: ./src/registry/routes.ts
function pushRoute(requestUrl) {
    const url = new URL(requestUrl ?? '/', 'http://registry');
    const route = url.pathname;
    if (route === '/v2/' || route === '/v2')
        return { kind: 'base' };
    const blob = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(route);
    if (blob)
        return { kind: 'blob', name: blob[1] ?? '', digest: blob[2] ?? '' };
    const start = /^\/v2\/(.+)\/blobs\/uploads\/?$/.exec(route);
    if (start)
        return { kind: 'start', name: start[1] ?? '' };
    const upload = /^\/v2\/(.+)\/blobs\/uploads\/([0-9a-f-]+)$/.exec(route);
    if (upload) {
        const digest = url.searchParams.get('digest');
        const open = { kind: 'upload', name: upload[1] ?? '', id: upload[2] ?? '' };
        return digest ? { ...open, digest } : open;
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(route);
    if (manifest)
        return { kind: 'manifest', name: manifest[1] ?? '', reference: manifest[2] ?? '' };
    return { kind: 'unknown' };
}
/** An answer of the distribution API: a body given, or none (`Content-Length` 0 unless given). */
function reply(response, status, headers = {}, body) {
    response.writeHead(status, {
        'Docker-Distribution-API-Version': 'registry/2.0',
        ...(body === undefined ? { 'Content-Length': headers['Content-Length'] ?? '0' } : {}),
        ...headers
    });
    response.end(body);
}

;// CONCATENATED MODULE: ./src/engine/upload-sizes.ts
/**
 * What a push of a local image would upload, measured by the daemon itself:
 * it pushes the image to a registry on 127.0.0.1 here that keeps nothing but
 * the manifest, whose layer sizes are the compressed bytes a real push sends.
 *
 * A classic-store daemon compresses each layer as it pushes, and how depends
 * on the daemon: Docker 20.10 with Go's gzip, later ones with another deflate
 * whose output differs by kilobytes on compressible data. Compressing here
 * could only guess; the daemon's own push is exact.
 */




/** The layers' compressed sizes, base first, from the manifest the daemon pushed. */
async function uploadSizes(imageId) {
    const sink = await startSink();
    const ref = `${sink.address}/hoist-measure/${imageId.replace(/^sha256:/, '').slice(0, 12)}:size`;
    try {
        const tagged = await (0,exec/* execCommand */.NK)('docker', ['tag', imageId, ref], { silent: true });
        if (tagged.exitCode !== 0)
            throw new Error(`docker tag failed: ${(0,exec/* lastErrorLine */.HY)(tagged)}`);
        try {
            const pushed = await (0,exec/* execCommand */.NK)('docker', ['push', '--quiet', ref], { silent: true });
            if (pushed.exitCode !== 0)
                throw new Error(`docker push failed: ${(0,exec/* lastErrorLine */.HY)(pushed)}`);
        }
        finally {
            await (0,exec/* execCommand */.NK)('docker', ['image', 'rm', ref], { silent: true });
        }
        const manifest = sink.manifest();
        if (!manifest)
            throw new Error('the push wrote no manifest');
        return layerSizes(manifest);
    }
    finally {
        await sink.close();
    }
}
/** The `layers[].size` of an image manifest. Pure. */
function layerSizes(manifest) {
    const parsed = JSON.parse(manifest);
    if (!Array.isArray(parsed.layers))
        throw new Error('the pushed manifest names no layers');
    return parsed.layers.map(layer => {
        if (typeof layer.size !== 'number')
            throw new Error('a pushed layer has no size');
        return layer.size;
    });
}
/**
 * The part of the distribution API a push uses: blobs are never there yet,
 * uploads are counted and dropped, a manifest is kept.
 */
async function startSink() {
    const uploaded = new Map();
    let manifest;
    async function handle(request, response) {
        const route = pushRoute(request.url);
        const { length, bytes } = await readBody(request);
        switch (route.kind) {
            case 'base':
                return reply(response, 200);
            case 'blob': {
                const size = uploaded.get(route.digest);
                if (size === undefined)
                    return reply(response, 404);
                const headers = { 'Content-Length': String(size), 'Docker-Content-Digest': route.digest };
                return reply(response, 200, headers);
            }
            case 'start': {
                if (request.method !== 'POST')
                    break;
                const id = (0,external_node_crypto_.randomUUID)();
                uploaded.set(id, 0);
                return reply(response, 202, {
                    Location: `/v2/${route.name}/blobs/uploads/${id}`,
                    'Docker-Upload-UUID': id,
                    Range: '0-0'
                });
            }
            case 'upload': {
                const { name, id, digest } = route;
                const size = (uploaded.get(id) ?? 0) + length;
                if (request.method === 'PUT' && digest) {
                    uploaded.delete(id);
                    uploaded.set(digest, size);
                    const headers = {
                        Location: `/v2/${name}/blobs/${digest}`,
                        'Docker-Content-Digest': digest
                    };
                    return reply(response, 201, headers);
                }
                uploaded.set(id, size);
                return reply(response, 202, {
                    Location: `/v2/${name}/blobs/uploads/${id}`,
                    Range: `0-${Math.max(size - 1, 0)}`
                });
            }
            case 'manifest': {
                if (request.method !== 'PUT')
                    break;
                manifest = bytes.toString('utf8');
                const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
                return reply(response, 201, { 'Docker-Content-Digest': digest });
            }
        }
        return reply(response, 404);
    }
    const server = await (0,loopback/* serveOnLoopback */.E)(handle);
    return { address: server.host, manifest: () => manifest, close: () => server.close() };
}
/** A body's length; its bytes only for a manifest (layer uploads are counted, not kept). */
async function readBody(request) {
    const chunks = [];
    let length = 0;
    const keep = /\/manifests\//.test(request.url ?? '');
    for await (const chunk of request) {
        const buffer = chunk;
        length += buffer.length;
        if (keep)
            chunks.push(buffer);
    }
    return { length, bytes: Buffer.concat(chunks) };
}

// EXTERNAL MODULE: ./src/registry/http.ts
var http = __webpack_require__(8851);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * One pull request comment per image, found again by its hidden marker and
 * updated in place (GitHub's REST API: issues comments). Only a comment the
 * token's own user wrote is ours: anyone can post the marker. Requests go
 * through the runner's proxy, where it names one (registry/http.ts).
 */

/** GitHub refused the comment: a read-only token (a fork's pull request) or no access. */
class CommentRefused extends Error {
    status;
    constructor(status) {
        super(`GitHub answered ${status}`);
        this.status = status;
        this.name = 'CommentRefused';
    }
}
async function upsertComment(target, marker, body) {
    const api = target.apiUrl.replace(/\/$/, '');
    const base = `${api}/repos/${target.repository}/issues`;
    const author = await ownLogin(target, api);
    const existing = await findComment(target, `${base}/${target.number}/comments`, marker, author);
    if (existing !== undefined) {
        await call(target, 'PATCH', `${base}/comments/${existing}`, { body });
        return 'updated';
    }
    await call(target, 'POST', `${base}/${target.number}/comments`, { body });
    return 'created';
}
/** The Actions token and other installation tokens comment as this app; `GET /user` refuses them. */
const ACTIONS_LOGIN = 'github-actions[bot]';
/** The login the token comments as. */
async function ownLogin(target, api) {
    try {
        const user = (await call(target, 'GET', `${api}/user`));
        if (typeof user.login === 'string')
            return user.login;
    }
    catch (error) {
        if (!(error instanceof CommentRefused) || error.status !== 403)
            throw error;
    }
    return ACTIONS_LOGIN;
}
async function findComment(target, url, marker, author) {
    for (let page = 1; page <= 50; page++) {
        const comments = (await call(target, 'GET', `${url}?per_page=100&page=${page}`));
        const mine = comments.find(comment => comment.body?.includes(marker) && comment.user?.login === author);
        if (mine)
            return mine.id;
        if (comments.length < 100)
            return undefined;
    }
    return undefined;
}
async function call(target, method, url, body) {
    const answer = await (0,http/* httpRequest */.a)(method, url, {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${target.token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        ...(body ? { 'Content-Type': 'application/json' } : {})
    }, body ? Buffer.from(JSON.stringify(body)) : undefined);
    if (answer.status === 403 || answer.status === 404 || answer.status === 401) {
        answer.discard();
        throw new CommentRefused(answer.status);
    }
    if (!answer.ok) {
        answer.discard();
        throw new Error(`${method} ${new URL(url).pathname} answered ${answer.status}`);
    }
    return answer.json();
}

;// CONCATENATED MODULE: ./src/report/base-rows.ts
/**
 * The history table's base image: its entries as one row, with its name, its
 * layer count and its sizes. Pure.
 */


/** The rows with the base image's first; unchanged when no entry can be told to be the base's. */
function withBaseRow(rows, image, dockerfile) {
    const instructions = parseInstructions(dockerfile);
    const count = baseEntries(image.config.history.map(entry => entry.createdBy), instructions);
    const name = baseImageOf(instructions);
    return count > 0 && name ? groupBase(rows, count, name) : [...rows];
}
function groupBase(rows, count, name) {
    const base = rows.slice(0, count);
    const layers = base.filter(row => row.diffId !== undefined);
    const sum = (sizes) => sizes.some(size => size === undefined)
        ? undefined
        : sizes.reduce((total, size) => total + (size ?? 0), 0);
    const uncompressed = sum(base.map(row => row.uncompressed));
    const compressed = sum(layers.map(row => row.compressed));
    const row = {
        instruction: name,
        baseLayers: layers.length,
        ...(uncompressed !== undefined ? { uncompressed } : {}),
        ...(compressed !== undefined && layers.length > 0 ? { compressed } : {})
    };
    return [row, ...rows.slice(count)];
}

;// CONCATENATED MODULE: ./src/report/size-report.ts
/**
 * The size report of a run: the image's layers (from the registry when it was
 * pushed, else computed locally), the comparison with a base image read from
 * the registry, the budget, and the pull request comment. Only the budget can
 * fail the step, and only after the report is written.
 */














async function reportSizes(request) {
    const { inputs, tags } = request;
    const platform = request.platform;
    const { payload } = request.context;
    const baseReference = baseReferenceFor({ ...inputs, ...request, tags, payload });
    let base;
    let comparisonNote;
    if (baseReference) {
        try {
            base = await registryLayers(baseReference, platform);
            if (!base)
                comparisonNote = NOTHING_TO_COMPARE.missing(baseReference);
        }
        catch (error) {
            // The registry's message is outside text: plain in the log, escaped in the report.
            const reason = (0,errors/* errorMessage */.g)(error);
            core.warning(`Nothing to compare with: ${baseReference} could not be read (${reason}).`);
            comparisonNote = NOTHING_TO_COMPARE.unreadable(baseReference, reason);
        }
    }
    else if (pullRequestOf(payload)) {
        comparisonNote = NOTHING_TO_COMPARE.noTag;
    }
    const current = await currentLayers(request, platform, base);
    const comparison = base && baseReference ? compareImages(baseReference, base, current) : undefined;
    const compressedSize = comparison?.currentTotal ?? (0,report_layers/* totalCompressed */.m8)(current);
    // Not measured means no budget is set: nothing to check.
    const budget = compressedSize === undefined
        ? { exceeded: [] }
        : checkBudget(inputs.budget, compressedSize, comparison);
    core.setOutput('compressed-size', compressedSize === undefined ? '' : String(compressedSize));
    core.setOutput('size-delta', comparison ? String(comparison.change) : '');
    if (inputs.budget.check === 'warn')
        for (const line of budget.exceeded)
            core.warning(line);
    const report = {
        rows: withBaseRow((0,report_layers/* historyRows */.U4)(current, request.steps), current, request.dockerfile),
        ...(compressedSize !== undefined ? { compressedSize } : {}),
        // buildah's inspect gives no size: the layers' own bytes are counted then too.
        uncompressedSize: request.compressedStore || request.size === 0
            ? (current.uncompressed ?? []).reduce((sum, size) => sum + size, 0)
            : request.size,
        exact: current.exact,
        budget: budget.exceeded,
        sizeCheck: inputs.budget.check,
        ...(comparison ? { comparison } : {}),
        ...(comparison && base && baseReference
            ? { compared: { reference: baseReference, layers: base, layerDigests: base.layerDigests } }
            : {}),
        ...(comparisonNote ? { comparisonNote } : {})
    };
    const commentNote = inputs.comment ? await comment(request, report) : undefined;
    return commentNote ? { ...report, commentNote } : report;
}
/** With `size-check: fail` and a budget, nothing is pushed before the image is measured. */
function checksBudgetBeforePush(budget) {
    return budget.check === 'fail' && (budget.maxSize !== undefined || Boolean(budget.maxIncrease));
}
/**
 * With `size-check: fail`, a push waits for the budget: the image is measured
 * here first. Returns the report when the budget is exceeded (nothing may be
 * pushed), undefined otherwise.
 */
async function overBudgetBeforePush(request) {
    if (!checksBudgetBeforePush(request.inputs.budget))
        return undefined;
    const { size, platform, diffIds } = await request.family.inspect(request.imageId);
    const inputs = { ...request.inputs, comment: false };
    const report = await reportSizes({ ...request, inputs, pushed: false, size, platform, diffIds });
    if (!report.budget?.length)
        return undefined;
    core.info('The size budget is exceeded: nothing is pushed.');
    const commentNote = request.inputs.comment ? await comment(request, report) : undefined;
    return commentNote ? { ...report, commentNote } : report;
}
/** A pushed image is read back from the registry (exact sizes); otherwise it is measured here. */
async function currentLayers(request, platform, base) {
    const first = request.readBack ?? request.tags[0];
    const { compressedStore, family } = request;
    // A store that keeps layers uncompressed (docker's classic one) names an
    // image by its config's digest, and history gives that config.
    const configInHistory = !compressedStore && family.history !== undefined;
    if (request.pushed && first) {
        try {
            if (configInHistory) {
                // Read ahead as the build wrote the image: in hand by now. The config,
                // from history, is not read from the registry again.
                const image = { id: request.imageId, diffIds: request.diffIds, platform };
                const local = await historyLayers(image, family);
                const known = local?.config && { digest: request.imageId, config: local.config };
                const pushed = await registryLayers(first, platform, known);
                if (pushed)
                    return { ...pushed, ...(local ? { uncompressed: local.uncompressed } : {}) };
            }
            else {
                // The local command first: it runs while this process loads its HTTP client.
                const local = localLayers(request.imageId, request.tempDir, {
                    measure: false,
                    compressedStore,
                    family
                }).then(layers => layers.uncompressed);
                const [pushed, uncompressed] = await Promise.all([registryLayers(first, platform), local]);
                if (pushed)
                    return { ...pushed, ...(uncompressed ? { uncompressed } : {}) };
            }
        }
        catch (error) {
            core.warning(`Could not read ${first} back from the registry: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    // Compressing every layer here costs seconds per 100 MB, and even exporting
    // the image costs a second per few hundred MB: only for what needs the figure.
    const { budget } = request.inputs;
    // A store that keeps layers compressed has the figure already: one export gives it.
    const measure = compressedStore ||
        request.pushed ||
        base !== undefined ||
        budget.maxSize !== undefined ||
        budget.maxIncrease !== undefined;
    const image = { id: request.imageId, diffIds: request.diffIds, platform };
    if (!measure)
        return unmeasuredLayers(image, request.tempDir, family);
    // A classic store compresses as it pushes: its own push, to a sink here, says how.
    if (!compressedStore && family.command === 'docker' && request.daemonOnThisHost) {
        try {
            const [layers, compressed] = await Promise.all([
                unmeasuredLayers(image, request.tempDir, family),
                uploadSizes(request.imageId)
            ]);
            if (compressed.length === layers.config.diffIds.length)
                return { ...layers, compressed };
        }
        catch (error) {
            core.info(`Compressed sizes computed here instead: the daemon's push failed (${(0,errors/* errorMessage */.g)(error)})`);
        }
    }
    const known = new Map();
    base?.config.diffIds.forEach((diffId, i) => known.set(diffId, base.compressed[i] ?? 0));
    return localLayers(request.imageId, request.tempDir, { known, compressedStore, family });
}
/** Posts or updates the comment; returns a note for the summary when it could not. */
async function comment(request, report) {
    const pr = pullRequestOf(request.context.payload);
    // The same workflow usually runs on pushes too: there, no comment is wanted, and no note.
    if (!pr)
        return undefined;
    const image = request.tags[0] ? (0,registry_reference/* parseImageReference */.o_)(request.tags[0]).name : request.imageId;
    if (!request.inputs.githubToken)
        return 'No pull request comment: `github-token` is empty.';
    try {
        const done = await upsertComment({
            apiUrl: request.context.apiUrl,
            repository: request.context.repository,
            number: pr.number,
            token: request.inputs.githubToken
        }, commentMarker(image), renderComment(image, report));
        core.info(`Pull request comment ${done}.`);
        return undefined;
    }
    catch (error) {
        if (error instanceof CommentRefused) {
            return (`No pull request comment: GitHub refused it (${error.status}); ` +
                (pr.fork
                    ? "a fork's pull request gets a read-only token."
                    : 'the token needs `pull-requests: write` permission.'));
        }
        core.warning(`The pull request comment failed: ${(0,errors/* errorMessage */.g)(error)}`);
        return `No pull request comment: ${(0,report_escape/* plainText */.wh)((0,errors/* errorMessage */.g)(error))}`;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/push-plan.ts

/** The tags by registry, the registries in the order the tags first name them. */
function tagsByRegistry(tags) {
    const groups = new Map();
    for (const tag of tags) {
        const { registry } = (0,registry_reference/* parseImageReference */.o_)(tag);
        groups.set(registry, [...(groups.get(registry) ?? []), tag]);
    }
    return [...groups].map(([registry, grouped]) => ({ registry, tags: grouped }));
}
/**
 * The tags name several registries, and the engine can push to the relay
 * (registry/relay.ts): one push writes to all of them at once. The build then
 * pushes nothing itself; the Push step does.
 */
function pushesThroughRelay(tags, engine) {
    return engine.can.pushThroughRelay && tagsByRegistry(tags).length > 1;
}
/**
 * The tags a push from the build pushes: the first registry's. BuildKit's
 * docker driver pushes one name after another, each layer compressed again for
 * each; the other registries are copied from the first instead, side by side.
 */
function buildPushTags(tags) {
    return tagsByRegistry(tags)[0]?.tags ?? [];
}
/**
 * The first registry's tag the others are copied from: the first it holds.
 * None when that registry got none: the others are then pushed by the engine.
 */
function copySource(firstRegistry) {
    return firstRegistry.find(push => push.outcome === 'pushed')?.tag;
}
/** The results in the tags' order, as one push after another would give them. */
function inTagOrder(pushes, tags) {
    const position = new Map(tags.map((tag, i) => [tag, i]));
    const at = (push) => position.get(push.tag) ?? tags.length;
    return [...pushes].sort((a, b) => at(a) - at(b));
}

;// CONCATENATED MODULE: ./src/pipeline/build-plan.ts





function planBuild(plan) {
    const { inputs, engine, metadata } = plan;
    const platforms = checkPlatforms(inputs.platforms, engine);
    checkAttestations(inputs.attestations, engine);
    const attestations = attestationsFor(inputs.attestations, engine, attestationContext(plan.context, inputs.push, process.env));
    // Annotated where the engine keeps annotations; where it cannot, only given ones are an error.
    checkEngineOptions(inputs.build, inputs.annotations.length > 0, engine);
    // Where the engine can, the build pushes every tag itself: one command, not a
    // push per tag after it; never when a budget must pass before anything is
    // pushed, nor to several registries that one push through the relay writes.
    const push = inputs.push &&
        !inputs.pushByDigest &&
        engine.can.pushFromBuild &&
        !pushesThroughRelay(metadata.tags, engine) &&
        platforms.length <= 1 &&
        !checksBudgetBeforePush(inputs.sizes.budget) &&
        !(inputs.sizes.budget.check === 'fail' && inputs.sizes.budget.maxWasted);
    return {
        ...inputs,
        // Pushing, it names the first registry's tags only: the push step names and copies the others.
        tags: push ? buildPushTags(metadata.tags) : metadata.tags,
        labels: metadata.labels,
        annotations: engine.can.annotate ? metadata.annotations : [],
        options: inputs.build,
        iidFile: plan.iidFile,
        platforms,
        attestations,
        push,
        pushStallMs: inputs.registryAuth.retry.stallMs
    };
}

;// CONCATENATED MODULE: ./src/pipeline/dockerfile-check.ts



/** Checks the context, the Dockerfile and the target; returns the Dockerfile. */
function checkDockerfile(inputs) {
    if (!(0,external_node_fs_.existsSync)(inputs.context) || !(0,external_node_fs_.statSync)(inputs.context).isDirectory()) {
        throw new errors/* InputError */.d('context', `"${inputs.context}" is not a directory`);
    }
    if (!(0,external_node_fs_.existsSync)(inputs.file)) {
        throw new errors/* InputError */.d('file', `"${inputs.file}" does not exist`);
    }
    const text = (0,external_node_fs_.readFileSync)(inputs.file, 'utf8');
    const stages = parseStages(text, inputs.buildArgs);
    if (inputs.target && !findStage(stages, inputs.target)) {
        const names = stages.flatMap(stage => (stage.name ? [stage.name] : []));
        throw new errors/* InputError */.d('target', `stage "${inputs.target}" is not in ${inputs.file}` +
            (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage'));
    }
    return { text, stages };
}

;// CONCATENATED MODULE: ./src/registry/blob-upload.ts
/**
 * Uploading a blob to a repository: bytes of known digest (a `docker save`
 * archive's entry as stored, a config in memory), or an archive's entry
 * gzip-compressed on the way, its digest computed as the bytes go out. An
 * entry is streamed: never whole in memory. One try each; callers retry (a
 * retry reads the file again, and gzip gives the same bytes for the same
 * input).
 */




/**
 * A blob of known digest and size, in one request; left alone when the
 * repository has it. `content` is asked for only when it is sent.
 */
async function uploadBlob(repo, blob, content) {
    if (await repo.hasBlob(blob.digest))
        return 'present';
    const url = await repo.startUpload();
    await repo.finishUpload(url, blob, content());
    return 'uploaded';
}
/** The entry's bytes, as stored, under their known digest; left alone when the repository has them. */
function uploadStoredBlob(repo, archive, blob) {
    return uploadBlob(repo, blob, () => readable(archive, blob.entry));
}
/** The entry gzip-compressed (as `docker push` compresses a layer), under the digest of what was sent. */
async function uploadCompressedBlob(repo, archive, entry) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        }
    });
    const url = await repo.startUpload();
    // An error anywhere (the file, gzip) ends the body with it, and so the request.
    const body = (0,external_node_stream_.pipeline)(readable(archive, entry), external_node_zlib_.createGzip({ level: 6 }), counter, () => { });
    const next = await repo.sendChunk(url, body);
    const digest = `sha256:${hash.digest('hex')}`;
    await repo.closeUpload(next, digest);
    return { digest, size };
}
function readable(archive, entry) {
    return entry.size === 0
        ? external_node_stream_.Readable.from([])
        : (0,external_node_fs_.createReadStream)(archive, { start: entry.offset, end: entry.offset + entry.size - 1 });
}

;// CONCATENATED MODULE: ./src/engine/digest-push.ts
/**
 * `push-by-digest`: the built image goes to every repository the tags name,
 * untagged, over the registry's HTTP API (docker's driver cannot push without
 * a tag). The first repository gets it from the engine's save: blobs, then
 * manifests by digest; the others copy it from there as a promotion does
 * (mounted within a registry, streamed between registries), side by side. No
 * tag is written.
 */












/** One result per repository, its `tag` the `name@digest` the registry holds (the name alone if none). */
async function pushByDigest(request) {
    const [first, ...others] = groupTargets(request.tags);
    if (!first)
        return [];
    const archive = external_node_path_.join(request.tempDir, 'push-by-digest.tar');
    try {
        const { family } = request;
        const saved = await (0,exec/* execCommand */.NK)(family.command, family.saveArgs(request.imageId, archive), {
            silent: true
        });
        if (saved.exitCode !== 0) {
            throw new Error(`${family.command} could not save the image: ${(0,exec/* lastErrorLine */.HY)(saved)}`);
        }
        const image = await readSavedImage(archive, await (0,tar/* indexTar */.O1)(archive), request.compressedStore);
        const source = new registry_repository/* RegistryRepository */.S9(first);
        core.info(`Pushing ${request.imageId} to ${first.name} by digest (no tag)`);
        const uploaded = await upload(source, archive, image, request.retry);
        const skipped = (target) => ({
            tag: target.name,
            registry: target.registry,
            outcome: 'skipped',
            attempts: 0
        });
        if (!uploaded.ok || others.length === 0)
            return [result(first, uploaded), ...others.map(skipped)];
        // The other repositories side by side, each copied from the first, read once for them all.
        const written = await readWritten(source, uploaded.root, request.retry);
        const copies = others.map(async (target) => result(target, written.ok ? await copyTo(written, target, request.retry) : written));
        return [result(first, uploaded), ...(await Promise.all(copies))];
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** What the repositories hold after a push by digest: `name@digest`, one per repository pushed to. */
function untaggedReferences(pushes) {
    return pushes.flatMap(push => (push.outcome === 'pushed' ? [push.tag] : []));
}
function result(target, uploaded) {
    const base = { registry: target.registry, attempts: uploaded.attempts };
    return uploaded.ok
        ? { ...base, tag: `${target.name}@${uploaded.root.digest}`, outcome: 'pushed' }
        : { ...base, tag: target.name, outcome: 'failed', error: uploaded.error };
}
/** Every blob, then every manifest of the saved image, each retried as a push is. */
async function upload(repo, archive, image, policy) {
    let attempts = 1;
    const run = async (what, step) => {
        const outcome = await (0,registry_retry/* withRetries */.LH)(what, policy, () => (0,registry_retry/* attempt */.CD)(step), retry_io/* retryIO */.NW);
        attempts += outcome.attempts - 1;
        return outcome.ok ? outcome.value : { error: outcome.error };
    };
    const failed = (value) => typeof value === 'object' && value !== null && 'error' in value;
    let manifests;
    if (image.kind === 'stored') {
        for (const blob of image.blobs) {
            const done = await run(`Upload of blob ${blob.digest} to ${repo.name}`, () => uploadStoredBlob(repo, archive, blob));
            if (failed(done))
                return { ok: false, error: done.error, attempts };
        }
        manifests = [...image.manifests];
    }
    else {
        const compressed = new Map();
        for (const [i, entry] of image.layers.entries()) {
            if (compressed.has(entry))
                continue;
            const done = await run(`Upload of layer ${i + 1} to ${repo.name}`, () => uploadCompressedBlob(repo, archive, entry));
            if (failed(done))
                return { ok: false, error: done.error, attempts };
            compressed.set(entry, done);
        }
        const config = { digest: (0,registry_repository/* sha256 */.sc)(image.config), size: image.config.length };
        const done = await run(`Upload of config ${config.digest} to ${repo.name}`, () => uploadBlob(repo, config, () => image.config));
        if (failed(done))
            return { ok: false, error: done.error, attempts };
        const layers = image.layers.map(entry => compressed.get(entry));
        const bytes = layersManifest(config, layers);
        manifests = [{ bytes, mediaType: DOCKER_MANIFEST, digest: (0,registry_repository/* sha256 */.sc)(bytes) }];
    }
    for (const manifest of manifests) {
        const done = await run(`Upload of manifest ${manifest.digest} to ${repo.name}`, () => repo.putManifest(manifest.digest, manifest));
        if (failed(done))
            return { ok: false, error: done.error, attempts };
    }
    const root = manifests.at(-1);
    core.info(`${repo.name}@${root.digest}: ${manifests.length} manifest(s) written, no tag`);
    return { ok: true, root, attempts };
}
/** What the first repository holds under the manifest just written, every manifest under it. */
async function readWritten(source, root, policy) {
    const read = await (0,registry_retry/* withRetries */.LH)(`Reading ${source.name}@${root.digest}`, policy, () => (0,registry_retry/* attempt */.CD)(() => readSource(source, root.digest)), retry_io/* retryIO */.NW);
    if (read.ok && read.value)
        return { ok: true, source, image: read.value };
    const error = read.ok ? `${source.name} lost ${root.digest}` : read.error;
    return { ok: false, error, attempts: read.attempts };
}
/** The image, already in the first repository, into another: its content, then its manifest. */
async function copyTo(written, target, policy) {
    const { source, image } = written;
    const { root } = image;
    const repo = new registry_repository/* RegistryRepository */.S9(target);
    const content = await copyContent(source, image, repo, policy);
    if (!content.ok)
        return { ok: false, error: content.error, attempts: 1 + content.retries };
    const put = await (0,registry_retry/* withRetries */.LH)(`Upload of manifest ${root.digest} to ${repo.name}`, policy, () => (0,registry_retry/* attempt */.CD)(() => repo.putManifest(root.digest, root)), retry_io/* retryIO */.NW);
    const attempts = put.attempts + content.retries;
    return put.ok ? { ok: true, root, attempts } : { ok: false, error: put.error, attempts };
}

;// CONCATENATED MODULE: ./src/engine/push.ts







/**
 * Pushes each tag in turn, retrying transient failures. A registry that fails
 * is skipped for its remaining tags; the others still get theirs, so the
 * caller can report every registry before failing.
 */
async function pushTags(request) {
    const { policy, digestFile, fromBuild } = request;
    const results = [];
    const failed = new Set();
    for (const tag of request.tags) {
        const registry = (0,registry_reference/* parseImageReference */.o_)(tag).registry;
        if (fromBuild?.pushed.includes(tag)) {
            results.push({ tag, registry, outcome: 'pushed', attempts: 1 });
            continue;
        }
        if (failed.has(registry)) {
            results.push({ tag, registry, outcome: 'skipped', attempts: 0 });
            continue;
        }
        const firstFailure = fromBuild?.failed?.tag === tag ? fromBuild.failed.error : undefined;
        core.info(`Pushing ${tag}`);
        const outcome = await (0,registry_retry/* withRetries */.LH)(`Push of ${tag}`, policy, async () => {
            (0,external_node_fs_.rmSync)(digestFile, { force: true });
            const result = await runPush(request, tag);
            return result.exitCode === 0
                ? { ok: true, value: readDigest(digestFile) }
                : { ok: false, error: (0,registry_retry/* failureText */.kY)(result) };
        }, retry_io/* retryIO */.NW, firstFailure);
        if (outcome.ok) {
            const digest = outcome.value;
            results.push({
                tag,
                registry,
                outcome: 'pushed',
                attempts: outcome.attempts,
                ...(digest ? { digest } : {})
            });
        }
        else {
            failed.add(registry);
            results.push({
                tag,
                registry,
                outcome: 'failed',
                attempts: outcome.attempts,
                error: outcome.error
            });
        }
    }
    return results;
}
/** One push command. What a registry says in an error is not the action's: it issues no workflow command. */
function runPush(request, tag) {
    const { family, digestFile, policy } = request;
    const args = family.pushArgs(tag, digestFile);
    const options = { idleTimeoutMs: policy.stallMs, ...(request.env ? { env: request.env } : {}) };
    if (request.besideOthers) {
        const printWhole = (text) => {
            process.stdout.write((0,fence/* fenced */.O)(text));
        };
        return (0,exec/* execCommand */.NK)(family.command, args, { ...options, printWhole });
    }
    return (0,fence/* withCommandsStopped */.c)(() => (0,exec/* execCommand */.NK)(family.command, args, options));
}
function readDigest(file) {
    return (0,external_node_fs_.existsSync)(file) ? (0,external_node_fs_.readFileSync)(file, 'utf8').trim() || undefined : undefined;
}

;// CONCATENATED MODULE: ./src/pipeline/registry-copy.ts
/**
 * The registries after the first, side by side. Each gets the image copied
 * from the first over the registry API, as a promotion does: its layers leave
 * the runner compressed once (the daemon's push compresses them again for each
 * registry), and the manifest's bytes are the first's, so the digest is the
 * same everywhere. A registry whose copy fails, or every one when the first
 * has nothing to copy, is pushed by the engine instead: its tags in turn, each
 * command's output printed whole when it ends.
 */










async function pushOtherRegistries(request) {
    const { source, registries, family } = request;
    if (registries.length === 0)
        return [];
    const copied = source ? await readCopySource(source, request.retry) : undefined;
    const pushed = await Promise.all(registries.map(async (group, i) => {
        const digestFile = external_node_path_.join(request.tempDir, `digest-${i + 1}`);
        const enginePush = async () => {
            await request.named;
            const policy = request.retry;
            return pushTags({ tags: group.tags, policy, family, digestFile, besideOthers: true });
        };
        if (!copied)
            return enginePush();
        const copy = await copyToRegistry(copied, group, request.retry);
        if (copy.ok)
            return copy.pushes;
        core.info(`The copy to ${group.registry} failed (${copy.error}); pushing with ${family.command} instead`);
        return enginePush();
    }));
    return pushed.flat();
}
/** The image the first registry holds under `source`; undefined (said in the log) when unreadable. */
async function readCopySource(source, retry) {
    const ref = (0,registry_reference/* parseImageReference */.o_)(source);
    const repository = new registry_repository/* RegistryRepository */.S9(ref);
    const read = await (0,registry_retry/* withRetries */.LH)(`Reading ${source}`, retry, () => (0,registry_retry/* attempt */.CD)(() => readSource(repository, (0,registry_reference/* manifestReference */.Tn)(ref))), retry_io/* retryIO */.NW);
    if (read.ok && read.value)
        return { repository, reference: source, image: read.value };
    const reason = read.ok ? 'it is not there' : read.error;
    core.info(`${source} could not be read to copy it (${reason}): pushing each registry instead`);
    return undefined;
}
/** Every repository of one registry: its content, then its tags; the first failure ends it. */
async function copyToRegistry(source, group, retry) {
    const { image } = source;
    core.info(`Copying ${source.reference} (${image.root.digest}) to ${group.tags.join(', ')}`);
    const pushes = [];
    for (const target of groupTargets(group.tags)) {
        const repo = new registry_repository/* RegistryRepository */.S9(target);
        const content = await copyContent(source.repository, image, repo, retry);
        if (!content.ok)
            return { ok: false, error: content.error };
        const written = await writeTags(target, repo, image, content, retry);
        const failure = written.find(push => push.outcome === 'failed');
        if (failure)
            return { ok: false, error: failure.error ?? 'the tag was not written' };
        pushes.push(...written.map(push => ({ ...push, digest: image.root.digest })));
    }
    return { ok: true, pushes };
}

;// CONCATENATED MODULE: ./src/registry/tee.ts
/**
 * One request body sent on as several (relay.ts): each branch gets every
 * byte, in pieces of about a megabyte, at the pace of the slowest branch. An
 * engine sends a layer in pieces of 4 to 32 KB; gathered first, each branch
 * writes some fifty times for 50 MB instead of some two thousand: the relay
 * spends a quarter less CPU (measured: 0.27 → 0.21 s of user time for 50 MB
 * to three registries), and the registries less too. A branch dropped (its
 * registry failed) no longer holds the others.
 */

const PIECE_BYTES = 1024 * 1024;
function teeBody(source, count) {
    const live = new Set();
    const waiting = new Set();
    const resumeWhenDrained = () => {
        if (waiting.size === 0 && source.isPaused())
            source.resume();
    };
    const branches = Array.from({ length: count }, () => {
        const branch = new external_node_stream_.Readable({
            read() {
                waiting.delete(branch);
                resumeWhenDrained();
            }
        });
        live.add(branch);
        return branch;
    });
    let pending = [];
    let pendingBytes = 0;
    const flush = () => {
        if (pendingBytes === 0)
            return;
        const piece = pending.length === 1 ? pending[0] : Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        for (const branch of live)
            if (!branch.push(piece))
                waiting.add(branch);
        if (waiting.size > 0)
            source.pause();
    };
    source.on('data', (chunk) => {
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= PIECE_BYTES)
            flush();
    });
    source.on('end', () => {
        flush();
        for (const branch of live)
            branch.push(null);
    });
    source.on('error', error => {
        for (const branch of live)
            branch.destroy(error);
    });
    return {
        branches,
        drop: branch => {
            live.delete(branch);
            waiting.delete(branch);
            branch.destroy();
            resumeWhenDrained();
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/relay.ts
/**
 * One push written to several registries at once: a registry served on
 * 127.0.0.1 that the engine pushes the image to once, and that sends each
 * blob on, as it comes, to every repository the tags name, then each
 * manifest under every tag. The engine compresses and uploads each layer
 * once, and every registry gets it side by side, as it is uploaded; a copy
 * from the first registry could only start once that push had ended.
 *
 * A registry that fails is left out of the rest of the push, whole: the Push
 * step copies it from one the relay wrote, or pushes it by the engine
 * (relay-push.ts). The engine's push fails only once every registry has,
 * with `denied`, which it does not retry.
 *
 * The engine logs in to it with a password made for this push (Basic), given
 * in a docker config of the push's own: nothing else on the machine can
 * push through it with the run's credentials.
 */







/** A manifest, far less than this; an index of many platforms included. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** `io` logs the registries' retries: they happen while the engine's output is fenced. */
async function startRelay(targets, retry, io) {
    const credentials = { username: 'hoist', password: (0,external_node_crypto_.randomBytes)(24).toString('base64url') };
    const failures = new Map();
    const tagged = new Set();
    let digest;
    const uploads = new Map();
    const live = () => targets.filter(target => !failures.has(target.registry));
    const fail = (target, error) => {
        if (!failures.has(target.registry))
            failures.set(target.registry, error);
    };
    /** One registry step, retried as a push is; false (the registry left out) once it fails. */
    const step = async (target, what, run) => {
        const outcome = await (0,registry_retry/* withRetries */.LH)(what, retry, () => (0,registry_retry/* attempt */.CD)(run), io);
        if (!outcome.ok)
            fail(target, outcome.error);
        return outcome.ok;
    };
    /**
     * There only where every registry has it. The engine asks before an upload,
     * and docker's push again after each: a registry that cannot say is left out.
     */
    const statBlob = async (response, blob) => {
        const asked = await Promise.all(live().map(async (target) => {
            let stat;
            const what = `Check of ${blob} on ${target.repository.name}`;
            const ok = await step(target, what, async () => {
                stat = await target.repository.statBlob(blob);
            });
            return { ok, stat };
        }));
        const answers = asked.filter(({ ok }) => ok).map(({ stat }) => stat);
        if (answers.length === 0)
            return denied(response);
        const size = answers.find(stat => stat?.size !== undefined)?.size;
        if (size === undefined || answers.includes(undefined))
            return reply(response, 404);
        reply(response, 200, { 'Content-Length': String(size), 'Docker-Content-Digest': blob });
    };
    const openUpload = (response, name) => {
        if (live().length === 0)
            return denied(response);
        const id = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        const next = new Map();
        const opened = Promise.all(live().map(async (target) => {
            let url = '';
            const what = `Upload to ${target.repository.name}`;
            if (await step(target, what, async () => (url = await target.repository.startUpload()))) {
                next.set(target, url);
            }
        })).then(() => undefined);
        uploads.set(id, { next, opened, size: 0 });
        reply(response, 202, {
            Location: `/v2/${name}/blobs/uploads/${id}`,
            'Docker-Upload-UUID': id,
            Range: '0-0'
        });
    };
    /**
     * The request's body to every target's upload at once, at the pace of the
     * slowest; false when the engine gave it up (it tries again with another
     * upload): not a registry's failure.
     */
    const sendOn = async (request, upload) => {
        let cut = false;
        const branches = [];
        request.once('close', () => {
            if (request.complete)
                return;
            cut = true;
            for (const branch of branches)
                branch.destroy(new Error('the engine ended the upload'));
        });
        await upload.opened;
        if (cut)
            return false;
        const open = [...upload.next].filter(([target]) => !failures.has(target.registry));
        request.on('data', (chunk) => (upload.size += chunk.length));
        const teed = teeBody(request, open.length);
        branches.push(...teed.branches);
        const sent = await Promise.all(open.map(async ([target, url], i) => {
            const branch = teed.branches[i];
            try {
                return [target, await target.repository.sendChunk(url, branch)];
            }
            catch (error) {
                teed.drop(branch);
                if (!cut)
                    fail(target, (0,errors/* errorMessage */.g)(error));
                return undefined;
            }
        }));
        // What is left of the body, once no registry takes it, is read away.
        request.resume();
        upload.next = new Map(sent.filter(entry => entry !== undefined));
        return !cut;
    };
    const closeUpload = async (response, name, upload, blob) => {
        const open = [...upload.next].filter(([target]) => !failures.has(target.registry));
        await Promise.all(open.map(([target, url]) => step(target, `Upload of ${blob} to ${target.repository.name}`, async () => {
            try {
                await target.repository.closeUpload(url, blob);
            }
            catch (error) {
                // A close whose answer was lost closed it: tried again, the upload is gone.
                if (!(await target.repository.hasBlob(blob).catch(() => false)))
                    throw error;
            }
        })));
        if (live().length === 0)
            return denied(response);
        reply(response, 201, {
            Location: `/v2/${name}/blobs/${blob}`,
            'Docker-Content-Digest': blob
        });
    };
    const putManifest = async (request, response, name, reference) => {
        const bytes = await relay_readManifest(request);
        const manifest = {
            bytes,
            mediaType: request.headers['content-type'] ?? '',
            digest: (0,registry_repository/* sha256 */.sc)(bytes)
        };
        const byDigest = reference.startsWith('sha256:');
        await Promise.all(live().map(async (target) => {
            for (const tag of byDigest ? [reference] : target.tags) {
                const what = `Tag ${target.repository.name}:${tag}`;
                if (!(await step(target, what, () => target.repository.putManifest(tag, manifest)))) {
                    return;
                }
            }
            if (!byDigest)
                tagged.add(target);
        }));
        if (live().length === 0)
            return denied(response);
        if (!byDigest)
            digest = manifest.digest;
        reply(response, 201, {
            Location: `/v2/${name}/manifests/${manifest.digest}`,
            'Docker-Content-Digest': manifest.digest
        });
    };
    const answer = async (request, response) => {
        const route = pushRoute(request.url);
        const { method } = request;
        if (route.kind === 'base')
            return reply(response, 200);
        if (route.kind === 'blob' && method === 'HEAD')
            return statBlob(response, route.digest);
        if (route.kind === 'start' && method === 'POST')
            return openUpload(response, route.name);
        const upload = route.kind === 'upload' ? uploads.get(route.id) : undefined;
        if (route.kind === 'upload' && upload && (method === 'PATCH' || method === 'PUT')) {
            if (hasBody(request) && !(await sendOn(request, upload))) {
                uploads.delete(route.id);
                return void response.destroy();
            }
            if (live().length === 0)
                return denied(response);
            if (method === 'PUT' && route.digest) {
                uploads.delete(route.id);
                return closeUpload(response, route.name, upload, route.digest);
            }
            return reply(response, 202, {
                Location: `/v2/${route.name}/blobs/uploads/${route.id}`,
                'Docker-Upload-UUID': route.id,
                Range: `0-${Math.max(upload.size - 1, 0)}`
            });
        }
        if (route.kind === 'manifest' && method === 'PUT') {
            return putManifest(request, response, route.name, route.reference);
        }
        // Nothing is here to be read: the engine asks for a manifest before it writes it.
        request.resume();
        reply(response, 404);
    };
    const server = await (0,loopback/* serveOnLoopback */.E)(answer, credentials);
    return {
        host: server.host,
        credentials,
        outcome: registry => {
            const failure = failures.get(registry);
            if (failure !== undefined)
                return { ok: false, error: failure };
            const own = targets.filter(target => target.registry === registry);
            if (digest && own.every(target => tagged.has(target)))
                return { ok: true, digest };
            return { ok: false, error: 'the push wrote no image to it' };
        },
        close: () => server.close()
    };
}
function hasBody(request) {
    const length = request.headers['content-length'];
    return length === undefined ? request.headers['transfer-encoding'] !== undefined : length !== '0';
}
async function relay_readManifest(request) {
    const chunks = [];
    let length = 0;
    for await (const chunk of request) {
        length += chunk.length;
        if (length > MAX_MANIFEST_BYTES)
            throw new Error('the manifest is too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Every registry has failed: `denied`, which docker's push and BuildKit's do not retry. */
function denied(response) {
    const errors = [{ code: 'DENIED', message: 'every registry of this push has failed' }];
    reply(response, 403, { 'Content-Type': 'application/json' }, JSON.stringify({ errors }));
}

;// CONCATENATED MODULE: ./src/pipeline/relay-push.ts
/**
 * Several registries in one push: the engine pushes the image once, to the
 * relay on 127.0.0.1 (registry/relay.ts), and every registry gets it as it
 * goes, under the same digest. A registry the relay could not write is then
 * copied from one it did, or, where none did or the copy fails, pushed by the
 * engine (registry-copy.ts). A relay that cannot start leaves the push to the
 * first registry and the copies (push-step.ts).
 */











async function pushThroughRelay(request) {
    const { registries, retry } = request;
    const targets = registries.flatMap(group => groupTargets(group.tags).map(target => ({
        registry: group.registry,
        repository: new registry_repository/* RegistryRepository */.S9(target),
        tags: target.tags.map(({ tag }) => tag)
    })));
    const first = targets[0];
    if (!first)
        return [];
    const held = (0,retry_io/* heldRetryIO */.sb)(message => core.warning(message));
    const relay = await startRelay(targets, retry, held.io).catch((error) => {
        core.info(`The relay could not start (${(0,errors/* errorMessage */.g)(error)}): pushing one registry first`);
        return undefined;
    });
    if (!relay)
        return undefined;
    core.setSecret(relay.credentials.password);
    // The first tag's own name, on the relay's host: the engine's log reads as a push of it.
    const name = `${relay.host}/${first.repository.location.repository}:${first.tags[0] ?? 'latest'}`;
    core.info(`Pushing once, through Hoist's relay on ${relay.host}, to ` +
        `${registries.map(group => group.registry).join(', ')} at the same time`);
    const push = await pushOnce(relay, name, request);
    held.release();
    if (push?.outcome === 'failed')
        core.info(`The push through the relay failed: ${push.error}`);
    const pushes = [];
    const left = [];
    for (const { registry, tags } of registries) {
        const outcome = relay.outcome(registry);
        if (!outcome.ok) {
            core.info(`The relay could not write to ${registry}: ${outcome.error}`);
            left.push({ registry, tags });
            continue;
        }
        const { digest } = outcome;
        core.info(`${registry}: ${digest} written under ${tags.join(', ')}`);
        // The push's own tries count for the first tag, as a copy's retries do; each tag is one write.
        const pushAttempts = push?.attempts ?? 1;
        pushes.push(...tags.map((tag, i) => ({
            tag,
            registry,
            outcome: 'pushed',
            attempts: i === 0 ? pushAttempts : 1,
            digest
        })));
    }
    const others = await pushOtherRegistries({
        ...request,
        source: pushes[0]?.tag,
        registries: left,
        named: Promise.resolve()
    });
    return [...pushes, ...others];
}
/** The engine's push to the relay, logged in with a config of its own; the relay closed after. */
async function pushOnce(relay, name, request) {
    const { family, tempDir } = request;
    const logged = (error) => {
        core.info((0,errors/* errorMessage */.g)(error));
        return false;
    };
    let config;
    try {
        config = (0,docker_config/* writeLoginConfig */.DI)(tempDir, relay.host, relay.credentials);
        // Not named, it is not pushed: every registry is then pushed by the engine.
        if (!(await family.tag(request.imageId, name).then(() => true, logged)))
            return undefined;
        try {
            const [push] = await pushTags({
                tags: [name],
                policy: request.retry,
                family,
                digestFile: external_node_path_.join(tempDir, 'digest'),
                env: (0,docker_config/* configEnv */._h)(config)
            });
            return push;
        }
        finally {
            await family.untag(name).catch(logged);
        }
    }
    catch (error) {
        logged(error);
        return undefined;
    }
    finally {
        if (config)
            (0,external_node_fs_.rmSync)(config, { recursive: true, force: true });
        await relay.close();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/push-step.ts
/**
 * The Push step: every tag, retried, or the image untagged by digest (a
 * fan-out's matrix job); what a push from the build already did counts.
 * Several registries: one push that writes to all at once, where the engine
 * can push to a relay here (relay-push.ts); else the first by the engine, then
 * the others copied from it side by side (registry-copy.ts).
 */








async function pushImage(request) {
    const { build, tags, retry, engine, tempDir } = request;
    if (request.byDigest) {
        const compressedStore = engine.can.storesCompressedLayers;
        const pushes = await pushByDigest({
            imageId: build.imageId,
            tags,
            tempDir,
            retry,
            family: (0,engine_family/* familyOf */.A)(engine),
            compressedStore
        });
        return { pushes, untagged: untaggedReferences(pushes) };
    }
    const family = (0,engine_family/* familyOf */.A)(engine);
    const registries = tagsByRegistry(tags);
    if (pushesThroughRelay(tags, engine)) {
        const request = { imageId: build.imageId, registries, retry, family, tempDir };
        const relayed = await pushThroughRelay(request);
        if (relayed)
            return { pushes: inTagOrder(relayed, tags) };
    }
    const [first, ...others] = registries;
    if (!first)
        return { pushes: [] };
    // A build that pushed named the first registry's tags only (build-plan.ts): the
    // others are named while the first registry's results are read and the copies run.
    const otherTags = others.flatMap(group => group.tags);
    const named = build.pushes ? nameImage(build.imageId, otherTags, family) : Promise.resolve();
    named.catch(() => undefined); // awaited below, and by an engine push that needs the names
    const digestFile = external_node_path_.join(tempDir, 'digest');
    const policy = retry;
    const fromBuild = build.pushes;
    const firstPushes = await pushTags({ tags: first.tags, policy, family, digestFile, fromBuild });
    const otherPushes = await pushOtherRegistries({
        source: copySource(firstPushes),
        registries: others,
        retry,
        family,
        tempDir,
        named
    });
    await named;
    return { pushes: inTagOrder([...firstPushes, ...otherPushes], tags) };
}
/** The build pushed every tag itself, none failing: the Push step has nothing left to do. */
function pushedByBuild(build, tags) {
    return Boolean(build.pushes && !build.pushes.failed) && buildPushesEveryTag(tags);
}
/** A build that pushes pushes every one of the tags itself: they name one registry. */
function buildPushesEveryTag(tags) {
    return tagsByRegistry(tags).length === 1;
}
/** Gives the image the names the build did not: an engine push, if one is needed, pushes by name. */
async function nameImage(imageId, tags, family) {
    if (tags.length === 0)
        return;
    await Promise.all(tags.map(tag => family.tag(imageId, tag)));
    core.info(`Tagged ${imageId} as ${tags.join(', ')}`);
}

// EXTERNAL MODULE: ./src/report/cache.ts
var cache = __webpack_require__(5212);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary, rendered from plain data. Pure.
 * Each part of the report renders as its own section; a part that a run
 * does not have is left out.
 */







function renderSummary(report) {
    return [
        imageSection(report),
        registriesSection(report.registries ?? []),
        report.sizes ? renderSizes(report.sizes) : '',
        report.platforms ? renderPlatforms(report.platforms) : '',
        report.advice ? renderAdvice(report.advice) : '',
        stepsSection(report.steps),
        (0,cache.renderCacheSection)(report.cache)
    ]
        .filter(Boolean)
        .join('\n');
}
function imageSection(report) {
    const lines = [`## 🏗️ Hoist: ${(0,report_escape/* codeSpan */.SS)(report.tags[0] ?? report.imageId)}`, ''];
    lines.push('| | |', '|---|---|');
    lines.push(`| Image ID | ${(0,report_escape/* codeCell */.MZ)(report.imageId)} |`);
    if (report.digest)
        lines.push(`| Digest | ${(0,report_escape/* codeCell */.MZ)(report.digest)} |`);
    if (report.size !== undefined)
        lines.push(`| Size | ${(0,format/* formatBytes */.z3)(report.size)} (uncompressed) |`);
    lines.push(`| Engine | ${(0,report_escape/* textCell */.iV)(report.engine)} |`);
    lines.push('');
    if (report.untagged) {
        lines.push('**Pushed by digest** (no tag)', '');
        for (const reference of report.untagged)
            lines.push(`- ${(0,report_escape/* codeSpan */.SS)(reference)}`);
        lines.push('');
    }
    lines.push(report.pushed && !report.untagged ? '**Pushed tags**' : '**Tags** (not pushed)', '');
    for (const tag of report.tags)
        lines.push(`- ${(0,report_escape/* codeSpan */.SS)(tag)}`);
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
        const stage = (0,report_escape/* textCell */.iV)(step.stage);
        const instruction = (0,report_escape/* codeCell */.MZ)(step.instruction, 80);
        lines.push(`| ${stage} | ${instruction} | ${step.cached ? '✅' : ''} | ${time} |`);
    }
    lines.push('', '</details>');
    return lines.join('\n') + '\n';
}


;// CONCATENATED MODULE: ./src/pipeline/report-step.ts
/**
 * What a build leaves: the outputs, the size report (one image, or each
 * platform of an index) and the job summary; then the failures that fail the
 * step, after everything is written. A budget with `size-check: fail` is
 * checked before the push instead (`measureBeforePush`).
 */














async function measureBeforePush(basis, inputs, multiPlatform) {
    if (!inputs.push)
        return {};
    if (!multiPlatform) {
        const image = await sizeReport(() => overBudgetBeforePush(basis));
        return image ? { image } : {};
    }
    // Several platforms: every one is measured from the local index, and each has its budget.
    if (inputs.sizes.budget.check !== 'fail')
        return {};
    const platforms = await sizeReport(() => reportPlatformSizes(basis));
    return platforms ? { platforms } : {};
}
/**
 * The base image the report compares with is there before the build: it is
 * read from its registry while the image builds.
 */
function prefetchBase(inputs, tags, basis) {
    const base = baseReferenceFor({ ...inputs.sizes, ...basis, tags });
    // A base this run pushes is read after the push, as the report always read it.
    if (base && !tags.some(tag => sameManifest(tag, base)))
        prefetchRegistryImage(base);
}
/**
 * Pushed by the build, the image is read back for the report: its inspect
 * (its repo digests are there) and its manifest from the first tag's
 * registry. Where the build pushes every tag, they start once its progress
 * says so (`pushed`): buildx still closes its session and writes its files.
 * The registry's connection and token are had once the image is written
 * (`prepareRegistryRead`), so that the read after the push waits for no
 * handshake. Otherwise they start when `read` is asked, once the build ends.
 */
function pushedImageReads(tags, family) {
    let started;
    const read = (imageId) => {
        if (started?.imageId !== imageId) {
            const image = family.inspect(imageId);
            image.catch(() => undefined); // the report says what failed
            if (tags[0])
                prefetchRegistryImage(tags[0]);
            started = { imageId, image };
        }
        return started.image;
    };
    const first = tags[0];
    if (!first || !buildPushesEveryTag(tags))
        return { written: () => undefined, read };
    return {
        written: () => prepareRegistryRead(first),
        pushed: imageId => void read(imageId),
        read
    };
}
function heldBack(before) {
    return before.image !== undefined || Boolean(before.platforms?.budget.length);
}
async function reportRun(run) {
    const { inputs, engine, basis, pushed, build } = run;
    const { imageId, tags } = basis;
    const { pushes, untagged } = run.push;
    // The image is built and pushed by now: what cannot be read of it is left out of the report.
    const image = await (run.pushedImage ?? (0,engine_family/* familyOf */.A)(engine).inspect(imageId)).catch((error) => {
        core.warning(`The image's sizes are left out: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    });
    const repoDigests = untagged ?? image?.repoDigests ?? [];
    const registries = registryResults(pushes, repoDigests);
    const first = pushes.find(push => push.tag === tags[0]);
    const digest = pushed && tags[0] ? (first?.digest ?? (0,engine_image/* digestFor */.iW)(tags[0], repoDigests)) : undefined;
    core.setOutput('imageid', imageId);
    core.setOutput('digest', digest ?? '');
    core.setOutput('pushed', pushedOutput(registries));
    core.setOutput('image-name', untagged?.map(ref => ref.replace(/@.*/, '')).join('\n') ?? '');
    const imageSizes = () => image
        ? core.group('Size report', () => sizeReport(() => reportSizes({
            ...basis,
            pushed,
            ...(untagged?.[0] ? { readBack: untagged[0] } : {}),
            size: image.size,
            platform: image.platform,
            diffIds: image.diffIds
        })))
        : Promise.resolve(undefined);
    const platformSizes = run.multiPlatform
        ? (run.before.platforms ??
            (await core.group('Size report', () => sizeReport(() => reportPlatformSizes(basis)))))
        : undefined;
    const sizes = run.multiPlatform ? undefined : (run.before.image ?? (await imageSizes()));
    // A store that keeps layers compressed reports its blobs' size: the report counts the layers'.
    const size = run.multiPlatform
        ? platformSizes?.platforms[0]?.uncompressedSize
        : (sizes?.uncompressedSize ?? (engine.can.storesCompressedLayers ? undefined : image?.size));
    core.setOutput('size', size === undefined ? '' : String(size));
    const advised = await core.group('Advice', () => finishAdvice(run.advice, sizes));
    if (inputs.summary) {
        await (0,write.appendSummary)(renderSummary({
            imageId,
            tags,
            pushed,
            ...(size !== undefined ? { size } : {}),
            engine: engine.description,
            steps: build.steps,
            registries,
            cache: (0,save.cacheReport)(run.layerCache, build, run.cacheSave),
            ...(digest ? { digest } : {}),
            ...(untagged ? { untagged } : {}),
            ...(sizes ? { sizes } : {}),
            ...(platformSizes ? { platforms: platformSizes } : {}),
            ...(advised && (inputs.advice || advised.exceeded.length) ? { advice: advised } : {})
        }));
    }
    const failure = pushFailure(registries);
    if (failure)
        throw new Error(failure);
    const exceeded = [...(sizes?.budget ?? platformSizes?.budget ?? []), ...(advised?.exceeded ?? [])];
    if (inputs.sizes.budget.check === 'fail' && exceeded.length)
        throw new Error(exceeded.join(' '));
}
/** Sizes are a report: a failure to measure them warns and leaves them out. */
async function sizeReport(measure) {
    try {
        return await measure();
    }
    catch (error) {
        core.warning(`The size report could not be made: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/registry/session.ts + 4 modules
var session = __webpack_require__(1877);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/meta/refs.ts
/** The facts tags are computed from, derived from the run's event. Pure. */
function refContext(run, now) {
    const payload = run.payload;
    let ref = run.ref;
    if (/pull_request_target/.test(run.eventName) && typeof payload.number === 'number') {
        ref = `refs/pull/${payload.number}/merge`;
    }
    let sha = run.sha;
    const pr = payload.pull_request;
    if (run.prHeadSha && /pull_request/.test(run.eventName) && typeof pr?.head?.sha === 'string') {
        sha = pr.head.sha;
    }
    let length = 7;
    if (run.shortShaLength !== '') {
        if (!/^\d+$/.test(run.shortShaLength)) {
            throw new Error(`DOCKER_METADATA_SHORT_SHA_LENGTH "${run.shortShaLength}" is not a number of characters`);
        }
        length = Number(run.shortShaLength);
    }
    const release = payload.release;
    let tagName = '';
    if (ref.startsWith('refs/tags/'))
        tagName = ref.slice('refs/tags/'.length);
    else if (run.eventName === 'release' && typeof release?.tag_name === 'string') {
        tagName = release.tag_name;
    }
    const repository = payload.repository;
    return {
        eventName: run.eventName,
        ref,
        sha,
        shortSha: sha.slice(0, length),
        tagName,
        defaultBranch: typeof repository?.default_branch === 'string' ? repository.default_branch : '',
        payload,
        now,
        commitDate: commitDate(payload, sha) ?? now
    };
}
/** The commit's time from the payload (push events carry it); undefined when absent. */
function commitDate(payload, sha) {
    const commits = Array.isArray(payload.commits) ? payload.commits : [];
    const candidates = [...commits, payload.head_commit];
    for (const commit of candidates) {
        if (commit?.id === sha && typeof commit.timestamp === 'string') {
            const date = new Date(commit.timestamp);
            if (!Number.isNaN(date.getTime()))
                return date;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/meta/flavor.ts
/** The `flavor` input: defaults for every tag rule. Pure. */


/** The `flavor` input; `onlatest` applies to the prefix or suffix before it on its line. */
function parseFlavor(text) {
    const flavor = {
        latest: 'auto',
        prefix: '',
        suffix: '',
        prefixOnLatest: false,
        suffixOnLatest: false
    };
    for (const record of parseRecords('flavor', text)) {
        let last;
        for (const field of record.fields) {
            const fail = (reason) => {
                throw new RuleError('flavor', `"${field}" in "${record.source}": ${reason}`);
            };
            const parts = field.split('=');
            if (parts.length < 2)
                fail('is not of the form key=value');
            const key = (parts[0] ?? '').trim().toLowerCase();
            const value = (parts[1] ?? '').trim();
            if (key === 'latest') {
                if (!['auto', 'true', 'false'].includes(value))
                    fail('latest must be auto, true or false');
                flavor.latest = value;
            }
            else if (key === 'prefix' || key === 'suffix') {
                const error = checkTemplate(value);
                if (error)
                    fail(`not a valid expression: ${error}`);
                flavor[key] = value;
                last = key;
            }
            else if (key === 'onlatest') {
                if (!['true', 'false'].includes(value))
                    fail('onlatest must be true or false');
                if (last)
                    flavor[last === 'prefix' ? 'prefixOnLatest' : 'suffixOnLatest'] = value === 'true';
            }
            else {
                fail('unknown key; use latest, prefix, suffix or onlatest');
            }
        }
    }
    return flavor;
}

;// CONCATENATED MODULE: ./src/meta/images.ts
/** The `images` input: the image names every tag is given to. Pure. */



/**
 * The `images` input: enabled image names, in order. One line of bare names
 * is a list (`user/app,ghcr.io/user/app`); otherwise one image per line,
 * `name=…,enable=true|false`. A name must be a valid reference without a tag
 * once lowercased, as metadata-action lowercases it: `ghcr.io/${{ github.repository }}`
 * is upper case whenever the owner or the repository is.
 */
function parseImages(text) {
    const names = enabledNames(text);
    const images = names.map(({ name, source }) => checkImage(name, source));
    const notices = names
        .filter(({ name }) => name !== name.toLowerCase())
        .map(({ name }) => `Image name "${name}" is used as "${name.toLowerCase()}": registries take lower case only`);
    return { images, notices };
}
function enabledNames(text) {
    const records = parseRecords('images', text);
    const only = records[0];
    if (records.length === 1 && only && only.fields.every(field => !field.includes('='))) {
        return only.fields.map(name => ({ name, source: only.source }));
    }
    const images = [];
    for (const record of records) {
        let name = '';
        let enable = 'true';
        for (const field of record.fields) {
            const [key = '', value = ''] = field.includes('=') ? field.split('=') : ['name', field];
            const attr = key.trim().toLowerCase();
            if (attr === 'name')
                name = value.trim();
            else if (attr === 'enable')
                enable = value.trim();
            else
                throw new RuleError('images', `"${record.source}": unknown attribute "${key}"; use name or enable`);
        }
        if (!['true', 'false'].includes(enable)) {
            throw new RuleError('images', `"${record.source}": enable "${enable}" is not true or false`);
        }
        if (!name)
            throw new RuleError('images', `"${record.source}": the image name is empty`);
        if (enable === 'true')
            images.push({ name, source: record.source });
    }
    return images;
}
/** The name in lower case, checked; an error quotes it as written. */
function checkImage(name, source) {
    let reason;
    try {
        const ref = (0,registry_reference/* parseImageReference */.o_)(name.toLowerCase());
        if (ref.tag !== undefined || ref.digest !== undefined) {
            reason = 'give the image name without a tag or digest; the tags come from the tags rules';
        }
    }
    catch (error) {
        reason = (0,errors/* errorMessage */.g)(error);
    }
    if (reason)
        throw new RuleError('images', `"${name}" in "${source}" is not a valid image name: ${reason}`);
    return name.toLowerCase();
}

;// CONCATENATED MODULE: ./src/meta/rules.ts
/**
 * The `tags` input parsed into typed rules, with docker/metadata-action's
 * syntax. Pure: errors are thrown as RuleError, doubts returned as warnings.
 */


const TAG_TYPES = [
    'schedule',
    'semver',
    'pep440',
    'match',
    'edge',
    'ref',
    'raw',
    'sha'
];
const PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100
};
const ATTRIBUTES = new Set([
    'type',
    'pattern',
    'value',
    'match',
    'group',
    'event',
    'branch',
    'format',
    'enable',
    'priority',
    'prefix',
    'suffix'
]);
const DEFAULT_TAG_RULES = [
    'type=schedule',
    'type=ref,event=branch',
    'type=ref,event=tag',
    'type=ref,event=pr'
].join('\n');
/** The `tags` input as rules, highest priority first (ties keep their order). */
function parseTagRules(text) {
    const warnings = [];
    const records = parseRecords('tags', text.trim() === '' ? DEFAULT_TAG_RULES : text);
    const rules = records.map(record => {
        const rule = parseTagRule(record);
        for (const key of Object.keys(rule.attrs).filter(key => !ATTRIBUTES.has(key))) {
            warnings.push(`Tag rule "${record.source}": unknown attribute "${key}" is ignored`);
        }
        return rule;
    });
    return { value: rules.sort((a, b) => b.priority - a.priority), warnings };
}
function parseTagRule(record) {
    const fail = (reason) => {
        throw new RuleError('tags', `rule "${record.source}": ${reason}`);
    };
    const attrs = {};
    for (const field of record.fields) {
        const eq = field.indexOf('=');
        if (eq < 0)
            attrs.value = field;
        else
            attrs[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
    }
    const typeName = attrs.type ?? 'raw';
    const type = TAG_TYPES.find(t => t === typeName);
    if (!type)
        return fail(`unknown type "${typeName}"; use one of ${TAG_TYPES.join(', ')}`);
    attrs.type = type;
    attrs.enable ??= 'true';
    let priority = PRIORITY[type];
    if (attrs.priority !== undefined) {
        if (!/^-?\d+$/.test(attrs.priority))
            fail(`priority "${attrs.priority}" is not a whole number`);
        priority = Number(attrs.priority);
    }
    for (const key of ['value', 'prefix', 'suffix', 'enable']) {
        const template = attrs[key];
        if (template === undefined)
            continue;
        const error = checkTemplate(template);
        if (error)
            fail(`${key} "${template}" is not a valid expression: ${error}`);
    }
    const needPattern = () => {
        if (!attrs.pattern)
            fail(`type=${type} needs a pattern attribute, e.g. pattern={{version}}`);
        const error = checkTemplate(attrs.pattern ?? '');
        if (error)
            fail(`pattern "${attrs.pattern}" is not a valid template: ${error}`);
        return attrs.pattern ?? '';
    };
    const checkRegExp = (name, source, minGroups) => {
        const compiled = compileRegExp(source);
        if (typeof compiled === 'string')
            fail(`${name} "${source}" is not a valid regular expression: ${compiled}`);
        else if (compiled.groups < minGroups) {
            fail(`${name} "${source}" has ${compiled.groups} capture group(s); it needs at least ${minGroups}`);
        }
    };
    switch (type) {
        case 'schedule':
            attrs.pattern ??= 'nightly';
            needPattern();
            break;
        case 'semver':
        case 'pep440':
            needPattern();
            if (attrs.match)
                checkRegExp('match', attrs.match, 1);
            break;
        case 'match': {
            const pattern = needPattern();
            attrs.group ??= '0';
            if (!/^\d+$/.test(attrs.group))
                fail(`group "${attrs.group}" is not a number`);
            checkRegExp('pattern', pattern, Number(attrs.group));
            break;
        }
        case 'ref':
            if (!attrs.event)
                fail('type=ref needs an event attribute: event=branch, event=tag or event=pr');
            if (!['branch', 'tag', 'pr'].includes(attrs.event ?? '')) {
                fail(`event "${attrs.event}" is not one of branch, tag, pr`);
            }
            if (attrs.event === 'pr')
                attrs.prefix ??= 'pr-';
            break;
        case 'raw':
            if (!attrs.value)
                fail('type=raw needs a value attribute, e.g. value=latest');
            break;
        case 'sha':
            attrs.format ??= 'short';
            if (!['short', 'long'].includes(attrs.format)) {
                fail(`format "${attrs.format}" is not short or long`);
            }
            attrs.prefix ??= 'sha-';
            break;
        case 'edge':
            break;
    }
    return { type, attrs, priority, source: record.source };
}

;// CONCATENATED MODULE: ./src/meta/metadata.ts
/**
 * Tags, version and labels for a run: `images` + `tags` rules (metadata-action's
 * way), or `tags` as full image references (build-push-action's way). Pure.
 */










/**
 * Whether the request may render a template: tag rules do (a semver rule's
 * default pattern is one), and any value with an expression in it.
 */
function needsTemplates(request) {
    if (request.images.trim() !== '')
        return true;
    const values = [request.tags, request.flavor, ...request.labels.map(label => label.value)];
    for (const annotation of request.annotations ?? [])
        values.push(annotation.value);
    return values.some(value => value.includes('{{'));
}
function computeMetadata(request) {
    const ctx = refContext(request.run, request.now);
    const warnings = [];
    const notices = [];
    let version;
    let tags;
    let tagNames;
    if (request.images.trim() === '') {
        tags = parseReferences(request.tags);
        const first = tags[0] ? (0,registry_reference/* parseImageReference */.o_)(tags[0]) : undefined;
        version = first?.tag ?? '';
        tagNames = [...new Set(tags.flatMap(tag => (0,registry_reference/* parseImageReference */.o_)(tag).tag ?? []))];
        if (request.flavor.trim() !== '')
            warnings.push('The flavor input applies only with the images input; it is ignored');
    }
    else {
        const { images, notices: lowercased } = parseImages(request.images);
        notices.push(...lowercased);
        const rules = parseTagRules(request.tags);
        const computed = computeVersion(rules.value, parseFlavor(request.flavor), ctx);
        warnings.push(...rules.warnings, ...computed.warnings);
        version = computed.main;
        tagNames = computed.tagNames;
        tags = imageTags(images, tagNames);
        if (tagNames.length === 0)
            warnings.push('No tag rule produced a tag for this event');
        else if (images.length === 0)
            warnings.push('Every image is disabled; the image gets no tag');
    }
    const oci = ociLabels(ctx, version, request.run);
    const labels = mergeLabels(oci, request.labels, ctx);
    const annotations = computeAnnotations(oci, request.annotations ?? [], request.annotationLevels ?? DEFAULT_ANNOTATION_LEVELS, ctx);
    return { version, tags, tagNames, labels, annotations, warnings, notices };
}
/**
 * The first tag the rules give a push to `baseBranch`: the image a pull
 * request's base branch has, to compare with. Undefined when `tags` are full
 * references (they name no branch) or the rules give that push no tag.
 */
function baseBranchTag(request, baseBranch, baseSha) {
    if (request.images.trim() === '')
        return undefined;
    const repository = request.run.payload.repository;
    const run = {
        ...request.run,
        eventName: 'push',
        ref: `refs/heads/${baseBranch}`,
        sha: baseSha,
        payload: repository === undefined ? {} : { repository }
    };
    return computeMetadata({ ...request, run }).tags[0];
}
/** `tags` as full references, separated by lines or commas (build-push-action's way). */
function parseReferences(text) {
    const references = [];
    for (const record of parseRecords('tags', text)) {
        for (const reference of record.fields) {
            if (/^type=/i.test(reference)) {
                throw new RuleError('tags', `"${record.source}" is a tag rule; tag rules need the images input (the image names to tag)`);
            }
            try {
                (0,registry_reference/* parseImageReference */.o_)(reference);
            }
            catch (error) {
                const reason = (0,errors/* errorMessage */.g)(error);
                throw new RuleError('tags', `"${reference}" is not a valid image reference: ${reason}`);
            }
            references.push(reference);
        }
    }
    return [...new Set(references)];
}
/** The `json` output, in metadata-action's shape. */
function metadataJson(metadata) {
    return JSON.stringify({
        tags: metadata.tags,
        'tag-names': metadata.tagNames,
        labels: Object.fromEntries(metadata.labels.map(label => [label.name, label.value])),
        annotations: metadata.annotations
    });
}

;// CONCATENATED MODULE: ./src/meta/outputs.ts
/**
 * metadata-action's outputs: each list joined by its separator (`sep-tags`,
 * `sep-labels`, `sep-annotations`; a newline by default), and the name of
 * the environment variable each is exported as to later steps. Pure.
 */

const DEFAULT_SEPARATORS = { tags: '\n', labels: '\n', annotations: '\n' };
/** The metadata outputs, by name, in the order they are set. */
function metadataOutputs(metadata, sep) {
    return [
        ['version', metadata.version],
        ['tags', metadata.tags.join(sep.tags)],
        ['tag-names', metadata.tagNames.join(sep.tags)],
        ['labels', metadata.labels.map(label => `${label.name}=${label.value}`).join(sep.labels)],
        ['annotations', metadata.annotations.join(sep.annotations)],
        ['json', metadataJson(metadata)]
    ];
}
/** `tag-names` → `DOCKER_METADATA_OUTPUT_TAG_NAMES`, as metadata-action names them. */
function outputVariable(output) {
    return `DOCKER_METADATA_OUTPUT_${output.replace(/\W/g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./src/tags.ts






/** The Tags step: computes tags and labels, logs them, sets the metadata outputs. */
async function computeTags(inputs, run, now = new Date()) {
    let metadata;
    let baseImage;
    const request = { ...inputs, run, now };
    if (needsTemplates(request))
        await loadTemplates();
    try {
        metadata = computeMetadata(request);
        const base = pullRequestBase(run.payload);
        if (base)
            baseImage = baseBranchTag(request, base.ref, base.sha);
    }
    catch (error) {
        if (error instanceof RuleError)
            throw new errors/* InputError */.d(error.input, error.reason);
        throw error;
    }
    for (const warning of metadata.warnings)
        core.warning(warning);
    for (const notice of metadata.notices)
        core.notice(notice);
    if (inputs.push && metadata.tags.length === 0)
        throw new errors/* InputError */.d('tags', noTagReason(inputs, run, metadata));
    core.info(`Version: ${metadata.version || '(none)'}`);
    core.info(`Tags:\n${metadata.tags.map(tag => `  ${tag}`).join('\n') || '  (none)'}`);
    core.info(`Labels:\n${metadata.labels.map(l => `  ${l.name}=${l.value}`).join('\n')}`);
    // Later steps read them as metadata-action's: outputs, and the environment.
    for (const [name, value] of metadataOutputs(metadata, inputs.metadataOutput.separators)) {
        core.setOutput(name, value);
        if (inputs.metadataOutput.exportEnv)
            core.exportVariable(outputVariable(name), value);
    }
    return baseImage ? { ...metadata, baseImage } : metadata;
}
function pullRequestBase(payload) {
    const base = payload.pull_request
        ?.base;
    if (typeof base?.ref !== 'string')
        return undefined;
    return { ref: base.ref, sha: typeof base.sha === 'string' ? base.sha : '' };
}
function noTagReason(inputs, run, metadata) {
    if (inputs.images.trim() === '')
        return 'push is true but no tag was given';
    if (metadata.tagNames.length > 0)
        return 'push is true but every image is disabled';
    return `push is true but no rule gave a tag for ${run.eventName || 'this run'} on "${run.ref}"`;
}

;// CONCATENATED MODULE: ./src/main.ts























/**
 * The main phase: inputs → tags → engine → login → (promote | merge) → cache
 * restore → build → push → report, each step in its log group.
 */
async function run() {
    (0,state/* markMain */.r)();
    const inputs = readInputs();
    // Both wait on something other than this process (docker; loading a large
    // library): started now, they overlap with the checks below.
    const engineReady = detectEngine(inputs.engine, {
        platforms: inputs.platforms.length > 0,
        builder: inputs.build.builder
    });
    engineReady.catch(() => undefined); // awaited, and reported, at the Engine step
    if ((0,layer_cache/* wantsCacheService */.X9)(inputs))
        (0,service/* cacheService */.q)().catch(() => undefined);
    const context = (0,src_context/* readContext */.y)();
    const metadata = await core.group('Tags', () => computeTags(inputs, context));
    const tags = metadata.tags;
    // A promotion that may not fall back to a build, and a merge, need no Dockerfile.
    const dockerfile = inputs.promote?.missing === 'fail' || inputs.merge ? undefined : checkDockerfile(inputs);
    const sources = inputs.promote ? [inputs.promote.from] : mergeReferences(inputs);
    const logins = (0,session.planRegistryLogins)(inputs.registryAuth, [...tags, ...sources], inputs.push);
    const tempRoot = (0,src_context/* runnerTemp */.X)();
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(tempRoot, 'hoist-'));
    (0,state/* saveState */.L)({ tempDir });
    // The inputs are checked: the cache downloads while the engine detection and the
    // logins run; for a promotion or a merge, only once a build is certain.
    let download = inputs.promote || inputs.merge ? undefined : cacheDownload(inputs, tags);
    // The engine's own tool logs in: it is known first.
    const engine = await core.group('Engine', async () => {
        const ready = await engineReady;
        core.info(`Engine: ${ready.description}${ready.chosen ? `, chosen by ${ready.chosen}` : ''}`);
        return ready;
    });
    const family = (0,engine_family/* familyOf */.A)(engine);
    (0,state/* saveState */.L)({ frontend: engine.frontend });
    await core.group('Login', () => (0,session.loginRegistries)(logins, inputs.registryAuth, tempRoot, family));
    if (inputs.promote) {
        const { promote, registryAuth, summary } = inputs;
        const request = { promote, tags, retry: registryAuth.retry, summary };
        if (await core.group('Promote', () => promoteImage(request)))
            return;
        download = cacheDownload(inputs, tags);
    }
    const { merge } = inputs;
    if (merge)
        return core.group('Merge', () => mergeImages({ merge, inputs, metadata, context }));
    // A promotion that may fall back to a build checked it above; one that may not has ended.
    if (!dockerfile)
        throw new Error('no Dockerfile was checked for this build');
    const { text, stages } = dockerfile;
    // What the engine cannot build fails here, before anything is built or pushed.
    const iidFile = external_node_path_.join(tempDir, 'iid');
    const request = planBuild({ inputs, engine, context, metadata, iidFile });
    if (evaluatesOnly(request))
        return core.group('Build', () => runEvaluation(request, engine));
    const layerCache = await core.group('Cache restore', () => (0,layer_cache/* restoreLayerCache */.Qn)(inputs, engine, download));
    // The advice reads the image with docker's own commands.
    const adviceInputs = { ...inputs, advice: inputs.advice && family.command === 'docker' };
    // A build that pushes writes the image first: what the advice and the report
    // read of it starts then, beside the push; the pushed image's read once
    // the build's progress says it is pushed (report-step.ts).
    const readImage = (imageId) => {
        prefetchHistory(imageId, family);
        if (readsImageFiles(adviceInputs))
            prefetchImageFiles(imageId, tempDir);
    };
    const pushedReads = pushedImageReads(tags, family);
    const onImageWritten = (imageId) => {
        pushedReads.written();
        readImage(imageId);
    };
    const { pushed: onPushed } = pushedReads;
    prefetchBase(inputs, tags, { ...metadata, payload: context.payload });
    const build = await core.group('Build', () => buildWithLayerCache(layerCache, stages, { ...request, onImageWritten, ...(onPushed ? { onPushed } : {}) }, engine));
    if (inputs.build.outputs.length > 0) {
        await core.group('Outputs', () => runExports(request, inputs.build.outputs, engine));
    }
    readImage(build.imageId);
    const pushedImage = pushedByBuild(build, tags) ? pushedReads.read(build.imageId) : undefined;
    // Read while the image is measured and pushed; awaited for the report.
    const advice = startAdvice(adviceInputs, {
        imageId: build.imageId,
        steps: build.steps,
        tempDir,
        dockerfile: text
    });
    const { baseImage } = metadata;
    const basis = {
        imageId: build.imageId,
        tags,
        steps: build.steps,
        dockerfile: text,
        tempDir,
        context,
        inputs: inputs.sizes,
        compressedStore: engine.can.storesCompressedLayers,
        daemonOnThisHost: engine.daemonOnThisHost,
        family,
        ...(baseImage ? { baseImage } : {})
    };
    const multiPlatform = request.platforms.length > 1;
    // A budget that fails the step is checked before anything is pushed.
    const before = await measureBeforePush(basis, inputs, multiPlatform);
    const pushed = inputs.push && !heldBack(before) && !(await wastedBeforePush(advice, inputs.sizes.budget));
    const push = pushed
        ? await core.group('Push', () => pushImage({
            build,
            tags,
            byDigest: inputs.pushByDigest,
            retry: inputs.registryAuth.retry,
            engine,
            tempDir
        }))
        : { pushes: [] };
    const cacheSave = (0,save.planLayerCacheSave)(layerCache, build);
    if (cacheSave.pending)
        (0,state/* saveState */.L)({ layerCache: cacheSave.pending });
    await reportRun({
        inputs,
        engine,
        basis,
        multiPlatform,
        before,
        pushed,
        push,
        layerCache,
        build,
        cacheSave,
        advice,
        ...(pushedImage ? { pushedImage } : {})
    });
}
/** A merge's `name@digest` sources: registries to log in to, as the tags' are. */
function mergeReferences(inputs) {
    return (inputs.merge ?? []).flatMap(source => (source.location ? [source.text] : []));
}
function cacheDownload(inputs, tags) {
    const download = (0,layer_cache/* startCacheDownload */.zk)(inputs, tags);
    // What is restored stays until post, which saves from it: gone even if the build fails.
    if (download)
        (0,state/* saveState */.L)({ cacheDir: download.dir });
    return download;
}


/***/ }),

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCacheSaved: () => (/* binding */ renderCacheSaved),
/* harmony export */   renderCacheSection: () => (/* binding */ renderCacheSection)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** The layer cache's part of the job summary. Pure. */


/** The post step's line: what was saved, or why not. */
function renderCacheSaved(key, outcome) {
    return outcome.saved
        ? `**Layer cache** saved: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(outcome.bytes)} as ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(key)}\n`
        : // The reason may be the cache service's own words.
            `**Layer cache** not saved: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(outcome.reason)}\n`;
}
function renderCacheSection(report) {
    if (!report)
        return '';
    const lines = ['### Layer cache', '', '| | |', '|---|---|'];
    lines.push(`| Strategy | ${report.strategy} |`);
    if (report.key)
        lines.push(`| Key | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(report.key)} |`);
    if (report.key) {
        lines.push(report.restoredKey
            ? `| Restored | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.restoredBytes)} from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(report.restoredKey)} |`
            : '| Restored | nothing: a cold build |');
    }
    if (report.read) {
        const { layers, bytes, ofLayers } = report.read;
        lines.push(`| Pulled by the build | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}: ${layers} of ${ofLayers} layers |`);
    }
    if (report.saved)
        lines.push(`| Saved | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .textCell */ .iV)(report.saved)} |`);
    for (const { stage, args } of report.uncached ?? []) {
        const names = args.map(name => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(name)).join(', ');
        lines.push(`| Not cached | stage ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(stage)}: it receives ${names}, which look like secrets; ` +
            'pass them with the `secrets` input |');
    }
    lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   iV: () => (/* binding */ textCell),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export tableCell */
/**
 * Text from outside (a Dockerfile, a base image's history, build output, a
 * registry's message) as Markdown that GitHub renders as that very text, with
 * nothing live in it: no HTML, no link or image, no @mention or issue
 * reference. One function per place such text lands in the summary and the
 * pull request comment. Pure.
 */
/**
 * The punctuation that can start emphasis, code, a link, an image, HTML or an
 * entity: CommonMark renders `\X` as X for each. `|` is the table's business
 * (see `tableCell`).
 */
const MARKUP = /[\\`*_[\]()<>&!~{}]/g;
/** What GFM links by itself: `https://…`, `www.…`. */
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)/gi;
/**
 * GitHub links `@user` and `#123` in rendered text, escaped or not; a word
 * joiner after the sign, invisible, leaves nothing to link.
 */
const WORD_JOINER = '\u2060';
/** Whitespace runs as one space: a line break would end a table row or a paragraph. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Plain text in a sentence or a table cell (wrap it in `tableCell` there). */
function plainText(text) {
    return oneLine(text)
        .replace(MARKUP, sign => `\\${sign}`)
        .replace(AUTOLINK, sign => `\\${sign}`)
        .replace(/([@#])/g, `$1${WORD_JOINER}`);
}
/**
 * Text as inline code: literal, nothing in it is Markdown or HTML. The fence
 * is longer than any run of backticks inside, and spaced when the text starts
 * or ends with a backtick, as CommonMark reads code spans.
 */
function codeSpan(text) {
    const flat = oneLine(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * Inline Markdown (from `plainText` or `codeSpan`) as one table cell: GFM
 * splits a row at every `|` not escaped by an odd run of backslashes, code
 * spans included, so each `|` gets one.
 */
function tableCell(markdown) {
    return markdown.replace(/(\\*)\|/g, (_, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`);
}
/** Text as inline code in one table cell, cut to `max` characters when given. */
function codeCell(text, max) {
    return tableCell(codeSpan(max === undefined ? text : truncate(text, max)));
}
/** Plain text in one table cell. */
function textCell(text) {
    return tableCell(plainText(text));
}
/**
 * At most `max` characters, cut at a space: the runner masks a secret only
 * whole, so a cut inside a word (a token, `NAME=value`) could leave most of
 * one visible. Whitespace runs become one space.
 */
function truncate(text, max = 80) {
    const flat = oneLine(text);
    if (flat.length <= max)
        return flat;
    const space = flat.lastIndexOf(' ', max - 1);
    return `${space > 0 ? flat.slice(0, space) : ''}…`;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   oW: () => (/* binding */ FOLD_ROWS),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Text formats shared by the report's sections. Pure. */
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
/** A change with its sign: `+5.24 MB`, `-12 kB`, `0 B`. */
function formatChange(bytes) {
    return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}
/** A table longer than this folds into a `<details>` block. */
const FOLD_ROWS = 10;
/** A titled table; a long one folds, a short one stays open. */
function table(title, header, rows) {
    const lines = [
        `| ${header.join(' | ')} |`,
        `|${header.map(h => (h === header[0] ? '---' : '--:')).join('|')}|`,
        ...rows.map(row => `| ${row.join(' | ')} |`)
    ];
    if (rows.length <= FOLD_ROWS)
        return [`**${title}**`, '', ...lines, ''].join('\n');
    return [
        '<details>',
        `<summary><b>${title}</b></summary>`,
        '',
        ...lines,
        '',
        '</details>',
        ''
    ].join('\n');
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** Appends to the job summary. The summary is a report, never a reason to fail the job. */
async function appendSummary(markdown) {
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw(markdown).write();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`The job summary could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`);
    }
}


/***/ }),

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POST_FLAG: () => (/* binding */ POST_FLAG),
/* harmony export */   STATE_KEY: () => (/* binding */ STATE_KEY),
/* harmony export */   isPost: () => (/* binding */ isPost),
/* harmony export */   loadState: () => (/* binding */ loadState)
/* harmony export */ });
const STATE_KEY = 'hoist';
const POST_FLAG = 'isPost';
function savedValue(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function isPost() {
    return savedValue(POST_FLAG) === 'true';
}
function loadState() {
    const raw = savedValue(STATE_KEY);
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
