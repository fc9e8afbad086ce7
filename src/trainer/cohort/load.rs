//! Reading what a trainer brings into the group view — results files, .zip archives of them, or
//! the group kept on this device — into an intake: files read all at once, checked in chunks as
//! they arrive so the page stays responsive and the progress bar moves.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::bank::CheckedBank;
use crate::domain::cohort::intake::Intake;
use crate::domain::cohort::zip::{read_zip, ZipEntry};
use crate::domain::format::decode::decode;
use crate::domain::format::problem::{Path, Problem, ProblemKind};
use crate::domain::results::history::History;
use crate::domain::results::MAX_RESULTS_BYTES;
use crate::platform::{clock, files};

const CHUNK: usize = 250;
const MAX_ZIP: u64 = 256 * 1024 * 1024;

/// What to read.
#[derive(Clone)]
pub enum Load {
    /// Files dropped or picked.
    Files(Vec<web_sys::File>),
    /// The text of the group kept on this device.
    Stored(String),
}

/// A group read: the intake, and how long reading files took (milliseconds).
#[derive(Clone)]
pub struct Loaded {
    pub intake: Arc<Intake>,
    pub elapsed: Option<f64>,
}

fn is_zip(name: &str) -> bool {
    name.to_lowercase().ends_with(".zip")
}

/// Adds one read file (a results file, or a .zip of them) to the intake.
fn take(intake: &mut Intake, name: &str, bytes: Vec<u8>) {
    if !is_zip(name) {
        return take_text(intake, name, bytes);
    }
    match read_zip(&bytes, MAX_RESULTS_BYTES) {
        Ok(entries) => {
            for e in entries {
                match e {
                    ZipEntry::File { name: inner, bytes } => {
                        take_text(intake, &format!("{name}/{inner}"), bytes)
                    }
                    ZipEntry::Skipped {
                        name: inner,
                        reason,
                    } => intake.reject(
                        &format!("{name}/{inner}"),
                        Problem::error(Path::root(), reason.problem(MAX_RESULTS_BYTES)),
                    ),
                }
            }
        }
        Err(_) => intake.reject(name, Problem::error(Path::root(), ProblemKind::ZipDamaged)),
    }
}

/// Adds one results file, if it is UTF-8 text.
fn take_text(intake: &mut Intake, name: &str, bytes: Vec<u8>) {
    match decode(bytes) {
        Ok(text) => intake.add(name, &text),
        Err(p) => intake.reject(name, p),
    }
}

/// Reads `what` against the known `banks`; `progress` moves as files are checked. Files join
/// the group on screen (`start`: codes scanned, files dropped before), never replace it.
pub async fn load(
    banks: Vec<Arc<CheckedBank>>,
    start: Option<Intake>,
    what: Load,
    progress: RwSignal<(usize, usize)>,
) -> Loaded {
    match what {
        Load::Files(list) => {
            let work = start.unwrap_or_else(|| Intake::new(banks));
            read_files(work, list, progress).await
        }
        Load::Stored(text) => {
            let mut work = Intake::new(banks);
            if let Ok(h) = History::from_storage(&text) {
                for (i, r) in h.entries.iter().enumerate() {
                    work.add(&format!("{i}.json"), &r.to_json());
                }
            }
            Loaded {
                intake: Arc::new(work),
                elapsed: None,
            }
        }
    }
}

async fn read_files(
    mut work: Intake,
    list: Vec<web_sys::File>,
    progress: RwSignal<(usize, usize)>,
) -> Loaded {
    progress.set((0, list.len()));
    let started = js_sys::Date::now();
    // Every read starts at once; the files are then checked in chunks as they arrive.
    let reads = files::start_reading(&list, |f| {
        if is_zip(&f.name()) {
            MAX_ZIP
        } else {
            MAX_RESULTS_BYTES
        }
    });
    for (n, (chunk, chunk_reads)) in list.chunks(CHUNK).zip(reads.chunks(CHUNK)).enumerate() {
        let read = files::finish_reading(chunk_reads).await;
        for (f, bytes) in chunk.iter().zip(read) {
            let name = f.name();
            match bytes {
                Ok(b) => take(&mut work, &name, b),
                Err(p) => work.reject(&name, p),
            }
        }
        progress.set(((n * CHUNK + chunk.len()).min(list.len()), list.len()));
        clock::sleep(0).await;
    }
    Loaded {
        intake: Arc::new(work),
        elapsed: Some(js_sys::Date::now() - started),
    }
}
