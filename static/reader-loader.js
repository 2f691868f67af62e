/* Starts the reading Web Worker (src/reader.rs): the wasm-bindgen glue, then the wasm.
 *
 * The page loads this worker only when the user first brings a file (src/ui/controller.rs), so a
 * visit that never reads one never downloads the reader. If either part cannot be fetched (offline
 * on a visit before the reader was ever cached), the page must say so rather than wait for ever: a
 * failed importScripts throws (an `error` event at the page's Worker object), and a failed wasm
 * fetch or compile is posted as `{ failed }`.
 */
try {
  importScripts('./reader.js');
} catch (e) {
  postMessage({ failed: String((e && e.message) || e) });
  throw e;
}
wasm_bindgen('./reader_bg.wasm').catch((e) => {
  postMessage({ failed: String((e && e.message) || e) });
});
