//! A bank being edited: its document and the history of changes, with undo and redo. Typing
//! into one field is one step (undone at once) until the trainer leaves the field (`seal`).

use super::edit::{get, Op};
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;

/// How many steps back undo reaches.
pub const MAX_STEPS: usize = 500;

/// One undoable step: changes applied together (e.g. an item's kind and its new fields).
#[derive(Debug, Clone, PartialEq)]
pub struct Step(pub Vec<Op>);

impl Step {
    /// Where the step changed the document (its first change).
    pub fn place(&self) -> Path {
        self.0.first().map(Op::place).unwrap_or_default()
    }
}

/// A document with its history.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    doc: Value,
    pub(super) undo: Vec<Step>,
    pub(super) redo: Vec<Step>,
    /// The field whose typing the last step holds, until sealed.
    typing: Option<Path>,
}

impl Editor {
    pub fn new(doc: Value) -> Self {
        Editor::with_history(doc, Vec::new(), Vec::new())
    }

    pub(super) fn with_history(doc: Value, undo: Vec<Step>, redo: Vec<Step>) -> Self {
        Editor {
            doc,
            undo,
            redo,
            typing: None,
        }
    }

    pub fn doc(&self) -> &Value {
        &self.doc
    }

    /// The value at `path`.
    pub fn get(&self, path: &Path) -> Option<&Value> {
        get(&self.doc, path)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Sets the field at `path` (`None` removes it). Consecutive sets of one field are one step
    /// until [`Editor::seal`]. False when nothing changed.
    pub fn set(&mut self, path: &Path, new: Option<Value>) -> bool {
        let old = self.get(path).cloned();
        if old == new {
            return false;
        }
        let op = Op::Set {
            path: path.clone(),
            old,
            new: new.clone(),
        };
        if !op.apply(&mut self.doc) {
            return false;
        }
        self.redo.clear();
        let extends = self.typing.as_ref() == Some(path);
        match self.undo.last_mut().map(|s| s.0.as_mut_slice()) {
            Some([Op::Set { new: last, .. }]) if extends => *last = new,
            _ => self.push(Step(vec![op])),
        }
        self.typing = Some(path.clone());
        true
    }

    /// The next change starts a new step.
    pub fn seal(&mut self) {
        self.typing = None;
    }

    /// Inserts `value` into the list at `list`.
    pub fn insert(&mut self, list: &Path, index: usize, value: Value) -> bool {
        let list = list.clone();
        self.apply(vec![Op::Insert { list, index, value }])
    }

    /// Removes the element at `index` of the list at `list`.
    pub fn remove(&mut self, list: &Path, index: usize) -> bool {
        let Some(value) = self.get(&list.index(index)).cloned() else {
            return false;
        };
        let list = list.clone();
        self.apply(vec![Op::Remove { list, index, value }])
    }

    /// Moves an element of the list at `list`.
    pub fn move_to(&mut self, list: &Path, from: usize, to: usize) -> bool {
        from != to
            && self.apply(vec![Op::Move {
                list: list.clone(),
                from,
                to,
            }])
    }

    /// Replaces the value at `path` in one step (e.g. an item given another kind).
    pub fn replace(&mut self, path: &Path, new: Value) -> bool {
        self.seal();
        let changed = self.set(path, Some(new));
        self.seal();
        changed
    }

    /// Applies `ops` as one step: all of them, or none when one does not fit.
    pub fn apply(&mut self, ops: Vec<Op>) -> bool {
        let mut doc = self.doc.clone();
        if ops.is_empty() || !ops.iter().all(|op| op.apply(&mut doc)) {
            return false;
        }
        self.doc = doc;
        self.redo.clear();
        self.push(Step(ops));
        self.typing = None;
        true
    }

    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
    }

    /// Undoes the last step; where it was, to show it.
    pub fn undo(&mut self) -> Option<Path> {
        let step = self.undo.pop()?;
        self.typing = None;
        for op in step.0.iter().rev() {
            op.inverse().apply(&mut self.doc);
        }
        let place = step.place();
        self.redo.push(step);
        Some(place)
    }

    /// Does again the last step undone; where it was.
    pub fn redo(&mut self) -> Option<Path> {
        let step = self.redo.pop()?;
        self.typing = None;
        for op in &step.0 {
            op.apply(&mut self.doc);
        }
        let place = step.place();
        self.undo.push(step);
        Some(place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn title() -> Path {
        Path::root().key("title")
    }

    #[test]
    fn typing_in_one_field_is_one_step_until_sealed() {
        let mut e = Editor::new(json!({"title": ""}));
        for t in ["B", "Ba", "Ban", "Bank"] {
            assert!(e.set(&title(), Some(json!(t))));
        }
        e.seal();
        e.set(&title(), Some(json!("Bank A")));
        assert_eq!(e.undo.len(), 2);
        assert_eq!(e.undo(), Some(title()));
        assert_eq!(e.doc(), &json!({"title": "Bank"}));
        e.undo();
        assert_eq!(e.doc(), &json!({"title": ""}));
        assert!(!e.can_undo());
        e.redo();
        e.redo();
        assert_eq!(e.doc(), &json!({"title": "Bank A"}));
    }

    #[test]
    fn another_field_starts_another_step_and_an_edit_clears_redo() {
        let mut e = Editor::new(json!({"title": "", "id": ""}));
        e.set(&title(), Some(json!("T")));
        e.set(&Path::root().key("id"), Some(json!("i")));
        e.set(&title(), Some(json!("T2")));
        assert_eq!(e.undo.len(), 3);
        e.undo();
        assert!(e.can_redo());
        e.set(&Path::root().key("id"), Some(json!("j")));
        assert!(!e.can_redo());
    }

    #[test]
    fn list_edits_undo_and_redo() {
        let start = json!({"items": [{"id": "a"}, {"id": "b"}, {"id": "c"}]});
        let items = Path::root().key("items");
        let mut e = Editor::new(start.clone());
        assert!(e.insert(&items, 1, json!({"id": "x"})));
        assert!(e.remove(&items, 0));
        assert!(e.move_to(&items, 0, 2));
        assert!(e.replace(&items.index(0), json!({"id": "y"})));
        assert_eq!(
            e.doc(),
            &json!({"items": [{"id": "y"}, {"id": "c"}, {"id": "x"}]})
        );
        while e.undo().is_some() {}
        assert_eq!(e.doc(), &start);
        while e.redo().is_some() {}
        assert_eq!(
            e.doc(),
            &json!({"items": [{"id": "y"}, {"id": "c"}, {"id": "x"}]})
        );
    }

    #[test]
    fn a_step_that_does_not_fit_is_not_applied_nor_recorded() {
        let mut e = Editor::new(json!({"items": []}));
        let items = Path::root().key("items");
        assert!(!e.remove(&items, 0));
        assert!(!e.move_to(&items, 0, 0));
        let ok = Op::Insert {
            list: items.clone(),
            index: 0,
            value: json!(1),
        };
        let bad = Op::Insert {
            list: items.clone(),
            index: 5,
            value: json!(2),
        };
        assert!(!e.apply(vec![ok, bad]));
        assert_eq!(e.doc(), &json!({"items": []}));
        assert!(!e.can_undo());
        assert!(
            !e.set(&Path::root().key("items"), Some(json!([]))),
            "no change, no step"
        );
    }

    #[test]
    fn history_is_bounded() {
        let mut e = Editor::new(json!({"n": 0}));
        for n in 0..(MAX_STEPS + 20) {
            e.seal();
            e.set(&Path::root().key("n"), Some(json!(n + 1)));
        }
        assert_eq!(e.undo.len(), MAX_STEPS);
    }
}
