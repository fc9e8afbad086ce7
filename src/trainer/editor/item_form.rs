//! One item: its kind (changing it keeps what kinds share), id, prompt, what depends on the
//! kind, what it measures and for whom, the explanation and the source; duplicate and delete.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape};
use super::item_body::ItemBody;
use super::measures::{Measures, RolesOfItem, SourceOfItem};
use super::state::use_edit;
use crate::domain::bank::editing::parts::{self, fresh_id};
use crate::domain::bank::ItemKind;
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::i18n::kind_label;
use crate::ui::shared::use_lang;
use crate::view::editor::field_id;

/// The kind of the item at `at`, as a memo (forms below it are rebuilt only when it changes).
pub fn kind_of(at: &Path) -> Memo<Option<ItemKind>> {
    let s = use_edit();
    let kind = at.key("kind");
    Memo::new(move |_| {
        s.editor.with(|e| {
            e.get(&kind)
                .and_then(Value::as_str)
                .and_then(ItemKind::from_name)
        })
    })
}

#[component]
pub fn ItemForm(index: usize) -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let items = Path::root().key("items");
    let at = items.index(index);
    let kind = kind_of(&at);
    let a1 = at.clone();
    let retype = move |ev: leptos::ev::Event| {
        let Some(k) = ItemKind::from_name(&event_target_value(&ev)) else {
            return;
        };
        let now = s.editor.with_untracked(|e| e.get(&a1).cloned());
        if let Some(now) = now {
            s.edit(|e| e.replace(&a1, parts::retype(&now, k)));
        }
    };
    let i1 = items.clone();
    let duplicate = move |_| {
        let copy = s.editor.with_untracked(|e| {
            let mut copy = e.get(&i1.index(index)).cloned()?;
            let base = copy
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("soal")
                .to_owned();
            let id = fresh_id(&format!("{base}-salinan"), &parts::ids(e.get(&i1)));
            copy.as_object_mut()?.insert("id".into(), Value::from(id));
            Some(copy)
        });
        if let Some(copy) = copy {
            if s.edit(|e| e.insert(&i1, index + 1, copy)) {
                s.go(i1.index(index + 1).key("prompt"));
            }
        }
    };
    let i2 = items.clone();
    let kind_id = field_id(&at.key("kind"));
    view! {
        <h2>{tr(EKey::Items)} " " {index + 1}</h2>
        // What is said of the item as a whole (e.g. another item gives its answer away).
        <FieldProblems path=at.clone()/>
        <div class="form-grid">
            <div class="field">
                <label class="label" for=kind_id.clone()>{tr(EKey::Kind)}</label>
                <select id=kind_id on:change=retype>
                    {ItemKind::ALL.iter().map(|k| {
                        let k = *k;
                        view! {
                            <option value=k.name() selected=move || kind.get() == Some(k)>
                                {move || kind_label(lang.get(), k)}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <Field path=at.key("id") label=EKey::Id/>
        </div>
        <Field path=at.key("prompt") label=EKey::Prompt long=true/>
        {
            let a = at.clone();
            move || kind.get().map(|k| view! { <ItemBody at=a.clone() kind=k/> })
        }
        <Measures at=at.clone()/>
        <RolesOfItem at=at.clone()/>
        <Field path=at.key("explanation") label=EKey::Explanation shape=Shape::OptText long=true/>
        <SourceOfItem at=at.clone()/>
        <div class="actions">
            <button type="button" class="btn secondary" on:click=duplicate>{tr(EKey::Duplicate)}</button>
            <button type="button" class="btn link danger" on:click=move |_| s.remove(&i2, index)>
                {tr(EKey::DeleteItem)}
            </button>
        </div>
    }
}
