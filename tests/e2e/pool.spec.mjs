// A big file is screened by a pool of workers, and the results are the same as with one worker.
import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { openApp, chooseFile, download, dataFile, parseCsv } from './helpers.mjs';

// 20,000 rows (the pool's threshold, POOL_MIN_ROWS in src/ui/controller.rs): the development set's
// suppliers, half of them listed companies written as supplier files write them, over and over.
function bigFile() {
  const [header, ...body] = readFileSync(dataFile('data/eval/dev/suppliers.csv'), 'utf8').trim().split(/\r?\n/);
  const lines = [header];
  for (let i = 0; lines.length <= 20_000; i++) lines.push(body[i % body.length]);
  const path = join(mkdtempSync(join(tmpdir(), 'sspool-')), 'suppliers-20k.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function screenWith(page, url, file) {
  await openApp(page, url);
  await chooseFile(page, file);
  // The pool's workers load the lists while a user reads the preview (about 1.5 s each here); on
  // a loaded CI machine the first worker could otherwise finish 20,000 rows before they are ready.
  await page.waitForTimeout(3000);
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  const done = page.locator('#run-done');
  await expect(done).toBeVisible({ timeout: 120_000 });
  const workers = Number(await done.getAttribute('data-workers'));
  const { text } = await download(page, 'Download results (CSV)');
  return { workers, text };
}

test('a 20,000-row file is screened by a worker per core, with the results of one worker', async ({ page }) => {
  test.setTimeout(300_000);
  const file = bigFile();
  const pool = await screenWith(page, '/', file);
  const one = await screenWith(page, '/?workers=1', file);
  expect(one.workers).toBe(1);
  // This machine's cores, at most 4 (the page's default limit).
  expect(pool.workers).toBe(Math.min(cpus().length, 4));
  const rows = parseCsv(pool.text);
  expect(rows.length).toBeGreaterThan(20_000);
  expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(20_000);
  // Byte for byte: every row, in input order, with the same hits, scores and explanations.
  expect(pool.text === one.text).toBe(true);
});
