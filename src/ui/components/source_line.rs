//! "Sumber: PP 39/2012, Pasal 3" with a link when the bank gives an http(s) one.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::tr;

#[component]
pub fn SourceLine(title: String, url: Option<String>) -> impl IntoView {
    let text = match url {
        Some(href) => view! {
            <a href=href target="_blank" rel="noopener noreferrer">{title}</a>
        }
        .into_any(),
        None => view! { <span>{title}</span> }.into_any(),
    };
    view! { <p class="source"><strong>{tr(Key::Source)} ": "</strong>{text}</p> }
}
