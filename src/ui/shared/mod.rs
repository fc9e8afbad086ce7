//! What both apps share, each its own small context: the interface language ([`Language`]) and
//! the device — storage warnings, set-aside copies and the kept banks ([`Device`]). A component
//! that only shows text needs only the language; the candidates' state and the trainers' state
//! live with their apps.

mod device;
mod lang;

pub use device::{provide_device, use_device, Device};
pub use lang::{provide_language, use_lang, Language};
