//! An item as JSON: one flat object whose `kind` says which fields it needs. Reading it checks
//! that the kind's fields are there and that no other kind's fields are (a clear message beats a
//! silently ignored field); writing it gives back the same object.

use serde::{Deserialize, Serialize};

use super::item::{ChoiceOption, CreditOption, Criterion, Item, ItemBody, ItemCommon};
use super::types::{CompetencyWeight, SourceRef};
use crate::domain::problem::{Path, ProblemKind, Problems};

/// The JSON object of an item (format v1).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemJson {
    pub id: String,
    pub kind: String,
    pub prompt: String,
    pub competencies: Vec<CompetencyWeight>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    #[serde(default)]
    pub explanation: String,
    pub source: SourceRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<OptionJson>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_answer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<Vec<Criterion>>,
}

/// An option of a choice or situational item.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionJson {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<f64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feedback: String,
}

/// The item kinds of format v1.
pub const KINDS: [&str; 6] = [
    "single_choice",
    "multiple_choice",
    "true_false",
    "likert",
    "situational",
    "open_answer",
];

impl ItemJson {
    /// The item, or `None` with the problems (at `path`) when the kind's fields do not fit.
    pub fn into_item(self, path: &Path, out: &mut Problems) -> Option<Item> {
        let before = out.0.len();
        let kind = self.kind.as_str();
        let allowed: &[&str] = match kind {
            "single_choice" | "multiple_choice" => &["options"],
            "true_false" => &["answer"],
            "likert" => &["anchors"],
            "situational" => &["scenario", "options"],
            "open_answer" => &["guidance", "model_answer", "criteria"],
            _ => {
                out.error(
                    path.key("kind"),
                    ProblemKind::UnknownVariant {
                        found: self.kind.chars().take(80).collect(),
                        expected: KINDS.join(", "),
                    },
                );
                return None;
            }
        };
        let present = [
            ("scenario", self.scenario.is_some()),
            ("options", self.options.is_some()),
            ("answer", self.answer.is_some()),
            ("anchors", self.anchors.is_some()),
            ("guidance", self.guidance.is_some()),
            ("model_answer", self.model_answer.is_some()),
            ("criteria", self.criteria.is_some()),
        ];
        for (field, here) in present {
            if here && !allowed.contains(&field) {
                out.error(path.key(field), not_for_kind(field, kind));
            }
        }
        let mut need = |field: &str, here: bool| {
            if !here {
                out.error(
                    path.clone(),
                    ProblemKind::Missing {
                        field: field.to_owned(),
                    },
                );
            }
        };
        match kind {
            "single_choice" | "multiple_choice" | "situational" => {
                need("options", self.options.is_some())
            }
            "true_false" => need("answer", self.answer.is_some()),
            "open_answer" => {
                need("model_answer", self.model_answer.is_some());
                need("criteria", self.criteria.is_some());
            }
            _ => {}
        }
        if kind == "situational" {
            need("scenario", self.scenario.is_some());
        }
        let options = self.options.unwrap_or_default();
        let credit_options = kind == "situational";
        for (j, o) in options.iter().enumerate() {
            let op = path.key("options").index(j);
            if credit_options {
                if o.credit.is_none() {
                    out.error(
                        op.clone(),
                        ProblemKind::Missing {
                            field: "credit".into(),
                        },
                    );
                }
                if o.correct {
                    out.error(op.key("correct"), not_for_kind("correct", kind));
                }
            } else {
                if o.credit.is_some() {
                    out.error(op.key("credit"), not_for_kind("credit", kind));
                }
                if !o.feedback.is_empty() {
                    out.error(op.key("feedback"), not_for_kind("feedback", kind));
                }
            }
        }
        if out.0.len() > before {
            return None;
        }
        let body = match kind {
            "single_choice" => ItemBody::SingleChoice {
                options: choice_options(options),
            },
            "multiple_choice" => ItemBody::MultipleChoice {
                options: choice_options(options),
            },
            "true_false" => ItemBody::TrueFalse {
                answer: self.answer.unwrap_or_default(),
            },
            "likert" => ItemBody::Likert {
                anchors: self.anchors.unwrap_or_default(),
            },
            "situational" => ItemBody::Situational {
                scenario: self.scenario.unwrap_or_default(),
                options: options
                    .into_iter()
                    .map(|o| CreditOption {
                        id: o.id,
                        text: o.text,
                        credit: o.credit.unwrap_or_default(),
                        feedback: o.feedback,
                    })
                    .collect(),
            },
            _ => ItemBody::OpenAnswer {
                guidance: self.guidance.unwrap_or_default(),
                model_answer: self.model_answer.unwrap_or_default(),
                criteria: self.criteria.unwrap_or_default(),
            },
        };
        Some(Item {
            common: ItemCommon {
                id: self.id,
                prompt: self.prompt,
                competencies: self.competencies,
                roles: self.roles,
                explanation: self.explanation,
                source: self.source,
            },
            body,
        })
    }
}

fn not_for_kind(field: &str, kind: &str) -> ProblemKind {
    ProblemKind::FieldNotForKind {
        field: field.to_owned(),
        kind: kind.to_owned(),
    }
}

fn choice_options(options: Vec<OptionJson>) -> Vec<ChoiceOption> {
    options
        .into_iter()
        .map(|o| ChoiceOption {
            id: o.id,
            text: o.text,
            correct: o.correct,
        })
        .collect()
}

impl From<&Item> for ItemJson {
    fn from(item: &Item) -> Self {
        let c = &item.common;
        let mut j = ItemJson {
            id: c.id.clone(),
            kind: item.body.kind_name().to_owned(),
            prompt: c.prompt.clone(),
            competencies: c.competencies.clone(),
            roles: c.roles.clone(),
            explanation: c.explanation.clone(),
            source: c.source.clone(),
            ..ItemJson::default()
        };
        let choice = |options: &[ChoiceOption]| {
            options
                .iter()
                .map(|o| OptionJson {
                    id: o.id.clone(),
                    text: o.text.clone(),
                    correct: o.correct,
                    ..OptionJson::default()
                })
                .collect()
        };
        match &item.body {
            ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
                j.options = Some(choice(options));
            }
            ItemBody::TrueFalse { answer } => j.answer = Some(*answer),
            ItemBody::Likert { anchors } => {
                j.anchors = (!anchors.is_empty()).then(|| anchors.clone());
            }
            ItemBody::Situational { scenario, options } => {
                j.scenario = Some(scenario.clone());
                j.options = Some(
                    options
                        .iter()
                        .map(|o| OptionJson {
                            id: o.id.clone(),
                            text: o.text.clone(),
                            credit: Some(o.credit),
                            feedback: o.feedback.clone(),
                            ..OptionJson::default()
                        })
                        .collect(),
                );
            }
            ItemBody::OpenAnswer {
                guidance,
                model_answer,
                criteria,
            } => {
                j.guidance = (!guidance.is_empty()).then(|| guidance.clone());
                j.model_answer = Some(model_answer.clone());
                j.criteria = Some(criteria.clone());
            }
        }
        j
    }
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ItemJson::from(self).serialize(s)
    }
}
