//! Banks a trainer chose to keep on this device ("Gunakan bank ini"), listed so the home page
//! can offer them beside the bundled bank. Each bank's text is stored under its own key.

use crate::domain::bank::Bank;
use crate::domain::format::envelope::Format;
use crate::domain::format::json::to_text;
use crate::domain::format::problem::Problem;

/// The `format` and `format_version` of the list of kept banks.
pub const LIBRARY_FORMAT: Format = Format::first("pilar-siap/library");

crate::record! {
    /// One kept bank, as the home page lists it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct KeptBank {
        pub id: String,
        pub version: String,
        pub title: String,
        pub sha256: String,
        pub items: u32,
    }
}

impl KeptBank {
    pub fn of(bank: &Bank, sha256: &str) -> Self {
        KeptBank {
            id: bank.id.clone(),
            version: bank.version.clone(),
            title: bank.title.clone(),
            sha256: sha256.to_owned(),
            items: u32::try_from(bank.items.len()).unwrap_or(u32::MAX),
        }
    }
}

crate::record! {
    /// Every kept bank, newest last.
    #[derive(Debug, Clone, Default, PartialEq, Eq)]
    pub struct Library {
        pub banks: Vec<KeptBank>,
    }
}

impl Library {
    /// Adds a bank (replacing one with the same text); false if it was there already.
    pub fn keep(&mut self, kept: KeptBank) -> bool {
        if self.banks.iter().any(|b| b.sha256 == kept.sha256) {
            return false;
        }
        self.banks.push(kept);
        true
    }

    pub fn remove(&mut self, sha256: &str) {
        self.banks.retain(|b| b.sha256 != sha256);
    }

    pub fn find(&self, sha256: &str) -> Option<&KeptBank> {
        self.banks.iter().find(|b| b.sha256 == sha256)
    }

    pub fn to_storage(&self) -> String {
        to_text(&self.write_fields(LIBRARY_FORMAT.start()).done())
    }

    pub fn from_storage(text: &str) -> Result<Library, Vec<Problem>> {
        let (lib, problems) = LIBRARY_FORMAT.read(text, Library::read_fields);
        lib.ok_or(problems)
    }
}

/// Earlier versions of the bundled bank kept with the app (`public/banks/arsip/`), as
/// `(id, version)`: results made with them are still checked and shown.
pub const ARCHIVED_BANKS: &[(&str, &str)] = &[("kalsel-pilar-sosial", "2026.1")];

/// Where an earlier version of a bundled bank is kept, relative to the candidate's page, if it is
/// one of [`ARCHIVED_BANKS`].
pub fn archived_bank_path(id: &str, version: &str) -> Option<String> {
    ARCHIVED_BANKS
        .iter()
        .any(|(i, v)| *i == id && *v == version)
        .then(|| format!("banks/arsip/{id}-{version}.json"))
}

/// Whether `url` may be opened as a bank: a path on the same site, not another origin or scheme.
pub fn same_site_path(url: &str) -> bool {
    let u = url.trim();
    !u.is_empty()
        && !u.starts_with("//")
        && !u.contains("://")
        && !u.contains('\\')
        && !u.to_ascii_lowercase().starts_with("javascript:")
        && !u.to_ascii_lowercase().starts_with("data:")
        && u.chars().all(|c| !c.is_control())
}

#[cfg(test)]
mod tests {
    #[test]
    fn archived_banks_have_a_path_and_others_none() {
        assert_eq!(
            super::archived_bank_path("kalsel-pilar-sosial", "2026.1").as_deref(),
            Some("banks/arsip/kalsel-pilar-sosial-2026.1.json")
        );
        assert_eq!(
            super::archived_bank_path("kalsel-pilar-sosial", "../x"),
            None
        );
        assert_eq!(super::archived_bank_path("lain", "2026.1"), None);
    }

    use super::*;

    #[test]
    fn only_paths_of_this_site_open_as_banks() {
        assert!(same_site_path("banks/contoh.json"));
        assert!(same_site_path("/pilar/banks/x.json"));
        for bad in [
            "https://elsewhere.example/b.json",
            "//elsewhere.example/b.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "",
        ] {
            assert!(!same_site_path(bad), "{bad}");
        }
    }

    #[test]
    fn the_library_reads_back() {
        let mut l = Library::default();
        let k = KeptBank {
            id: "a".into(),
            version: "1".into(),
            title: "A".into(),
            sha256: "ab".repeat(32),
            items: 3,
        };
        assert!(l.keep(k.clone()));
        assert!(!l.keep(k.clone()));
        assert_eq!(Library::from_storage(&l.to_storage()).unwrap(), l);
        l.remove(&k.sha256);
        assert!(l.banks.is_empty());
    }
}
