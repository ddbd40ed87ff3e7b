//! Column headers of pasted tables, as context for the values below them.
//!
//! People paste CSV and TSV exports, semicolon-separated spreadsheets and
//! Markdown tables: `name,nik,phone` on the first row says what each
//! column holds, and a value twenty rows down carries no label of its own.
//! For a value inside such a table this finds the header cell of its
//! column, so that a rule's context words count there as if they stood
//! next to the value; and for a label in a header row, where its table
//! ends, so that rules woken by the label reach every row.
//!
//! A table here is a run of lines that each hold the same number of the
//! same delimiter (`,`, tab, `;` or `|`, outside double quotes); its header
//! is the first of them. Everything is bounded: at most [`MAX_ROWS`] rows
//! and [`MAX_BYTES`] bytes are walked, so a lookup costs a few line scans
//! and never the whole text.

/// Rows walked up to a header or down to a table's end, at most.
const MAX_ROWS: usize = 500;

/// Bytes walked up or down, at most.
const MAX_BYTES: usize = 64 * 1024;

const DELIMITERS: [u8; 4] = [b',', b'\t', b';', b'|'];

/// Start of the line holding `at`.
fn line_start(hay: &[u8], at: usize) -> usize {
    memchr::memrchr(b'\n', &hay[..at]).map_or(0, |i| i + 1)
}

/// End of the line holding `at` (its `\n` or the end of the text).
fn line_end(hay: &[u8], at: usize) -> usize {
    memchr::memchr(b'\n', &hay[at..]).map_or(hay.len(), |i| at + i)
}

/// Delimiters outside double quotes in `line`.
fn count(line: &[u8], delim: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b if b == delim && !quoted => n += 1,
            _ => {}
        }
    }
    n
}

/// The delimiter the line splits on most (outside quotes), with its count.
fn delimiter(line: &[u8]) -> Option<(u8, usize)> {
    DELIMITERS.iter().map(|&d| (d, count(line, d))).filter(|&(_, n)| n > 0).max_by_key(|&(_, n)| n)
}

/// The header cell, as a byte span of `hay`, of the column that holds
/// `hay[at]`, when `at` lies in a row below the header of a table.
pub fn header_cell(hay: &[u8], at: usize) -> Option<(usize, usize)> {
    if at >= hay.len() {
        return None;
    }
    let (start, end) = (line_start(hay, at), line_end(hay, at));
    let (delim, cells) = delimiter(&hay[start..end])?;
    let column = count(&hay[start..at], delim);
    // Walk up while the rows have the same shape; the last one is the header.
    let mut header = None;
    let mut top = start;
    for _ in 0..MAX_ROWS {
        if top == 0 || start - top > MAX_BYTES {
            break;
        }
        let prev_start = line_start(hay, top - 1);
        let prev = trim_cr(&hay[prev_start..top - 1]);
        if count(prev, delim) != cells {
            break;
        }
        header = Some(prev_start);
        top = prev_start;
    }
    let row_start = header?;
    let row = trim_cr(&hay[row_start..line_end(hay, row_start)]);
    let (s, e) = cell(row, delim, column)?;
    let text = &row[s..e];
    // A header names its columns: letters, no long digit runs.
    let letters = text.iter().filter(|b| b.is_ascii_alphabetic() || **b >= 0x80).count();
    let digits = text.iter().filter(|b| b.is_ascii_digit()).count();
    (letters > 0 && digits < 4).then_some((row_start + s, row_start + e))
}

/// Where the table whose header row holds `hay[at]` ends: the end of its
/// last row (bounded); `None` when `at` is not in the first row of a table.
pub fn table_end(hay: &[u8], at: usize) -> Option<usize> {
    if at >= hay.len() {
        return None;
    }
    let (start, end) = (line_start(hay, at), line_end(hay, at));
    let (delim, cells) = delimiter(&hay[start..end])?;
    if start > 0 && count(trim_cr(&hay[line_start(hay, start - 1)..start - 1]), delim) == cells {
        return None; // not the first row
    }
    let mut last = None;
    let mut next = end;
    for _ in 0..MAX_ROWS {
        if next >= hay.len() || next - end > MAX_BYTES {
            break;
        }
        let row_end = line_end(hay, next + 1);
        if count(trim_cr(&hay[next + 1..row_end]), delim) != cells {
            break;
        }
        last = Some(row_end);
        next = row_end;
    }
    last
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The span of cell `column` in `row`, without surrounding blanks and quotes.
fn cell(row: &[u8], delim: u8, column: usize) -> Option<(usize, usize)> {
    let mut quoted = false;
    let mut index = 0;
    let mut start = 0;
    for (i, &b) in row.iter().enumerate().chain(std::iter::once((row.len(), &delim))) {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delim && (!quoted || i == row.len()) {
            if index == column {
                let mut s = start;
                let mut e = i;
                while s < e && matches!(row[s], b' ' | b'"' | b'\'' | b'`' | b'*') {
                    s += 1;
                }
                while e > s && matches!(row[e - 1], b' ' | b'"' | b'\'' | b'`' | b'*') {
                    e -= 1;
                }
                return (s < e).then_some((s, e));
            }
            index += 1;
            start = i + 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header_of(text: &str, value: &str) -> Option<String> {
        let at = text.find(value).unwrap();
        header_cell(text.as_bytes(), at).map(|(s, e)| text[s..e].to_string())
    }

    #[test]
    fn finds_the_header_of_a_values_column() {
        let csv = "name,nik,phone\nSiti,3171011708450001,0812\nBudi,3273014503920002,0813\n";
        assert_eq!(header_of(csv, "3273014503920002").as_deref(), Some("nik"));
        assert_eq!(header_of(csv, "0813").as_deref(), Some("phone"));
        let tsv = "Name\tSteuer-ID\r\nA\t12 345 678 901\r\n";
        assert_eq!(header_of(tsv, "12 345").as_deref(), Some("Steuer-ID"));
        let quoted = "\"name\";\"ssn, us\"\n\"Doe, J\";\"536-90-4412\"\n";
        assert_eq!(header_of(quoted, "536-90").as_deref(), Some("ssn, us"));
        let md = "| Name | IBAN |\n|---|---|\n| Ana | DE50 5260 |\n";
        assert_eq!(header_of(md, "DE50").as_deref(), Some("IBAN"));
    }

    #[test]
    fn needs_a_table_and_a_header() {
        assert_eq!(header_of("call me at 0151 2345, thanks", "0151"), None);
        // The value is in the first row: nothing above it.
        assert_eq!(header_of("a,b\n", "b"), None);
        // Rows above with another shape are not its header.
        assert_eq!(header_of("intro, text\nx,y,z\n1,2,3\n", "3"), Some("z".into()));
        assert_eq!(header_of("1,2,3\n4,5,6\n", "6"), None);
    }

    #[test]
    fn a_header_label_reaches_the_end_of_its_table() {
        let csv = "name,nik\nA,1\nB,2\n\nafter";
        let at = csv.find("nik").unwrap();
        assert_eq!(table_end(csv.as_bytes(), at), Some(csv.find("\n\n").unwrap()));
        assert_eq!(table_end(csv.as_bytes(), csv.find("A,").unwrap()), None);
        assert_eq!(table_end(b"just text", 2), None);
    }
}
