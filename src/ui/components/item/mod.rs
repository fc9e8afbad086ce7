//! One item as the candidate answers it. The answer comes in as a signal and goes out through
//! `on_answer` the moment it is given; the component keeps no answer state of its own.

mod choice_list;
mod likert;
mod multiple;
mod open;

use leptos::prelude::*;

use crate::domain::attempt::Answer;
use crate::domain::bank::{Item, ItemBody};
use crate::i18n::Key;
use crate::ui::tr;
use choice_list::ChoiceList;
use likert::LikertScale;
use multiple::CheckList;
use open::OpenAnswerView;

#[component]
pub fn ItemView(
    item: Item,
    /// The bank's five can-do labels, used when the item has none.
    anchors: Vec<String>,
    #[prop(into)] answer: Signal<Option<Answer>>,
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let name = format!("q-{}", item.common.id);
    let prompt = item.common.prompt.clone();
    let chosen = move || match answer.get() {
        Some(Answer::Choice(option)) => Some(option),
        Some(Answer::Bool(value)) => Some(if value { "true" } else { "false" }.to_owned()),
        _ => None,
    };
    let pick = Callback::new(move |option: String| on_answer.run(Answer::Choice(option)));
    let body = match item.body {
        ItemBody::SingleChoice { options } => {
            let options = options.into_iter().map(|o| (o.id, o.text)).collect();
            view! {
                <p class="hint">{tr(Key::ChooseOne)}</p>
                <ChoiceList name options selected=Signal::derive(chosen) on_pick=pick/>
            }
            .into_any()
        }
        ItemBody::Situational { scenario, options } => {
            let options = options.into_iter().map(|o| (o.id, o.text)).collect();
            view! {
                <p class="scenario">{scenario}</p>
                <p class="hint">{tr(Key::ChooseOne)}</p>
                <ChoiceList name options selected=Signal::derive(chosen) on_pick=pick/>
            }
            .into_any()
        }
        ItemBody::TrueFalse { .. } => {
            let t_true = tr(Key::TrueLabel);
            let t_false = tr(Key::FalseLabel);
            let options = vec![
                ("true".to_owned(), t_true().to_owned()),
                ("false".to_owned(), t_false().to_owned()),
            ];
            let on_pick = Callback::new(move |v: String| on_answer.run(Answer::Bool(v == "true")));
            view! { <ChoiceList name options selected=Signal::derive(chosen) on_pick/> }.into_any()
        }
        ItemBody::MultipleChoice { options } => {
            let options = options.into_iter().map(|o| (o.id, o.text)).collect();
            let selected = Signal::derive(move || match answer.get() {
                Some(Answer::Choices(options)) => options,
                _ => Vec::new(),
            });
            let on_change =
                Callback::new(move |options: Vec<String>| on_answer.run(Answer::Choices(options)));
            view! {
                <p class="hint">{tr(Key::ChooseAll)}</p>
                <CheckList name options selected on_change/>
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
                <LikertScale name anchors value on_pick/>
            }
            .into_any()
        }
        ItemBody::OpenAnswer {
            guidance,
            model_answer,
            criteria,
        } => view! { <OpenAnswerView guidance model_answer criteria answer on_answer/> }.into_any(),
    };
    view! {
        <fieldset class="item" data-item=item.common.id.clone()>
            <legend class="prompt">{prompt}</legend>
            {body}
        </fieldset>
    }
}
