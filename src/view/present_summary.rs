//! What the session summary computes, apart from Leptos so it is tested natively: the per-item
//! rows, the room's score per competency, the items worth revisiting and where each one is.

use crate::domain::bank::{Bank, Evidence};
use crate::domain::present::session::{Session, SessionSummary};
use crate::i18n::{t, Key, Lang};

/// How much of an item's question the summary shows.
pub const PROMPT_CHARS: usize = 110;

/// A share as a whole percentage, "75%", or "–" without one.
pub fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| format!("{}%", (v * 100.0).round()))
}

fn short(prompt: &str) -> String {
    prompt.chars().take(PROMPT_CHARS).collect()
}

/// One row of the per-item table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemRow {
    /// The item's number in the session, from 1.
    pub number: usize,
    /// The question, cut to [`PROMPT_CHARS`] characters.
    pub prompt: String,
    /// How many cards were raised.
    pub responses: u32,
    /// The room's score, or that the item is a self-assessment.
    pub score: String,
    /// Worth revisiting.
    pub revisit: bool,
}

/// The per-item table's rows.
pub fn item_rows(lang: Lang, bank: &Bank, sum: &SessionSummary) -> Vec<ItemRow> {
    sum.items
        .iter()
        .enumerate()
        .filter_map(|(n, (id, score, responses))| {
            let item = bank.item(id)?;
            let tested = item.body.evidence() == Evidence::Tested;
            Some(ItemRow {
                number: n + 1,
                prompt: short(&item.common.prompt),
                responses: *responses,
                score: if tested {
                    pct(*score)
                } else {
                    t(lang, Key::EvidenceSelf).to_owned()
                },
                revisit: sum.revisit.contains(id),
            })
        })
        .collect()
}

/// The room's score per competency, by name (bank order), for the radar and its legend.
pub fn competency_scores(bank: &Bank, sum: &SessionSummary) -> Vec<(String, Option<f64>)> {
    sum.competencies
        .iter()
        .filter_map(|(id, v)| bank.competency(id).map(|c| (c.name.clone(), *v)))
        .collect()
}

/// An item worth revisiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revisit {
    /// Where it is in the session, from 0.
    pub position: usize,
    /// The question, cut to [`PROMPT_CHARS`] characters.
    pub prompt: String,
}

/// The items worth revisiting, as listed.
pub fn revisits(bank: &Bank, session: &Session, sum: &SessionSummary) -> Vec<Revisit> {
    sum.revisit
        .iter()
        .filter_map(|id| {
            let position = session.items.iter().position(|x| x == id)?;
            let item = bank.item(id)?;
            Some(Revisit {
                position,
                prompt: short(&item.common.prompt),
            })
        })
        .collect()
}

/// The session again, at the first slide of the item at `position` ("Tampilkan lagi").
pub fn show_again(session: &Session, position: usize) -> Session {
    let mut s = session.clone();
    s.position = position;
    s.slide = 0;
    s
}
