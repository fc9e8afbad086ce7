//! Options with one choice (radio buttons), as large tap targets lettered A, B, C…

use leptos::prelude::*;

/// The letter shown beside option `i` (A, B, C…).
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i % 26) as u8)
}

#[component]
pub fn ChoiceList(
    name: String,
    /// `(id, text)` pairs in display order.
    options: Vec<(String, String)>,
    selected: Signal<Option<String>>,
    on_pick: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="options">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (id, text))| {
                    let value = id.clone();
                    let is_checked = move || selected.get().as_deref() == Some(id.as_str());
                    let picked = value.clone();
                    view! {
                        <label class="option">
                            <input
                                type="radio"
                                name=name.clone()
                                value=value
                                prop:checked=is_checked
                                on:change=move |_| on_pick.run(picked.clone())
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
