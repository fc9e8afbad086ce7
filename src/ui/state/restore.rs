//! Reading back what a visit needs beyond the home page: the bank (parsed and checked), the banks
//! kept on this device, the history and the attempt in progress; and from the shell, submitting
//! an attempt whose time is up and the storage warning's download. Parsing, checking and writing
//! results are the bulk of the app's code, and the home page needs none of it. This is the
//! `answering` chunk, with the profile form, the questions and the review (`pages::split`): all
//! a candidate needs to answer, fetched while the bank is, after the home page is on screen. One
//! chunk rather than four: code that several chunks share is split into further chunks by the
//! set of chunks that use it, and the four made some thirty modules to fetch and instantiate,
//! which cost the main thread more than the bytes they saved before the first item.

use std::sync::Arc;

use super::{AppState, BankState};
use crate::domain::bank::{parse_bank, CheckedBank};
use crate::domain::format::problem::Problem;
use crate::domain::results::ResultsFile;
use crate::platform::{clock, download};
use crate::ui::pages::split::{split_point, NotLoaded};
use leptos::prelude::*;

split_point!(
    answering,
    preload(preload_answering),
    /// Takes in the bank's text (or why there is none) and what the device keeps for it.
    pub fn restore(app: AppState, text: Result<String, Vec<Problem>>) -> Result<(), NotLoaded> {
        app.take_in(text);
        Ok(())
    }
);

split_point!(
    answering,
    /// Submits the attempt in progress if its deadline has passed.
    pub fn expire(app: AppState, now: i64) -> Result<(), NotLoaded> {
        app.expire_if_due(now);
        Ok(())
    }
);

split_point!(
    answering,
    /// Downloads the attempt in progress as a results file (when storage fails, the warning
    /// offers it: the answers so far, kept off the device).
    pub fn download_answers(app: AppState) -> Result<(), NotLoaded> {
        let (Some(b), Some(a)) = (app.loaded(), app.attempt.get_untracked()) else {
            return Ok(());
        };
        let file = ResultsFile::from_attempt(&b.bank, &a, crate::APP_VERSION, clock::now_ms());
        let _ = download::download_text(&file.file_name(), "application/json", &file.to_json());
        Ok(())
    }
);

impl AppState {
    fn take_in(&self, text: Result<String, Vec<Problem>>) {
        self.device.read_library();
        let state = match text {
            Err(problems) => BankState::Failed(Arc::new(problems)),
            Ok(text) => {
                let report = parse_bank(&text);
                match report.bank {
                    Some(bank) => BankState::Ready(Arc::new(CheckedBank::new(bank))),
                    None => BankState::Failed(Arc::new(report.problems)),
                }
            }
        };
        self.history.set(self.restore_history());
        if let BankState::Ready(b) = &state {
            self.attempt.set(self.restore_attempt(&b.reference));
        }
        self.bank.set(state);
        self.expire_if_due(clock::now_ms());
        let card = ViewFn::from(|| view! { <crate::ui::components::ReviewDue/> });
        self.review_card.set(Some(card));
    }
}
