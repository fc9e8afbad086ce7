//! The words of the learning loop (next steps, short attempts, progress, study materials), both
//! languages side by side: a key set of its own, linked only into the chunks that show them.

use super::Lang;

word_set! {
    /// A user-facing string of the learning loop.
    LKey, lt {
        NextSteps => "Langkah berikutnya", "Next steps";
        Readiness => "Kesiapan menurut soal teruji", "Readiness by tested items";
        Weakest => "Paling perlu dilatih", "Most in need of practice";
        PractiseThis => "Latih kompetensi ini", "Practise this competency";
        RetryMissed => "Ulangi yang keliru", "Retry what was missed";
        RetryAllMissed => "Ulangi semua yang keliru", "Retry everything missed";
        SpacedReview => "Ulasan berkala", "Spaced review";
        Materials => "Bahan belajar", "Study materials";
        MaterialsIntro => "Sumber yang menjadi dasar bank soal ini, dengan soal yang mengutipnya dan hasil terakhir Anda pada soal itu. Sumber dengan soal yang paling perlu diulang tampil lebih dulu.", "The sources this bank rests on, with the items citing them and your last result on each. Sources with the most items to go over come first.";
        MaterialsOfCompetency => "Bahan belajar kompetensi ini", "Study materials for this competency";
        AllMaterials => "Semua bahan belajar", "All study materials";
        OpenSource => "Buka sumber", "Open the source";
        NoSourceLink => "Dokumen ini tidak bertautan; carilah di JDIH atau tanyakan kepada pendamping.", "This document has no link; look it up in a legal database or ask your trainer.";
        ToStudy => "perlu diulang", "to go over";
        OutcomeRight => "Benar", "Right";
        OutcomePartial => "Sebagian benar", "Partly right";
        OutcomeWrong => "Keliru", "Wrong";
        OutcomeNone => "Belum dijawab", "Not answered yet";
        ProgressTitle => "Perkembangan per kompetensi", "Progress by competency";
        ProgressIntro => "Skor setiap kompetensi pada setiap percobaan dengan bank soal ini, dari yang terlama. Titik penuh: percobaan lengkap; titik berongga: latihan singkat.", "Each competency's score in every attempt with this bank, oldest first. Filled dot: a whole attempt; hollow dot: short practice.";
        ShortIntro => "Latihan singkat: umpan balik setelah setiap soal. Hasilnya masuk riwayat dan ulasan berkala, tetapi tidak dibandingkan dengan percobaan lengkap.", "Short practice: feedback after each item. It goes into your history and spaced review, but is not compared with whole attempts.";
    }
}

/// A button's count of items: "(7 soal)".
pub fn item_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("({n} soal)"),
        Lang::En if n == 1 => "(1 item)".to_owned(),
        Lang::En => format!("({n} items)"),
    }
}

/// The home page's spaced review: how many items are due today.
pub fn due_note(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} soal yang pernah Anda jawab perlu diulas hari ini, agar tetap teringat sampai hari seleksi."),
        Lang::En if n == 1 => "1 item you answered before is due for review today, so that it stays with you until the selection.".to_owned(),
        Lang::En => format!("{n} items you answered before are due for review today, so that they stay with you until the selection."),
    }
}

/// A short attempt's result: how many tested items earned full credit.
pub fn tally_note(lang: Lang, right: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{right} dari {total} soal dijawab benar sepenuhnya."),
        Lang::En => format!("{right} of {total} items answered fully right."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages_and_they_differ() {
        for &k in LKey::ALL {
            assert!(!lt(Lang::Id, k).trim().is_empty(), "{k:?}");
            assert!(!lt(Lang::En, k).trim().is_empty(), "{k:?}");
            assert_ne!(lt(Lang::Id, k), lt(Lang::En, k), "{k:?}");
        }
    }
}
