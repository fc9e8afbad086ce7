//! Finds where a JSON path points in the source text, so a problem found on the parsed value can
//! be shown with its line and column. The text has already been parsed by serde_json (so it is
//! valid JSON, nested at most 128 deep); on anything unexpected this gives up and returns `None`.

use crate::domain::format::problem::{Path, Problem, Seg};

/// Line and column (1-based, columns counted in characters) of the value `path` points to, or of
/// the deepest part of the path that exists.
pub fn locate(src: &str, path: &Path) -> Option<(usize, usize)> {
    Some(line_col(src, walk(src, path)))
}

/// Byte offset of the value `path` points to, or of the deepest part of it that exists.
fn walk(src: &str, path: &Path) -> usize {
    let b = src.as_bytes();
    let mut pos = skip_ws(b, 0);
    for seg in &path.0 {
        let next = match seg {
            Seg::Key(k) => find_key(src, pos, k),
            Seg::Index(i) => find_index(b, pos, *i),
        };
        match next {
            Some(p) => pos = p,
            None => return pos,
        }
    }
    pos
}

/// Adds line and column to every problem that has a path and no position yet.
pub fn locate_all(src: &str, problems: &mut [Problem]) {
    for p in problems.iter_mut().filter(|p| p.line.is_none()) {
        if let Some((line, col)) = locate(src, &p.path) {
            p.line = Some(line);
            p.column = Some(col);
        }
    }
}

/// 1-based line and column of byte offset `pos`.
pub fn line_col(src: &str, pos: usize) -> (usize, usize) {
    let before = src.get(..pos).unwrap_or(src);
    let line = before.bytes().filter(|&c| c == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

fn at(b: &[u8], pos: usize) -> Option<u8> {
    b.get(pos).copied()
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while matches!(at(b, pos), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        pos += 1;
    }
    pos
}

/// Position just past the string starting at `pos` (which holds the opening quote).
fn skip_string(b: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        match at(b, i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// Position just past the value starting at `pos`.
fn skip_value(b: &[u8], pos: usize) -> Option<usize> {
    match at(b, pos)? {
        b'"' => skip_string(b, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match at(b, i)? {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = pos;
            while !matches!(
                at(b, i),
                None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
            ) {
                i += 1;
            }
            Some(i)
        }
    }
}

fn find_key(src: &str, pos: usize, key: &str) -> Option<usize> {
    let b = src.as_bytes();
    if at(b, pos)? != b'{' {
        return None;
    }
    let mut i = skip_ws(b, pos + 1);
    while at(b, i)? == b'"' {
        let end = skip_string(b, i)?;
        let name: String = serde_json::from_str(src.get(i..end)?).ok()?;
        i = skip_ws(b, end);
        if at(b, i)? != b':' {
            return None;
        }
        let value = skip_ws(b, i + 1);
        if name == key {
            return Some(value);
        }
        i = skip_ws(b, skip_value(b, value)?);
        if at(b, i)? == b',' {
            i = skip_ws(b, i + 1);
        }
    }
    None
}

fn find_index(b: &[u8], pos: usize, index: usize) -> Option<usize> {
    if at(b, pos)? != b'[' {
        return None;
    }
    let mut i = skip_ws(b, pos + 1);
    let mut n = 0;
    while at(b, i)? != b']' {
        if n == index {
            return Some(i);
        }
        i = skip_ws(b, skip_value(b, i)?);
        if at(b, i)? == b',' {
            i = skip_ws(b, i + 1);
        }
        n += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let src = "{\n  \"a\": [1, {\"b\": \"x\\\"y\", \"c\": 3}],\n  \"d\": {\"e\": [ ]}\n}";
        let p = Path::root().key("a").index(1).key("c");
        assert_eq!(locate(src, &p), Some((2, 31)));
        let p = Path::root().key("d").key("e");
        assert_eq!(locate(src, &p), Some((3, 14)));
    }

    #[test]
    fn missing_tail_points_at_deepest_existing_part() {
        let src = "{\"items\": [{\"id\": \"a\"}]}";
        let p = Path::root().key("items").index(0).key("explanation");
        assert_eq!(locate(src, &p), Some((1, 12)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "{\"é\": 1, \"b\": 2}";
        assert_eq!(locate(src, &Path::root().key("b")), Some((1, 15)));
    }
}
