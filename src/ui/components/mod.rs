//! Reusable pieces of the UI, one component per file.

mod bank_chooser;
mod bank_gate;
mod competency_card;
mod countdown;
mod feedback;
pub mod item;
mod item_review;
mod lang_toggle;
mod page_title;
mod problem_list;
mod progress_bar;
mod radar_chart;
mod report_view;
mod share_box;
mod source_line;
mod storage_banner;
mod summary_table;
mod update_banner;

pub use bank_chooser::BankChooser;
pub use bank_gate::BankGate;
pub use competency_card::CompetencyCard;
pub use countdown::Countdown;
pub use feedback::Feedback;
pub use item::ItemView;
pub use item_review::ItemReview;
pub use lang_toggle::LangToggle;
pub use page_title::PageTitle;
pub use problem_list::ProblemList;
pub use progress_bar::ProgressBar;
pub use radar_chart::RadarChart;
pub use report_view::ReportView;
pub use share_box::ShareBox;
pub use source_line::SourceLine;
pub use storage_banner::StorageBanner;
pub use summary_table::SummaryTable;
pub use update_banner::UpdateBanner;
