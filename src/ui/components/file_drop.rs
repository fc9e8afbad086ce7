//! Where files enter the apps: a zone to drop them on, with a button that opens the file picker
//! (which is also how a keyboard or a phone brings them). The bank checker, the group view, the
//! history import and the session import all take files through it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Key;
use crate::ui::tr;

/// The files of a file input or a drop.
pub fn file_list(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// `hint` says what to drop (without one, only the button shows, in a row of actions — files
/// can still be dropped on it); `accept` lists the file types offered by the picker; `multiple`
/// lets several files in at once. `on_files` gets what came in (never an empty list).
#[component]
pub fn FileDrop(
    #[prop(optional, into)] hint: Option<Signal<&'static str>>,
    /// The button's words (default: "Pilih berkas").
    #[prop(optional, into)]
    button: Option<Signal<&'static str>>,
    accept: &'static str,
    #[prop(optional)] multiple: bool,
    on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let take = move |files: Vec<web_sys::File>| {
        if !files.is_empty() {
            on_files.run(files);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            take(file_list(input.files()));
            // The same file can be chosen again (after fixing it).
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        take(file_list(ev.data_transfer().and_then(|d| d.files())));
    };
    // One shape for both uses (no `AnyView`, which weighs on the candidate's download): a zone
    // with its hint, or — without one — a wrapper that leaves the button in its row of actions.
    let (zone, button_class) = match hint {
        Some(_) => ("dropzone", "btn file-button"),
        None => ("file-drop-inline", "btn secondary file-button"),
    };
    view! {
        <div
            class=zone
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=on_drop
        >
            {hint.map(|h| view! { <p>{h}</p> })}
            <label class=button_class>
                {move || button.map_or_else(|| tr(Key::PickFiles)(), |b| b.get())}
                <input type="file" multiple=multiple accept=accept class="sr-only" on:change=on_pick/>
            </label>
        </div>
    }
}
