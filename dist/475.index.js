export const id = 475;
export const ids = [475,462,833];
export const modules = {

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ readSaveManifest),
/* harmony export */   Kt: () => (/* binding */ saveImages),
/* harmony export */   TG: () => (/* binding */ linkFile),
/* harmony export */   z6: () => (/* binding */ loadImages)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_saved_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2373);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3190);
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3802);
/**
 * The inline strategy's images, kept in the cache directory as the folder
 * `docker save` writes (its tar unpacked). A daemon on this host reads them
 * from registry.ts; any other loads them here: each image goes to its own
 * `docker load`, all at once, so the daemon unpacks them side by side and
 * they arrive in about the time of the largest rather than of all.
 */





/**
 * Writes `folder` afresh: the daemon's `images` with `docker save`, then the
 * `kept` images, which the daemon may not hold, from the `restored` folder.
 */
async function saveImages(folder, images, kept) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(folder, { recursive: true, force: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder, { recursive: true });
    if (images.length > 0) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execPipe */ .qW)(['docker', 'save', ...images], ['tar', '-x', '-C', folder]);
        if (result.exitCode !== 0)
            throw new Error(`docker save failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY)(result)}`);
    }
    if (kept.images.length > 0)
        keepImages(kept.restored, folder, kept.images);
}
/** Adds restored images to a saved folder: their files linked, their entries in its manifest. */
function keepImages(restored, folder, names) {
    const entries = (readSaveManifest(restored) ?? []).filter(image => image.RepoTags?.some(name => names.includes(name)));
    const missing = names.filter(name => !entries.some(image => image.RepoTags?.includes(name)));
    if (missing.length > 0)
        throw new Error(`${missing.join(', ')}: not in the restored cache`);
    for (const image of entries) {
        for (const file of [image.Config, ...image.Layers]) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, file);
            // A stage's own layer the build never needed stays in the stage's entry (stage-layers.ts).
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(restored, file)))
                continue;
            linkFile(node_path__WEBPACK_IMPORTED_MODULE_1__.join(restored, file), target);
        }
    }
    const manifest = [...(readSaveManifest(folder) ?? []), ...entries];
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, 'manifest.json'), JSON.stringify(manifest));
}
/**
 * A second name for a saved file, or a copy where a link cannot be made.
 * docker save writes a layer it already wrote as a symlink to it: the file
 * itself is linked.
 */
function linkFile(from, to) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(to), { recursive: true });
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(from);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.linkSync)(source, to);
    }
    catch {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync)(source, to);
    }
}
async function loadImages(folder) {
    const saved = readSaveManifest(folder);
    if (!saved) {
        return { images: [], failures: ['it holds no manifest.json of docker save'], absent: [] };
    }
    const whole = saved.filter(image => image.Layers.every(file => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, file))));
    const results = await Promise.all(whole.map((image, index) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .execPipe */ .qW)(imageTar(folder, image, index), ['docker', 'load'])));
    const loaded = results.map(result => (0,_strategy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLoadedImages */ .n)(result.stdout));
    return {
        images: loaded.flat(),
        failures: results.filter((_, i) => loaded[i]?.length === 0).map(_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastErrorLine */ .HY),
        absent: saved.filter(image => !whole.includes(image)).map(image => image.RepoTags?.[0] ?? '')
    };
}
/**
 * `tar` of one image: its own manifest, config and layers. A layer two images
 * share goes to both loads; the daemon keeps one. Links are followed (`-h`):
 * docker save links a layer it already wrote, maybe for another image.
 */
function imageTar(folder, image, index) {
    const manifest = `manifest-${index}.json`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, manifest), JSON.stringify([image]));
    return [
        'tar',
        '-c',
        '-h',
        '-C',
        folder,
        `--transform=s,^${manifest.replace('.', '\\.')}$,manifest.json,`,
        // Names, never options, whatever the restored manifest holds.
        '--',
        manifest,
        image.Config,
        ...image.Layers
    ];
}
/** `docker save`'s `manifest.json` in `folder`, or undefined when there is none or it is not one. */
function readSaveManifest(folder) {
    try {
        return (0,_engine_saved_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSaveManifest */ .A)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, 'manifest.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ STEP_IMAGES_FOLDER),
/* harmony export */   CJ: () => (/* binding */ cacheImage),
/* harmony export */   EY: () => (/* binding */ stageLayersKey),
/* harmony export */   GS: () => (/* binding */ IMAGES_FOLDER),
/* harmony export */   P5: () => (/* binding */ cacheRoot),
/* harmony export */   Xr: () => (/* binding */ cacheKeys),
/* harmony export */   an: () => (/* binding */ imageRepository),
/* harmony export */   jX: () => (/* binding */ LOCAL_CACHE),
/* harmony export */   o3: () => (/* binding */ cacheDirectory),
/* harmony export */   o6: () => (/* binding */ stageLayersDirectory)
/* harmony export */ });
/* unused harmony export KEY_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Layer-cache keys, directories and image names. Pure.
 *
 * A key is `<prefix><sha>-<run id>`. The prefix pins what the cache is for
 * (OS, architecture, image, Dockerfile, target, scope); restoring by the
 * prefix alone finds the newest cache of any commit, so a new commit, a pull
 * request and its base branch share layers.
 */


const KEY_VERSION = 'v3';
/** The inline strategy's images inside the cache directory: `docker save`, unpacked. */
const IMAGES_FOLDER = 'images';
/** The archive strategy's step images (podman, buildah), inside the cache directory. */
const STEP_IMAGES_FOLDER = 'step-images';
/** The local strategy's cache, inside the cache directory. */
const LOCAL_CACHE = 'buildkit';
function cacheKeys(parts) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([
        parts.image,
        parts.file.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'),
        parts.target.toLowerCase(),
        parts.scope
    ]))
        .digest('hex')
        .slice(0, 12);
    const name = readableName(parts.image);
    // The fixed-length id ends the prefix, so no prefix is a prefix of another subject's.
    const prefix = `hoist-${KEY_VERSION}-${safe(parts.os)}-${safe(parts.arch)}-${name}-${id}-`;
    const run = `${safe(parts.sha.slice(0, 12)) || 'nosha'}-${safe(parts.runId) || '0'}`;
    return { key: prefix + run, restoreKeys: [prefix], id };
}
/** The repository part of an image reference: no tag, no digest. */
function imageRepository(reference) {
    const noDigest = reference.split('@')[0] ?? '';
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
/**
 * Where the cache's directories go: the runner's own temp directory, which no
 * other runner on the host shares and the runner empties for each job, else
 * the system's.
 */
function cacheRoot(env, systemTemp) {
    return env.RUNNER_TEMP || systemTemp;
}
/**
 * The directory cached. Its path is part of the cache's version, so it must
 * be the same on every run: a fixed name under `cacheRoot`.
 */
function cacheDirectory(tempRoot, id) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(tempRoot, `hoist-layer-cache-${id}`);
}
/**
 * The key of a stage image's own layers (those the target does not hold):
 * named by their digests, so layers already stored are never stored again.
 */
function stageLayersKey(id, digests) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...new Set(digests)].sort().join('\n'))
        .digest('hex')
        .slice(0, 24);
    return `hoist-${KEY_VERSION}-layers-${id}-${hash}`;
}
/** The directory cached for a stage image's own layers: a fixed path per stage. */
function stageLayersDirectory(cacheDir, image) {
    const tag = image.slice(image.lastIndexOf(':') + 1);
    return `${cacheDir}-${tag}`;
}
/** The local image that carries one stage's inline cache (or the target's). */
function cacheImage(id, stage) {
    const tag = stage === undefined ? 'target' : `stage-${stage.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return `hoist-cache/${id}:${tag.slice(0, 128)}`;
}
function readableName(image) {
    return safe(image.split('/').at(-1) ?? '') || 'image';
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9_.-]/g, '_');
}


/***/ }),

/***/ 6568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RG: () => (/* binding */ directorySize),
  Qn: () => (/* binding */ restoreLayerCache),
  zk: () => (/* binding */ startCacheDownload),
  X9: () => (/* binding */ wantsCacheService)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/family.ts + 3 modules
var family = __webpack_require__(9511);
// EXTERNAL MODULE: ./src/inputs.ts + 5 modules
var inputs = __webpack_require__(1065);
// EXTERNAL MODULE: ./src/cache/images.ts
var cache_images = __webpack_require__(410);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/report/layers.ts
var report_layers = __webpack_require__(7478);
// EXTERNAL MODULE: ./src/cache/stage-layers.ts
var stage_layers = __webpack_require__(7363);
;// CONCATENATED MODULE: ./src/cache/registry.ts
/**
 * The restored images, served to BuildKit as a registry on 127.0.0.1 instead
 * of loaded with `docker load`. BuildKit reads each image's manifest and
 * inline cache, then pulls only the layers a step it takes from the cache
 * needs: a builder stage whose output the final image already holds is never
 * pulled at all. `docker load` would unpack every layer of every image twice,
 * to a temp folder and then into the daemon, before the build could start.
 *
 * Only a daemon on this host reaches the address; elsewhere (a job container,
 * a remote daemon) the images are loaded instead.
 */








const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/**
 * Serves `docker save`'s unpacked folder; throws when the folder is not one.
 * A layer still in a stage's entry is restored when the build first asks for
 * it. An image whose entry the cache no longer holds is not served at all:
 * BuildKit gives up on a missing manifest at once, but retries a missing
 * layer for a minute.
 */
async function serveImages(folder, stages) {
    const saved = (0,cache_images/* readSaveManifest */.$t)(folder);
    if (!saved)
        throw new Error('it holds no manifest.json of docker save');
    const content = registryContent(saved, {
        read: file => (0,external_node_fs_.readFileSync)(external_node_path_.join(folder, file)),
        layer: file => (0,stage_layers/* describeLayer */.$d)(folder, file, stages.entries)
    });
    const fetches = new Map();
    const pulled = new Set();
    const withheld = new Set();
    const available = async (manifest) => {
        const absent = manifest.files.filter(file => !(0,external_node_fs_.existsSync)(external_node_path_.join(folder, file)));
        const entries = stages.entries.filter(entry => absent.some(file => entry.layers[file]));
        const present = await Promise.all(entries.map(entry => stages.present(entry)));
        if (present.every(Boolean))
            return true;
        withheld.add(manifest.image);
        return false;
    };
    const blobFile = async (digest) => {
        const file = content.blobs.get(digest);
        if (file === undefined)
            return undefined;
        const entry = stages.entries.find(candidate => candidate.layers[file]);
        if (entry && !(0,external_node_fs_.existsSync)(external_node_path_.join(folder, file))) {
            if (!fetches.has(entry.key))
                fetches.set(entry.key, stages.fetch(entry));
            await fetches.get(entry.key);
        }
        if (!(0,external_node_fs_.existsSync)(external_node_path_.join(folder, file)))
            return undefined;
        pulled.add(digest);
        return external_node_path_.join(folder, file);
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        answer(request, response, content.manifests, available, blobFile).catch(() => response.destroy());
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    // Never what keeps the step running: the build it serves does.
    server.unref();
    const { port } = server.address();
    const close = () => new Promise(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
    const unregister = (0,cancel.onCancel)(close);
    return {
        address: `127.0.0.1:${port}`,
        images: content.images,
        withheld: () => [...withheld],
        read: () => {
            const sizes = [...content.layers];
            const read = sizes.filter(([digest]) => pulled.has(digest));
            return {
                layers: read.length,
                bytes: sum(read.map(([, size]) => size)),
                ofLayers: sizes.length,
                ofBytes: sum(sizes.map(([, size]) => size))
            };
        },
        close: () => {
            unregister();
            return close();
        }
    };
}
/**
 * An OCI manifest for each image `docker save` wrote. A layer it writes as
 * `<id>/layer.tar` is the layer uncompressed, so its digest is the diff ID the
 * image's config lists; one it writes as `blobs/sha256/<digest>` (docker 25
 * and later) is named by its digest, and may be compressed (the containerd
 * image store keeps layers as pulled). BuildKit checks every blob against its
 * digest as it pulls.
 */
function registryContent(saved, files) {
    const manifests = new Map();
    const blobs = new Map();
    const layerSizes = new Map();
    const images = [];
    for (const image of saved) {
        const config = files.read(image.Config);
        const { diffIds } = (0,report_layers/* parseImageConfig */.FB)(JSON.parse(config.toString('utf8')));
        if (diffIds.length !== image.Layers.length) {
            throw new Error(`${image.Config} does not list one diff ID for each of its layers`);
        }
        const layers = image.Layers.map((file, index) => {
            const named = /(?:^|\/)blobs\/sha256\/([0-9a-f]{64})$/.exec(file)?.[1];
            const layer = files.layer(file);
            return layer && { file, digest: named ? `sha256:${named}` : (diffIds[index] ?? ''), ...layer };
        });
        // An image with a layer nowhere to be had is left out: its stage is built again.
        if (!layers.every(layer => layer !== undefined))
            continue;
        const configDigest = sha256(config);
        blobs.set(configDigest, image.Config);
        for (const { file, digest, size } of layers) {
            blobs.set(digest, file);
            layerSizes.set(digest, size);
        }
        const body = JSON.stringify({
            schemaVersion: 2,
            mediaType: MANIFEST_TYPE,
            config: {
                mediaType: 'application/vnd.oci.image.config.v1+json',
                digest: configDigest,
                size: config.length
            },
            layers: layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))
        });
        const manifest = {
            body,
            digest: sha256(Buffer.from(body)),
            image: image.RepoTags?.[0] ?? '',
            files: image.Layers
        };
        for (const name of image.RepoTags ?? []) {
            manifests.set(name, manifest);
            manifests.set(`${name.slice(0, name.lastIndexOf(':'))}@${manifest.digest}`, manifest);
            images.push(name);
        }
    }
    return { manifests, blobs, layers: layerSizes, images };
}
async function answer(request, response, manifests, available, blobFile) {
    const head = request.method === 'HEAD';
    if (!head && request.method !== 'GET')
        return notFound(response, 405);
    const url = (request.url ?? '').split('?')[0] ?? '';
    if (url === '/v2/' || url === '/v2') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        return void response.end(head ? undefined : '{}');
    }
    const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url);
    if (manifest) {
        const [, repository = '', reference = ''] = manifest;
        const separator = reference.startsWith('sha256:') ? '@' : ':';
        const found = manifests.get(`${repository}${separator}${reference}`);
        if (!found || !(await available(found)))
            return notFound(response);
        response.writeHead(200, {
            'Content-Type': MANIFEST_TYPE,
            'Content-Length': Buffer.byteLength(found.body),
            'Docker-Content-Digest': found.digest
        });
        return void response.end(head ? undefined : found.body);
    }
    const blob = /^\/v2\/.+\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url);
    const file = blob ? await blobFile(blob[1] ?? '') : undefined;
    if (!blob || !file)
        return notFound(response);
    response.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': (0,external_node_fs_.statSync)(file).size,
        'Docker-Content-Digest': blob[1]
    });
    if (head)
        return void response.end();
    (0,external_node_fs_.createReadStream)(file)
        .on('error', () => response.destroy())
        .pipe(response);
}
function notFound(response, status = 404) {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ code: 'NOT_FOUND', message: 'not in the layer cache' }] }));
}
function sum(values) {
    return values.reduce((total, value) => total + value, 0);
}
function sha256(data) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
}

// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
// EXTERNAL MODULE: ./src/cache/keys.ts
var cache_keys = __webpack_require__(1452);
// EXTERNAL MODULE: ./src/cache/strategy.ts
var cache_strategy = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/layer-cache.ts
/**
 * The layer cache over @actions/cache: restored before the build (here), and
 * saved in the post step (save.ts). Nothing here fails the job: an unreachable service, a refused save or a
 * broken archive is a warning, and the build goes on without the cache.
 */













/**
 * Hoist keeps a cache of its own unless it is off, the workflow brings its
 * own, or the runner has no cache service.
 */
function wantsCacheService(inputs) {
    const own = inputs.cache !== 'off' && inputs.cacheFrom.length === 0 && inputs.cacheTo.length === 0;
    return own && (0,service/* cacheServiceConfigured */.K)();
}
/** Starts the download, where Hoist keeps a cache of its own. */
function startCacheDownload(inputs, tags) {
    if (!wantsCacheService(inputs))
        return undefined;
    const keys = (0,cache_keys/* cacheKeys */.Xr)({
        os: process.env.RUNNER_OS || external_node_os_.platform(),
        arch: process.env.RUNNER_ARCH || external_node_os_.arch(),
        image: (0,cache_keys/* imageRepository */.an)(tags[0] ?? ''),
        file: inputs.file,
        target: inputs.target,
        scope: inputs.cacheScope,
        sha: process.env.GITHUB_SHA ?? '',
        runId: process.env.GITHUB_RUN_ID ?? ''
    });
    const dir = (0,cache_keys/* cacheDirectory */.o3)((0,cache_keys/* cacheRoot */.P5)(process.env, external_node_os_.tmpdir()), keys.id);
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return inputs.noCache ? { keys, dir } : { keys, dir, restored: restore(dir, keys) };
}
async function restoreLayerCache(inputs, engine, download) {
    checkCacheTo(inputs.cacheTo, engine);
    const strategy = (0,cache_strategy/* chooseStrategy */.$3)({
        mode: inputs.cache,
        userCacheFrom: inputs.cacheFrom,
        userCacheTo: inputs.cacheTo,
        exportCache: engine.can.exportCache,
        reusesLoadedLayers: engine.can.reusesLoadedLayers,
        serviceAvailable: download !== undefined && (await (0,service/* cacheService */.q)()).isFeatureAvailable()
    });
    core.info(`Layer cache: ${(0,cache_strategy/* describeStrategy */.rz)(strategy)}`);
    const base = {
        strategy,
        mode: inputs.cache,
        userCacheFrom: inputs.cacheFrom,
        userCacheTo: inputs.cacheTo,
        restoredBytes: 0,
        cacheImages: [],
        cacheFrom: []
    };
    core.setOutput('cache-hit', 'false');
    if (!download || strategy.kind === 'off' || strategy.kind === 'user')
        return base;
    const { keys, dir } = download;
    core.info(`Layer cache key: ${keys.key}`);
    const withKeys = { ...base, keys, dir };
    if (!download.restored) {
        core.info('Layer cache: not restored, as no-cache is set');
        return withKeys;
    }
    const outcome = await download.restored;
    if (outcome.error) {
        core.warning(`The layer cache could not be restored; building without it: ${outcome.error}`);
    }
    if (!outcome.key) {
        if (!outcome.error)
            core.info('Layer cache: none found, a cold build');
        return withKeys;
    }
    core.info(`Layer cache restored from ${outcome.key}`);
    let restored = {
        ...withKeys,
        restoredKey: outcome.key,
        restoredBytes: directorySize(dir)
    };
    if (strategy.kind === 'archive') {
        const loaded = await loadStepImages(external_node_path_.join(dir, cache_keys/* STEP_IMAGES_FOLDER */.$Y), engine);
        if (!loaded)
            return withKeys;
    }
    if (strategy.kind === 'inline') {
        const folder = external_node_path_.join(dir, cache_keys/* IMAGES_FOLDER */.GS);
        const stages = (0,stage_layers/* readStageLayers */.dB)(dir);
        const images = engine.daemonOnThisHost
            ? await serveCacheImages(folder, stages)
            : await loadCacheImages(folder, stages, engine);
        if (!images)
            return withKeys;
        restored = { ...restored, ...images };
    }
    core.setOutput('cache-hit', String(outcome.key === keys.key));
    return restored;
}
/** podman, buildah: the restored step images, loaded into the store the build reuses them from. */
async function loadStepImages(folder, engine) {
    try {
        const images = await (0,family/* familyOf */.A)(engine).loadImages(folder);
        core.info(`Layer cache: ${images.length} step images loaded; the build reuses their layers`);
        return true;
    }
    catch (error) {
        core.warning(`The restored layer cache could not be loaded; building without it: ${(0,errors/* errorMessage */.g)(error)}`);
        return false;
    }
}
async function restore(dir, keys) {
    try {
        const cache = await (0,service/* cacheService */.q)();
        if (!cache.isFeatureAvailable())
            return {};
        return { key: await cache.restoreCache([dir], keys.key, [...keys.restoreKeys]) };
    }
    catch (error) {
        return { error: (0,errors/* errorMessage */.g)(error) };
    }
}
/** The images of the inline cache served on 127.0.0.1, or undefined when they cannot be. */
async function serveCacheImages(folder, entries) {
    const stored = new Map(entries.map(entry => [entry.key, (0,stage_layers/* stageLayersStored */.cl)(entry)]));
    const present = async (entry) => {
        const found = await stored.get(entry.key);
        if (!found)
            core.info(`Layer cache: ${entry.key} is no longer stored; its stage's steps run again`);
        return found ?? false;
    };
    const fetch = (entry) => {
        core.info(`Layer cache: a build step needs a stage's own layers; restoring ${entry.key}`);
        return (0,stage_layers/* fetchStageLayers */.fb)(entry, folder);
    };
    try {
        const server = await serveImages(folder, { entries, present, fetch });
        core.info(`Layer cache images, served to the build on ${server.address} (it pulls only the ` +
            `layers it uses): ${server.images.join(', ')}`);
        const cacheFrom = server.images.map(image => `${server.address}/${image}`);
        return { cacheImages: server.images, cacheFrom, server };
    }
    catch (error) {
        core.warning(`The restored layer cache could not be used; building without it: ${(0,errors/* errorMessage */.g)(error)}`);
        return undefined;
    }
}
/**
 * The images of the inline cache loaded into the daemon, or undefined when
 * none loads. An image that does not load is a warning; the others are still used.
 */
async function loadCacheImages(folder, entries, engine) {
    if (!engine.can.cacheFromLocalImages) {
        core.warning('The restored layer cache is not used: the daemon is not on this host, so it cannot be ' +
            `served to it, and this engine (${engine.description}) reads no cache from images loaded ` +
            'into it. Building without it.');
        return undefined;
    }
    // docker load takes whole images: every stage's own layers are restored first.
    await Promise.all(entries.map(entry => (0,stage_layers/* fetchStageLayers */.fb)(entry, folder)));
    const { images, failures, absent } = await (0,cache_images/* loadImages */.z6)(folder);
    if (absent.length > 0) {
        core.info(`Layer cache: ${absent.join(', ')} no longer stored whole; its steps run again`);
    }
    if (images.length === 0) {
        core.warning(`The restored layer cache could not be loaded; building without it: ${failures.join('; ')}`);
        return undefined;
    }
    if (failures.length > 0) {
        core.warning(`Part of the restored layer cache could not be loaded: ${failures.join('; ')}`);
    }
    core.info(`Layer cache images, loaded (the daemon is not on this host): ${images.join(', ')}`);
    return { cacheImages: images, cacheFrom: images };
}
/**
 * An engine that cannot export a cache can still write one inline in the
 * image (buildx's docker driver); the daemon's own BuildKit takes no cache-to.
 */
function checkCacheTo(cacheTo, engine) {
    if (engine.can.exportCache)
        return;
    const exports = engine.frontend === 'buildx' ? cacheTo.filter(to => !isInline(to)) : cacheTo;
    if (exports.length === 0)
        return;
    throw new inputs/* InputError */.dz('cache-to', `"${exports.join(', ')}" cannot be exported by this engine (${engine.description}): ` +
        (engine.frontend === 'buildx'
            ? 'use `type=inline`, or a builder that can export a cache: a docker-container ' +
                'builder (docker/setup-buildx-action) or a daemon with the containerd image store'
            : "the daemon's BuildKit can only read a cache (cache-from); install docker buildx"));
}
function isInline(cacheTo) {
    return cacheTo.split(',').some(part => part.trim() === 'type=inline');
}
function directorySize(dir) {
    let total = 0;
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile())
            total += (0,external_node_fs_.statSync)(external_node_path_.join(entry.parentPath, entry.name)).size;
    }
    return total;
}


/***/ }),

/***/ 353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ saveLayerCache),
/* harmony export */   VR: () => (/* binding */ cacheReport),
/* harmony export */   cK: () => (/* binding */ planLayerCacheSave)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(410);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1452);
/* harmony import */ var _stage_layers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7363);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8125);
/* harmony import */ var _layer_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6568);
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3802);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/**
 * Saving the layer cache. Main decides (it knows which steps ran) and hands
 * what to save to the post step in the state; post saves it. The upload then
 * never holds up the image: it is pushed, and the job's later steps run,
 * before the cache is written — as actions/cache does.
 */










/** Main: whether post should save, and what. A cache not to be saved is removed now. */
function planLayerCacheSave(layerCache, built) {
    const { keys, dir, strategy } = layerCache;
    if (!keys || !dir || strategy.kind === 'off' || strategy.kind === 'user')
        return {};
    const decision = (0,_strategy_js__WEBPACK_IMPORTED_MODULE_7__/* .decideSave */ .y_)({
        mode: layerCache.mode,
        exactHit: layerCache.restoredKey === keys.key,
        restored: layerCache.restoredKey !== undefined,
        steps: built.steps
    });
    const unsaved = decision.save ? secretsUnsaved(strategy.kind, built) : decision.reason;
    if (unsaved) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache not saved: ${unsaved}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        return { skipped: unsaved };
    }
    if (!decision.save) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache not saved: ${decision.reason}`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        return { skipped: decision.reason };
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache: saved as ${keys.key} in the post step`);
    const { cacheImages: images, keptImages: kept } = built;
    return { pending: { strategy: strategy.kind, key: keys.key, id: keys.id, dir, images, kept } };
}
/**
 * Why nothing is saved when every stage receives a secret-looking build-arg,
 * or, with a cache that holds every stage (buildx's local export, podman's
 * step images), when any does.
 */
function secretsUnsaved(strategy, built) {
    if (built.uncached.length === 0)
        return undefined;
    if (strategy !== 'inline')
        return 'a stage receives a build-arg that looks like a secret';
    if (built.cacheImages.length + built.keptImages.length > 0)
        return undefined;
    return 'every stage receives a build-arg that looks like a secret';
}
/** Post: saves the cache; a failure is a warning, and the directories go in any case. */
async function saveLayerCache(pending) {
    let stages = [];
    try {
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_8__/* .cacheService */ .q)();
        if (pending.strategy === 'inline') {
            const restored = node_path__WEBPACK_IMPORTED_MODULE_2__.join(pending.dir, _keys_js__WEBPACK_IMPORTED_MODULE_4__/* .IMAGES_FOLDER */ .GS);
            const next = `${restored}.next`;
            await (0,_images_js__WEBPACK_IMPORTED_MODULE_3__/* .saveImages */ .Kt)(next, pending.images, { restored, images: pending.kept });
            const stored = (0,_stage_layers_js__WEBPACK_IMPORTED_MODULE_5__/* .readStageLayers */ .dB)(pending.dir);
            stages = (0,_stage_layers_js__WEBPACK_IMPORTED_MODULE_5__/* .splitStageLayers */ .PR)(next, pending.dir, pending.id, stored);
            for (const entry of await entriesToStore(stages, stored)) {
                // Named by its layers: when another run stored them first, the service refuses this.
                const id = await cache.saveCache([entry.dir], entry.key);
                if (id !== -1)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache: a stage's own layers saved as ${entry.key}`);
            }
            (0,_stage_layers_js__WEBPACK_IMPORTED_MODULE_5__/* .writeStageLayers */ .wn)(pending.dir, stages);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(restored, { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(next, restored);
        }
        const bytes = (0,_layer_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .directorySize */ .RG)(pending.dir);
        const id = await cache.saveCache([pending.dir], pending.key);
        if (id === -1)
            throw new Error('the cache service did not accept it');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache saved as ${pending.key} (${bytes} bytes)`);
        return { saved: true, bytes };
    }
    catch (error) {
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .g)(error);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`The layer cache was not saved; the next run builds without it: ${reason}`);
        return { saved: false, reason: `failed: ${reason}` };
    }
    finally {
        for (const dir of [pending.dir, ...stages.map(entry => entry.dir)]) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        }
    }
}
/**
 * The stage entries to upload: the new ones, and a stored one the cache has
 * dropped since (GitHub evicts the least recently used) when this run has its
 * layers again; else every later run that needs them would rebuild the stage.
 */
async function entriesToStore(entries, stored) {
    const store = [];
    for (const entry of entries) {
        const known = stored.some(old => old.key === entry.key);
        if (!known)
            store.push(entry);
        else if ((0,_stage_layers_js__WEBPACK_IMPORTED_MODULE_5__/* .stageLayersHere */ .PF)(entry) && !(await (0,_stage_layers_js__WEBPACK_IMPORTED_MODULE_5__/* .stageLayersStored */ .cl)(entry))) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Layer cache: ${entry.key} is no longer stored; storing it again`);
            store.push(entry);
        }
    }
    return store;
}
/** What main's summary shows of the cache. */
function cacheReport(layerCache, built, plan) {
    const steps = (0,_strategy_js__WEBPACK_IMPORTED_MODULE_7__/* .workSteps */ .J5)(built.steps);
    return {
        strategy: (0,_strategy_js__WEBPACK_IMPORTED_MODULE_7__/* .describeStrategy */ .rz)(layerCache.strategy),
        ...(layerCache.keys ? { key: layerCache.keys.key } : {}),
        ...(layerCache.restoredKey ? { restoredKey: layerCache.restoredKey } : {}),
        restoredBytes: layerCache.restoredBytes,
        ...(built.cacheRead ? { read: built.cacheRead } : {}),
        ...(plan.pending ? { saved: 'in the post step' } : {}),
        ...(plan.skipped ? { saved: `no: ${plan.skipped}` } : {}),
        ...(built.uncached.length ? { uncached: built.uncached } : {}),
        steps: steps.length,
        cachedSteps: steps.filter(step => step.cached).length
    };
}


/***/ }),

/***/ 6488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ secretLikeArgs),
/* harmony export */   Oc: () => (/* binding */ secretArgsWarning),
/* harmony export */   P6: () => (/* binding */ stagesWithSecrets)
/* harmony export */ });
/* unused harmony export looksSecret */
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
    'secret',
    'token'
]);
function looksSecret(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[_-]+/)
        .some(word => SECRET_WORDS.has(word));
}
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


/***/ }),

/***/ 8125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ cacheServiceConfigured),
/* harmony export */   q: () => (/* binding */ cacheService)
/* harmony export */ });
/**
 * A runner without either address has no cache service, so the library need
 * not be loaded to learn that; where one is set, the library's own
 * `isFeatureAvailable` decides.
 */
function cacheServiceConfigured(env = process.env) {
    return Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);
}
let loading;
/** Loads the library once; calling it early lets the load overlap other work. */
function cacheService() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 4072));
    return loading;
}


/***/ }),

/***/ 7363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ describeLayer),
/* harmony export */   PF: () => (/* binding */ stageLayersHere),
/* harmony export */   PR: () => (/* binding */ splitStageLayers),
/* harmony export */   cl: () => (/* binding */ stageLayersStored),
/* harmony export */   dB: () => (/* binding */ readStageLayers),
/* harmony export */   fb: () => (/* binding */ fetchStageLayers),
/* harmony export */   wn: () => (/* binding */ writeStageLayers)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_saved_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2373);
/* harmony import */ var _report_layers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7478);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(410);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1452);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8125);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/**
 * The layers only a stage image holds (a builder's toolchain and outputs),
 * kept apart from the layers the target needs: one cache entry per stage
 * image, named by its layers' digests. A restore downloads the target's entry
 * alone; a stage's layers are downloaded when a build step needs one of them,
 * which a build that takes the stage whole from the final image's cache never
 * does. An entry whose layers have not changed is not uploaded again.
 */









/** Beside the images folder in the cache directory: the stage entries it refers to. */
const STAGE_LAYERS_INDEX = 'stage-layers.json';
/**
 * The index restored with the cache. It is data a past run wrote, maybe a pull
 * request's: an entry whose directory is not one of this cache's stage
 * directories, or whose files leave the folder, is dropped (post removes each
 * entry's directory).
 */
function readStageLayers(cacheDir) {
    try {
        const index = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cacheDir, STAGE_LAYERS_INDEX), 'utf8'));
        return Array.isArray(index.entries) ? index.entries.filter(isStageEntry(cacheDir)) : [];
    }
    catch {
        return [];
    }
}
function isStageEntry(cacheDir) {
    const prefix = `${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(cacheDir)}-`;
    return entry => typeof entry.key === 'string' &&
        typeof entry.dir === 'string' &&
        node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(entry.dir) === node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(cacheDir) &&
        node_path__WEBPACK_IMPORTED_MODULE_2__.basename(entry.dir).startsWith(prefix) &&
        node_path__WEBPACK_IMPORTED_MODULE_2__.basename(entry.dir).length > prefix.length &&
        typeof entry.layers === 'object' &&
        entry.layers !== null &&
        Object.keys(entry.layers).every(_engine_saved_js__WEBPACK_IMPORTED_MODULE_3__/* .staysInside */ .N);
}
function writeStageLayers(cacheDir, entries) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(cacheDir, STAGE_LAYERS_INDEX), JSON.stringify({ entries }));
}
/** Size and media type of a layer file, from the file or, when not downloaded, the index. */
function describeLayer(folder, file, entries) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(full))
        return { size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(full).size, mediaType: layerType(fileHead(full)) };
    return entries.find(entry => entry.layers[file])?.layers[file];
}
/**
 * Post: moves each stage image's own layers (those the target, `cacheImage(id)`,
 * does not hold) out of the saved `folder`, into its stage's directory. A layer a kept stage's restored entry holds may be
 * missing from the folder (the build never needed it): that entry is kept as
 * it was. Returns the entries the folder's images now refer to.
 */
function splitStageLayers(folder, cacheDir, id, restored) {
    const saved = (0,_images_js__WEBPACK_IMPORTED_MODULE_4__/* .readSaveManifest */ .$t)(folder) ?? [];
    const targetImage = saved.find(image => image.RepoTags?.includes((0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheImage */ .CJ)(id)));
    const targetDigests = new Set(targetImage ? diffIds(folder, targetImage) : []);
    const entries = [];
    for (const image of saved) {
        if (image === targetImage)
            continue;
        const digests = diffIds(folder, image);
        const own = image.Layers.filter((_, i) => !targetDigests.has(digests[i] ?? ''));
        if (own.length === 0)
            continue;
        const key = (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .stageLayersKey */ .EY)(id, digests.filter(digest => !targetDigests.has(digest)));
        const known = restored.find(entry => entry.key === key);
        const layers = {};
        for (const file of own) {
            const layer = describeLayer(folder, file, restored);
            if (layer)
                layers[file] = layer;
        }
        // A layer neither saved here nor stored: the stage is not served, and is rebuilt.
        if (Object.keys(layers).length < own.length)
            continue;
        if (!known && !own.every(file => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file))))
            continue;
        const dir = (0,_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .stageLayersDirectory */ .o6)(cacheDir, image.RepoTags?.[0] ?? key);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        // A stored entry's files too, where this run has them: the cache may have dropped it.
        const here = own.every(file => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file)));
        for (const file of here ? own : []) {
            (0,_images_js__WEBPACK_IMPORTED_MODULE_4__/* .linkFile */ .TG)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file), node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, 'images', file));
        }
        entries.push({ key, dir, layers });
    }
    for (const file of entries.flatMap(entry => Object.keys(entry.layers))) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file), { force: true });
    }
    return entries;
}
/** Whether an entry's directory holds every one of its layer files: it can be uploaded. */
function stageLayersHere(entry) {
    return Object.keys(entry.layers).every(file => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(entry.dir, 'images', file)));
}
/** Whether the cache still holds a stage's entry (GitHub drops the least recently used). */
async function stageLayersStored(entry) {
    try {
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheService */ .q)();
        return ((await cache.restoreCache([entry.dir], entry.key, [], { lookupOnly: true })) === entry.key);
    }
    catch {
        return false;
    }
}
/** Restores a stage's entry and links its layers into `folder`; false when it is not found. */
async function fetchStageLayers(entry, folder) {
    try {
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheService */ .q)();
        const hit = await cache.restoreCache([entry.dir], entry.key);
        if (!hit)
            return false;
        for (const file of Object.keys(entry.layers)) {
            const to = node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, file);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(to))
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(to), { recursive: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(entry.dir, 'images', file), to);
        }
        return true;
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`A stage's cached layers could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error)}`);
        return false;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.dir, { recursive: true, force: true });
    }
}
function layerType(head) {
    const type = 'application/vnd.oci.image.layer.v1.tar';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return `${type}+gzip`;
    if (head.readUInt32LE(0) === 0xfd2fb528)
        return `${type}+zstd`;
    return type;
}
function diffIds(folder, image) {
    return (0,_report_layers_js__WEBPACK_IMPORTED_MODULE_8__/* .parseImageConfig */ .FB)(JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(folder, image.Config), 'utf8'))).diffIds;
}
function fileHead(file) {
    const head = Buffer.alloc(4);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, head, 0, head.length, 0);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return head;
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

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handleCancellation: () => (/* binding */ handleCancellation),
/* harmony export */   onCancel: () => (/* binding */ onCancel)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * A cancelled run: the runner sends SIGINT, then SIGTERM, to the step's
 * process. Node's default would end this process at once and leave what it
 * started running (a build, a push, the cache's registry). Each part that
 * starts something registers how to stop it; on the signal, all of them run,
 * then the step ends as failed. The post step still runs, and cleans up.
 */


const stops = new Set();
/** Registers what stops a thing this process started; the returned function unregisters it. */
function onCancel(stop) {
    stops.add(stop);
    return () => stops.delete(stop);
}
/** Main's handler of the runner's cancel signals; the returned function removes it. */
function handleCancellation(exit = code => process.exit(code)) {
    let cancelling = false;
    const cancel = (signal) => {
        if (cancelling)
            return;
        cancelling = true;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Cancelled (${signal}): stopping the commands and servers this step started`);
        void Promise.allSettled([...stops].map(stop => stop()))
            .then(results => {
            for (const result of results) {
                if (result.status === 'rejected') {
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not stop: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(result.reason)}`);
                }
            }
            // After the stops: the build's output no longer holds the runner's commands off.
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`Cancelled (${signal}): the commands and servers this step started are stopped`);
        })
            .finally(() => exit(1));
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
    return () => {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
    };
}


/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XV: () => (/* binding */ unsupportedOption),
/* harmony export */   fG: () => (/* binding */ buildOptionArgs),
/* harmony export */   pC: () => (/* binding */ checkBuildOptions)
/* harmony export */ });
/* unused harmony export NO_BUILD_OPTIONS */
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3190);
/* harmony import */ var _build_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8725);
/* harmony import */ var _family_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9511);
/* harmony import */ var _fence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3439);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4175);






/** The `docker` command line for a build: pure, so it is tested as a table. */
function buildCommand(request, engine) {
    const loadsImage = request.exports === undefined;
    const args = engine.frontend === 'buildx' ? ['buildx', 'build'] : ['build'];
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
        args.push(...(0,_build_options_js__WEBPACK_IMPORTED_MODULE_2__/* .buildOptionArgs */ .fG)(request.options, request.annotations ?? []));
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
    const secrets = secretArgs(request.secrets);
    args.push(...secrets.args, request.context);
    return { args, env: { ...env, ...secrets.env } };
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
    const family = (0,_family_js__WEBPACK_IMPORTED_MODULE_3__/* .familyOf */ .A)(engine);
    const command = family.buildCommand(request, engine);
    // What the Dockerfile's steps print is not the action's: it can issue no workflow command.
    // Only the pushes are timed: a build step may rightly print nothing for long.
    const stall = request.push && request.pushStallMs
        ? { idleTimeoutMs: request.pushStallMs, idleAfter: /^#\d+ pushing /m }
        : {};
    const result = await (0,_fence_js__WEBPACK_IMPORTED_MODULE_4__/* .withCommandsStopped */ .c)(() => (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .execCommand */ .NK)(family.command, command.args, { env: command.env, ...stall }));
    const output = family.readBuild(result);
    // Only a docker engine pushes from the build (Engine.can.pushFromBuild): BuildKit's progress.
    const pushes = request.push ? buildPushes(result) : undefined;
    if (result.exitCode === 0) {
        const imageId = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(request.iidFile, 'utf8').trim();
        return { imageId, ...output, ...(pushes ? { pushes } : {}) };
    }
    // The image was built and named, and a push failed: the pushes are retried
    // one by one, as without a push from the build.
    const written = (0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .writtenImage */ .J_)(result.stderr);
    if (pushes?.failed && written)
        return { imageId: written, ...output, pushes };
    throw new Error(`Build failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .lastErrorLine */ .HY)(result)}`);
}
/** What the pushes of a build did; one it stopped in the middle of failed, for the reason it stopped. */
function buildPushes(result) {
    const pushes = (0,_progress_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBuildPushes */ .kh)(result.stderr);
    if (result.exitCode === 0 || pushes.failed || !pushes.unfinished)
        return pushes;
    return { ...pushes, failed: { tag: pushes.unfinished, error: (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .lastErrorLine */ .HY)(result) } };
}


/***/ }),

/***/ 3620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ dockerFamily)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3190);
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9322);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2147);
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4175);
/* harmony import */ var _cache_strategy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3802);
/** The docker family: buildx or the daemon's BuildKit, through the docker client. */





/** Docker Hub is docker's default registry: named by no host. */
function hostArg(host) {
    return host === 'docker.io' ? [] : [host];
}
const dockerFamily = {
    command: 'docker',
    buildCommand: (request, engine) => (0,_build_js__WEBPACK_IMPORTED_MODULE_1__/* .buildCommand */ .Oe)(request, engine),
    readBuild: result => ({
        // BuildKit writes its progress to stderr.
        steps: (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProgress */ .TS)(result.stderr),
        failedImports: (0,_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .failedCacheImports */ .Qb)(result.stderr),
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
    tagArgs: (image, tag) => ['tag', image, tag],
    inspect: image => (0,_image_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectImage */ .m)(image),
    saveArgs: (image, archive) => ['save', '--output', archive, image],
    historyInBytes: true,
    async saveImages(images, folder) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)('docker', ['save', '--output', `${folder}/images.tar`, ...images], {
            silent: true
        });
        if (result.exitCode !== 0)
            throw new Error(`docker save failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
    },
    async loadImages(folder) {
        const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)('docker', ['load', '--input', `${folder}/images.tar`], {
            silent: true
        });
        if (result.exitCode !== 0)
            throw new Error(`docker load failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
        return (0,_cache_strategy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLoadedImages */ .n)(result.stdout);
    }
};


/***/ }),

/***/ 9511:
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
// EXTERNAL MODULE: ./src/registry/challenge.ts
var challenge = __webpack_require__(4394);
// EXTERNAL MODULE: ./src/registry/reference.ts
var reference = __webpack_require__(9310);
// EXTERNAL MODULE: ./src/engine/build.ts
var build = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/engine/image.ts
var engine_image = __webpack_require__(2147);
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
 * build makes are reused, and a loaded docker archive is in docker's. Pure.
 */
function containersBuildCommand(request) {
    const args = ['build', '--format', 'docker', '--layers'];
    args.push('--iidfile', request.iidFile, '--file', request.file);
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
    tagArgs: (image, tag) => ['tag', image, tag],
    inspect: image => (0,engine_image/* inspectImage */.m)(image, 'podman'),
    saveArgs: (image, archive) => ['save', '--format', 'docker-archive', '--output', archive, image],
    // podman 4 prints history sizes for people, whatever --human says.
    historyInBytes: false,
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
 * line and log are podman's; buildah has no `save`, `load` or `history`, so
 * images go to and come from docker archives with `push` and `pull`.
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
    buildCommand: request => containersBuildCommand(request),
    readBuild: result => podmanFamily.readBuild(result),
    pushArgs: (tag, digestFile) => podmanFamily.pushArgs(tag, digestFile),
    loginArgs: (host, username) => podmanFamily.loginArgs(host, username),
    logoutArgs: host => ['logout', host],
    tagArgs: (image, tag) => ['tag', image, tag],
    inspect,
    saveArgs: (image, archive) => ['push', image, `docker-archive:${archive}`],
    historyInBytes: false,
    async saveImages(images, folder) {
        // One archive per image: buildah writes one image per docker archive.
        for (const [i, image] of images.entries()) {
            const archive = external_node_path_.join(folder, `${String(i).padStart(3, '0')}.tar`);
            const result = await (0,exec/* execCommand */.NK)('buildah', buildahFamily.saveArgs(image, archive), {
                silent: true
            });
            if (result.exitCode !== 0)
                throw new Error(`buildah push failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
        }
    },
    async loadImages(folder) {
        const loaded = [];
        for (const name of (0,external_node_fs_.readdirSync)(folder)
            .filter(file => file.endsWith('.tar'))
            .sort()) {
            const archive = `docker-archive:${external_node_path_.join(folder, name)}`;
            const result = await (0,exec/* execCommand */.NK)('buildah', ['pull', archive], { silent: true });
            if (result.exitCode !== 0)
                throw new Error(`buildah pull failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
            loaded.push(result.stdout.trim().split('\n').at(-1) ?? '');
        }
        return loaded;
    }
};

// EXTERNAL MODULE: ./src/engine/docker.ts
var docker = __webpack_require__(3620);
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
/* harmony export */   i: () => (/* binding */ digestFor),
/* harmony export */   m: () => (/* binding */ inspectImage)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3190);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9310);


/** docker's and podman's `image inspect` (podman answers with the same fields). */
async function inspectImage(image, command = 'docker') {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)(command, ['image', 'inspect', image], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not inspect image ${image}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .lastErrorLine */ .HY)(result)}`);
    }
    const [record] = JSON.parse(result.stdout);
    return {
        id: record?.Id ?? image,
        size: record?.Size ?? 0,
        repoDigests: record?.RepoDigests ?? [],
        platform: { os: record?.Os || 'linux', architecture: record?.Architecture || 'amd64' },
        diffIds: record?.RootFS?.Layers ?? [],
        user: record?.Config?.User ?? ''
    };
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
/* harmony export */   CT: () => (/* binding */ stageName),
/* harmony export */   J_: () => (/* binding */ writtenImage),
/* harmony export */   Qb: () => (/* binding */ failedCacheImports),
/* harmony export */   TS: () => (/* binding */ parseProgress),
/* harmony export */   kh: () => (/* binding */ parseBuildPushes)
/* harmony export */ });
/**
 * BuildKit's `--progress=plain` output, read into build steps. Pure.
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
function parseBuildPushes(log) {
    const pushed = [];
    let failed;
    let unfinished;
    for (const vertex of readVertices(log)) {
        const tag = /^pushing (\S+) with docker$/.exec(vertex.name)?.[1];
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
/** The image id the build wrote into the daemon (`writing image sha256:…`), also when a later push failed. */
function writtenImage(log) {
    for (const vertex of readVertices(log)) {
        if (vertex.name !== 'exporting to image')
            continue;
        for (const line of vertex.lines) {
            const id = /^writing image (sha256:[0-9a-f]{64})\b/.exec(line)?.[1];
            if (id)
                return id;
        }
    }
    return undefined;
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
 * writes them; a cancelled run stops the command (cancel.ts).
 */
async function execCommand(command, args, options = {}) {
    if (!options.silent)
        process.stdout.write(`[command]${command} ${args.join(' ')}\n`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: options.env ? { ...process.env, ...options.env } : process.env,
        ...(options.cwd ? { cwd: options.cwd } : {})
    });
    if (!options.silent) {
        for (const stream of [child.stdout, child.stderr]) {
            stream?.on('data', (chunk) => process.stdout.write(chunk));
        }
    }
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
    const seconds = Math.round(idleTimeoutMs / 1000);
    return {
        ...result,
        exitCode: result.exitCode === 0 ? 1 : result.exitCode,
        stderr: `${result.stderr}\nerror: no progress for ${seconds} s: timed out, stopped\n`
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
    try {
        const value = await consume(child.stdout);
        if (stop(value))
            child.kill();
        else
            child.stdout.resume();
        return { exitCode: await exited, stderr: Buffer.concat(stderr).toString('utf8'), value };
    }
    catch (error) {
        child.kill();
        await exited;
        throw error;
    }
}


/***/ }),

/***/ 1065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ InputError),
  E1: () => (/* reexport */ parseList),
  Ko: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: defaultFile, parseBoolean, parseCacheMode, parseCount, parseEngine, parseKeyValue, parseLabel, parsePromote

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/build-options.ts
var build_options = __webpack_require__(8725);
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
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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
    return records
        .flatMap(fields => (syntax.wholeLines ? [fields.join(',')] : fields))
        .map(item => item.trim())
        .filter(item => item !== '');
}

// EXTERNAL MODULE: ./src/meta/annotations.ts
var annotations = __webpack_require__(6459);
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
        throw new InputError(INPUT, yamlProblem(problem));
    const entries = doc.contents;
    if (!(0,dist/* isSeq */.oP)(entries)) {
        throw new InputError(INPUT, 'must be a list of entries (- registry: …, username: …, password: …)');
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
        throw new InputError(INPUT, `${where} is not a mapping of registry, username and password`);
    }
    const fields = new Map();
    for (const pair of entry.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!KEYS.has(key)) {
            throw new InputError(INPUT, `${where} has an unknown key "${key}"; use registry, username, password`);
        }
        fields.set(key, registry_auth_text(raw, pair.value, { field: `${where}'s ${key}`, secret: key !== 'registry' }));
    }
    const registry = fields.get('registry')?.trim() ?? '';
    if (!registry)
        throw new InputError(INPUT, `${where} has no registry`);
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
        throw new InputError(INPUT, `${field} starts with "*", a YAML alias; ${QUOTE_IT}`);
    }
    if (!(0,dist/* isScalar */.jn)(node))
        throw new InputError(INPUT, `${field} must be plain text`);
    const scalar = node;
    if (scalar.tag !== undefined && scalar.tag !== STRING_TAG) {
        throw new InputError(INPUT, `${field} has a YAML tag (it starts with "!"); ${QUOTE_IT}`);
    }
    if (scalar.anchor !== undefined) {
        throw new InputError(INPUT, `${field} starts with "&", a YAML anchor; ${QUOTE_IT}`);
    }
    const [start, end, nodeEnd] = scalar.range ?? [0, 0, 0];
    if (at.secret && scalar.type === 'PLAIN' && raw.slice(end, nodeEnd).includes('#')) {
        throw new InputError(INPUT, `${field} holds " #", where a YAML comment starts; ${QUOTE_IT}`);
    }
    if (scalar.type === 'PLAIN' && raw.slice(start, end).includes('\n')) {
        throw new InputError(INPUT, `${field} goes on over several lines, which YAML joins with spaces; ${QUOTE_IT}`);
    }
    return scalar.value;
}

// EXTERNAL MODULE: ./src/registry/retry.ts
var retry = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/report/budget.ts
var budget = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/cache/secret-args.ts
var secret_args = __webpack_require__(6488);
// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/input-values.ts


/** A mistake in the workflow's inputs: reported as `::error::` without a stack trace. */
class InputError extends Error {
    input;
    constructor(input, reason) {
        super(`Input "${input}": ${reason}`);
        this.input = input;
        this.name = 'InputError';
    }
}
/** `promote-from` and `promote-missing`; undefined without a source. */
function parsePromote(rawFrom, rawMissing, push) {
    const missing = rawMissing.trim() || 'fail';
    if (missing !== 'fail' && missing !== 'build') {
        throw new InputError('promote-missing', `"${missing}" is not fail or build`);
    }
    const from = rawFrom.trim();
    if (!from)
        return undefined;
    const ref = (0,registry_reference/* parseImageReference */.o_)(parseInput('promote-from', from, checkReference));
    if (ref.tag === undefined && ref.digest === undefined) {
        throw new InputError('promote-from', `"${from}" names no tag or digest of the image to promote`);
    }
    if (!push)
        throw new InputError('promote-from', 'a promotion writes tags: set push to true');
    return { from, missing };
}
const ENGINES = ['auto', 'docker', 'podman', 'buildah'];
function parseEngine(raw) {
    const value = raw.trim().toLowerCase() || 'auto';
    const engine = ENGINES.find(name => name === value);
    if (!engine) {
        throw new InputError('engine', `"${raw.trim()}" is not an engine; use ${ENGINES.join(', ')}`);
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
        throw new InputError(input, (0,errors/* errorMessage */.g)(error));
    }
}
function parseCount(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) > 10) {
        throw new InputError(input, `"${value}" is not a whole number from 0 to 10`);
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
        throw new InputError(input, `"${line}" is not of the form NAME=value`);
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
    throw new InputError(input, `"${value}" is not a boolean; use true or false`);
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
    throw new InputError('cache', `"${raw.trim()}" is not a cache mode; use read-write, read-only or off`);
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
        throw new InputError('push-by-digest', 'the image is pushed untagged: set push to true');
    }
    if (pushByDigest && inputs.promote) {
        throw new InputError('push-by-digest', 'a promotion builds nothing to push: remove one of them');
    }
    if (rawMerge.trim() === '')
        return { pushByDigest };
    if (pushByDigest) {
        throw new InputError('push-by-digest', 'a merge builds nothing to push: remove one of them');
    }
    const [conflict] = buildInputsGiven(inputs);
    if (conflict) {
        throw new InputError(conflict, 'a merge builds nothing, so it has no use for it (each platform comes from the manifest ' +
            `a digest names): remove ${conflict} from the merge step`);
    }
    const merge = parseList(rawMerge, { commas: true }).map(parseMergeSource);
    if (merge.length === 0) {
        throw new InputError('merge', 'it names no digest (are the build jobs’ digest outputs empty?); nothing was pushed');
    }
    if (!inputs.push)
        throw new InputError('merge', 'a merge writes tags: set push to true');
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
        throw new InputError('merge', `${wrong}: ${error.message}`);
    }
    if (!ref.digest || !DIGEST.test(ref.digest) || ref.tag !== undefined) {
        throw new InputError('merge', wrong);
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
        engine: parseEngine(core.getInput('engine')),
        ...readPromote()
    };
    return {
        ...inputs,
        ...parseFanOut(readBoolean('push-by-digest', false), core.getInput('merge'), inputs)
    };
}
function readPromote() {
    const promote = parsePromote(core.getInput('promote-from'), core.getInput('promote-missing'), readBoolean('push', false));
    return promote ? { promote } : {};
}
/** Build-args; those that look like secrets are masked, and named in a warning. */
function readBuildArgs() {
    const args = readList('build-args').map(line => parseKeyValue('build-args', line));
    const secretLike = (0,secret_args/* secretLikeArgs */.JP)(args);
    // A multi-line value is masked line by line too: the runner masks within a line.
    for (const arg of args) {
        if (!secretLike.includes(arg.name) || !arg.value)
            continue;
        for (const part of maskedParts(arg.value))
            core.setSecret(part);
    }
    if (secretLike.length > 0)
        core.warning((0,secret_args/* secretArgsWarning */.Oc)(secretLike));
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
    return levels.length > 0 ? levels : annotations/* DEFAULT_ANNOTATION_LEVELS */.q;
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
        throw new InputError(problem.input, problem.reason);
    return options;
}
function readSizeInputs(githubToken) {
    const maxSize = core.getInput('max-size').trim();
    const maxIncrease = core.getInput('max-size-increase').trim();
    const maxWasted = core.getInput('max-wasted').trim();
    const check = core.getInput('size-check').trim() || 'warn';
    if (check !== 'warn' && check !== 'fail') {
        throw new InputError('size-check', `"${check}" is not warn or fail`);
    }
    return {
        compareTo: parseInput('compare-to', core.getInput('compare-to').trim(), checkReference),
        budget: {
            check,
            ...(maxSize ? { maxSize: parseInput('max-size', maxSize, budget/* parseBytes */.z_) } : {}),
            ...(maxIncrease
                ? { maxIncrease: parseInput('max-size-increase', maxIncrease, budget/* parseIncrease */.KW) }
                : {}),
            ...(maxWasted ? { maxWasted: parseInput('max-wasted', maxWasted, budget/* parseIncrease */.KW) } : {})
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
            ...retry/* DEFAULT_RETRY */.vI,
            attempts: 1 + parseCount('retries', core.getInput('retries'), retry/* DEFAULT_RETRY */.vI.attempts - 1),
            // Tests shorten the waits; workflows keep the default.
            baseDelayMs: Number(process.env.HOIST_RETRY_DELAY_MS) || retry/* DEFAULT_RETRY */.vI.baseDelayMs,
            stallMs: Number(process.env.HOIST_PUSH_STALL_MS) || retry/* DEFAULT_RETRY */.vI.stallMs
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
            throw new InputError(error.input, error.message);
        throw error;
    }
    for (const secret of parsed) {
        if ('file' in secret && !(0,external_node_fs_.existsSync)(secret.file)) {
            throw new InputError('secret-files', `"${secret.id}=${secret.file}": no such file`);
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


/***/ }),

/***/ 6459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ computeAnnotations),
/* harmony export */   q: () => (/* binding */ DEFAULT_ANNOTATION_LEVELS)
/* harmony export */ });
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4302);
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
    const merged = (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeLabels */ .M)(oci, unleveled, ctx, 'annotations');
    const leveled = split.flatMap(({ level, label }) => level ? (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeLabels */ .M)([], [label], ctx, 'annotations').map(l => ({ level, label: l })) : []);
    return [
        ...levels.flatMap(level => merged.map(label => `${level}:${label.name}=${label.value}`)),
        ...leveled.map(({ level, label }) => `${level}:${label.name}=${label.value}`)
    ];
}


/***/ }),

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTemplate),
/* harmony export */   DM: () => (/* binding */ compileRegExp),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   wX: () => (/* binding */ globalValues)
/* harmony export */ });
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var moment_timezone__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9856);
/* harmony import */ var moment_timezone__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(moment_timezone__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Templates: `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date 'fmt' tz='Zone'}}`,
 * `{{commit_date 'fmt'}}`. Rendered as plain text (no HTML escaping). Pure.
 */



/** Why a template cannot be parsed, or undefined when it can. */
function checkTemplate(template) {
    try {
        handlebars__WEBPACK_IMPORTED_MODULE_0___default().parse(template);
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
    const hb = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
    const formatter = (instant) => (...args) => {
        const options = args.pop();
        const format = typeof args[0] === 'string' ? args[0] : undefined;
        const hash = options.hash ?? {};
        const unknown = Object.keys(hash).filter(key => key !== 'tz');
        if (unknown.length > 0)
            throw new Error(`unknown option "${unknown.join('", "')}"; only tz`);
        const zone = typeof hash.tz === 'string' ? hash.tz : 'UTC';
        if (!moment_timezone__WEBPACK_IMPORTED_MODULE_1___default().tz.zone(zone))
            throw new Error(`unknown time zone "${zone}"`);
        return moment_timezone__WEBPACK_IMPORTED_MODULE_1___default()(instant).tz(zone).format(format);
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
    try {
        return environment(ctx).compile(template, { noEscape: true })(values);
    }
    catch (error) {
        throw new Error(oneLine(error));
    }
}
/** Handlebars' parse errors span lines (the template, a caret); a message needs one. */
function oneLine(error) {
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
    return text.trim().replace(/\s*\n\s*/g, ' ');
}


/***/ }),

/***/ 4302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ mergeLabels),
/* harmony export */   T: () => (/* binding */ ociLabels)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(874);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8139);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/** OCI image labels from the event payload, with the user's labels over them. Pure. */



function text(value) {
    return typeof value === 'string' ? value : '';
}
/** The `org.opencontainers.image.*` labels metadata-action writes, read from the payload. */
function ociLabels(ctx, version, fallback) {
    const repo = (ctx.payload.repository ?? {});
    const name = text(repo.name) || fallback.repository.split('/')[1] || '';
    const url = text(repo.html_url) ||
        (fallback.repository ? `${fallback.serverUrl.replace(/\/$/, '')}/${fallback.repository}` : '');
    const oci = (key, value) => ({
        name: `org.opencontainers.image.${key}`,
        value
    });
    return [
        oci('title', name),
        oci('description', text(repo.description)),
        oci('url', url),
        oci('source', url),
        oci('version', version),
        oci('created', ctx.now.toISOString()),
        oci('revision', ctx.sha),
        oci('licenses', text(repo.license?.spdx_id))
    ];
}
/**
 * The OCI labels with the custom ones (values rendered with the expressions)
 * over them: one per key, the last one given wins, sorted by code point
 * (UTF-8 byte order is code-point order).
 */
function mergeLabels(base, custom, ctx, input = 'labels') {
    const globals = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .globalValues */ .wX)(ctx);
    const merged = new Map();
    for (const label of base)
        merged.set(label.name, label.value);
    for (const label of custom) {
        try {
            merged.set(label.name, (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(label.value, ctx, globals));
        }
        catch (error) {
            const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
            throw new _records_js__WEBPACK_IMPORTED_MODULE_1__/* .RuleError */ .F(input, `"${label.name}=${label.value}" cannot be rendered: ${reason}`);
        }
    }
    return [...merged]
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}


/***/ }),

/***/ 8139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RuleError),
/* harmony export */   Q: () => (/* binding */ parseRecords)
/* harmony export */ });
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
        rows = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text.trim(), {
            raw: true,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            comment: '#',
            comment_no_infix: true
        });
    }
    catch (error) {
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error);
        throw new RuleError(input, `cannot be read as comma-separated fields: ${reason}`);
    }
    return rows
        .map(row => ({
        fields: row.record.map(field => field.trim()).filter(field => field !== ''),
        source: row.raw.trim()
    }))
        .filter(record => record.fields.length > 0);
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

/***/ 9310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
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
/* harmony export */   Vq: () => (/* binding */ requestTimeout),
/* harmony export */   cC: () => (/* binding */ CONNECT_TIMEOUT_MS),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS)
/* harmony export */ });
/**
 * Token and metadata requests (a registry's token realm, its manifests, ECR's
 * and Google's token endpoints): a service that stops answering fails the
 * request after this long instead of holding the job until the runner's own
 * timeout.
 */
const REQUEST_TIMEOUT_MS = 30_000;
/** Connecting is quick where the service is up: a dead address fails sooner. */
const CONNECT_TIMEOUT_MS = 10_000;
/** The signal every such `fetch` carries. */
function requestTimeout() {
    return AbortSignal.timeout(REQUEST_TIMEOUT_MS);
}


/***/ }),

/***/ 1521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   kY: () => (/* binding */ failureText),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports classifyFailure, backoffDelays */
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

/***/ 9848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zr: () => (/* binding */ loginRegistries),
  kL: () => (/* binding */ logoutRegistries),
  lF: () => (/* binding */ planRegistryLogins)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/inputs.ts + 5 modules
var inputs = __webpack_require__(1065);
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
            throw new inputs/* InputError */.dz(given.input, `registry "${host}" is given credentials twice`);
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
        throw new inputs/* InputError */.dz('registry', `a password is given but the tags name several registries (${hosts.join(', ')}); ` +
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
                throw new inputs/* InputError */.dz(given.input, `a password is given for "${registry.host}" but no username`);
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

// EXTERNAL MODULE: ./src/engine/family.ts + 3 modules
var engine_family = __webpack_require__(9511);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/registry/docker-config.ts
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
    return env.DOCKER_CONFIG || external_node_path_.join(external_node_os_.homedir(), '.docker');
}
/**
 * Creates the run's config dir under `parent` and points DOCKER_CONFIG at it
 * for every docker command this process runs. Returns its path.
 */
function isolateDockerConfig(parent, loginHosts) {
    const from = userConfigDir();
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(parent, 'hoist-docker-config-'));
    (0,external_node_fs_.writeFileSync)(external_node_path_.join(dir, 'config.json'), JSON.stringify(runConfig(readUserConfig(from), loginHosts), null, 2), { mode: 0o600 });
    for (const entry of SHARED_ENTRIES) {
        const target = external_node_path_.join(from, entry);
        if ((0,external_node_fs_.existsSync)(target))
            (0,external_node_fs_.symlinkSync)(target, external_node_path_.join(dir, entry));
    }
    useRunConfig(dir);
    return dir;
}
/**
 * Points this process's docker commands at the run's config dir, and podman's
 * and buildah's at an auth file in it (`auth.json`, docker's `auths` form):
 * removed with the dir by post.
 */
function useRunConfig(dir) {
    process.env.DOCKER_CONFIG = dir;
    process.env.REGISTRY_AUTH_FILE = external_node_path_.join(dir, 'auth.json');
}
function readUserConfig(dir) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'config.json'), 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        // No config yet, or one docker could not read either: start empty.
        return {};
    }
}

// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/registry/request.ts
var request = __webpack_require__(5222);
;// CONCATENATED MODULE: ./src/registry/google.ts
/**
 * Workload identity federation, as google-github-actions/auth sets it up: its
 * credentials file is an `external_account` config that says where to get the
 * job's OIDC token, how to trade it at Google's STS for an access token, and
 * (optionally) which service account to impersonate with it. Every URL comes
 * from that file.
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
    const sts = await postJson(account.tokenUrl, {
        body: new URLSearchParams({
            grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
            audience: account.audience,
            scope: SCOPE,
            requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
            subject_token: subjectToken,
            subject_token_type: account.subjectTokenType
        })
    });
    let token = field(sts, 'access_token', 'the STS');
    if (account.impersonationUrl) {
        const impersonated = await postJson(account.impersonationUrl, {
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ scope: [SCOPE], lifetime: '3600s' })
        });
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
        const response = await fetch(source.url, {
            headers: source.headers,
            signal: (0,request/* requestTimeout */.Vq)()
        });
        if (!response.ok)
            throw new Error(`the OIDC token request answered ${response.status}`);
        raw = await response.text();
    }
    if (!source.field)
        return raw.trim();
    return field(JSON.parse(raw), source.field, 'the OIDC token source');
}
async function postJson(url, init) {
    const response = await fetch(url, { method: 'POST', ...init, signal: (0,request/* requestTimeout */.Vq)() });
    if (!response.ok) {
        // The body of an error names the problem (e.g. an audience not allowed); it holds no token.
        const detail = (await response.text()).slice(0, 200);
        throw new Error(`${new URL(url).host} answered ${response.status}: ${detail}`);
    }
    return (await response.json());
}
function field(json, name, from) {
    const value = json[name];
    if (typeof value !== 'string' || value === '')
        throw new Error(`${from} returned no ${name}`);
    return value;
}

// EXTERNAL MODULE: ./src/registry/retry.ts
var retry = __webpack_require__(1521);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/registry/login.ts
/** Logging in and out of registries with docker, in the run's own config dir. */






const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const retryIO = { sleep, log: (message) => core.warning(message) };
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
        }, retryIO);
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
        const { ecrCredentials } = await Promise.all(/* import() */[__webpack_require__.e(549), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 9857));
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
    const dockerConfig = isolateDockerConfig(tempParent, plan.logins.map(login => login.registry.host));
    (0,state/* saveState */.LZ)({ dockerConfig });
    core.info(`Credentials go to this run's own docker config: ${dockerConfig}`);
    const loggedIn = [];
    await loginAll(plan.logins, auth.retry, host => {
        loggedIn.push(host);
        (0,state/* saveState */.LZ)({ registries: loggedIn });
    }, family);
}
/** Post: logs out of what main logged in to, then deletes the run's docker config. */
async function logoutRegistries(state) {
    if (!state.dockerConfig)
        return;
    useRunConfig(state.dockerConfig);
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

/***/ 2585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ checkBudget),
/* harmony export */   KW: () => (/* binding */ parseIncrease),
/* harmony export */   z_: () => (/* binding */ parseBytes)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2562);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6412);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
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
        exceeded.push(`The image is ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(compressedSize)} compressed, over max-size ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(budget.maxSize)}.${culprits}`);
    }
    if (budget.maxIncrease && comparison) {
        const limit = 'bytes' in budget.maxIncrease
            ? budget.maxIncrease.bytes
            : (comparison.baseTotal * budget.maxIncrease.percent) / 100;
        if (comparison.change > limit) {
            const shown = 'bytes' in budget.maxIncrease
                ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(budget.maxIncrease.bytes)
                : `${budget.maxIncrease.percent}% (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(limit)})`;
            exceeded.push(`The image grew by ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(comparison.change)} against ${comparison.baseReference}, over max-size-increase ${shown}.${culprits}`);
        }
    }
    return { exceeded };
}
function blame(comparison) {
    const rows = (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .grownMost */ .D)(comparison);
    if (rows.length === 0)
        return '';
    return ` Grew most: ${rows.map(row => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(row.instruction)} (+${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(row.change)})`).join(', ')}.`;
}


/***/ }),

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ renderCacheSection),
/* harmony export */   w: () => (/* binding */ renderCacheSaved)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** The layer cache's part of the job summary. Pure. */

/** The post step's line: what was saved, or why not. */
function renderCacheSaved(key, outcome) {
    return outcome.saved
        ? `**Layer cache** saved: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(outcome.bytes)} as \`${key}\`\n`
        : `**Layer cache** not saved: ${outcome.reason}\n`;
}
function renderCacheSection(report) {
    if (!report)
        return '';
    const lines = ['### Layer cache', '', '| | |', '|---|---|'];
    lines.push(`| Strategy | ${report.strategy} |`);
    if (report.key)
        lines.push(`| Key | \`${report.key}\` |`);
    if (report.key) {
        lines.push(report.restoredKey
            ? `| Restored | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.restoredBytes)} from \`${report.restoredKey}\` |`
            : '| Restored | nothing: a cold build |');
    }
    if (report.read) {
        const { layers, bytes, ofLayers } = report.read;
        lines.push(`| Pulled by the build | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}: ${layers} of ${ofLayers} layers |`);
    }
    if (report.saved)
        lines.push(`| Saved | ${report.saved} |`);
    for (const { stage, args } of report.uncached ?? []) {
        const names = args.map(name => `\`${name}\``).join(', ');
        lines.push(`| Not cached | stage \`${stage}\`: it receives ${names}, which look like secrets; ` +
            'pass them with the `secrets` input |');
    }
    lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 2562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ grownMost),
/* harmony export */   q: () => (/* binding */ compareImages)
/* harmony export */ });
/* harmony import */ var _layers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7478);
/**
 * A new image against a base image, layer by layer. Pure.
 * Layers are matched by content (diff ID): a layer both images share is the
 * same blob in the registry, so it counts at the registry's size in both.
 */

function layersOf(image) {
    const instructions = image.config.history
        .filter(entry => !entry.emptyLayer)
        .map(entry => (0,_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .displayInstruction */ .rQ)(entry.createdBy));
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
        const key = (0,_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .instructionKey */ .Ox)(layer.instruction);
        const before = take(b => (0,_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .instructionKey */ .Ox)(b.instruction) === key)?.size ?? 0;
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
    const baseTotal = (0,_layers_js__WEBPACK_IMPORTED_MODULE_0__/* .totalCompressed */ .m8)(base) ?? 0; // a base comes from its registry: always measured
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


/***/ }),

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xR: () => (/* binding */ tableCell),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
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

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   Ox: () => (/* binding */ instructionKey),
/* harmony export */   U4: () => (/* binding */ historyRows),
/* harmony export */   jz: () => (/* binding */ configFromHistory),
/* harmony export */   m8: () => (/* binding */ totalCompressed),
/* harmony export */   rQ: () => (/* binding */ displayInstruction)
/* harmony export */ });
/* harmony import */ var _engine_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4175);
/**
 * An image's layers and the instructions that made them, from its config
 * (`history`, `rootfs.diff_ids`) and its layer sizes. Pure.
 */

function parseImageConfig(json) {
    const config = (json ?? {});
    const diffIds = config.rootfs?.diff_ids ?? [];
    let history = (config.history ?? []).map(entry => ({
        createdBy: entry.created_by || entry.comment || '',
        emptyLayer: entry.empty_layer === true
    }));
    // An image without history (rare) still has its layers.
    if (history.filter(entry => !entry.emptyLayer).length !== diffIds.length) {
        history = diffIds.map(() => ({ createdBy: '', emptyLayer: false }));
    }
    return {
        os: config.os ?? 'linux',
        architecture: config.architecture ?? 'amd64',
        history,
        diffIds
    };
}
/**
 * The config of a local image from `docker history` and its diff IDs, without
 * exporting the image. History marks no empty layer: a size of 0 is taken as
 * one, which holds when as many entries have a size as there are layers.
 * Undefined otherwise (a layer that changed nothing), for the caller to read
 * the config itself.
 */
function configFromHistory(records, diffIds, platform) {
    const history = records.map(record => ({
        createdBy: record.createdBy || record.comment,
        emptyLayer: record.size === 0
    }));
    if (history.filter(entry => !entry.emptyLayer).length !== diffIds.length)
        return undefined;
    return { ...platform, history, diffIds };
}
/** One row per history entry, each with its layer; build steps say which were cached. */
function historyRows(image, steps) {
    const { history, diffIds } = image.config;
    const sameLength = image.uncompressed?.length === history.length;
    let layer = 0;
    const rows = history.map((entry, index) => {
        const uncompressed = sameLength ? image.uncompressed?.[index] : undefined;
        const base = { instruction: displayInstruction(entry.createdBy) };
        const sized = uncompressed !== undefined ? { ...base, uncompressed } : base;
        if (entry.emptyLayer)
            return sized;
        const i = layer++;
        const compressed = image.compressed[i];
        return {
            ...sized,
            diffId: diffIds[i] ?? '',
            ...(compressed !== undefined ? { compressed } : {})
        };
    });
    return markCached(rows, steps);
}
/**
 * The final stage's steps, matched in order to the last history entries with
 * the same instruction: the entries before them come from the base image.
 */
function markCached(rows, steps) {
    const last = steps.at(-1);
    if (!last)
        return rows;
    const stage = (0,_engine_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .stageName */ .CT)(last.stage);
    const finalSteps = steps.filter(s => (0,_engine_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .stageName */ .CT)(s.stage) === stage && !/^FROM\s/i.test(s.instruction));
    const out = [...rows];
    let row = out.length - 1;
    for (let s = finalSteps.length - 1; s >= 0 && row >= 0; s--) {
        const step = finalSteps[s];
        if (!step)
            continue;
        const key = instructionKey(step.instruction);
        for (let r = row; r >= 0; r--) {
            const candidate = out[r];
            if (candidate && instructionKey(candidate.instruction) === key) {
                out[r] = { ...candidate, cached: step.cached };
                row = r - 1;
                break;
            }
        }
    }
    return out;
}
const SHELL_WITH_ARGS = /^RUN \|\d+ .*?\/bin\/sh -c /;
const EXEC_WITH_ARGS = /^RUN \|\d+ (?:\S+=\S*\s+)*/;
/** The instruction as written in a Dockerfile, from what the image records. */
function displayInstruction(createdBy) {
    let text = createdBy.trim().replace(/\s*# buildkit$/, '');
    // BuildKit records build args used by a RUN as `|2 A=1 B=2 /bin/sh -c …`.
    // A value may hold spaces, so the shell, when there is one, marks where the command starts.
    text = text.replace(SHELL_WITH_ARGS.test(text) ? SHELL_WITH_ARGS : EXEC_WITH_ARGS, 'RUN ');
    text = text.replace(/^(RUN )?\/bin\/sh -c #\(nop\)\s*/, '');
    text = text.replace(/^(RUN )?\/bin\/sh -c /, 'RUN ');
    return text;
}
/** What a build step and a history entry have in common: flags and spacing aside. */
function instructionKey(instruction) {
    return displayInstruction(instruction)
        .replace(/\s--[\w-]+(=\S+)?/g, '')
        .replace(/\s+/g, ' ')
        .replace(/^RUN \/bin\/sh -c /, 'RUN ')
        .toLowerCase();
}
/** Undefined when the layers were not measured (see `ImageLayers.compressed`). */
function totalCompressed(image) {
    if (image.compressed.length === 0 && image.config.diffIds.length > 0)
        return undefined;
    return image.compressed.reduce((sum, size) => sum + size, 0);
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ appendSummary)
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

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ loadState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   isPost: () => (/* binding */ isPost),
/* harmony export */   rH: () => (/* binding */ markMain)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);

const KEY = 'hoist';
const POST_FLAG = 'isPost';
let saved = {};
function isPost() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(POST_FLAG) === 'true';
}
/** Marks that main has run, so the same entry point runs post next time. */
function markMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(POST_FLAG, 'true');
}
/** Adds to the state main hands to post: each part of main saves its own fields. */
function saveState(state) {
    saved = { ...saved, ...state };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(KEY, JSON.stringify(saved));
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
