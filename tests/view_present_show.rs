//! What the trainers' presenting screen computes, natively: the clicker's keys, the countdown,
//! the status line, the pointer and the text fitted to the screen.
#![cfg(not(target_arch = "wasm32"))]

use pilar_siap::domain::present::slides::{Move, Place};
use pilar_siap::i18n::{t, Key, Lang};
use pilar_siap::view::present_show::*;

#[test]
fn every_clicker_key_does_what_the_help_panel_says() {
    use Command::*;
    let keys = [
        ("ArrowRight", Next),
        ("ArrowDown", Next),
        ("PageDown", Next),
        (" ", Next),
        ("Enter", Next),
        ("ArrowLeft", Back),
        ("ArrowUp", Back),
        ("PageUp", Back),
        ("b", Blank),
        ("B", Blank),
        (".", Blank),
        ("f", FullScreen),
        ("F", FullScreen),
        ("F5", FullScreen),
        ("r", Reveal),
        ("R", Reveal),
        ("t", Timer),
        ("T", Timer),
        ("d", Theme),
        ("D", Theme),
        ("+", Bigger),
        ("=", Bigger),
        ("-", Smaller),
        ("?", Help),
        ("Escape", CloseHelp),
        ("s", Summary),
        ("S", Summary),
        ("1", Count(1)),
        ("9", Count(9)),
    ];
    for (key, what) in keys {
        assert_eq!(command(key, false), Some(what), "{key:?}");
    }
    for nothing in ["0", "10", "a", "x", "Tab", "Home", "F4", "", "١"] {
        assert_eq!(command(nothing, false), None, "{nothing:?}");
    }
    // Enter on a button or link is the button's; every other key works there too.
    assert_eq!(command("Enter", true), None);
    assert_eq!(command("PageDown", true), Some(Next));
    assert_eq!(count_field(3), "count-3");
}

fn press(key: &str) -> Press<'_> {
    Press {
        key,
        modified: false,
        in_text: false,
        on_control: false,
    }
}

#[test]
fn typing_a_count_blanking_and_modifiers_come_before_the_keys() {
    assert_eq!(
        respond(&press("PageDown"), false),
        Response::Run(Command::Next)
    );
    assert_eq!(respond(&press("x"), false), Response::Ignore);
    // A blank screen: any key brings it back, and does nothing else.
    for key in ["PageDown", "b", "x", "Enter"] {
        assert_eq!(respond(&press(key), true), Response::Unblank, "{key}");
    }
    // In a count field: Enter and Escape leave it; digits and arrows are the field's.
    let typing = |key| Press {
        in_text: true,
        ..press(key)
    };
    assert_eq!(respond(&typing("Enter"), false), Response::LeaveField);
    assert_eq!(respond(&typing("Escape"), true), Response::LeaveField);
    for key in ["3", "ArrowRight", "b", "Backspace"] {
        assert_eq!(respond(&typing(key), false), Response::Ignore, "{key}");
    }
    // Ctrl, Alt or Meta: the browser's, even on a blank screen or in a field.
    let modified = |key| Press {
        modified: true,
        ..press(key)
    };
    assert_eq!(respond(&modified("r"), true), Response::Ignore);
    assert_eq!(respond(&modified("f"), false), Response::Ignore);
    assert_eq!(
        respond(
            &Press {
                in_text: true,
                ..modified("Enter")
            },
            false
        ),
        Response::Ignore
    );
    let on_button = |key| Press {
        on_control: true,
        ..press(key)
    };
    assert_eq!(respond(&on_button("Enter"), false), Response::Ignore);
    assert_eq!(
        respond(&on_button(" "), false),
        Response::Run(Command::Next)
    );
}

#[test]
fn the_countdown_runs_pauses_and_restarts() {
    let c = Countdown::start(Some(45), true, 1_000);
    assert!(c.running());
    assert_eq!(c.remaining(1_000), 45_000);
    assert_eq!(c.remaining(11_000), 35_000);
    assert_eq!(c.remaining(99_000), 0, "never below zero");

    // Paused with what was left; the time passing does not count; running again goes on.
    let mut p = c;
    assert!(p.toggle(11_000));
    assert!(!p.running());
    assert_eq!(p.remaining(50_000), 35_000);
    assert!(!p.pause(50_000), "already paused");
    assert!(p.toggle(50_000));
    assert_eq!(p.remaining(60_000), 25_000);
    assert!(p.pause(60_000));
    assert_eq!(p.remaining(70_000), 25_000);

    // Time up: nothing left to run.
    let mut up = Countdown::start(Some(1), true, 0);
    assert!(up.toggle(5_000));
    assert_eq!(up.remaining(5_000), 0);
    assert!(!up.toggle(6_000));
    assert!(!up.running());

    // Not running from the start (on an answer slide), and no countdown at all.
    let held = Countdown::start(Some(30), false, 0);
    assert!(!held.running());
    assert_eq!(held.remaining(10_000), 30_000);
    let mut none = Countdown::start(None, true, 0);
    assert!(!none.running());
    assert_eq!(none.remaining(0), 0);
    assert!(!none.toggle(0));
}

#[test]
fn moving_restarts_the_countdown_for_another_item_and_pauses_it_on_the_answer() {
    let running = Countdown::start(Some(45), true, 0);
    let go = |mut c: Countdown, other_item, reveals| {
        let changed = c.follow(
            Move {
                other_item,
                reveals,
            },
            Some(45),
            10_000,
        );
        (changed, c)
    };
    // Another item's question: a full countdown, running.
    let (changed, c) = go(running, true, false);
    assert!(changed && c.running());
    assert_eq!(c.remaining(10_000), 45_000);
    // Another item's answer (back from the next item): a full countdown, held.
    let (changed, c) = go(running, true, true);
    assert!(changed && !c.running());
    assert_eq!(c.remaining(99_000), 45_000);
    // The same item's answer: paused where it was.
    let (changed, c) = go(running, false, true);
    assert!(changed && !c.running());
    assert_eq!(c.remaining(99_000), 35_000);
    let (changed, again) = go(c, false, true);
    assert!(!changed);
    assert_eq!(again, c);
    // Another slide of the same question: nothing changes.
    assert_eq!(go(running, false, false), (false, running));
}

#[test]
fn the_bar_says_where_the_session_is_and_the_time_left() {
    let at = |item| Place { item, slide: 1 };
    assert_eq!(status_line(Lang::Id, at(0), 5, false), "Soal 1 dari 5");
    assert_eq!(
        status_line(Lang::Id, at(0), 5, true),
        "Soal 1 dari 5 · jawaban"
    );
    assert_eq!(
        status_line(Lang::En, at(4), 5, true),
        "Question 5 of 5 · answer"
    );
    assert_eq!(clock_label(Lang::Id, 45_000), "00:45");
    assert_eq!(
        clock_label(Lang::Id, 44_001),
        "00:45",
        "a second begun still shows"
    );
    assert_eq!(clock_label(Lang::Id, 61_000), "01:01");
    assert_eq!(clock_label(Lang::Id, 0), t(Lang::Id, Key::TimeUp));
    assert_eq!(clock_label(Lang::En, 0), "Time is up");
    assert!(urgent(10_000) && urgent(1) && urgent(0));
    assert!(!urgent(10_001) && !urgent(45_000));
}

#[test]
fn the_pointer_hides_after_two_seconds_still() {
    assert!(!idle(10_000, 10_000));
    assert!(!idle(12_000, 10_000));
    assert!(idle(12_001, 10_000));
}

#[test]
fn the_text_shrinks_in_steps_to_fit_but_never_below_the_last_resort() {
    assert_eq!(scale_style(100, 1.0), "--scale: 1.000");
    assert_eq!(scale_style(115, 1.0), "--scale: 1.150");
    assert_eq!(scale_style(130, 0.9), "--scale: 1.170");
    assert!((shrink(1.0, 100).unwrap() - 0.95).abs() < 1e-9);
    for scale in [100u8, 115, 130] {
        let size = |fit: f64| fit * f64::from(scale) / 100.0;
        let mut fit = 1.0;
        let mut tries = 0;
        while let Some(smaller) = shrink(fit, scale) {
            assert!(smaller < fit || (size(smaller) - LAST_RESORT).abs() < 1e-9);
            assert!(size(smaller) >= LAST_RESORT - 1e-9, "{scale}: {smaller}");
            fit = smaller;
            tries += 1;
            if tries >= FIT_TRIES {
                break;
            }
        }
        assert!(
            (size(fit) - LAST_RESORT).abs() < 1e-9,
            "{scale}: the last resort is reached within the tries ({fit})"
        );
    }
    assert_eq!(shrink(0.8, 100), None);
    assert_eq!(shrink(0.5, 130), None);
}
