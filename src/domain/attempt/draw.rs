//! Which items an attempt shows and in what order, and the order of each item's options: all
//! from the seed stored with the attempt, so an attempt can be repeated exactly.

use crate::domain::attempt::rng::Rng;
use crate::domain::attempt::Mode;
use crate::domain::bank::{Bank, Evidence, Item, ItemBody};

/// The items a participant in `role` answers, in the order `seed` gives.
///
/// Practice and simulation: the role's items (or, when the bank sets `draw_per_competency`, that
/// many per competency, by each item's first competency), tested items first, then can-do
/// self-ratings, then open answers, each group shuffled. Interview: the role's open answers that
/// offer a speaking timer.
pub fn draw(bank: &Bank, role: &str, mode: Mode, seed: u32) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let pool: Vec<&Item> = bank
        .items_for_role(role)
        .filter(|i| mode != Mode::Interview || is_interview(i))
        .collect();
    let chosen: Vec<&Item> = match bank.draw_per_competency.filter(|_| mode != Mode::Interview) {
        None => pool,
        Some(n) => {
            let mut chosen = Vec::new();
            for c in &bank.competencies {
                let mut own: Vec<&Item> = pool
                    .iter()
                    .copied()
                    .filter(|i| i.first_competency_is(&c.id))
                    .collect();
                rng.shuffle(&mut own);
                own.truncate(usize::try_from(n).unwrap_or(usize::MAX));
                chosen.extend(own);
            }
            chosen
        }
    };
    let group = |i: &Item| match (&i.body, i.body.evidence()) {
        (_, Evidence::Tested) => 0,
        (ItemBody::Likert { .. }, _) => 1,
        _ => 2,
    };
    let mut out = Vec::with_capacity(chosen.len());
    for g in 0..3 {
        let mut ids: Vec<String> = chosen
            .iter()
            .filter(|i| group(i) == g)
            .map(|i| i.common.id.clone())
            .collect();
        rng.shuffle(&mut ids);
        out.extend(ids);
    }
    out
}

/// An open answer with a speaking timer: the interview-practice items.
pub fn is_interview(item: &Item) -> bool {
    matches!(
        item.body,
        ItemBody::OpenAnswer {
            speaking_seconds: Some(_),
            ..
        }
    )
}

/// The display order of `item`'s options (indices into its options) for an attempt's `seed`.
/// Choice and situational options are shuffled; true/false and scales keep their order.
pub fn option_order(item: &Item, seed: u32) -> Vec<usize> {
    let n = match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options.len(),
        ItemBody::Situational { options, .. } => options.len(),
        _ => return Vec::new(),
    };
    let mut order: Vec<usize> = (0..n).collect();
    Rng::new(seed ^ fnv1a(item.common.id.as_bytes())).shuffle(&mut order);
    order
}

/// FNV-1a, 32 bits: mixes an item's id into the seed.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Words a candidate reads per minute in a test on a phone: slower than prose.
pub const READING_WORDS_PER_MINUTE: usize = 100;
/// Minutes to write one open answer.
pub const MINUTES_PER_OPEN_ANSWER: usize = 5;

/// The words of `item` a candidate reads in a simulation (question, scenario, options, scale
/// labels and guiding questions; no feedback).
pub fn words_shown(item: &Item) -> usize {
    let count = |t: &str| t.split_whitespace().count();
    let body = match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            options.iter().map(|o| count(&o.text)).sum()
        }
        ItemBody::Situational { scenario, options } => {
            count(scenario) + options.iter().map(|o| count(&o.text)).sum::<usize>()
        }
        ItemBody::OpenAnswer { guidance, .. } => guidance.iter().map(|g| count(g)).sum(),
        ItemBody::Likert { anchors } => anchors.iter().map(|a| count(a)).sum(),
        ItemBody::TrueFalse { .. } => 0,
    };
    count(&item.common.prompt) + body
}

/// The minutes an attempt of these items takes to read and answer: its words at
/// [`READING_WORDS_PER_MINUTE`], plus [`MINUTES_PER_OPEN_ANSWER`] per open answer, rounded up.
pub fn reading_minutes(bank: &Bank, ids: &[String]) -> usize {
    let items: Vec<&Item> = ids.iter().filter_map(|id| bank.item(id)).collect();
    let words: usize = items.iter().map(|i| words_shown(i)).sum();
    let open = items
        .iter()
        .filter(|i| matches!(i.body, ItemBody::OpenAnswer { .. }))
        .count();
    words.div_ceil(READING_WORDS_PER_MINUTE) + open * MINUTES_PER_OPEN_ANSWER
}
