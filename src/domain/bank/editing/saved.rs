//! Drafts as the device keeps them: each draft (the document, where the trainer was, and the
//! last steps of its history) under its own key, and a list of every draft with its title and
//! time, to choose one to go on with.

use super::edit::Op;
use super::editor::{Editor, Step};
use crate::domain::format::envelope::Format;
use crate::domain::format::json::{as_list, to_text, Obj, Value};
use crate::domain::format::problem::{JsonKind, Path, Problem, Problems, Seg};
use crate::domain::format::record::Json;

/// The `format` of one saved draft.
pub const DRAFT_FORMAT: Format = Format::first("pilar-siap/bank-draft");
/// The `format` of the list of drafts.
pub const DRAFTS_FORMAT: Format = Format::first("pilar-siap/bank-drafts");
/// How many steps of history a saved draft keeps (undo after a reload reaches this far).
pub const SAVED_STEPS: usize = 100;

/// A draft as saved: what is being edited, where, and its recent history. (Read and written by
/// hand, not by `record!`: the group view's fast path never reads it.)
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDraft {
    pub id: String,
    /// When it was last changed, in milliseconds since 1970 (UTC).
    pub saved: i64,
    /// The part the trainer had open.
    pub at: Path,
    pub doc: Value,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
}

crate::record! {
    /// A draft as the list shows it.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DraftEntry {
        pub id: String,
        pub title: String,
        pub saved: i64,
        pub items: u32,
    }
}

crate::record! {
    /// Every draft, the last changed first.
    #[derive(Debug, Clone, Default, PartialEq)]
    pub struct DraftList {
        pub drafts: Vec<DraftEntry>,
    }
}

impl SavedDraft {
    /// `editor` saved at `now` with the part open at `at`.
    pub fn of(id: &str, editor: &Editor, at: &Path, now: i64) -> Self {
        SavedDraft {
            id: id.to_owned(),
            saved: now,
            at: at.clone(),
            doc: editor.doc().clone(),
            undo: last_steps(&editor.undo).to_vec(),
            redo: last_steps(&editor.redo).to_vec(),
        }
    }

    /// What [`SavedDraft::of`] would store, written without copying the document (a bank of
    /// 200 items is 300 KB of JSON, saved at every keystroke).
    pub fn storage_text(id: &str, editor: &Editor, at: &Path, now: i64) -> String {
        let steps = |s: &[Step]| Value::Array(last_steps(s).iter().map(Step::write).collect());
        let head = DRAFT_FORMAT
            .start()
            .str("id", id)
            .val("saved", now.write())
            .val("at", at.write())
            .val("undo", steps(&editor.undo))
            .val("redo", steps(&editor.redo))
            .done();
        let head = to_text(&head);
        let body = head.strip_suffix('}').unwrap_or(&head);
        format!("{body},\"doc\":{}}}", to_text(editor.doc()))
    }

    /// The editor again, with its history.
    pub fn editor(&self) -> Editor {
        Editor::with_history(self.doc.clone(), self.undo.clone(), self.redo.clone())
    }

    /// How the list shows it.
    pub fn entry(&self) -> DraftEntry {
        DraftEntry::of(&self.id, &self.doc, self.saved)
    }

    pub fn to_storage(&self) -> String {
        let editor = self.editor();
        SavedDraft::storage_text(&self.id, &editor, &self.at, self.saved)
    }

    pub fn from_storage(text: &str) -> Result<SavedDraft, Vec<Problem>> {
        let (d, problems) = DRAFT_FORMAT.read(text, |out, o| {
            let id = o.str(out, "id");
            let saved = o.req_with(out, "saved", i64::read);
            let at = o.req_with(out, "at", Path::read);
            let doc = o.req_with(out, "doc", Value::read);
            let undo = o.req_with(out, "undo", <Vec<Step>>::read);
            let redo = o.req_with(out, "redo", <Vec<Step>>::read);
            Some(SavedDraft {
                id: id?,
                saved: saved?,
                at: at?,
                doc: doc?,
                undo: undo?,
                redo: redo?,
            })
        });
        d.ok_or(problems)
    }
}

/// The last [`SAVED_STEPS`] of a history.
fn last_steps(steps: &[Step]) -> &[Step] {
    steps
        .get(steps.len().saturating_sub(SAVED_STEPS)..)
        .unwrap_or_default()
}

impl DraftEntry {
    /// The entry of draft `id` of `doc`, saved at `saved`: its title (else its id) and items.
    pub fn of(id: &str, doc: &Value, saved: i64) -> Self {
        let text = |k: &str| doc.get(k).and_then(Value::as_str).unwrap_or_default();
        let title = match text("title").trim() {
            "" => text("id").to_owned(),
            t => t.to_owned(),
        };
        let items = doc
            .get("items")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        DraftEntry {
            id: id.to_owned(),
            title,
            saved,
            items: u32::try_from(items).unwrap_or(u32::MAX),
        }
    }
}

impl DraftList {
    /// Puts `entry` first (replacing the entry of the same draft).
    pub fn touch(&mut self, entry: DraftEntry) {
        self.drafts.retain(|d| d.id != entry.id);
        self.drafts.insert(0, entry);
    }

    pub fn remove(&mut self, id: &str) {
        self.drafts.retain(|d| d.id != id);
    }

    pub fn to_storage(&self) -> String {
        to_text(&self.write_fields(DRAFTS_FORMAT.start()).done())
    }

    pub fn from_storage(text: &str) -> Result<DraftList, Vec<Problem>> {
        let (d, problems) = DRAFTS_FORMAT.read(text, DraftList::read_fields);
        d.ok_or(problems)
    }
}

/// A path as a list of keys (texts) and indices (whole numbers).
impl Json for Path {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        let segs = as_list(out, v, p, |out, v, p| match v {
            Value::String(k) => Some(Seg::Key(k.clone())),
            _ => usize::read(out, v, p).map(Seg::Index),
        })?;
        Some(Path(segs))
    }
    fn write(&self) -> Value {
        let seg = |s: &Seg| match s {
            Seg::Key(k) => Value::from(k.as_str()),
            Seg::Index(i) => Value::from(*i),
        };
        Value::Array(self.0.iter().map(seg).collect())
    }
}

/// A step as the list of its changes.
impl Json for Step {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        as_list(out, v, p, Op::read).map(Step)
    }
    fn write(&self) -> Value {
        Value::Array(self.0.iter().map(Op::write).collect())
    }
}

/// A change as `{"op": "set", "path": […], "old": …, "new": …}` (and `insert`, `remove` with
/// `list`, `index` and `value`; `move` with `list`, `from` and `to`).
impl Json for Op {
    fn read(out: &mut Problems, v: &Value, p: &Path) -> Option<Self> {
        let mut o = Obj::new(out, v, p)?;
        let op = match o.str(out, "op")?.as_str() {
            "set" => Op::Set {
                path: o.req_with(out, "path", Path::read)?,
                old: o.opt_with(out, "old", Value::read),
                new: o.opt_with(out, "new", Value::read),
            },
            "insert" | "remove" => {
                let list = o.req_with(out, "list", Path::read)?;
                let index = o.req_with(out, "index", usize::read)?;
                let value = o.req_with(out, "value", Value::read)?;
                match v.get("op").and_then(Value::as_str) {
                    Some("insert") => Op::Insert { list, index, value },
                    _ => Op::Remove { list, index, value },
                }
            }
            "move" => Op::Move {
                list: o.req_with(out, "list", Path::read)?,
                from: o.req_with(out, "from", usize::read)?,
                to: o.req_with(out, "to", usize::read)?,
            },
            _ => {
                let expected = JsonKind::Text;
                out.error(
                    p.key("op"),
                    crate::domain::format::json::wrong_type(v, expected),
                );
                return None;
            }
        };
        o.finish(out);
        Some(op)
    }
    fn write(&self) -> Value {
        use crate::domain::format::json::Enc;
        let opt = |e: Enc, k: &str, v: &Option<Value>| match v {
            Some(v) => e.val(k, v.clone()),
            None => e,
        };
        match self {
            Op::Set { path, old, new } => {
                let e = Enc::new().str("op", "set").val("path", path.write());
                opt(opt(e, "old", old), "new", new).done()
            }
            Op::Insert { list, index, value } | Op::Remove { list, index, value } => {
                let name = if matches!(self, Op::Insert { .. }) {
                    "insert"
                } else {
                    "remove"
                };
                Enc::new()
                    .str("op", name)
                    .val("list", list.write())
                    .val("index", Value::from(*index))
                    .val("value", value.clone())
                    .done()
            }
            Op::Move { list, from, to } => Enc::new()
                .str("op", "move")
                .val("list", list.write())
                .val("from", Value::from(*from))
                .val("to", Value::from(*to))
                .done(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bank::editing::parts;
    use crate::domain::bank::ItemKind;

    #[test]
    fn a_draft_round_trips_with_its_history_and_place() {
        let mut e = Editor::new(parts::empty_bank());
        let items = Path::root().key("items");
        e.set(&Path::root().key("title"), Some(Value::from("Bank Tagana")));
        e.insert(&items, 0, parts::item(ItemKind::Situational, "s1", None));
        e.insert(&items, 1, parts::item(ItemKind::TrueFalse, "t1", None));
        e.move_to(&items, 1, 0);
        e.remove(&items, 1);
        e.set(&Path::root().key("description"), Some(Value::from("x")));
        e.undo();
        let at = items.index(0).key("prompt");
        let saved = SavedDraft::of("d1", &e, &at, 1_764_000_000_000);
        let text = SavedDraft::storage_text("d1", &e, &at, 1_764_000_000_000);
        let back = SavedDraft::from_storage(&text).expect("reads");
        assert_eq!(back, saved);
        let mut again = back.editor();
        assert_eq!(again.doc(), e.doc());
        while again.undo().is_some() {}
        assert_eq!(
            again.doc(),
            &parts::empty_bank(),
            "undo reaches the start after a reload"
        );
        assert_eq!(saved.entry().title, "Bank Tagana");
        assert_eq!(saved.entry().items, 1);
    }

    #[test]
    fn a_damaged_draft_is_refused_with_its_problems() {
        assert!(SavedDraft::from_storage("{").is_err());
        let bad = r#"{"format":"pilar-siap/bank-draft","format_version":1,"id":"d","saved":1,"at":[-1],"doc":{},"undo":[[{"op":"jump"}]],"redo":[]}"#;
        let problems = SavedDraft::from_storage(bad).err().unwrap_or_default();
        assert_eq!(problems.len(), 2, "{problems:#?}");
    }

    #[test]
    fn the_list_puts_the_last_changed_draft_first() {
        let mut list = DraftList::default();
        for id in ["a", "b", "a"] {
            list.touch(DraftEntry {
                id: id.into(),
                title: id.into(),
                saved: 1,
                items: 0,
            });
        }
        assert_eq!(
            list.drafts
                .iter()
                .map(|d| d.id.as_str())
                .collect::<Vec<_>>(),
            vec!["a", "b"]
        );
        let back = DraftList::from_storage(&list.to_storage()).expect("reads");
        assert_eq!(back, list);
        list.remove("a");
        assert_eq!(list.drafts.len(), 1);
    }
}
