//! What a CSV or GIFT bank does not say is taken from the bundled bank: the seven competencies
//! with their rubrics, the pillar roles, the can-do scale and the disclaimer.

use std::sync::OnceLock;

use crate::domain::bank::{parse_bank, Bank, Criterion, ItemBody};

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

/// What an imported essay without a model answer shows where the model answer goes.
pub const NO_MODEL_ANSWER: &str = "File asal soal ini tidak memuat jawaban model. Nilai jawaban Anda dengan kriteria di bawah: sudahkah menjawab pokok pertanyaan, lengkap, dan disertai contoh?";

/// An imported essay's body: the model answer the file gives (or [`NO_MODEL_ANSWER`]) and the
/// one criterion it is rated on, since the file carries no rubric.
pub fn essay(model_answer: &str) -> ItemBody {
    let model_answer = match model_answer.trim() {
        "" => NO_MODEL_ANSWER.to_owned(),
        m => m.to_owned(),
    };
    ItemBody::OpenAnswer {
        guidance: Vec::new(),
        model_answer,
        criteria: essay_criteria(),
        speaking_seconds: None,
    }
}

/// The one criterion an imported essay (which carries no rubric) is rated on.
fn essay_criteria() -> Vec<Criterion> {
    vec![Criterion {
        id: "kelengkapan".into(),
        name: "Kelengkapan jawaban".into(),
        levels: vec![
            "Belum menjawab pokok pertanyaan".into(),
            "Menjawab sebagian".into(),
            "Menjawab lengkap dengan contoh".into(),
        ],
    }]
}
