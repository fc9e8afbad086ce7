//! One competency: its names, description and rubric levels (lowest first), each level with the
//! percentage it starts at, what it means and what to do next.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape};
use super::row_tools::{len_of, RowTools};
use super::state::use_edit;
use crate::domain::bank::editing::parts::{self, fresh_id};
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::view::editor::field_id;

#[component]
pub fn CompetencyForm(index: usize) -> impl IntoView {
    let s = use_edit();
    let at = Path::root().key("competencies").index(index);
    let rubric = at.key("rubric");
    let len = len_of(&rubric);
    let r1 = rubric.clone();
    // A new level starts 10 points above the last one.
    let add_level = move |_| {
        s.add(&r1, None, "label", |e, n, taken| {
            let last = e.get(&r1.index(n.saturating_sub(1)).key("min"));
            let min = last
                .and_then(|v| v.as_f64())
                .map_or(0.0, |m| (m + 10.0).min(100.0));
            parts::level(&fresh_id("tingkat", taken), min)
        })
    };
    let r2 = rubric.clone();
    let list = Path::root().key("competencies");
    view! {
        <h2>{tr(EKey::Competencies)} " " {index + 1}</h2>
        <FieldProblems path=at.clone()/>
        <div class="form-grid">
            <Field path=at.key("name") label=EKey::Name/>
            <Field path=at.key("name_en") label=EKey::NameEn/>
            <Field path=at.key("id") label=EKey::Id/>
        </div>
        <Field path=at.key("description") label=EKey::Description long=true/>
        <h3 id=field_id(&rubric)>{tr(EKey::Rubric)}</h3>
        <FieldProblems path=rubric.clone()/>
        {move || (0..len.get()).map(|i| {
            let l = r2.index(i);
            view! {
                <fieldset class="record" id=field_id(&l)>
                    <legend>{i + 1}</legend>
                    <div class="form-grid">
                        <Field path=l.key("label") label=EKey::LevelLabel/>
                        <Field path=l.key("min") label=EKey::LevelMin shape=Shape::Number/>
                        <Field path=l.key("id") label=EKey::Id/>
                    </div>
                    <Field path=l.key("descriptor") label=EKey::Descriptor long=true/>
                    <Field path=l.key("recommendation") label=EKey::Recommendation long=true/>
                    <RowTools list=r2.clone() index=i len=len.get_untracked()/>
                </fieldset>
            }
        }).collect_view()}
        <div class="actions">
            <button type="button" class="btn secondary" on:click=add_level>{tr(EKey::AddLevel)}</button>
            <button type="button" class="btn link danger" on:click=move |_| s.remove(&list, index)>
                {tr(EKey::Delete)} " " {tr(EKey::Competencies)}
            </button>
        </div>
    }
}
