//! The simulation's time left, with warnings at 5 and 1 minute.

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::i18n::{clock_text, t, Key};
use crate::ui::state::use_app;

#[component]
pub fn Countdown(deadline: i64) -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let left = move || (deadline - app.now.get()).max(0);
    let class = move || match left() {
        l if l <= 60_000 => "countdown urgent",
        l if l <= 5 * 60_000 => "countdown warn",
        _ => "countdown",
    };
    let warning = move || match left() {
        l if l <= 60_000 => Some(Key::OneMinuteLeft),
        l if l <= 5 * 60_000 => Some(Key::FiveMinutesLeft),
        _ => None,
    };
    view! {
        <p class=class>
            <span class="sr-only">{move || t(lang.get(), Key::TimeLeft)} " "</span>
            <span role="timer">{move || clock_text(left())}</span>
        </p>
        <p class="time-warning" role="alert">
            {move || warning().map(|k| t(lang.get(), k))}
        </p>
    }
}
