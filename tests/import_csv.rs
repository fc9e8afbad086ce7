//! Spreadsheet (CSV) banks: any bank goes out and comes back identical; what a trainer writes
//! in a spreadsheet (semicolons, a byte-order mark, line breaks in cells, decimal commas) reads;
//! every broken file names the file, line, column and what is wrong.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::authoring::categories::Mapping;
use pilar_siap::domain::bank::authoring::csv_bank::{export_csv, import_csv, CsvBank, ITEMS_FILE};
use pilar_siap::domain::bank::authoring::intake::{intake, Dropped};
use pilar_siap::domain::bank::authoring::FileProblem;
use pilar_siap::domain::bank::ItemBody;
use pilar_siap::domain::format::problem::ProblemKind as K;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!("tests/corpus/csv/{name}")).unwrap()
}

fn items_only(text: String) -> CsvBank {
    CsvBank {
        items: text,
        ..CsvBank::default()
    }
}

fn errors(p: &[FileProblem]) -> Vec<&FileProblem> {
    p.iter().filter(|p| p.problem.is_error()).collect()
}

#[test]
fn any_bank_goes_out_as_csv_and_comes_back_identical() {
    for b in [bundled(), mini()] {
        let files = export_csv(&b);
        assert!(files.items.starts_with('\u{feff}'));
        let (back, problems) = import_csv(&files);
        assert_eq!(errors(&problems), Vec::<&FileProblem>::new());
        assert_eq!(back.unwrap(), b);
    }
}

#[test]
fn a_spreadsheet_export_with_semicolons_bom_and_line_breaks_reads() {
    let (bank, problems) = import_csv(&items_only(corpus("semicolon-bom.csv")));
    assert_eq!(
        errors(&problems),
        Vec::<&FileProblem>::new(),
        "{problems:#?}"
    );
    let b = bank.unwrap();
    assert_eq!(b.items.len(), 6);
    assert!(
        b.items[0].common.prompt.contains('\n'),
        "a line break inside a quoted cell"
    );
    assert_eq!(
        b.items[1].common.competencies[1].weight, 0.5,
        "decimal comma"
    );
    assert_eq!(b.items[1].common.roles, ["psm", "tksk"]);
    let ItemBody::Situational { options, .. } = &b.items[3].body else {
        panic!()
    };
    assert_eq!(
        options.iter().map(|o| o.credit).collect::<Vec<_>>(),
        [1.0, 0.0, 0.5]
    );
    assert_eq!(
        options[2].feedback,
        "Tanpa data bantuan tidak tepat sasaran."
    );
    let ItemBody::OpenAnswer { criteria, .. } = &b.items[5].body else {
        panic!()
    };
    assert_eq!(criteria[0].id, "kejelasan");
    assert_eq!(criteria[1].id, "bukti");
    assert_eq!(criteria[1].levels.len(), 3);
    // Sources named by title become the bank's sources; the frame gives the competencies.
    assert_eq!(b.sources.len(), 2);
    assert_eq!(b.competencies.len(), 7);
}

/// (file, problem file, line, column, what)
type Expected = (&'static str, &'static str, usize, usize, fn(&K) -> bool);

#[test]
fn every_broken_file_says_where_and_what() {
    let cases: [Expected; 10] = [
        (
            "unknown-column.csv",
            ITEMS_FILE,
            1,
            10,
            |k| matches!(k, K::UnknownField { field, .. } if field == "jawaban_benar"),
        ),
        (
            "bad-kind.csv",
            ITEMS_FILE,
            3,
            2,
            |k| matches!(k, K::UnknownVariant { found, .. } if found == "isian"),
        ),
        (
            "bad-key.csv",
            ITEMS_FILE,
            2,
            7,
            |k| matches!(k, K::UnknownVariant { found, .. } if found == "z"),
        ),
        ("bad-weight.csv", ITEMS_FILE, 2, 3, |k| {
            matches!(k, K::WrongType { .. })
        }),
        (
            "weight-out-of-range.csv",
            ITEMS_FILE,
            3,
            3,
            |k| matches!(k, K::OutOfRange { value, .. } if *value == 1.5),
        ),
        (
            "unknown-competency.csv",
            ITEMS_FILE,
            3,
            3,
            |k| matches!(k, K::UnknownCompetency { id } if id == "sejarah"),
        ),
        (
            "missing-question-column.csv",
            ITEMS_FILE,
            1,
            1,
            |k| matches!(k, K::Missing { field } if field == "pertanyaan"),
        ),
        ("two-keys-single.csv", ITEMS_FILE, 2, 5, |k| {
            matches!(k, K::CorrectCount { count: 2 })
        }),
        ("duplicate-id.csv", ITEMS_FILE, 3, 1, |k| {
            matches!(k, K::DuplicateId { .. })
        }),
        ("unclosed-quote.csv", ITEMS_FILE, 2, 4, |k| {
            matches!(k, K::UnclosedQuote)
        }),
    ];
    for (name, file, line, column, what) in cases {
        let (bank, problems) = import_csv(&items_only(corpus(name)));
        assert!(bank.is_none(), "{name} should not give a bank");
        let found = problems.iter().any(|p| {
            p.file == file
                && p.problem.line == Some(line)
                && p.problem.column == Some(column)
                && what(&p.problem.kind)
        });
        assert!(found, "{name}: {problems:#?}");
    }
}

/// The examples in public/banks/examples are what the app writes for the example bank, and
/// they read back as that bank.
#[test]
fn the_csv_examples_are_the_example_bank() {
    let files = export_csv(&mini());
    let dir = "public/banks/examples";
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/contoh-mini-{f}")).unwrap();
    assert_eq!(read("soal.csv"), files.items);
    assert_eq!(Some(read("kompetensi.csv")), files.competencies);
    assert_eq!(Some(read("info.csv")), files.info);
    let (bank, _) = import_csv(&CsvBank {
        items: read("soal.csv"),
        competencies: Some(read("kompetensi.csv")),
        info: Some(read("info.csv")),
    });
    assert_eq!(bank.unwrap(), mini());
}

/// A spreadsheet saved by Excel on Windows as "CSV (Comma delimited)" is Windows-1252, not UTF-8:
/// it reads the same as the UTF-8 file, with its curly quotes, dash and é intact, and a warning
/// at the first byte that was not UTF-8.
#[test]
fn an_excel_ansi_csv_reads_as_windows_1252_with_a_warning() {
    let bytes = std::fs::read("tests/corpus/csv/excel-ansi.csv").unwrap();
    let (file, warning) = Dropped::read("soal.csv", bytes);
    let warning = warning.unwrap();
    assert!(matches!(warning.problem.kind, K::ReadAsWindows1252 { .. }));
    assert_eq!(
        (warning.problem.line, warning.problem.column),
        (Some(4), Some(43))
    );
    let got = intake(&[file.unwrap()], &Mapping::new());
    let (bank, problems) = (got.bank, got.problems);
    assert_eq!(errors(&problems), Vec::<&FileProblem>::new());
    let bank = bank.unwrap();
    assert_eq!(
        bank.items[1].common.prompt,
        "“Pilih semua” bentuknya – dari Café Sosial."
    );
    // A JSON bank gets no such leniency.
    let (file, problem) = Dropped::read("bank.json", b"{\"title\": \"Caf\xe9\"}".to_vec());
    assert!(file.is_none());
    assert!(matches!(problem.unwrap().problem.kind, K::NotUtf8 { .. }));
}
