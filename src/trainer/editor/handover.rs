//! From the bank checker to the editor: the files it read open as a new draft, at the field a
//! problem names (the editor opens the draft the device says is open).

use crate::ui::tr;
use std::sync::Arc;

use leptos::prelude::*;

use super::open::document_of;
use super::state::{saved_drafts, write_draft};
use crate::domain::bank::authoring::intake::Dropped;
use crate::domain::bank::editing::Editor;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::platform::{clock, location, storage};
use crate::ui::shared::{use_device, Device};
use crate::view::storage_keys::DRAFT_OPEN;
use crate::view::trainer_route::TrainerRoute;

/// Saves `dropped` as a new draft open at `at` and goes to the editor; false if the files give
/// no document or the device refuses to keep it.
fn hand_over(device: Device, dropped: &[Dropped], at: &Path) -> bool {
    let Ok(doc) = document_of(dropped) else {
        return false;
    };
    let id = clock::now_ms().to_string();
    let kept = write_draft(device, &id, &Editor::new(doc), at, &mut saved_drafts())
        && storage::set(DRAFT_OPEN, &id).is_ok();
    if kept {
        location::set_hash(TrainerRoute::Editor.hash());
    }
    kept
}

/// A button that opens the checked files in the editor at `at`.
#[component]
pub fn EditHere(dropped: Arc<Vec<Dropped>>, at: Path) -> impl IntoView {
    let device = use_device();
    view! {
        <button type="button" class="btn link" on:click=move |_| { hand_over(device, &dropped, &at); }>
            {tr(EKey::EditHere)}
        </button>
    }
}
