//! The trainers' shell: header, the tools index, the page for the current address.

use crate::i18n::trainer::TKey;
use leptos::prelude::*;

use super::checker::CheckerPage;
use super::cohort::CohortPage;

use super::editor::EditorPage;
use super::present::{CardsPage, PresentPage, SetupPage, SummaryPage};
use super::state::TrainerState;
use crate::i18n::editor::EKey;
use crate::i18n::Key;
use crate::platform::location;
use crate::ui::components::{LangToggle, PageTitle, SetAsideBanner, UpdateBanner};
use crate::ui::shared::{provide_device, provide_language};
use crate::ui::tr;
use crate::view::trainer_route::TrainerRoute;

#[component]
pub fn TrainerApp() -> impl IntoView {
    let lang = provide_language();
    let device = provide_device();
    device.read_library();
    let trainer = TrainerState::new(device);
    provide_context(trainer);
    let route = trainer.route;
    Effect::new(move |_| location::set_document_lang(lang.get().tag()));
    let presenting = move || route.get() == TrainerRoute::PresentShow;
    view! {
        <Show when=presenting>
            <main id="main" class="present-main">
                <PresentPage/>
            </main>
        </Show>
        <Show when=move || !presenting()>
        <header class="top">
            <a class="brand" href=TrainerRoute::Index.href()>{tr(TKey::TrainerAppName)}</a>
            <LangToggle/>
        </header>
        <UpdateBanner/>
        <SetAsideBanner/>
        <main id="main" class="wide">
            {move || match route.get() {
                TrainerRoute::Index => view! { <Index/> }.into_any(),
                TrainerRoute::Checker => view! { <CheckerPage/> }.into_any(),
                TrainerRoute::Cohort => view! { <CohortPage/> }.into_any(),
                TrainerRoute::Editor => view! { <EditorPage/> }.into_any(),
                TrainerRoute::Present => view! { <SetupPage/> }.into_any(),
                TrainerRoute::PresentSummary => view! { <SummaryPage/> }.into_any(),
                TrainerRoute::PresentCards => view! { <CardsPage/> }.into_any(),
                TrainerRoute::PresentShow => ().into_any(),
                TrainerRoute::NotFound => view! {
                    <PageTitle text=tr(Key::NotFoundTitle)/>
                    <p><a class="btn" href=TrainerRoute::Index.href()>{tr(Key::Home)}</a></p>
                }
                .into_any(),
            }}
        </main>
        <footer class="foot">
            <p>{tr(TKey::TrainerFooter)}</p>
        </footer>
        </Show>
    }
}

#[component]
fn Index() -> impl IntoView {
    view! {
        <PageTitle text=tr(TKey::TrainerAppName)/>
        <p>{tr(TKey::TrainerIntro)}</p>
        <div class="modes">
            <article class="card mode">
                <h2>{tr(TKey::CheckerTitle)}</h2>
                <p>{tr(TKey::CheckerSummary)}</p>
                <a class="btn" href=TrainerRoute::Checker.href()>{tr(TKey::OpenChecker)}</a>
            </article>
            <article class="card mode">
                <h2>{tr(EKey::Title)}</h2>
                <p>{tr(EKey::Card)}</p>
                <a class="btn" href=TrainerRoute::Editor.href()>{tr(EKey::Open)}</a>
            </article>
            <article class="card mode">
                <h2>{tr(TKey::CohortTitle)}</h2>
                <p>{tr(TKey::CohortCard)}</p>
                <a class="btn" href=TrainerRoute::Cohort.href()>{tr(TKey::OpenCohort)}</a>
            </article>
            <article class="card mode">
                <h2>{tr(TKey::PresentTitle)}</h2>
                <p>{tr(TKey::PresentCard)}</p>
                <a class="btn" href=TrainerRoute::Present.href()>{tr(TKey::OpenPresent)}</a>
            </article>
        </div>
        <p><a href="../">{tr(TKey::BackToCandidateApp)}</a></p>
    }
}
