//! What the pages compute, kept apart from Leptos so it is tested natively: the addresses of
//! both apps, text descriptions of items and answers, chart geometry, answering by keyboard and
//! the list of regions.

pub mod describe;
pub mod radar;
pub mod regions;
pub mod route;
pub mod shortcut;
pub mod storage_keys;
pub mod trainer_route;
