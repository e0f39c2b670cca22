export const id = 462;
export const ids = [462];
export const modules = {

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
