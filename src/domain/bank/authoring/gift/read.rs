//! Reading GIFT: questions are separated by blank lines; comments before a question carry its
//! metadata ([`directives`]); `$CATEGORY:` sets the category of the questions after it. Every
//! problem is reported with the line (and column) of the question.

use super::question::question;
use crate::domain::bank::authoring::categories::{last_segment, Mapping};
use crate::domain::bank::authoring::directives::{read_comment, Meta};
use crate::domain::bank::authoring::draft::{Draft, Imported};

/// What is read so far: the question block, where it starts, its comments and the category.
struct Reader {
    draft: Draft,
    category: String,
    meta: Meta,
    block: String,
    line: usize,
}

impl Reader {
    /// The question block read so far becomes an item (or a problem).
    fn flush(&mut self) {
        if self.block.trim().is_empty() {
            return;
        }
        let meta = std::mem::take(&mut self.meta);
        let block = std::mem::take(&mut self.block);
        if let Some(item) = question(&block, self.line, meta, &self.category, &mut self.draft) {
            self.draft.push(item, self.line);
        }
    }
}

/// Reads a bank from GIFT text. Questions without a `$CATEGORY` take the file's name (`file`
/// without its extension) as their category; problems are about `file`.
pub fn import_gift(text: &str, file: &str, mapping: &Mapping) -> Imported {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(draft) = Draft::new(file) else {
        return Imported::default();
    };
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let mut r = Reader {
        draft,
        category: last_segment(stem),
        meta: Meta::default(),
        block: String::new(),
        line: 0,
    };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with("//") {
            read_comment(line, &mut r.meta, &mut r.draft.bank);
        } else if let Some(c) = line.strip_prefix("$CATEGORY:") {
            r.flush();
            let name = last_segment(c);
            if !name.is_empty() {
                r.category = name;
            }
        } else if line.is_empty() {
            r.flush();
        } else {
            if r.block.is_empty() {
                r.line = i + 1;
            }
            r.block.push_str(raw);
            r.block.push('\n');
        }
    }
    r.flush();
    r.draft.finish(mapping)
}
