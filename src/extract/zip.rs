//! Reading zip archives (and the zip container of Office and OpenDocument
//! files) within limits.
//!
//! The central directory is the truth, as in every mainstream reader; ZIP64
//! sizes and offsets are read. Entries are inflated one at a time with
//! `miniz_oxide`, each capped at the size its header declares and all of
//! them together at the file's [`Budget`]. Zip bombs are caught three ways:
//! the entry count, the compression ratio of large entries, and entries
//! whose data overlap (the trick that makes a small archive expand to
//! gigabytes while every ratio looks sane).

use super::{Budget, Limits, Reason, Unscannable};

/// One entry of the central directory.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The path inside the archive.
    pub name: String,
    method: u16,
    flags: u16,
    compressed: u64,
    size: u64,
    /// Offset of the entry's data (after its local header).
    data: usize,
}

impl Entry {
    /// A directory entry (name ends in `/`).
    pub fn is_dir(&self) -> bool {
        self.name.ends_with('/')
    }
}

/// An opened archive.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    limits: Limits,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}
fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

const EOCD: u32 = 0x0605_4b50;
const EOCD64: u32 = 0x0606_4b50;
const EOCD64_LOCATOR: u32 = 0x0706_4b50;
const CENTRAL: u32 = 0x0201_4b50;
const LOCAL: u32 = 0x0403_4b50;

fn corrupt(what: &str) -> Unscannable {
    Unscannable::corrupt(format!("zip: {what}"))
}

impl<'a> Archive<'a> {
    /// Reads the central directory and checks the archive's shape.
    pub fn open(bytes: &'a [u8], limits: &Limits) -> Result<Archive<'a>, Unscannable> {
        // The end record is within the last 64 KiB + 22 bytes (its comment).
        let from = bytes.len().saturating_sub(22 + 0xFFFF);
        let eocd = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| u32_at(bytes, i) == Some(EOCD))
            .ok_or_else(|| corrupt("no end of central directory (truncated?)"))?;
        let mut count = u64::from(u16_at(bytes, eocd + 10).unwrap_or(0));
        let mut dir_size = u64::from(u32_at(bytes, eocd + 12).unwrap_or(0));
        let mut dir_at = u64::from(u32_at(bytes, eocd + 16).unwrap_or(0));
        if eocd >= 20 && u32_at(bytes, eocd - 20) == Some(EOCD64_LOCATOR) {
            let at = u64_at(bytes, eocd - 12)
                .and_then(|a| usize::try_from(a).ok())
                .ok_or_else(|| corrupt("bad ZIP64 locator"))?;
            if u32_at(bytes, at) != Some(EOCD64) {
                return Err(corrupt("bad ZIP64 end record"));
            }
            count = u64_at(bytes, at + 32).ok_or_else(|| corrupt("bad ZIP64 end record"))?;
            dir_size = u64_at(bytes, at + 40).ok_or_else(|| corrupt("bad ZIP64 end record"))?;
            dir_at = u64_at(bytes, at + 48).ok_or_else(|| corrupt("bad ZIP64 end record"))?;
        }
        if count > limits.max_entries as u64 {
            return Err(Unscannable::too_large(format!("{count} entries, over the {} limit", limits.max_entries)));
        }
        let dir_end = dir_at
            .checked_add(dir_size)
            .filter(|&e| e <= bytes.len() as u64)
            .ok_or_else(|| corrupt("central directory out of bounds"))?;
        let dir = &bytes[dir_at as usize..dir_end as usize];
        let mut entries = Vec::with_capacity(count as usize);
        let mut at = 0usize;
        for _ in 0..count {
            if u32_at(dir, at) != Some(CENTRAL) {
                return Err(corrupt("bad central directory entry"));
            }
            let field =
                |off| u16_at(dir, at + off).map(usize::from).ok_or_else(|| corrupt("truncated central directory"));
            let flags = field(8)? as u16;
            let method = field(10)? as u16;
            let mut compressed = u64::from(u32_at(dir, at + 20).unwrap_or(0));
            let mut size = u64::from(u32_at(dir, at + 24).unwrap_or(0));
            let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
            let mut local = u64::from(u32_at(dir, at + 42).unwrap_or(0));
            let name_bytes = dir.get(at + 46..at + 46 + name_len).ok_or_else(|| corrupt("truncated entry name"))?;
            let extra = dir.get(at + 46 + name_len..at + 46 + name_len + extra_len).unwrap_or(&[]);
            read_zip64(extra, &mut size, &mut compressed, &mut local);
            let name = if flags & 0x800 != 0 {
                String::from_utf8_lossy(name_bytes).into_owned()
            } else {
                std::str::from_utf8(name_bytes)
                    .map(str::to_string)
                    .unwrap_or_else(|_| super::text::windows_1252(name_bytes))
            };
            let local = usize::try_from(local).map_err(|_| corrupt("entry offset out of bounds"))?;
            if u32_at(bytes, local) != Some(LOCAL) {
                return Err(corrupt("entry without local header"));
            }
            let local_name = usize::from(u16_at(bytes, local + 26).unwrap_or(0));
            let local_extra = usize::from(u16_at(bytes, local + 28).unwrap_or(0));
            let data = local + 30 + local_name + local_extra;
            if (data as u64).saturating_add(compressed) > bytes.len() as u64 {
                return Err(corrupt("entry data out of bounds"));
            }
            entries.push(Entry { name, method, flags, compressed, size, data });
            at += 46 + name_len + extra_len + comment_len;
        }
        // Overlapping entry data: the "better zip bomb" trick, and never
        // what an archiver writes.
        let mut spans: Vec<(usize, usize)> = entries.iter().map(|e| (e.data, e.data + e.compressed as usize)).collect();
        spans.sort_unstable();
        if spans.windows(2).any(|w| w[1].0 < w[0].1) {
            return Err(Unscannable::too_large("zip entries overlap (a zip bomb)"));
        }
        Ok(Archive { bytes, entries, limits: limits.clone() })
    }

    /// All entries in directory order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry named `name`; Office part names are case-insensitive.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name == name)
            .or_else(|| self.entries.iter().find(|e| e.name.eq_ignore_ascii_case(name)))
    }

    /// Reads the entry called `name`, if there is one.
    pub fn read_named(&self, name: &str, budget: &mut Budget) -> Option<Result<Vec<u8>, Unscannable>> {
        self.find(name).map(|e| self.read(e, budget))
    }

    /// The entry's bytes, decompressed, within the limits and the budget.
    pub fn read(&self, entry: &Entry, budget: &mut Budget) -> Result<Vec<u8>, Unscannable> {
        if entry.flags & 1 != 0 || entry.method == 99 {
            return Err(Unscannable::new(Reason::Encrypted, "password-protected zip entry"));
        }
        let data = &self.bytes[entry.data..entry.data + entry.compressed as usize];
        if entry.size > self.limits.ratio_floor && entry.size / entry.compressed.max(1) > self.limits.max_ratio {
            return Err(Unscannable::too_large(format!(
                "compression ratio {}:1 over the {}:1 limit (a zip bomb?)",
                entry.size / entry.compressed.max(1),
                self.limits.max_ratio
            )));
        }
        budget.take(entry.size)?;
        match entry.method {
            0 => {
                if entry.size != entry.compressed {
                    return Err(corrupt("stored entry with two sizes"));
                }
                Ok(data.to_vec())
            }
            8 => {
                let out = miniz_oxide::inflate::decompress_to_vec_with_limit(data, entry.size as usize)
                    .map_err(|_| corrupt("entry does not inflate to its declared size"))?;
                if out.len() as u64 != entry.size {
                    return Err(corrupt("entry does not inflate to its declared size"));
                }
                Ok(out)
            }
            m => Err(Unscannable::new(
                Reason::Unsupported,
                format!("zip compression method {m} (only stored and deflate are read)"),
            )),
        }
    }
}

/// Replaces 0xFFFFFFFF sizes and offset with their ZIP64 extra values.
fn read_zip64(mut extra: &[u8], size: &mut u64, compressed: &mut u64, local: &mut u64) {
    while extra.len() >= 4 {
        let id = u16_at(extra, 0).unwrap_or(0);
        let len = usize::from(u16_at(extra, 2).unwrap_or(0));
        let Some(body) = extra.get(4..4 + len) else { return };
        if id == 1 {
            let mut at = 0;
            for field in [size, compressed, local] {
                if *field == 0xFFFF_FFFF {
                    match u64_at(body, at) {
                        Some(v) => *field = v,
                        None => return,
                    }
                    at += 8;
                }
            }
            return;
        }
        extra = &extra[4 + len..];
    }
}
