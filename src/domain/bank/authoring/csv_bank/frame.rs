//! `info.csv` and `kompetensi.csv`: the bank's frame (title, roles, sources, scale) and its
//! competencies with their rubric levels.

use super::table::{col, Sink, Table};
use super::COMPETENCY_COLUMNS;
use crate::domain::bank::authoring::text::{bars, number};
use crate::domain::bank::{Bank, Competency, Level, Role, Source};
use crate::domain::format::problem::ProblemKind as K;

pub(super) fn apply_info(bank: &mut Bank, t: &Table, sink: &mut Sink) {
    let mut roles = Vec::new();
    let mut sources = Vec::new();
    for (line, row) in &t.rows {
        let key = t.get(row, 0).to_lowercase();
        let value = t.get(row, 1).to_owned();
        let whole = |v: &str| v.trim().parse::<u32>().ok();
        match key.as_str() {
            "id" => bank.id = value,
            "judul" | "title" => bank.title = value,
            "versi" | "version" => bank.version = value,
            "bahasa" | "language" => bank.language = value,
            "deskripsi" | "description" => bank.description = value,
            "penafian" | "disclaimer" => bank.disclaimer = value,
            "menit_simulasi" | "simulation_minutes" => match whole(&value) {
                Some(m) => bank.simulation_minutes = Some(m),
                None => sink.at(t, *line, 1, "nilai", K::WrongType {
                    found: crate::domain::format::problem::JsonKind::Text,
                    expected: crate::domain::format::problem::JsonKind::WholeNumber,
                }),
            },
            "soal_per_kompetensi" | "draw_per_competency" => match whole(&value) {
                Some(n) => bank.draw_per_competency = Some(n),
                None => sink.at(t, *line, 1, "nilai", K::WrongType {
                    found: crate::domain::format::problem::JsonKind::Text,
                    expected: crate::domain::format::problem::JsonKind::WholeNumber,
                }),
            },
            "peran" | "role" => {
                let parts = bars(&value);
                match parts.as_slice() {
                    [id, short, name] => roles.push(Role {
                        id: id.clone(),
                        short: short.clone(),
                        name: name.clone(),
                    }),
                    _ => sink.at(t, *line, 1, "peran", K::TooFew { count: parts.len(), min: 3 }),
                }
            }
            "sumber" | "source" => {
                let parts = bars(&value);
                match parts.as_slice() {
                    [id, title] => sources.push(Source { id: id.clone(), title: title.clone(), url: String::new() }),
                    [id, title, url] => sources.push(Source { id: id.clone(), title: title.clone(), url: url.clone() }),
                    _ => sink.at(t, *line, 1, "sumber", K::TooFew { count: parts.len(), min: 2 }),
                }
            }
            k => match k.strip_prefix("skala_").and_then(|n| n.parse::<usize>().ok()) {
                Some(n @ 1..=5) => {
                    if let Some(a) = bank.likert_anchors.get_mut(n - 1) {
                        *a = value;
                    }
                }
                _ => sink.at(t, *line, 0, &key, K::UnknownField {
                    field: key.chars().take(60).collect(),
                    expected: "id, judul, versi, bahasa, deskripsi, penafian, menit_simulasi, soal_per_kompetensi, skala_1 … skala_5, peran, sumber".into(),
                }),
            },
        }
    }
    if !roles.is_empty() {
        bank.roles = roles;
    }
    bank.sources = sources;
}

/// Competencies from `kompetensi.csv`, and the line each starts at.
pub(super) fn competencies(t: &Table, sink: &mut Sink) -> (Vec<Competency>, Vec<u64>) {
    fn c(name: &str) -> usize {
        col(&COMPETENCY_COLUMNS, name)
    }
    let mut list: Vec<Competency> = Vec::new();
    let mut lines = Vec::new();
    for (line, row) in &t.rows {
        let id = t.get(row, c("kompetensi")).to_owned();
        let min = match number(t.get(row, c("min"))) {
            Some(m) => m,
            None => {
                sink.at(
                    t,
                    *line,
                    c("min"),
                    "min",
                    K::WrongType {
                        found: crate::domain::format::problem::JsonKind::Text,
                        expected: crate::domain::format::problem::JsonKind::Number,
                    },
                );
                0.0
            }
        };
        let level = Level {
            id: t.get(row, c("tingkat")).to_owned(),
            label: t.get(row, c("label")).to_owned(),
            min,
            descriptor: t.get(row, c("deskriptor")).to_owned(),
            recommendation: t.get(row, c("saran")).to_owned(),
        };
        match list.iter_mut().find(|x| x.id == id) {
            Some(existing) => existing.rubric.push(level),
            None => {
                list.push(Competency {
                    id,
                    name: t.get(row, c("nama")).to_owned(),
                    name_en: t.get(row, c("nama_en")).to_owned(),
                    description: t.get(row, c("deskripsi")).to_owned(),
                    rubric: vec![level],
                });
                lines.push(*line);
            }
        }
    }
    (list, lines)
}
