// Worker profile (not a test): where the screening worker spends its time from "Screen suppliers"
// to the finished results, by function (Chromium's sampling CPU profiler, attached to the worker
// over CDP).
//
//   node tests/bench/profile_worker.mjs [DIST] [ROWS]        (default dist, 10000 rows)
//
// The release build strips wasm names (functions show as wasm-function[N]). For names, build once
// with the worker's rust link in index.html set to data-wasm-opt="0" data-keep-debug, into another
// dist (`trunk build --release index-copy.html --dist /tmp/dist-prof`), and pass that dist.
import { suppliersCsv, serveDist, launchChromium, selfTimes } from './common.mjs';

const dist = process.argv[2] || 'dist';
const n = Number(process.argv[3] || 10000);
const PORT = 8196;
const file = suppliersCsv(n, 'sswprof-');
const server = await serveDist(dist, PORT);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?workers=1`);
  await page.locator('.lists-line').waitFor({ timeout: 120_000 });
  await page.getByLabel('Supplier file').setInputFiles(file);
  await page.getByRole('table', { name: 'Preview of the first rows' }).waitFor({ timeout: 120_000 });

  // Attach to the screening worker (worker_loader.js; the reading worker is reader-loader.js)
  // through the browser session; messages to it travel inside Target.sendMessageToTarget.
  const bs = await browser.newBrowserCDPSession();
  const { targetInfos } = await bs.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('worker_loader'));
  if (!worker) throw new Error(`no worker target among ${targetInfos.map((t) => t.type).join(', ')}`);
  const { sessionId } = await bs.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map();
  bs.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message);
    if (msg.id && waiting.has(msg.id)) {
      waiting.get(msg.id)(msg);
      waiting.delete(msg.id);
    }
  });
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 200 });
  await call('Profiler.start');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  await page.locator('#run-done').waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  const { result } = await call('Profiler.stop');
  const profile = result.profile;
  const { self, total } = selfTimes(profile);
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  // When the worker was idle: busy share per 100 ms from the start of the profile.
  const buckets = [];
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += (dt[i] || 0) / 1000;
    const b = Math.floor(t / 100);
    buckets[b] = buckets[b] || { busy: 0, all: 0 };
    const idle = byId.get(id).callFrame.functionName === '(idle)';
    buckets[b].all += (dt[i] || 0) / 1000;
    if (!idle) buckets[b].busy += (dt[i] || 0) / 1000;
  });
  console.log('busy share per 100 ms: ' + buckets.map((b) => (b ? Math.round((100 * b.busy) / Math.max(b.all, 1e-9)) : 0)).join(' '));
  console.log(`${n} rows: click to finished ${ms} ms; worker profiled ${total.toFixed(0)} ms, self time:`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`  ${v.toFixed(0).padStart(6)} ms  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
  }
} finally {
  await browser.close();
  server.kill();
}
