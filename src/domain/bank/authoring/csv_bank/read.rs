//! Reading a bank from CSV files: every problem with its file, line and column; what the files
//! do not say comes from the bundled bank (see `defaults`).

use super::frame::{apply_info, competencies};
use super::item::item;
use super::table::{col, read_table, Sink, Table};
use super::{
    CsvBank, COMPETENCIES_FILE, COMPETENCY_COLUMNS, INFO_COLUMNS, INFO_FILE, ITEMS_FILE,
    ITEM_COLUMNS,
};
use crate::domain::bank::authoring::{defaults, FileProblem};
use crate::domain::bank::{validate, Bank};
use crate::domain::format::problem::{Path, Problem, ProblemKind as K, Problems, Seg};

/// Reads a bank from its CSV files.
pub fn import_csv(files: &CsvBank) -> (Option<Bank>, Vec<FileProblem>) {
    let mut out = Vec::new();
    let Some(mut bank) = defaults::frame() else {
        return (None, out);
    };
    if let Some(text) = &files.info {
        if let Some(t) = read_table(INFO_FILE, text, &INFO_COLUMNS, &mut out) {
            apply_info(&mut bank, &t, &mut Sink { out: &mut out });
        }
    }
    let mut competency_lines = Vec::new();
    if let Some(text) = &files.competencies {
        if let Some(t) = read_table(COMPETENCIES_FILE, text, &COMPETENCY_COLUMNS, &mut out) {
            let (list, lines) = competencies(&t, &mut Sink { out: &mut out });
            bank.competencies = list;
            competency_lines = lines;
        }
    }
    let Some(t) = read_table(ITEMS_FILE, &files.items, &ITEM_COLUMNS, &mut out) else {
        return (None, out);
    };
    for required in ["jenis", "pertanyaan"] {
        if t.columns
            .get(col(&ITEM_COLUMNS, required))
            .copied()
            .flatten()
            .is_none()
        {
            out.push(FileProblem::new(
                ITEMS_FILE,
                Problem::error(
                    Path::root(),
                    K::Missing {
                        field: required.into(),
                    },
                )
                .at(1, 1),
            ));
        }
    }
    let mut lines = Vec::new();
    for (n, (line, row)) in t.rows.iter().enumerate() {
        if let Some(item) = item(&t, *line, row, n, &mut bank, &mut Sink { out: &mut out }) {
            bank.items.push(item);
            lines.push(*line);
        }
    }
    let mut found = Problems::default();
    validate(&bank, &mut found);
    let given = (files.competencies.is_some(), files.info.is_some());
    for p in found.0 {
        out.push(place(p, &t, &lines, &competency_lines, given));
    }
    let ok = !out.iter().any(|p| p.problem.is_error());
    (ok.then_some(bank), out)
}

/// What a problem in a part the files did not give is attributed to.
pub const FROM_FRAME: &str = "(bank bawaan)";

/// Puts a problem found on the bank at the file, line and column it came from; `given` says
/// whether `kompetensi.csv` and `info.csv` were given (else those parts came from the frame).
fn place(
    mut p: Problem,
    items: &Table,
    item_lines: &[u64],
    competency_lines: &[u64],
    given: (bool, bool),
) -> FileProblem {
    let (file, line, column) = match p.path.0.as_slice() {
        [Seg::Key(k), Seg::Index(i), rest @ ..] if k == "items" => {
            let field = match rest.first() {
                Some(Seg::Key(f)) => f.as_str(),
                _ => "id",
            };
            let column = match field {
                "prompt" => "pertanyaan",
                "competencies" => "kompetensi",
                "roles" => "peran",
                "explanation" => "penjelasan",
                "source" => "sumber",
                "options" => "pilihan_a",
                "scenario" => "skenario",
                "anchors" => "skala",
                "guidance" => "panduan",
                "model_answer" => "jawaban_model",
                "criteria" => "kriteria",
                "speaking_seconds" => "detik_bicara",
                _ => "id",
            };
            let line = item_lines.get(*i).copied().unwrap_or(0);
            (
                ITEMS_FILE,
                line,
                items.column_number(col(&ITEM_COLUMNS, column)),
            )
        }
        [Seg::Key(k), Seg::Index(i), ..] if k == "competencies" => (
            if given.0 {
                COMPETENCIES_FILE
            } else {
                FROM_FRAME
            },
            competency_lines.get(*i).copied().unwrap_or(0),
            1,
        ),
        _ => (if given.1 { INFO_FILE } else { FROM_FRAME }, 0, 1),
    };
    if line > 0 {
        p = p.at(line as usize, column);
    }
    FileProblem::new(file, p)
}
