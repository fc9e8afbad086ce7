//! The learning loop: from a candidate's own answers, what to practise next. One competency's
//! items, the items answered wrong, and a spaced review of every tested item answered (Leitner
//! boxes). Pure: the day and the time zone are given by the caller.

pub mod review;
pub mod select;

pub use review::{Card, Schedule, INTERVALS, REVIEW_SESSION};
pub use select::{focus_items, missed_items, FOCUS_SIZE};
