//! The hostile corpus: every bank and results file under tests/corpus/{bank,results}/ (written by
//! tests/corpus/make-corpus.py) has its expected outcome in tests/corpus/expected.tsv — `ok`, or
//! a piece of the Indonesian message the app shows for it. Each is read the way the app reads a
//! file (UTF-8 checked first); none may panic, every refusal names what is wrong, and every
//! file is listed. `CORPUS_PRINT=1 cargo test --test corpus -- --nocapture` prints the outcomes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pilar_siap::domain::bank::parse_bank;
use pilar_siap::domain::format::decode::decode;
use pilar_siap::domain::format::problem::Problem;
use pilar_siap::domain::results::{parse_results, verify};
use pilar_siap::i18n::{problem_line, Lang};

/// The Indonesian lines of the errors (not the warnings) among `problems`.
fn error_lines(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| problem_line(Lang::Id, p))
        .collect()
}

/// What the app says of the file at `path`: no errors, or its error lines.
fn outcome(path: &str) -> Vec<String> {
    let bytes = std::fs::read(format!("tests/corpus/{path}")).unwrap();
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(p) => return error_lines(&[p]),
    };
    if path.starts_with("bank/") {
        return error_lines(&parse_bank(&text).problems);
    }
    let bank = common::bank(include_str!("fixtures/results-v1.bank.json"));
    match parse_results(&text) {
        Ok(r) => error_lines(&verify(&r, &bank, &bank.reference())),
        Err(problems) => error_lines(&problems),
    }
}

fn expected() -> Vec<(String, String)> {
    std::fs::read_to_string("tests/corpus/expected.tsv")
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (file, want) = l.split_once('\t').unwrap();
            (file.to_owned(), want.to_owned())
        })
        .collect()
}

#[test]
fn every_corpus_file_has_its_expected_outcome() {
    let print = std::env::var("CORPUS_PRINT").is_ok();
    let mut wrong = Vec::new();
    for (file, want) in expected() {
        let lines = outcome(&file);
        if print {
            println!("{file}\t{}", lines.first().map_or("ok", String::as_str));
        }
        let fine = if want == "ok" {
            lines.is_empty()
        } else {
            lines.iter().any(|l| l.contains(&want))
        };
        if !fine {
            wrong.push(format!("{file}: expected {want:?}, got {lines:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_corpus_file_is_listed_and_there_are_enough() {
    let listed: Vec<String> = expected().into_iter().map(|(f, _)| f).collect();
    let mut files = Vec::new();
    for folder in ["bank", "results"] {
        for entry in std::fs::read_dir(format!("tests/corpus/{folder}")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            files.push(format!("{folder}/{name}"));
        }
    }
    let unlisted: Vec<&String> = files.iter().filter(|f| !listed.contains(f)).collect();
    assert!(unlisted.is_empty(), "not in expected.tsv: {unlisted:?}");
    // With the CSV and GIFT files (tests/import_csv.rs, tests/import_gift.rs): at least 60.
    let others = ["csv", "gift"]
        .iter()
        .map(|f| {
            std::fs::read_dir(format!("tests/corpus/{f}"))
                .unwrap()
                .count()
        })
        .sum::<usize>();
    assert!(files.len() + others >= 60, "{} files", files.len() + others);
}

/// A file far over the limit is refused by its size, with the limit in the message, before any
/// parsing.
#[test]
fn a_huge_file_is_refused_by_its_size() {
    let huge = " ".repeat(60 * 1024 * 1024);
    for lines in [
        error_lines(&parse_bank(&huge).problems),
        error_lines(&parse_results(&huge).unwrap_err()),
    ] {
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].contains("MB"), "{lines:?}");
    }
}
