//! The trainers' app: tools for the people who run the Bimtek, built as a second page
//! (`pelatih/`) so none of it weighs on a candidate's phone.

mod app;
mod banks;
mod checker;
mod cohort;
pub(crate) mod editor;
mod present;
mod state;

pub use app::TrainerApp;

/// Mounts the trainers' app.
pub fn start() {
    crate::ui::mount(TrainerApp);
}
