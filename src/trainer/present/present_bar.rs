//! The bar above the slide: where the session is, the item's countdown, a warning when the
//! session could not be saved, and buttons for a mouse (back, next, help).

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::presenting::Presenting;
use crate::domain::present::session::Session;
use crate::i18n::{t, Key};
use crate::ui::shared::use_lang;
use crate::ui::tr;
use crate::view::present_show::{clock_label, status_line, urgent, Countdown};

#[component]
pub fn PresentBar(state: Presenting) -> impl IntoView {
    let lang = use_lang();
    let Presenting {
        session,
        deck,
        timer,
        now,
        saved,
        help,
        ..
    } = state;
    let status = move || {
        let at = session.with(Session::place);
        let (items, answer) = deck.with_value(|d| (d.len(), d.shows_answer(at)));
        status_line(lang.get(), at, items, answer)
    };
    let clock = move || {
        state.seconds.map(|_| {
            let now = now.get();
            let left = timer.with(|c| c.remaining(now));
            let running = timer.with(Countdown::running);
            view! {
                <span class="clock" class:urgent=urgent(left) class:paused=!running role="timer">
                    {clock_label(lang.get(), left)}
                </span>
            }
        })
    };
    view! {
        <div class="present-bar">
            <span class="where">{status}</span>
            {clock}
            {move || (!saved.get()).then(|| view! { <span class="unsaved" role="alert">{tr(TKey::NotSaved)}</span> })}
            <span class="bar-buttons">
                <button type="button" class="pbtn" aria-label=move || t(lang.get(), Key::Previous) on:click=move |_| state.back()>"‹"</button>
                <button type="button" class="pbtn" aria-label=move || t(lang.get(), Key::Next) on:click=move |_| state.next()>"›"</button>
                <button type="button" class="pbtn" aria-label=move || t(lang.get(), TKey::HelpTitle) aria-expanded=move || help.get().to_string() on:click=move |_| state.toggle_help()>"?"</button>
            </span>
        </div>
    }
}
