//! Check-digit algorithms shared by secret and personal-data rules.

/// CRC-32 (IEEE 802.3, the one zlib computes), as used by GitHub, npm,
/// Atlassian, Grafana and Cloudflare token checksums.
pub fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc = TABLE[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    crc ^ 0xFFFF_FFFF
}

/// Luhn (mod 10) over the digits of `s`, ignoring separators. Cards,
/// Canadian SIN, Swedish personnummer, IMEI.
pub fn luhn_valid(s: &str) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    let mut n = 0;
    for b in s.bytes().rev() {
        if !b.is_ascii_digit() {
            continue;
        }
        let mut d = (b - b'0') as u32;
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
        n += 1;
    }
    n > 1 && sum % 10 == 0
}

/// ISO 7064 MOD 97-10 remainder of an alphanumeric string where letters
/// count as 10..=35 (IBAN: valid when the rearranged string gives 1).
/// Returns `None` on characters other than ASCII letters and digits.
pub fn iso7064_mod97(s: impl IntoIterator<Item = u8>) -> Option<u32> {
    let mut rem = 0u32;
    for b in s {
        match b {
            b'0'..=b'9' => rem = (rem * 10 + (b - b'0') as u32) % 97,
            b'A'..=b'Z' | b'a'..=b'z' => {
                let v = (b.to_ascii_uppercase() - b'A') as u32 + 10;
                rem = (rem * 100 + v) % 97;
            }
            _ => return None,
        }
    }
    Some(rem)
}

/// Verhoeff check over the digits of `s` (India's Aadhaar, Nigeria's NIN).
pub fn verhoeff_valid(s: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let mut c = 0u8;
    let mut n = 0;
    for (i, b) in s.bytes().rev().filter(u8::is_ascii_digit).enumerate() {
        c = D[c as usize][P[i % 8][(b - b'0') as usize] as usize];
        n += 1;
    }
    n > 1 && c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        // The CRC catalogue's check value for CRC-32/ISO-HDLC.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn luhn_accepts_published_numbers_and_rejects_one_digit_off() {
        assert!(luhn_valid("79927398713")); // the classic example from ISO/IEC 7812
        assert!(!luhn_valid("79927398710"));
        assert!(luhn_valid("4539 1488 0343 6467"));
        assert!(!luhn_valid("4539 1488 0343 6468"));
    }

    #[test]
    fn mod97_validates_ibans() {
        // GB82 WEST 1234 5698 7654 32 rearranged: BBAN + country + check.
        let s = b"WEST12345698765432GB82";
        assert_eq!(iso7064_mod97(s.iter().copied()), Some(1));
        assert_eq!(iso7064_mod97(b"WEST12345698765432GB83".iter().copied()), Some(2));
        assert_eq!(iso7064_mod97(b"A-1".iter().copied()), None);
    }

    #[test]
    fn verhoeff_matches_the_published_examples() {
        assert!(verhoeff_valid("2363")); // 236 with check digit 3
        assert!(!verhoeff_valid("2364"));
        // Long inputs use every row of the permutation table (row i is the
        // base permutation applied i times); a wrong row only shows here.
        assert!(verhoeff_valid("123451")); // 12345 with check digit 1
        assert!(verhoeff_valid("14285708")); // 1428570 with check digit 8
        assert!(!verhoeff_valid("14285702"));
    }
}
