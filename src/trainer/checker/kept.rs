//! The banks kept on this device, each removable.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::shared::use_device;
use crate::ui::tr;

#[component]
pub fn KeptBanks() -> impl IntoView {
    let device = use_device();
    let banks = move || device.library.with(|l| l.banks.clone());
    view! {
        <Show when=move || !banks().is_empty()>
            <section class="card">
                <h2>{tr(TKey::KeptBanksTitle)}</h2>
                <ul class="kept-banks">
                    {move || banks()
                        .into_iter()
                        .map(|b| {
                            let sha = b.sha256.clone();
                            view! {
                                <li>
                                    <span>{b.title} " · " {b.id} " " {b.version} " · " {b.items} " " {tr(Key::ItemsWord)}</span>
                                    " "
                                    <button type="button" class="btn link" on:click=move |_| device.remove_kept(&sha)>
                                        {tr(Key::RemoveBank)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </Show>
    }
}
