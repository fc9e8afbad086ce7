//! What the profile page computes: its title, the form's starting values, which fields are
//! wrong, how the *kode soal* reads, and the participant and seed an attempt starts with. Pure,
//! so it is tested natively; the page only shows it.

use crate::domain::attempt::{Mode, Participant};
use crate::domain::format::hidden::without_hidden;
use crate::i18n::{mode_name, t, Key, Lang};

/// "Profil peserta — Latihan".
pub fn title(lang: Lang, mode: Mode) -> String {
    format!("{} — {}", t(lang, Key::ProfileTitle), mode_name(lang, mode))
}

/// What the form holds when it opens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub name: String,
    pub role: String,
    pub region: String,
    pub code: String,
}

impl Fields {
    /// The last profile used on this device, if any; the *kode soal* always starts empty.
    pub fn from_last(last: Option<Participant>) -> Self {
        last.map_or_else(Fields::default, |p| Fields {
            name: p.name,
            role: p.role,
            region: p.region,
            code: String::new(),
        })
    }
}

/// The name is required (spaces alone do not count).
pub fn name_missing(name: &str) -> bool {
    name.trim().is_empty()
}

/// A role must be picked.
pub fn role_missing(role: &str) -> bool {
    role.is_empty()
}

/// A kabupaten/kota must be picked.
pub fn region_missing(region: &str) -> bool {
    region.is_empty()
}

/// The *kode soal*: `Some(None)` when empty (a random draw), `Some(Some(seed))` when it is a
/// whole number that fits in 32 bits, `None` when it is not usable.
pub fn parse_code(code: &str) -> Option<Option<u32>> {
    match code.trim() {
        "" => Some(None),
        c => c.parse::<u32>().ok().map(Some),
    }
}

/// The *kode soal* was given but cannot be used.
pub fn code_invalid(code: &str) -> bool {
    parse_code(code).is_none()
}

/// What "Mulai" starts with: the participant (name trimmed and cleared of hidden characters)
/// and the seed from the *kode soal*; `None` while a field is missing or the code is unusable.
pub fn submission(
    name: &str,
    role: &str,
    region: &str,
    code: &str,
) -> Option<(Participant, Option<u32>)> {
    let p = Participant {
        name: without_hidden(name.trim()),
        role: role.to_owned(),
        region: region.to_owned(),
    };
    let seed = parse_code(code)?;
    if p.name.is_empty() || p.role.is_empty() || p.region.is_empty() {
        return None;
    }
    Some((p, seed))
}
