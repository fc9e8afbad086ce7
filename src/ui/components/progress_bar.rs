//! A progress bar with its numbers for assistive technology.

use leptos::prelude::*;

#[component]
pub fn ProgressBar(
    #[prop(into)] value: Signal<usize>,
    #[prop(into)] max: Signal<usize>,
    #[prop(into)] label: Signal<&'static str>,
) -> impl IntoView {
    let width = move || {
        let m = max.get().max(1);
        format!("width:{}%", value.get().min(m) * 100 / m)
    };
    view! {
        <div
            class="progress"
            role="progressbar"
            aria-label=move || label.get()
            aria-valuemin="0"
            aria-valuemax=move || max.get()
            aria-valuenow=move || value.get()
        >
            <div class="progress-fill" style=width></div>
        </div>
    }
}
