//! A visible warning when answers cannot be saved on the device, with a download of the answers
//! so far.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::platform::storage::StorageError;
use crate::ui::state::{download_answers, use_app};
use crate::ui::tr;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    // Writing a results file is the `answering` chunk's code, which is here whenever an attempt is.
    let download_now = move |_| {
        leptos::task::spawn_local(async move {
            let _ = download_answers(app).await;
        });
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
