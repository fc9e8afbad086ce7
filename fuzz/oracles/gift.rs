//! The GIFT (Moodle) importer, and the exporter on whatever bank it accepts.
use super::common;

use pilar_siap::domain::bank::authoring::categories::Mapping;
use pilar_siap::domain::bank::authoring::gift::{export_gift, import_gift};

pub fn check(data: &[u8]) {
    let text = common::legacy_text(data);
    let got = import_gift(&text, "soal.gift", &Mapping::new());
    common::say(got.problems.iter().map(|f| &f.problem));
    if let Some(bank) = got.bank {
        assert!(!got.problems.iter().any(|f| f.problem.is_error()));
        // What was imported can be written back and read again.
        let (again, _) = export_gift(&bank);
        let reread = import_gift(&again, "soal.gift", &Mapping::new());
        common::say(reread.problems.iter().map(|f| &f.problem));
        assert!(
            reread.bank.is_some(),
            "an exported GIFT file is refused: {:?}",
            reread.problems
        );
    }
}
