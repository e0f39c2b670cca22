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
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2011);
/** The layer cache's part of the job summary. Pure. */


/** The post step's line: what was saved, or why not. */
function renderCacheSaved(key, outcome) {
    return outcome.saved
        ? `**Layer cache** saved: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(outcome.bytes)} as ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(key)}\n`
        : // The reason may be the cache service's own words.
            `**Layer cache** not saved: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .plainText */ .wh)(outcome.reason)}\n`;
}
function renderCacheSection(report) {
    if (!report)
        return '';
    const lines = ['### Layer cache', '', '| | |', '|---|---|'];
    lines.push(`| Strategy | ${report.strategy} |`);
    if (report.key)
        lines.push(`| Key | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(report.key)} |`);
    if (report.key) {
        lines.push(report.restoredKey
            ? `| Restored | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(report.restoredBytes)} from ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(report.restoredKey)} |`
            : '| Restored | nothing: a cold build |');
    }
    if (report.read) {
        const { layers, bytes, ofLayers } = report.read;
        lines.push(`| Pulled by the build | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)}: ${layers} of ${ofLayers} layers |`);
    }
    if (report.saved)
        lines.push(`| Saved | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .textCell */ .iV)(report.saved)} |`);
    for (const { stage, args } of report.uncached ?? []) {
        const names = args.map(name => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(name)).join(', ');
        lines.push(`| Not cached | stage ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(stage)}: it receives ${names}, which look like secrets; ` +
            'pass them with the `secrets` input |');
    }
    lines.push(`| Steps cached | ${report.cachedSteps} of ${report.steps} |`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   iV: () => (/* binding */ textCell),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export tableCell */
/**
 * Text from outside (a Dockerfile, a base image's history, build output, a
 * registry's message) as Markdown that GitHub renders as that very text, with
 * nothing live in it: no HTML, no link or image, no @mention or issue
 * reference. One function per place such text lands in the summary and the
 * pull request comment. Pure.
 */
/**
 * The punctuation that can start emphasis, code, a link, an image, HTML or an
 * entity: CommonMark renders `\X` as X for each. `|` is the table's business
 * (see `tableCell`).
 */
const MARKUP = /[\\`*_[\]()<>&!~{}]/g;
/** What GFM links by itself: `https://…`, `www.…`. */
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)/gi;
/**
 * GitHub links `@user` and `#123` in rendered text, escaped or not; a word
 * joiner after the sign, invisible, leaves nothing to link.
 */
const WORD_JOINER = '\u2060';
/** Whitespace runs as one space: a line break would end a table row or a paragraph. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Plain text in a sentence or a table cell (wrap it in `tableCell` there). */
function plainText(text) {
    return oneLine(text)
        .replace(MARKUP, sign => `\\${sign}`)
        .replace(AUTOLINK, sign => `\\${sign}`)
        .replace(/([@#])/g, `$1${WORD_JOINER}`);
}
/**
 * Text as inline code: literal, nothing in it is Markdown or HTML. The fence
 * is longer than any run of backticks inside, and spaced when the text starts
 * or ends with a backtick, as CommonMark reads code spans.
 */
function codeSpan(text) {
    const flat = oneLine(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * Inline Markdown (from `plainText` or `codeSpan`) as one table cell: GFM
 * splits a row at every `|` not escaped by an odd run of backslashes, code
 * spans included, so each `|` gets one.
 */
function tableCell(markdown) {
    return markdown.replace(/(\\*)\|/g, (_, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`);
}
/** Text as inline code in one table cell, cut to `max` characters when given. */
function codeCell(text, max) {
    return tableCell(codeSpan(max === undefined ? text : truncate(text, max)));
}
/** Plain text in one table cell. */
function textCell(text) {
    return tableCell(plainText(text));
}
/**
 * At most `max` characters, cut at a space: the runner masks a secret only
 * whole, so a cut inside a word (a token, `NAME=value`) could leave most of
 * one visible. Whitespace runs become one space.
 */
function truncate(text, max = 80) {
    const flat = oneLine(text);
    if (flat.length <= max)
        return flat;
    const space = flat.lastIndexOf(' ', max - 1);
    return `${space > 0 ? flat.slice(0, space) : ''}…`;
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
