// A tiny static file server for the end-to-end tests: serves a directory on 127.0.0.1 with the right
// MIME types (application/wasm matters: browsers refuse to stream-compile wasm served as anything else)
// and the app's Content-Security-Policy header (the same policy as index.html's <meta>, plus
// frame-ancestors; see docs/hosting.md).
//
// Usage: node tests/e2e/serve.mjs DIR PORT [--widget-origin ORIGIN]
//
// --widget-origin plays an NGO's web site instead (static/embed-demo.html, `?lang=es` for its
// snippet in another language): in HTML files the
// widget address of the demo, http://127.0.0.1:8080 (where `make serve` runs), is replaced by
// ORIGIN, and the CSP is a typical host page's that allows only its own files and the widget.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const flag = args.indexOf('--widget-origin');
const widgetOrigin = flag >= 0 ? args.splice(flag, 2)[1] : null;
if (flag >= 0 && !/^https?:\/\/[^/]+$/.test(widgetOrigin || '')) {
  console.error('serve.mjs: --widget-origin needs an origin such as http://127.0.0.1:8181');
  process.exit(2);
}
const [dir = 'dist', port = '8181'] = args;
const root = resolve(dir);

// Keep in step with index.html, Trunk.toml and docs/hosting.md.
const APP_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'; frame-ancestors *";
const HOST_CSP = widgetOrigin &&
  `default-src 'self'; script-src 'self' ${widgetOrigin}; frame-src ${widgetOrigin}; ` +
  "style-src 'self'; img-src 'self' data:; form-action 'none'; base-uri 'none'";
const DEMO_WIDGET = 'http://127.0.0.1:8080';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.bundle': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = await readFile(file);
    if (widgetOrigin && extname(file) === '.html') {
      let html = body.toString('utf8').replaceAll(DEMO_WIDGET, widgetOrigin);
      // ?lang=xx plays an NGO site in another language: its snippet gets data-lang="xx".
      const lang = url.searchParams.get('lang');
      if (lang && /^[a-z]{2}$/.test(lang)) {
        html = html.replaceAll('<div data-supplyscreen ', `<div data-supplyscreen data-lang="${lang}" `);
      }
      body = Buffer.from(html);
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': HOST_CSP || APP_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}/`);
});
