//! Results file v1: written from an attempt, read back, and re-checked against its bank.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::format::problem::ProblemKind as K;
use pilar_siap::domain::results::{parse_results, verify, ResultsFile};

fn attempt() -> Attempt {
    let b = mini();
    let participant = Participant {
        name: "Siti Aminah".into(),
        role: "tksk".into(),
        region: "kota-banjarbaru".into(),
    };
    let mut a = Attempt::new(
        &b,
        b.reference(),
        participant,
        Mode::Practice,
        9,
        1_780_000_000_000,
    );
    a.answer("hukum-001", Answer::Choice("a".into()), 1_780_000_010_000);
    a.answer("situasi-001", Answer::Choice("c".into()), 1_780_000_020_000);
    a.answer("diri-001", Answer::Scale(3), 1_780_000_030_000);
    a.finish(1_780_000_060_000);
    a
}

fn results() -> ResultsFile {
    ResultsFile::from_attempt(&mini(), &attempt(), "0.1.0", 0)
}

#[test]
fn a_results_file_reads_back_and_verifies() {
    let file = results();
    let text = file.to_json();
    let back = parse_results(&text).unwrap();
    assert_eq!(back, file);
    let b = mini();
    assert_eq!(verify(&back, &b, &b.reference()), vec![]);
    assert_eq!(back.started_at, "2026-05-28T20:26:40.000Z");
    assert_eq!(back.items.len(), 6);
    assert_eq!(back.items.iter().filter(|i| i.answer.is_some()).count(), 3);
}

#[test]
fn tampered_scores_are_found() {
    let b = mini();
    let mut v: serde_json::Value = serde_json::from_str(&results().to_json()).unwrap();
    let i = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .position(|i| i["id"] == "situasi-001")
        .unwrap();
    v["items"][i]["score_bp"] = serde_json::json!(10_000);
    v["competencies"][0]["tested"]["percent_bp"] = serde_json::json!(9_999);
    let edited = parse_results(&v.to_string()).unwrap();
    let problems = verify(&edited, &b, &b.reference());
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems
        .iter()
        .all(|p| matches!(p.kind, K::ScoreMismatch { .. })));
    assert_eq!(problems[0].path.to_string(), format!("items[{i}].score_bp"));
}

#[test]
fn results_of_another_bank_are_named() {
    let other = bundled();
    let problems = verify(&results(), &other, &other.reference());
    assert!(matches!(&problems[0].kind, K::OtherBank { found, .. } if found == "contoh-mini 1"));
}

#[test]
fn answers_that_do_not_fit_are_found() {
    let b = mini();
    let mut file = results();
    file.items[0].answer = Some(Answer::Scale(9));
    let problems = verify(&file, &b, &b.reference());
    assert!(problems.iter().any(|p| p.kind == K::AnswerMismatch));
}

#[test]
fn broken_results_files_say_what_is_wrong() {
    let text = results().to_json();
    let err = |t: &str| parse_results(t).unwrap_err();
    assert!(matches!(err(&text[..200])[0].kind, K::Syntax { .. }));
    assert!(matches!(err(MINI)[0].kind, K::WrongFormat { .. }));
    let newer = text.replace("\"format_version\": 2", "\"format_version\": 3");
    assert!(matches!(
        err(&newer)[0].kind,
        K::NewerVersion { found: 3, .. }
    ));
    let typo = text.replace("\"seed\"", "\"sed\"");
    let kinds: Vec<_> = err(&typo).into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&K::Missing {
        field: "seed".into()
    }));
    assert!(kinds
        .iter()
        .any(|k| matches!(k, K::UnknownField { field, .. } if field == "sed")));
}

#[test]
fn file_names_are_safe_and_dated() {
    assert_eq!(
        results().file_name(),
        "hasil-pilar-siap-2026-05-28-siti-aminah.json"
    );
    let mut f = results();
    f.participant.name = "../../<b>".into();
    assert_eq!(f.file_name(), "hasil-pilar-siap-2026-05-28-b.json");
}

#[test]
fn a_saved_attempt_reads_back_exactly() {
    let a = attempt();
    assert_eq!(Attempt::from_storage(&a.to_storage()).unwrap(), a);
    assert!(Attempt::from_storage("{\"format\":\"pilar-siap/attempt\"}").is_err());
    assert!(Attempt::from_storage("rusak").is_err());
}

#[test]
fn xapi_statements_describe_every_answer_and_the_attempt() {
    use pilar_siap::domain::results::xapi::statements;
    let b = mini();
    let s = statements(&results(), &b);
    let list = s.as_array().unwrap();
    // Three answered items and the completion.
    assert_eq!(list.len(), 4);
    let by_item = |id: &str| {
        list.iter()
            .find(|st| {
                st["object"]["id"]
                    .as_str()
                    .unwrap()
                    .ends_with(&format!(":item:{id}"))
            })
            .unwrap()
    };
    let single = by_item("hukum-001");
    assert_eq!(
        single["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/answered"
    );
    assert_eq!(
        single["object"]["definition"]["type"],
        "http://adlnet.gov/expapi/activities/cmi.interaction"
    );
    assert_eq!(single["object"]["definition"]["interactionType"], "choice");
    assert_eq!(
        single["object"]["definition"]["correctResponsesPattern"][0],
        "a"
    );
    assert_eq!(single["result"]["response"], "a");
    assert_eq!(single["result"]["success"], true);
    assert_eq!(single["result"]["score"]["scaled"], 1);
    let likert = by_item("diri-001");
    assert_eq!(likert["object"]["definition"]["interactionType"], "likert");
    assert_eq!(
        likert["object"]["definition"]["scale"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    assert!(
        likert["result"].get("success").is_none(),
        "self-ratings are not right or wrong"
    );
    let done = list.last().unwrap();
    assert_eq!(
        done["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/completed"
    );
    assert_eq!(done["actor"]["name"], "Siti Aminah");
    assert!(done["result"]["extensions"]["urn:pilar-siap:competencies"].is_array());
}

#[test]
fn an_item_kind_that_is_not_the_banks_is_an_edit() {
    let b = mini();
    let mut file = results();
    let bank_kind = file.items[0].kind;
    file.items[0].kind = if bank_kind == pilar_siap::domain::bank::ItemKind::TrueFalse {
        pilar_siap::domain::bank::ItemKind::SingleChoice
    } else {
        pilar_siap::domain::bank::ItemKind::TrueFalse
    };
    let problems = verify(&file, &b, &b.reference());
    assert!(problems
        .iter()
        .any(|p| matches!(p.kind, K::KindMismatch { .. })));
    assert!(problems
        .iter()
        .all(|p| pilar_siap::domain::results::is_edit(&p.kind)));
}
