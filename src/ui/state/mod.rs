//! The candidates' app state, shared through context: the page, the bank, the attempt in
//! progress, the history of finished attempts and a clock (the language and the device are the
//! shared contexts of `ui::shared`). Every change to the attempt or the history is written to
//! storage at once, in the same event. What is read back from the device and the bank is read in
//! a chunk (`answering`), after the home page is on screen.

mod actions;
mod learn;
mod persist;
mod restore;

pub use learn::{begin_drill, Drill};
pub use restore::download_answers;

use std::sync::Arc;

use leptos::prelude::*;

use super::shared::Device;
use crate::domain::attempt::Attempt;
use crate::domain::bank::library::same_site_path;
use crate::domain::bank::{CheckedBank, MAX_BANK_BYTES};
use crate::domain::format::problem::Problem;
use crate::domain::results::history::History;
use crate::platform::{clock, fetch, layout, location, storage, timer::Interval};
use crate::view::route::Route;
use crate::view::storage_keys;

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
    /// The home page's spaced review card, drawn by the `answering` chunk once the history is
    /// read (so that its code is not in the main wasm).
    pub review_card: RwSignal<Option<ViewFn>>,
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
            review_card: RwSignal::new(None),
        }
    }

    /// Reads which bank to use: the address's `?bank=` first, then a kept bank chosen earlier
    /// (if it is gone from the device, [`AppState::load_bank`] takes the bundled one).
    pub fn restore_source(&self) {
        let source = match location::query("bank") {
            Some(url) if same_site_path(&url) => BankSource::Url(url),
            _ => self
                .restore_choice()
                .map_or(BankSource::Bundled, BankSource::Kept),
        };
        self.source.set(source);
    }

    /// Whether an attempt in progress is kept on this device, for some bank (known before the
    /// bank and the attempt are read).
    pub fn attempt_saved(&self) -> bool {
        storage::keys()
            .iter()
            .any(|k| k.starts_with(storage_keys::ATTEMPT_PREFIX))
    }

    /// Starts the clock: every second `now` moves on, and an attempt whose deadline passed is
    /// submitted. Keep the returned timer alive.
    pub fn start_clock(&self) -> Option<Interval> {
        let this = *self;
        Interval::new(1000, move || {
            let now = clock::now_ms();
            this.now.set(now);
            if this.is_due(now) {
                leptos::task::spawn_local(async move {
                    let _ = restore::expire(this, now).await;
                });
            }
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

    /// Fetches (or reads from the device) the bank in use, once the page on screen is painted;
    /// meanwhile the `answering` chunk comes, which checks the bank and restores the history and
    /// a saved attempt for exactly that bank. A chunk that cannot be fetched is a bank that could
    /// not be loaded (with the retry that shows).
    pub fn load_bank(&self) {
        let this = *self;
        this.bank.set(BankState::Loading);
        leptos::task::spawn_local(async move {
            layout::next_frame().await;
            leptos::task::spawn_local(async {
                let _ = restore::preload_answering().await;
            });
            let text = this.bank_text().await;
            if restore::restore(this, text).await.is_err() {
                this.bank.set(BankState::Failed(Arc::new(Vec::new())));
            }
        });
    }

    /// The text of the bank in use, or why it could not be had.
    async fn bank_text(&self) -> Result<String, Vec<Problem>> {
        let source = self.source.get_untracked();
        if let BankSource::Kept(sha) = &source {
            if let Some(text) = self.device.kept_text(sha) {
                return Ok(text);
            }
            // A kept bank gone from the device: the bundled one takes its place.
            self.source.set(BankSource::Bundled);
        }
        let url = match &source {
            BankSource::Url(url) => url.as_str(),
            _ => DEFAULT_BANK_URL,
        };
        fetch::fetch_text(url, MAX_BANK_BYTES)
            .await
            .map_err(|p| vec![p])
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
