//! `pilar-cli`: checks banks and results files from the command line (for bank authors, trainers
//! and the end-to-end tests). Messages are in Indonesian; `--en` gives English.
//!
//! ```text
//! pilar-cli check-bank [--rinci] BANK.json | SOAL.gift | SOAL.xml | AIKEN.txt | soal.csv [kompetensi.csv] [info.csv]
//! pilar-cli convert (json|csv|gift|xml) OUT-PREFIX BANK-FILES...
//! pilar-cli verify-results BANK.json RESULTS.json
//! pilar-cli generate-results BANK.json COUNT OUT-DIR [SEED]
//! pilar-cli cohort BANK.json RESULTS-FILES...
//! pilar-cli qr-codes BANK.json RESULTS-FILES...
//! pilar-cli qr-video OUT.y4m CODES.txt
//! ```
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice
)]

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "pilar-cli/cues.rs"]
mod cues;

#[cfg(not(target_arch = "wasm32"))]
#[path = "pilar-cli/qr.rs"]
mod qr;

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use super::cues::{print_cues, print_item_cues};

    use pilar_siap::domain::bank::authoring::categories::{CategoryMatch, Choice, Mapping};
    use pilar_siap::domain::bank::authoring::csv_bank::{
        export_csv, COMPETENCIES_FILE, INFO_FILE, ITEMS_FILE,
    };
    use pilar_siap::domain::bank::authoring::gift::export_gift;
    use pilar_siap::domain::bank::authoring::intake::{intake, Dropped, Intake};
    use pilar_siap::domain::bank::authoring::moodle_xml::export_moodle_xml;
    use pilar_siap::domain::bank::{canonical_json, parse_bank, Bank};
    use pilar_siap::domain::format::decode::decode;
    use pilar_siap::domain::format::json::{parse_value, to_pretty};
    use pilar_siap::domain::format::problem::Problem;
    use pilar_siap::domain::results::{parse_results, verify};
    use pilar_siap::i18n::{problem_line, problem_line_in, Lang};

    const USAGE: &str = "pakai: pilar-cli [--en] check-bank [--rinci] BANK.json | SOAL.gift | SOAL.xml | AIKEN.txt | soal.csv [kompetensi.csv] [info.csv]\n       pilar-cli [--en] convert json|csv|gift|xml AWALAN-KELUARAN BERKAS-BANK...\n       pilar-cli [--en] verify-results BANK.json HASIL.json";

    pub fn main() -> ExitCode {
        let mut args: Vec<String> = std::env::args().skip(1).collect();
        let lang = if args.first().is_some_and(|a| a == "--en") {
            args.remove(0);
            Lang::En
        } else {
            Lang::Id
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        match args.as_slice() {
            ["check-bank", "--rinci", files @ ..] if !files.is_empty() => {
                match check_bank(lang, files) {
                    Ok(bank) => {
                        print_item_cues(lang, &bank);
                        ExitCode::SUCCESS
                    }
                    Err(c) => c,
                }
            }
            ["check-bank", files @ ..] if !files.is_empty() => {
                check_bank(lang, files).map_or_else(|c| c, |_| ExitCode::SUCCESS)
            }
            ["convert", to @ ("json" | "csv" | "gift" | "xml"), prefix, files @ ..]
                if !files.is_empty() =>
            {
                match check_bank(lang, files) {
                    Ok(bank) => convert(&bank, to, prefix),
                    Err(c) => c,
                }
            }
            ["verify-results", bank, results] => verify_results(lang, bank, results),
            ["generate-results", bank, n, dir, seed @ ..] => {
                generate_results(bank, n, dir, seed.first().copied())
            }
            ["cohort", bank, files @ ..] if !files.is_empty() => cohort(lang, bank, files),
            ["qr-codes", bank, files @ ..] if !files.is_empty() => {
                super::qr::print_codes(bank, files)
            }
            ["qr-video", out, codes] => super::qr::video(out, codes),
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    fn read_bytes(path: &str) -> Result<Vec<u8>, ExitCode> {
        std::fs::read(path).map_err(|e| {
            eprintln!("{path}: {e}");
            ExitCode::from(2)
        })
    }

    /// A JSON file's text (UTF-8, as the app requires).
    fn read(path: &str) -> Result<String, ExitCode> {
        decode(read_bytes(path)?).map_err(|p| {
            eprintln!("{path}: {}", problem_line(Lang::Id, &p));
            ExitCode::from(1)
        })
    }

    pub fn print(lang: Lang, file: &str, problems: &[Problem]) {
        for p in problems {
            println!("{file}: {}", problem_line(lang, p));
        }
    }

    /// A category of the file and the competency it measures.
    fn category_line(lang: Lang, c: &CategoryMatch) -> String {
        let to = match (&c.choice, lang) {
            (Choice::Competency(id), _) => format!("`{id}`"),
            (Choice::New, Lang::Id) => "kompetensi baru (belum dipetakan)".to_owned(),
            (Choice::New, Lang::En) => "a new competency (not mapped)".to_owned(),
        };
        match lang {
            Lang::Id => format!("Kategori \"{}\" ({} soal) → {to}", c.name, c.items),
            Lang::En => format!("Category \"{}\" ({} items) → {to}", c.name, c.items),
        }
    }

    /// Reads and checks a bank from JSON, GIFT, Moodle XML, Aiken or CSV files; prints every
    /// problem and the file's categories.
    fn check_bank(lang: Lang, paths: &[&str]) -> Result<Bank, ExitCode> {
        let (mut dropped, mut read_problems) = (Vec::new(), Vec::new());
        for path in paths {
            let (file, problem) = Dropped::read(path, read_bytes(path)?);
            dropped.extend(file);
            read_problems.extend(problem);
        }
        let got = if dropped.len() == paths.len() {
            intake(&dropped, &Mapping::new())
        } else {
            Intake::default()
        };
        for p in read_problems.iter().chain(&got.problems) {
            println!("{}", problem_line_in(lang, Some(&p.file), &p.problem));
        }
        for c in &got.categories {
            println!("{}", category_line(lang, c));
        }
        match got.bank {
            Some(bank) => {
                let r = bank.reference();
                println!(
                    "OK — {} {} · {} soal · {} kompetensi · sha256 {}",
                    r.id,
                    r.version,
                    bank.items.len(),
                    bank.competencies.len(),
                    r.sha256
                );
                print_cues(lang, paths.first().copied().unwrap_or_default(), &bank);
                Ok(bank)
            }
            None => Err(ExitCode::FAILURE),
        }
    }

    fn write(path: &str, text: &str) -> Result<(), ExitCode> {
        std::fs::write(path, text).map_err(|e| {
            eprintln!("{path}: {e}");
            ExitCode::from(2)
        })?;
        println!("{path}");
        Ok(())
    }

    /// Writes the bank as JSON, CSV (three files) or GIFT, named from `prefix`.
    fn convert(bank: &Bank, to: &str, prefix: &str) -> ExitCode {
        let result = match to {
            "json" => {
                let text = parse_value(&canonical_json(bank))
                    .map(|v| to_pretty(&v))
                    .unwrap_or_default();
                write(&format!("{prefix}.json"), &text)
            }
            "csv" => {
                let files = export_csv(bank);
                write(&format!("{prefix}-{ITEMS_FILE}"), &files.items)
                    .and_then(|()| {
                        write(
                            &format!("{prefix}-{COMPETENCIES_FILE}"),
                            files.competencies.as_deref().unwrap_or_default(),
                        )
                    })
                    .and_then(|()| {
                        write(
                            &format!("{prefix}-{INFO_FILE}"),
                            files.info.as_deref().unwrap_or_default(),
                        )
                    })
            }
            "xml" => {
                let (text, lost) = export_moodle_xml(bank);
                for l in lost {
                    eprintln!("Moodle XML: {l:?}");
                }
                write(&format!("{prefix}.xml"), &text)
            }
            _ => {
                let (text, lost) = export_gift(bank);
                for l in lost {
                    eprintln!("GIFT: {l:?}");
                }
                write(&format!("{prefix}.gift"), &text)
            }
        };
        result.map_or_else(|c| c, |()| ExitCode::SUCCESS)
    }

    /// Writes `n` results files from the seeded answer model (for tests and the benchmark).
    fn generate_results(bank_path: &str, n: &str, dir: &str, seed: Option<&str>) -> ExitCode {
        let (Ok(n), Ok(seed)) = (n.parse::<usize>(), seed.unwrap_or("1").parse::<u32>()) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        let Some(bank) = read(bank_path).ok().and_then(|t| parse_bank(&t).bank) else {
            eprintln!("{bank_path}: bank tidak dapat dibaca");
            return ExitCode::FAILURE;
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("{dir}: {e}");
            return ExitCode::from(2);
        }
        for (i, r) in
            pilar_siap::domain::cohort::generate::generate(&bank, n, seed, 1_790_000_000_000)
                .iter()
                .enumerate()
        {
            if std::fs::write(format!("{dir}/hasil-{:05}.json", i + 1), r.to_json()).is_err() {
                return ExitCode::from(2);
            }
        }
        println!("{n} berkas hasil di {dir}");
        ExitCode::SUCCESS
    }

    /// Reads results files as the cohort view does and prints the summary and the time taken.
    fn cohort(lang: Lang, bank_path: &str, files: &[&str]) -> ExitCode {
        use pilar_siap::domain::cohort::intake::{Intake, Outcome};
        let Some(bank) = read(bank_path).ok().and_then(|t| parse_bank(&t).bank) else {
            eprintln!("{bank_path}: bank tidak dapat dibaca");
            return ExitCode::FAILURE;
        };
        let texts: Vec<(String, String)> = files
            .iter()
            .filter_map(|f| Some(((*f).to_owned(), read(f).ok()?)))
            .collect();
        let started = std::time::Instant::now();
        let mut intake = Intake::new(vec![std::sync::Arc::new(
            pilar_siap::domain::bank::CheckedBank::new(bank.clone()),
        )]);
        for (name, text) in &texts {
            intake.add(name, text);
        }
        let read_ms = started.elapsed().as_millis();
        let results: Vec<_> = intake
            .groups
            .iter()
            .filter(|g| g.known.is_some())
            .flat_map(|g| g.results.clone())
            .collect();
        let rows = pilar_siap::domain::cohort::stats::rows(&bank, &results);
        let _ = pilar_siap::domain::cohort::stats::distributions(&bank, &rows);
        let items = pilar_siap::domain::cohort::stats::item_analysis(&bank, &results);
        let total_ms = started.elapsed().as_millis();
        for e in &intake.log {
            if let Outcome::Rejected(p) | Outcome::DuplicateDiffers(p) = &e.outcome {
                println!("{}: {}", e.file, problem_line(lang, p));
            }
        }
        let s = intake.summary();
        println!(
            "{} berkas: {} diterima ({} diubah), {} ganda ({} berbeda isinya), {} bank lain, {} ditolak · {} soal dianalisis · baca {read_ms} ms, total {total_ms} ms",
            s.files, s.accepted, s.edited, s.duplicates, s.differing, s.unknown_bank, s.rejected, items.len()
        );
        ExitCode::SUCCESS
    }

    fn verify_results(lang: Lang, bank_path: &str, path: &str) -> ExitCode {
        let (bank_text, text) = match (read(bank_path), read(path)) {
            (Ok(b), Ok(r)) => (b, r),
            (Err(c), _) | (_, Err(c)) => return c,
        };
        let report = parse_bank(&bank_text);
        let Some(bank) = report.bank else {
            print(lang, bank_path, &report.problems);
            return ExitCode::FAILURE;
        };
        let results = match parse_results(&text) {
            Ok(r) => r,
            Err(problems) => {
                print(lang, path, &problems);
                return ExitCode::FAILURE;
            }
        };
        let problems = verify(&results, &bank, &bank.reference());
        print(lang, path, &problems);
        if problems.is_empty() {
            println!(
                "{path}: OK — {} soal, skor sesuai jawaban",
                results.items.len()
            );
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}
