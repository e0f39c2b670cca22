export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _registry_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1877);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/** Best-effort cleanup: each part warns on failure, and post never fails the job. */
async function runPost() {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .loadState */ .C7)();
    if (state.layerCache) {
        const pending = state.layerCache;
        // The cache library is large: a job without a layer cache to save never loads it.
        const [{ saveLayerCache }, { renderCacheSaved }, { appendSummary }] = await Promise.all([
            __webpack_require__.e(/* import() */ 353).then(__webpack_require__.bind(__webpack_require__, 353)),
            __webpack_require__.e(/* import() */ 212).then(__webpack_require__.bind(__webpack_require__, 5212)),
            __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 1693))
        ]);
        const outcome = await _actions_core__WEBPACK_IMPORTED_MODULE_0__.group('Cache save', () => saveLayerCache(pending));
        await appendSummary(renderCacheSaved(pending.key, outcome));
    }
    await (0,_registry_session_js__WEBPACK_IMPORTED_MODULE_2__/* .logoutRegistries */ .kL)(state);
    for (const dir of [state.tempDir, state.cacheDir]) {
        if (!dir)
            continue;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove ${dir}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)}`);
        }
    }
}


/***/ })

};
