//! The 13 kabupaten/kota of Kalimantan Selatan (UU 8/2022 Pasal 2), plus "lainnya".

/// `(id, name)` pairs, in the law's order, then "lainnya".
pub const REGIONS: [(&str, &str); 14] = [
    ("tanah-laut", "Kabupaten Tanah Laut"),
    ("kotabaru", "Kabupaten Kotabaru"),
    ("banjar", "Kabupaten Banjar"),
    ("barito-kuala", "Kabupaten Barito Kuala"),
    ("tapin", "Kabupaten Tapin"),
    ("hulu-sungai-selatan", "Kabupaten Hulu Sungai Selatan"),
    ("hulu-sungai-tengah", "Kabupaten Hulu Sungai Tengah"),
    ("hulu-sungai-utara", "Kabupaten Hulu Sungai Utara"),
    ("tabalong", "Kabupaten Tabalong"),
    ("tanah-bumbu", "Kabupaten Tanah Bumbu"),
    ("balangan", "Kabupaten Balangan"),
    ("kota-banjarmasin", "Kota Banjarmasin"),
    ("kota-banjarbaru", "Kota Banjarbaru"),
    ("lainnya", "Lainnya / di luar Kalimantan Selatan"),
];

pub fn region_name(id: &str) -> Option<&'static str> {
    REGIONS.iter().find(|(i, _)| *i == id).map(|(_, n)| *n)
}
