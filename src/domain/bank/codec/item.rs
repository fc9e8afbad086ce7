//! An item as JSON: one flat object whose `kind` says which fields it needs. Reading it checks
//! that the kind's fields are there and that no other kind's fields are (a clear message beats a
//! silently ignored field).

use crate::domain::bank::{
    ChoiceOption, CompetencyWeight, CreditOption, Criterion, Item, ItemBody, ItemCommon, SourceRef,
};
use crate::domain::format::json::{str_list, Enc, Obj, Value};
use crate::domain::format::problem::{Path, ProblemKind, Problems};

/// The item kinds of format v1.
pub const KINDS: [&str; 6] = [
    "single_choice",
    "multiple_choice",
    "true_false",
    "likert",
    "situational",
    "open_answer",
];

/// Fields that only some kinds have.
const KIND_FIELDS: [&str; 8] = [
    "scenario",
    "options",
    "answer",
    "anchors",
    "guidance",
    "model_answer",
    "criteria",
    "speaking_seconds",
];

impl Item {
    pub fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Item> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let kind = o.str(out, "kind");
        let prompt = o.str(out, "prompt");
        let competencies = o.list(out, "competencies", CompetencyWeight::decode);
        let roles = o.opt_with(out, "roles", str_list).unwrap_or_default();
        let explanation = o.text(out, "explanation");
        let source = o.req_with(out, "source", SourceRef::decode);
        let body = kind.as_deref().and_then(|k| body(out, &mut o, k));
        o.finish(out);
        Some(Item {
            common: ItemCommon {
                id: id?,
                prompt: prompt?,
                competencies: competencies?,
                roles,
                explanation,
                source: source?,
            },
            body: body?,
        })
    }

    pub fn encode(&self) -> Value {
        let c = &self.common;
        let e = Enc::new()
            .str("id", &c.id)
            .str("kind", self.body.kind_name())
            .str("prompt", &c.prompt)
            .list("competencies", &c.competencies, CompetencyWeight::encode)
            .opt_list("roles", &c.roles, |r| Value::String(r.clone()))
            .opt_str("explanation", &c.explanation)
            .val("source", c.source.encode());
        match &self.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                e.list("options", options, ChoiceOption::encode)
            }
            ItemBody::TrueFalse { answer } => e.bool("answer", *answer),
            ItemBody::Likert { anchors } => {
                e.opt_list("anchors", anchors, |a| Value::String(a.clone()))
            }
            ItemBody::Situational { scenario, options } => {
                e.str("scenario", scenario)
                    .list("options", options, CreditOption::encode)
            }
            ItemBody::OpenAnswer {
                guidance,
                model_answer,
                criteria,
                speaking_seconds,
            } => e
                .opt_list("guidance", guidance, |g| Value::String(g.clone()))
                .str("model_answer", model_answer)
                .list("criteria", criteria, Criterion::encode)
                .opt_int("speaking_seconds", speaking_seconds.map(u64::from)),
        }
        .done()
    }
}

/// The kind's own fields; fields of other kinds are reported.
fn body(out: &mut Problems, o: &mut Obj, kind: &str) -> Option<ItemBody> {
    let own: &[&str] = match kind {
        "single_choice" | "multiple_choice" => &["options"],
        "true_false" => &["answer"],
        "likert" => &["anchors"],
        "situational" => &["scenario", "options"],
        "open_answer" => &["guidance", "model_answer", "criteria", "speaking_seconds"],
        _ => {
            out.error(
                o.path.key("kind"),
                ProblemKind::UnknownVariant {
                    found: kind.chars().take(80).collect(),
                    expected: KINDS.join(", "),
                },
            );
            for f in KIND_FIELDS {
                o.allow(f);
            }
            return None;
        }
    };
    for field in KIND_FIELDS {
        if !own.contains(&field) && o.has(field) {
            o.allow(field);
            out.error(
                o.path.key(field),
                ProblemKind::FieldNotForKind {
                    field: field.to_owned(),
                    kind: kind.to_owned(),
                },
            );
        }
    }
    let kind_name = kind.to_owned();
    let choice =
        move |out: &mut Problems, v: &Value, p: &Path| ChoiceOption::decode(out, v, p, &kind_name);
    Some(match kind {
        "single_choice" => ItemBody::SingleChoice {
            options: o.list(out, "options", choice)?,
        },
        "multiple_choice" => ItemBody::MultipleChoice {
            options: o.list(out, "options", choice)?,
        },
        "true_false" => ItemBody::TrueFalse {
            answer: o.bool(out, "answer")?,
        },
        "likert" => ItemBody::Likert {
            anchors: o.opt_with(out, "anchors", str_list).unwrap_or_default(),
        },
        "situational" => {
            let scenario = o.str(out, "scenario");
            let options = o.list(out, "options", CreditOption::decode);
            ItemBody::Situational {
                scenario: scenario?,
                options: options?,
            }
        }
        _ => {
            let guidance = o.opt_with(out, "guidance", str_list).unwrap_or_default();
            let model_answer = o.str(out, "model_answer");
            let criteria = o.list(out, "criteria", Criterion::decode);
            let speaking_seconds = o.opt_u64(out, "speaking_seconds");
            ItemBody::OpenAnswer {
                guidance,
                model_answer: model_answer?,
                criteria: criteria?,
                speaking_seconds: speaking_seconds.map(|s| u32::try_from(s).unwrap_or(u32::MAX)),
            }
        }
    })
}

/// Reports `field` as belonging to other kinds than `kind` if the option has it.
fn not_here(out: &mut Problems, o: &mut Obj, field: &'static str, kind: &str) {
    if o.has(field) {
        o.allow(field);
        out.error(
            o.path.key(field),
            ProblemKind::FieldNotForKind {
                field: field.to_owned(),
                kind: kind.to_owned(),
            },
        );
    }
}

impl ChoiceOption {
    fn decode(out: &mut Problems, v: &Value, p: &Path, kind: &str) -> Option<ChoiceOption> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let text = o.str(out, "text");
        let correct = o.opt_bool(out, "correct").unwrap_or(false);
        not_here(out, &mut o, "credit", kind);
        not_here(out, &mut o, "feedback", kind);
        o.finish(out);
        Some(ChoiceOption {
            id: id?,
            text: text?,
            correct,
        })
    }
    fn encode(&self) -> Value {
        let e = Enc::new().str("id", &self.id).str("text", &self.text);
        if self.correct {
            e.bool("correct", true)
        } else {
            e
        }
        .done()
    }
}

impl CreditOption {
    fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<CreditOption> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let text = o.str(out, "text");
        let credit = o.f64(out, "credit");
        let feedback = o.text(out, "feedback");
        not_here(out, &mut o, "correct", "situational");
        o.finish(out);
        Some(CreditOption {
            id: id?,
            text: text?,
            credit: credit?,
            feedback,
        })
    }
    fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("text", &self.text)
            .num("credit", self.credit)
            .opt_str("feedback", &self.feedback)
            .done()
    }
}

impl Criterion {
    fn decode(out: &mut Problems, v: &Value, p: &Path) -> Option<Criterion> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let name = o.str(out, "name");
        let levels = o.req_with(out, "levels", str_list);
        o.finish(out);
        Some(Criterion {
            id: id?,
            name: name?,
            levels: levels?,
        })
    }
    fn encode(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("name", &self.name)
            .strs("levels", &self.levels)
            .done()
    }
}
