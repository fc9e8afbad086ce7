//! One row of `soal.csv` as an item.

use super::table::{col, Sink, Table};
use super::{ITEM_COLUMNS, KIND_WORDS, LETTERS};
use crate::domain::bank::authoring::directives::source_id;
use crate::domain::bank::authoring::text::{bars, list, number, slug};
use crate::domain::bank::ItemKind;
use crate::domain::bank::{
    Bank, ChoiceOption, CompetencyWeight, CreditOption, Criterion, Item, ItemBody, ItemCommon,
    SourceRef,
};
use crate::domain::format::problem::ProblemKind as K;

/// The kind named in `jenis`.
fn kind_of(word: &str) -> Option<ItemKind> {
    let w = word.trim().to_lowercase().replace([' ', '-'], "_");
    KIND_WORDS
        .iter()
        .find(|(short, _)| *short == w)
        .map(|(_, kind)| *kind)
        .or_else(|| ItemKind::from_name(&w))
        .or(match w.as_str() {
            "pilihan_ganda" => Some(ItemKind::SingleChoice),
            "pilihan_ganda_kompleks" => Some(ItemKind::MultipleChoice),
            "benar_salah" => Some(ItemKind::TrueFalse),
            "uraian" | "essay" => Some(ItemKind::OpenAnswer),
            _ => None,
        })
}

/// Letters such as "a; c" or "a,c" as option positions.
fn letters(cell: &str) -> Option<Vec<usize>> {
    cell.split([';', ',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| LETTERS.iter().position(|l| l.eq_ignore_ascii_case(s)))
        .collect()
}

pub(super) fn item(
    t: &Table,
    line: u64,
    row: &[String],
    n: usize,
    bank: &mut Bank,
    sink: &mut Sink,
) -> Option<Item> {
    fn c(name: &str) -> usize {
        col(&ITEM_COLUMNS, name)
    }
    let get = |name| t.get(row, c(name));
    let before = sink.out.len();
    let id = match get("id") {
        "" => format!("soal-{}", n + 1),
        s => s.to_owned(),
    };
    let kind = kind_of(get("jenis"));
    if kind.is_none() {
        sink.at(
            t,
            line,
            c("jenis"),
            "jenis",
            K::UnknownVariant {
                found: get("jenis").chars().take(40).collect(),
                expected: "pg, pgk, bs, skala, situasi, esai".into(),
            },
        );
    }
    let mut competencies = Vec::new();
    for part in list(get("kompetensi")) {
        let (cid, weight) = match part.split_once(['=', ':']) {
            Some((cid, w)) => (cid.trim().to_owned(), number(w)),
            None => (part.clone(), Some(1.0)),
        };
        match weight {
            Some(weight) => competencies.push(CompetencyWeight { id: cid, weight }),
            None => sink.at(
                t,
                line,
                c("kompetensi"),
                "kompetensi",
                K::WrongType {
                    found: crate::domain::format::problem::JsonKind::Text,
                    expected: crate::domain::format::problem::JsonKind::Number,
                },
            ),
        }
    }
    let source_cell = get("sumber");
    let source = source_id(bank, source_cell);
    let options: Vec<(usize, String)> = LETTERS
        .iter()
        .enumerate()
        .map(|(i, l)| (i, t.get(row, c(&format!("pilihan_{l}")))))
        .filter(|(_, s)| !s.is_empty())
        .map(|(i, s)| (i, s.to_owned()))
        .collect();
    let key = get("kunci");
    let body = match kind? {
        k @ (ItemKind::SingleChoice | ItemKind::MultipleChoice) => {
            let Some(picked) = letters(key) else {
                sink.at(
                    t,
                    line,
                    c("kunci"),
                    "kunci",
                    K::UnknownVariant {
                        found: key.chars().take(40).collect(),
                        expected: "a, b, c, d, e, f".into(),
                    },
                );
                return None;
            };
            let options = options
                .into_iter()
                .map(|(i, text)| ChoiceOption {
                    id: LETTERS.get(i).copied().unwrap_or("a").to_owned(),
                    text,
                    correct: picked.contains(&i),
                })
                .collect();
            if k == ItemKind::SingleChoice {
                ItemBody::SingleChoice { options }
            } else {
                ItemBody::MultipleChoice { options }
            }
        }
        ItemKind::TrueFalse => match key.to_lowercase().as_str() {
            "benar" | "b" | "true" | "t" | "ya" => ItemBody::TrueFalse { answer: true },
            "salah" | "s" | "false" | "f" | "tidak" => ItemBody::TrueFalse { answer: false },
            other => {
                sink.at(
                    t,
                    line,
                    c("kunci"),
                    "kunci",
                    K::UnknownVariant {
                        found: other.chars().take(40).collect(),
                        expected: "benar, salah".into(),
                    },
                );
                return None;
            }
        },
        ItemKind::Likert => ItemBody::Likert {
            anchors: bars(get("skala")),
        },
        ItemKind::Situational => {
            let mut credits = vec![None; LETTERS.len()];
            for part in list(key) {
                let parsed = part.split_once(['=', ':']).and_then(|(l, v)| {
                    Some((
                        LETTERS
                            .iter()
                            .position(|x| x.eq_ignore_ascii_case(l.trim()))?,
                        number(v)?,
                    ))
                });
                match parsed {
                    Some((i, v)) => {
                        if let Some(slot) = credits.get_mut(i) {
                            *slot = Some(v);
                        }
                    }
                    None => sink.at(
                        t,
                        line,
                        c("kunci"),
                        "kunci",
                        K::CreditList {
                            found: part.chars().take(40).collect(),
                        },
                    ),
                }
            }
            let mut feedback = vec![String::new(); LETTERS.len()];
            for part in get("umpan_balik").lines() {
                if let Some((l, f)) = part.split_once(':') {
                    if let Some(i) = LETTERS
                        .iter()
                        .position(|x| x.eq_ignore_ascii_case(l.trim()))
                    {
                        if let Some(slot) = feedback.get_mut(i) {
                            *slot = f.trim().to_owned();
                        }
                    }
                }
            }
            let options = options
                .into_iter()
                .map(|(i, text)| CreditOption {
                    id: LETTERS.get(i).copied().unwrap_or("a").to_owned(),
                    text,
                    credit: credits.get(i).copied().flatten().unwrap_or(0.0),
                    feedback: feedback.get(i).cloned().unwrap_or_default(),
                })
                .collect();
            ItemBody::Situational {
                scenario: get("skenario").to_owned(),
                options,
            }
        }
        _ => {
            let mut criteria = Vec::new();
            for line_text in get("kriteria")
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                let (cid, rest) = match line_text.strip_prefix('[').and_then(|r| r.split_once(']'))
                {
                    Some((cid, rest)) => (Some(cid.trim().to_owned()), rest.trim()),
                    None => (None, line_text),
                };
                let (name, levels) = rest.split_once(':').unwrap_or((rest, ""));
                criteria.push(Criterion {
                    id: cid.unwrap_or_else(|| slug(name)),
                    name: name.trim().to_owned(),
                    levels: bars(levels),
                });
            }
            let seconds = get("detik_bicara");
            let speaking_seconds = if seconds.is_empty() {
                None
            } else {
                let s = seconds.parse::<u32>().ok();
                if s.is_none() {
                    sink.at(
                        t,
                        line,
                        c("detik_bicara"),
                        "detik_bicara",
                        K::WrongType {
                            found: crate::domain::format::problem::JsonKind::Text,
                            expected: crate::domain::format::problem::JsonKind::WholeNumber,
                        },
                    );
                }
                s
            };
            ItemBody::OpenAnswer {
                guidance: bars(get("panduan")),
                model_answer: get("jawaban_model").to_owned(),
                criteria,
                speaking_seconds,
            }
        }
    };
    if sink.out.len() > before {
        return None;
    }
    Some(Item {
        common: ItemCommon {
            id,
            prompt: get("pertanyaan").to_owned(),
            competencies,
            roles: list(get("peran")),
            explanation: get("penjelasan").to_owned(),
            source: source.map(|source| SourceRef {
                source,
                locator: get("lokasi_sumber").to_owned(),
            }),
        },
        body,
    })
}
