export const id = 141;
export const ids = [141,510];
export const modules = {

/***/ 8510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/**
 * What the bundle has in place of undici. @actions/http-client imports it at
 * its top for one method, `getAgentDispatcher` (a proxy for `fetch`), that
 * neither Hoist nor the toolkit packages it bundles call: they send requests
 * with node's own http and http-client's agents. Bundled, undici is a million
 * bytes that every phase loading @actions/core evaluated first: some 25 ms of
 * the main phase's start, before the build could begin. tsconfig's `paths`
 * points the bundler (and tsc) here; jest loads the real package, so a call
 * that reaches undici would pass the unit tests and fail only in the bundle.
 */
class ProxyAgent {
    constructor() {
        throw new Error('undici is not bundled with Hoist: nothing here sends fetch requests through a proxy dispatcher');
    }
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ chooseStrategy),
/* harmony export */   Hn: () => (/* binding */ stageLabel),
/* harmony export */   J5: () => (/* binding */ workSteps),
/* harmony export */   NO: () => (/* binding */ stageReused),
/* harmony export */   Nf: () => (/* binding */ inlineCacheArgs),
/* harmony export */   TQ: () => (/* binding */ localCacheArgs),
/* harmony export */   Vu: () => (/* binding */ userCacheArgs),
/* harmony export */   n: () => (/* binding */ parseLoadedImages),
/* harmony export */   rz: () => (/* binding */ describeStrategy),
/* harmony export */   y_: () => (/* binding */ decideSave),
/* harmony export */   yf: () => (/* binding */ mergeSteps)
/* harmony export */ });
/* harmony import */ var _engine_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4175);
/**
 * How the layer cache meets the builder: which strategy, and the build
 * arguments each one adds. Pure.
 */

function chooseStrategy(choice) {
    if (choice.userCacheFrom.length > 0 || choice.userCacheTo.length > 0)
        return { kind: 'user' };
    if (choice.mode === 'off')
        return { kind: 'off', reason: 'the cache input is off' };
    if (!choice.serviceAvailable) {
        return { kind: 'off', reason: 'no GitHub Actions cache service is available to this job' };
    }
    // A cache export holds every stage's layers (mode=max) and needs no image
    // store; only an engine that cannot export keeps inline-cache images.
    if (choice.exportCache)
        return { kind: 'local' };
    return choice.reusesLoadedLayers ? { kind: 'archive' } : { kind: 'inline' };
}
function describeStrategy(strategy) {
    switch (strategy.kind) {
        case 'off':
            return `off (${strategy.reason})`;
        case 'user':
            return "the workflow's cache-from / cache-to, as given";
        case 'inline':
            return 'inline cache in the target and every stage it needs, kept with docker save';
        case 'local':
            return 'buildx local cache (mode=max), exported to a fresh directory each run';
        case 'archive':
            return "every build step's image, saved to an archive and loaded before the build";
    }
}
/** `--cache-from` / `--cache-to` exactly as the workflow gave them. */
function userCacheArgs(from, to) {
    return [...from.flatMap(value => ['--cache-from', value]), ...to.flatMap(v => ['--cache-to', v])];
}
/** Inline cache metadata in the image built, and the restored images as cache sources. */
function inlineCacheArgs(cacheImages) {
    return [
        '--build-arg',
        'BUILDKIT_INLINE_CACHE=1',
        ...cacheImages.flatMap(image => ['--cache-from', image])
    ];
}
/**
 * Import from the restored directory, export everything this build used
 * (mode=max) to a fresh one. The fresh one then replaces the old, so the
 * cache holds this build's layers only and never grows run after run.
 */
function localCacheArgs(dirs) {
    return [
        ...(dirs.restored ? ['--cache-from', `type=local,src=${dirs.restored}`] : []),
        '--cache-to',
        `type=local,dest=${dirs.fresh},mode=max`
    ];
}
/** The images `docker load` reports: `Loaded image: NAME` lines. */
function parseLoadedImages(output) {
    return [...output.matchAll(/^Loaded image: (\S+)\s*$/gm)].map(match => match[1] ?? '');
}
/**
 * One list of steps from several builds of the same Dockerfile: a step's
 * first run says whether its work was reused; later builds only find it in
 * the daemon again.
 */
function mergeSteps(builds) {
    const seen = new Map();
    for (const steps of builds) {
        for (const step of steps) {
            const id = `${step.stage}\n${step.instruction}`;
            if (!seen.has(id))
                seen.set(id, step);
        }
    }
    return [...seen.values()];
}
/** How BuildKit's progress names a stage: its name, or `stage-N` when it has none. */
function stageLabel(stage) {
    return stage.name ?? `stage-${stage.index}`;
}
/**
 * Whether a build reused every step of a stage, so that the stage's image
 * restored from the cache is what building the stage again would give. (Where
 * the daemon's own cache served the steps, the restored image may be older;
 * the cache saved then misses more next time, it never gives a wrong layer.)
 */
function stageReused(label, steps) {
    const own = workSteps(steps).filter(step => (0,_engine_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .stageName */ .CT)(step.stage) === label);
    return own.length > 0 && own.every(step => step.cached);
}
/**
 * The steps that do work: a `FROM` only resolves a base image, which BuildKit
 * does not report as cached even when nothing was fetched.
 */
function workSteps(steps) {
    return steps.filter(step => !/^FROM\s/i.test(step.instruction));
}
function decideSave(run) {
    if (run.mode === 'read-only')
        return { save: false, reason: 'the cache is read-only' };
    if (run.exactHit)
        return { save: false, reason: 'this key was restored exactly' };
    if (run.restored && workSteps(run.steps).every(step => step.cached)) {
        return { save: false, reason: 'every step came from the restored cache: nothing new to keep' };
    }
    return { save: true };
}


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ unsupportedOption),
/* harmony export */   fG: () => (/* binding */ buildOptionArgs),
/* harmony export */   nL: () => (/* binding */ WITHOUT_BUILDX_OPTIONS),
/* harmony export */   pC: () => (/* binding */ checkBuildOptions)
/* harmony export */ });
/* unused harmony export NO_BUILD_OPTIONS */
/**
 * The capabilities behind the options only buildx passes (`unsupportedOption`):
 * none of them on an old client's built-in BuildKit, nor on podman or buildah.
 */
const WITHOUT_BUILDX_OPTIONS = {
    annotate: false,
    namedContexts: false,
    noCacheFilters: false,
    entitlements: false,
    runLimits: false,
    call: false
};
const NO_BUILD_OPTIONS = {
    addHosts: [],
    allow: [],
    buildContexts: [],
    builder: '',
    call: '',
    cgroupParent: '',
    load: false,
    network: '',
    noCacheFilters: [],
    outputs: [],
    shmSize: '',
    ssh: [],
    ulimit: []
};
const ENTITLEMENT = /^(network\.host|security\.insecure|device(=.+)?|fs(\.read|\.write)?=.+)$/;
const CALLS = ['build', 'check', 'outline', 'targets'];
/** Per list input: what one item must look like, and how to say so. */
const ITEM_SHAPES = [
    ['addHosts', 'add-hosts', /^[^\s:=]+[:=]\S+$/, 'is not of the form host:ip'],
    ['allow', 'allow', ENTITLEMENT, 'is not an entitlement (network.host, security.insecure…)'],
    ['buildContexts', 'build-contexts', /^[^\s=]+=\S.*$/, 'is not of the form name=path'],
    ['noCacheFilters', 'no-cache-filters', /^[^\s,]+$/, 'is not a stage name'],
    ['outputs', 'outputs', /^(type=[a-z]+(,.*)?|[^=]+)$/, 'is not of the form type=…,key=value'],
    ['ssh', 'ssh', /^[\w.-]+(=\S.*)?$/, 'is not of the form default or id=path'],
    ['ulimit', 'ulimit', /^[a-z]+=-?\d+(:-?\d+)?$/, 'is not of the form name=soft[:hard]']
];
/** The first value that cannot work, whatever the engine. */
function checkBuildOptions(options) {
    for (const [key, input, shape, problem] of ITEM_SHAPES) {
        const items = options[key];
        const bad = items.find(item => !shape.test(item));
        if (bad !== undefined)
            return { input, reason: `"${bad}" ${problem}` };
    }
    if (options.network && !['default', 'none', 'host'].includes(options.network)) {
        return { input: 'network', reason: `"${options.network}" is not default, none or host` };
    }
    if (options.shmSize && !/^\d+(\.\d+)?[bkmg]?$/i.test(options.shmSize)) {
        return { input: 'shm-size', reason: `"${options.shmSize}" is not a size such as 128m or 2g` };
    }
    const call = options.call.split(',')[0] ?? '';
    if (options.call && !CALLS.includes(call)) {
        return { input: 'call', reason: `"${options.call}" is not one of ${CALLS.join(', ')}` };
    }
    if (options.builder && !/^[\w.+-]+$/.test(options.builder)) {
        return { input: 'builder', reason: `"${options.builder}" is not a builder name` };
    }
    return undefined;
}
const NEEDS_BUILDX = 'buildx (docker/setup-buildx-action installs it)';
/** The first input given that this engine cannot do: why, and what could. */
function unsupportedOption(options, annotationsGiven, engine) {
    const { can } = engine;
    const unsupported = [
        [
            annotationsGiven && !can.annotate,
            'annotations',
            `needs buildx ≥ 0.12 and a builder that keeps the image's manifest: the containerd ` +
                'image store, or a builder on the docker-container or remote driver (`builder`)'
        ],
        [
            options.buildContexts.length > 0 && !can.namedContexts,
            'build-contexts',
            `needs ${NEEDS_BUILDX}`
        ],
        [
            options.noCacheFilters.length > 0 && !can.noCacheFilters,
            'no-cache-filters',
            `needs ${NEEDS_BUILDX}`
        ],
        [options.allow.length > 0 && !can.entitlements, 'allow', `needs ${NEEDS_BUILDX}`],
        [options.shmSize !== '' && !can.runLimits, 'shm-size', `needs ${NEEDS_BUILDX}`],
        [options.ulimit.length > 0 && !can.runLimits, 'ulimit', `needs ${NEEDS_BUILDX}`],
        [
            options.call !== '' && options.call !== 'build' && !can.call,
            'call',
            'needs buildx 0.15 or later'
        ]
    ];
    const found = unsupported.find(([given]) => given);
    if (!found)
        return undefined;
    const [, input, need] = found;
    return { input, reason: `${engine.description} cannot do it: it ${need}` };
}
/** The flags for these options and annotations, in a fixed order. */
function buildOptionArgs(options, annotations) {
    const args = [];
    const each = (flag, values) => {
        for (const value of values)
            args.push(flag, value);
    };
    const once = (flag, value) => {
        if (value)
            args.push(flag, value);
    };
    once('--builder', options.builder);
    each('--add-host', options.addHosts);
    each('--allow', options.allow);
    each('--annotation', annotations);
    each('--build-context', options.buildContexts);
    once('--call', options.call === 'build' ? '' : options.call);
    once('--cgroup-parent', options.cgroupParent);
    once('--network', options.network);
    each('--no-cache-filter', options.noCacheFilters);
    once('--shm-size', options.shmSize);
    each('--ssh', options.ssh);
    each('--ulimit', options.ulimit);
    return args;
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ buildCommand),
/* harmony export */   cM: () => (/* binding */ runBuild),
/* harmony export */   s9: () => (/* binding */ secretArgs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3190);
/* harmony import */ var _build_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8725);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3547);
/* harmony import */ var _fence_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3439);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4175);







/** What the docker CLI sets for a plugin it runs. */
const PLUGIN_MODE = 'DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND';
/**
 * The command line for a build: pure, so it is tested as a table. buildx's
 * plugin is run itself (standalone, as buildx allows) where the engine names
 * its file (docker info does, where it may run alone: docker-cli.ts): the
 * docker CLI would start only to run that file, some 25 ms a build.
 */
function buildCommand(request, engine) {
    const loadsImage = request.exports === undefined;
    const plugin = engine.buildx?.plugin;
    const args = engine.frontend === 'buildx' && !plugin ? ['buildx', 'build'] : ['build'];
    if (engine.frontend === 'buildx' && loadsImage)
        args.push(request.push ? '--push' : '--load');
    args.push('--progress=plain');
    if (loadsImage)
        args.push('--iidfile', request.iidFile);
    args.push('--file', request.file);
    if (request.target)
        args.push('--target', request.target);
    for (const arg of request.buildArgs)
        args.push('--build-arg', `${arg.name}=${arg.value}`);
    for (const label of request.labels)
        args.push('--label', `${label.name}=${label.value}`);
    if (loadsImage)
        for (const tag of request.tags)
            args.push('--tag', tag);
    for (const output of request.exports ?? [])
        args.push('--output', output);
    if (request.options)
        args.push(...(0,_build_options_js__WEBPACK_IMPORTED_MODULE_3__/* .buildOptionArgs */ .fG)(request.options, request.annotations ?? []));
    if (request.noCache)
        args.push('--no-cache');
    if (request.pull)
        args.push('--pull');
    if (request.cacheArgs)
        args.push(...request.cacheArgs);
    if (request.platforms?.length)
        args.push('--platform', request.platforms.join(','));
    if (request.attestations)
        args.push(...request.attestations);
    const env = engine.frontend === 'docker' ? { DOCKER_BUILDKIT: '1' } : {};
    // Set, even inherited, it makes the plugin take itself for the docker CLI's child.
    if (plugin)
        env[PLUGIN_MODE] = '';
    const secrets = secretArgs(request.secrets);
    args.push(...secrets.args, request.context);
    return { ...(plugin ? { program: plugin } : {}), args, env: { ...env, ...secrets.env } };
}
/** `--secret` arguments: a value goes to the build command's environment, never argv. */
function secretArgs(secrets) {
    const args = [];
    const env = {};
    secrets.forEach((secret, i) => {
        if ('value' in secret) {
            const name = `HOIST_SECRET_${i}`;
            env[name] = secret.value;
            args.push('--secret', `id=${secret.id},env=${name}`);
        }
        else if ('env' in secret) {
            args.push('--secret', `id=${secret.id},env=${secret.env}`);
        }
        else {
            args.push('--secret', `id=${secret.id},src=${secret.file}`);
        }
    });
    return { args, env };
}
/** Runs the build; its log streams to the job log, and the steps are read from it. */
async function runBuild(request, engine) {
    const family = (0,_family_js__WEBPACK_IMPORTED_MODULE_4__/* .familyOf */ .A)(engine);
    const command = family.buildCommand(request, engine);
    // What the Dockerfile's steps print is not the action's: it can issue no workflow command.
    // Only the pushes are timed: a build step may rightly print nothing for long.
    const stall = request.push && request.pushStallMs
        ? { idleTimeoutMs: request.pushStallMs, idleAfter: /^#\d+ pushing /m }
        : {};
    const { onImageWritten, onPushed } = request;
    const watch = request.push && (onImageWritten || onPushed);
    const build = () => (0,_fence_js__WEBPACK_IMPORTED_MODULE_5__/* .withCommandsStopped */ .c)(() => (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execCommand */ .NK)(command.program ?? family.command, command.args, {
        env: command.env,
        ...stall,
        ...(watch
            ? { onOutput: (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .pushWatcher */ .BF)(request.tags, { written: onImageWritten, pushed: onPushed }) }
            : {})
    }));
    let result = await build();
    let first;
    for (let retry = 1; retry <= UNPACK_RETRIES && lostSnapshot(result); retry++) {
        first ??= result;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice('The containerd image store lost a layer while it unpacked the image, a known race ' +
            '(moby/buildkit#6521); building again, every step from the cache');
        result = await build();
    }
    // The steps as the first build ran them: the one again took them all from the cache.
    const output = first
        ? { ...family.readBuild(result), steps: family.readBuild(first).steps }
        : family.readBuild(result);
    // Only a docker engine pushes from the build (Engine.can.pushFromBuild): BuildKit's progress.
    const pushes = request.push ? buildPushes(result) : undefined;
    if (result.exitCode === 0) {
        return {
            ...output,
            imageId: builtImage(output, request.iidFile),
            ...(pushes ? { pushes } : {})
        };
    }
    // The image was built and named, and a push failed: the pushes are retried
    // one by one, as without a push from the build.
    const written = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .writtenImage */ .J_)(result.stderr);
    if (pushes?.failed && written)
        return { ...output, imageId: written, pushes };
    throw new Error(`Build failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastErrorLine */ .HY)(result)}`);
}
/**
 * The containerd store's unpack of a built image can find a layer's snapshot
 * gone (moby/buildkit#6521, containerd/containerd#10835): every step has
 * finished by then, and the same build again takes them from the cache.
 */
const LOST_SNAPSHOT = /failed to prepare extraction snapshot .* parent snapshot \S+ does not exist: not found/;
const UNPACK_RETRIES = 2;
function lostSnapshot(result) {
    return result.exitCode !== 0 && LOST_SNAPSHOT.test((0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastErrorLine */ .HY)(result));
}
/** The image a build made: printed by the builder (buildah), else written to `--iidfile`. */
function builtImage(output, iidFile) {
    if (output.imageId)
        return output.imageId;
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(iidFile))
        throw new Error('The build succeeded but named no image (no image id)');
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(iidFile, 'utf8').trim();
}
/**
 * What the pushes of a build did; one it stopped in the middle of failed, for
 * the reason it stopped. A build stopped for a stalled push failed for that,
 * whatever buildx said as it stopped (`got 1 SIGTERM/SIGINTs`).
 */
function buildPushes(result) {
    const pushes = (0,_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBuildPushes */ .kh)(result.stderr);
    if (result.exitCode === 0)
        return pushes;
    const tag = pushes.failed?.tag ?? pushes.unfinished;
    if (tag && result.stopped)
        return { ...pushes, failed: { tag, error: `error: ${result.stopped}` } };
    if (pushes.failed || !tag)
        return pushes;
    return { ...pushes, failed: { tag, error: (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastErrorLine */ .HY)(result) } };
}


/***/ }),

/***/ 4306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ dockerFamily)
});

// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/engine/build.ts
var build = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/engine/daemon-api.ts
var daemon_api = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/engine/image.ts
var engine_image = __webpack_require__(2147);
;// CONCATENATED MODULE: ./src/engine/docker-image.ts
/**
 * What the docker family reads of a local image: the daemon's own answer over
 * its socket where that is certain (daemon-api.ts), else the CLI's.
 */



/** The daemon's inspect is the record `docker image inspect` prints. */
async function inspectDockerImage(image) {
    const record = await (0,daemon_api/* daemonImage */.a1)(image, 'json');
    return typeof record === 'object' && record !== null && !Array.isArray(record)
        ? (0,engine_image/* imageInfo */.mF)(record, image)
        : (0,engine_image/* inspectImage */.mm)(image, 'docker');
}
/** `docker history`, oldest first; undefined when neither the daemon nor the CLI gives it. */
async function dockerHistory(imageId) {
    return (await historyByApi(imageId)) ?? historyByCli(imageId);
}
/**
 * The daemon's history, as `docker history` prints it: a tab in a command
 * shows as a space. Undefined to ask the CLI.
 */
async function historyByApi(imageId) {
    const answer = await (0,daemon_api/* daemonImage */.a1)(imageId, 'history');
    if (!Array.isArray(answer))
        return undefined;
    const records = answer;
    return records
        .map(record => ({
        size: typeof record.Size === 'number' ? record.Size : 0,
        createdBy: typeof record.CreatedBy === 'string' ? record.CreatedBy.replaceAll('\t', ' ') : '',
        comment: typeof record.Comment === 'string' ? record.Comment : ''
    }))
        .reverse();
}
/** Text fields as JSON, so a RUN of several lines stays one line. */
async function historyByCli(imageId) {
    const result = await (0,exec/* execCommand */.NK)('docker', [
        'history',
        '--no-trunc',
        '--human=false',
        '--format',
        '{{.Size}} {{json .CreatedBy}} {{json .Comment}}',
        imageId
    ], { silent: true });
    if (result.exitCode !== 0)
        return undefined;
    try {
        const records = result.stdout
            .trim()
            .split('\n')
            .map(line => {
            const [, size, createdBy, comment] = /^(\d+) ("(?:[^"\\]|\\.)*") (".*")$/.exec(line) ?? [];
            if (size === undefined || createdBy === undefined || comment === undefined) {
                throw new Error(`unexpected docker history line: ${line}`);
            }
            return {
                size: Number(size),
                createdBy: JSON.parse(createdBy),
                comment: JSON.parse(comment)
            };
        });
        return records.reverse();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/engine/progress.ts
var progress = __webpack_require__(4175);
// EXTERNAL MODULE: ./src/cache/strategy.ts
var strategy = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/engine/docker.ts
/** The docker family: buildx or the daemon's BuildKit, through the docker client. */







/** Docker Hub is docker's default registry: named by no host. */
function hostArg(host) {
    return host === 'docker.io' ? [] : [host];
}
const dockerFamily = {
    command: 'docker',
    buildCommand: (request, engine) => (0,build/* buildCommand */.Oe)(request, engine),
    readBuild: result => ({
        // BuildKit writes its progress to stderr.
        steps: (0,progress/* parseProgress */.TS)(result.stderr),
        failedImports: (0,progress/* failedCacheImports */.Qb)(result.stderr),
        stepImages: []
    }),
    // docker records the registry's digest as a repo digest of the image.
    pushArgs: tag => ['push', tag],
    loginArgs: (host, username) => [
        'login',
        '--username',
        username,
        '--password-stdin',
        ...hostArg(host)
    ],
    logoutArgs: host => ['logout', ...hostArg(host)],
    async tag(image, tag) {
        if (!(await (0,daemon_api/* daemonTag */.J5)(image, tag)))
            await (0,engine_image/* tagImage */.E$)(image, tag, 'docker');
    },
    async untag(reference) {
        if (!(await (0,daemon_api/* daemonUntag */.kk)(reference)))
            await (0,engine_image/* untagImage */.lp)(reference, 'docker');
    },
    inspect: image => inspectDockerImage(image),
    saveArgs: (image, archive) => ['save', '--output', archive, image],
    history: image => dockerHistory(image),
    async saveImages(images, folder) {
        const result = await (0,exec/* execCommand */.NK)('docker', ['save', '--output', `${folder}/images.tar`, ...images], {
            silent: true
        });
        if (result.exitCode !== 0)
            throw new Error(`docker save failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
    },
    async loadImages(folder) {
        const result = await (0,exec/* execCommand */.NK)('docker', ['load', '--input', `${folder}/images.tar`], {
            silent: true
        });
        if (result.exitCode !== 0)
            throw new Error(`docker load failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
        return (0,strategy/* parseLoadedImages */.n)(result.stdout);
    }
};


/***/ }),

/***/ 3547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ familyOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/engine/saved.ts
var saved = __webpack_require__(2373);
// EXTERNAL MODULE: ./src/engine/tar.ts
var tar = __webpack_require__(5517);
;// CONCATENATED MODULE: ./src/engine/docker-archive.ts
/**
 * Docker archives (`docker-archive:` in containers/image) of one image each,
 * as `buildah push` writes them, merged into one that holds every image and
 * each layer once, like `podman save --multi-image-archive`. A build's step
 * images share most of their layers: kept one archive per image, the layer
 * cache would hold the base's layers once per step.
 */





const MANIFEST = 'manifest.json';
/** The images of a docker archive, from its manifest.json; undefined when it has none. */
async function archiveImages(archive) {
    const entry = (await (0,tar/* indexTar */.O1)(archive)).get(MANIFEST);
    return entry ? (0,saved/* parseSaveManifest */.A)((await (0,tar/* readEntry */.hB)(archive, entry)).toString('utf8')) : undefined;
}
/**
 * Writes `into`, one archive of every image of `archives`, in their order (the
 * N-th is `into:@N`); `workDir` is used on the way and removed. Layer and
 * config files are named by their digests in such an archive: a file of the
 * same name is the same file, extracted once.
 */
async function mergeDockerArchives(archives, into, workDir) {
    const merged = external_node_path_.join(workDir, 'merged');
    (0,external_node_fs_.rmSync)(merged, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(merged, { recursive: true });
    try {
        const images = [];
        for (const archive of archives) {
            const own = await archiveImages(archive);
            if (!own)
                throw new Error(`${external_node_path_.basename(archive)} is not a docker archive`);
            images.push(...own);
            await docker_archive_tar(['--extract', '--skip-old-files', '--file', archive, '--directory', merged]);
        }
        // Each archive's own index, replaced by the one of them all.
        (0,external_node_fs_.rmSync)(external_node_path_.join(merged, 'repositories'), { force: true });
        (0,external_node_fs_.writeFileSync)(external_node_path_.join(merged, MANIFEST), JSON.stringify(images));
        const entries = (0,external_node_fs_.readdirSync)(merged).sort();
        await docker_archive_tar(['--create', '--file', into, '--directory', merged, '--', ...entries]);
    }
    finally {
        (0,external_node_fs_.rmSync)(merged, { recursive: true, force: true });
    }
}
async function docker_archive_tar(args) {
    const result = await (0,exec/* execCommand */.NK)('tar', args, { silent: true });
    if (result.exitCode !== 0)
        throw new Error(`tar failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
}

// EXTERNAL MODULE: ./src/engine/image.ts
var engine_image = __webpack_require__(2147);
// EXTERNAL MODULE: ./src/registry/challenge.ts
var challenge = __webpack_require__(4394);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/engine/build.ts
var build = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/engine/step-log.ts
const STEP = /^(?:\[(\d+)\/(\d+)\] )?STEP (\d+)\/(\d+): (.*)$/;
const USING_CACHE = /^--> Using cache ([0-9a-f]{12,64})$/;
const IMAGE = /^--> ([0-9a-f]{11,64})$/;
const FROM_AS = /^FROM\s+\S+\s+AS\s+(\S+)/i;
/** What BuildKit reports as steps too: the instructions that run, copy or resolve a base. */
const STEP_INSTRUCTIONS = /^(FROM|RUN|COPY|ADD|WORKDIR)\s/i;
function parseStepLog(log) {
    const steps = [];
    const images = [];
    const stageNames = new Map();
    let current;
    for (const raw of log.split(/\r?\n/)) {
        const line = raw.trimEnd();
        const step = STEP.exec(line);
        if (step) {
            const [, index = '1', count = '1', position = '', of = '', instruction = ''] = step;
            const named = FROM_AS.exec(instruction)?.[1];
            if (named)
                stageNames.set(index, named);
            const label = stageNames.get(index) ?? (count === '1' ? '' : `stage-${Number(index) - 1}`);
            current = { stage: `${label} ${position}/${of}`.trim(), instruction, cached: false };
            if (STEP_INSTRUCTIONS.test(instruction))
                steps.push(current);
            continue;
        }
        const cached = USING_CACHE.exec(line);
        if (cached) {
            if (current)
                current.cached = true;
            continue;
        }
        const image = IMAGE.exec(line)?.[1];
        if (image && !images.some(known => known.startsWith(image) || image.startsWith(known))) {
            images.push(image);
        }
    }
    const built = steps.map(step => ({ ...step, seconds: 0, failed: false }));
    return { steps: built, failedImports: [], stepImages: images };
}

;// CONCATENATED MODULE: ./src/engine/podman.ts
/**
 * The podman family. Its builder is buildah's, so buildah (buildah.ts) shares
 * the build's command line and its log; images are kept in docker's format,
 * the one the layer cache's archive keeps and a docker engine pushes.
 */







/**
 * `podman build` / `buildah build`. `--layers` keeps each step's image, which
 * later builds reuse; `--format docker` because only images of the format a
 * build makes are reused, and a loaded docker archive is in docker's. With
 * `printsImage`, no `--iidfile`: the builder prints the image's id instead. Pure.
 */
function containersBuildCommand(request, options = {}) {
    const args = ['build', '--format', 'docker', '--layers'];
    if (!options.printsImage)
        args.push('--iidfile', request.iidFile);
    args.push('--file', request.file);
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
    // Without a value the two differ (buildah pulls by default): say what is meant.
    args.push(request.pull ? '--pull=always' : '--pull=missing');
    if (request.cacheArgs)
        args.push(...request.cacheArgs);
    const secrets = (0,build/* secretArgs */.s9)(request.secrets);
    args.push(...secrets.args, request.context);
    return { args, env: secrets.env };
}
/**
 * A registry on this machine's loopback is spoken to over HTTP, as docker does
 * by itself: podman and buildah would need it in registries.conf.
 */
function tlsArgs(host) {
    return (0,challenge/* isLoopback */.U9)(host.replace(/:\d+$/, '')) ? ['--tls-verify=false'] : [];
}
function registryOf(tag) {
    return (0,reference/* parseImageReference */.o_)(tag).registry;
}
const CACHE_ARCHIVE = 'images.tar';
const podmanFamily = {
    command: 'podman',
    buildCommand: request => containersBuildCommand(request),
    readBuild: result => parseStepLog(`${result.stdout}\n${result.stderr}`),
    pushArgs: (tag, digestFile) => [
        'push',
        ...tlsArgs(registryOf(tag)),
        '--digestfile',
        digestFile,
        tag
    ],
    loginArgs: (host, username) => [
        'login',
        ...tlsArgs(host),
        '--username',
        username,
        '--password-stdin',
        host
    ],
    logoutArgs: host => ['logout', host],
    tag: (image, tag) => (0,engine_image/* tagImage */.E$)(image, tag, 'podman'),
    untag: reference => (0,engine_image/* untagImage */.lp)(reference, 'podman'),
    inspect: image => (0,engine_image/* inspectImage */.mm)(image, 'podman'),
    saveArgs: (image, archive) => ['save', '--format', 'docker-archive', '--output', archive, image],
    // No `history`: podman 4 prints its sizes for people, whatever --human says.
    async saveImages(images, folder) {
        const archive = external_node_path_.join(folder, CACHE_ARCHIVE);
        const result = await (0,exec/* execCommand */.NK)('podman', [
            'save',
            '--multi-image-archive',
            '--format',
            'docker-archive',
            '--output',
            archive,
            ...images
        ], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`podman save failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
    },
    async loadImages(folder) {
        const archive = external_node_path_.join(folder, CACHE_ARCHIVE);
        const result = await (0,exec/* execCommand */.NK)('podman', ['load', '--input', archive], { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`podman load failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
        return [...result.stdout.matchAll(/^Loaded image(?:\(s\))?: (\S+)\s*$/gm)].map(m => m[1] ?? '');
    }
};

;// CONCATENATED MODULE: ./src/engine/buildah.ts
/**
 * The buildah family: podman's builder without podman. The build's command
 * line and log are podman's but for `--iidfile`: given it, buildah 1.28 prints
 * no step's image id (`--> ID`), and the layer cache saves those images; it
 * then prints the image's full id as its output's last line. buildah has no
 * `save`, `load` or `history`, so images go to and come from docker archives
 * with `push` and `pull` (the layer cache's: one archive, as podman's).
 */






/** `buildah inspect --type image` and `buildah images --json`, read into what docker's inspect gives. Pure. */
function parseBuildahInspect(inspect, images) {
    const record = JSON.parse(inspect);
    const listed = JSON.parse(images)?.[0];
    const platform = {
        os: record.OCIv1?.os || 'linux',
        architecture: record.OCIv1?.architecture || 'amd64'
    };
    return {
        id: record.FromImageID ? `sha256:${record.FromImageID.replace(/^sha256:/, '')}` : '',
        // buildah lists sizes for people ("7.25 MB"); the report counts the layers' own bytes.
        size: typeof listed?.size === 'number' ? listed.size : 0,
        repoDigests: [],
        platform,
        diffIds: record.OCIv1?.rootfs?.diff_ids ?? [],
        user: record.OCIv1?.config?.User ?? ''
    };
}
/** The full image id buildah prints last when it writes no `--iidfile`. Pure. */
function printedImage(stdout) {
    const last = stdout.trimEnd().split('\n').at(-1)?.trim() ?? '';
    return /^[0-9a-f]{64}$/.test(last) ? { imageId: `sha256:${last}` } : {};
}
async function inspect(image) {
    const [record, listed] = await Promise.all([
        (0,exec/* execCommand */.NK)('buildah', ['inspect', '--type', 'image', image], { silent: true }),
        (0,exec/* execCommand */.NK)('buildah', ['images', '--json', image], { silent: true })
    ]);
    if (record.exitCode !== 0) {
        throw new Error(`Could not inspect image ${image}: ${(0,exec/* lastErrorLine */.HY)(record)}`);
    }
    return parseBuildahInspect(record.stdout, listed.exitCode === 0 ? listed.stdout : '[]');
}
const buildahFamily = {
    command: 'buildah',
    buildCommand: request => containersBuildCommand(request, { printsImage: true }),
    readBuild: result => ({ ...podmanFamily.readBuild(result), ...printedImage(result.stdout) }),
    pushArgs: (tag, digestFile) => podmanFamily.pushArgs(tag, digestFile),
    loginArgs: (host, username) => podmanFamily.loginArgs(host, username),
    logoutArgs: host => ['logout', host],
    tag: (image, tag) => (0,engine_image/* tagImage */.E$)(image, tag, 'buildah'),
    untag: reference => (0,engine_image/* untagImage */.lp)(reference, 'buildah'),
    inspect,
    saveArgs: (image, archive) => ['push', image, `docker-archive:${archive}`],
    async saveImages(images, folder) {
        // buildah writes one image per docker archive: each is merged into one, each layer once.
        const parts = external_node_path_.join(folder, 'parts');
        (0,external_node_fs_.mkdirSync)(parts, { recursive: true });
        try {
            const archives = [];
            for (const [i, image] of images.entries()) {
                const archive = external_node_path_.join(parts, `${String(i).padStart(3, '0')}.tar`);
                const result = await (0,exec/* execCommand */.NK)('buildah', buildahFamily.saveArgs(image, archive), {
                    silent: true
                });
                if (result.exitCode !== 0)
                    throw new Error(`buildah push failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
                archives.push(archive);
            }
            await mergeDockerArchives(archives, external_node_path_.join(folder, CACHE_ARCHIVE), folder);
        }
        finally {
            (0,external_node_fs_.rmSync)(parts, { recursive: true, force: true });
        }
    },
    async loadImages(folder) {
        const archive = external_node_path_.join(folder, CACHE_ARCHIVE);
        if (!(0,external_node_fs_.existsSync)(archive))
            throw new Error(`the cache holds no ${CACHE_ARCHIVE}`);
        const images = await archiveImages(archive);
        if (!images)
            throw new Error(`${CACHE_ARCHIVE} is not a docker archive`);
        const loaded = [];
        for (const i of images.keys()) {
            const result = await (0,exec/* execCommand */.NK)('buildah', ['pull', `docker-archive:${archive}:@${i}`], {
                silent: true
            });
            if (result.exitCode !== 0)
                throw new Error(`buildah pull failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
            loaded.push(result.stdout.trim().split('\n').at(-1) ?? '');
        }
        return loaded;
    }
};

// EXTERNAL MODULE: ./src/engine/docker.ts + 1 modules
var docker = __webpack_require__(4306);
;// CONCATENATED MODULE: ./src/engine/family.ts



function familyOf(engine) {
    switch (engine.frontend) {
        case 'podman':
            return podmanFamily;
        case 'buildah':
            return buildahFamily;
        case 'buildx':
        case 'docker':
            return docker/* dockerFamily */.J;
    }
}


/***/ }),

/***/ 3439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fenced),
/* harmony export */   c: () => (/* binding */ withCommandsStopped)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);
/**
 * A build prints what its Dockerfile's steps print. BuildKit prefixes each
 * `\n`-ended line, but passes a bare `\r` through, and the runner ends a line
 * there too: `RUN printf 'x\r::error::…'` would reach the runner as a workflow
 * command (a forged annotation, `::add-mask::`, `::stop-commands::`). Around
 * such output the runner's commands are stopped, with a token the build
 * cannot know, and resumed after it.
 */


const toStdout = text => {
    process.stdout.write(text);
};
/**
 * `text` with workflow commands off around it, in one piece: written at once,
 * so output printed whole by commands run side by side (exec.ts `printWhole`)
 * is fenced without another command's output falling inside the fence.
 */
function fenced(text) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    // The resume on a line of its own even when the output ended without a newline.
    const end = text.endsWith('\n') ? '' : '\n';
    return `::stop-commands::${token}\n${text}${end}::${token}::\n`;
}
/** Runs `work` with workflow commands off; they are on again however it ends. */
async function withCommandsStopped(work, write = toStdout) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    let stopped = true;
    const resume = () => {
        // On a line of its own even when the output ended without a newline.
        if (stopped)
            write(`\n::${token}::\n`);
        stopped = false;
        return Promise.resolve();
    };
    write(`::stop-commands::${token}\n`);
    // A cancelled run's own error must reach the runner.
    const unregister = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__.onCancel)(resume);
    try {
        return await work();
    }
    finally {
        unregister();
        await resume();
    }
}


/***/ }),

/***/ 2147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ tagImage),
/* harmony export */   iW: () => (/* binding */ digestFor),
/* harmony export */   lp: () => (/* binding */ untagImage),
/* harmony export */   mF: () => (/* binding */ imageInfo),
/* harmony export */   mm: () => (/* binding */ inspectImage)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3190);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);


function imageInfo(record, image) {
    return {
        id: record.Id ?? image,
        size: record.Size ?? 0,
        repoDigests: record.RepoDigests ?? [],
        platform: { os: record.Os || 'linux', architecture: record.Architecture || 'amd64' },
        diffIds: record.RootFS?.Layers ?? [],
        user: record.Config?.User ?? ''
    };
}
/** `<command> image inspect` (docker's CLI, podman). */
async function inspectImage(image, command) {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)(command, ['image', 'inspect', image], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not inspect image ${image}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
    }
    const [record] = JSON.parse(result.stdout);
    return imageInfo(record ?? {}, image);
}
/** `<command> tag`: gives the image another name; throws with the tool's reason. */
async function tagImage(image, tag, command) {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)(command, ['tag', image, tag], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not tag the image ${tag}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
    }
}
/** `rmi` of a name the image has others besides: each tool then takes the name away only. */
async function untagImage(reference, command) {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)(command, ['rmi', reference], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not take the name ${reference} away: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
    }
}
/**
 * The manifest digest a registry holds for a pushed image: docker records it
 * as a repo digest when the push completes.
 */
function digestFor(tag, repoDigests) {
    const wanted = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(tag);
    for (const repoDigest of repoDigests) {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(repoDigest);
        if (ref.registry === wanted.registry && ref.repository === wanted.repository)
            return ref.digest;
    }
    return undefined;
}


/***/ }),

/***/ 4175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ pushWatcher),
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   J_: () => (/* binding */ writtenImage),
/* harmony export */   Qb: () => (/* binding */ failedCacheImports),
/* harmony export */   TS: () => (/* binding */ parseProgress),
/* harmony export */   kh: () => (/* binding */ parseBuildPushes)
/* harmony export */ });
/**
 * BuildKit's `--progress=plain` output, read into build steps; and followed as
 * it comes (`pushWatcher`). No I/O.
 *
 * Each vertex prints `#N <name>` once, then `#N CACHED`, `#N DONE 1.2s` or
 * `#N ERROR …`. Dockerfile instructions are the vertices named
 * `[stage i/n] INSTRUCTION`; the rest (`[internal] …`, `exporting to image`)
 * is the builder's own work.
 */
/** The stage a step belongs to, without its position: `builder 2/3` → `builder`. */
function stageName(stage) {
    return stage.replace(/\s*\d+\/\d+$/, '');
}
/** A line of a vertex: `#N ` and its text. */
const VERTEX = /^#(\d+) (.*)$/;
const INSTRUCTION = /^\[([^\]]*\d+\/\d+)\] (.*)$/;
function parseProgress(log) {
    const steps = [];
    for (const vertex of readVertices(log)) {
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
/** The `--cache-from` sources BuildKit could not read; it builds on without them. */
function failedCacheImports(log) {
    return readVertices(log)
        .filter(vertex => vertex.failed)
        .map(vertex => /^importing cache manifest from (\S+)$/.exec(vertex.name)?.[1])
        .filter(source => source !== undefined);
}
/** The name of the vertex that pushes one tag from the docker driver. */
const PUSHING = /^pushing (\S+) with docker$/;
function parseBuildPushes(log) {
    const pushed = [];
    let failed;
    let unfinished;
    for (const vertex of readVertices(log)) {
        const tag = PUSHING.exec(vertex.name)?.[1];
        if (!tag)
            continue;
        if (vertex.failed)
            failed ??= { tag, error: vertex.error ?? 'the push failed' };
        else if (vertex.done)
            pushed.push(tag);
        else
            unfinished ??= tag;
    }
    return { pushed, ...(failed ? { failed } : {}), ...(unfinished ? { unfinished } : {}) };
}
/** The line of BuildKit's "exporting to image" step that names the image it wrote. */
const WRITTEN_IMAGE = /^writing image (sha256:[0-9a-f]{64})\b/;
/** The image id the build wrote into the daemon (`writing image sha256:…`), also when a later push failed. */
function writtenImage(log) {
    for (const vertex of readVertices(log)) {
        if (vertex.name !== 'exporting to image')
            continue;
        for (const line of vertex.lines) {
            const id = WRITTEN_IMAGE.exec(line)?.[1];
            if (id)
                return id;
        }
    }
    return undefined;
}
/**
 * Follows a pushing build's progress as it comes, for what may start before
 * the build ends: `written` is told the image's id once BuildKit says it
 * wrote the image (the build goes on to push it), `pushed` once the push of
 * every one of `tags` is done. Each is told once; a push that fails tells
 * `pushed` nothing. What they start is early only: one that throws is left
 * for the caller to start again once the build ends, and never stops the
 * build's output. Output comes in pieces: a line is read once it is whole.
 */
function pushWatcher(tags, tell) {
    let pending = '';
    let imageId;
    const unpushed = new Set(tags);
    /** The push vertices under way, by number: `#7 pushing REF with docker`. */
    const pushes = new Map();
    let toldPushed = false;
    const tellSafely = (told, id) => {
        try {
            told?.(id);
        }
        catch {
            // Started again once the build ends.
        }
    };
    const read = (line) => {
        const vertex = VERTEX.exec(line);
        if (!vertex)
            return;
        const [, id = '', text = ''] = vertex;
        const written = imageId ? undefined : WRITTEN_IMAGE.exec(text)?.[1];
        if (written) {
            imageId = written;
            tellSafely(tell.written, written);
            return;
        }
        const tag = PUSHING.exec(text)?.[1];
        if (tag)
            pushes.set(id, tag);
        else if (/^DONE\b/.test(text) && pushes.has(id)) {
            unpushed.delete(pushes.get(id) ?? '');
            if (unpushed.size === 0 && imageId && !toldPushed) {
                toldPushed = true;
                tellSafely(tell.pushed, imageId);
            }
        }
    };
    return text => {
        const lines = (pending + text).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            read(line.trimEnd());
    };
}
function readVertices(log) {
    const vertices = new Map();
    for (const line of log.split(/\r?\n/)) {
        const match = VERTEX.exec(line.trimEnd());
        if (!match)
            continue;
        const [, id = '', text = ''] = match;
        let vertex = vertices.get(id);
        if (!vertex) {
            vertex = { name: text, cached: false, seconds: 0, failed: false, done: false, lines: [] };
            vertices.set(id, vertex);
            continue;
        }
        vertex.lines.push(text);
        if (text === 'CACHED')
            vertex.cached = true;
        const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(text);
        if (done) {
            vertex.seconds = Number(done[1]);
            vertex.done = true;
        }
        if (text.startsWith('ERROR')) {
            vertex.failed = true;
            vertex.error = text.replace(/^ERROR:?\s*/, '') || undefined;
        }
    }
    return [...vertices.values()];
}


/***/ }),

/***/ 2373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseSaveManifest),
/* harmony export */   N: () => (/* binding */ staysInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/** `manifest.json`, the index `docker save` writes of the images it exports. Pure. */

/** Its images, or undefined when the text is not such a manifest. */
function parseSaveManifest(text) {
    try {
        const manifest = JSON.parse(text);
        const valid = Array.isArray(manifest) &&
            manifest.length > 0 &&
            manifest.every((image) => typeof image.Config === 'string' &&
                staysInside(image.Config) &&
                Array.isArray(image.Layers) &&
                image.Layers.every(layer => typeof layer === 'string' && staysInside(layer)));
        return valid ? manifest : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a file name read from a saved folder's own files (its manifest, a
 * restored cache's index) names a file inside that folder. A restored cache is
 * whatever the last run saved, maybe a pull request's: `../`, an absolute path,
 * or a name that a command would read as an option never reaches the disk.
 */
function staysInside(file) {
    if (file === '' || file.includes('\0') || file.startsWith('-'))
        return false;
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(file) || file.includes('\\'))
        return false;
    return !file.split('/').includes('..');
}


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E6: () => (/* binding */ layerContentSize),
/* harmony export */   O1: () => (/* binding */ indexTar),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   jO: () => (/* binding */ entryCompression),
/* harmony export */   kF: () => (/* binding */ gzipSize)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/** Reads the entries of a (ustar) tar file in place, without extracting it. */





const BLOCK = 512;
/** Regular files by path (without a leading `./`). */
async function indexTar(file) {
    const entries = new Map();
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const header = Buffer.alloc(BLOCK);
        let position = 0;
        let longName;
        for (;;) {
            const { bytesRead } = await handle.read(header, 0, BLOCK, position);
            if (bytesRead < BLOCK || header.every(byte => byte === 0))
                break;
            const size = Number.parseInt(text(header, 124, 12) || '0', 8);
            const type = String.fromCharCode(header[156] ?? 0);
            const prefix = text(header, 345, 155);
            const name = longName ?? (prefix ? `${prefix}/` : '') + text(header, 0, 100);
            longName = undefined;
            const offset = position + BLOCK;
            if (type === 'L') {
                const content = Buffer.alloc(size);
                await handle.read(content, 0, size, offset);
                longName = content.toString('utf8').replace(/\0.*$/s, '');
            }
            else if (type === '0' || type === '\0') {
                entries.set(name.replace(/^\.\//, ''), { offset, size });
            }
            position = offset + Math.ceil(size / BLOCK) * BLOCK;
        }
    }
    finally {
        await handle.close();
    }
    return entries;
}
async function readEntry(file, entry) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    try {
        const content = Buffer.alloc(entry.size);
        await handle.read(content, 0, entry.size, entry.offset);
        return content;
    }
    finally {
        await handle.close();
    }
}
/** The size of an entry gzip-compressed, as `docker push` compresses a layer (level 6). */
async function gzipSize(file, entry) {
    if (entry.size === 0)
        return 0;
    let total = 0;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable({
        write(chunk, _encoding, done) {
            total += chunk.length;
            done();
        }
    });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { start: entry.offset, end: entry.offset + entry.size - 1 }), node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGzip({ level: 6 }), counter);
    return total;
}
async function entryCompression(file, entry) {
    const head = await readEntry(file, { offset: entry.offset, size: Math.min(entry.size, 4) });
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    return 'none';
}
/**
 * The bytes of the files a layer holds, as a daemon counts a layer's size: the
 * regular files' sizes (and symlinks' targets), read through the layer's tar,
 * decompressed first when it is stored compressed.
 */
async function layerContentSize(file, entry) {
    if (entry.size === 0)
        return 0;
    const counter = new TarContentCounter();
    // Before the stream opens: a stream that fails while this waits has no listener yet, and
    // its error would end the process.
    const decompress = decompressor(await entryCompression(file, entry));
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file, { start: entry.offset, end: entry.offset + entry.size - 1 }), decompress, counter);
    return counter.total;
}
function decompressor(compression) {
    if (compression === 'gzip')
        return node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip();
    if (compression === 'zstd') {
        // Node 22.15 and later; the action runs on node 24.
        const zstd = node_zlib__WEBPACK_IMPORTED_MODULE_4__.createZstdDecompress;
        if (!zstd)
            throw new Error('this node cannot decompress a zstd layer');
        return zstd();
    }
    return new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
}
/** Walks a tar stream's headers, skipping the content, and adds up what its files hold. */
class TarContentCounter extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable {
    total = 0;
    header = Buffer.alloc(0);
    skip = 0;
    ended = false;
    _write(chunk, _encoding, done) {
        let at = 0;
        while (at < chunk.length && !this.ended) {
            if (this.skip > 0) {
                const skipped = Math.min(this.skip, chunk.length - at);
                this.skip -= skipped;
                at += skipped;
                continue;
            }
            const taken = chunk.subarray(at, at + BLOCK - this.header.length);
            this.header = Buffer.concat([this.header, taken]);
            at += taken.length;
            if (this.header.length < BLOCK)
                break;
            const header = this.header;
            this.header = Buffer.alloc(0);
            // Two zero blocks end the archive; what follows is padding.
            if (header.every(byte => byte === 0)) {
                this.ended = true;
                break;
            }
            const size = Number.parseInt(text(header, 124, 12) || '0', 8);
            const type = String.fromCharCode(header[156] ?? 0);
            if (type === '0' || type === '\0')
                this.total += size;
            else if (type === '2')
                this.total += Buffer.byteLength(text(header, 157, 100));
            this.skip = Math.ceil(size / BLOCK) * BLOCK;
        }
        done();
    }
}
function text(buffer, start, length) {
    return buffer
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim();
}


/***/ }),

/***/ 4394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   aR: () => (/* binding */ realmTakesCredentials),
/* harmony export */   vQ: () => (/* binding */ tokenUrl),
/* harmony export */   xy: () => (/* binding */ parseChallenge)
/* harmony export */ });
/** `WWW-Authenticate` challenges of the registry token protocol. Pure. */
/** Parses `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    const scheme = match?.[1]?.toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = {};
    for (const param of (match?.[2] ?? '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) {
        params[(param[1] ?? '').toLowerCase()] = param[2] ?? param[3] ?? '';
    }
    return { scheme, params };
}
/**
 * The URL that hands out a token for a repository: the challenge's scope (a
 * pull scope when it names none), and any `extraScopes`, each its own `scope`.
 */
function tokenUrl(challenge, repository, extraScopes = []) {
    const realm = challenge.params.realm;
    if (!realm)
        return undefined;
    const url = new URL(realm);
    if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', challenge.params.scope || `repository:${repository}:pull`);
    for (const scope of extraScopes)
        url.searchParams.append('scope', scope);
    return url.toString();
}
/**
 * Whether a token realm may be sent the registry's own Basic credentials. The
 * realm is whatever the registry's challenge names: over plain HTTP to another
 * host, the password would cross the network readable. Docker, too, speaks
 * plain HTTP only to a registry on this machine.
 */
function realmTakesCredentials(realm) {
    const url = new URL(realm);
    if (url.protocol === 'https:')
        return true;
    return url.protocol === 'http:' && isLoopback(url.hostname);
}
/** `localhost`, `127.x.x.x` or `[::1]`. */
function isLoopback(hostname) {
    return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname);
}


/***/ }),

/***/ 8851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ httpRequest)
/* harmony export */ });
/* unused harmony export MAX_ANSWER_BYTES */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5222);
/**
 * The registry clients' HTTP: node's own `http` and `https`, through the
 * agents of @actions/http-client (loaded with @actions/core already), which
 * follow the runner's proxy settings and keep connections open. Bodies are
 * node streams, piped: a copy between registries spends about half the CPU
 * that `fetch`'s web streams do, and a process's first `fetch` spends some
 * 30 ms starting its own HTTP stack before it sends.
 *
 * Limits: a request fails, with the limit it ran into, when its connection
 * does not open in time (CONNECT_TIMEOUT_MS, a proxy's tunnel included),
 * when the connection stays silent past the idle limit (headers or body), or
 * when its whole answer has not come by the deadline (REQUEST_TIMEOUT_MS; a
 * transfer, whose size has no bound, has none). An answer read whole (bytes,
 * json) is at most MAX_ANSWER_BYTES. A body that fails (its source's
 * connection reset) ends its request at once, with the body's error.
 * Redirects of a request without a body are followed; Authorization goes only
 * to the origin it was meant for, never from https down to http.
 */





/** A manifest, a token's or an API's answer: far less than this. */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
// http-client's agent, for the protocol its client first spoke: a client per protocol.
const clients = new Map();
function agentFor(url) {
    let client = clients.get(url.protocol);
    if (!client)
        clients.set(url.protocol, (client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq('hoist', [], { keepAlive: true })));
    return client.getAgent(url.toString());
}
async function httpRequest(method, url, headers, body, options = {}) {
    const limits = {
        idleTimeoutMs: options.idleTimeoutMs ?? _request_js__WEBPACK_IMPORTED_MODULE_4__/* .REQUEST_TIMEOUT_MS */ .j2,
        deadlineMs: options.deadlineMs ?? _request_js__WEBPACK_IMPORTED_MODULE_4__/* .REQUEST_TIMEOUT_MS */ .j2,
        connectTimeoutMs: options.connectTimeoutMs ?? _request_js__WEBPACK_IMPORTED_MODULE_4__/* .CONNECT_TIMEOUT_MS */ .cC
    };
    let target = new URL(url);
    let sent = { ...headers };
    for (let redirects = 0;; redirects++) {
        const message = await send(method, target, sent, body, limits);
        const location = message.headers.location;
        const follow = REDIRECTS.has(message.statusCode ?? 0) && location && body === undefined;
        if (!follow || redirects >= MAX_REDIRECTS)
            return answer(message);
        message.resume();
        const next = new URL(location, target);
        if (target.protocol === 'https:' && next.protocol !== 'https:') {
            throw new Error(`${target.host} redirected to ${next.protocol}//${next.host}: refused`);
        }
        if (next.origin !== target.origin)
            sent = withoutAuthorization(sent);
        target = next;
    }
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
function send(method, url, headers, body, limits) {
    return new Promise((resolve, reject) => {
        const sent = { 'User-Agent': 'hoist', ...headers };
        if (Buffer.isBuffer(body))
            sent['Content-Length'] ??= String(body.length);
        const request = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_2__.request : node_http__WEBPACK_IMPORTED_MODULE_1__.request;
        let answered;
        const req = request(url, { method, headers: sent, agent: agentFor(url) }, message => {
            answered = message;
            message.once('close', () => clearTimeout(deadline));
            resolve(message);
        });
        // Past the answer's headers, its body's reader is the one to tell.
        const fail = (what) => {
            const error = Object.assign(new Error(`${method} ${url.host}: ${what}`), {
                code: 'ETIMEDOUT'
            });
            if (answered)
                answered.destroy(error);
            req.destroy(error);
            // A request that has no socket yet (a proxy's tunnel still opening) tells nobody itself.
            reject(error);
        };
        const seconds = (ms) => `${ms / 1000} s`;
        req.setTimeout(limits.idleTimeoutMs, () => fail(`no answer for ${seconds(limits.idleTimeoutMs)}`));
        // Started now: a proxy's agent hands the socket over only once its tunnel is open.
        const connecting = setTimeout(() => fail(`not connected in ${seconds(limits.connectTimeoutMs)}`), limits.connectTimeoutMs).unref();
        const deadline = Number.isFinite(limits.deadlineMs)
            ? setTimeout(() => fail(`no whole answer in ${seconds(limits.deadlineMs)}`), limits.deadlineMs).unref()
            : undefined;
        req.once('socket', socket => {
            if (!socket.connecting)
                clearTimeout(connecting);
            else
                socket.once('connect', () => clearTimeout(connecting));
        });
        req.once('close', () => {
            clearTimeout(connecting);
            if (!answered)
                clearTimeout(deadline);
        });
        req.on('error', reject);
        if (body === undefined)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else
            (0,node_stream__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, req, error => error && req.destroy(error));
    });
}
function answer(message) {
    // A connection lost mid-body fails the read of it (bytes, json, a stream's
    // consumer); one being discarded has nobody to tell.
    message.on('error', () => undefined);
    const bytes = async (limit = MAX_ANSWER_BYTES) => {
        const chunks = [];
        let size = 0;
        for await (const chunk of message) {
            size += chunk.length;
            if (size > limit) {
                message.destroy();
                throw new Error(`the answer is over ${limit} bytes`);
            }
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    };
    const status = message.statusCode ?? 0;
    return {
        status,
        ok: status >= 200 && status < 300,
        header: name => {
            const value = message.headers[name];
            return Array.isArray(value) ? value.join(', ') : value;
        },
        bytes,
        json: async () => JSON.parse((await bytes()).toString('utf8')),
        body: message,
        discard: () => {
            message.resume();
        }
    };
}


/***/ }),

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Tn: () => (/* binding */ manifestReference),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
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
/** What the registry's manifest URL names for a reference: its digest, else its tag, else `latest`. */
function manifestReference(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}
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


/***/ }),

/***/ 5222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cC: () => (/* binding */ CONNECT_TIMEOUT_MS),
/* harmony export */   ih: () => (/* binding */ TRANSFER_IDLE_TIMEOUT_MS),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS)
/* harmony export */ });
/**
 * Token and metadata requests (a registry's token realm, its manifests, ECR's
 * and Google's token endpoints): a service that stops answering fails the
 * request after this long instead of holding the job until the runner's own
 * timeout (for the registry clients, registry/http.ts: this long silent).
 */
const REQUEST_TIMEOUT_MS = 30_000;
/** Connecting is quick where the service is up: a dead address fails sooner. */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * A blob's transfer between registries, a cross-repository mount or a
 * manifest's PUT fails once its connection is silent this long: a registry
 * may take a while to check a large layer's digest, or copy a blob, or check
 * what a manifest names, before it answers (repository.ts, `transfer`).
 */
const TRANSFER_IDLE_TIMEOUT_MS = 300_000;


/***/ })

};
