// Weight benchmark (not a test): what a first visit downloads, gzip -9 and brotli, from dist/.
//
//   node tests/bench/weight.mjs            (after `make app`; `make bench` runs it)
//
// Prints each file, the page and worker wasm together (budget 800 KB gzip, issue 13) and the whole
// first visit (budget 1.8 MB gzip). A first visit loads every file of the build except embed.js
// (for host sites) and the pre-compressed copies.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const files = readdirSync(dist)
  .filter((f) => !/\.(gz|br)$/.test(f) && f !== 'embed.js' && statSync(join(dist, f)).isFile())
  .sort();
let all = 0, allBr = 0, wasm = 0;
const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
for (const f of files) {
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  // A file that does not shrink (the zstd list bundle) is sent as it is.
  all += Math.min(gz, raw.length);
  allBr += Math.min(br, raw.length);
  if (f.endsWith('.wasm')) wasm += gz;
  console.log(`  ${f}: ${kb(raw.length)} raw, ${kb(gz)} gzip, ${kb(br)} brotli`);
}
console.log(`page + worker wasm: ${kb(wasm)} gzip (budget 800 KB)`);
console.log(`first visit: ${kb(all)} gzip (budget 1800 KB), ${kb(allBr)} brotli`);
