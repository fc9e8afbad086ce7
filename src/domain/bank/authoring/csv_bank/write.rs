//! Writing any bank as CSV files.

use super::{CsvBank, COMPETENCY_COLUMNS, INFO_COLUMNS, ITEM_COLUMNS, KIND_WORDS, LETTERS};
use crate::domain::bank::authoring::text::show_number;
use crate::domain::bank::{Bank, Item, ItemBody};
use crate::domain::format::csv_table::table;

fn kind_word(item: &Item) -> &'static str {
    let kind = item.body.kind();
    KIND_WORDS
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or(kind.name(), |(w, _)| w)
}

fn item_row(item: &Item) -> Vec<String> {
    let c = &item.common;
    let mut row = vec![String::new(); ITEM_COLUMNS.len()];
    let mut set = |col: &str, v: String| {
        if let Some(i) = ITEM_COLUMNS.iter().position(|(n, _)| *n == col) {
            if let Some(cell) = row.get_mut(i) {
                *cell = v;
            }
        }
    };
    set("id", c.id.clone());
    set("jenis", kind_word(item).to_owned());
    set(
        "kompetensi",
        c.competencies
            .iter()
            .map(|w| {
                if w.weight == 1.0 {
                    w.id.clone()
                } else {
                    format!("{}={}", w.id, show_number(w.weight))
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
    );
    set("peran", c.roles.join("; "));
    set("pertanyaan", c.prompt.clone());
    set("penjelasan", c.explanation.clone());
    if let Some(s) = &c.source {
        set("sumber", s.source.clone());
        set("lokasi_sumber", s.locator.clone());
    }
    let letter = |i: usize| LETTERS.get(i).copied().unwrap_or("?");
    match &item.body {
        ItemBody::SingleChoice { options } | ItemBody::MultipleChoice { options } => {
            for (i, o) in options.iter().enumerate() {
                set(&format!("pilihan_{}", letter(i)), o.text.clone());
            }
            let key: Vec<&str> = options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.correct)
                .map(|(i, _)| letter(i))
                .collect();
            set("kunci", key.join("; "));
        }
        ItemBody::TrueFalse { answer } => {
            set("kunci", if *answer { "benar" } else { "salah" }.to_owned())
        }
        ItemBody::Likert { anchors } => set("skala", anchors.join(" | ")),
        ItemBody::Situational { scenario, options } => {
            set("skenario", scenario.clone());
            for (i, o) in options.iter().enumerate() {
                set(&format!("pilihan_{}", letter(i)), o.text.clone());
            }
            let credits: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!("{}={}", letter(i), show_number(o.credit)))
                .collect();
            set("kunci", credits.join("; "));
            let feedback: Vec<String> = options
                .iter()
                .enumerate()
                .filter(|(_, o)| !o.feedback.is_empty())
                .map(|(i, o)| format!("{}: {}", letter(i), o.feedback))
                .collect();
            set("umpan_balik", feedback.join("\n"));
        }
        ItemBody::OpenAnswer {
            guidance,
            model_answer,
            criteria,
            speaking_seconds,
        } => {
            set("panduan", guidance.join("\n"));
            set("jawaban_model", model_answer.clone());
            let lines: Vec<String> = criteria
                .iter()
                .map(|k| format!("[{}] {}: {}", k.id, k.name, k.levels.join(" | ")))
                .collect();
            set("kriteria", lines.join("\n"));
            set(
                "detik_bicara",
                speaking_seconds.map(|s| s.to_string()).unwrap_or_default(),
            );
        }
    }
    row
}

/// The bank as CSV files (all three, so nothing is lost).
pub fn export_csv(bank: &Bank) -> CsvBank {
    let item_header: Vec<&str> = ITEM_COLUMNS.iter().map(|(n, _)| *n).collect();
    let items = table(&item_header, bank.items.iter().map(item_row).collect());
    let comp_header: Vec<&str> = COMPETENCY_COLUMNS.iter().map(|(n, _)| *n).collect();
    let mut comp_rows = Vec::new();
    for c in &bank.competencies {
        for l in &c.rubric {
            comp_rows.push(vec![
                c.id.clone(),
                c.name.clone(),
                c.name_en.clone(),
                c.description.clone(),
                l.id.clone(),
                l.label.clone(),
                show_number(l.min),
                l.descriptor.clone(),
                l.recommendation.clone(),
            ]);
        }
    }
    let competencies = table(&comp_header, comp_rows);
    let info_header: Vec<&str> = INFO_COLUMNS.iter().map(|(n, _)| *n).collect();
    let mut info = vec![
        vec!["id".to_owned(), bank.id.clone()],
        vec!["judul".to_owned(), bank.title.clone()],
        vec!["versi".to_owned(), bank.version.clone()],
        vec!["bahasa".to_owned(), bank.language.clone()],
        vec!["deskripsi".to_owned(), bank.description.clone()],
        vec!["penafian".to_owned(), bank.disclaimer.clone()],
    ];
    if let Some(m) = bank.simulation_minutes {
        info.push(vec!["menit_simulasi".into(), m.to_string()]);
    }
    if let Some(n) = bank.draw_per_competency {
        info.push(vec!["soal_per_kompetensi".into(), n.to_string()]);
    }
    for (i, a) in bank.likert_anchors.iter().enumerate() {
        info.push(vec![format!("skala_{}", i + 1), a.clone()]);
    }
    for r in &bank.roles {
        info.push(vec![
            "peran".into(),
            format!("{} | {} | {}", r.id, r.short, r.name),
        ]);
    }
    for s in &bank.sources {
        let mut v = format!("{} | {}", s.id, s.title);
        if !s.url.is_empty() {
            v = format!("{v} | {}", s.url);
        }
        info.push(vec!["sumber".into(), v]);
    }
    CsvBank {
        items,
        competencies: Some(competencies),
        info: Some(table(&info_header, info)),
    }
}
