// The page shell: rendered by the wasm app, and the page talks to nobody but its own origin.
import { test, expect } from '@playwright/test';

test('the wasm app renders the page shell', async ({ page, request }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // The static HTML carries no heading: whatever heading we find was rendered by the wasm app.
  const html = await (await request.get('/')).text();
  expect(html).not.toContain('<h1');

  await page.goto('/');
  await expect(page).toHaveTitle('supplyscreen — private supplier screening');
  await expect(page.getByRole('heading', { level: 1, name: 'supplyscreen' })).toBeVisible();
  await expect(page.locator('header')).toContainText('never leaves');
  await expect(page.locator('#loading')).toHaveCount(0);
  const footer = page.locator('footer');
  await expect(footer).toContainText(/supplyscreen v\d+\.\d+\.\d+/);
  await expect(footer.getByRole('link', { name: 'Source code' })).toHaveAttribute('href', /^https:\/\//);
  expect(errors).toEqual([]);
});

test('every request the page makes goes to its own origin', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(2); // html, js, wasm at least
  const origin = new URL(baseURL).origin;
  for (const url of requests) {
    expect(new URL(url).origin, url).toBe(origin);
  }
});
