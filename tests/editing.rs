//! Sunting Bank's model under any sequence of edits: undoing everything gives the document back,
//! redoing everything gives the furthest state reached, every state is checked without a panic, and a draft
//! saved at any point reads back as the same editor.
#![cfg(not(target_arch = "wasm32"))]

use pilar_siap::domain::bank::editing::{check, parts, Editor, SavedDraft};
use pilar_siap::domain::bank::ItemKind;
use pilar_siap::domain::format::json::{parse_value, Value};
use pilar_siap::domain::format::problem::Path;
use proptest::prelude::*;

const MINI: &str = include_str!("../public/banks/examples/contoh-mini.json");

#[derive(Debug, Clone)]
enum Action {
    Type(usize, &'static str, String),
    Seal,
    Add(usize, usize),
    Remove(usize),
    Move(usize, usize),
    Retype(usize, usize),
    Undo,
    Redo,
}

fn action() -> impl Strategy<Value = Action> {
    let field = prop::sample::select(vec!["prompt", "explanation", "id", "scenario"]);
    prop_oneof![
        4 => (0..8usize, field, "[a-z ]{0,6}").prop_map(|(i, f, t)| Action::Type(i, f, t)),
        1 => Just(Action::Seal),
        1 => (0..8usize, 0..6usize).prop_map(|(i, k)| Action::Add(i, k)),
        1 => (0..8usize).prop_map(Action::Remove),
        1 => (0..8usize, 0..8usize).prop_map(|(a, b)| Action::Move(a, b)),
        1 => (0..8usize, 0..6usize).prop_map(|(i, k)| Action::Retype(i, k)),
        2 => Just(Action::Undo),
        1 => Just(Action::Redo),
    ]
}

fn items() -> Path {
    Path::root().key("items")
}

fn kind(k: usize) -> ItemKind {
    ItemKind::ALL[k % ItemKind::ALL.len()]
}

fn apply(e: &mut Editor, a: &Action) {
    match a {
        Action::Type(i, f, t) => {
            e.set(&items().index(*i).key(f), Some(Value::from(t.as_str())));
        }
        Action::Seal => e.seal(),
        Action::Add(i, k) => {
            e.insert(&items(), *i, parts::item(kind(*k), "neu", Some("hukum")));
        }
        Action::Remove(i) => {
            e.remove(&items(), *i);
        }
        Action::Move(a, b) => {
            e.move_to(&items(), *a, *b);
        }
        Action::Retype(i, k) => {
            if let Some(now) = e.get(&items().index(*i)).cloned() {
                e.replace(&items().index(*i), parts::retype(&now, kind(*k)));
            }
        }
        Action::Undo => {
            e.undo();
        }
        Action::Redo => {
            e.redo();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn undo_and_redo_reach_both_ends_and_every_state_is_checked(
        actions in prop::collection::vec(action(), 1..40)
    ) {
        let start = parse_value(MINI).expect("mini bank");
        let mut e = Editor::new(start.clone());
        for a in &actions {
            apply(&mut e, a);
            let _ = check(e.doc());
        }
        let saved = SavedDraft::of("d", &e, &Path::root(), 1);
        let back = SavedDraft::from_storage(&saved.to_storage()).expect("draft reads");
        prop_assert_eq!(&back, &saved);
        let end = e.doc().clone();
        let mut ahead = e.clone();
        while ahead.redo().is_some() {}
        while e.undo().is_some() {}
        prop_assert_eq!(e.doc(), &start);
        while e.redo().is_some() {}
        prop_assert_eq!(e.doc(), ahead.doc(), "redo reaches the furthest state");
        let mut again = back.editor();
        prop_assert_eq!(again.doc(), &end);
        while again.undo().is_some() {}
        prop_assert_eq!(again.doc(), &start, "the saved history reaches the start too");
    }
}
