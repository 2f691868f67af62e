// Signals beyond the name: a registration-number column (Xinjiang registration, mistyped codes),
// old Excel and OpenDocument uploads, and hits new since the last review.
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { openApp, chooseFile, screen, resultRows, parseCsv, download, fixture } from './helpers.mjs';

// tests/fixtures/suppliers_ids.* (tests/fixtures/make_id_fixtures.py): rows 1, 3 and 4 carry USCCs issued
// in Xinjiang (Urumqi, Kashgar City, Shihezi), row 5 a mistyped one; no row says Xinjiang in its name
// or address.
for (const [file, described] of [
  ['suppliers_ids.csv', /CSV/],
  ['suppliers_ids.xls', /Excel 97-2003 workbook \(\.xls\), sheet 'Suppliers'/],
  ['suppliers_ids.ods', /OpenDocument spreadsheet \(\.ods\), sheet 'Suppliers'/],
]) {
  test(`${file}: the registration number column gives Xinjiang signals exactly for Xinjiang codes`, async ({ page }) => {
    await openApp(page);
    // The file picker offers the format (setInputFiles below would bypass its accept filter).
    const ext = file.slice(file.lastIndexOf('.'));
    expect((await page.getByLabel('Supplier file').getAttribute('accept')).split(',')).toContain(ext);
    await chooseFile(page, fixture(file));
    await expect(page.locator('.preview')).toContainText(described);
    // Detected from the headers "Registration No." and "HS Code".
    await expect(page.locator('#map-id')).toHaveValue('4');
    await expect(page.locator('#map-hs')).toHaveValue('5');
    await screen(page);
    await expect(page.locator('.summary .id-problem')).toContainText('1');
    const { text } = await download(page, 'Download results (CSV)');
    const csv = parseCsv(text);
    const col = (n) => csv[0].indexOf(n);
    const byRow = (n) => csv.filter((r) => r[0] === String(n));
    const registered = (n) => byRow(n)[0][col('risk_signals')].includes('Registered in Xinjiang');
    expect(byRow(1)[0][col('risk_signals')]).toContain('Registered in Xinjiang (division 650100, Urumqi)');
    expect(byRow(3)[0][col('risk_signals')]).toContain('Registered in Xinjiang (division 653101, Kashgar City)');
    expect(byRow(4)[0][col('risk_signals')]).toContain('Registered in Xinjiang (division 659001, Shihezi)');
    for (const n of [2, 5, 6, 7, 8]) expect(registered(n), `row ${n}`).toBe(false);
    expect(byRow(5)[0][col('id_check')]).toContain('not a valid USCC');
    // The signal and the warning read in the details, too.
    await page.getByRole('button', { name: /Details for row 3:/ }).click();
    await expect(page.locator('.detail .risks')).toContainText('Registered in Xinjiang (division 653101, Kashgar City)');
    await page.getByRole('button', { name: /Details for row 5:/ }).click();
    await expect(page.locator('.detail p.warning')).toContainText('its check character should be 8');
  });
}

test('the registration signal and warning in Chinese, then Spanish', async ({ page }) => {
  await page.goto('/?lang=zh');
  await expect(page.locator('.lists-line')).toBeVisible({ timeout: 30_000 });
  await page.locator('input[type=file]').first().setInputFiles(fixture('suppliers_ids.csv'));
  await expect(page.locator('.preview-table')).toBeVisible();
  await page.locator('.screen-bar button.primary').click();
  await expect(page.locator('.summary')).toBeVisible({ timeout: 60_000 });
  await page.locator('.results-table tbody tr').nth(2).locator('button.row-link').click();
  await expect(page.locator('.detail .risks')).toContainText('在新疆注册（行政区划 653101，Kashgar City）');
  await page.locator('#lang-select').selectOption('es');
  await expect(page.locator('.detail .risks')).toContainText('Registrado en Xinjiang (división 653101, Kashgar City)');
  await page.locator('.results-table tbody tr').nth(4).locator('button.row-link').click();
  await expect(page.locator('.detail p.warning')).toContainText('no es un USCC (código unificado de crédito social) válido');
});

test('hits without an earlier decision are marked New, filtered, counted and listed first in the report', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('suppliers_ids.csv'));
  await screen(page);
  const hits = (await resultRows(page)).filter((r) => r.status.includes('Possible match'));
  expect(hits.length).toBeGreaterThan(1);
  // Nothing is new before decisions are loaded.
  await expect(page.locator('.new-tag')).toHaveCount(0);
  // A decisions file that covers the first hit only.
  const { text } = await download(page, 'Download results (CSV)');
  const csv = parseCsv(text);
  const col = (n) => csv[0].indexOf(n);
  // Decisions on every hit of the first row with hits: that row is reviewed, the others are new.
  const first = csv.slice(1).find((r) => r[col('entity_id')] !== '');
  const decided = csv.slice(1).filter((r) => r[0] === first[0] && r[col('entity_id')] !== '');
  const file = test.info().outputPath('decisions.csv');
  writeFileSync(file, 'supplier_name,entity_id,list,entity_name,decision,note,decided_at\n'
    + decided.map((r) => `"${r[1]}",${r[col('entity_id')]},${r[col('list')]},"${r[col('entity_name')]}",False positive,checked,2026-11-30\n`).join(''));
  await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles(file);
  await expect(page.locator('.summary .new strong')).toHaveText(String(hits.length - 1));
  await page.getByLabel('Only hits new since the last review').check();
  const shown = await resultRows(page);
  expect(shown.length).toBe(hits.length - 1);
  expect(shown.every((r) => r.status.includes('New'))).toBe(true);
  expect(shown.some((r) => r.row === Number(first[0]))).toBe(false);
  // A re-screen keeps the marker: the earlier review is still what it is compared with.
  await screen(page);
  await expect(page.locator('.summary .new strong')).toHaveText(String(hits.length - 1));
  // The report lists the new hits first.
  await page.getByRole('button', { name: 'Print report' }).click();
  const reportRows = page.locator('#report .report-table tbody tr');
  await expect(reportRows.first()).toHaveClass(/new-row/);
  const classes = await reportRows.evaluateAll((trs) => trs.map((tr) => tr.className));
  const firstOld = classes.findIndex((c) => !c.includes('new-row'));
  expect(classes.slice(firstOld).every((c) => !c.includes('new-row'))).toBe(true);
});

test('a supplier at an address the Entity List gives is flagged with the listed party, not as a name match', async ({ page }) => {
  await openApp(page);
  const file = test.info().outputPath('addresses.csv');
  writeFileSync(file, 'Supplier Name,Country,Address\n'
    + 'Harbour Star Trading Ltd,HK,"Unit D, 16th Floor, One Capital Place, 18 Luard Road, Wan Chai"\n'
    + 'Harbour Moon Trading Ltd,HK,"Unit A, 3rd Floor, One Capital Place, 18 Luard Road, Wan Chai"\n');
  await chooseFile(page, file);
  await screen(page);
  const rows = await resultRows(page);
  expect(rows[0].status).toContain('Product risk');
  expect(rows[1].status).toContain('Clear');
  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  await expect(page.locator('.detail .risks')).toContainText('Address listed for Address 01 (bis_entity)');
  await expect(page.locator('.detail .risks')).toContainText('not a match of the supplier\'s name');
  await expect(page.locator('.detail article.hit')).toHaveCount(0);
});

// tests/fixtures/suppliers_sectors.csv: row 1 polysilicon from China with HS 2804.61, row 2 the same
// from Germany, row 3 cotton T-shirts by word, row 4 an HS code alone (7601.20, aluminium), row 6
// Chinese product text.
test('UFLPA high-priority sectors by product word and HS code, for suppliers in China only', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('suppliers_sectors.csv'));
  await expect(page.locator('#map-hs')).toHaveValue('4');
  await screen(page);
  const { text } = await download(page, 'Download results (CSV)');
  const csv = parseCsv(text);
  const col = (n) => csv[0].indexOf(n);
  const risks = (n) => csv.filter((r) => r[0] === String(n)).map((r) => r[col('risk_signals')]).join('\n');
  expect(risks(1)).toContain('UFLPA high-priority sector: silica-based products (including polysilicon) (UFLPA Strategy 2022-06-17), HS 2804.61 and word "polysilicon"');
  expect(risks(2)).not.toContain('high-priority sector');
  expect(risks(3)).toContain('UFLPA high-priority sector: apparel (UFLPA Strategy 2022-06-17), word "t-shirts"');
  expect(risks(4)).toContain('UFLPA high-priority sector: aluminum (UFLPA Strategy update 2024-07-09), HS 7601.20');
  expect(risks(5)).not.toContain('high-priority sector');
  // The details say which document, where, why, and that a downstream mapping is ours.
  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  const detail = page.locator('.detail .risks');
  await expect(detail).toContainText('https://www.dhs.gov/uflpa-strategy');
  await expect(detail).toContainText('Matched because the HS code 2804.61 falls under HS 2804.61 and the product text "Polysilicon" contains "polysilicon", and the supplier is in China.');
  await expect(detail).toContainText('not a match of the supplier against a listed party');
  // In French and Chinese.
  await page.locator('#lang-select').selectOption('fr');
  await expect(detail).toContainText('Secteur prioritaire de l\'UFLPA : silica-based products (including polysilicon)');
  await page.locator('#lang-select').selectOption('zh');
  await expect(detail).toContainText('UFLPA 高优先级执法行业');
  await expect(detail).toContainText('HS 编码 2804.61 属于 HS 2804.61');
});

test('a registration number the lists give is a hit whatever the name, explained in the details', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('suppliers_ids.csv'));
  await screen(page);
  const { text } = await download(page, 'Download results (CSV)');
  const csv = parseCsv(text);
  const col = (n) => csv[0].indexOf(n);
  // Row 2, "Bohai Offshore Services Ltd", carries CNOOC's USCC: no word in common with the listed name.
  const cnooc = csv.find((r) => r[0] === '2' && r[col('entity_name')] === 'CHINA NATIONAL OFFSHORE OIL CORPORATION');
  expect(cnooc, 'CNOOC hit on row 2').toBeTruthy();
  expect(cnooc[col('score')]).toBe('1.000');
  expect(cnooc[col('why')]).toContain('registration number matches (Unified Social Credit Code (USCC) 91110000100001043E, China)');
  await page.getByRole('button', { name: /Details for row 2:/ }).click();
  const hit = page.locator('.detail article.hit').filter({ hasText: 'CHINA NATIONAL OFFSHORE OIL CORPORATION' }).first();
  await expect(hit.locator('p.identifier-match')).toContainText('Registration number matches: Unified Social Credit Code (USCC) 91110000100001043E, China');
  await expect(hit).toContainText('The names differ: this hit comes from the registration number alone.');
  await expect(hit.locator('dl.facts')).toContainText('Registration numbers');
  await expect(hit.locator('dl.facts')).toContainText('91110000100001043E (China)');
});

test('decisions record the list version; a newer bundle says which lists changed since', async ({ page }) => {
  await openApp(page);
  await chooseFile(page, fixture('suppliers_ids.csv'));
  await screen(page);
  // A decision made now records the as-of date of its list in this bundle (OFAC SDN: 2024-05-03).
  await page.getByRole('button', { name: /Details for row 8:/ }).click();
  const sdnHit = page.locator('.detail article.hit').filter({ hasText: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA' }).first();
  await sdnHit.getByLabel('Confirmed match').check();
  const { text } = await download(page, 'Download decisions');
  const rows = parseCsv(text);
  expect(rows[0]).toContain('list_as_of');
  const asOf = rows[1][rows[0].indexOf('list_as_of')];
  expect(asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  // Decisions made today against this bundle: nothing changed since.
  const same = test.info().outputPath('same.csv');
  writeFileSync(same, text);
  await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles(same);
  await expect(page.locator('.summary .new')).toBeVisible();
  await expect(page.locator('.lists-changed')).toHaveCount(0);
  // Decisions made against an older SDN list: the page names the list and both dates.
  const old = test.info().outputPath('old.csv');
  writeFileSync(old, 'supplier_name,entity_id,list,entity_name,decision,note,decided_at,list_as_of\n'
    + '"Leon Technology Co., Ltd.",ofac_sdn:1,ofac_sdn,X,False positive,,2023-02-01,2023-01-31\n');
  await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles(old);
  const notice = page.locator('.lists-changed');
  await expect(notice).toContainText('Lists updated since your decisions were made');
  await expect(notice).toContainText(`(2023-01-31 → ${asOf})`);
  await expect(notice).toContainText('Specially Designated Nationals');
  await expect(notice).not.toContainText('Entity List');
});
