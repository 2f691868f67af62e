//! The supplyscreen page (Yew, client-side rendering). Screening runs in the `worker` binary.

mod ui;

fn main() {
    ui::install_panic_reporting();
    // The static HTML shows "Loading…" until the wasm app starts; from here on the app owns the page.
    if let Some(loading) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        loading.remove();
    }
    yew::Renderer::<ui::App>::new().render();
}
