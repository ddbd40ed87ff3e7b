//! Key stores and private key files, by type or by name. Their content is
//! key material whether or not a text rule can see it: a PKCS#12 bundle or
//! a KeePass database is binary, and an encrypted OpenSSH key has no token
//! a rule could check.

use serde::Serialize;

/// What kind of key material a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyKind {
    /// PKCS#12 (`.p12`, `.pfx`): certificates with their private keys.
    Pkcs12,
    /// Java KeyStore or JCEKS (`.jks`, `.jceks`, `.keystore`).
    JavaKeyStore,
    /// KeePass password database (`.kdbx`, `.kdb`).
    KeePass,
    /// OpenSSH private key (`id_rsa`, `id_ed25519` and friends).
    OpenSshPrivateKey,
    /// PuTTY private key (`.ppk`).
    PuttyPrivateKey,
    /// Another key store, known by its extension (`.bks`).
    KeyStore,
}

impl KeyKind {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyKind::Pkcs12 => "pkcs12",
            KeyKind::JavaKeyStore => "java-key-store",
            KeyKind::KeePass => "keepass",
            KeyKind::OpenSshPrivateKey => "openssh-private-key",
            KeyKind::PuttyPrivateKey => "putty-private-key",
            KeyKind::KeyStore => "key-store",
        }
    }

    /// For people: `PKCS#12 key store`.
    pub fn title(self) -> &'static str {
        match self {
            KeyKind::Pkcs12 => "PKCS#12 key store",
            KeyKind::JavaKeyStore => "Java key store",
            KeyKind::KeePass => "KeePass password database",
            KeyKind::OpenSshPrivateKey => "OpenSSH private key file",
            KeyKind::PuttyPrivateKey => "PuTTY private key file",
            KeyKind::KeyStore => "key store",
        }
    }
}

/// A key store recognised by its first bytes.
pub fn magic(bytes: &[u8]) -> Option<KeyKind> {
    let starts = |m: &[u8]| bytes.starts_with(m);
    if starts(&[0xFE, 0xED, 0xFE, 0xED]) || starts(&[0xCE, 0xCE, 0xCE, 0xCE]) {
        return Some(KeyKind::JavaKeyStore);
    }
    // KeePass 2.x and 1.x signatures.
    if starts(&[0x03, 0xD9, 0xA2, 0x9A, 0x67, 0xFB, 0x4B, 0xB5])
        || starts(&[0x03, 0xD9, 0xA2, 0x9A, 0x65, 0xFB, 0x4B, 0xB5])
    {
        return Some(KeyKind::KeePass);
    }
    is_pkcs12(bytes).then_some(KeyKind::Pkcs12)
}

/// PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo (a PKCS#7
/// data or signed-data OID), … } in DER or BER.
fn is_pkcs12(b: &[u8]) -> bool {
    if b.first() != Some(&0x30) {
        return false;
    }
    let header = match b.get(1) {
        Some(0x80) => 2,
        Some(&n) if n < 0x80 => 2,
        Some(&n) if (0x81..=0x84).contains(&n) => 2 + usize::from(n - 0x80),
        _ => return false,
    };
    if b.get(header..header + 3) != Some(&[0x02, 0x01, 0x03]) {
        return false;
    }
    const PKCS7: &[u8] = &[0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07];
    let window = &b[header + 3..b.len().min(header + 3 + 16)];
    memchr::memmem::find(window, PKCS7).is_some()
}

/// The key kind of a file, by magic, content or name. `name` may be a path.
pub fn recognise(name: &str, bytes: &[u8]) -> Option<KeyKind> {
    if let Some(kind) = magic(bytes) {
        return Some(kind);
    }
    if bytes.starts_with(b"PuTTY-User-Key-File-") {
        return Some(KeyKind::PuttyPrivateKey);
    }
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name).to_ascii_lowercase();
    let ext = base.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "p12" | "pfx" => return Some(KeyKind::Pkcs12),
        "jks" | "jceks" | "keystore" => return Some(KeyKind::JavaKeyStore),
        "kdbx" | "kdb" => return Some(KeyKind::KeePass),
        "ppk" => return Some(KeyKind::PuttyPrivateKey),
        "bks" | "uber" => return Some(KeyKind::KeyStore),
        _ => {}
    }
    const SSH: &[&str] = &["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk", "identity"];
    // A public key under a private key's name is not a secret.
    let public = bytes.starts_with(b"ssh-") || bytes.starts_with(b"ecdsa-") || bytes.starts_with(b"sk-");
    (SSH.contains(&base.as_str()) && !public).then_some(KeyKind::OpenSshPrivateKey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_magic() {
        assert_eq!(
            recognise("/home/me/.ssh/id_ed25519", b"-----BEGIN OPENSSH PRIVATE KEY-----"),
            Some(KeyKind::OpenSshPrivateKey)
        );
        assert_eq!(recognise("C:\\Users\\me\\.ssh\\ID_RSA", b"x"), Some(KeyKind::OpenSshPrivateKey));
        assert_eq!(recognise("id_ed25519.pub", b"ssh-ed25519 AAAA"), None);
        assert_eq!(recognise("id_ed25519", b"ssh-ed25519 AAAA me@host"), None, "a public key under the private name");
        assert_eq!(recognise("anything", &[0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2]), Some(KeyKind::JavaKeyStore));
        assert_eq!(recognise("vault.kdbx", b""), Some(KeyKind::KeePass));
        assert_eq!(recognise("notes.txt", b"PuTTY-User-Key-File-3: ssh-ed25519"), Some(KeyKind::PuttyPrivateKey));
        assert_eq!(recognise("notes.txt", b"hello"), None);
        assert_eq!(
            recognise("cert.der", &[0x30, 0x82, 0x01, 0x00, 0x30, 0x82]),
            None,
            "a certificate is not a PKCS#12 bundle"
        );
    }
}
