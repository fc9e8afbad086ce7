//! What an item measures (competencies with weights), for whom (roles) and what it rests on (a
//! source and where in it). The choices come from the bank's own lists as they are now.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape};
use super::row_tools::{len_of, RowTools};
use super::state::use_edit;
use crate::domain::format::json::{number, Value};
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::view::editor::field_id;

/// `(id, label)` of each element of the bank's list `key`, as a memo.
fn choices(key: &'static str, label: &'static str) -> Memo<Vec<(String, String)>> {
    let s = use_edit();
    Memo::new(move |_| {
        s.editor.with(|e| {
            let list = e.doc().get(key).and_then(Value::as_array);
            list.into_iter()
                .flatten()
                .map(|v| {
                    let text = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
                    (
                        text("id").to_owned(),
                        format!("{} · {}", text(label), text("id")),
                    )
                })
                .collect()
        })
    })
}

/// A select over `options` bound to the text at `path` (`""` offered as `none`, if given).
#[component]
fn Pick(
    path: Path,
    label: EKey,
    options: Memo<Vec<(String, String)>>,
    #[prop(optional)] none: Option<EKey>,
) -> impl IntoView {
    let s = use_edit();
    let id = field_id(&path);
    let (p1, p2) = (path.clone(), path.clone());
    let now = Memo::new(move |_| {
        s.editor.with(|e| {
            e.get(&p1)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        })
    });
    let change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        s.seal();
        s.set(&p2, Some(Value::from(v)));
        s.seal();
    };
    view! {
        <div class="field">
            <label class="label" for=id.clone()>{tr(label)}</label>
            <select id=id on:change=change>
                {none.map(|k| view! { <option value="">{tr(k)}</option> })}
                {move || {
                    let current = now.get();
                    let mut list = options.get();
                    if !current.is_empty() && !list.iter().any(|(i, _)| *i == current) {
                        list.push((current.clone(), current.clone()));
                    }
                    list.into_iter().map(|(id, text)| {
                        let selected = id == current;
                        view! { <option value=id selected=selected>{text}</option> }
                    }).collect_view()
                }}
            </select>
            <FieldProblems path/>
        </div>
    }
}

/// The competencies an item measures.
#[component]
pub fn Measures(at: Path) -> impl IntoView {
    let s = use_edit();
    let list = at.key("competencies");
    let len = len_of(&list);
    let options = choices("competencies", "name");
    let l1 = list.clone();
    // A new measure is the bank's first competency at full weight.
    let add = move |_| {
        let first = options
            .get_untracked()
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default();
        s.add(&l1, None, "id", |_, _, _| {
            crate::domain::format::json::Enc::new()
                .str("id", &first)
                .val("weight", number(1.0))
                .done()
        })
    };
    let l2 = list.clone();
    view! {
        <h3 id=field_id(&list)>{tr(EKey::Measures)}</h3>
        <FieldProblems path=list.clone()/>
        {move || (0..len.get()).map(|i| {
            let w = l2.index(i);
            view! {
                <div class="form-grid measure" id=field_id(&w)>
                    <Pick path=w.key("id") label=EKey::Competencies options/>
                    <Field path=w.key("weight") label=EKey::Weight shape=Shape::Number/>
                    <RowTools list=l2.clone() index=i len=len.get_untracked()/>
                </div>
            }
        }).collect_view()}
        <button type="button" class="btn secondary" on:click=add>{tr(EKey::AddMeasure)}</button>
    }
}

/// The roles an item is for: none ticked, every role.
#[component]
pub fn RolesOfItem(at: Path) -> impl IntoView {
    let s = use_edit();
    let roles = choices("roles", "short");
    let path = at.key("roles");
    let p1 = path.clone();
    let ticked = Memo::new(move |_| {
        s.editor.with(|e| {
            e.get(&p1)
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let p2 = StoredValue::new(path.clone());
    let toggle = move |id: String, on: bool| {
        let mut now = ticked.get_untracked();
        now.retain(|r| *r != id);
        if on {
            now.push(id);
        }
        let v = (!now.is_empty()).then(|| Value::Array(now.into_iter().map(Value::from).collect()));
        s.seal();
        p2.with_value(|p| s.set(p, v));
        s.seal();
    };
    view! {
        <fieldset class="ticks" id=field_id(&path)>
            <legend>{tr(EKey::RolesOfItem)}</legend>
            {move || roles.get().into_iter().map(|(id, text)| {
                let (i1, i2) = (id.clone(), id.clone());
                view! {
                    <label class="tick">
                        <input type="checkbox" prop:checked=move || ticked.get().contains(&i1)
                            on:change=move |ev| toggle(i2.clone(), event_target_checked(&ev))/>
                        " " {text}
                    </label>
                }
            }).collect_view()}
            <FieldProblems path=path.clone()/>
        </fieldset>
    }
}

/// The source an item rests on, and where in it.
#[component]
pub fn SourceOfItem(at: Path) -> impl IntoView {
    let s = use_edit();
    let sources = choices("sources", "title");
    let path = at.key("source");
    let (p1, p2) = (path.clone(), path.clone());
    let has = Memo::new(move |_| s.editor.with(|e| e.get(&p1).is_some()));
    let id = field_id(&path.key("ref"));
    let now = {
        let p = path.key("ref");
        Memo::new(move |_| {
            s.editor.with(|e| {
                e.get(&p)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            })
        })
    };
    let change = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        let locator = s
            .editor
            .with_untracked(|e| e.get(&p2.key("locator")).cloned());
        let v = (!chosen.is_empty()).then(|| {
            let mut o = crate::domain::format::json::Map::new();
            o.insert("ref".into(), Value::from(chosen));
            if let Some(l) = locator {
                o.insert("locator".into(), l);
            }
            Value::Object(o)
        });
        s.seal();
        s.set(&p2, v);
        s.seal();
    };
    let p3 = path.clone();
    view! {
        <div class="form-grid">
            <div class="field">
                <label class="label" for=id.clone()>{tr(EKey::Source)}</label>
                <select id=id on:change=change>
                    <option value="">{tr(EKey::NoSource)}</option>
                    {move || {
                        let current = now.get();
                        sources.get().into_iter().map(|(id, text)| {
                            let selected = id == current;
                            view! { <option value=id selected=selected>{text}</option> }
                        }).collect_view()
                    }}
                </select>
                <FieldProblems path=path.clone()/>
                <FieldProblems path=path.key("ref")/>
            </div>
            <Show when=move || has.get()>
                <Field path=p3.key("locator") label=EKey::Locator shape=Shape::OptText/>
            </Show>
        </div>
    }
}
