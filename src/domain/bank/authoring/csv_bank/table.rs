//! One CSV file as a table: its columns by canonical name and its rows with their lines; an
//! unclosed quote is found before anything else is read.

use crate::domain::bank::authoring::FileProblem;
use crate::domain::format::problem::{Path, Problem, ProblemKind as K};

/// One table: canonical column names and the rows, each with its line in the file.
pub(super) struct Table {
    pub(super) file: &'static str,
    pub(super) columns: Vec<Option<usize>>,
    pub(super) rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    /// The text in column `col` (a canonical name) of `row`.
    pub(super) fn get<'a>(&self, row: &'a [String], col: usize) -> &'a str {
        self.columns
            .get(col)
            .copied()
            .flatten()
            .and_then(|i| row.get(i))
            .map_or("", |s| s.trim())
    }
    /// The 1-based column number of canonical column `col`, for messages.
    pub(super) fn column_number(&self, col: usize) -> usize {
        self.columns
            .get(col)
            .copied()
            .flatten()
            .map_or(1, |i| i + 1)
    }
}

/// The separator a file uses: whichever of `;`, `,` and tab its first line has most of.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [(b';', count(';')), (b'\t', count('\t')), (b',', count(','))]
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(b',', |(c, _)| c)
}

/// Where a double quote opens and never closes: line and column (the cell's number).
fn unclosed_quote(text: &str, sep: u8) -> Option<(usize, usize)> {
    let (mut line, mut cell, mut open) = (1, 1, None);
    // A quote opens a quoted cell only at the cell's start; inside one, `""` is a quote.
    let (mut quoted, mut at_start) = (false, true);
    for b in text.bytes() {
        match b {
            b'"' if quoted => quoted = false,
            b'"' if at_start => {
                quoted = true;
                open = Some((line, cell));
            }
            b'\n' => {
                line += 1;
                if !quoted {
                    cell = 1;
                }
            }
            c if c == sep && !quoted => cell += 1,
            _ => {}
        }
        // After a closing quote a second quote (an escaped one) reopens the cell.
        at_start = !quoted && (b == sep || b == b'\n' || b == b'"');
    }
    quoted.then_some(open).flatten()
}

pub(super) fn read_table(
    file: &'static str,
    text: &str,
    names: &[(&str, &str)],
    out: &mut Vec<FileProblem>,
) -> Option<Table> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((line, column)) = unclosed_quote(text, separator(text)) {
        let p = Problem::error(Path::root(), K::UnclosedQuote).at(line, column);
        out.push(FileProblem::new(file, p));
        return None;
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            out.push(csv_error(file, &e));
            return None;
        }
        None => {
            out.push(FileProblem::new(
                file,
                Problem::error(Path::root(), K::Empty),
            ));
            return None;
        }
    };
    let mut columns = vec![None; names.len()];
    for (i, h) in header.iter().enumerate() {
        let h = h.trim().to_lowercase().replace(' ', "_");
        match names.iter().position(|(id, en)| *id == h || *en == h) {
            Some(c) => {
                if let Some(slot) = columns.get_mut(c) {
                    *slot = Some(i);
                }
            }
            None if h.is_empty() => {}
            None => out.push(FileProblem::new(
                file,
                Problem::error(
                    Path::root().key(&h),
                    K::UnknownField {
                        field: h.chars().take(60).collect(),
                        expected: names.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "),
                    },
                )
                .at(1, i + 1),
            )),
        }
    }
    let mut rows = Vec::new();
    for record in records {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                let cells: Vec<String> = r.iter().map(str::to_owned).collect();
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    rows.push((line, cells));
                }
            }
            Err(e) => out.push(csv_error(file, &e)),
        }
    }
    Some(Table {
        file,
        columns,
        rows,
    })
}

fn csv_error(file: &str, e: &csv::Error) -> FileProblem {
    let line = e.position().map_or(1, |p| p.line() as usize);
    let p = Problem::error(
        Path::root(),
        K::CsvUnreadable {
            detail: e.to_string(),
        },
    );
    FileProblem::new(file, p.at(line, 1))
}

/// Collects problems for one file, each at a row's line and a column.
pub(super) struct Sink<'a> {
    pub(super) out: &'a mut Vec<FileProblem>,
}

impl Sink<'_> {
    pub(super) fn at(&mut self, t: &Table, line: u64, col: usize, field: &str, kind: K) {
        let p =
            Problem::error(Path::root().key(field), kind).at(line as usize, t.column_number(col));
        self.out.push(FileProblem::new(t.file, p));
    }
}

pub(super) fn col(names: &[(&str, &str)], name: &str) -> usize {
    names.iter().position(|(n, _)| *n == name).unwrap_or(0)
}
