//! The app's pages, one per route.

mod home;
mod not_found;
mod profile;
mod quiz;
mod results;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use profile::ProfilePage;
pub use quiz::QuizPage;
pub use results::ResultsPage;
