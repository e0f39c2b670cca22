export const id = 661;
export const ids = [661,232];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _saved_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7232);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);



/**
 * Best-effort cleanup: each part warns on failure, and post never fails the
 * job. A post with only this run's folders to remove loads no more than this
 * module: the cache library, the logout and @actions/core itself load only
 * for the work that needs them.
 */
async function runPost() {
    const state = (0,_saved_state_js__WEBPACK_IMPORTED_MODULE_2__.loadState)();
    if (state.layerCache) {
        const pending = state.layerCache;
        const [core, { saveLayerCache }, { renderCacheSaved }, { appendSummary }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 3838)),
            Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(470), __webpack_require__.e(141), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 353)),
            __webpack_require__.e(/* import() */ 212).then(__webpack_require__.bind(__webpack_require__, 5212)),
            Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 1693))
        ]);
        const outcome = await core.group('Cache save', () => saveLayerCache(pending));
        await appendSummary(renderCacheSaved(pending.key, outcome));
    }
    if (state.dockerConfig)
        await (await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(470), __webpack_require__.e(141), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 1877))).logoutRegistries(state);
    const unremoved = [];
    for (const dir of [state.tempDir, state.cacheDir]) {
        if (!dir)
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        }
        catch (error) {
            unremoved.push(`Could not remove ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`);
        }
    }
    if (unremoved.length) {
        const core = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 3838));
        for (const warning of unremoved)
            core.warning(warning);
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
