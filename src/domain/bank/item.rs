//! Items: the common part every item has, and the part that depends on its kind. In JSON an
//! item is one flat object (`{"id": …, "kind": "single_choice", "options": […]}`); see
//! `codec::item` for how it is read and written.

use super::types::{CompetencyWeight, SourceRef};

/// An item: its common fields and its kind-specific body.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub common: ItemCommon,
    pub body: ItemBody,
}

/// The fields every item has.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemCommon {
    pub id: String,
    /// The question, statement or task shown to the candidate.
    pub prompt: String,
    /// What the item measures, with weights in (0, 1].
    pub competencies: Vec<CompetencyWeight>,
    /// Role ids the item applies to; empty means every role.
    pub roles: Vec<String>,
    /// Why the key is right, in plain language.
    pub explanation: String,
    /// The public document the item rests on; an imported item may have none yet (a warning).
    pub source: Option<SourceRef>,
}

/// What depends on the item's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum ItemBody {
    /// One correct option.
    SingleChoice { options: Vec<ChoiceOption> },
    /// One or more correct options; partial credit.
    MultipleChoice { options: Vec<ChoiceOption> },
    /// The prompt is a statement; `answer` says whether it is true.
    TrueFalse { answer: bool },
    /// A can-do statement rated 1–5; `anchors` overrides the bank's five labels.
    Likert { anchors: Vec<String> },
    /// A scenario; every option carries credit in [0, 1], at least one full.
    Situational {
        scenario: String,
        options: Vec<CreditOption>,
    },
    /// A written answer the candidate rates against the model answer's criteria.
    OpenAnswer {
        guidance: Vec<String>,
        model_answer: String,
        criteria: Vec<Criterion>,
        /// Offers a speaking timer of this many seconds (interview practice).
        speaking_seconds: Option<u32>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub id: String,
    pub text: String,
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreditOption {
    pub id: String,
    pub text: String,
    pub credit: f64,
    /// Why this option earns its credit (shown after answering).
    pub feedback: String,
}

crate::record! {
    /// A rubric criterion of an open answer: descriptors from lowest to highest level.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Criterion {
        pub id: String,
        pub name: String,
        pub levels: Vec<String>,
    }
}

crate::names! {
    /// Whether an item tests knowledge or asks the candidate to assess themselves.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Evidence {
        Tested = "tested",
        SelfAssessed = "self_assessed",
    }
}

crate::names! {
    /// The kind of an item, as files name it.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ItemKind {
        SingleChoice = "single_choice",
        MultipleChoice = "multiple_choice",
        TrueFalse = "true_false",
        Likert = "likert",
        Situational = "situational",
        OpenAnswer = "open_answer",
    }
}

impl ItemBody {
    pub fn evidence(&self) -> Evidence {
        match self {
            ItemBody::Likert { .. } | ItemBody::OpenAnswer { .. } => Evidence::SelfAssessed,
            _ => Evidence::Tested,
        }
    }
    pub fn kind(&self) -> ItemKind {
        match self {
            ItemBody::SingleChoice { .. } => ItemKind::SingleChoice,
            ItemBody::MultipleChoice { .. } => ItemKind::MultipleChoice,
            ItemBody::TrueFalse { .. } => ItemKind::TrueFalse,
            ItemBody::Likert { .. } => ItemKind::Likert,
            ItemBody::Situational { .. } => ItemKind::Situational,
            ItemBody::OpenAnswer { .. } => ItemKind::OpenAnswer,
        }
    }
    /// The JSON name of the kind.
    pub fn kind_name(&self) -> &'static str {
        self.kind().name()
    }
}

impl Item {
    pub fn id(&self) -> &str {
        &self.common.id
    }
    pub fn applies_to(&self, role: &str) -> bool {
        self.common.roles.is_empty() || self.common.roles.iter().any(|r| r == role)
    }
    /// Whether `competency` is the item's first: the pool it is drawn from.
    pub fn first_competency_is(&self, competency: &str) -> bool {
        self.common
            .competencies
            .first()
            .is_some_and(|w| w.id == competency)
    }
    pub fn weight_for(&self, competency: &str) -> Option<f64> {
        self.common
            .competencies
            .iter()
            .find(|c| c.id == competency)
            .map(|c| c.weight)
    }
}
