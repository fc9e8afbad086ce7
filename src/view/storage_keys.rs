//! Every key the two apps keep on the device, in one list: what a browser's storage holds for
//! Pilar Siap, and what a set-aside copy or a cleared device is made of.

use crate::domain::bank::BankRef;

/// What every key starts with (the app's own keys, apart from other sites' on the same origin).
pub const PREFIX: &str = "pilar-siap:";
/// Put between a key and a time to name the copy of a saved value that could not be read.
pub const SET_ASIDE: &str = ":rusak:";

/// The interface language.
pub const LANG: &str = "pilar-siap:lang";
/// Finished attempts (the history).
pub const HISTORY: &str = "pilar-siap:history";
/// The list of banks kept by the bank checker.
pub const LIBRARY: &str = "pilar-siap:library";
/// Which kept bank candidates use (its hash), when not the bundled one.
pub const BANK_CHOICE: &str = "pilar-siap:bank-choice";
/// The group of results files being reviewed in the group view.
pub const COHORT: &str = "pilar-siap:cohort";
/// The presentation session in progress.
pub const SESSION_CURRENT: &str = "pilar-siap:session:current";
/// Presentation sessions saved to continue later.
pub const SESSION_SAVED: &str = "pilar-siap:session:saved";
/// Mode Presentasi: light or dark.
pub const PRESENT_THEME: &str = "pilar-siap:present:theme";
/// Mode Presentasi: text size.
pub const PRESENT_SCALE: &str = "pilar-siap:present:scale";

/// Sunting Bank: the list of drafts.
pub const DRAFTS: &str = "pilar-siap:drafts";
/// Sunting Bank: the draft open in the editor (a reload opens it again).
pub const DRAFT_OPEN: &str = "pilar-siap:drafts-open";

/// Every fixed key above.
pub const FIXED: [&str; 11] = [
    LANG,
    HISTORY,
    LIBRARY,
    BANK_CHOICE,
    COHORT,
    SESSION_CURRENT,
    SESSION_SAVED,
    PRESENT_THEME,
    PRESENT_SCALE,
    DRAFTS,
    DRAFT_OPEN,
];

/// Sunting Bank: one draft (its document and recent history).
pub fn draft(id: &str) -> String {
    format!("pilar-siap:draft:{id}")
}

/// What the key of every attempt in progress starts with.
pub const ATTEMPT_PREFIX: &str = "pilar-siap:attempt:";

/// The attempt in progress for one exact bank text.
pub fn attempt(bank: &BankRef) -> String {
    let hash = bank.sha256.get(..16).unwrap_or(&bank.sha256);
    format!("{ATTEMPT_PREFIX}{}:{}:{hash}", bank.id, bank.version)
}

/// A kept bank's text, by its hash.
pub fn kept_bank(sha256: &str) -> String {
    format!("pilar-siap:bank:{}", sha256.get(..16).unwrap_or(sha256))
}

/// What a trainer chose for an imported file (categories, a source for all), by the file's hash.
pub fn import_choices(files_hash: &str) -> String {
    format!(
        "pilar-siap:import:{}",
        files_hash.get(..16).unwrap_or(files_hash)
    )
}

/// Where a value of `key` that could not be read is kept, set aside at `now`.
pub fn set_aside(key: &str, now: i64) -> String {
    format!("{key}{SET_ASIDE}{now}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_the_apps_own_and_none_is_another_s_prefix() {
        let bank = BankRef {
            id: "kalsel".into(),
            version: "2026.2".into(),
            sha256: "ab".repeat(32),
        };
        let mut all: Vec<String> = FIXED.iter().map(|k| (*k).to_owned()).collect();
        all.push(attempt(&bank));
        all.push(kept_bank(&bank.sha256));
        all.push(draft("1764000000000"));
        for k in &all {
            assert!(k.starts_with(PREFIX), "{k}");
            assert!(!k.contains(SET_ASIDE), "{k}");
        }
        for a in &all {
            for b in &all {
                assert!(a == b || !b.starts_with(&format!("{a}:")), "{a} / {b}");
            }
        }
        assert_eq!(
            attempt(&bank),
            "pilar-siap:attempt:kalsel:2026.2:abababababababab"
        );
        assert_eq!(kept_bank(&bank.sha256), "pilar-siap:bank:abababababababab");
        assert!(set_aside(HISTORY, 5).starts_with(HISTORY));
    }
}
