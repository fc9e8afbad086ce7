//! Options as large tap targets lettered A, B, C… in the order shown: radio buttons for one
//! choice, checkboxes for several.

use leptos::prelude::*;

/// The letter shown beside option `i` (A, B, C…).
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

#[component]
pub fn OptionList(
    name: String,
    /// `(id, text)` pairs in display order.
    options: Vec<(String, String)>,
    /// The chosen ids.
    selected: Signal<Vec<String>>,
    /// Checkboxes (several answers) instead of radio buttons.
    #[prop(optional)]
    multiple: bool,
    /// Answers can no longer change (feedback shown, or the attempt is over).
    #[prop(into)]
    locked: Signal<bool>,
    /// Called with the new selection.
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let kind = if multiple { "checkbox" } else { "radio" };
    view! {
        <div class="options">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (id, text))| {
                    let (checked_id, toggled) = (id.clone(), id.clone());
                    let is_checked = move || selected.with(|s| s.contains(&checked_id));
                    let change = move |_| {
                        let mut now = if multiple { selected.get_untracked() } else { Vec::new() };
                        match now.iter().position(|s| s == &toggled) {
                            Some(p) if multiple => {
                                now.remove(p);
                            }
                            _ => now.push(toggled.clone()),
                        }
                        on_change.run(now);
                    };
                    view! {
                        <label class="option">
                            <input
                                type=kind
                                name=name.clone()
                                value=id
                                prop:checked=is_checked
                                disabled=move || locked.get()
                                on:change=change
                            />
                            <span class="key" aria-hidden="true">{letter(i).to_string()}</span>
                            <span class="text">{text}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}
