//! The words of handing results over in QR codes: the candidate's screen (`HKey`, linked only
//! into its chunk) and the trainer's scanner (`SKey`), both languages side by side.

use super::Lang;

word_set! {
    /// A user-facing string of the candidate's QR screen.
    HKey, ht {
        ShowQr => "Tunjukkan QR ke pelatih", "Show QR to the trainer";
        Intro => "Arahkan layar ini ke kamera laptop pelatih dari jarak selengan. Layar tetap menyala selama kode tampil. Tidak ada yang dikirim lewat internet.", "Hold this screen up to the trainer's laptop camera at arm's length. The screen stays on while the code is shown. Nothing is sent over the internet.";
        CodeLabel => "Kode QR hasil Anda", "QR code of your results";
        NextCode => "Kode berikutnya", "Next code";
        BackToReport => "Kembali ke laporan", "Back to the report";
        OtherBank => "Kode QR hanya bisa dibuat untuk hasil dengan bank soal yang sedang dipakai. Untuk hasil ini, unduh berkas hasilnya dan kirim ke pelatih.", "A QR code can only be made for results of the bank in use. For these results, download the results file and send it to the trainer.";
        TextLeftOut => "Teks jawaban tertulis tidak ikut dalam kode (nilai diri Anda untuk jawaban itu ikut). Bila pelatih memerlukannya, kirim berkas hasil.", "The written answers' text is not in the code (your ratings of them are). If the trainer needs it, send the results file.";
        AwakeNo => "Peramban ini tidak bisa menjaga layar tetap menyala; sentuh layar sesekali agar tidak meredup.", "This browser cannot keep the screen on; touch it now and then so it does not dim.";
    }
}

word_set! {
    /// A user-facing string of the trainer's QR scanner.
    SKey, st {
        Scan => "Pindai QR peserta", "Scan participants' QR codes";
        ScanIntro => "Peserta membuka laporannya, menekan \"Tunjukkan QR ke pelatih\", lalu mengarahkan layar ponselnya ke kamera laptop ini. Setiap kode yang terbaca masuk ke kelompok seperti berkas hasil. Gambar kamera tidak disimpan dan tidak dikirim ke mana pun.", "Participants open their report, press \"Show QR to the trainer\" and hold their phone screen up to this laptop's camera. Every code read joins the group like a results file. The camera's picture is neither kept nor sent anywhere.";
        StartCamera => "Nyalakan kamera", "Start the camera";
        StopCamera => "Matikan kamera", "Stop the camera";
        Preview => "Gambar kamera", "Camera picture";
        Starting => "Menyalakan kamera…", "Starting the camera…";
        Looking => "Mencari kode QR…", "Looking for a QR code…";
        PickPhoto => "Pilih foto atau tangkapan layar kode", "Pick a photo or screenshot of a code";
        NoCodeInPhoto => "Tidak ada kode QR yang terbaca pada gambar itu. Coba foto yang lebih tajam dan lurus, dengan seluruh kode terlihat.", "No QR code could be read in that picture. Try a sharper, straighter photo with the whole code in view.";
        Denied => "Izin kamera ditolak. Izinkan kamera untuk halaman ini di pengaturan peramban, atau pilih foto kode, atau pakai berkas hasil di atas.", "Camera permission was refused. Allow the camera for this page in the browser's settings, or pick a photo of the code, or use the results files above.";
        NoCamera => "Tidak ada kamera yang bisa dipakai di perangkat ini. Pilih foto kode, atau pakai berkas hasil di atas.", "There is no usable camera on this device. Pick a photo of the code, or use the results files above.";
        Read => "Terbaca", "Read";
        AlreadyRead => "Sudah terbaca sebelumnya", "Already read";
        InGroupAlready => "sudah ada di kelompok (dari berkas atau kode yang sama), dihitung sekali", "already in the group (from a file or the same code), counted once";
        Refused => "Tidak diterima", "Not accepted";
    }
}

/// The line under a candidate's code: what it holds.
pub fn holds_line(
    lang: Lang,
    name: &str,
    mode: &str,
    answered: usize,
    items: usize,
    bank: &str,
) -> String {
    match lang {
        Lang::Id => format!("Berisi hasil {name} · {mode} · {answered} dari {items} soal dijawab · bank {bank}."),
        Lang::En => format!("Holds the results of {name} · {mode} · {answered} of {items} items answered · bank {bank}."),
    }
}

/// "Kode 1 dari 3".
pub fn code_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("Kode {n} dari {total}: tunjukkan semuanya, urutan bebas."),
        Lang::En => format!("Code {n} of {total}: show them all, in any order."),
    }
}

/// The scanner's counter.
pub fn read_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Id => format!("{n} kode terbaca"),
        Lang::En if n == 1 => "1 code read".to_owned(),
        Lang::En => format!("{n} codes read"),
    }
}

/// A part of a long code: "2 dari 3 bagian".
pub fn parts_note(lang: Lang, got: usize, total: usize) -> String {
    match lang {
        Lang::Id => format!("{got} dari {total} bagian terbaca; tunjukkan kode berikutnya."),
        Lang::En => format!("{got} of {total} parts read; show the next code."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_both_languages_and_they_differ() {
        for &k in HKey::ALL {
            assert!(!ht(Lang::Id, k).trim().is_empty(), "{k:?}");
            assert_ne!(ht(Lang::Id, k), ht(Lang::En, k), "{k:?}");
        }
        for &k in SKey::ALL {
            assert!(!st(Lang::Id, k).trim().is_empty(), "{k:?}");
            assert_ne!(st(Lang::Id, k), st(Lang::En, k), "{k:?}");
        }
    }
}
