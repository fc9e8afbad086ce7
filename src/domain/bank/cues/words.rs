//! Words as the cue analysis sees them: lower-case tokens of letters and digits (a `/` inside a
//! token is kept, so `10/2019` stays one word), the absolute words of true/false statements, and a
//! word model learnt from the other items of the same bank (what a test-wise candidate learns
//! from practising: which words mark keys and which mark distractors).

use std::collections::HashMap;

/// Absolute words, Indonesian and English: in true/false statements they tempt the rule "an
/// absolute statement is false".
pub const ABSOLUTE_WORDS: &[&str] = &[
    "hanya",
    "tanpa",
    "selalu",
    "tidak pernah",
    "semua",
    "pasti",
    "only",
    "without",
    "always",
    "never",
    "all",
];

/// Words a test-wise candidate takes for the mark of a key (good practice), Indonesian and
/// English…
pub const GOOD_WORDS: &[&str] = &[
    "melapor",
    "lapor",
    "melaporkan",
    "merujuk",
    "rujuk",
    "dirujuk",
    "berkoordinasi",
    "koordinasi",
    "dinas sosial",
    "kepala desa",
    "lurah",
    "musyawarah",
    "persetujuan",
    "izin",
    "uptd ppa",
    "polisi",
    "bpbd",
    "112",
    "aman",
    "keselamatan",
    "mendampingi",
    "memastikan",
    "verifikasi",
    "mencatat",
    "report",
    "refer",
    "coordinate",
    "consent",
    "safety",
];
/// …and for the mark of a distractor.
pub const BAD_WORDS: &[&str] = &[
    "tanpa",
    "menunggu",
    "langsung",
    "sendiri",
    "saja",
    "diam",
    "mengabaikan",
    "membiarkan",
    "menolak",
    "media sosial",
    "whatsapp",
    "grup",
    "mengunggah",
    "memotret",
    "menyebarkan",
    "without",
    "wait",
    "ignore",
    "alone",
    "post",
];

/// How many times each of `phrases` occurs in `text`, as whole words, counted as a search for
/// `" phrase "` in the words joined by spaces counts them (so of a word repeated back to back,
/// every other one): one-word phrases on the words themselves, the others on the joined text.
fn occurrences(text: &str, phrases: &[&str]) -> usize {
    let words = tokens(text);
    let mut joined: Option<String> = None;
    phrases
        .iter()
        .map(|p| {
            if p.contains(' ') {
                let j = joined.get_or_insert_with(|| format!(" {} ", words.join(" ")));
                j.matches(&format!(" {p} ")).count()
            } else {
                let (mut n, mut i) = (0, 0);
                while let Some(w) = words.get(i) {
                    if w == p {
                        n += 1;
                        i += 1;
                    }
                    i += 1;
                }
                n
            }
        })
        .sum()
}

/// How much `text` looks like a key by the words of [`GOOD_WORDS`] and [`BAD_WORDS`]: good
/// words minus bad ones.
pub fn good_minus_bad(text: &str) -> f64 {
    occurrences(text, GOOD_WORDS) as f64 - occurrences(text, BAD_WORDS) as f64
}

/// Words too common to tell one statement from another (Indonesian and English).
const STOPWORDS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "atau", "dalam", "adalah", "ini", "itu",
    "oleh", "pada", "akan", "sebagai", "para", "juga", "agar", "bagi", "tersebut", "bahwa",
    "secara", "serta", "dapat", "harus", "sudah", "belum", "lebih", "saat", "ada", "tidak", "the",
    "and", "for", "with", "that", "this", "are", "from", "memiliki", "termasuk", "menurut",
    "manakah", "berikut", "apa", "siapa", "mana", "yaitu", "ialah", "karena", "jika", "kepada",
    "anda", "mereka", "tentang", "nomor", "tahun",
];

/// Number words: a statement that only differs from another in its number is about the same fact.
const NUMBER_WORDS: &[&str] = &[
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "belas", "puluh", "ratus", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten",
];

/// The lower-case words of `text`.
pub fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '/'))
        .map(|w| w.trim_matches('/'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The words of `text` that carry meaning: no stopwords, none shorter than three letters unless
/// they hold a digit.
pub fn content_words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 3 || w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// Whether `word` is a number, written out or in digits only.
pub fn is_number(word: &str) -> bool {
    NUMBER_WORDS.contains(&word) || word.chars().all(|c| c.is_ascii_digit())
}

/// The absolute words `text` holds, each once, in the order of [`ABSOLUTE_WORDS`].
pub fn absolute_words(text: &str) -> Vec<&'static str> {
    ABSOLUTE_WORDS
        .iter()
        .copied()
        .filter(|a| occurrences(text, &[a]) > 0)
        .collect()
}

/// Word counts in key options and in zero-credit options, over a set of items.
#[derive(Debug, Clone, Default)]
pub struct WordModel {
    key: HashMap<String, i64>,
    wrong: HashMap<String, i64>,
    key_total: i64,
    wrong_total: i64,
}

impl WordModel {
    /// Counts (`sign` = 1) or uncounts (`sign` = −1) one option's words as a key or as wrong.
    pub fn add(&mut self, text: &str, is_key: bool, sign: i64) {
        let (map, total) = if is_key {
            (&mut self.key, &mut self.key_total)
        } else {
            (&mut self.wrong, &mut self.wrong_total)
        };
        for w in content_words(text) {
            *map.entry(w).or_default() += sign;
            *total += sign;
        }
    }

    /// How key-like `text` looks: the mean log-odds of its words (key against wrong, add-one
    /// smoothed), so a long option is not favoured for its length.
    pub fn keyness(&self, text: &str) -> f64 {
        let words = content_words(text);
        if words.is_empty() {
            return 0.0;
        }
        let vocabulary = (self.key.len() + self.wrong.len()).max(1) as f64;
        let odds = |w: &String| {
            let k = *self.key.get(w).unwrap_or(&0) as f64;
            let d = *self.wrong.get(w).unwrap_or(&0) as f64;
            ((k + 1.0) / (self.key_total as f64 + vocabulary)).ln()
                - ((d + 1.0) / (self.wrong_total as f64 + vocabulary)).ln()
        };
        words.iter().map(odds).sum::<f64>() / words.len() as f64
    }
}

/// A word of choice options and how often it is in keys and in wrong options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TellingWord {
    pub word: String,
    pub in_keys: i64,
    pub in_wrong: i64,
}

impl WordModel {
    /// The words most tied to keys (first list) and to wrong options (second), each seen at
    /// least `min` times, at most `n` of each.
    pub fn telling_words(&self, min: i64, n: usize) -> [Vec<TellingWord>; 2] {
        let words: std::collections::BTreeSet<&String> =
            self.key.keys().chain(self.wrong.keys()).collect();
        let mut all: Vec<(TellingWord, f64)> = words
            .into_iter()
            .map(|w| {
                let t = TellingWord {
                    word: w.clone(),
                    in_keys: *self.key.get(w).unwrap_or(&0),
                    in_wrong: *self.wrong.get(w).unwrap_or(&0),
                };
                (t, self.keyness(w))
            })
            .filter(|(t, _)| t.in_keys + t.in_wrong >= min)
            .collect();
        all.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.word.cmp(&b.0.word)));
        let keyish = all.iter().filter(|x| x.1 > 0.0).take(n);
        let wrongish = all.iter().rev().filter(|x| x.1 < 0.0).take(n);
        [
            keyish.map(|x| x.0.clone()).collect(),
            wrongish.map(|x| x.0.clone()).collect(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_count_as_a_search_of_the_joined_words_does() {
        let by_search = |text: &str, phrases: &[&str]| -> usize {
            let joined = format!(" {} ", tokens(text).join(" "));
            phrases
                .iter()
                .map(|p| joined.matches(&format!(" {p} ")).count())
                .sum()
        };
        for text in [
            "Langsung langsung langsung saja",
            "a a a a b",
            "Unggah ke media sosial, media sosial!",
            "",
        ] {
            let phrases = ["langsung", "a", "media sosial", "saja", "b"];
            assert_eq!(
                occurrences(text, &phrases),
                by_search(text, &phrases),
                "{text}"
            );
        }
    }

    #[test]
    fn tokens_keep_regulation_numbers_whole() {
        assert_eq!(
            tokens("Permensos 10/2019, Pasal 3."),
            ["permensos", "10/2019", "pasal", "3"]
        );
        assert_eq!(
            content_words("yang di Permensos 10/2019"),
            ["permensos", "10/2019"]
        );
    }

    #[test]
    fn absolute_words_are_whole_words() {
        assert_eq!(
            absolute_words("Hanya TKSK yang tidak pernah lelah"),
            ["hanya", "tidak pernah"]
        );
        assert!(absolute_words("Semuanya pastinya").is_empty());
    }

    #[test]
    fn good_and_bad_words_are_counted_whole() {
        assert_eq!(
            good_minus_bad("Melapor ke Dinas Sosial tanpa menunggu"),
            0.0
        );
        assert_eq!(good_minus_bad("Pelaporan ke dinas"), 0.0);
        assert_eq!(good_minus_bad("Mengunggah ke grup WhatsApp"), -3.0);
    }

    #[test]
    fn keyness_learns_key_words() {
        let mut m = WordModel::default();
        m.add("melapor ke dinas sosial", true, 1);
        m.add("menunggu saja", false, 1);
        assert!(m.keyness("melapor segera") > m.keyness("menunggu segera"));
        // Uncounted, "melapor" is a word never seen, like any other.
        m.add("melapor ke dinas sosial", true, -1);
        assert!((m.keyness("melapor") - m.keyness("belum pernah terlihat")).abs() < 1e-9);
    }
}
