//! Reading what to scan: stdin, files, directories.

use promptwarden::{Finding, Scanner};
use std::io::Read;
use std::path::Path;

/// One input and its bytes.
pub struct Source {
    /// `-` for stdin, else the path as given or walked.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Bytes looked at to decide a file is binary, as git does.
const SNIFF: usize = 8000;

/// Calls `f` for stdin (`-`), a file, or every text file under a directory
/// (sorted, `.git` skipped, symlinked directories not followed).
pub fn visit(path: &str, mut f: impl FnMut(Source) -> Result<(), String>) -> Result<(), String> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read stdin: {e}"))?;
        return f(Source { name: "-".into(), bytes });
    }
    walk(Path::new(path), &mut f, true)
}

fn walk(path: &Path, f: &mut impl FnMut(Source) -> Result<(), String>, top: bool) -> Result<(), String> {
    let meta = if top { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) }
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if meta.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| format!("cannot list {}: {e}", path.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.file_name().is_none_or(|n| n != ".git"))
            .collect();
        entries.sort();
        for entry in entries {
            walk(&entry, f, false)?;
        }
        return Ok(());
    }
    if !meta.is_file() {
        return Ok(());
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if bytes[..bytes.len().min(SNIFF)].contains(&0) {
        return Ok(()); // binary
    }
    f(Source { name: path.display().to_string(), bytes })
}

/// Scans bytes that are mostly UTF-8: each valid stretch separately (a
/// Latin-1 byte in a comment must not hide the token next to it), with
/// offsets relative to the whole input.
pub fn scan_bytes(scanner: &Scanner, bytes: &[u8]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut base = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if !valid.is_empty() {
            for mut f in scanner.scan(valid) {
                f.byte_start += base;
                f.byte_end += base;
                out.push(f);
            }
        }
        base += valid.len() + chunk.invalid().len();
    }
    out
}
