//! Report components in a real browser: the radar chart and a competency card.
#![cfg(target_arch = "wasm32")]

mod web_common;

use leptos::prelude::*;
use pilar_siap::domain::bank::parse_bank;
use pilar_siap::domain::scoring::{CompetencyScore, EvidenceScore};
use pilar_siap::ui::components::{CompetencyCard, RadarChart};
use pilar_siap::ui::shared::provide_language;
use wasm_bindgen_test::*;
use web_common::host;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_radar_chart_has_an_axis_per_competency_and_says_its_values() {
    let el = host();
    let values: Vec<(String, Option<f64>)> = (0..7)
        .map(|i| {
            (
                format!("K{i}"),
                if i == 3 { None } else { Some(i as f64 / 10.0) },
            )
        })
        .collect();
    leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        view! { <RadarChart values=values.clone() previous=vec![Some(0.5); 7]/> }
    })
    .forget();
    leptos::task::tick().await;
    assert_eq!(el.query_selector_all("line.axis").unwrap().length(), 7);
    assert_eq!(el.query_selector_all("polygon.ring").unwrap().length(), 4);
    assert!(el.query_selector("polygon.previous").unwrap().is_some());
    let desc = el
        .query_selector("desc")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(desc.contains("K2: 20%"), "{desc}");
    assert!(desc.contains("K3: –"), "{desc}");
}

#[wasm_bindgen_test]
async fn a_competency_card_shows_level_percent_basis_and_change() {
    let el = host();
    let bank = parse_bank(include_str!("../public/banks/examples/contoh-mini.json"))
        .bank
        .unwrap();
    let competency = bank.competency("hukum").unwrap().clone();
    let score = CompetencyScore {
        id: "hukum".into(),
        tested: Some(EvidenceScore {
            items: 4,
            answered: 4,
            percent_bp: Some(7_250),
            level: Some("siap".into()),
        }),
        self_assessed: None,
    };
    leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        view! { <CompetencyCard number=1 competency=competency.clone() score=score.clone() change=Some(-1_250)/> }
    })
    .forget();
    leptos::task::tick().await;
    let text = el.text_content().unwrap();
    assert!(text.contains("Siap"), "{text}");
    assert!(text.contains("73%"), "{text}");
    assert!(text.contains("−13"), "{text}");
    assert!(el.query_selector(".change.down").unwrap().is_some());
}
