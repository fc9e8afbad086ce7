//! The GIFT (Moodle) importer, and the exporter on whatever bank it accepts.
use super::common;

use pilar_siap::domain::bank::authoring::gift::{export_gift, import_gift};

pub fn check(data: &[u8]) {
    let text = common::legacy_text(data);
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
}
