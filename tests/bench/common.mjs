// What the browser benchmarks and profiles share (not a test): the supplier file they screen,
// the local server and Chromium they run, and how a CPU profile is summed per function.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A CSV of `n` rows: the development set's suppliers (data/eval/dev) repeated in order. */
export function suppliersCsv(n, prefix = 'ssbench-') {
  const lines = readFileSync('data/eval/dev/suppliers.csv', 'utf8').trim().split(/\r?\n/);
  const out = [lines[0]];
  for (let i = 0; i < n; i++) out.push(lines[1 + (i % (lines.length - 1))]);
  const path = join(mkdtempSync(join(tmpdir(), prefix)), `suppliers-${n}.csv`);
  writeFileSync(path, out.join('\n') + '\n');
  return path;
}

/** Serves `dist` on loopback `port` (tests/e2e/serve.mjs); kill the returned process when done. */
export async function serveDist(dist, port) {
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return server;
}

/** Debian's headless Chromium, never reaching the network on its own. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', ...extraArgs],
  });
}

/** A CDP CPU profile summed per function ("name file"), in ms, and its total. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`;
    const ms = (profile.timeDeltas[i] || 0) / 1000;
    self.set(k, (self.get(k) || 0) + ms);
    total += ms;
  });
  return { self, total };
}
