//! Reusable pieces of the UI, one component per file.

mod bank_gate;
mod competency_card;
pub mod item;
mod lang_toggle;
mod page_title;
mod problem_list;
mod progress_bar;
mod storage_banner;

pub use bank_gate::BankGate;
pub use competency_card::CompetencyCard;
pub use item::ItemView;
pub use lang_toggle::LangToggle;
pub use page_title::PageTitle;
pub use problem_list::ProblemList;
pub use progress_bar::ProgressBar;
pub use storage_banner::StorageBanner;
