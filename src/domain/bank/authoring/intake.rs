//! The bank checker's front door: whatever files a trainer drops — a JSON bank, a GIFT file, or
//! the CSV files of a spreadsheet — become one bank (or the reasons it cannot), every problem
//! named with its file.

use super::csv_bank::{import_csv, CsvBank, COMPETENCIES_FILE, INFO_FILE, ITEMS_FILE};
use super::gift::import_gift;
use super::FileProblem;
use crate::domain::bank::{parse_bank, Bank, MAX_BANK_BYTES};
use crate::domain::format::decode::{decode, decode_legacy};
use crate::domain::format::problem::{check_size, Path, Problem, ProblemKind};

/// A file as dropped: its name and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub name: String,
    pub text: String,
}

impl Dropped {
    /// A dropped file from its bytes: JSON must be UTF-8; CSV and GIFT files, which people write
    /// in other programs, fall back to Windows-1252. The file, and a warning about how it was
    /// read; or no file, and why.
    pub fn read(name: &str, bytes: Vec<u8>) -> (Option<Dropped>, Option<FileProblem>) {
        let (text, problem) = match format_of(name) {
            Some(Format::Csv | Format::Gift) => decode_legacy(bytes),
            _ => match decode(bytes) {
                Ok(text) => (text, None),
                Err(p) => return (None, Some(FileProblem::new(name, p))),
            },
        };
        let dropped = Dropped {
            name: name.to_owned(),
            text,
        };
        (Some(dropped), problem.map(|w| FileProblem::new(name, w)))
    }
}

/// What the files are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Gift,
    Csv,
}

fn format_of(name: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    if lower.ends_with(".json") {
        Some(Format::Json)
    } else if lower.ends_with(".gift") || lower.ends_with(".txt") {
        Some(Format::Gift)
    } else if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        Some(Format::Csv)
    } else {
        None
    }
}

/// Which of the CSV files this is, by its name or else by its first line.
fn csv_role(file: &Dropped) -> &'static str {
    let name = file.name.to_lowercase();
    let head = file.text.lines().next().unwrap_or("").to_lowercase();
    if name.contains("kompetensi") || name.contains("competenc") {
        COMPETENCIES_FILE
    } else if name.contains("info") {
        INFO_FILE
    } else if name.contains("soal") || name.contains("item") {
        ITEMS_FILE
    } else if head.contains("tingkat") || head.contains("deskriptor") {
        COMPETENCIES_FILE
    } else if head.contains("nilai") && !head.contains("pertanyaan") {
        INFO_FILE
    } else {
        ITEMS_FILE
    }
}

fn problem(file: &str, kind: ProblemKind) -> FileProblem {
    FileProblem::new(file, Problem::error(Path::root(), kind))
}

/// Reads the dropped files as one bank.
pub fn intake(files: &[Dropped]) -> (Option<Bank>, Vec<FileProblem>, Option<Format>) {
    let mut problems = Vec::new();
    for f in files {
        if let Err(p) = check_size(f.text.len() as u64, MAX_BANK_BYTES) {
            problems.push(FileProblem::new(&f.name, p));
        }
    }
    if !problems.is_empty() {
        return (None, problems, None);
    }
    let formats: Vec<Option<Format>> = files.iter().map(|f| format_of(&f.name)).collect();
    if let Some((f, _)) = files.iter().zip(&formats).find(|(_, k)| k.is_none()) {
        let found = f.name.rsplit('.').next().unwrap_or("").to_owned();
        return (
            None,
            vec![problem(
                &f.name,
                ProblemKind::UnknownVariant {
                    found,
                    expected: ".json, .gift, .txt, .csv".into(),
                },
            )],
            None,
        );
    }
    let first = formats.first().copied().flatten();
    if formats.iter().any(|k| *k != first) || (first != Some(Format::Csv) && files.len() > 1) {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        return (
            None,
            vec![problem(
                &names.join(", "),
                ProblemKind::TooMany {
                    count: files.len(),
                    max: 1,
                },
            )],
            first,
        );
    }
    match (first, files) {
        (Some(Format::Json), [f]) => {
            let report = parse_bank(&f.text);
            let problems = report
                .problems
                .into_iter()
                .map(|p| FileProblem::new(&f.name, p))
                .collect();
            (report.bank, problems, first)
        }
        (Some(Format::Gift), [f]) => {
            let (bank, problems) = import_gift(&f.text);
            (bank, rename(problems, &f.name), first)
        }
        (Some(Format::Csv), files) => {
            let mut csv = CsvBank::default();
            let mut names = Vec::new();
            let mut has_items = false;
            for f in files {
                let role = csv_role(f);
                names.push((role, f.name.clone()));
                match role {
                    COMPETENCIES_FILE => csv.competencies = Some(f.text.clone()),
                    INFO_FILE => csv.info = Some(f.text.clone()),
                    _ => {
                        has_items = true;
                        csv.items = f.text.clone();
                    }
                }
            }
            if !has_items {
                return (
                    None,
                    vec![problem(
                        ITEMS_FILE,
                        ProblemKind::Missing {
                            field: ITEMS_FILE.into(),
                        },
                    )],
                    first,
                );
            }
            let (bank, mut problems) = import_csv(&csv);
            for p in &mut problems {
                if let Some((_, name)) = names.iter().find(|(role, _)| *role == p.file) {
                    p.file.clone_from(name);
                }
            }
            (bank, problems, first)
        }
        _ => (
            None,
            vec![problem(
                "",
                ProblemKind::Missing {
                    field: "file".into(),
                },
            )],
            None,
        ),
    }
}

fn rename(mut problems: Vec<FileProblem>, name: &str) -> Vec<FileProblem> {
    for p in &mut problems {
        p.file = name.to_owned();
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dropped(name: &str, text: &str) -> Dropped {
        Dropped {
            name: name.into(),
            text: text.into(),
        }
    }

    #[test]
    fn files_are_told_apart_and_mixtures_refused() {
        let (bank, p, f) = intake(&[dropped("x.pdf", "%PDF")]);
        assert!(bank.is_none() && f.is_none());
        assert!(matches!(
            p[0].problem.kind,
            ProblemKind::UnknownVariant { .. }
        ));
        let (_, p, _) = intake(&[dropped("a.json", "{}"), dropped("b.gift", "")]);
        assert!(matches!(p[0].problem.kind, ProblemKind::TooMany { .. }));
        let (_, p, _) = intake(&[dropped("kompetensi.csv", "kompetensi,tingkat\n")]);
        assert!(
            matches!(&p[0].problem.kind, ProblemKind::Missing { field } if field == ITEMS_FILE)
        );
        let (_, p, _) = intake(&[dropped("rusak.json", "{")]);
        assert_eq!(p[0].file, "rusak.json");
    }
}
