//! The bundled bank cannot be guessed blind: the answer-cue analysis stays within its thresholds
//! (this test is what makes `make test` fail when a rewrite brings a cue back).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use pilar_siap::domain::bank::cues::{analyse, MAX_GAIN, MAX_KEY_COUNT_SHARE};

#[test]
fn no_blind_strategy_beats_random_by_more_than_the_threshold() {
    let r = analyse(&bundled());
    for k in &r.kinds {
        let (s, v) = k.best().unwrap();
        assert!(
            v - k.random <= MAX_GAIN,
            "{}: {s:?} scores {v:.3} against random {:.3}",
            k.kind,
            k.random
        );
    }
}

#[test]
fn multiple_answer_key_counts_are_spread() {
    let r = analyse(&bundled());
    let of: usize = r.key_counts.values().sum();
    for (&keys, &n) in &r.key_counts {
        assert!((1..=4).contains(&keys), "{n} items with {keys} keys");
        assert!(
            n as f64 <= MAX_KEY_COUNT_SHARE * of as f64,
            "{n} of {of} items have {keys} keys"
        );
    }
    assert!(r.key_counts.len() >= 3, "{:?}", r.key_counts);
}

#[test]
fn absolute_words_do_not_tell_the_key() {
    let r = analyse(&bundled());
    for a in &r.absolute {
        assert!(!a.predictive(), "{a:?}");
    }
}

#[test]
fn no_item_gives_away_another_in_the_same_attempt() {
    let r = analyse(&bundled());
    assert!(r.giveaways.is_empty(), "{:#?}", r.giveaways);
}

#[test]
fn every_pool_is_at_least_one_and_a_half_times_its_draw() {
    let r = analyse(&bundled());
    assert!(!r.pools.is_empty());
    for p in &r.pools {
        assert!(!p.too_small(), "{p:?}");
    }
}

#[test]
fn every_role_has_a_dozen_items_of_its_own() {
    let b = bundled();
    for role in &b.roles {
        let own = b
            .items
            .iter()
            .filter(|i| i.common.roles.contains(&role.id))
            .count();
        assert!(own >= 12, "{}: {own} items of its own", role.id);
    }
}

/// The simulation's countdown follows what an attempt asks to read: at least the reading time of
/// nine draws in ten, for every role, and not more than ten minutes over the longest.
#[test]
fn the_simulation_time_fits_the_reading_load() {
    use pilar_siap::domain::attempt::draw::{draw, reading_minutes};
    use pilar_siap::domain::attempt::Mode;
    let b = bundled();
    let mut minutes: Vec<usize> = Vec::new();
    for role in &b.roles {
        for seed in 0..50 {
            minutes.push(reading_minutes(
                &b,
                &draw(&b, &role.id, Mode::Simulation, seed),
            ));
        }
    }
    minutes.sort_unstable();
    let p90 = minutes[minutes.len() * 9 / 10];
    let longest = *minutes.last().unwrap();
    let set = b.simulation_minutes.unwrap() as usize;
    println!("simulation: {set} min; reading time p90 {p90} min, longest {longest} min");
    assert!(
        set >= p90 && set <= longest + 10,
        "{set} against {p90}..{longest}"
    );
}
