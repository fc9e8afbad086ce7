//! Above the editor: the draft's title, back to every draft, undo and redo, "Gunakan bank ini"
//! (asking for a new version when a bank with this id and version but other contents is in use
//! here), the downloads, and what the last action did.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::bank::library::KeptBank;
use crate::domain::bank::{canonical_json, BankRef, CheckedBank};
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::{et, in_use_text, save_as_version, EKey};
use crate::i18n::{t, Key};
use crate::trainer::checker::actions::Downloads;
use crate::trainer::state::use_trainer;
use crate::ui::shared::{use_device, use_lang};
use crate::ui::tr;
use crate::view::editor::{in_use, next_version};

#[component]
pub fn Toolbar() -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let title = move || {
        s.editor.with(|e| {
            let text = |k: &str| {
                e.doc()
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            let title = text("title");
            if title.trim().is_empty() {
                text("id")
            } else {
                title
            }
        })
    };
    let can_undo = move || s.editor.with(|e| e.can_undo());
    let can_redo = move || s.editor.with(|e| e.can_redo());
    let bank = Callback::new(move |()| s.findings.with_untracked(|f| f.bank.clone()));
    let usable = move || s.findings.with(|f| f.bank.is_some());
    view! {
        <div class="editor-bar">
            <button type="button" class="btn link" on:click=move |_| s.close()>"← " {tr(EKey::AllDrafts)}</button>
            <strong class="draft-title">{title}</strong>
            <button type="button" class="btn secondary" disabled=move || !can_undo() on:click=move |_| s.undo()
                aria-keyshortcuts="Control+Z">{tr(EKey::Undo)}</button>
            <button type="button" class="btn secondary" disabled=move || !can_redo() on:click=move |_| s.redo()
                aria-keyshortcuts="Control+Y">{tr(EKey::Redo)}</button>
            <span class="hint">{tr(EKey::UndoHint)}</span>
        </div>
        <div class="editor-bar">
            <UseBank/>
            <Show when=usable fallback=move || view! { <span class="hint">{tr(EKey::UseBlocked)}</span> }>
                <Downloads bank/>
            </Show>
        </div>
        <p role="status" class="notice">
            {move || s.notice.get().map(|k| view! {
                {et(lang.get(), k)} " "
                <button type="button" class="btn link" on:click=move |_| s.undo()>{tr(EKey::Undo)}</button>
            })}
        </p>
    }
}

/// "Gunakan bank ini", with the new-version question when it is needed.
#[component]
fn UseBank() -> impl IntoView {
    let s = use_edit();
    let device = use_device();
    let trainer = use_trainer();
    let lang = use_lang();
    let kept = RwSignal::new(None::<bool>);
    let ask = RwSignal::new(None::<BankRef>);
    let keep = move || {
        let Some(bank) = s.findings.with_untracked(|f| f.bank.clone()) else {
            return;
        };
        let checked = CheckedBank::new(bank);
        let text = canonical_json(&checked.bank);
        kept.set(Some(device.store_kept(
            KeptBank::of(&checked.bank, &checked.reference.sha256),
            &text,
        )));
    };
    let try_use = move |_| {
        ask.set(None);
        let Some(bank) = s.findings.with_untracked(|f| f.bank.clone()) else {
            return;
        };
        let mine = bank.reference();
        let known: Vec<BankRef> = trainer
            .banks
            .with(|b| {
                b.as_ref()
                    .map(|l| l.iter().map(|c| c.reference.clone()).collect())
            })
            .unwrap_or_default();
        if in_use(&known, &mine) {
            ask.set(Some(mine));
        } else {
            keep();
        }
    };
    let new_version = move |_| {
        if let Some(r) = ask.get_untracked() {
            s.seal();
            s.set(
                &Path::root().key("version"),
                Some(Value::from(next_version(&r.version))),
            );
            s.seal();
            ask.set(None);
            keep();
        }
    };
    view! {
        <button type="button" class="btn" disabled=move || s.findings.with(|f| f.bank.is_none()) on:click=try_use>
            {tr(TKey::UseThisBank)}
        </button>
        {move || ask.get().map(|r| {
            let next = next_version(&r.version);
            view! {
                <div class="banner warn" role="alertdialog" aria-labelledby="in-use-title">
                    <strong id="in-use-title">{tr(EKey::InUseTitle)}</strong>
                    <p>{move || in_use_text(lang.get(), &r.id, &r.version)}</p>
                    <button type="button" class="btn" on:click=new_version>
                        {move || save_as_version(lang.get(), &next)}
                    </button>
                    <button type="button" class="btn secondary" on:click=move |_| { ask.set(None); keep(); }>
                        {tr(EKey::KeepVersion)}
                    </button>
                    <button type="button" class="btn link" on:click=move |_| ask.set(None)>{tr(Key::Cancel)}</button>
                </div>
            }
        })}
        {move || kept.get().map(|ok| {
            let class = if ok { "banner ok" } else { "banner error" };
            let text = move || if ok { t(lang.get(), TKey::BankKept) } else { t(lang.get(), Key::BankNotKept) };
            view! { <p class=class role="status">{text} " " <a href="../">{tr(TKey::BackToCandidateApp)}</a></p> }
        })}
    }
}
