//! Reading a bank from CSV files: every problem with its file, line and column; what the files
//! do not say comes from the bundled bank (see `defaults`).

use super::{
    CsvBank, COMPETENCIES_FILE, COMPETENCY_COLUMNS, INFO_COLUMNS, INFO_FILE, ITEMS_FILE,
    ITEM_COLUMNS, KIND_WORDS, LETTERS,
};
use crate::domain::bank::{
    validate, Bank, ChoiceOption, Competency, CompetencyWeight, CreditOption, Criterion, Item,
    ItemBody, ItemCommon, Level, Role, Source, SourceRef,
};
use crate::domain::import::text::{bars, list, number, slug};
use crate::domain::import::{defaults, FileProblem};
use crate::domain::problem::{Path, Problem, ProblemKind as K, Problems, Seg};

/// One table: canonical column names and the rows, each with its line in the file.
struct Table {
    file: &'static str,
    columns: Vec<Option<usize>>,
    rows: Vec<(u64, Vec<String>)>,
}

impl Table {
    /// The text in column `col` (a canonical name) of `row`.
    fn get<'a>(&self, row: &'a [String], col: usize) -> &'a str {
        self.columns
            .get(col)
            .copied()
            .flatten()
            .and_then(|i| row.get(i))
            .map_or("", |s| s.trim())
    }
    /// The 1-based column number of canonical column `col`, for messages.
    fn column_number(&self, col: usize) -> usize {
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

fn read_table(
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
        K::Structure {
            detail: e.to_string(),
        },
    );
    FileProblem::new(file, p.at(line, 1))
}

/// Collects problems for one file, each at a row's line and a column.
struct Sink<'a> {
    out: &'a mut Vec<FileProblem>,
}

impl Sink<'_> {
    fn at(&mut self, t: &Table, line: u64, col: usize, field: &str, kind: K) {
        let p =
            Problem::error(Path::root().key(field), kind).at(line as usize, t.column_number(col));
        self.out.push(FileProblem::new(t.file, p));
    }
}

fn col(names: &[(&str, &str)], name: &str) -> usize {
    names.iter().position(|(n, _)| *n == name).unwrap_or(0)
}

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
    for p in found.0 {
        out.push(place(p, &t, &lines, &competency_lines));
    }
    let ok = !out.iter().any(|p| p.problem.is_error());
    (ok.then_some(bank), out)
}

/// Puts a problem found on the bank at the file, line and column it came from.
fn place(
    mut p: Problem,
    items: &Table,
    item_lines: &[u64],
    competency_lines: &[u64],
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
            COMPETENCIES_FILE,
            competency_lines.get(*i).copied().unwrap_or(0),
            1,
        ),
        _ => (INFO_FILE, 0, 1),
    };
    if line > 0 {
        p = p.at(line as usize, column);
    }
    FileProblem::new(file, p)
}

fn apply_info(bank: &mut Bank, t: &Table, sink: &mut Sink) {
    let mut roles = Vec::new();
    let mut sources = Vec::new();
    for (line, row) in &t.rows {
        let key = t.get(row, 0).to_lowercase();
        let value = t.get(row, 1).to_owned();
        let whole = |v: &str| v.trim().parse::<u32>().ok();
        match key.as_str() {
            "id" => bank.id = value,
            "judul" | "title" => bank.title = value,
            "versi" | "version" => bank.version = value,
            "bahasa" | "language" => bank.language = value,
            "deskripsi" | "description" => bank.description = value,
            "penafian" | "disclaimer" => bank.disclaimer = value,
            "menit_simulasi" | "simulation_minutes" => match whole(&value) {
                Some(m) => bank.simulation_minutes = Some(m),
                None => sink.at(t, *line, 1, "nilai", K::WrongType {
                    found: crate::domain::problem::JsonKind::Text,
                    expected: crate::domain::problem::JsonKind::WholeNumber,
                }),
            },
            "soal_per_kompetensi" | "draw_per_competency" => match whole(&value) {
                Some(n) => bank.draw_per_competency = Some(n),
                None => sink.at(t, *line, 1, "nilai", K::WrongType {
                    found: crate::domain::problem::JsonKind::Text,
                    expected: crate::domain::problem::JsonKind::WholeNumber,
                }),
            },
            "peran" | "role" => {
                let parts = bars(&value);
                match parts.as_slice() {
                    [id, short, name] => roles.push(Role {
                        id: id.clone(),
                        short: short.clone(),
                        name: name.clone(),
                    }),
                    _ => sink.at(t, *line, 1, "peran", K::TooFew { count: parts.len(), min: 3 }),
                }
            }
            "sumber" | "source" => {
                let parts = bars(&value);
                match parts.as_slice() {
                    [id, title] => sources.push(Source { id: id.clone(), title: title.clone(), url: String::new() }),
                    [id, title, url] => sources.push(Source { id: id.clone(), title: title.clone(), url: url.clone() }),
                    _ => sink.at(t, *line, 1, "sumber", K::TooFew { count: parts.len(), min: 2 }),
                }
            }
            k => match k.strip_prefix("skala_").and_then(|n| n.parse::<usize>().ok()) {
                Some(n @ 1..=5) => {
                    if let Some(a) = bank.likert_anchors.get_mut(n - 1) {
                        *a = value;
                    }
                }
                _ => sink.at(t, *line, 0, &key, K::UnknownField {
                    field: key.chars().take(60).collect(),
                    expected: "id, judul, versi, bahasa, deskripsi, penafian, menit_simulasi, soal_per_kompetensi, skala_1 … skala_5, peran, sumber".into(),
                }),
            },
        }
    }
    if !roles.is_empty() {
        bank.roles = roles;
    }
    bank.sources = sources;
}

/// Competencies from `kompetensi.csv`, and the line each starts at.
fn competencies(t: &Table, sink: &mut Sink) -> (Vec<Competency>, Vec<u64>) {
    fn c(name: &str) -> usize {
        col(&COMPETENCY_COLUMNS, name)
    }
    let mut list: Vec<Competency> = Vec::new();
    let mut lines = Vec::new();
    for (line, row) in &t.rows {
        let id = t.get(row, c("kompetensi")).to_owned();
        let min = match number(t.get(row, c("min"))) {
            Some(m) => m,
            None => {
                sink.at(
                    t,
                    *line,
                    c("min"),
                    "min",
                    K::WrongType {
                        found: crate::domain::problem::JsonKind::Text,
                        expected: crate::domain::problem::JsonKind::Number,
                    },
                );
                0.0
            }
        };
        let level = Level {
            id: t.get(row, c("tingkat")).to_owned(),
            label: t.get(row, c("label")).to_owned(),
            min,
            descriptor: t.get(row, c("deskriptor")).to_owned(),
            recommendation: t.get(row, c("saran")).to_owned(),
        };
        match list.iter_mut().find(|x| x.id == id) {
            Some(existing) => existing.rubric.push(level),
            None => {
                list.push(Competency {
                    id,
                    name: t.get(row, c("nama")).to_owned(),
                    name_en: t.get(row, c("nama_en")).to_owned(),
                    description: t.get(row, c("deskripsi")).to_owned(),
                    rubric: vec![level],
                });
                lines.push(*line);
            }
        }
    }
    (list, lines)
}

/// The kind named in `jenis`.
fn kind_of(word: &str) -> Option<&'static str> {
    let w = word.trim().to_lowercase().replace([' ', '-'], "_");
    KIND_WORDS
        .iter()
        .find(|(short, name)| *short == w || *name == w)
        .map(|(_, name)| *name)
        .or(match w.as_str() {
            "pilihan_ganda" => Some("single_choice"),
            "pilihan_ganda_kompleks" => Some("multiple_choice"),
            "benar_salah" => Some("true_false"),
            "likert" => Some("likert"),
            "uraian" | "essay" => Some("open_answer"),
            _ => None,
        })
}

/// Letters such as "a; c" or "a,c" as option positions.
fn letters(cell: &str) -> Option<Vec<usize>> {
    cell.split([';', ',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| LETTERS.iter().position(|l| l.eq_ignore_ascii_case(s)))
        .collect()
}

fn item(
    t: &Table,
    line: u64,
    row: &[String],
    n: usize,
    bank: &mut Bank,
    sink: &mut Sink,
) -> Option<Item> {
    fn c(name: &str) -> usize {
        col(&ITEM_COLUMNS, name)
    }
    let get = |name| t.get(row, c(name));
    let before = sink.out.len();
    let id = match get("id") {
        "" => format!("soal-{}", n + 1),
        s => s.to_owned(),
    };
    let kind = kind_of(get("jenis"));
    if kind.is_none() {
        sink.at(
            t,
            line,
            c("jenis"),
            "jenis",
            K::UnknownVariant {
                found: get("jenis").chars().take(40).collect(),
                expected: "pg, pgk, bs, skala, situasi, esai".into(),
            },
        );
    }
    let mut competencies = Vec::new();
    for part in list(get("kompetensi")) {
        let (cid, weight) = match part.split_once(['=', ':']) {
            Some((cid, w)) => (cid.trim().to_owned(), number(w)),
            None => (part.clone(), Some(1.0)),
        };
        match weight {
            Some(weight) => competencies.push(CompetencyWeight { id: cid, weight }),
            None => sink.at(
                t,
                line,
                c("kompetensi"),
                "kompetensi",
                K::WrongType {
                    found: crate::domain::problem::JsonKind::Text,
                    expected: crate::domain::problem::JsonKind::Number,
                },
            ),
        }
    }
    let source_cell = get("sumber");
    let source = source_id(bank, source_cell);
    let options: Vec<(usize, String)> = LETTERS
        .iter()
        .enumerate()
        .map(|(i, l)| (i, t.get(row, c(&format!("pilihan_{l}")))))
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| (i, s.to_owned()))
        .collect();
    let key = get("kunci");
    let body = match kind? {
        k @ ("single_choice" | "multiple_choice") => {
            let Some(picked) = letters(key) else {
                sink.at(
                    t,
                    line,
                    c("kunci"),
                    "kunci",
                    K::UnknownVariant {
                        found: key.chars().take(40).collect(),
                        expected: "a, b, c, d, e, f".into(),
                    },
                );
                return None;
            };
            let options = options
                .into_iter()
                .map(|(i, text)| ChoiceOption {
                    id: LETTERS.get(i).copied().unwrap_or("a").to_owned(),
                    text,
                    correct: picked.contains(&i),
                })
                .collect();
            if k == "single_choice" {
                ItemBody::SingleChoice { options }
            } else {
                ItemBody::MultipleChoice { options }
            }
        }
        "true_false" => match key.to_lowercase().as_str() {
            "benar" | "b" | "true" | "t" | "ya" => ItemBody::TrueFalse { answer: true },
            "salah" | "s" | "false" | "f" | "tidak" => ItemBody::TrueFalse { answer: false },
            other => {
                sink.at(
                    t,
                    line,
                    c("kunci"),
                    "kunci",
                    K::UnknownVariant {
                        found: other.chars().take(40).collect(),
                        expected: "benar, salah".into(),
                    },
                );
                return None;
            }
        },
        "likert" => ItemBody::Likert {
            anchors: bars(get("skala")),
        },
        "situational" => {
            let mut credits = vec![None; LETTERS.len()];
            for part in list(key) {
                let parsed = part.split_once(['=', ':']).and_then(|(l, v)| {
                    Some((
                        LETTERS
                            .iter()
                            .position(|x| x.eq_ignore_ascii_case(l.trim()))?,
                        number(v)?,
                    ))
                });
                match parsed {
                    Some((i, v)) => {
                        if let Some(slot) = credits.get_mut(i) {
                            *slot = Some(v);
                        }
                    }
                    None => sink.at(
                        t,
                        line,
                        c("kunci"),
                        "kunci",
                        K::Structure {
                            detail: format!("\"{part}\" ≠ a=1; b=0,5"),
                        },
                    ),
                }
            }
            let mut feedback = vec![String::new(); LETTERS.len()];
            for part in get("umpan_balik").lines() {
                if let Some((l, f)) = part.split_once(':') {
                    if let Some(i) = LETTERS
                        .iter()
                        .position(|x| x.eq_ignore_ascii_case(l.trim()))
                    {
                        if let Some(slot) = feedback.get_mut(i) {
                            *slot = f.trim().to_owned();
                        }
                    }
                }
            }
            let options = options
                .into_iter()
                .map(|(i, text)| CreditOption {
                    id: LETTERS.get(i).copied().unwrap_or("a").to_owned(),
                    text,
                    credit: credits.get(i).copied().flatten().unwrap_or(0.0),
                    feedback: feedback.get(i).cloned().unwrap_or_default(),
                })
                .collect();
            ItemBody::Situational {
                scenario: get("skenario").to_owned(),
                options,
            }
        }
        _ => {
            let mut criteria = Vec::new();
            for line_text in get("kriteria")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                let (cid, rest) = match line_text.strip_prefix('[').and_then(|r| r.split_once(']'))
                {
                    Some((cid, rest)) => (Some(cid.trim().to_owned()), rest.trim()),
                    None => (None, line_text),
                };
                let (name, levels) = rest.split_once(':').unwrap_or((rest, ""));
                criteria.push(Criterion {
                    id: cid.unwrap_or_else(|| slug(name)),
                    name: name.trim().to_owned(),
                    levels: bars(levels),
                });
            }
            let seconds = get("detik_bicara");
            let speaking_seconds = if seconds.is_empty() {
                None
            } else {
                let s = seconds.parse::<u32>().ok();
                if s.is_none() {
                    sink.at(
                        t,
                        line,
                        c("detik_bicara"),
                        "detik_bicara",
                        K::WrongType {
                            found: crate::domain::problem::JsonKind::Text,
                            expected: crate::domain::problem::JsonKind::WholeNumber,
                        },
                    );
                }
                s
            };
            ItemBody::OpenAnswer {
                guidance: bars(get("panduan")),
                model_answer: get("jawaban_model").to_owned(),
                criteria,
                speaking_seconds,
            }
        }
    };
    if sink.out.len() > before {
        return None;
    }
    Some(Item {
        common: ItemCommon {
            id,
            prompt: get("pertanyaan").to_owned(),
            competencies,
            roles: list(get("peran")),
            explanation: get("penjelasan").to_owned(),
            source: SourceRef {
                source,
                locator: get("lokasi_sumber").to_owned(),
            },
        },
        body,
    })
}

/// The id of the source a `sumber` cell names: an id of the bank, the title of one, or a new
/// source with that title.
fn source_id(bank: &mut Bank, cell: &str) -> String {
    if cell.is_empty() {
        return String::new();
    }
    if let Some(s) = bank
        .sources
        .iter()
        .find(|s| s.id == cell || s.title == cell)
    {
        return s.id.clone();
    }
    let base = match slug(cell) {
        s if s.is_empty() => "sumber".to_owned(),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 2;
    while bank.sources.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    bank.sources.push(Source {
        id: id.clone(),
        title: cell.to_owned(),
        url: String::new(),
    });
    id
}
