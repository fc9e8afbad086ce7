//! Bahan belajar: every source the bank rests on — title, link when there is one — with the
//! items citing it (where in the source) and the candidate's last result on each; the sources
//! with the most items to go over first. From a competency's card: that competency's only.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::i18n::{Key, LKey, Lang};
use crate::ui::components::{BankGate, PageTitle};
use crate::ui::shared::use_lang;
use crate::ui::state::use_app;
use crate::ui::tr;
use crate::view::describe::safe_link;
use crate::view::learning::{materials, Citation, Material, Outcome};
use crate::view::route::Route;

#[component]
pub fn MaterialsPage(competency: Option<usize>) -> impl IntoView {
    crate::platform::layout::add_stylesheet(crate::ui::pages::split::LEARNING_CSS);
    view! {
        <PageTitle text=tr(LKey::Materials)/>
        <BankGate children=move |bank| view! { <Materials bank competency/> }/>
    }
}

#[component]
fn Materials(bank: Arc<CheckedBank>, competency: Option<usize>) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let focus = competency
        .and_then(|i| bank.bank.competencies.get(i))
        .cloned();
    let focus_id = focus.as_ref().map(|c| c.id.clone());
    let list = {
        let bank = bank.clone();
        move || {
            let all = app
                .history
                .with(|h| materials(&bank.bank, &h.entries, focus_id.as_deref()));
            all.into_iter()
                .map(|m| view! { <SourceCard bank=bank.clone() material=m/> })
                .collect_view()
        }
    };
    let heading = focus.map(|c| {
        let name = move || match lang.get() {
            Lang::Id => c.name.clone(),
            Lang::En => c.name_en.clone(),
        };
        view! {
            <h2>{name}</h2>
            <p><a href=Route::Materials(None).href()>{tr(LKey::AllMaterials)}</a></p>
        }
    });
    view! {
        <p>{tr(LKey::MaterialsIntro)}</p>
        {heading}
        <div class="materials">{list}</div>
    }
}

#[component]
fn SourceCard(bank: Arc<CheckedBank>, material: Material) -> impl IntoView {
    let Some(source) = bank.bank.sources.get(material.source).cloned() else {
        return ().into_any();
    };
    let to_study = material.to_study();
    let count = material.citations.len();
    let link = match safe_link(&source.url) {
        Some(href) => view! {
            <p><a href=href target="_blank" rel="noopener noreferrer">{tr(LKey::OpenSource)}</a></p>
        }
        .into_any(),
        None => view! { <p class="muted">{tr(LKey::NoSourceLink)}</p> }.into_any(),
    };
    let items = material
        .citations
        .into_iter()
        .map(|c| view! { <CitationRow citation=c/> })
        .collect_view();
    view! {
        <details class="card source-card" open={to_study > 0}>
            <summary>
                <strong>{source.title.clone()}</strong>
                <span class="muted">" · " {count} " " {tr(Key::ItemsWord)}</span>
                {(to_study > 0).then(|| view! {
                    " " <span class="badge to-study">{to_study} " " {tr(LKey::ToStudy)}</span>
                })}
            </summary>
            {link}
            <ul class="citations">{items}</ul>
        </details>
    }
    .into_any()
}

#[component]
fn CitationRow(citation: Citation) -> impl IntoView {
    let (class, key) = match citation.outcome {
        Outcome::Right => ("outcome right", LKey::OutcomeRight),
        Outcome::Partial => ("outcome partial", LKey::OutcomePartial),
        Outcome::Wrong => ("outcome wrong", LKey::OutcomeWrong),
        Outcome::None => ("outcome none", LKey::OutcomeNone),
    };
    let prompt: String = citation.prompt.chars().take(160).collect();
    let more = citation.prompt.chars().count() > 160;
    view! {
        <li data-item=citation.item>
            <span class=class>{tr(key)}</span>
            {(!citation.locator.is_empty()).then(|| view! { " " <strong>{citation.locator}</strong> " — " })}
            " " {prompt} {more.then_some("…")}
        </li>
    }
}
