// Interface languages (src/i18n.rs, locales/*.ftl): the switcher changes every label at any time
// without losing the work on the page; ?lang= and the browser's language choose the first one.
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { fixture, openApp, resultRows, showLists } from './helpers.mjs';

const NAMES = 'Hoshine Silicon Industry Co., Ltd.\nHangzhou Hikvision Digital Technology Co., Ltd.\nAcme Garden Furniture Ltd\n';

/** Pastes NAMES and screens them (English labels). */
async function screenNames(page) {
  await page.getByLabel('Paste supplier names').fill(NAMES);
  await page.getByRole('button', { name: 'Use pasted names' }).click();
  await page.getByRole('button', { name: 'Screen suppliers' }).click();
  await expect(page.getByText(/^Screened \d+ suppliers in/)).toBeVisible({ timeout: 60_000 });
}

test('switching language relabels the page and keeps the pasted names, results and threshold', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenNames(page);
  await page.getByLabel('Match threshold').fill('0.8');
  const english = await resultRows(page);
  expect(english.find((r) => r.supplier.startsWith('Hoshine')).status).toContain('Possible match');

  const cases = [
    { code: 'fr', html: 'fr', label: 'Langue', screen: 'Vérifier les fournisseurs', table: 'Résultats de la vérification',
      threshold: 'Seuil de correspondance', paste: 'Coller des noms de fournisseurs', match: 'Correspondance possible', lists: 'Listes chargées', line: '11 listes, la plus récente du 2026-07' },
    { code: 'es', html: 'es', label: 'Idioma', screen: 'Verificar proveedores', table: 'Resultados de la verificación',
      threshold: 'Umbral de coincidencia', paste: 'Pegar nombres de proveedores', match: 'Posible coincidencia', lists: 'Listas cargadas', line: '11 listas, la más reciente del 2026-07' },
    { code: 'zh', html: 'zh-Hans', label: '语言', screen: '筛查供应商', table: '筛查结果',
      threshold: '匹配阈值', paste: '粘贴供应商名称', match: '可能匹配', lists: '已加载的清单', line: '11 份清单，最新截至 2026-07' },
  ];
  let switcher = 'Language';
  for (const c of cases) {
    await page.getByLabel(switcher, { exact: true }).selectOption(c.code);
    switcher = c.label;
    await expect(page.locator('html')).toHaveAttribute('lang', c.html);
    await expect(page.getByLabel(c.label, { exact: true })).toHaveValue(c.code);
    await expect(page.getByRole('button', { name: c.screen })).toBeEnabled();
    await expect(page.locator('#lists-h')).toHaveText(c.lists);
    await expect(page.locator('.lists-line')).toContainText(c.line);
    // State kept: the pasted text, the results and the threshold the user chose.
    await expect(page.getByLabel(c.paste)).toHaveValue(NAMES);
    await expect(page.getByLabel(c.threshold)).toHaveValue('0.8');
    const table = page.getByRole('table', { name: c.table });
    await expect(table.locator('tbody tr')).toHaveCount(english.length);
    await expect(table.locator('tbody tr', { hasText: 'Hoshine' })).toContainText(c.match);
    // No English left in the main labels.
    await expect(page.getByRole('button', { name: 'Screen suppliers' })).toHaveCount(0);
  }
  await page.getByLabel('语言', { exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await resultRows(page)).toEqual(english);
});

test('?lang= chooses the starting language', async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.lists-line')).toContainText('11 listas', { timeout: 30_000 });
  await expect(page.locator('#lists-h')).toHaveText('Listas cargadas');
  await expect(page.getByLabel('Archivo de proveedores')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cómo se tratan sus datos' })).toBeVisible();
});

test.describe('browser language', () => {
  test.use({ locale: 'fr-FR' });
  test('a French browser starts in French, an unsupported ?lang= is ignored', async ({ page }) => {
    await page.goto('/?lang=de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.lists-line')).toContainText('11 listes', { timeout: 30_000 });
    await expect(page.locator('#lists-h')).toHaveText('Listes chargées');
    await expect(page.getByRole('button', { name: 'Vérifier les fournisseurs' })).toBeVisible();
  });
});

test('unticking a list in "Lists loaded" leaves it out of the screening', async ({ page }) => {
  await openApp(page);
  const lists = await showLists(page);
  await expect(lists.getByRole('checkbox')).toHaveCount(11);
  for (const box of await lists.getByRole('checkbox').all()) await expect(box).toBeChecked();
  await screenNames(page);
  const hikvision = (rows) => rows.find((r) => r.supplier.startsWith('Hangzhou Hikvision'));
  expect(hikvision(await resultRows(page)).lists).toContain('bis_entity');
  // Without the BIS Entity List and the CMIC list, Hikvision is not matched on them.
  await lists.locator('tr[data-list="bis_entity"]').getByRole('checkbox').uncheck();
  await lists.locator('tr[data-list="ofac_cmic"]').getByRole('checkbox').uncheck();
  await screenNames(page);
  const rows = await resultRows(page);
  expect(hikvision(rows).lists).not.toMatch(/bis_entity|ofac_cmic/);
  expect(rows.find((r) => r.supplier.startsWith('Hoshine')).status).toContain('Possible match');
  // With every list unticked there is nothing to screen against.
  for (const box of await lists.getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByRole('button', { name: 'Screen suppliers' })).toBeDisabled();
  await expect(page.getByText('Tick at least one list under "Lists loaded".')).toBeVisible();
  // The one-line summary says how many are left out.
  await expect(page.locator('.lists-line')).toContainText('11 not screened');
});

// File-reading errors and warnings, how a file was read, and risk signals come from the engine as facts
// (src/messages.rs words them): they follow the page's language, and switch with it.
test('file errors, file warnings and risk signals are in the page language and follow the switcher', async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.locator('.lists-line')).toContainText('11 listas', { timeout: 30_000 });
  await expect(page.locator('#lists-h')).toHaveText('Listas cargadas');

  // A PDF renamed .xlsx: refused in Spanish, then the same error re-worded on each switch.
  await page.getByLabel('Archivo de proveedores').setInputFiles(fixture('pdf_renamed.xlsx'));
  const alert = page.locator('.input .error[role=alert]');
  await expect(alert).toHaveText('pdf_renamed.xlsx: no es una hoja de cálculo ni un archivo CSV: parece un documento PDF. '
    + 'Exporte la lista de proveedores de su ERP como .xlsx o .csv.');
  await page.getByLabel('Idioma', { exact: true }).selectOption('fr');
  await expect(alert).toContainText('pdf_renamed.xlsx : ce n\'est ni un tableur ni un fichier CSV : cela ressemble à un document PDF.');
  await page.getByLabel('Langue', { exact: true }).selectOption('zh');
  await expect(alert).toContainText('pdf_renamed.xlsx：这不是电子表格或 CSV 文件，看起来是PDF 文档。');
  await page.getByLabel('语言', { exact: true }).selectOption('es');

  // A ragged CSV: read, with its warnings and its description in Spanish.
  await page.getByLabel('Archivo de proveedores').setInputFiles(fixture('ragged.csv'));
  const preview = page.locator('.preview');
  await expect(preview).toContainText("CSV separado por ','");
  const warnings = page.getByRole('list', { name: 'Avisos sobre el archivo' });
  await expect(warnings).toContainText('más celdas que las');
  await expect(warnings).toContainText('filas de datos');
  await expect(warnings).not.toContainText('rows have');

  // A product risk signal (no name match): title and explanation in Spanish; list data (the good,
  // the country) stay as the list writes them.
  await page.getByLabel('Pegar nombres de proveedores').fill('Proveedor\tPaís\tProducto\nAcme Hilaturas SL\tChina\tcotton yarn\n');
  await page.getByRole('button', { name: 'Usar los nombres pegados' }).click();
  await page.getByRole('button', { name: 'Verificar proveedores' }).click();
  await expect(page.getByRole('table', { name: 'Resultados de la verificación' })).toContainText('Acme Hilaturas SL', { timeout: 60_000 });
  await page.getByRole('button', { name: /Acme Hilaturas SL/ }).click();
  const risks = page.locator('ul.risks');
  await expect(risks).toContainText('Riesgo de trabajo forzoso: Cotton de China (Lista de bienes del DOL ILAB)');
  await expect(risks).toContainText('Coincide porque el texto del producto "cotton yarn" nombra cotton.');
  await expect(risks).not.toContainText('Matched because');
  await page.getByLabel('Idioma', { exact: true }).selectOption('fr');
  await expect(risks).toContainText('Risque de travail forcé : Cotton de China');

  // A decisions file with an unknown list: the line and the problem in French, then in Spanish.
  const bad = test.info().outputPath('decisions.csv');
  writeFileSync(bad, 'supplier_name,entity_id,list,entity_name,decision,note,decided_at\n'
    + 'Acme Hilaturas SL,x:1,no_such_list,X,Confirmed,,\n');
  await page.locator('input[type=file][accept=".csv,text/csv"]').setInputFiles(bad);
  const decisionsAlert = page.locator('.results .error[role=alert]');
  await expect(decisionsAlert).toContainText('decisions.csv, ligne 2 : liste inconnue « no_such_list »');
  await page.getByLabel('Langue', { exact: true }).selectOption('es');
  await expect(decisionsAlert).toContainText('decisions.csv, línea 2: lista desconocida "no_such_list"');
});
