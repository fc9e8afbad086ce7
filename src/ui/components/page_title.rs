//! A page's `<h1>`, which takes the focus when the page (or its `focus_on` signal) changes, so
//! keyboard and screen-reader users start where the eye does.

use leptos::prelude::*;

#[component]
pub fn PageTitle<F, T>(
    text: F,
    /// Re-focus whenever this changes (e.g. the item shown).
    #[prop(optional, into)]
    focus_on: Option<Signal<usize>>,
) -> impl IntoView
where
    F: Fn() -> T + Send + Sync + 'static,
    T: IntoView + 'static,
{
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(s) = focus_on {
            s.track();
        }
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! { <h1 tabindex="-1" node_ref=heading>{text}</h1> }
}
