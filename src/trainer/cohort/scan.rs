//! "Pindai QR peserta": the laptop camera (or a picked photo of a code) reads participants' QR
//! codes into the group, each exactly as a dropped file (`domain::cohort::scan`). Every code read
//! shows a tick and the name — no sound — and the counter goes up; the camera is let go when the
//! trainer stops it or leaves the page. Frames are read and dropped, never kept or sent.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use super::load::Loaded;
use crate::domain::cohort::intake::{Intake, Outcome};
use crate::domain::cohort::scan::{Heard, Scanner};
use crate::domain::results::handover::image::read_rgba;
use crate::i18n::handover::{parts_note, read_count};
use crate::i18n::{problem_text, t, SKey};
use crate::platform::camera::{self, Camera, CameraError};
use crate::platform::timer::Interval;
use crate::trainer::state::use_trainer;
use crate::ui::components::FileDrop;
use crate::ui::shared::use_lang;
use crate::ui::tr;

/// How often a frame is read (ms): a code held up is read within a fifth of a second.
const FRAME_MS: i32 = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Off,
    Starting,
    On,
    Failed(SKey),
}

#[component]
pub fn ScanPanel(group: RwSignal<Option<Loaded>>) -> impl IntoView {
    let trainer = use_trainer();
    let lang = use_lang();
    let video = NodeRef::<leptos::html::Video>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let section = NodeRef::<leptos::html::Section>::new();
    let state = RwSignal::new(State::Off);
    let cam = StoredValue::new_local(None::<Camera>);
    let ticker = StoredValue::new_local(None::<Interval>);
    let scanner = StoredValue::new(Scanner::default());
    // The last thing heard, numbered so the same words twice still flash again.
    let last = RwSignal::new(None::<(Heard, usize)>);
    let no_code = RwSignal::new(false);
    let count = RwSignal::new(0usize);

    let take = move |texts: Vec<String>| {
        let Some(banks) = trainer.banks.get_untracked() else {
            return;
        };
        for text in texts {
            let heard = match scanner.with_value(|s| s.recall(&text)) {
                Some(again) => again,
                None => {
                    let mut intake = group
                        .with_untracked(|g| g.as_ref().map(|l| (*l.intake).clone()))
                        .unwrap_or_else(|| Intake::new(banks.clone()));
                    let heard = scanner
                        .try_update_value(|s| s.take(&mut intake, &text))
                        .flatten();
                    group.set(Some(Loaded {
                        intake: Arc::new(intake),
                        elapsed: None,
                    }));
                    count.set(scanner.with_value(|s| s.read));
                    heard
                }
            };
            // A code still in view in the next frames changes nothing on screen: its
            // "✓ Terbaca" stays until another code (or the same one shown again later) comes.
            let same = |l: &Option<(Heard, usize)>| match (&heard, l) {
                (
                    Some(Heard::Again { name }),
                    Some((Heard::Read { name: n, .. } | Heard::Again { name: n }, _)),
                ) => name == n,
                _ => false,
            };
            if last.with_untracked(same) {
                continue;
            }
            if let Some(h) = heard {
                no_code.set(false);
                last.update(|l| *l = Some((h, l.as_ref().map_or(0, |x| x.1 + 1))));
            }
        }
    };
    let stop = move || {
        ticker.set_value(None);
        cam.set_value(None);
    };
    on_cleanup(stop);
    let tick = move || {
        let (Some(v), Some(c)) = (video.get_untracked(), canvas.get_untracked()) else {
            return;
        };
        let frame = cam.with_value(|cam| cam.as_ref().and_then(|cam| cam.frame(&v, &c)));
        if let Some(p) = frame {
            let texts = read_rgba(p.width, p.height, &p.rgba);
            if !texts.is_empty() {
                take(texts);
            }
        }
    };
    let start = move |_| {
        let Some(v) = video.get_untracked() else {
            return;
        };
        state.set(State::Starting);
        spawn_local(async move {
            match Camera::open(&v).await {
                Ok(c) => {
                    // Left while the browser asked: the camera goes at once (dropped).
                    if cam.try_set_value(Some(c)).is_none() {
                        ticker.set_value(Interval::new(FRAME_MS, tick));
                        state.set(State::On);
                        // The picture, the counter and the last name in view at once.
                        if let Some(s) = section.get_untracked() {
                            s.scroll_into_view();
                        }
                    }
                }
                Err(CameraError::Denied) => state.set(State::Failed(SKey::Denied)),
                Err(CameraError::NoCamera) => state.set(State::Failed(SKey::NoCamera)),
            }
        });
    };
    let on_stop = move |_| {
        stop();
        state.set(State::Off);
    };
    let on_photos = Callback::new(move |files: Vec<web_sys::File>| {
        let Some(c) = canvas.get_untracked() else {
            return;
        };
        spawn_local(async move {
            for f in files {
                let texts = camera::picture(&f, &c)
                    .await
                    .map(|p| read_rgba(p.width, p.height, &p.rgba))
                    .unwrap_or_default();
                if texts.is_empty() {
                    no_code.set(true);
                } else {
                    take(texts);
                }
            }
        });
    });
    let heard = move || {
        let l = lang.get();
        last.get().map(|(h, n)| {
            let (class, line) = match h {
                Heard::Read { name, outcome } => {
                    let note = match outcome {
                        Outcome::Duplicate => format!(" — {}", t(l, SKey::InGroupAlready)),
                        Outcome::DuplicateDiffers(p) => {
                            format!(" — {}", problem_text(l, &p.kind))
                        }
                        _ => String::new(),
                    };
                    ("tick ok", format!("✓ {}: {name}{note}", t(l, SKey::Read)))
                }
                Heard::Again { name } => ("tick", format!("✓ {}: {name}", t(l, SKey::AlreadyRead))),
                Heard::Part { got, total } => ("tick", parts_note(l, got, total)),
                Heard::Refused(p) => (
                    "tick error",
                    format!("✗ {}: {}", t(l, SKey::Refused), problem_text(l, &p.kind)),
                ),
            };
            view! { <p class=class data-n=n>{line}</p> }
        })
    };
    view! {
        <section class="scan" aria-labelledby="scan-title" node_ref=section>
            <h2 id="scan-title">{tr(SKey::Scan)}</h2>
            <p>{tr(SKey::ScanIntro)}</p>
            <div class="actions">
                <Show when=move || !matches!(state.get(), State::On | State::Starting)>
                    <button type="button" class="btn" on:click=start>{tr(SKey::StartCamera)}</button>
                </Show>
                <Show when=move || state.get() == State::On>
                    <button type="button" class="btn secondary" on:click=on_stop>{tr(SKey::StopCamera)}</button>
                </Show>
                <FileDrop button=Signal::derive(tr(SKey::PickPhoto)) accept="image/*" multiple=true on_files=on_photos/>
            </div>
            {move || match state.get() {
                State::Failed(key) => Some(view! { <p class="banner error" role="alert">{move || t(lang.get(), key)}</p> }.into_any()),
                State::Starting => Some(view! { <p role="status">{tr(SKey::Starting)}</p> }.into_any()),
                _ => None,
            }}
            <div class="scan-view" class:on=move || state.get() == State::On>
                <video node_ref=video playsinline=true muted=true aria-label=tr(SKey::Preview)></video>
                <div class="scan-side">
                    <p class="scan-count" role="status"><strong>{move || read_count(lang.get(), count.get())}</strong></p>
                    <Show when=move || state.get() == State::On>
                        <p class="muted">{tr(SKey::Looking)}</p>
                    </Show>
                    <div aria-live="polite">{heard}</div>
                </div>
            </div>
            <Show when=move || no_code.get()>
                <p class="banner error" role="alert">{tr(SKey::NoCodeInPhoto)}</p>
            </Show>
            <canvas node_ref=canvas hidden=true></canvas>
        </section>
    }
}
