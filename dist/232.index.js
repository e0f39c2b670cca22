export const id = 232;
export const ids = [232];
export const modules = {

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
