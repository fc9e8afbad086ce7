//! The sentence for each kind of problem in a file, and the whole line that places it: what is
//! wrong, where, and what to do.

use super::{t, Key, Lang};
use crate::domain::format::number::plain as num;
use crate::domain::format::problem::{JsonKind, Problem, ProblemKind as K, Severity, SyntaxKind};

/// A whole line for a problem: severity, place (line and column, path) and what is wrong.
pub fn problem_line(lang: Lang, p: &Problem) -> String {
    problem_line_in(lang, None, p)
}

/// A whole line for a problem in a named file: "Kesalahan di soal.csv, baris 5, kolom 7,
/// `kunci`: …" — the file, then line and column (what an editor finds), then the path.
pub fn problem_line_in(lang: Lang, file: Option<&str>, p: &Problem) -> String {
    let severity = match p.severity {
        Severity::Error => t(lang, Key::ProblemError),
        Severity::Warning => t(lang, Key::ProblemWarning),
    };
    let mut place: Vec<String> = file.map(str::to_owned).into_iter().collect();
    if let (Some(l), Some(c)) = (p.line, p.column) {
        place.push(match lang {
            Lang::Id => format!("baris {l}, kolom {c}"),
            Lang::En => format!("line {l}, column {c}"),
        });
    }
    if !p.path.is_root() {
        place.push(format!("`{}`", p.path));
    }
    let text = problem_text(lang, &p.kind);
    if place.is_empty() {
        format!("{severity}: {text}")
    } else {
        format!(
            "{severity} {} {}: {text}",
            t(lang, Key::ProblemAt),
            place.join(", ")
        )
    }
}

fn kind_name(lang: Lang, k: JsonKind) -> &'static str {
    match (lang, k) {
        (Lang::Id, JsonKind::Text) => "teks (dalam tanda petik)",
        (Lang::Id, JsonKind::Number) => "angka",
        (Lang::Id, JsonKind::WholeNumber) => "bilangan bulat tidak negatif",
        (Lang::Id, JsonKind::Bool) => "true atau false",
        (Lang::Id, JsonKind::List) => "daftar [ … ]",
        (Lang::Id, JsonKind::Object) => "objek { … }",
        (Lang::Id, JsonKind::Null) => "null (kosong)",
        (Lang::Id, JsonKind::Other) => "nilai lain",
        (Lang::En, JsonKind::Text) => "text (in quotes)",
        (Lang::En, JsonKind::Number) => "a number",
        (Lang::En, JsonKind::WholeNumber) => "a non-negative whole number",
        (Lang::En, JsonKind::Bool) => "true or false",
        (Lang::En, JsonKind::List) => "a list [ … ]",
        (Lang::En, JsonKind::Object) => "an object { … }",
        (Lang::En, JsonKind::Null) => "null (empty)",
        (Lang::En, JsonKind::Other) => "another value",
    }
}

fn syntax_id(what: SyntaxKind, detail: &str) -> String {
    let s = match what {
        SyntaxKind::Truncated => "Berkas berakhir sebelum JSON-nya selesai; mungkin terpotong saat dikirim. Minta atau unduh ulang berkasnya",
        SyntaxKind::ExpectedValue => "Di sini seharusnya ada nilai (teks, angka, daftar atau objek); periksa koma ganda atau nilai yang terhapus",
        SyntaxKind::TrailingComma => "Ada koma berlebih sebelum tanda tutup ] atau }; hapus koma itu",
        SyntaxKind::ExpectedCommaOrClose => "Kurang tanda koma di antara dua nilai, atau kurang tanda tutup ] atau }",
        SyntaxKind::ExpectedColon => "Kurang tanda titik dua (:) setelah nama kolom",
        SyntaxKind::KeyNotString => "Nama kolom harus ditulis dalam tanda petik ganda, misalnya \"id\"",
        SyntaxKind::TrailingCharacters => "Ada teks lagi setelah akhir JSON; hapus teks itu",
        SyntaxKind::TooDeep => "Susunan bersarang terlalu dalam (lebih dari 128 tingkat); berkas ini bukan bank atau hasil yang wajar",
        SyntaxKind::ControlCharacter => "Ada baris baru atau karakter kendali di dalam teks; tulis baris baru sebagai \\n",
        SyntaxKind::BadEscape => "Ada garis miring terbalik (\\) atau kode karakter yang tidak sah di dalam teks",
        SyntaxKind::BadNumber => "Angka tidak sah atau terlalu besar",
        SyntaxKind::Other => return format!("Ini bukan JSON yang sah ({detail}). Periksa tanda koma, kutip dan kurung di sekitar tempat ini."),
    };
    format!("{s}.")
}

fn syntax_en(what: SyntaxKind, detail: &str) -> String {
    let s = match what {
        SyntaxKind::Truncated => "The file ends before its JSON does; it may have been cut off in transfer. Ask for or download it again",
        SyntaxKind::ExpectedValue => "A value (text, number, list or object) belongs here; look for a double comma or a deleted value",
        SyntaxKind::TrailingComma => "An extra comma before a closing ] or }; remove it",
        SyntaxKind::ExpectedCommaOrClose => "A comma between two values, or a closing ] or }, is missing",
        SyntaxKind::ExpectedColon => "A colon (:) after a field name is missing",
        SyntaxKind::KeyNotString => "Field names must be in double quotes, e.g. \"id\"",
        SyntaxKind::TrailingCharacters => "There is more text after the end of the JSON; remove it",
        SyntaxKind::TooDeep => "Nested too deep (more than 128 levels); this is not a sensible bank or results file",
        SyntaxKind::ControlCharacter => "A line break or control character inside a text; write line breaks as \\n",
        SyntaxKind::BadEscape => "An invalid backslash (\\) escape or character code inside a text",
        SyntaxKind::BadNumber => "An invalid or too large number",
        SyntaxKind::Other => return format!("This is not valid JSON ({detail}). Check the commas, quotes and brackets around here."),
    };
    format!("{s}.")
}

fn kib(bytes: u64) -> String {
    let kb = bytes / 1024;
    if kb >= 1024 {
        format!("{} MB", kb / 1024)
    } else {
        format!("{kb} KB")
    }
}

/// What is wrong and what to do, in `lang`.
pub fn problem_text(lang: Lang, kind: &K) -> String {
    match lang {
        Lang::Id => id_text(kind),
        Lang::En => en_text(kind),
    }
}

fn id_text(kind: &K) -> String {
    let l = Lang::Id;
    match kind {
        K::TooLarge { bytes, limit } => format!("Berkas terlalu besar ({}); batasnya {}. Periksa apakah berkasnya benar.", kib(*bytes), kib(*limit)),
        K::NotUtf8 { byte } => format!("Berkas ini bukan teks UTF-8 (byte ke-{byte} tidak sah), mungkin disimpan dengan pengodean lain. Simpan ulang sebagai UTF-8, misalnya \"CSV UTF-8\" di spreadsheet."),
        K::ReadAsWindows1252 { byte } => format!("Berkas ini bukan UTF-8 (mulai byte ke-{byte}), jadi dibaca sebagai Windows-1252 (ANSI, cara Excel menyimpan \"CSV (Comma delimited)\"). Periksa huruf seperti é, “ ” dan – di pratinjau; lebih aman simpan sebagai \"CSV UTF-8\"."),
        K::Unreadable => "Berkas tidak dapat dibaca oleh peramban; mungkin berkasnya dipindahkan atau dihapus. Pilih lagi berkasnya.".into(),
        K::NotFetched { url, status: Some(404) } => format!("Berkas \"{url}\" tidak ditemukan di situs ini (HTTP 404). Periksa alamatnya."),
        K::NotFetched { url, status: Some(s) } => format!("Server menjawab HTTP {s} untuk \"{url}\"; coba lagi nanti."),
        K::NotFetched { url, status: None } => format!("\"{url}\" tidak dapat diambil: tidak ada sambungan internet, atau permintaan ditolak. Coba lagi saat tersambung."),
        K::Syntax { what, detail } => syntax_id(*what, detail),
        K::WrongFormat { expected, found } if found.is_empty() => format!("Berkas ini tidak memiliki kolom `format`; yang diharapkan \"{expected}\". Mungkin ini bukan berkas Pilar Siap."),
        K::WrongFormat { expected, found } => format!("Berkas ini berformat \"{found}\", padahal yang diharapkan \"{expected}\". Pilih berkas yang sesuai."),
        K::NewerVersion { found, supported } => format!("Berkas ini memakai format versi {found}, lebih baru daripada yang dikenal aplikasi ini (versi {supported}). Perbarui Pilar Siap (muat ulang halaman saat tersambung internet)."),
        K::BadVersion { found } => format!("Versi format \"{found}\" tidak sah; tulis bilangan bulat, misalnya 1."),
        K::Missing { field } => format!("Kolom `{field}` wajib ada tetapi tidak ditemukan. Tambahkan kolom itu."),
        K::UnknownField { field, expected } => format!("Kolom `{field}` tidak dikenal (salah ketik?). Kolom yang dikenal di sini: {expected}."),
        K::FieldNotForKind { field, kind } => format!("Kolom `{field}` tidak dipakai oleh soal jenis {kind}. Hapus kolom itu, atau periksa `kind` soal ini."),
        K::UnknownVariant { found, expected } => format!("Nilai \"{found}\" tidak dikenal. Pilihan yang sah: {expected}."),
        K::WrongType { found, expected } => format!("Jenis nilainya salah: tertulis {}, seharusnya {}.", kind_name(l, *found), kind_name(l, *expected)),
        K::Structure { detail } => format!("Susunan berkas tidak sesuai ({detail})."),
        K::UnclosedQuote => "Tanda petik ganda (\") dibuka di sel ini tetapi tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel. Tambahkan \" di akhir isi sel.".into(),
        K::CsvUnreadable { detail } => format!("Baris-baris berkas ini tidak terbaca sebagai CSV ({detail}). Simpan ulang dari spreadsheet sebagai CSV."),
        K::CreditList { found } => format!("Nilai pilihan \"{found}\" tidak terbaca; tulis huruf pilihan dan nilainya, misalnya a=1; b=0,5; c=0."),
        K::GiftTitleOpen => "Judul soal dibuka dengan :: tetapi tidak ditutup dengan ::. Tambahkan :: setelah judul.".into(),
        K::GiftAnswersOpen => "Jawaban soal dibuka dengan { tetapi tidak ditutup dengan }. Tambahkan } setelah jawaban terakhir.".into(),
        K::ZipNotJson => "Bukan berkas hasil (.json), jadi dilewati.".into(),
        K::ZipEntryTooLarge { limit } => format!("Berkas di dalam .zip ini lebih besar daripada berkas hasil mana pun (batas {}); dilewati.", kib(*limit)),
        K::ZipUnsupported => "Berkas di dalam .zip ini dikemas dengan cara yang tidak bisa dibuka aplikasi (atau diberi kata sandi). Buat ulang .zip-nya tanpa kata sandi.".into(),
        K::ZipDamaged => "Berkas .zip ini rusak dan tidak bisa dibuka. Unduh atau buat ulang .zip-nya.".into(),
        K::QrNotOurs => "Kode QR ini bukan kode hasil Pilar Siap. Minta peserta membuka laporannya lalu menekan \"Tunjukkan QR ke pelatih\".".into(),
        K::QrDamaged => "Kode QR hasil ini tidak terbaca utuh. Minta peserta menampilkan kodenya lagi, atau kirim berkas hasilnya.".into(),
        K::QrUnknownBank { bank } => format!("Kode ini dibuat dengan bank soal {bank}, yang tidak ada di perangkat ini. Muat bank soal itu dulu, atau minta berkas hasilnya."),
        K::Empty => "Teks ini wajib diisi tetapi kosong.".into(),
        K::TooLong { chars, max } => format!("Teks terlalu panjang ({chars} karakter); paling banyak {max}."),
        K::HiddenCharacter { code } => format!("Teks ini memuat karakter tak terlihat ({code}: pengatur arah tulisan atau spasi lebar nol) yang bisa menyamarkan isinya; hapus karakter itu."),
        K::TooMany { count, max } => format!("Terlalu banyak ({count}); paling banyak {max}."),
        K::TooFew { count, min } => format!("Terlalu sedikit ({count}); paling sedikit {min}."),
        K::DuplicateId { id, first } => format!("Id \"{id}\" sudah dipakai di `{first}`. Setiap id harus unik; ganti salah satunya."),
        K::BadId { id } => format!("Id \"{id}\" tidak sah: pakai 1–64 huruf, angka, '-', '_' atau '.', tanpa spasi."),
        K::UnknownCompetency { id } => format!("Kompetensi \"{id}\" tidak ada di daftar `competencies`. Periksa ejaannya atau tambahkan kompetensinya."),
        K::UnknownRole { id } => format!("Peran \"{id}\" tidak ada di daftar `roles`. Periksa ejaannya atau tambahkan perannya."),
        K::UnknownSource { id } => format!("Sumber \"{id}\" tidak ada di daftar `sources`. Periksa ejaannya atau tambahkan sumbernya."),
        K::OutOfRange { value, min, max } => format!("Nilai {} di luar rentang yang boleh ({} sampai {}).", num(*value), num(*min), num(*max)),
        K::ThresholdOrder { previous, value } => format!("Batas tingkat {} harus lebih besar daripada batas tingkat sebelumnya ({}). Urutkan tingkat dari yang terendah.", num(*value), num(*previous)),
        K::FirstThresholdNotZero { value } => format!("Tingkat pertama harus mulai dari 0, bukan {}.", num(*value)),
        K::CorrectCount { count } => format!("Soal pilihan tunggal harus punya tepat satu pilihan dengan \"correct\": true; di sini ada {count}."),
        K::NoCorrect => "Soal pilihan ganda harus punya paling sedikit satu pilihan dengan \"correct\": true.".into(),
        K::NoFullCredit => "Soal situasi harus punya paling sedikit satu pilihan dengan \"credit\": 1 (jawaban terbaik).".into(),
        K::BadUrl { url } => format!("Tautan \"{url}\" tidak diizinkan; hanya alamat http:// atau https://."),
        K::DuplicateQuestion { first } => format!("Teks soal ini sama dengan soal di `{first}`."),
        K::UnmeasuredCompetency { id } => format!("Tidak ada soal yang mengukur kompetensi \"{id}\"."),
        K::NoItemsForRole { id } => format!("Tidak ada soal untuk peran \"{id}\"."),
        K::ScoreMismatch { stored, computed } => format!("Skor yang tersimpan ({stored}) berbeda dengan skor dari jawabannya ({computed}); berkas ini telah diubah."),
        K::OtherBank { expected, found } => format!("Berkas ini dibuat dengan bank soal \"{found}\", bukan \"{expected}\"."),
        K::AnswerMismatch => "Jawaban ini tidak cocok dengan soalnya (pilihannya tidak ada di bank soal); berkas ini telah diubah.".into(),
        K::KindMismatch { stored, bank } => format!("Jenis soal di berkas (\"{stored}\") berbeda dengan jenisnya di bank soal (\"{bank}\"); berkas ini telah diubah."),
        K::UnknownItem { id } => format!("Soal \"{id}\" tidak ada di bank soal ini; berkas ini dibuat dengan bank lain atau telah diubah."),
        K::DuplicateDiffers { first } => format!("Peserta dan waktu mulainya sama dengan berkas {first}, tetapi jawabannya berbeda; hanya yang pertama dihitung. Tanyakan peserta berkas mana yang benar."),
        K::BadTime { text } => format!("Waktu \"{text}\" tidak sah; tulis seperti 2026-07-01T08:00:00Z."),
        K::FinishedBeforeStart { started, finished } => format!("Waktu selesai ({finished}) lebih awal daripada waktu mulai ({started}); berkas ini telah diubah."),
        K::Cue(w) => super::cues::cue_text(Lang::Id, w),
        K::BadHash { text } => format!("Sidik bank soal \"{text}\" tidak sah: seharusnya 64 huruf heksadesimal kecil (sha256). Berkas ini rusak atau telah diubah."),
        K::BadLanguage { tag } => format!("Kode bahasa \"{tag}\" tidak sah; tulis kode seperti id (Bahasa Indonesia) atau en."),
        K::NoSource => "Soal ini belum punya sumber. Soal tetap dapat dipakai; tetapkan satu sumber untuk semua soal tanpa sumber di Periksa Bank, atau tulis `// sumber: …` di atas soalnya.".into(),
        K::UnsupportedQuestion { kind, title } => format!("Soal \"{title}\" ({}) tidak dapat dipakai di Pilar Siap dan dilewati; soal lainnya tetap diimpor.", question_kind(l, kind)),
        K::AikenNoAnswer => "Soal ini tidak punya baris `ANSWER:` setelah pilihannya, sehingga dilewati. Tambahkan misalnya `ANSWER: B`.".into(),
        K::AikenAnswerUnknown { letter } => format!("Jawaban `ANSWER: {letter}` bukan salah satu pilihan soal ini, sehingga soal dilewati. Pakai huruf pilihan yang ada (A., B., …)."),
        K::AikenFewOptions => "Soal ini punya kurang dari dua pilihan (`A.` atau `A)` di awal baris), sehingga dilewati.".into(),
        K::XmlUnreadable { detail } => format!("File XML ini tidak dapat dibaca ({detail}). Periksa tanda < dan > serta tag penutupnya, atau ekspor ulang dari Moodle."),
        K::XmlNotQuiz { found } => format!("Ini bukan file Moodle XML: isinya `<{found}>`, bukan `<quiz>`. Ekspor bank soal dari Moodle dengan format \"Moodle XML\"."),
    }
}

fn en_text(kind: &K) -> String {
    let l = Lang::En;
    match kind {
        K::TooLarge { bytes, limit } => format!("The file is too large ({}); the limit is {}. Check that it is the right file.", kib(*bytes), kib(*limit)),
        K::NotUtf8 { byte } => format!("This file is not UTF-8 text (byte {byte} is invalid); it was probably saved in another encoding. Save it again as UTF-8, e.g. \"CSV UTF-8\" in a spreadsheet."),
        K::ReadAsWindows1252 { byte } => format!("This file is not UTF-8 (from byte {byte}), so it was read as Windows-1252 (ANSI, how Excel saves \"CSV (Comma delimited)\"). Check letters such as é, “ ” and – in the preview; saving as \"CSV UTF-8\" is safer."),
        K::Unreadable => "The browser could not read the file; it may have been moved or deleted. Choose it again.".into(),
        K::NotFetched { url, status: Some(404) } => format!("\"{url}\" was not found on this site (HTTP 404). Check the address."),
        K::NotFetched { url, status: Some(s) } => format!("The server answered HTTP {s} for \"{url}\"; try again later."),
        K::NotFetched { url, status: None } => format!("\"{url}\" could not be fetched: no connection, or the request was refused. Try again when online."),
        K::Syntax { what, detail } => syntax_en(*what, detail),
        K::WrongFormat { expected, found } if found.is_empty() => format!("This file has no `format` field; \"{expected}\" was expected. It may not be a Pilar Siap file."),
        K::WrongFormat { expected, found } => format!("This file's format is \"{found}\", but \"{expected}\" was expected. Choose the right file."),
        K::NewerVersion { found, supported } => format!("This file uses format version {found}, newer than this app knows (version {supported}). Update Pilar Siap (reload the page while online)."),
        K::BadVersion { found } => format!("Format version \"{found}\" is not valid; write a whole number such as 1."),
        K::Missing { field } => format!("Field `{field}` is required but missing. Add it."),
        K::UnknownField { field, expected } => format!("Field `{field}` is not known (a typo?). Fields known here: {expected}."),
        K::FieldNotForKind { field, kind } => format!("Field `{field}` is not used by {kind} items. Remove it, or check this item's `kind`."),
        K::UnknownVariant { found, expected } => format!("Value \"{found}\" is not known. Valid choices: {expected}."),
        K::WrongType { found, expected } => format!("Wrong kind of value: found {}, expected {}.", kind_name(l, *found), kind_name(l, *expected)),
        K::Structure { detail } => format!("The file's structure does not fit ({detail})."),
        K::UnclosedQuote => "A double quote (\") opens in this cell but never closes, so the rest of the file reads as one cell. Add \" at the end of the cell.".into(),
        K::CsvUnreadable { detail } => format!("The rows of this file cannot be read as CSV ({detail}). Save it again from the spreadsheet as CSV."),
        K::CreditList { found } => format!("Option credits \"{found}\" cannot be read; write each option's letter and credit, e.g. a=1; b=0.5; c=0."),
        K::GiftTitleOpen => "The question's title opens with :: but is not closed with ::. Add :: after the title.".into(),
        K::GiftAnswersOpen => "The answers open with { but are not closed with }. Add } after the last answer.".into(),
        K::ZipNotJson => "Not a results file (.json), so it was skipped.".into(),
        K::ZipEntryTooLarge { limit } => format!("This file in the .zip is larger than any results file (limit {}); skipped.", kib(*limit)),
        K::ZipUnsupported => "This file in the .zip is packed in a way the app cannot open (or has a password). Make the .zip again without a password.".into(),
        K::ZipDamaged => "This .zip file is damaged and cannot be opened. Download or make the .zip again.".into(),
        K::QrNotOurs => "This QR code is not a Pilar Siap results code. Ask the participant to open their report and press \"Show QR to the trainer\".".into(),
        K::QrDamaged => "This results code did not read whole. Ask the participant to show the code again, or send the results file.".into(),
        K::QrUnknownBank { bank } => format!("This code was made with the question bank {bank}, which this device does not have. Load that bank first, or ask for the results file."),
        K::Empty => "This text is required but empty.".into(),
        K::TooLong { chars, max } => format!("Text too long ({chars} characters); at most {max}."),
        K::HiddenCharacter { code } => format!("This text holds an invisible character ({code}: a direction override or zero-width space) that can disguise it; remove it."),
        K::TooMany { count, max } => format!("Too many ({count}); at most {max}."),
        K::TooFew { count, min } => format!("Too few ({count}); at least {min}."),
        K::DuplicateId { id, first } => format!("Id \"{id}\" is already used at `{first}`. Ids must be unique; change one of them."),
        K::BadId { id } => format!("Id \"{id}\" is not valid: use 1–64 letters, digits, '-', '_' or '.', no spaces."),
        K::UnknownCompetency { id } => format!("Competency \"{id}\" is not in `competencies`. Check the spelling or add the competency."),
        K::UnknownRole { id } => format!("Role \"{id}\" is not in `roles`. Check the spelling or add the role."),
        K::UnknownSource { id } => format!("Source \"{id}\" is not in `sources`. Check the spelling or add the source."),
        K::OutOfRange { value, min, max } => format!("Value {} is outside the allowed range ({} to {}).", num(*value), num(*min), num(*max)),
        K::ThresholdOrder { previous, value } => format!("Level threshold {} must be greater than the previous level's ({}). Order levels from the lowest.", num(*value), num(*previous)),
        K::FirstThresholdNotZero { value } => format!("The first level must start at 0, not {}.", num(*value)),
        K::CorrectCount { count } => format!("A single-choice item needs exactly one option with \"correct\": true; this one has {count}."),
        K::NoCorrect => "A multiple-choice item needs at least one option with \"correct\": true.".into(),
        K::NoFullCredit => "A situational item needs at least one option with \"credit\": 1 (the best answer).".into(),
        K::BadUrl { url } => format!("Link \"{url}\" is not allowed; only http:// or https:// addresses."),
        K::DuplicateQuestion { first } => format!("This question's text is the same as the one at `{first}`."),
        K::UnmeasuredCompetency { id } => format!("No item measures competency \"{id}\"."),
        K::NoItemsForRole { id } => format!("No items for role \"{id}\"."),
        K::ScoreMismatch { stored, computed } => format!("The stored scores ({stored}) differ from those its answers give ({computed}); the file was edited."),
        K::OtherBank { expected, found } => format!("This file was made with question bank \"{found}\", not \"{expected}\"."),
        K::AnswerMismatch => "This answer does not fit its item (the option is not in the bank); the file was changed.".into(),
        K::KindMismatch { stored, bank } => format!("The item's kind in the file (\"{stored}\") differs from its kind in the bank (\"{bank}\"); the file was changed."),
        K::UnknownItem { id } => format!("Item \"{id}\" is not in this bank; the file was made with another bank or changed."),
        K::DuplicateDiffers { first } => format!("Same participant and start time as {first}, but other answers; only the first counts. Ask the participant which file is right."),
        K::BadTime { text } => format!("Time \"{text}\" is not valid; write it like 2026-07-01T08:00:00Z."),
        K::FinishedBeforeStart { started, finished } => format!("The finish time ({finished}) is before the start ({started}); this file has been changed."),
        K::Cue(w) => super::cues::cue_text(Lang::En, w),
        K::BadHash { text } => format!("Bank fingerprint \"{text}\" is not valid: it should be 64 lowercase hexadecimal digits (sha256). The file is damaged or was changed."),
        K::BadLanguage { tag } => format!("Language code \"{tag}\" is not valid; write a code such as id (Bahasa Indonesia) or en."),
        K::NoSource => "This item has no source yet. It can still be used; set one source for every item without one in the bank checker, or write `// sumber: …` above it.".into(),
        K::UnsupportedQuestion { kind, title } => format!("Question \"{title}\" ({}) cannot be used in Pilar Siap and is skipped; the other questions are imported.", question_kind(l, kind)),
        K::AikenNoAnswer => "This question has no `ANSWER:` line after its options, so it is skipped. Add one, e.g. `ANSWER: B`.".into(),
        K::AikenAnswerUnknown { letter } => format!("`ANSWER: {letter}` is not one of this question's options, so it is skipped. Use the letter of an option (A., B., …)."),
        K::AikenFewOptions => "This question has fewer than two options (`A.` or `A)` at the start of a line), so it is skipped.".into(),
        K::XmlUnreadable { detail } => format!("This XML file cannot be read ({detail}). Check the < and > signs and the closing tags, or export it from Moodle again."),
        K::XmlNotQuiz { found } => format!("This is not a Moodle XML file: it holds `<{found}>`, not `<quiz>`. Export the question bank from Moodle as \"Moodle XML\"."),
    }
}

/// A Moodle question type as a trainer knows it.
fn question_kind(lang: Lang, kind: &str) -> String {
    let (id, en) = match kind {
        "numerical" => ("numerik", "numerical"),
        "matching" | "randomsamatch" => ("mencocokkan", "matching"),
        "shortanswer" => ("isian singkat", "short answer"),
        "description" => ("deskripsi, tanpa jawaban", "description, no answer"),
        "cloze" | "multianswer" => ("isian rumpang (cloze)", "cloze"),
        k if k.starts_with("dd") || k == "gapselect" => ("seret dan lepas", "drag and drop"),
        k if k.starts_with("calculated") => ("hitungan", "calculated"),
        other => (other, other),
    };
    match lang {
        Lang::Id => id.to_owned(),
        Lang::En => en.to_owned(),
    }
}
