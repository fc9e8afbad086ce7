//! One item as the candidate answers it. The answer comes in as a signal and goes out through
//! `on_answer` the moment it is given; the component keeps no answer state of its own.

mod likert;
mod open;
mod option_list;
mod speaking_timer;

use leptos::prelude::*;

use crate::domain::attempt::draw::option_order;
use crate::domain::attempt::Answer;
use crate::domain::bank::{Item, ItemBody};
use crate::i18n::Key;
use crate::ui::tr;
use likert::LikertScale;
use open::OpenAnswerView;
pub use option_list::letter;
use option_list::OptionList;

#[component]
pub fn ItemView(
    item: Item,
    /// The bank's five can-do labels, used when the item has none.
    anchors: Vec<String>,
    /// The attempt's seed: options are shown in the order it gives (in the bank's order
    /// without one).
    #[prop(optional)]
    seed: Option<u32>,
    #[prop(into)] answer: Signal<Option<Answer>>,
    /// Answers can no longer change (feedback shown, or the attempt is over).
    #[prop(optional, into)]
    locked: Signal<bool>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let name = format!("q-{}", item.common.id);
    let prompt = item.common.prompt.clone();
    let order = seed.map(|s| option_order(&item, s));
    let ordered = |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
        match &order {
            Some(order) => order
                .iter()
                .filter_map(|&i| pairs.get(i).cloned())
                .collect(),
            None => pairs,
        }
    };
    let chosen = Signal::derive(move || match answer.get() {
        Some(Answer::Choice(option)) => vec![option],
        Some(Answer::Choices(options)) => options,
        Some(Answer::Bool(value)) => vec![if value { "true" } else { "false" }.to_owned()],
        _ => Vec::new(),
    });
    let pick = Callback::new(move |mut ids: Vec<String>| {
        if let Some(id) = ids.pop() {
            on_answer.run(Answer::Choice(id));
        }
    });
    let body = match item.body {
        ItemBody::SingleChoice { options } => {
            let options = ordered(options.into_iter().map(|o| (o.id, o.text)).collect());
            view! {
                <p class="hint">{tr(Key::ChooseOne)}</p>
                <OptionList name options selected=chosen locked on_change=pick/>
            }
            .into_any()
        }
        ItemBody::Situational { scenario, options } => {
            let options = ordered(options.into_iter().map(|o| (o.id, o.text)).collect());
            view! {
                <p class="scenario">{scenario}</p>
                <p class="hint">{tr(Key::ChooseBest)}</p>
                <OptionList name options selected=chosen locked on_change=pick/>
            }
            .into_any()
        }
        ItemBody::TrueFalse { .. } => {
            let options = vec![
                ("true".to_owned(), tr(Key::TrueLabel)().to_owned()),
                ("false".to_owned(), tr(Key::FalseLabel)().to_owned()),
            ];
            let on_change = Callback::new(move |ids: Vec<String>| {
                if let Some(v) = ids.last() {
                    on_answer.run(Answer::Bool(v == "true"));
                }
            });
            view! {
                <p class="hint">{tr(Key::TrueOrFalse)}</p>
                <OptionList name options selected=chosen locked on_change/>
            }
            .into_any()
        }
        ItemBody::MultipleChoice { options } => {
            let options = ordered(options.into_iter().map(|o| (o.id, o.text)).collect());
            let on_change = Callback::new(move |ids| on_answer.run(Answer::Choices(ids)));
            view! {
                <p class="hint">{tr(Key::ChooseAll)}</p>
                <OptionList name options selected=chosen multiple=true locked on_change/>
            }
            .into_any()
        }
        ItemBody::Likert { anchors: own } => {
            let anchors = if own.is_empty() { anchors } else { own };
            let value = Signal::derive(move || match answer.get() {
                Some(Answer::Scale(value)) => Some(value),
                _ => None,
            });
            let on_pick = Callback::new(move |value: u8| on_answer.run(Answer::Scale(value)));
            view! {
                <p class="hint">{tr(Key::LikertHint)}</p>
                <LikertScale name anchors value locked on_pick/>
            }
            .into_any()
        }
        ItemBody::OpenAnswer {
            guidance,
            model_answer,
            criteria,
            speaking_seconds,
        } => view! {
            <OpenAnswerView name guidance model_answer criteria speaking_seconds answer locked on_answer/>
        }
        .into_any(),
    };
    view! {
        <fieldset class="item" data-item=item.common.id.clone()>
            <legend class="prompt">{prompt}</legend>
            {body}
        </fieldset>
    }
}
