//! Answers as they appear in attempts and results, and an attempt as stored on the device.

use crate::domain::attempt::{Answer, Attempt, OpenAnswer};
use crate::domain::format::envelope::Format;
use crate::domain::format::json::{str_list, to_text, Enc, Obj, Value};
use crate::domain::format::problem::{Path, Problem, ProblemKind, Problems};
use crate::domain::format::record::Json;

impl Json for Answer {
    /// `{"choice": "b"}`, `{"choices": […]}`, `{"bool": true}`, `{"scale": 4}` or
    /// `{"open": {"text": …, "ratings": {…}}}`.
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Answer> {
        let mut o = Obj::new(out, v, p)?;
        let answer = if o.has("choice") {
            o.opt_str(out, "choice").map(Answer::Choice)
        } else if o.has("choices") {
            o.opt_with(out, "choices", str_list).map(Answer::Choices)
        } else if o.has("bool") {
            o.opt_bool(out, "bool").map(Answer::Bool)
        } else if o.has("scale") {
            o.opt_with(out, "scale", u8::read).map(Answer::Scale)
        } else if o.has("open") {
            o.opt_with(out, "open", OpenAnswer::read).map(Answer::Open)
        } else {
            out.error(
                p.clone(),
                ProblemKind::Missing {
                    field: "choice | choices | bool | scale | open".into(),
                },
            );
            None
        };
        o.finish(out);
        answer
    }

    fn write(&self) -> Value {
        let e = Enc::new();
        match self {
            Answer::Choice(c) => e.str("choice", c),
            Answer::Choices(c) => e.strs("choices", c),
            Answer::Bool(b) => e.bool("bool", *b),
            Answer::Scale(n) => e.int("scale", u64::from(*n)),
            Answer::Open(open) => e.val("open", open.write()),
        }
        .done()
    }
}

/// The `format` and `format_version` of an attempt saved on the device.
pub const ATTEMPT_FORMAT: Format = Format::first("pilar-siap/attempt");

impl Attempt {
    /// The text saved on the device.
    pub fn to_storage(&self) -> String {
        to_text(&ATTEMPT_FORMAT.start().val("attempt", self.write()).done())
    }

    /// Reads a saved attempt, or says why it cannot be read.
    pub fn from_storage(text: &str) -> Result<Attempt, Vec<Problem>> {
        let (attempt, problems) =
            ATTEMPT_FORMAT.read(text, |out, o| o.req_with(out, "attempt", Attempt::read));
        attempt.ok_or(problems)
    }
}
