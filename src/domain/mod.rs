//! The pure quiz core. Nothing here may panic on input: the lints below forbid the usual ways.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod attempt;
pub mod bank;
pub mod codec;
pub mod cohort;
pub mod cues;
pub mod decode;
pub mod draw;
pub mod hidden;
pub mod history;
pub mod import;
pub mod json;
pub mod library;
pub mod locate;
pub mod problem;
pub mod radar;
pub mod regions;
pub mod results;
pub mod rng;
pub mod scoring;
pub mod session;
pub mod shortcut;
pub mod slides;
pub mod time;
pub mod xapi;
