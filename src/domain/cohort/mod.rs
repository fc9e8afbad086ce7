//! The trainer's view of a group: many results files in (checked, re-scored, de-duplicated,
//! grouped by bank version), a group profile and an item analysis out, and exports.

pub mod export;
pub mod fast;
pub mod generate;
pub mod intake;
pub mod scan;
pub mod stats;
pub mod zip;
