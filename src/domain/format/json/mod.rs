//! JSON in and out without per-type serde code (which is large in the browser build): text is
//! parsed once into a `serde_json::Value`, then each type reads itself from it with [`Obj`],
//! which collects every problem (wrong type, missing or unknown field) with its path instead of
//! stopping at the first; writing goes the other way through [`Enc`].

mod enc;
mod obj;

pub use serde_json::{Map, Value};

pub use enc::{number, Enc};
pub use obj::{as_bool, as_f64, as_list, as_str, as_u64, str_list, Obj};

use crate::domain::format::problem::{JsonKind, Path, Problem, ProblemKind, SyntaxKind};

/// Parses JSON text (a leading byte-order mark is ignored) with serde_json's own limits, e.g.
/// 128 levels of nesting.
pub fn parse_value(text: &str) -> Result<Value, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        let detail = match detail.rfind(" at line ") {
            Some(i) => detail.get(..i).unwrap_or(&detail).to_owned(),
            None => detail,
        };
        let what = syntax_kind(&detail);
        Problem::error(Path::root(), ProblemKind::Syntax { what, detail }).at(e.line(), e.column())
    })
}

/// Compact JSON text.
pub fn to_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// Indented JSON text, as files are downloaded.
pub fn to_pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// "Expected `expected`, found what `v` is."
pub fn wrong_type(v: &Value, expected: JsonKind) -> ProblemKind {
    let found = match v {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Bool,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::Text,
        Value::Array(_) => JsonKind::List,
        Value::Object(_) => JsonKind::Object,
    };
    ProblemKind::WrongType { found, expected }
}

/// The kind of a serde_json syntax error, from its message.
pub fn syntax_kind(msg: &str) -> SyntaxKind {
    let has = |w: &str| msg.contains(w);
    if has("EOF while parsing") {
        SyntaxKind::Truncated
    } else if has("trailing comma") {
        SyntaxKind::TrailingComma
    } else if has("trailing characters") {
        SyntaxKind::TrailingCharacters
    } else if has("recursion limit") {
        SyntaxKind::TooDeep
    } else if has("key must be a string") {
        SyntaxKind::KeyNotString
    } else if has("expected `:`") {
        SyntaxKind::ExpectedColon
    } else if has("expected `,` or") {
        SyntaxKind::ExpectedCommaOrClose
    } else if has("control character") {
        SyntaxKind::ControlCharacter
    } else if has("escape") || has("code point") || has("surrogate") || has("unicode") {
        SyntaxKind::BadEscape
    } else if has("number") {
        SyntaxKind::BadNumber
    } else {
        SyntaxKind::ExpectedValue
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::format::problem::Problems;

    #[test]
    fn collects_every_problem_of_an_object() {
        let v: Value = serde_json::from_str(r#"{"a": 1, "b": "x", "typo": true, "n": -2}"#)
            .unwrap_or_default();
        let mut out = Problems::default();
        let mut o = Obj::new(&mut out, &v, &Path::root()).expect("object");
        assert_eq!(o.str(&mut out, "a"), None);
        assert_eq!(o.str(&mut out, "b"), Some("x".into()));
        assert_eq!(o.str(&mut out, "c"), None);
        assert_eq!(o.opt_u64(&mut out, "n"), None);
        o.finish(&mut out);
        let kinds: Vec<String> = out
            .0
            .iter()
            .map(|p| format!("{} {:?}", p.path, p.kind))
            .collect();
        assert_eq!(kinds.len(), 4, "{kinds:#?}");
        assert!(kinds[0].starts_with("a WrongType"));
        assert!(kinds[1].contains("Missing"));
        assert!(kinds[2].starts_with("n WrongType"));
        assert!(kinds[3].starts_with("typo UnknownField"));
    }

    #[test]
    fn whole_numbers_stay_whole() {
        assert_eq!(to_text(&number(1.0)), "1");
        assert_eq!(to_text(&number(0.5)), "0.5");
    }
}
