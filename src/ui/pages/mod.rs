//! The app's pages, one per route.

mod handover;
mod history;
mod home;
mod materials;
mod not_found;
mod profile;
mod quiz;
mod results;
mod review;
pub mod split;

pub use handover::HandoverPage;
pub use history::HistoryPage;
pub use home::HomePage;
pub use materials::MaterialsPage;
pub use not_found::NotFoundPage;
pub use profile::ProfilePage;
pub use quiz::QuizPage;
pub use results::ResultsPage;
pub use review::ReviewPage;
