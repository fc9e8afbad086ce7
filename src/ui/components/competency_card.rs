//! One competency in the report: its level, how it was measured, the change since the previous
//! attempt, what it means and what next.

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::domain::bank::{Competency, Evidence};
use crate::domain::scoring::{CompetencyScore, EvidenceScore};
use crate::i18n::{percent, signed_points, t, Key, LKey, Lang};

#[component]
pub fn CompetencyCard(
    /// The position on the radar chart (1-based).
    number: usize,
    competency: Competency,
    score: CompetencyScore,
    /// Change of the headline since the previous attempt, in basis points.
    #[prop(default = None)]
    change: Option<i64>,
    /// The candidate's report: starts a practice of this competency ("Latih kompetensi ini").
    #[prop(default = None)]
    practise: Option<Callback<()>>,
    /// The candidate's report: the address of this competency's study materials.
    #[prop(default = None)]
    materials: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let headline = score
        .headline()
        .and_then(|(e, s)| Some((e, competency.level_for(s.percent_bp?)?.clone(), s.clone())));
    let (name_id, name_en) = (competency.name.clone(), competency.name_en.clone());
    let name = move || match lang.get() {
        Lang::Id => name_id.clone(),
        Lang::En => name_en.clone(),
    };
    let evidence = |key: Key, e: Option<EvidenceScore>| {
        e.map(|e| {
            let value = e.percent_bp.map_or_else(|| "–".to_owned(), percent);
            view! {
                <li>
                    {move || t(lang.get(), key)} ": " <strong>{value}</strong>
                    " (" {e.answered} "/" {e.items} ")"
                </li>
            }
        })
    };
    let change = change.map(|c| {
        let class = if c > 0 {
            "change up"
        } else if c < 0 {
            "change down"
        } else {
            "change"
        };
        view! {
            <span class=class>
                {signed_points(c)} " " {move || t(lang.get(), Key::SincePrevious)}
            </span>
        }
    });
    let body = match headline {
        None => view! { <p class="muted">{move || t(lang.get(), Key::NotScored)}</p> }.into_any(),
        Some((basis, level, s)) => {
            let pct = s.percent_bp.unwrap_or(0);
            let basis_key = match basis {
                Evidence::Tested => Key::LevelBasisTested,
                Evidence::SelfAssessed => Key::LevelBasisSelf,
            };
            view! {
                <p class="level">
                    <span class=format!("badge level-{}", level.id)>{level.label.clone()}</span>
                    " " <span class="pct">{percent(pct)}</span>
                    " " <span class="muted">{move || t(lang.get(), basis_key)}</span>
                    " " {change}
                </p>
                <div class="bar" aria-hidden="true">
                    <div class="bar-fill" style=format!("width:{}%", pct / 100)></div>
                </div>
                <p>{level.descriptor.clone()}</p>
                <p>
                    <strong>{move || t(lang.get(), Key::Recommendation)} ": "</strong>
                    {level.recommendation.clone()}
                    {materials.map(|href| view! {
                        " " <a href=href>{move || t(lang.get(), LKey::MaterialsOfCompetency)}</a>
                    })}
                </p>
            }
            .into_any()
        }
    };
    let practise = practise.map(|start| {
        view! {
            <p class="no-print">
                <button type="button" class="btn secondary" on:click=move |_| start.run(())>
                    {move || t(lang.get(), LKey::PractiseThis)}
                </button>
            </p>
        }
    });
    view! {
        <article class="card competency" data-competency=competency.id.clone()>
            <h2><span class="axis-number">{number.to_string()}</span> " " {name}</h2>
            {body}
            <ul class="evidence">
                {evidence(Key::EvidenceTested, score.tested.clone())}
                {evidence(Key::EvidenceSelf, score.self_assessed.clone())}
            </ul>
            {practise}
        </article>
    }
}
