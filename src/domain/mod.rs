//! The pure quiz core, laid out along the data path:
//!
//! ```text
//! bank ──▶ attempt ──▶ scoring ──▶ results ──▶ cohort
//!   └──▶ present (the side path: a session at the projector, its slides and record)
//! ```
//!
//! `format` is the plumbing every file format shares: JSON in and out, one definition per record,
//! problems with their place, text decoding, timestamps. Nothing here touches the browser, and
//! like all the crate it may not panic on input (see the lints in `lib.rs`).

pub mod attempt;
pub mod bank;
pub mod cohort;
pub mod format;
pub mod learning;
pub mod present;
pub mod results;
pub mod scoring;
