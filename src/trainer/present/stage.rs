//! One slide at projector scale: the blocks `slides::plan` chose, each as large as the floor
//! allows. Answers carry the room's count of raised cards, typed into a small field beside each
//! (the number keys move there), with a bar for its share.

use crate::domain::format::number::fixed;
use crate::i18n::trainer::TKey;
use crate::ui::shared::{use_lang, Language};
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::{Bank, CheckedBank, Item, ItemBody};
use crate::domain::present::session::{room_score, Session};
use crate::domain::present::slides::{answer_text, key_answers, Block, Slide};
use crate::i18n::{room_mean, room_result, t, Key, Lang};
use crate::ui::components::SourceLine;
use crate::view::describe::source_of;
use crate::view::present_show::count_field;

/// The letter the room raises for answer `i`: A, B, C… (1 to 5 on a can-do scale).
pub fn letter(item: &Item, i: usize) -> String {
    match item.body {
        ItemBody::Likert { .. } => (i + 1).to_string(),
        _ => u8::try_from(i)
            .ok()
            .filter(|i| *i < 26)
            .map_or_else(|| (i + 1).to_string(), |i| char::from(b'A' + i).to_string()),
    }
}

/// The words of answer `i` as the room sees them.
fn answer_words(lang: Lang, bank: &Bank, item: &Item, i: usize) -> String {
    match (&item.body, i) {
        (ItemBody::TrueFalse { .. }, 0) => t(lang, Key::TrueLabel).to_owned(),
        (ItemBody::TrueFalse { .. }, _) => t(lang, Key::FalseLabel).to_owned(),
        _ => answer_text(item, &bank.likert_anchors, i)
            .unwrap_or_default()
            .to_owned(),
    }
}

#[component]
pub fn Stage(
    bank: Arc<CheckedBank>,
    item: Item,
    slide: Slide,
    session: RwSignal<Session>,
) -> impl IntoView {
    let lang = use_lang();
    let blocks = slide
        .blocks
        .iter()
        .map(|b| block(lang, &bank, &item, *b, session))
        .collect_view();
    view! { <div class="slide-body" class:reveal=slide.reveal>{blocks}</div> }
}

fn block(
    lang: Language,
    bank: &Bank,
    item: &Item,
    b: Block,
    session: RwSignal<Session>,
) -> AnyView {
    let l = lang.get_untracked();
    match b {
        Block::Scenario => match &item.body {
            ItemBody::Situational { scenario, .. } => {
                view! { <p class="scenario">{scenario.clone()}</p> }.into_any()
            }
            _ => ().into_any(),
        },
        Block::Prompt => view! { <h2 class="prompt">{item.common.prompt.clone()}</h2> }.into_any(),
        Block::Answer(i) => answer_row(l, bank, item, i, session).into_any(),
        Block::Guidance(i) => match &item.body {
            ItemBody::OpenAnswer { guidance, .. } => {
                view! { <p class="guide">"• " {guidance.get(i).cloned()}</p> }.into_any()
            }
            _ => ().into_any(),
        },
        Block::Key => key_block(l, bank, item).into_any(),
        Block::RoomResult => room_block(l, item, session).into_any(),
        Block::Explanation => {
            view! { <p class="explanation">{item.common.explanation.clone()}</p> }.into_any()
        }
        Block::Source => {
            let source = source_of(bank, item);
            source
                .map(|(title, url)| view! { <SourceLine title url/> })
                .into_any()
        }
        Block::ModelAnswer => match &item.body {
            ItemBody::OpenAnswer { model_answer, .. } => view! {
                <h2 class="prompt">{t(l, TKey::ModelAndRubric)}</h2>
                <p class="model">{model_answer.clone()}</p>
            }
            .into_any(),
            _ => ().into_any(),
        },
        Block::Criterion(i) => match &item.body {
            ItemBody::OpenAnswer { criteria, .. } => {
                let c = criteria.get(i);
                let name = c.map(|c| c.name.clone());
                let best = c.and_then(|c| c.levels.last().cloned());
                view! { <p class="rubric-line"><strong>{name} ": "</strong>{best}</p> }.into_any()
            }
            _ => ().into_any(),
        },
    }
}

fn answer_row(
    lang: Lang,
    bank: &Bank,
    item: &Item,
    i: usize,
    session: RwSignal<Session>,
) -> impl IntoView {
    let mark = letter(item, i);
    let words = answer_words(lang, bank, item, i);
    let (it, set_it) = (item.clone(), item.clone());
    let counts = Memo::new(move |_| session.with(|s| s.tally(&it)));
    let count = move || counts.with(|c| c.get(i).copied().unwrap_or(0));
    let share = move || {
        let total: u32 = counts.with(|c| c.iter().sum());
        if total == 0 {
            0.0
        } else {
            f64::from(count()) * 100.0 / f64::from(total)
        }
    };
    let set = move |ev: leptos::ev::Event| {
        let n = event_target_value(&ev)
            .trim()
            .parse::<u32>()
            .unwrap_or(0)
            .min(9999);
        session.update(|s| s.set_count(&set_it, i, n));
    };
    let label = format!("{} {mark}", t(lang, TKey::CardsFor));
    view! {
        <div class="answer">
            <span class="tally-bar" style:width=move || format!("{}%", fixed(share(), 1))></span>
            <span class="letter">{mark}</span>
            <span class="words">{words}</span>
            <input
                class="count"
                id=count_field(i + 1)
                type="number"
                min="0"
                max="9999"
                inputmode="numeric"
                aria-label=label
                prop:value=move || { let n = count(); if n == 0 { String::new() } else { n.to_string() } }
                placeholder="0"
                on:input=set
            />
        </div>
    }
}

fn key_block(lang: Lang, bank: &Bank, item: &Item) -> impl IntoView {
    let situational = matches!(item.body, ItemBody::Situational { .. });
    let label = if situational {
        t(lang, TKey::BestOption)
    } else {
        t(lang, Key::RightAnswer)
    };
    let lines = key_answers(item)
        .into_iter()
        .map(|i| {
            view! {
                <p class="key-line">
                    <strong><span class="letter">{letter(item, i)}</span> " " {label} ": "</strong>
                    {answer_words(lang, bank, item, i)}
                </p>
            }
        })
        .collect_view();
    let credits = match &item.body {
        ItemBody::Situational { options, .. } => {
            let parts: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{} {}%", letter(item, i), (o.credit * 100.0).round()))
                .collect();
            Some(
                view! { <p class="credits">{t(lang, TKey::OptionCredits)} ": " {parts.join(" · ")}</p> },
            )
        }
        _ => None,
    };
    view! { {lines} {credits} }
}

fn room_block(lang: Lang, item: &Item, session: RwSignal<Session>) -> impl IntoView {
    let it = item.clone();
    let likert = matches!(item.body, ItemBody::Likert { .. });
    let text = Memo::new(move |_| {
        let counts = session.with(|s| s.tally(&it));
        let total: u32 = counts.iter().sum();
        if total == 0 {
            return (t(lang, TKey::NoCounts).to_owned(), None);
        }
        let head = if likert {
            let sum: f64 = counts
                .iter()
                .enumerate()
                .map(|(i, c)| (i as f64 + 1.0) * f64::from(*c))
                .sum();
            room_mean(lang, sum / f64::from(total), total)
        } else {
            room_result(lang, room_score(&it, &counts).unwrap_or(0.0), total)
        };
        let spread = counts
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{} {c}", letter(&it, i)))
            .collect::<Vec<_>>()
            .join(" · ");
        (head, Some(spread))
    });
    view! {
        <p class="room">{move || text.get().0}</p>
        {move || text.get().1.map(|s| view! { <p class="spread">{s}</p> })}
    }
}
