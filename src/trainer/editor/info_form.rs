//! The bank's own details: id, title, version, language, description, the note on levels, the
//! can-do scale, the simulation's time and how many items an attempt draws.

use crate::ui::tr;
use leptos::prelude::*;

use super::fields::{Field, FieldProblems, Shape};
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;

#[component]
pub fn InfoForm() -> impl IntoView {
    let at = |k: &str| Path::root().key(k);
    view! {
        <h2>{tr(EKey::Info)}</h2>
        // What is said of the bank as a whole (e.g. the answer-cue analysis).
        <FieldProblems path=Path::root()/>
        <div class="form-grid">
            <Field path=at("title") label=EKey::BankTitle/>
            <Field path=at("id") label=EKey::Id/>
            <Field path=at("version") label=EKey::Version/>
            <Field path=at("language") label=EKey::Language/>
        </div>
        <Field path=at("description") label=EKey::Description shape=Shape::OptText long=true/>
        <Field path=at("disclaimer") label=EKey::Disclaimer shape=Shape::OptText long=true/>
        <Field path=at("likert_anchors") label=EKey::Anchors shape=Shape::Lines/>
        <div class="form-grid">
            <Field path=at("simulation_minutes") label=EKey::SimMinutes shape=Shape::Number/>
            <Field path=at("draw_per_competency") label=EKey::DrawPer shape=Shape::Number/>
        </div>
    }
}
