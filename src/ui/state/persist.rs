//! Saving and restoring the attempt and the history. A saved value that cannot be read is set
//! aside under another key (kept, not deleted, listed in `set_aside` for the warning that offers
//! it as a download); a failed write leaves everything in memory and shows the storage warning.

use super::AppState;
use crate::domain::attempt::Attempt;
use crate::domain::bank::library::{bank_key, Library};
use crate::domain::bank::BankRef;
use crate::domain::results::history::History;
use crate::platform::{clock, storage};
use leptos::prelude::*;

const HISTORY_KEY: &str = "pilar-siap:history";
const LIBRARY_KEY: &str = "pilar-siap:library";
const CHOICE_KEY: &str = "pilar-siap:bank-choice";

/// The storage key of the attempt for one exact bank text.
pub fn attempt_key(bank: &BankRef) -> String {
    let hash = bank.sha256.get(..16).unwrap_or(&bank.sha256);
    format!("pilar-siap:attempt:{}:{}:{hash}", bank.id, bank.version)
}

impl AppState {
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
                let aside = format!("{key}{}{}", storage::SET_ASIDE, clock::now_ms());
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

    pub(super) fn restore_attempt(&self, bank: &BankRef) -> Option<Attempt> {
        self.read_saved(&attempt_key(bank), Attempt::from_storage)
            .filter(|a| &a.bank == bank)
    }

    pub(super) fn restore_history(&self) -> History {
        self.read_saved(HISTORY_KEY, History::from_storage)
            .unwrap_or_default()
    }

    pub(super) fn restore_library(&self) -> Library {
        self.read_saved(LIBRARY_KEY, Library::from_storage)
            .unwrap_or_default()
    }

    pub(super) fn restore_choice(&self) -> Option<String> {
        storage::get(CHOICE_KEY).ok().flatten()
    }

    /// The text of a kept bank.
    pub(super) fn kept_text(&self, sha256: &str) -> Option<String> {
        storage::get(&bank_key(sha256)).ok().flatten()
    }

    pub(super) fn save_choice(&self, sha256: Option<&str>) {
        let _ = match sha256 {
            Some(s) => storage::set(CHOICE_KEY, s),
            None => storage::remove(CHOICE_KEY),
        };
    }

    /// Keeps a bank's text and lists it; false if storage refused it.
    pub fn store_kept(&self, kept: crate::domain::bank::library::KeptBank, text: &str) -> bool {
        if storage::set(&kept.key(), text).is_err() {
            return false;
        }
        self.library.update(|l| {
            l.keep(kept);
        });
        self.library
            .with_untracked(|l| storage::set(LIBRARY_KEY, &l.to_storage()).is_ok())
    }

    /// Forgets a kept bank (its text too).
    pub fn remove_kept(&self, sha256: &str) {
        let _ = storage::remove(&bank_key(sha256));
        self.library.update(|l| l.remove(sha256));
        self.library.with_untracked(|l| {
            let _ = storage::set(LIBRARY_KEY, &l.to_storage());
        });
    }

    /// Deletes the set-aside copies (the user's choice, after the warning offered them).
    pub fn discard_set_aside(&self) {
        for key in self.set_aside.get_untracked() {
            if key.contains(storage::SET_ASIDE) {
                let _ = storage::remove(&key);
            }
        }
        self.set_aside.set(Vec::new());
    }

    fn note(&self, written: Result<(), storage::StorageError>) {
        let failure = written.err();
        if self.storage_failure.get_untracked() != failure {
            self.storage_failure.set(failure);
        }
    }

    /// Writes the attempt in progress (or removes it when there is none left for `bank`).
    pub(super) fn save_attempt(&self) {
        let written = self.attempt.with_untracked(|a| match a {
            Some(a) => storage::set(&attempt_key(&a.bank), &a.to_storage()),
            None => Ok(()),
        });
        self.note(written);
    }

    pub(super) fn remove_attempt(&self, bank: &BankRef) {
        let _ = storage::remove(&attempt_key(bank));
    }

    pub(super) fn save_history(&self) {
        let written = self
            .history
            .with_untracked(|h| storage::set(HISTORY_KEY, &h.to_storage()));
        self.note(written);
    }
}
