//! Pilar Siap: latihan mandiri seleksi pilar-pilar sosial.
//!
//! Data flows one way: bank → attempt → score → results file → cohort.
//! `domain` and `i18n` are pure Rust (no browser), tested natively; `platform` is the only code
//! that touches the browser; `ui` is the Leptos front end.

pub mod domain;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod trainer;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The app version written into every results file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
