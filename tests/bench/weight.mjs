// Weight benchmark (not a test): what a first visit downloads, gzip -9 and brotli, from dist/.
//
//   node tests/bench/weight.mjs            (after `make app`; `make bench` runs it)
//
// A first visit downloads what the page loads and what its service worker caches for offline use:
// exactly the service worker's PRECACHE list in dist/sw.js (written by scripts/sw-precache.mjs;
// every file of the build but embed.js, for host sites, the pre-compressed copies, and the reading
// worker's ON_DEMAND files, fetched when a visitor first brings a file). Prints each file, the
// two wasm files the page starts with (page + screening worker; budget 800 KB gzip, issue 13), the
// whole first visit (budget 1.8 MB gzip) and what the first file adds.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const listOf = (name) => {
  const m = sw.match(new RegExp(`^const ${name} = (\\[.*\\]);$`, 'm'));
  if (!m) {
    console.error(`weight: dist/sw.js has no filled-in ${name} list; build with \`make app\` first.`);
    process.exit(1);
  }
  return JSON.parse(m[1]);
};
// './' is the page itself; sw.js is fetched by the browser to install the service worker.
const precache = [...new Set(listOf('PRECACHE').map((f) => (f === './' ? 'index.html' : f)).concat('sw.js'))].sort();
const onDemand = listOf('ON_DEMAND');

const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
function sizes(files) {
  let gzAll = 0, brAll = 0, wasm = 0;
  for (const f of files) {
    const raw = readFileSync(join(dist, f));
    const gz = gzipSync(raw, { level: 9 }).length;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    // A file that does not shrink (the zstd list bundle) is sent as it is.
    gzAll += Math.min(gz, raw.length);
    brAll += Math.min(br, raw.length);
    if (f.endsWith('.wasm')) wasm += gz;
    console.log(`  ${f}: ${kb(raw.length)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
  }
  return { gzAll, brAll, wasm };
}
console.log('first visit (the page and its offline copy):');
const first = sizes(precache);
console.log('when the first file is brought (the reading worker):');
const later = sizes(onDemand);
console.log(`page + screening worker wasm: ${kb(first.wasm)} gzip (budget 800 KB)`);
console.log(`first visit: ${kb(first.gzAll)} gzip (budget 1800 KB), ${kb(first.brAll)} brotli`);
console.log(`the first file adds: ${kb(later.gzAll)} gzip (reader wasm ${kb(later.wasm)}), ${kb(later.brAll)} brotli`);
