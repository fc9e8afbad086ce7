//! What the trainers' set-up page for "Mode Presentasi" computes, apart from Leptos so it is
//! tested natively: the items to pick from, drawing them, the fields as read, and the session the
//! form makes.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::domain::attempt::rng::Rng;
use crate::domain::bank::{Bank, BankRef, CheckedBank};
use crate::domain::format::problem::Problem;
use crate::domain::format::time::format_iso;
use crate::domain::present::session::{eligible, Session};
use crate::i18n::{problem_line, t, Key, Lang};

/// How many items "Undi soal" draws until the trainer says otherwise.
pub const DEFAULT_COUNT: usize = 5;
/// How much of an item's question the pick list shows.
pub const PICK_PROMPT_CHARS: usize = 90;
/// How many of a refused file's problems the note names.
const PROBLEMS_SHOWN: usize = 3;

/// A new session's name until the trainer gives one: "Sesi 2026-05-01" (the day, UTC).
pub fn default_name(now_ms: i64) -> String {
    format!("Sesi {}", format_iso(now_ms).get(..10).unwrap_or(""))
}

/// The "Jumlah soal" field: a whole number, or the default when it is not one.
pub fn parse_count(text: &str) -> usize {
    text.parse().unwrap_or(DEFAULT_COUNT)
}

/// The "Detik per soal" field: a countdown of that many seconds, or none (empty, 0, not a number).
pub fn parse_seconds(text: &str) -> Option<u32> {
    text.trim().parse::<u32>().ok().filter(|s| *s > 0)
}

/// One item the trainer can pick, as the pick list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolItem {
    pub id: String,
    /// The kind's name (`single_choice`, …).
    pub kind: &'static str,
    /// The question, cut to [`PICK_PROMPT_CHARS`] characters.
    pub prompt: String,
}

/// The items of `bank` for any of `roles` measuring any of `competencies` (empty: all), in bank
/// order.
pub fn pool(
    bank: &Bank,
    roles: &BTreeSet<String>,
    competencies: &BTreeSet<String>,
) -> Vec<PoolItem> {
    let roles: Vec<String> = roles.iter().cloned().collect();
    let competencies: Vec<String> = competencies.iter().cloned().collect();
    eligible(bank, &roles, &competencies)
        .into_iter()
        .map(|i| PoolItem {
            id: i.common.id.clone(),
            kind: i.body.kind_name(),
            prompt: i.common.prompt.chars().take(PICK_PROMPT_CHARS).collect(),
        })
        .collect()
}

/// `count` of the items `ids`, drawn at random by `seed` (all of them, shuffled, if fewer).
pub fn draw(mut ids: Vec<String>, seed: u32, count: usize) -> Vec<String> {
    Rng::new(seed).shuffle(&mut ids);
    ids.truncate(count);
    ids
}

/// Ticks or unticks `id` in a set of roles or competencies.
pub fn toggle_in(set: &mut BTreeSet<String>, id: &str) {
    if !set.remove(id) {
        set.insert(id.to_owned());
    }
}

/// Picks `id` (at the end of the session) or unpicks it.
pub fn toggle_pick(picked: &mut Vec<String>, id: &str) {
    match picked.iter().position(|x| x == id) {
        Some(i) => {
            picked.remove(i);
        }
        None => picked.push(id.to_owned()),
    }
}

/// "5 soal dipilih".
pub fn chosen_line(lang: Lang, picked: usize) -> String {
    format!("{picked} {}", t(lang, Key::ItemsChosen))
}

/// Why the set-up form makes no session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReady {
    /// No bank chosen yet (the banks are still being read): nothing to say.
    NoBank,
    /// No item picked.
    NoItems,
}

impl NotReady {
    /// What the form says about it, if anything.
    pub fn message(self) -> Option<Key> {
        match self {
            NotReady::NoBank => None,
            NotReady::NoItems => Some(Key::PickSomeItems),
        }
    }
}

/// What the set-up form holds, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub bank: Option<BankRef>,
    pub picked: Vec<String>,
    /// The "Detik per soal" field.
    pub seconds: String,
    /// The "Nama sesi" field.
    pub name: String,
}

impl Draft {
    /// The session the form describes, made at `now`.
    pub fn session(self, now: i64) -> Result<Session, NotReady> {
        let bank = self.bank.ok_or(NotReady::NoBank)?;
        if self.picked.is_empty() {
            return Err(NotReady::NoItems);
        }
        let seconds = parse_seconds(&self.seconds);
        Ok(Session::new(
            self.name.trim(),
            bank,
            self.picked,
            seconds,
            now,
        ))
    }
}

/// The note after "Simpan set": kept, or storage refused.
pub fn kept_note(ok: bool) -> Key {
    if ok {
        Key::SetSaved
    } else {
        Key::BankNotKept
    }
}

/// Why a session file was refused: "sesi.json: …", naming its first few problems.
pub fn file_problems(lang: Lang, file: &str, problems: &[Problem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .take(PROBLEMS_SHOWN)
        .map(|p| problem_line(lang, p))
        .collect();
    format!("{file}: {}", lines.join(" "))
}

/// Where a session to continue stands: the item shown (from 1) and how many there are.
pub fn progress(session: &Session) -> (usize, usize) {
    (session.position + 1, session.items.len())
}

/// The reference of the bank whose hash is `sha256` (the bank list's chosen option).
pub fn bank_with_hash(banks: &[Arc<CheckedBank>], sha256: &str) -> Option<BankRef> {
    banks
        .iter()
        .map(|b| b.reference.clone())
        .find(|r| r.sha256 == sha256)
}
