//! What the pages compute, natively: the addresses of both apps, answers and keys in words, where
//! an item's answer comes from, and the text shared to chat apps.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pilar_siap::domain::attempt::{Answer, Mode, OpenAnswer};
use pilar_siap::i18n::Lang;
use pilar_siap::view::describe::{answer_text, key_text, source_of};
use pilar_siap::view::route::Route;
use pilar_siap::view::trainer_route::TrainerRoute;

#[test]
fn every_page_of_the_candidates_app_has_an_address_that_reads_back() {
    let pages = [
        Route::Home,
        Route::Start(Mode::Practice),
        Route::Start(Mode::Simulation),
        Route::Start(Mode::Interview),
        Route::Quiz,
        Route::Review,
        Route::Results(None),
        Route::Results(Some(3)),
        Route::History,
        Route::Handover(None),
        Route::Handover(Some(3)),
    ];
    for page in pages {
        assert_eq!(Route::parse(&page.hash()), page, "{}", page.hash());
        assert_eq!(page.href(), format!("#{}", page.hash()));
    }
    assert_eq!(Route::parse("/mulai"), Route::Start(Mode::Practice));
    assert_eq!(Route::parse("/soal/"), Route::Quiz);
    for unknown in [
        "/x",
        "/hasil/abc",
        "/hasil/-1",
        "/soal/1",
        "/hasil/x/qr",
        "/qr",
    ] {
        assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
    }
    assert_eq!(Route::NotFound.hash(), "/");
}

#[test]
fn every_page_of_the_trainers_app_has_an_address_that_reads_back() {
    let pages = [
        TrainerRoute::Index,
        TrainerRoute::Checker,
        TrainerRoute::Cohort,
        TrainerRoute::Present,
        TrainerRoute::PresentShow,
        TrainerRoute::PresentSummary,
        TrainerRoute::PresentCards,
    ];
    for page in pages {
        assert_eq!(TrainerRoute::parse(page.href()), page, "{}", page.href());
        assert_eq!(TrainerRoute::parse(page.hash()), page);
    }
    assert_eq!(TrainerRoute::parse("#/bank/"), TrainerRoute::Checker);
    assert_eq!(TrainerRoute::parse("#/banks"), TrainerRoute::NotFound);
}

#[test]
fn answers_and_keys_read_as_words_in_both_languages() {
    let bank = common::mini();
    let item = |id: &str| bank.item(id).unwrap();
    let single = item("hukum-001");
    let multiple = item("hukum-002");
    let tf = item("hukum-003");
    let situational = item("situasi-001");
    let likert = item("diri-001");
    let open = item("wawancara-001");
    let text_of = |item: &pilar_siap::domain::bank::Item, id: &str| -> String {
        match &item.body {
            pilar_siap::domain::bank::ItemBody::SingleChoice { options }
            | pilar_siap::domain::bank::ItemBody::MultipleChoice { options } => {
                options.iter().find(|o| o.id == id).unwrap().text.clone()
            }
            pilar_siap::domain::bank::ItemBody::Situational { options, .. } => {
                options.iter().find(|o| o.id == id).unwrap().text.clone()
            }
            _ => unreachable!(),
        }
    };
    let anchors = &bank.likert_anchors;

    let chosen = answer_text(single, &Answer::Choice("b".into()), anchors, Lang::Id);
    assert_eq!(chosen, text_of(single, "b"));
    // An option the item does not have (an older bank) is named by its id, never dropped.
    assert_eq!(
        answer_text(single, &Answer::Choice("z".into()), anchors, Lang::Id),
        "z"
    );
    let both = answer_text(
        multiple,
        &Answer::Choices(vec!["a".into(), "c".into()]),
        anchors,
        Lang::Id,
    );
    assert_eq!(
        both,
        format!("{}; {}", text_of(multiple, "a"), text_of(multiple, "c"))
    );
    assert_eq!(
        answer_text(multiple, &Answer::Choices(vec![]), anchors, Lang::Id),
        "–"
    );
    let yes_id = answer_text(tf, &Answer::Bool(true), anchors, Lang::Id);
    let yes_en = answer_text(tf, &Answer::Bool(true), anchors, Lang::En);
    assert_ne!(yes_id, yes_en);
    assert_eq!(
        key_text(tf, Lang::En),
        yes_en,
        "the key of a true statement"
    );
    let scale = answer_text(likert, &Answer::Scale(4), anchors, Lang::Id);
    assert!(scale.starts_with("4 — "), "{scale}");
    assert!(
        scale.len() > "4 — ".len(),
        "the anchor's words follow: {scale}"
    );
    let written = OpenAnswer {
        text: "Kami mendata 40 lansia.".into(),
        ratings: Default::default(),
    };
    assert_eq!(
        answer_text(open, &Answer::Open(written), anchors, Lang::Id),
        "Kami mendata 40 lansia."
    );

    assert_eq!(key_text(single, Lang::Id), text_of(single, "a"));
    assert_eq!(
        key_text(multiple, Lang::Id),
        format!("{}; {}", text_of(multiple, "a"), text_of(multiple, "b"))
    );
    assert_eq!(
        key_text(situational, Lang::Id),
        text_of(situational, "a"),
        "only full credit is the key"
    );
    assert_eq!(
        key_text(likert, Lang::Id),
        "",
        "self-assessed items have no key"
    );
    assert_eq!(key_text(open, Lang::Id), "");
}

#[test]
fn a_source_is_named_with_its_place_and_linked_only_over_http() {
    let mut bank = common::mini();
    let item = bank.item("hukum-001").unwrap().clone();
    let (title, url) = source_of(&bank, &item).unwrap();
    assert!(title.ends_with(", Pasal 3"), "{title}");
    assert_eq!(url.as_deref(), Some("https://ngada.org/pp39-2012.htm"));

    let source = bank
        .sources
        .iter_mut()
        .find(|s| s.id == "pp39-2012")
        .unwrap();
    source.url = "javascript:alert(1)".into();
    assert_eq!(
        source_of(&bank, &item).unwrap().1,
        None,
        "never a script link"
    );

    let mut unknown = item.clone();
    if let Some(s) = unknown.common.source.as_mut() {
        s.source = "tidak-ada".into();
    }
    assert_eq!(
        source_of(&bank, &unknown),
        Some(("tidak-ada".to_owned(), None))
    );
    unknown.common.source = None;
    assert_eq!(source_of(&bank, &unknown), None, "no source, no line");
}
