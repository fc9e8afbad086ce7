//! The app's state, shared through context: the language, the page, the bank and the attempt.
//! Every change to the attempt is written to storage at once, in the same event.

use std::sync::Arc;

use leptos::prelude::*;

use super::route::Route;
use crate::domain::attempt::{Answer, Attempt, Mode, Participant};
use crate::domain::bank::{parse_bank, Bank, BankRef};
use crate::domain::problem::Problem;
use crate::i18n::Lang;
use crate::platform::{clock, fetch, location, storage};

/// The bank the app ships with.
pub const DEFAULT_BANK_URL: &str = "banks/kalsel-pilar-sosial.json";
const LANG_KEY: &str = "pilar-siap:lang";

/// A checked bank and its reference (id, version, hash), computed once.
#[derive(Debug)]
pub struct LoadedBank {
    pub bank: Bank,
    pub reference: BankRef,
}

/// Where the bank is.
#[derive(Debug, Clone)]
pub enum BankState {
    Loading,
    Ready(Arc<LoadedBank>),
    /// The bank could not be fetched (no problems list) or is broken (its problems).
    Failed(Arc<Vec<Problem>>),
}

/// The app's state; `Copy` so every closure can hold it.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub bank: RwSignal<BankState>,
    pub attempt: RwSignal<Option<Attempt>>,
    /// False once a write to storage has failed: the attempt then lives in memory only.
    pub storage_ok: RwSignal<bool>,
}

impl AppState {
    pub fn new() -> Self {
        let lang = storage::get(LANG_KEY)
            .ok()
            .flatten()
            .and_then(|t| Lang::from_tag(&t))
            .unwrap_or_default();
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::parse(&location::hash())),
            bank: RwSignal::new(BankState::Loading),
            attempt: RwSignal::new(None),
            storage_ok: RwSignal::new(true),
        }
    }

    /// The loaded bank, if ready.
    pub fn loaded(&self) -> Option<Arc<LoadedBank>> {
        match self.bank.get() {
            BankState::Ready(b) => Some(b),
            _ => None,
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        let _ = storage::set(LANG_KEY, lang.tag());
    }

    /// Goes to `route` (a new history entry).
    pub fn navigate(&self, route: Route) {
        location::set_hash(route.hash());
        self.route.set(route);
    }

    /// Fetches and checks the bank, then restores a saved attempt for exactly that bank.
    pub fn load_bank(&self, url: &'static str) {
        let this = *self;
        this.bank.set(BankState::Loading);
        leptos::task::spawn_local(async move {
            let state = match fetch::fetch_text(url).await {
                Err(_) => BankState::Failed(Arc::new(Vec::new())),
                Ok(text) => {
                    let report = parse_bank(&text);
                    match report.bank {
                        Some(bank) => {
                            let reference = bank.reference();
                            BankState::Ready(Arc::new(LoadedBank { bank, reference }))
                        }
                        None => BankState::Failed(Arc::new(report.problems)),
                    }
                }
            };
            if let BankState::Ready(b) = &state {
                this.attempt.set(this.restore(&b.reference));
            }
            this.bank.set(state);
        });
    }

    /// The saved attempt for `bank`, if any. A saved value that cannot be read is set aside
    /// under another key (kept, not deleted).
    fn restore(&self, bank: &BankRef) -> Option<Attempt> {
        let key = attempt_key(bank);
        let text = match storage::get(&key) {
            Ok(t) => t?,
            Err(_) => {
                self.storage_ok.set(false);
                return None;
            }
        };
        match Attempt::from_storage(&text) {
            Ok(a) if &a.bank == bank => Some(a),
            _ => {
                let aside = format!("{key}:rusak:{}", clock::now_ms());
                if storage::set(&aside, &text).is_ok() {
                    let _ = storage::remove(&key);
                }
                None
            }
        }
    }

    /// Writes the attempt to storage now; on failure the attempt stays in memory and the
    /// storage warning shows.
    fn save(&self) {
        let ok = self.attempt.with_untracked(|a| match a {
            Some(a) => storage::set(&attempt_key(&a.bank), &a.to_storage()).is_ok(),
            None => true,
        });
        if self.storage_ok.get_untracked() != ok {
            self.storage_ok.set(ok);
        }
    }

    /// Changes the attempt and saves it in the same step.
    pub fn update_attempt(&self, f: impl FnOnce(&mut Attempt)) {
        self.attempt.update(|a| {
            if let Some(a) = a {
                f(a);
            }
        });
        self.save();
    }

    /// Starts a new attempt for `participant` and opens the first item.
    pub fn start(&self, participant: Participant) {
        let Some(b) = self.loaded() else { return };
        let attempt = Attempt::new(
            &b.bank,
            b.reference.clone(),
            participant,
            Mode::Practice,
            clock::random_seed(),
            clock::now_ms(),
        );
        self.attempt.set(Some(attempt));
        self.save();
        self.navigate(Route::Quiz);
    }

    pub fn answer(&self, item: &str, answer: Answer) {
        let now = clock::now_ms();
        self.update_attempt(|a| a.answer(item, answer, now));
    }

    pub fn go_to(&self, position: usize) {
        self.update_attempt(|a| a.go_to(position));
    }

    pub fn finish(&self) {
        let now = clock::now_ms();
        self.update_attempt(|a| a.finish(now));
        self.navigate(Route::Results);
    }

    /// Forgets the attempt (on this device too).
    pub fn discard(&self) {
        if let Some(a) = self.attempt.get_untracked() {
            let _ = storage::remove(&attempt_key(&a.bank));
        }
        self.attempt.set(None);
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The storage key of the attempt for one exact bank text.
pub fn attempt_key(bank: &BankRef) -> String {
    let hash = bank.sha256.get(..16).unwrap_or(&bank.sha256);
    format!("pilar-siap:attempt:{}:{}:{hash}", bank.id, bank.version)
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
