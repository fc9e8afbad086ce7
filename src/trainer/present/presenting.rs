//! The presenting screen's state and what drives it: the session and its slides, the item's
//! countdown, the keys of a clicker, the clock that ticks and the text fitted to the screen. What
//! each key does, the countdown's arithmetic and the fitting steps are in `view::present_show`;
//! moving through the slides is `slides::Deck`.

use leptos::prelude::*;

use super::{save_current, Look};
use crate::domain::bank::Bank;
use crate::domain::present::session::Session;
use crate::domain::present::slides::{Deck, Place};
use crate::platform::keys::{KeyListener, KeyPress};
use crate::platform::timer::Interval;
use crate::platform::{clock, fullscreen, layout, location};
use crate::view::present_show::{
    count_field, respond, shrink, Command, Countdown, Response, FIT_TRIES,
};
use crate::view::trainer_route::TrainerRoute;

/// How often the countdown and the pointer's idleness are looked at, in milliseconds.
const TICK_MS: i32 = 250;

/// The presenting screen's state; `Copy`, so every closure can hold it.
#[derive(Clone, Copy)]
pub struct Presenting {
    /// Where the presenter is, and the room's counts (saved on every change).
    pub session: RwSignal<Session>,
    pub deck: StoredValue<Deck>,
    pub seconds: Option<u32>,
    pub timer: RwSignal<Countdown>,
    pub look: Look,
    /// The screen is blanked.
    pub blank: RwSignal<bool>,
    /// The help panel is open.
    pub help: RwSignal<bool>,
    /// The last change was saved on the device.
    pub saved: RwSignal<bool>,
    /// How much the text is shrunk to fit the screen (1: not at all).
    pub fit: RwSignal<f64>,
    /// The time, as of the last tick.
    pub now: RwSignal<i64>,
    /// When the mouse last moved.
    pub moved: RwSignal<i64>,
}

impl Presenting {
    /// Opens `session` on `bank` (see [`Deck::open`]), its countdown running on a question.
    pub fn new(bank: &Bank, mut session: Session) -> Self {
        let deck = Deck::open(bank, &mut session);
        let seconds = session.seconds_per_item;
        let on_question = deck.on_question(session.place());
        Presenting {
            session: RwSignal::new(session),
            deck: StoredValue::new(deck),
            seconds,
            look: Look::new(),
            blank: RwSignal::new(false),
            help: RwSignal::new(false),
            saved: RwSignal::new(true),
            fit: RwSignal::new(1.0),
            now: RwSignal::new(clock::now_ms()),
            moved: RwSignal::new(clock::now_ms()),
            timer: RwSignal::new(Countdown::start(seconds, on_question, clock::now_ms())),
        }
    }

    fn place(&self) -> Place {
        self.session.with_untracked(Session::place)
    }

    fn go(&self, to: Place) {
        let deck = self.deck;
        let moved = self
            .session
            .try_update(|s| deck.with_value(|d| d.go(s, to)));
        if let Some(moved) = moved {
            let seconds = self.seconds;
            self.timer
                .maybe_update(|c| c.follow(moved, seconds, clock::now_ms()));
        }
    }

    /// The next slide, or the summary after the last.
    pub fn next(&self) {
        match self.deck.with_value(|d| d.next(self.place())) {
            Some(p) => self.go(p),
            None => location::set_hash(TrainerRoute::PresentSummary.hash()),
        }
    }

    pub fn back(&self) {
        self.go(self.deck.with_value(|d| d.back(self.place())));
    }

    /// From the question to the answer, or back.
    pub fn reveal(&self) {
        if let Some(p) = self.deck.with_value(|d| d.reveal(self.place())) {
            self.go(p);
        }
    }

    pub fn toggle_timer(&self) {
        self.timer.maybe_update(|c| c.toggle(clock::now_ms()));
    }

    pub fn toggle_help(&self) {
        self.help.update(|h| *h = !*h);
    }

    /// Does `command`; false if it could not (no count field for that number).
    fn run(&self, command: Command) -> bool {
        match command {
            Command::Next => self.next(),
            Command::Back => self.back(),
            Command::Blank => self.blank.set(true),
            Command::FullScreen => fullscreen::toggle(),
            Command::Reveal => self.reveal(),
            Command::Timer => self.toggle_timer(),
            Command::Theme => self.look.toggle_theme(),
            Command::Bigger => self.look.bigger(true),
            Command::Smaller => self.look.bigger(false),
            Command::Help => self.toggle_help(),
            Command::CloseHelp => self.help.set(false),
            Command::Summary => location::set_hash(TrainerRoute::PresentSummary.hash()),
            Command::Count(n) => return layout::focus_select(&count_field(usize::from(n))),
        }
        true
    }

    fn on_key(&self, k: &KeyPress) {
        let press = k.press();
        match respond(&press, self.blank.get_untracked()) {
            Response::Ignore => {}
            Response::LeaveField => {
                k.prevent_default();
                layout::blur_active();
            }
            Response::Unblank => {
                k.prevent_default();
                self.blank.set(false);
            }
            Response::Run(command) => {
                if self.run(command) {
                    k.prevent_default();
                }
            }
        }
    }

    /// Saves the session on every change, and says whether it could.
    pub fn keep_saved(self) {
        Effect::new(move |_| self.session.with(|s| self.saved.set(save_current(s))));
    }

    /// Keeps `now` current while the slides show.
    pub fn tick(self) {
        let now = self.now;
        let ticker =
            StoredValue::new_local(Interval::new(TICK_MS, move || now.set(clock::now_ms())));
        on_cleanup(move || ticker.set_value(None));
    }

    /// Answers the keys while the slides show.
    pub fn listen(self) {
        let listener = StoredValue::new_local(KeyListener::new(move |k| self.on_key(&k)));
        on_cleanup(move || listener.set_value(None));
    }

    /// Shrinks the text until the slide fits the screen: down to the floor, which the slide plan
    /// keeps to; only a text too long for any plan (another font, a narrow screen) goes a little
    /// below it rather than being cut off.
    pub fn fit_to_screen(self) {
        let (session, scale, fit) = (self.session, self.look.scale, self.fit);
        Effect::new(move |_| {
            let _ = (session.with(Session::place), scale.get());
            fit.set(1.0);
            leptos::task::spawn_local(async move {
                for _ in 0..FIT_TRIES {
                    layout::next_frame().await;
                    // The trainer may have left the slides during that frame: then stop quietly.
                    let (Some(step), Some(now)) =
                        (scale.try_get_untracked(), fit.try_get_untracked())
                    else {
                        break;
                    };
                    if !layout::overflows("slide") {
                        break;
                    }
                    match shrink(now, step) {
                        Some(smaller) => fit.set(smaller),
                        None => break,
                    }
                }
            });
        });
    }
}
