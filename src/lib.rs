//! Pilar Siap: latihan mandiri seleksi pilar-pilar sosial.
//!
//! Data flows one way: bank → attempt → score → results file → cohort (see `domain`).
//! `domain`, `i18n` and `view` (what pages compute) are pure Rust with no browser, tested
//! natively; `platform` is the only code that touches the browser; `ui` is the candidates' Leptos
//! app and `trainer` the trainers' (its own wasm).

// Nothing may panic on what a user or a file supplies: the usual ways are forbidden everywhere
// (tests may use them, see clippy.toml).
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice
)]

pub mod domain;
pub mod i18n;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod trainer;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The app version written into every results file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
