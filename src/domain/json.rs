//! JSON in and out without per-type serde code (which is large in the browser build): text is
//! parsed once into a `serde_json::Value`, then each type reads itself from it with [`Obj`],
//! which collects every problem (wrong type, missing or unknown field) with its path instead of
//! stopping at the first; writing goes the other way through [`Enc`].

pub use serde_json::{Map, Value};

use super::locate::locate_all;
use super::problem::{JsonKind, Path, Problem, ProblemKind, Problems, SyntaxKind};

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

/// Checks `format` and `format_version` first, so that a file of another kind or a newer
/// version gets that message rather than a list of field errors.
pub fn check_header(v: &Value, expected: &str, supported: u32) -> Result<(), Problem> {
    let Some(obj) = v.as_object() else {
        return Err(Problem::error(
            Path::root(),
            wrong_type(v, JsonKind::Object),
        ));
    };
    let format = obj.get("format").and_then(Value::as_str).unwrap_or("");
    if format != expected {
        return Err(Problem::error(
            Path::root().key("format"),
            ProblemKind::WrongFormat {
                expected: expected.to_owned(),
                found: format.chars().take(80).collect(),
            },
        ));
    }
    let path = Path::root().key("format_version");
    match obj.get("format_version") {
        None => Err(Problem::error(
            path,
            ProblemKind::Missing {
                field: "format_version".into(),
            },
        )),
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
                    found: to_text(v).chars().take(40).collect(),
                },
            )),
        },
    }
}

/// Reads a whole document: parse, check the header, then `decode`; every problem comes back
/// located (line and column) in `text`, and the value only when there was no error.
pub fn read_document<T>(
    text: &str,
    format: &str,
    supported: u32,
    decode: impl FnOnce(&mut Problems, &Value) -> Option<T>,
) -> (Option<T>, Vec<Problem>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = match parse_value(text) {
        Ok(v) => v,
        Err(p) => return (None, vec![p]),
    };
    let mut problems = Problems::default();
    let decoded = match check_header(&value, format, supported) {
        Ok(()) => decode(&mut problems, &value),
        Err(p) => {
            problems.0.push(p);
            None
        }
    };
    let mut problems = problems.0;
    problems.truncate(MAX_PROBLEMS);
    locate_all(text, &mut problems);
    let ok = !problems.iter().any(Problem::is_error);
    (decoded.filter(|_| ok), problems)
}

/// The most problems reported for one file; a file with more is not worth listing further.
pub const MAX_PROBLEMS: usize = 200;

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

/// An object being read: fields are taken by name, and whatever is left unread at `finish` is
/// reported as unknown.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    pub path: Path,
    known: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// `v` as an object, or a problem at `path`.
    pub fn new(out: &mut Problems, v: &'a Value, path: &Path) -> Option<Obj<'a>> {
        match v.as_object() {
            Some(map) => Some(Obj {
                map,
                path: path.clone(),
                known: Vec::new(),
            }),
            None => {
                out.error(path.clone(), wrong_type(v, JsonKind::Object));
                None
            }
        }
    }

    /// The field's value, if present (`null` counts as absent).
    pub fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.known.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Whether the field is present.
    pub fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|v| !v.is_null())
    }

    /// Marks a field as known without reading it.
    pub fn allow(&mut self, key: &'static str) {
        self.known.push(key);
    }

    fn missing(&self, out: &mut Problems, key: &str) {
        out.error(
            self.path.clone(),
            ProblemKind::Missing {
                field: key.to_owned(),
            },
        );
    }

    /// An optional field read with `f`; a wrong type is reported and gives `None`.
    pub fn opt_with<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnOnce(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Option<T> {
        let v = self.get(key)?;
        f(out, v, &self.path.key(key))
    }

    /// A required field read with `f`.
    pub fn req_with<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnOnce(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Option<T> {
        if !self.has(key) {
            self.known.push(key);
            self.missing(out, key);
            return None;
        }
        self.opt_with(out, key, f)
    }

    pub fn str(&mut self, out: &mut Problems, key: &'static str) -> Option<String> {
        self.req_with(out, key, as_str)
    }
    pub fn opt_str(&mut self, out: &mut Problems, key: &'static str) -> Option<String> {
        self.opt_with(out, key, as_str)
    }
    /// An optional text, empty when absent.
    pub fn text(&mut self, out: &mut Problems, key: &'static str) -> String {
        self.opt_str(out, key).unwrap_or_default()
    }
    pub fn f64(&mut self, out: &mut Problems, key: &'static str) -> Option<f64> {
        self.req_with(out, key, as_f64)
    }
    pub fn opt_f64(&mut self, out: &mut Problems, key: &'static str) -> Option<f64> {
        self.opt_with(out, key, as_f64)
    }
    pub fn bool(&mut self, out: &mut Problems, key: &'static str) -> Option<bool> {
        self.req_with(out, key, as_bool)
    }
    pub fn opt_bool(&mut self, out: &mut Problems, key: &'static str) -> Option<bool> {
        self.opt_with(out, key, as_bool)
    }
    pub fn u64(&mut self, out: &mut Problems, key: &'static str) -> Option<u64> {
        self.req_with(out, key, as_u64)
    }
    pub fn opt_u64(&mut self, out: &mut Problems, key: &'static str) -> Option<u64> {
        self.opt_with(out, key, as_u64)
    }
    /// A required list, each element read with `f` (failed elements are left out, reported).
    pub fn list<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnMut(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.req_with(out, key, |out, v, p| as_list(out, v, p, f))
    }
    /// An optional list, empty when absent.
    pub fn opt_list<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnMut(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Vec<T> {
        self.opt_with(out, key, |out, v, p| as_list(out, v, p, f))
            .unwrap_or_default()
    }

    /// Reports every field that was not read as unknown.
    pub fn finish(self, out: &mut Problems) {
        for key in self.map.keys() {
            if !self.known.contains(&key.as_str()) {
                out.error(
                    self.path.key(key),
                    ProblemKind::UnknownField {
                        field: key.chars().take(80).collect(),
                        expected: self.known.join(", "),
                    },
                );
            }
        }
    }
}

pub fn as_str(out: &mut Problems, v: &Value, p: &Path) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => {
            out.error(p.clone(), wrong_type(v, JsonKind::Text));
            None
        }
    }
}

pub fn as_f64(out: &mut Problems, v: &Value, p: &Path) -> Option<f64> {
    let n = v.as_f64();
    if n.is_none() {
        out.error(p.clone(), wrong_type(v, JsonKind::Number));
    }
    n
}

pub fn as_bool(out: &mut Problems, v: &Value, p: &Path) -> Option<bool> {
    let b = v.as_bool();
    if b.is_none() {
        out.error(p.clone(), wrong_type(v, JsonKind::Bool));
    }
    b
}

pub fn as_u64(out: &mut Problems, v: &Value, p: &Path) -> Option<u64> {
    let n = v.as_u64();
    if n.is_none() {
        out.error(
            p.clone(),
            ProblemKind::WrongType {
                found: if v.is_number() {
                    JsonKind::Number
                } else {
                    found_kind(v)
                },
                expected: JsonKind::WholeNumber,
            },
        );
    }
    n
}

fn found_kind(v: &Value) -> JsonKind {
    match wrong_type(v, JsonKind::Other) {
        ProblemKind::WrongType { found, .. } => found,
        _ => JsonKind::Other,
    }
}

pub fn as_list<'a, T>(
    out: &mut Problems,
    v: &'a Value,
    p: &Path,
    mut f: impl FnMut(&mut Problems, &'a Value, &Path) -> Option<T>,
) -> Option<Vec<T>> {
    match v {
        Value::Array(items) => Some(
            items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| f(out, v, &p.index(i)))
                .collect(),
        ),
        _ => {
            out.error(p.clone(), wrong_type(v, JsonKind::List));
            None
        }
    }
}

/// A list of texts.
pub fn str_list(out: &mut Problems, v: &Value, p: &Path) -> Option<Vec<String>> {
    as_list(out, v, p, as_str)
}

/// Builds a JSON object field by field, in order; empty optional fields are left out.
#[derive(Default)]
pub struct Enc(Map<String, Value>);

impl Enc {
    pub fn new() -> Self {
        Enc(Map::new())
    }
    pub fn val(mut self, key: &str, v: Value) -> Self {
        self.0.insert(key.to_owned(), v);
        self
    }
    pub fn str(self, key: &str, s: &str) -> Self {
        self.val(key, Value::String(s.to_owned()))
    }
    /// Left out when empty.
    pub fn opt_str(self, key: &str, s: &str) -> Self {
        if s.is_empty() {
            self
        } else {
            self.str(key, s)
        }
    }
    pub fn num(self, key: &str, n: f64) -> Self {
        self.val(key, number(n))
    }
    pub fn int(self, key: &str, n: u64) -> Self {
        self.val(key, Value::from(n))
    }
    pub fn opt_int(self, key: &str, n: Option<u64>) -> Self {
        match n {
            Some(n) => self.int(key, n),
            None => self,
        }
    }
    pub fn bool(self, key: &str, b: bool) -> Self {
        self.val(key, Value::Bool(b))
    }
    pub fn list<T>(self, key: &str, items: &[T], f: impl Fn(&T) -> Value) -> Self {
        self.val(key, Value::Array(items.iter().map(f).collect()))
    }
    /// Left out when empty.
    pub fn opt_list<T>(self, key: &str, items: &[T], f: impl Fn(&T) -> Value) -> Self {
        if items.is_empty() {
            self
        } else {
            self.list(key, items, f)
        }
    }
    pub fn strs(self, key: &str, items: &[String]) -> Self {
        self.list(key, items, |s| Value::String(s.clone()))
    }
    pub fn done(self) -> Value {
        Value::Object(self.0)
    }
}

/// A number as JSON: whole numbers without a decimal point, so `1` stays `1`.
pub fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
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
