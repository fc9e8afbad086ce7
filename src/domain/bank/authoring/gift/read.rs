//! Reading GIFT: questions are separated by blank lines; comments before a question carry its
//! metadata. Every problem is reported with the line (and column) of the question.

use super::question::question;
use super::GIFT_FILE;
use crate::domain::bank::authoring::text::{number, part, slug};
use crate::domain::bank::authoring::{defaults, FileProblem};
use crate::domain::bank::{validate, Bank, CompetencyWeight, Source};
use crate::domain::format::problem::{Path, Problem, ProblemKind as K, Problems, Seg};

/// What the comments before a question said.
#[derive(Default)]
pub(super) struct Meta {
    pub(super) id: Option<String>,
    pub(super) tags: Vec<CompetencyWeight>,
    pub(super) source: Option<(String, String)>,
    pub(super) roles: Vec<String>,
    pub(super) kind: Option<String>,
}

/// Reads `// [tag:x]`, `// [id:x]`, `// sumber: …`, `// peran: …`, `// jenis: …`. A directive
/// line (`bank:`, `sumber-daftar:`, `sumber:`, `peran:`, `jenis:`) is taken whole: brackets in a
/// title stay text and never become an item's markers.
fn read_comment(line: &str, meta: &mut Meta, bank: &mut Bank) {
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

/// Reads a bank from GIFT text.
pub fn import_gift(text: &str) -> (Option<Bank>, Vec<FileProblem>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let Some(mut bank) = defaults::frame() else {
        return (None, out);
    };
    let mut category: Option<String> = None;
    let mut meta = Meta::default();
    let mut block = String::new();
    let mut block_line = 0;
    let mut lines = Vec::new();
    let flush = |block: &mut String,
                 line: usize,
                 meta: &mut Meta,
                 bank: &mut Bank,
                 category: &Option<String>,
                 out: &mut Vec<FileProblem>,
                 lines: &mut Vec<usize>| {
        if block.trim().is_empty() {
            return;
        }
        let n = bank.items.len();
        if let Some(item) = question(block, line, std::mem::take(meta), category, n, bank, out) {
            bank.items.push(item);
            lines.push(line);
        }
        block.clear();
    };
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let number = i + 1;
        if line.starts_with("//") {
            read_comment(line, &mut meta, &mut bank);
        } else if let Some(c) = line.strip_prefix("$CATEGORY:") {
            flush(
                &mut block, block_line, &mut meta, &mut bank, &category, &mut out, &mut lines,
            );
            let name = c.trim().rsplit('/').next().unwrap_or("").trim();
            category = (!name.is_empty()).then(|| slug(name));
        } else if line.is_empty() {
            flush(
                &mut block, block_line, &mut meta, &mut bank, &category, &mut out, &mut lines,
            );
        } else {
            if block.is_empty() {
                block_line = number;
            }
            block.push_str(raw);
            block.push('\n');
        }
    }
    flush(
        &mut block, block_line, &mut meta, &mut bank, &category, &mut out, &mut lines,
    );
    let mut found = Problems::default();
    validate(&bank, &mut found);
    for mut p in found.0 {
        if let [Seg::Key(k), Seg::Index(i), ..] = p.path.0.as_slice() {
            if k == "items" {
                if let Some(&l) = lines.get(*i) {
                    p = p.at(l, 1);
                }
            }
        }
        out.push(FileProblem::new(GIFT_FILE, p));
    }
    let ok = !out.iter().any(|p| p.problem.is_error());
    (ok.then_some(bank), out)
}

pub(super) fn problem(out: &mut Vec<FileProblem>, line: usize, column: usize, kind: K) {
    out.push(FileProblem::new(
        GIFT_FILE,
        Problem::error(Path::root(), kind).at(line, column),
    ));
}
