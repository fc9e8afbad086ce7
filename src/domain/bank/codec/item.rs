//! An item as JSON: one flat object whose `kind` says which fields it needs. Reading it checks
//! that the kind's fields are there and that no other kind's fields are (a clear message beats a
//! silently ignored field).

use crate::domain::bank::{
    ChoiceOption, CompetencyWeight, CreditOption, Criterion, Item, ItemBody, ItemCommon, ItemKind,
    SourceRef,
};
use crate::domain::format::json::{str_list, Enc, Obj, Value};
use crate::domain::format::problem::{Path, ProblemKind, Problems};
use crate::domain::format::record::Json;

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

impl Json for Item {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Item> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let kind = o.str(out, "kind");
        let prompt = o.str(out, "prompt");
        let competencies = o.list(out, "competencies", CompetencyWeight::read);
        let roles = o.opt_with(out, "roles", str_list).unwrap_or_default();
        let explanation = o.text(out, "explanation");
        let source = o.opt_with(out, "source", SourceRef::read);
        let body = kind.and_then(|k| body(out, &mut o, &k));
        o.finish(out);
        Some(Item {
            common: ItemCommon {
                id: id?,
                prompt: prompt?,
                competencies: competencies?,
                roles,
                explanation,
                source,
            },
            body: body?,
        })
    }

    fn write(&self) -> Value {
        let c = &self.common;
        let e = Enc::new()
            .str("id", &c.id)
            .str("kind", self.body.kind_name())
            .str("prompt", &c.prompt)
            .list("competencies", &c.competencies, CompetencyWeight::write)
            .opt_list("roles", &c.roles, |r| Value::String(r.clone()))
            .opt_str("explanation", &c.explanation);
        let e = match &c.source {
            Some(s) => e.val("source", s.write()),
            None => e,
        };
        match &self.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                e.list("options", options, ChoiceOption::write)
            }
            ItemBody::TrueFalse { answer } => e.bool("answer", *answer),
            ItemBody::Likert { anchors } => {
                e.opt_list("anchors", anchors, |a| Value::String(a.clone()))
            }
            ItemBody::Situational { scenario, options } => {
                e.str("scenario", scenario)
                    .list("options", options, CreditOption::write)
            }
            ItemBody::OpenAnswer {
                guidance,
                model_answer,
                criteria,
                speaking_seconds,
            } => e
                .opt_list("guidance", guidance, |g| Value::String(g.clone()))
                .str("model_answer", model_answer)
                .list("criteria", criteria, Criterion::write)
                .opt_int("speaking_seconds", speaking_seconds.map(u64::from)),
        }
        .done()
    }
}

/// The kind's own fields; fields of other kinds are reported.
fn body(out: &mut Problems, o: &mut Obj, name: &str) -> Option<ItemBody> {
    let Some(kind) = ItemKind::from_name(name) else {
        out.error(
            o.path.key("kind"),
            ProblemKind::UnknownVariant {
                found: name.chars().take(80).collect(),
                expected: ItemKind::expected(),
            },
        );
        for f in KIND_FIELDS {
            o.allow(f);
        }
        return None;
    };
    let own: &[&str] = match kind {
        ItemKind::SingleChoice | ItemKind::MultipleChoice => &["options"],
        ItemKind::TrueFalse => &["answer"],
        ItemKind::Likert => &["anchors"],
        ItemKind::Situational => &["scenario", "options"],
        ItemKind::OpenAnswer => &["guidance", "model_answer", "criteria", "speaking_seconds"],
    };
    for field in KIND_FIELDS {
        if !own.contains(&field) && o.has(field) {
            o.allow(field);
            out.error(
                o.path.key(field),
                ProblemKind::FieldNotForKind {
                    field: field.to_owned(),
                    kind: name.to_owned(),
                },
            );
        }
    }
    let choice = move |out: &mut Problems, v: &Value, p: &Path| ChoiceOption::read(out, v, p, kind);
    Some(match kind {
        ItemKind::SingleChoice => ItemBody::SingleChoice {
            options: o.list(out, "options", choice)?,
        },
        ItemKind::MultipleChoice => ItemBody::MultipleChoice {
            options: o.list(out, "options", choice)?,
        },
        ItemKind::TrueFalse => ItemBody::TrueFalse {
            answer: o.bool(out, "answer")?,
        },
        ItemKind::Likert => ItemBody::Likert {
            anchors: o.opt_with(out, "anchors", str_list).unwrap_or_default(),
        },
        ItemKind::Situational => {
            let scenario = o.str(out, "scenario");
            let options = o.list(out, "options", CreditOption::read);
            ItemBody::Situational {
                scenario: scenario?,
                options: options?,
            }
        }
        ItemKind::OpenAnswer => {
            let guidance = o.opt_with(out, "guidance", str_list).unwrap_or_default();
            let model_answer = o.str(out, "model_answer");
            let criteria = o.list(out, "criteria", Criterion::read);
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
fn not_here(out: &mut Problems, o: &mut Obj, field: &'static str, kind: ItemKind) {
    if o.has(field) {
        o.allow(field);
        out.error(
            o.path.key(field),
            ProblemKind::FieldNotForKind {
                field: field.to_owned(),
                kind: kind.name().to_owned(),
            },
        );
    }
}

// Options are read by hand: which fields they may have depends on the item's kind.
impl ChoiceOption {
    fn read(out: &mut Problems, v: &Value, p: &Path, kind: ItemKind) -> Option<ChoiceOption> {
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
    pub(crate) fn write(&self) -> Value {
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
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<CreditOption> {
        let mut o = Obj::new(out, v, p)?;
        let id = o.str(out, "id");
        let text = o.str(out, "text");
        let credit = o.f64(out, "credit");
        let feedback = o.text(out, "feedback");
        not_here(out, &mut o, "correct", ItemKind::Situational);
        o.finish(out);
        Some(CreditOption {
            id: id?,
            text: text?,
            credit: credit?,
            feedback,
        })
    }
    pub(crate) fn write(&self) -> Value {
        Enc::new()
            .str("id", &self.id)
            .str("text", &self.text)
            .num("credit", self.credit)
            .opt_str("feedback", &self.feedback)
            .done()
    }
}
