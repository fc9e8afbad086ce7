//! "Mode Presentasi": run a Bimtek session from a laptop and a clicker, with nothing but this
//! browser. Set up a session, present it item by item at projector scale with the room's raised
//! cards counted, then see the summary; print answer cards for the room.

mod bank_select;
mod cards;
mod filters;
mod help;
mod item_table;
mod new_session;
mod pick_list;
mod present_bar;
mod presenter;
mod presenting;
mod resume;
mod revisit_section;
mod room_radar;
mod saved_sets;
mod session_summary;
mod setup;
mod setup_form;
mod show;
pub(in crate::trainer) mod stage;
mod summary;

use crate::i18n::trainer::TKey;
use std::sync::Arc;

use leptos::prelude::*;

pub use cards::CardsPage;
pub use setup::SetupPage;
pub use show::PresentPage;
pub use summary::SummaryPage;

use crate::domain::bank::CheckedBank;
use crate::domain::present::session::{sessions_from_storage, sessions_to_storage, Session};
use crate::platform::storage;
use crate::trainer::state::use_trainer;
use crate::ui::shared::{use_device, Device};

use crate::view::storage_keys::{
    PRESENT_SCALE as SCALE, PRESENT_THEME as THEME, SESSION_CURRENT as CURRENT,
    SESSION_SAVED as SAVED,
};

/// The session being presented, as last saved.
pub fn load_current(device: &Device) -> Option<Session> {
    device.read_saved(CURRENT, Session::read)
}

/// Saves the session being presented; false if storage refused.
pub fn save_current(s: &Session) -> bool {
    storage::set(CURRENT, &s.to_storage()).is_ok()
}

/// The saved sets of items (an unreadable list is kept aside, and the warning offers it).
pub fn saved_sessions(device: &Device) -> Vec<Session> {
    device
        .read_saved(SAVED, sessions_from_storage)
        .unwrap_or_default()
}

/// Keeps a set of items under its name (replacing one of the same name).
pub fn save_named(device: &Device, s: &Session) -> bool {
    let mut list = saved_sessions(device);
    list.retain(|x| x.name != s.name);
    let mut clean = s.clone();
    clean.position = 0;
    clean.tallies.clear();
    clean.revealed.clear();
    list.push(clean);
    storage::set(SAVED, &sessions_to_storage(&list)).is_ok()
}

pub fn forget_named(device: &Device, name: &str) {
    let mut list = saved_sessions(device);
    list.retain(|x| x.name != name);
    let _ = storage::set(SAVED, &sessions_to_storage(&list));
}

/// The session being presented with its bank, or why there is none to show.
pub type Current = Result<(Arc<CheckedBank>, Session), TKey>;

/// [`Current`] once the banks are known (`None` until then). Call it from a component.
pub fn use_current() -> Signal<Option<Current>> {
    let trainer = use_trainer();
    let session = load_current(&use_device()).filter(|s| !s.items.is_empty());
    Signal::derive(move || {
        trainer.banks.get().map(|_| {
            let s = session.clone().ok_or(TKey::NoSession)?;
            trainer
                .bank(&s.bank)
                .map(|b| (b, s))
                .ok_or(TKey::SessionBankUnknown)
        })
    })
}

/// The presenting look: dark or light, and a size step (100 %, 115 %, 130 %), remembered.
#[derive(Clone, Copy)]
pub struct Look {
    pub dark: RwSignal<bool>,
    pub scale: RwSignal<u8>,
}

impl Look {
    pub fn new() -> Self {
        let dark = storage::get(THEME)
            .ok()
            .flatten()
            .is_none_or(|t| t != "light");
        let scale = storage::get(SCALE)
            .ok()
            .flatten()
            .and_then(|s| s.parse().ok())
            .filter(|s| [100, 115, 130].contains(s))
            .unwrap_or(100);
        Look {
            dark: RwSignal::new(dark),
            scale: RwSignal::new(scale),
        }
    }
    pub fn toggle_theme(&self) {
        let dark = !self.dark.get_untracked();
        self.dark.set(dark);
        let _ = storage::set(THEME, if dark { "dark" } else { "light" });
    }
    /// One size step up or down.
    pub fn bigger(&self, up: bool) {
        const STEPS: [u8; 3] = [100, 115, 130];
        let i = STEPS
            .iter()
            .position(|s| *s == self.scale.get_untracked())
            .unwrap_or(0);
        let next = if up {
            (i + 1).min(2)
        } else {
            i.saturating_sub(1)
        };
        let value = STEPS.get(next).copied().unwrap_or(100);
        self.scale.set(value);
        let _ = storage::set(SCALE, &value.to_string());
    }
}

impl Default for Look {
    fn default() -> Self {
        Look::new()
    }
}
