//! Fuzz target: see `supplyscreen_fuzz::read_pasted` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supplyscreen_fuzz::read_pasted(data));
