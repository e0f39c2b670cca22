export const id = 618;
export const ids = [618];
export const modules = {

/***/ 3618:
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/exec.ts
var exec = __webpack_require__(3190);
// EXTERNAL MODULE: ./src/engine/progress.ts
var progress = __webpack_require__(4175);
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
    if (request.cacheArgs)
        args.push(...request.cacheArgs);
    const env = builder.kind === 'docker' ? { DOCKER_BUILDKIT: '1' } : {};
    request.secrets.forEach((secret, i) => {
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
    args.push(request.context);
    return { args, env };
}
/** Runs the build; its log streams to the job log, and the steps are read from it. */
async function runBuild(request, builder) {
    const command = buildCommand(request, builder);
    const result = await (0,exec/* execCommand */.NK)('docker', command.args, { env: command.env });
    if (result.exitCode !== 0)
        throw new Error(`Build failed: ${(0,exec/* lastErrorLine */.HY)(result)}`);
    return {
        imageId: (0,external_node_fs_.readFileSync)(request.iidFile, 'utf8').trim(),
        // BuildKit writes its progress to stderr.
        steps: (0,progress/* parseProgress */.TS)(result.stderr),
        failedImports: (0,progress/* failedCacheImports */.Qb)(result.stderr)
    };
}

;// CONCATENATED MODULE: ./src/engine/dockerfile.ts
/** What Hoist needs to know of a Dockerfile before building it. Pure. */
const FROM = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?\s*$/i;
const COPY_FROM = /^\s*(?:COPY|ADD)\s.*?--from=(\S+)/i;
const MOUNT_FROM = /--mount=\S*?\bfrom=([^,\s]+)/gi;
/** The build stages, in order. Continuation lines and comments are taken into account. */
function parseStages(dockerfile) {
    const stages = [];
    for (const line of logicalLines(dockerfile)) {
        const match = FROM.exec(line);
        if (match) {
            const name = match[2]?.toLowerCase();
            const base = match[1] ?? '';
            stages.push({
                index: stages.length,
                base,
                sources: [base.toLowerCase()],
                ...(name ? { name } : {})
            });
            continue;
        }
        const current = stages.at(-1);
        if (!current)
            continue;
        const copy = COPY_FROM.exec(line);
        if (copy?.[1])
            current.sources.push(copy[1].toLowerCase());
        if (/^\s*RUN\s/i.test(line)) {
            for (const mount of line.matchAll(MOUNT_FROM)) {
                if (mount[1])
                    current.sources.push(mount[1].toLowerCase());
            }
        }
    }
    return stages;
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

// EXTERNAL MODULE: ./src/cache/keys.ts
var keys = __webpack_require__(1452);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
// EXTERNAL MODULE: ./src/cache/strategy.ts
var cache_strategy = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/cache/build.ts
/**
 * The build, with the layer cache's arguments. For the inline strategy, every
 * stage the target needs is then built as an image of its own, so that its
 * layers (a builder stage's, say) are cached too, not only the final image's;
 * a stage the target's build took whole from the cache keeps its restored image.
 */










async function buildWithLayerCache(layerCache, stages, request, builder) {
    const { strategy, keys, dir } = layerCache;
    if (strategy.kind === 'user') {
        const cacheArgs = (0,cache_strategy/* userCacheArgs */.Vu)(layerCache.userCacheFrom, layerCache.userCacheTo);
        return { ...(await runBuild({ ...request, cacheArgs }, builder)), ...NO_IMAGES };
    }
    if (strategy.kind === 'off' || !keys || !dir) {
        return { ...(await runBuild(request, builder)), ...NO_IMAGES };
    }
    if (strategy.kind === 'local')
        return buildWithLocalCache(request, builder, dir);
    const { server } = layerCache;
    try {
        const built = await buildWithInlineCache(layerCache, keys.id, stages, request, builder);
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
const NO_IMAGES = { cacheImages: [], keptImages: [] };
async function buildWithInlineCache(layerCache, id, stages, request, builder) {
    const cacheArgs = (0,cache_strategy/* inlineCacheArgs */.Nf)(layerCache.cacheFrom);
    const result = await runBuild({ ...request, cacheArgs }, builder);
    const withheld = (layerCache.server?.withheld() ?? []).map(image => layerCache.cacheFrom.find(source => source.endsWith(`/${image}`)));
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
        const image = (0,keys/* cacheImage */.CJ)(id, target);
        if (layerCache.cacheImages.includes(image) && (0,cache_strategy/* stageReused */.NO)((0,cache_strategy/* stageLabel */.Hn)(stage), result.steps)) {
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
                cacheArgs
            };
            stageSteps.push((await runBuild(stageRequest, builder)).steps);
            cacheImages.push(image);
        }
        catch (error) {
            core.warning(`Stage "${target}" was not cached: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    const targetImage = (0,keys/* cacheImage */.CJ)(id);
    const tagged = await (0,exec/* execCommand */.NK)('docker', ['tag', result.imageId, targetImage], { silent: true });
    if (tagged.exitCode === 0)
        cacheImages.push(targetImage);
    else
        core.warning(`The image was not cached: ${(0,exec/* lastErrorLine */.HY)(tagged)}`);
    return { ...result, steps: (0,cache_strategy/* mergeSteps */.yf)([result.steps, ...stageSteps]), cacheImages, keptImages };
}
/** buildx: import the restored cache, export to a fresh directory that then replaces it. */
async function buildWithLocalCache(request, builder, dir) {
    const current = external_node_path_.join(dir, keys/* LOCAL_CACHE */.jX);
    const fresh = external_node_path_.join(dir, `${keys/* LOCAL_CACHE */.jX}.new`);
    (0,external_node_fs_.rmSync)(fresh, { recursive: true, force: true });
    const cacheArgs = (0,cache_strategy/* localCacheArgs */.TQ)({
        ...((0,external_node_fs_.existsSync)(current) ? { restored: current } : {}),
        fresh
    });
    const result = await runBuild({ ...request, cacheArgs }, builder);
    if ((0,external_node_fs_.existsSync)(fresh)) {
        (0,external_node_fs_.rmSync)(current, { recursive: true, force: true });
        (0,external_node_fs_.renameSync)(fresh, current);
    }
    return { ...result, ...NO_IMAGES };
}

// EXTERNAL MODULE: ./src/cache/layer-cache.ts + 1 modules
var layer_cache = __webpack_require__(6568);
// EXTERNAL MODULE: ./src/cache/service.ts
var service = __webpack_require__(8125);
// EXTERNAL MODULE: ./src/cache/save.ts
var save = __webpack_require__(353);
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
        payload: readPayload(env.GITHUB_EVENT_PATH),
        prHeadSha: /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? ''),
        shortShaLength: (env.DOCKER_METADATA_SHORT_SHA_LENGTH ?? '').trim()
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

;// CONCATENATED MODULE: ./src/engine/builder.ts

/** Docker clients before 23.0 drive BuildKit themselves; later ones need buildx. */
const LAST_CLIENT_WITH_BUILTIN_BUILDKIT = 22;
async function detectBuilder() {
    const [buildx, version] = await Promise.all([
        (0,exec/* execCommand */.NK)('docker', ['buildx', 'version'], { silent: true }),
        (0,exec/* execCommand */.NK)('docker', ['version', '--format', '{{.Client.Version}}'], { silent: true })
    ]);
    const clientVersion = version.stdout.trim();
    if (version.exitCode !== 0 && clientVersion === '') {
        throw new Error(`The docker client is not usable: ${version.stderr.trim() || 'not found'}`);
    }
    if (buildx.exitCode === 0) {
        return { kind: 'buildx', clientVersion, description: `docker buildx (${buildx.stdout.trim()})` };
    }
    const major = Number.parseInt(clientVersion, 10);
    if (Number.isFinite(major) && major <= LAST_CLIENT_WITH_BUILTIN_BUILDKIT) {
        const description = `docker build with the daemon's BuildKit (client ${clientVersion}, no buildx)`;
        return { kind: 'docker', clientVersion, description };
    }
    throw new Error(`No BuildKit builder: docker ${clientVersion} needs the buildx plugin to build with BuildKit. ` +
        'Install it (for example with docker/setup-buildx-action) before this step.');
}

// EXTERNAL MODULE: ./src/registry/reference.ts
var registry_reference = __webpack_require__(9310);
;// CONCATENATED MODULE: ./src/engine/image.ts


async function inspectImage(image) {
    const result = await (0,exec/* execCommand */.NK)('docker', ['image', 'inspect', image], { silent: true });
    if (result.exitCode !== 0) {
        throw new Error(`Could not inspect image ${image}: ${(0,exec/* lastErrorLine */.HY)(result)}`);
    }
    const [record] = JSON.parse(result.stdout);
    return {
        id: record?.Id ?? image,
        size: record?.Size ?? 0,
        repoDigests: record?.RepoDigests ?? [],
        platform: { os: record?.Os || 'linux', architecture: record?.Architecture || 'amd64' },
        diffIds: record?.RootFS?.Layers ?? []
    };
}
/**
 * The manifest digest a registry holds for a pushed image: docker records it
 * as a repo digest when the push completes.
 */
function digestFor(tag, repoDigests) {
    const wanted = (0,registry_reference/* parseImageReference */.o_)(tag);
    for (const repoDigest of repoDigests) {
        const ref = (0,registry_reference/* parseImageReference */.o_)(repoDigest);
        if (ref.registry === wanted.registry && ref.repository === wanted.repository)
            return ref.digest;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/registry/retry.ts
var retry = __webpack_require__(1521);
;// CONCATENATED MODULE: ./src/engine/push.ts




const sleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
const retryIO = { sleep, log: (message) => core.warning(message) };
/**
 * Pushes each tag, retrying transient failures. A registry that fails is
 * skipped for its remaining tags; the others still get theirs, so the caller
 * can report every registry before failing.
 */
async function pushTags(tags, policy) {
    const results = [];
    const failed = new Set();
    for (const tag of tags) {
        const registry = (0,registry_reference/* parseImageReference */.o_)(tag).registry;
        if (failed.has(registry)) {
            results.push({ tag, registry, outcome: 'skipped', attempts: 0 });
            continue;
        }
        core.info(`Pushing ${tag}`);
        const outcome = await (0,retry/* withRetries */.LH)(`Push of ${tag}`, policy, async () => {
            const result = await (0,exec/* execCommand */.NK)('docker', ['push', tag]);
            return result.exitCode === 0
                ? { ok: true, value: undefined }
                : { ok: false, error: (0,retry/* failureText */.kY)(result) };
        }, retryIO);
        if (outcome.ok) {
            results.push({ tag, registry, outcome: 'pushed', attempts: outcome.attempts });
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

// EXTERNAL MODULE: ./src/inputs.ts + 2 modules
var src_inputs = __webpack_require__(3568);
;// CONCATENATED MODULE: ./src/registry/pushed.ts

function registryResults(pushes, repoDigests) {
    const byRegistry = new Map();
    for (const push of pushes) {
        byRegistry.set(push.registry, [...(byRegistry.get(push.registry) ?? []), push]);
    }
    return [...byRegistry].map(([registry, tags]) => {
        const failure = tags.find(tag => tag.outcome === 'failed');
        const first = tags.find(tag => tag.outcome === 'pushed');
        const digest = first ? digestFor(first.tag, repoDigests) : undefined;
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

// EXTERNAL MODULE: ./src/registry/session.ts + 5 modules
var session = __webpack_require__(9848);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/layers.ts
var report_layers = __webpack_require__(7478);
// EXTERNAL MODULE: ./src/engine/saved.ts
var engine_saved = __webpack_require__(2373);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/engine/tar.ts
/** Reads the entries of a (ustar) tar file in place, without extracting it. */





const BLOCK = 512;
/** Regular files by path (without a leading `./`). */
async function indexTar(file) {
    const entries = new Map();
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const header = Buffer.alloc(BLOCK);
        let position = 0;
        let longName;
        for (;;) {
            const { bytesRead } = await handle.read(header, 0, BLOCK, position);
            if (bytesRead < BLOCK || header.every(byte => byte === 0))
                break;
            const size = Number.parseInt(tar_text(header, 124, 12) || '0', 8);
            const type = String.fromCharCode(header[156] ?? 0);
            const prefix = tar_text(header, 345, 155);
            const name = longName ?? (prefix ? `${prefix}/` : '') + tar_text(header, 0, 100);
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
    const handle = await (0,promises_.open)(file, 'r');
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
    const counter = new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            total += chunk.length;
            done();
        }
    });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file, { start: entry.offset, end: entry.offset + entry.size - 1 }), (0,external_node_zlib_.createGzip)({ level: 6 }), counter);
    return total;
}
function tar_text(buffer, start, length) {
    return buffer
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
        .trim();
}

;// CONCATENATED MODULE: ./src/engine/layers.ts
/**
 * An image's layers read from the local engine, without pushing it: the
 * config and layer tars from `docker save`, each layer gzip-compressed here
 * as a push would upload it.
 */






/**
 * `known` holds compressed sizes already known by diff ID (layers the
 * registry has): those layers are not compressed again.
 */
async function localLayers(imageId, tempDir, known = new Map(), measure = true) {
    const archive = external_node_path_.join(tempDir, 'image.tar');
    try {
        const saved = await (0,exec/* execCommand */.NK)('docker', ['save', '--output', archive, imageId], {
            silent: true
        });
        if (saved.exitCode !== 0)
            throw new Error(`docker save failed: ${(0,exec/* lastErrorLine */.HY)(saved)}`);
        const entries = await indexTar(archive);
        const manifestEntry = entries.get('manifest.json');
        if (!manifestEntry)
            throw new Error('docker save wrote no manifest.json');
        const [manifest] = (0,engine_saved/* parseSaveManifest */.A)((await readEntry(archive, manifestEntry)).toString()) ?? [];
        const configEntry = manifest && entries.get(manifest.Config);
        if (!manifest || !configEntry)
            throw new Error('docker save wrote no image config');
        const config = (0,report_layers/* parseImageConfig */.FB)(JSON.parse((await readEntry(archive, configEntry)).toString()));
        const compressed = [];
        for (const [i, layerPath] of measure ? manifest.Layers.entries() : []) {
            const knownSize = known.get(config.diffIds[i] ?? '');
            const entry = entries.get(layerPath);
            if (knownSize !== undefined)
                compressed.push(knownSize);
            else if (entry)
                compressed.push(await gzipSize(archive, entry));
            else
                throw new Error(`docker save wrote no ${layerPath}`);
        }
        const uncompressed = await historySizes(imageId);
        return { config, compressed, exact: false, ...(uncompressed ? { uncompressed } : {}) };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** Uncompressed size per history entry, oldest first, as `docker history` shows it. */
async function historySizes(imageId) {
    return (await imageHistory(imageId))?.map(record => record.size);
}
/**
 * The layers of an image nothing needs measured: its config from `docker
 * history` and the diff IDs `docker image inspect` gave, with no export of the
 * image. Only when history cannot say which entries made a layer is the
 * config read from `docker save`.
 */
async function unmeasuredLayers(image, tempDir) {
    const records = await imageHistory(image.id);
    const config = records && (0,report_layers/* configFromHistory */.jz)(records, image.diffIds, image.platform);
    if (!records || !config)
        return localLayers(image.id, tempDir, new Map(), false);
    return { config, compressed: [], exact: false, uncompressed: records.map(r => r.size) };
}
/** `docker history`, oldest first; text fields as JSON, so a RUN of several lines stays one line. */
async function imageHistory(imageId) {
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

;// CONCATENATED MODULE: ./src/registry/challenge.ts
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
/** The URL that hands out a pull token for a repository. */
function tokenUrl(challenge, repository) {
    const realm = challenge.params.realm;
    if (!realm)
        return undefined;
    const url = new URL(realm);
    if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service);
    url.searchParams.set('scope', challenge.params.scope || `repository:${repository}:pull`);
    return url.toString();
}

;// CONCATENATED MODULE: ./src/registry/docker-auth.ts
/**
 * Registry credentials as docker stores them: `auths[host].auth` (base64
 * `user:password`) in `$DOCKER_CONFIG/config.json` or `~/.docker/config.json`.
 */




/** Docker Hub's credentials are stored under its v1 index address. */
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io'];
/** The credentials a docker config holds for a registry host. Pure. */
function credentialsFor(config, host) {
    const auths = config.auths ?? {};
    const wanted = host === registry_reference/* DOCKER_HUB */.Xb ? HUB_KEYS : [host];
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
/** Reads the docker config of this run; a missing or unreadable one holds no credentials. */
function readDockerCredentials(host, env = process.env) {
    const dir = env.DOCKER_CONFIG || external_node_path_.join(external_node_os_.homedir(), '.docker');
    try {
        const config = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_.join(dir, 'config.json'), 'utf8'));
        return credentialsFor(config, host);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts
/**
 * A reader of the OCI distribution API: manifests and blobs, with the
 * registry's own authentication (anonymous or basic token, or Basic).
 * Never logs a credential or a token.
 */



const INDEX_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
];
const MANIFEST_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json'
];
/** A registry answered with an error status that a retry will not change. */
class RegistryError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'RegistryError';
    }
}
const RETRIES = 3;
class RegistryClient {
    ref;
    credentials;
    authorization;
    constructor(ref, credentials = readDockerCredentials(ref.registry)) {
        this.ref = ref;
        this.credentials = credentials;
    }
    /** The image manifest for `platform`; undefined when the registry has no such tag. */
    async manifest(reference, platform) {
        const accept = [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ');
        const response = await this.get(`manifests/${reference}`, accept);
        if (response.status === 404)
            return undefined;
        const digest = response.headers.get('docker-content-digest') ?? '';
        const body = (await response.json());
        const mediaType = body.mediaType ?? response.headers.get('content-type') ?? '';
        if (body.manifests || INDEX_TYPES.includes(mediaType)) {
            const chosen = pickPlatform(body.manifests ?? [], platform);
            if (!chosen) {
                throw new Error(`${reference} has no image for ${platform.os}/${platform.architecture}`);
            }
            return this.manifest(chosen.digest, platform);
        }
        if (!body.config || !body.layers)
            throw new Error(`${reference} is not an image manifest`);
        return { digest, config: body.config, layers: body.layers };
    }
    /** A JSON blob (an image config) by digest. */
    async blobJson(digest) {
        const response = await this.get(`blobs/${digest}`, '*/*');
        if (response.status === 404)
            throw new RegistryError(404, `blob ${digest} not found`);
        return response.json();
    }
    baseUrl() {
        const host = this.ref.registry === registry_reference/* DOCKER_HUB */.Xb ? 'registry-1.docker.io' : this.ref.registry;
        // Docker, too, speaks plain HTTP only to a registry on this machine.
        const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
        return `${local ? 'http' : 'https'}://${host}/v2/${this.ref.repository}/`;
    }
    async get(path, accept) {
        const url = this.baseUrl() + path;
        let response = await this.fetchWithRetry(url, accept);
        if (response.status === 401) {
            await response.body?.cancel();
            await this.authenticate(response.headers.get('www-authenticate'));
            response = await this.fetchWithRetry(url, accept);
        }
        if (response.ok || response.status === 404)
            return response;
        await response.body?.cancel();
        throw new RegistryError(response.status, `${this.ref.registry} answered ${response.status} for ${this.ref.repository}/${path}`);
    }
    async authenticate(header) {
        const challenge = parseChallenge(header);
        const basic = this.credentials
            ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
            : undefined;
        if (challenge?.scheme === 'basic') {
            if (!basic)
                throw new RegistryError(401, `${this.ref.registry} asks for credentials and the docker config has none for it`);
            this.authorization = basic;
            return;
        }
        const url = challenge && tokenUrl(challenge, this.ref.repository);
        if (!url)
            throw new RegistryError(401, `${this.ref.registry} refused access without a challenge`);
        const response = await fetch(url, basic ? { headers: { Authorization: basic } } : {});
        if (!response.ok) {
            await response.body?.cancel();
            throw new RegistryError(response.status, `the token service of ${this.ref.registry} answered ${response.status}`);
        }
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(401, `the token service of ${this.ref.registry} gave no token`);
        this.authorization = `Bearer ${token}`;
    }
    /** Retries connection failures and 5xx answers, which are often passing. */
    async fetchWithRetry(url, accept) {
        const headers = { Accept: accept };
        if (this.authorization)
            headers.Authorization = this.authorization;
        for (let attempt = 1;; attempt++) {
            try {
                const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
                if (response.status < 500 || attempt >= RETRIES)
                    return response;
                await response.body?.cancel();
            }
            catch (error) {
                if (attempt >= RETRIES)
                    throw error;
            }
            await new Promise(resolve => setTimeout(resolve, 500 * attempt));
        }
    }
}
/** The index entry for a platform's OS and architecture (attestation entries never match). */
function pickPlatform(manifests, platform) {
    return manifests.find(m => m.platform?.os === platform.os && m.platform.architecture === platform.architecture);
}

;// CONCATENATED MODULE: ./src/registry/image.ts



/** Undefined when the registry has no such image (e.g. the first build of a branch). */
async function registryLayers(reference, platform) {
    const ref = (0,registry_reference/* parseImageReference */.o_)(reference);
    const client = new RegistryClient(ref);
    const manifest = await client.manifest(ref.digest ?? ref.tag ?? 'latest', platform);
    if (!manifest)
        return undefined;
    const config = (0,report_layers/* parseImageConfig */.FB)(await client.blobJson(manifest.config.digest));
    return {
        config,
        compressed: manifest.layers.map(layer => layer.size),
        exact: true,
        digest: manifest.digest
    };
}

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/moment-timezone/index.js
var moment_timezone = __webpack_require__(9856);
var moment_timezone_default = /*#__PURE__*/__webpack_require__.n(moment_timezone);
;// CONCATENATED MODULE: ./src/meta/expressions.ts
/**
 * Templates: `{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date 'fmt' tz='Zone'}}`,
 * `{{commit_date 'fmt'}}`. Rendered as plain text (no HTML escaping). Pure.
 */



/** Why a template cannot be parsed, or undefined when it can. */
function checkTemplate(template) {
    try {
        lib_default().parse(template);
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
    const hb = lib_default().create();
    const formatter = (instant) => (...args) => {
        const options = args.pop();
        const format = typeof args[0] === 'string' ? args[0] : undefined;
        const hash = options.hash ?? {};
        const unknown = Object.keys(hash).filter(key => key !== 'tz');
        if (unknown.length > 0)
            throw new Error(`unknown option "${unknown.join('", "')}"; only tz`);
        const zone = typeof hash.tz === 'string' ? hash.tz : 'UTC';
        if (!moment_timezone_default().tz.zone(zone))
            throw new Error(`unknown time zone "${zone}"`);
        return moment_timezone_default()(instant).tz(zone).format(format);
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
    const text = (0,errors/* errorMessage */.g)(error);
    return text.trim().replace(/\s*\n\s*/g, ' ');
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
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

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
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
/** Which image a run compares with. Pure. */


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

// EXTERNAL MODULE: ./src/report/budget.ts
var report_budget = __webpack_require__(2585);
;// CONCATENATED MODULE: ./src/report/comment.ts
/**
 * One pull request comment per image, found again by its hidden marker and
 * updated in place (GitHub's REST API: issues comments).
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
    const base = `${target.apiUrl.replace(/\/$/, '')}/repos/${target.repository}/issues`;
    const existing = await findComment(target, `${base}/${target.number}/comments`, marker);
    if (existing !== undefined) {
        await call(target, 'PATCH', `${base}/comments/${existing}`, { body });
        return 'updated';
    }
    await call(target, 'POST', `${base}/${target.number}/comments`, { body });
    return 'created';
}
async function findComment(target, url, marker) {
    for (let page = 1; page <= 50; page++) {
        const comments = (await call(target, 'GET', `${url}?per_page=100&page=${page}`));
        const mine = comments.find(comment => comment.body?.includes(marker));
        if (mine)
            return mine.id;
        if (comments.length < 100)
            return undefined;
    }
    return undefined;
}
async function call(target, method, url, body) {
    const response = await fetch(url, {
        method,
        headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${target.token}`,
            'X-GitHub-Api-Version': '2022-11-28',
            ...(body ? { 'Content-Type': 'application/json' } : {})
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(30_000)
    });
    if (response.status === 403 || response.status === 404 || response.status === 401) {
        await response.body?.cancel();
        throw new CommentRefused(response.status);
    }
    if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`${method} ${new URL(url).pathname} answered ${response.status}`);
    }
    return response.json();
}

// EXTERNAL MODULE: ./src/report/compare.ts
var compare = __webpack_require__(2562);
;// CONCATENATED MODULE: ./src/report/sizes.ts

const UNMEASURED_NOTE = 'Compressed sizes are measured when the image is pushed, compared with a base image or given a ' +
    'size budget: otherwise measuring would mean compressing every layer here.';
const LOCAL_NOTE = 'Compressed sizes of layers the registry does not hold yet are computed here by gzip, as a push ' +
    'compresses them; the pushed sizes may differ by a few hundred bytes.';
function renderSizes(report) {
    const layers = report.rows.filter(row => row.diffId !== undefined).length;
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
        `\`${(0,format/* cell */.Hn)(row.instruction || '(no instruction recorded)')}\``,
        row.uncompressed !== undefined ? (0,format/* formatBytes */.z3)(row.uncompressed) : '',
        row.compressed !== undefined ? (0,format/* formatBytes */.z3)(row.compressed) : '—',
        row.cached === undefined ? '' : row.cached ? '✅' : 'built'
    ]);
    return (0,format/* table */.tp)(`History: ${rows.length} instructions`, ['Instruction', 'Size', 'Compressed', 'Cached'], body);
}
function renderComparison(comparison) {
    const percent = comparison.percent !== undefined
        ? ` (${comparison.percent >= 0 ? '+' : ''}${comparison.percent.toFixed(1)}%)`
        : '';
    const lines = [
        `**Against \`${comparison.baseReference}\`**: ${(0,format/* formatBytes */.z3)(comparison.baseTotal)} → ` +
            `${(0,format/* formatBytes */.z3)(comparison.currentTotal)}, **${(0,format/* formatChange */.eD)(comparison.change)}**${percent} compressed`,
        ''
    ];
    const body = comparison.rows.map(row => [
        `\`${(0,format/* cell */.Hn)(row.instruction || '(no instruction recorded)')}\``,
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
    const parts = [commentMarker(image), `### 📦 Hoist: \`${image}\``, ''];
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
    const pr = pullRequestOf(request.context.payload);
    const baseReference = inputs.compareTo ||
        request.baseImage ||
        (pr ? defaultBaseReference(tags, pr.baseBranch) : undefined);
    let base;
    let comparisonNote;
    if (baseReference) {
        try {
            base = await registryLayers(baseReference, platform);
            if (!base)
                comparisonNote = `Nothing to compare with: \`${baseReference}\` is not in the registry yet.`;
        }
        catch (error) {
            comparisonNote = `Nothing to compare with: \`${baseReference}\` could not be read (${(0,errors/* errorMessage */.g)(error)}).`;
            core.warning(comparisonNote);
        }
    }
    else if (pr) {
        comparisonNote =
            'Nothing to compare with: no tag to derive the base image from; set `compare-to`.';
    }
    const current = await currentLayers(request, platform, base);
    const comparison = base && baseReference ? (0,compare/* compareImages */.q)(baseReference, base, current) : undefined;
    const compressedSize = comparison?.currentTotal ?? (0,report_layers/* totalCompressed */.m8)(current);
    // Not measured means no budget is set: nothing to check.
    const budget = compressedSize === undefined
        ? { exceeded: [] }
        : (0,report_budget/* checkBudget */.Ik)(inputs.budget, compressedSize, comparison);
    core.setOutput('compressed-size', compressedSize === undefined ? '' : String(compressedSize));
    core.setOutput('size-delta', comparison ? String(comparison.change) : '');
    if (inputs.budget.check === 'warn')
        for (const line of budget.exceeded)
            core.warning(line);
    const report = {
        rows: (0,report_layers/* historyRows */.U4)(current, request.steps),
        ...(compressedSize !== undefined ? { compressedSize } : {}),
        uncompressedSize: request.size,
        exact: current.exact,
        budget: budget.exceeded,
        sizeCheck: inputs.budget.check,
        ...(comparison ? { comparison } : {}),
        ...(comparisonNote ? { comparisonNote } : {})
    };
    const commentNote = inputs.comment ? await comment(request, report) : undefined;
    return commentNote ? { ...report, commentNote } : report;
}
/**
 * With `size-check: fail`, a push waits for the budget: the image is measured
 * here first. Returns the report when the budget is exceeded (nothing may be
 * pushed), undefined otherwise.
 */
async function overBudgetBeforePush(request) {
    const { budget } = request.inputs;
    if (budget.check !== 'fail' || (budget.maxSize === undefined && !budget.maxIncrease)) {
        return undefined;
    }
    const { size, platform, diffIds } = await inspectImage(request.imageId);
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
    const first = request.tags[0];
    if (request.pushed && first) {
        try {
            const [pushed, uncompressed] = await Promise.all([
                registryLayers(first, platform),
                historySizes(request.imageId)
            ]);
            if (pushed)
                return { ...pushed, ...(uncompressed ? { uncompressed } : {}) };
        }
        catch (error) {
            core.warning(`Could not read ${first} back from the registry: ${(0,errors/* errorMessage */.g)(error)}`);
        }
    }
    // Compressing every layer here costs seconds per 100 MB, and even exporting
    // the image costs a second per few hundred MB: only for what needs the figure.
    const { budget } = request.inputs;
    const measure = request.pushed ||
        base !== undefined ||
        budget.maxSize !== undefined ||
        budget.maxIncrease !== undefined;
    if (!measure) {
        const image = { id: request.imageId, diffIds: request.diffIds, platform };
        return unmeasuredLayers(image, request.tempDir);
    }
    const known = new Map();
    base?.config.diffIds.forEach((diffId, i) => known.set(diffId, base.compressed[i] ?? 0));
    return localLayers(request.imageId, request.tempDir, known);
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
        return `No pull request comment: ${(0,errors/* errorMessage */.g)(error)}`;
    }
}

// EXTERNAL MODULE: ./src/report/cache.ts
var cache = __webpack_require__(5212);
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
        const tags = result.tags.map(tag => `\`${tag}\``).join('<br>');
        const digest = result.digest ? `\`${result.digest}\`` : '';
        const retried = result.attempts > result.tags.length ? ` (${result.attempts} attempts)` : '';
        const outcome = result.outcome === 'pushed'
            ? `✅ pushed${retried}`
            : `❌ failed${retried}: ${(result.error ?? '').replace(/\|/g, '\\|')}`;
        lines.push(`| ${result.registry} | ${tags} | ${digest} | ${outcome} |`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/summary.ts




function renderSummary(report) {
    return [
        imageSection(report),
        registriesSection(report.registries ?? []),
        report.sizes ? renderSizes(report.sizes) : '',
        stepsSection(report.steps),
        (0,cache/* renderCacheSection */.e)(report.cache)
    ]
        .filter(Boolean)
        .join('\n');
}
function imageSection(report) {
    const lines = [`## 🏗️ Hoist: ${report.tags[0] ?? report.imageId}`, ''];
    lines.push('| | |', '|---|---|');
    lines.push(`| Image ID | \`${report.imageId}\` |`);
    if (report.digest)
        lines.push(`| Digest | \`${report.digest}\` |`);
    lines.push(`| Size | ${(0,format/* formatBytes */.z3)(report.size)} (uncompressed) |`);
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
        lines.push(`| ${step.stage} | \`${(0,format/* cell */.Hn)(step.instruction)}\` | ${step.cached ? '✅' : ''} | ${time} |`);
    }
    lines.push('', '</details>');
    return lines.join('\n') + '\n';
}


// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
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
function mergeLabels(base, custom, ctx) {
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
            throw new RuleError('labels', `"${label.name}=${label.value}" cannot be rendered: ${reason}`);
        }
    }
    return [...merged]
        .map(([name, value]) => ({ name, value }))
        .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

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
 * `name=…,enable=true|false`. A name must be a valid reference without a tag.
 */
function parseImages(text) {
    const records = parseRecords('images', text);
    const only = records[0];
    if (records.length === 1 && only && only.fields.every(field => !field.includes('='))) {
        return only.fields.map(name => checkImage(name, only.source));
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
            images.push(checkImage(name, record.source));
    }
    return images;
}
function checkImage(name, source) {
    let reason;
    try {
        const ref = (0,registry_reference/* parseImageReference */.o_)(name);
        if (ref.tag !== undefined || ref.digest !== undefined) {
            reason = 'give the image name without a tag or digest; the tags come from the tags rules';
        }
    }
    catch (error) {
        reason = (0,errors/* errorMessage */.g)(error);
        // `ghcr.io/${{ github.repository }}` is upper case whenever the owner is.
        if (name !== name.toLowerCase() && isValidName(name.toLowerCase())) {
            reason += `; write it as "${name.toLowerCase()}"`;
        }
    }
    if (reason)
        throw new RuleError('images', `"${name}" in "${source}" is not a valid image name: ${reason}`);
    return name;
}
function isValidName(name) {
    try {
        return (0,registry_reference/* parseImageReference */.o_)(name).tag === undefined;
    }
    catch {
        return false;
    }
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









function computeMetadata(request) {
    const ctx = refContext(request.run, request.now);
    const warnings = [];
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
        const images = parseImages(request.images);
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
    const labels = mergeLabels(ociLabels(ctx, version, request.run), request.labels, ctx);
    return { version, tags, tagNames, labels, warnings };
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
        labels: Object.fromEntries(metadata.labels.map(label => [label.name, label.value]))
    });
}

;// CONCATENATED MODULE: ./src/tags.ts




/** The Tags step: computes tags and labels, logs them, sets the metadata outputs. */
function computeTags(inputs, run, now = new Date()) {
    let metadata;
    let baseImage;
    try {
        metadata = computeMetadata({ ...inputs, run, now });
        const base = pullRequestBase(run.payload);
        if (base)
            baseImage = baseBranchTag({ ...inputs, run, now }, base.ref, base.sha);
    }
    catch (error) {
        if (error instanceof RuleError)
            throw new src_inputs/* InputError */.dz(error.input, error.reason);
        throw error;
    }
    for (const warning of metadata.warnings)
        core.warning(warning);
    if (inputs.push && metadata.tags.length === 0)
        throw new src_inputs/* InputError */.dz('tags', noTagReason(inputs, run, metadata));
    core.info(`Version: ${metadata.version || '(none)'}`);
    core.info(`Tags:\n${metadata.tags.map(tag => `  ${tag}`).join('\n') || '  (none)'}`);
    core.info(`Labels:\n${metadata.labels.map(l => `  ${l.name}=${l.value}`).join('\n')}`);
    core.setOutput('version', metadata.version);
    core.setOutput('tag-names', metadata.tagNames.join('\n'));
    core.setOutput('labels', metadata.labels.map(label => `${label.name}=${label.value}`).join('\n'));
    core.setOutput('json', metadataJson(metadata));
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






















/** The main phase: inputs → context → tags → login → build → push → report. */
async function run() {
    (0,state/* markMain */.rH)();
    const inputs = (0,src_inputs/* readInputs */.Ko)();
    // Both wait on something other than this process (docker; loading a large
    // library): started now, they overlap with the checks and logins below.
    const builderReady = detectBuilder();
    builderReady.catch(() => undefined); // awaited, and reported, at the Builder step
    if ((0,layer_cache/* wantsCacheService */.X9)(inputs))
        (0,service/* cacheService */.q)().catch(() => undefined);
    const context = readContext();
    const metadata = await core.group('Tags', () => Promise.resolve(computeTags(inputs, context)));
    const tags = metadata.tags;
    const stages = checkDockerfile(inputs);
    const logins = (0,session/* planRegistryLogins */.lF)(inputs.registryAuth, tags, inputs.push);
    const runnerTemp = process.env.RUNNER_TEMP || external_node_os_.tmpdir();
    const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(runnerTemp, 'hoist-'));
    (0,state/* saveState */.LZ)({ tempDir });
    // The inputs are checked: the cache downloads while the logins and builder detection run.
    const download = (0,layer_cache/* startCacheDownload */.zk)(inputs, tags);
    // What is restored stays until post, which saves from it: gone even if the build fails.
    if (download)
        (0,state/* saveState */.LZ)({ cacheDir: download.dir });
    await core.group('Login', () => (0,session/* loginRegistries */.zr)(logins, inputs.registryAuth, runnerTemp));
    const builder = await core.group('Builder', async () => {
        const ready = await builderReady;
        core.info(`Builder: ${ready.description}`);
        return ready;
    });
    const layerCache = await core.group('Cache restore', () => (0,layer_cache/* restoreLayerCache */.Qn)(inputs, builder, download));
    const build = await core.group('Build', () => buildWithLayerCache(layerCache, stages, { ...inputs, tags, labels: metadata.labels, iidFile: external_node_path_.join(tempDir, 'iid') }, builder));
    const { imageId, steps } = build;
    const { baseImage } = metadata;
    const sizeRequest = {
        imageId,
        tags,
        steps,
        tempDir,
        context,
        inputs: inputs.sizes,
        ...(baseImage ? { baseImage } : {})
    };
    // A budget that fails the step is checked before anything is pushed.
    const overBudget = inputs.push
        ? await sizeReport(() => overBudgetBeforePush(sizeRequest))
        : undefined;
    const pushed = inputs.push && !overBudget;
    const pushes = pushed
        ? await core.group('Push', () => pushTags(tags, inputs.registryAuth.retry))
        : [];
    const cacheSave = (0,save/* planLayerCacheSave */.cK)(layerCache, build);
    if (cacheSave.pending)
        (0,state/* saveState */.LZ)({ layerCache: cacheSave.pending });
    const image = await inspectImage(imageId);
    const registries = registryResults(pushes, image.repoDigests);
    const digest = pushed && tags[0] ? digestFor(tags[0], image.repoDigests) : undefined;
    core.setOutput('imageid', imageId);
    core.setOutput('digest', digest ?? '');
    core.setOutput('tags', tags.join('\n'));
    core.setOutput('size', String(image.size));
    core.setOutput('pushed', pushedOutput(registries));
    const sizes = overBudget ??
        (await core.group('Size report', () => sizeReport(() => reportSizes({
            ...sizeRequest,
            pushed,
            size: image.size,
            platform: image.platform,
            diffIds: image.diffIds
        }))));
    if (inputs.summary) {
        await (0,write/* appendSummary */.f)(renderSummary({
            imageId,
            tags,
            pushed,
            size: image.size,
            builder: builder.kind === 'buildx' ? 'docker buildx' : 'docker build (BuildKit)',
            steps,
            registries,
            cache: (0,save/* cacheReport */.VR)(layerCache, build, cacheSave),
            ...(digest ? { digest } : {}),
            ...(sizes ? { sizes } : {})
        }));
    }
    const failure = pushFailure(registries);
    if (failure)
        throw new Error(failure);
    if (sizes?.sizeCheck === 'fail' && sizes.budget?.length)
        throw new Error(sizes.budget.join(' '));
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
/** Checks the context, the Dockerfile and the target; returns the Dockerfile's stages. */
function checkDockerfile(inputs) {
    if (!(0,external_node_fs_.existsSync)(inputs.context) || !(0,external_node_fs_.statSync)(inputs.context).isDirectory()) {
        throw new src_inputs/* InputError */.dz('context', `"${inputs.context}" is not a directory`);
    }
    if (!(0,external_node_fs_.existsSync)(inputs.file)) {
        throw new src_inputs/* InputError */.dz('file', `"${inputs.file}" does not exist`);
    }
    const stages = parseStages((0,external_node_fs_.readFileSync)(inputs.file, 'utf8'));
    if (inputs.target && !findStage(stages, inputs.target)) {
        const names = stages.flatMap(stage => (stage.name ? [stage.name] : []));
        throw new src_inputs/* InputError */.dz('target', `stage "${inputs.target}" is not in ${inputs.file}` +
            (names.length ? `; its stages are: ${names.join(', ')}` : '; it has no named stage'));
    }
    return stages;
}


/***/ })

};
