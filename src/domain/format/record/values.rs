//! How the values inside records read and write themselves: text, numbers of every width (each
//! checked against its range), true/false, lists, sets and maps.

use std::collections::{BTreeMap, BTreeSet};

use super::Json;
use crate::domain::format::json::{
    as_bool, as_f64, as_list, as_str, as_u64, number, Map, Obj, Value,
};
use crate::domain::format::problem::{Path, ProblemKind, Problems};

impl Json for String {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_str(out, v, p)
    }
    fn write(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Json for bool {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_bool(out, v, p)
    }
    fn write(&self) -> Value {
        Value::Bool(*self)
    }
}

impl Json for f64 {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_f64(out, v, p)
    }
    fn write(&self) -> Value {
        number(*self)
    }
}

impl Json for u64 {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_u64(out, v, p)
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

/// A whole number up to `max`, or a problem naming the range. (One function for every width,
/// so each width's reader is a call and a conversion.)
fn whole(out: &mut Problems, v: &Value, p: &Path, max: u64) -> Option<u64> {
    let n = as_u64(out, v, p)?;
    if n > max {
        out.error(
            p.clone(),
            ProblemKind::OutOfRange {
                value: n as f64,
                min: 0.0,
                max: max as f64,
            },
        );
        return None;
    }
    Some(n)
}

impl Json for u32 {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        whole(out, v, p, u64::from(u32::MAX)).map(|n| n as u32)
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

/// A scale point or a rubric level.
impl Json for u8 {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        whole(out, v, p, u64::from(u8::MAX)).map(|n| n as u8)
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

impl Json for usize {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        whole(out, v, p, u64::from(u32::MAX)).map(|n| n as usize)
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

/// A whole number that may be negative (times in milliseconds since the epoch).
impl Json for i64 {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        match v.as_i64() {
            Some(n) => Some(n),
            None => whole(out, v, p, i64::MAX.unsigned_abs()).map(|n| n as i64),
        }
    }
    fn write(&self) -> Value {
        Value::from(*self)
    }
}

impl<T: Json> Json for Vec<T> {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_list(out, v, p, T::read)
    }
    fn write(&self) -> Value {
        Value::Array(self.iter().map(Json::write).collect())
    }
}

/// A set, written as a sorted list.
impl<T: Json + Ord> Json for BTreeSet<T> {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        Vec::<T>::read(out, v, p).map(|v| v.into_iter().collect())
    }
    fn write(&self) -> Value {
        Value::Array(self.iter().map(Json::write).collect())
    }
}

/// An object used as a map from names to values; a value that fails fails the whole map.
impl<T: Json> Json for BTreeMap<String, T> {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        Obj::new(out, v, p)?;
        let mut map = BTreeMap::new();
        let mut ok = true;
        for (k, v) in v.as_object().into_iter().flatten() {
            match T::read(out, v, &p.key(k)) {
                Some(t) => {
                    map.insert(k.clone(), t);
                }
                None => ok = false,
            }
        }
        ok.then_some(map)
    }
    fn write(&self) -> Value {
        let map: Map<String, Value> = self.iter().map(|(k, v)| (k.clone(), v.write())).collect();
        Value::Object(map)
    }
}

/// A JSON value carried whole (e.g. a bank being edited, checked by its own reader).
impl Json for Value {
    fn read(_: &mut Problems, v: &Value, _: &Path) -> Option<Self> {
        Some(v.clone())
    }
    fn write(&self) -> Value {
        self.clone()
    }
}
