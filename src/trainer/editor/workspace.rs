//! The editor at work: the toolbar above; the parts of the bank and the item list on the left;
//! the form of the part open in the middle; the problems and the preview on the right. Ctrl+Z and
//! Ctrl+Y (or Ctrl+Shift+Z) undo and redo anywhere in it, over the whole history.

use crate::ui::tr;
use leptos::prelude::*;

use super::competency_form::CompetencyForm;
use super::fields::FieldProblems;
use super::info_form::InfoForm;
use super::item_form::ItemForm;
use super::item_list::ItemList;
use super::list_form::{ListForm, Records};
use super::preview::Preview;
use super::problems_panel::ProblemsPanel;
use super::state::use_edit;
use super::toolbar::Toolbar;
use crate::domain::format::json::Value;
use crate::i18n::editor::EKey;
use crate::view::editor::{has_error_under, Part};

#[component]
pub fn Workspace() -> impl IntoView {
    let s = use_edit();
    let part = Memo::new(move |_| Part::of(&s.at.get()));
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                s.undo();
            }
            ("y", _) | ("z", true) => {
                ev.prevent_default();
                s.redo();
            }
            _ => {}
        }
    };
    let form = move || match part.get() {
        Part::Info => view! { <InfoForm/> }.into_any(),
        Part::Sources => view! { <ListForm records=Records::Sources/> }.into_any(),
        Part::Roles => view! { <ListForm records=Records::Roles/> }.into_any(),
        Part::Competency(i) => view! { <CompetencyForm index=i/> }.into_any(),
        Part::Item(i) => view! { <ItemForm index=i/> }.into_any(),
    };
    view! {
        <div class="editor" on:keydown=keys>
            <Toolbar/>
            <div class="editor-columns">
                <nav class="editor-nav" aria-label=move || tr(EKey::Parts)()>
                    <PartsNav part/>
                    <h2>{tr(EKey::Items)}</h2>
                    <FieldProblems path=crate::domain::format::problem::Path::root().key("items")/>
                    <ItemList part/>
                </nav>
                <section class="editor-form" aria-live="off">{form}</section>
                <aside class="editor-side">
                    <ProblemsPanel/>
                    <Preview part/>
                </aside>
            </div>
        </div>
    }
}

/// The bank's parts other than items: details, sources, roles, each competency.
#[component]
fn PartsNav(part: Memo<Part>) -> impl IntoView {
    let s = use_edit();
    let competencies = Memo::new(move |_| {
        s.editor.with(|e| {
            let list = e.doc().get("competencies").and_then(Value::as_array);
            list.into_iter()
                .flatten()
                .map(|c| {
                    c.get("name")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned()
                })
                .collect::<Vec<_>>()
        })
    });
    let link = move |p: Part, label: Box<dyn Fn() -> String + Send + Sync>| {
        let current = move || (part.get() == p).then_some("true");
        let error = move || {
            s.findings
                .with(|f| has_error_under(f, &p.path()) && p != Part::Info)
        };
        view! {
            <li>
                <button type="button" class="part-button" class:error=error aria-current=current
                    on:click=move |_| s.go(p.path())>{label}</button>
            </li>
        }
    };
    let add = move |_| {
        use crate::domain::bank::editing::parts::{competency, fresh_id};
        let list = crate::domain::format::problem::Path::root().key("competencies");
        s.add(&list, None, "name", |_, _, taken| {
            competency(&fresh_id("kompetensi", taken))
        })
    };
    view! {
        <ul class="parts">
            {link(Part::Info, Box::new(move || tr(EKey::Info)().to_owned()))}
            {link(Part::Sources, Box::new(move || tr(EKey::Sources)().to_owned()))}
            {link(Part::Roles, Box::new(move || tr(EKey::Roles)().to_owned()))}
        </ul>
        <h2>{tr(EKey::Competencies)}</h2>
        <FieldProblems path=crate::domain::format::problem::Path::root().key("competencies")/>
        <ul class="parts">
            {move || competencies.get().into_iter().enumerate().map(|(i, name)| {
                let name = if name.trim().is_empty() { format!("{} {}", tr(EKey::Competencies)(), i + 1) } else { name };
                link(Part::Competency(i), Box::new(move || name.clone()))
            }).collect_view()}
        </ul>
        <button type="button" class="btn secondary" on:click=add>{tr(EKey::AddCompetency)}</button>
    }
}
