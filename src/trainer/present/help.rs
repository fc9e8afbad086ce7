//! The help panel (`?`): every key a presenter can press, and the same actions as buttons for a
//! mouse — theme, text size, full screen, timer, summary.

use leptos::prelude::*;

use super::Look;
use crate::i18n::Key;
use crate::platform::fullscreen;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

/// The keys, as shown (with a key's name in words where it has one), and what they do.
const KEYS: &[(&str, Option<Key>, Key)] = &[
    ("→ PageDown", Some(Key::SpaceKey), Key::HelpNext),
    ("← PageUp", None, Key::HelpBack),
    ("R", None, Key::HelpReveal),
    ("1–9", None, Key::HelpCount),
    ("B .", None, Key::HelpBlank),
    ("F", None, Key::HelpFullscreen),
    ("T", None, Key::HelpTimer),
    ("D", None, Key::HelpTheme),
    ("+ −", None, Key::HelpSize),
    ("S", None, Key::HelpSummary),
    ("?", None, Key::HelpHelp),
];

#[component]
pub fn HelpPanel(
    look: Look,
    help: RwSignal<bool>,
    timer_on: bool,
    on_timer: Callback<()>,
) -> impl IntoView {
    let rows = KEYS
        .iter()
        .map(|(k, named, what)| {
            let named = named.map(|n| (" ", tr(n)));
            view! { <tr><th scope="row"><kbd>{*k}{named}</kbd></th><td>{tr(*what)}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="help-panel" role="dialog" aria-modal="false" aria-labelledby="help-title">
            <h2 id="help-title">{tr(Key::HelpTitle)}</h2>
            <table class="keys"><tbody>{rows}</tbody></table>
            <div class="help-actions">
                <button type="button" class="btn secondary" on:click=move |_| look.toggle_theme()>{tr(Key::HelpTheme)}</button>
                <button type="button" class="btn secondary" on:click=move |_| look.bigger(false)>"A−"</button>
                <button type="button" class="btn secondary" on:click=move |_| look.bigger(true)>"A+"</button>
                <button type="button" class="btn secondary" on:click=move |_| fullscreen::toggle()>{tr(Key::HelpFullscreen)}</button>
                {timer_on.then(|| view! { <button type="button" class="btn secondary" on:click=move |_| on_timer.run(())>{tr(Key::HelpTimer)}</button> })}
                <a class="btn secondary" href=TrainerRoute::PresentSummary.href()>{tr(Key::SessionSummary)}</a>
                <a class="btn secondary" href=TrainerRoute::Present.href()>{tr(Key::BackToSetup)}</a>
                <button type="button" class="btn" on:click=move |_| help.set(false)>{tr(Key::Close)}</button>
            </div>
        </div>
    }
}
