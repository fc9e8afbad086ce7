//! The translation layer is complete and used: every key has text in both languages (checked at
//! compile time by exhaustive matches, and here for emptiness in `src/i18n`), every key is used,
//! and no user-facing text is written into the UI code instead of going through `i18n`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

fn keys() -> Vec<String> {
    let src = std::fs::read_to_string("src/i18n/mod.rs").unwrap();
    let start = src.find("keys! {").unwrap() + "keys! {".len();
    let end = start + src[start..].find('}').unwrap();
    src[start..end]
        .split(',')
        .map(|k| k.trim().to_owned())
        .filter(|k| !k.is_empty())
        .collect()
}

#[test]
fn every_key_is_used() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let code: String = files
        .iter()
        .filter(|(p, _)| !p.ends_with("i18n/id.rs") && !p.ends_with("i18n/en.rs"))
        .map(|(_, c)| c.as_str())
        .collect();
    let unused: Vec<String> = keys()
        .into_iter()
        .filter(|k| !code.contains(&format!("Key::{k}")) && k != "AppName")
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// String literals in `code`, with the text just before each.
fn literals(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for line in code.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        let mut rest = line;
        let mut before = String::new();
        while let Some(i) = rest.find('"') {
            before.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let mut end = None;
            let mut escaped = false;
            for (j, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = Some(j);
                        break;
                    }
                    _ => escaped = false,
                }
            }
            let Some(j) = end else { break };
            out.push((before.clone(), after[..j].to_owned()));
            before.push_str("\"\"");
            rest = &after[j + 1..];
        }
    }
    out
}

/// Whether a literal reads as words for people: a capitalised word, or two words. Format
/// placeholders (`{role}`) are code, not words.
fn looks_like_prose(s: &str) -> bool {
    let mut text = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let s = text.as_str();
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let capitalised = words.iter().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase)
    });
    (words.len() >= 2 && s.contains(' ')) || capitalised
}

#[test]
fn no_user_facing_text_is_hard_coded_in_the_ui() {
    let mut files = Vec::new();
    for dir in ["src/ui", "src/trainer"] {
        rust_files(Path::new(dir), &mut files);
    }
    let technical = [
        "class=",
        "type=",
        "name=",
        "id=",
        "href=",
        "rel=",
        "target=",
        "role=",
        "accept=",
        "autocomplete=",
        "value=",
        "style=",
        "viewBox=",
        "text-anchor=",
        "rows=",
        "maxlength=",
        "tabindex=",
        "aria-hidden=",
        "aria-live=",
        "aria-labelledby=",
        "aria-describedby=",
        "aria-keyshortcuts=",
    ];
    // Class lists ("btn secondary") and key names ("Enter") are code, not text.
    let css: String = [
        "style/main.css",
        "style/present.css",
        "style/editor.css",
        "style/learning.css",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(f).unwrap())
    .collect();
    let is_class_list = |s: &str| {
        s.split_whitespace().all(|c| {
            // A class made in code (`level-{level}`): its stem is in the style sheet.
            if let Some((stem, _)) = c.split_once('{') {
                return !stem.is_empty() && css.contains(&format!(".{stem}"));
            }
            css.contains(&format!(".{c} "))
                || css.contains(&format!(".{c},"))
                || css.contains(&format!(".{c}:"))
                || css.contains(&format!(".{c}{{"))
                || css.contains(&format!(".{c}."))
        })
    };
    let key_names = ["Enter", "ArrowLeft", "ArrowRight", "Escape"];
    let mut found = Vec::new();
    for (path, code) in &files {
        for (before, lit) in literals(code) {
            let before = before.trim_end();
            let is_technical = technical.iter().any(|t| before.ends_with(t))
                || is_class_list(&lit)
                || key_names.contains(&lit.as_str());
            // `format!` strings count: a sentence built there is text all the same.
            let is_code = before.ends_with("expect(");
            if looks_like_prose(&lit) && !is_technical && !is_code {
                found.push(format!("{path}: \"{lit}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "text that belongs in src/i18n:\n{}",
        found.join("\n")
    );
}

/// index.html's static shell shows the home page's top before the wasm arrives; its texts must be
/// the app's own, or the page would change (and shift) when the app takes over.
#[test]
fn the_static_shell_says_what_the_home_page_says() {
    use pilar_siap::i18n::{t, Key, Lang};
    let html = std::fs::read_to_string("index.html").unwrap();
    for key in [Key::AppName, Key::Tagline, Key::HomeIntro, Key::HomeAsks] {
        let text = t(Lang::Id, key);
        assert!(
            html.contains(&format!(">{text}<")),
            "index.html lacks {key:?}: {text}"
        );
    }
    let switch = t(Lang::Id, Key::SwitchLanguage);
    assert!(html.contains(&format!(">{switch}</button>")));
}
