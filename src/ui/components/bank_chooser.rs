//! Which bank to practise with: the bundled one or one a trainer kept on this device.

use crate::ui::shared::use_lang;
use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::ui::state::{use_app, BankSource};
use crate::ui::tr;

#[component]
pub fn BankChooser() -> impl IntoView {
    let app = use_app();
    let lang = use_lang();
    let kept = move || app.device.library.with(|l| l.banks.clone());
    let from_address = move || match app.source.get() {
        BankSource::Url(url) => Some(url),
        _ => None,
    };
    let choices = move || {
        kept()
            .into_iter()
            .map(|b| {
                let (sha, pick, remove) = (b.sha256.clone(), b.sha256.clone(), b.sha256.clone());
                let chosen = move || app.source.get() == BankSource::Kept(sha.clone());
                let label = format!("{} · {} {}", b.title, b.items, t(lang.get_untracked(), Key::ItemsWord));
                view! {
                    <div class="bank-choice">
                        <label class="option">
                            <input
                                type="radio"
                                name="bank"
                                prop:checked=chosen
                                on:change=move |_| app.choose_bank(Some(pick.clone()))
                            />
                            <span class="text">{label}</span>
                        </label>
                        <button type="button" class="btn link" on:click=move |_| app.forget_bank(&remove)>
                            {tr(Key::RemoveBank)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        {move || from_address().map(|url| view! { <p class="note">{tr(Key::BankFromAddress)} " " <code>{url}</code></p> })}
        <Show when=move || !kept().is_empty()>
            <fieldset class="field bank-chooser">
                <legend class="label">{tr(Key::ChooseBank)}</legend>
                <div class="options">
                    <label class="option">
                        <input
                            type="radio"
                            name="bank"
                            prop:checked=move || app.source.get() == BankSource::Bundled
                            on:change=move |_| app.choose_bank(None)
                        />
                        <span class="text">{tr(Key::BundledBank)}</span>
                    </label>
                    {choices}
                </div>
            </fieldset>
        </Show>
    }
}
