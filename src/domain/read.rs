//! Reading any of the app's JSON formats: syntax errors with line and column, the format and its
//! version checked first, then typed decoding that names the path of what is wrong.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::serde_msg::{problem_from_serde, syntax_kind};
use super::problem::{JsonKind, Path, Problem, ProblemKind, Problems};

/// A syntax error with serde_json's line and column.
pub fn syntax_problem(e: &serde_json::Error) -> Problem {
    let detail = e.to_string();
    let detail = match detail.rfind(" at line ") {
        Some(i) => detail.get(..i).unwrap_or(&detail).to_owned(),
        None => detail,
    };
    let what = syntax_kind(&detail);
    Problem::error(Path::root(), ProblemKind::Syntax { what, detail }).at(e.line(), e.column())
}

/// Checks `format` and `format_version` before anything else, so that a file of another kind or
/// a newer version gets that message rather than a list of field errors.
pub fn check_format(value: &Value, expected: &str, supported: u32) -> Result<(), Problem> {
    let Some(obj) = value.as_object() else {
        return Err(Problem::error(
            Path::root(),
            ProblemKind::WrongType {
                found: json_kind(value),
                expected: JsonKind::Object,
            },
        ));
    };
    let format = obj.get("format").and_then(Value::as_str).unwrap_or("");
    if format != expected {
        return Err(Problem::error(
            Path::root().key("format"),
            ProblemKind::WrongFormat {
                expected: expected.to_owned(),
                found: format.to_owned(),
            },
        ));
    }
    let path = Path::root().key("format_version");
    match obj.get("format_version") {
        Some(v) => match v.as_u64() {
            Some(n) if n > u64::from(supported) => Err(Problem::error(
                path,
                ProblemKind::NewerVersion {
                    found: n,
                    supported,
                },
            )),
            Some(n) if n >= 1 => Ok(()),
            _ => Err(Problem::error(
                path,
                ProblemKind::BadVersion {
                    found: v.to_string(),
                },
            )),
        },
        None => Err(Problem::error(
            path,
            ProblemKind::Missing {
                field: "format_version".into(),
            },
        )),
    }
}

pub fn json_kind(v: &Value) -> JsonKind {
    match v {
        Value::Null => JsonKind::Null,
        Value::Bool(_) => JsonKind::Bool,
        Value::Number(_) => JsonKind::Number,
        Value::String(_) => JsonKind::Text,
        Value::Array(_) => JsonKind::List,
        Value::Object(_) => JsonKind::Object,
    }
}

/// Decodes `value` as `T`, reporting a failure at its path below `base`.
pub fn decode_at<T: DeserializeOwned>(value: Value, base: &Path, out: &mut Problems) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let mut path = base.clone();
            for seg in e.path().iter() {
                path = match seg {
                    serde_path_to_error::Segment::Seq { index } => path.index(*index),
                    serde_path_to_error::Segment::Map { key } => path.key(key),
                    serde_path_to_error::Segment::Enum { variant } => path.key(variant),
                    serde_path_to_error::Segment::Unknown => path,
                };
            }
            let mut problem = problem_from_serde(path, &e.inner().to_string());
            // Point at the unknown field itself, not at the object holding it.
            if let ProblemKind::UnknownField { field, .. } = &problem.kind {
                problem.path = problem.path.key(field);
            }
            out.0.push(problem);
            None
        }
    }
}

