//! The only code that touches the browser: storage, files, downloads, the clock, the address.
//! Every call here fails softly (a `Result` or `None`), never with a panic.

pub mod camera;
pub mod clock;
pub mod crash;
pub mod download;
pub mod fetch;
pub mod files;
pub mod fullscreen;
pub mod keys;
pub mod layout;
pub mod location;
pub mod print;
pub mod share;
pub mod storage;
pub mod timer;
pub mod update;
pub mod wake;

/// The browser window, if there is one.
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}
