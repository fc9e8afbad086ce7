//! The group view's QR scanner, without the camera: each text a frame gives goes through the
//! [`Collector`] into the [`Intake`] like a dropped file. A code still in view in the next frames
//! is recognised and not taken again, so the log has one line a code and the counter counts codes
//! (a candidate who shows the same code later gets "already read", not a duplicate line).

use std::collections::HashMap;

use super::intake::{Intake, Outcome};
use crate::domain::format::problem::Problem;
use crate::domain::results::handover::code::{Collector, Scan};

/// What one text read gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    /// A whole code taken in: whose, and how the intake took it.
    Read { name: String, outcome: Outcome },
    /// A code read before (by its participant's name).
    Again { name: String },
    /// A part of a code cut in several.
    Part { got: usize, total: usize },
    /// Not taken, and why.
    Refused(Problem),
}

/// The codes read so far.
#[derive(Debug, Clone, Default)]
pub struct Scanner {
    collector: Collector,
    /// Each text read, with the name it gave (empty for a part or a refusal).
    seen: HashMap<String, String>,
    /// Whole codes read.
    pub read: usize,
}

impl Scanner {
    /// What a text read before gives again (`Some(None)`: a refusal or a part, nothing new to
    /// say); `None` for a text not read yet. Needs no intake: a code held in view for a few
    /// seconds is read in every frame.
    pub fn recall(&self, text: &str) -> Option<Option<Heard>> {
        let name = self.seen.get(text)?;
        Some((!name.is_empty()).then(|| Heard::Again { name: name.clone() }))
    }

    /// Takes the text of one code into `intake` (see [`Scanner::recall`] for a text read before).
    pub fn take(&mut self, intake: &mut Intake, text: &str) -> Option<Heard> {
        if let Some(again) = self.recall(text) {
            return again;
        }
        self.seen.insert(text.to_owned(), String::new());
        let payload = match self.collector.take(text) {
            Ok(Scan::Whole(p)) => p,
            Ok(Scan::Part { got, total }) => return Some(Heard::Part { got, total }),
            Err(p) => {
                intake.reject(&format!("QR {}", self.read + 1), p.clone());
                return Some(Heard::Refused(p));
            }
        };
        let label = format!("QR {}", self.read + 1);
        let results = match intake.add_code(&label, &payload) {
            Ok(r) => r,
            Err(p) => return Some(Heard::Refused(p)),
        };
        let outcome = intake
            .log
            .last()
            .map_or(Outcome::Accepted, |e| e.outcome.clone());
        // Read, but refused by the checks every file goes through (e.g. a hidden character in
        // the name): said like any refusal, and not counted.
        if let Outcome::Rejected(p) = outcome {
            return Some(Heard::Refused(p));
        }
        self.read += 1;
        let name = results.participant.name;
        self.seen.insert(text.to_owned(), name.clone());
        Some(Heard::Read { name, outcome })
    }
}
