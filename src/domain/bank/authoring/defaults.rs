//! What a CSV or GIFT bank does not say is taken from the bundled bank: the seven competencies
//! with their rubrics, the pillar roles, the can-do scale and the disclaimer.

use std::sync::OnceLock;

use crate::domain::bank::{parse_bank, Bank};

const BUNDLED: &str = include_str!("../../../../public/banks/kalsel-pilar-sosial.json");

/// The bundled bank without its items: the frame an imported bank starts from. Read once (it
/// is 150 KB of JSON) and copied for each import.
pub fn frame() -> Option<Bank> {
    static FRAME: OnceLock<Option<Bank>> = OnceLock::new();
    FRAME
        .get_or_init(|| {
            let mut bank = parse_bank(BUNDLED).bank?;
            bank.id = "bank-pelatih".into();
            bank.title = "Bank soal pelatih".into();
            bank.version = "1".into();
            bank.description = String::new();
            bank.items.clear();
            bank.sources.clear();
            Some(bank)
        })
        .clone()
}
