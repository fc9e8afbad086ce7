//! What the trainers' presenting screen computes, apart from Leptos so it is tested natively:
//! what each key of a clicker does, the item's countdown, the status line, when the pointer hides
//! and the text size that fits. Moving through the slides is `domain::present::slides::Deck`.

use crate::domain::format::number::fixed;
use crate::domain::present::slides::{Move, Place};
use crate::i18n::{clock_text, item_of, t, Key, Lang};

/// What a key does on the presenting screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Back,
    /// Blank the screen (any key brings it back).
    Blank,
    FullScreen,
    /// From the question to the answer, or back.
    Reveal,
    /// Pause or run the countdown.
    Timer,
    /// Dark or light.
    Theme,
    Bigger,
    Smaller,
    /// Show or hide the help panel.
    Help,
    CloseHelp,
    Summary,
    /// Type the count of raised cards for answer 1 to 9.
    Count(u8),
}

pub use super::shortcut::Press;

/// What the presenting screen does with a key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// Nothing: the browser handles the key.
    Ignore,
    /// Enter or Escape in a count field: the count is done, leave the field.
    LeaveField,
    /// The screen was blank: bring it back, and nothing else.
    Unblank,
    Run(Command),
}

/// What `press` does, the screen being `blank` or not.
pub fn respond(press: &Press, blank: bool) -> Response {
    if press.modified {
        Response::Ignore
    } else if press.in_text {
        if matches!(press.key, "Enter" | "Escape") {
            Response::LeaveField
        } else {
            Response::Ignore
        }
    } else if blank {
        Response::Unblank
    } else {
        command(press.key, press.on_control).map_or(Response::Ignore, Response::Run)
    }
}

/// The command `key` gives (Enter on a button or link is the button's, not a command).
pub fn command(key: &str, on_control: bool) -> Option<Command> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Command::Next,
        "Enter" if !on_control => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" => Command::Back,
        "b" | "B" | "." => Command::Blank,
        "f" | "F" | "F5" => Command::FullScreen,
        "r" | "R" => Command::Reveal,
        "t" | "T" => Command::Timer,
        "d" | "D" => Command::Theme,
        "+" | "=" => Command::Bigger,
        "-" => Command::Smaller,
        "?" => Command::Help,
        "Escape" => Command::CloseHelp,
        "s" | "S" => Command::Summary,
        _ => Command::Count(digit(key)?),
    })
}

/// `1` to `9`, as a number.
fn digit(key: &str) -> Option<u8> {
    match key.as_bytes() {
        [d @ b'1'..=b'9'] => Some(d - b'0'),
        _ => None,
    }
}

/// The id of the field for the count of answer `n` (from 1), where its number key goes.
pub fn count_field(n: usize) -> String {
    format!("count-{n}")
}

/// The item's countdown: running towards `ends`, or paused with `left` milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Countdown {
    ends: Option<i64>,
    left: i64,
}

/// The countdown shows as urgent from this many milliseconds left.
const URGENT_MS: i64 = 10_000;

impl Countdown {
    /// A full countdown of `seconds` (none: nothing to count), running from `now` if `run`.
    pub fn start(seconds: Option<u32>, run: bool, now: i64) -> Countdown {
        let ms = i64::from(seconds.unwrap_or(0)) * 1000;
        Countdown {
            ends: (run && ms > 0).then(|| now + ms),
            left: ms,
        }
    }

    /// Pauses a running countdown, runs a paused one with time left; false if nothing changed.
    pub fn toggle(&mut self, now: i64) -> bool {
        match self.ends {
            Some(end) => {
                self.left = (end - now).max(0);
                self.ends = None;
                true
            }
            None if self.left > 0 => {
                self.ends = Some(now + self.left);
                true
            }
            None => false,
        }
    }

    /// Pauses a running countdown; false if it was not running.
    pub fn pause(&mut self, now: i64) -> bool {
        self.ends.is_some() && self.toggle(now)
    }

    /// After a move: another item starts its countdown afresh (running on its question, not on
    /// its answer); showing the answer pauses it. False if nothing changed.
    pub fn follow(&mut self, moved: Move, seconds: Option<u32>, now: i64) -> bool {
        if moved.other_item {
            *self = Countdown::start(seconds, !moved.reveals, now);
            true
        } else if moved.reveals {
            self.pause(now)
        } else {
            false
        }
    }

    /// Milliseconds left at `now`.
    pub fn remaining(&self, now: i64) -> i64 {
        self.ends.map_or(self.left, |end| (end - now).max(0))
    }

    pub fn running(&self) -> bool {
        self.ends.is_some()
    }
}

/// The countdown shows as urgent: ten seconds or less left.
pub fn urgent(left_ms: i64) -> bool {
    left_ms <= URGENT_MS
}

/// The countdown as shown: "00:45", or "Waktu habis" at zero.
pub fn clock_label(lang: Lang, left_ms: i64) -> String {
    if left_ms == 0 {
        t(lang, Key::TimeUp).to_owned()
    } else {
        clock_text(left_ms)
    }
}

/// The status line: "Soal 2 dari 5", and "· jawaban" while the answer shows.
pub fn status_line(lang: Lang, at: Place, items: usize, answer_shown: bool) -> String {
    let text = item_of(lang, at.item + 1, items);
    if answer_shown {
        format!("{text} · {}", t(lang, Key::AnswerShown))
    } else {
        text
    }
}

/// Milliseconds without a mouse movement before the pointer hides.
pub const IDLE_MS: i64 = 2000;

/// The pointer hides when the mouse last moved at `moved` and it is `now`.
pub fn idle(now: i64, moved: i64) -> bool {
    now - moved > IDLE_MS
}

/// The slide's text size: the chosen step (100, 115, 130 %) times what fits.
pub fn scale_style(scale: u8, fit: f64) -> String {
    format!("--scale: {}", fixed(f64::from(scale) / 100.0 * fit, 3))
}

/// The smallest text size, relative to the floor, a slide that cannot fit otherwise gets.
pub const LAST_RESORT: f64 = 0.8;
/// How much smaller each try at fitting makes the text.
const FIT_STEP: f64 = 0.05;
/// How many frames fitting a slide tries before it stops.
pub const FIT_TRIES: usize = 16;

/// The next, smaller `fit` for a slide that overflows at size step `scale`; `None` when the text
/// is already as small as it may get.
pub fn shrink(fit: f64, scale: u8) -> Option<f64> {
    let scale = f64::from(scale) / 100.0;
    (fit * scale > LAST_RESORT).then(|| (fit - FIT_STEP).max(LAST_RESORT / scale))
}
