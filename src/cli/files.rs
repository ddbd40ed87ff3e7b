//! Reading what to scan: stdin, files, directories.

use std::io::Read;
use std::path::Path;

/// One input and its bytes.
pub struct Source {
    /// `-` for stdin, else the path as given or walked.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Calls `f` for stdin (`-`), a file, or every file under a directory
/// (sorted, `.git` skipped, symlinked directories not followed). Which
/// files hold text is for extraction to say.
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
    f(Source { name: path.display().to_string(), bytes })
}
