//! The pages a first visit does not need to paint the home page, each split into its own wasm
//! chunk by `scripts/split-wasm.sh`: fetched when first opened, or earlier by [`preload`] once
//! the browser is idle. A chunk that cannot be fetched (a phone that lost its network before
//! the service worker had kept it) is an error the page shows, with a retry, never a crash.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::{HistoryPage, ProfilePage, QuizPage, ResultsPage, ReviewPage};
use crate::domain::attempt::Mode;
use crate::domain::format::problem::Problem;
use crate::ui::components::ProblemList;

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

#[wasm_split(profile, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_profile))]
pub fn profile_page(mode: Mode) -> Page {
    Ok(view! { <ProfilePage mode/> }.into_any())
}

#[wasm_split(quiz, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_quiz))]
pub fn quiz_page() -> Page {
    Ok(view! { <QuizPage/> }.into_any())
}

#[wasm_split(review, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_review))]
pub fn review_page() -> Page {
    Ok(view! { <ReviewPage/> }.into_any())
}

#[wasm_split(report, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_report))]
pub fn results_page(index: Option<usize>) -> Page {
    Ok(view! { <ResultsPage index/> }.into_any())
}

#[wasm_split(history, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_history))]
pub fn history_page() -> Page {
    Ok(view! { <HistoryPage/> }.into_any())
}

/// What is wrong with a bank that could not be used: the messages for every kind of problem in
/// a bank file are words no working visit needs.
#[wasm_split(problems, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn problem_list(problems: Vec<Problem>) -> Page {
    Ok(view! { <ProblemList problems/> }.into_any())
}

/// Fetches every chunk, one at a time while the browser is idle, in the order a candidate
/// meets the pages: the profile form and the questions, then the review, the report and the
/// history. A chunk that fails here is fetched again when its page opens.
pub async fn preload() {
    crate::platform::layout::idle().await;
    let _ = preload_profile().await;
    let _ = preload_quiz().await;
    crate::platform::layout::idle().await;
    let _ = preload_review().await;
    let _ = preload_report().await;
    let _ = preload_history().await;
}
