//! Bank format v1: a practice bank of competencies, their rubrics, roles, sources and items.
//!
//! `types` and `item` hold the data (read and written by [`codec`]), `parse` turns
//! text into a [`Bank`] (collecting every problem), `validate`
//! checks what types cannot, and `canonical` gives the canonical form and its SHA-256.
//! Around it: [`authoring`] (banks from spreadsheets and Moodle, and back), [`cues`] (the
//! answer-cue analysis) and [`library`] (banks kept on the device).

pub mod authoring;
pub mod codec;
pub mod cues;
pub mod library;

mod canonical;
mod item;
mod parse;
mod types;
mod validate;

pub use canonical::{canonical_json, sha256_hex};
pub use item::{ChoiceOption, CreditOption, Criterion, Evidence, Item, ItemBody, ItemCommon};
pub use parse::{parse_bank, BankReport};
pub use types::{Bank, BankRef, Competency, CompetencyWeight, Level, Role, Source, SourceRef};
pub use validate::validate;

/// The `format` every bank file carries.
pub const BANK_FORMAT: &str = "pilar-siap/bank";
/// The newest bank format version this app reads.
pub const BANK_FORMAT_VERSION: u32 = 1;
/// What levels are, when a bank gives no disclaimer of its own (Indonesian).
pub const DEFAULT_DISCLAIMER: &str = "Tingkat kesiapan di aplikasi ini adalah panduan latihan, bukan penilaian resmi seleksi (yang bobotnya tidak dipublikasikan).";
/// The largest bank file the app reads, in bytes.
pub const MAX_BANK_BYTES: u64 = 5 * 1024 * 1024;
