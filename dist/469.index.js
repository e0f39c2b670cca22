export const id = 469;
export const ids = [469,833];
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


/***/ }),

/***/ 3469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerInfo: () => (/* binding */ dockerInfo)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3190);
/**
 * `docker info`, asked once per run. The entry point starts it before the
 * main phase's modules load, so the daemon answers while they do; detection
 * then reads the same answer.
 */

let answer;
function dockerInfo() {
    answer ??= (0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .execCommand */ .NK)('docker', ['info', '--format', '{{json .}}'], { silent: true });
    return answer;
}


/***/ }),

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ lastErrorLine),
/* harmony export */   NK: () => (/* binding */ execCommand),
/* harmony export */   U1: () => (/* binding */ execStream),
/* harmony export */   qW: () => (/* binding */ execPipe)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);


/**
 * The one place external commands run. Never throws on a non-zero exit: the
 * caller reads `exitCode` and decides what the failure means. Unless silent,
 * the command line and its output go to the log as they come, as @actions/exec
 * writes them (or whole, `printWhole`); a cancelled run stops the command
 * (cancel.ts).
 */
async function execCommand(command, args, options = {}) {
    const commandLine = `[command]${command} ${args.join(' ')}\n`;
    const { printWhole } = options;
    const printed = [];
    const print = printWhole
        ? (chunk) => printed.push(chunk)
        : (chunk) => process.stdout.write(chunk);
    if (!options.silent && !printWhole)
        process.stdout.write(commandLine);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        env: options.env ? { ...process.env, ...options.env } : process.env,
        ...(options.cwd ? { cwd: options.cwd } : {})
    });
    if (!options.silent) {
        for (const stream of [child.stdout, child.stderr])
            stream?.on('data', print);
    }
    const { onOutput } = options;
    if (onOutput) {
        for (const stream of [child.stdout, child.stderr]) {
            stream?.on('data', (chunk) => onOutput(chunk.toString('utf8')));
        }
    }
    const result = await watched(child, options);
    if (!options.silent && printWhole)
        printWhole(commandLine + Buffer.concat(printed).toString());
    return result;
}
/** The command's result; with `idleTimeoutMs`, stopped when it shows no progress for that long. */
async function watched(child, options) {
    child.stdin?.on('error', () => undefined); // a command that exits before reading its input
    child.stdin?.end(options.input);
    const { idleTimeoutMs, idleAfter } = options;
    if (idleTimeoutMs === undefined)
        return finished(child);
    let idle = false;
    let timed = idleAfter === undefined;
    let timer = timed ? setTimeout(stall, idleTimeoutMs) : undefined;
    function stall() {
        idle = true;
        void stopChild(child);
    }
    const seen = new Set();
    for (const stream of [child.stdout, child.stderr]) {
        stream?.on('data', (chunk) => {
            const text = chunk.toString('utf8');
            const lines = text.split(/[\r\n]+/).filter(line => line.trim() && !seen.has(line));
            if (lines.length === 0)
                return;
            for (const line of lines)
                seen.add(line);
            timed ||= idleAfter?.test(text) === true;
            clearTimeout(timer);
            if (timed)
                timer = setTimeout(stall, idleTimeoutMs);
        });
    }
    const result = await finished(child);
    clearTimeout(timer);
    if (!idle)
        return result;
    const stopped = `no progress for ${Math.round(idleTimeoutMs / 1000)} s: timed out, stopped`;
    return {
        ...result,
        exitCode: result.exitCode === 0 ? 1 : result.exitCode,
        stderr: `${result.stderr}\nerror: ${stopped}\n`,
        stopped
    };
}
/**
 * `from | to`, the output kept out of the log: the data flows between the two
 * commands without passing through this process. The result is `to`'s output,
 * with both commands' errors; it fails when either command does.
 */
async function execPipe(from, to) {
    const producer = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(from[0], from.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    const consumer = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(to[0], to.slice(1), { stdio: [producer.stdout, 'pipe', 'pipe'] });
    // The consumer has the pipe now. Closing this process's end lets the producer
    // learn (EPIPE) when the consumer stops reading, instead of waiting forever.
    producer.stdout.destroy();
    const [made, used] = await Promise.all([finished(producer), finished(consumer)]);
    return {
        // As a shell with pipefail: the last command that failed.
        exitCode: used.exitCode !== 0 ? used.exitCode : made.exitCode,
        stdout: used.stdout,
        stderr: [made.stderr, used.stderr].filter(text => text.trim()).join('\n')
    };
}
/**
 * A spawned command's exit code (-1 when it could not start) and output.
 * Until it ends, a cancelled run stops it: SIGINT, as a terminal would (docker
 * then cancels its build or push), then SIGKILL if it has not ended.
 */
function finished(child) {
    const unregister = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_1__.onCancel)(() => stopChild(child));
    child.on('close', unregister);
    const stdout = [];
    const stderr = [];
    child.stdout?.on('data', (chunk) => stdout.push(chunk));
    child.stderr?.on('data', (chunk) => stderr.push(chunk));
    return new Promise(resolve => {
        const done = (exitCode, error = '') => resolve({
            exitCode,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8') + error
        });
        child.on('error', error => done(-1, error.message));
        child.on('close', code => done(code ?? -1));
    });
}
const STOP_GRACE_MS = 5_000;
function stopChild(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise(resolve => {
        const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('close', () => {
            clearTimeout(force);
            resolve();
        });
        child.kill('SIGINT');
    });
}
/** The last meaningful line of a failed command's output, for an error message. */
function lastErrorLine(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .map(line => line.trim())
        .filter(line => line.length > 0);
    const error = [...lines].reverse().find(line => /error|denied|unauthorized|failed/i.test(line));
    return error ?? lines.at(-1) ?? `exit code ${result.exitCode}`;
}
/**
 * A command whose standard output is read as a stream by `consume`, kept out
 * of the log. What `consume` leaves of the output is discarded; when its value
 * says it needs nothing more (`stop`), the command is stopped instead.
 */
async function execStream(command, args, consume, stop = () => false) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = [];
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const exited = new Promise(resolve => {
        child.on('error', () => resolve(-1));
        child.on('close', code => resolve(code ?? -1));
    });
    // One reader of the output, `consume`'s and then the drain's: a stream that an
    // async iterator reads ignores resume(), and what is left unread would keep
    // the command's output from ever closing.
    const output = child.stdout[Symbol.asyncIterator]();
    try {
        const value = await consume({ [Symbol.asyncIterator]: () => output });
        if (stop(value)) {
            child.kill();
            await output.return?.();
        }
        else {
            while (!(await output.next()).done)
                ;
        }
        return { exitCode: await exited, stderr: Buffer.concat(stderr).toString('utf8'), value };
    }
    catch (error) {
        child.kill();
        await exited;
        throw error;
    }
}


/***/ })

};
