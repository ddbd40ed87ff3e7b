//! Shannon entropy, the floor that separates random tokens from words.

/// Shannon entropy of the bytes of `s` in bits per byte. A 40-character
/// random base62 string scores about 5; English words about 3; `aaaa` 0.
pub fn shannon_entropy(s: &str) -> f32 {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let len = bytes.len() as f32;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f32 / len;
            -p * p.log2()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entropy_separates_random_from_repetitive() {
        assert_eq!(shannon_entropy(""), 0.0);
        assert_eq!(shannon_entropy("aaaa"), 0.0);
        assert!((shannon_entropy("ab") - 1.0).abs() < 1e-6);
        assert!(shannon_entropy("Jwtbv3P1xSOcnNzB8vrMWhdbT0q7QP") > 4.3);
        assert!(shannon_entropy("passwordpassword") < 3.0);
    }
}
