//! Answering by keyboard: A–H or 1–8 pick the option shown at that position, 1–5 rate a
//! can-do statement. Pure, so it is tested natively; the page only passes the key on.

use crate::domain::attempt::Answer;
use crate::domain::bank::{Item, ItemBody};

/// A key press, with what had the focus: what every page's shortcuts decide on (the quiz's,
/// the presenter's). The platform's key listener gives it; the pages only act on the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Press<'a> {
    pub key: &'a str,
    /// Ctrl, Alt or Meta held: the browser's own shortcut, left alone.
    pub modified: bool,
    /// The focus is in a text field (typing must not trigger shortcuts).
    pub in_text: bool,
    /// The focus is on a button or link (Enter already activates it).
    pub on_control: bool,
}

/// The display position a key names: `a`/`1` → 0, `b`/`2` → 1, …
fn position(key: &str) -> Option<usize> {
    let mut chars = key.chars();
    let c = chars.next()?.to_ascii_lowercase();
    if chars.next().is_some() {
        return None;
    }
    match c {
        'a'..='h' => Some(c as usize - 'a' as usize),
        '1'..='8' => Some(c as usize - '1' as usize),
        _ => None,
    }
}

/// The answer `key` gives to `item` (options in display `order`), given the `current` answer;
/// `None` when the key means nothing for this item.
pub fn answer_for_key(
    item: &Item,
    order: &[usize],
    key: &str,
    current: Option<&Answer>,
) -> Option<Answer> {
    let pos = position(key)?;
    let shown = |n: usize| -> Option<usize> {
        if order.is_empty() {
            (pos < n).then_some(pos)
        } else {
            order.get(pos).copied()
        }
    };
    match &item.body {
        ItemBody::SingleChoice { options } => {
            let o = options.get(shown(options.len())?)?;
            Some(Answer::Choice(o.id.clone()))
        }
        ItemBody::Situational { options, .. } => {
            let o = options.get(shown(options.len())?)?;
            Some(Answer::Choice(o.id.clone()))
        }
        ItemBody::MultipleChoice { options } => {
            let id = options.get(shown(options.len())?)?.id.clone();
            let mut chosen = match current {
                Some(Answer::Choices(c)) => c.clone(),
                _ => Vec::new(),
            };
            match chosen.iter().position(|c| c == &id) {
                Some(i) => {
                    chosen.remove(i);
                }
                None => chosen.push(id),
            }
            Some(Answer::Choices(chosen))
        }
        ItemBody::TrueFalse { .. } => match pos {
            0 => Some(Answer::Bool(true)),
            1 => Some(Answer::Bool(false)),
            _ => None,
        },
        ItemBody::Likert { .. } => (pos < 5).then(|| Answer::Scale(pos as u8 + 1)),
        ItemBody::OpenAnswer { .. } => None,
    }
}
