//! The supplyscreen browser app (Yew, client-side rendering).
//!
//! The page shell lives here; screening itself runs in a Web Worker so the page never freezes.

mod app;

fn main() {
    app::install_panic_reporting();
    // The static HTML shows "Loading…" until the wasm app starts; from here on the app owns the page.
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    yew::Renderer::<app::App>::new().render();
}
