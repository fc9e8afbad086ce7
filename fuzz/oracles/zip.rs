//! The group view's .zip reader (archives of results files from strangers): never more than the
//! limit inflated per entry, and every entry either read or skipped with a reason.
use pilar_siap::domain::cohort::zip::{read_zip, ZipEntry};

const LIMIT: u64 = 64 * 1024;

pub fn check(data: &[u8]) {
    if let Ok(entries) = read_zip(data, LIMIT) {
        for e in entries {
            if let ZipEntry::File { bytes, .. } = e {
                assert!(bytes.len() as u64 <= LIMIT);
            }
        }
    }
}
