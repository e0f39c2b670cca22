export const id = 353;
export const ids = [353];
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
 * The directory cached. Its path is part of the cache's version, so it must
 * be the same on every run: a fixed name under the runner's temp directory.
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
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/engine/family.ts + 4 modules
var family = __webpack_require__(3547);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/cache/images.ts
var cache_images = __webpack_require__(410);
// EXTERNAL MODULE: ./src/registry/loopback.ts
var loopback = __webpack_require__(7042);
// EXTERNAL MODULE: ./src/registry/repository.ts + 2 modules
var repository = __webpack_require__(8631);
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
    const server = await (0,loopback/* serveOnLoopback */.E)((request, response) => answer(request, response, content.manifests, available, blobFile));
    return {
        address: server.host,
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
        close: () => server.close()
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
        const configDigest = (0,repository/* sha256 */.sc)(config);
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
            digest: (0,repository/* sha256 */.sc)(Buffer.from(body)),
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

// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
// EXTERNAL MODULE: ./src/cache/keys.ts
var cache_keys = __webpack_require__(1452);
// EXTERNAL MODULE: ./src/cache/strategy.ts
var cache_strategy = __webpack_require__(3802);
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
    const dir = (0,cache_keys/* cacheDirectory */.o3)((0,context/* runnerTemp */.X)(), keys.id);
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
    throw new errors/* InputError */.d('cache-to', `"${exports.join(', ')}" cannot be exported by this engine (${engine.description}): ` +
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cacheReport: () => (/* binding */ cacheReport),
/* harmony export */   planLayerCacheSave: () => (/* binding */ planLayerCacheSave),
/* harmony export */   saveLayerCache: () => (/* binding */ saveLayerCache)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(410);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1452);
/* harmony import */ var _stage_layers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7363);
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8125);
/* harmony import */ var _layer_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6568);
/* harmony import */ var _strategy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3802);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
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
    const decision = (0,_strategy_js__WEBPACK_IMPORTED_MODULE_8__/* .decideSave */ .y_)({
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
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_9__/* .cacheService */ .q)();
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
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .g)(error);
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
    const steps = (0,_strategy_js__WEBPACK_IMPORTED_MODULE_8__/* .workSteps */ .J5)(built.steps);
    return {
        strategy: (0,_strategy_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStrategy */ .rz)(layerCache.strategy),
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
    loading ??= Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(669), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 1691));
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
/* harmony import */ var _service_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8125);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
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
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheService */ .q)();
        return ((await cache.restoreCache([entry.dir], entry.key, [], { lookupOnly: true })) === entry.key);
    }
    catch {
        return false;
    }
}
/** Restores a stage's entry and links its layers into `folder`; false when it is not found. */
async function fetchStageLayers(entry, folder) {
    try {
        const cache = await (0,_service_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheService */ .q)();
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`A stage's cached layers could not be restored: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error)}`);
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

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ runnerTemp),
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2772);


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
        payload: readPayload(env.GITHUB_EVENT_PATH),
        prHeadSha: /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
        shortShaLength: (env.DOCKER_METADATA_SHORT_SHA_LENGTH ?? '').trim()
    };
}
/** A run with no readable event (e.g. a local run) is a run without an event. */
function readPayload(file) {
    return (file && (0,_json_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonObject */ .o)(file)) || {};
}
/**
 * Where the run's own files go (its temp dirs, the layer cache's directory):
 * the runner's temp directory, which no other runner on the host shares and
 * the runner empties for each job, else the system's.
 */
function runnerTemp(env = process.env, systemTemp = node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir()) {
    return env.RUNNER_TEMP || systemTemp;
}


/***/ }),

/***/ 2440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ repositoryUrl),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   vw: () => (/* binding */ pickPlatform)
/* harmony export */ });
/* harmony import */ var _challenge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4394);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9310);
/**
 * The OCI distribution API's words: its manifest media types, descriptors,
 * platforms, and where a repository's API is. The client is repository.ts.
 */


const INDEX_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
];
const MANIFEST_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
/** The API root of a repository: `https://host/v2/repo/`. */
function repositoryUrl(ref) {
    const host = ref.registry === _reference_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCKER_HUB */ .Xb ? 'registry-1.docker.io' : ref.registry;
    // Docker, too, speaks plain HTTP only to a registry on this machine.
    const local = (0,_challenge_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopback */ .U9)(host.replace(/:\d+$/, ''));
    return `${local ? 'http' : 'https'}://${host}/v2/${ref.repository}/`;
}
/** The index entry for a platform's OS and architecture (attestation entries never match). */
function pickPlatform(manifests, platform) {
    return manifests.find(m => m.platform?.os === platform.os && m.platform.architecture === platform.architecture);
}


/***/ }),

/***/ 3042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ readDockerCredentials),
/* harmony export */   aR: () => (/* binding */ basicAuthorization)
/* harmony export */ });
/* unused harmony export credentialsFor */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9310);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2772);
/**
 * Registry credentials as docker stores them: `auths[host].auth` (base64
 * `user:password`) in `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`;
 * podman's and buildah's logins write the same form to `$REGISTRY_AUTH_FILE`.
 */




/** The `Authorization` header of HTTP Basic for the credentials. */
function basicAuthorization({ username, password }) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
/** Docker Hub's credentials are stored under its v1 index address. */
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io'];
/** The credentials a docker config holds for a registry host. Pure. */
function credentialsFor(config, host) {
    const auths = config.auths ?? {};
    const wanted = host === _reference_js__WEBPACK_IMPORTED_MODULE_2__/* .DOCKER_HUB */ .Xb ? HUB_KEYS : [host];
    for (const [key, entry] of Object.entries(auths)) {
        const bare = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
        if (!wanted.includes(key) && !wanted.includes(bare))
            continue;
        if (entry.username && entry.password) {
            return { username: entry.username, password: entry.password };
        }
        if (!entry.auth)
            continue;
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0)
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    return undefined;
}
/**
 * Reads the docker config of this run, then podman's auth file; a missing or
 * unreadable one holds no credentials.
 */
function readDockerCredentials(host, env = process.env) {
    const dir = env.DOCKER_CONFIG || node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_os__WEBPACK_IMPORTED_MODULE_0__.homedir(), '.docker');
    const files = [
        node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'config.json'),
        ...(env.REGISTRY_AUTH_FILE ? [env.REGISTRY_AUTH_FILE] : [])
    ];
    for (const file of files) {
        const found = credentialsFor(readConfig(file), host);
        if (found)
            return found;
    }
    return undefined;
}
function readConfig(file) {
    return (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonObject */ .o)(file) ?? {};
}


/***/ }),

/***/ 7042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ serveOnLoopback)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _docker_auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3042);
/**
 * A registry Hoist serves on 127.0.0.1 for a daemon on this host: the layer
 * cache's images (cache/registry.ts), a push's relay (relay.ts), a sink that
 * measures a push (engine/upload-sizes.ts). Never what keeps the step
 * running: the command it serves does; closed on a cancel too. With a login,
 * a request without it is refused with a Basic challenge, which docker,
 * BuildKit and containerd answer from the docker config.
 */




async function serveOnLoopback(answer, login) {
    const expected = login && Buffer.from((0,_docker_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .basicAuthorization */ .aR)(login));
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((request, response) => {
        const given = Buffer.from(request.headers.authorization ?? '');
        if (expected && (given.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected))) {
            request.resume();
            response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="hoist"', 'Content-Length': '0' });
            return void response.end();
        }
        answer(request, response).catch(() => response.destroy());
    });
    // An upload's length has no bound: the engine's own stall limit watches a push.
    server.requestTimeout = 0;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    server.unref();
    const { port } = server.address();
    const close = () => new Promise(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
    const unregister = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_2__.onCancel)(close);
    return {
        host: `127.0.0.1:${port}`,
        close: () => {
            unregister();
            return close();
        }
    };
}


/***/ }),

/***/ 8631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S9: () => (/* binding */ RegistryRepository),
  sc: () => (/* binding */ sha256)
});

// UNUSED EXPORTS: networkFailure, registryErrorText

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/registry/challenge.ts
var registry_challenge = __webpack_require__(4394);
// EXTERNAL MODULE: ./src/registry/docker-auth.ts
var docker_auth = __webpack_require__(3042);
;// CONCATENATED MODULE: ./src/registry/registry-error.ts
/** A registry answered with an error status that a retry will not change. */
class RegistryError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'RegistryError';
    }
}

// EXTERNAL MODULE: ./src/registry/http.ts
var http = __webpack_require__(8851);
;// CONCATENATED MODULE: ./src/registry/authorize.ts
/**
 * The Authorization header a registry asks for, from its `WWW-Authenticate`
 * challenge: Basic with the run's credentials, or a Bearer token from the
 * registry's token service. The header and the token are never logged.
 */




async function authorize(header, request) {
    const { registry, credentials } = request;
    const challenge = (0,registry_challenge/* parseChallenge */.xy)(header);
    const basic = credentials ? (0,docker_auth/* basicAuthorization */.aR)(credentials) : undefined;
    if (challenge?.scheme === 'basic') {
        if (!basic)
            throw new RegistryError(401, `${registry} asks for credentials and the docker config has none for it`);
        return basic;
    }
    const url = challenge && (0,registry_challenge/* tokenUrl */.vQ)(challenge, request.repository, request.extraScopes);
    if (!url)
        throw new RegistryError(401, `${registry} refused access without a challenge`);
    // Credentials go only to an https realm, or one on this machine: elsewhere the
    // realm may still hand out an anonymous pull token.
    const withCredentials = basic && (0,registry_challenge/* realmTakesCredentials */.aR)(url);
    const response = await (0,http/* httpRequest */.a)('GET', url, withCredentials ? { Authorization: basic } : {});
    if (!response.ok) {
        response.discard();
        throw new RegistryError(response.status, `the token service of ${registry} answered ${response.status}`);
    }
    const body = (await response.json());
    const token = body.token ?? body.access_token;
    if (!token)
        throw new RegistryError(401, `the token service of ${registry} gave no token`);
    return `Bearer ${token}`;
}

// EXTERNAL MODULE: ./src/registry/client.ts
var client = __webpack_require__(2440);
// EXTERNAL MODULE: ./src/registry/request.ts
var registry_request = __webpack_require__(5222);
;// CONCATENATED MODULE: ./src/registry/repository.ts
/**
 * One repository of a registry over the distribution API, with the registry's
 * own authentication (anonymous or basic token, or Basic): manifests as the
 * exact bytes the registry holds (their digest is the digest of those bytes),
 * blobs as streams, never whole in memory. Copies, promotions and merges write
 * with it; the size report reads with it (image.ts). Each method is one try;
 * callers retry what is worth it (retry.ts). Never logs a credential or a token.
 */







/** What a manifest is asked for as: an index or an image manifest, of either kind. */
const MANIFEST_ACCEPT = [...client/* INDEX_TYPES */.V, ...client/* MANIFEST_TYPES */._P].join(', ');
class RegistryRepository {
    location;
    credentials;
    authorization;
    /**
     * Logins under way, by challenge and scopes: requests refused side by side
     * (a HEAD that readies a read and the read, blobs copied four at a time) ask
     * the token service once.
     */
    logins = new Map();
    constructor(location, credentials = (0,docker_auth/* readDockerCredentials */.BO)(location.registry)) {
        this.location = location;
        this.credentials = credentials;
    }
    /** `registry/repository`, for messages. */
    get name() {
        return `${this.location.registry}/${this.location.repository}`;
    }
    /** The manifest (or index) a tag or digest names; undefined when there is none. */
    async manifest(reference) {
        const response = await this.send({
            method: 'GET',
            path: `manifests/${reference}`,
            headers: { Accept: MANIFEST_ACCEPT },
            expect: [200, 404]
        });
        if (response.status === 404) {
            response.discard();
            return undefined;
        }
        const bytes = await response.bytes();
        const declared = JSON.parse(bytes.toString('utf8')).mediaType;
        const mediaType = typeof declared === 'string' ? declared : (response.header('content-type') ?? '');
        return { bytes, mediaType, digest: sha256(bytes) };
    }
    /** Whether a tag or digest names a manifest here: asked with HEAD, its body left unread. */
    async hasManifest(reference) {
        const response = await this.send({
            method: 'HEAD',
            path: `manifests/${reference}`,
            headers: { Accept: MANIFEST_ACCEPT },
            expect: [200, 404]
        });
        response.discard();
        return response.status === 200;
    }
    async hasBlob(digest) {
        return (await this.statBlob(digest)) !== undefined;
    }
    /** The blob, asked with HEAD: undefined when it is not here; its size, where the registry gives one. */
    async statBlob(digest) {
        const response = await this.send({
            method: 'HEAD',
            path: `blobs/${digest}`,
            expect: [200, 404]
        });
        response.discard();
        if (response.status !== 200)
            return undefined;
        const size = Number(response.header('content-length'));
        return Number.isSafeInteger(size) && size >= 0 ? { size } : {};
    }
    /** The blob's content as a stream (the response's body). */
    async blob(digest) {
        const response = await this.send({
            method: 'GET',
            path: `blobs/${digest}`,
            expect: [200],
            transfer: true
        });
        return response.body;
    }
    /** A small JSON blob (an image config), read whole. */
    async blobJson(digest) {
        const response = await this.send({ method: 'GET', path: `blobs/${digest}`, expect: [200] });
        return response.json();
    }
    /**
     * Mounts a blob from another repository of the same registry. Undefined when
     * mounted; else the registry opened an upload instead, and this is its URL.
     */
    async mount(digest, from) {
        const query = new URLSearchParams({ mount: digest, from });
        const response = await this.send({
            method: 'POST',
            path: `blobs/uploads/?${query.toString()}`,
            expect: [201, 202],
            extraScopes: [`repository:${from}:pull`],
            // Some registries copy the blob before they answer.
            transfer: true
        });
        response.discard();
        return response.status === 201 ? undefined : this.uploadUrl(response);
    }
    /** Opens an upload; returns its URL. */
    async startUpload() {
        const response = await this.send({ method: 'POST', path: 'blobs/uploads/', expect: [202] });
        response.discard();
        return this.uploadUrl(response);
    }
    /** Sends a blob's content in one request and closes the upload; the registry checks the digest. */
    async finishUpload(url, blob, content) {
        const target = new URL(url);
        target.searchParams.set('digest', blob.digest);
        const response = await this.send({
            method: 'PUT',
            path: target.toString(),
            headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.size) },
            body: content,
            expect: [201],
            transfer: true
        });
        response.discard();
    }
    /**
     * Sends content of a length not known in advance (a layer compressed as it
     * goes) to an open upload; returns the URL that continues it.
     */
    async sendChunk(url, content) {
        const response = await this.send({
            method: 'PATCH',
            path: url,
            headers: { 'Content-Type': 'application/octet-stream' },
            body: content,
            expect: [202],
            transfer: true
        });
        response.discard();
        return this.uploadUrl(response);
    }
    /** Closes an upload whose content `sendChunk` sent; the registry checks the digest. */
    async closeUpload(url, digest) {
        const target = new URL(url);
        target.searchParams.set('digest', digest);
        const response = await this.send({
            method: 'PUT',
            path: target.toString(),
            headers: { 'Content-Length': '0' },
            expect: [201],
            // The registry checks the whole blob's digest before it answers.
            transfer: true
        });
        response.discard();
    }
    /**
     * Writes a manifest under a tag or its digest. Throws when the registry
     * reports another digest for it: what it holds is not these bytes.
     */
    async putManifest(reference, manifest) {
        const response = await this.send({
            method: 'PUT',
            path: `manifests/${reference}`,
            headers: { 'Content-Type': manifest.mediaType },
            body: manifest.bytes,
            expect: [201],
            // The registry checks every blob and manifest it names before it answers.
            transfer: true
        });
        response.discard();
        const written = response.header('docker-content-digest') ?? manifest.digest;
        if (written !== manifest.digest) {
            throw new Error(`${this.name} holds ${written} under ${reference}, not ${manifest.digest}`);
        }
    }
    uploadUrl(response) {
        const location = response.header('location');
        if (!location)
            throw new Error(`${this.name} opened an upload without a Location`);
        return new URL(location, (0,client/* repositoryUrl */.Ek)(this.location)).toString();
    }
    /** One request; a 401 is answered once by logging in, unless the body is a stream. */
    async send(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : (0,client/* repositoryUrl */.Ek)(this.location) + request.path;
        let response = await this.request(url, request);
        if (response.status === 401 && (!request.body || Buffer.isBuffer(request.body))) {
            response.discard();
            this.authorization = await this.login(response.header('www-authenticate'), request);
            response = await this.request(url, request);
        }
        if (request.expect.includes(response.status))
            return response;
        const detail = await registryErrorText(response);
        // An upload URL carries the registry's upload state: not worth a log line.
        const shown = url.includes('/blobs/uploads/') ? 'blobs/uploads/…' : request.path.split('?')[0];
        throw new RegistryError(response.status, `${this.location.registry} answered status ${response.status} to ${request.method} ` +
            `${this.location.repository}/${shown}` +
            (detail ? ` (${detail})` : ''));
    }
    login(challenge, request) {
        const key = JSON.stringify([challenge, request.extraScopes]);
        let login = this.logins.get(key);
        if (!login) {
            login = authorize(challenge, {
                ...this.location,
                credentials: this.credentials,
                ...(request.extraScopes ? { extraScopes: request.extraScopes } : {})
            }).finally(() => this.logins.delete(key));
            this.logins.set(key, login);
        }
        return login;
    }
    async request(url, request) {
        const headers = { ...request.headers };
        // The credentials go to the registry only: an upload Location may name another host.
        const own = new URL(url).origin === new URL((0,client/* repositoryUrl */.Ek)(this.location)).origin;
        if (this.authorization && own)
            headers.Authorization = this.authorization;
        try {
            return await (0,http/* httpRequest */.a)(request.method, url, headers, request.body, {
                idleTimeoutMs: request.transfer ? registry_request/* TRANSFER_IDLE_TIMEOUT_MS */.ih : registry_request/* REQUEST_TIMEOUT_MS */.j2,
                deadlineMs: request.transfer ? Infinity : registry_request/* REQUEST_TIMEOUT_MS */.j2
            });
        }
        catch (error) {
            throw new Error(`${request.method} on ${this.location.registry}: ${networkFailure(error)}`);
        }
    }
}
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * The registry's own words (`errors[0].message`), when its answer is JSON:
 * one line, without characters that would be markup in the summary.
 */
async function registryErrorText(response) {
    try {
        const body = (await response.json());
        const message = body.errors?.[0]?.message;
        if (typeof message !== 'string')
            return '';
        return message
            .replace(/\s+/g, ' ')
            .replace(/[<>[\]`|*~!\\]/g, '')
            .trim()
            .slice(0, 200);
    }
    catch {
        return '';
    }
}
/** A failed connection in the words retry.ts knows: "connection reset", "timed out", "host unreachable". */
function networkFailure(error) {
    // node's http sets the code on the error; fetch, on its cause.
    const failure = error;
    const cause = failure.cause;
    const code = typeof failure.code === 'string'
        ? failure.code
        : typeof cause?.code === 'string'
            ? cause.code
            : '';
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'EAI_AGAIN')
        return 'temporary failure in name resolution';
    if (code === 'EHOSTUNREACH')
        return 'host unreachable';
    if (code === 'ENETUNREACH')
        return 'network unreachable';
    if (/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/.test(code))
        return 'connection reset';
    if (/TIMEOUT|ETIMEDOUT/.test(code))
        return 'timed out';
    // @actions/http-client's words for a connection silent past its time limit.
    if (error instanceof Error && error.message.startsWith('Request timeout'))
        return 'timed out';
    const message = typeof cause?.message === 'string' ? cause.message : '';
    return message || (error instanceof Error ? error.message : String(error));
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


/***/ })

};
