// The build's output, read from dist/ (no browser needed): pre-compressed copies for hosts that
// serve them (scripts/precompress.mjs), and the first-visit weight they give.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const files = readdirSync(dist);

test('dist holds .br and .gz copies of the wasm, JS, CSS and HTML that decompress to the originals', () => {
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  expect(wasm.length, files.join(' ')).toBeGreaterThanOrEqual(2);
  // Files under 1 KB (worker_loader.js, the embed CSS) may not shrink by the 5% a copy must save.
  const wanted = [...wasm, 'index.html', 'sw.js', ...files.filter((f) => /\.(js|css)$/.test(f))]
    .filter((f) => readFileSync(new URL(f, dist)).length >= 1024);
  expect(wanted.length).toBeGreaterThanOrEqual(7);
  for (const f of wanted) {
    const original = readFileSync(new URL(f, dist));
    for (const [ext, unpack] of [['br', brotliDecompressSync], ['gz', gunzipSync]]) {
      expect(files, `${f}.${ext}`).toContain(`${f}.${ext}`);
      const packed = readFileSync(new URL(`${f}.${ext}`, dist));
      expect(packed.length, `${f}.${ext} smaller`).toBeLessThan(original.length);
      expect(unpack(packed).equals(original), `${f}.${ext} decompresses to ${f}`).toBe(true);
    }
  }
  // The bundle is Zstandard inside: a copy would save nothing, so none is written.
  expect(files).not.toContain('lists.bundle.gz');
  // The service worker caches the originals only.
  const sw = readFileSync(new URL('sw.js', dist), 'utf8');
  expect(sw).not.toMatch(/\.(br|gz)"/);
});
