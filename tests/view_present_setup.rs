//! What the trainers' set-up page for "Mode Presentasi" computes, natively: the pool of items,
//! drawing, the fields as read, the session the form makes, and the notes it shows.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::*;
use pilar_siap::domain::bank::CheckedBank;
use pilar_siap::domain::present::session::Session;
use pilar_siap::i18n::{problem_line, Key, Lang};
use pilar_siap::view::present_setup::*;

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn ids(pool: &[PoolItem]) -> Vec<&str> {
    pool.iter().map(|i| i.id.as_str()).collect()
}

// ---- Setting up -------------------------------------------------------------------------------

#[test]
fn a_new_session_is_named_after_the_day() {
    assert_eq!(default_name(1_777_679_940_000), "Sesi 2026-05-01"); // 23:59 UTC
    assert_eq!(default_name(0), "Sesi 1970-01-01");
}

#[test]
fn the_count_and_seconds_fields_read_as_before() {
    assert_eq!(parse_count("12"), 12);
    assert_eq!(parse_count("1000"), 1000);
    for not_a_count in ["", "abc", "-1", "2.5", " 3"] {
        assert_eq!(parse_count(not_a_count), DEFAULT_COUNT, "{not_a_count:?}");
    }
    assert_eq!(parse_seconds("45"), Some(45));
    assert_eq!(parse_seconds(" 45 "), Some(45));
    for no_countdown in ["", "0", "-3", "1.5", "sepuluh"] {
        assert_eq!(parse_seconds(no_countdown), None, "{no_countdown:?}");
    }
}

#[test]
fn the_pool_follows_the_roles_and_competencies_ticked() {
    let b = mini();
    let all = pool(&b, &set(&[]), &set(&[]));
    assert_eq!(
        ids(&all),
        [
            "hukum-001",
            "hukum-002",
            "hukum-003",
            "situasi-001",
            "diri-001",
            "wawancara-001"
        ]
    );
    assert_eq!(all[0].kind, "single_choice");
    assert_eq!(all[5].kind, "open_answer");
    // situasi-001 is for TKSK only; the others are for every role.
    let psm = pool(&b, &set(&["psm"]), &set(&[]));
    assert!(!ids(&psm).contains(&"situasi-001"));
    assert_eq!(psm.len(), 5);
    assert!(ids(&pool(&b, &set(&["tksk"]), &set(&[]))).contains(&"situasi-001"));
    assert_eq!(
        ids(&pool(&b, &set(&[]), &set(&["presentasi"]))),
        ["wawancara-001"]
    );
    assert!(pool(&b, &set(&["psm"]), &set(&["presentasi", "hukum"])).len() == 5);
    // Items for every role stay whatever the role; an unknown competency leaves none.
    assert_eq!(ids(&pool(&b, &set(&["nobody"]), &set(&[]))), ids(&psm));
    assert!(pool(&b, &set(&[]), &set(&["nothing"])).is_empty());
}

#[test]
fn the_pick_list_shows_the_first_90_characters_of_a_question() {
    let b = mini();
    let all = pool(&b, &set(&[]), &set(&[]));
    for (row, item) in all.iter().zip(&b.items) {
        let full = &item.common.prompt;
        assert_eq!(
            row.prompt.chars().count(),
            full.chars().count().min(PICK_PROMPT_CHARS)
        );
        assert!(full.starts_with(&row.prompt));
    }
    let long = all.iter().find(|r| r.id == "diri-001").unwrap();
    assert_eq!(
        long.prompt.chars().count(),
        90,
        "its question has 91 characters"
    );
}

#[test]
fn drawing_takes_as_many_as_asked_from_the_pool_repeatably_by_seed() {
    let pool: Vec<String> = (1..=20).map(|i| format!("item-{i}")).collect();
    let drawn = draw(pool.clone(), 7, 5);
    assert_eq!(drawn.len(), 5);
    assert_eq!(
        drawn,
        draw(pool.clone(), 7, 5),
        "the same seed draws the same"
    );
    assert_eq!(
        drawn.iter().collect::<BTreeSet<_>>().len(),
        5,
        "no item twice"
    );
    assert!(drawn.iter().all(|d| pool.contains(d)));
    let orders: BTreeSet<Vec<String>> = (0..10).map(|s| draw(pool.clone(), s, 5)).collect();
    assert!(orders.len() > 1, "other seeds draw otherwise");
    // Asking for more than there are: all of them, shuffled.
    let everything = draw(pool.clone(), 7, 1000);
    assert_eq!(everything.len(), 20);
    assert_eq!(
        everything.iter().collect::<BTreeSet<_>>(),
        pool.iter().collect::<BTreeSet<_>>()
    );
    assert!(draw(pool, 7, 0).is_empty());
}

#[test]
fn ticking_and_picking_toggle_and_keep_the_order_picked() {
    let mut roles = set(&["psm"]);
    toggle_in(&mut roles, "tksk");
    assert_eq!(roles, set(&["psm", "tksk"]));
    toggle_in(&mut roles, "psm");
    assert_eq!(roles, set(&["tksk"]));

    let mut picked = Vec::new();
    for id in ["c", "a", "b"] {
        toggle_pick(&mut picked, id);
    }
    assert_eq!(picked, ["c", "a", "b"], "shown in the order picked");
    toggle_pick(&mut picked, "a");
    assert_eq!(picked, ["c", "b"]);
    toggle_pick(&mut picked, "a");
    assert_eq!(picked, ["c", "b", "a"], "picked again: at the end");
    assert!(chosen_line(Lang::Id, 5).starts_with("5 soal dipilih"));
    assert!(chosen_line(Lang::En, 0).starts_with("0 questions chosen"));
}

fn draft() -> Draft {
    Draft {
        bank: Some(mini().reference()),
        picked: vec!["hukum-002".into(), "hukum-001".into()],
        seconds: " 45 ".into(),
        name: "  Bimtek Banjarbaru ".into(),
    }
}

#[test]
fn the_form_makes_a_session_or_says_why_not() {
    let s = draft().session(1_234).unwrap();
    assert_eq!(
        s,
        Session::new(
            "Bimtek Banjarbaru",
            mini().reference(),
            vec!["hukum-002".into(), "hukum-001".into()],
            Some(45),
            1_234
        )
    );
    assert_eq!((s.position, s.slide), (0, 0));
    let untimed = Draft {
        seconds: "0".into(),
        ..draft()
    };
    assert_eq!(untimed.session(0).unwrap().seconds_per_item, None);

    let empty = Draft {
        picked: Vec::new(),
        ..draft()
    };
    assert_eq!(empty.clone().session(0), Err(NotReady::NoItems));
    assert_eq!(NotReady::NoItems.message(), Some(Key::PickSomeItems));
    // No bank yet (still being read): nothing made, and nothing said, picked or not.
    for d in [draft(), empty] {
        let no_bank = Draft { bank: None, ..d };
        assert_eq!(no_bank.session(0), Err(NotReady::NoBank));
    }
    assert_eq!(NotReady::NoBank.message(), None);
    assert_eq!(kept_note(true), Key::SetSaved);
    assert_eq!(kept_note(false), Key::BankNotKept);
}

#[test]
fn a_refused_session_file_names_its_first_three_problems() {
    let problems = Session::read(
        r#"{"format":"pilar-siap/session","format_version":1,"name":5,"items":"x","extra":1}"#,
    )
    .unwrap_err();
    assert!(problems.len() > 3, "{problems:?}");
    let lines: Vec<String> = problems[..3]
        .iter()
        .map(|p| problem_line(Lang::Id, p))
        .collect();
    assert_eq!(
        file_problems(Lang::Id, "sesi.json", &problems),
        format!("sesi.json: {}", lines.join(" "))
    );
    assert_eq!(
        file_problems(Lang::En, "x.json", &problems[..1]),
        format!("x.json: {}", problem_line(Lang::En, &problems[0]))
    );
}

#[test]
fn a_session_to_continue_shows_where_it_stands_and_banks_are_found_by_hash() {
    let mut s = draft().session(0).unwrap();
    assert_eq!(progress(&s), (1, 2));
    s.position = 1;
    assert_eq!(progress(&s), (2, 2));

    let banks = vec![
        Arc::new(CheckedBank::new(mini())),
        Arc::new(CheckedBank::new(bundled())),
    ];
    for b in &banks {
        assert_eq!(
            bank_with_hash(&banks, &b.reference.sha256),
            Some(b.reference.clone())
        );
    }
    assert_eq!(bank_with_hash(&banks, "nope"), None);
    assert_eq!(bank_with_hash(&[], &banks[0].reference.sha256), None);
}
