//! The fields every form is made of, each bound to a path of the bank being edited: it shows
//! the value there, writes what is typed back at once, and lists the problems the checker found
//! at that path beside it (linked to the input for screen readers).

use crate::ui::tr;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::i18n::problem_text;
use crate::ui::shared::use_lang;
use crate::view::editor::{field_id, lines_from, lines_of, number_from, number_text, text_of};

/// How a field's text becomes a value.
#[derive(Clone, Copy, PartialEq)]
pub enum Shape {
    /// A required text: what is typed, even empty.
    Text,
    /// An optional text: empty removes the field.
    OptText,
    /// A number (a decimal comma is fine); empty removes the field.
    Number,
    /// A list of texts, one per line.
    Lines,
}

impl Shape {
    fn shown(self, v: Option<&Value>) -> String {
        match self {
            Shape::Number => number_text(v),
            Shape::Lines => lines_of(v),
            Shape::Text | Shape::OptText => text_of(v),
        }
    }
    fn read(self, text: String) -> Option<Value> {
        match self {
            Shape::Text => Some(Value::from(text)),
            Shape::OptText => (!text.is_empty()).then(|| Value::from(text)),
            Shape::Number => number_from(&text),
            Shape::Lines => lines_from(&text),
        }
    }
}

/// The problems at `path`, as a list beside its field (id `p-` and the field's id).
#[component]
pub fn FieldProblems(path: Path) -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let id = format!("p-{}", field_id(&path));
    let lines = move || {
        s.findings.with(|f| {
            f.at(&path)
                .map(|p| (p.is_error(), problem_text(lang.get(), &p.kind)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <ul class="field-problems" id=id>
            {move || lines().into_iter().map(|(error, text)| {
                let class = if error { "problem error" } else { "problem warning" };
                view! { <li class=class>{text}</li> }
            }).collect_view()}
        </ul>
    }
}

/// A labelled field at `path`.
#[component]
pub fn Field(
    path: Path,
    label: EKey,
    #[prop(default = Shape::Text)] shape: Shape,
    /// A text area rather than one line.
    #[prop(optional)]
    long: bool,
) -> impl IntoView {
    let s = use_edit();
    let id = field_id(&path);
    let described = format!("p-{id}");
    let (p1, p2, p3) = (path.clone(), path.clone(), path.clone());
    // What the trainer typed stays as typed while it means the value stored ("0," is 0, a
    // trailing new line is no list item yet); an undo or another change shows the stored value.
    let typed = StoredValue::new(None::<String>);
    let value = move || {
        s.editor.with(|e| {
            let stored = e.get(&p1);
            typed
                .get_value()
                .filter(|t| shape.read(t.clone()).as_ref() == stored)
                .unwrap_or_else(|| shape.shown(stored))
        })
    };
    let invalid = move || {
        s.findings
            .with(|f| f.at(&p2).any(|p| p.is_error()))
            .then_some("true")
    };
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set_value(Some(text.clone()));
        s.set(&p3, shape.read(text));
    };
    let control = if long || shape == Shape::Lines {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described.clone() aria-invalid=invalid
                prop:value=value on:input=input on:change=move |_| s.seal()></textarea>
        }
        .into_any()
    } else {
        let mode = (shape == Shape::Number).then_some("decimal");
        view! {
            <input type="text" id=id.clone() inputmode=mode aria-describedby=described.clone()
                aria-invalid=invalid prop:value=value on:input=input on:change=move |_| s.seal()/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label class="label" for=id>{tr(label)}</label>
            {control}
            <FieldProblems path/>
        </div>
    }
}

/// A tick box at `path`: `true` when ticked; unticked removes the field when `optional`.
#[component]
pub fn Tick(path: Path, label: EKey, #[prop(optional)] optional: bool) -> impl IntoView {
    let s = use_edit();
    let id = field_id(&path);
    let p1 = path.clone();
    let p2 = path.clone();
    let checked = move || {
        s.editor
            .with(|e| e.get(&p1).and_then(Value::as_bool) == Some(true))
    };
    let change = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let v = if optional && !on {
            None
        } else {
            Some(Value::Bool(on))
        };
        s.seal();
        s.set(&p2, v);
        s.seal();
    };
    view! {
        <label class="tick">
            <input type="checkbox" id=id prop:checked=checked on:change=change/>
            " " {tr(label)}
        </label>
        <FieldProblems path/>
    }
}
