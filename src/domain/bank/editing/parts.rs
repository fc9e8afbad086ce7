//! New parts of a bank — an item of each kind, a competency with a rubric, a level, a source, a
//! role, an option, a criterion — written by the bank's own writers, so a new part is what a file
//! would hold; and an item given another kind, keeping what the kinds share.

use crate::domain::bank::authoring::categories::default_rubric;
use crate::domain::bank::authoring::defaults;
use crate::domain::bank::{
    Bank, ChoiceOption, Competency, CompetencyWeight, CreditOption, Criterion, Item, ItemBody,
    ItemCommon, ItemKind, Level, Role, Source, BANK_FORMAT,
};
use crate::domain::format::json::Value;
use crate::domain::format::record::Json;

/// The fields every item has (kept when an item changes kind).
const COMMON: [&str; 7] = [
    "id",
    "kind",
    "prompt",
    "competencies",
    "roles",
    "explanation",
    "source",
];

/// A bank with nothing in it yet but the pillar roles and the can-do scale of the bundled bank.
pub fn empty_bank() -> Value {
    let frame = defaults::frame();
    let bank = Bank {
        format: BANK_FORMAT.name.to_owned(),
        format_version: BANK_FORMAT.version,
        id: "bank-baru".into(),
        title: String::new(),
        version: "1".into(),
        language: "id".into(),
        description: String::new(),
        disclaimer: String::new(),
        likert_anchors: frame
            .as_ref()
            .map(|f| f.likert_anchors.clone())
            .unwrap_or_default(),
        simulation_minutes: None,
        draw_per_competency: None,
        sources: Vec::new(),
        roles: frame.map(|f| f.roles).unwrap_or_default(),
        competencies: Vec::new(),
        items: Vec::new(),
    };
    bank.write()
}

/// `base`, or `base-2`, `base-3`… — the first not in `taken`.
pub fn fresh_id(base: &str, taken: &[String]) -> String {
    let free = |id: &str| !taken.iter().any(|t| t == id);
    if free(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or_default()
}

/// The ids of the elements of the list `list` of `doc` (e.g. `items`).
pub fn ids(list: Option<&Value>) -> Vec<String> {
    list.and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(|v| v.get("id")?.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn choice(id: &str, correct: bool) -> ChoiceOption {
    ChoiceOption {
        id: id.into(),
        text: String::new(),
        correct,
    }
}

fn credit(id: &str, credit: f64) -> CreditOption {
    CreditOption {
        id: id.into(),
        text: String::new(),
        credit,
        feedback: String::new(),
    }
}

/// The body of a new item of `kind`: four options (the first the key; a scenario's from full to
/// no credit), a statement said to be true, a criterion with three levels.
fn body(kind: ItemKind) -> ItemBody {
    let ids = ["a", "b", "c", "d"];
    match kind {
        ItemKind::SingleChoice => ItemBody::SingleChoice {
            options: ids
                .iter()
                .enumerate()
                .map(|(i, id)| choice(id, i == 0))
                .collect(),
        },
        ItemKind::MultipleChoice => ItemBody::MultipleChoice {
            options: ids
                .iter()
                .enumerate()
                .map(|(i, id)| choice(id, i < 2))
                .collect(),
        },
        ItemKind::TrueFalse => ItemBody::TrueFalse { answer: true },
        ItemKind::Likert => ItemBody::Likert {
            anchors: Vec::new(),
        },
        ItemKind::Situational => ItemBody::Situational {
            scenario: String::new(),
            options: [1.0, 0.5, 0.0, 0.0]
                .iter()
                .zip(ids)
                .map(|(c, id)| credit(id, *c))
                .collect(),
        },
        ItemKind::OpenAnswer => ItemBody::OpenAnswer {
            guidance: Vec::new(),
            model_answer: String::new(),
            criteria: vec![criterion("kriteria-1")],
            speaking_seconds: None,
        },
    }
}

/// A new item of `kind` measuring `competency` (if there is one yet).
pub fn item(kind: ItemKind, id: &str, competency: Option<&str>) -> Value {
    Item {
        common: ItemCommon {
            id: id.to_owned(),
            prompt: String::new(),
            competencies: competency
                .map(|c| CompetencyWeight {
                    id: c.to_owned(),
                    weight: 1.0,
                })
                .into_iter()
                .collect(),
            roles: Vec::new(),
            explanation: String::new(),
            source: None,
        },
        body: body(kind),
    }
    .write()
}

/// A new option for an item of `kind` (a choice, or a scenario's option with no credit).
pub fn option(kind: ItemKind, id: &str) -> Value {
    match kind {
        ItemKind::Situational => credit(id, 0.0).write(),
        _ => choice(id, false).write(),
    }
}

/// A new competency with the three-level rubric imported categories get.
pub fn competency(id: &str) -> Value {
    Competency {
        id: id.to_owned(),
        name: String::new(),
        name_en: String::new(),
        description: String::new(),
        rubric: default_rubric(),
    }
    .write()
}

/// A new rubric level from `min` percent.
pub fn level(id: &str, min: f64) -> Value {
    Level {
        id: id.to_owned(),
        label: String::new(),
        min,
        descriptor: String::new(),
        recommendation: String::new(),
    }
    .write()
}

pub fn source(id: &str) -> Value {
    Source {
        id: id.to_owned(),
        title: String::new(),
        url: String::new(),
    }
    .write()
}

pub fn role(id: &str) -> Value {
    Role {
        id: id.to_owned(),
        short: String::new(),
        name: String::new(),
    }
    .write()
}

pub fn criterion(id: &str) -> Criterion {
    Criterion {
        id: id.to_owned(),
        name: String::new(),
        levels: vec![String::new(); 3],
    }
}

/// `item` as an item of `kind`: what every item has stays, the rest is a new item's; options
/// keep their id and text between the kinds that have options, a key becoming full credit and
/// full credit a key.
pub fn retype(item: &Value, kind: ItemKind) -> Value {
    let mut new = self::item(kind, "", None);
    let (Some(old), Some(out)) = (item.as_object(), new.as_object_mut()) else {
        return new;
    };
    for key in COMMON.iter().filter(|k| **k != "kind") {
        match old.get(*key) {
            Some(v) => {
                out.insert((*key).to_owned(), v.clone());
            }
            None => {
                out.shift_remove(*key);
            }
        }
    }
    let old_options = old.get("options").and_then(Value::as_array);
    if let (Some(from), Some(Value::Array(to))) = (old_options, out.get_mut("options")) {
        *to = from.iter().map(|o| carry_option(o, kind)).collect();
    }
    new
}

/// An option of another kind as an option of `kind`.
fn carry_option(o: &Value, kind: ItemKind) -> Value {
    let text = |k: &str| {
        o.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let full = o.get("correct").and_then(Value::as_bool).unwrap_or(false)
        || o.get("credit")
            .and_then(Value::as_f64)
            .is_some_and(|c| c >= 1.0);
    match kind {
        ItemKind::Situational => CreditOption {
            text: text("text"),
            feedback: text("feedback"),
            ..credit(&text("id"), if full { 1.0 } else { 0.0 })
        }
        .write(),
        _ => ChoiceOption {
            text: text("text"),
            ..choice(&text("id"), full)
        }
        .write(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::editing::check;
    use crate::domain::format::json::Value;
    use crate::domain::format::problem::Problems;
    use crate::domain::format::record::Json;

    fn reads_as_item(v: &Value) -> Item {
        let mut out = Problems::default();
        let item = Item::read(&mut out, v, &Default::default());
        assert!(out.0.is_empty(), "{:#?}", out.0);
        item.expect("item")
    }

    #[test]
    fn a_new_item_of_every_kind_reads_back_as_that_kind() {
        for kind in ItemKind::ALL {
            let item = reads_as_item(&item(*kind, "x", Some("c")));
            assert_eq!(item.body.kind(), *kind);
            assert_eq!(item.common.competencies.len(), 1);
        }
    }

    #[test]
    fn an_empty_bank_is_a_bank_document_whose_problems_say_what_to_fill_in() {
        let f = check(&empty_bank());
        assert!(f.read.is_some(), "{:#?}", f.problems);
        assert!(
            f.errors() > 0,
            "a title, competencies and items are missing"
        );
    }

    #[test]
    fn retyping_keeps_the_common_fields_and_the_options() {
        let mut sc = item(ItemKind::SingleChoice, "s1", Some("c"));
        sc["prompt"] = Value::from("Tanya");
        sc["options"][1]["text"] = Value::from("Dua");
        let sit = reads_as_item(&retype(&sc, ItemKind::Situational));
        assert_eq!(
            (sit.common.id.as_str(), sit.common.prompt.as_str()),
            ("s1", "Tanya")
        );
        let ItemBody::Situational { options, .. } = &sit.body else {
            panic!("kind")
        };
        assert_eq!(
            options.iter().map(|o| o.credit).collect::<Vec<_>>(),
            vec![1.0, 0.0, 0.0, 0.0]
        );
        assert_eq!(options[1].text, "Dua");
        let back = reads_as_item(&retype(
            &retype(&sc, ItemKind::Situational),
            ItemKind::SingleChoice,
        ));
        assert_eq!(back, reads_as_item(&sc));
        let tf = reads_as_item(&retype(&sc, ItemKind::TrueFalse));
        assert_eq!(tf.body, ItemBody::TrueFalse { answer: true });
    }

    #[test]
    fn fresh_ids_do_not_collide() {
        let taken = vec!["s".to_owned(), "s-2".to_owned()];
        assert_eq!(fresh_id("t", &taken), "t");
        assert_eq!(fresh_id("s", &taken), "s-3");
    }
}
