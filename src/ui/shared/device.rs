//! The device both apps keep their data on: whether the last write failed, the copies of saved
//! values that could not be read (kept aside, never deleted without the user's word), and the
//! banks a trainer chose to keep.

use leptos::prelude::*;

use crate::domain::bank::library::{KeptBank, Library};
use crate::platform::clock;
use crate::platform::storage::{self, StorageError};
use crate::view::storage_keys;

/// The device's state; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct Device {
    /// Why the last write to storage failed, if it did: the data then lives in memory only.
    pub storage_failure: RwSignal<Option<StorageError>>,
    /// Saved data that could not be read (corrupted, or of a format this version cannot read):
    /// the keys it is kept under.
    pub set_aside: RwSignal<Vec<String>>,
    /// Banks kept on this device by the bank checker.
    pub library: RwSignal<Library>,
}

impl Device {
    /// The device as storage holds it now, apart from the kept banks ([`Device::read_library`]:
    /// the candidates' app reads them in a chunk, after its home page is on screen).
    pub fn restore() -> Self {
        Device {
            storage_failure: RwSignal::new(None),
            set_aside: RwSignal::new(
                storage::keys()
                    .into_iter()
                    .filter(|k| k.contains(storage_keys::SET_ASIDE))
                    .collect(),
            ),
            library: RwSignal::new(Library::default()),
        }
    }

    /// Reads the list of kept banks.
    pub fn read_library(&self) {
        let library = self
            .read_saved(storage_keys::LIBRARY, Library::from_storage)
            .unwrap_or_default();
        self.library.set(library);
    }

    /// Reads `key`; a value `read` cannot take is moved aside (and the warning offers it).
    pub fn read_saved<T, E>(
        &self,
        key: &str,
        read: impl FnOnce(&str) -> Result<T, E>,
    ) -> Option<T> {
        let text = match storage::get(key) {
            Ok(t) => t?,
            Err(e) => {
                self.storage_failure.set(Some(e));
                return None;
            }
        };
        match read(&text) {
            Ok(v) => Some(v),
            Err(_) => {
                // Moved aside if there is room for a copy; else left where it is (a new save
                // will overwrite it, so the warning offers the download now).
                let aside = storage_keys::set_aside(key, clock::now_ms());
                let kept = if storage::set(&aside, &text).is_ok() {
                    let _ = storage::remove(key);
                    aside
                } else {
                    key.to_owned()
                };
                self.set_aside.update(|keys| keys.push(kept));
                None
            }
        }
    }

    /// Writes `text` under `key`; a failure shows the storage warning until a write succeeds.
    pub fn write(&self, key: &str, text: &str) {
        self.note(storage::set(key, text));
    }

    fn note(&self, written: Result<(), StorageError>) {
        let failure = written.err();
        if self.storage_failure.get_untracked() != failure {
            self.storage_failure.set(failure);
        }
    }

    /// The text of a kept bank.
    pub fn kept_text(&self, sha256: &str) -> Option<String> {
        storage::get(&storage_keys::kept_bank(sha256))
            .ok()
            .flatten()
    }

    /// Keeps a bank's text and lists it; false if storage refused it.
    pub fn store_kept(&self, kept: KeptBank, text: &str) -> bool {
        if storage::set(&storage_keys::kept_bank(&kept.sha256), text).is_err() {
            return false;
        }
        self.library.update(|l| {
            l.keep(kept);
        });
        self.library
            .with_untracked(|l| storage::set(storage_keys::LIBRARY, &l.to_storage()).is_ok())
    }

    /// Forgets a kept bank (its text too).
    pub fn remove_kept(&self, sha256: &str) {
        let _ = storage::remove(&storage_keys::kept_bank(sha256));
        self.library.update(|l| l.remove(sha256));
        self.library.with_untracked(|l| {
            let _ = storage::set(storage_keys::LIBRARY, &l.to_storage());
        });
    }

    /// Deletes the set-aside copies (the user's choice, after the warning offered them).
    pub fn discard_set_aside(&self) {
        for key in self.set_aside.get_untracked() {
            if key.contains(storage_keys::SET_ASIDE) {
                let _ = storage::remove(&key);
            }
        }
        self.set_aside.set(Vec::new());
    }
}

/// Provides the device to the components below.
pub fn provide_device() -> Device {
    let device = Device::restore();
    provide_context(device);
    device
}

/// The device from context.
pub fn use_device() -> Device {
    expect_context::<Device>()
}
