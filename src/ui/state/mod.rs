//! The candidates' app state, shared through context: the page, the bank, the attempt in
//! progress, the history of finished attempts and a clock (the language and the device are the
//! shared contexts of `ui::shared`). Every change to the attempt or the history is written to
//! storage at once, in the same event.

mod actions;
mod persist;

use std::sync::Arc;

use leptos::prelude::*;

use super::shared::Device;
use crate::domain::attempt::Attempt;
use crate::domain::bank::library::same_site_path;
use crate::domain::bank::{parse_bank, CheckedBank, MAX_BANK_BYTES};
use crate::domain::format::problem::Problem;
use crate::domain::results::history::History;
use crate::platform::{clock, fetch, location, timer::Interval};
use crate::view::route::Route;

/// The bank the app ships with.
pub const DEFAULT_BANK_URL: &str = "banks/kalsel-pilar-sosial.json";

/// Where the bank is.
#[derive(Debug, Clone)]
pub enum BankState {
    Loading,
    Ready(Arc<CheckedBank>),
    /// The bank could not be fetched (no problems list) or is broken (its problems).
    Failed(Arc<Vec<Problem>>),
}

/// The app's state; `Copy` so every closure can hold it.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Where everything is saved (shared with the trainers' app).
    pub device: Device,
    pub route: RwSignal<Route>,
    pub bank: RwSignal<BankState>,
    /// The attempt in progress, if any (a finished one moves to `history`).
    pub attempt: RwSignal<Option<Attempt>>,
    pub history: RwSignal<History>,
    /// The time (ms since the epoch), updated every second.
    pub now: RwSignal<i64>,
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
    pub fn new(device: Device) -> Self {
        AppState {
            device,
            route: RwSignal::new(Route::parse(&location::hash())),
            bank: RwSignal::new(BankState::Loading),
            attempt: RwSignal::new(None),
            history: RwSignal::new(History::default()),
            now: RwSignal::new(clock::now_ms()),
            source: RwSignal::new(BankSource::Bundled),
        }
    }

    /// Reads which bank to use (the address's `?bank=` first, then a kept bank chosen earlier).
    pub fn restore_source(&self) {
        let library = self.device.library;
        let source = match location::query("bank") {
            Some(url) if same_site_path(&url) => BankSource::Url(url),
            _ => self
                .restore_choice()
                .filter(|sha| library.with_untracked(|l| l.find(sha).is_some()))
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
    pub fn loaded(&self) -> Option<Arc<CheckedBank>> {
        match self.bank.get() {
            BankState::Ready(b) => Some(b),
            _ => None,
        }
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
                BankSource::Kept(sha) => this.device.kept_text(sha).ok_or_else(Vec::new),
            };
            let state = match text {
                Err(problems) => BankState::Failed(Arc::new(problems)),
                Ok(text) => {
                    let report = parse_bank(&text);
                    match report.bank {
                        Some(bank) => BankState::Ready(Arc::new(CheckedBank::new(bank))),
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

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
