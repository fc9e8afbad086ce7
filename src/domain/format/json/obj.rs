//! Reading one object of a document: fields by name, every problem at its path, and whatever is
//! left unread reported as unknown.

use super::{wrong_type, Map, Value};
use crate::domain::format::problem::{JsonKind, Path, ProblemKind, Problems};
use crate::domain::format::record::Json;

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

    /// The field's value, if present. `null` is a value (of the wrong type for every field), as
    /// the JSON Schemas say: a field is either absent or has a value of its type.
    pub fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.known.push(key);
        self.map.get(key)
    }

    /// Whether the field is present (a required field that is `null` is missing).
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

    /// The field's value and path, if present. (Not generic, so that each reader below stays
    /// a call and a call: there is one of them per type read, in the browser's download too.)
    fn field(&mut self, key: &'static str) -> Option<(&'a Value, Path)> {
        let v = self.get(key)?;
        Some((v, self.path.key(key)))
    }

    /// The field's value and path; its absence is reported.
    fn required(&mut self, out: &mut Problems, key: &'static str) -> Option<(&'a Value, Path)> {
        if !self.has(key) {
            self.known.push(key);
            self.missing(out, key);
            return None;
        }
        self.field(key)
    }

    /// An optional field read with `f`; a wrong type is reported and gives `None`.
    pub fn opt_with<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnOnce(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Option<T> {
        let (v, path) = self.field(key)?;
        f(out, v, &path)
    }

    /// A required field read with `f`.
    pub fn req_with<T>(
        &mut self,
        out: &mut Problems,
        key: &'static str,
        f: impl FnOnce(&mut Problems, &'a Value, &Path) -> Option<T>,
    ) -> Option<T> {
        let (v, path) = self.required(out, key)?;
        f(out, v, &path)
    }

    pub fn str(&mut self, out: &mut Problems, key: &'static str) -> Option<String> {
        self.req_with(out, key, <String as Json>::read)
    }
    pub fn opt_str(&mut self, out: &mut Problems, key: &'static str) -> Option<String> {
        self.opt_with(out, key, <String as Json>::read)
    }
    /// An optional text, empty when absent.
    pub fn text(&mut self, out: &mut Problems, key: &'static str) -> String {
        self.opt_str(out, key).unwrap_or_default()
    }
    pub fn f64(&mut self, out: &mut Problems, key: &'static str) -> Option<f64> {
        self.req_with(out, key, <f64 as Json>::read)
    }
    pub fn opt_f64(&mut self, out: &mut Problems, key: &'static str) -> Option<f64> {
        self.opt_with(out, key, <f64 as Json>::read)
    }
    pub fn bool(&mut self, out: &mut Problems, key: &'static str) -> Option<bool> {
        self.req_with(out, key, <bool as Json>::read)
    }
    pub fn opt_bool(&mut self, out: &mut Problems, key: &'static str) -> Option<bool> {
        self.opt_with(out, key, <bool as Json>::read)
    }
    pub fn u64(&mut self, out: &mut Problems, key: &'static str) -> Option<u64> {
        self.req_with(out, key, <u64 as Json>::read)
    }
    pub fn opt_u64(&mut self, out: &mut Problems, key: &'static str) -> Option<u64> {
        self.opt_with(out, key, <u64 as Json>::read)
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
    <Vec<String> as Json>::read(out, v, p)
}
