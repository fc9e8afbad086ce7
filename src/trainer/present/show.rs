//! Presenting: one slide at a time, driven by the keys a presentation clicker sends. The session
//! is saved on every change, so a reload comes back to the same slide with the counts kept.

use crate::ui::shared::use_lang;
use std::sync::Arc;

use leptos::prelude::*;

use super::help::HelpPanel;
use super::stage::Stage;
use super::{save_current, use_current, Look};
use crate::domain::bank::{Bank, CheckedBank};
use crate::domain::present::session::Session;
use crate::domain::present::slides::{self, plan, Place, Slide, Texts};
use crate::i18n::{clock_text, item_of, t, Key};
use crate::platform::keys::KeyListener;
use crate::platform::timer::Interval;
use crate::platform::{clock, fullscreen, layout, location};
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

/// Milliseconds without a mouse movement before the pointer hides.
const IDLE_MS: i64 = 2000;
/// The smallest text size, relative to the floor, a slide that cannot fit otherwise gets.
const LAST_RESORT: f64 = 0.8;

#[component]
pub fn PresentPage() -> impl IntoView {
    let loaded = use_current();
    move || match loaded.get() {
        None => view! { <p class="loading present-note" role="status">{tr(Key::Loading)}</p> }
            .into_any(),
        Some(Err(key)) => view! {
            <div class="present-note">
                <h1>{tr(Key::PresentTitle)}</h1>
                <p>{tr(key)}</p>
                <p><a class="btn" href=TrainerRoute::Present.href()>{tr(Key::BackToSetup)}</a></p>
            </div>
        }
        .into_any(),
        Some(Ok((bank, session))) => view! { <Presenter bank session/> }.into_any(),
    }
}

/// The slides of every item of the session, in order.
fn plan_all(bank: &Bank, session: &Session) -> Vec<(crate::domain::bank::Item, Vec<Slide>)> {
    session
        .items
        .iter()
        .filter_map(|id| bank.item(id))
        .map(|item| {
            let s = &item.common.source;
            let source_chars = bank
                .source(&s.source)
                .map_or(0, |x| x.title.chars().count())
                + s.locator.chars().count();
            let slides = plan(&Texts {
                item,
                likert: &bank.likert_anchors,
                source_chars,
            });
            (item.clone(), slides)
        })
        .collect()
}

/// The per-item countdown: running towards `ends`, or paused with `left` milliseconds.
#[derive(Clone, Copy)]
struct Countdown {
    ends: RwSignal<Option<i64>>,
    left: RwSignal<i64>,
}

impl Countdown {
    fn restart(&self, seconds: Option<u32>, run: bool) {
        let ms = i64::from(seconds.unwrap_or(0)) * 1000;
        self.left.set(ms);
        self.ends.set((run && ms > 0).then(|| clock::now_ms() + ms));
    }
    fn toggle(&self) {
        match self.ends.get_untracked() {
            Some(end) => {
                self.left.set((end - clock::now_ms()).max(0));
                self.ends.set(None);
            }
            None if self.left.get_untracked() > 0 => self
                .ends
                .set(Some(clock::now_ms() + self.left.get_untracked())),
            None => {}
        }
    }
    fn pause(&self) {
        if self.ends.get_untracked().is_some() {
            self.toggle();
        }
    }
    fn remaining(&self, now: i64) -> i64 {
        self.ends
            .get()
            .map_or_else(|| self.left.get(), |end| (end - now).max(0))
    }
}

#[component]
fn Presenter(bank: Arc<CheckedBank>, session: Session) -> impl IntoView {
    let lang = use_lang();
    let mut session = session;
    session.items.retain(|id| bank.item(id).is_some());
    let plans = Arc::new(plan_all(&bank, &session));
    let count = plans.len();
    session.position = session.position.min(count.saturating_sub(1));
    session.slide = session.slide.min(
        plans
            .get(session.position)
            .map_or(1, |p| p.1.len())
            .saturating_sub(1),
    );
    let seconds = session.seconds_per_item;
    let session = RwSignal::new(session);
    let look = Look::new();
    let (blank, help, saved) = (
        RwSignal::new(false),
        RwSignal::new(false),
        RwSignal::new(true),
    );
    let fit = RwSignal::new(1.0f64);
    let now = RwSignal::new(clock::now_ms());
    let moved = RwSignal::new(clock::now_ms());
    let timer = Countdown {
        ends: RwSignal::new(None),
        left: RwSignal::new(0),
    };
    let on_question = {
        let plans = plans.clone();
        move |p: Place| {
            plans
                .get(p.item)
                .and_then(|x| x.1.get(p.slide))
                .is_some_and(|s| !s.reveal)
        }
    };
    timer.restart(seconds, on_question(session.get_untracked().place()));

    Effect::new(move |_| session.with(|s| saved.set(save_current(s))));
    let ticker = StoredValue::new_local(Interval::new(250, move || now.set(clock::now_ms())));
    on_cleanup(move || ticker.set_value(None));

    let go = {
        let on_question = on_question.clone();
        move |to: Place| {
            let from = session.get_untracked().place();
            let reveals = !on_question(to);
            session.update(|s| s.go(to, reveals));
            if to.item != from.item {
                timer.restart(seconds, !reveals);
            } else if reveals {
                timer.pause();
            }
        }
    };
    let slides_of = {
        let plans = plans.clone();
        move |i: usize| plans.get(i).map_or(1, |p| p.1.len())
    };
    let next = {
        let (go, slides_of) = (go.clone(), slides_of.clone());
        move || match slides::next(session.get_untracked().place(), &slides_of, count) {
            Some(p) => go(p),
            None => location::set_hash(TrainerRoute::PresentSummary.hash()),
        }
    };
    let back = {
        let (go, slides_of) = (go.clone(), slides_of.clone());
        move || go(slides::back(session.get_untracked().place(), &slides_of))
    };
    let reveal = {
        let (go, plans) = (go.clone(), plans.clone());
        move || {
            let at = session.get_untracked().place();
            if let Some((_, p)) = plans.get(at.item) {
                go(Place {
                    item: at.item,
                    slide: slides::toggle_reveal(p, at.slide),
                });
            }
        }
    };

    let (next_k, back_k, reveal_k) = (next.clone(), back.clone(), reveal.clone());
    let listener = KeyListener::new(move |k| {
        if k.modified {
            return;
        }
        if k.in_text {
            if matches!(k.key.as_str(), "Enter" | "Escape") {
                k.prevent_default();
                layout::blur_active();
            }
            return;
        }
        if blank.get_untracked() {
            k.prevent_default();
            blank.set(false);
            return;
        }
        match k.key.as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => next_k(),
            "Enter" if !k.on_control => next_k(),
            "ArrowLeft" | "ArrowUp" | "PageUp" => back_k(),
            "b" | "B" | "." => blank.set(true),
            "f" | "F" | "F5" => fullscreen::toggle(),
            "r" | "R" => reveal_k(),
            "t" | "T" => timer.toggle(),
            "d" | "D" => look.toggle_theme(),
            "+" | "=" => look.bigger(true),
            "-" => look.bigger(false),
            "?" => help.update(|h| *h = !*h),
            "Escape" => help.set(false),
            "s" | "S" => location::set_hash(TrainerRoute::PresentSummary.hash()),
            d if d.len() == 1
                && d.as_bytes()
                    .first()
                    .is_some_and(|c| (b'1'..=b'9').contains(c)) =>
            {
                if !layout::focus_select(&format!("count-{d}")) {
                    return;
                }
            }
            _ => return,
        }
        k.prevent_default();
    });
    let listener = StoredValue::new_local(listener);
    on_cleanup(move || listener.set_value(None));

    // Shrink the text until the slide fits the screen: down to the floor, which the slide plan
    // keeps to; only a text too long for any plan (another font, a narrow screen) goes a little
    // below it rather than being cut off.
    Effect::new(move |_| {
        let _ = (session.with(Session::place), look.scale.get());
        fit.set(1.0);
        leptos::task::spawn_local(async move {
            for _ in 0..16 {
                layout::next_frame().await;
                // The trainer may have left the slides during that frame: then stop quietly.
                let (Some(scale), Some(now)) =
                    (look.scale.try_get_untracked(), fit.try_get_untracked())
                else {
                    break;
                };
                let scale = f64::from(scale) / 100.0;
                if !layout::overflows("slide") || now * scale <= LAST_RESORT {
                    break;
                }
                fit.update(|f| *f = (*f - 0.05).max(LAST_RESORT / scale));
            }
        });
    });

    let plans_view = plans.clone();
    let slide = move || {
        let at = session.with(Session::place);
        let (item, slides) = plans_view.get(at.item)?.clone();
        let s = slides.get(at.slide)?.clone();
        Some(view! { <Stage bank=bank.clone() item slide=s session/> })
    };
    let plans_bar = plans.clone();
    let status = move || {
        let at = session.with(Session::place);
        let l = lang.get();
        let reveal = plans_bar
            .get(at.item)
            .and_then(|p| p.1.get(at.slide))
            .is_some_and(|s| s.reveal);
        let mut text = item_of(l, at.item + 1, count);
        if reveal {
            text = format!("{text} · {}", t(l, Key::AnswerShown));
        }
        text
    };
    let clock_view = move || {
        seconds.map(|_| {
            let left = timer.remaining(now.get());
            let running = timer.ends.get().is_some();
            view! {
                <span class="clock" class:urgent=left <= 10_000 class:paused=!running role="timer">
                    {if left == 0 { t(lang.get(), Key::TimeUp).to_owned() } else { clock_text(left) }}
                </span>
            }
        })
    };
    let idle = move || now.get() - moved.get() > IDLE_MS;
    let style = move || {
        format!(
            "--scale: {:.3}",
            f64::from(look.scale.get()) / 100.0 * fit.get()
        )
    };
    let (next_b, back_b) = (next.clone(), back.clone());
    view! {
        <div
            class="present"
            class:dark=move || look.dark.get()
            class:light=move || !look.dark.get()
            class:idle=idle
            style=style
            on:mousemove=move |_| moved.set(clock::now_ms())
        >
            <h1 class="sr-only">{tr(Key::PresentTitle)} ": " {move || session.with(|s| s.name.clone())}</h1>
            <div class="present-bar">
                <span class="where">{status}</span>
                {clock_view}
                {move || (!saved.get()).then(|| view! { <span class="unsaved" role="alert">{tr(Key::NotSaved)}</span> })}
                <span class="bar-buttons">
                    <button type="button" class="pbtn" aria-label=move || t(lang.get(), Key::Previous) on:click=move |_| back_b()>"‹"</button>
                    <button type="button" class="pbtn" aria-label=move || t(lang.get(), Key::Next) on:click=move |_| next_b()>"›"</button>
                    <button type="button" class="pbtn" aria-label=move || t(lang.get(), Key::HelpTitle) aria-expanded=move || help.get().to_string() on:click=move |_| help.update(|h| *h = !*h)>"?"</button>
                </span>
            </div>
            <div id="slide" class="slide">{slide}</div>
            <Show when=move || help.get()>
                <HelpPanel look help timer_on=seconds.is_some() on_timer=Callback::new(move |_| timer.toggle())/>
            </Show>
            <div class="blank" class:on=move || blank.get() aria-hidden="true" on:click=move |_| blank.set(false)></div>
        </div>
    }
}
