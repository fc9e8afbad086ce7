//! Practice mode, after "Periksa": right or wrong (or the credit earned), the right answer, the
//! explanation and the source. It takes the focus so the eye and the screen reader land there.

use crate::domain::bank::CheckedBank;
use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::SourceLine;
use crate::domain::attempt::Answer;
use crate::domain::bank::{Evidence, Item, ItemBody};
use crate::domain::scoring::{score_item, FULL};
use crate::i18n::{percent, t, Key};
use crate::view::describe::{key_text, source_of};

#[component]
pub fn Feedback(bank: Arc<CheckedBank>, item: Item, answer: Answer) -> impl IntoView {
    let lang = use_lang();
    let score = score_item(&item.body, &answer).unwrap_or(0);
    let tested = item.body.evidence() == Evidence::Tested;
    let (class, verdict) = match (tested, score) {
        (false, _) => ("feedback neutral", Key::SelfRecorded),
        (true, FULL) => ("feedback good", Key::Correct),
        (true, 0) => ("feedback bad", Key::Incorrect),
        (true, _) => ("feedback partial", Key::PartlyCorrect),
    };
    let partial =
        (tested && score != FULL && score != 0) || matches!(item.body, ItemBody::OpenAnswer { .. });
    let score_line = partial.then(|| view! { <span>" — " {percent(score)}</span> });
    let key = key_text(&item, lang.get_untracked());
    let key_line = (!key.is_empty() && score != FULL).then(|| {
        view! { <p><strong>{move || t(lang.get(), Key::RightAnswer)} ": "</strong>{key.clone()}</p> }
    });
    let option_feedback = match (&item.body, &answer) {
        (ItemBody::Situational { options, .. }, Answer::Choice(id)) => options
            .iter()
            .find(|o| &o.id == id && !o.feedback.is_empty())
            .map(|o| o.feedback.clone()),
        _ => None,
    };
    let source = source_of(&bank.bank, &item);
    let panel = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(p) = panel.get() {
            let _ = p.focus();
        }
    });
    view! {
        <div class=class role="status" tabindex="-1" node_ref=panel>
            <p class="verdict">{move || t(lang.get(), verdict)} {score_line}</p>
            {option_feedback.map(|f| view! { <p>{f}</p> })}
            {key_line}
            <p>{item.common.explanation.clone()}</p>
            {source.map(|(title, url)| view! { <SourceLine title url/> })}
        </div>
    }
}
