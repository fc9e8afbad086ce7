//! The room's score per competency: the radar and its legend.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::ui::components::RadarChart;
use crate::ui::tr;
use crate::view::present_summary::pct;

#[component]
pub fn RoomRadar(scores: Vec<(String, Option<f64>)>) -> impl IntoView {
    let legend = scores
        .iter()
        .map(|(name, v)| view! { <li>{name.clone()} ": " <strong>{pct(*v)}</strong></li> })
        .collect_view();
    view! {
        <section class="card">
            <h2>{tr(TKey::RoomByCompetency)}</h2>
            <div class="radar-wrap">
                <RadarChart values=scores/>
                <ol class="radar-legend">{legend}</ol>
            </div>
            <p class="muted">{tr(TKey::RoomScoreNote)}</p>
        </section>
    }
}
