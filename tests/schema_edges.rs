//! What the app accepts, its JSON Schema accepts. Every value of a bank, a results file, a
//! history export and a session record is pushed over the schemas' edges — empty, blank and very
//! long texts, control characters, numbers at and past their limits, other kinds of value, empty
//! and doubled lists, unknown and missing fields — and every variant the app's reader accepts is
//! written to `target/schema-edges/{bank,results,history,session}/`, where
//! `tests/schema/edges.test.mjs` (run next by `make test`) checks each one against its schema.
//! The fast reader of the group view must accept exactly what the full one does.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use pilar_siap::domain::bank::parse_bank;
use pilar_siap::domain::cohort::fast::parse_results_fast;
use pilar_siap::domain::results::{parse_results, verify};
use serde_json::{json, Value};

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Every place in `v`, containers included.
fn places(v: &Value, at: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                at.push(Seg::Key(k.clone()));
                places(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(Seg::Index(i));
                places(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, s| match s {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}

/// The values tried in place of `v`.
fn edges(v: &Value) -> Vec<Value> {
    let mut out = vec![Value::Null, json!(true), json!([]), json!({})];
    match v {
        Value::String(s) => {
            out.extend(["", " ", "\u{7}", "tak-dikenal", "a b"].map(|t| json!(t)));
            for n in [65, 121, 201, 301, 2_001, 5_001, 100_001] {
                out.push(json!("x".repeat(n)));
            }
            out.push(json!(format!("{s}\u{202e}")));
            out.push(json!(7));
        }
        Value::Number(_) => {
            for n in [
                -1.0, 0.0, 0.5, 1.0, 1.5, 5.0, 6.0, 100.0, 101.0, 10_000.0, 10_001.0, 1e20,
            ] {
                out.push(json!(n));
            }
            out.push(json!(-1));
            out.push(json!(u64::MAX));
            out.push(json!("1"));
        }
        Value::Array(a) => {
            if let Some(first) = a.first() {
                let mut doubled = a.clone();
                doubled.push(first.clone());
                out.push(Value::Array(doubled));
            }
        }
        Value::Object(m) => {
            let mut more = m.clone();
            more.insert("tak_dikenal".into(), json!(1));
            out.push(Value::Object(more));
            for k in m.keys() {
                let mut less = m.clone();
                less.remove(k);
                out.push(Value::Object(less));
            }
        }
        _ => {}
    }
    out
}

/// Every one-place change of `doc` that `accepts`, written under `target/schema-edges/{name}/`.
fn accepted_variants(name: &str, doc: &Value, accepts: impl Fn(&str) -> bool) -> (usize, usize) {
    let dir = format!("target/schema-edges/{name}");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut all = Vec::new();
    places(doc, &mut Vec::new(), &mut all);
    let (mut tried, mut kept) = (0, 0);
    for path in &all {
        let Some(here) = at_mut(&mut doc.clone(), path).map(|v| v.clone()) else {
            continue;
        };
        for edge in edges(&here) {
            let mut variant = doc.clone();
            if let Some(slot) = at_mut(&mut variant, path) {
                *slot = edge;
            }
            let text = serde_json::to_string_pretty(&variant).unwrap();
            tried += 1;
            if accepts(&text) {
                kept += 1;
                std::fs::write(format!("{dir}/{kept:05}.json"), &text).unwrap();
            }
        }
    }
    (tried, kept)
}

#[test]
fn every_bank_the_app_accepts_is_written_for_the_schema_check() {
    let text = std::fs::read_to_string("public/banks/examples/contoh-mini.json").unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let (tried, kept) = accepted_variants("bank", &doc, |t| parse_bank(t).bank.is_some());
    println!("bank: {kept} of {tried} variants accepted");
    assert!(tried > 1_000 && kept > 0);
}

#[test]
fn every_results_file_the_app_accepts_is_written_for_the_schema_check() {
    let bank = common::bank(include_str!("fixtures/results-v1.bank.json"));
    let reference = bank.reference();
    let text = include_str!("fixtures/results-v1.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    let (tried, kept) = accepted_variants("results", &doc, |t| {
        let full = parse_results(t);
        // The group view's fast reader accepts exactly what the full one does.
        assert_eq!(
            full.is_ok(),
            parse_results_fast(t).is_ok(),
            "fast and full readers disagree on {t}"
        );
        full.is_ok_and(|r| verify(&r, &bank, &reference).is_empty())
    });
    println!("results: {kept} of {tried} variants accepted");
    assert!(tried > 1_000 && kept > 0);
}

#[test]
fn every_history_export_the_app_accepts_is_written_for_the_schema_check() {
    use pilar_siap::domain::results::history::History;
    let text = include_str!("fixtures/history-v2.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    let (tried, kept) = accepted_variants("history", &doc, |t| {
        // A history export, not a single results file (which the import also takes).
        t.contains("pilar-siap/history") && History::import(t).is_ok()
    });
    println!("history: {kept} of {tried} variants accepted");
    assert!(tried > 1_000 && kept > 0);
}

#[test]
fn every_session_record_the_app_accepts_is_written_for_the_schema_check() {
    use pilar_siap::domain::present::session::Session;
    let text = include_str!("fixtures/session-v1.json");
    let doc: Value = serde_json::from_str(text).unwrap();
    let (tried, kept) = accepted_variants("session", &doc, |t| Session::read(t).is_ok());
    println!("session: {kept} of {tried} variants accepted");
    assert!(tried > 100 && kept > 0);
}
