//! "Analisis petunjuk jawaban" under a checked bank: per kind, what blind strategies score
//! against a random pick; keys per multiple-answer item; absolute words; pools per role and
//! competency; and per item, in a fold. The warnings themselves are in the problem list above.

use crate::domain::format::number::fixed;
use crate::i18n::trainer::TKey;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::cues::{CueReport, ItemCues, MAX_GAIN};
use crate::i18n::{
    absolute_counts, key_counts, kind_label, strategy_name, t, telling_words, Key, Lang,
};
use crate::ui::shared::use_lang;
use crate::ui::tr;

/// "pilihan terpanjang 0.36", marked when it beats `random` by more than the threshold.
fn figure(
    lang: Lang,
    s: crate::domain::bank::cues::Strategy,
    v: f64,
    random: f64,
    judged: bool,
) -> impl IntoView {
    let over = judged && s.held() && v - random > MAX_GAIN + 1e-9;
    view! {
        <span class=if over { "cue over" } else { "cue" }>
            {strategy_name(lang, s)} " " {fixed(v, 2)}
        </span>
        " "
    }
}

fn item_row(lang: Lang, i: &ItemCues) -> impl IntoView {
    let figures = i
        .scores
        .iter()
        .map(|(s, v)| figure(lang, *s, *v, i.random, true))
        .collect_view();
    view! {
        <tr>
            <td><code>{i.id.clone()}</code></td>
            <td>{kind_label(lang, i.kind)}</td>
            <td>{fixed(i.random, 2)}</td>
            <td>{figures}</td>
        </tr>
    }
}

fn pools_table(lang: Lang, r: &CueReport) -> impl IntoView {
    let mut competencies: Vec<String> = Vec::new();
    for p in &r.pools {
        if !competencies.contains(&p.competency) {
            competencies.push(p.competency.clone());
        }
    }
    let mut roles: Vec<String> = Vec::new();
    for p in &r.pools {
        if !roles.contains(&p.role) {
            roles.push(p.role.clone());
        }
    }
    let draw = r.pools.first().map_or(0, |p| p.draw);
    let head = competencies
        .iter()
        .map(|c| view! { <th scope="col">{c.clone()}</th> })
        .collect_view();
    let rows = roles
        .iter()
        .map(|role| {
            let cells = r
                .pools
                .iter()
                .filter(|p| &p.role == role)
                .map(|p| {
                    let class = if p.too_small() { "cue over" } else { "cue" };
                    view! { <td class=class>{p.items}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{role.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    (!r.pools.is_empty()).then(|| {
        view! {
            <h4>{t(lang, TKey::CuesPools)} " (" {draw} ")"</h4>
            <div class="table-wrap" tabindex="0">
                <table class="items cue-pools">
                    <thead><tr><th scope="col">{t(lang, Key::Role)}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

#[component]
pub fn CueAnalysis(report: Arc<CueReport>, clean: bool) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let r = &report;
    let kinds = r
        .kinds
        .iter()
        .map(|k| {
            let figures = k
                .strategies
                .iter()
                .map(|(s, v)| figure(lang, *s, *v, k.random, k.judged()))
                .collect_view();
            let too_few = (!k.judged()).then(|| {
                view! { <span class="muted">" " {t(lang, Key::CuesTooFew)}</span> }
            });
            view! {
                <tr>
                    <th scope="row">{kind_label(lang, k.kind)}</th>
                    <td>{k.items}</td>
                    <td>{fixed(k.random, 2)}</td>
                    <td>{figures} {too_few}</td>
                </tr>
            }
        })
        .collect_view();
    let counts = key_counts(r);
    let words = absolute_counts(r);
    let (key_words, wrong_words) = (telling_words(&r.key_words), telling_words(&r.wrong_words));
    let items = r.items.iter().map(|i| item_row(lang, i)).collect_view();
    view! {
        <section class="cues" aria-labelledby="cues-title">
            <h3 id="cues-title">{tr(TKey::CuesTitle)}</h3>
            <p>{tr(TKey::CuesIntro)}</p>
            {clean.then(|| view! { <p class="banner ok">{tr(TKey::CuesClean)}</p> })}
            <div class="table-wrap" tabindex="0">
                <table class="items cue-kinds">
                    <thead><tr>
                        <th scope="col">{tr(TKey::CuesKind)}</th>
                        <th scope="col">{tr(Key::ItemsWord)}</th>
                        <th scope="col">{tr(TKey::CuesRandom)}</th>
                        <th scope="col">{tr(TKey::CuesStrategies)}</th>
                    </tr></thead>
                    <tbody>{kinds}</tbody>
                </table>
            </div>
            <p class="muted">{tr(TKey::CuesBankWordsNote)}</p>
            {(!key_words.is_empty()).then(|| view! { <p>{tr(TKey::CuesKeyWords)} ": " {key_words}</p> })}
            {(!wrong_words.is_empty()).then(|| view! { <p>{tr(TKey::CuesWrongWords)} ": " {wrong_words}</p> })}
            {(!counts.is_empty()).then(|| view! { <p>{tr(TKey::CuesKeyCounts)} ": " {counts}</p> })}
            {(!words.is_empty()).then(|| view! { <p>{tr(TKey::CuesAbsolute)} ": " {words}</p> })}
            {pools_table(lang, r)}
            <details>
                <summary>{tr(TKey::CuesPerItem)}</summary>
                <div class="table-wrap" tabindex="0">
                    <table class="items cue-items">
                        <thead><tr>
                            <th scope="col">{tr(TKey::Item)}</th>
                            <th scope="col">{tr(TKey::CuesKind)}</th>
                            <th scope="col">{tr(TKey::CuesRandom)}</th>
                            <th scope="col">{tr(TKey::CuesStrategies)}</th>
                        </tr></thead>
                        <tbody>{items}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
