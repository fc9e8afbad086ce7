//! A visible warning when saved data could not be read (corrupted, or of a format this version
//! cannot read): it was kept aside, not deleted; the user can download everything saved here
//! (to send to a trainer) and then, if they choose, delete the unreadable copies.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::platform::{clock, download, storage};
use crate::ui::shared::use_device;
use crate::ui::tr;

#[component]
pub fn SetAsideBanner() -> impl IntoView {
    let device = use_device();
    let save = move |_| {
        let _ = download::download_text(
            &storage::snapshot_file_name(clock::now_ms()),
            "application/json",
            &storage::snapshot(),
        );
    };
    view! {
        <Show when=move || device.set_aside.with(|k| !k.is_empty())>
            <div class="banner warn" role="alert">
                <p>{tr(Key::SetAsideText)}</p>
                <div class="actions">
                    <button type="button" class="btn" on:click=save>
                        {tr(Key::CrashDownload)}
                    </button>
                    <button
                        type="button"
                        class="btn secondary"
                        on:click=move |_| device.discard_set_aside()
                    >
                        {tr(Key::SetAsideDiscard)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
