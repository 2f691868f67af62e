//! Small browser helpers: downloads, printing, clock, local storage. Each fails soft; callers word
//! the failure in the page's language.

use wasm_bindgen::JsCast;

/// Offers `content` as a file download. Nothing is sent anywhere: the file is made in memory.
/// On failure the caller says "your browser refused to save …" in the page's language.
pub fn download(file_name: &str, mime: &str, content: &str) -> Result<(), ()> {
    let fail = |_| ();
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.style().set_property("display", "none").ok();
    document.body().ok_or(())?.append_child(&a).ok();
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        w.print().ok();
    }
}

/// Local date and time, e.g. "2026-11-27 23:58 (UTC+00:00)", for reports and decisions.
pub fn now_stamp() -> String {
    let d = js_sys::Date::new_0();
    let off = -d.get_timezone_offset() as i32;
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} (UTC{}{:02}:{:02})",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        if off < 0 { '-' } else { '+' },
        off.abs() / 60,
        off.abs() % 60
    )
}

/// Today as ISO `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn store_get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Saves to local storage; the error is a message id (see `locales/*.ftl`).
pub fn store_set(key: &str, value: &str) -> Result<(), &'static str> {
    storage()
        .ok_or("storage-unavailable")?
        .set_item(key, value)
        .map_err(|_| "storage-refused")
}

pub fn store_remove(key: &str) {
    if let Some(s) = storage() {
        s.remove_item(key).ok();
    }
}

/// Absolute URL of a file next to the page (the worker resolves URLs against its own script).
pub fn asset_url(relative: &str) -> String {
    gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map(|u| u.href())
        .unwrap_or_else(|| relative.to_string())
}
