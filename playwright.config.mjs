// End-to-end tests: the release build in dist/ served on loopback, driven in Debian's Chromium.
// Playwright's own browser downloads are never used (these machines have no internet but registries).
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8181);
const HOST_PORT = Number(process.env.E2E_HOST_PORT || 8182);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs dist ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A host site on another origin that embeds the widget (tests/e2e/embed.spec.mjs).
      command: `node tests/e2e/serve.mjs static ${HOST_PORT} --widget-origin http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/embed-demo.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
