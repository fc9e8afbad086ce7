//! The QR screen's drawing in a real browser: the code a candidate's phone draws (`QrImage`) is
//! read back, in wasm, by the decoder the trainer's laptop uses.
#![cfg(target_arch = "wasm32")]

mod web_common;

use leptos::prelude::*;
use pilar_siap::domain::results::handover::image::read_grey;
use pilar_siap::ui::components::QrImage;
use wasm_bindgen_test::*;
use web_common::host;

wasm_bindgen_test_configure!(run_in_browser);

/// The grey picture (`scale` pixels a module) of a path of `M{x} {y}h{run}v1h-{run}z` runs.
fn raster(d: &str, side: usize, scale: usize) -> Vec<u8> {
    let mut img = vec![255u8; side * side * scale * scale];
    let w = side * scale;
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let len: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        for py in y * scale..(y + 1) * scale {
            for px in x * scale..(x + len) * scale {
                img[py * w + px] = 0;
            }
        }
    }
    img
}

#[wasm_bindgen_test]
async fn the_drawn_code_reads_back_as_its_text() {
    let el = host();
    let text = "PILAR1:1/1:ABCD:6BFOXN*TS0BI$ZDZRH.PQ29 00VXBN/3-FN12KA4V0SQ8T:SLE8";
    let label = Signal::derive(|| "Kode QR hasil Anda".to_owned());
    let _handle = mount_to(
        el.clone(),
        move || view! { <QrImage text=text.to_owned() label/> },
    );
    leptos::task::tick().await;
    let svg = el.query_selector("svg.qr").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Kode QR hasil Anda")
    );
    let modules: usize = svg.get_attribute("data-modules").unwrap().parse().unwrap();
    assert_eq!(
        svg.get_attribute("viewBox").unwrap(),
        format!("0 0 {0} {0}", modules + 8)
    );
    let d = el
        .query_selector("svg.qr path")
        .unwrap()
        .unwrap()
        .get_attribute("d")
        .unwrap();
    // The top-left finder pattern's first row: seven dark modules inside the quiet zone.
    assert!(d.starts_with("M4 4h7v1h-7z"), "{}", &d[..40]);
    let side = modules + 8;
    let img = raster(&d, side, 4);
    assert_eq!(read_grey(side * 4, side * 4, &img), vec![text.to_owned()]);
}
