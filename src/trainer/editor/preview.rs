//! The item being edited as a candidate sees it on a phone, and as Mode Presentasi projects its
//! question and answer slides — from the bank as it reads now, once the item has no error.

use crate::ui::tr;
use std::sync::Arc;

use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::bank::{Bank, BankRef, CheckedBank, Item};
use crate::domain::format::json::Value;
use crate::domain::present::session::Session;
use crate::domain::present::slides::{Deck, Place};
use crate::i18n::editor::EKey;
use crate::trainer::present::stage::Stage;
use crate::ui::components::ItemView;
use crate::view::editor::{has_error_under, Part};

/// The bank as read with only item `i`, if that item reads without error.
fn previewed(i: usize) -> impl Fn() -> Option<(Bank, Item)> {
    let s = use_edit();
    move || {
        let path = Part::Item(i).path();
        s.findings.with(|f| {
            if has_error_under(f, &path) {
                return None;
            }
            let id = s.editor.with(|e| {
                e.get(&path.key("id"))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            })?;
            let read = f.read.as_ref()?;
            let item = read.item(&id)?.clone();
            let bank = Bank {
                format: read.format.clone(),
                format_version: read.format_version,
                id: read.id.clone(),
                title: read.title.clone(),
                version: read.version.clone(),
                language: read.language.clone(),
                description: String::new(),
                disclaimer: String::new(),
                likert_anchors: read.likert_anchors.clone(),
                simulation_minutes: None,
                draw_per_competency: None,
                sources: read.sources.clone(),
                roles: read.roles.clone(),
                competencies: read.competencies.clone(),
                items: vec![item.clone()],
            };
            Some((bank, item))
        })
    }
}

#[component]
pub fn Preview(part: Memo<Part>) -> impl IntoView {
    let projector = RwSignal::new(false);
    view! {
        <section class="preview" aria-labelledby="preview-title">
            <h2 id="preview-title" class="sr-only">{tr(EKey::PreviewPhone)}</h2>
            <div class="tabs" role="group">
                <button type="button" class="btn secondary" aria-pressed=move || (!projector.get()).to_string()
                    on:click=move |_| projector.set(false)>{tr(EKey::PreviewPhone)}</button>
                <button type="button" class="btn secondary" aria-pressed=move || projector.get().to_string()
                    on:click=move |_| projector.set(true)>{tr(EKey::PreviewProjector)}</button>
            </div>
            {move || match part.get() {
                Part::Item(i) => {
                    // A memo: the preview is redrawn when the item changes, not at every edit.
                    let read = previewed(i);
                    let get = Memo::new(move |_| read());
                    (move || match (get.get(), projector.get()) {
                        (None, _) => view! { <p class="hint">{tr(EKey::PreviewBlocked)}</p> }.into_any(),
                        (Some((bank, item)), false) => view! { <Phone bank item/> }.into_any(),
                        (Some((bank, item)), true) => view! { <Projector bank item/> }.into_any(),
                    }).into_any()
                }
                _ => view! { <p class="hint">{tr(EKey::PreviewPick)}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Phone(bank: Bank, item: Item) -> impl IntoView {
    view! {
        <div class="phone-preview">
            <ItemView item anchors=bank.likert_anchors answer=Signal::stored(None)
                on_answer=Callback::new(|_| ())/>
        </div>
    }
}

#[component]
fn Projector(bank: Bank, item: Item) -> impl IntoView {
    let ids = vec![item.common.id.clone()];
    let deck = Deck::plan(&bank, &ids);
    let reference = BankRef {
        id: bank.id.clone(),
        version: bank.version.clone(),
        sha256: String::new(),
    };
    let session = RwSignal::new(Session::new("", reference.clone(), ids, None, 0));
    let bank = Arc::new(CheckedBank { bank, reference });
    let slides = (0..deck.slides_of(0))
        .filter_map(|slide| deck.at(Place { item: 0, slide }))
        .map(|(item, slide)| {
            view! {
                <div class="present light projector-preview" inert>
                    <div class="slide">
                        <Stage bank=bank.clone() item=item.clone() slide=slide.clone() session/>
                    </div>
                </div>
            }
        })
        .collect_view();
    view! { <div class="projector-previews">{slides}</div> }
}
