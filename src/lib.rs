//! The browser side of supplyscreen.
//!
//! * [`protocol`] — the messages between the page and the screening worker.
//! * [`config`] — settings a host site passes when it embeds the page as a widget.
//! * [`i18n`] — the interface texts in English, Spanish, French and Simplified Chinese.
//! * [`worker`] — the Web Worker: loads the list bundle once, reads supplier files, screens rows.
//!
//! The page itself (Yew components) lives in `src/ui/` and is compiled into the `app` binary; the
//! worker is the `worker` binary. Both are built by Trunk (see `index.html`).

pub mod codec;
pub mod config;
pub mod i18n;
pub mod messages;
pub mod protocol;
pub mod worker;
