//! Under the item: flag it for review, or go to the list of items.

use leptos::prelude::*;

use super::state::QuizState;
use crate::i18n::{t, Key};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::quiz::flag_label;
use crate::view::route::Route;

/// A part of the page, as a plain function: a component would cost the candidate's download.
pub fn item_tools(quiz: QuizState) -> impl IntoView {
    let lang = use_lang();
    let flagged = move || quiz.flagged();
    view! {
        <div class="item-tools">
            <button
                type="button"
                class="btn link"
                aria-pressed=move || flagged().to_string()
                on:click=move |_| quiz.toggle_flag()
            >
                {move || t(lang.get(), flag_label(flagged()))}
            </button>
            <a class="btn link" href=Route::Review.href()>{tr(Key::ReviewLink)}</a>
        </div>
    }
}
