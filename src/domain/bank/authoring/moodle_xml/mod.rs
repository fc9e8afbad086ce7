//! Moodle XML, the format Moodle exports and imports question banks in:
//!
//! - `<question type="multichoice">` with `<single>` and each `<answer fraction="…">` — single
//!   or multiple choice, or situational when one answer is chosen and some earn part of the
//!   credit (see [`super::choices`]); `type="truefalse"`; `type="essay"` — an open answer,
//!   `<graderinfo>` its model answer.
//! - `<name>` (the title), `<questiontext format="html|moodle_auto_format|markdown|plain_text">`
//!   (HTML read as plain text: tags dropped, entities decoded, never shown as HTML), CDATA,
//!   `<feedback>` per answer, `<generalfeedback>` (the explanation), `<idnumber>` (the id).
//! - `<question type="category">` sets the category of the questions after it; this app's
//!   comments (`<!-- sumber: … -->`, see [`super::directives`]) are read inside a question.
//!
//! Other types (short answer, numerical, matching, cloze, drag and drop, description) are listed
//! with their line and title, and the rest is imported. Read with `roxmltree` (no DTDs, a node
//! limit), in the trainers' app only.

/// The format's name, as messages say it.
pub const NAME: &str = "Moodle XML";

mod read;
mod write;

pub use read::import_moodle_xml;
pub use write::export_moodle_xml;
