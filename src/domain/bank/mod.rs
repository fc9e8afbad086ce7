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
pub mod editing;
pub mod library;

mod canonical;
mod item;
mod parse;
mod types;
mod validate;

use crate::domain::format::envelope::Format;
pub use canonical::{canonical_json, sha256_hex};
pub use item::{
    ChoiceOption, CreditOption, Criterion, Evidence, Item, ItemBody, ItemCommon, ItemKind,
};
pub use parse::{parse_bank, read_and_validate, BankReport};
pub use types::{
    Bank, BankRef, CheckedBank, Competency, CompetencyWeight, Level, Role, Source, SourceRef,
};
pub use validate::validate;

/// The `format` and `format_version` every bank file carries.
pub const BANK_FORMAT: Format = Format::first("pilar-siap/bank");
/// What levels are, when a bank gives no disclaimer of its own (Indonesian).
pub const DEFAULT_DISCLAIMER: &str = "Tingkat kesiapan di aplikasi ini adalah panduan latihan, bukan penilaian resmi seleksi (yang bobotnya tidak dipublikasikan).";
/// The largest bank file the app reads, in bytes.
pub const MAX_BANK_BYTES: u64 = 5 * 1024 * 1024;
