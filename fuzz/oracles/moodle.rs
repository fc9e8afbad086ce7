//! The Moodle XML and Aiken importers: no panic on any text; a bank is given exactly when no
//! problem is an error; what Moodle XML accepts is written back and read again.
use super::common;

use pilar_siap::domain::bank::authoring::aiken::import_aiken;
use pilar_siap::domain::bank::authoring::categories::Mapping;
use pilar_siap::domain::bank::authoring::moodle_xml::{export_moodle_xml, import_moodle_xml};

pub fn check(data: &[u8]) {
    let text = common::legacy_text(data);
    let none = Mapping::new();
    let aiken = import_aiken(&text, "soal.txt", &none);
    common::say(aiken.problems.iter().map(|f| &f.problem));
    assert_eq!(
        aiken.bank.is_some(),
        !aiken.problems.iter().any(|f| f.problem.is_error())
    );
    let got = import_moodle_xml(&text, "soal.xml", &none);
    common::say(got.problems.iter().map(|f| &f.problem));
    if let Some(bank) = got.bank {
        let (again, _) = export_moodle_xml(&bank);
        let reread = import_moodle_xml(&again, "soal.xml", &none);
        assert!(
            reread.bank.is_some(),
            "an exported Moodle XML file is refused: {:?}",
            reread.problems
        );
    }
}
