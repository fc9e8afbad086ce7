//! The buttons beside an element of a list (a source, a level, an option…): up, down, delete.
//! A deletion is undone like any change (Ctrl+Z, or the toolbar).

use crate::ui::tr;
use leptos::prelude::*;

use super::state::use_edit;
use crate::domain::format::problem::Path;
use crate::i18n::editor::EKey;

#[component]
pub fn RowTools(list: Path, index: usize, len: usize) -> impl IntoView {
    let s = use_edit();
    let (l1, l2, l3) = (list.clone(), list.clone(), list);
    view! {
        <span class="row-tools">
            <button type="button" class="btn link" disabled={index == 0}
                on:click=move |_| { s.edit(|e| e.move_to(&l1, index, index - 1)); }>
                "↑ " {tr(EKey::MoveUp)}
            </button>
            <button type="button" class="btn link" disabled={index + 1 >= len}
                on:click=move |_| { s.edit(|e| e.move_to(&l2, index, index + 1)); }>
                "↓ " {tr(EKey::MoveDown)}
            </button>
            <button type="button" class="btn link danger" on:click=move |_| s.remove(&l3, index)>
                {tr(EKey::Delete)}
            </button>
        </span>
    }
}

/// How many elements the list at `path` has now: a memo, so a form's rows are rebuilt only
/// when their number changes, not at every keystroke (which would take the focus away).
pub fn len_of(path: &Path) -> Memo<usize> {
    let s = use_edit();
    let path = path.clone();
    Memo::new(move |_| {
        s.editor
            .with(|e| e.get(&path).and_then(|v| v.as_array()).map_or(0, Vec::len))
    })
}
