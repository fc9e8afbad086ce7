//! Changes to a JSON document at a path, each with its inverse: what the editor's history is
//! made of. A change that does not fit the document (a path that is not there) changes nothing
//! and says so.

use crate::domain::format::json::Value;
use crate::domain::format::problem::{Path, Seg};

/// One change to a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// The value at `path` was `old` and becomes `new` (`None`: the field is absent).
    Set {
        path: Path,
        old: Option<Value>,
        new: Option<Value>,
    },
    /// `value` goes into the list at `list`, at `index`.
    Insert {
        list: Path,
        index: usize,
        value: Value,
    },
    /// The element `value` at `index` leaves the list at `list`.
    Remove {
        list: Path,
        index: usize,
        value: Value,
    },
    /// The element at `from` moves to `to` (the others shift).
    Move { list: Path, from: usize, to: usize },
}

impl Op {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Op {
        match self.clone() {
            Op::Set { path, old, new } => Op::Set {
                path,
                old: new,
                new: old,
            },
            Op::Insert { list, index, value } => Op::Remove { list, index, value },
            Op::Remove { list, index, value } => Op::Insert { list, index, value },
            Op::Move { list, from, to } => Op::Move {
                list,
                from: to,
                to: from,
            },
        }
    }

    /// Where the change is: the field set, or the list element inserted or moved (for a removal,
    /// the list).
    pub fn place(&self) -> Path {
        match self {
            Op::Set { path, .. } => path.clone(),
            Op::Insert { list, index, .. } => list.index(*index),
            Op::Move { list, to, .. } => list.index(*to),
            Op::Remove { list, .. } => list.clone(),
        }
    }

    /// Applies the change; false (and `doc` unchanged) when it does not fit.
    pub fn apply(&self, doc: &mut Value) -> bool {
        match self {
            Op::Set { path, new, .. } => set(doc, path, new.clone()),
            Op::Insert { list, index, value } => match list_mut(doc, list) {
                Some(l) if *index <= l.len() => {
                    l.insert(*index, value.clone());
                    true
                }
                _ => false,
            },
            Op::Remove { list, index, .. } => match list_mut(doc, list) {
                Some(l) if *index < l.len() => {
                    l.remove(*index);
                    true
                }
                _ => false,
            },
            Op::Move { list, from, to } => match list_mut(doc, list) {
                Some(l) if *from < l.len() && *to < l.len() => {
                    let v = l.remove(*from);
                    l.insert(*to, v);
                    true
                }
                _ => false,
            },
        }
    }
}

/// The value at `path`, if there is one.
pub fn get<'a>(doc: &'a Value, path: &Path) -> Option<&'a Value> {
    path.0.iter().try_fold(doc, |v, seg| match seg {
        Seg::Key(k) => v.as_object()?.get(k),
        Seg::Index(i) => v.as_array()?.get(*i),
    })
}

fn get_mut<'a>(doc: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    path.iter().try_fold(doc, |v, seg| match seg {
        Seg::Key(k) => v.as_object_mut()?.get_mut(k),
        Seg::Index(i) => v.as_array_mut()?.get_mut(*i),
    })
}

fn list_mut<'a>(doc: &'a mut Value, list: &Path) -> Option<&'a mut Vec<Value>> {
    get_mut(doc, &list.0)?.as_array_mut()
}

/// Sets (or with `None` removes) the field at `path`. A field may be added to an object; a list
/// element only replaced.
fn set(doc: &mut Value, path: &Path, new: Option<Value>) -> bool {
    let Some((last, parent)) = path.0.split_last() else {
        return match new {
            Some(v) => {
                *doc = v;
                true
            }
            None => false,
        };
    };
    match (get_mut(doc, parent), last, new) {
        (Some(Value::Object(o)), Seg::Key(k), Some(v)) => {
            o.insert(k.clone(), v);
            true
        }
        (Some(Value::Object(o)), Seg::Key(k), None) => {
            o.shift_remove(k);
            true
        }
        (Some(Value::Array(l)), Seg::Index(i), Some(v)) => match l.get_mut(*i) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(keys: &[&str]) -> Path {
        keys.iter()
            .fold(Path::root(), |p, k| match k.parse::<usize>() {
                Ok(i) => p.index(i),
                Err(_) => p.key(k),
            })
    }

    #[test]
    fn every_op_and_its_inverse_give_the_document_back() {
        let start = json!({"a": "x", "l": [1, 2, 3], "o": {"b": true}});
        let ops = [
            Op::Set {
                path: p(&["a"]),
                old: Some(json!("x")),
                new: Some(json!("y")),
            },
            Op::Set {
                path: p(&["n"]),
                old: None,
                new: Some(json!(5)),
            },
            Op::Set {
                path: p(&["o", "b"]),
                old: Some(json!(true)),
                new: None,
            },
            Op::Set {
                path: p(&["l", "1"]),
                old: Some(json!(2)),
                new: Some(json!(9)),
            },
            Op::Insert {
                list: p(&["l"]),
                index: 3,
                value: json!(4),
            },
            Op::Remove {
                list: p(&["l"]),
                index: 0,
                value: json!(1),
            },
            Op::Move {
                list: p(&["l"]),
                from: 0,
                to: 2,
            },
        ];
        for op in ops {
            let mut doc = start.clone();
            assert!(op.apply(&mut doc), "{op:?}");
            assert_ne!(doc, start, "{op:?}");
            assert!(op.inverse().apply(&mut doc), "{op:?}");
            assert_eq!(doc, start, "{op:?}");
        }
    }

    #[test]
    fn an_op_that_does_not_fit_changes_nothing() {
        let start = json!({"a": "x", "l": [1]});
        let ops = [
            Op::Set {
                path: p(&["z", "b"]),
                old: None,
                new: Some(json!(1)),
            },
            Op::Set {
                path: p(&["l", "4"]),
                old: None,
                new: Some(json!(1)),
            },
            Op::Set {
                path: p(&["a", "b"]),
                old: None,
                new: Some(json!(1)),
            },
            Op::Insert {
                list: p(&["l"]),
                index: 2,
                value: json!(0),
            },
            Op::Insert {
                list: p(&["a"]),
                index: 0,
                value: json!(0),
            },
            Op::Remove {
                list: p(&["l"]),
                index: 1,
                value: json!(0),
            },
            Op::Move {
                list: p(&["l"]),
                from: 0,
                to: 1,
            },
        ];
        for op in ops {
            let mut doc = start.clone();
            assert!(!op.apply(&mut doc), "{op:?}");
            assert_eq!(doc, start);
        }
    }

    #[test]
    fn get_follows_keys_and_indices() {
        let doc = json!({"items": [{"options": [{"text": "t"}]}]});
        assert_eq!(
            get(&doc, &p(&["items", "0", "options", "0", "text"])),
            Some(&json!("t"))
        );
        assert_eq!(get(&doc, &p(&["items", "1"])), None);
        assert_eq!(get(&doc, &Path::root()), Some(&doc));
    }
}
