// Page profile (not a test): where the page's main thread spends the time from "Screen suppliers"
// to the finished results, by function (Chromium's sampling CPU profiler over CDP).
//
//   node tests/bench/profile_page.mjs [ROWS] [QUERY]        (default 10000; QUERY e.g. '?workers=1')
//
// The release build strips wasm names (functions show as wasm-function[N]); for names, build once
// with the page's rust link in index.html set to data-wasm-opt="0" data-keep-debug.
import { suppliersCsv, serveDist, launchChromium, selfTimes } from './common.mjs';

const n = Number(process.argv[2] || 10000);
const query = process.argv[3] || '';
const file = suppliersCsv(n, 'ssprof-');
const server = await serveDist('dist', 8191);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:8191/${query}`);
  await page.locator('.lists-line').waitFor({ timeout: 60_000 });
  await page.getByLabel('Supplier file').setInputFiles(file);
  await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(3000); // let pool workers load the lists, as a user reading the preview would
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  await page.locator('#run-done').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const { profile } = await cdp.send('Profiler.stop');
  const { self, total } = selfTimes(profile);
  const workers = await page.locator('#run-done').getAttribute('data-workers');
  console.log(`${n} rows: click to finished ${ms} ms (${workers} workers); main thread profiled ${total.toFixed(0)} ms, self time:`);
  [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)
    .forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`));
} finally {
  await browser.close();
  server.kill();
}
