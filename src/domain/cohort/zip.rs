//! Reading the `.json` files out of a `.zip` (stored or deflated), with limits checked before
//! anything is inflated, so a hostile archive cannot exhaust memory.

use crate::domain::format::problem::ProblemKind;

/// The most entries an archive may list.
pub const MAX_ENTRIES: usize = 100_000;
/// The most bytes all entries may inflate to.
pub const MAX_TOTAL: u64 = 512 * 1024 * 1024;

/// One entry: its name and its text, or why it was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipEntry {
    /// A member's bytes, decoded as text by whoever reads them (`crate::domain::format::decode`).
    File {
        name: String,
        bytes: Vec<u8>,
    },
    Skipped {
        name: String,
        reason: ZipSkip,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipSkip {
    /// Not a `.json` file.
    NotJson,
    /// Larger than the per-file limit.
    TooLarge,
    /// Compressed in a way this reader does not know, or encrypted.
    Unsupported,
    /// The entry's data is damaged.
    Damaged,
}

impl ZipSkip {
    /// The problem to report for a skipped entry; `limit` is the per-file limit.
    pub fn problem(self, limit: u64) -> ProblemKind {
        match self {
            ZipSkip::NotJson => ProblemKind::ZipNotJson,
            ZipSkip::TooLarge => ProblemKind::ZipEntryTooLarge { limit },
            ZipSkip::Unsupported => ProblemKind::ZipUnsupported,
            ZipSkip::Damaged => ProblemKind::ZipDamaged,
        }
    }
}

/// Why the archive as a whole cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipError {
    NotZip,
    TooManyEntries,
    TooLarge,
    Damaged,
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_le_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn u32_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from(u32::from_le_bytes(
        b.get(at..at + 4)?.try_into().ok()?,
    )))
}

/// Every entry of the archive; `.json` files as text (at most `per_file` bytes each).
pub fn read_zip(bytes: &[u8], per_file: u64) -> Result<Vec<ZipEntry>, ZipError> {
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    let from = bytes.len().saturating_sub(65_557);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(&[0x50, 0x4b, 0x05, 0x06]))
        .ok_or(ZipError::NotZip)?;
    let count = u16_at(bytes, eocd + 10).ok_or(ZipError::Damaged)?;
    let mut at = usize::try_from(u32_at(bytes, eocd + 16).ok_or(ZipError::Damaged)?)
        .map_err(|_| ZipError::Damaged)?;
    if count > MAX_ENTRIES {
        return Err(ZipError::TooManyEntries);
    }
    let (mut out, mut total) = (Vec::with_capacity(count), 0u64);
    for _ in 0..count {
        if bytes.get(at..at + 4) != Some(&[0x50, 0x4b, 0x01, 0x02]) {
            return Err(ZipError::Damaged);
        }
        let flags = u16_at(bytes, at + 8).ok_or(ZipError::Damaged)?;
        let method = u16_at(bytes, at + 10).ok_or(ZipError::Damaged)?;
        let packed = u32_at(bytes, at + 20).ok_or(ZipError::Damaged)?;
        let size = u32_at(bytes, at + 24).ok_or(ZipError::Damaged)?;
        let (name_len, extra, comment) = (
            u16_at(bytes, at + 28).ok_or(ZipError::Damaged)?,
            u16_at(bytes, at + 30).ok_or(ZipError::Damaged)?,
            u16_at(bytes, at + 32).ok_or(ZipError::Damaged)?,
        );
        let local = usize::try_from(u32_at(bytes, at + 42).ok_or(ZipError::Damaged)?)
            .map_err(|_| ZipError::Damaged)?;
        let name = String::from_utf8_lossy(
            bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or(ZipError::Damaged)?,
        )
        .into_owned();
        at += 46 + name_len + extra + comment;
        if name.ends_with('/') {
            continue;
        }
        let skip = |reason| ZipEntry::Skipped {
            name: name.clone(),
            reason,
        };
        if !name.to_lowercase().ends_with(".json") {
            out.push(skip(ZipSkip::NotJson));
            continue;
        }
        if size > per_file {
            out.push(skip(ZipSkip::TooLarge));
            continue;
        }
        total += size;
        if total > MAX_TOTAL {
            return Err(ZipError::TooLarge);
        }
        if flags & 1 == 1 || !(method == 0 || method == 8) {
            out.push(skip(ZipSkip::Unsupported));
            continue;
        }
        let data_at = local
            + 30
            + u16_at(bytes, local + 26).unwrap_or(0)
            + u16_at(bytes, local + 28).unwrap_or(0);
        let Some(data) = usize::try_from(packed)
            .ok()
            .and_then(|p| bytes.get(data_at..data_at + p))
        else {
            out.push(skip(ZipSkip::Damaged));
            continue;
        };
        let raw = if method == 0 {
            Ok(data.to_vec())
        } else {
            miniz_oxide::inflate::decompress_to_vec_with_limit(
                data,
                usize::try_from(per_file).unwrap_or(usize::MAX),
            )
        };
        match raw {
            Ok(bytes) => out.push(ZipEntry::File { name, bytes }),
            Err(_) => out.push(skip(ZipSkip::Damaged)),
        }
    }
    Ok(out)
}
