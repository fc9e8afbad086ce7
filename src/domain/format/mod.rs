//! What every file format shares: JSON read with every problem at its path and written in a
//! fixed order ([`json`]), one definition per record ([`record`], [`names`]) and per document
//! ([`envelope`]), problems and where they are ([`problem`], [`locate`]), bytes as text
//! ([`decode`], [`hidden`]), numbers ([`number`]) and timestamps ([`time`]).

pub mod base45;
pub mod csv_table;
pub mod decode;
pub mod envelope;
pub mod hidden;
pub mod json;
pub mod locate;
pub mod names;
pub mod number;
pub mod problem;
pub mod record;
pub mod time;
