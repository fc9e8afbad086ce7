//! A results file as xAPI statements, for organisations with a learning record store: one
//! `answered` statement per answered item (a `cmi.interaction` with its interaction type,
//! choices, correct response pattern, the response and the scaled score) and one `completed`
//! statement for the attempt with the competency profile. Activity ids are URNs
//! (`urn:pilar-siap:bank:<id>:<version>:item:<id>`); the actor's account home page is a
//! placeholder an LRS import may rewrite.

use crate::domain::attempt::Answer;
use crate::domain::bank::{Bank, Evidence, Item, ItemBody};
use crate::domain::format::json::{to_pretty, Enc, Map, Value};
use crate::domain::results::ResultsFile;

const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const HOME: &str = "https://pilar-siap.invalid/peserta";

fn lang_map(lang: &str, text: &str) -> Value {
    let mut m = Map::new();
    m.insert(lang.to_owned(), Value::String(text.to_owned()));
    Value::Object(m)
}

fn verb(id: &str, display: &str) -> Value {
    Enc::new()
        .str("id", id)
        .val("display", lang_map("en-US", display))
        .done()
}

fn choices(lang: &str, list: &[(String, String)]) -> Value {
    Value::Array(
        list.iter()
            .map(|(id, text)| {
                Enc::new()
                    .str("id", id)
                    .val("description", lang_map(lang, text))
                    .done()
            })
            .collect(),
    )
}

/// The interaction type, its definition fields, and the pattern of the right response.
fn definition(item: &Item, lang: &str, anchors: &[String]) -> Value {
    let mut d = Enc::new()
        .val("name", lang_map(lang, &item.common.prompt))
        .str("type", INTERACTION);
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            let list: Vec<(String, String)> = options
                .iter()
                .map(|o| (o.id.clone(), o.text.clone()))
                .collect();
            let right: Vec<String> = options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect();
            d = d
                .str("interactionType", "choice")
                .val("choices", choices(lang, &list))
                .val(
                    "correctResponsesPattern",
                    Value::Array(vec![Value::String(right.join("[,]"))]),
                );
        }
        ItemBody::Situational { scenario, options } => {
            let list: Vec<(String, String)> = options
                .iter()
                .map(|o| (o.id.clone(), o.text.clone()))
                .collect();
            let best: Vec<Value> = options
                .iter()
                .filter(|o| o.credit >= 1.0)
                .map(|o| Value::String(o.id.clone()))
                .collect();
            d = d
                .val("description", lang_map(lang, scenario))
                .str("interactionType", "choice")
                .val("choices", choices(lang, &list))
                .val("correctResponsesPattern", Value::Array(best));
        }
        ItemBody::TrueFalse { answer } => {
            d = d.str("interactionType", "true-false").val(
                "correctResponsesPattern",
                Value::Array(vec![Value::String(answer.to_string())]),
            );
        }
        ItemBody::Likert { anchors: own } => {
            let labels = if own.is_empty() { anchors } else { own };
            let scale: Vec<(String, String)> = labels
                .iter()
                .enumerate()
                .map(|(i, a)| ((i + 1).to_string(), a.clone()))
                .collect();
            d = d
                .str("interactionType", "likert")
                .val("scale", choices(lang, &scale));
        }
        ItemBody::OpenAnswer { .. } => d = d.str("interactionType", "long-fill-in"),
    }
    d.done()
}

/// The response as xAPI writes it for the interaction type.
fn response(answer: &Answer) -> String {
    match answer {
        Answer::Choice(c) => c.clone(),
        Answer::Choices(c) => c.join("[,]"),
        Answer::Bool(b) => b.to_string(),
        Answer::Scale(n) => n.to_string(),
        Answer::Open(o) => o.text.clone(),
    }
}

fn score(bp: u32) -> Value {
    Enc::new()
        .val(
            "scaled",
            crate::domain::format::json::number(f64::from(bp) / 10_000.0),
        )
        .int("raw", u64::from(bp))
        .int("min", 0)
        .int("max", 10_000)
        .done()
}

/// The statements of one results file, as a JSON array.
pub fn statements(results: &ResultsFile, bank: &Bank) -> Value {
    let lang = if bank.language.is_empty() {
        "id"
    } else {
        bank.language.as_str()
    };
    let actor = Enc::new()
        .str("objectType", "Agent")
        .str("name", &results.participant.name)
        .val(
            "account",
            Enc::new()
                .str("homePage", HOME)
                .str("name", &results.participant.name)
                .done(),
        )
        .done();
    let attempt_id = format!(
        "urn:pilar-siap:bank:{}:{}",
        results.bank.id, results.bank.version
    );
    let attempt = Enc::new()
        .str("objectType", "Activity")
        .str("id", &attempt_id)
        .val(
            "definition",
            Enc::new()
                .val("name", lang_map(lang, &bank.title))
                .str("type", ASSESSMENT)
                .done(),
        )
        .done();
    let context = Enc::new()
        .val(
            "contextActivities",
            Enc::new()
                .val(
                    "parent",
                    Value::Array(vec![Enc::new().str("id", &attempt_id).done()]),
                )
                .done(),
        )
        .str("platform", "Pilar Siap")
        .str("language", lang)
        .done();
    let mut out = Vec::new();
    for r in &results.items {
        let (Some(answer), Some(item)) = (&r.answer, bank.item(&r.id)) else {
            continue;
        };
        let mut result = Enc::new().str("response", &response(answer));
        if let Some(bp) = r.score_bp {
            result = result.val("score", score(bp));
            if r.evidence == Evidence::Tested {
                result = result.bool("success", bp == 10_000);
            }
        }
        let object = Enc::new()
            .str("objectType", "Activity")
            .str("id", &format!("{attempt_id}:item:{}", r.id))
            .val("definition", definition(item, lang, &bank.likert_anchors))
            .done();
        let mut s = Enc::new()
            .val("actor", actor.clone())
            .val("verb", verb(ANSWERED, "answered"))
            .val("object", object)
            .val("result", result.done())
            .val("context", context.clone());
        if let Some(t) = &r.answered_at {
            s = s.str("timestamp", t);
        }
        out.push(s.done());
    }
    let competencies: Vec<Value> = results
        .competencies
        .iter()
        .filter_map(|c| {
            let (evidence, e) = c.headline()?;
            Some(
                Enc::new()
                    .str("id", &c.id)
                    .str("evidence", evidence.name())
                    .opt_int("percent_bp", e.percent_bp.map(u64::from))
                    .str("level", e.level.as_deref().unwrap_or(""))
                    .done(),
            )
        })
        .collect();
    let mut extensions = Map::new();
    extensions.insert(
        "urn:pilar-siap:competencies".into(),
        Value::Array(competencies),
    );
    extensions.insert(
        "urn:pilar-siap:mode".into(),
        Value::String(crate::domain::cohort::export::mode_id(results.mode).into()),
    );
    extensions.insert("urn:pilar-siap:seed".into(), Value::from(results.seed));
    out.push(
        Enc::new()
            .val("actor", actor)
            .val("verb", verb(COMPLETED, "completed"))
            .val("object", attempt)
            .val(
                "result",
                Enc::new()
                    .bool("completion", true)
                    .val("extensions", Value::Object(extensions))
                    .done(),
            )
            .str("timestamp", &results.finished_at)
            .done(),
    );
    Value::Array(out)
}

/// The statements as indented JSON, as downloaded.
pub fn statements_json(results: &ResultsFile, bank: &Bank) -> String {
    to_pretty(&statements(results, bank))
}
