//! The pure quiz core. Nothing here may panic on input: the lints below forbid the usual ways.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

pub mod attempt;
pub mod bank;
pub mod locate;
pub mod problem;
pub mod read;
pub mod regions;
pub mod results;
pub mod rng;
pub mod serde_msg;
pub mod scoring;
pub mod time;
