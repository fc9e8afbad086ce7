//! An attempt as stored on the device, and answers as they appear in attempts and results.

use std::collections::BTreeMap;

use crate::domain::attempt::{Answer, AnswerRecord, Attempt, Mode, OpenAnswer, Participant};
use crate::domain::bank::BankRef;
use crate::domain::format::json::{as_str, as_u64, str_list, Enc, Map, Obj, Value};
use crate::domain::format::problem::{Path, ProblemKind, Problems};

impl Participant {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Participant> {
        let mut o = Obj::new(out, v, p)?;
        let name = o.str(out, "name");
        let role = o.str(out, "role");
        let region = o.str(out, "region");
        o.finish(out);
        Some(Participant {
            name: name?,
            role: role?,
            region: region?,
        })
    }
    pub fn encode(&self) -> Value {
        Enc::new()
            .str("name", &self.name)
            .str("role", &self.role)
            .str("region", &self.region)
            .done()
    }
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Simulation => "simulation",
            Mode::Interview => "interview",
        }
    }
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Mode> {
        match as_str(out, v, p)?.as_str() {
            "practice" => Some(Mode::Practice),
            "simulation" => Some(Mode::Simulation),
            "interview" => Some(Mode::Interview),
            other => {
                out.error(
                    p.clone(),
                    ProblemKind::UnknownVariant {
                        found: other.chars().take(40).collect(),
                        expected: "practice, simulation, interview".into(),
                    },
                );
                None
            }
        }
    }
}

impl Answer {
    /// `{"choice": "b"}`, `{"choices": […]}`, `{"bool": true}`, `{"scale": 4}` or
    /// `{"open": {"text": …, "ratings": {…}}}`.
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Answer> {
        let mut o = Obj::new(out, v, p)?;
        let answer = if o.has("choice") {
            o.opt_str(out, "choice").map(Answer::Choice)
        } else if o.has("choices") {
            o.opt_with(out, "choices", str_list).map(Answer::Choices)
        } else if o.has("bool") {
            o.opt_bool(out, "bool").map(Answer::Bool)
        } else if o.has("scale") {
            o.opt_with(out, "scale", small).map(Answer::Scale)
        } else if o.has("open") {
            o.opt_with(out, "open", OpenAnswer::decode)
                .map(Answer::Open)
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

    pub fn encode(&self) -> Value {
        let e = Enc::new();
        match self {
            Answer::Choice(c) => e.str("choice", c),
            Answer::Choices(c) => e.strs("choices", c),
            Answer::Bool(b) => e.bool("bool", *b),
            Answer::Scale(n) => e.int("scale", u64::from(*n)),
            Answer::Open(open) => e.val("open", open.encode()),
        }
        .done()
    }
}

/// A whole number that fits in a byte (a scale point or a rubric level).
fn small(out: &mut Problems, v: &Value, p: &Path) -> Option<u8> {
    let n = as_u64(out, v, p)?;
    let small = u8::try_from(n).ok();
    if small.is_none() {
        out.error(
            p.clone(),
            ProblemKind::OutOfRange {
                value: n as f64,
                min: 0.0,
                max: 255.0,
            },
        );
    }
    small
}

impl OpenAnswer {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<OpenAnswer> {
        let mut o = Obj::new(out, v, p)?;
        let text = o.str(out, "text");
        let ratings = o.opt_with(out, "ratings", |out, v, p| {
            Obj::new(out, v, p)?;
            let mut ratings = BTreeMap::new();
            for (k, v) in map_entries(v) {
                ratings.insert(k.clone(), small(out, v, &p.key(k))?);
            }
            Some(ratings)
        });
        o.finish(out);
        Some(OpenAnswer {
            text: text?,
            ratings: ratings.unwrap_or_default(),
        })
    }
    pub fn encode(&self) -> Value {
        let ratings: Map<String, Value> = self
            .ratings
            .iter()
            .map(|(k, v)| (k.clone(), Value::from(*v)))
            .collect();
        Enc::new()
            .str("text", &self.text)
            .val("ratings", Value::Object(ratings))
            .done()
    }
}

fn map_entries(v: &Value) -> impl Iterator<Item = (&String, &Value)> {
    v.as_object().into_iter().flat_map(|m| m.iter())
}

impl Attempt {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Attempt> {
        let mut o = Obj::new(out, v, p)?;
        let bank = o.req_with(out, "bank", BankRef::decode);
        let participant = o.req_with(out, "participant", Participant::decode);
        let mode = o.req_with(out, "mode", Mode::decode);
        let seed = o.u64(out, "seed");
        let items = o.req_with(out, "items", str_list);
        let answers = o.req_with(out, "answers", |out, v, p| {
            Obj::new(out, v, p)?;
            let mut answers = BTreeMap::new();
            for (k, v) in map_entries(v) {
                let p = p.key(k);
                let mut r = Obj::new(out, v, &p)?;
                let answer = r.req_with(out, "answer", Answer::decode);
                let at = r.req_with(out, "at", |out, v, p| {
                    let n = v.as_i64();
                    if n.is_none() {
                        as_u64(out, v, p)?;
                    }
                    n
                });
                r.finish(out);
                answers.insert(
                    k.clone(),
                    AnswerRecord {
                        answer: answer?,
                        at: at?,
                    },
                );
            }
            Some(answers)
        });
        let started_at = o.u64(out, "started_at");
        let finished_at = o.opt_u64(out, "finished_at");
        let position = o.opt_u64(out, "position").unwrap_or(0);
        let deadline = o.opt_u64(out, "deadline");
        let timed_out = o.opt_bool(out, "timed_out").unwrap_or(false);
        let flags = o.opt_with(out, "flags", str_list).unwrap_or_default();
        let checked = o.opt_with(out, "checked", str_list).unwrap_or_default();
        o.finish(out);
        Some(Attempt {
            bank: bank?,
            participant: participant?,
            mode: mode?,
            seed: u32::try_from(seed?).ok()?,
            items: items?,
            answers: answers?,
            started_at: i64::try_from(started_at?).ok()?,
            finished_at: finished_at.and_then(|t| i64::try_from(t).ok()),
            position: usize::try_from(position).unwrap_or(0),
            deadline: deadline.and_then(|t| i64::try_from(t).ok()),
            timed_out,
            flags: flags.into_iter().collect(),
            checked: checked.into_iter().collect(),
        })
    }

    pub fn encode(&self) -> Value {
        let answers: Map<String, Value> = self
            .answers
            .iter()
            .map(|(k, r)| {
                let record = Enc::new()
                    .val("answer", r.answer.encode())
                    .val("at", Value::from(r.at))
                    .done();
                (k.clone(), record)
            })
            .collect();
        Enc::new()
            .val("bank", self.bank.encode())
            .val("participant", self.participant.encode())
            .str("mode", self.mode.name())
            .int("seed", u64::from(self.seed))
            .strs("items", &self.items)
            .val("answers", Value::Object(answers))
            .val("started_at", Value::from(self.started_at))
            .opt_int(
                "finished_at",
                self.finished_at.and_then(|t| u64::try_from(t).ok()),
            )
            .int("position", self.position as u64)
            .opt_int(
                "deadline",
                self.deadline.and_then(|t| u64::try_from(t).ok()),
            )
            .val("timed_out", Value::Bool(self.timed_out))
            .list("flags", &Vec::from_iter(self.flags.iter()), |f| {
                Value::String((*f).clone())
            })
            .list("checked", &Vec::from_iter(self.checked.iter()), |f| {
                Value::String((*f).clone())
            })
            .done()
    }
}

/// The `format` of an attempt saved on the device.
pub const ATTEMPT_FORMAT: &str = "pilar-siap/attempt";
/// The newest saved-attempt format version this app reads.
pub const ATTEMPT_FORMAT_VERSION: u32 = 1;

impl Attempt {
    /// The text saved on the device.
    pub fn to_storage(&self) -> String {
        crate::domain::format::json::to_text(
            &Enc::new()
                .str("format", ATTEMPT_FORMAT)
                .int("format_version", u64::from(ATTEMPT_FORMAT_VERSION))
                .val("attempt", self.encode())
                .done(),
        )
    }

    /// Reads a saved attempt, or says why it cannot be read.
    pub fn from_storage(
        text: &str,
    ) -> Result<Attempt, Vec<crate::domain::format::problem::Problem>> {
        let (attempt, problems) = crate::domain::format::json::read_document(
            text,
            ATTEMPT_FORMAT,
            ATTEMPT_FORMAT_VERSION,
            |out, v| {
                let mut o = Obj::new(out, v, &Path::root())?;
                o.allow("format");
                o.allow("format_version");
                let a = o.req_with(out, "attempt", Attempt::decode);
                o.finish(out);
                a
            },
        );
        attempt.ok_or(problems)
    }
}
