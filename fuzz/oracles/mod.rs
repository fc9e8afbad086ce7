//! What each fuzz target checks of one input, beyond "no panic". Compiled into the fuzz targets
//! and into `tests/fuzz_regressions.rs`, which replays every input a fuzzer ever found.
#![allow(dead_code)]

pub mod bank;
pub mod common;
pub mod csv;
pub mod gift;
pub mod handover;
pub mod moodle;
pub mod results;
pub mod roundtrip;
pub mod zip;
