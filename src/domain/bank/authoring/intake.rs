//! The bank checker's front door: whatever files a trainer drops — a JSON bank, a GIFT, Moodle
//! XML or Aiken file, or the CSV files of a spreadsheet — become one bank (or the reasons it
//! cannot), every problem named with its file, with the file's categories and what they measure.

use super::aiken::{import_aiken, looks_like_aiken};
use super::categories::{CategoryMatch, Mapping};
use super::csv_bank::{import_csv, CsvBank, COMPETENCIES_FILE, INFO_FILE, ITEMS_FILE};
use super::draft::Imported;
use super::gift::import_gift;
use super::moodle_xml::import_moodle_xml;
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
    /// A dropped file from its bytes: JSON and XML must be UTF-8; CSV, GIFT and Aiken files,
    /// which people write in other programs, fall back to Windows-1252. The file, and a warning
    /// about how it was read; or no file, and why.
    pub fn read(name: &str, bytes: Vec<u8>) -> (Option<Dropped>, Option<FileProblem>) {
        let (text, problem) = match format_of(name, "") {
            Some(Format::Csv | Format::Gift | Format::Aiken) => decode_legacy(bytes),
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
    MoodleXml,
    Aiken,
    Csv,
}

/// A file's format by its name; a `.txt` file is Aiken or GIFT by its `text`.
fn format_of(name: &str, text: &str) -> Option<Format> {
    let lower = name.to_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "json" => Some(Format::Json),
        "gift" => Some(Format::Gift),
        "xml" => Some(Format::MoodleXml),
        "txt" if looks_like_aiken(text) => Some(Format::Aiken),
        "txt" => Some(Format::Gift),
        "csv" | "tsv" => Some(Format::Csv),
        _ => None,
    }
}

/// What the dropped files gave.
#[derive(Debug, Clone, Default)]
pub struct Intake {
    pub bank: Option<Bank>,
    /// The bank as far as it was read, errors or not: what the bank editor opens to fix it.
    pub as_read: Option<Bank>,
    pub problems: Vec<FileProblem>,
    pub format: Option<Format>,
    /// The categories of a GIFT, Moodle XML or Aiken file, and what each measures now.
    pub categories: Vec<CategoryMatch>,
}

impl Intake {
    fn refused(problems: Vec<FileProblem>, format: Option<Format>) -> Intake {
        Intake {
            problems,
            format,
            ..Intake::default()
        }
    }

    fn imported(i: Imported, format: Format) -> Intake {
        Intake {
            bank: i.bank,
            as_read: i.as_read,
            problems: i.problems,
            format: Some(format),
            categories: i.categories,
        }
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

/// Why the files cannot be read together, if they cannot: too large, of no known format, or
/// a mixture (only a spreadsheet's CSV files go together).
fn refusal(files: &[Dropped], formats: &[Option<Format>]) -> Option<Vec<FileProblem>> {
    let too_large: Vec<FileProblem> = files
        .iter()
        .filter_map(|f| {
            let p = check_size(f.text.len() as u64, MAX_BANK_BYTES).err()?;
            Some(FileProblem::new(&f.name, p))
        })
        .collect();
    if !too_large.is_empty() {
        return Some(too_large);
    }
    if let Some((f, _)) = files.iter().zip(formats).find(|(_, k)| k.is_none()) {
        let found = f.name.rsplit('.').next().unwrap_or("").to_owned();
        let expected = ".json, .gift, .xml, .txt, .csv".into();
        let kind = ProblemKind::UnknownVariant { found, expected };
        return Some(vec![problem(&f.name, kind)]);
    }
    let first = formats.first().copied().flatten();
    if formats.iter().any(|k| *k != first) || (first != Some(Format::Csv) && files.len() > 1) {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        let kind = ProblemKind::TooMany {
            count: files.len(),
            max: 1,
        };
        return Some(vec![problem(&names.join(", "), kind)]);
    }
    None
}

/// Reads the dropped files as one bank; `mapping` holds the trainer's choices for categories
/// that match no competency.
pub fn intake(files: &[Dropped], mapping: &Mapping) -> Intake {
    let formats: Vec<Option<Format>> = files.iter().map(|f| format_of(&f.name, &f.text)).collect();
    let first = formats.first().copied().flatten();
    if let Some(problems) = refusal(files, &formats) {
        return Intake::refused(problems, first);
    }
    match (first, files) {
        (Some(Format::Json), [f]) => {
            let report = parse_bank(&f.text);
            let problems = report
                .problems
                .into_iter()
                .map(|p| FileProblem::new(&f.name, p))
                .collect();
            Intake {
                as_read: report.bank.clone(),
                bank: report.bank,
                problems,
                format: first,
                categories: Vec::new(),
            }
        }
        (Some(Format::Gift), [f]) => {
            Intake::imported(import_gift(&f.text, &f.name, mapping), Format::Gift)
        }
        (Some(Format::MoodleXml), [f]) => Intake::imported(
            import_moodle_xml(&f.text, &f.name, mapping),
            Format::MoodleXml,
        ),
        (Some(Format::Aiken), [f]) => {
            Intake::imported(import_aiken(&f.text, &f.name, mapping), Format::Aiken)
        }
        (Some(Format::Csv), files) => spreadsheet(files),
        _ => {
            let kind = ProblemKind::Missing {
                field: "file".into(),
            };
            Intake::refused(vec![problem("", kind)], None)
        }
    }
}

/// The CSV files of a spreadsheet as one bank.
fn spreadsheet(files: &[Dropped]) -> Intake {
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
        let kind = ProblemKind::Missing {
            field: ITEMS_FILE.into(),
        };
        return Intake::refused(vec![problem(ITEMS_FILE, kind)], Some(Format::Csv));
    }
    let (bank, mut problems) = import_csv(&csv);
    for p in &mut problems {
        if let Some((_, name)) = names.iter().find(|(role, _)| *role == p.file) {
            p.file.clone_from(name);
        }
    }
    Intake {
        as_read: bank.clone(),
        bank,
        problems,
        format: Some(Format::Csv),
        categories: Vec::new(),
    }
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
        let none = Mapping::new();
        let got = intake(&[dropped("x.pdf", "%PDF")], &none);
        assert!(got.bank.is_none() && got.format.is_none());
        assert!(matches!(
            got.problems[0].problem.kind,
            ProblemKind::UnknownVariant { .. }
        ));
        let got = intake(&[dropped("a.json", "{}"), dropped("b.gift", "")], &none);
        assert!(matches!(
            got.problems[0].problem.kind,
            ProblemKind::TooMany { .. }
        ));
        let got = intake(&[dropped("kompetensi.csv", "kompetensi,tingkat\n")], &none);
        assert!(
            matches!(&got.problems[0].problem.kind, ProblemKind::Missing { field } if field == ITEMS_FILE)
        );
        let got = intake(&[dropped("rusak.json", "{")], &none);
        assert_eq!(got.problems[0].file, "rusak.json");
        let aiken = "Apa?\nA. Ya\nB. Tidak\nANSWER: A\n";
        assert_eq!(format_of("soal.txt", aiken), Some(Format::Aiken));
        assert_eq!(
            format_of("soal.txt", "Apa? {=ya ~tidak}"),
            Some(Format::Gift)
        );
        assert_eq!(format_of("SOAL.XML", ""), Some(Format::MoodleXml));
    }
}
