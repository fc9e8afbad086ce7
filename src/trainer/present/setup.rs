//! Setting up a session: a bank, the roles and competencies to draw from, the items (picked or
//! drawn at random), seconds per item, a name; saved sets to reuse; a record to continue.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::new_session::NewSession;
use super::resume::ResumeCard;
use super::saved_sets::SavedSets;
use super::setup_form::SetupForm;
use crate::ui::components::PageTitle;
use crate::ui::tr;

#[component]
pub fn SetupPage() -> impl IntoView {
    let form = SetupForm::new();
    view! {
        <PageTitle text=tr(TKey::PresentTitle)/>
        <p>{tr(TKey::PresentIntro)}</p>
        <ResumeCard current=form.current/>
        <NewSession form/>
        <SavedSets form/>
    }
}
