//! The Fullscreen API: the presenting screen fills the projector; Esc leaves it (the browser does
//! that itself).

/// Whether the page is shown full screen now.
pub fn is_fullscreen() -> bool {
    super::document()
        .and_then(|d| d.fullscreen_element())
        .is_some()
}

/// Enters full screen with the whole page, or leaves it.
pub fn toggle() {
    let Some(d) = super::document() else { return };
    if d.fullscreen_element().is_some() {
        d.exit_fullscreen();
    } else if let Some(root) = d.document_element() {
        let _ = root.request_fullscreen();
    }
}
