//! A visible warning when answers cannot be saved on the device, with a download of the answers
//! so far.

use leptos::prelude::*;

use crate::domain::results::ResultsFile;
use crate::i18n::Key;
use crate::platform::storage::StorageError;
use crate::platform::{clock, download};
use crate::ui::state::use_app;
use crate::ui::tr;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    let download_now = move |_| {
        let (Some(b), Some(a)) = (app.loaded(), app.attempt.get_untracked()) else {
            return;
        };
        let file = ResultsFile::from_attempt(&b.bank, &a, crate::APP_VERSION, clock::now_ms());
        let _ = download::download_text(&file.file_name(), "application/json", &file.to_json());
    };
    view! {
        <Show when=move || app.device.storage_failure.with(Option::is_some)>
            <div class="banner warn" role="alert">
                <p>
                    {move || match app.device.storage_failure.get() {
                        Some(StorageError::Full) => tr(Key::StorageFull),
                        Some(StorageError::Unavailable) => tr(Key::StorageBlocked),
                        _ => tr(Key::StorageFailed),
                    }}
                </p>
                <Show when=move || app.attempt.with(Option::is_some)>
                    <button type="button" class="btn" on:click=download_now>
                        {tr(Key::DownloadAnswersNow)}
                    </button>
                </Show>
            </div>
        </Show>
    }
}
