//! A bank as spreadsheet files (CSV), so a trainer can write questions in a spreadsheet program:
//!
//! - `soal.csv` (required): one row per item — see [`ITEM_COLUMNS`].
//! - `kompetensi.csv` (optional): one row per rubric level — see [`COMPETENCY_COLUMNS`];
//!   without it the bundled bank's seven competencies and rubrics are used.
//! - `info.csv` (optional): `kunci;nilai` rows for the bank's id, title, version, scale labels,
//!   roles and sources; without it the bundled bank's roles and scale are used.
//!
//! Comma, semicolon or tab separators; UTF-8 with or without a byte-order mark; quoted fields may
//! hold separators and line breaks. Writing uses semicolons and a byte-order mark, which is what
//! spreadsheet programs set to Indonesian open without asking.

mod frame;
mod item;
mod read;
mod table;
mod write;

pub use read::{import_csv, FROM_FRAME};
pub use write::export_csv;

use crate::domain::bank::ItemKind;

pub const ITEMS_FILE: &str = "soal.csv";
pub const COMPETENCIES_FILE: &str = "kompetensi.csv";
pub const INFO_FILE: &str = "info.csv";

/// The files of a CSV bank (`soal.csv` and, when given, the other two).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CsvBank {
    pub items: String,
    pub competencies: Option<String>,
    pub info: Option<String>,
}

/// The columns of `soal.csv`, with the English names also accepted.
pub const ITEM_COLUMNS: [(&str, &str); 24] = [
    ("id", "id"),
    ("jenis", "kind"),
    ("kompetensi", "competencies"),
    ("peran", "roles"),
    ("pertanyaan", "prompt"),
    ("skenario", "scenario"),
    ("pilihan_a", "option_a"),
    ("pilihan_b", "option_b"),
    ("pilihan_c", "option_c"),
    ("pilihan_d", "option_d"),
    ("pilihan_e", "option_e"),
    ("pilihan_f", "option_f"),
    ("kunci", "key"),
    ("umpan_balik", "feedback"),
    ("penjelasan", "explanation"),
    ("sumber", "source"),
    ("lokasi_sumber", "locator"),
    ("skala", "anchors"),
    ("panduan", "guidance"),
    ("jawaban_model", "model_answer"),
    ("kriteria", "criteria"),
    ("detik_bicara", "speaking_seconds"),
    ("catatan", "notes"),
    ("nomor", "number"),
];

/// The columns of `kompetensi.csv`.
pub const COMPETENCY_COLUMNS: [(&str, &str); 9] = [
    ("kompetensi", "competency"),
    ("nama", "name"),
    ("nama_en", "name_en"),
    ("deskripsi", "description"),
    ("tingkat", "level"),
    ("label", "label"),
    ("min", "min"),
    ("deskriptor", "descriptor"),
    ("saran", "recommendation"),
];

/// The columns of `info.csv`.
pub const INFO_COLUMNS: [(&str, &str); 2] = [("kunci", "key"), ("nilai", "value")];

/// Item kinds as written in `jenis` (the JSON names are accepted too).
pub const KIND_WORDS: [(&str, ItemKind); 6] = [
    ("pg", ItemKind::SingleChoice),
    ("pgk", ItemKind::MultipleChoice),
    ("bs", ItemKind::TrueFalse),
    ("skala", ItemKind::Likert),
    ("situasi", ItemKind::Situational),
    ("esai", ItemKind::OpenAnswer),
];

/// Option letters, in column order.
pub const LETTERS: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
