//! Fuzz target: see `supplyscreen_fuzz::bundle_decode` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supplyscreen_fuzz::bundle_decode(data));
