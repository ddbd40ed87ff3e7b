//! Cryptocurrency wallet secrets: BIP-39 seed phrases, WIF private keys,
//! raw secp256k1 (Ethereum) private keys and BIP-32 extended private keys.
//!
//! Whoever holds one of these controls the funds; there is no reset.
//! - BIP-39 (github.com/bitcoin/bips, bip-0039.mediawiki): 12–24 words from
//!   the 2048-word English list (`bip39_english.txt`, the list from the BIP
//!   repository, SHA-256 `2f5eed53…24dbda`); each word is 11 bits and the
//!   last `words / 3` bits are the first bits of SHA-256 of the entropy, so
//!   a random run of list words passes one time in 16 (12 words) to 256
//!   (24 words).
//! - WIF (Bitcoin wiki "Wallet import format"): Base58Check of `0x80` + 32-byte
//!   key (+ `0x01` when the public key is compressed); the last 4 bytes are
//!   the double SHA-256 checksum.
//! - BIP-32 (bip-0032.mediawiki, SLIP-0132 for the y/z/Y/Z/u/v variants):
//!   78-byte Base58Check payload with a private-key version and a `0x00` key
//!   prefix byte.
//! - Ethereum private keys are 32 raw bytes in hex with no structure of
//!   their own, so the rule needs a `private key` label and checks the key
//!   lies in the secp256k1 range.

use crate::rule::{Candidate, Mask, Rule, Severity, Trigger, Verdict};
use crate::validate::{base58_decode, sha256};
use std::sync::OnceLock;

/// The official BIP-39 English word list, one word a line, sorted.
const BIP39_ENGLISH: &str = include_str!("bip39_english.txt");

fn bip39_words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| BIP39_ENGLISH.lines().map(str::trim).filter(|w| !w.is_empty()).collect())
}

/// Index of `word` in the BIP-39 English list.
fn bip39_index(word: &str) -> Option<u16> {
    bip39_words().binary_search(&word).ok().map(|i| i as u16)
}

/// A 12/15/18/21/24-word phrase whose words are all on the list and whose
/// checksum bits match SHA-256 of the entropy.
fn bip39_checksum(c: &Candidate) -> Verdict {
    let mut indexes = Vec::with_capacity(24);
    for token in c.value.split(|ch: char| !ch.is_ascii_alphabetic()).filter(|t| !t.is_empty()) {
        let lower = token.to_ascii_lowercase();
        let Some(i) = bip39_index(&lower) else { return Verdict::Invalid };
        indexes.push(i);
    }
    let n = indexes.len();
    if !matches!(n, 12 | 15 | 18 | 21 | 24) {
        return Verdict::Invalid;
    }
    // The same word over and over is a typing exercise, not a wallet.
    let mut distinct = indexes.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() * 2 < n {
        return Verdict::Invalid;
    }
    let total_bits = n * 11;
    let cs_bits = total_bits / 33;
    let ent_bits = total_bits - cs_bits;
    let mut bits = vec![false; total_bits];
    for (w, &idx) in indexes.iter().enumerate() {
        for b in 0..11 {
            bits[w * 11 + b] = (idx >> (10 - b)) & 1 == 1;
        }
    }
    let entropy: Vec<u8> =
        bits[..ent_bits].chunks(8).map(|byte| byte.iter().fold(0u8, |acc, &bit| (acc << 1) | bit as u8)).collect();
    let hash = sha256(&entropy);
    let ok = (0..cs_bits).all(|i| ((hash[i / 8] >> (7 - i % 8)) & 1 == 1) == bits[ent_bits + i]);
    if ok {
        Verdict::Verified
    } else {
        Verdict::Invalid
    }
}

/// Base58Check payload of `s`, if its double SHA-256 checksum holds.
fn base58check(s: &str) -> Option<Vec<u8>> {
    let mut raw = Vec::new();
    if !base58_decode(s, &mut raw) || raw.len() < 5 {
        return None;
    }
    let (payload, check) = raw.split_at(raw.len() - 4);
    let hash = sha256(&sha256(payload));
    (hash[..4] == *check).then(|| payload.to_vec())
}

/// WIF: version 0x80, 32-byte key, optional 0x01 compression flag.
fn wif_checksum(c: &Candidate) -> Verdict {
    match base58check(c.value) {
        Some(p) if p[0] == 0x80 && (p.len() == 33 || (p.len() == 34 && p[33] == 0x01)) => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// BIP-32 extended private key: private version bytes, 0x00 key prefix.
fn xprv_checksum(c: &Candidate) -> Verdict {
    const PRIVATE_VERSIONS: &[[u8; 4]] = &[
        [0x04, 0x88, 0xAD, 0xE4], // xprv
        [0x04, 0x35, 0x83, 0x94], // tprv
        [0x04, 0x9D, 0x78, 0x78], // yprv
        [0x04, 0xB2, 0x43, 0x0C], // zprv
        [0x02, 0x95, 0xB0, 0x05], // Yprv
        [0x02, 0xAA, 0x7A, 0x99], // Zprv
        [0x04, 0x4A, 0x4E, 0x28], // uprv
        [0x04, 0x5F, 0x18, 0xBC], // vprv
        [0x02, 0x42, 0x85, 0xB5], // Uprv
        [0x02, 0x57, 0x50, 0x48], // Vprv
    ];
    match base58check(c.value) {
        Some(p) if p.len() == 78 && PRIVATE_VERSIONS.iter().any(|v| p[..4] == *v) && p[45] == 0 => Verdict::Verified,
        _ => Verdict::Invalid,
    }
}

/// A 32-byte hex key in 1..n-1 of secp256k1, not a repeated pattern.
fn secp256k1_key(c: &Candidate) -> Verdict {
    const ORDER: &str = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    let v = c.value.to_ascii_lowercase();
    if v.len() != 64 || v.bytes().all(|b| b == b'0') || v.as_str() >= ORDER {
        return Verdict::Invalid;
    }
    // `deadbeef…` and other repeated 8-character patterns.
    if v.as_bytes().chunks(8).all(|ch| ch == &v.as_bytes()[..8]) {
        return Verdict::Invalid;
    }
    Verdict::Plausible
}

/// A phrase separator: spaces, a comma, or a line break, then an optional
/// list number (`2.`, `3)`).
macro_rules! sep {
    () => {
        r"(?:[ \t]+|[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*)(?:[0-9]{1,2}[.):][ \t]*)?[A-Za-z]{3,8}"
    };
}

/// Rules of this family.
pub const RULES: &[Rule] = &[
    rule! {
        id: "bip39-seed-phrase",
        title: "Cryptocurrency seed phrase (BIP-39)",
        about: about!("A 12–24 word recovery phrase that restores a whole wallet; every word must be on the BIP-39 list and the checksum bits must match. Needs a wallet word (seed, mnemonic, wallet…) nearby."),
        label: "SEED_PHRASE",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &[
                "seed", "mnemonic", "recovery", "secret phrase", "backup phrase", "wallet", "bip39", "bip-39",
                "metamask", "trezor", "ledger", "phantom", "words",
            ],
            // A 24-word phrase is at most about 220 bytes: room for it on
            // either side of the word plus a short lead-in.
            before: 300,
            after: 400,
        },
        // 12 to 24 words in one repetition (the validator counts them:
        // 12, 15, 18, 21 or 24), ending at punctuation, a line end or a
        // dash (`… crisp — the wallet shows 0`).
        pattern: concat!(
            r#"(?:^|[\r\n:"'`=>(\[{,]|\b(?:is|are|was|were|be|as|phrase|words|mnemonic|seed)\b)[ \t]*(?:1[.):][ \t]*)?("#,
            r"[A-Za-z]{3,8}(?:",
            sep!(),
            r#"){11,23})[ \t]*(?:$|[\r\n.,;:!?"'`)\]}-]|\xE2\x80[\x93\x94])"#
        ),
        value_group: 1,
        max_len: 400,
        placeholder_filter: false,
        rescan_rejected: true,
        validate: Some(bip39_checksum),
        known_examples: &[
            // Published test vectors (BIP-39 reference vectors, wallet docs).
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
            "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
            "test test test test test test test test test test test junk",
        ],
        mask: Mask::All,
        positives: examples![
            "I restored my MetaMask with this seed phrase but the balance is 0: «ecology blame rubber laptop garbage report mango room trigger aunt weekend danger»",
            "wallet backup (24 words):\n«grant inform tumble kick slender sock elbow clown arrow brother gift assist blanket critic clip bamboo settle hire vanish worth mind shrug picnic hazard»\nthanks!",
            "my recovery phrase «ecology blame rubber laptop garbage report mango room trigger aunt weekend danger»",
            "mnemonic:\n1. «elder\n2. enforce\n3. gesture\n4. rack\n5. indicate\n6. purity\n7. cherry\n8. ginger\n9. piano\n10. behave\n11. snack\n12. try\n13. ring\n14. boat\n15. shop»",
            "my Trezor recovery phrase is «ecology blame rubber laptop garbage report mango room trigger aunt weekend danger» — is it safe to type it into the app?",
        ],
        negatives: examples![
            // Last word changed: checksum fails.
            "seed: ecology blame rubber laptop garbage report mango room trigger aunt weekend dance",
            "mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "seed: ecology blame rubber laptop garbage report mango room trigger aunt weekend",
            "what is a seed phrase and why are twelve words enough to secure a wallet forever and ever again",
            "seed words: alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "bitcoin-wif-private-key",
        title: "Bitcoin private key (WIF)",
        about: about!("A Bitcoin private key in wallet import format; checked by its Base58Check version byte and double SHA-256 checksum."),
        label: "CRYPTO_PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["5H", "5J", "5K", "Kw", "Kx", "Ky", "Kz", "L1", "L2", "L3", "L4", "L5"]),
        pattern: r"5[HJK][1-9A-HJ-NP-Za-km-z]{49}|[KL][1-9A-HJ-NP-Za-km-z]{51}",
        max_len: 52,
        // The checksum decides; random Base58 can contain `xxxx` by chance.
        placeholder_filter: false,
        validate: Some(wif_checksum),
        mask: Mask::All,
        positives: examples![
            "bitcoin-cli importprivkey «5Kg5uv1udbr8dwiNcpwKLm6mj6djGuF8F3ZjmFE2nJQ9nD5MEo8» \"cold\" false",
            "electrum won't sweep «KztF82VULCjjRLawrh8rQU6j6kdNn8Wbmp8PYar2QE1piguWm9w8», says invalid",
            "WIF=«L4wUSwX5tvJy8UAwFCyRAZPZnbZXdxFNZugyhQe6YSyVLJLyMvHP»",
        ],
        negatives: examples![
            // One character changed: checksum fails.
            "5Kg5uv1udbr8dwiNcpwKLm6mj6djGuF8F3ZjmFE2nJQ9nD5MEo9",
            "KztF82VULCjjRLawrh8rQU6j6kdNn8Wbmp8PYar2QE1piguWm9w8extra",
            "send it to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT please",
            "we hit 5K users and L2 caching",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "crypto-hex-private-key",
        title: "Hex private key (Ethereum / secp256k1)",
        about: about!("A 64-hex-digit private key labelled as such (Ethereum, Hardhat/Foundry deployers); must lie in the secp256k1 range. Transaction hashes of the same shape are not reported."),
        label: "CRYPTO_PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Near {
            words: &["private key", "private_key", "privatekey", "private-key", "privkey", "priv_key", "wallet_key", "wallet key", "signer_key", "deployer_key"],
            before: 40,
            after: 120,
        },
        pattern: r#"(?i)(?:priv(?:ate)?[ _-]?key|wallet[ _-]?key|signer[ _-]?key|deployer[ _-]?key)[A-Za-z0-9_]{0,16}["']?(?:[ \t]+(?:is|=)\b)?[^A-Za-z0-9\n]{1,8}(?:0x)?([a-f0-9]{64})\b"#,
        value_group: 1,
        max_len: 200,
        // The value may follow `0x`: boundaries are in the pattern.
        word_boundary: false,
        min_entropy: 3.0,
        validate: Some(secp256k1_key),
        mask: Mask::All,
        positives: examples![
            "PRIVATE_KEY=0x«11e55d1b9e656ab7ce2667bb1f703f37787fc947f7ed5319da9e83b3c27edc83» npx hardhat run deploy.ts",
            "my metamask private key is «54f28b5a8d53d8bec565f1e2c4c4a07ba24cc033e14a2c171442d603a0b754cb», is it safe to import in rabby?",
        ],
        negatives: examples![
            "tx hash 0x5ea5391587d6ba0ea0b4f6f921443a8a2620482f4bf940192832c720873854bd failed",
            "private_key = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142",
            "private key: 0000000000000000000000000000000000000000000000000000000000000000",
            "private_key=0xdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef",
            "sha256 of the private key file: 5ea5391587d6ba0ea0b4f6f921443a8a2620482f4bf940192832c72087385",
        ],
        ..Rule::SECRET
    },
    rule! {
        id: "bip32-extended-private-key",
        title: "Extended private key (BIP-32 xprv)",
        about: about!("An HD wallet master or account private key (xprv/tprv/yprv/zprv…) from which every child key derives; checked by Base58Check, version bytes and key prefix."),
        label: "CRYPTO_PRIVATE_KEY",
        severity: Severity::Critical,
        trigger: Trigger::Prefix(&["xprv", "tprv", "yprv", "zprv", "uprv", "vprv"]),
        pattern: r"[xtyzYZuvUV]prv[1-9A-HJ-NP-Za-km-z]{107,108}",
        max_len: 112,
        placeholder_filter: false,
        validate: Some(xprv_checksum),
        mask: Mask::KeepPrefix(4),
        positives: examples![
            "descriptor: wpkh(«xprv9yddWmMgops989qHtvo4RpHX21TycwzQntZ7X9aVniApUeJ2P9ZKDxoa8TYd8mTGePweYXSAWYaRLFREcvK3YWiE2vEHwuF7JWeEuBvGSQ1»/0/*)",
            "Sparrow exported «zprvAcYPePGtz4Ff7ZLNLKUpLPt3UVJKxe3ucgxip3wz8vuQKmAT2zfrg3omEukta2vBZQvaujYjWTz1FvMds9vgg6WCn8HytSXh5YfStn6Rmj4»",
            "testnet: «tprv8gLHEG5di6CyDEfbbC8TUNYRYmiow2GTxhUqmh2576RakmiEdEge596kmA8WD1KUSJcJQterBeQkDqRWRJcrCvKFrSjbmyxZLS8rGbVEq3B»",
        ],
        negatives: examples![
            "xpub6DJ5wxJPepZmr3fEjq1hgrWT3pAxWRm1eS7UKLTWSmCSZ8xwhmArxQYJZk5wsVzAuauY1w98RJd6p2cPymhLfbtrd4wkNyCeT5iSHE8sEj9",
            // One character changed: checksum fails.
            "xprv9yddWmMgops989qHtvo4RpHX21TycwzQntZ7X9aVniApUeJ2P9ZKDxoa8TYd8mTGePweYXSAWYaRLFREcvK3YWiE2vEHwuF7JWeEuBvGSQ2",
            "export the xprv from your wallet settings",
            "xprv9yddWmMgops989qHtvo4RpHX21Tycw",
        ],
        ..Rule::SECRET
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_the_official_one() {
        let words = bip39_words();
        assert_eq!(words.len(), 2048);
        assert!(words.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        assert_eq!((words[0], words[2047]), ("abandon", "zoo"));
        let digest = sha256(BIP39_ENGLISH.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
    }

    #[test]
    fn bip39_reference_vector_passes_and_repetition_does_not() {
        let check = |value| bip39_checksum(&Candidate::with_context(value, false));
        assert_eq!(
            check("legal winner thank year wave sausage worth useful legal winner thank yellow"),
            Verdict::Verified
        );
        assert_eq!(
            check("legal winner thank year wave sausage worth useful legal winner thank year"),
            Verdict::Invalid
        );
        // Valid checksum, but a typing exercise.
        let abandon = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        assert_eq!(check(abandon), Verdict::Invalid);
    }
}
