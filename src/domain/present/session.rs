//! A presentation session: the items a trainer shows at the projector, where they are, and the
//! room's answers counted from raised cards — saved as the session goes, exported and imported
//! as a record so a session can continue later.

use crate::domain::format::envelope::Format;
use std::collections::{BTreeMap, BTreeSet};

use crate::domain::bank::{Bank, BankRef, Evidence, Item, ItemBody};
use crate::domain::format::json::{to_pretty, to_text, Value};
use crate::domain::format::problem::{check_size, Path, Problem};
use crate::domain::present::slides::Place;

/// The `format` and `format_version` of a session record.
pub const SESSION_FORMAT: Format = Format::first("pilar-siap/session");
/// The largest session record read (a real one is a few kilobytes).
pub const MAX_SESSION_BYTES: u64 = 1024 * 1024;

crate::record! {
    /// One session at the projector.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Session {
        pub name: String,
        pub bank: BankRef,
        /// Item ids in the order shown.
        pub items: Vec<String>,
        /// A countdown per item, if set.
        pub seconds_per_item: Option<u32>,
        pub position: usize = or_default,
        /// The slide of the current item (see `slides::plan`).
        pub slide: usize = or_default,
        /// Per item, how many raised cards each option got (bank order; true/false: true, false;
        /// can-do: 1 to 5).
        pub tallies: BTreeMap<String, Vec<u32>> = or_default,
        /// Items whose answer has been revealed.
        pub revealed: BTreeSet<String> = or_default,
        pub created_at: i64 = or_default,
    }
}

/// How many answers the room can give to an item: its options, true/false, or the 5 points.
pub fn answer_count(item: &Item) -> usize {
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options.len(),
        ItemBody::Situational { options, .. } => options.len(),
        ItemBody::TrueFalse { .. } => 2,
        ItemBody::Likert { .. } => 5,
        ItemBody::OpenAnswer { .. } => 0,
    }
}

/// The items of `bank` for a session: for any of `roles` (empty: all) measuring any of
/// `competencies` (empty: all), in bank order.
pub fn eligible<'a>(bank: &'a Bank, roles: &[String], competencies: &[String]) -> Vec<&'a Item> {
    bank.items
        .iter()
        .filter(|i| roles.is_empty() || roles.iter().any(|r| i.applies_to(r)))
        .filter(|i| {
            competencies.is_empty()
                || i.common
                    .competencies
                    .iter()
                    .any(|w| competencies.contains(&w.id))
        })
        .collect()
}

impl Session {
    pub fn new(
        name: &str,
        bank: BankRef,
        items: Vec<String>,
        seconds_per_item: Option<u32>,
        now: i64,
    ) -> Self {
        Session {
            name: name.to_owned(),
            bank,
            items,
            seconds_per_item,
            position: 0,
            slide: 0,
            tallies: BTreeMap::new(),
            revealed: BTreeSet::new(),
            created_at: now,
        }
    }

    pub fn current(&self) -> Option<&str> {
        self.items.get(self.position).map(String::as_str)
    }

    /// Moves by `step` items, kept within the session, to the first slide.
    pub fn step(&mut self, step: isize) {
        let last = self.items.len().saturating_sub(1) as isize;
        self.position = (self.position as isize + step).clamp(0, last.max(0)) as usize;
        self.slide = 0;
    }

    pub fn place(&self) -> Place {
        Place {
            item: self.position,
            slide: self.slide,
        }
    }

    /// Goes to `to`; `reveals` when that slide shows the answer (the item counts as revealed).
    pub fn go(&mut self, to: Place, reveals: bool) {
        self.position = to.item.min(self.items.len().saturating_sub(1));
        self.slide = to.slide;
        if reveals {
            if let Some(id) = self.items.get(self.position) {
                self.revealed.insert(id.clone());
            }
        }
    }

    /// The room's counts for `item`, one per possible answer.
    pub fn tally(&self, item: &Item) -> Vec<u32> {
        let mut t = self
            .tallies
            .get(&item.common.id)
            .cloned()
            .unwrap_or_default();
        t.resize(answer_count(item), 0);
        t
    }

    /// Sets the count of answer `index` of `item`.
    pub fn set_count(&mut self, item: &Item, index: usize, count: u32) {
        let mut t = self.tally(item);
        if let Some(slot) = t.get_mut(index) {
            *slot = count;
            self.tallies.insert(item.common.id.clone(), t);
        }
    }

    /// One more raised card for answer `index` of `item`.
    pub fn add_one(&mut self, item: &Item, index: usize) {
        let now = self.tally(item).get(index).copied().unwrap_or(0);
        self.set_count(item, index, now.saturating_add(1));
    }

    pub fn toggle_reveal(&mut self, item: &str) {
        if !self.revealed.remove(item) {
            self.revealed.insert(item.to_owned());
        }
    }

    pub fn encode(&self) -> Value {
        self.write_fields(SESSION_FORMAT.start()).done()
    }

    /// Compact text, as kept on the device.
    pub fn to_storage(&self) -> String {
        to_text(&self.encode())
    }

    /// Indented text, as exported.
    pub fn to_export(&self) -> String {
        to_pretty(&self.encode())
    }

    /// Reads a session record.
    pub fn read(text: &str) -> Result<Session, Vec<Problem>> {
        check_size(text.len() as u64, MAX_SESSION_BYTES).map_err(|p| vec![p])?;
        let (s, problems) = SESSION_FORMAT.read(text, |out, o| {
            let mut s = Session::read_fields(out, o)?;
            // A place past the end (a hand-edited record) starts at the last item.
            s.position = s.position.min(s.items.len().saturating_sub(1));
            s.slide = s.slide.min(64);
            Some(s)
        });
        s.ok_or(problems)
    }
}

/// The room's score on a tested item from its counts (0 to 1), or `None` without counts (or for
/// self-assessed items). Multiple choice: the share of raised cards on correct options.
pub fn room_score(item: &Item, counts: &[u32]) -> Option<f64> {
    let total: u32 = counts.iter().sum();
    if total == 0 || item.body.evidence() != Evidence::Tested {
        return None;
    }
    let at = |i: usize| f64::from(counts.get(i).copied().unwrap_or(0));
    let right: f64 = match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.correct)
            .map(|(i, _)| at(i))
            .sum(),
        ItemBody::Situational { options, .. } => options
            .iter()
            .enumerate()
            .map(|(i, o)| at(i) * o.credit)
            .sum(),
        ItemBody::TrueFalse { answer } => at(if *answer { 0 } else { 1 }),
        _ => return None,
    };
    Some(right / f64::from(total))
}

/// What the session showed about the room.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionSummary {
    /// Per item shown: id, the room's score (tested items with counts) and how many responded.
    pub items: Vec<(String, Option<f64>, u32)>,
    /// Per competency (bank order): the weighted mean of the room's item scores.
    pub competencies: Vec<(String, Option<f64>)>,
    /// Tested items the room got mostly wrong (score below one half): worth revisiting.
    pub revisit: Vec<String>,
}

pub fn summarize(bank: &Bank, session: &Session) -> SessionSummary {
    let items: Vec<(String, Option<f64>, u32)> = session
        .items
        .iter()
        .filter_map(|id| bank.item(id))
        .map(|item| {
            let counts = session.tally(item);
            (
                item.common.id.clone(),
                room_score(item, &counts),
                counts.iter().sum(),
            )
        })
        .collect();
    let competencies = bank
        .competencies
        .iter()
        .map(|c| {
            let (mut num, mut den) = (0.0, 0.0);
            for (id, score, _) in &items {
                if let (Some(s), Some(w)) = (score, bank.item(id).and_then(|i| i.weight_for(&c.id)))
                {
                    num += w * s;
                    den += w;
                }
            }
            (c.id.clone(), (den > 0.0).then(|| num / den))
        })
        .collect();
    let revisit = items
        .iter()
        .filter(|(_, s, _)| s.is_some_and(|s| s < 0.5))
        .map(|(id, _, _)| id.clone())
        .collect();
    SessionSummary {
        items,
        competencies,
        revisit,
    }
}

/// Saved sessions (to reuse a set of items) as one text.
pub fn sessions_to_storage(list: &[Session]) -> String {
    to_text(&Value::Array(list.iter().map(Session::encode).collect()))
}

/// Saved sessions from their text, or the problems of the first that cannot be read (the whole
/// text is then kept aside rather than overwritten without it).
pub fn sessions_from_storage(text: &str) -> Result<Vec<Session>, Vec<Problem>> {
    match crate::domain::format::json::parse_value(text) {
        Ok(Value::Array(list)) => list.iter().map(|v| Session::read(&to_text(v))).collect(),
        Ok(v) => Err(vec![Problem::error(
            Path::root(),
            crate::domain::format::json::wrong_type(
                &v,
                crate::domain::format::problem::JsonKind::List,
            ),
        )]),
        Err(p) => Err(vec![p]),
    }
}

impl Session {
    /// `sesi-bimtek-banjarmasin.json`: the name made safe for a file.
    pub fn file_name(&self) -> String {
        let slug = crate::domain::bank::authoring::text::slug(&self.name);
        if slug.is_empty() {
            "sesi-pilar-siap.json".to_owned()
        } else {
            format!("sesi-{slug}.json")
        }
    }
}
