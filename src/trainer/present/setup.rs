//! Setting up a session: a bank, the roles and competencies to draw from, the items (picked or
//! drawn at random), seconds per item, a name; saved sets to reuse; a record to continue.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::{forget_named, load_current, save_current, save_named, saved_sessions};
use crate::domain::attempt::rng::Rng;
use crate::domain::bank::BankRef;
use crate::domain::present::session::{eligible, Session, MAX_SESSION_BYTES};
use crate::i18n::{problem_line, t, Key};
use crate::platform::{clock, files, location};
use crate::trainer::state::use_trainer;
use crate::ui::components::PageTitle;
use crate::ui::shared::{use_device, use_lang};
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

fn start(session: &Session) {
    if save_current(session) {
        location::set_hash(TrainerRoute::PresentShow.hash());
    }
}

#[component]
pub fn SetupPage() -> impl IntoView {
    let device = use_device();
    let trainer = use_trainer();
    let lang = use_lang();
    let chosen = RwSignal::new(None::<BankRef>);
    // The first known bank, once the banks are read.
    Effect::new(move |_| {
        let first = trainer.banks.with(|b| {
            b.as_ref()
                .and_then(|b| b.first().map(|x| x.reference.clone()))
        });
        if chosen.get_untracked().is_none() && first.is_some() {
            chosen.set(first);
        }
    });
    let bank = Memo::new(move |_| chosen.get().and_then(|r| trainer.bank(&r)));
    let roles = RwSignal::new(BTreeSet::<String>::new());
    let competencies = RwSignal::new(BTreeSet::<String>::new());
    let picked = RwSignal::new(Vec::<String>::new());
    let count = RwSignal::new(5usize);
    let seconds = RwSignal::new(String::new());
    let name = RwSignal::new(format!(
        "Sesi {}",
        crate::domain::format::time::format_iso(clock::now_ms())
            .get(..10)
            .unwrap_or("")
    ));
    let message = RwSignal::new(None::<String>);
    let saved = RwSignal::new(saved_sessions(&device));
    let current = RwSignal::new(load_current(&device));
    let pool = move || {
        bank.get()
            .map(|b| {
                let r: Vec<String> = roles.get().into_iter().collect();
                let c: Vec<String> = competencies.get().into_iter().collect();
                eligible(&b, &r, &c)
                    .into_iter()
                    .map(|i| {
                        (
                            i.common.id.clone(),
                            i.common.prompt.clone(),
                            i.body.kind_name(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let draw = move |_| {
        let mut ids: Vec<String> = pool().into_iter().map(|(id, _, _)| id).collect();
        Rng::new(clock::random_seed()).shuffle(&mut ids);
        ids.truncate(count.get_untracked());
        picked.set(ids);
    };
    let make = move || {
        let r = chosen.get_untracked()?;
        let items = picked.get_untracked();
        if items.is_empty() {
            message.set(Some(t(lang.get_untracked(), Key::PickSomeItems).to_owned()));
            return None;
        }
        let secs = seconds
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|s| *s > 0);
        Some(Session::new(
            name.get_untracked().trim(),
            r,
            items,
            secs,
            clock::now_ms(),
        ))
    };
    let present = move |_| {
        if let Some(s) = make() {
            start(&s);
        }
    };
    let keep = move |_| {
        if let Some(s) = make() {
            let ok = save_named(&device, &s);
            saved.set(saved_sessions(&device));
            message.set(Some(
                t(
                    lang.get_untracked(),
                    if ok { Key::SetSaved } else { Key::BankNotKept },
                )
                .to_owned(),
            ));
        }
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_chosen(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            let text = match files::read_text(&file, MAX_SESSION_BYTES).await {
                Ok(t) => t,
                Err(p) => {
                    message.set(Some(format!("{}: {}", file.name(), problem_line(l, &p))));
                    return;
                }
            };
            match Session::read(&text) {
                Ok(s) => start(&s),
                Err(p) => message.set(Some(format!(
                    "{}: {}",
                    file.name(),
                    p.iter()
                        .take(3)
                        .map(|p| problem_line(l, p))
                        .collect::<Vec<_>>()
                        .join(" ")
                ))),
            }
        });
    };
    let toggle = |set: RwSignal<BTreeSet<String>>, id: String| {
        set.update(|s| {
            if !s.remove(&id) {
                s.insert(id);
            }
        })
    };
    let filters = move || {
        bank.get().map(|b| {
            let role_boxes = b.roles.iter().map(|r| {
                let id = r.id.clone();
                view! { <label class="check"><input type="checkbox" on:change=move |_| toggle(roles, id.clone())/> {r.short.clone()}</label> }
            }).collect_view();
            let comp_boxes = b.competencies.iter().map(|c| {
                let id = c.id.clone();
                view! { <label class="check"><input type="checkbox" on:change=move |_| toggle(competencies, id.clone())/> {c.name.clone()}</label> }
            }).collect_view();
            view! {
                <fieldset class="field"><legend class="label">{tr(Key::Role)}</legend>{role_boxes}</fieldset>
                <fieldset class="field"><legend class="label">{tr(Key::Competency)}</legend>{comp_boxes}</fieldset>
            }
        })
    };
    let items = move || {
        pool().into_iter().map(|(id, prompt, kind)| {
            let (check_id, pick_id) = (id.clone(), id.clone());
            let on = move || picked.with(|p| p.contains(&check_id));
            let flip = move |_| picked.update(|p| match p.iter().position(|x| *x == pick_id) {
                Some(i) => { p.remove(i); }
                None => p.push(pick_id.clone()),
            });
            view! {
                <li><label class="check">
                    <input type="checkbox" prop:checked=on on:change=flip/>
                    <span><code>{id}</code> " · " {kind} " · " {prompt.chars().take(90).collect::<String>()}</span>
                </label></li>
            }
        }).collect_view()
    };
    let saved_list = move || {
        saved.get().into_iter().map(|s| {
        let (load, drop_name) = (s.clone(), s.name.clone());
        view! {
            <li>
                <strong>{s.name.clone()}</strong> " · " {s.items.len()} " " {tr(Key::ItemsWord)} " "
                <button type="button" class="btn link" on:click=move |_| start(&load)>{tr(Key::Present)}</button>
                <button type="button" class="btn link" on:click=move |_| { forget_named(&device, &drop_name); saved.set(saved_sessions(&device)); }>{tr(Key::RemoveBank)}</button>
            </li>
        }
    }).collect_view()
    };
    view! {
        <PageTitle text=tr(Key::PresentTitle)/>
        <p>{tr(Key::PresentIntro)}</p>
        {move || current.get().map(|s| {
            let total = s.items.len();
            let at = s.position + 1;
            view! {
                <section class="card resume">
                    <h2>{tr(Key::ContinueSession)} ": " {s.name.clone()}</h2>
                    <p>{at} " / " {total}</p>
                    <div class="actions">
                        <a class="btn" href=TrainerRoute::PresentShow.href()>{tr(Key::ResumeContinue)}</a>
                        <a class="btn secondary" href=TrainerRoute::PresentSummary.href()>{tr(Key::SessionSummary)}</a>
                        <button type="button" class="btn link" on:click=move |_| current.set(None)>{tr(Key::Close)}</button>
                    </div>
                </section>
            }
        })}
        <section class="card">
            <h2>{tr(Key::NewSession)}</h2>
            <label class="field">
                <span class="label">{tr(Key::BankLabel)}</span>
                <select on:change=move |ev| {
                    let sha = event_target_value(&ev);
                    chosen.set(trainer.banks.get_untracked().unwrap_or_default().iter().map(|b| b.reference.clone()).find(|r| r.sha256 == sha));
                    picked.set(Vec::new());
                }>
                    {move || trainer.banks.get().unwrap_or_default().iter().map(|b| view! { <option value=b.reference.sha256.clone()>{b.title.clone()} " · " {b.reference.version.clone()}</option> }).collect_view()}
                </select>
            </label>
            {filters}
            <div class="actions">
                <label class="field inline">
                    <span class="label">{tr(Key::HowMany)}</span>
                    <input type="number" min="1" max="1000" prop:value=move || count.get().to_string() on:input=move |ev| count.set(event_target_value(&ev).parse().unwrap_or(5))/>
                </label>
                <button type="button" class="btn secondary" on:click=draw>{tr(Key::DrawItems)}</button>
            </div>
            <p class="muted">{move || format!("{} {}", picked.with(Vec::len), t(lang.get(), Key::ItemsChosen))}</p>
            <ol class="pick-list">{items}</ol>
            <label class="field">
                <span class="label">{tr(Key::SecondsPerItem)}</span>
                <input type="number" min="0" max="3600" name="seconds" prop:value=move || seconds.get() on:input=move |ev| seconds.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span class="label">{tr(Key::SessionName)}</span>
                <input type="text" name="session-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </label>
            <div class="actions">
                <button type="button" class="btn" on:click=present>{tr(Key::Present)}</button>
                <button type="button" class="btn secondary" on:click=keep>{tr(Key::SaveSet)}</button>
            </div>
            {move || message.get().map(|m| view! { <p class="note" role="status">{m}</p> })}
        </section>
        <section class="card">
            <h2>{tr(Key::SavedSets)}</h2>
            <ul class="saved-sets">{saved_list}</ul>
            <label class="btn secondary file-button">
                {tr(Key::ImportSession)}
                <input type="file" accept=".json,application/json" class="sr-only" on:change=import/>
            </label>
            <a class="btn secondary" href=TrainerRoute::PresentCards.href()>{tr(Key::PrintCards)}</a>
        </section>
    }
}
