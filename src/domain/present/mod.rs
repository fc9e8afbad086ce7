//! The side path: a bank presented to a room at a projector — the session (counts, the room's
//! scores, its record) and how each item splits into slides.

pub mod session;
pub mod slides;
