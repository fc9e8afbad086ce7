//! One source for every item without one: a title, set at once (and remembered for the file).

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::load::Checked;
use crate::domain::bank::authoring::remembered::Remembered;
use crate::ui::tr;

#[component]
pub fn SourceForAll(checked: Checked, on_choices: Callback<Remembered>) -> impl IntoView {
    let title = RwSignal::new(checked.choices.source.clone().unwrap_or_default());
    let choices = checked.choices.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = title.get_untracked();
        if !t.trim().is_empty() {
            let mut next = choices.clone();
            next.source = Some(t.trim().to_owned());
            on_choices.run(next);
        }
    };
    view! {
        <section class="card no-source">
            <h3>{tr(TKey::NoSourceTitle)}</h3>
            <p>{tr(TKey::NoSourceIntro)}</p>
            <form class="url-form" on:submit=submit>
                <label class="field">
                    <span class="label">{tr(TKey::SourceTitleLabel)}</span>
                    <input
                        type="text"
                        name="source-for-all"
                        maxlength="300"
                        prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" class="btn secondary">{tr(TKey::SetSourceForAll)}</button>
            </form>
        </section>
    }
}
