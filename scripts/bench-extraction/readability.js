#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline for scripts/bench-extraction.sh: Mozilla Readability.js (with jsdom) on every page named in
// LIST (one path a line), timed around parse + extraction only (reading the files is not counted, as for
// Casebook), on one thread. jsdom keeps memory across documents, so the pages go through child processes of
// 100 pages each, one after the other; their times add up. Writes {seconds, failures, texts: {path: text}} as
// JSON to OUT and prints pages/s on stderr.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const chunkSize = 100;

function extractChunk(listPath, outPath, modulesDir) {
    const { Readability } = require(path.join(modulesDir, '@mozilla/readability'));
    const { JSDOM, VirtualConsole } = require(path.join(modulesDir, 'jsdom'));
    // Pages that are valid UTF-8 go in as text, as the set's own Readability.js runner reads them (jsdom would
    // otherwise take a page that declares no charset for windows-1252, as the HTML standard says); the others
    // as bytes, whose declared charset jsdom reads the way a browser does.
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    const asInput = (bytes) => {
        try {
            return utf8.decode(bytes);
        } catch (error) {
            return bytes;
        }
    };
    const pages = fs.readFileSync(listPath, 'utf-8').split('\n').filter(Boolean)
        .map((file) => ({ file, input: asInput(fs.readFileSync(file)) }));
    const texts = {};
    let failures = 0;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const { file, input } of pages) {
        try {
            // A console that swallows jsdom's complaints about real pages' style sheets.
            const dom = new JSDOM(input, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
            const article = new Readability(dom.window.document).parse();
            texts[file] = article ? article.textContent : '';
            dom.window.close();
        } catch (error) {
            ++failures;
            texts[file] = '';
        }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6; // node's own helper threads (GC) count too
    fs.writeFileSync(outPath, JSON.stringify({ seconds, cpuSeconds, failures, texts }));
}

const args = process.argv.slice(2);
if (args[0] === '--chunk') {
    extractChunk(args[1], args[2], args[3]);
    process.exit(0);
}
const [listPath, outPath, modulesArgument] = args;
if (!listPath || !outPath || !modulesArgument) {
    console.error('usage: readability.js LIST OUT.json NODE_MODULES_DIR');
    process.exit(2);
}
const modulesDir = path.resolve(modulesArgument);
const files = fs.readFileSync(listPath, 'utf-8').split('\n').filter(Boolean);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-readability-'));
const result = { seconds: 0, cpuSeconds: 0, failures: 0, texts: {} };
for (let first = 0; first < files.length; first += chunkSize) {
    const chunkList = path.join(scratch, 'list');
    const chunkOut = path.join(scratch, 'out.json');
    fs.writeFileSync(chunkList, files.slice(first, first + chunkSize).join('\n') + '\n');
    const run = spawnSync(process.execPath, [__filename, '--chunk', chunkList, chunkOut, modulesDir],
        { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) {
        console.error(`Readability.js: pages ${first + 1}–${first + chunkSize} failed (exit ${run.status})`);
        process.exit(1);
    }
    const chunk = JSON.parse(fs.readFileSync(chunkOut, 'utf-8'));
    result.seconds += chunk.seconds;
    result.cpuSeconds += chunk.cpuSeconds;
    result.failures += chunk.failures;
    Object.assign(result.texts, chunk.texts);
}
fs.rmSync(scratch, { recursive: true, force: true });
fs.writeFileSync(outPath, JSON.stringify(result));
console.error(`Readability.js: ${files.length} pages, ${result.failures} failed; `
    + `${(files.length / result.seconds).toFixed(1)} pages/s on 1 thread; `
    + `${(files.length / result.cpuSeconds).toFixed(1)} pages per CPU-second (parse with jsdom, extract)`);
