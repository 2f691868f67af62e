//! Entry point of the screening Web Worker (built by Trunk as `worker.js` + loader shim).
use gloo::worker::Registrable;
use supplyscreen_app::codec::JsCodec;
use supplyscreen_app::worker::ScreenWorker;

fn main() {
    console_error_panic_hook::set_once();
    ScreenWorker::registrar().encoding::<JsCodec>().register();
}
