//! Items: the common part every item has, and the part that depends on its kind.
//!
//! In JSON an item is one flat object (`{"id": …, "kind": "single_choice", "options": […]}`).
//! It is read in two halves so that an unknown field in either half is reported by name.

use serde::{Deserialize, Serialize};

use super::types::{CompetencyWeight, SourceRef};

/// An item: its common fields and its kind-specific body, written as one JSON object.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    #[serde(flatten)]
    pub common: ItemCommon,
    #[serde(flatten)]
    pub body: ItemBody,
}

/// The fields every item has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemCommon {
    pub id: String,
    /// The question, statement or task shown to the candidate.
    pub prompt: String,
    /// What the item measures, with weights in (0, 1].
    pub competencies: Vec<CompetencyWeight>,
    /// Role ids the item applies to; empty (or absent) means every role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Why the key is right, in plain language.
    #[serde(default)]
    pub explanation: String,
    /// The public document the item rests on.
    pub source: SourceRef,
}

/// The JSON names of [`ItemCommon`]'s fields; the rest of an item object belongs to the body.
pub(super) const COMMON_FIELDS: [&str; 6] = [
    "id",
    "prompt",
    "competencies",
    "roles",
    "explanation",
    "source",
];

/// What depends on the item's kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ItemBody {
    /// One correct option.
    SingleChoice { options: Vec<ChoiceOption> },
    /// One or more correct options; partial credit.
    MultipleChoice { options: Vec<ChoiceOption> },
    /// The prompt is a statement; `answer` says whether it is true.
    TrueFalse { answer: bool },
    /// A can-do statement rated 1–5; `anchors` overrides the bank's five labels.
    Likert {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        anchors: Vec<String>,
    },
    /// A scenario; every option carries credit in [0, 1], at least one full.
    Situational {
        scenario: String,
        options: Vec<CreditOption>,
    },
    /// A written answer the candidate rates against the model answer's criteria.
    OpenAnswer {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        guidance: Vec<String>,
        model_answer: String,
        criteria: Vec<Criterion>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditOption {
    pub id: String,
    pub text: String,
    pub credit: f64,
    /// Why this option earns its credit (shown after answering).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub feedback: String,
}

/// A rubric criterion of an open answer: descriptors from lowest to highest level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub name: String,
    pub levels: Vec<String>,
}

/// Whether an item tests knowledge or asks the candidate to assess themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Tested,
    SelfAssessed,
}

impl ItemBody {
    pub fn evidence(&self) -> Evidence {
        match self {
            ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. } => Evidence::SelfAssessed,
            _ => Evidence::Tested,
        }
    }
    /// The JSON name of the kind.
    pub fn kind_name(&self) -> &'static str {
        match self {
            ItemBody::SingleChoice { .. } => "single_choice",
            ItemBody::MultipleChoice { .. } => "multiple_choice",
            ItemBody::TrueFalse { .. } => "true_false",
            ItemBody::Likert { .. } => "likert",
            ItemBody::Situational { .. } => "situational",
            ItemBody::OpenAnswer { .. } => "open_answer",
        }
    }
}

impl Item {
    pub fn id(&self) -> &str {
        &self.common.id
    }
    pub fn applies_to(&self, role: &str) -> bool {
        self.common.roles.is_empty() || self.common.roles.iter().any(|r| r == role)
    }
    pub fn weight_for(&self, competency: &str) -> Option<f64> {
        self.common
            .competencies
            .iter()
            .find(|c| c.id == competency)
            .map(|c| c.weight)
    }
}
