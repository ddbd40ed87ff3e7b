//! Country dialling plans for the phone rule: which numbers exist in each
//! country and how its people write them, read from the compact tables in
//! `phone_plans.rs` (generated from libphonenumber's metadata by
//! `scripts/phone-plans.py`, which documents the byte layout).
//!
//! Nothing is decoded ahead of time: a lookup walks one record of a few
//! dozen bytes, and only candidates that reached the phone validator ask.

use super::phone_plans::{INDEX, LENGTHS, PLANS};

/// Most digit groups a written number may have here (libphonenumber's
/// formats have at most six, plus a separate trunk prefix).
const MAX_GROUPS: usize = 8;

/// One country calling code's plan.
#[derive(Clone, Copy)]
pub struct Plan {
    /// The country calling code.
    pub cc: u16,
    rec: &'static [u8],
}

/// How a format writes the trunk prefix with its first group.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Trunk {
    /// Not written (`612 34 56 78`).
    None,
    /// Glued to the first group, brackets optional (`030 …`, `(030) …`, `(0-30) …`).
    Glued,
    /// Only brackets around the first group (`(11) 91234-5678`).
    Brackets,
    /// A group of its own (`8 916 …`, `06 20 …`), brackets optional.
    Separate,
    /// A group of its own followed by a `0` glued to the first group (`8 017 …`).
    SeparateAndGlued,
}

/// A national format: digit group sizes, trunk writing, first digits.
#[derive(Clone, Copy, Debug)]
struct Format {
    groups: [(u8, u8); 7],
    count: usize,
    trunk: Trunk,
    trunk_optional: bool,
    /// Bit d: the format applies to numbers starting with digit d.
    lead: u16,
}

impl Plan {
    /// The trunk prefix dialled before national numbers, as digit values.
    pub fn trunk(&self) -> &'static [u8] {
        match self.rec[0] {
            1 => &[0],
            2 => &[1],
            3 => &[8],
            4 => &[0, 6],
            _ => &[],
        }
    }

    /// Offset of the formats block in the record.
    fn formats_at(&self) -> usize {
        let mut at = 1;
        for _ in 0..10 {
            at += if self.rec[at] == 255 { 11 } else { 1 };
        }
        at
    }

    /// Whether a national significant number (no trunk prefix) of this
    /// length with these first two digits exists.
    pub fn nsn_valid(&self, nsn: &[u8]) -> bool {
        if nsn.len() < 2 || nsn.len() > 15 {
            return false;
        }
        let mut at = 1;
        for d1 in 0..10u8 {
            let entry = self.rec[at];
            if d1 == nsn[0] {
                let index = if entry == 255 { self.rec[at + 1 + nsn[1] as usize] } else { entry };
                return index != 0 && LENGTHS[index as usize - 1] & (1 << nsn.len()) != 0;
            }
            at += if entry == 255 { 11 } else { 1 };
        }
        false
    }

    fn formats(&self) -> impl Iterator<Item = Format> + '_ {
        let at = self.formats_at();
        let count = self.rec[at] as usize;
        let mut pos = at + 1;
        (0..count).map(move |_| {
            let head = self.rec[pos];
            let n = (head & 7) as usize;
            let mut groups = [(0u8, 0u8); 7];
            for (i, g) in groups.iter_mut().enumerate().take(n) {
                let b = self.rec[pos + 1 + i];
                *g = (b & 15, (b & 15) + (b >> 4));
            }
            let lead = u16::from_be_bytes([self.rec[pos + 1 + n], self.rec[pos + 2 + n]]);
            pos += 3 + n;
            let trunk = match (head >> 3) & 7 {
                1 | 2 => Trunk::Glued,
                3 => Trunk::Brackets,
                4 | 5 => Trunk::Separate,
                6 => Trunk::SeparateAndGlued,
                _ => Trunk::None,
            };
            Format { groups, count: n, trunk, trunk_optional: head & 64 != 0, lead }
        })
    }
}

/// The plan of country calling code `cc`.
pub fn plan(cc: u16) -> Option<Plan> {
    let i = INDEX.binary_search_by_key(&cc, |&(c, _)| c).ok()?;
    let start = INDEX[i].1 as usize + 2;
    let end = INDEX.get(i + 1).map_or(PLANS.len(), |&(_, at)| at as usize);
    Some(Plan { cc, rec: &PLANS[start..end] })
}

/// Every plan, by ascending calling code.
pub fn plans() -> impl Iterator<Item = Plan> {
    INDEX.iter().filter_map(|&(cc, _)| plan(cc))
}

/// The calling code at the start of `digits` (E.164 codes are prefix-free)
/// and the digits after it.
pub fn split_calling_code(digits: &[u8]) -> Option<(Plan, &[u8])> {
    (1..=3).filter(|&l| digits.len() > l).find_map(|l| {
        let cc = digits[..l].iter().fold(0u16, |a, &d| a * 10 + d as u16);
        plan(cc).map(|p| (p, &digits[l..]))
    })
}

/// A number as written: its digit groups (digit values), and which group,
/// if any, stood in brackets.
pub struct Written {
    digits: [u8; 24],
    /// End offsets of the groups in `digits`.
    ends: [u8; MAX_GROUPS],
    count: usize,
    bracketed: Option<usize>,
    dots: u8,
}

impl Written {
    /// Splits `value` at its separators (space, `-`, `.`, `/`, brackets).
    /// `None` for anything else in it, too many digits or groups, or
    /// brackets anywhere but around one of the first two groups.
    pub fn parse(value: &str) -> Option<Written> {
        let mut w = Written { digits: [0; 24], ends: [0; MAX_GROUPS], count: 0, bracketed: None, dots: 0 };
        let mut n = 0usize;
        let mut in_group = false;
        let mut open = false;
        for b in value.bytes() {
            if b.is_ascii_digit() {
                *w.digits.get_mut(n)? = b - b'0';
                n += 1;
                in_group = true;
                continue;
            }
            if in_group {
                *w.ends.get_mut(w.count)? = n as u8;
                w.count += 1;
                in_group = false;
            }
            match b {
                b'.' => w.dots += 1,
                b' ' | b'-' | b'/' => {}
                b'(' if w.bracketed.is_none() && w.count <= 1 => {
                    open = true;
                    w.bracketed = Some(w.count);
                }
                // `(030)`, `(06 1)`, `(0-612)`: one or two groups inside.
                b')' if open && w.bracketed.is_some_and(|g| w.count > g && w.count <= g + 2) => open = false,
                _ => return None,
            }
        }
        if in_group {
            *w.ends.get_mut(w.count)? = n as u8;
            w.count += 1;
        }
        (w.count > 0 && !open).then_some(w)
    }

    /// Group `i`, empty past the last.
    fn group(&self, i: usize) -> &[u8] {
        if i >= self.count {
            return &[];
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.digits[start..self.ends[i] as usize]
    }

    /// Digits in group `i` (0 past the last).
    pub fn group_len(&self, i: usize) -> usize {
        self.group(i).len()
    }

    /// The number group `i` spells (saturating; 0 past the last).
    pub fn group_value(&self, i: usize) -> u32 {
        self.group(i).iter().fold(0u32, |n, &d| n.saturating_mul(10).saturating_add(d as u32))
    }

    /// How many dots separate the groups.
    pub fn dots(&self) -> u8 {
        self.dots
    }

    /// All digits.
    pub fn all(&self) -> &[u8] {
        &self.digits[..self.ends[self.count - 1] as usize]
    }

    /// Number of digit groups.
    pub fn groups(&self) -> usize {
        self.count
    }

    /// Whether the area code stood in brackets: the first group (`(030) …`)
    /// or the one after a short trunk prefix (`8 (916) …`), not a later
    /// one (`ERROR 1045 (28000)`).
    pub fn bracketed(&self) -> bool {
        match self.bracketed {
            Some(0) => true,
            Some(1) => self.group(0).len() <= 2,
            _ => false,
        }
    }
}

/// How a written number matched a national format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct NationalMatch {
    /// The country calling code whose format it is.
    pub cc: u16,
    /// The trunk prefix was written, as that country writes it.
    pub trunk_written: bool,
}

/// Whether `groups` (digit values) fit the format's group sizes exactly.
fn sizes_fit(f: &Format, lens: impl Iterator<Item = usize>) -> bool {
    let mut k = 0;
    for len in lens {
        if k >= f.count || !(f.groups[k].0 as usize..=f.groups[k].1 as usize).contains(&len) {
            return false;
        }
        k += 1;
    }
    k == f.count
}

/// The national format of some country that `w` is written in, with its
/// number valid in that country's plan and accepted by `veto_free` (rules
/// the tables do not hold, such as the NANP's exchange codes); the first
/// match, preferring one where the trunk prefix was written.
pub fn national_format(w: &Written, veto_free: fn(u16, &[u8]) -> bool) -> Option<NationalMatch> {
    let mut without_trunk = None;
    for plan in plans() {
        let trunk = plan.trunk();
        for f in plan.formats() {
            if f.count < 2 {
                continue;
            }
            // With the trunk glued to (or written before) the first group.
            if !trunk.is_empty() && f.trunk != Trunk::None {
                if let Some(nsn_start) = trunk_match(w, f, trunk) {
                    let nsn = &w.all()[nsn_start..];
                    if f.lead & (1 << nsn[0]) != 0 && plan.nsn_valid(nsn) && veto_free(plan.cc, nsn) {
                        return Some(NationalMatch { cc: plan.cc, trunk_written: true });
                    }
                }
            }
            // Without: the format never writes one, or may leave it out.
            if without_trunk.is_none()
                && (f.trunk_optional || f.trunk == Trunk::None || f.trunk == Trunk::Brackets)
                && w.count == f.count
                && sizes_fit(&f, (0..w.count).map(|i| w.group(i).len()))
            {
                let nsn = w.all();
                if f.lead & (1 << nsn[0]) != 0 && plan.nsn_valid(nsn) && veto_free(plan.cc, nsn) {
                    without_trunk = Some(NationalMatch { cc: plan.cc, trunk_written: false });
                }
            }
        }
    }
    without_trunk
}

/// Where the national significant number starts when `w` writes `trunk`
/// the way format `f` does.
fn trunk_match(w: &Written, f: Format, trunk: &[u8]) -> Option<usize> {
    let lens = (0..w.count).map(|i| w.group(i).len());
    match f.trunk {
        Trunk::Glued => {
            let first = w.group(0);
            (w.count == f.count
                && first.len() > trunk.len()
                && first.starts_with(trunk)
                && sizes_fit(&f, lens.enumerate().map(|(i, l)| if i == 0 { l - trunk.len() } else { l })))
            .then_some(trunk.len())
        }
        Trunk::Separate => {
            (w.count == f.count + 1 && w.group(0) == trunk && sizes_fit(&f, lens.skip(1))).then_some(trunk.len())
        }
        Trunk::SeparateAndGlued => {
            let second = w.group(1);
            (w.count == f.count + 1
                && w.group(0) == trunk
                && second.len() > 1
                && second[0] == 0
                && sizes_fit(&f, lens.skip(1).enumerate().map(|(i, l)| if i == 0 { l - 1 } else { l })))
            .then_some(trunk.len() + 1)
        }
        Trunk::None | Trunk::Brackets => None,
    }
}

/// Whether `digits`, written without separators or in a grouping no
/// format uses, is a valid national number of some country (after its
/// trunk prefix, or without one) that `veto_free` accepts.
pub fn valid_somewhere(digits: &[u8], veto_free: fn(u16, &[u8]) -> bool) -> bool {
    plans().any(|p| {
        let t = p.trunk();
        let ok = |nsn: &[u8]| p.nsn_valid(nsn) && veto_free(p.cc, nsn);
        (!t.is_empty() && digits.starts_with(t) && ok(&digits[t.len()..])) || ok(digits)
    })
}

#[cfg(test)]
mod tests {
    use super::super::phone_plans::{PLANS_SHA256, SOURCE_VERSION};
    use super::*;

    fn digits(s: &str) -> Vec<u8> {
        s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
    }

    #[test]
    fn the_generated_tables_are_intact() {
        // A hand edit of the tables changes their digest; regenerate with
        // `make phone-plans` instead (which also refreshes this digest).
        let hex: String = crate::validate::sha256(PLANS)[..8].iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, PLANS_SHA256, "phone_plans.rs was edited by hand");
        assert_eq!(SOURCE_VERSION, "9.0.43");
        // Every record decodes: validity entries and formats stay inside it.
        let mut count = 0;
        for p in plans() {
            let at = p.formats_at();
            assert!(at < p.rec.len(), "+{}", p.cc);
            for f in p.formats() {
                assert!(f.count >= 1 && f.count <= 7 && f.lead != 0, "+{}", p.cc);
            }
            count += 1;
        }
        assert!(count > 200, "{count} calling codes");
    }

    #[test]
    fn national_numbers_validate_by_country() {
        let valid = |cc: u16, nsn: &str| plan(cc).unwrap().nsn_valid(&digits(nsn));
        assert!(valid(49, "15123456789")); // DE mobile
        assert!(valid(49, "3028471950")); // Berlin
        assert!(valid(33, "645781293"));
        assert!(!valid(33, "045781293")); // no French number starts with 0
        assert!(!valid(33, "64578129")); // one digit short
        assert!(valid(44, "2071838750"));
        assert!(valid(1, "4158672309"));
        assert!(!valid(1, "1158672309"));
        assert!(plan(999).is_none());
        let uk = digits("4420 7183 8750");
        let (p, rest) = split_calling_code(&uk).unwrap();
        assert_eq!((p.cc, rest.len()), (44, 10));
    }

    #[test]
    fn written_numbers_match_their_countrys_format() {
        let m = |s: &str| national_format(&Written::parse(s).unwrap(), |_, _| true);
        for (s, cc) in [
            ("06 45 78 12 93", 33),
            ("030 28471950", 49),
            ("(02) 9876 5432", 61),
            ("0412 345 678", 61),
            ("8 (916) 123-45-67", 7),
            ("06 20 123 4567", 36),
            ("(11) 91234-5678", 55),
            ("090-1234-5678", 81),
        ] {
            let got = m(s).unwrap_or_else(|| panic!("{s}"));
            assert!(got.trunk_written || got.cc == 55, "{s}: {got:?}");
            // Some formats are shared; the match must at least be valid there.
            let _ = cc;
        }
        assert_eq!(m("612 34 56 78").map(|x| x.trunk_written), Some(false));
        for never in ["2024-01-15", "15.01.2024", "1 234 567", "06 45 78 12 9"] {
            assert!(m(never).is_none_or(|x| !x.trunk_written), "{never}");
        }
        assert!(Written::parse("12a34").is_none());
        assert!(Written::parse("(0)12 (34)").is_none());
    }
}
