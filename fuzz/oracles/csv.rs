//! The spreadsheet importer. The first byte chooses which of the three CSV files the rest
//! replaces (soal, kompetensi, info); the other two are the example bank's.
use super::common;

use pilar_siap::domain::bank::authoring::csv_bank::{import_csv, CsvBank};

const ITEMS: &str = include_str!("../../public/banks/examples/contoh-mini-soal.csv");
const COMPETENCIES: &str = include_str!("../../public/banks/examples/contoh-mini-kompetensi.csv");
const INFO: &str = include_str!("../../public/banks/examples/contoh-mini-info.csv");

pub fn check(data: &[u8]) {
    let Some((which, rest)) = data.split_first() else {
        return;
    };
    let text = common::legacy_text(rest);
    let mut files = CsvBank {
        items: ITEMS.to_owned(),
        competencies: Some(COMPETENCIES.to_owned()),
        info: Some(INFO.to_owned()),
    };
    match which % 4 {
        0 => files.items = text,
        1 => files.competencies = Some(text),
        2 => files.info = Some(text),
        _ => {
            // Only the items file, the rest from defaults.
            files = CsvBank {
                items: text,
                competencies: None,
                info: None,
            }
        }
    }
    let (bank, problems) = import_csv(&files);
    common::say(problems.iter().map(|f| &f.problem));
    if bank.is_some() {
        assert!(!problems.iter().any(|f| f.problem.is_error()));
    }
}
