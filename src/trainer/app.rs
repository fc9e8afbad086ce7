//! The trainers' shell: header, the tools index, the page for the current address.

use leptos::prelude::*;

use super::checker::CheckerPage;
use super::cohort::CohortPage;
use super::editor::etr;
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
    let trainer = TrainerState::new(provide_device());
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
            <a class="brand" href=TrainerRoute::Index.href()>{tr(Key::TrainerAppName)}</a>
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
            <p>{tr(Key::TrainerFooter)}</p>
        </footer>
        </Show>
    }
}

#[component]
fn Index() -> impl IntoView {
    view! {
        <PageTitle text=tr(Key::TrainerAppName)/>
        <p>{tr(Key::TrainerIntro)}</p>
        <div class="modes">
            <article class="card mode">
                <h2>{tr(Key::CheckerTitle)}</h2>
                <p>{tr(Key::CheckerSummary)}</p>
                <a class="btn" href=TrainerRoute::Checker.href()>{tr(Key::OpenChecker)}</a>
            </article>
            <article class="card mode">
                <h2>{etr(EKey::Title)}</h2>
                <p>{etr(EKey::Card)}</p>
                <a class="btn" href=TrainerRoute::Editor.href()>{etr(EKey::Open)}</a>
            </article>
            <article class="card mode">
                <h2>{tr(Key::CohortTitle)}</h2>
                <p>{tr(Key::CohortCard)}</p>
                <a class="btn" href=TrainerRoute::Cohort.href()>{tr(Key::OpenCohort)}</a>
            </article>
            <article class="card mode">
                <h2>{tr(Key::PresentTitle)}</h2>
                <p>{tr(Key::PresentCard)}</p>
                <a class="btn" href=TrainerRoute::Present.href()>{tr(Key::OpenPresent)}</a>
            </article>
        </div>
        <p><a href="../">{tr(Key::BackToCandidateApp)}</a></p>
    }
}
