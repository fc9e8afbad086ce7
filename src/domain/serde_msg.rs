//! Turns serde's (English, free-text) messages into structured problems the UI can phrase in
//! Indonesian. Messages it does not recognise keep their text as `Structure { detail }`.

use crate::domain::problem::{JsonKind, Path, Problem, ProblemKind, SyntaxKind};

/// A problem for a serde error at `path`.
pub fn problem_from_serde(path: Path, msg: &str) -> Problem {
    // serde_json appends " at line L column C" when it reads text; positions come from elsewhere.
    let msg = match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(msg),
        None => msg,
    };
    let kind = if let Some(rest) = msg.strip_prefix("missing field ") {
        ProblemKind::Missing {
            field: unquote(rest),
        }
    } else if let Some(rest) = msg.strip_prefix("unknown field ") {
        let (found, expected) = split_expected(rest);
        ProblemKind::UnknownField {
            field: unquote(found),
            expected: expected.replace('`', ""),
        }
    } else if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let (found, expected) = split_expected(rest);
        ProblemKind::UnknownVariant {
            found: unquote(found),
            expected: expected.replace('`', ""),
        }
    } else if let Some(rest) = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        ProblemKind::WrongType {
            found: kind_of(found),
            expected: kind_of(expected),
        }
    } else {
        ProblemKind::Structure {
            detail: msg.to_owned(),
        }
    };
    Problem::error(path, kind)
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
    } else if has("expected value") || has("expected ident") {
        SyntaxKind::ExpectedValue
    } else {
        SyntaxKind::Other
    }
}

fn unquote(s: &str) -> String {
    s.trim().trim_matches('`').to_owned()
}

/// "`x`, expected one of `a`, `b`" → ("`x`", "`a`, `b`").
fn split_expected(rest: &str) -> (&str, &str) {
    match rest.split_once(", expected ") {
        Some((found, expected)) => (found, expected.trim_start_matches("one of ")),
        None => (rest, ""),
    }
}

/// The kind of value a serde phrase such as `string "abc"`, `a boolean` or `f64` names.
fn kind_of(phrase: &str) -> JsonKind {
    let p = phrase.trim().trim_start_matches("a ").trim_start_matches("an ");
    let starts = |w: &str| p.starts_with(w);
    if starts("string") || starts("char") || starts("borrowed str") {
        JsonKind::Text
    } else if starts("boolean") || starts("bool") {
        JsonKind::Bool
    } else if starts("integer") || starts("u8") || starts("u16") || starts("u32") || starts("u64")
    {
        JsonKind::WholeNumber
    } else if starts("floating") || starts("f64") || starts("f32") || starts("number") {
        JsonKind::Number
    } else if starts("sequence") || starts("array") || starts("tuple") {
        JsonKind::List
    } else if starts("map") || starts("struct") || starts("object") || starts("internally tagged")
    {
        JsonKind::Object
    } else if starts("null") || starts("unit") {
        JsonKind::Null
    } else {
        JsonKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(msg: &str) -> ProblemKind {
        problem_from_serde(Path::root(), msg).kind
    }

    #[test]
    fn recognises_serde_messages() {
        assert_eq!(
            kind("missing field `prompt`"),
            ProblemKind::Missing {
                field: "prompt".into()
            }
        );
        assert_eq!(
            kind("unknown field `explantion`, expected one of `id`, `prompt`"),
            ProblemKind::UnknownField {
                field: "explantion".into(),
                expected: "id, prompt".into()
            }
        );
        assert_eq!(
            kind("unknown variant `essay`, expected one of `single_choice`, `likert`"),
            ProblemKind::UnknownVariant {
                found: "essay".into(),
                expected: "single_choice, likert".into()
            }
        );
        assert_eq!(
            kind("invalid type: string \"1\", expected f64 at line 3 column 9"),
            ProblemKind::WrongType {
                found: JsonKind::Text,
                expected: JsonKind::Number
            }
        );
        assert_eq!(
            kind("invalid value: integer `-1`, expected u32"),
            ProblemKind::WrongType {
                found: JsonKind::WholeNumber,
                expected: JsonKind::WholeNumber
            }
        );
        assert!(matches!(kind("something else"), ProblemKind::Structure { .. }));
    }
}
