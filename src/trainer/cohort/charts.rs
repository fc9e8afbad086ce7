//! The group's charts: the radar of group means with the selected participant over it, a
//! histogram per competency coloured by rubric level, and the participants × competencies
//! heatmap.

use crate::domain::bank::CheckedBank;
use crate::i18n::trainer::TKey;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::cohort::stats::{Distribution, Row};
use crate::i18n::{percent, Key, Lang};
use crate::ui::components::RadarChart;
use crate::ui::tr;

#[component]
pub fn GroupRadar(
    bank: Arc<CheckedBank>,
    dists: Arc<Vec<Distribution>>,
    rows: Arc<Vec<Row>>,
    selected: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let l = lang.get();
        let values: Vec<(String, Option<f64>)> = bank
            .bank
            .competencies
            .iter()
            .zip(dists.iter())
            .map(|(c, d)| {
                let name = if l == Lang::En {
                    c.name_en.clone()
                } else {
                    c.name.clone()
                };
                (name, d.mean_bp.map(|m| f64::from(m) / 10_000.0))
            })
            .collect();
        let overlay = selected
            .get()
            .and_then(|i| rows.iter().find(|r| r.index == i))
            .map(|r| {
                r.competencies
                    .iter()
                    .map(|c| c.as_ref().map(|c| f64::from(c.0) / 10_000.0))
                    .collect::<Vec<_>>()
            });
        view! {
            <figure class="group-radar">
                {match overlay {
                    Some(o) => view! { <RadarChart values previous=o/> }.into_any(),
                    None => view! { <RadarChart values/> }.into_any(),
                }}
                <figcaption class="muted">{tr(TKey::GroupRadarCaption)}</figcaption>
            </figure>
        }
    }
}

#[component]
pub fn Histograms(bank: Arc<CheckedBank>, dists: Arc<Vec<Distribution>>) -> impl IntoView {
    let lang = use_lang();
    let charts = bank
        .bank
        .competencies
        .iter()
        .zip(dists.iter())
        .enumerate()
        .map(|(i, (c, d))| {
            let max = d.bins.iter().copied().max().unwrap_or(0).max(1);
            let bars = d
                .bins
                .iter()
                .enumerate()
                .map(|(b, &n)| {
                    let h = f64::from(n) / f64::from(max) * 60.0;
                    let level = c.level_for(b as u32 * 1000 + 500).map_or(String::new(), |l| l.id.clone());
                    view! {
                        <rect class=format!("bin level-fill-{level}") x=b * 20 + 2 y=70.0 - h width="16" height=h>
                            <title>{format!("{}–{}%: {n}", b * 10, b * 10 + 9)}</title>
                        </rect>
                    }
                })
                .collect_view();
            let levels = d
                .levels
                .iter()
                .filter_map(|(id, n)| Some(format!("{} {n}", c.rubric.iter().find(|l| &l.id == id)?.label)))
                .collect::<Vec<_>>()
                .join(" · ");
            let (name, name_en) = (c.name.clone(), c.name_en.clone());
            let mean = d.mean_bp.map_or_else(|| "–".to_owned(), percent);
            view! {
                <figure class="histogram">
                    <figcaption>
                        <strong>{i + 1} ". " {move || if lang.get() == Lang::En { name_en.clone() } else { name.clone() }}</strong>
                        " · " {tr(TKey::Mean)} " " {mean} " · n = " {d.n}
                    </figcaption>
                    <svg viewBox="0 0 200 84" role="img" aria-label=levels.clone()>
                        {bars}
                        <line class="axis" x1="0" y1="70" x2="200" y2="70"/>
                        <text x="0" y="82" class="tick">"0%"</text>
                        <text x="200" y="82" class="tick" text-anchor="end">"100%"</text>
                    </svg>
                    <p class="muted small">{levels}</p>
                </figure>
            }
        })
        .collect_view();
    view! { <div class="histograms">{charts}</div> }
}

/// Colour bands of a percentage, for heatmap cells.
fn band(bp: u32) -> &'static str {
    match bp {
        0..=4_999 => "heat-1",
        5_000..=6_999 => "heat-2",
        7_000..=8_499 => "heat-3",
        _ => "heat-4",
    }
}

/// At most this many participants in the heatmap (the filtered, sorted first ones).
const HEAT_ROWS: usize = 200;

#[component]
pub fn Heatmap(bank: Arc<CheckedBank>, rows: Memo<Vec<Row>>) -> impl IntoView {
    let n = bank.bank.competencies.len();
    let head = (1..=n)
        .map(|i| view! { <th scope="col">{i}</th> })
        .collect_view();
    let body = move || {
        rows.with(|rows| {
            rows.iter()
                .take(HEAT_ROWS)
                .map(|r| {
                    let cells = r
                        .competencies
                        .iter()
                        .map(|c| match c {
                            Some((bp, _, _)) => view! { <td class=band(*bp) title=percent(*bp)>{(bp + 50) / 100}</td> }.into_any(),
                            None => view! { <td class="heat-0">"–"</td> }.into_any(),
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{r.name.clone()}</th>{cells}</tr> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-wrap">
            <table class="heatmap">
                <thead><tr><th scope="col">{tr(Key::Participant)}</th>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="muted small">{tr(TKey::HeatmapNote)}</p>
    }
}
