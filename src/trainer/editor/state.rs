//! Sunting Bank's state: the open draft (its editor and where the trainer is), what checking it
//! found, and the list of drafts. Every change goes through [`EditState::edit`], which checks the
//! bank again and saves the draft on the device before the page shows it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::editing::parts;
use crate::domain::bank::editing::{
    check_fields, DraftEntry, DraftList, Editor, Findings, SavedDraft,
};
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::platform::{clock, layout, storage};
use crate::ui::shared::Device;
use crate::view::editor::{field_ids_towards, ItemFilter, Part};
use crate::view::storage_keys::{self, DRAFTS, DRAFT_OPEN};

/// How long the trainer must pause before the answer-cue analysis runs.
const CUES_AFTER_MS: i32 = 300;

/// The editor's state; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct EditState {
    device: Device,
    /// The id of the open draft; `None`: the list of drafts shows.
    pub open: RwSignal<Option<String>>,
    pub editor: RwSignal<Editor>,
    /// Where the trainer is: the field last edited or jumped to.
    pub at: RwSignal<Path>,
    pub findings: RwSignal<Arc<Findings>>,
    /// How long the last check took, in milliseconds.
    pub check_ms: RwSignal<f64>,
    pub drafts: RwSignal<DraftList>,
    pub filter: RwSignal<ItemFilter>,
    /// The answer-cue analysis of the last change is still to come.
    pub cues_pending: RwSignal<bool>,
    /// Counts changes, so an analysis begun before a later change is dropped.
    generation: StoredValue<u64>,
    /// What the last action did, said once (e.g. "Deleted."), until the next change.
    pub notice: RwSignal<Option<EKey>>,
}

impl EditState {
    /// The state, with the draft that was open before a reload open again.
    pub fn new(device: Device) -> Self {
        let drafts = saved_drafts();
        let s = EditState {
            device,
            open: RwSignal::new(None),
            editor: RwSignal::new(Editor::new(Value::Null)),
            at: RwSignal::new(Path::root()),
            findings: RwSignal::new(Arc::default()),
            check_ms: RwSignal::new(0.0),
            drafts: RwSignal::new(drafts),
            filter: RwSignal::new(ItemFilter::default()),
            notice: RwSignal::new(None),
            cues_pending: RwSignal::new(false),
            generation: StoredValue::new(0),
        };
        if let Some(id) = storage::get(DRAFT_OPEN).ok().flatten() {
            s.resume(&id);
        }
        s
    }

    /// Opens a saved draft where it was left; false if it cannot be read.
    pub fn resume(&self, id: &str) -> bool {
        let saved = storage::get(&storage_keys::draft(id))
            .ok()
            .flatten()
            .and_then(|t| SavedDraft::from_storage(&t).ok());
        let Some(saved) = saved else {
            return false;
        };
        self.show(id, saved.editor(), saved.at.clone());
        true
    }

    /// Starts a new draft of `doc` and opens it.
    pub fn start(&self, doc: Value) {
        let id = clock::now_ms().to_string();
        self.show(&id, Editor::new(doc), Path::root());
        self.save();
    }

    fn show(&self, id: &str, editor: Editor, at: Path) {
        self.device.write(DRAFT_OPEN, id);
        self.editor.set(editor);
        self.recheck();
        self.open.set(Some(id.to_owned()));
        self.filter.set(ItemFilter::default());
        self.go(at);
    }

    /// Back to the list of drafts (the draft stays saved).
    pub fn close(&self) {
        let _ = storage::remove(DRAFT_OPEN);
        self.open.set(None);
    }

    /// Deletes a draft from the device.
    pub fn delete(&self, id: &str) {
        let _ = storage::remove(&storage_keys::draft(id));
        self.drafts.update(|d| d.remove(id));
        self.drafts
            .with_untracked(|d| self.device.write(DRAFTS, &d.to_storage()));
    }

    /// Applies a change; when it changed something, checks and saves. False otherwise.
    pub fn edit(&self, f: impl FnOnce(&mut Editor) -> bool) -> bool {
        let mut changed = false;
        self.editor.update(|e| changed = f(e));
        if changed {
            self.notice.set(None);
            self.recheck();
            self.save();
        }
        changed
    }

    /// Sets the field at `path` (as typed: one undo step per field).
    pub fn set(&self, path: &Path, value: Option<Value>) {
        if self.edit(|e| e.set(path, value)) {
            self.at.set(path.clone());
        }
    }

    /// Adds an element to the list at `list` — at `at` (at most its length), or at its end —
    /// made by `make` from the editor, the index it goes to and the ids the list has; then opens
    /// the new element's field `focus`.
    pub fn add(
        &self,
        list: &Path,
        at: Option<usize>,
        focus: &str,
        make: impl FnOnce(&Editor, usize, &[String]) -> Value,
    ) {
        let (index, value) = self.editor.with_untracked(|e| {
            let len = e.get(list).and_then(Value::as_array).map_or(0, Vec::len);
            let index = at.map_or(len, |a| a.min(len));
            (index, make(e, index, &parts::ids(e.get(list))))
        });
        if self.edit(|e| e.insert(list, index, value)) {
            self.go(list.index(index).key(focus));
        }
    }

    /// Removes an element of a list, saying so (Ctrl+Z brings it back).
    pub fn remove(&self, list: &Path, index: usize) {
        if self.edit(|e| e.remove(list, index)) {
            self.notice.set(Some(EKey::Deleted));
            self.go(list.clone());
        }
    }

    /// The next change starts a new undo step (the trainer left the field).
    pub fn seal(&self) {
        self.editor.update_untracked(Editor::seal);
    }

    pub fn undo(&self) {
        let mut place = None;
        self.edit(|e| {
            place = e.undo();
            place.is_some()
        });
        if let Some(p) = place {
            self.go(p);
        }
    }

    pub fn redo(&self) {
        let mut place = None;
        self.edit(|e| {
            place = e.redo();
            place.is_some()
        });
        if let Some(p) = place {
            self.go(p);
        }
    }

    /// Reads and validates the bank at once; the answer-cue analysis follows when the trainer
    /// has not changed anything for [`CUES_AFTER_MS`] (only the last change's analysis is shown).
    fn recheck(&self) {
        let start = js_sys::Date::now();
        let found = self.editor.with_untracked(|e| check_fields(e.doc()));
        let usable = found.bank.is_some();
        self.findings.set(Arc::new(found));
        self.check_ms.set(js_sys::Date::now() - start);
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.cues_pending.set(usable);
        if !usable {
            return;
        }
        let s = *self;
        leptos::task::spawn_local(async move {
            clock::sleep(CUES_AFTER_MS).await;
            if s.generation.get_value() != generation {
                return;
            }
            let mut found = (*s.findings.get_untracked()).clone();
            found.add_cues();
            if s.generation.get_value() == generation {
                s.findings.set(Arc::new(found));
                s.cues_pending.set(false);
            }
        });
    }

    fn save(&self) {
        let Some(id) = self.open.get_untracked() else {
            return;
        };
        let at = self.at.get_untracked();
        self.drafts.update(|list| {
            self.editor
                .with_untracked(|e| write_draft(self.device, &id, e, &at, list));
        });
    }

    /// Shows the part `path` is in and focuses its field (or the nearest that is on the page).
    pub fn go(&self, path: Path) {
        let part = Part::of(&path);
        if part != Part::of(&self.at.get_untracked()) || path != self.at.get_untracked() {
            self.at.set(path.clone());
        }
        let ids = field_ids_towards(&path);
        leptos::task::spawn_local(async move {
            layout::next_frame().await;
            layout::focus_first(&ids);
        });
    }
}

/// The list of drafts the device keeps (empty if there is none or it cannot be read).
pub fn saved_drafts() -> DraftList {
    storage::get(DRAFTS)
        .ok()
        .flatten()
        .and_then(|t| DraftList::from_storage(&t).ok())
        .unwrap_or_default()
}

/// Saves draft `id` (the editor's document, the place `at` and its recent history) and then
/// puts it first in `list`, which is saved too; true when the device kept both. A draft the
/// device refused is not listed, so the storage warning it raised stays until a write succeeds.
pub fn write_draft(device: Device, id: &str, e: &Editor, at: &Path, list: &mut DraftList) -> bool {
    let now = clock::now_ms();
    let text = SavedDraft::storage_text(id, e, at, now);
    device.write(&storage_keys::draft(id), &text);
    let kept = || device.storage_failure.get_untracked().is_none();
    if !kept() {
        return false;
    }
    list.touch(DraftEntry::of(id, e.doc(), now));
    device.write(DRAFTS, &list.to_storage());
    kept()
}

/// Provides the editor's state to the components below.
pub fn provide_edit(device: Device) -> EditState {
    let s = EditState::new(device);
    provide_context(s);
    s
}

/// The editor's state from context.
pub fn use_edit() -> EditState {
    expect_context::<EditState>()
}
