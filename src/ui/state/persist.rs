//! Saving and restoring the attempt and the history, through the device (`ui::shared`): a saved
//! value that cannot be read is set aside there, a failed write shows the storage warning.

use super::AppState;
use crate::domain::attempt::Attempt;
use crate::domain::bank::BankRef;
use crate::domain::results::history::History;
use crate::platform::storage;
use crate::view::storage_keys;
use leptos::prelude::*;

impl AppState {
    pub(super) fn restore_attempt(&self, bank: &BankRef) -> Option<Attempt> {
        self.device
            .read_saved(&storage_keys::attempt(bank), Attempt::from_storage)
            .filter(|a| &a.bank == bank)
    }

    pub(super) fn restore_history(&self) -> History {
        self.device
            .read_saved(storage_keys::HISTORY, History::from_storage)
            .unwrap_or_default()
    }

    pub(super) fn restore_choice(&self) -> Option<String> {
        storage::get(storage_keys::BANK_CHOICE).ok().flatten()
    }

    pub(super) fn save_choice(&self, sha256: Option<&str>) {
        let _ = match sha256 {
            Some(s) => storage::set(storage_keys::BANK_CHOICE, s),
            None => storage::remove(storage_keys::BANK_CHOICE),
        };
    }

    /// Writes the attempt in progress.
    pub(super) fn save_attempt(&self) {
        let saved = self.attempt.with_untracked(|a| {
            a.as_ref()
                .map(|a| (storage_keys::attempt(&a.bank), a.to_storage()))
        });
        if let Some((key, text)) = saved {
            self.device.write(&key, &text);
        }
    }

    pub(super) fn remove_attempt(&self, bank: &BankRef) {
        let _ = storage::remove(&storage_keys::attempt(bank));
    }

    pub(super) fn save_history(&self) {
        let text = self.history.with_untracked(History::to_storage);
        self.device.write(storage_keys::HISTORY, &text);
    }
}
