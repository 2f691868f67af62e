//! The browser-free heart of supplyscreen.
//!
//! * [`model`] — what a restriction list is made of: lists, entities, aliases, goods-risk rows.
//! * [`bundle`] — the versioned, checksummed binary file that carries every list to the app and CLI.
//!
//! Everything here compiles natively (CLI, tests, benches) and to `wasm32-unknown-unknown` (the app's
//! worker), so it must not depend on a browser, a file system or threads.

pub mod bundle;
pub mod country;
pub mod eval;
pub mod explain;
pub mod export;
pub mod index;
pub mod input;
pub mod model;
pub mod normalize;
pub mod risk;
pub mod score;
pub mod screen;

/// The engine's version, printed in reports so a screen can be reproduced.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
