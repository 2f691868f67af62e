//! The supplyscreen browser app (Yew, client-side rendering).
//!
//! The page shell lives here; screening itself runs in a Web Worker so the page never freezes.

mod app;

fn main() {
    app::install_panic_reporting();
    yew::Renderer::<app::App>::new().render();
}
