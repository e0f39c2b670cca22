export const id = 510;
export const ids = [510];
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


/***/ })

};
