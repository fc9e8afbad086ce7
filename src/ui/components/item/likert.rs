//! A can-do self-rating: a row of five big labelled buttons (radio buttons), never a grid.

use leptos::prelude::*;

#[component]
pub fn LikertScale(
    name: String,
    /// The five labels, for 1 to 5.
    anchors: Vec<String>,
    value: Signal<Option<u8>>,
    locked: Signal<bool>,
    on_pick: Callback<u8>,
) -> impl IntoView {
    view! {
        <div class="likert">
            {anchors
                .into_iter()
                .take(5)
                .enumerate()
                .map(|(i, label)| {
                    let n = i as u8 + 1;
                    view! {
                        <label class="likert-point">
                            <input
                                type="radio"
                                name=name.clone()
                                value=n.to_string()
                                prop:checked=move || value.get() == Some(n)
                                disabled=move || locked.get()
                                on:change=move |_| on_pick.run(n)
                            />
                            <span class="num">{n.to_string()}</span>
                            <span class="anchor">{label}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}
