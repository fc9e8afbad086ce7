//! Every input a fuzzer ever found a problem with (`tests/fuzz-regressions/<target>/`) is replayed
//! through the same check the fuzz target runs (`fuzz/oracles/`), so a fixed finding stays fixed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/oracles/mod.rs"]
mod oracles;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = format!("tests/fuzz-regressions/{target}");
    let Ok(entries) = std::fs::read_dir(&dir) else {
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
    ];
    assert!(found.iter().sum::<usize>() >= 1);
}
