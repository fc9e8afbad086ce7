//! From the bank checker to the editor: the files it read open as a new draft, at the field a
//! problem names (the editor opens the draft the device says is open).

use std::sync::Arc;

use leptos::prelude::*;

use super::fields::etr;
use super::open::document_of;
use crate::domain::bank::authoring::intake::Dropped;
use crate::domain::bank::editing::{DraftEntry, DraftList, Editor, SavedDraft};
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::platform::{clock, location, storage};
use crate::view::storage_keys::{self, DRAFTS, DRAFT_OPEN};
use crate::view::trainer_route::TrainerRoute;

/// Saves `dropped` as a new draft open at `at` and goes to the editor; false if the files give
/// no document or the device refuses to keep it.
fn hand_over(dropped: &[Dropped], at: &Path) -> bool {
    let Ok(doc) = document_of(dropped) else {
        return false;
    };
    let now = clock::now_ms();
    let id = now.to_string();
    let editor = Editor::new(doc);
    let text = SavedDraft::storage_text(&id, &editor, at, now);
    let mut list = storage::get(DRAFTS)
        .ok()
        .flatten()
        .and_then(|t| DraftList::from_storage(&t).ok())
        .unwrap_or_default();
    list.touch(DraftEntry::of(&id, editor.doc(), now));
    let kept = storage::set(&storage_keys::draft(&id), &text).is_ok()
        && storage::set(DRAFTS, &list.to_storage()).is_ok()
        && storage::set(DRAFT_OPEN, &id).is_ok();
    if kept {
        location::set_hash(TrainerRoute::Editor.hash());
    }
    kept
}

/// A button that opens the checked files in the editor at `at`.
#[component]
pub fn EditHere(dropped: Arc<Vec<Dropped>>, at: Path) -> impl IntoView {
    view! {
        <button type="button" class="btn link" on:click=move |_| { hand_over(&dropped, &at); }>
            {etr(EKey::EditHere)}
        </button>
    }
}
