//! "Sunting Bank": writing and fixing a bank in the browser. The bank being edited is a pure
//! model in the domain (`domain::bank::editing`: the document, its history, the problems at
//! their paths); these components only show it and send it the trainer's changes, each saved on
//! the device at once.

mod competency_form;
mod fields;
mod handover;
mod info_form;
mod item_body;
mod item_form;
mod item_list;
mod list_form;
mod measures;
mod open;
mod preview;
mod problems_panel;
mod row_tools;
mod state;
mod toolbar;
mod workspace;

use crate::ui::tr;
use leptos::prelude::*;

use crate::ui::components::PageTitle;
use crate::ui::shared::use_device;
pub use handover::EditHere;
use open::OpenScreen;
use workspace::Workspace;

use crate::i18n::editor::EKey;

#[component]
pub fn EditorPage() -> impl IntoView {
    let s = state::provide_edit(use_device());
    view! {
        <PageTitle text=tr(EKey::Title)/>
        <Show when=move || s.open.get().is_some() fallback=|| view! {
            <p>{tr(EKey::Intro)}</p>
            <OpenScreen/>
        }>
            <Workspace/>
        </Show>
    }
}
