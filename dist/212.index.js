export const id = 212;
export const ids = [212];
export const modules = {

/***/ 5212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCacheSaved: () => (/* binding */ renderCacheSaved),
/* harmony export */   renderCacheSection: () => (/* binding */ renderCacheSection)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** The layer cache's part of the job summary. Pure. */

/** The post step's line: what was saved, or why not. */
function renderCacheSaved(key, outcome) {
    return outcome.saved
        ? `**Layer cache** saved: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(outcome.bytes)} as \`${key}\`\n`
        : `**Layer cache** not saved: ${outcome.reason}\n`;
}
function renderCacheSection(report) {
    if (!report)
        return '';
    const lines = ['### Layer cache', '', '| | |', '|---|---|'];
    lines.push(`| Strategy | ${report.strategy} |`);
    if (report.key)
        lines.push(`| Key | \`${report.key}\` |`);
    if (report.key) {
        lines.push(report.restoredKey
            ? `| Restored | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.restoredBytes)} from \`${report.restoredKey}\` |`
            : '| Restored | nothing: a cold build |');
    }
    if (report.read) {
        const { layers, bytes, ofLayers } = report.read;
        lines.push(`| Pulled by the build | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}: ${layers} of ${ofLayers} layers |`);
    }
    if (report.saved)
        lines.push(`| Saved | ${report.saved} |`);
    for (const { stage, args } of report.uncached ?? []) {
        const names = args.map(name => `\`${name}\``).join(', ');
        lines.push(`| Not cached | stage \`${stage}\`: it receives ${names}, which look like secrets; ` +
            'pass them with the `secrets` input |');
    }
    lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   oW: () => (/* binding */ FOLD_ROWS),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Text formats shared by the report's sections. Pure. */
const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
/** Decimal units, as registries and `docker images` report sizes. */
function formatBytes(bytes) {
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    const sign = bytes < 0 ? '-' : '';
    const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
    return `${sign}${value.toFixed(digits)} ${UNITS[unit]}`;
}
/** A change with its sign: `+5.24 MB`, `-12 kB`, `0 B`. */
function formatChange(bytes) {
    return bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes);
}
/** A table longer than this folds into a `<details>` block. */
const FOLD_ROWS = 10;
/** A titled table; a long one folds, a short one stays open. */
function table(title, header, rows) {
    const lines = [
        `| ${header.join(' | ')} |`,
        `|${header.map(h => (h === header[0] ? '---' : '--:')).join('|')}|`,
        ...rows.map(row => `| ${row.join(' | ')} |`)
    ];
    if (rows.length <= FOLD_ROWS)
        return [`**${title}**`, '', ...lines, ''].join('\n');
    return [
        '<details>',
        `<summary><b>${title}</b></summary>`,
        '',
        ...lines,
        '',
        '</details>',
        ''
    ].join('\n');
}


/***/ })

};
