export const id = 857;
export const ids = [857];
export const modules = {

/***/ 9857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecrCredentials: () => (/* binding */ ecrCredentials)
/* harmony export */ });
/* unused harmony exports ecrClientConfig, decodeToken */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8249);
/* harmony import */ var _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9821);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5222);
/**
 * Amazon ECR and ECR Public: a docker login token from GetAuthorizationToken,
 * with the SDK's standard credential chain (the environment that
 * aws-actions/configure-aws-credentials sets, OIDC included) unless keys are
 * given. The SDK honours the standard endpoint overrides
 * (AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC, AWS_ENDPOINT_URL).
 */



async function ecrCredentials(registry, login) {
    const config = ecrClientConfig(login);
    if (registry.kind === 'ecr-public') {
        const client = new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_0__/* .ECRPUBLICClient */ .Rr(config);
        const response = await client.send(new _aws_sdk_client_ecr_public__WEBPACK_IMPORTED_MODULE_0__/* .GetAuthorizationTokenCommand */ .Eu({}));
        return decodeToken(response.authorizationData?.authorizationToken);
    }
    const client = new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .ECRClient */ .S70(config);
    const response = await client.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .GetAuthorizationTokenCommand */ .Eu6(registry.accountId ? { registryIds: [registry.accountId] } : {}));
    return decodeToken(response.authorizationData?.[0]?.authorizationToken);
}
/** The SDK client's settings: the region, keys when given, and time limits. Pure. */
function ecrClientConfig(login) {
    return {
        region: login.region,
        // The SDK waits for an answer without limit by default.
        requestHandler: { connectionTimeout: _request_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_TIMEOUT_MS */ .cC, requestTimeout: _request_js__WEBPACK_IMPORTED_MODULE_2__/* .REQUEST_TIMEOUT_MS */ .j2 },
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
