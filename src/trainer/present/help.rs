//! The help panel (`?`): every key a presenter can press, and the same actions as buttons for a
//! mouse — theme, text size, full screen, timer, summary.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::Look;
use crate::platform::fullscreen;
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

/// The keys, as shown (with a key's name in words where it has one), and what they do.
const KEYS: &[(&str, Option<TKey>, TKey)] = &[
    ("→ PageDown", Some(TKey::SpaceKey), TKey::HelpNext),
    ("← PageUp", None, TKey::HelpBack),
    ("R", None, TKey::HelpReveal),
    ("1–9", None, TKey::HelpCount),
    ("B .", None, TKey::HelpBlank),
    ("F", None, TKey::HelpFullscreen),
    ("T", None, TKey::HelpTimer),
    ("D", None, TKey::HelpTheme),
    ("+ −", None, TKey::HelpSize),
    ("S", None, TKey::HelpSummary),
    ("?", None, TKey::HelpHelp),
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
            <h2 id="help-title">{tr(TKey::HelpTitle)}</h2>
            <table class="keys"><tbody>{rows}</tbody></table>
            <div class="help-actions">
                <button type="button" class="btn secondary" on:click=move |_| look.toggle_theme()>{tr(TKey::HelpTheme)}</button>
                <button type="button" class="btn secondary" on:click=move |_| look.bigger(false)>"A−"</button>
                <button type="button" class="btn secondary" on:click=move |_| look.bigger(true)>"A+"</button>
                <button type="button" class="btn secondary" on:click=move |_| fullscreen::toggle()>{tr(TKey::HelpFullscreen)}</button>
                {timer_on.then(|| view! { <button type="button" class="btn secondary" on:click=move |_| on_timer.run(())>{tr(TKey::HelpTimer)}</button> })}
                <a class="btn secondary" href=TrainerRoute::PresentSummary.href()>{tr(TKey::SessionSummary)}</a>
                <a class="btn secondary" href=TrainerRoute::Present.href()>{tr(TKey::BackToSetup)}</a>
                <button type="button" class="btn" on:click=move |_| help.set(false)>{tr(TKey::Close)}</button>
            </div>
        </div>
    }
}
