#!/usr/bin/env python3
"""Validate the PromptWarden evaluation corpus (tests/corpus/*.jsonl).

Checks, per record: well-formed JSON with the agreed fields, unique ids, unique
texts, every label value is an exact substring of its text, negatives carry no
labels; per label: the value passes the format/checksum rules of its kind
(Luhn, mod-97, CRC-32 for GitHub/npm/Atlassian/Bitbucket/Grafana/GitLab, JWT
decoding, BIP-39 checksum, Base58Check, national-id check digits, ...).
Then it lints every text for checksum-valid values that nobody labelled
(cards, IBANs, GitHub/npm tokens, emails, +CC phone numbers).

The checksum code here is written separately from generate.py on purpose, so
the two cross-check each other.

Usage: python3 tests/corpus/check.py [--table]
Exit code 0 when everything passes. The phone check uses the `phonenumbers`
package when it is installed and says so when it is not.
"""
import base64
import binascii
import collections
import hashlib
import json
import os
import re
import string
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["secrets.jsonl", "pii.jsonl", "negatives.jsonl", "mixed.jsonl"]
ERRORS = []

try:
    import phonenumbers
except ImportError:  # optional
    phonenumbers = None


def err(rid, msg):
    ERRORS.append("%s: %s" % (rid, msg))


# ------------------------------------------------------------------ algorithms

def luhn(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62_decode(s):
    n = 0
    for ch in s:
        n = n * 62 + B62.index(ch)
    return n


def github_crc_ok(tok):
    prefix_len = tok.index("_") + 1
    body, chk = tok[prefix_len:-6], tok[-6:]
    return len(body) == 30 and b62_decode(chk) == binascii.crc32(body.encode())


IBAN_LENGTHS = {"AD": 24, "AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
                "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24}


def iban_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


D5 = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
      [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
      [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
PERM = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = D5[c][PERM[i % 8][int(ch)]]
    return c == 0


def b64any(s):
    s = s.strip()
    pad = "=" * (-len(s) % 4)
    if "-" in s or "_" in s:
        return base64.urlsafe_b64decode(s + pad)
    return base64.b64decode(s + pad)


def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        h = json.loads(b64any(parts[0]))
        json.loads(b64any(parts[1]))
        b64any(parts[2])
    except Exception:
        return False
    return "alg" in h


BIP39 = open(os.path.join(HERE, "data", "bip39-english.txt")).read().split()
BIP39_SHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"


def bip39_ok(phrase):
    words = phrase.split()
    if len(words) not in (12, 15, 18, 21, 24) or any(w not in BIP39 for w in words):
        return False
    bits = "".join(format(BIP39.index(w), "011b") for w in words)
    ent_len = len(bits) * 32 // 33
    ent = int(bits[:ent_len], 2).to_bytes(ent_len // 8, "big")
    h = format(hashlib.sha256(ent).digest()[0], "08b")
    return bits[ent_len:] == h[: len(bits) - ent_len]


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def wif_ok(v):
    n = 0
    for ch in v:
        n = n * 58 + B58.index(ch)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    payload, chk = raw[:-4], raw[-4:]
    return (payload[:1] == b"\x80" and len(payload) in (33, 34)
            and hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == chk)


def pem_body(v):
    lines = [ln.strip() for ln in v.replace("\\n", "\n").split("\n")]
    body = [ln for ln in lines[1:-1] if ln and ":" not in ln]
    return "".join(body)


def private_key_ok(kind, v):
    if kind == "putty-private-key":
        return bool(re.match(r"PuTTY-User-Key-File-[23]: ", v)) and re.search(r"Private-MAC: [0-9a-f]{40,64}$", v) is not None
    m = re.match(r"-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----", v)
    if not m or not v.endswith("-----END %s-----" % m.group(1)):
        return False
    body = pem_body(v)
    if m.group(1).startswith("PGP"):
        body = body.split("=")[0] if "\n=" in v.replace("\\n", "\n") else body
        try:
            raw = base64.b64decode(body)
        except Exception:
            return False
        return raw[0] & 0x80 == 0x80  # OpenPGP packet header
    try:
        raw = base64.b64decode(body, validate=True)
    except Exception:
        return False
    if kind == "openssh-private-key":
        return raw.startswith(b"openssh-key-v1\0")
    return raw[:1] == b"\x30"  # DER SEQUENCE


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if a == 0 or a == 666 or a >= 900 or g == 0 or s == 0:
        return False
    return m.group(1) + m.group(3) + m.group(4) not in ("078051120", "123456789", "219099999")


def itin_ok(v):
    m = re.fullmatch(r"9(\d{2})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99


def nino_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def nhs_ok(v):
    s = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = sum(int(s[i]) * (10 - i) for i in range(9))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


def cpf_ok(v):
    s = re.sub(r"\D", "", v)
    if len(s) != 11 or len(set(s)) == 1:
        return False
    for n in (9, 10):
        t = sum(int(s[i]) * (n + 1 - i) for i in range(n))
        d = (t * 10) % 11 % 10
        if d != int(s[n]):
            return False
    return True


def cnpj_ok(v):
    s = re.sub(r"\D", "", v)
    if len(s) != 14:
        return False
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    w2 = [6] + w1
    for n, w in ((12, w1), (13, w2)):
        r = sum(int(a) * b for a, b in zip(s[:n], w)) % 11
        if (0 if r < 2 else 11 - r) != int(s[n]):
            return False
    return True


def dni_ok(v):
    m = re.fullmatch(r"(\d{8})-?([A-Z])", v)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)


def nie_ok(v):
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", v)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


def nir_ok(v):
    s = v.replace(" ", "")
    return bool(re.fullmatch(r"[12]\d{14}", s)) and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_id_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = collections.Counter(s[:10])
    if sorted(counts.values())[-1] not in (2, 3) or sum(1 for c in counts.values() if c > 1) != 1:
        return False
    p = 10
    for ch in s[:10]:
        t = (int(ch) + p) % 10 or 10
        p = (2 * t) % 11
    return (11 - p) % 10 == int(s[10])


ODD = dict(zip(string.digits + string.ascii_uppercase,
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_ok(v):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    t = 0
    for i, ch in enumerate(v[:15]):
        t += ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + t % 26) == v[15]


def bsn_ok(v):
    return bool(re.fullmatch(r"\d{9}", v)) and (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0


def pesel_ok(v):
    if not re.fullmatch(r"\d{11}", v):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(v, w)) % 10) % 10 == int(v[10])


def personnummer_ok(v):
    s = v.replace("-", "").replace("+", "")
    if len(s) == 12:
        s = s[2:]
    return bool(re.fullmatch(r"\d{10}", s)) and luhn(s) and 1 <= int(s[2:4]) <= 12


def tfn_ok(v):
    s = v.replace(" ", "")
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return bool(re.fullmatch(r"\d{9}", s)) and sum(int(a) * b for a, b in zip(s, w)) % 11 == 0


def medicare_ok(v):
    s = v.replace(" ", "")
    if not re.fullmatch(r"[2-6]\d{9}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == int(s[8])


def nric_ok(v):
    m = re.fullmatch(r"([STFG])(\d{7})([A-Z])", v)
    if not m:
        return False
    t = sum(int(a) * b for a, b in zip(m.group(2), [2, 7, 6, 5, 4, 3, 2])) + (4 if m.group(1) in "TG" else 0)
    table = "JZIHGFEDCBA" if m.group(1) in "ST" else "XWUTRQPNMLK"
    return table[t % 11] == m.group(3)


def cn_id_ok(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(v, w)) % 11] == v[17]


def my_number_ok(v):
    s = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{12}", s):
        return False
    total = sum(int(s[10 - i]) * (i + 2 if i < 6 else i - 4) for i in range(11))
    r = total % 11
    return (0 if r <= 1 else 11 - r) == int(s[11])


def curp_ok(v):
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z\d]\d", v):
        return False
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    t = sum(alpha.index(c) * (18 - i) for i, c in enumerate(v[:17]))
    return (10 - t % 10) % 10 == int(v[17])


def za_ok(v):
    return bool(re.fullmatch(r"\d{13}", v)) and luhn(v) and 1 <= int(v[2:4]) <= 12


def sin_ok(v):
    s = re.sub(r"[ -]", "", v)
    return bool(re.fullmatch(r"[1-79]\d{8}", s)) and luhn(s)


def aadhaar_ok(v):
    s = re.sub(r"[ -]", "", v)
    return bool(re.fullmatch(r"[2-9]\d{11}", s)) and verhoeff_ok(s)


def gitlab_ok(v):
    if re.fullmatch(r"glpat-[0-9A-Za-z_-]{20}", v):
        return True
    m = re.fullmatch(r"(glpat-[0-9A-Za-z_-]+\.01\.[0-9a-z]{2})([0-9a-z]{7})", v)
    return bool(m) and int(m.group(2), 36) == binascii.crc32(m.group(1).encode())


EMAIL_RE = re.compile(r"(?<![\w.+%-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RESERVED_EMAIL = re.compile(r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:test|example|invalid|localhost))$", re.I)


def email_ok(v):
    return bool(EMAIL_RE.fullmatch(v)) and not RESERVED_EMAIL.search(v)


PHONE_REGIONS = ["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "BR", "AU", "JP"]


def phone_ok(v):
    if phonenumbers is None:
        return bool(re.fullmatch(r"[+()0-9 ./-]{7,22}", v))
    for r in [None] + PHONE_REGIONS:
        try:
            n = phonenumbers.parse(v, r)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


FAMOUS_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4012888888881881",
                "5105105105105100", "371449635398431", "6011111111111117", "4000056655665556", "3530111333300000"}


def card_ok(v):
    s = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{13,19}", s) or not luhn(s) or s in FAMOUS_CARDS:
        return False
    return bool(re.match(r"4|5[1-5]|2[2-7]|3[47]|6011|64[4-9]|65|35[2-8]|30[0-5]|36|38", s))


def jsonb64_ok(s):
    try:
        return isinstance(json.loads(b64any(s)), dict)
    except Exception:
        return False


VALIDATORS = {
    # secrets
    "github-pat": lambda v: v.startswith("ghp_") and len(v) == 40 and github_crc_ok(v),
    "github-oauth-token": lambda v: v.startswith("gho_") and len(v) == 40 and github_crc_ok(v),
    "github-app-token": lambda v: v[:4] in ("ghu_", "ghs_") and len(v) == 40 and github_crc_ok(v),
    "github-refresh-token": lambda v: v.startswith("ghr_") and len(v) == 40 and github_crc_ok(v),
    "github-fine-grained-pat": lambda v: bool(re.fullmatch(r"github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}", v)),
    "npm-token": lambda v: v.startswith("npm_") and len(v) == 40 and github_crc_ok(v),
    "gitlab-pat": gitlab_ok,
    "gitlab-deploy-token": lambda v: bool(re.fullmatch(r"gldt-[0-9A-Za-z_-]{20}", v)),
    "gitlab-runner-token": lambda v: bool(re.fullmatch(r"glrt-[0-9A-Za-z_-]{20}", v)),
    "gitlab-pipeline-trigger-token": lambda v: bool(re.fullmatch(r"glptt-[0-9a-f]{40}", v)),
    "atlassian-api-token": lambda v: v.startswith("ATATT3") and len(v) == 192 and int(v[-8:], 16) == binascii.crc32(v[:-8].encode()),
    "bitbucket-app-password": lambda v: v.startswith("ATBB") and len(v) == 36 and int(v[-8:], 16) == binascii.crc32(v[:28].encode()),
    "grafana-service-account-token": lambda v: bool(re.fullmatch(r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}", v))
    and struct.unpack("<I", bytes.fromhex(v[38:]))[0] == binascii.crc32(v[:37].encode()),
    "grafana-cloud-token": lambda v: v.startswith("glc_") and jsonb64_ok(v[4:]),
    "cloudflare-api-token": lambda v: (int(v[-8:], 16) == binascii.crc32(v[5:-8].encode()) if v[:5] in ("cfut_", "cfat_", "cfk_")
                                       else bool(re.fullmatch(r"[A-Za-z0-9_-]{40}", v))),
    "aws-access-key-id": lambda v: bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v)) and not v.endswith("EXAMPLE"),
    "aws-secret-access-key": lambda v: bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v)) and "EXAMPLE" not in v,
    "aws-session-token": lambda v: len(v) >= 100 and bool(re.fullmatch(r"[A-Za-z0-9/+=]+", v)),
    "gcp-api-key": lambda v: bool(re.fullmatch(r"AIza[0-9A-Za-z_-]{35}", v)),
    "gcp-service-account-key": lambda v: private_key_ok("pem-private-key", v),
    "google-oauth-client-secret": lambda v: bool(re.fullmatch(r"GOCSPX-[0-9A-Za-z_-]{28}", v)),
    "azure-storage-account-key": lambda v: len(v) == 88 and len(base64.b64decode(v)) == 64,
    "azure-sas-token": lambda v: len(base64.b64decode(v.replace("%2B", "+").replace("%2F", "/").replace("%3D", "="))) == 32,
    "azure-entra-client-secret": lambda v: bool(re.fullmatch(r"[A-Za-z0-9]{3}[78]Q~[A-Za-z0-9_.~-]{31,34}", v)),
    "digitalocean-token": lambda v: bool(re.fullmatch(r"do[por]_v1_[0-9a-f]{64}", v)),
    "pypi-token": lambda v: v.startswith("pypi-AgEIcHlwaS5vcmc") and b64any(v[5:]).startswith(b"\x02\x01\x08pypi.org"),
    "dockerhub-pat": lambda v: bool(re.fullmatch(r"dckr_pat_[A-Za-z0-9_-]{27}", v)),
    "terraform-cloud-token": lambda v: bool(re.fullmatch(r"[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}", v)),
    "vault-token": lambda v: bool(re.fullmatch(r"hvs\.[A-Za-z0-9_-]{90,120}|hvb\.[A-Za-z0-9_-]{138,300}", v)),
    "doppler-token": lambda v: bool(re.fullmatch(r"dp\.(pt|st|sa|ct)\.[A-Za-z0-9]{40,44}", v)),
    "1password-service-account-token": lambda v: v.startswith("ops_eyJ") and "secretKey" in json.loads(b64any(v[4:])),
    "1password-secret-key": lambda v: bool(re.fullmatch(r"A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}", v)),
    "slack-bot-token": lambda v: bool(re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", v)),
    "slack-user-token": lambda v: bool(re.fullmatch(r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}", v)),
    "slack-app-token": lambda v: bool(re.fullmatch(r"xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}", v)),
    "slack-webhook": lambda v: bool(re.fullmatch(r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24}", v)),
    "discord-bot-token": lambda v: bool(re.fullmatch(r"[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}", v))
    and b64any(v.split(".")[0]).isdigit(),
    "discord-webhook": lambda v: bool(re.fullmatch(r"https://discord\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_-]{68}", v)),
    "telegram-bot-token": lambda v: bool(re.fullmatch(r"\d{8,10}:AA[A-Za-z0-9_-]{33}", v)),
    "teams-webhook": lambda v: bool(re.fullmatch(r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(/V2[A-Za-z0-9_-]+)?", v)),
    "twilio-api-key": lambda v: bool(re.fullmatch(r"SK[0-9a-f]{32}", v)),
    "twilio-auth-token": lambda v: bool(re.fullmatch(r"[0-9a-f]{32}", v)),
    "sendgrid-api-key": lambda v: bool(re.fullmatch(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", v)),
    "mailgun-api-key": lambda v: bool(re.fullmatch(r"key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}", v)),
    "mailchimp-api-key": lambda v: bool(re.fullmatch(r"[0-9a-f]{32}-us\d{1,2}", v)),
    "stripe-secret-key": lambda v: bool(re.fullmatch(r"sk_live_[A-Za-z0-9]{24,99}", v)),
    "stripe-restricted-key": lambda v: bool(re.fullmatch(r"rk_live_[A-Za-z0-9]{24,99}", v)),
    "stripe-webhook-secret": lambda v: bool(re.fullmatch(r"whsec_[A-Za-z0-9]{32}", v)),
    "square-access-token": lambda v: bool(re.fullmatch(r"EAAA[A-Za-z0-9_-]{60}", v)),
    "square-oauth-secret": lambda v: bool(re.fullmatch(r"sq0csp-[A-Za-z0-9_-]{43}", v)),
    "shopify-access-token": lambda v: bool(re.fullmatch(r"shp(at|ca|pa)_[0-9a-f]{32}", v)),
    "shopify-shared-secret": lambda v: bool(re.fullmatch(r"shpss_[0-9a-f]{32}", v)),
    "openai-api-key": lambda v: bool(re.fullmatch(r"sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})", v)),
    "anthropic-api-key": lambda v: bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", v)),
    "anthropic-admin-key": lambda v: bool(re.fullmatch(r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", v)),
    "deepseek-api-key": lambda v: bool(re.fullmatch(r"sk-[0-9a-f]{32}", v)),
    "huggingface-token": lambda v: bool(re.fullmatch(r"hf_[A-Za-z]{34}", v)),
    "groq-api-key": lambda v: bool(re.fullmatch(r"gsk_[A-Za-z0-9]{52}", v)) and "WGdyb3FY" in v,
    "xai-api-key": lambda v: bool(re.fullmatch(r"xai-[A-Za-z0-9]{80}", v)),
    "openrouter-api-key": lambda v: bool(re.fullmatch(r"sk-or-v1-[0-9a-f]{64}", v)),
    "perplexity-api-key": lambda v: bool(re.fullmatch(r"pplx-[A-Za-z0-9]{48}", v)),
    "replicate-api-token": lambda v: bool(re.fullmatch(r"r8_[A-Za-z0-9]{37}", v)),
    "langsmith-api-key": lambda v: bool(re.fullmatch(r"lsv2_(pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}", v)),
    "pinecone-api-key": lambda v: bool(re.fullmatch(r"pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{60,70}", v)),
    "datadog-api-key": lambda v: bool(re.fullmatch(r"[0-9a-f]{32}", v)),
    "datadog-app-key": lambda v: bool(re.fullmatch(r"[0-9a-f]{40}", v)),
    "new-relic-key": lambda v: bool(re.fullmatch(r"NRAK-[A-Z0-9]{27}|[0-9a-f]{36}NRAL", v)),
    "sentry-token": lambda v: bool(re.fullmatch(r"sntryu_[0-9a-f]{64}", v)) or (v.startswith("sntrys_eyJ") and jsonb64_ok(v[7:].rsplit("_", 1)[0])),
    "okta-api-token": lambda v: bool(re.fullmatch(r"00[A-Za-z0-9_-]{40}", v)),
    "databricks-token": lambda v: bool(re.fullmatch(r"dapi[0-9a-f]{32}(-\d)?", v)),
    "linear-api-key": lambda v: bool(re.fullmatch(r"lin_api_[A-Za-z0-9]{40}", v)),
    "notion-token": lambda v: bool(re.fullmatch(r"ntn_\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}", v)),
    "airtable-pat": lambda v: bool(re.fullmatch(r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", v)),
    "figma-pat": lambda v: bool(re.fullmatch(r"figd_[A-Za-z0-9_-]{40}", v)),
    "postman-api-key": lambda v: bool(re.fullmatch(r"PMAK-[0-9a-f]{24}-[0-9a-f]{34}", v)),
    "heroku-api-key": lambda v: bool(re.fullmatch(r"HRKU-AA[A-Za-z0-9_-]{58}", v)),
    "netlify-token": lambda v: bool(re.fullmatch(r"nfp_[A-Za-z0-9]{36}", v)),
    "vercel-token": lambda v: bool(re.fullmatch(r"vc[piark]_[A-Za-z0-9]{20,60}", v)),
    "pem-private-key": lambda v: private_key_ok("pem-private-key", v),
    "openssh-private-key": lambda v: private_key_ok("openssh-private-key", v),
    "putty-private-key": lambda v: private_key_ok("putty-private-key", v),
    "pgp-private-key": lambda v: private_key_ok("pgp-private-key", v),
    "jwt": jwt_ok,
    "database-uri-password": lambda v: 6 <= len(v) and not re.search(r"[@/:\s]", v),
    "url-password": lambda v: 6 <= len(v) and not re.search(r"[@/:\s]", v),
    "password": lambda v: 6 <= len(v) <= 64 and not re.search(r"\s", v) and v.lower() not in ("password", "changeme", "********"),
    "http-basic-auth": lambda v: ":" in base64.b64decode(v).decode(),
    "crypto-seed-phrase": bip39_ok,
    "crypto-wif-key": wif_ok,
    # PII
    "email": email_ok,
    "phone": phone_ok,
    "payment-card": card_ok,
    "iban": lambda v: iban_ok(v) and v.replace(" ", "") not in ("DE89370400440532013000", "GB82WEST12345698765432"),
    "us-ssn": ssn_ok,
    "us-itin": itin_ok,
    "uk-nino": nino_ok,
    "uk-nhs-number": nhs_ok,
    "ca-sin": sin_ok,
    "in-aadhaar": aadhaar_ok,
    "in-pan": lambda v: bool(re.fullmatch(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]", v)),
    "br-cpf": cpf_ok,
    "br-cnpj": cnpj_ok,
    "es-dni": dni_ok,
    "es-nie": nie_ok,
    "fr-nir": nir_ok,
    "de-tax-id": steuer_id_ok,
    "it-codice-fiscale": cf_ok,
    "nl-bsn": bsn_ok,
    "pl-pesel": pesel_ok,
    "se-personnummer": personnummer_ok,
    "au-tfn": tfn_ok,
    "au-medicare": medicare_ok,
    "sg-nric": nric_ok,
    "cn-resident-id": cn_id_ok,
    "jp-my-number": my_number_ok,
    "mx-curp": curp_ok,
    "za-id-number": za_ok,
    "passport-number": lambda v: bool(re.fullmatch(r"[A-Z0-9]{7,9}", v)) and any(c.isdigit() for c in v),
}
PII_KINDS = {"email", "phone", "payment-card", "iban", "us-ssn", "us-itin", "uk-nino", "uk-nhs-number", "ca-sin", "in-aadhaar",
             "in-pan", "br-cpf", "br-cnpj", "es-dni", "es-nie", "fr-nir", "de-tax-id", "it-codice-fiscale", "nl-bsn", "pl-pesel",
             "se-personnummer", "au-tfn", "au-medicare", "sg-nric", "cn-resident-id", "jp-my-number", "mx-curp", "za-id-number",
             "passport-number"}


def self_test():
    assert github_crc_ok("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")
    assert github_crc_ok("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")
    assert not github_crc_ok("ghp_000000000000000000000000000000000000")
    assert luhn("4111111111111111") and not luhn("4111111111111112")
    assert iban_ok("DE89 3704 0044 0532 0130 00") and iban_ok("GB82WEST12345698765432") and not iban_ok("DE89370400440532013001")
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")
    assert hashlib.sha256(open(os.path.join(HERE, "data", "bip39-english.txt"), "rb").read()).hexdigest() == BIP39_SHA256
    assert bip39_ok("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
    assert not bip39_ok("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")
    assert wif_ok("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ")  # Bitcoin wiki WIF example
    assert not wif_ok("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK")
    assert steuer_id_ok("86095742719")  # the sample id from the German tax office docs
    assert cpf_ok("529.982.247-25") and not cpf_ok("529.982.247-26")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert bsn_ok("111222333") and not bsn_ok("111222334")
    assert nir_ok("2 55 08 14 168 025 38")


# ------------------------------------------------------------------ lints

CARD_RUN = re.compile(r"(?<![\w-])(?:\d[ -]?){12,18}\d(?![\w-])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
GH_RUN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")
ALLOWED_NEG = FAMOUS_CARDS | {"DE89370400440532013000", "GB82WEST12345698765432"}


def covered(span_text, labels):
    return any(span_text in lb["value"] or lb["value"] in span_text for lb in labels)


def lint(rid, text, labels):
    for m in CARD_RUN.finditer(text):
        s = re.sub(r"[ -]", "", m.group(0))
        if card_ok(m.group(0)) and s not in ALLOWED_NEG and not covered(m.group(0), labels):
            err(rid, "unlabelled Luhn-valid card-like number %r" % m.group(0))
    for m in IBAN_RUN.finditer(text):
        s = m.group(0).replace(" ", "")
        if iban_ok(s) and s not in ALLOWED_NEG and not covered(m.group(0), labels):
            err(rid, "unlabelled valid IBAN %r" % m.group(0))
    for m in GH_RUN.finditer(text):
        if github_crc_ok(m.group(0)) and not covered(m.group(0), labels):
            err(rid, "unlabelled CRC-valid GitHub/npm token %r" % m.group(0))
    for m in EMAIL_RE.finditer(text):
        e = m.group(0)
        if RESERVED_EMAIL.search(e) or text[m.end():m.end() + 1] == ":" and e.startswith("git@"):
            continue
        token_start = max(text.rfind(c, 0, m.start()) for c in " \n\t\"'=") + 1
        if "://" in text[token_start:m.start()]:
            continue  # password@host inside scheme://user:password@host

        if not covered(e, labels):
            err(rid, "unlabelled email %r" % e)
    if phonenumbers is not None:
        for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
            raw = m.raw_string
            nn = str(m.number.national_number)
            fictional = m.number.country_code == 1 and nn[3:6] == "555" and nn[6:8] == "01"
            if raw.startswith("+") and not fictional and not covered(raw, labels):
                err(rid, "unlabelled valid international phone number %r" % raw)


# ------------------------------------------------------------------ main

def main():
    self_test()
    ids, texts = set(), {}
    per_file = collections.OrderedDict()
    kind_counts = collections.Counter()
    cat_counts = collections.Counter()
    prompt_cats = collections.Counter()
    lengths = []
    for fn in FILES:
        path = os.path.join(HERE, fn)
        n = 0
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = "%s:%d" % (fn, lineno)
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    err(where, "bad JSON: %s" % e)
                    continue
                n += 1
                if set(rec) - {"id", "text", "labels", "note"} or not {"id", "text", "labels"} <= set(rec):
                    err(where, "unexpected/missing fields %s" % sorted(rec))
                    continue
                rid = rec["id"]
                if not isinstance(rid, str) or not re.fullmatch(r"[a-z]\d{4}", rid):
                    err(where, "bad id %r" % rid)
                if rid in ids:
                    err(where, "duplicate id %s" % rid)
                ids.add(rid)
                text = rec["text"]
                if not isinstance(text, str) or not text.strip():
                    err(rid, "empty text")
                    continue
                if text in texts:
                    err(rid, "same text as %s" % texts[text])
                texts[text] = rid
                lengths.append(len(text))
                if "note" in rec and not isinstance(rec["note"], str):
                    err(rid, "note must be a string")
                labels = rec["labels"]
                if fn == "negatives.jsonl" and labels:
                    err(rid, "negatives must have no labels")
                cats = set()
                for lb in labels:
                    if set(lb) != {"value", "category", "kind"}:
                        err(rid, "bad label fields %s" % sorted(lb))
                        continue
                    v, cat, kind = lb["value"], lb["category"], lb["kind"]
                    if cat not in ("secret", "pii"):
                        err(rid, "bad category %r" % cat)
                    if (kind in PII_KINDS) != (cat == "pii"):
                        err(rid, "kind %s has category %s" % (kind, cat))
                    if not v or v not in text:
                        err(rid, "label value not in text: %r" % v[:60])
                    fnc = VALIDATORS.get(kind)
                    if fnc is None:
                        err(rid, "no validator for kind %s" % kind)
                    else:
                        try:
                            ok = fnc(v)
                        except Exception as e:  # malformed value
                            ok = False
                            err(rid, "validator crashed for %s: %s" % (kind, e))
                        if not ok:
                            err(rid, "%s value fails its format/checksum check: %r" % (kind, v[:80]))
                    kind_counts[(cat, kind)] += 1
                    cat_counts[cat] += 1
                    cats.add(cat)
                prompt_cats["+".join(sorted(cats)) or "none"] += 1
                lint(rid, text, labels)
        per_file[fn] = n
    total = sum(per_file.values())
    print("prompts: %d (%s)" % (total, ", ".join("%s %d" % kv for kv in per_file.items())))
    print("prompts by labelled categories: %s" % dict(prompt_cats))
    print("labels: %d (secret %d, pii %d), kinds: %d" % (sum(cat_counts.values()), cat_counts["secret"], cat_counts["pii"], len(kind_counts)))
    lengths.sort()
    print("text length: min %d, median %d, max %d chars" % (lengths[0], lengths[len(lengths) // 2], lengths[-1]))
    if phonenumbers is None:
        print("note: phonenumbers not installed; phone labels checked by shape only and the phone lint is skipped")
    if "--table" in sys.argv:
        print("\n| category | kind | labels |\n|---|---|---|")
        for (cat, kind), c in sorted(kind_counts.items()):
            print("| %s | %s | %d |" % (cat, kind, c))
    else:
        for (cat, kind), c in sorted(kind_counts.items()):
            print("  %-6s %-34s %d" % (cat, kind, c))
    if ERRORS:
        print("\n%d problem(s):" % len(ERRORS))
        for e in ERRORS[:200]:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
