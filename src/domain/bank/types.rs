//! The bank's data types (format v1). Field names are the JSON names.

use super::item::Item;

/// A question bank (format v1). JSON field names are the Rust names, except where
/// `codec::bank` says otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Always `"pilar-siap/bank"`.
    pub format: String,
    /// Format version; this app reads 1.
    pub format_version: u32,
    /// Stable id of the bank, e.g. `kalsel-pilar-sosial`.
    pub id: String,
    pub title: String,
    /// The bank's own version, e.g. `2026.1`.
    pub version: String,
    /// BCP 47 language of the bank's text, e.g. `id`.
    pub language: String,
    pub description: String,
    /// Shown wherever levels are explained (e.g. "a practice guide, not the official scoring").
    pub disclaimer: String,
    /// The five labels of a can-do scale, from 1 to 5, used where an item gives none.
    pub likert_anchors: Vec<String>,
    /// The simulation's countdown; absent: one minute per item drawn.
    pub simulation_minutes: Option<u32>,
    /// How many items an attempt draws per competency (by each item's first competency), from
    /// the candidate's role; absent: every item for the role.
    pub draw_per_competency: Option<u32>,
    pub sources: Vec<Source>,
    pub roles: Vec<Role>,
    pub competencies: Vec<Competency>,
    pub items: Vec<Item>,
}

crate::record! {
    /// A public document items rest on.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Source {
        pub id: String,
        pub title: String,
        /// Where it can be read (http or https only).
        pub url: String = omit_default,
    }
}

crate::record! {
    /// A pillar role, e.g. PSM.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Role {
        pub id: String,
        /// Short label, e.g. `PSM`.
        pub short: String,
        /// Full name, e.g. `Pekerja Sosial Masyarakat`.
        pub name: String,
    }
}

crate::record! {
    /// A competency with its rubric.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Competency {
        pub id: String,
        /// Indonesian name.
        pub name: String,
        /// English name.
        pub name_en: String,
        pub description: String,
        /// Ordered levels, lowest first.
        pub rubric: Vec<Level>,
    }
}

crate::record! {
    /// One level of a competency rubric: reached from `min` percent upward.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Level {
        pub id: String,
        pub label: String,
        /// Lowest percentage (0–100) at this level; the first level starts at 0.
        pub min: f64,
        pub descriptor: String,
        pub recommendation: String,
    }
}

crate::record! {
    /// How much an item counts towards a competency, in (0, 1].
    #[derive(Debug, Clone, PartialEq)]
    pub struct CompetencyWeight {
        pub id: String,
        pub weight: f64,
    }
}

crate::record! {
    /// Where an item's answer comes from: a source id and where in it.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct SourceRef {
        pub source: String as "ref",
        /// e.g. `Pasal 3`.
        pub locator: String = omit_default,
    }
}

crate::record! {
    /// Which bank (and exactly which text of it) an attempt or results file was made with.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct BankRef {
        pub id: String,
        pub version: String,
        /// SHA-256 of the bank's canonical form, lowercase hex.
        pub sha256: String where sha256_text,
    }
}

/// A SHA-256 as the app writes it: 64 lowercase hexadecimal digits. (`&String`: `record!`
/// passes each check a reference to the field's own type.)
#[allow(clippy::ptr_arg)]
fn sha256_text(s: &String) -> Option<crate::domain::format::problem::ProblemKind> {
    let ok = s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    (!ok).then(|| crate::domain::format::problem::ProblemKind::BadHash {
        text: s.chars().take(80).collect(),
    })
}

impl Bank {
    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competencies.iter().find(|c| c.id == id)
    }
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.common.id == id)
    }
    /// The items a participant in `role` answers.
    pub fn items_for_role<'a>(&'a self, role: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.applies_to(role))
    }
    /// What levels are ("a practice guide, not the official scoring"): the bank's disclaimer, or
    /// the app's own when it has none.
    pub fn practice_guide(&self) -> &str {
        if self.disclaimer.trim().is_empty() {
            super::DEFAULT_DISCLAIMER
        } else {
            &self.disclaimer
        }
    }
    /// The reference an attempt stores: id, version and the hash of the canonical form.
    pub fn reference(&self) -> BankRef {
        BankRef {
            id: self.id.clone(),
            version: self.version.clone(),
            sha256: super::sha256_hex(super::canonical_json(self).as_bytes()),
        }
    }
}

/// A bank that passed the checks, with its reference (id, version, hash) computed once: what
/// every page and tool that uses a bank holds.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedBank {
    pub bank: Bank,
    pub reference: BankRef,
}

impl CheckedBank {
    pub fn new(bank: Bank) -> Self {
        let reference = bank.reference();
        CheckedBank { bank, reference }
    }
}

/// A checked bank reads as its bank.
impl std::ops::Deref for CheckedBank {
    type Target = Bank;
    fn deref(&self) -> &Bank {
        &self.bank
    }
}

impl Competency {
    /// The rubric level reached by `percent_bp` (basis points: 10000 = 100%).
    pub fn level_for(&self, percent_bp: u32) -> Option<&Level> {
        let percent = f64::from(percent_bp) / 100.0;
        self.rubric.iter().rev().find(|l| percent >= l.min)
    }
}
