export const id = 661;
export const ids = [661,462];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);



/** Best-effort cleanup: each part warns on failure, and post never fails the job. */
async function runPost() {
    const state = (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .loadState */ .C7)();
    await Promise.resolve();
    if (state.tempDir) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(state.tempDir, { recursive: true, force: true });
        }
        catch (error) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove ${state.tempDir}: ${String(error)}`);
        }
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);

const KEY = 'hoist';
const POST_FLAG = 'isPost';
function isPost() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(POST_FLAG) === 'true';
}
/** Marks that main has run, so the same entry point runs post next time. */
function markMain() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(POST_FLAG, 'true');
}
function saveState(state) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(KEY, JSON.stringify(state));
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
