//! `pilar-cli`: checks banks and results files from the command line (for bank authors, trainers
//! and the end-to-end tests). Messages are in Indonesian; `--en` gives English.
//!
//! ```text
//! pilar-cli check-bank BANK.json
//! pilar-cli verify-results BANK.json RESULTS.json
//! ```

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use pilar_siap::domain::bank::parse_bank;
    use pilar_siap::domain::problem::Problem;
    use pilar_siap::domain::results::{parse_results, verify};
    use pilar_siap::i18n::{problem_line, Lang};

    const USAGE: &str = "pakai: pilar-cli [--en] check-bank BANK.json\n       pilar-cli [--en] verify-results BANK.json HASIL.json";

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
            ["check-bank", bank] => check_bank(lang, bank),
            ["verify-results", bank, results] => verify_results(lang, bank, results),
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    fn read(path: &str) -> Result<String, ExitCode> {
        std::fs::read(path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| {
                eprintln!("{path}: {e}");
                ExitCode::from(2)
            })
    }

    fn print(lang: Lang, file: &str, problems: &[Problem]) {
        for p in problems {
            println!("{file}: {}", problem_line(lang, p));
        }
    }

    fn check_bank(lang: Lang, path: &str) -> ExitCode {
        let text = match read(path) {
            Ok(t) => t,
            Err(c) => return c,
        };
        let report = parse_bank(&text);
        print(lang, path, &report.problems);
        match report.bank {
            Some(bank) => {
                let r = bank.reference();
                println!(
                    "{path}: OK — {} {} · {} soal · {} kompetensi · sha256 {}",
                    r.id,
                    r.version,
                    bank.items.len(),
                    bank.competencies.len(),
                    r.sha256
                );
                ExitCode::SUCCESS
            }
            None => ExitCode::FAILURE,
        }
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
