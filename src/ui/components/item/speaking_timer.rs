//! An optional speaking timer for interview practice: start, pause, reset; the time left is
//! shown large and announced when it runs out.

use leptos::prelude::*;

use crate::i18n::{clock_text, Key};
use crate::platform::timer::Interval;
use crate::ui::tr;

#[component]
pub fn SpeakingTimer(
    seconds: u32,
    /// The item's name in the page, so that a page of many items (the bank checker's preview)
    /// keeps its ids unique.
    name: String,
) -> impl IntoView {
    let title = format!("{name}-speaking");
    let labelled_by = title.clone();
    let left = RwSignal::new(seconds);
    let running = RwSignal::new(false);
    // The interval lives as long as the timer runs; dropping it stops the ticking.
    let ticker = StoredValue::new_local(None::<Interval>);
    let stop = move || {
        running.set(false);
        ticker.set_value(None);
    };
    let start = move |_| {
        if left.get_untracked() == 0 {
            left.set(seconds);
        }
        running.set(true);
        ticker.set_value(Interval::new(1000, move || {
            let now = left.get_untracked().saturating_sub(1);
            left.set(now);
            if now == 0 {
                running.set(false);
            }
        }));
    };
    Effect::new(move |_| {
        if !running.get() {
            ticker.set_value(None);
        }
    });
    on_cleanup(move || ticker.set_value(None));
    view! {
        <div class="speaking-timer" role="group" aria-labelledby=labelled_by>
            <h2 id=title>{tr(Key::SpeakingTimer)}</h2>
            <p class="hint">{tr(Key::SpeakingHint)}</p>
            <p class="clock" role="timer" class:done=move || left.get() == 0>
                {move || clock_text(i64::from(left.get()) * 1000)}
            </p>
            <p class="sr-only" aria-live="assertive">
                {move || (left.get() == 0).then(tr(Key::SpeakingDone))}
            </p>
            <div class="actions">
                <Show
                    when=move || running.get()
                    fallback=move || {
                        view! {
                            <button type="button" class="btn secondary" on:click=start>
                                {tr(Key::TimerStart)}
                            </button>
                        }
                    }
                >
                    <button type="button" class="btn secondary" on:click=move |_| stop()>
                        {tr(Key::TimerPause)}
                    </button>
                </Show>
                <button
                    type="button"
                    class="btn secondary"
                    on:click=move |_| {
                        stop();
                        left.set(seconds);
                    }
                >
                    {tr(Key::TimerReset)}
                </button>
            </div>
        </div>
    }
}
