export const id = 857;
export const ids = [857];
export const modules = {

/***/ 9857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecrCredentials: () => (/* binding */ ecrCredentials)
/* harmony export */ });
/* unused harmony exports ecrClientConfig, decodeToken */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8249);
/* harmony import */ var _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9821);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3669);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5222);
/**
 * Amazon ECR and ECR Public: a docker login token from GetAuthorizationToken,
 * with the SDK's standard credential chain (the environment that
 * aws-actions/configure-aws-credentials sets, OIDC included) unless keys are
 * given. The SDK honours the standard endpoint overrides
 * (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC, AWS_ENDPOINT_URL);
 * its request goes through the runner's proxy, where it names one.
 */





async function ecrCredentials(registry, login) {
    const config = ecrClientConfig(login, registry.kind === 'ecr-public');
    if (registry.kind === 'ecr-public') {
        const client = new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__/* .ECRPUBLICClient */ .Rr(config);
        const response = await client.send(new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_2__/* .GetAuthorizationTokenCommand */ .Eu({}));
        return decodeToken(response.authorizationData?.authorizationToken);
    }
    const client = new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .ECRClient */ .S70(config);
    const response = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_3__/* .GetAuthorizationTokenCommand */ .Eu6(registry.accountId ? { registryIds: [registry.accountId] } : {}));
    return decodeToken(response.authorizationData?.[0]?.authorizationToken);
}
/**
 * The SDK client's settings: the region, keys when given, time limits, and
 * the runner's proxy for the endpoint, where HTTPS_PROXY (or HTTP_PROXY) and
 * NO_PROXY say so, as @actions/http-client reads them: the SDK reads no proxy
 * settings itself.
 */
function ecrClientConfig(login, isPublic = false) {
    const url = ecrEndpoint(login.region, isPublic, process.env);
    const endpoint = URL.canParse(url) ? new URL(url) : undefined;
    const proxy = endpoint && (0,_actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .getProxyUrl */ .s_)(endpoint.href);
    const agent = proxy ? new https_proxy_agent__WEBPACK_IMPORTED_MODULE_1__.HttpsProxyAgent(proxy, { keepAlive: true }) : undefined;
    return {
        region: login.region,
        requestHandler: {
            // The SDK waits for an answer without limit by default.
            connectionTimeout: _request_js__WEBPACK_IMPORTED_MODULE_4__/* .CONNECT_TIMEOUT_MS */ .cC,
            requestTimeout: _request_js__WEBPACK_IMPORTED_MODULE_4__/* .REQUEST_TIMEOUT_MS */ .j2,
            // A tunnel through the proxy (CONNECT), for either protocol.
            ...(agent ? { [endpoint?.protocol === 'https:' ? 'httpsAgent' : 'httpAgent']: agent } : {})
        },
        ...(login.accessKeyId && login.secretAccessKey
            ? {
                credentials: { accessKeyId: login.accessKeyId, secretAccessKey: login.secretAccessKey }
            }
            : {})
    };
}
/** Where the SDK sends its request: the endpoint the environment names, else AWS's own. */
function ecrEndpoint(region, isPublic, env) {
    const named = (isPublic ? env.AWS_ENDPOINT_URL_ECR_PUBLIC : env.AWS_ENDPOINT_URL_ECR) || env.AWS_ENDPOINT_URL;
    if (named)
        return named;
    // ECR Public's API is in us-east-1 only.
    if (isPublic)
        return 'https://api.ecr-public.us-east-1.amazonaws.com';
    return `https://api.ecr.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
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
