// The screening workflow end to end on real files: load, input, map, screen, review, export, report.
import { test, expect } from '@playwright/test';
import { openApp, showLists, chooseFile, screen, resultRows, parseCsv, download, fixture, dataFile } from './helpers.mjs';

test('the lists load in the worker and show when each was published and fetched', async ({ page }) => {
  await openApp(page);
  // The supplier file comes first; the lists are one line that opens to the table.
  const order = await page.locator('main > section.panel').evaluateAll((ss) => ss.map((s) => s.className));
  expect(order.findIndex((c) => c.includes('lists'))).toBeGreaterThan(order.findIndex((c) => c.includes('input')));
  await expect(page.getByRole('table', { name: 'Lists loaded' })).toHaveCount(0);
  await expect(page.locator('.lists-line')).toHaveText(/^11 lists, newest 2026-07, [1-9]\d* older than a year$/);
  const lists = await showLists(page);
  for (const code of ['dhs_uflpa', 'cbp_wro', 'bis_entity', 'bis_meu', 'bis_dpl', 'bis_uvl', 'state_isn', 'state_dtc', 'ofac_sdn', 'ofac_cmic', 'dol_ilab']) {
    await expect(lists.locator(`tr[data-list="${code}"]`)).toHaveCount(1);
  }
  // UFLPA: the page's own "Last Updated" date, and the day it was saved.
  await expect(lists.locator('tr[data-list="dhs_uflpa"]')).toContainText('2025-01-14');
  await expect(lists.locator('tr[data-list="dhs_uflpa"]')).toContainText('2026-07-09');
  await expect(lists.getByRole('columnheader', { name: 'Fetched' })).toHaveCount(1);
  // The 2023 Unverified List copy is flagged as old.
  await expect(lists.locator('tr[data-list="bis_uvl"]')).toContainText('older than a year');
});

test('a UTF-8 CSV with BOM is previewed, auto-mapped, screened and explained', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('utf8_bom.csv'));
  await expect(page.getByLabel('Name column (required)')).toHaveValue('0');
  await expect(page.getByLabel('Country column')).toHaveValue('1');
  await expect(page.getByLabel('Address column')).toHaveValue('2');
  await expect(page.getByLabel('Product column')).toHaveValue('3');
  await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toContainText('Hoshine Silicon Industry');

  await screen(page);
  const rows = await resultRows(page);
  const hoshine = rows.find((r) => r.supplier.startsWith('Hoshine Silicon'));
  expect(hoshine.status).toContain('Possible match');
  expect(hoshine.lists).toContain('dhs_uflpa');
  const nestle = rows.find((r) => r.supplier.startsWith('Nestl'));
  expect(nestle.status).not.toContain('Possible match');

  // Detail: the explanation, list facts, what it means, the official link.
  await page.getByRole('button', { name: /Details for row \d+: Hoshine Silicon/ }).click();
  const detail = page.locator('#detail');
  await expect(detail.getByRole('table', { name: 'Word-by-word alignment' }).first()).toContainText('hoshine');
  await expect(detail).toContainText('What this means for you');
  await expect(detail).toContainText('presumed to be made with forced labour');
  await expect(detail.getByRole('link', { name: 'Official source' }).first()).toHaveAttribute('href', /^https:\/\//);
});

test('the threshold slider re-filters without re-screening, and the histogram follows', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, dataFile('data/eval/dev/suppliers.csv'));
  let screenRequests = 0;
  await screen(page);
  const summary = page.getByRole('list', { name: 'Summary' });
  const count = async () => Number((await summary.locator('li').first().locator('strong').textContent()).trim());
  const atDefault = await count();
  expect(atDefault).toBeGreaterThan(300);
  page.on('request', () => screenRequests++);
  await page.getByLabel('Match threshold').fill('0.99');
  const strict = await count();
  expect(strict).toBeLessThan(atDefault);
  await page.getByLabel('Match threshold').fill('0.5');
  expect(await count()).toBeGreaterThanOrEqual(atDefault);
  await expect(page.getByRole('img', { name: /Histogram of \d+ best hit scores/ })).toBeVisible();
  expect(screenRequests).toBe(0);
});

test('a long run shows progress and can be cancelled', async ({ page }) => {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const lines = readFileSync(dataFile('data/eval/dev/suppliers.csv'), 'utf8').trim().split(/\r?\n/);
  const rows = [lines[0]];
  for (let i = 0; i < 40_000; i++) rows.push(lines[1 + (i % (lines.length - 1))]);
  const big = test.info().outputPath('big.csv');
  writeFileSync(big, rows.join('\n'));
  await openApp(page);
  await chooseFile(page, big);
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  const bar = page.getByRole('progressbar', { name: 'Screening progress' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '40000');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/^Cancelled after \d+ of 40000 suppliers/)).toBeVisible();
  // The page stayed usable: results so far are shown and the run can start again.
  await expect(page.getByRole('table', { name: 'Screening results' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Screen suppliers' })).toBeEnabled();
});

test('pasted names are screened', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Paste supplier names').fill('Hangzhou Hikvision Digital Technology Co., Ltd.\nAcme Garden Furniture Ltd\n');
  await page.getByRole('button', { name: 'Use pasted names' }).click();
  await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toContainText('Hikvision');
  await screen(page);
  const rows = await resultRows(page);
  expect(rows).toHaveLength(2);
  expect(rows[0].status).toContain('Possible match');
  expect(rows[0].lists).toContain('bis_entity');
  expect(rows[1].status).toContain('Clear');
});

test('an XLSX from a real spreadsheet writer is screened', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('suppliers.xlsx'));
  await expect(page.getByText(/Excel workbook, sheet/)).toBeVisible();
  await screen(page);
  const rows = await resultRows(page);
  expect(rows.length).toBeGreaterThan(5);
  expect(rows.some((r) => r.status.includes('Possible match'))).toBe(true);
});

test('review decisions, results CSV with formula protection, decisions file round trip, report', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Paste supplier names').fill(
    'Hangzhou Hikvision Digital Technology Co., Ltd.\n=HYPERLINK("http://example.invalid","Hoshine Silicon Industry Co., Ltd.")\nAcme Garden Furniture Ltd\n',
  );
  await page.getByRole('button', { name: 'Use pasted names' }).click();
  await screen(page);

  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  const firstHit = page.locator('#detail article').first();
  await firstHit.getByLabel('False positive').check();
  await firstHit.getByLabel('Note').fill('Different company: checked the registry');
  await firstHit.getByLabel('Note').blur();
  await expect(page.getByRole('table', { name: 'Screening results' })).toContainText('False positive');

  const results = await download(page, 'Download results (CSV)');
  expect(results.name).toMatch(/screening-results\.csv$/);
  const csv = parseCsv(results.text);
  expect(csv[0]).toEqual(['row', 'supplier_name', 'supplier_country', 'score', 'list', 'entity_id', 'entity_name',
    'matched_name', 'entity_country', 'why', 'status', 'new', 'decision', 'note', 'risk_signals', 'supplier_id', 'id_check']);
  const hik = csv.find((r) => r[0] === '1');
  expect(hik[csv[0].indexOf('decision')]).toBe('False positive');
  expect(hik[csv[0].indexOf('note')]).toBe('Different company: checked the registry');
  // Why the hit scored what it did, as the CLI writes it (the worker keeps what that needs).
  expect(hik[csv[0].indexOf('why')]).not.toBe('');
  expect(hik[csv[0].indexOf('status')]).toBe('Possible match');
  // The formula cell is neutralised: it no longer starts with '='.
  const formula = csv.find((r) => r[0] === '2');
  expect(formula[1].startsWith("'=")).toBe(true);
  expect(csv.some((r) => r[0] === '3' && r[csv[0].indexOf('entity_id')] === '')).toBe(true);

  const decisions = await download(page, 'Download decisions');
  expect(decisions.text).toContain('Different company: checked the registry');

  // A fresh page: load the decisions file, screen again, the decision is back.
  await openApp(page);
  await page.getByLabel('Paste supplier names').fill('Hangzhou Hikvision Digital Technology Co., Ltd.\n');
  await page.getByRole('button', { name: 'Use pasted names' }).click();
  await screen(page);
  await expect(page.getByRole('table', { name: 'Screening results' })).not.toContainText('False positive');
  const { writeFileSync } = await import('node:fs');
  const tmp = test.info().outputPath('decisions.csv');
  writeFileSync(tmp, decisions.text);
  await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles(tmp);
  await expect(page.getByRole('table', { name: 'Screening results' })).toContainText('False positive');

  // Report: file, lists, threshold, engine version, hits with decisions.
  await page.getByRole('button', { name: 'Print report' }).click();
  const report = page.locator('#report');
  await expect(report).toContainText('Supplier screening report');
  await expect(report).toContainText('Pasted names');
  await expect(report).toContainText(/supplyscreen \d+\.\d+\.\d+/);
  await expect(report).toContainText('published 2025-01-14 (content), fetched 2026-07-09');
  // Each list's files with the SHA-256 the manifest records.
  await expect(report).toContainText('dhs_uflpa/dhs_uflpa-entity-list_page_2026-07-09.html: SHA-256 934d49949ce4a44805c04aee41ddd8f7ee73c491e63c6ed9529accc6eddd46b2');
  await expect(report).toContainText('False positive');
});

test('after the page has loaded, screening and exporting make no request at all', async ({ page }) => {
  await openApp(page);
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // The first sign of a file (here the pointer over the file area) fetches the reading worker's
  // code from the page's own origin, before any file is chosen; nothing else is requested.
  const readerLoaded = page.waitForResponse((r) => r.url().endsWith('/reader_bg.wasm'));
  await page.getByLabel('Supplier file').hover();
  await readerLoaded;
  const origin = new URL(page.url()).origin;
  expect(requests.every((u) => u.startsWith(origin + '/'))).toBe(true);
  expect(requests.map((u) => new URL(u).pathname.split('/').pop()).sort())
    .toEqual(['reader-loader.js', 'reader.js', 'reader_bg.wasm']);
  requests.length = 0;
  await chooseFile(page, fixture('utf8_bom.csv'));
  await screen(page);
  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  await download(page, 'Download results (CSV)');
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('#report')).toBeVisible();
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
});

test('a bad file gets a specific message and the pasted text is kept', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Paste supplier names').fill('Keep me Ltd');
  await page.getByLabel('Supplier file').setInputFiles(fixture('pdf_renamed.xlsx'));
  await expect(page.getByRole('alert')).toContainText('pdf_renamed.xlsx');
  await expect(page.getByLabel('Paste supplier names')).toHaveValue('Keep me Ltd');
});

test('remembering decisions in the browser is opt-in and clearable', async ({ page }) => {
  const paste = async () => {
    await page.getByLabel('Paste supplier names').fill('Hangzhou Hikvision Digital Technology Co., Ltd.\n');
    await page.getByRole('button', { name: 'Use pasted names' }).click();
    await screen(page);
  };
  await openApp(page);
  await paste();
  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  await page.locator('#detail article').first().getByLabel('Confirmed match').check();
  // Not opted in: nothing is stored.
  expect(await page.evaluate(() => localStorage.getItem('supplyscreen.decisions.v1'))).toBeNull();
  await page.getByLabel('Remember my review decisions in this browser').check();
  expect(await page.evaluate(() => localStorage.getItem('supplyscreen.decisions.v1'))).toContain('Confirmed');

  await openApp(page);
  await expect(page.getByLabel('Remember my review decisions in this browser')).toBeHidden(); // no results yet
  await paste();
  await expect(page.getByLabel('Remember my review decisions in this browser')).toBeChecked();
  await expect(page.getByRole('table', { name: 'Screening results' })).toContainText('Confirmed match');

  await page.getByRole('button', { name: 'Clear decisions' }).click();
  await expect(page.getByRole('table', { name: 'Screening results' })).not.toContainText('Confirmed match');
  await page.getByLabel('Remember my review decisions in this browser').uncheck();
  expect(await page.evaluate(() => localStorage.getItem('supplyscreen.decisions.v1'))).toBeNull();
});
