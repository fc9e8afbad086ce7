//! Components in a real browser (headless Chromium via wasm-bindgen-test): an item is mounted,
//! answered by clicking, and the answer comes out at once.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use pilar_siap::domain::attempt::Answer;
use pilar_siap::domain::bank::{parse_bank, Item};
use pilar_siap::ui::components::ItemView;
use pilar_siap::ui::shared::provide_language;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const MINI: &str = include_str!("../public/banks/examples/contoh-mini.json");

fn item(id: &str) -> Item {
    parse_bank(MINI).bank.unwrap().item(id).unwrap().clone()
}

/// Mounts `item` in a fresh element; returns the element and the signal the answers land in.
fn mount(item: Item) -> (HtmlElement, RwSignal<Option<Answer>>) {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    let answer = RwSignal::new(None::<Answer>);
    let anchors: Vec<String> = ["1", "2", "3", "4", "5"].map(String::from).to_vec();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        let on_answer = Callback::new(move |a| answer.set(Some(a)));
        view! { <ItemView item=item.clone() anchors=anchors.clone() seed=0 answer on_answer/> }
    });
    handle.forget();
    (el, answer)
}

fn input(el: &HtmlElement, selector: &str) -> HtmlInputElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_single_choice_item_is_answered_by_a_click() {
    let (el, answer) = mount(item("hukum-001"));
    let legend = el.query_selector("legend").unwrap().unwrap();
    assert!(legend.text_content().unwrap().contains("PP 39/2012"));
    assert_eq!(
        el.query_selector_all("input[type=radio]").unwrap().length(),
        3
    );
    let b = input(&el, "input[value=b]");
    b.click();
    leptos::task::tick().await;
    assert_eq!(answer.get_untracked(), Some(Answer::Choice("b".into())));
    assert!(b.checked());
    // The answer shown follows the answer given (e.g. when it is restored after a reload).
    answer.set(Some(Answer::Choice("a".into())));
    leptos::task::tick().await;
    assert!(input(&el, "input[value=a]").checked());
    assert!(!b.checked());
}

#[wasm_bindgen_test]
async fn a_multiple_choice_item_collects_every_box() {
    let (el, answer) = mount(item("hukum-002"));
    input(&el, "input[value=a]").click();
    leptos::task::tick().await;
    input(&el, "input[value=c]").click();
    leptos::task::tick().await;
    assert_eq!(
        answer.get_untracked(),
        Some(Answer::Choices(vec!["a".into(), "c".into()]))
    );
    input(&el, "input[value=a]").click();
    leptos::task::tick().await;
    assert_eq!(
        answer.get_untracked(),
        Some(Answer::Choices(vec!["c".into()]))
    );
}

#[wasm_bindgen_test]
async fn a_likert_item_is_one_row_of_five_labelled_choices() {
    let (el, answer) = mount(item("diri-001"));
    let points = el.query_selector_all(".likert-point").unwrap();
    assert_eq!(points.length(), 5);
    // The item's own anchors are used, not the bank's.
    assert!(el
        .text_content()
        .unwrap()
        .contains("Bisa mengajari orang lain"));
    input(&el, "input[value='4']").click();
    leptos::task::tick().await;
    assert_eq!(answer.get_untracked(), Some(Answer::Scale(4)));
}

#[wasm_bindgen_test]
async fn a_true_false_item_answers_with_a_boolean() {
    let (el, answer) = mount(item("hukum-003"));
    input(&el, "input[value=false]").click();
    leptos::task::tick().await;
    assert_eq!(answer.get_untracked(), Some(Answer::Bool(false)));
}

#[wasm_bindgen_test]
async fn a_locked_item_cannot_change() {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    let answer = RwSignal::new(Some(Answer::Choice("a".into())));
    let it = item("hukum-001");
    leptos::mount::mount_to(el.clone(), move || {
        provide_language();
        let on_answer = Callback::new(move |a| answer.set(Some(a)));
        view! { <ItemView item=it.clone() anchors=vec![] answer locked=true on_answer/> }
    })
    .forget();
    let b = input(&el, "input[value=b]");
    assert!(b.disabled());
    b.click();
    leptos::task::tick().await;
    assert_eq!(answer.get_untracked(), Some(Answer::Choice("a".into())));
}

#[wasm_bindgen_test]
async fn options_follow_the_seed_and_letters_follow_the_display() {
    let (el, _) = mount(item("hukum-001"));
    let values: Vec<String> = (0..3)
        .map(|i| {
            el.query_selector_all("input")
                .unwrap()
                .get(i)
                .unwrap()
                .unchecked_into::<HtmlInputElement>()
                .value()
        })
        .collect();
    let order = pilar_siap::domain::attempt::draw::option_order(&item("hukum-001"), 0);
    let ids = ["a", "b", "c"];
    let expected: Vec<String> = order.iter().map(|&i| ids[i].to_string()).collect();
    assert_eq!(values, expected);
    let keys = el.query_selector_all(".key").unwrap();
    assert_eq!(keys.get(0).unwrap().text_content().unwrap(), "A");
}
