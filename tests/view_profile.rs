//! What the profile page computes, natively: its title, the form's starting values, which fields
//! are wrong, the *kode soal*, and what "Mulai" starts with.
#![cfg(not(target_arch = "wasm32"))]

use pilar_siap::domain::attempt::{Mode, Participant};
use pilar_siap::i18n::Lang;
use pilar_siap::view::profile::{
    code_invalid, name_missing, parse_code, region_missing, role_missing, submission, title, Fields,
};

fn rahmat() -> Participant {
    Participant {
        name: "Rahmat".into(),
        role: "psm".into(),
        region: "banjar".into(),
    }
}

#[test]
fn the_title_names_the_mode() {
    assert_eq!(title(Lang::Id, Mode::Practice), "Profil peserta — Latihan");
    assert_eq!(
        title(Lang::Id, Mode::Simulation),
        "Profil peserta — Simulasi"
    );
    assert!(title(Lang::En, Mode::Interview).ends_with(" — Interview practice"));
    assert_ne!(
        title(Lang::En, Mode::Practice),
        title(Lang::Id, Mode::Practice)
    );
}

#[test]
fn the_form_starts_from_the_last_profile_with_no_code() {
    assert_eq!(Fields::from_last(None), Fields::default());
    let f = Fields::from_last(Some(rahmat()));
    assert_eq!(f.name, "Rahmat");
    assert_eq!(f.role, "psm");
    assert_eq!(f.region, "banjar");
    assert_eq!(f.code, "");
}

#[test]
fn required_fields_are_checked() {
    assert!(name_missing(""));
    assert!(name_missing("   \t"));
    assert!(!name_missing(" Rahmat "));
    assert!(role_missing(""));
    assert!(!role_missing("psm"));
    assert!(region_missing(""));
    assert!(!region_missing("banjar"));
}

#[test]
fn the_code_is_empty_or_a_32_bit_whole_number() {
    assert_eq!(parse_code(""), Some(None));
    assert_eq!(parse_code("   "), Some(None));
    assert_eq!(parse_code("42"), Some(Some(42)));
    assert_eq!(parse_code(" 42 "), Some(Some(42)));
    assert_eq!(parse_code("4294967295"), Some(Some(u32::MAX)));
    // As Rust reads whole numbers, a leading plus sign is allowed.
    assert_eq!(parse_code("+5"), Some(Some(5)));
    for bad in ["4294967296", "-1", "12a", "1.5", "satu"] {
        assert_eq!(parse_code(bad), None, "{bad}");
        assert!(code_invalid(bad), "{bad}");
    }
    assert!(!code_invalid(""));
    assert!(!code_invalid("7"));
}

#[test]
fn mulai_starts_only_with_every_field_and_a_usable_code() {
    assert_eq!(
        submission("  Rahmat ", "psm", "banjar", ""),
        Some((rahmat(), None))
    );
    assert_eq!(
        submission("Rahmat", "psm", "banjar", " 7 "),
        Some((rahmat(), Some(7)))
    );
    assert_eq!(submission("Rahmat", "psm", "banjar", "x"), None);
    assert_eq!(submission(" ", "psm", "banjar", ""), None);
    assert_eq!(submission("Rahmat", "", "banjar", ""), None);
    assert_eq!(submission("Rahmat", "psm", "", ""), None);
}

#[test]
fn hidden_characters_are_taken_out_of_the_name() {
    let (p, _) = submission("Rah\u{200B}mat", "psm", "banjar", "").unwrap();
    assert_eq!(p.name, "Rahmat");
    // A name of hidden characters alone is not flagged as missing, but does not start either.
    assert!(!name_missing("\u{200B}"));
    assert_eq!(submission("\u{200B}", "psm", "banjar", ""), None);
}
