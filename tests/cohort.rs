//! The cohort view's numbers: statistics against hand-computed cases, the intake of good and bad
//! results files, the generator, and .zip archives.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::Arc;

use common::*;
use pilar_siap::domain::attempt::{Answer, Attempt, Mode, Participant};
use pilar_siap::domain::bank::{Bank, CheckedBank};
use pilar_siap::domain::cohort::export::{items_csv, participants_csv};
use pilar_siap::domain::cohort::generate::generate;
use pilar_siap::domain::cohort::intake::{Intake, Outcome};
use pilar_siap::domain::cohort::stats::{
    correlation, distributions, item_analysis, rows, upper_lower, ItemFlag,
};
use pilar_siap::domain::cohort::zip::{read_zip, ZipEntry, ZipSkip};
use pilar_siap::domain::format::problem::ProblemKind as K;
use pilar_siap::domain::results::ResultsFile;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn correlation_and_upper_lower_by_hand() {
    assert!(close(
        correlation(&[1.0, 0.0, 1.0, 0.0], &[0.9, 0.1, 0.9, 0.1]).unwrap(),
        1.0
    ));
    assert!(close(
        correlation(&[1.0, 1.0, 0.0, 0.0], &[0.0, 0.0, 1.0, 1.0]).unwrap(),
        -1.0
    ));
    // x = [1, 0, 1], y = [3, 1, 2]: mean x = 2/3, mean y = 2; sxy = 1, sxx = 2/3, syy = 2.
    let r = correlation(&[1.0, 0.0, 1.0], &[3.0, 1.0, 2.0]).unwrap();
    assert!(close(r, 1.0 / (2.0f64 / 3.0 * 2.0).sqrt()));
    assert_eq!(correlation(&[1.0, 1.0], &[0.0, 1.0]), None, "no variance");
    // Ten people: round(2.7) = 3 in each group; the top three all right, the bottom three none.
    let item = [1.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0];
    let total = [10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0];
    assert!(close(upper_lower(&item, &total).unwrap(), 1.0));
}

/// Four people on the mini bank (TKSK, so all six items) with chosen answers.
fn four() -> (Bank, Vec<ResultsFile>) {
    let b = mini();
    let answers: [[&str; 4]; 4] = [
        ["a", "ab", "t", "a"], // all right
        ["a", "a", "t", "c"],  // right, half, right, half credit
        ["b", "c", "f", "b"],  // all wrong
        ["a", "ab", "f", "a"], // right, right, wrong, right
    ];
    let files = answers
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let p = Participant {
                name: format!("P{k}"),
                role: "tksk".into(),
                region: "banjar".into(),
            };
            let mut at = Attempt::new(
                &b,
                b.reference(),
                p,
                Mode::Practice,
                3,
                1_000_000 * (k as i64 + 1),
            );
            at.answer("hukum-001", Answer::Choice(a[0].into()), 1);
            at.answer(
                "hukum-002",
                Answer::Choices(a[1].chars().map(|c| c.to_string()).collect()),
                2,
            );
            at.answer("hukum-003", Answer::Bool(a[2] == "t"), 3);
            at.answer("situasi-001", Answer::Choice(a[3].into()), 4);
            at.answer("diri-001", Answer::Scale(k as u8 + 1), 5);
            at.finish(10_000_000 * (k as i64 + 1));
            ResultsFile::from_attempt(&b, &at, "0.1.0", 0)
        })
        .collect();
    (b, files)
}

#[test]
fn item_analysis_by_hand() {
    let (b, files) = four();
    let items = item_analysis(&b, &files);
    assert_eq!(
        items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["hukum-001", "hukum-002", "hukum-003", "situasi-001"]
    );
    let single = &items[0];
    assert_eq!((single.presented, single.answered), (4, 4));
    assert!(close(single.difficulty.unwrap(), 0.75));
    assert_eq!(
        single.options,
        vec![("a".into(), 3), ("b".into(), 1), ("c".into(), 0)]
    );
    let multi = &items[1];
    // Scores 1, 0.5, 0, 1 → mean 0.625; chosen a×3, b×2, c×1.
    assert!(close(multi.difficulty.unwrap(), 0.625));
    assert_eq!(
        multi.options,
        vec![("a".into(), 3), ("b".into(), 2), ("c".into(), 1)]
    );
    let tf = &items[2];
    assert_eq!(tf.options, vec![("true".into(), 2), ("false".into(), 2)]);
    // Item scores [1, 1, 0, 0]; rest (mean of the other three) [1, 0.5, 0, 0.667]:
    // those who got it right have the higher rest scores, so it discriminates positively.
    assert!(tf.discrimination.unwrap() > 0.0);
    assert!(single.flags.is_empty(), "fewer than five answers: no flags");
}

#[test]
fn rows_and_distributions_by_hand() {
    let (b, files) = four();
    let rows = rows(&b, &files);
    // P0: hukum tested = (1 + 1 + 1 + 0.5·1) / 3.5 = 100 %.
    assert_eq!(rows[0].competencies[0].as_ref().map(|c| c.0), Some(10_000));
    // P2: all wrong → 0 %; their presentation (open answer) unanswered → no score.
    assert_eq!(rows[2].competencies[0].as_ref().map(|c| c.0), Some(0));
    assert_eq!(rows[2].competencies[1], None);
    // The two competencies have the same rubric, so there is an overall level.
    assert_eq!(rows[0].overall_level.as_deref(), Some("siap"));
    let d = distributions(&b, &rows);
    assert_eq!(d[0].n, 4);
    assert_eq!(d[0].bins.iter().sum::<u32>(), 4);
    assert_eq!(d[0].bins[0], 1, "P2 in the lowest bin");
    assert_eq!(d[0].bins[9], 1, "P0 in the top bin");
    assert_eq!(d[1].n, 0);
    let csv = participants_csv(&b, &rows);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .contains("hukum_persen;hukum_tingkat;hukum_dasar"));
    assert!(csv.contains("P0;tksk;banjar;practice;"));
    // Like the candidate's report, the export says levels are a practice guide.
    let last = csv.lines().last().unwrap();
    assert!(
        last.starts_with("# ") && last.contains(b.practice_guide()),
        "{last}"
    );
    let items = items_csv(&item_analysis(&b, &files));
    assert!(
        items.contains("hukum-001;single_choice;4;4;0.750;"),
        "{items}"
    );
}

#[test]
fn generated_files_are_valid_varied_and_repeatable() {
    let b = bundled();
    let files = generate(&b, 60, 7, 1_790_000_000_000);
    assert_eq!(files, generate(&b, 60, 7, 1_790_000_000_000));
    let mut intake = Intake::new(vec![Arc::new(CheckedBank::new(b.clone()))]);
    for (i, f) in files.iter().enumerate() {
        intake.add(&format!("{i}.json"), &f.to_json());
    }
    let s = intake.summary();
    assert_eq!(
        (s.accepted, s.edited, s.rejected, s.duplicates),
        (60, 0, 0, 0)
    );
    let items = item_analysis(&b, &intake.groups[0].results);
    // The answer model ties right answers to ability: items discriminate positively on the whole.
    let r: Vec<f64> = items.iter().filter_map(|i| i.discrimination).collect();
    assert!(r.iter().sum::<f64>() / r.len() as f64 > 0.1, "{r:?}");
    // Flags follow their thresholds.
    for i in &items {
        let p = i.difficulty.unwrap_or(0.5);
        assert_eq!(
            i.flags.contains(&ItemFlag::TooEasy),
            i.presented >= 5 && p >= 0.9,
            "{}",
            i.id
        );
        assert_eq!(
            i.flags.contains(&ItemFlag::TooHard),
            i.presented >= 5 && p <= 0.2,
            "{}",
            i.id
        );
        let negative = i.discrimination.is_some_and(|d| d < 0.0);
        assert_eq!(
            i.flags.contains(&ItemFlag::Negative),
            i.presented >= 5 && negative,
            "{}",
            i.id
        );
    }
}

/// (file name, text, expected outcome)
type Case = (&'static str, String, fn(&Outcome) -> bool);

#[test]
fn every_kind_of_bad_file_gets_its_outcome() {
    let b = mini();
    let other = bundled();
    let good = four().1;
    let text = |r: &ResultsFile| r.to_json();
    let tampered = text(&good[1]).replacen("\"score_bp\": 5000", "\"score_bp\": 10000", 1);
    let newer = text(&good[2]).replace("\"format_version\": 2", "\"format_version\": 9");
    let other_bank = text(&generate(&other, 1, 1, 0)[0]);
    let cases: Vec<Case> = vec![
        ("baik.json", text(&good[0]), |o| *o == Outcome::Accepted),
        ("diubah.json", tampered, |o| *o == Outcome::Edited),
        ("ganda.json", text(&good[0]), |o| *o == Outcome::Duplicate),
        (
            "versi-baru.json",
            newer,
            |o| matches!(o, Outcome::Rejected(p) if matches!(p.kind, K::NewerVersion { found: 9, .. })),
        ),
        ("bank-lain.json", other_bank, |o| *o == Outcome::UnknownBank),
        (
            "terpotong.json",
            text(&good[3])[..300].to_owned(),
            |o| matches!(o, Outcome::Rejected(p) if matches!(p.kind, K::Syntax { .. })),
        ),
        (
            "bukan-json.json",
            "Ini bukan JSON".into(),
            |o| matches!(o, Outcome::Rejected(p) if matches!(p.kind, K::Syntax { .. })),
        ),
        (
            "bank.json",
            MINI.into(),
            |o| matches!(o, Outcome::Rejected(p) if matches!(p.kind, K::WrongFormat { .. })),
        ),
        (
            "besar.json",
            " ".repeat(3 * 1024 * 1024),
            |o| matches!(o, Outcome::Rejected(p) if matches!(p.kind, K::TooLarge { .. })),
        ),
    ];
    let mut intake = Intake::new(vec![Arc::new(CheckedBank::new(b.clone()))]);
    for (name, t, _) in &cases {
        intake.add(name, t);
    }
    for ((name, _, expected), entry) in cases.iter().zip(&intake.log) {
        assert_eq!(&entry.file, name);
        assert!(expected(&entry.outcome), "{name}: {:?}", entry.outcome);
    }
    let s = intake.summary();
    assert_eq!(
        (
            s.files,
            s.accepted,
            s.edited,
            s.duplicates,
            s.unknown_bank,
            s.rejected
        ),
        (9, 2, 1, 1, 1, 5)
    );
    // The bank's own group holds the two accepted files; the other bank's file is kept apart.
    assert_eq!(intake.groups.len(), 2);
    assert_eq!(intake.groups[0].results.len(), 2);
    assert!(intake.groups[1].known.is_none());
    // The edited file's scores are the re-computed ones.
    assert_eq!(intake.groups[0].results[1], good[1]);
}

/// A .zip with the given (name, bytes, deflate?) entries.
fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data, deflate) in entries {
        let packed = if *deflate {
            miniz_oxide::deflate::compress_to_vec(data, 6)
        } else {
            data.to_vec()
        };
        let method: u16 = if *deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = sig.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(method.to_le_bytes());
            h.extend([0u8; 8]); // time, date, crc (not checked)
            h.extend((packed.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                h.extend([0u8; 10]); // comment length, disk, attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&packed);
        central.extend(header(0x0201_4b50, true));
    }
    let at = out.len() as u32;
    let size = central.len() as u32;
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[test]
fn zip_archives_give_their_json_files_and_say_what_they_skip() {
    let big = vec![b'x'; 3000];
    let z = zip(&[
        ("hasil/satu.json", b"{\"a\": 1}", false),
        ("hasil/dua.json", b"{\"b\": 2}", true),
        ("catatan.txt", b"halo", false),
        ("besar.json", &big, true),
    ]);
    let entries = read_zip(&z, 2000).unwrap();
    assert_eq!(
        entries[0],
        ZipEntry::File {
            name: "hasil/satu.json".into(),
            bytes: b"{\"a\": 1}".to_vec()
        }
    );
    assert_eq!(
        entries[1],
        ZipEntry::File {
            name: "hasil/dua.json".into(),
            bytes: b"{\"b\": 2}".to_vec()
        }
    );
    assert_eq!(
        entries[2],
        ZipEntry::Skipped {
            name: "catatan.txt".into(),
            reason: ZipSkip::NotJson
        }
    );
    assert_eq!(
        entries[3],
        ZipEntry::Skipped {
            name: "besar.json".into(),
            reason: ZipSkip::TooLarge
        }
    );
    assert!(read_zip(b"bukan zip", 100).is_err());
    let mut cut = z.clone();
    cut.truncate(z.len() - 30);
    assert!(read_zip(&cut, 2000).is_err());
}

/// An entry that claims to inflate to 4 GB (a zip bomb's header) is skipped by its claim, before
/// any inflating; one that lies low is cut off at the limit while inflating.
#[test]
fn a_zip_entry_claiming_gigabytes_is_skipped_unread() {
    let big = vec![b' '; 5000];
    let z = zip(&[("bom.json", &big, true)]);
    let central = z
        .windows(4)
        .position(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .unwrap();
    let mut claims_huge = z.clone();
    claims_huge[central + 24..central + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(
        read_zip(&claims_huge, 2000).unwrap(),
        vec![ZipEntry::Skipped {
            name: "bom.json".into(),
            reason: ZipSkip::TooLarge
        }]
    );
    let mut claims_small = z;
    claims_small[central + 24..central + 28].copy_from_slice(&10u32.to_le_bytes());
    assert!(matches!(
        read_zip(&claims_small, 2000).unwrap()[..],
        [ZipEntry::Skipped { .. }]
    ));
}

mod fast_path {
    use super::*;
    use pilar_siap::domain::cohort::fast::parse_results_fast;
    use pilar_siap::domain::results::parse_results;
    use proptest::prelude::*;

    fn sample() -> Vec<String> {
        let mut texts: Vec<String> = generate(&bundled(), 8, 11, 0)
            .iter()
            .map(ResultsFile::to_json)
            .collect();
        texts.extend(four().1.iter().map(ResultsFile::to_json));
        texts
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 150, failure_persistence: None, ..ProptestConfig::default() })]

        /// Whatever a file is (intact, or with a stretch cut out or replaced), the fast reader
        /// gives exactly what the general reader gives.
        #[test]
        fn the_fast_path_reads_exactly_like_the_general_reader(
            which in 0usize..12,
            at in any::<prop::sample::Index>(),
            len in 0usize..40,
            with in "[\"{}\\[\\],:0-9a-z ]{0,6}",
        ) {
            let texts = sample();
            let text = &texts[which % texts.len()];
            let start = at.index(text.len());
            let end = (start + len).min(text.len());
            let mut broken = text.clone();
            if broken.is_char_boundary(start) && broken.is_char_boundary(end) {
                broken.replace_range(start..end, &with);
            }
            for t in [text, &broken] {
                prop_assert_eq!(parse_results_fast(t), parse_results(t));
            }
        }
    }
}

/// Two files of one participant and start: the same answers are a duplicate; other answers are
/// said to differ (the first counts); an item whose kind was changed is an edit, re-scored.
#[test]
fn a_duplicate_with_other_answers_is_reported_and_a_changed_kind_is_an_edit() {
    let (b, good) = four();
    let mut other = good[0].clone();
    other.items[0].answer = good[2].items[0].answer.clone();
    let mut kind = good[1].clone();
    kind.items[2].kind = pilar_siap::domain::bank::ItemKind::SingleChoice;
    let mut intake = Intake::new(vec![Arc::new(CheckedBank::new(b))]);
    intake.add("pertama.json", &good[0].to_json());
    intake.add("sama.json", &good[0].to_json());
    intake.add("lain.json", &other.to_json());
    intake.add("jenis.json", &kind.to_json());
    let outcomes: Vec<&Outcome> = intake.log.iter().map(|e| &e.outcome).collect();
    assert_eq!(outcomes[1], &Outcome::Duplicate);
    assert!(
        matches!(outcomes[2], Outcome::DuplicateDiffers(p)
            if matches!(&p.kind, K::DuplicateDiffers { first } if first == "pertama.json")),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[3], &Outcome::Edited);
    let s = intake.summary();
    assert_eq!(
        (s.accepted, s.edited, s.duplicates, s.differing),
        (2, 1, 2, 1)
    );
    // The edited file is read with the bank's kind.
    let kept = &intake.groups[0].results[1];
    assert_ne!(
        kept.items[2].kind,
        pilar_siap::domain::bank::ItemKind::SingleChoice
    );
}
