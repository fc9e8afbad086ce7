//! What trainers already have goes in as it is: a Moodle 4.x export (GIFT with BOM, CRLF,
//! categories, HTML and penalties; Moodle XML) and Aiken text from a word processor. Questions
//! the app cannot hold are listed with their line and the rest imported; categories that match
//! no competency become new ones until the trainer maps them; items without a source are a
//! warning, not a refusal.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::authoring::categories::{Choice, Mapping};
use pilar_siap::domain::bank::authoring::draft::Imported;
use pilar_siap::domain::bank::authoring::gift::import_gift;
use pilar_siap::domain::bank::authoring::intake::{intake, Dropped};
use pilar_siap::domain::bank::authoring::moodle_xml::{export_moodle_xml, import_moodle_xml};
use pilar_siap::domain::bank::{Bank, ItemBody};
use pilar_siap::domain::format::problem::ProblemKind as K;

fn corpus(name: &str) -> String {
    let bytes = std::fs::read(format!("tests/corpus/{name}")).unwrap();
    pilar_siap::domain::format::decode::decode_legacy(bytes).0
}

fn bank_of(i: &Imported) -> &Bank {
    i.bank
        .as_ref()
        .unwrap_or_else(|| panic!("{:#?}", i.problems))
}

/// (line, kind, title) of each question listed as not imported.
fn unsupported(i: &Imported) -> Vec<(usize, String, String)> {
    i.problems
        .iter()
        .filter_map(|p| match &p.problem.kind {
            K::UnsupportedQuestion { kind, title } => {
                Some((p.problem.line.unwrap_or(0), kind.clone(), title.clone()))
            }
            _ => None,
        })
        .collect()
}

fn kinds(b: &Bank) -> Vec<&str> {
    b.items.iter().map(|i| i.body.kind_name()).collect()
}

#[test]
fn a_moodle_gift_export_imports_without_editing() {
    let i = import_gift(
        &corpus("gift/moodle-export.gift"),
        "moodle.gift",
        &Mapping::new(),
    );
    let b = bank_of(&i);
    assert_eq!(
        kinds(b),
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "situational",
            "open_answer",
            "true_false"
        ]
    );
    // Two questions with one title keep both, with ids apart.
    assert_eq!(b.items[0].id(), "bentuk-penyelenggaraan");
    assert_eq!(b.items[1].id(), "bentuk-penyelenggaraan-2");
    // HTML is read as text: tags dropped, entities decoded, in answers and feedback too.
    assert_eq!(
        b.items[0].common.prompt,
        "Manakah yang termasuk bentuk penyelenggaraan kesejahteraan sosial menurut PP 39/2012 ?"
    );
    let ItemBody::SingleChoice { options } = &b.items[0].body else {
        panic!()
    };
    assert_eq!(options[0].text, "Rehabilitasi sosial");
    assert!(options[0].correct && !options[1].correct && !options[2].correct);
    assert_eq!(
        b.items[0].common.explanation,
        "Pasal 3 PP 39/2012 menyebut empat bentuk."
    );
    // Negative credits count as none; partial credit on one answer is a situation.
    let ItemBody::Situational { scenario, options } = &b.items[3].body else {
        panic!()
    };
    assert!(
        scenario.starts_with("Banjir merendam satu desa: warga"),
        "{scenario}"
    );
    assert!(scenario.contains('\n'));
    assert_eq!(
        options.iter().map(|o| o.credit).collect::<Vec<_>>(),
        [1.0, 0.5, 0.0]
    );
    assert_eq!(options[1].feedback, "Bantuan perlu data.");
    // Multi-line HTML text stays one prompt.
    assert!(b.items[4].common.prompt.contains("di desa Anda."));
    // Numeric, matching, short answer and description are listed with line and title.
    let listed = unsupported(&i);
    let titles: Vec<&str> = listed.iter().map(|(_, _, t)| t.as_str()).collect();
    assert_eq!(titles, ["Tahun UU", "Pasangan", "Singkatan", "Petunjuk"]);
    assert!(listed.iter().all(|(line, _, _)| *line > 0));
    assert_eq!(listed[0].0, 27);
    // No source anywhere: a warning per item, and the bank is usable.
    let no_source = i
        .problems
        .iter()
        .filter(|p| matches!(p.problem.kind, K::NoSource))
        .count();
    assert_eq!(no_source, b.items.len());
    assert!(b.items.iter().all(|it| it.common.roles.is_empty()));
}

#[test]
fn categories_match_competencies_by_name_and_the_rest_are_mapped() {
    let text = corpus("gift/moodle-export.gift");
    let i = import_gift(&text, "moodle.gift", &Mapping::new());
    let names: Vec<(&str, Option<&str>)> = i
        .categories
        .iter()
        .map(|c| (c.name.as_str(), c.matched.as_deref()))
        .collect();
    assert_eq!(
        names,
        [
            ("Hukum", Some("hukum")),
            ("Peran dan Fungsi", None),
            ("Sejarah Lokal", None)
        ]
    );
    // Unmapped: new competencies with a default rubric; the unmeasured frame ones are gone.
    let b = bank_of(&i);
    let ids: Vec<&str> = b.competencies.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["hukum", "peran-dan-fungsi", "sejarah-lokal"]);
    assert!(b.competencies[2].rubric.len() >= 3);
    // Mapped: "Peran dan Fungsi" measures the bank's `peran`.
    let mut mapping = Mapping::new();
    mapping.insert(
        "peran dan fungsi".into(),
        Choice::Competency("peran".into()),
    );
    let i = import_gift(&text, "moodle.gift", &mapping);
    let b = bank_of(&i);
    let ids: Vec<&str> = b.competencies.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["hukum", "peran", "sejarah-lokal"]);
    assert_eq!(b.items[3].common.competencies[0].id, "peran");
}

#[test]
fn a_moodle_xml_export_imports_without_editing() {
    let i = import_moodle_xml(
        &corpus("moodle-xml/moodle-export.xml"),
        "bank.xml",
        &Mapping::new(),
    );
    let b = bank_of(&i);
    assert_eq!(
        kinds(b),
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "situational",
            "open_answer"
        ]
    );
    assert_eq!(
        b.items[0].common.prompt,
        "Manakah yang termasuk bentuk penyelenggaraan kesejahteraan sosial menurut PP 39/2012?"
    );
    let ItemBody::SingleChoice { options } = &b.items[0].body else {
        panic!()
    };
    assert_eq!(options[1].text, "Penerbitan izin usaha & reklame");
    assert_eq!(b.items[1].id(), "pgk-bentuk");
    assert!(matches!(
        b.items[2].body,
        ItemBody::TrueFalse { answer: true }
    ));
    assert!(matches!(
        &b.items[4].body,
        ItemBody::OpenAnswer { model_answer, .. } if model_answer.starts_with("Sebut kegiatan")
    ));
    let listed = unsupported(&i);
    let kinds: Vec<&str> = listed.iter().map(|(_, k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["numerical", "matching", "description"]);
    assert!(listed.iter().all(|(line, _, _)| *line > 1));
}

#[test]
fn broken_xml_is_refused_at_its_place_and_dtds_are_not_read() {
    for (name, what) in [
        ("not-xml.xml", "XmlUnreadable"),
        ("not-quiz.xml", "XmlNotQuiz"),
        ("dtd.xml", "XmlUnreadable"),
    ] {
        let i = import_moodle_xml(
            &corpus(&format!("moodle-xml/{name}")),
            name,
            &Mapping::new(),
        );
        assert!(i.bank.is_none(), "{name}");
        let p = &i.problems[0];
        assert_eq!(p.file, name);
        assert!(p.problem.line.is_some(), "{name}: {p:?}");
        assert!(
            format!("{:?}", p.problem.kind).starts_with(what),
            "{name}: {p:?}"
        );
    }
}

#[test]
fn a_bank_goes_to_moodle_xml_and_comes_back() {
    let mut b = bundled();
    b.items.retain(|i| {
        !matches!(
            i.body,
            ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. }
        )
    });
    let (xml, _) = export_moodle_xml(&b);
    let back = import_moodle_xml(&xml, "bank.xml", &Mapping::new());
    let back = bank_of(&back);
    assert_eq!(back.items, b.items);
    assert_eq!(back.sources, b.sources);
    assert_eq!((&back.id, &back.version), (&b.id, &b.version));
}

#[test]
fn aiken_from_a_word_processor_imports_and_skips_what_it_cannot_read() {
    let files = [Dropped {
        name: "soal-hukum.txt".into(),
        text: corpus("aiken/soal-hukum.txt"),
    }];
    let got = intake(&files, &Mapping::new());
    let b = got
        .bank
        .as_ref()
        .unwrap_or_else(|| panic!("{:#?}", got.problems));
    assert_eq!(b.items.len(), 3);
    assert!(b
        .items
        .iter()
        .all(|i| i.body.kind_name() == "single_choice"));
    assert_eq!(b.items[2].common.prompt, "Apa singkatan TKSK?");
    let ItemBody::SingleChoice { options } = &b.items[1].body else {
        panic!()
    };
    assert_eq!(options[1].text, "Empat");
    assert!(options[1].correct);
    // The file's name is its category: a new competency until mapped.
    assert_eq!(got.categories[0].name, "soal-hukum");
    let skipped: Vec<(usize, String)> = got
        .problems
        .iter()
        .filter(|p| format!("{:?}", p.problem.kind).starts_with("Aiken"))
        .map(|p| (p.problem.line.unwrap_or(0), format!("{:?}", p.problem.kind)))
        .collect();
    assert_eq!(skipped.len(), 3, "{skipped:?}");
    assert!(skipped[0].1.starts_with("AikenNoAnswer") && skipped[0].0 == 18);
    assert!(skipped[1].1.starts_with("AikenAnswerUnknown") && skipped[1].0 == 22);
    assert!(skipped[2].1.starts_with("AikenFewOptions") && skipped[2].0 == 27);
    // Windows-1252 with a non-breaking space after the letter reads, with a warning.
    let bytes = std::fs::read("tests/corpus/aiken/word-1252.txt").unwrap();
    let (dropped, warning) = Dropped::read("word-1252.txt", bytes);
    assert!(warning.is_some());
    let got = intake(&dropped.into_iter().collect::<Vec<_>>(), &Mapping::new());
    let b = got
        .bank
        .as_ref()
        .unwrap_or_else(|| panic!("{:#?}", got.problems));
    assert_eq!(
        b.items[0].common.prompt,
        "Apa arti \u{201c}pilar sosial\u{201d}?"
    );
}

#[test]
fn the_examples_are_moodle_and_aiken_files_that_import_cleanly() {
    assert_eq!(
        std::fs::read_to_string("public/banks/examples/contoh-moodle.xml").unwrap(),
        corpus("moodle-xml/moodle-export.xml")
    );
    let files = [Dropped {
        name: "contoh-aiken.txt".into(),
        text: std::fs::read_to_string("public/banks/examples/contoh-aiken.txt").unwrap(),
    }];
    let got = intake(&files, &Mapping::new());
    let b = got
        .bank
        .as_ref()
        .unwrap_or_else(|| panic!("{:#?}", got.problems));
    assert_eq!(b.items.len(), 3);
    assert!(got.problems.iter().all(|p| !p.problem.is_error()));
}
