//! The answer-cue analysis as `check-bank` prints it: the warnings, then the figures behind
//! them, and with `--rinci` a line per item.

use pilar_siap::domain::bank::Bank;
use pilar_siap::i18n::Lang;

use crate::cli::print;

/// The answer-cue analysis item by item: a line per item with a key.
pub fn print_item_cues(lang: Lang, bank: &Bank) {
    use pilar_siap::i18n::strategy_name;
    for i in pilar_siap::domain::bank::cues::analyse(bank).items {
        let rest: Vec<String> = i
            .scores
            .iter()
            .map(|(s, v)| format!("{} {v:.2}", strategy_name(lang, *s)))
            .collect();
        println!(
            "{} ({}): {:.2} · {}",
            i.id,
            i.kind,
            i.random,
            rest.join(" · ")
        );
    }
}

/// The answer-cue analysis: its warnings, then the figures behind them.
pub fn print_cues(lang: Lang, file: &str, bank: &Bank) {
    use pilar_siap::domain::bank::cues::{analyse, warnings};
    use pilar_siap::i18n::{
        absolute_counts, key_counts, kind_label, strategy_name, t, telling_words, Key,
    };
    let report = analyse(bank);
    print(lang, file, &warnings(&report));
    let en = lang == Lang::En;
    println!(
        "{}",
        if en {
            "Answer-cue analysis (expected score without reading the question, 0–1):"
        } else {
            "Analisis petunjuk jawaban (skor harapan tanpa membaca soal, 0–1):"
        }
    );
    for k in &report.kinds {
        let rest: Vec<String> = k
            .strategies
            .iter()
            .map(|(s, v)| format!("{} {v:.2}", strategy_name(lang, *s)))
            .collect();
        let picks = if k.kind == pilar_siap::domain::bank::ItemKind::MultipleChoice {
            format!(
                ", {} {}",
                if en { "ticking" } else { "memilih" },
                report.multiple_k
            )
        } else {
            String::new()
        };
        let too_few = if k.judged() {
            ""
        } else {
            t(lang, Key::CuesTooFew)
        };
        println!(
            "  {} ({} {}{picks}): {} {:.2} · {} {too_few}",
            kind_label(lang, k.kind),
            k.items,
            if en { "items" } else { "soal" },
            if en { "random" } else { "acak" },
            k.random,
            rest.join(" · ")
        );
    }
    let lines = [
        (
            if en {
                "Words marking keys (in keys / in wrong options)"
            } else {
                "Kata penanda kunci (di kunci / di pilihan salah)"
            },
            telling_words(&report.key_words),
        ),
        (
            if en {
                "Words marking wrong options"
            } else {
                "Kata penanda pilihan salah"
            },
            telling_words(&report.wrong_words),
        ),
        (
            if en {
                "Keys per multiple-answer item"
            } else {
                "Jumlah kunci per soal pilihan ganda kompleks"
            },
            key_counts(&report),
        ),
        (
            if en {
                "Absolute words, true/false statements"
            } else {
                "Kata mutlak, pernyataan benar/salah"
            },
            absolute_counts(&report),
        ),
    ];
    for (label, text) in lines.iter().filter(|(_, t)| !t.is_empty()) {
        println!("  {label}: {text}");
    }
    for role in &bank.roles {
        let row: Vec<String> = report
            .pools
            .iter()
            .filter(|p| p.role == role.id)
            .map(|p| format!("{} {}", p.competency, p.items))
            .collect();
        if let Some(p) = report.pools.iter().find(|p| p.role == role.id) {
            println!(
                "  {} {} ({} {}): {}",
                if en { "Pool" } else { "Soal" },
                role.id,
                if en { "draws" } else { "ditarik" },
                p.draw,
                row.join(" · ")
            );
        }
    }
}
