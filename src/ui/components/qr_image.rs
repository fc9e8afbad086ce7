//! A QR code drawn as SVG: one path of its dark modules (each row's runs merged) on white, with
//! the four-module quiet zone, crisp at any size. Black on white whatever the page's colours: a
//! camera needs the contrast. The encoder (the `qrcode` crate) is linked only into the chunk of
//! the screen that shows codes.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// The SVG path of the dark modules of `code`, `quiet` modules in from the edge.
fn dark_path(code: &QrCode, quiet: usize) -> String {
    let w = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (y, row) in colors.chunks(w).enumerate() {
        let mut x = 0;
        while x < row.len() {
            let run = row
                .iter()
                .skip(x)
                .take_while(|c| **c == Color::Dark)
                .count();
            if run > 0 {
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + quiet, y + quiet));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    d
}

/// The code of `text` at error correction M (a phone screen's glare and a laptop camera's blur
/// cost a few modules; M restores 15 %).
#[component]
pub fn QrImage(
    text: String,
    /// What a screen reader says of it.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return ().into_any();
    };
    let side = code.width() + 8;
    let d = dark_path(&code, 4);
    view! {
        <svg class="qr" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label
            shape-rendering="crispEdges" data-modules=code.width()>
            <rect width=side height=side fill="#fff"/>
            <path d=d fill="#000"/>
        </svg>
    }
    .into_any()
}
