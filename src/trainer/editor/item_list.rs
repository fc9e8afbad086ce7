//! The list of items beside the form: filters (text, competency, role, kind, problems), one
//! button per item with its problems marked, reordering by dragging or Alt+↑/↓, and adding an
//! item of any kind after the one selected.

use crate::ui::tr;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::bank::editing::parts::{self, fresh_id};
use crate::domain::bank::ItemKind;
use crate::domain::format::json::Value;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;
use crate::i18n::kind_label;
use crate::ui::shared::use_lang;
use crate::view::editor::{item_rows, ItemRow, Part};

#[component]
pub fn ItemList(part: Memo<Part>) -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let items = Path::root().key("items");
    let rows = Memo::new(move |_| {
        s.editor.with(|e| {
            s.findings
                .with(|f| s.filter.with(|flt| item_rows(e.doc(), f, flt)))
        })
    });
    let dragged = RwSignal::new(None::<usize>);
    let i1 = StoredValue::new(items.clone());
    // The moved item stays selected, and its button keeps the focus.
    let move_to = move |from: usize, to: usize| {
        if s.edit(|e| i1.with_value(|l| e.move_to(l, from, to))) {
            s.at.set(i1.with_value(|l| l.index(to)));
            let id = vec![format!("row-{to}")];
            leptos::task::spawn_local(async move {
                crate::platform::layout::next_frame().await;
                crate::platform::layout::focus_first(&id);
            });
        }
    };
    let new_kind = RwSignal::new(ItemKind::SingleChoice);
    let i2 = items.clone();
    let add = move |_| {
        // After the item open, or at the end; measuring the bank's first competency.
        let at = match part.get_untracked() {
            Part::Item(i) => Some(i + 1),
            _ => None,
        };
        s.add(&i2, at, "prompt", |e, _, taken| {
            let first = e
                .doc()
                .pointer("/competencies/0/id")
                .and_then(Value::as_str);
            parts::item(new_kind.get_untracked(), &fresh_id("soal", taken), first)
        })
    };
    view! {
        <Filters/>
        <p class="hint">{tr(EKey::ReorderHint)}</p>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="hint">{tr(EKey::NoItemsMatch)}</p>
        </Show>
        // Keyed by the whole row: typing in one item redraws that row only.
        <ul class="item-list">
            <For each=move || rows.get() key=|row| row.clone() let:row>
                <Row row part dragged move_to/>
            </For>
        </ul>
        <div class="add-item">
            <label class="label" for="new-kind">{tr(EKey::Kind)}</label>
            <select id="new-kind" on:change=move |ev| {
                if let Some(k) = ItemKind::from_name(&event_target_value(&ev)) { new_kind.set(k) }
            }>
                {ItemKind::ALL.iter().map(|k| view! { <option value=k.name()>{move || kind_label(lang.get(), *k)}</option> }).collect_view()}
            </select>
            <button type="button" class="btn" on:click=add>{tr(EKey::AddItem)}</button>
        </div>
    }
}

/// One item of the list: a button that opens it, draggable, moved by Alt+↑ / Alt+↓.
#[component]
fn Row(
    row: ItemRow,
    part: Memo<Part>,
    dragged: RwSignal<Option<usize>>,
    move_to: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let i = row.index;
    let current = move || (part.get() == Part::Item(i)).then_some("true");
    let (mark, class) = match row.problem {
        Some(true) => ("✖ ", "item-row error"),
        Some(false) => ("⚠ ", "item-row warning"),
        None => ("", "item-row"),
    };
    let kind = row
        .kind
        .map(|k| kind_label(lang.get_untracked(), k))
        .unwrap_or_default();
    let keys = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowUp" if ev.alt_key() && i > 0 => {
            ev.prevent_default();
            move_to(i, i - 1)
        }
        "ArrowDown" if ev.alt_key() => {
            ev.prevent_default();
            move_to(i, i + 1)
        }
        _ => {}
    };
    view! {
        <li class=class draggable="true"
            on:dragstart=move |_| dragged.set(Some(i))
            on:dragover=move |ev| ev.prevent_default()
            on:drop=move |ev| {
                ev.prevent_default();
                if let Some(from) = dragged.get_untracked() { move_to(from, i) }
                dragged.set(None);
            }>
            <button type="button" class="item-button" aria-current=current
                id=format!("row-{i}")
                on:click=move |_| s.go(Path::root().key("items").index(i).key("prompt"))
                on:keydown=keys>
                <span class="item-id">{mark}{i + 1} ". " {row.id}</span>
                <span class="item-kind">{kind}</span>
                <span class="item-excerpt">{row.excerpt}</span>
            </button>
        </li>
    }
}

/// The item list's filters.
#[component]
fn Filters() -> impl IntoView {
    let s = use_edit();
    let lang = use_lang();
    let list_of = move |key: &'static str, label: &'static str| {
        Memo::new(move |_| {
            s.editor.with(|e| {
                e.doc()
                    .get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|v| {
                        let t = |k: &str| {
                            v.get(k)
                                .and_then(Value::as_str)
                                .unwrap_or_default()
                                .to_owned()
                        };
                        (t("id"), t(label))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let competencies = list_of("competencies", "name");
    let roles = list_of("roles", "short");
    view! {
        <div class="filters">
            <label class="label" for="item-search">{tr(EKey::Search)}</label>
            <input type="search" id="item-search" prop:value=move || s.filter.with(|f| f.text.clone())
                on:input=move |ev| s.filter.update(|f| f.text = event_target_value(&ev))/>
            <select aria-label=move || tr(EKey::ByCompetency)() on:change=move |ev| s.filter.update(|f| f.competency = event_target_value(&ev))>
                <option value="">{tr(EKey::AnyCompetency)}</option>
                {move || competencies.get().into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
            </select>
            <select aria-label=move || tr(EKey::ByRole)() on:change=move |ev| s.filter.update(|f| f.role = event_target_value(&ev))>
                <option value="">{tr(EKey::AnyRole)}</option>
                {move || roles.get().into_iter().map(|(id, short)| view! { <option value=id>{short}</option> }).collect_view()}
            </select>
            <select aria-label=move || tr(EKey::ByKind)() on:change=move |ev| s.filter.update(|f| f.kind = ItemKind::from_name(&event_target_value(&ev)))>
                <option value="">{tr(EKey::AnyKind)}</option>
                {ItemKind::ALL.iter().map(|k| view! { <option value=k.name()>{move || kind_label(lang.get(), *k)}</option> }).collect_view()}
            </select>
            <label class="tick">
                <input type="checkbox" prop:checked=move || s.filter.with(|f| f.only_problems)
                    on:change=move |ev| s.filter.update(|f| f.only_problems = event_target_checked(&ev))/>
                " " {tr(EKey::OnlyProblems)}
            </label>
        </div>
    }
}
