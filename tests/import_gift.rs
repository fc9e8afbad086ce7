//! GIFT (Moodle) banks: the kinds GIFT carries go out and come back identical; Moodle's own
//! syntax reads, awkward cases included; what GIFT cannot carry is said on export; unsupported
//! question types and missing metadata are reported at their line.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::authoring::categories::Mapping;
use pilar_siap::domain::bank::authoring::gift::{export_gift, import_gift};
use pilar_siap::domain::bank::authoring::{FileProblem, Lost};
use pilar_siap::domain::bank::{Bank, ItemBody};
use pilar_siap::domain::format::problem::ProblemKind as K;

/// A GIFT text read as the checker reads `soal.gift` with no categories mapped.
fn gift(text: &str) -> (Option<Bank>, Vec<FileProblem>) {
    let i = import_gift(text, "soal.gift", &Mapping::new());
    (i.bank, i.problems)
}

fn corpus(name: &str) -> String {
    std::fs::read_to_string(format!("tests/corpus/gift/{name}")).unwrap()
}

/// The bundled bank with only the kinds GIFT carries fully.
fn giftable() -> Bank {
    let mut b = bundled();
    b.items.retain(|i| {
        !matches!(
            i.body,
            ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. }
        )
    });
    b
}

#[test]
fn choice_true_false_and_situational_items_go_out_and_come_back_identical() {
    let b = giftable();
    let (text, lost) = export_gift(&b);
    assert_eq!(lost, vec![Lost::BankFrame]);
    let (back, problems) = gift(&text);
    let errors: Vec<_> = problems.iter().filter(|p| p.problem.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let back = back.unwrap();
    assert_eq!(back.items, b.items);
    assert_eq!(back.sources, b.sources);
    assert_eq!(
        (back.id, back.title, back.version),
        (b.id, b.title, b.version)
    );
}

#[test]
fn exporting_says_what_gift_cannot_carry() {
    let (_, lost) = export_gift(&mini());
    assert!(lost.contains(&Lost::Likert("diri-001".into())));
    assert!(lost.contains(&Lost::Rubric("wawancara-001".into())));
}

#[test]
fn moodle_syntax_reads_with_the_awkward_cases() {
    let (bank, problems) = gift(&corpus("moodle-kinds.gift"));
    let errors: Vec<_> = problems.iter().filter(|p| p.problem.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let b = bank.unwrap();
    assert_eq!((b.id.as_str(), b.version.as_str()), ("latihan-gift", "3"));
    let kinds: Vec<&str> = b.items.iter().map(|i| i.body.kind_name()).collect();
    assert_eq!(
        kinds,
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "true_false",
            "situational",
            "open_answer",
            "single_choice"
        ]
    );
    let pg = &b.items[0];
    assert_eq!(pg.common.id, "pg-1");
    assert_eq!(pg.common.competencies[0].id, "hukum", "from $CATEGORY");
    assert_eq!(
        pg.common.explanation,
        "Pasal 3 PP 39/2012 menyebut empat bentuk."
    );
    assert_eq!(pg.common.source.as_ref().unwrap().locator, "Pasal 3");
    let pgk = &b.items[1];
    assert_eq!(pgk.common.competencies.len(), 2);
    assert_eq!(pgk.common.competencies[1].weight, 0.5);
    let ItemBody::MultipleChoice { options } = &pgk.body else {
        panic!()
    };
    assert_eq!(options.iter().filter(|o| o.correct).count(), 2);
    assert_eq!(b.items[2].common.roles, ["psm", "tksk"]);
    assert!(matches!(
        b.items[2].body,
        ItemBody::TrueFalse { answer: true }
    ));
    assert!(matches!(
        b.items[3].body,
        ItemBody::TrueFalse { answer: false }
    ));
    let ItemBody::Situational { scenario, options } = &b.items[4].body else {
        panic!()
    };
    assert_eq!(
        scenario,
        "Banjir merendam satu desa: warga mengungsi ke balai desa."
    );
    assert_eq!(b.items[4].common.prompt, "Apa langkah pertama Anda?");
    assert_eq!(
        options.iter().map(|o| o.credit).collect::<Vec<_>>(),
        [1.0, 0.5, 0.0]
    );
    assert_eq!(options[0].feedback, "Data menjadi dasar bantuan.");
    // A source named by title becomes a source of the bank.
    assert!(b
        .sources
        .iter()
        .any(|s| s.title == "Berita Bimtek Kalsel 2024"));
    // [html] tags dropped, escapes resolved, the blank of a missing-word question marked.
    let html = &b.items[6].common.prompt;
    assert!(
        html.starts_with("Simbol { dan } serta ~ = # tetap teks"),
        "{html}"
    );
    assert!(html.contains("_____ kesejahteraan sosial."), "{html}");
    // An essay gets a general rubric, said as a warning.
    assert!(
        matches!(&b.items[5].body, ItemBody::OpenAnswer { criteria, .. } if criteria.len() == 1)
    );
}

/// (file, line, what)
type Case = (&'static str, usize, fn(&K) -> bool);

#[test]
fn what_gift_cannot_map_is_listed_at_its_line_and_nothing_else_is_refused() {
    // Questions no item kind holds are warnings; a file of nothing else has no bank.
    let skipped: [Case; 3] = [
        (
            "numeric.gift",
            3,
            |k| matches!(k, K::UnsupportedQuestion { kind, .. } if kind == "numerical"),
        ),
        (
            "matching.gift",
            3,
            |k| matches!(k, K::UnsupportedQuestion { kind, .. } if kind == "matching"),
        ),
        (
            "short-answer.gift",
            3,
            |k| matches!(k, K::UnsupportedQuestion { kind, .. } if kind == "shortanswer"),
        ),
    ];
    for (name, line, what) in skipped {
        let (bank, problems) = gift(&corpus(name));
        assert!(bank.is_none(), "{name}");
        assert!(
            problems.iter().any(|p| p.problem.line == Some(line)
                && !p.problem.is_error()
                && what(&p.problem.kind)),
            "{name}: {problems:#?}"
        );
    }
    // A syntax error is still an error at its line.
    let (bank, problems) = gift(&corpus("unclosed.gift"));
    assert!(bank.is_none());
    assert!(problems
        .iter()
        .any(|p| p.problem.line == Some(8) && matches!(p.problem.kind, K::GiftAnswersOpen)));
    // No source: a warning; no category: the file's name; an unknown one: a new competency.
    let (bank, problems) = gift(&corpus("no-source.gift"));
    assert!(bank.is_some(), "{problems:#?}");
    assert!(problems
        .iter()
        .any(|p| p.problem.line == Some(2) && matches!(p.problem.kind, K::NoSource)));
    let (bank, _) = gift(&corpus("no-competency.gift"));
    assert_eq!(bank.unwrap().competencies[0].id, "soal");
    let (bank, _) = gift(&corpus("unknown-competency.gift"));
    assert_eq!(bank.unwrap().competencies[0].name, "sejarah");
}

#[test]
fn the_gift_example_is_the_moodle_corpus_file() {
    assert_eq!(
        std::fs::read_to_string("public/banks/examples/contoh-moodle.gift").unwrap(),
        corpus("moodle-kinds.gift")
    );
}

/// Found by fuzzing: brackets in a source's title (`// sumber-daftar:`) were read as the next
/// question's `[tag:…]` markers, so an export of the bank read back with every tag twice.
#[test]
fn brackets_in_a_directive_line_stay_text() {
    let text = "// sumber-daftar: pp39 | PP 39/2012 [tag:hukum] [id:x]\n\
                // [id:soal-1] [tag:hukum]\n// sumber: pp39 | Pasal 1 [tag:kinerja]\n\
                Apakah PSM relawan? {T}\n";
    let (bank, problems) = gift(text);
    let bank = bank.unwrap_or_else(|| panic!("{problems:?}"));
    assert_eq!(bank.sources[0].title, "PP 39/2012 [tag:hukum] [id:x]");
    assert_eq!(bank.items[0].id(), "soal-1");
    assert_eq!(bank.items[0].common.competencies.len(), 1);
    let (again, _) = gift(&export_gift(&bank).0);
    assert_eq!(again.as_ref(), Some(&bank));
}
