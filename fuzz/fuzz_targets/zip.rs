//! Fuzz target `zip`: the check is `fuzz/oracles/zip.rs`, shared with `tests/fuzz_regressions.rs`.
#![no_main]

#[path = "../oracles/mod.rs"]
mod oracles;

libfuzzer_sys::fuzz_target!(|data: &[u8]| oracles::zip::check(data));
