// Browser benchmark (not a test): time from clicking "Screen suppliers" to the full results table,
// and the renderer's memory, in headless Debian Chromium against the release build in dist/.
//
//   node tests/bench/browser_bench.mjs [ROWS ...] [--no-native]     (default: 10000 100000)
//
// It also prints the worker's own time for matching the names (wasm) and, unless --no-native, the
// native matcher's time on the same file at the same score floor, and their ratio (target <= 2).
//
// The input is the development set's suppliers (half listed entities written the way supplier files
// write them, half real unlisted companies), repeated with a row number appended so no two rows are
// identical. It is a harder mix than a real vendor master, which is mostly unlisted companies.
import { execSync } from 'node:child_process';
import { suppliersCsv, serveDist, launchChromium } from './common.mjs';

const native = !process.argv.includes('--no-native');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(10_000, 100_000);
const PORT = 8190;


/** Seconds the native matcher takes on the same file and floor (the bench binary's --input mode). */
function nativeMatchSeconds(file) {
  const out = execSync(
    `target/release/supplyscreen-bench static/lists.bundle --input ${file} --threshold 0.5`,
  ).toString();
  const m = out.match(/^screen input: ([0-9.]+) s/m);
  if (!m) throw new Error(`no 'screen input: N s' line in the native bench output:\n${out}`);
  return Number(m[1]);
}

function rendererRssMb() {
  // Resident memory of Chromium's renderer processes (the page and its worker live there).
  const out = execSync("ps -eo rss,args | grep -- '--type=renderer' | grep -v grep || true").toString();
  return out.split('\n').filter(Boolean).reduce((s, l) => s + Number(l.trim().split(/\s+/)[0]), 0) / 1024;
}

// DIST=path compares another build (e.g. an older commit's dist/) on the same machine.
const server = await serveDist(process.env.DIST || 'dist', PORT);
const browser = await launchChromium(['--no-first-run']);
try {
  for (const n of sizes) {
    const file = suppliersCsv(n);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.lists-line').waitFor({ timeout: 60_000 });
    const timing = page.locator('#load-timing');
    console.log(`list bundle in the worker: decode ${await timing.getAttribute('data-decode-ms')} ms, ` +
      `index ${await timing.getAttribute('data-index-ms')} ms, matcher warm-up ${await timing.getAttribute('data-warmup-ms')} ms, ` +
      `fetch ${await timing.getAttribute('data-fetch-ms')} ms`);
    await page.getByLabel('Supplier file').setInputFiles(file);
    await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor({ timeout: 120_000 });
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Screen suppliers' }).click();
    await page.getByText(/^Screened \d+ suppliers in/).waitFor({ timeout: 600_000 });
    await page.getByRole('table', { name: 'Screening results' }).locator('tbody tr').first().waitFor();
    const ms = Date.now() - t0;
    const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize / 1048576 : NaN));
    const done = page.locator('#run-done');
    const mb = async (a) => (Number(await done.getAttribute(a)) / 1048576).toFixed(0);
    const workers = Number(await done.getAttribute('data-workers'));
    const wasmMem = `page wasm ${await mb('data-page-memory')} MB, ${workers} worker(s) wasm ${await mb('data-worker-memory')} MB in all`;
    // Re-filtering with the slider must stay quick at this size.
    const s0 = Date.now();
    await page.getByLabel('Match threshold').fill('0.9');
    await page.getByLabel('Match threshold').fill('0.78');
    const sliderMs = (Date.now() - s0) / 2;
    const matchMs = Number(await done.getAttribute('data-match-ms'));
    const workerMs = Number(await done.getAttribute('data-worker-ms'));
    console.log(`${n} rows: screen-to-table ${(ms / 1000).toFixed(2)} s; threshold re-filter ~${sliderMs.toFixed(0)} ms; ` +
      `renderer RSS ${rendererRssMb().toFixed(0)} MB; page JS heap ${heap.toFixed(0)} MB; ${wasmMem}`);
    console.log(`${n} rows: screen-to-table ${(ms / 1000).toFixed(2)} s (budget ${n <= 10_000 ? '0.5' : '3.5'} s for ${n <= 10_000 ? '10k' : '100k'} rows)`);
    console.log(`${n} rows in the workers' wasm (summed over ${workers}): matching names ${(matchMs / 1000).toFixed(2)} s, ` +
      `all screening (names, products, places) ${(workerMs / 1000).toFixed(2)} s`);
    if (native) {
      const nat = nativeMatchSeconds(file);
      console.log(`${n} rows natively (same file, same floor 0.5, one core): matching names ${nat.toFixed(2)} s; ` +
        `wasm / native = ${(matchMs / 1000 / nat).toFixed(2)} (target <= 2; wasm time summed over the workers)`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
