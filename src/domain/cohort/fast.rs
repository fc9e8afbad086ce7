//! A fast path for reading many results files: serde reads a well-formed file straight into
//! typed values, about three times faster than the general reader, which builds a JSON tree
//! first so it can name every problem. Both read through the one definition of the format
//! (`record!`). Anything the fast path does not accept goes to the general reader, so what a
//! file gives (or why it is refused) is the same either way; a property test holds the two to
//! that.

use crate::domain::format::problem::Problem;
use crate::domain::results::{parse_results, ResultsFile, MAX_RESULTS_BYTES, RESULTS_FORMAT};

/// The file read the fast way, or `None` when only the general reader can say. Serde reads
/// through the same definition as the general reader (`record!`), refusing on anything that
/// reader would report.
fn fast(text: &str) -> Option<ResultsFile> {
    let mut r: ResultsFile = serde_json::from_str(text).ok()?;
    // Every earlier version has the current shape (see `RESULTS_FORMAT`'s upgrades).
    let known = (1..=RESULTS_FORMAT.version).contains(&r.format_version);
    r.format_version = RESULTS_FORMAT.version;
    (r.format == RESULTS_FORMAT.name && known).then_some(r)
}

/// Reads a results file: the fast way when it can, else the general reader (same outcome).
pub fn parse_results_fast(text: &str) -> Result<ResultsFile, Vec<Problem>> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if (body.len() as u64) <= MAX_RESULTS_BYTES {
        if let Some(r) = fast(body) {
            return Ok(r);
        }
    }
    parse_results(text)
}
