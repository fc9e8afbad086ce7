//! Every input a fuzzer ever found a problem with (`tests/fuzz-regressions/<target>/`) is replayed
//! through the same check the fuzz target runs (`fuzz/oracles/`), so a fixed finding stays fixed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/oracles/mod.rs"]
mod oracles;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    replay_dir(&format!("tests/fuzz-regressions/{target}"), check)
}

fn replay_dir(dir: &str, check: fn(&[u8])) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        println!("{}", path.display());
        check(&data);
        n += 1;
    }
    n
}

#[test]
fn every_fuzz_finding_stays_fixed() {
    let found = [
        replay("bank", oracles::bank::check),
        replay("results", oracles::results::check),
        replay("csv", oracles::csv::check),
        replay("gift", oracles::gift::check),
        replay("moodle", oracles::moodle::check),
        replay("zip", oracles::zip::check),
        replay("roundtrip", oracles::roundtrip::check),
        replay("handover", oracles::handover::check),
    ];
    assert!(found.iter().sum::<usize>() >= 1);
}

/// The QR reader's seeds (tests/corpus/handover/: codes of two attempts, of another bank, cut
/// short, damaged parts, a newer layout, a Wi-Fi code) through its oracle: read or refused with a
/// message, never a panic.
#[test]
fn the_hostile_codes_are_read_or_refused() {
    assert_eq!(
        replay_dir("tests/corpus/handover", oracles::handover::check),
        6
    );
}
