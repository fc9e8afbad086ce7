//! Which items a short attempt of the learning loop asks: one competency's items for a role, or
//! the items answered wrong or with partial credit.

use std::collections::BTreeMap;

use crate::domain::attempt::rng::Rng;
use crate::domain::bank::{Bank, Evidence};
use crate::domain::results::ResultsFile;
use crate::domain::scoring::FULL;

/// The most items of one competency a focused practice asks.
pub const FOCUS_SIZE: usize = 10;

/// A practice of competency `competency` for `role`: up to `size` of the role's tested items that
/// count towards it, drawn and ordered by `seed`.
pub fn focus_items(
    bank: &Bank,
    role: &str,
    competency: &str,
    seed: u32,
    size: usize,
) -> Vec<String> {
    let mut ids: Vec<String> = bank
        .items_for_role(role)
        .filter(|i| i.body.evidence() == Evidence::Tested && i.weight_for(competency).is_some())
        .map(|i| i.common.id.clone())
        .collect();
    Rng::new(seed).shuffle(&mut ids);
    ids.truncate(size);
    ids
}

/// The tested items of `bank` whose last answer in `results` (oldest first) earned less than
/// full credit, ordered by `seed`. Items left unanswered are not "missed"; items the bank no
/// longer has are left out, as are results made with another bank.
pub fn missed_items<'a>(
    bank: &Bank,
    results: impl IntoIterator<Item = &'a ResultsFile>,
    seed: u32,
) -> Vec<String> {
    let mut last: BTreeMap<&str, bool> = BTreeMap::new();
    for r in results.into_iter().filter(|r| r.bank.id == bank.id) {
        for i in r.items.iter().filter(|i| i.evidence == Evidence::Tested) {
            if let Some(bp) = i.score_bp {
                last.insert(&i.id, bp < FULL);
            }
        }
    }
    let mut ids: Vec<String> = last
        .into_iter()
        .filter(|(id, missed)| {
            *missed
                && bank
                    .item(id)
                    .is_some_and(|i| i.body.evidence() == Evidence::Tested)
        })
        .map(|(id, _)| id.to_owned())
        .collect();
    Rng::new(seed).shuffle(&mut ids);
    ids
}
