//! Sources and roles: a list of small records, each a row of fields with its tools, and a
//! button that adds one with a fresh id.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape};
use super::row_tools::{len_of, RowTools};
use super::state::use_edit;
use crate::domain::bank::editing::parts::{self, fresh_id};
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;

/// Which list: its key in the bank, its fields and how a new element starts.
#[derive(Clone, Copy, PartialEq)]
pub enum Records {
    Sources,
    Roles,
}

impl Records {
    fn key(self) -> &'static str {
        match self {
            Records::Sources => "sources",
            Records::Roles => "roles",
        }
    }
    fn fields(self) -> &'static [(&'static str, EKey, Shape)] {
        match self {
            Records::Sources => &[
                ("id", EKey::Id, Shape::Text),
                ("title", EKey::BankTitle, Shape::Text),
                ("url", EKey::Url, Shape::OptText),
            ],
            Records::Roles => &[
                ("id", EKey::Id, Shape::Text),
                ("short", EKey::Short, Shape::Text),
                ("name", EKey::Name, Shape::Text),
            ],
        }
    }
    fn new_one(self, taken: &[String]) -> Value {
        match self {
            Records::Sources => parts::source(&fresh_id("sumber", taken)),
            Records::Roles => parts::role(&fresh_id("peran", taken)),
        }
    }
    fn labels(self) -> (EKey, EKey) {
        match self {
            Records::Sources => (EKey::Sources, EKey::AddSource),
            Records::Roles => (EKey::Roles, EKey::AddRole),
        }
    }
}

#[component]
pub fn ListForm(records: Records) -> impl IntoView {
    let s = use_edit();
    let list = Path::root().key(records.key());
    let len = len_of(&list);
    let (title, add) = records.labels();
    let l1 = list.clone();
    let add_one = move |_| s.add(&l1, None, "id", |_, _, taken| records.new_one(taken));
    let l2 = list.clone();
    view! {
        <h2>{tr(title)}</h2>
        <FieldProblems path=list.clone()/>
        {move || (0..len.get()).map(|i| {
            let at = l2.index(i);
            let fields = records.fields().iter().map(|(key, label, shape)| {
                view! { <Field path=at.key(key) label=*label shape=*shape/> }
            }).collect_view();
            view! {
                <fieldset class="record" id=crate::view::editor::field_id(&at)>
                    <legend>{i + 1}</legend>
                    <div class="form-grid">{fields}</div>
                    <RowTools list=l2.clone() index=i len=len.get_untracked()/>
                </fieldset>
            }
        }).collect_view()}
        <button type="button" class="btn secondary" on:click=add_one>{tr(add)}</button>
    }
}
