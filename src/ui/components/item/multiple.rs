//! Options with several choices (checkboxes).

use leptos::prelude::*;

use super::choice_list::letter;

#[component]
pub fn CheckList(
    name: String,
    options: Vec<(String, String)>,
    selected: Signal<Vec<String>>,
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    view! {
        <div class="options">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (id, text))| {
                    let value = id.clone();
                    let toggled = id.clone();
                    let is_checked = move || selected.with(|s| s.contains(&id));
                    let toggle = move |_| {
                        let mut now = selected.get_untracked();
                        if let Some(pos) = now.iter().position(|s| s == &toggled) {
                            now.remove(pos);
                        } else {
                            now.push(toggled.clone());
                        }
                        on_change.run(now);
                    };
                    view! {
                        <label class="option">
                            <input
                                type="checkbox"
                                name=name.clone()
                                value=value
                                prop:checked=is_checked
                                on:change=toggle
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
