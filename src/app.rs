//! The page shell: header, main area, footer, and the panic reporter.

use yew::prelude::*;

const VERSION: &str = env!("CARGO_PKG_VERSION");
const SOURCE_URL: &str = env!("CARGO_PKG_REPOSITORY");

/// Sends panics to the console (with a stack trace) and shows a readable error on the page, so a bug
/// never leaves the user looking at a blank page.
pub fn install_panic_reporting() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
}

fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_attribute("role", "alert").ok();
    panel.set_class_name("fatal-error");
    // Text, not HTML: a panic message may quote user input.
    let Ok(heading) = document.create_element("strong") else {
        return;
    };
    heading.set_text_content(Some(
        "supplyscreen hit an internal error and stopped. Your file was not uploaded anywhere. \
         Reload the page to start again; if it happens again, please report the message below.",
    ));
    let Ok(detail) = document.create_element("pre") else {
        return;
    };
    detail.set_text_content(Some(message));
    panel.append_child(&heading).ok();
    panel.append_child(&detail).ok();
    body.prepend_with_node_1(&panel).ok();
}

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <div class="page">
            <header class="site-header">
                <h1 class="brand">{ "supplyscreen" }</h1>
                <p class="tagline">
                    { "Screen your supplier list against U.S. forced-labour and human-rights restriction \
                       lists — entirely in your browser: your supplier file never leaves this device." }
                </p>
            </header>
            <main id="main" class="main" aria-label="Screening"></main>
            <footer class="site-footer">
                <span>{ format!("supplyscreen v{VERSION}") }</span>
                { " · " }
                <a href={SOURCE_URL}>{ "Source code" }</a>
                { " · free and open source" }
            </footer>
        </div>
    }
}
