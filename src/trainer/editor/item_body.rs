//! What depends on an item's kind: options with their key or credit and feedback, whether a
//! statement is true, a can-do item's own labels, an open answer's guidance, model answer,
//! criteria and speaking timer.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape, Tick};
use super::row_tools::{len_of, RowTools};
use super::state::use_edit;
use crate::domain::bank::editing::parts::{self, fresh_id};
use crate::domain::bank::ItemKind;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::view::editor::field_id;

#[component]
pub fn ItemBody(at: Path, kind: ItemKind) -> impl IntoView {
    match kind {
        ItemKind::SingleChoice | ItemKind::MultipleChoice => {
            view! { <Options at kind/> }.into_any()
        }
        ItemKind::Situational => view! {
            <Field path=at.key("scenario") label=EKey::Scenario long=true/>
            <Options at kind/>
        }
        .into_any(),
        ItemKind::TrueFalse => {
            view! { <Tick path=at.key("answer") label=EKey::IsTrue/> }.into_any()
        }
        ItemKind::Likert => {
            view! { <Field path=at.key("anchors") label=EKey::ItemAnchors shape=Shape::Lines/> }
                .into_any()
        }
        ItemKind::OpenAnswer => view! {
            <Field path=at.key("guidance") label=EKey::Guidance shape=Shape::Lines/>
            <Field path=at.key("model_answer") label=EKey::ModelAnswer long=true/>
            <Criteria at=at.clone()/>
            <Field path=at.key("speaking_seconds") label=EKey::Speaking shape=Shape::Number/>
        }
        .into_any(),
    }
}

/// The options of a choice or situational item.
#[component]
fn Options(at: Path, kind: ItemKind) -> impl IntoView {
    let s = use_edit();
    let list = at.key("options");
    let len = len_of(&list);
    let l1 = list.clone();
    // Options are lettered a, b, c… as files write them.
    let add = move |_| {
        s.add(&l1, None, "text", |_, n, taken| {
            let letter = u8::try_from(n)
                .ok()
                .filter(|n| *n < 26)
                .map(|n| char::from(b'a' + n));
            let base = letter.map_or_else(|| format!("p{}", n + 1), String::from);
            parts::option(kind, &fresh_id(&base, taken))
        })
    };
    let l2 = list.clone();
    view! {
        <h3 id=field_id(&list)>{tr(EKey::Options)}</h3>
        <FieldProblems path=list.clone()/>
        {move || (0..len.get()).map(|i| {
            let o = l2.index(i);
            let grading = if kind == ItemKind::Situational {
                view! {
                    <Field path=o.key("credit") label=EKey::Credit shape=Shape::Number/>
                    <Field path=o.key("feedback") label=EKey::Feedback shape=Shape::OptText long=true/>
                }
                .into_any()
            } else {
                view! { <Tick path=o.key("correct") label=EKey::Key optional=true/> }.into_any()
            };
            view! {
                <fieldset class="record option" id=field_id(&o)>
                    <legend>{i + 1}</legend>
                    <div class="form-grid wide-first">
                        <Field path=o.key("text") label=EKey::OptionText long=true/>
                        <Field path=o.key("id") label=EKey::Id/>
                    </div>
                    {grading}
                    <RowTools list=l2.clone() index=i len=len.get_untracked()/>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="btn secondary" on:click=add>{tr(EKey::AddOption)}</button>
    }
}

/// An open answer's rating criteria, each with its levels.
#[component]
fn Criteria(at: Path) -> impl IntoView {
    let s = use_edit();
    let list = at.key("criteria");
    let len = len_of(&list);
    let l1 = list.clone();
    let add = move |_| {
        s.add(&l1, None, "name", |_, _, taken| {
            let c = parts::criterion(&fresh_id("kriteria", taken));
            crate::domain::format::record::Json::write(&c)
        })
    };
    let l2 = list.clone();
    view! {
        <h3 id=field_id(&list)>{tr(EKey::Criteria)}</h3>
        <FieldProblems path=list.clone()/>
        {move || (0..len.get()).map(|i| {
            let c = l2.index(i);
            view! {
                <fieldset class="record" id=field_id(&c)>
                    <legend>{i + 1}</legend>
                    <div class="form-grid">
                        <Field path=c.key("name") label=EKey::Name/>
                        <Field path=c.key("id") label=EKey::Id/>
                    </div>
                    <Field path=c.key("levels") label=EKey::CriterionLevels shape=Shape::Lines/>
                    <RowTools list=l2.clone() index=i len=len.get_untracked()/>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="btn secondary" on:click=add>{tr(EKey::AddCriterion)}</button>
    }
}
