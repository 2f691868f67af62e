//! Entry point of the reading Web Worker (built by Trunk as `reader.js`, started by
//! `static/reader-loader.js` when the user first brings a file; see `supplyscreen_app::reader`).

fn main() {
    console_error_panic_hook::set_once();
    supplyscreen_app::reader::run();
}
