//! Reading any of the app's JSON formats straight from text (one serde path, so little code in
//! the browser build): syntax errors with line and column, the `format` and `format_version`
//! checked whenever the typed reading fails, and parts of a document (each item of a bank) read on
//! their own so that every broken part is reported, each at its own line and column.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::problem::{Path, Problem, ProblemKind};
use super::serde_msg::{problem_from_serde, syntax_kind};

/// Reads a whole document of format `format` (newest version `supported`).
pub fn read_document<T: DeserializeOwned>(
    text: &str,
    format: &str,
    supported: u32,
) -> Result<T, Problem> {
    serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            return syntax_problem(&e);
        }
        // A file of another kind or version fails the typed reading too: say that instead.
        check_header(text, format, supported)
            .err()
            .map(|mut p| {
                super::locate::locate_all(text, std::slice::from_mut(&mut p));
                p
            })
            .unwrap_or_else(|| from_serde(&Path::root(), &e, (1, 1)))
    })
}

/// Reads one part of a document (e.g. `items[3]`), whose text starts at `origin` (line, column)
/// of the whole document.
pub fn read_part<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    origin: (usize, usize),
) -> Result<T, Problem> {
    serde_json::from_str(text).map_err(|e| from_serde(path, &e, origin))
}

/// A syntax error with serde_json's line and column.
pub fn syntax_problem(e: &serde_json::Error) -> Problem {
    let detail = strip_position(&e.to_string()).to_owned();
    let what = syntax_kind(&detail);
    Problem::error(Path::root(), ProblemKind::Syntax { what, detail }).at(e.line(), e.column())
}

/// A serde data error at `path`, its position moved by `origin`.
fn from_serde(path: &Path, e: &serde_json::Error, origin: (usize, usize)) -> Problem {
    let mut p = problem_from_serde(path.clone(), strip_position(&e.to_string()));
    // Point at the field itself where the message names it.
    if let ProblemKind::UnknownField { field, .. } = &p.kind {
        p.path = p.path.key(field);
    }
    let (line, column) = if e.line() <= 1 {
        (origin.0, origin.1 + e.column().saturating_sub(1))
    } else {
        (origin.0 + e.line() - 1, e.column())
    };
    if e.line() == 0 {
        p
    } else {
        p.at(line, column)
    }
}

fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(msg),
        None => msg,
    }
}

/// The two fields every format has; everything else is skipped.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    format_version: Option<f64>,
}

/// Checks `format` and `format_version`, so a file of another kind or a newer version gets that
/// message rather than a list of field errors.
pub fn check_header(text: &str, expected: &str, supported: u32) -> Result<(), Problem> {
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            syntax_problem(&e)
        } else {
            from_serde(&Path::root(), &e, (1, 1))
        }
    })?;
    let format = header.format.unwrap_or_default();
    if format != expected {
        return Err(Problem::error(
            Path::root().key("format"),
            ProblemKind::WrongFormat {
                expected: expected.to_owned(),
                found: format.chars().take(80).collect(),
            },
        ));
    }
    let path = Path::root().key("format_version");
    match header.format_version {
        None => Err(Problem::error(
            path,
            ProblemKind::Missing {
                field: "format_version".into(),
            },
        )),
        Some(v) if v.fract() != 0.0 || v < 1.0 => Err(Problem::error(
            path,
            ProblemKind::BadVersion {
                found: serde_json::to_string(&v).unwrap_or_default(),
            },
        )),
        Some(v) if v > f64::from(supported) => Err(Problem::error(
            path,
            ProblemKind::NewerVersion {
                found: v.min(u64::MAX as f64) as u64,
                supported,
            },
        )),
        Some(_) => Ok(()),
    }
}
