//! The JSON Schemas in `schema/` say what each file may hold; the app's own definitions of the
//! same records (`record!`, `names!`) must say the same: every field the app reads is in the
//! schema, required exactly when the app requires it, and every name the app knows is allowed.
//! (What the app accepts, its schema accepts; the schema tests in `tests/schema/` check files.)
#![cfg(not(target_arch = "wasm32"))]

use pilar_siap::domain::attempt::{Mode, OpenAnswer, Participant};
use pilar_siap::domain::bank::{
    BankRef, Competency, CompetencyWeight, Criterion, Evidence, ItemKind, Level, Role, Source,
    SourceRef,
};
use pilar_siap::domain::format::record::FieldInfo;
use pilar_siap::domain::results::{ItemResult, ResultsFile};
use pilar_siap::domain::scoring::{CompetencyScore, EvidenceScore};
use serde_json::Value;

fn schema(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("schema/{name}.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The differences between the object schema at `pointer` and `fields`, as readable lines.
fn differences(schema: &Value, pointer: &str, fields: &[FieldInfo]) -> Vec<String> {
    let object = schema
        .pointer(pointer)
        .unwrap_or_else(|| panic!("{pointer} is not in the schema"));
    let properties: Vec<&str> = object["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{pointer} has no properties"))
        .keys()
        .map(String::as_str)
        .collect();
    let required: Vec<&str> = object["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for f in fields {
        if !properties.contains(&f.key) {
            out.push(format!(
                "{pointer}: the app reads `{}`, the schema lacks it",
                f.key
            ));
        }
        if f.required != required.contains(&f.key) {
            out.push(format!(
                "{pointer}: `{}` is {} by the app but not by the schema",
                f.key,
                if f.required { "required" } else { "optional" }
            ));
        }
    }
    for p in properties {
        if !fields.iter().any(|f| f.key == p) {
            out.push(format!(
                "{pointer}: the schema allows `{p}`, the app does not read it"
            ));
        }
    }
    out
}

fn names_differ(schema: &Value, pointer: &str, names: &[&str]) -> Vec<String> {
    let allowed: Vec<&str> = schema
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{pointer} is not an enum"))
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if allowed == names {
        Vec::new()
    } else {
        vec![format!("{pointer}: schema {allowed:?}, app {names:?}")]
    }
}

#[test]
fn the_results_schema_lists_the_fields_the_app_reads() {
    let s = schema("results");
    let mut diff = Vec::new();
    diff.extend(differences(&s, "", ResultsFile::FIELDS));
    diff.extend(differences(&s, "/properties/bank", BankRef::FIELDS));
    diff.extend(differences(
        &s,
        "/properties/participant",
        Participant::FIELDS,
    ));
    diff.extend(differences(&s, "/$defs/itemResult", ItemResult::FIELDS));
    diff.extend(differences(
        &s,
        "/$defs/competencyScore",
        CompetencyScore::FIELDS,
    ));
    diff.extend(differences(
        &s,
        "/$defs/evidenceScore",
        EvidenceScore::FIELDS,
    ));
    diff.extend(differences(
        &s,
        "/$defs/answer/oneOf/4/properties/open",
        OpenAnswer::FIELDS,
    ));
    let mode: Vec<&str> = Mode::ALL.iter().map(|m| m.name()).collect();
    diff.extend(names_differ(&s, "/properties/mode/enum", &mode));
    let kinds: Vec<&str> = ItemKind::ALL.iter().map(|k| k.name()).collect();
    diff.extend(names_differ(
        &s,
        "/$defs/itemResult/properties/kind/enum",
        &kinds,
    ));
    let evidence: Vec<&str> = Evidence::ALL.iter().map(|e| e.name()).collect();
    diff.extend(names_differ(
        &s,
        "/$defs/itemResult/properties/evidence/enum",
        &evidence,
    ));
    assert!(diff.is_empty(), "{diff:#?}");
}

#[test]
fn the_history_schema_lists_the_review_cards_fields() {
    use pilar_siap::domain::learning::Card;
    let s = schema("history");
    let diff = differences(&s, "/$defs/card", Card::FIELDS);
    assert!(diff.is_empty(), "{diff:#?}");
}

#[test]
fn the_bank_schema_lists_the_fields_the_app_reads() {
    let s = schema("bank");
    let mut diff = Vec::new();
    diff.extend(differences(&s, "/$defs/source", Source::FIELDS));
    diff.extend(differences(&s, "/$defs/role", Role::FIELDS));
    diff.extend(differences(&s, "/$defs/competency", Competency::FIELDS));
    diff.extend(differences(&s, "/$defs/level", Level::FIELDS));
    diff.extend(differences(&s, "/$defs/weight", CompetencyWeight::FIELDS));
    diff.extend(differences(&s, "/$defs/criterion", Criterion::FIELDS));
    diff.extend(differences(
        &s,
        "/$defs/item/properties/source",
        SourceRef::FIELDS,
    ));
    let kinds: Vec<&str> = ItemKind::ALL.iter().map(|k| k.name()).collect();
    diff.extend(names_differ(&s, "/$defs/item/properties/kind/enum", &kinds));
    assert!(diff.is_empty(), "{diff:#?}");
}

#[test]
fn the_session_schema_lists_the_fields_the_app_reads() {
    use pilar_siap::domain::present::session::Session;
    let s = schema("session");
    let mut diff = differences(&s, "", Session::FIELDS);
    diff.extend(differences(&s, "/properties/bank", BankRef::FIELDS));
    // The envelope's own fields are read by `Format`, not by the record.
    diff.retain(|d| !d.contains("`format`") && !d.contains("`format_version`"));
    assert!(diff.is_empty(), "{diff:#?}");
}
