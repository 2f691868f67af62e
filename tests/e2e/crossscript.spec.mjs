// Names across scripts: a supplier written in Chinese characters reaches the listed entity through the
// project's sourced alias table (data/sources/zh_aliases), and the details say where the name comes from.
import { test, expect } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, chooseFile, screen } from './helpers.mjs';

test('a Chinese-script supplier name is found through its sourced alias, and the source is shown', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-zh-'));
  const file = join(dir, 'suppliers_zh.csv');
  writeFileSync(file, 'Supplier Name,Country\n海康威视,China\n');
  await openApp(page);
  await chooseFile(page, file);
  await screen(page);
  await page.getByRole('button', { name: /Details for row 1:/ }).click();
  const hit = page.locator('.detail article.hit').first();
  await expect(hit).toContainText('Hangzhou Hikvision Digital Technology');
  const source = hit.locator('p.alias-source');
  await expect(source).toContainText('Chinese name from en.wikipedia-on-ipfs.org');
  // A web source is a link the user opens (the page itself fetches nothing).
  await expect(source.locator('a')).toHaveAttribute('href', /^https:\/\/en\.wikipedia-on-ipfs\.org\/wiki\/Hikvision/);
  await expect(source.locator('a')).toHaveAttribute('rel', /noopener/);
  // The same in Chinese.
  await page.locator('#lang-select').selectOption('zh');
  await expect(page.locator('.detail article.hit p.alias-source').first()).toContainText('中文名称来源：');
  await page.screenshot({ path: 'test-results/crossscript-detail.png', fullPage: false });
});
