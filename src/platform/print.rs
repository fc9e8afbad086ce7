//! The browser's print dialog ("Cetak / Simpan PDF").

pub fn print() {
    if let Some(w) = super::window() {
        let _ = w.print();
    }
}
