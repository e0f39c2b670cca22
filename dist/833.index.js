export const id = 833;
export const ids = [833];
export const modules = {

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handleCancellation: () => (/* binding */ handleCancellation),
/* harmony export */   onCancel: () => (/* binding */ onCancel)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * A cancelled run: the runner sends SIGINT, then SIGTERM, to the step's
 * process. Node's default would end this process at once and leave what it
 * started running (a build, a push, the cache's registry). Each part that
 * starts something registers how to stop it; on the signal, all of them run,
 * then the step ends as failed. The post step still runs, and cleans up.
 */

const stops = new Set();
/** Registers what stops a thing this process started; the returned function unregisters it. */
function onCancel(stop) {
    stops.add(stop);
    return () => stops.delete(stop);
}
/** Main's handler of the runner's cancel signals; the returned function removes it. */
function handleCancellation(exit = code => process.exit(code)) {
    let cancelling = false;
    const cancel = (signal) => {
        if (cancelling)
            return;
        cancelling = true;
        void cancelAll(signal)
            .catch(() => undefined)
            .finally(() => exit(1));
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
    return () => {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
    };
}
/**
 * Runs every stop. @actions/core is loaded here, not with this module: the
 * entry point starts `docker info` before the rest of the action loads.
 */
async function cancelAll(signal) {
    const stopped = Promise.allSettled([...stops].map(stop => stop()));
    const core = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(510)]).then(__webpack_require__.bind(__webpack_require__, 3838));
    core.info(`Cancelled (${signal}): stopping the commands and servers this step started`);
    const results = await stopped;
    for (const result of results) {
        if (result.status === 'rejected')
            core.warning(`Could not stop: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(result.reason)}`);
    }
    // After the stops: the build's output no longer holds the runner's commands off.
    core.error(`Cancelled (${signal}): the commands and servers this step started are stopped`);
}


/***/ })

};
