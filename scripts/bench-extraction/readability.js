#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for scripts/bench-extraction.sh: Mozilla Readability.js (with jsdom) on every page named in
// LIST (one path a line), in one process, timed around parse + extraction only (reading the files is not
// counted, as for Casebook). Writes {path: text} as JSON to OUT and prints pages/s on stderr.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const [listPath, outPath, modulesArgument] = process.argv.slice(2);
const modulesDir = modulesArgument && path.resolve(modulesArgument);
if (!listPath || !outPath || !modulesDir) {
    console.error('usage: readability.js LIST OUT.json NODE_MODULES_DIR');
    process.exit(2);
}
const { Readability } = require(path.join(modulesDir, '@mozilla/readability'));
const { JSDOM, VirtualConsole } = require(path.join(modulesDir, 'jsdom'));

const pages = fs.readFileSync(listPath, 'utf-8').split('\n').filter(Boolean)
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
const quiet = new VirtualConsole(); // jsdom's CSS parser complains loudly about real pages' style sheets
const texts = {};
let failures = 0;
const start = process.hrtime.bigint();
for (const { file, bytes } of pages) {
    try {
        // jsdom sniffs the encoding from the bytes (BOM, <meta charset>) the way a browser does.
        const dom = new JSDOM(bytes, { url: 'https://example.invalid/', virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        texts[file] = article ? article.textContent : '';
        dom.window.close();
    } catch (error) {
        ++failures;
        texts[file] = '';
    }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
fs.writeFileSync(outPath, JSON.stringify({ seconds, failures, texts }));
console.error(`Readability.js: ${pages.length} pages in ${seconds.toFixed(2)} s, `
    + `${(pages.length / seconds).toFixed(1)} pages/s (1 thread), ${failures} failed`);
