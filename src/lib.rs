//! The browser side of supplyscreen: what the page (the `app` binary) and its two Web Workers, the
//! screening worker (the `worker` binary) and the reading worker (the `reader` binary), share.
//!
//! * [`protocol`] — the messages between the page and the workers, and why every request carries
//!   what it needs (no worker keeps state about a supplier file).
//! * [`codec`] — how those messages cross `postMessage`: one `Uint8Array` of postcard per message;
//!   [`wire`] carries the matcher's result types in a shape postcard can read back.
//! * [`worker`] — the screening Web Worker: loads the list bundle once, screens the rows it is sent.
//! * [`reader`] — the reading Web Worker: reads supplier files and pasted text into tables; loaded
//!   only when the user first brings a file (it carries the spreadsheet and encoding code).
//! * [`config`] — settings a host site passes when it embeds the page as a widget, each validated.
//! * [`i18n`] — the interface texts in English, Spanish, French and Simplified Chinese (Fluent
//!   catalogues in `locales/`), and the [`tr!`] macro.
//! * [`messages`] — the facts the engine and the worker report (file errors and warnings, list
//!   loading problems, risk signals, decisions-file errors) worded in those languages.
//!
//! The page itself (Yew components) lives in `src/ui/` and is compiled into the `app` binary
//! (`src/main.rs`): one reducer (`ui/state.rs`), the controller that talks to the workers
//! (`ui/controller.rs`) and a view per step. All three binaries are built by Trunk (see `index.html`).
//! Everything here and in `src/ui/` also compiles natively, so `cargo test -p supplyscreen-app`
//! runs this library's tests and the page's (the reducer, the results' filters and sorting)
//! without a browser.

pub mod codec;
pub mod config;
pub mod i18n;
pub mod messages;
pub mod protocol;
pub mod reader;
pub mod wire;
pub mod worker;
