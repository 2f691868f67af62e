/* supplyscreen — starts the app. A static module file instead of the inline loader Trunk writes by
 * default, because the page's Content-Security-Policy allows scripts from the page's own origin
 * only ('self', no 'unsafe-inline').
 *
 * Trunk.toml's `pattern_script` replaces the app's <link data-trunk rel="rust"> with
 *   <meta name="supplyscreen-entry" data-js="./app-HASH.js" data-wasm="./app-HASH_bg.wasm">
 * so the file names keep their content hashes (and the modulepreload with its SRI integrity that
 * Trunk still writes covers app-HASH.js).
 */
const entry = document.querySelector('meta[name="supplyscreen-entry"]');
if (!entry || !entry.dataset.js || !entry.dataset.wasm) {
  throw new Error('supplyscreen: index.html lacks <meta name="supplyscreen-entry">; rebuild with `trunk build` (see Trunk.toml pattern_script).');
}
const { default: init } = await import(new URL(entry.dataset.js, document.baseURI).href);
await init({ module_or_path: new URL(entry.dataset.wasm, document.baseURI).href });

// Offline use after the first visit (static/sw.js). Service workers need a secure context
// (https, or http://localhost / 127.0.0.1); elsewhere the page simply works online only.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI).href).catch((e) => {
    console.warn('supplyscreen: offline copy not available (service worker not registered):', e);
  });
}
