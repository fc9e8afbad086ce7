//! The words of Sunting Bank (the trainers' bank editor), both languages side by side. A key set
//! of its own, so that none of it is linked into the candidates' app.

use super::Lang;

word_set! {
    /// A user-facing string of the bank editor.
    EKey, et {
        Title => "Sunting Bank", "Edit Bank";
        Card => "Tulis bank soal dari awal atau perbaiki bank yang ada, dengan pemeriksaan dan pratinjau langsung di samping setiap kolom.", "Write a bank from scratch or fix one, with the checks and a preview beside every field as you type.";
        Open => "Buka Sunting Bank", "Open Edit Bank";
        Intro => "Setiap perubahan langsung tersimpan di perangkat ini sebagai draf dan langsung diperiksa. Tidak ada yang dikirim ke mana pun.", "Every change is saved on this device as a draft at once and checked at once. Nothing is sent anywhere.";
        StartTitle => "Mulai menyunting", "Start editing";
        NewEmpty => "Bank kosong baru", "New empty bank";
        CopyBundled => "Salinan bank bawaan", "Copy of the bundled bank";
        KeptTitle => "Bank yang dipakai di perangkat ini", "Banks used on this device";
        EditThis => "Sunting", "Edit";
        DropToEdit => "Tarik berkas bank ke sini (JSON, CSV, GIFT, Moodle XML, Aiken) atau pilih berkas untuk disunting.", "Drop a bank file here (JSON, CSV, GIFT, Moodle XML, Aiken) or pick one to edit.";
        FileNotRead => "Berkas ini tidak dapat dibaca sebagai bank:", "This file could not be read as a bank:";
        DraftsTitle => "Draf tersimpan", "Saved drafts";
        DraftsEmpty => "Belum ada draf.", "No drafts yet.";
        Continue => "Lanjutkan", "Continue";
        DraftUnreadable => "Draf ini tidak dapat dibaca lagi (datanya di perangkat rusak). Draf lain tetap utuh; hapus draf ini atau mulai lagi dari berkasnya.", "This draft can no longer be read (its data on the device is damaged). Other drafts are intact; delete this one or start again from its file.";
        DeleteDraft => "Hapus draf", "Delete draft";
        SavedAt => "disimpan", "saved";
        AllDrafts => "Semua draf", "All drafts";
        Undo => "Urungkan", "Undo";
        Redo => "Ulangi", "Redo";
        UndoHint => "Ctrl+Z urungkan, Ctrl+Y ulangi.", "Ctrl+Z undo, Ctrl+Y redo.";
        Parts => "Bagian bank", "Parts of the bank";
        Info => "Info bank", "Bank details";
        Sources => "Sumber", "Sources";
        Roles => "Peran", "Roles";
        Competencies => "Kompetensi", "Competencies";
        Items => "Soal", "Items";
        Id => "ID (huruf kecil, angka, tanda hubung)", "ID (lowercase letters, digits, hyphens)";
        BankTitle => "Judul", "Title";
        Version => "Versi", "Version";
        Language => "Bahasa teks bank (kode, mis. id)", "Language of the bank's text (code, e.g. id)";
        Description => "Deskripsi", "Description";
        Disclaimer => "Catatan tentang tingkat kesiapan", "Note on readiness levels";
        Anchors => "Label skala kemampuan 1–5", "Can-do scale labels 1–5";
        SimMinutes => "Waktu simulasi (menit; kosong: satu menit per soal)", "Simulation time (minutes; empty: one minute per item)";
        DrawPer => "Soal per kompetensi dalam satu percobaan (kosong: semua)", "Items per competency in an attempt (empty: all)";
        Url => "Alamat (http atau https)", "Address (http or https)";
        Short => "Singkatan", "Short name";
        Name => "Nama", "Name";
        NameEn => "Nama dalam bahasa Inggris", "Name in English";
        Rubric => "Tingkat rubrik (dari yang terendah)", "Rubric levels (lowest first)";
        LevelLabel => "Label", "Label";
        LevelMin => "Mulai dari (%)", "From (%)";
        Descriptor => "Deskripsi tingkat", "What the level means";
        Recommendation => "Rekomendasi", "Recommendation";
        Kind => "Jenis soal", "Item kind";
        Prompt => "Pertanyaan atau pernyataan", "Question or statement";
        Scenario => "Skenario", "Scenario";
        Explanation => "Penjelasan jawaban", "Why the answer is right";
        Source => "Sumber", "Source";
        NoSource => "— tanpa sumber —", "— no source —";
        Locator => "Letak di sumber (mis. Pasal 3)", "Where in the source (e.g. Article 3)";
        Measures => "Kompetensi yang diukur", "Competencies measured";
        Weight => "Bobot (0–1)", "Weight (0–1)";
        RolesOfItem => "Berlaku untuk peran (tidak ada yang dicentang: semua peran)", "For roles (none ticked: every role)";
        Options => "Pilihan jawaban", "Options";
        OptionText => "Teks pilihan", "Option text";
        Key => "Kunci", "Key";
        Credit => "Nilai (0–1)", "Credit (0–1)";
        Feedback => "Umpan balik", "Feedback";
        IsTrue => "Pernyataan ini benar", "The statement is true";
        ItemAnchors => "Label skala khusus soal ini (kosong: label bank)", "This item's own scale labels (empty: the bank's)";
        Guidance => "Panduan menjawab (satu per baris)", "Guidance (one per line)";
        ModelAnswer => "Jawaban model", "Model answer";
        Criteria => "Kriteria penilaian", "Rating criteria";
        CriterionLevels => "Deskripsi tiap tingkat (satu per baris, terendah dulu)", "Each level (one per line, lowest first)";
        Speaking => "Timer bicara (detik; kosong: tanpa timer)", "Speaking timer (seconds; empty: none)";
        Add => "Tambah", "Add";
        AddItem => "Tambah soal", "Add item";
        AddSource => "Tambah sumber", "Add source";
        AddRole => "Tambah peran", "Add role";
        AddCompetency => "Tambah kompetensi", "Add competency";
        AddLevel => "Tambah tingkat", "Add level";
        AddOption => "Tambah pilihan", "Add option";
        AddCriterion => "Tambah kriteria", "Add criterion";
        AddMeasure => "Tambah kompetensi yang diukur", "Add a competency measured";
        Duplicate => "Gandakan", "Duplicate";
        Delete => "Hapus", "Delete";
        MoveUp => "Naikkan", "Move up";
        MoveDown => "Turunkan", "Move down";
        DeleteItem => "Hapus soal", "Delete item";
        Deleted => "Dihapus.", "Deleted.";
        Search => "Cari teks", "Search text";
        AnyCompetency => "Semua kompetensi", "Every competency";
        AnyRole => "Semua peran", "Every role";
        AnyKind => "Semua jenis", "Every kind";
        ByCompetency => "Saring menurut kompetensi", "Filter by competency";
        ByRole => "Saring menurut peran", "Filter by role";
        ByKind => "Saring menurut jenis", "Filter by kind";
        OnlyProblems => "Hanya yang bermasalah", "Only with problems";
        ReorderHint => "Urutkan dengan menyeret, atau Alt+↑ / Alt+↓ pada soal yang dipilih.", "Reorder by dragging, or Alt+↑ / Alt+↓ on the selected item.";
        NoItemsMatch => "Tidak ada soal yang cocok.", "No item matches.";
        ProblemsTitle => "Masalah", "Problems";
        NoProblems => "Tidak ada kesalahan atau peringatan.", "No errors or warnings.";
        PreviewPhone => "Seperti di HP peserta", "As on a candidate's phone";
        PreviewProjector => "Seperti di proyektor", "As projected";
        PreviewBlocked => "Pratinjau muncul setelah kesalahan soal ini diperbaiki.", "The preview appears once this item's errors are fixed.";
        PreviewPick => "Pilih satu soal untuk melihat pratinjaunya.", "Pick an item to see its preview.";
        UseBlocked => "Perbaiki semua kesalahan dulu; bank baru dapat dipakai dan diunduh setelah itu.", "Fix every error first; then the bank can be used and downloaded.";
        InUseTitle => "Versi ini sudah dipakai", "This version is in use";
        KeepVersion => "Tetap versi ini (hanya bila belum ada hasil peserta)", "Keep this version (only if no results exist yet)";
        Checked => "Diperiksa", "Checked";
        EditHere => "Perbaiki di Sunting Bank", "Fix in Edit Bank";
        CuesPending => "Petunjuk jawaban diperiksa sebentar lagi…", "Answer cues are checked in a moment…";
    }
}

/// Why a kept bank needs a new version before it is used again.
pub fn in_use_text(lang: Lang, id: &str, version: &str) -> String {
    match lang {
        Lang::Id => format!("Bank {id} versi {version} dengan isi lain sudah dipakai di perangkat ini, jadi mungkin sudah ada hasil peserta yang merujuknya. Hasil dikaitkan dengan isi bank, maka bank yang diubah sebaiknya disimpan sebagai versi baru."),
        Lang::En => format!("Bank {id} version {version} with other contents is already in use on this device, so participants' results may refer to it. Results are tied to a bank's contents, so a changed bank is best saved as a new version."),
    }
}

/// The button that saves a bank in use as version `next`.
pub fn save_as_version(lang: Lang, next: &str) -> String {
    match lang {
        Lang::Id => format!("Simpan sebagai versi {next} lalu pakai"),
        Lang::En => format!("Save as version {next} and use it"),
    }
}

/// A draft's line in the list: its number of items and when it was saved.
pub fn draft_line(lang: Lang, items: u32, saved: &str) -> String {
    match lang {
        Lang::Id => format!("{items} soal · disimpan {saved}"),
        Lang::En => format!("{items} items · saved {saved}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages_and_they_differ() {
        for &k in EKey::ALL {
            for lang in [Lang::Id, Lang::En] {
                assert!(!et(lang, k).trim().is_empty(), "{k:?} {lang:?}");
            }
            let same = et(Lang::Id, k) == et(Lang::En, k);
            assert!(!same || matches!(k, EKey::LevelLabel), "{k:?} untranslated");
        }
    }
}
