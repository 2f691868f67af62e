// Hostile and broken input through the app: every awkward file gets results or a specific message,
// never a panic or a blank page, and supplier names with HTML or script are only ever text.
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { openApp, chooseFile, screen, resultRows, parseCsv, download, fixture } from './helpers.mjs';

/** Fails the test on any uncaught page error or console error (a panic logs one). */
function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

const refused = [
  ['empty.csv', /empty/i],
  ['header_only.csv', /no (data )?rows|only a header|header/i],
  ['binary_renamed.csv', /not a spreadsheet|binary|image/i],
  ['pdf_renamed.xlsx', /PDF/],
  ['corrupt_truncated.xlsx', /damaged|corrupt|truncated/i],
  ['password.xlsx', /password/i],
  ['empty_sheets.xlsx', /empty/i],
];

for (const [file, message] of refused) {
  test(`${file} is refused with a specific message and the page stays usable`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await page.getByLabel('Paste supplier names').fill('Already typed Ltd');
    await page.getByLabel('Supplier file').setInputFiles(fixture(file));
    const alert = page.locator('.input .error[role=alert]');
    await expect(alert).toContainText(file);
    await expect(alert).toContainText(message);
    // Nothing the user entered is lost, and the page still works.
    await expect(page.getByLabel('Paste supplier names')).toHaveValue('Already typed Ltd');
    await page.getByRole('button', { name: 'Use pasted names' }).click();
    await screen(page);
    expect(errors).toEqual([]);
  });
}

const readable = [
  ['utf16le_bom.txt', 'Hoshine'],
  ['windows1252.csv', 'Société'],
  ['mixed_line_endings.csv', null],
  ['semicolon.csv', null],
  ['tab.tsv', null],
  ['embedded_newlines.csv', null],
  ['ragged.csv', null],
  ['gbk.csv', null],
  ['no_header.csv', null],
  ['names_only.txt', null],
  ['second_sheet.xlsx', null],
  ['legacy.xls', null],
];

for (const [file, expectText] of readable) {
  test(`${file} is read and screened`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await chooseFile(page, fixture(file));
    if (expectText) await expect(page.getByRole('table', { name: 'Preview of the first rows' })).toContainText(expectText);
    await screen(page);
    const rows = await resultRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /Possible match|Product risk|Clear/.test(r.status))).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('HTML and script in supplier names are shown as text everywhere, and exported safely', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openApp(page);
  await chooseFile(page, fixture('edge_names.csv'));
  await screen(page);
  const table = page.getByRole('table', { name: 'Screening results' });
  await expect(table).toContainText('<img src=x onerror=alert(1)>');
  await expect(table).toContainText("<script>alert('x')</script> Trading Co.");
  await expect(table).toContainText('🍫 Chocolate Factory Ltd 🏭');
  await expect(table).toContainText('شركة الزيت العربية السعودية');
  // No element was created from a name.
  expect(await page.locator('main img, main script').count()).toBe(0);

  await page.getByRole('button', { name: /Details for row 9:/ }).click();
  await expect(page.locator('#detail-h')).toHaveText('Row 9: <img src=x onerror=alert(1)>');
  const { text } = await download(page, 'Download results (CSV)');
  const csv = parseCsv(text);
  const byRow = (n) => csv.find((r) => r[0] === String(n));
  expect(byRow(9)[1]).toBe('<img src=x onerror=alert(1)>');
  expect(byRow(11)[1].startsWith("'=HYPERLINK")).toBe(true);
  expect(byRow(3)[1]).toBe("'---/// ???");
  // Names that are only punctuation or only a legal form never match anything.
  for (const n of [2, 3, 4, 5]) expect(byRow(n)[csv[0].indexOf('entity_id')]).toBe('');
  await page.getByRole('button', { name: 'Print report' }).click();
  await expect(page.locator('#report')).toBeVisible();
  expect(await page.locator('#report img, #report script').count()).toBe(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('a file over the size limit is refused before it is read', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const big = test.info().outputPath('too-big.csv');
  // 61 MB: one byte over the 60 MiB limit would do; the message must name the file and the limit.
  writeFileSync(big, 'Supplier Name\n' + 'x'.repeat(61 * 1024 * 1024));
  await page.getByLabel('Supplier file').setInputFiles(big);
  const alert = page.locator('.input .error[role=alert]');
  await expect(alert).toContainText('too-big.csv');
  await expect(alert).toContainText('60 MB');
  expect(errors).toEqual([]);
});

test('a 50 MB CSV is read and screened without freezing the page', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await openApp(page);
  // ~200,000 rows of about 250 bytes: real-looking names with long addresses.
  const names = ['Hoshine Silicon Industry Co., Ltd.', 'Acme Garden Furniture Ltd', 'Nordic Timber AB', 'Shenzhen Bright Lamp Co., Ltd.'];
  const lines = ['Supplier Name,Country,Address'];
  const pad = 'Building 7, Industrial Park Road, '.repeat(6);
  for (let i = 0; lines.length <= 200_000; i++) lines.push(`"${names[i % names.length]} ${i}",CN,"${pad}${i}"`);
  const file = test.info().outputPath('big.csv');
  writeFileSync(file, lines.join('\n'));
  await chooseFile(page, file);
  await expect(page.locator('.preview')).toContainText('200000 rows');
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  // The page answers while the worker screens.
  await expect(page.getByRole('progressbar', { name: 'Screening progress' })).toBeVisible();
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  expect(Date.now() - t0).toBeLessThan(2_000);
  await expect(page.getByText(/^Screened 200000 suppliers in/)).toBeVisible({ timeout: 240_000 });
  expect(errors).toEqual([]);
});

test('a 200,000-row XLSX is read and screened without freezing the page', async ({ page }) => {
  test.setTimeout(420_000);
  const errors = watchErrors(page);
  const file = test.info().outputPath('big.xlsx');
  // Written by a real spreadsheet writer (rust_xlsxwriter); a listed supplier every 1,000 rows.
  execFileSync('cargo', ['run', '-q', '-p', 'supplyscreen-reader', '--example', 'make_big_xlsx', '--', file, '200000'], { stdio: 'inherit' });
  await openApp(page);
  await chooseFile(page, file);
  await expect(page.locator('.preview')).toContainText('200000 rows');
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  await expect(page.getByRole('progressbar', { name: 'Screening progress' })).toBeVisible();
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  expect(Date.now() - t0).toBeLessThan(2_000);
  await expect(page.getByText(/^Screened 200000 suppliers in/)).toBeVisible({ timeout: 300_000 });
  // The listed suppliers among them are found: 200 rows, one every 1,000.
  await page.getByLabel('Show').selectOption('match');
  await expect(page.getByText(/\(200 rows\)/)).toBeVisible();
  expect(errors).toEqual([]);
});
