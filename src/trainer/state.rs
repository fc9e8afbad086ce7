//! The trainers' app state: the page, and the banks this device knows — the bundled one, its
//! earlier versions and the kept ones — fetched and checked once for every tool, and again only
//! when the kept banks change.

use std::sync::Arc;

use leptos::prelude::*;

use super::banks::known_banks;
use crate::domain::bank::{BankRef, CheckedBank};
use crate::platform::location;
use crate::ui::shared::Device;
use crate::view::trainer_route::TrainerRoute;

/// The trainers' state; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct TrainerState {
    pub route: RwSignal<TrainerRoute>,
    /// The banks this device knows (`None` while they are read).
    pub banks: LocalResource<Vec<Arc<CheckedBank>>>,
}

impl TrainerState {
    pub fn new(device: Device) -> Self {
        let route = RwSignal::new(TrainerRoute::parse(&location::hash()));
        location::on_hash_change(move |h| route.set(TrainerRoute::parse(&h)));
        let banks =
            LocalResource::new(move || known_banks(device.library.with(|l| l.banks.clone())));
        TrainerState { route, banks }
    }

    /// The known bank with this reference, once the banks are read.
    pub fn bank(&self, r: &BankRef) -> Option<Arc<CheckedBank>> {
        self.banks.with(|b| b.as_ref().and_then(|b| bank_for(b, r)))
    }
}

/// The bank with reference `r` among `banks`.
pub fn bank_for(banks: &[Arc<CheckedBank>], r: &BankRef) -> Option<Arc<CheckedBank>> {
    banks.iter().find(|b| &b.reference == r).cloned()
}

/// The trainers' state from context.
pub fn use_trainer() -> TrainerState {
    expect_context::<TrainerState>()
}
