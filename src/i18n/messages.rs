//! Texts with values in them (the sentences for problems in files are in `problems`).

use super::Lang;

/// "Soal 3 dari 40".
pub fn item_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("Soal {n} dari {total}"),
        Lang::En => format!("Question {n} of {total}"),
    }
}

/// "12 dari 40 terjawab".
pub fn answered_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{n} dari {total} terjawab"),
        Lang::En => format!("{n} of {total} answered"),
    }
}

/// Basis points as a whole percentage, "75%".
pub fn percent(bp: u32) -> String {
    format!("{}%", (bp + 50) / 100)
}

/// Why some questions are unanswered and what that means for the score.
pub fn unanswered_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!(
            "{n} soal belum dijawab. Soal pengetahuan yang kosong dihitung 0; penilaian diri yang kosong tidak dihitung."
        ),
        Lang::En => format!(
            "{n} questions are unanswered. Unanswered knowledge questions count as 0; unanswered self-ratings are left out."
        ),
    }
}

/// "04:59" (minutes and seconds, rounded up) for a duration in milliseconds.
pub fn clock_text(ms: i64) -> String {
    let s = (ms.max(0) + 999) / 1000;
    format!("{:02}:{:02}", s / 60, s % 60)
}

/// A change in basis points as signed percentage points: "+12", "−3", "±0".
pub fn signed_points(bp: i64) -> String {
    let p = (bp.abs() + 50) / 100;
    match bp.signum() {
        1 if p > 0 => format!("+{p}"),
        -1 if p > 0 => format!("−{p}"),
        _ => "±0".to_owned(),
    }
}

/// The name of a mode.
pub fn mode_name(lang: Lang, mode: crate::domain::attempt::Mode) -> &'static str {
    use crate::domain::attempt::Mode;
    match (lang, mode) {
        (Lang::Id, Mode::Practice) => "Latihan",
        (Lang::Id, Mode::Simulation) => "Simulasi",
        (Lang::Id, Mode::Interview) => "Latihan Wawancara",
        (Lang::En, Mode::Practice) => "Practice",
        (Lang::En, Mode::Simulation) => "Simulation",
        (Lang::En, Mode::Interview) => "Interview practice",
        (Lang::Id, Mode::Focus) => "Latihan kompetensi",
        (Lang::Id, Mode::Retry) => "Ulangi yang keliru",
        (Lang::Id, Mode::Review) => "Ulasan berkala",
        (Lang::En, Mode::Focus) => "Competency practice",
        (Lang::En, Mode::Retry) => "Retry what was missed",
        (Lang::En, Mode::Review) => "Spaced review",
    }
}

/// How long a simulation of the bank lasts, for the bank's summary: "simulasi 60 menit".
pub fn simulation_length(lang: Lang, minutes: Option<u32>) -> String {
    match (lang, minutes) {
        (Lang::Id, Some(m)) => format!("simulasi {m} menit"),
        (Lang::Id, None) => "simulasi: satu menit per soal".to_owned(),
        (Lang::En, Some(m)) => format!("{m}-minute simulation"),
        (Lang::En, None) => "simulation: one minute per question".to_owned(),
    }
}

/// "3 soal belum dijawab, 2 ditandai."
pub fn count_note(lang: Lang, unanswered: usize, flagged: usize) -> String {
    match lang {
        Lang::Id => format!("{unanswered} soal belum dijawab, {flagged} ditandai untuk ditinjau."),
        Lang::En => format!("{unanswered} questions unanswered, {flagged} flagged for review."),
    }
}

/// After an import: how many results were new.
pub fn imported_note(lang: Lang, added: usize, found: usize) -> String {
    match lang {
        Lang::Id => format!("{added} hasil baru ditambahkan ke riwayat ({found} ada di berkas; yang sudah ada tidak digandakan)."),
        Lang::En => format!("{added} new results added to the history ({found} in the file; ones already here are not doubled)."),
    }
}

/// "2 kesalahan, 1 peringatan."
pub fn problem_counts(lang: Lang, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Id => format!("{errors} kesalahan, {warnings} peringatan. Bank soal baru dapat dipakai bila tidak ada kesalahan."),
        Lang::En => format!("{errors} errors, {warnings} warnings. The bank can be used once there are no errors."),
    }
}

/// What an export to `format` (GIFT, Moodle XML) left out.
pub fn lost_note(
    lang: Lang,
    format: &str,
    lost: &[crate::domain::bank::authoring::Lost],
) -> String {
    use crate::domain::bank::authoring::Lost;
    let likert: Vec<&str> = lost
        .iter()
        .filter_map(|l| match l {
            Lost::Likert(id) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    let rubric: Vec<&str> = lost
        .iter()
        .filter_map(|l| match l {
            Lost::Rubric(id) => Some(id.as_str()),
            _ => None,
        })
        .collect();
    let mut parts = Vec::new();
    match lang {
        Lang::Id => {
            parts.push(format!("{format} tidak membawa rubrik kompetensi, daftar peran dan label skala; saat dibaca lagi, semua itu diambil dari bank bawaan."));
            if !likert.is_empty() {
                parts.push(format!(
                    "Soal skala (Likert) tidak ada di {format} dan tidak ikut: {}.",
                    likert.join(", ")
                ));
            }
            if !rubric.is_empty() {
                parts.push(format!(
                    "Esai ikut tanpa kriteria rubrik dan pengatur waktu: {}.",
                    rubric.join(", ")
                ));
            }
        }
        Lang::En => {
            parts.push(format!("{format} does not carry the competency rubrics, the roles or the scale labels; read back, they come from the bundled bank."));
            if !likert.is_empty() {
                parts.push(format!(
                    "Scale (Likert) items do not exist in {format} and were left out: {}.",
                    likert.join(", ")
                ));
            }
            if !rubric.is_empty() {
                parts.push(format!(
                    "Essays went without their rubric criteria and timer: {}.",
                    rubric.join(", ")
                ));
            }
        }
    }
    parts.join(" ")
}

/// The intake's counts in a sentence.
pub fn cohort_summary(lang: Lang, s: &crate::domain::cohort::intake::Summary) -> String {
    match lang {
        Lang::Id => format!(
            "{} berkas: {} diterima ({} diubah, skornya dihitung ulang), {} dimigrasikan, {} ganda (dihitung sekali{}), {} dari bank soal lain (dikelompokkan terpisah), {} ditolak.",
            s.files, s.accepted, s.edited, s.migrated, s.duplicates,
            if s.differing > 0 { format!("; {} berbeda isinya", s.differing) } else { String::new() },
            s.unknown_bank, s.rejected
        ),
        Lang::En => format!(
            "{} files: {} accepted ({} edited, scores re-computed), {} migrated, {} duplicates (counted once{}), {} from another bank (grouped apart), {} rejected.",
            s.files, s.accepted, s.edited, s.migrated, s.duplicates,
            if s.differing > 0 { format!("; {} with other answers", s.differing) } else { String::new() },
            s.unknown_bank, s.rejected
        ),
    }
}

/// A group made with a bank this device does not have.
pub fn unknown_bank_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} hasil dibuat dengan bank soal atau versi yang tidak ada di perangkat ini. Simpan bank itu lewat Periksa Bank untuk menganalisisnya."),
        Lang::En => format!("{n} results were made with a bank (or version) this device does not have. Keep that bank through the checker to analyse them."),
    }
}

/// The group view: how many results are the learning loop's short attempts, left out.
pub fn short_attempts_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} hasil adalah latihan singkat (satu kompetensi, mengulang yang keliru, atau ulasan berkala); tidak dihitung dalam profil kelompok kecuali disertakan."),
        Lang::En => format!("{n} results are short practice (one competency, retrying what was missed, or spaced review); they are left out of the group's profile unless included."),
    }
}

/// How many items are flagged.
pub fn flagged_note(lang: Lang, flagged: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{flagged} dari {total} soal diuji ditandai untuk diperiksa."),
        Lang::En => format!("{flagged} of {total} tested items are flagged for a look."),
    }
}

/// "Ruangan: 62% benar (48 kartu)".
pub fn room_result(lang: Lang, score: f64, cards: u32) -> String {
    let pct = (score * 100.0).round();
    match lang {
        Lang::Id => format!("Ruangan: {pct}% benar ({cards} kartu)"),
        Lang::En => format!("The room: {pct}% right ({cards} cards)"),
    }
}

/// "Rata-rata ruangan: 3,4 dari 5 (40 kartu)".
pub fn room_mean(lang: Lang, mean: f64, cards: u32) -> String {
    let mean = crate::domain::format::number::fixed(mean, 1);
    match lang {
        Lang::Id => format!(
            "Rata-rata ruangan: {} dari 5 ({cards} kartu)",
            mean.replace('.', ",")
        ),
        Lang::En => format!("The room's mean: {mean} of 5 ({cards} cards)"),
    }
}
