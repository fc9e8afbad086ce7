//! The pages a first visit does not need to paint the home page, split into wasm chunks by
//! `scripts/split-wasm.sh`: the profile form, the questions and the review with the code that
//! reads the bank (`answering`, see `ui::state::restore`), the report, the history, a bank's
//! problems. A chunk is fetched when first needed, or earlier by [`preload`] once the browser
//! is idle. A chunk that cannot be fetched (a phone that lost its network before the service
//! worker had kept it) is an error the page shows, with a retry, never a crash.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::{
    HandoverPage, HistoryPage, MaterialsPage, ProfilePage, QuizPage, ResultsPage, ReviewPage,
};
use crate::domain::attempt::Mode;
use crate::domain::format::problem::Problem;
use crate::ui::components::ProblemList;
use crate::view::route::Route;

/// A page whose chunk could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// A page of a chunk, once that chunk is here.
pub type Page = Result<AnyView, NotLoaded>;

/// A split point. Built with `--cfg pilar_split` (only `scripts/split-wasm.sh` does), the
/// function goes into the chunk `$chunk` (split points may share one) and `$preload`, if named,
/// fetches that chunk; in any other build (component tests, clippy) it is a plain async function
/// and `$preload` has nothing to do: a wasm that was not split cannot start with the splitter's
/// placeholder imports in it. The function returns `Result<_, NotLoaded>` (no chunk, no panic).
macro_rules! split_point {
    ($chunk:ident $(, preload($preload:ident))?, $(#[$doc:meta])* pub fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(pilar_split)]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?)]
        pub fn $name($($arg: $ty),*) -> $ret $body

        $(#[$doc])*
        #[cfg(not(pilar_split))]
        pub async fn $name($($arg: $ty),*) -> $ret $body

        $(
            #[cfg(not(pilar_split))]
            pub async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
                Ok(())
            }
        )?
    };
}
pub(crate) use split_point;

split_point!(
    answering,
    pub fn profile_page(mode: Mode) -> Page {
        Ok(view! { <ProfilePage mode/> }.into_any())
    }
);

split_point!(
    answering,
    pub fn quiz_page() -> Page {
        Ok(view! { <QuizPage/> }.into_any())
    }
);

split_point!(
    answering,
    pub fn review_page() -> Page {
        Ok(view! { <ReviewPage/> }.into_any())
    }
);

split_point!(
    report,
    preload(preload_report),
    pub fn results_page(index: Option<usize>) -> Page {
        Ok(view! { <ResultsPage index/> }.into_any())
    }
);

split_point!(
    history,
    preload(preload_history),
    pub fn history_page() -> Page {
        Ok(view! { <HistoryPage/> }.into_any())
    }
);

split_point!(
    materials,
    /// The study materials: a page of its own, fetched when first opened (never preloaded).
    pub fn materials_page(competency: Option<usize>) -> Page {
        Ok(view! { <MaterialsPage competency/> }.into_any())
    }
);

split_point!(
    handover,
    /// The report's attempt as QR codes for the trainer: the QR encoder is in this chunk alone
    /// (never preloaded: most candidates hand a file over, or nothing).
    pub fn handover_page(index: Option<usize>) -> Page {
        Ok(view! { <HandoverPage index/> }.into_any())
    }
);

split_point!(
    problems,
    /// What is wrong with a bank that could not be used: the messages for every kind of
    /// problem in a bank file are words no working visit needs (never preloaded).
    pub fn problem_list(problems: Vec<Problem>) -> Page {
        Ok(view! { <ProblemList problems/> }.into_any())
    }
);

/// The page of `route`, from its chunk (the home page and the not-found page are in the main
/// wasm and never come here).
pub async fn page(route: Route) -> Page {
    match route {
        Route::Start(mode) => profile_page(mode).await,
        Route::Quiz => quiz_page().await,
        Route::Review => review_page().await,
        Route::Results(index) => results_page(index).await,
        Route::History => history_page().await,
        Route::Materials(competency) => materials_page(competency).await,
        Route::Handover(index) => handover_page(index).await,
        Route::Home | Route::NotFound => Ok(().into_any()),
    }
}

/// The style sheet of the learning loop's screens (next steps, progress, study materials):
/// added by the first of them to open, never in the first load (the service worker keeps it
/// with the rest of the app).
pub const LEARNING_CSS: &str = "learning.css";

/// The style sheet of the QR screen, added when it opens.
pub const HANDOVER_CSS: &str = "handover.css";

/// Fetches the chunks of the pages after an attempt, the report and the history, one at a time
/// while the browser is idle (the `answering` chunk comes with the bank). A chunk that fails
/// here is fetched again when its page opens.
pub async fn preload() {
    crate::platform::layout::idle().await;
    let _ = preload_report().await;
    crate::platform::layout::idle().await;
    let _ = preload_history().await;
}
