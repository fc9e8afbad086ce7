//! The competency profile as a radar chart (SVG): one numbered axis per competency, the
//! attempt's headline percentages, and the previous attempt's as a dashed outline. Numbers keep
//! it readable on a phone; the list below it names them.

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::view::radar::{anchor, coord, point, polygon, whole_percent};

const SIZE: f64 = 300.0;
const C: f64 = SIZE / 2.0;
const R: f64 = 110.0;
/// The chart with room around it for the axis numbers: `SIZE` plus 40 each side, 10 above and below.
const VIEW_BOX: &str = "-40 -10 380 320";

#[component]
pub fn RadarChart(
    /// Each competency's name and headline share (0 to 1), `None` when not scored.
    values: Vec<(String, Option<f64>)>,
    /// The previous attempt's shares, in the same order.
    #[prop(optional)]
    previous: Option<Vec<Option<f64>>>,
) -> impl IntoView {
    let lang = use_lang();
    let n = values.len();
    let rings = [0.25, 0.5, 0.75, 1.0]
        .map(|f| polygon(&vec![f; n], C, C, R))
        .map(|points| view! { <polygon class="ring" points=points/> });
    let axes = (0..n)
        .map(|i| {
            let (x, y) = point(i, n, 1.0, C, C, R);
            let (lx, ly) = point(i, n, 1.0, C, C, R + 16.0);
            view! {
                <line class="axis" x1=coord(C) y1=coord(C) x2=coord(x) y2=coord(y)/>
                <text class="axis-label" x=coord(lx) y=coord(ly + 5.0) text-anchor=anchor(i, n)>
                    {(i + 1).to_string()}
                </text>
            }
        })
        .collect_view();
    let now: Vec<f64> = values.iter().map(|(_, v)| v.unwrap_or(0.0)).collect();
    let before = previous.map(|p| {
        let p: Vec<f64> = p.into_iter().map(|v| v.unwrap_or(0.0)).collect();
        view! { <polygon class="previous" points=polygon(&p, C, C, R)/> }
    });
    let dots = now
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, n, *v, C, C, R);
            view! { <circle class="dot" cx=coord(x) cy=coord(y) r="4"/> }
        })
        .collect_view();
    let desc = values
        .iter()
        .enumerate()
        .map(|(i, (name, v))| match v {
            Some(v) => format!("{}. {name}: {}%", i + 1, whole_percent(*v)),
            None => format!("{}. {name}: –", i + 1),
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="radar">
            <svg
                viewBox=VIEW_BOX
                role="img"
                aria-labelledby="radar-title radar-desc"
            >
                <title id="radar-title">{move || t(lang.get(), Key::RadarTitle)}</title>
                <desc id="radar-desc">{desc}</desc>
                {rings}
                {axes}
                {before}
                <polygon class="current" points=polygon(&now, C, C, R)/>
                {dots}
            </svg>
        </figure>
    }
}
