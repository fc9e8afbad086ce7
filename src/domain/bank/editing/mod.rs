//! Sunting Bank: a bank being edited in the trainers' app. The bank is edited as its JSON
//! document (`edit`: changes at paths, each with its inverse), so the one definition of the
//! bank's shape — its reader and writer — also checks every edit: `check` reads the document as
//! the bank checker reads a file and puts each problem at its field. `editor` keeps the history
//! (undo, redo), `parts` makes new parts from the bank's own types, and `saved` is a draft as the
//! device keeps it.

pub mod check;
pub mod edit;
pub mod editor;
pub mod parts;
pub mod saved;

pub use check::{check, check_fields, Findings};
pub use edit::Op;
pub use editor::{Editor, Step};
pub use saved::{DraftEntry, DraftList, SavedDraft};
