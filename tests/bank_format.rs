//! Bank format v1: the bundled and example banks read cleanly; every kind of mistake a trainer
//! can make is reported at its path (and line/column), all at once, in words the UI can show.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::{canonical_json, parse_bank, ItemBody};
use pilar_siap::domain::format::problem::{JsonKind, ProblemKind as K, SyntaxKind};
use pilar_siap::i18n::{problem_line, Lang};
use serde_json::json;

#[test]
fn bundled_and_example_banks_read_without_any_problem() {
    for text in [BUNDLED, MINI] {
        let report = parse_bank(text);
        assert!(report.bank.is_some());
        assert_eq!(report.problems, vec![], "no warnings either");
    }
}

#[test]
fn the_mini_bank_has_every_item_kind() {
    let kinds: Vec<&str> = mini().items.iter().map(|i| i.body.kind_name()).collect();
    for k in [
        "single_choice",
        "multiple_choice",
        "true_false",
        "likert",
        "situational",
        "open_answer",
    ] {
        assert!(kinds.contains(&k), "{k} missing");
    }
}

#[test]
fn canonical_hash_ignores_layout_and_key_order_but_not_content() {
    let b = mini();
    let reference = b.reference();
    // Re-indented and keys reversed: same canonical form.
    let mut v = mini_value();
    if let Some(obj) = v.as_object_mut() {
        let reversed: serde_json::Map<String, serde_json::Value> =
            obj.clone().into_iter().rev().collect();
        *obj = reversed;
    }
    let again = bank(&serde_json::to_string(&v).unwrap());
    assert_eq!(again.reference(), reference);
    // One changed word: another hash.
    v["items"][0]["prompt"] = json!("Pertanyaan lain?");
    assert_ne!(bank(&v.to_string()).reference().sha256, reference.sha256);
    assert_eq!(reference.sha256.len(), 64);
}

#[test]
fn canonical_form_reads_back_to_the_same_bank() {
    for b in [mini(), bundled()] {
        assert_eq!(bank(&canonical_json(&b)), b);
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(parse_bank(&format!("\u{feff}{MINI}")).bank.is_some());
}

#[test]
fn syntax_errors_give_line_and_column() {
    let cut = &MINI[..MINI.len() / 2];
    let p = &parse_bank(cut).problems;
    assert_eq!(p.len(), 1);
    assert!(matches!(
        p[0].kind,
        K::Syntax {
            what: SyntaxKind::Truncated,
            ..
        }
    ));
    assert!(p[0].line.unwrap() > 10);

    let p = &parse_bank("{\n  \"format\": \"pilar-siap/bank\",,\n}").problems;
    assert_eq!((p[0].line, p[0].column), (Some(2), Some(31)));
    assert!(matches!(p[0].kind, K::Syntax { .. }));

    let p = &parse_bank("{\"a\": [1, 2,]}").problems;
    assert!(matches!(
        p[0].kind,
        K::Syntax {
            what: SyntaxKind::TrailingComma,
            ..
        }
    ));
}

#[test]
fn nesting_ten_thousand_deep_is_refused_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let p = &parse_bank(&deep).problems;
    assert!(matches!(
        p[0].kind,
        K::Syntax {
            what: SyntaxKind::TooDeep,
            ..
        }
    ));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let huge = " ".repeat(6 * 1024 * 1024);
    assert!(matches!(
        parse_bank(&huge).problems[0].kind,
        K::TooLarge { .. }
    ));
}

#[test]
fn other_formats_and_versions_are_named() {
    let mut v = mini_value();
    v["format"] = json!("pilar-siap/results");
    assert!(
        matches!(&errors_of(&v)[0].1, K::WrongFormat { found, .. } if found == "pilar-siap/results")
    );
    let mut v = mini_value();
    v["format_version"] = json!(2);
    assert_eq!(
        errors_of(&v)[0].1,
        K::NewerVersion {
            found: 2,
            supported: 1
        }
    );
    let mut v = mini_value();
    v["format_version"] = json!("1");
    assert!(matches!(errors_of(&v)[0].1, K::BadVersion { .. }));
    assert!(matches!(
        errors_of(&json!([1, 2]))[0].1,
        K::WrongType {
            found: JsonKind::List,
            expected: JsonKind::Object
        }
    ));
}

#[test]
fn every_problem_is_reported_at_once_with_its_path() {
    let mut v = mini_value();
    v["items"][0]["explantion"] = json!("salah ketik");
    v["items"][1]["kind"] = json!("essay");
    v["items"][2]["competencies"][0]["weight"] = json!(1.5);
    v["items"][3]["options"][0]["credit"] = json!(-0.5);
    v["items"][4]["id"] = json!("hukum-001");
    v["items"][5]["competencies"][0]["id"] = json!("tidak-ada");
    v["competencies"][0]["rubric"][1]["min"] = json!(0);
    v["roles"][1]["name"] = json!(7);
    let errors = errors_of(&v);
    let has = |path: &str, pred: &dyn Fn(&K) -> bool| {
        assert!(
            errors.iter().any(|(p, k)| p == path && pred(k)),
            "no error at {path} in {errors:#?}"
        )
    };
    has(
        "items[0].explantion",
        &|k| matches!(k, K::UnknownField { field, .. } if field == "explantion"),
    );
    has(
        "items[1].kind",
        &|k| matches!(k, K::UnknownVariant { found, .. } if found == "essay"),
    );
    has(
        "items[2].competencies[0].weight",
        &|k| matches!(k, K::OutOfRange { value, .. } if *value == 1.5),
    );
    has("items[3].options[0].credit", &|k| {
        matches!(k, K::OutOfRange { .. })
    });
    has(
        "items[4].id",
        &|k| matches!(k, K::DuplicateId { id, first } if id == "hukum-001" && first == "items[0]"),
    );
    has("items[5].competencies[0].id", &|k| {
        matches!(k, K::UnknownCompetency { .. })
    });
    has("competencies[0].rubric[1].min", &|k| {
        matches!(k, K::ThresholdOrder { .. })
    });
    has("roles[1].name", &|k| {
        matches!(
            k,
            K::WrongType {
                found: JsonKind::Number,
                expected: JsonKind::Text
            }
        )
    });
    // A broken role also leaves the items for it pointing at an unknown role: reported too.
    has("items[3].roles[0]", &|k| matches!(k, K::UnknownRole { .. }));
    // The only full-credit option lost its credit, so the item has no best answer: also said.
    has("items[3].options", &|k| matches!(k, K::NoFullCredit));
    assert_eq!(errors.len(), 10, "{errors:#?}");
    // Every problem has a line and column, and a sentence in both languages.
    for p in problems_of(&v) {
        assert!(p.line.is_some() && p.column.is_some(), "{p:?}");
        for lang in [Lang::Id, Lang::En] {
            assert!(problem_line(lang, &p).len() > 20);
        }
    }
}

#[test]
fn paths_point_at_the_right_lines() {
    let mut v = mini_value();
    v["items"][2]["competencies"][0]["weight"] = json!(3);
    let text = serde_json::to_string_pretty(&v).unwrap();
    let p = parse_bank(&text)
        .problems
        .into_iter()
        .find(|p| p.is_error())
        .unwrap();
    let line = text.lines().nth(p.line.unwrap() - 1).unwrap();
    assert!(line.contains("\"weight\": 3"), "{line}");
}

#[test]
fn kind_specific_fields_are_checked() {
    let mut v = mini_value();
    v["items"][0]["answer"] = json!(true); // a true/false field on a single-choice item
    v["items"][2].as_object_mut().unwrap().remove("answer");
    v["items"][3]["options"][1]["correct"] = json!(true);
    v["items"][0]["options"][0]["credit"] = json!(1);
    let errors = errors_of(&v);
    assert!(errors.contains(&(
        "items[0].answer".into(),
        K::FieldNotForKind {
            field: "answer".into(),
            kind: "single_choice".into()
        }
    )));
    assert!(errors.contains(&(
        "items[2]".into(),
        K::Missing {
            field: "answer".into()
        }
    )));
    assert!(errors
        .iter()
        .any(|(p, _)| p == "items[3].options[1].correct"));
    assert!(errors
        .iter()
        .any(|(p, _)| p == "items[0].options[0].credit"));
}

#[test]
fn keys_and_credits_are_required() {
    let mut v = mini_value();
    v["items"][0]["options"][0]["correct"] = json!(false);
    v["items"][1]["options"][0]["correct"] = json!(false);
    v["items"][1]["options"][1]["correct"] = json!(false);
    v["items"][3]["options"][0]["credit"] = json!(0.75);
    let errors = errors_of(&v);
    assert!(errors.contains(&("items[0].options".into(), K::CorrectCount { count: 0 })));
    assert!(errors.contains(&("items[1].options".into(), K::NoCorrect)));
    assert!(errors.contains(&("items[3].options".into(), K::NoFullCredit)));
}

#[test]
fn rubrics_anchors_links_and_references_are_checked() {
    let mut v = mini_value();
    v["competencies"][1]["rubric"][0]["min"] = json!(10);
    v["likert_anchors"] = json!(["a", "b", "c"]);
    v["sources"][0]["url"] = json!("javascript:alert(1)");
    v["items"][3]["roles"] = json!(["lurah"]);
    v["items"][4]["source"]["ref"] = json!("buku-x");
    v["items"][5]["criteria"][0]["levels"] = json!(["satu"]);
    let errors = errors_of(&v);
    assert!(errors.contains(&(
        "competencies[1].rubric[0].min".into(),
        K::FirstThresholdNotZero { value: 10.0 }
    )));
    assert!(errors.contains(&("likert_anchors".into(), K::TooFew { count: 3, min: 5 })));
    assert!(errors.contains(&(
        "sources[0].url".into(),
        K::BadUrl {
            url: "javascript:alert(1)".into()
        }
    )));
    assert!(errors.contains(&(
        "items[3].roles[0]".into(),
        K::UnknownRole { id: "lurah".into() }
    )));
    assert!(errors.contains(&(
        "items[4].source.ref".into(),
        K::UnknownSource {
            id: "buku-x".into()
        }
    )));
    assert!(errors.contains(&(
        "items[5].criteria[0].levels".into(),
        K::TooFew { count: 1, min: 2 }
    )));
}

#[test]
fn empty_texts_bad_ids_and_empty_banks_are_errors() {
    let mut v = mini_value();
    v["items"][0]["prompt"] = json!("   ");
    v["items"][1]["id"] = json!("id dengan spasi");
    let errors = errors_of(&v);
    assert!(errors.contains(&("items[0].prompt".into(), K::Empty)));
    assert!(errors
        .iter()
        .any(|(p, k)| p == "items[1].id" && matches!(k, K::BadId { .. })));
    let mut v = mini_value();
    v["items"] = json!([]);
    assert!(errors_of(&v).contains(&("items".into(), K::TooFew { count: 0, min: 1 })));
}

#[test]
fn warnings_do_not_stop_a_bank() {
    let mut v = mini_value();
    v["items"][1]["prompt"] = v["items"][0]["prompt"].clone();
    v["items"][0]["explanation"] = json!("");
    let report = parse_bank(&v.to_string());
    assert!(report.bank.is_some());
    let kinds: Vec<_> = report
        .problems
        .iter()
        .map(|p| (&p.kind, p.is_error()))
        .collect();
    assert!(kinds
        .iter()
        .any(|(k, e)| matches!(k, K::DuplicateQuestion { .. }) && !e));
    assert!(kinds.iter().any(|(k, e)| matches!(k, K::Empty) && !e));
}

#[test]
fn hostile_text_is_kept_as_text() {
    let mut v = mini_value();
    let payload = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
    v["items"][0]["prompt"] = json!(payload);
    let b = bank(&v.to_string());
    assert_eq!(b.items[0].common.prompt, payload);
    assert!(matches!(b.items[0].body, ItemBody::SingleChoice { .. }));
}

#[test]
fn hidden_direction_overrides_and_zero_widths_are_refused_where_they_are() {
    for (c, code) in [('\u{202e}', "U+202E"), ('\u{200b}', "U+200B")] {
        let mut v = mini_value();
        v["items"][0]["prompt"] = json!(format!("Apa isi {c}Pasal 3?"));
        let errs = errors_of(&v);
        assert!(
            errs.iter().any(|(p, k)| p == "items[0].prompt"
                && matches!(k, K::HiddenCharacter { code: x } if x == code)),
            "{errs:?}"
        );
    }
}

/// Every kind of JSON syntax error the app names, with the text that causes it, where it is, and
/// its own message in both languages (a kind that fell through to another would read wrongly).
#[test]
fn every_syntax_error_kind_is_named_and_placed() {
    use pilar_siap::i18n::{problem_line, Lang};
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let cases: [(&str, SyntaxKind, (usize, usize)); 11] = [
        ("{\"a\": 1", SyntaxKind::Truncated, (1, 7)),
        ("{\"a\": ,}", SyntaxKind::ExpectedValue, (1, 7)),
        ("{\"a\": 1,\n}", SyntaxKind::TrailingComma, (2, 1)),
        (
            "{\"a\": 1 \"b\": 2}",
            SyntaxKind::ExpectedCommaOrClose,
            (1, 9),
        ),
        ("{\"a\" 1}", SyntaxKind::ExpectedColon, (1, 6)),
        ("{a: 1}", SyntaxKind::KeyNotString, (1, 2)),
        ("{} x", SyntaxKind::TrailingCharacters, (1, 4)),
        (&deep, SyntaxKind::TooDeep, (1, 128)),
        ("{\"a\": \"x\ny\"}", SyntaxKind::ControlCharacter, (2, 0)),
        ("{\"a\": \"\\q\"}", SyntaxKind::BadEscape, (1, 9)),
        ("{\"a\": 1e99999}", SyntaxKind::BadNumber, (1, 13)),
    ];
    let mut texts = Vec::new();
    for (text, kind, (line, column)) in &cases {
        let p = &parse_bank(text).problems;
        assert_eq!(p.len(), 1, "{text:?}: {p:?}");
        match &p[0].kind {
            K::Syntax { what, .. } => assert_eq!(what, kind, "{text:?}"),
            other => panic!("{text:?}: {other:?}"),
        }
        assert_eq!(
            (p[0].line, p[0].column),
            (Some(*line), Some(*column)),
            "{text:?}"
        );
        for lang in [Lang::Id, Lang::En] {
            texts.push(problem_line(lang, &p[0]));
        }
    }
    let mut distinct = texts.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), texts.len(), "{texts:#?}");
}
