//! This app's own comments in a question file, which Moodle ignores: `// [id:x] [tag:x:0.5]`,
//! `// sumber: <source> | <where in it>`, `// peran: psm, tksk`, `// jenis: situasi`, and for the
//! bank `// bank: id | title | version` and `// sumber-daftar: id | title | url`. GIFT writes
//! them as `//` lines, Moodle XML as `<!-- … -->` comments; both read them here.

use super::text::{number, part, slug};
use crate::domain::bank::{Bank, CompetencyWeight, Item, ItemBody, ItemCommon, Source, SourceRef};
use crate::domain::format::number::plain;

/// What the comments before a question said.
#[derive(Default)]
pub struct Meta {
    pub id: Option<String>,
    pub tags: Vec<CompetencyWeight>,
    pub source: Option<(String, String)>,
    pub roles: Vec<String>,
    pub kind: Option<String>,
}

/// Reads `// [tag:x]`, `// [id:x]`, `// sumber: …`, `// peran: …`, `// jenis: …`. A directive
/// line (`bank:`, `sumber-daftar:`, `sumber:`, `peran:`, `jenis:`) is taken whole: brackets in a
/// title stay text and never become an item's markers.
pub fn read_comment(line: &str, meta: &mut Meta, bank: &mut Bank) {
    let body = line.trim_start_matches('/').trim();
    let lower = body.to_lowercase();
    let value = |prefix: &str| body.get(prefix.len()..).map(|v| v.trim().to_owned());
    if lower.starts_with("sumber-daftar:") {
        let parts: Vec<String> = value("sumber-daftar:")
            .unwrap_or_default()
            .split('|')
            .map(|p| p.trim().to_owned())
            .collect();
        if let [id, title, url @ ..] = parts.as_slice() {
            bank.sources.push(Source {
                id: id.clone(),
                title: title.clone(),
                url: url.first().cloned().unwrap_or_default(),
            });
        }
    } else if lower.starts_with("sumber:") {
        let v = value("sumber:").unwrap_or_default();
        let (s, locator) = v.split_once('|').unwrap_or((&v, ""));
        meta.source = Some((s.trim().to_owned(), locator.trim().to_owned()));
    } else if lower.starts_with("peran:") {
        meta.roles = value("peran:")
            .unwrap_or_default()
            .split([',', ';'])
            .map(|r| r.trim().to_owned())
            .filter(|r| !r.is_empty())
            .collect();
    } else if lower.starts_with("jenis:") {
        meta.kind = value("jenis:");
    } else if lower.starts_with("bank:") {
        let parts: Vec<String> = value("bank:")
            .unwrap_or_default()
            .split('|')
            .map(|p| p.trim().to_owned())
            .collect();
        if let [id, title, version] = parts.as_slice() {
            bank.id = id.clone();
            bank.title = title.clone();
            bank.version = version.clone();
        }
    } else {
        read_markers(body, meta);
    }
}

/// Reads the `[id:x]` and `[tag:x]` / `[tag:x:0.5]` markers of a comment line.
fn read_markers(body: &str, meta: &mut Meta) {
    let mut rest = body;
    while let Some(start) = rest.find('[') {
        let Some(end) = part(rest, start..).find(']') else {
            break;
        };
        let inner = part(rest, start + 1..start + end);
        if let Some(id) = inner.strip_prefix("id:") {
            meta.id = Some(id.trim().to_owned());
        } else if let Some(tag) = inner.strip_prefix("tag:") {
            let (name, weight) = match tag.rsplit_once(':') {
                Some((n, w)) if number(w).is_some() => (n, number(w).unwrap_or(1.0)),
                _ => (tag, 1.0),
            };
            meta.tags.push(CompetencyWeight {
                id: slug(name),
                weight,
            });
        }
        rest = part(rest, start + end + 1..);
    }
}

impl Meta {
    /// The item's source from `// sumber: …` ([`source_id`]); `None` when the file gives none
    /// (a warning, not an error).
    pub fn source_ref(&mut self, bank: &mut Bank) -> Option<SourceRef> {
        let (source, locator) = self.source.take()?;
        Some(SourceRef {
            source: source_id(bank, &source)?,
            locator,
        })
    }

    /// The item's competencies: its `[tag:…]` markers, else the file's category.
    pub fn competencies(&mut self, category: Option<&str>) -> Vec<CompetencyWeight> {
        if self.tags.is_empty() {
            category
                .map(|c| CompetencyWeight {
                    id: c.to_owned(),
                    weight: 1.0,
                })
                .into_iter()
                .collect()
        } else {
            std::mem::take(&mut self.tags)
        }
    }

    /// The item's fields as the comments and the file give them: the id from `[id:…]`, else
    /// `file_id`, else the title's slug, else `{prefix}-{n}` (the item's number); the source,
    /// competencies (`category` when no `[tag:…]`) and roles.
    #[allow(clippy::too_many_arguments)]
    pub fn common(
        mut self,
        bank: &mut Bank,
        file_id: Option<String>,
        title: &str,
        prefix: &str,
        category: Option<&str>,
        prompt: String,
        explanation: String,
    ) -> ItemCommon {
        let n = bank.items.len() + 1;
        let id = self
            .id
            .take()
            .or(file_id)
            .filter(|i| !i.is_empty())
            .unwrap_or_else(|| match slug(title) {
                s if s.is_empty() => format!("{prefix}-{n}"),
                s => s,
            });
        ItemCommon {
            id,
            prompt,
            competencies: self.competencies(category),
            source: self.source_ref(bank),
            roles: self.roles,
            explanation,
        }
    }

    /// Whether `// jenis: situasi` said the item is a situation.
    pub fn situational(&self) -> bool {
        self.kind.as_deref().is_some_and(|k| k.starts_with("situ"))
    }
}

/// The comments that say what a question file cannot: id, competencies, source, roles, kind.
pub fn comment_lines(item: &Item) -> Vec<String> {
    let c = &item.common;
    let tags: Vec<String> = c
        .competencies
        .iter()
        .map(|w| match w.weight {
            1.0 => format!("[tag:{}]", w.id),
            _ => format!("[tag:{}:{}]", w.id, plain(w.weight)),
        })
        .collect();
    let mut lines = vec![format!("[id:{}] {}", c.id, tags.join(" "))];
    match &c.source {
        Some(s) if s.locator.is_empty() => lines.push(format!("sumber: {}", s.source)),
        Some(s) => lines.push(format!("sumber: {} | {}", s.source, s.locator)),
        None => {}
    }
    if !c.roles.is_empty() {
        lines.push(format!("peran: {}", c.roles.join(", ")));
    }
    if matches!(item.body, ItemBody::Situational { .. }) {
        lines.push("jenis: situasi".to_owned());
    }
    lines
}

/// The comments that name the bank and list its sources.
pub fn bank_lines(bank: &Bank) -> Vec<String> {
    let mut lines = vec![format!(
        "bank: {} | {} | {}",
        bank.id, bank.title, bank.version
    )];
    for s in &bank.sources {
        let url = if s.url.is_empty() {
            String::new()
        } else {
            format!(" | {}", s.url)
        };
        lines.push(format!("sumber-daftar: {} | {}{url}", s.id, s.title));
    }
    lines
}

/// The id of the source a `sumber` cell names: an id of the bank, the title of one, or a new
/// source with that title; `None` for an empty cell.
pub fn source_id(bank: &mut Bank, cell: &str) -> Option<String> {
    if cell.is_empty() {
        return None;
    }
    if let Some(s) = bank
        .sources
        .iter()
        .find(|s| s.id == cell || s.title == cell)
    {
        return Some(s.id.clone());
    }
    let base = match slug(cell) {
        s if s.is_empty() => "sumber".to_owned(),
        s => s,
    };
    let mut id = base.clone();
    let mut n = 2;
    while bank.sources.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    bank.sources.push(Source {
        id: id.clone(),
        title: cell.to_owned(),
        url: String::new(),
    });
    Some(id)
}
