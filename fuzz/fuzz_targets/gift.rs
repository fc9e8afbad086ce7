//! The GIFT (Moodle) importer, and the exporter on whatever bank it accepts.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use pilar_siap::domain::import::gift::{export_gift, import_gift};

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else {
        return;
    };
    let (bank, problems) = import_gift(&text);
    common::say(problems.iter().map(|f| &f.problem));
    if let Some(bank) = bank {
        assert!(!problems.iter().any(|f| f.problem.is_error()));
        // What was imported can be written back and read again.
        let (again, _) = export_gift(&bank);
        let (reread, problems) = import_gift(&again);
        common::say(problems.iter().map(|f| &f.problem));
        assert!(
            reread.is_some(),
            "an exported GIFT file is refused: {problems:?}"
        );
    }
});
