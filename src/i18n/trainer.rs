//! The words of the trainers' app (bank checker, group view, presentation mode), both languages
//! side by side. A key set of its own, so that none of it is linked into the candidates' app.

use super::Lang;

word_set! {
    /// A user-facing string of the trainers' app.
    TKey, tt {
        CohortTitle => "Kelompok: hasil peserta", "Group: participants' results";
        CohortIntro => "Masukkan berkas hasil para peserta (banyak sekaligus, atau satu .zip berisi semuanya). Setiap berkas diperiksa: versi format, bank soal yang dipakai, dan skornya dihitung ulang dari jawaban. Lalu tampil profil kelompok dan analisis soal.", "Add the participants' results files (many at once, or one .zip of them). Each file is checked: format version, the bank it used, and its scores re-computed from its answers. Then the group profile and the item analysis appear.";
        CohortPrivacy => "Berkas dibaca di peramban ini dan tidak dikirim ke mana pun. Kelompok hanya disimpan di perangkat ini bila Anda memilih \"Simpan kelompok\", dan dapat dihapus.", "Files are read in this browser and sent nowhere. The group stays on this device only if you choose \"Keep the group\", and can be cleared.";
        DropResultsHere => "Tarik berkas hasil (.json) atau .zip ke sini", "Drag results files (.json) or a .zip here";
        Reading => "Membaca berkas…", "Reading files…";
        OpenStoredCohort => "Buka kelompok yang tersimpan", "Open the kept group";
        KeepCohort => "Simpan kelompok di perangkat ini", "Keep the group on this device";
        ClearCohort => "Hapus kelompok tersimpan", "Clear the kept group";
        CohortKept => "Kelompok disimpan di perangkat ini.", "The group is kept on this device.";
        CohortNotKept => "Kelompok terlalu besar untuk penyimpanan perangkat; unduh ringkasan dan CSV-nya sebagai gantinya.", "The group is too large for this device's storage; download its summary and CSV files instead.";
        CohortSummaryTitle => "Berkas yang dibaca", "Files read";
        ParticipantReport => "Laporan peserta", "Participant's report";
        Close => "Tutup", "Close";
        ParticipantsWord => "peserta", "participants";
        ExportParticipants => "Unduh CSV peserta", "Download participants CSV";
        ExportItems => "Unduh CSV analisis soal", "Download item analysis CSV";
        ExportSummary => "Unduh ringkasan (JSON)", "Download summary (JSON)";
        CompetenciesTitle => "Kompetensi kelompok", "The group's competencies";
        ParticipantsTitle => "Peserta", "Participants";
        All => "Semua", "All";
        HeatmapTitle => "Peta panas peserta × kompetensi", "Participants × competencies heatmap";
        ItemAnalysisTitle => "Analisis soal", "Item analysis";
        Overall => "Keseluruhan", "Overall";
        IncludeShortAttempts => "Sertakan latihan singkat dalam profil kelompok", "Include short practice in the group's profile";
        Pages => "Halaman tabel", "Table pages";
        GroupRadarCaption => "Rata-rata kelompok per kompetensi; peserta yang dipilih di tabel tampil sebagai garis putus-putus.", "The group's mean per competency; the participant chosen in the table shows as a dashed outline.";
        Mean => "rata-rata", "mean";
        HeatmapNote => "Angka = persen; warna: merah di bawah 50, cokelat 50–69, hijau 70–84, biru 85 ke atas. Paling banyak 200 peserta (menurut saringan dan urutan tabel).", "Numbers are percentages; colours: red below 50, brown 50–69, green 70–84, blue 85 and up. At most 200 participants (as filtered and sorted in the table).";
        FlagTooEasy => "terlalu mudah", "too easy";
        FlagTooHard => "terlalu sulit", "too hard";
        FlagNegative => "daya beda negatif — periksa kuncinya", "negative discrimination — check the key";
        OnlyFlagged => "Hanya soal yang ditandai", "Only flagged items";
        Item => "Soal", "Item";
        Difficulty => "Kesukaran (p)", "Difficulty (p)";
        Discrimination => "Daya beda (r)", "Discrimination (r)";
        UpperLower => "Atas–bawah 27%", "Upper–lower 27%";
        OptionsChosen => "Pilihan dipilih", "Options chosen";
        Flags => "Tanda", "Flags";
        ItemAnalysisNote => "p = rata-rata skor soal (0–1; soal yang tidak dijawab dihitung 0). r = korelasi skor soal dengan skor soal-soal lain (point-biserial terkoreksi). Atas–bawah = rata-rata skor 27% peserta teratas dikurangi 27% terbawah. Tanda muncul bila soal disajikan ke paling sedikit 5 peserta.", "p = mean item score (0–1; unanswered counts 0). r = correlation of the item score with the rest of the tested score (corrected point-biserial). Upper–lower = mean score of the top 27% minus the bottom 27%. Flags appear once at least 5 participants saw the item.";
        OpenCohort => "Buka Kelompok", "Open the group view";
        CohortCard => "Masukkan berkas hasil peserta (ratusan hingga ribuan, atau .zip): siapa yang siap, kompetensi mana yang lemah, soal mana yang bermasalah.", "Add participants' results files (hundreds to thousands, or a .zip): who is ready, which competencies are weak, which items are broken.";
        TrainerAppName => "Pilar Siap · Pelatih", "Pilar Siap · Trainers";
        TrainerFooter => "Semua berkas dibaca di peramban ini dan tidak dikirim ke mana pun.", "Every file is read in this browser and sent nowhere.";
        TrainerIntro => "Alat untuk pelatih dan panitia Bimtek: periksa dan susun bank soal sendiri dari spreadsheet, Moodle (GIFT) atau JSON.", "Tools for Bimtek trainers and organisers: check and build your own question bank from a spreadsheet, Moodle (GIFT) or JSON.";
        CheckerTitle => "Periksa Bank Soal", "Check a question bank";
        CheckerSummary => "Semua kesalahan sekaligus dengan baris dan kolomnya, pratinjau setiap soal beserta kuncinya, lalu pakai di perangkat ini atau unduh sebagai JSON, CSV atau GIFT.", "Every error at once with its line and column, a preview of every item with its key, then use it on this device or download it as JSON, CSV or GIFT.";
        OpenChecker => "Buka Periksa Bank", "Open the checker";
        BackToCandidateApp => "Kembali ke latihan peserta", "Back to the candidates' practice";
        CheckerClean => "Tidak ada kesalahan atau peringatan. Bank soal siap dipakai.", "No errors or warnings. The bank is ready to use.";
        CheckerResult => "Hasil pemeriksaan", "Check result";
        CheckerIntro => "Tarik berkas ke kotak di bawah atau pilih berkas: satu bank JSON, satu ekspor Moodle (GIFT .gift/.txt atau Moodle XML .xml), satu berkas Aiken (.txt), atau berkas CSV dari spreadsheet (soal.csv, dan bila ada kompetensi.csv dan info.csv, dipilih bersamaan). Berkas tidak dikirim ke mana pun.", "Drag files into the box below or pick them: one JSON bank, one Moodle export (GIFT .gift/.txt or Moodle XML .xml), one Aiken file (.txt), or a spreadsheet's CSV files (soal.csv, with kompetensi.csv and info.csv if you have them, picked together). Files are sent nowhere.";
        DropHere => "Tarik berkas bank soal ke sini", "Drag bank files here";
        OpenFromAddress => "Atau buka dari alamat di situs ini", "Or open from an address on this site";
        Checking => "Memeriksa…", "Checking…";
        UseThisBank => "Gunakan bank ini", "Use this bank";
        DownloadJson => "Unduh sebagai JSON", "Download as JSON";
        DownloadCsv => "Unduh sebagai CSV", "Download as CSV";
        DownloadGift => "Unduh sebagai GIFT", "Download as GIFT";
        BankKept => "Bank soal disimpan di perangkat ini dan dapat dipilih di halaman depan latihan.", "The bank is kept on this device and can be chosen on the practice home page.";
        TemplatesTitle => "Templat", "Templates";
        TemplatesText => "Mulailah dari contoh kecil yang memuat setiap jenis soal: isi di spreadsheet (CSV dengan pemisah titik koma), di Moodle (GIFT), atau langsung dalam JSON. Aturan lengkapnya ada di docs/formats.md (dan docs/panduan-pelatih.md) proyek.", "Start from a small example with every kind of item: fill it in a spreadsheet (semicolon-separated CSV), in Moodle (GIFT) or as JSON. The full rules are in the project's docs/formats.md.";
        TemplateCsv => "Unduh templat CSV", "Download the CSV template";
        TemplateGift => "Unduh contoh GIFT", "Download a GIFT example";
        TemplateJson => "Unduh contoh JSON", "Download a JSON example";
        KeptBanksTitle => "Bank soal di perangkat ini", "Banks kept on this device";
        PreviewTitle => "Pratinjau", "Preview";
        Version => "versi", "version";
        AllRoles => "semua peran", "all roles";
        DownloadMoodleXml => "Unduh sebagai Moodle XML", "Download as Moodle XML";
        TemplateMoodleXml => "Unduh contoh Moodle XML", "Download a Moodle XML example";
        TemplateAiken => "Unduh contoh Aiken", "Download an Aiken example";
        CategoriesTitle => "Kategori soal", "Question categories";
        CategoriesIntro => "Kategori dari file dicocokkan dengan kompetensi menurut nama. Untuk yang tidak cocok, pilih kompetensinya atau jadikan kompetensi baru. Pilihan ini diingat untuk file yang sama.", "The file's categories are matched to competencies by name. For those that match none, choose a competency or make it a new one. The choice is remembered for the same file.";
        Category => "Kategori", "Category";
        NewCompetency => "Kompetensi baru", "New competency";
        MatchedByName => "cocok menurut nama", "matched by name";
        NoSourceTitle => "Soal tanpa sumber", "Items without a source";
        NoSourceIntro => "Soal tanpa sumber tetap dapat dipakai, tetapi peserta tidak melihat dasar jawabannya. Tulis judul dokumen yang menjadi dasar soal-soal ini (mis. PP 39/2012 atau materi Bimtek): semua soal tanpa sumber mendapatkannya.", "Items without a source can still be used, but candidates do not see what their answer rests on. Write the title of the document these items rest on (e.g. PP 39/2012 or the Bimtek material): every item without a source gets it.";
        SourceTitleLabel => "Judul sumber", "Source title";
        SetSourceForAll => "Tetapkan untuk semua", "Set for all";
        CuesTitle => "Analisis petunjuk jawaban", "Answer-cue analysis";
        CuesIntro => "Dapatkah jawaban ditebak tanpa membaca soal? Angka berikut adalah skor harapan (0–1) bila peserta memilih dengan strategi yang tidak membaca soal — pilihan terpanjang, terpanjang kedua, terpendek, kata-kata yang mirip kunci soal lain, selalu huruf yang sama — dibandingkan dengan tebakan acak. Selisih lebih dari 0,05 ditandai dan muncul sebagai peringatan di atas.", "Can the answers be guessed without reading the questions? These are expected scores (0–1) when a candidate picks by a strategy that never reads the question — the longest option, the second-longest, the shortest, words that look like other items' keys, always the same letter — next to a random pick. A gain above 0.05 is marked and listed as a warning above.";
        CuesKind => "Jenis soal", "Kind of item";
        CuesRandom => "Acak", "Random";
        CuesStrategies => "Strategi tanpa membaca soal", "Strategies that never read the question";
        CuesKeyCounts => "Jumlah kunci per soal pilihan ganda kompleks", "Keys per multiple-answer item";
        CuesAbsolute => "Kata mutlak di soal benar/salah (benar / salah)", "Absolute words in true/false statements (true / false)";
        CuesPools => "Soal per peran dan kompetensi, dibanding yang ditarik setiap percobaan", "Items per role and competency, against the number each attempt draws";
        CuesPerItem => "Per soal", "Per item";
        CuesClean => "Tidak ada petunjuk jawaban di atas ambang: tidak ada strategi buta yang melampaui tebakan acak lebih dari 0,05, tidak ada pasangan soal yang saling membocorkan.", "No answer cue above the thresholds: no blind strategy beats a random pick by more than 0.05, and no pair of items gives each other away.";
        CuesKeyWords => "Kata penanda kunci di bank ini (di kunci / di pilihan salah)", "Words marking keys in this bank (in keys / in wrong options)";
        CuesWrongWords => "Kata penanda pilihan salah (di kunci / di pilihan salah)", "Words marking wrong options (in keys / in wrong options)";
        CuesBankWordsNote => "\"Pola kata bank ini\" mempelajari kata kunci dan pengecoh dari soal-soal lain di bank yang sama, seperti peserta yang berlatih berulang kali. Angkanya ditampilkan tanpa ambang: kosakata praktik baik memang wajar muncul di kunci, tetapi angka yang tinggi berarti kata-kata di bawah ini patut dipakai juga di pilihan yang salah, dan sebaliknya.", "\"This bank's word patterns\" learns key and distractor words from the bank's other items, as a candidate who practises again and again does. It is shown without a threshold: words of good practice naturally appear in keys, but a high figure means the words below should appear in wrong options too, and the other way round.";
        Present => "Presentasikan", "Present";
        PresentTitle => "Mode Presentasi", "Presentation mode";
        PresentIntro => "Jalankan sesi Bimtek dari laptop dan proyektor, tanpa internet: satu soal per layar, peserta mengangkat kartu A–E, Anda mengetik jumlah kartu, lalu membuka jawaban, penjelasan dan sumbernya. Sesi tersimpan di perangkat ini setiap kali berubah.", "Run a Bimtek session from a laptop and a projector, offline: one question per screen, the room raises A–E cards, you type the counts, then reveal the answer, the explanation and its source. The session is saved on this device at every change.";
        ContinueSession => "Lanjutkan sesi", "Continue the session";
        SessionSummary => "Ringkasan sesi", "Session summary";
        NewSession => "Sesi baru", "New session";
        HowMany => "Jumlah soal", "How many questions";
        DrawItems => "Undi soal", "Draw questions";
        SecondsPerItem => "Detik per soal (kosongkan bila tanpa waktu)", "Seconds per question (leave empty for no timer)";
        SessionName => "Nama sesi", "Session name";
        SaveSet => "Simpan set soal", "Save the question set";
        SavedSets => "Set soal tersimpan", "Saved question sets";
        ImportSession => "Buka catatan sesi (JSON)", "Open a session record (JSON)";
        PrintCards => "Cetak kartu jawaban", "Print answer cards";
        NoSession => "Belum ada sesi yang sedang berjalan. Siapkan sesi dulu.", "No session is running. Set one up first.";
        SessionBankUnknown => "Bank soal sesi ini tidak dikenal di perangkat ini. Simpan bank tersebut lewat Periksa Bank, lalu buka sesi lagi.", "This session's question bank is not known on this device. Keep that bank with the bank checker, then open the session again.";
        BackToSetup => "Kembali ke persiapan sesi", "Back to session set-up";
        NotSaved => "Tidak tersimpan!", "Not saved!";
        HelpTitle => "Tombol & pengaturan", "Keys & settings";
        CardsFor => "Jumlah kartu", "Cards raised for";
        BestOption => "Pilihan terbaik", "Best option";
        OptionCredits => "Nilai tiap pilihan", "Credit per option";
        NoCounts => "Belum ada hitungan kartu dari ruangan.", "No cards counted from the room yet.";
        ModelAndRubric => "Contoh jawaban dan rubrik (level tertinggi)", "Model answer and rubric (highest level)";
        SpaceKey => "Spasi", "Space";
        HelpNext => "Berikutnya (soal → jawaban → soal berikutnya)", "Next (question → answer → next question)";
        HelpBack => "Sebelumnya", "Back";
        HelpReveal => "Buka / tutup jawaban", "Reveal / hide the answer";
        HelpCount => "Ketik jumlah kartu untuk pilihan 1–9 (A = 1), Enter untuk selesai", "Type the cards raised for option 1–9 (A = 1), Enter when done";
        HelpBlank => "Layar hitam (tekan tombol apa saja untuk kembali)", "Blank screen (any key returns)";
        HelpFullscreen => "Layar penuh (Esc untuk keluar)", "Full screen (Esc leaves)";
        HelpTimer => "Mulai / jeda waktu", "Start / pause the timer";
        HelpTheme => "Tema gelap / terang", "Dark / light theme";
        HelpSize => "Perbesar / perkecil huruf", "Larger / smaller text";
        HelpSummary => "Ringkasan sesi", "Session summary";
        HelpHelp => "Tampilkan / tutup bantuan ini", "Show / hide this help";
        ShowAgain => "Tampilkan lagi", "Show again";
        ExportSession => "Unduh catatan sesi (JSON)", "Download the session record (JSON)";
        BackToPresenting => "Kembali ke presentasi", "Back to presenting";
        RevisitTitle => "Perlu dibahas ulang", "Worth revisiting";
        RevisitNone => "Tidak ada: ruangan menjawab benar lebih dari separuh pada setiap soal yang dihitung.", "None: the room was more than half right on every counted question.";
        RoomByCompetency => "Skor ruangan per kompetensi", "The room's score per competency";
        RoomScoreNote => "Skor ruangan = bagian kartu pada jawaban yang benar (pilihan situasional: sesuai nilainya), dibobot seperti bank soal. Pernyataan kemampuan diri dan jawaban terbuka tidak dinilai. Ini panduan latihan, bukan penilaian seleksi resmi.", "Room score = the share of cards on right answers (situational options: by their credit), weighted as in the bank. Can-do statements and open answers are not scored. A practice guide, not the official selection's scoring.";
        PerItemTitle => "Per soal", "Per question";
        CardsRaised => "Kartu", "Cards";
        RoomScore => "Skor ruangan", "Room score";
        CardsIntro => "Cetak di kertas A4, satu huruf per halaman; setiap peserta (atau kelompok) memegang satu set A–E. Untuk pernyataan skala 1–5, kartu A = 1 sampai E = 5. Soal benar/salah: A = Benar, B = Salah.", "Print on A4, one letter per page; each participant (or group) holds a set A–E. For 1–5 statements, card A = 1 up to E = 5. True/false: A = True, B = False.";
        PresentCard => "Satu soal per layar di proyektor, dikendalikan dengan clicker; ruangan menjawab dengan kartu A–E, tanpa internet.", "One question per screen on the projector, driven by a clicker; the room answers with A–E cards, offline.";
        OpenPresent => "Buka Mode Presentasi", "Open presentation mode";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages_and_they_differ() {
        let mut same = Vec::new();
        for &k in TKey::ALL {
            for lang in [Lang::Id, Lang::En] {
                assert!(!tt(lang, k).trim().is_empty(), "{k:?} {lang:?}");
            }
            if tt(Lang::Id, k) == tt(Lang::En, k) {
                same.push(k);
            }
        }
        assert_eq!(same, Vec::<TKey>::new(), "untranslated keys");
    }
}
