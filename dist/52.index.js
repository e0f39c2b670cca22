export const id = 52;
export const ids = [52];
export const modules = {

/***/ 9052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ecrCredentials: () => (/* binding */ ecrCredentials)
});

// UNUSED EXPORTS: decodeToken, ecrClientConfig

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr-public/dist-cjs/index.js
var client_ecr_public_dist_cjs = __webpack_require__(9821);
// EXTERNAL MODULE: ./src/registry/request.ts
var request = __webpack_require__(5222);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
// EXTERNAL MODULE: ./node_modules/agent-base/dist/index.js
var dist = __webpack_require__(8894);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js
var https_proxy_agent_dist = __webpack_require__(3669);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/registry/runner-proxy.ts
/**
 * An agent for a client that reaches more than one host with one agent (the
 * AWS SDK: ECR's API, and STS for a web identity): each connection goes
 * through the runner's proxy or straight to its host, as @actions/http-client
 * decides from HTTPS_PROXY, HTTP_PROXY and NO_PROXY for that host, so no
 * endpoint has to be known in advance. Through a proxy, a tunnel (CONNECT)
 * for either protocol.
 */





class RunnerProxyAgent extends dist.Agent {
    secure;
    tunnels = new Map();
    /** `secure`: for https, else http (the SDK gives each protocol its agent). */
    constructor(secure, options = {}) {
        super(options);
        this.secure = secure;
    }
    isSecureEndpoint() {
        return this.secure;
    }
    connect(req, options) {
        const origin = `${this.secure ? 'https' : 'http'}://${options.host ?? 'localhost'}:${options.port}`;
        const proxy = (0,lib/* getProxyUrl */.s_)(origin);
        if (proxy) {
            let tunnel = this.tunnels.get(proxy);
            if (!tunnel)
                this.tunnels.set(proxy, (tunnel = new https_proxy_agent_dist.HttpsProxyAgent(proxy)));
            return tunnel.connect(req, options);
        }
        // The request's path is not a socket's; TLS names its host (SNI), as node's https agent does.
        const target = { ...options, path: undefined };
        if (!options.secureEndpoint)
            return external_node_net_.connect(target);
        const host = options.host ?? '';
        const servername = options.servername ?? (external_node_net_.isIP(host) ? undefined : host);
        return external_node_tls_.connect({
            ...target,
            ...(servername ? { servername } : {})
        });
    }
}

;// CONCATENATED MODULE: ./src/registry/ecr.ts
/**
 * Amazon ECR and ECR Public: a docker login token from GetAuthorizationToken,
 * with the SDK's standard credential chain (the environment that
 * aws-actions/configure-aws-credentials sets, OIDC included) unless keys are
 * given. The SDK honours the standard endpoint overrides
 * (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC, AWS_ENDPOINT_URL);
 * its requests go through the runner's proxy, where it names one.
 */




async function ecrCredentials(registry, login) {
    const config = ecrClientConfig(login);
    if (registry.kind === 'ecr-public') {
        const client = new client_ecr_public_dist_cjs/* ECRPUBLICClient */.Rr(config);
        const response = await client.send(new client_ecr_public_dist_cjs/* GetAuthorizationTokenCommand */.Eu({}));
        return decodeToken(response.authorizationData?.authorizationToken);
    }
    const client = new dist_cjs/* ECRClient */.S70(config);
    const response = await client.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6(registry.accountId ? { registryIds: [registry.accountId] } : {}));
    return decodeToken(response.authorizationData?.[0]?.authorizationToken);
}
/**
 * The SDK client's settings: the region, keys when given, time limits, and
 * agents that take each connection through the runner's proxy where
 * HTTPS_PROXY (or HTTP_PROXY) and NO_PROXY say so for its host, as
 * @actions/http-client reads them: the SDK reads no proxy settings itself.
 */
function ecrClientConfig(login) {
    return {
        region: login.region,
        requestHandler: {
            // The SDK waits without limit by default, and only warns past its requestTimeout.
            connectionTimeout: request/* CONNECT_TIMEOUT_MS */.cC,
            requestTimeout: request/* REQUEST_TIMEOUT_MS */.j2,
            throwOnRequestTimeout: true,
            socketTimeout: request/* REQUEST_TIMEOUT_MS */.j2,
            httpAgent: new RunnerProxyAgent(false, { keepAlive: true }),
            httpsAgent: new RunnerProxyAgent(true, { keepAlive: true })
        },
        ...(login.accessKeyId && login.secretAccessKey
            ? {
                credentials: { accessKeyId: login.accessKeyId, secretAccessKey: login.secretAccessKey }
            }
            : {})
    };
}
/** The token is base64 of `user:password` (the user is always AWS). */
function decodeToken(token) {
    const decoded = Buffer.from(token ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new Error('AWS returned no usable authorization token');
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}


/***/ })

};
