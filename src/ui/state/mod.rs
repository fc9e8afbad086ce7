//! The app's state, shared through context: the language, the page, the bank, the attempt in
//! progress, the history of finished attempts and a clock. Every change to the attempt or the
//! history is written to storage at once, in the same event.

mod actions;
mod persist;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::attempt::Attempt;
use crate::domain::bank::library::{same_site_path, Library};
use crate::domain::bank::{parse_bank, Bank, BankRef, MAX_BANK_BYTES};
use crate::domain::format::problem::Problem;
use crate::domain::results::history::History;
use crate::i18n::Lang;
use crate::platform::storage::{self, StorageError};
use crate::platform::{clock, fetch, location, timer::Interval};
use crate::view::route::Route;

pub use persist::attempt_key;

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
    /// The attempt in progress, if any (a finished one moves to `history`).
    pub attempt: RwSignal<Option<Attempt>>,
    pub history: RwSignal<History>,
    /// Why the last write to storage failed, if it did: the attempt then lives in memory only.
    pub storage_failure: RwSignal<Option<StorageError>>,
    /// The time (ms since the epoch), updated every second.
    pub now: RwSignal<i64>,
    /// Saved data that could not be read (corrupted, or of a format this version cannot read):
    /// the keys it is kept under, never deleted without the user's word.
    pub set_aside: RwSignal<Vec<String>>,
    /// Banks kept on this device by the bank checker.
    pub library: RwSignal<Library>,
    /// Which bank to use: a kept bank (by hash), a path of this site (`?bank=`), or the bundled.
    pub source: RwSignal<BankSource>,
}

/// Where the bank in use comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankSource {
    Bundled,
    Kept(String),
    /// A path on this site, from the address (`?bank=banks/contoh.json`).
    Url(String),
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
            history: RwSignal::new(History::default()),
            storage_failure: RwSignal::new(None),
            set_aside: RwSignal::new(
                storage::keys()
                    .into_iter()
                    .filter(|k| k.contains(storage::SET_ASIDE))
                    .collect(),
            ),
            now: RwSignal::new(clock::now_ms()),
            library: RwSignal::new(Library::default()),
            source: RwSignal::new(BankSource::Bundled),
        }
    }

    /// Reads the kept banks and which bank to use (the address's `?bank=` first).
    pub fn restore_source(&self) {
        self.library.set(self.restore_library());
        let source = match location::query("bank") {
            Some(url) if same_site_path(&url) => BankSource::Url(url),
            _ => self
                .restore_choice()
                .filter(|sha| self.library.with_untracked(|l| l.find(sha).is_some()))
                .map_or(BankSource::Bundled, BankSource::Kept),
        };
        self.source.set(source);
    }

    /// Starts the clock: every second `now` moves on, and an attempt whose deadline passed is
    /// submitted. Keep the returned timer alive.
    pub fn start_clock(&self) -> Option<Interval> {
        let this = *self;
        Interval::new(1000, move || {
            let now = clock::now_ms();
            this.now.set(now);
            this.expire_if_due(now);
        })
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
        location::set_hash(&route.hash());
        self.route.set(route);
    }

    /// Fetches (or reads from the device) and checks the bank in use, then restores the history
    /// and a saved attempt for exactly that bank.
    pub fn load_bank(&self) {
        let this = *self;
        this.bank.set(BankState::Loading);
        let source = this.source.get_untracked();
        leptos::task::spawn_local(async move {
            // A kept bank gone from the device has nothing to name beyond "could not load".
            let text = match &source {
                BankSource::Bundled => fetch::fetch_text(DEFAULT_BANK_URL, MAX_BANK_BYTES)
                    .await
                    .map_err(|p| vec![p]),
                BankSource::Url(url) => fetch::fetch_text(url, MAX_BANK_BYTES)
                    .await
                    .map_err(|p| vec![p]),
                BankSource::Kept(sha) => this.kept_text(sha).ok_or_else(Vec::new),
            };
            let state = match text {
                Err(problems) => BankState::Failed(Arc::new(problems)),
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
            this.history.set(this.restore_history());
            if let BankState::Ready(b) = &state {
                this.attempt.set(this.restore_attempt(&b.reference));
            }
            this.bank.set(state);
            this.expire_if_due(clock::now_ms());
        });
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
