//! Small decoders for structural checks (JWT headers, key bodies, macaroons,
//! Base58Check). Written here rather than pulled in as crates: each is a few
//! lines and the wasm build pays for every dependency.

/// Decodes standard or URL-safe base64, padded or not, into `out`.
/// Returns `false` on any other character or an impossible length.
pub fn base64_decode(input: &[u8], out: &mut Vec<u8>) -> bool {
    fn val(b: u8) -> Option<u32> {
        Some(match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        } as u32)
    }
    let trimmed = match input.iter().rposition(|&b| b != b'=') {
        Some(last) => &input[..=last],
        None => &input[..0],
    };
    if trimmed.len() % 4 == 1 {
        return false;
    }
    out.reserve(trimmed.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &b in trimmed {
        let Some(v) = val(b) else { return false };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    true
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Encodes `n` in base62 (`0-9A-Za-z`), left-padded with `0` to `width`
/// characters: the checksum suffix of GitHub and npm tokens.
pub fn base62_encode_fixed(mut n: u64, width: usize) -> [u8; 16] {
    let mut out = [b'0'; 16];
    let width = width.min(16);
    let mut i = width;
    while i > 0 {
        i -= 1;
        out[i] = BASE62[(n % 62) as usize];
        n /= 62;
    }
    out
}

/// Decodes Bitcoin-style Base58 into `out` (leading `1`s become zero bytes).
pub fn base58_decode(input: &str, out: &mut Vec<u8>) -> bool {
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    out.clear();
    let mut num: Vec<u8> = Vec::with_capacity(input.len());
    for b in input.bytes() {
        let Some(mut carry) = ALPHABET.iter().position(|&a| a == b).map(|v| v as u32) else {
            return false;
        };
        for digit in num.iter_mut().rev() {
            let x = *digit as u32 * 58 + carry;
            *digit = (x & 0xFF) as u8;
            carry = x >> 8;
        }
        while carry > 0 {
            num.insert(0, (carry & 0xFF) as u8);
            carry >>= 8;
        }
    }
    let zeros = input.bytes().take_while(|&b| b == b'1').count();
    out.extend(std::iter::repeat_n(0u8, zeros));
    out.extend(num.iter().skip_while(|&&b| b == 0));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_decodes_both_alphabets_with_and_without_padding() {
        let mut out = Vec::new();
        assert!(base64_decode(b"T3BlbkFJ", &mut out));
        assert_eq!(out, b"OpenAI");
        out.clear();
        assert!(base64_decode(b"eyJhbGciOiJIUzI1NiJ9", &mut out));
        assert_eq!(out, br#"{"alg":"HS256"}"#);
        out.clear();
        assert!(base64_decode(b"-_8=", &mut out));
        assert_eq!(out, [0xFB, 0xFF]);
        out.clear();
        assert!(!base64_decode(b"ab$d", &mut out));
    }

    #[test]
    fn base62_pads_to_width() {
        assert_eq!(&base62_encode_fixed(0, 6)[..6], b"000000");
        assert_eq!(&base62_encode_fixed(61, 6)[..6], b"00000z");
        assert_eq!(&base62_encode_fixed(62, 6)[..6], b"000010");
    }

    #[test]
    fn base58_decodes_leading_ones_as_zero_bytes() {
        let mut out = Vec::new();
        assert!(base58_decode("1112", &mut out));
        assert_eq!(out, [0, 0, 0, 1]);
        assert!(base58_decode("5Q", &mut out));
        assert_eq!(out, [0xFF]);
        assert!(!base58_decode("0OIl", &mut out));
    }
}
