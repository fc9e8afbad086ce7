//! Reading and writing the app's JSON formats, type by type (see [`super::json`]): `decode`
//! reports every problem at its path, `encode` writes fields in a fixed order (the canonical
//! form of a bank is its `encode`d compact text).

pub mod attempt;
pub mod bank;
pub mod item;
pub mod results;
