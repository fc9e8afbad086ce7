//! The answer-cue analysis, pinned on small hand-made banks: each finding appears when the cue is
//! there and disappears when it is not.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::cues::{analyse, warnings, CueWarning, Strategy};
use pilar_siap::domain::format::problem::ProblemKind;
use serde_json::{json, Value};

/// The mini bank with `items` instead of its own, drawing every item (no pools to check).
fn bank_of(items: Vec<Value>) -> pilar_siap::domain::bank::Bank {
    let mut v = mini_value();
    v["items"] = Value::Array(items);
    v.as_object_mut().unwrap().remove("draw_per_competency");
    bank(&serde_json::to_string_pretty(&v).unwrap())
}

fn common(id: &str, kind: &str, prompt: &str) -> Value {
    json!({"id": id, "kind": kind, "prompt": prompt,
        "competencies": [{"id": "hukum", "weight": 1}],
        "explanation": "Penjelasan yang cukup panjang untuk soal ini.",
        "source": {"ref": "pp39-2012"}})
}

/// A single-choice item whose options are `texts`, the key at `key`.
fn single(id: &str, prompt: &str, texts: &[&str], key: usize) -> Value {
    let mut v = common(id, "single_choice", prompt);
    v["options"] = texts
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"id": format!("o{i}"), "text": t, "correct": i == key}))
        .collect();
    v
}

fn multiple(id: &str, texts: &[&str], keys: &[usize]) -> Value {
    let mut v = common(id, "multiple_choice", &format!("Pilih yang benar ({id})."));
    v["options"] = texts
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"id": format!("o{i}"), "text": t, "correct": keys.contains(&i)}))
        .collect();
    v
}

fn true_false(id: &str, prompt: &str, answer: bool) -> Value {
    let mut v = common(id, "true_false", prompt);
    v["answer"] = json!(answer);
    v
}

fn kind<'a>(
    r: &'a pilar_siap::domain::bank::cues::CueReport,
    k: &str,
) -> &'a pilar_siap::domain::bank::cues::KindCues {
    r.kinds.iter().find(|c| c.kind.name() == k).unwrap()
}

fn score(k: &pilar_siap::domain::bank::cues::KindCues, s: Strategy) -> f64 {
    k.strategies
        .iter()
        .find(|(x, _)| *x == s)
        .map(|(_, v)| *v)
        .unwrap()
}

/// Eight single-choice items (enough to be judged); in each the key ranks `key_rank` by length
/// among options of 10, 20, 30 and 40 letters, at place `i % 4`.
fn length_bank(key_rank: usize) -> Vec<Value> {
    let lengths = [40, 30, 20, 10];
    (0..8)
        .map(|i| {
            let texts: Vec<String> = (0..4)
                .map(|p| {
                    let l = lengths[(p + 4 - i % 4 + key_rank) % 4];
                    format!(
                        "{}{}",
                        char::from_u32(0x3b1 + (p + 4 * i) as u32).unwrap(),
                        "x".repeat(l - 1)
                    )
                })
                .collect();
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            single(
                &format!("pg-{i}"),
                &format!("Soal nomor {i}?"),
                &refs,
                i % 4,
            )
        })
        .collect()
}

#[test]
fn the_longest_key_is_found_blind() {
    let r = analyse(&bank_of(length_bank(0)));
    let k = kind(&r, "single_choice");
    assert_eq!(k.items, 8);
    assert!((k.random - 0.25).abs() < 1e-9);
    assert!((score(k, Strategy::Longest) - 1.0).abs() < 1e-9);
    assert!(score(k, Strategy::Shortest).abs() < 1e-9);
    // The key walks through A, B, C, D, so no fixed place wins.
    assert!(k
        .strategies
        .iter()
        .any(|(s, v)| matches!(s, Strategy::Position(_)) && (*v - 0.25).abs() < 1e-9));
    let w = warnings(&r);
    let found = w.iter().find_map(|p| match &p.kind {
        ProblemKind::Cue(c) => match c.as_ref() {
            CueWarning::BlindStrategy {
                strategy: Strategy::Longest,
                items,
                ..
            } => Some(items.clone()),
            _ => None,
        },
        _ => None,
    });
    assert_eq!(
        found.unwrap(),
        (0..8).map(|i| format!("pg-{i}")).collect::<Vec<_>>()
    );
}

#[test]
fn the_second_longest_and_the_shortest_are_found_too() {
    let r = analyse(&bank_of(length_bank(1)));
    assert!((score(kind(&r, "single_choice"), Strategy::SecondLongest) - 1.0).abs() < 1e-9);
    let r = analyse(&bank_of(length_bank(3)));
    assert!((score(kind(&r, "single_choice"), Strategy::Shortest) - 1.0).abs() < 1e-9);
}

#[test]
fn a_key_never_the_longest_is_a_cue_turned_round() {
    // The key is never the longest: "never the longest, then guess" gains a third.
    let r = analyse(&bank_of(length_bank(1)));
    let k = kind(&r, "single_choice");
    assert!(score(k, Strategy::Longest).abs() < 1e-9);
    assert!((score(k, Strategy::AvoidLongest) - 1.0 / 3.0).abs() < 1e-9);
    assert!(warnings(&r).iter().any(|p| matches!(&p.kind, ProblemKind::Cue(c)
        if matches!(c.as_ref(), CueWarning::BlindStrategy { strategy: Strategy::AvoidLongest, .. }))));
}

#[test]
fn a_kind_with_few_items_is_shown_not_judged() {
    // Four items whose key is always the longest: the figure says so, but four items are too few
    // to tell a cue from chance, so no warning.
    let r = analyse(&bank_of(length_bank(0).into_iter().take(4).collect()));
    let k = kind(&r, "single_choice");
    assert!((score(k, Strategy::Longest) - 1.0).abs() < 1e-9);
    assert!(!k.judged());
    assert!(warnings(&r).is_empty(), "{:?}", warnings(&r));
}

#[test]
fn a_key_always_first_is_a_position_cue() {
    let items: Vec<Value> = (0..4)
        .map(|i| {
            single(
                &format!("pg-{i}"),
                &format!("Soal {i}?"),
                &["aaaa", "bbbb", "cccc", "dddd"],
                0,
            )
        })
        .collect();
    let r = analyse(&bank_of(items));
    let k = kind(&r, "single_choice");
    assert_eq!(k.best().unwrap().0, Strategy::Position(0));
    assert!((k.gain() - 0.75).abs() < 1e-9);
}

#[test]
fn balanced_options_give_no_warning() {
    // Equal lengths, the key walking through the places, words shared by keys and distractors.
    let items: Vec<Value> = (0..4)
        .map(|i| {
            single(
                &format!("pg-{i}"),
                &format!("Soal {i}?"),
                &["lapor desa", "lapor dinas", "rujuk desa", "rujuk dinas"],
                i,
            )
        })
        .collect();
    let r = analyse(&bank_of(items));
    let k = kind(&r, "single_choice");
    assert!(k.gain() <= 0.05 + 1e-9, "{k:?}");
    assert!(warnings(&r).is_empty(), "{:?}", warnings(&r));
}

/// Eight single-choice items whose key is `key`, walking through the four places, the other
/// places taken by `distractors`.
fn rotating(key: &str, distractors: [&str; 4]) -> Vec<Value> {
    (0..8)
        .map(|i| {
            let mut t = distractors;
            t[i % 4] = key;
            single(&format!("pg-{i}"), &format!("Soal {i}?"), &t, i % 4)
        })
        .collect()
}

#[test]
fn good_words_in_keys_are_a_cue() {
    let items = rotating(
        "merujuk dan melapor",
        [
            "menunggu keputusan",
            "mengabaikan laporan",
            "menunda pekerjaan",
            "menunggu giliran",
        ],
    );
    let r = analyse(&bank_of(items));
    assert!((score(kind(&r, "single_choice"), Strategy::KeyWords) - 1.0).abs() < 1e-9);
    assert!(warnings(&r)
        .iter()
        .any(|p| matches!(&p.kind, ProblemKind::Cue(c)
        if matches!(c.as_ref(), CueWarning::BlindStrategy { strategy: Strategy::KeyWords, .. }))));
}

#[test]
fn a_bank_s_own_key_words_are_learnt_from_its_other_items_and_reported_only() {
    // Keys share "lumbung desa", which no list of good words knows; all options are 12 letters.
    let items = rotating(
        "lumbung desa",
        [
            "kebun jagung",
            "pasar rakyat",
            "balai pemuda",
            "jalan desaku",
        ],
    );
    let r = analyse(&bank_of(items));
    let k = kind(&r, "single_choice");
    assert!((score(k, Strategy::BankWords) - 1.0).abs() < 1e-9);
    assert!((score(k, Strategy::KeyWords) - 0.25).abs() < 1e-9);
    assert!(r
        .key_words
        .iter()
        .any(|t| t.word == "lumbung" && t.in_keys == 8));
    // Reported, not held to the threshold: no warning, and the best held strategy is no better
    // than chance.
    assert!(k.gain() <= 0.05 + 1e-9);
    assert!(warnings(&r).is_empty(), "{:?}", warnings(&r));
}

#[test]
fn multiple_answer_key_counts_and_picks() {
    let texts = [
        "satu dua",
        "tiga empat",
        "lima enam",
        "tujuh delapan",
        "sembilan sepuluh",
    ];
    let items: Vec<Value> = (0..5)
        .map(|i| multiple(&format!("pgk-{i}"), &texts, &[0, 1, 2]))
        .collect();
    let r = analyse(&bank_of(items));
    assert_eq!(r.multiple_k, 3);
    assert_eq!(r.key_counts.get(&3), Some(&5));
    // Random 3 of 5 with 3 keys: (1·1 + 6·⅓) / 10 = 0.3.
    // (scores are whole basis points, so ⅓ is 0.3333)
    assert!(
        (kind(&r, "multiple_choice").random - 0.3).abs() < 1e-3,
        "{:?}",
        r.kinds
    );
    let w = warnings(&r);
    assert!(w.iter().any(|p| matches!(&p.kind, ProblemKind::Cue(c) if matches!(c.as_ref(), CueWarning::KeyCounts { keys: 3, items: 5, of: 5 }))));
    // Spread 1..4 keys: no key-count warning.
    let spread: Vec<Value> = (0..5)
        .map(|i| {
            multiple(
                &format!("pgk-{i}"),
                &texts,
                &(0..=i % 4).collect::<Vec<_>>(),
            )
        })
        .collect();
    let w = warnings(&analyse(&bank_of(spread)));
    assert!(!w.iter().any(|p| matches!(&p.kind, ProblemKind::Cue(c) if matches!(c.as_ref(), CueWarning::KeyCounts { .. }))));
}

#[test]
fn absolute_words_against_keys() {
    let items = vec![
        true_false("bs-1", "PSM hanya bertugas di kota.", false),
        true_false("bs-2", "TKSK bekerja tanpa koordinasi.", false),
        true_false("bs-3", "Karang Taruna hanya untuk pemuda desa.", false),
        true_false("bs-4", "LKS didirikan masyarakat.", true),
        true_false("bs-5", "Tagana membantu saat bencana.", true),
        true_false("bs-6", "Hanya sebagian warga terdata.", false),
    ];
    let r = analyse(&bank_of(items));
    let hanya = r.absolute.iter().find(|a| a.word == "hanya").unwrap();
    assert_eq!(hanya.false_statements.len(), 3);
    assert!(hanya.predictive());
    assert!((score(kind(&r, "true_false"), Strategy::AbsoluteFalse) - 1.0).abs() < 1e-9);
    // "tanpa" once: too rare to predict.
    assert!(!r
        .absolute
        .iter()
        .find(|a| a.word == "tanpa")
        .unwrap()
        .predictive());
}

#[test]
fn a_stem_that_states_another_key_is_a_giveaway() {
    let items = vec![
        single(
            "pg-1",
            "Peraturan yang mengatur Pekerja Sosial Masyarakat (PSM) adalah ...",
            &[
                "Permensos 25/2019",
                "Permensos 28/2018",
                "Permensos 10/2019",
                "Permensos 17/2012",
            ],
            2,
        ),
        true_false(
            "bs-1",
            "Permensos 10/2019 mengatur Pekerja Sosial Masyarakat.",
            true,
        ),
        true_false("bs-2", "Tagana membantu dapur umum lapangan.", true),
    ];
    let r = analyse(&bank_of(items));
    assert_eq!(r.giveaways.len(), 1, "{:?}", r.giveaways);
    assert_eq!(
        (r.giveaways[0].item.as_str(), r.giveaways[0].by.as_str()),
        ("pg-1", "bs-1")
    );
    // Items of roles that never meet in one attempt are no pair.
    let mut a = single(
        "pg-1",
        "Peraturan yang mengatur Pekerja Sosial Masyarakat (PSM) adalah ...",
        &[
            "Permensos 25/2019",
            "Permensos 28/2018",
            "Permensos 10/2019",
            "Permensos 17/2012",
        ],
        2,
    );
    a["roles"] = json!(["psm"]);
    let mut b = true_false(
        "bs-1",
        "Permensos 10/2019 mengatur Pekerja Sosial Masyarakat.",
        true,
    );
    b["roles"] = json!(["tksk"]);
    assert!(analyse(&bank_of(vec![a, b])).giveaways.is_empty());
}

#[test]
fn a_statement_that_only_changes_a_number_is_given_away() {
    let items = vec![
        single(
            "pg-9",
            "Manakah yang TIDAK termasuk sembilan fungsi Karang Taruna?",
            &[
                "Penegakan hukum",
                "Motivasi",
                "Advokasi sosial",
                "Pendampingan",
            ],
            0,
        ),
        true_false("bs-6", "Karang Taruna memiliki tujuh fungsi.", false),
    ];
    let r = analyse(&bank_of(items));
    assert_eq!(r.giveaways.len(), 1, "{:?}", r.giveaways);
    assert_eq!(r.giveaways[0].item, "bs-6");
}

#[test]
fn pools_against_the_draw() {
    // Five drawn per competency; two items for "hukum" is far too few.
    let mut v = mini_value();
    v["items"] = json!([
        true_false("bs-1", "Pernyataan pertama tentang hukum.", true),
        true_false("bs-2", "Pernyataan kedua tentang hukum.", false),
    ]);
    v["draw_per_competency"] = json!(5);
    let r = analyse(&bank(&serde_json::to_string_pretty(&v).unwrap()));
    let p = r
        .pools
        .iter()
        .find(|p| p.role == "psm" && p.competency == "hukum")
        .unwrap();
    assert_eq!((p.items, p.draw), (2, 5));
    assert!(p.too_small());
    assert!(warnings(&r).iter().any(|w| matches!(&w.kind, ProblemKind::Cue(c) if matches!(c.as_ref(), CueWarning::SmallPool { items: 2, draw: 5, .. }))));
}

#[test]
fn the_analysis_never_panics_on_the_example_banks() {
    for b in [mini(), bundled()] {
        let r = analyse(&b);
        for p in warnings(&r) {
            assert!(
                !pilar_siap::i18n::problem_text(pilar_siap::i18n::Lang::Id, &p.kind).is_empty()
            );
        }
    }
}
