//! What the quiz page computes: the state of the item shown, where "next", "previous" and
//! "check" lead, the buttons' labels, what a key press means, and the competencies an item
//! measures. Pure, so it is tested natively; the page only shows it.

use crate::domain::attempt::draw::option_order;
use crate::domain::attempt::{Answer, Attempt, Mode};
use crate::domain::bank::{Bank, Item};
use crate::i18n::{item_of, Key, Lang};
use crate::view::shortcut::answer_for_key;

/// What the attempt holds for one item: its answer, whether its feedback was shown (which fixes
/// the answer) and whether it is flagged for review.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemState {
    pub answer: Option<Answer>,
    pub checked: bool,
    pub flagged: bool,
}

impl ItemState {
    /// The state of item `id` in `attempt` (nothing answered, checked or flagged without one).
    pub fn of(attempt: Option<&Attempt>, id: &str) -> Self {
        attempt.map_or_else(Self::default, |a| ItemState {
            answer: a.answer_to(id).cloned(),
            checked: a.is_checked(id),
            flagged: a.flags.contains(id),
        })
    }

    /// Practice only: the item has an answer whose feedback has not been shown yet, so "Periksa"
    /// (and Enter) show it.
    pub fn can_check(&self, mode: Mode) -> bool {
        mode.gives_feedback() && self.answer.is_some() && !self.checked
    }

    /// The answer whose feedback is shown: only once the item was checked.
    pub fn feedback(self) -> Option<Answer> {
        let checked = self.checked;
        self.answer.filter(|_| checked)
    }
}

/// Where "next" leads from the item at `position` of `total`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// The item at this position.
    Item(usize),
    /// Past the last item: the review page.
    Review,
}

/// Where "next" (→) leads from `position` of `total` items.
pub fn next(position: usize, total: usize) -> Next {
    if position + 1 < total {
        Next::Item(position + 1)
    } else {
        Next::Review
    }
}

/// Where "previous" (←) leads: one back, staying on the first item.
pub fn previous(position: usize) -> usize {
    position.saturating_sub(1)
}

/// "Sebelumnya" is disabled on the first item.
pub fn previous_disabled(position: usize) -> bool {
    position == 0
}

/// The label of the "next" button: "Tinjau & kirim" on the last item, "Berikutnya" before it.
pub fn next_label(position: usize, total: usize) -> Key {
    if position + 1 >= total {
        Key::ToReview
    } else {
        Key::Next
    }
}

/// The label of the flag button, which flags or unflags the item.
pub fn flag_label(flagged: bool) -> Key {
    if flagged {
        Key::Unflag
    } else {
        Key::Flag
    }
}

/// The page's heading, "Soal 3 dari 41" (positions count from 0, people from 1).
pub fn title(lang: Lang, position: usize, total: usize) -> String {
    item_of(lang, position + 1, total)
}

/// What "Periksa jawaban" / Enter does on an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Practice: show the feedback of the answer given.
    Check,
    /// Otherwise go on, as "next" does.
    Next,
}

/// What confirming does on an item in `state`, in `mode`.
pub fn confirm(mode: Mode, state: &ItemState) -> Confirm {
    if state.can_check(mode) {
        Confirm::Check
    } else {
        Confirm::Next
    }
}

pub use super::shortcut::Press;

/// What a key press does on the quiz page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// → : as "next".
    Next,
    /// ← : as "previous".
    Previous,
    /// Enter: as "Periksa" or "next" (see [`confirm`]).
    Confirm,
    /// Any other key may answer the item shown (see [`keyed_answer`]).
    Answer,
}

/// What `press` does while the attempt is `active` (started and not finished); `None` when the
/// page leaves it to the browser: with a modifier, while typing, or with no attempt running.
pub fn shortcut(press: Press<'_>, active: bool) -> Option<Shortcut> {
    if press.modified || press.in_text || !active {
        return None;
    }
    Some(match press.key {
        "ArrowRight" => Shortcut::Next,
        "ArrowLeft" => Shortcut::Previous,
        "Enter" if !press.on_control => Shortcut::Confirm,
        _ => Shortcut::Answer,
    })
}

/// The answer `key` gives to `item` (options in the order the attempt's `seed` shows them), or
/// `None` when the key means nothing for it or its answer is fixed (feedback shown).
pub fn keyed_answer(item: &Item, seed: u32, key: &str, state: &ItemState) -> Option<Answer> {
    if state.checked {
        return None;
    }
    let order = option_order(item, seed);
    answer_for_key(item, &order, key, state.answer.as_ref())
}

/// The competencies an item measures, as (Indonesian, English) names, in the item's order;
/// ids the bank does not know are left out.
pub fn measures(bank: &Bank, item: &Item) -> Vec<(String, String)> {
    item.common
        .competencies
        .iter()
        .filter_map(|w| bank.competency(&w.id))
        .map(|c| (c.name.clone(), c.name_en.clone()))
        .collect()
}

/// The names of [`measures`] in `lang`, joined by " · ".
pub fn measures_text(names: &[(String, String)], lang: Lang) -> String {
    names
        .iter()
        .map(|(id, en)| {
            if lang == Lang::En {
                en.clone()
            } else {
                id.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
