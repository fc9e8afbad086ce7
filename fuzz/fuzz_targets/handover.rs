//! Fuzz target `handover`: the check is `fuzz/oracles/handover.rs`, shared with `tests/fuzz_regressions.rs`.
#![no_main]

#[path = "../oracles/mod.rs"]
mod oracles;

libfuzzer_sys::fuzz_target!(|data: &[u8]| oracles::handover::check(data));
