// Shared steps for the end-to-end tests.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const fixture = (name) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
export const dataFile = (path) => new URL(`../../${path}`, import.meta.url).pathname;

/** Opens the app and waits until the worker has loaded the lists (their one-line summary shows). */
export async function openApp(page, url = '/') {
  await page.goto(url);
  await expect(page.locator('.lists-line')).toBeVisible({ timeout: 30_000 });
}

/** Opens "Lists loaded" (a one-line summary at first) and returns its table. `root`: a page or frame. */
export async function showLists(root) {
  const details = root.locator('details.lists-details');
  await expect(details).toBeVisible({ timeout: 30_000 });
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  const table = root.getByRole('table', { name: 'Lists loaded' });
  await expect(table).toBeVisible();
  return table;
}

/** Chooses a file in "Supplier file" and waits for the preview. */
export async function chooseFile(page, path) {
  await page.getByLabel('Supplier file').setInputFiles(path);
  await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toBeVisible();
}

/** Clicks "Screen suppliers" and waits for the run to finish. */
export async function screen(page) {
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  await expect(page.getByText(/^Screened \d+ suppliers? in/)).toBeVisible({ timeout: 60_000 });
}

/** Rows of the results table as objects keyed by header text (current page only). */
export async function resultRows(page) {
  const table = page.getByRole('table', { name: 'Screening results' });
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const c = [...tr.querySelectorAll('td')].map((td) => td.textContent.trim());
      return { row: Number(c[0]), supplier: c[1], country: c[2], status: c[3], score: c[4], lists: c[5], entity: c[6] };
    }),
  );
}

/** Parses a CSV string (RFC 4180) into arrays of cells. */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Downloads via the button with this name and returns the file's text. */
export async function download(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
