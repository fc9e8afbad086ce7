//! Rules about the source itself: nothing a user or a file supplies is ever parsed as HTML, so
//! no code sets HTML from a string at all (Leptos views build elements and text nodes).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn files(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "js" || e == "mjs")
        {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

#[test]
fn no_code_sets_html_from_a_string() {
    let mut all = Vec::new();
    for dir in ["src", "public", "scripts"] {
        files(Path::new(dir), &mut all);
    }
    let forbidden = [
        "inner_html",
        "innerHTML",
        "outer_html",
        "outerHTML",
        "insertAdjacentHTML",
        "insert_adjacent_html",
        "document.write",
    ];
    let found: Vec<String> = all
        .iter()
        .flat_map(|(path, text)| {
            forbidden
                .iter()
                .filter(|f| text.contains(*f))
                .map(move |f| format!("{path}: {f}"))
        })
        .collect();
    assert!(found.is_empty(), "HTML set from a string: {found:?}");
    assert!(all.len() > 50, "the scan found the sources");
}
