//! The banks the trainers' tools can use: the bundled one and those kept on this device.

use std::sync::Arc;

use crate::domain::bank::library::{archived_bank_path, KeptBank, ARCHIVED_BANKS};
use crate::domain::bank::{parse_bank, CheckedBank, MAX_BANK_BYTES};
use crate::platform::{fetch, storage};
use crate::ui::state::DEFAULT_BANK_URL;
use crate::view::storage_keys;

/// The banks this device knows: the bundled one, its earlier versions and the kept ones.
pub async fn known_banks(kept: Vec<KeptBank>) -> Vec<Arc<CheckedBank>> {
    let mut texts = Vec::new();
    // Earlier versions of the bundled bank too: results files made with them are still checked
    // and shown, each version its own group in the cohort view.
    let archived = ARCHIVED_BANKS
        .iter()
        .filter_map(|(id, version)| archived_bank_path(id, version));
    for url in std::iter::once(DEFAULT_BANK_URL.to_owned()).chain(archived) {
        if let Ok(t) = fetch::fetch_text(&format!("../{url}"), MAX_BANK_BYTES).await {
            texts.push(t);
        }
    }
    for kept in kept {
        if let Ok(Some(t)) = storage::get(&storage_keys::kept_bank(&kept.sha256)) {
            texts.push(t);
        }
    }
    texts
        .iter()
        .filter_map(|t| parse_bank(t).bank)
        .map(|b| Arc::new(CheckedBank::new(b)))
        .collect()
}
