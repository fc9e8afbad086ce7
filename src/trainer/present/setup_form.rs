//! The set-up page's state: what the trainer chose and typed, the saved sets, the session to
//! continue and the note under the form. What it computes is in `view::present_setup`.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::{forget_named, load_current, save_current, save_named, saved_sessions};
use crate::domain::bank::{BankRef, CheckedBank};
use crate::domain::present::session::{Session, MAX_SESSION_BYTES};
use crate::i18n::t;
use crate::platform::{clock, files, location};
use crate::trainer::state::{use_trainer, TrainerState};
use crate::ui::shared::{use_device, use_lang, Device, Language};
use crate::view::present_setup::{
    bank_with_hash, default_name, draw, file_problems, kept_note, pool, toggle_in, Draft, PoolItem,
    DEFAULT_COUNT,
};
use crate::view::trainer_route::TrainerRoute;

/// Saves `session` as the one presented and goes to the slides (not if storage refused).
pub fn start(session: &Session) {
    if save_current(session) {
        location::set_hash(TrainerRoute::PresentShow.hash());
    }
}

/// The set-up page's state; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct SetupForm {
    pub trainer: TrainerState,
    device: Device,
    lang: Language,
    /// The bank chosen (the first known one, once the banks are read).
    pub chosen: RwSignal<Option<BankRef>>,
    pub bank: Memo<Option<Arc<CheckedBank>>>,
    pub roles: RwSignal<BTreeSet<String>>,
    pub competencies: RwSignal<BTreeSet<String>>,
    /// The items picked, in the order they will be shown.
    pub picked: RwSignal<Vec<String>>,
    pub count: RwSignal<usize>,
    /// The seconds-per-item field, as typed.
    pub seconds: RwSignal<String>,
    pub name: RwSignal<String>,
    /// The note under the form.
    pub message: RwSignal<Option<String>>,
    pub saved: RwSignal<Vec<Session>>,
    /// The session presented last, to continue.
    pub current: RwSignal<Option<Session>>,
}

impl SetupForm {
    /// A fresh form. Call it from a component.
    pub fn new() -> Self {
        let device = use_device();
        let trainer = use_trainer();
        let chosen = RwSignal::new(None::<BankRef>);
        // The first known bank, once the banks are read.
        Effect::new(move |_| {
            let first = trainer.banks.with(|b| {
                b.as_ref()
                    .and_then(|b| b.first().map(|x| x.reference.clone()))
            });
            if chosen.get_untracked().is_none() && first.is_some() {
                chosen.set(first);
            }
        });
        SetupForm {
            trainer,
            device,
            lang: use_lang(),
            chosen,
            bank: Memo::new(move |_| chosen.get().and_then(|r| trainer.bank(&r))),
            roles: RwSignal::new(BTreeSet::new()),
            competencies: RwSignal::new(BTreeSet::new()),
            picked: RwSignal::new(Vec::new()),
            count: RwSignal::new(DEFAULT_COUNT),
            seconds: RwSignal::new(String::new()),
            name: RwSignal::new(default_name(clock::now_ms())),
            message: RwSignal::new(None),
            saved: RwSignal::new(saved_sessions(&device)),
            current: RwSignal::new(load_current(&device)),
        }
    }

    /// The items the chosen bank offers for the roles and competencies ticked (tracked).
    pub fn pool(&self) -> Vec<PoolItem> {
        let (roles, competencies) = (self.roles, self.competencies);
        self.bank
            .get()
            .map(|b| pool(&b, &roles.get(), &competencies.get()))
            .unwrap_or_default()
    }

    /// Chooses the bank whose hash is `sha256`; the items picked from another bank go.
    pub fn choose_bank(&self, sha256: &str) {
        let banks = self.trainer.banks.get_untracked().unwrap_or_default();
        self.chosen.set(bank_with_hash(&banks, sha256));
        self.picked.set(Vec::new());
    }

    /// Ticks or unticks a role or competency.
    pub fn toggle(set: RwSignal<BTreeSet<String>>, id: &str) {
        set.update(|s| toggle_in(s, id));
    }

    /// "Undi soal": picks as many as asked at random from the pool.
    pub fn draw(&self) {
        let ids = self.pool().into_iter().map(|i| i.id).collect();
        let count = self.count.get_untracked();
        self.picked.set(draw(ids, clock::random_seed(), count));
    }

    /// The session the form describes, or `None` with the note saying why.
    fn make(&self) -> Option<Session> {
        let draft = Draft {
            bank: self.chosen.get_untracked(),
            picked: self.picked.get_untracked(),
            seconds: self.seconds.get_untracked(),
            name: self.name.get_untracked(),
        };
        match draft.session(clock::now_ms()) {
            Ok(s) => Some(s),
            Err(why) => {
                if let Some(key) = why.message() {
                    self.note(t(self.lang.get_untracked(), key).to_owned());
                }
                None
            }
        }
    }

    fn note(&self, text: String) {
        self.message.set(Some(text));
    }

    /// "Presentasikan".
    pub fn present(&self) {
        if let Some(s) = self.make() {
            start(&s);
        }
    }

    /// "Simpan set": keeps the set under its name.
    pub fn keep(&self) {
        if let Some(s) = self.make() {
            let ok = save_named(&self.device, &s);
            self.saved.set(saved_sessions(&self.device));
            self.note(t(self.lang.get_untracked(), kept_note(ok)).to_owned());
        }
    }

    /// Removes a saved set.
    pub fn forget(&self, name: &str) {
        forget_named(&self.device, name);
        self.saved.set(saved_sessions(&self.device));
    }

    /// Reads a session record brought in and presents it, or says why not.
    pub fn import(&self, chosen: Vec<web_sys::File>) {
        let Some(file) = chosen.into_iter().next() else {
            return;
        };
        let (lang, message) = (self.lang, self.message);
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let read = files::read_text(&file, MAX_SESSION_BYTES)
                .await
                .map_err(|p| vec![p])
                .and_then(|text| Session::read(&text));
            match read {
                Ok(s) => start(&s),
                Err(p) => message.set(Some(file_problems(l, &file.name(), &p))),
            }
        });
    }
}
