//! Each competency's score across the candidate's attempts with the bank in use, as small line
//! charts (SVG): filled dots for whole attempts, hollow ones for short practice, the first and the
//! last date under the line. Read aloud, each chart lists every attempt's date, mode and score.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::results::ResultsFile;
use crate::i18n::{mode_name, percent, LKey, Lang};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::learning::{chart_points, progress, Step};
use crate::view::radar::coord;

const W: f64 = 320.0;
const H: f64 = 120.0;
/// `0 0 W H` (written out: formatting the numbers would link float formatting for it).
const VIEW_BOX: &str = "0 0 320 120";
const PAD: f64 = 16.0;
/// The most recent attempts a chart shows.
const MAX_STEPS: usize = 12;

#[component]
pub fn ProgressChart(bank: Arc<CheckedBank>, entries: Vec<ResultsFile>) -> impl IntoView {
    crate::platform::layout::add_stylesheet(crate::ui::pages::split::LEARNING_CSS);
    let charts: Vec<_> = bank
        .bank
        .competencies
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let mut steps = progress(&entries, &bank.bank.id, &c.id);
            steps.drain(..steps.len().saturating_sub(MAX_STEPS));
            (!steps.is_empty()).then(|| {
                let names = (c.name.clone(), c.name_en.clone());
                view! { <Chart number=i + 1 names steps/> }
            })
        })
        .collect();
    (!charts.is_empty()).then(|| {
        view! {
            <section class="progress-by-competency" aria-labelledby="progress-title">
                <h2 id="progress-title">{tr(LKey::ProgressTitle)}</h2>
                <p class="muted">{tr(LKey::ProgressIntro)}</p>
                <div class="progress-charts">{charts}</div>
            </section>
        }
    })
}

#[component]
fn Chart(number: usize, names: (String, String), steps: Vec<Step>) -> impl IntoView {
    let lang = use_lang();
    let name = move || match lang.get() {
        Lang::Id => names.0.clone(),
        Lang::En => names.1.clone(),
    };
    let points = chart_points(&steps, W, H, PAD);
    let line = points
        .iter()
        .map(|(x, y)| format!("{},{}", coord(*x), coord(*y)))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = steps
        .iter()
        .zip(&points)
        .map(|(s, (x, y))| {
            let class = if s.mode.is_full() { "dot" } else { "dot short" };
            view! { <circle class=class cx=coord(*x) cy=coord(*y) r="4.5"/> }
        })
        .collect_view();
    let grid = [0.0, 0.5, 1.0].map(|f| {
        let y = coord(H - PAD - f * (H - 2.0 * PAD));
        view! { <line class="grid" x1=coord(PAD) x2=coord(W - PAD) y1=y.clone() y2=y/> }
    });
    let (first, last) = (
        steps.first().map(|s| s.date.clone()).unwrap_or_default(),
        steps.last().map(|s| s.date.clone()).unwrap_or_default(),
    );
    let latest = steps
        .last()
        .map(|s| percent(s.percent_bp))
        .unwrap_or_default();
    let desc = move || {
        let l = lang.get();
        steps
            .iter()
            .map(|s| {
                format!(
                    "{}, {}: {}",
                    s.date,
                    mode_name(l, s.mode),
                    percent(s.percent_bp)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let title_id = format!("progress-{number}-title");
    let desc_id = format!("progress-{number}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="progress-chart">
            <figcaption>
                <span class="axis-number">{number.to_string()}</span> " " {name.clone()}
                " · " <strong>{latest}</strong>
            </figcaption>
            <svg viewBox=VIEW_BOX role="img" aria-labelledby=labelled_by>
                <title id=title_id>{name}</title>
                <desc id=desc_id>{desc}</desc>
                {grid}
                <polyline class="line" points=line/>
                {dots}
                <text class="date" x=coord(PAD) y=coord(H - 2.0) text-anchor="start">{first}</text>
                <text class="date" x=coord(W - PAD) y=coord(H - 2.0) text-anchor="end">{last}</text>
            </svg>
        </figure>
    }
}
