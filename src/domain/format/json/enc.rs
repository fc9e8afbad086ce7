//! Writing a JSON object field by field.

use super::{Map, Value};

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
