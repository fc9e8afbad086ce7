//! Tables written as CSV the way spreadsheet programs set to Indonesian open them without
//! asking: semicolons between cells, quotes where a cell needs them, a byte-order mark first.
//! The one writer of every CSV file the apps give out (banks as spreadsheets, the group's tables).

/// One row, quoted as needed, ending in a line break (no byte-order mark).
pub fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let _ = w.write_record(cells.iter().map(|c| c.as_ref()));
    String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned()
}

/// A whole table: the byte-order mark, the header, then the rows.
pub fn table<S: AsRef<str>>(header: &[S], rows: Vec<Vec<String>>) -> String {
    let mut out = format!("\u{feff}{}", row(header));
    for r in rows {
        out.push_str(&row(&r));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_separators_quotes_and_line_breaks_are_quoted() {
        let t = table(
            &["id", "teks"],
            vec![vec!["a".to_owned(), "satu; \"dua\"\ntiga".to_owned()]],
        );
        assert_eq!(t, "\u{feff}id;teks\na;\"satu; \"\"dua\"\"\ntiga\"\n");
        assert_eq!(row(&["# catatan"]), "# catatan\n");
    }
}
