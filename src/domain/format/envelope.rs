//! The envelope every document the app writes shares: `format` and `format_version` first. They
//! are checked before anything else, so a file of another kind or of a newer version gets that
//! message rather than a list of field errors; an older version is brought up to date by the
//! format's upgrades before it is read.

use super::json::{parse_value, to_text, Enc, Obj, Value};
use super::locate::locate_all;
use super::problem::{JsonKind, Path, Problem, ProblemKind, Problems};

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Format {
    /// The `format` a document carries, e.g. `pilar-siap/results`.
    pub name: &'static str,
    /// The newest `format_version` this app reads, and the one it writes.
    pub version: u32,
    /// `upgrades[i]` turns a version `i + 1` document into version `i + 2` (its `format_version`
    /// included); there is one for every version before `version`.
    pub upgrades: &'static [fn(&mut Value)],
}

/// An upgrade whose only change is the version: the new version adds names or fields an older
/// app cannot read, so it must say "newer version" rather than report them one by one.
pub fn set_version(value: &mut Value, version: u32) {
    if let Some(o) = value.as_object_mut() {
        o.insert("format_version".into(), Value::from(version));
    }
}

/// The most problems reported for one file; a file with more is not worth listing further.
pub const MAX_PROBLEMS: usize = 200;

impl Format {
    /// A format that has had one version so far.
    pub const fn first(name: &'static str) -> Format {
        Format {
            name,
            version: 1,
            upgrades: &[],
        }
    }

    /// A document of this format begun: its header, to which the caller adds the fields.
    pub fn start(&self) -> Enc {
        Enc::new()
            .str("format", self.name)
            .int("format_version", u64::from(self.version))
    }

    /// Reads a document whose fields after the header are read by `fields` from the document's
    /// object (what it leaves unread is reported as unknown).
    pub fn read<T>(
        &self,
        text: &str,
        fields: impl FnOnce(&mut Problems, &mut Obj) -> Option<T>,
    ) -> (Option<T>, Vec<Problem>) {
        self.read_value(text, |out, v| {
            let mut o = Obj::new(out, v, &Path::root())?;
            o.allow("format");
            o.allow("format_version");
            let t = fields(out, &mut o);
            o.finish(out);
            t
        })
    }

    /// Reads a whole document: parse, check the header, upgrade, then `decode` the value; every
    /// problem comes back located (line and column) in `text`, and the value only when there was
    /// no error.
    pub fn read_value<T>(
        &self,
        text: &str,
        decode: impl FnOnce(&mut Problems, &Value) -> Option<T>,
    ) -> (Option<T>, Vec<Problem>) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut value = match parse_value(text) {
            Ok(v) => v,
            Err(p) => return (None, vec![p]),
        };
        let mut problems = Problems::default();
        let decoded = match self.check_header(&value) {
            Ok(found) => {
                self.upgrade(&mut value, found);
                decode(&mut problems, &value)
            }
            Err(p) => {
                problems.0.push(p);
                None
            }
        };
        let mut problems = problems.0;
        problems.truncate(MAX_PROBLEMS);
        locate_all(text, &mut problems);
        let ok = !problems.iter().any(Problem::is_error);
        (decoded.filter(|_| ok), problems)
    }

    /// Brings a version `found` document up to this version.
    pub fn upgrade(&self, value: &mut Value, found: u32) {
        for upgrade in self.upgrades.iter().skip(found.saturating_sub(1) as usize) {
            upgrade(value);
        }
    }

    /// The document's version when it is a document of this format this app can read.
    pub fn check_header(&self, v: &Value) -> Result<u32, Problem> {
        let Some(obj) = v.as_object() else {
            return Err(Problem::error(
                Path::root(),
                super::json::wrong_type(v, JsonKind::Object),
            ));
        };
        let format = obj.get("format").and_then(Value::as_str).unwrap_or("");
        if format != self.name {
            return Err(Problem::error(
                Path::root().key("format"),
                ProblemKind::WrongFormat {
                    expected: self.name.to_owned(),
                    found: format.chars().take(80).collect(),
                },
            ));
        }
        let path = Path::root().key("format_version");
        let Some(v) = obj.get("format_version") else {
            return Err(Problem::error(
                path,
                ProblemKind::Missing {
                    field: "format_version".into(),
                },
            ));
        };
        match v.as_u64() {
            Some(n) if n > u64::from(self.version) => Err(Problem::error(
                path,
                ProblemKind::NewerVersion {
                    found: n,
                    supported: self.version,
                },
            )),
            Some(n) if n >= 1 => Ok(u32::try_from(n).unwrap_or(self.version)),
            _ => Err(Problem::error(
                path,
                ProblemKind::BadVersion {
                    found: to_text(v).chars().take(40).collect(),
                },
            )),
        }
    }
}
