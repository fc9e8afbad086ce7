//! What is wrong with a file, and where: a path such as `items[12].options[3].credit`, with the
//! line and column in the source text when it can be found.

use std::fmt;

/// One step of a path into a JSON document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path into a JSON document, e.g. `items[12].options[3].credit`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }
    pub fn key(&self, k: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Key(k.to_owned()));
        p
    }
    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Seg::Key(k) if first => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

/// How bad a problem is: errors make a file unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong, as data; `crate::i18n` turns it into a sentence in either language.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The file is larger than the app accepts.
    TooLarge { bytes: u64, limit: u64 },
    /// The file is not UTF-8 text; `byte` is the 1-based place of the first bad byte.
    NotUtf8 { byte: u64 },
    /// Not UTF-8, so read as Windows-1252 (a warning; `byte` as in `NotUtf8`).
    ReadAsWindows1252 { byte: u64 },
    /// The browser could not read the file at all.
    Unreadable,
    /// A file of the site could not be fetched: the server's HTTP status, or none (no connection).
    NotFetched { url: String, status: Option<u16> },
    /// The text is not JSON; `detail` is the parser's (English) message.
    Syntax { what: SyntaxKind, detail: String },
    /// The document names another format (e.g. a results file given as a bank).
    WrongFormat { expected: String, found: String },
    /// A newer format version than this app reads.
    NewerVersion { found: u64, supported: u32 },
    /// An unknown (e.g. zero or negative) format version.
    BadVersion { found: String },
    /// A required field is absent.
    Missing { field: String },
    /// A field this format does not know (often a typo).
    UnknownField { field: String, expected: String },
    /// An item kind (or other tag) this format does not know.
    UnknownVariant { found: String, expected: String },
    /// A field that belongs to other item kinds, not this one.
    FieldNotForKind { field: String, kind: String },
    /// A value of the wrong type, e.g. text where a number belongs.
    WrongType { found: JsonKind, expected: JsonKind },
    /// Any other structural problem the parser reported.
    Structure { detail: String },
    /// A CSV cell opens a double quote that is never closed.
    UnclosedQuote,
    /// A spreadsheet's rows could not be read as CSV (the reader's own words).
    CsvUnreadable { detail: String },
    /// A situational item's credits in a spreadsheet are not written as `a=1; b=0,5`.
    CreditList { found: String },
    /// GIFT: a `::title::` that is opened and never closed.
    GiftTitleOpen,
    /// GIFT: answers opened with `{` and never closed with `}`.
    GiftAnswersOpen,
    /// In a .zip: an entry that is not a `.json` results file (skipped).
    ZipNotJson,
    /// In a .zip: an entry larger than a results file can be.
    ZipEntryTooLarge { limit: u64 },
    /// In a .zip: an entry packed in a way this app cannot unpack (or encrypted).
    ZipUnsupported,
    /// The .zip archive, or one of its entries, is damaged.
    ZipDamaged,
    /// A QR code that is not a Pilar Siap results code.
    QrNotOurs,
    /// A Pilar Siap results code that does not read (damaged, or cut short).
    QrDamaged,
    /// A results code made with a bank this device does not have.
    QrUnknownBank { bank: String },
    /// A text that must not be empty is empty.
    Empty,
    /// A text longer than the limit.
    TooLong { chars: usize, max: usize },
    /// A text holds an invisible direction override or zero-width character (`U+202E`).
    HiddenCharacter { code: String },
    /// A list longer than the limit.
    TooMany { count: usize, max: usize },
    /// A list shorter than needed.
    TooFew { count: usize, min: usize },
    /// An id used twice; `first` is where it was first used.
    DuplicateId { id: String, first: String },
    /// An id with characters other than a-z, 0-9, '-' and '_'.
    BadId { id: String },
    /// A reference to a competency that does not exist.
    UnknownCompetency { id: String },
    /// A reference to a role that does not exist.
    UnknownRole { id: String },
    /// A reference to a source that does not exist.
    UnknownSource { id: String },
    /// A number outside its allowed range.
    OutOfRange { value: f64, min: f64, max: f64 },
    /// Rubric thresholds must rise from one level to the next.
    ThresholdOrder { previous: f64, value: f64 },
    /// The first rubric level must start at 0.
    FirstThresholdNotZero { value: f64 },
    /// A single-choice item needs exactly one correct option.
    CorrectCount { count: usize },
    /// A multiple-choice item needs at least one correct option.
    NoCorrect,
    /// A situational item needs an option with full credit (1).
    NoFullCredit,
    /// A link that is not http(s).
    BadUrl { url: String },
    /// The same question text appears twice (warning).
    DuplicateQuestion { first: String },
    /// A competency no item measures (warning).
    UnmeasuredCompetency { id: String },
    /// A role no item applies to beyond the shared ones (warning).
    NoItemsForRole { id: String },
    /// Results: the file's answers give other scores than the ones it stores.
    ScoreMismatch { stored: String, computed: String },
    /// Results: the file was made with another bank (or another version of it).
    OtherBank { expected: String, found: String },
    /// Results: an answer does not fit its item (e.g. an option that does not exist): the file
    /// was changed.
    AnswerMismatch,
    /// Results: an item of a kind other than the bank's: the file was changed.
    KindMismatch { stored: String, bank: String },
    /// Results: an item the bank does not have.
    UnknownItem { id: String },
    /// Results: the same participant and start as `first`, with other answers; only the first
    /// counts.
    DuplicateDiffers { first: String },
    /// A date/time that is not ISO 8601 UTC.
    BadTime { text: String },
    /// A results file finished before it started.
    FinishedBeforeStart { started: String, finished: String },
    /// The answer-cue analysis found a way to score without reading the questions (warning).
    Cue(Box<crate::domain::bank::cues::CueWarning>),
    /// A bank's hash that is not 64 lowercase hexadecimal digits.
    BadHash { text: String },
    /// A bank's language that is not a BCP 47 tag like `id` or `en`.
    BadLanguage { tag: String },
    /// An item without a source (a warning: imported questions often have none yet).
    NoSource,
    /// A question of a kind no item kind holds (Moodle's type name, e.g. `numerical`), skipped.
    UnsupportedQuestion { kind: String, title: String },
    /// Aiken: a question without an `ANSWER:` line after its options, skipped.
    AikenNoAnswer,
    /// Aiken: the `ANSWER:` letter is not one of the question's options, skipped.
    AikenAnswerUnknown { letter: String },
    /// Aiken: a question with fewer than two options, skipped.
    AikenFewOptions,
    /// XML that cannot be read; `detail` is the parser's own words.
    XmlUnreadable { detail: String },
    /// XML whose root is not Moodle's `<quiz>`.
    XmlNotQuiz { found: String },
}

/// What kind of JSON syntax error the parser found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// The text ends before the JSON does (a cut-off file).
    Truncated,
    /// A value is missing, e.g. two commas in a row.
    ExpectedValue,
    /// A comma before a closing bracket.
    TrailingComma,
    /// A comma or closing bracket is missing.
    ExpectedCommaOrClose,
    /// A colon after a field name is missing.
    ExpectedColon,
    /// A field name without quotes.
    KeyNotString,
    /// Text after the end of the JSON value.
    TrailingCharacters,
    /// Nesting deeper than the parser allows.
    TooDeep,
    /// A raw line break or control character inside a text.
    ControlCharacter,
    /// A bad backslash escape or code point.
    BadEscape,
    /// A number that is malformed or too large.
    BadNumber,
    /// Anything else.
    Other,
}

/// The kinds of JSON value, as a parser's message names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Text,
    Number,
    WholeNumber,
    Bool,
    List,
    Object,
    Null,
    Other,
}

/// One problem, located.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub kind: ProblemKind,
    pub path: Path,
    /// 1-based line and column in the source text, when known.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// A text of more than `limit` bytes is refused whole, before any parsing, with the limit named.
pub fn check_size(bytes: u64, limit: u64) -> Result<(), Problem> {
    if bytes > limit {
        Err(Problem::error(
            Path::root(),
            ProblemKind::TooLarge { bytes, limit },
        ))
    } else {
        Ok(())
    }
}

impl Problem {
    pub fn error(path: Path, kind: ProblemKind) -> Self {
        Problem {
            severity: Severity::Error,
            kind,
            path,
            line: None,
            column: None,
        }
    }
    pub fn warning(path: Path, kind: ProblemKind) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, kind)
        }
    }
    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Collects problems while a document is checked.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn error(&mut self, path: Path, kind: ProblemKind) {
        self.0.push(Problem::error(path, kind));
    }
    pub fn warning(&mut self, path: Path, kind: ProblemKind) {
        self.0.push(Problem::warning(path, kind));
    }
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Problem::is_error)
    }
}
