//! The learning loop's components in a real browser: the progress chart and a competency card's
//! practice button and materials link.
#![cfg(target_arch = "wasm32")]

mod web_common;

use std::sync::Arc;

use leptos::prelude::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::bank::{parse_bank, CheckedBank};
use pilar_siap::domain::results::ResultsFile;
use pilar_siap::domain::scoring::{CompetencyScore, EvidenceScore};
use pilar_siap::ui::components::{CompetencyCard, ProgressChart};
use pilar_siap::ui::shared::provide_language;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_common::host;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn mini() -> CheckedBank {
    CheckedBank::new(
        parse_bank(include_str!("../public/banks/examples/contoh-mini.json"))
            .bank
            .unwrap(),
    )
}

fn attempt(bank: &CheckedBank, mode: Mode, right: bool, day: i64) -> ResultsFile {
    let who = Participant {
        name: "Rina".into(),
        role: "psm".into(),
        region: "banjar".into(),
    };
    let t = 1_790_000_000_000 + day * 86_400_000;
    let items = vec!["hukum-003".to_owned()];
    let mut a = Attempt::with_items(bank.reference.clone(), who, mode, 1, items, t);
    let key = matches!(
        bank.item("hukum-003").unwrap().body,
        pilar_siap::domain::bank::ItemBody::TrueFalse { answer: true }
    );
    a.answer("hukum-003", Answer::Bool(key == right), t + 1);
    a.finish(t + 2);
    ResultsFile::from_attempt(bank, &a, "0.1.0", t)
}

#[wasm_bindgen_test]
async fn the_progress_chart_draws_each_attempt_and_reads_them_out() {
    let el = host();
    let bank = mini();
    let entries = vec![
        attempt(&bank, Mode::Practice, false, 0),
        attempt(&bank, Mode::Retry, true, 1),
        attempt(&bank, Mode::Simulation, true, 3),
    ];
    let bank = Arc::new(bank);
    leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        view! { <ProgressChart bank=bank.clone() entries=entries.clone()/> }
    })
    .forget();
    leptos::task::tick().await;
    // One chart: only "hukum" has tested items here.
    assert_eq!(
        el.query_selector_all("figure.progress-chart")
            .unwrap()
            .length(),
        1
    );
    assert_eq!(el.query_selector_all("circle.dot").unwrap().length(), 3);
    assert_eq!(el.query_selector_all("circle.short").unwrap().length(), 1);
    let desc = el
        .query_selector("desc")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(desc.contains("Latihan: 0%"), "{desc}");
    assert!(desc.contains("Ulangi yang keliru: 100%"), "{desc}");
    assert!(el.text_content().unwrap().contains("100%"));
}

#[wasm_bindgen_test]
async fn a_competency_card_offers_practice_and_its_materials_on_the_candidates_report() {
    let el = host();
    let bank = mini();
    let competency = bank.competency("hukum").unwrap().clone();
    let score = CompetencyScore {
        id: "hukum".into(),
        tested: Some(EvidenceScore {
            items: 4,
            answered: 4,
            percent_bp: Some(2_500),
            level: None,
        }),
        self_assessed: None,
    };
    let started = RwSignal::new(0);
    leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        let practise = Some(Callback::new(move |()| started.update(|n| *n += 1)));
        view! {
            <CompetencyCard number=1 competency=competency.clone() score=score.clone()
                practise materials=Some("#/bahan/0".to_owned())/>
        }
    })
    .forget();
    leptos::task::tick().await;
    let link = el.query_selector("a[href='#/bahan/0']").unwrap().unwrap();
    assert!(link.text_content().unwrap().contains("Bahan belajar"));
    let button: HtmlElement = el
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(button
        .text_content()
        .unwrap()
        .contains("Latih kompetensi ini"));
    button.click();
    assert_eq!(started.get_untracked(), 1);
}
