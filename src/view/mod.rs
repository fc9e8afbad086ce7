//! What the pages compute, kept apart from Leptos so it is tested natively: the addresses of
//! both apps, text descriptions of items and answers, chart geometry, answering by keyboard, the
//! list of regions, the quiz and profile pages' logic, and the trainers' presentation mode.

pub mod describe;
pub mod editor;
pub mod learning;
pub mod present_setup;
pub mod present_show;
pub mod present_summary;
pub mod profile;
pub mod quiz;
pub mod radar;
pub mod regions;
pub mod route;
pub mod shortcut;
pub mod storage_keys;
pub mod trainer_route;
