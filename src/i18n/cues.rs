//! The words of the answer-cue analysis ("Analisis petunjuk jawaban"): strategy and kind names,
//! and each warning with what to do.

use super::Lang;
use crate::domain::bank::cues::{CueReport, CueWarning, Strategy, TellingWord};
use crate::domain::bank::ItemKind;

/// A strategy's name, e.g. "pilihan terpanjang".
pub fn strategy_name(lang: Lang, s: Strategy) -> String {
    let letter = |p: u8| char::from(b'A'.saturating_add(p));
    match (lang, s) {
        (Lang::Id, Strategy::Longest) => "pilihan terpanjang".into(),
        (Lang::Id, Strategy::SecondLongest) => "terpanjang kedua".into(),
        (Lang::Id, Strategy::Shortest) => "pilihan terpendek".into(),
        (Lang::Id, Strategy::KeyWords) => "kata-kata \"baik\"".into(),
        (Lang::Id, Strategy::AvoidLongest) => "hindari yang terpanjang".into(),
        (Lang::Id, Strategy::AvoidShortest) => "hindari yang terpendek".into(),
        (Lang::Id, Strategy::AvoidKeyWords) => "hindari yang paling banyak kata \"baik\"".into(),
        (Lang::Id, Strategy::BankWords) => "pola kata bank ini".into(),
        (Lang::Id, Strategy::Position(p)) => format!("selalu pilihan {}", letter(p)),
        (Lang::Id, Strategy::AlwaysTrue) => "selalu Benar".into(),
        (Lang::Id, Strategy::AlwaysFalse) => "selalu Salah".into(),
        (Lang::Id, Strategy::AbsoluteFalse) => "kata mutlak berarti Salah".into(),
        (Lang::En, Strategy::Longest) => "longest option".into(),
        (Lang::En, Strategy::SecondLongest) => "second-longest".into(),
        (Lang::En, Strategy::Shortest) => "shortest option".into(),
        (Lang::En, Strategy::KeyWords) => "\"good\" words".into(),
        (Lang::En, Strategy::AvoidLongest) => "never the longest".into(),
        (Lang::En, Strategy::AvoidShortest) => "never the shortest".into(),
        (Lang::En, Strategy::AvoidKeyWords) => "never the most \"good\" words".into(),
        (Lang::En, Strategy::BankWords) => "this bank's word patterns".into(),
        (Lang::En, Strategy::Position(p)) => format!("always option {}", letter(p)),
        (Lang::En, Strategy::AlwaysTrue) => "always True".into(),
        (Lang::En, Strategy::AlwaysFalse) => "always False".into(),
        (Lang::En, Strategy::AbsoluteFalse) => "absolute word means False".into(),
    }
}

/// A kind of item as trainers call it.
pub fn kind_label(lang: Lang, kind: ItemKind) -> &'static str {
    match (lang, kind) {
        (Lang::Id, ItemKind::SingleChoice) => "Pilihan ganda",
        (Lang::Id, ItemKind::MultipleChoice) => "Pilihan ganda kompleks",
        (Lang::Id, ItemKind::TrueFalse) => "Benar/salah",
        (Lang::Id, ItemKind::Situational) => "Situasional",
        (Lang::Id, ItemKind::Likert) => "Skala kemampuan diri",
        (Lang::Id, ItemKind::OpenAnswer) => "Uraian",
        (Lang::En, ItemKind::SingleChoice) => "Single choice",
        (Lang::En, ItemKind::MultipleChoice) => "Multiple answers",
        (Lang::En, ItemKind::TrueFalse) => "True/false",
        (Lang::En, ItemKind::Situational) => "Situational",
        (Lang::En, ItemKind::Likert) => "Can-do scale",
        (Lang::En, ItemKind::OpenAnswer) => "Open answer",
    }
}

/// Up to twelve ids, then "…".
fn ids(list: &[String]) -> String {
    let mut out: Vec<String> = list.iter().take(12).map(|i| format!("`{i}`")).collect();
    if list.len() > 12 {
        out.push(format!("… (+{})", list.len() - 12));
    }
    out.join(", ")
}

fn two(x: f64) -> String {
    crate::domain::format::number::fixed(x, 2)
}

/// What a cue warning says and what to do, in `lang`.
pub fn cue_text(lang: Lang, w: &CueWarning) -> String {
    match lang {
        Lang::Id => id_text(w),
        Lang::En => en_text(w),
    }
}

fn id_text(w: &CueWarning) -> String {
    match w {
        CueWarning::BlindStrategy { kind, strategy, score, random, items } => {
            let mut s = format!(
                "Petunjuk jawaban — {}: strategi \"{}\" tanpa membaca soal mendapat rata-rata {} sedangkan tebakan acak {} (selisih lebih dari 0,05).",
                kind_label(Lang::Id, *kind), strategy_name(Lang::Id, *strategy), two(*score), two(*random)
            );
            if !items.is_empty() {
                s.push_str(&format!(" Soal yang kuncinya tertebak begitu: {}.", ids(items)));
            }
            s.push_str(match strategy {
                Strategy::Position(_) => " Sebarkan letak kunci ke A, B, C, D (aplikasi mengacak pilihan bagi peserta, tetapi Mode Presentasi dan cetakan memakai urutan bank).",
                Strategy::AvoidKeyWords => " Kata-kata baik terlalu sering ada di pengecoh dan jarang di kunci: kembalikan sebagian ke kunci, atau pakai sama seringnya di kedua sisi.",
                Strategy::KeyWords => " Pakai kata-kata baik (melapor, merujuk, berkoordinasi) juga di pengecoh yang keliru waktu, izin, atau keselamatannya, dan kata seperti \"tanpa\" atau \"menunggu\" juga di kunci.",
                Strategy::AlwaysTrue | Strategy::AlwaysFalse => " Seimbangkan jumlah pernyataan benar dan salah.",
                Strategy::AbsoluteFalse => " Pakai kata mutlak (hanya, tanpa, selalu, semua) sama seringnya di pernyataan benar, atau hindari.",
                _ => " Samakan panjang pilihan dan jangan biarkan kunci selalu di urutan panjang yang sama.",
            });
            s
        }
        CueWarning::KeyCounts { keys, items, of } => format!(
            "Petunjuk jawaban — {items} dari {of} soal pilihan ganda kompleks mempunyai tepat {keys} kunci; peserta yang menebak {keys} pilihan diuntungkan. Variasikan jumlah kunci (1 sampai 4 dari 5)."
        ),
        CueWarning::AbsoluteWord { word, true_statements, false_statements } => format!(
            "Petunjuk jawaban — kata \"{word}\" ada di {} pernyataan benar dan {} pernyataan salah, sehingga menebak dari kata itu berhasil. Tulis ulang sebagian: {}.",
            true_statements.len(), false_statements.len(),
            ids(if true_statements.len() > false_statements.len() { true_statements } else { false_statements })
        ),
        CueWarning::Giveaway { item, by, role, words } => format!(
            "Petunjuk jawaban — jawaban soal `{item}` terbaca di soal `{by}` ({}), yang dapat muncul dalam percobaan yang sama ({}). Ubah salah satu atau batasi perannya.",
            words.join(", "),
            role.as_ref().map_or_else(|| "semua peran".to_owned(), |r| format!("peran {r}"))
        ),
        CueWarning::SmallPool { role, competency, items, draw } => {
            if items <= draw {
                format!("Petunjuk jawaban — peran \"{role}\" hanya punya {items} soal untuk kompetensi \"{competency}\" dan setiap percobaan menarik {draw}: setiap percobaan menampilkan soal yang sama. Tambah soal (sedikitnya 1,5 kali yang ditarik).")
            } else {
                format!("Petunjuk jawaban — peran \"{role}\" punya {items} soal untuk kompetensi \"{competency}\", sedangkan setiap percobaan menarik {draw}: percobaan berulang hampir sama. Tambah soal hingga sedikitnya 1,5 kali yang ditarik.")
            }
        }
    }
}

fn en_text(w: &CueWarning) -> String {
    match w {
        CueWarning::BlindStrategy { kind, strategy, score, random, items } => {
            let mut s = format!(
                "Answer cue — {}: the strategy \"{}\", without reading the question, scores {} on average where a random pick scores {} (more than 0.05 above).",
                kind_label(Lang::En, *kind), strategy_name(Lang::En, *strategy), two(*score), two(*random)
            );
            if !items.is_empty() {
                s.push_str(&format!(" Items whose key it finds: {}.", ids(items)));
            }
            s.push_str(match strategy {
                Strategy::Position(_) => " Spread the key over A, B, C, D (the app shuffles options for candidates, but Mode Presentasi and printouts use the bank's order).",
                Strategy::AvoidKeyWords => " Good words are too often in distractors and rarely in keys: put some back into keys, or use them as often on both sides.",
                Strategy::KeyWords => " Use the good words (report, refer, coordinate) in distractors too, with a flaw of timing, consent or safety, and words like \"without\" or \"wait\" in keys too.",
                Strategy::AlwaysTrue | Strategy::AlwaysFalse => " Balance true and false statements.",
                Strategy::AbsoluteFalse => " Use absolute words (only, without, always, all) as often in true statements, or avoid them.",
                _ => " Make options similar in length and vary where the key ranks by length.",
            });
            s
        }
        CueWarning::KeyCounts { keys, items, of } => format!(
            "Answer cue — {items} of {of} multiple-answer items have exactly {keys} keys; a candidate who ticks {keys} options gains. Vary the number of keys (1 to 4 of 5)."
        ),
        CueWarning::AbsoluteWord { word, true_statements, false_statements } => format!(
            "Answer cue — \"{word}\" is in {} true and {} false statements, so guessing by that word works. Rewrite some: {}.",
            true_statements.len(), false_statements.len(),
            ids(if true_statements.len() > false_statements.len() { true_statements } else { false_statements })
        ),
        CueWarning::Giveaway { item, by, role, words } => format!(
            "Answer cue — the answer of `{item}` can be read in `{by}` ({}), which can appear in the same attempt ({}). Change one of them or restrict its roles.",
            words.join(", "),
            role.as_ref().map_or_else(|| "every role".to_owned(), |r| format!("role {r}"))
        ),
        CueWarning::SmallPool { role, competency, items, draw } => {
            if items <= draw {
                format!("Answer cue — role \"{role}\" has only {items} items for competency \"{competency}\" and each attempt draws {draw}: every attempt shows the same items. Add items (at least 1.5 times the draw).")
            } else {
                format!("Answer cue — role \"{role}\" has {items} items for competency \"{competency}\" and each attempt draws {draw}: repeated attempts are nearly the same. Add items up to at least 1.5 times the draw.")
            }
        }
    }
}

/// "menjelaskan 9/0 · aman 8/0": words with how often they are in keys and in wrong options.
pub fn telling_words(list: &[TellingWord]) -> String {
    list.iter()
        .map(|t| format!("{} {}/{}", t.word, t.in_keys, t.in_wrong))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "1: 8 · 2: 8 · 3: 9": multiple-answer items by their number of keys.
pub fn key_counts(r: &CueReport) -> String {
    r.key_counts
        .iter()
        .map(|(k, n)| format!("{k}: {n}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "hanya 4/6 · tanpa 3/2": absolute words in true and in false statements.
pub fn absolute_counts(r: &CueReport) -> String {
    r.absolute
        .iter()
        .map(|a| {
            format!(
                "{} {}/{}",
                a.word,
                a.true_statements.len(),
                a.false_statements.len()
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
