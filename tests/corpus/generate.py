#!/usr/bin/env python3
"""Generate the PromptWarden labelled evaluation corpus.

Deterministic: one seeded random.Random drives every choice, and the only
inputs besides this file are the throwaway keys in keys/ (made once by
make_keys.sh) and the BIP-39 English word list in data/.

Every value labelled here is synthetic but follows the real format, and
values with a checksum carry a correct one (see README.md). The labels are
written from format facts, independently of the detector's rules.

Usage:  python3 tests/corpus/generate.py      (rewrites the *.jsonl files)
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261125
R = random.Random(SEED)

DIG = string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
UP = string.ascii_uppercase
LO = string.ascii_lowercase
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO  # GitHub/npm base62 alphabet order
B64URL = UP + LO + DIG + "-_"
B64 = UP + LO + DIG + "+/"
# Devise friendly_token alphabet (base64url without l, I, O, 0) used by GitLab legacy tokens
FRIENDLY = "".join(c for c in B64URL if c not in "lIO0")

BAD_SUBSTRINGS = ["example", "test", "sample", "xxxx", "0000", "aaaa", "abcd", "dummy", "fake",
                  "demo", "1234", "pass", "token", "secret", "key"]


def rs(alphabet, n, need_digit=None):
    """Random string that does not look like a placeholder."""
    if need_digit is None:
        need_digit = any(c in DIG for c in alphabet) and n >= 8
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        low = s.lower()
        if any(b in low for b in BAD_SUBSTRINGS):
            continue
        if need_digit and not any(c in DIG for c in s):
            continue
        if n >= 8 and len(set(s)) < min(n, len(alphabet)) * 0.4:
            continue
        if n >= 8 and any(c in LO for c in alphabet) and any(c in UP for c in alphabet):
            if not (any(c in LO for c in s) and any(c in UP for c in s)):
                continue
        return s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64s(b):
    return base64.b64encode(b).decode()


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- checksums

def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def base36(n):
    a = DIG + LO
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = a[r] + out
    return out or "0"


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix_digits):
    for d in DIG:
        if luhn_ok(prefix_digits + d):
            return prefix_digits + d
    raise AssertionError


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def b58encode(b):
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


# ------------------------------------------------------------ secret values

def gh_classic(prefix):
    body = rs(B62, 30)
    return prefix + body + base62_fixed(zlib.crc32(body.encode()), 6)


# self-test against public sample tokens (CredSweeper's and detect-secrets' test data)
def _gh_ok(tok):
    body, chk = tok[4:-6], tok[-6:]
    return base62_fixed(zlib.crc32(body.encode()), 6) == chk


assert _gh_ok("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")
assert _gh_ok("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")
assert _gh_ok("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")


def github_fine():
    return "github_pat_" + rs(B62, 22) + "_" + rs(B62, 59)


def npm_token():
    body = rs(B62, 30)
    return "npm_" + body + base62_fixed(zlib.crc32(body.encode()), 6)


def gitlab_legacy(prefix="glpat-", n=20):
    return prefix + rs(FRIENDLY, n)


def gitlab_routable(prefix="glpat-"):
    # lib/authn/token_field/generator/routable_token.rb (gitlabhq):
    # prefix + b64url(random16 + payload + len) + ".01." + base36(len(b64), 2) + base36(crc32, 7)
    payload = "o:%s\nu:%s" % (base36(R.randint(1, 40000)), base36(R.randint(10 ** 6, 10 ** 8)))
    raw = rbytes(16) + payload.encode() + bytes([len(payload)])
    enc = b64u(raw)
    s = "%s%s.01.%s" % (prefix, enc, base36(len(enc)).rjust(2, "0"))
    return s + base36(zlib.crc32(s.encode())).rjust(7, "0")


def atlassian_token():
    s = "ATATT3xFfGF0" + rs(B64URL, 171) + "="
    return s + "%08X" % zlib.crc32(s.encode())


def bitbucket_app_password():
    s = "ATBB" + rs(ALNUM, 24)
    return s + "%08X" % zlib.crc32(s.encode())


def grafana_sa():
    s = "glsa_" + rs(ALNUM, 32)
    return s + "_" + struct.pack("<I", zlib.crc32(s.encode())).hex()


def grafana_cloud():
    org = str(R.randint(100000, 999999))
    j = {"o": org, "n": "%s-%s-%s" % (pick(["stack", "ci", "alloy", "metrics"]), R.randint(100000, 999999),
                                       pick(["publisher", "token", "writer"])),
         "k": rs(ALNUM, 24), "m": {"r": pick(["prod-eu-west-0", "prod-us-east-0", "prod-ap-southeast-1"])}}
    return "glc_" + b64s(json.dumps(j, separators=(",", ":")).encode())


def cloudflare_prefixed(prefix="cfut_"):
    body = rs(ALNUM, 40)
    return prefix + body + "%08x" % zlib.crc32(body.encode())


def aws_key_id(prefix="AKIA"):
    return prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret():
    return rs(B64, 40)


def aws_session_token():
    return "IQoJb3JpZ2luX2VjE" + rs(B64, 300)


def gcp_api_key():
    return "AIzaSy" + rs(B64URL, 33)


def gocspx():
    return "GOCSPX-" + rs(B64URL, 28)


def azure_storage_key():
    return b64s(rbytes(64))


def azure_sas_sig():
    return b64s(rbytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def entra_secret():
    return rs(ALNUM, 3) + pick("78") + "Q~" + rs(ALNUM + "_.-~", 34)


def digitalocean(prefix="dop_v1_"):
    return prefix + rs(HEXL, 64)


def dockerhub():
    return "dckr_pat_" + rs(B64URL, 27)


def terraform_cloud():
    return rs(LO + DIG, 14) + ".atlasv1." + rs(ALNUM, 67)


def vault_token():
    return "hvs.CAESI" + rs(B64URL, 86)


def vault_batch():
    return "hvb.AAAAAQ" + rs(B64URL, 150)


def doppler(kind="pt"):
    return "dp.%s.%s" % (kind, rs(ALNUM, 43))


def onepassword_secret_key():
    c = UP + DIG
    return "A3-%s-%s-%s-%s-%s-%s" % (rs(c, 6), rs(c, 6), rs(c, 5), rs(c, 5), rs(c, 5), rs(c, 5))


def onepassword_sa():
    j = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                                                         "iterations": 650000, "salt": b64u(rbytes(16))},
         "email": "%s@1passwordserviceaccounts.eu" % rs(LO + DIG, 26, need_digit=False),
         "srpX": rbytes(32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)),
                                           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": onepassword_secret_key(), "throttleSecret": {"seed": rbytes(32).hex(), "uuid": rs(UP + DIG, 26)},
         "deviceUuid": rs(LO + DIG, 26)}
    return "ops_" + b64u(json.dumps(j, separators=(",", ":")).encode())


def slack_bot():
    return "xoxb-%s-%s-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 11, 10 ** 13), rs(ALNUM, 24))


def slack_user():
    return "xoxp-%s-%s-%s-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12),
                                 R.randint(10 ** 11, 10 ** 13), rs(HEXL, 32))


def slack_app():
    return "xapp-1-A%s-%s-%s" % (rs(UP + DIG, 10), R.randint(10 ** 12, 10 ** 13), rs(HEXL, 64))


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DIG, 8), rs(UP + DIG, 10), rs(ALNUM, 24))


def discord_bot():
    uid = str(R.randint(10 ** 17, 13 * 10 ** 17))
    return "%s.%s.%s" % (b64u(uid.encode()), rs(B64URL, 6), rs(B64URL, pick([27, 38])))


def discord_webhook():
    return "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 13 * 10 ** 17), rs(B64URL, 68))


def telegram_bot():
    return "%d:AA%s" % (R.randint(10 ** 8, 8 * 10 ** 9), rs(B64URL, 33))


def teams_webhook():
    tenant = pick(["contoso", "nordwindgruppe", "brightlane", "ferreira-ltda", "koivu"])
    g1, g2, g3 = uuid4(), uuid4(), uuid4()
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s"
            % (tenant, g1, g2, rs(HEXL, 32), g3, rs(B64URL, 43)))


def twilio_sid(prefix):
    return prefix + rs(HEXL, 32)


def sendgrid():
    return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)


def mailgun():
    return pick(["key-" + rs(HEXL, 32), rs(HEXL, 32) + "-" + rs(HEXL, 8) + "-" + rs(HEXL, 8)])


def mailchimp():
    return rs(HEXL, 32) + "-us" + str(R.randint(1, 21))


def stripe(prefix="sk_live_"):
    n = pick([24, 99])
    if n == 99:
        return prefix + "51" + rs(ALNUM, 97)
    return prefix + rs(ALNUM, 24)


def stripe_whsec():
    return "whsec_" + rs(ALNUM, 32)


def square_token():
    return "EAAA" + rs(B64URL, 60)


def square_secret():
    return "sq0csp-" + rs(B64URL, 43)


def shopify(prefix="shpat_"):
    return prefix + rs(HEXL, 32)


def openai_key():
    p = pick(["sk-proj-", "sk-proj-", "sk-svcacct-", "sk-admin-"])
    return p + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)


def openai_legacy():
    return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)


def anthropic(kind="api03"):
    return "sk-ant-%s-%sAA" % (kind, rs(B64URL, 93))


def deepseek():
    return "sk-" + rs(HEXL, 32)


def huggingface():
    return "hf_" + rs(UP + LO, 34)


def groq():
    return "gsk_" + rs(ALNUM, 20) + "WGdyb3FY" + rs(ALNUM, 24)


def xai():
    return "xai-" + rs(ALNUM, 80)


def openrouter():
    return "sk-or-v1-" + rs(HEXL, 64)


def perplexity():
    return "pplx-" + rs(ALNUM, 48)


def replicate():
    return "r8_" + rs(ALNUM, 37)


def langsmith():
    return "lsv2_%s_%s_%s" % (pick(["pt", "sk"]), rs(HEXL, 32), rs(HEXL, 10))


def pinecone():
    return "pcsk_%s_%s" % (rs(ALNUM, pick([5, 6])), rs(ALNUM, 63))


def newrelic():
    return pick(["NRAK-" + rs(UP + DIG, 27), rs(HEXL, 36) + "NRAL"])


def sentry():
    if R.random() < 0.5:
        return "sntryu_" + rs(HEXL, 64)
    org = pick(["acme-robotics", "lumen-health", "kestrel", "tidepool-labs"])
    j = {"iat": round(R.uniform(1.70e9, 1.78e9), 6), "url": "https://sentry.io",
         "region_url": pick(["https://us.sentry.io", "https://de.sentry.io"]), "org": org}
    return "sntrys_" + b64s(json.dumps(j, separators=(",", ":")).encode()) + "_" + rs(B64, 43)


def okta():
    return "00" + rs(B64URL, 40)


def databricks():
    return "dapi" + rs(HEXL, 32) + pick(["", "", "-2", "-3"])


def linear():
    return "lin_api_" + rs(ALNUM, 40)


def notion():
    if R.random() < 0.7:
        return "ntn_" + "".join(R.choice(DIG) for _ in range(11)) + rs(ALNUM, 35)
    return "secret_" + rs(ALNUM, 43)


def airtable():
    return "pat" + rs(ALNUM, 14) + "." + rs(HEXL, 64)


def figma():
    return "figd_" + rs(B64URL, 40)


def postman():
    return "PMAK-" + rs(HEXL, 24) + "-" + rs(HEXL, 34)


def cloudflare_token():
    return rs(B64URL, 40)


def heroku():
    return "HRKU-AA" + rs(B64URL, 58)


def netlify():
    return "nfp_" + rs(ALNUM, 36)


def vercel():
    return "vcp_" + rs(ALNUM, 56)


def datadog_api():
    return rs(HEXL, 32)


def datadog_app():
    return rs(HEXL, 40)


def jwt(alg="HS256", claims=None):
    header = {"alg": alg, "typ": "JWT"}
    if alg == "RS256":
        header["kid"] = rs(ALNUM, 16)
    now = R.randint(1_700_000_000, 1_790_000_000)
    c = claims or {"sub": str(R.randint(10 ** 5, 10 ** 7)), "name": pick(FIRST_ALL) + " " + pick(LAST_ALL),
                   "role": pick(["admin", "editor", "service", "user"]), "iat": now, "exp": now + pick([900, 3600, 86400])}
    sig = rbytes(32 if alg == "HS256" else 128)
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(c, separators=(",", ":"), ensure_ascii=False).encode()), b64u(sig))


def pypi_token():
    ident = "%s-%s-%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 12))
    cav = json.dumps({"version": 1, "permissions": pick(["user", {"projects": ["acme-utils"]}])}).encode()
    raw = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident.encode() + b"\x00\x02"
           + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + rbytes(32))
    return "pypi-" + b64u(raw)


BIP39 = open(os.path.join(HERE, "data", "bip39-english.txt")).read().split()
assert len(BIP39) == 2048


def bip39(nwords=12):
    ent = rbytes(nwords * 4 // 3)
    h = hashlib.sha256(ent).digest()
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(len(ent) * 8) + bin(h[0])[2:].zfill(8)[: len(ent) * 8 // 32]
    return " ".join(BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def wif(compressed=True):
    payload = b"\x80" + rbytes(32) + (b"\x01" if compressed else b"")
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def uuid4():
    h = rs(HEXL, 32, need_digit=False)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


PASSWORDS_BASE = ["Tr0ub4dor&3", "Sommer2024!Hafen", "bluE-Falcon#88", "K9v!mQ2#rT7z", "Mar1posa_Azul77",
                  "Gl4sgow-Rain!19", "Zx7$wLq2!pNe", "Ch@teauMargaux05", "Vinter#Sol2023", "Oranje!Boven1988",
                  "p1ckle-Rick_42", "Kr@kow2019!zima", "Saudade#Lisboa9", "Tokyo_Tower333!", "NeverMore&77Raven",
                  "qW3#rT5^yU7&", "LetMeIn_Pls_2025", "Hunter2!Reloaded", "C0ffee&Croissant", "Elbphilharmonie#1",
                  "Rosso_Ferrari_458", "bambusWald!73", "F1sk3st4ng!", "M0nsoon#Delhi24", "Ipanema_Sol#22",
                  "Kangaroo!Jump99", "Sakura-2024-Haru", "ZuR1ch!Berg", "Gr33nT3a#Pot", "Polar*Bear_31",
                  "summer-Breeze_2024", "N0rth5tar!!", "Wint3rIsC0ming#", "9Lives!Cat_Tom", "Oslo#Fjord_88",
                  "Tulpen!Amsterdam7", "Xq9!vT3#mZ8p", "Drag0nfly*Lake", "s3cure-Ish!Ok", "Rh1n0#Horn42"]


def password():
    p = pick(PASSWORDS_BASE)
    if R.random() < 0.5:
        return p
    # mutate to keep values unique but human-looking
    return p + pick(["", "!", "#", "$", "7", "9", "_x"]) + str(R.randint(1, 99))


def strong_password(n=20):
    return rs(ALNUM + "!#$%^*-_=+", n)


# -------------------------------------------------------------- PII values
FIRST = {
    "en": ["James", "Olivia", "Ethan", "Chloe", "Marcus", "Hannah", "Tyler", "Grace", "Noah", "Ava", "Liam", "Ruby"],
    "de": ["Lukas", "Anna", "Jonas", "Lena", "Felix", "Marie", "Tobias", "Katrin", "Matthias", "Sophie"],
    "fr": ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Théo", "Léa", "Julien", "Inès", "Mathis"],
    "es": ["Lucía", "Mateo", "Carmen", "Javier", "Sofía", "Alejandro", "Elena", "Diego", "Paula"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Alessia", "Davide"],
    "nl": ["Daan", "Sanne", "Bram", "Femke", "Jeroen", "Lotte", "Sven", "Anouk"],
    "pt": ["João", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Gabriel", "Larissa"],
    "pl": ["Jakub", "Zofia", "Kacper", "Maja", "Piotr", "Agnieszka", "Tomasz", "Katarzyna"],
    "sv": ["Erik", "Astrid", "Oskar", "Elin", "Gustav", "Saga", "Anders", "Linnea"],
    "ja": ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Daiki", "Sakura"],
    "zh": ["Wei", "Li Na", "Hao", "Xiu Ying", "Jun", "Mei", "Chen", "Yan"],
    "hi": ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya"],
}
LAST = {
    "en": ["Whitfield", "Carter", "Donovan", "Ellison", "Hargreaves", "Prescott", "Langley", "Barrow", "Kimball"],
    "de": ["Schneider", "Hoffmann", "Wagner", "Becker", "Krüger", "Neumann", "Zimmermann", "Hartmann"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Mercier", "Lambert"],
    "es": ["García", "Fernández", "Ruiz", "Navarro", "Moreno", "Ortega", "Castillo", "Romero"],
    "it": ["Rossi", "Bianchi", "Esposito", "Ricci", "Marino", "Greco", "Conti", "Ferrara"],
    "nl": ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer"],
    "pt": ["Silva", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira", "Rodrigues"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński"],
    "sv": ["Lindqvist", "Andersson", "Johansson", "Bergström", "Nyberg", "Sandberg", "Holm"],
    "ja": ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"],
    "zh": ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou"],
    "hi": ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Mehta", "Kulkarni"],
}
FIRST_ALL = sum(FIRST.values(), [])
LAST_ALL = sum(LAST.values(), [])


def person(loc=None):
    loc = loc or pick(list(FIRST))
    return pick(FIRST[loc]), pick(LAST[loc])


def ascii_fold(s):
    import unicodedata
    s = s.lower().replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace(" ", "")


FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk"],
            "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
            "es": ["hotmail.es", "telefonica.net", "yahoo.es"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
            "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"], "pt": ["uol.com.br", "bol.com.br", "sapo.pt"],
            "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"],
            "ja": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"], "zh": ["qq.com", "163.com", "126.com"],
            "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"]}
CORPDOM = ["nordwind-logistik.de", "brightlane.io", "fernandez-asesores.es", "studio-lumiere.fr", "kowalczyk-budowa.pl",
           "svensson-bygg.se", "tanaka-shoji.co.jp", "sharma-textiles.in", "mercadoverde.com.br", "harbourpoint.co.uk",
           "veldhuis-advies.nl", "trattoria-bellavista.it", "pinecrest-dental.com", "quillon.ai", "orbitalfreight.com",
           "maplegrove-clinic.ca", "kookaburra-tours.com.au", "lindqvist-ab.se", "acorn-payroll.com", "helix-bio.eu"]


def email(first=None, last=None, loc=None, corporate=None):
    loc = loc or pick(list(FREEMAIL))
    if first is None:
        first, last = person(loc)
    f, l = ascii_fold(first), ascii_fold(last)
    style = R.randint(0, 5)
    local = [f + "." + l, f[0] + l, f + l[0] + str(R.randint(1, 99)), l + "." + f, f + "_" + l + str(R.randint(70, 99)),
             f + "." + l + str(R.randint(1, 9))][style]
    if corporate is None:
        corporate = R.random() < 0.4
    dom = pick(CORPDOM) if corporate else pick(FREEMAIL[loc])
    return local + "@" + dom


def role_email():
    return pick(["billing", "support", "hr", "payroll", "ops", "info", "accounts", "careers"]) + "@" + pick(CORPDOM)


def nd(n, first_nonzero=False):
    s = "".join(R.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


UK_MOBILE_PREFIXES = [7400, 7407, 7414, 7421, 7428, 7435, 7442, 7449, 7456, 7463, 7470, 7477, 7484, 7491, 7498,
                      7505, 7512, 7519, 7526, 7533, 7540, 7547, 7554, 7561, 7568, 7575, 7582, 7589, 7596, 7704,
                      7711, 7718, 7725, 7732, 7739, 7746, 7753, 7760, 7767, 7774, 7788, 7795, 7802, 7809,
                      7816, 7823, 7830, 7837, 7844, 7851, 7858, 7865, 7872, 7879, 7886, 7893, 7900]


# phones: (region, international, national) built from ranges that are real subscriber ranges
def phone(region):
    if region in ("US", "CA"):
        npa = pick(["212", "312", "415", "617", "646", "720", "206", "512", "404", "305", "503", "773", "480"]
                   if region == "US" else ["416", "604", "514", "403", "613", "647", "778", "902"])
        while True:
            ex = str(R.randint(2, 9)) + nd(2)
            if ex[1:] != "11" and ex != "555" and ex != "958" and ex != "959" and ex != "950" and ex != "976":
                break
        line = nd(4)
        intl = pick(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (npa, ex, line)
        nat = pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (npa, ex, line)
    elif region == "UK":
        if R.random() < 0.7:
            while True:
                m = str(pick(UK_MOBILE_PREFIXES))
                rest = nd(6)
                if not (m == "7700" and rest.startswith("900")):
                    break
            intl = pick(["+44 %s %s", "+44 (0)%s %s", "+44%s%s"]) % (m, rest)
            nat = pick(["0%s %s", "0%s%s", "0%s-%s"]) % (m, rest)
        else:
            while True:
                a, b = pick(["3", "7", "8"]) + nd(3), nd(4)
                if not a.startswith("7946"):
                    break
            intl = "+44 20 %s %s" % (a, b)
            nat = "020 %s %s" % (a, b)
    elif region == "DE":
        if R.random() < 0.65:
            p = pick(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "179"])
            rest = nd(8 if p in ("151", "152", "157", "176", "179") else 7, True)
            intl = pick(["+49 %s %s", "+49 (0)%s %s", "+49%s%s"]) % (p, rest)
            nat = pick(["0%s %s", "0%s/%s", "0%s-%s"]) % (p, rest)
        else:
            ac, n = pick([("30", 8), ("89", 8), ("40", 8), ("221", 7), ("69", 8)])
            rest = nd(n, True)
            intl = "+49 %s %s" % (ac, rest)
            nat = pick(["0%s %s", "0%s/%s", "(0%s) %s"]) % (ac, rest)
    elif region == "FR":
        d = pick(["6", "7", "1", "4"])
        digs = [str(R.randint(1 if d in "67" else 2, 8)) + nd(1)] + [nd(2) for _ in range(3)]
        if d == "7":
            digs[0] = str(R.randint(5, 8)) + nd(1)
        if d == "6" and digs[0][0] == "3":
            digs[0] = "4" + digs[0][1]
        intl = pick(["+33 %s %s", "+33 (0)%s %s"]) % (d, " ".join(digs))
        sep = pick([" ", " ", ".", ""])
        nat = "0" + d + sep + sep.join(digs)
    elif region == "ES":
        first = pick(["6", "6", "7", "9"])
        if first == "7":
            first += str(R.randint(1, 4))
        elif first == "9":
            first += pick(["1", "3", "5", "6"])
        else:
            first += str(R.randint(0, 9))
        num = first + nd(9 - len(first))
        g = "%s %s %s" % (num[:3], num[3:6], num[6:])
        intl = pick(["+34 %s", "+34%s", "0034 %s"]) % (g if R.random() < 0.7 else num)
        nat = pick([g, num, "%s %s %s %s" % (num[:3], num[3:5], num[5:7], num[7:])])
    elif region == "IT":
        if R.random() < 0.7:
            num = "3" + pick(["20", "28", "33", "35", "38", "39", "40", "47", "48", "49", "66", "80", "89", "93"]) + nd(7)
            g = "%s %s %s" % (num[:3], num[3:6], num[6:])
        else:
            num = "06" + str(R.randint(4, 5)) + nd(7)
            g = "06 %s %s" % (num[2:6], num[6:])
        intl = pick(["+39 %s", "+39%s"]) % g
        nat = pick([g, num])
    elif region == "NL":
        if R.random() < 0.7:
            rest = str(R.randint(1, 5)) + nd(7)
            intl = pick(["+31 6 %s %s", "+31 6%s%s", "+316-%s%s"]) % (rest[:4], rest[4:])
            nat = pick(["06-%s%s", "06 %s %s", "06%s%s"]) % (rest[:4], rest[4:])
        else:
            rest = str(R.randint(2, 8)) + nd(6)
            intl = "+31 20 %s %s" % (rest[:3], rest[3:])
            nat = "020-%s %s" % (rest[:3], rest[3:])
    elif region == "IN":
        num = str(R.randint(7, 9)) + nd(9)
        intl = pick(["+91 %s %s", "+91-%s-%s", "+91%s%s"]) % (num[:5], num[5:])
        nat = pick(["0%s %s", "%s %s", "%s%s"]) % (num[:5], num[5:])
    elif region == "BR":
        ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        num = "9" + str(R.randint(6, 9)) + nd(7)
        intl = pick(["+55 %s %s-%s", "+55 (%s) %s-%s", "+55%s%s%s"]) % (ddd, num[:5], num[5:])
        nat = pick(["(%s) %s-%s", "%s %s-%s", "0%s %s %s"]) % (ddd, num[:5], num[5:])
    elif region == "AU":
        if R.random() < 0.7:
            num = "4" + pick(["0", "1", "2", "3"]) + nd(7)
            intl = pick(["+61 %s %s %s", "+61%s%s%s"]) % (num[:3], num[3:6], num[6:])
            nat = pick(["0%s %s %s", "0%s%s%s"]) % (num[:3], num[3:6], num[6:])
        else:
            a = pick(["2", "3", "7", "8"])
            rest = pick(["9", "8"]) + nd(7)
            intl = "+61 %s %s %s" % (a, rest[:4], rest[4:])
            nat = "(0%s) %s %s" % (a, rest[:4], rest[4:])
    elif region == "JP":
        if R.random() < 0.7:
            p = pick(["90", "80", "70"])
            a, b = str(R.randint(1, 9)) + nd(3), nd(4)
            intl = pick(["+81 %s-%s-%s", "+81 %s %s %s"]) % (p, a, b)
            nat = pick(["0%s-%s-%s", "0%s %s %s"]) % (p, a, b)
        else:
            a, b = str(R.randint(3, 6)) + nd(3), nd(4)
            intl = "+81 3-%s-%s" % (a, b)
            nat = "03-%s-%s" % (a, b)
    else:
        raise ValueError(region)
    return intl, nat


CARD_PREFIXES = [("visa", ["4"], 16), ("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55"], 16),
                 ("mastercard", ["2221", "2300", "2410", "2617", "2720"], 16), ("amex", ["34", "37"], 15),
                 ("discover", ["6011", "65", "644", "649"], 16), ("jcb", ["3528", "3540", "3566", "3589"], 16),
                 ("diners", ["36", "300", "305", "38"], 14)]
FAMOUS_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4012888888881881",
                "5105105105105100", "371449635398431", "6011111111111117", "4000056655665556", "3530111333300000"}


def card(brand=None):
    while True:
        b = pick([c for c in CARD_PREFIXES if brand is None or c[0] == brand])
        pre = pick(b[1])
        body = pre + nd(b[2] - len(pre) - 1)
        num = luhn_complete(body)
        if num not in FAMOUS_CARDS and len(set(num)) > 4:
            return b[0], num


def fmt_card(num, style=None):
    style = style if style is not None else R.randint(0, 3)
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    return [" ".join(g), "-".join(g), num, " ".join(g)][style]


def luhn_invalid_16():
    while True:
        n = nd(16, True)
        if not luhn_ok(n):
            return n


IBAN_SPECS = {  # country: (length, bban builder)
    "DE": lambda: nd(8, True) + nd(10, True),
    "GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + nd(6) + nd(8),
    "FR": lambda: nd(5) + nd(5) + nd(11) + nd(2),
    "ES": lambda: es_bban(),
    "IT": lambda: pick(UP) + nd(5) + nd(5) + nd(12),
    "NL": lambda: pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + nd(10),
    "BE": lambda: nd(12),
    "PL": lambda: nd(24),
    "SE": lambda: nd(20),
    "PT": lambda: nd(21),
    "AT": lambda: nd(16),
    "CH": lambda: nd(17),
    "IE": lambda: pick(["AIBK", "BOFI"]) + nd(14),
}
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28, "SE": 24, "PT": 25,
            "AT": 20, "CH": 21, "IE": 22}
FAMOUS_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
                "FR1420041010050500013M02606", "NL91ABNA0417164300", "ES9121000418450200051332"}


def es_bban():
    bank, branch, acct = nd(4), nd(4), nd(10)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct


def iban(country=None, grouped=None):
    c = country or pick(list(IBAN_SPECS))
    while True:
        bban = IBAN_SPECS[c]()
        s = c + iban_check(c, bban) + bban
        if s not in FAMOUS_IBANS:
            break
    assert len(s) == IBAN_LEN[c] and iban_valid(s), s
    if grouped is None:
        grouped = R.random() < 0.6
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def us_ssn(sep="-"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        v = "%03d%s%02d%s%04d" % (a, sep, g, sep, s)
        if v.replace(sep, "") not in ("078051120", "123456789", "219099999") and len(set(v.replace(sep, ""))) > 2:
            return v


def us_itin():
    g = pick(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    return "9%s-%02d-%s" % (nd(2), g, nd(4))


def uk_nino(spaced=None):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = nd(6)
    suf = pick("ABCD")
    if spaced if spaced is not None else R.random() < 0.5:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf)
    return p + d + suf


def uk_nhs():
    while True:
        d = str(R.randint(4, 6)) + nd(8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        if chk == 10:
            continue
        if chk == 11:
            chk = 0
        v = d + str(chk)
        return pick(["%s %s %s" % (v[:3], v[3:6], v[6:]), v, "%s-%s-%s" % (v[:3], v[3:6], v[6:])])


def ca_sin():
    while True:
        v = luhn_complete(str(pick([1, 2, 3, 4, 5, 6, 7, 9])) + nd(7))
        return pick(["%s %s %s" % (v[:3], v[3:6], v[6:]), "%s-%s-%s" % (v[:3], v[3:6], v[6:]), v])


def aadhaar():
    d = str(R.randint(2, 9)) + nd(10)
    v = d + verhoeff_digit(d)
    return pick(["%s %s %s" % (v[:4], v[4:8], v[8:]), "%s-%s-%s" % (v[:4], v[4:8], v[8:]), v])


def in_pan():
    return rs(UP, 3, need_digit=False) + pick("PPPPCHFT") + pick(UP) + nd(4) + pick(UP)


def br_cpf(formatted=True):
    d = [R.randint(0, 9) for _ in range(9)]
    if len(set(d)) == 1:
        d[0] = (d[0] + 1) % 10
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    v = "".join(map(str, d))
    return "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]) if formatted else v


def br_cnpj(formatted=True):
    d = [R.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(x * y for x, y in zip(d, w))
        r = s % 11
        d.append(0 if r < 2 else 11 - r)
    v = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:]) if formatted else v


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10 ** 6, 99999999)
    return "%08d%s" % (n, DNI_LETTERS[n % 23]) if R.random() < 0.8 else "%08d-%s" % (n, DNI_LETTERS[n % 23])


def es_nie():
    p = pick("XYZ")
    n = nd(7)
    full = int(str("XYZ".index(p)) + n)
    return "%s%s%s" % (p, n, DNI_LETTERS[full % 23])


def fr_nir(spaced=None):
    sex = pick("12")
    yy = "%02d" % R.randint(50, 99) if R.random() < 0.6 else "%02d" % R.randint(0, 5)
    mm = "%02d" % R.randint(1, 12)
    dep = pick(["75", "69", "13", "33", "59", "44", "31", "67", "06", "92", "93", "35"])
    com = "%03d" % R.randint(1, 400)
    order = "%03d" % R.randint(1, 999)
    base = sex + yy + mm + dep + com + order
    key = "%02d" % (97 - int(base) % 97)
    if spaced if spaced is not None else R.random() < 0.6:
        return "%s %s %s %s %s %s %s" % (sex, yy, mm, dep, com, order, key)
    return base + key


def de_tax_id(spaced=None):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        counts = {x: d.count(x) for x in set(d)}
        multi = [k for k, v in counts.items() if v > 1]
        if len(multi) != 1 or counts[multi[0]] not in (2, 3):
            continue
        if counts[multi[0]] == 3 and any(d[i] == d[i + 1] == d[i + 2] for i in range(8)):
            continue
        break
    product = 10
    for x in d:
        s = (x + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = (11 - product) % 10
    v = "".join(map(str, d)) + str(chk)
    if spaced if spaced is not None else R.random() < 0.5:
        return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])
    return v


CF_ODD = {**{c: v for c, v in zip(DIG, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **{c: v for c, v in zip(UP, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                                        22, 25, 24, 23])}}
CF_EVEN = {**{c: int(c) for c in DIG}, **{c: i for i, c in enumerate(UP)}}


def it_codice_fiscale(first=None, last=None):
    def cons(s):
        return [c for c in s.upper() if c in "BCDFGHJKLMNPQRSTVWXYZ"]

    def vows(s):
        return [c for c in s.upper() if c in "AEIOU"]
    first, last = first or pick(FIRST["it"]), last or pick(LAST["it"])
    sur = (cons(last) + vows(last) + ["X"] * 3)[:3]
    c = cons(first)
    nam = ([c[0], c[2], c[3]] if len(c) >= 4 else (c + vows(first) + ["X"] * 3)[:3])
    yy = "%02d" % R.randint(50, 99)
    month = "ABCDEHLMPRST"[R.randint(0, 11)]
    day = R.randint(1, 28) + (40 if R.random() < 0.5 else 0)
    town = pick(["H501", "F205", "A944", "L219", "G273", "D612", "F839", "C351"])
    s = "".join(sur + nam) + yy + month + "%02d" % day + town
    tot = sum(CF_ODD[ch] if i % 2 == 0 else CF_EVEN[ch] for i, ch in enumerate(s))
    return s + UP[tot % 26]


def nl_bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def pl_pesel():
    y = R.randint(1950, 2005)
    m = R.randint(1, 12) + (20 if y >= 2000 else 0)
    dd = R.randint(1, 28)
    d = "%02d%02d%02d" % (y % 100, m, dd) + nd(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * x for c, x in zip(d, w)) % 10) % 10
    return d + str(chk)


def se_personnummer():
    y = R.randint(1950, 2004)
    m, dd = R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%s" % (y % 100, m, dd, nd(3))
    chk = luhn_complete(base)[-1]
    v = base + chk
    st = R.randint(0, 2)
    if st == 0:
        return v[:6] + "-" + v[6:]
    if st == 1:
        return str(y)[:2] + v[:6] + "-" + v[6:]
    return str(y)[:2] + v


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        if sum(x * y for x, y in zip(d, w)) % 11 == 0:
            v = "".join(map(str, d))
            return pick(["%s %s %s" % (v[:3], v[3:6], v[6:]), v])


def au_medicare():
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(x * y for x, y in zip(d, w)) % 10
    v = "".join(map(str, d)) + str(chk) + str(R.randint(1, 5))
    return pick(["%s %s %s" % (v[:4], v[4:9], v[9:]), v])


def sg_nric():
    p = pick("STFG")
    d = nd(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * x for c, x in zip(d, w)) + (4 if p in "TG" else 0)
    letters = "JZIHGFEDCBA" if p in "ST" else "XWUTRQPNMLK"
    return p + d + letters[s % 11]


def cn_resident_id():
    area = pick(["110101", "310104", "440305", "330106", "510107", "420106", "320102", "610113"])
    y, m, dd = R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28)
    body = "%s%04d%02d%02d%s" % (area, y, m, dd, nd(3))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


def jp_my_number():
    d = nd(11, True)
    s = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    v = d + str(0 if r <= 1 else 11 - r)
    return pick(["%s %s %s" % (v[:4], v[4:8], v[8:]), v, "%s-%s-%s" % (v[:4], v[4:8], v[8:])])


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def mx_curp():
    last1, last2, first = pick(["GARCIA", "HERNANDEZ", "LOPEZ", "MARTINEZ", "RAMIREZ", "FLORES"]), \
        pick(["SANCHEZ", "TORRES", "RUIZ", "MORALES", "CRUZ", "REYES"]), pick(["MARIA", "JOSE", "LUIS", "ANA", "CARLOS", "SOFIA"])
    vow = [c for c in last1[1:] if c in "AEIOU"][0]
    y, m, dd = R.randint(1960, 2008), R.randint(1, 12), R.randint(1, 28)
    sex = pick("HM")
    state = pick(["DF", "JC", "NL", "PL", "VZ", "GT", "BC", "YN"])

    def ic(s):
        return [c for c in s[1:] if c not in "AEIOU"][0]
    s = last1[0] + vow + last2[0] + first[0] + "%02d%02d%02d" % (y % 100, m, dd) + sex + state + ic(last1) + ic(last2) + ic(first)
    s += pick(DIG) if y < 2000 else pick(UP)
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def za_id():
    y, m, dd = R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%04d%d8" % (y % 100, m, dd, R.randint(0, 9999), pick([0, 0, 1]))
    return luhn_complete(base)


def passport(country):
    return {"US": lambda: str(R.randint(5, 6)) + nd(8),
            "UK": lambda: str(R.randint(1, 9)) + nd(8),
            "DE": lambda: pick("CFGHJK") + rs("CFGHJKLMNPRTVWXYZ0123456789", 8),
            "FR": lambda: nd(2) + rs(UP, 2, need_digit=False) + nd(5),
            "IN": lambda: pick("JKLMNPRSTVWZ") + str(R.randint(1, 9)) + nd(6),
            "ES": lambda: rs(UP, 3, need_digit=False) + nd(6),
            "IT": lambda: rs(UP, 2, need_digit=False) + nd(7),
            "NL": lambda: rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2, need_digit=False) + rs("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + nd(1),
            "BR": lambda: rs(UP, 2, need_digit=False) + nd(6),
            "JP": lambda: pick(["TK", "TR", "TZ", "MZ"]) + nd(7),
            "CA": lambda: rs(UP, 2, need_digit=False) + nd(6),
            "AU": lambda: pick("NPRE") + rs(UP, 1, need_digit=False) + nd(7)}[country]()


# ------------------------------------------------------- hard negatives (values)

def git_sha(short=False):
    return rs(HEXL, 7 if short else 40, need_digit=False)


def md5():
    return rs(HEXL, 32, need_digit=False)


def sha256():
    return rs(HEXL, 64, need_digit=False)


def ts():
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                    R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def version():
    return "%d.%d.%d" % (R.randint(0, 19), R.randint(0, 40), R.randint(0, 30))


def order_id():
    return pick(["ORD-%s-%s" % (R.randint(2023, 2026), nd(6)), "INV-%s" % nd(8), "#%s" % nd(7),
                 "PO%s" % nd(9), "SO-%s" % nd(5)])


def tracking():
    return pick(["1Z%s%s" % (rs(UP + DIG, 6), nd(10)), "JJD%s" % nd(15)[:14], "9400 %s %s %s %s %s" %
                 (nd(4), nd(4), nd(4), nd(4), nd(2))])


def isbn13():
    d = "978" + nd(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    v = d + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:12], v[12])


def ipv4():
    return "%d.%d.%d.%d" % (pick([10, 172, 192, 34, 52, 18]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def mac():
    return ":".join(rs(HEXL, 2, need_digit=False) for _ in range(6))


def b64_png(nbytes=None):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(nbytes or R.randint(60, 180))
    return "data:image/png;base64," + b64s(data)


def b64_blob(n=None):
    n = n or R.randint(40, 120)
    if n in (32, 64):  # same shape as an Azure SAS signature / storage account key
        n += 3
    return b64s(rbytes(n))


def safe_digits(n):
    """Digit run that is not a Luhn-valid card-length number."""
    while True:
        s = nd(n, True)
        if not (13 <= n <= 19 and luhn_ok(s)):
            return s


# ================================================================ builders

class L:
    """A labelled value."""

    def __init__(self, value, kind, category="secret"):
        self.value, self.kind, self.category = value, kind, category


class Doc:
    def __init__(self, text, labels=None):
        self.text, self.labels = text, list(labels or [])


def fill(tpl, **kw):
    text, labels = tpl, []
    for k, v in kw.items():
        marker = "«%s»" % k
        if marker not in text:
            raise KeyError("unused field %s in %r" % (k, tpl[:60]))
        if isinstance(v, L):
            labels.append(v)
            v = v.value
        elif isinstance(v, Doc):
            labels.extend(v.labels)
            v = v.text
        elif not isinstance(v, str):
            v = str(v)
        text = text.replace(marker, v)
    if "«" in text:
        raise KeyError("unfilled field in %r" % text[:200])
    return Doc(text, labels)


def join(parts, sep="\n"):
    labels = []
    out = []
    for p in parts:
        if isinstance(p, Doc):
            labels.extend(p.labels)
            out.append(p.text)
        elif isinstance(p, L):
            labels.append(p)
            out.append(p.value)
        else:
            out.append(p)
    return Doc(sep.join(out), labels)


RECORDS = {"secrets": [], "pii": [], "negatives": [], "mixed": []}
SEEN_TEXT = set()


def add(bucket, doc, note=None):
    if doc.text in SEEN_TEXT:
        return False
    SEEN_TEXT.add(doc.text)
    labels, seen = [], set()
    for lb in doc.labels:
        key = (lb.value, lb.kind)
        if key in seen:
            continue
        seen.add(key)
        assert lb.value in doc.text, (lb.value, doc.text[:200])
        labels.append({"value": lb.value, "category": lb.category, "kind": lb.kind})
    rec = {"text": doc.text, "labels": labels}
    if note:
        rec["note"] = note
    RECORDS[bucket].append(rec)
    return True


# ================================================================ shared noise

def filler_env():
    pool = ["NODE_ENV=production", "PORT=%d" % pick([3000, 8080, 5000, 8000, 4000]), "LOG_LEVEL=%s" % pick(["debug", "info", "warn"]),
            "APP_NAME=%s" % pick(["checkout-api", "ledger", "notifier", "hr-portal", "scheduler"]),
            "REDIS_HOST=redis", "REDIS_PORT=6379", "FEATURE_NEW_CHECKOUT=%s" % pick(["true", "false"]),
            "BUILD_SHA=%s" % git_sha(), "SENTRY_ENVIRONMENT=%s" % pick(["staging", "production"]), "TZ=Europe/Berlin",
            "DEFAULT_LOCALE=%s" % pick(["de-DE", "fr-FR", "en-GB", "pt-BR"]), "MAX_UPLOAD_MB=25", "REQUEST_TIMEOUT_MS=15000",
            "CORS_ORIGINS=https://app.%s" % pick(CORPDOM), "TRACE_SAMPLE_RATE=0.2", "CACHE_TTL=3600",
            "S3_BUCKET=%s-uploads" % pick(["acme-prod", "ledger-stg", "hrportal"]), "AWS_REGION=%s" % pick(["eu-central-1", "us-east-1", "eu-west-1"]),
            "DEPLOY_ID=%s" % uuid4(), "WORKERS=%d" % R.randint(2, 16), "DATABASE_POOL_SIZE=%d" % R.randint(5, 40),
            "RELEASE=%s" % version(), "ENABLE_METRICS=1", "OTEL_SERVICE_NAME=%s" % pick(["api", "worker", "gateway"])]
    return R.sample(pool, R.randint(2, 6))


def log_noise(n):
    lines = []
    for _ in range(n):
        lines.append(pick([
            "%s INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8080 (http)" % ts(),
            "%s DEBUG request_id=%s method=GET path=/v1/orders/%s status=200 duration_ms=%d" % (ts(), uuid4(), nd(6), R.randint(3, 900)),
            "%s WARN  retrying upstream call attempt=%d backoff_ms=%d" % (ts(), R.randint(1, 5), R.randint(100, 3000)),
            "%s INFO  worker-%d picked job %s (queue=emails)" % (ts(), R.randint(1, 9), uuid4()),
            "%s INFO  cache hit ratio=0.%02d keys=%d" % (ts(), R.randint(10, 99), R.randint(100, 99999)),
            "%s DEBUG commit=%s build=%s" % (ts(), git_sha(short=True), version()),
        ]))
    return lines


ASK_EN = ["Why do I keep getting 401 Unauthorized?", "What am I doing wrong here?", "Can you spot the bug?",
          "It worked yesterday and now it fails, any idea?", "Can you rewrite this more cleanly?",
          "How do I turn this into a Kubernetes Secret?", "Is this config correct?", "Please explain the error.",
          "Can you convert this to a docker-compose file?", "Why is the variable empty at runtime?",
          "Help, the deploy is stuck on this step.", "Could you add retries with exponential backoff?",
          "This throws 403 Forbidden, what scope is missing?", "Make this work on Windows too please 🙏"]


def ask():
    return pick(ASK_EN)


# ================================================================ secret kinds

class Spec:
    def __init__(self, kind, gen, env, prov, n=3, hdr="bearer", url=None, sdk=None, custom=(), ctx_required=False):
        self.kind, self.gen, self.env, self.prov, self.n = kind, gen, env, prov, n
        self.hdr, self.url, self.sdk, self.custom, self.ctx_required = hdr, url, sdk, list(custom), ctx_required

    def value(self):
        return L(self.gen(), self.kind)


SPECS = []


def spec(*a, **kw):
    s = Spec(*a, **kw)
    SPECS.append(s)
    return s


# ---- generic wrappers: each takes (spec, L) and returns Doc

def w_env(s, v):
    lines = filler_env()
    lines.insert(R.randint(0, len(lines)), "%s=%s" % (pick(s.env), "«v»"))
    intro = pick(["Here is my .env:", "My .env file looks like this", "prod .env (trimmed):", "", "Contents of .env.local:"])
    body = "```\n" + "\n".join(lines) + "\n```" if R.random() < 0.6 else "\n".join(lines)
    tpl = (intro + "\n" if intro else "") + body + "\n" + ask()
    return fill(tpl, v=v)


def w_json(s, v):
    field = pick(["apiKey", "api_key", "token", "accessToken", "auth_token"])
    tpl = ('{\n  "service": "%s",\n  "endpoint": "%s",\n  "%s": "«v»",\n  "timeoutMs": %d,\n  "traceId": "%s"\n}\n\n%s'
           % (s.prov.lower().replace(" ", "-"), s.url or "https://api.%s.com/v1" % s.prov.lower().replace(" ", ""), field,
              R.randint(1000, 30000), uuid4(), pick(["Validate this JSON against the schema please.",
                                                     "Why does the client ignore this config?",
                                                     "Can you turn this into a TypeScript interface?", ask()])))
    return fill(tpl, v=v)


def w_compose(s, v):
    svc = pick(["api", "worker", "bot", "backend", "sync"])
    tpl = ("services:\n  %s:\n    image: ghcr.io/%s/%s:%s\n    restart: unless-stopped\n    environment:\n"
           "      - NODE_ENV=production\n      - %s=«v»\n    ports:\n      - \"%d:%d\"\n\n%s"
           % (svc, pick(["acme", "brightlane", "kestrel-io"]), svc, version(), pick(s.env), R.randint(3000, 9000),
              R.randint(3000, 9000), pick(["docker compose up says the variable is not set, why?",
                                          "Fix the indentation, compose refuses to start.",
                                          "How do I move the secret out of this file?", ask()])))
    return fill(tpl, v=v)


def curl_header(s):
    h = s.hdr
    if h == "bearer":
        return "-H \"Authorization: Bearer «v»\""
    if h == "token":
        return "-H \"Authorization: token «v»\""
    if h == "basic":
        return "-u «v»:"
    return "-H \"%s: «v»\"" % h


def w_curl(s, v):
    url = s.url or "https://api.%s.com/v1/me" % s.prov.lower().replace(" ", "")
    code = pick([401, 403, 429, 400])
    msg = {401: "Unauthorized", 403: "Forbidden", 429: "Too Many Requests", 400: "Bad Request"}[code]
    tpl = ("%s\n\n```\n$ curl -sS %s \\\n  %s \\\n  -H \"Content-Type: application/json\"\n"
           "{\"error\":{\"code\":%d,\"message\":\"%s\",\"request_id\":\"%s\"}}\n```"
           % (pick(["curl keeps failing:", "Why does this return %d?" % code, "Debugging the %s API:" % s.prov,
                    "This curl used to work:"]), url, curl_header(s), code, msg, uuid4()))
    return fill(tpl, v=v)


def w_python(s, v):
    cls = s.sdk or "Client"
    var = pick(s.env).lower()
    tpl = pick([
        "```python\nimport os\nfrom %s import %s\n\n%s = \"«v»\"\nclient = %s(api_key=%s)\nprint(client.%s())\n```\n%s"
        % (s.prov.lower().replace(" ", "_"), cls, var, cls, var, pick(["list_models", "whoami", "ping", "get_account"]), ask()),
        "```py\nresp = requests.get(\n    \"%s\",\n    headers={\"Authorization\": \"Bearer «v»\"},\n    timeout=10,\n)\nresp.raise_for_status()\n```\nraises HTTPError %d, %s"
        % (s.url or "https://api.%s.com/v1/status" % s.prov.lower().replace(" ", ""), pick([401, 403]),
           pick(["why?", "what's wrong?", "any idea?"])),
    ])
    return fill(tpl, v=v)


def w_js(s, v):
    cls = s.sdk or "Client"
    tpl = ("```js\nconst %s = require('%s');\n\nconst client = new %s({\n  apiKey: '«v»',\n  timeout: %d,\n});\n\n"
           "module.exports = client;\n```\n%s" % (cls, s.prov.lower().replace(" ", "-"), cls, R.randint(5, 60) * 1000,
                                                  pick(["TypeError: client.init is not a function — why?",
                                                        "How do I make this read from process.env instead?", ask()])))
    return fill(tpl, v=v)


def w_log(s, v):
    lines = log_noise(R.randint(2, 7))
    bad = pick([
        "%s ERROR auth failed for %s: token=«v» status=401" % (ts(), s.prov),
        "%s DEBUG outgoing request headers={'Authorization': 'Bearer «v»', 'User-Agent': 'svc/%s'}" % (ts(), version()),
        "%s WARN  %s client init with key «v» (source=env)" % (ts(), s.prov),
    ])
    lines.insert(R.randint(0, len(lines)), bad)
    tpl = pick(["Logs from the failing pod:\n", "Can you read these logs and tell me what's wrong?\n", ""]) + \
        "```\n" + "\n".join(lines) + "\n```"
    return fill(tpl, v=v)


def w_prose(s, v):
    tpl = pick([
        "I accidentally pushed my %s key «v» to a public repo 😱 how do I revoke it fast?" % s.prov,
        "is this %s token still valid? «v» it says unauthorized" % s.prov,
        "Here's the key I'm using: «v» — the %s dashboard shows no requests at all. What could cause that?" % s.prov,
        "my %s api key is «v», can you write a quick script that checks my usage?" % s.prov,
        "Quick q: does «v» look like a %s production key or a sandbox one?" % s.prov,
        "Colleague sent me this for the %s integration: «v»\nWhere do I put it in a Next.js app?" % s.prov,
    ])
    return fill(tpl, v=v)


ML_PROSE = [
    "Kannst du mir sagen, warum der Aufruf an %s mit diesem Token fehlschlägt? «v»",
    "Pourquoi mon script renvoie 403 avec cette clé %s : «v» ?",
    "¿Por qué falla la conexión con %s? Estoy usando esta clave: «v»",
    "Questo token di %s non funziona più: «v» — come lo rigenero?",
    "Mijn deploy faalt met deze %s-sleutel «v», wat doe ik fout?",
    "Minha chave do %s parou de funcionar depois da rotação: «v». O que aconteceu?",
    "Dlaczego ten token %s zwraca 401? «v»",
    "Varför får jag 401 från %s med den här nyckeln? «v»",
    "%s のトークン「«v»」で401エラーが出ます。原因を教えてください。",
    "用这个%s密钥 «v» 调用接口一直返回401，怎么回事？",
    "यह %s टोकन «v» काम नहीं कर रहा, 401 आ रहा है। क्या गलत है?",
    "bhai ye %s wala token «v» kaam nahi kar raha, 401 aa raha hai 😭 kya karu?",
]


def w_multi(s, v):
    return fill(pick(ML_PROSE) % s.prov, v=v)


def w_export(s, v):
    tpl = ("```bash\nexport %s=\"«v»\"\n%s\n```\n%s" % (pick(s.env), pick([
        "./scripts/deploy.sh --env staging", "npm run sync", "python manage.py import_data", "make release",
        "go run ./cmd/worker"]), pick(["the script can't see the variable, why?", "works locally, fails in CI", ask()])))
    return fill(tpl, v=v)


def w_k8s(s, v):
    name = pick(["api-credentials", "app-secrets", "integration-keys"])
    tpl = ("```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\nstringData:\n"
           "  %s: «v»\n```\n%s" % (name, pick(["prod", "default", "payments"]), pick(s.env),
                                   pick(["kubectl apply gives 'invalid type for io.k8s.api.core.v1.Secret.stringData'", ask(),
                                         "Should this be base64 encoded?"])))
    return fill(tpl, v=v)


def w_tf(s, v):
    tpl = ("```hcl\nprovider \"%s\" {\n  %s = \"«v»\"\n}\n\nresource \"%s_%s\" \"main\" {\n  name = \"%s\"\n}\n```\n%s"
           % (s.prov.lower().replace(" ", ""), pick(["token", "api_key", "api_token"]), s.prov.lower().replace(" ", ""),
              pick(["project", "app", "team"]), pick(["checkout", "ledger", "hr-portal"]),
              pick(["terraform plan fails with 'invalid credentials'", "how do I move this to a variable?", ask()])))
    return fill(tpl, v=v)


def w_gha(s, v):
    tpl = ("```yaml\nname: deploy\non:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: ubuntu-latest\n"
           "    env:\n      %s: «v»\n      OTHER_TOKEN: ${{ secrets.OTHER_TOKEN }}\n    steps:\n      - uses: actions/checkout@v4\n"
           "      - run: ./release.sh\n```\n%s" % (pick(s.env), pick(["The job fails at release.sh, can you check?",
                                                                   "Is it ok to keep the token like this?", ask()])))
    return fill(tpl, v=v)


def w_go(s, v):
    tpl = ("```go\npackage main\n\nimport (\n\t\"net/http\"\n\t\"log\"\n)\n\nconst apiToken = \"«v»\"\n\nfunc main() {\n"
           "\treq, _ := http.NewRequest(\"GET\", \"%s\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+apiToken)\n"
           "\tres, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tlog.Println(res.Status)\n}\n```\n%s"
           % (s.url or "https://api.%s.com/v1/me" % s.prov.lower().replace(" ", ""), pick(["prints 401 Unauthorized", ask()])))
    return fill(tpl, v=v)


def w_props(s, v):
    key = pick(s.env).lower().replace("_", ".")
    tpl = ("application.properties:\n```\nserver.port=8080\nspring.application.name=%s\n%s=«v»\nlogging.level.root=INFO\n```\n%s"
           % (pick(["billing", "ledger", "notifier"]), key, pick(["Spring doesn't pick it up, what's the right property name?", ask()])))
    return fill(tpl, v=v)


def w_long_log(s, v):
    lines = log_noise(R.randint(18, 30))
    trace = ["Traceback (most recent call last):",
             '  File "/app/worker/tasks.py", line %d, in run' % R.randint(20, 300),
             "    result = client.call(payload)",
             '  File "/usr/local/lib/python3.11/site-packages/%s/client.py", line %d, in call' % (s.prov.lower().replace(" ", "_"), R.randint(50, 900)),
             "    raise AuthenticationError(f\"invalid credentials: {self.api_key}\")",
             "%s.AuthenticationError: invalid credentials: «v»" % s.prov.replace(" ", "")]
    pos = R.randint(5, len(lines) - 3)
    lines[pos:pos] = trace
    tpl = "Full worker log below, the job dies after a few minutes:\n```\n" + "\n".join(lines) + "\n```\nWhat is going on?"
    return fill(tpl, v=v)


GENERIC_WRAPPERS = [w_env, w_json, w_compose, w_curl, w_python, w_js, w_log, w_prose, w_multi, w_export, w_k8s, w_tf,
                    w_gha, w_go, w_props, w_long_log]

CTX_WRAPPERS = [w_env, w_export, w_k8s, w_gha, w_props, w_prose, w_multi]


# ---- custom snippets (kind specific)

def c_git_remote(s, v):
    org, repo = pick(["acme", "brightlane", "kestrel-io", "tidepool"]), pick(["infra", "web", "payments-api", "mobile"])
    return fill("```\n$ git remote -v\norigin  https://x-access-token:«v»@github.com/%s/%s.git (fetch)\n"
                "origin  https://x-access-token:«v»@github.com/%s/%s.git (push)\n$ git push\nremote: Permission to %s/%s.git denied.\n"
                "fatal: unable to access 'https://github.com/%s/%s.git/': The requested URL returned error: 403\n```\nwhy 403 if the token has repo scope?"
                % (org, repo, org, repo, org, repo, org, repo), v=v)


def c_gh_cli(s, v):
    return fill("echo «v» | gh auth login --with-token\nerror validating token: missing required scope 'read:org'\n\nwhich scopes do I need for gh to work with our org SSO?", v=v)


def c_npmrc(s, v):
    return fill("My `.npmrc`:\n```\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=«v»\nalways-auth=true\n```\n"
                "npm publish fails with E404 Not Found - PUT https://registry.npmjs.org/@acme%%2fui-kit. Package is @acme/ui-kit@%s" % version(), v=v)


def c_pypirc(s, v):
    return fill("~/.pypirc\n```ini\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = «v»\n```\n"
                "twine upload dist/* → 403 Invalid or non-existent authentication information. Why?", v=v)


def c_docker_login(s, v):
    return fill("```\n$ echo \"«v»\" | docker login -u %s --password-stdin\nError response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or password\n```\nthe PAT has read/write scope, what am I missing?"
                % pick(["acmeci", "brightlane-bot", "jdoe42"]), v=v)


def c_vault(s, v):
    return fill("```\n$ export VAULT_ADDR=https://vault.internal.%s:8200\n$ vault login «v»\nError authenticating: Error making API request.\nCode: 403. Errors:\n* permission denied\n```\nIs the token expired?" % pick(CORPDOM), v=v)


def c_slack_webhook(s, v):
    return fill("```bash\ncurl -X POST -H 'Content-type: application/json' \\\n  --data '{\"text\":\"Deploy %s finished :rocket:\"}' \\\n  «v»\n```\nreturns `invalid_payload`, what's wrong with my JSON?" % version(), v=v)


def c_discord_webhook(s, v):
    return fill("```python\nimport requests\nWEBHOOK = \"«v»\"\nrequests.post(WEBHOOK, json={\"content\": \"Server is down! 🔥\"})\n```\nNothing shows up in the channel. Why?", v=v)


def c_teams_webhook(s, v):
    return fill("Our alert script posts to Teams via this URL:\n«v»\nSince last week we get 'Webhook Bad Request - Null or empty event'. Did the connector format change?", v=v)


def c_telegram(s, v):
    return fill("```\nhttps://api.telegram.org/bot«v»/sendMessage?chat_id=-100%s&text=hello\n```\nreturns {\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"
                % nd(10), v=v)


def c_stripe_curl(s, v):
    return fill("```\ncurl https://api.stripe.com/v1/charges \\\n  -u «v»: \\\n  -d amount=%d \\\n  -d currency=eur \\\n  -d source=tok_visa\n```\nWhy do I get 'No such token: tok_visa' in live mode?" % R.randint(500, 90000), v=v)


def c_whsec(s, v):
    return fill("```js\nconst endpointSecret = '«v»';\napp.post('/webhook', express.raw({type: 'application/json'}), (req, res) => {\n  const sig = req.headers['stripe-signature'];\n  let event;\n  try {\n    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);\n  } catch (err) {\n    return res.status(400).send(`Webhook Error: ${err.message}`);\n  }\n  res.json({received: true});\n});\n```\nAlways 'No signatures found matching the expected signature for payload'.", v=v)


def c_openai_py(s, v):
    return fill("```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"«v»\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\": \"user\", \"content\": \"hi\"}])\n```\nopenai.RateLimitError: Error code: 429 - insufficient_quota. I just added credits though?", v=v)


def c_anthropic(s, v):
    return fill("```bash\ncurl https://api.anthropic.com/v1/messages \\\n  -H \"x-api-key: «v»\" \\\n  -H \"anthropic-version: 2023-06-01\" \\\n  -H \"content-type: application/json\" \\\n  -d '{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 1024, \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'\n```\nI get overloaded_error sometimes, how should I retry?", v=v)


def c_hf(s, v):
    return fill("```\n$ huggingface-cli login --token «v»\nToken is valid (permission: read).\n$ git push\nremote: Password authentication in git is no longer supported.\n```\nhow do I push a model with a write token?", v=v)


def c_aws_creds(s, v):
    raise NotImplementedError


def c_databricks(s, v):
    return fill("~/.databrickscfg\n```ini\n[DEFAULT]\nhost  = https://adb-%s.%d.azuredatabricks.net\ntoken = «v»\n```\n`databricks clusters list` says 'Invalid access token'." % (nd(16, True), R.randint(1, 19)), v=v)


def c_okta(s, v):
    org = pick(["acme", "brightlane", "helixbio", "orbital"])
    return fill("```\ncurl -H \"Authorization: SSWS «v»\" https://%s.okta.com/api/v1/users?limit=25\n```\nokta returns E0000011 Invalid token provided" % org, v=v)


def c_datadog(s, v):
    return fill("```yaml\n# datadog.yaml\napi_key: «v»\nsite: datadoghq.eu\nlogs_enabled: true\n```\nThe Datadog agent says 'API Key invalid, dropping transaction'.", v=v)


def c_twilio(s, v):
    sid = twilio_sid("AC")
    return fill("```python\nfrom twilio.rest import Client\naccount_sid = \"%s\"\nauth_token = \"«v»\"\nclient = Client(account_sid, auth_token)\nclient.messages.create(to=os.environ[\"ONCALL_PHONE\"], from_=os.environ[\"TWILIO_FROM\"], body=\"hi\")\n```\nTwilio error 20003 Authenticate" % sid, v=v)


def c_sendgrid(s, v):
    return fill("```python\nsg = sendgrid.SendGridAPIClient(api_key='«v»')\nresponse = sg.send(message)\n```\npython_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized", v=v)


def c_mailgun(s, v):
    dom = pick(CORPDOM)
    return fill("```\ncurl -s --user 'api:«v»' \\\n  https://api.eu.mailgun.net/v3/mg.%s/messages \\\n  -F from='Ops <«a»>' \\\n  -F to=«b» \\\n  -F subject='Nightly report'\n```\nForbidden?? the domain is verified" % dom,
                v=v, a=L("ops@mg." + dom, "email", "pii"), b=L("alerts@" + dom, "email", "pii"))


def c_shopify(s, v):
    shop = pick(["acme-outdoors", "lumiere-paris", "kookaburra-gear"])
    return fill("```\ncurl -X GET \"https://%s.myshopify.com/admin/api/2024-10/orders.json?status=any\" \\\n  -H \"X-Shopify-Access-Token: «v»\"\n```\n[API] Invalid API key or access token (unrecognized login or wrong password)" % shop, v=v)


def c_gcp_key(s, v):
    return fill("<script src=\"https://maps.googleapis.com/maps/api/js?key=«v»&callback=initMap&libraries=places\" async defer></script>\n\nThe map shows 'This page can't load Google Maps correctly'. Key restrictions issue?", v=v)


def c_gocspx(s, v):
    cid = "%s-%s.apps.googleusercontent.com" % (nd(12, True), rs(LO + DIG, 32))
    return fill("```json\n{\"web\":{\"client_id\":\"%s\",\"project_id\":\"%s\",\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"token_uri\":\"https://oauth2.googleapis.com/token\",\"client_secret\":\"«v»\",\"redirect_uris\":[\"http://localhost:8080/callback\"]}}\n```\nError 400: redirect_uri_mismatch — the URI is listed though"
                % (cid, pick(["acme-prod-4411", "hr-portal-327812", "ledger-sandbox"])), v=v)


def c_azure_conn(s, v):
    acct = pick(["acmeprodstore", "hrportaldocs", "ledgerarchive01", "brightlanemedia"])
    return fill("appsettings.json\n```json\n{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n    \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=«v»;EndpointSuffix=core.windows.net\"\n  }\n}\n```\nBlobServiceClient throws 'Server failed to authenticate the request'." % acct, v=v)


def c_azure_sas(s, v):
    acct = pick(["acmeprodstore", "hrportaldocs", "ledgerarchive01"])
    return fill("Download link from the vendor:\nhttps://%s.blob.core.windows.net/exports/report-%s.csv?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-03-31T18:00:00Z&st=2025-03-01T10:00:00Z&spr=https&sig=«v»\nIt says AuthenticationFailed: Signature not valid in the specified time frame. Why?" % (acct, nd(8)), v=v)


def c_entra(s, v):
    return fill("```bash\naz login --service-principal \\\n  -u %s \\\n  -p «v» \\\n  --tenant %s\n```\nAADSTS7000215: Invalid client secret provided." % (uuid4(), uuid4()), v=v)


def c_heroku(s, v):
    return fill("~/.netrc\n```\nmachine api.heroku.com\n  login %s\n  password «v»\nmachine git.heroku.com\n  login %s\n  password «v»\n```\n`heroku apps` says Invalid credentials provided." % ("ops@acme.test", "ops@acme.test"), v=v)


def c_do(s, v):
    return fill("```\n$ doctl auth init --access-token «v»\nError: Unable to use supplied token to access API: GET https://api.digitalocean.com/v2/account: 401\n```", v=v)


def c_tfc(s, v):
    return fill("~/.terraform.d/credentials.tfrc.json\n```json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"«v»\"\n    }\n  }\n}\n```\nterraform init: Error: Required token could not be found", v=v)


def c_sentry(s, v):
    return fill("```\nsentry-cli --auth-token «v» releases new %s\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n```" % version(), v=v)


def c_gitlab_ci(s, v):
    return fill("```\n$ git clone https://oauth2:«v»@gitlab.com/%s/%s.git\nremote: HTTP Basic: Access denied.\n```\nthe token has read_repository, what's wrong?" % (pick(["acme", "brightlane"]), pick(["infra", "api"])), v=v)


def c_grafana(s, v):
    return fill("```\ncurl -H \"Authorization: Bearer «v»\" https://grafana.%s/api/dashboards/uid/%s\n{\"message\":\"invalid API key\"}\n```\nGrafana service account was created yesterday." % (pick(CORPDOM), rs(LO + DIG, 9)), v=v)


def c_cloudflare(s, v):
    return fill("```\ncurl https://api.cloudflare.com/client/v4/user/tokens/verify \\\n  -H \"Authorization: Bearer «v»\"\n{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Invalid API Token\"}]}\n```", v=v)


def c_wrangler(s, v):
    return fill("CLOUDFLARE_API_TOKEN=«v» npx wrangler deploy\n✘ [ERROR] A request to the Cloudflare API (/accounts/%s/workers/scripts/api) failed. Authentication error [code: 10000]" % rs(HEXL, 32), v=v)


def c_deepseek(s, v):
    return fill("```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"«v»\", base_url=\"https://api.deepseek.com\")\nresp = client.chat.completions.create(model=\"deepseek-chat\", messages=[{\"role\": \"user\", \"content\": \"你好\"}])\n```\nDeepSeek returns 402 Insufficient Balance, but I topped up", v=v)


def c_openrouter(s, v):
    return fill("```ts\nconst res = await fetch('https://openrouter.ai/api/v1/chat/completions', {\n  method: 'POST',\n  headers: { Authorization: 'Bearer «v»', 'HTTP-Referer': 'https://%s' },\n  body: JSON.stringify({ model: 'meta-llama/llama-3.1-70b-instruct', messages }),\n});\n```\nwhy 402?" % pick(CORPDOM), v=v)


def c_notion(s, v):
    return fill("```js\nconst { Client } = require('@notionhq/client');\nconst notion = new Client({ auth: '«v»' });\nawait notion.databases.query({ database_id: '%s' });\n```\nAPIResponseError: Could not find database with ID. Is it shared with the integration?" % rs(HEXL, 32), v=v)


def c_linear(s, v):
    return fill("```graphql\n# Authorization: «v»\nquery { viewer { id name email } }\n```\nLinear API returns 'Authentication required, not authenticated'", v=v)


def c_airtable(s, v):
    return fill("```\ncurl \"https://api.airtable.com/v0/app%s/Contacts?maxRecords=3\" \\\n  -H \"Authorization: Bearer «v»\"\n```\n{\"error\":{\"type\":\"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND\"}}" % rs(ALNUM, 14), v=v)


def c_figma(s, v):
    return fill("```\ncurl -H 'X-Figma-Token: «v»' 'https://api.figma.com/v1/files/%s'\n```\nreturns 403 Invalid token, I generated it 5 min ago" % rs(ALNUM, 22), v=v)


def c_postman(s, v):
    return fill("newman run collection.json --env-var \"postman_api_key=«v»\"\n\nPostman CLI says the API key is invalid, do I need a workspace-scoped key?", v=v)


def c_onep(s, v):
    return fill("```\nexport OP_SERVICE_ACCOUNT_TOKEN=«v»\nop vault list\n[ERROR] 2025/04/02 10:21:33 service account is not authorized to access vault\n```", v=v)


def c_onep_sk(s, v):
    return fill("I'm setting up 1Password on a new laptop. Sign-in address my.1password.eu, email is in the password manager anyway, secret key «v». It says 'incorrect secret key'. Did I mistype something?", v=v)


def c_doppler(s, v):
    return fill("```\ndoppler configure set token «v» --scope /srv/app\ndoppler run -- node server.js\nDoppler Error: Invalid Auth token\n```", v=v)


def c_langsmith(s, v):
    return fill("```python\nos.environ[\"LANGCHAIN_TRACING_V2\"] = \"true\"\nos.environ[\"LANGCHAIN_API_KEY\"] = \"«v»\"\nos.environ[\"LANGCHAIN_PROJECT\"] = \"rag-eval\"\n```\nTraces don't show up in LangSmith. What did I miss?", v=v)


def c_pinecone(s, v):
    return fill("```python\nfrom pinecone import Pinecone\npc = Pinecone(api_key=\"«v»\")\nindex = pc.Index(\"docs-%s\")\nindex.upsert(vectors=batch, namespace=\"kb\")\n```\nPineconeApiException: (400) Vector dimension 1536 does not match the dimension of the index 768" % rs(LO, 5, need_digit=False), v=v)


def c_replicate(s, v):
    return fill("```\nREPLICATE_API_TOKEN=«v» python run.py\nreplicate.exceptions.ReplicateError: You did not pass a valid authentication token\n```", v=v)


def c_groq(s, v):
    return fill("```python\nfrom groq import Groq\nclient = Groq(api_key=\"«v»\")\nchat = client.chat.completions.create(model=\"llama-3.3-70b-versatile\", messages=msgs)\n```\nGroq responds 429 rate_limit_exceeded after 30 requests. Is there a per-minute limit?", v=v)


def c_xai(s, v):
    return fill("XAI_API_KEY=«v»\n\nhow do I call grok with the openai sdk? base_url https://api.x.ai/v1?", v=v)


def c_netlify(s, v):
    return fill("```\nnetlify deploy --prod --auth «v» --site %s\nError: Unauthorized\n```" % uuid4(), v=v)


def c_vercel(s, v):
    return fill("```\nvercel deploy --prod --token «v» --scope %s\nError: The specified token is not valid. Use `vercel login` to generate a new token.\n```" % pick(["acme", "brightlane"]), v=v)


def c_newrelic(s, v):
    return fill("```yaml\n# newrelic-infra.yml\nlicense_key: «v»\ndisplay_name: %s\n```\nNew Relic infra agent logs 'License key is invalid'." % pick(["web-01", "db-02", "worker-7"]), v=v)


def c_square(s, v):
    return fill("```js\nconst { Client, Environment } = require('square');\nconst client = new Client({ accessToken: '«v»', environment: Environment.Production });\n```\nSquare gives UNAUTHORIZED for the Payments API only", v=v)


def c_mailchimp(s, v):
    return fill("```python\nclient = MailchimpMarketing.Client()\nclient.set_config({\"api_key\": \"«v»\", \"server\": \"us%d\"})\nclient.ping.get()\n```\nmailchimp says API Key Invalid, the server prefix matches though" % R.randint(1, 21), v=v)


def c_atlassian(s, v):
    return fill("```\ncurl -u %s:«v» \\\n  -H 'Accept: application/json' \\\n  'https://%s.atlassian.net/rest/api/3/search?jql=project=OPS'\n```\nJira returns 401 but the same token works in the browser extension?" % ("jira-bot@acme.test", pick(["acme", "brightlane", "helixbio"])), v=v)


def c_bitbucket(s, v):
    return fill("git clone https://%s:«v»@bitbucket.org/%s/%s.git\nfatal: Authentication failed. Does an app password need the repository:read scope?" % (pick(["jdoe", "ci-runner", "mlopez"]), pick(["acme", "brightlane"]), pick(["api", "infra"])), v=v)


# ---- the specs
spec("github-pat", lambda: gh_classic("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], "GitHub", n=6, hdr="token",
     url="https://api.github.com/user/repos", sdk="Octokit", custom=[c_git_remote, c_gh_cli])
spec("github-oauth-token", lambda: gh_classic("gho_"), ["GITHUB_OAUTH_TOKEN", "GH_TOKEN"], "GitHub", n=2, url="https://api.github.com/user")
spec("github-app-token", lambda: gh_classic(pick(["ghu_", "ghs_"])), ["GITHUB_APP_TOKEN", "GH_INSTALLATION_TOKEN"], "GitHub", n=3,
     url="https://api.github.com/installation/repositories", custom=[c_git_remote])
spec("github-refresh-token", lambda: gh_classic("ghr_"), ["GITHUB_REFRESH_TOKEN"], "GitHub", n=1)
spec("github-fine-grained-pat", github_fine, ["GITHUB_TOKEN", "GH_PAT"], "GitHub", n=4, url="https://api.github.com/repos/acme/infra/contents",
     custom=[c_git_remote, c_gh_cli])
spec("gitlab-pat", lambda: gitlab_routable() if R.random() < 0.4 else gitlab_legacy(), ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "GL_TOKEN"],
     "GitLab", n=5, hdr="PRIVATE-TOKEN", url="https://gitlab.com/api/v4/projects", custom=[c_gitlab_ci])
spec("gitlab-deploy-token", lambda: gitlab_legacy("gldt-"), ["GITLAB_DEPLOY_TOKEN"], "GitLab", n=1, custom=[c_gitlab_ci])
spec("gitlab-runner-token", lambda: gitlab_legacy("glrt-"), ["RUNNER_TOKEN", "CI_SERVER_TOKEN"], "GitLab", n=2)
spec("gitlab-pipeline-trigger-token", lambda: "glptt-" + rs(HEXL, 40), ["TRIGGER_TOKEN"], "GitLab", n=1)
spec("gcp-api-key", gcp_api_key, ["GOOGLE_API_KEY", "GEMINI_API_KEY", "FIREBASE_API_KEY", "MAPS_API_KEY"], "Google", n=4,
     hdr="x-goog-api-key", url="https://generativelanguage.googleapis.com/v1beta/models", custom=[c_gcp_key])
spec("google-oauth-client-secret", gocspx, ["GOOGLE_CLIENT_SECRET", "OAUTH_CLIENT_SECRET"], "Google", n=3, custom=[c_gocspx])
spec("azure-storage-account-key", azure_storage_key, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"], "Azure Storage", n=3,
     custom=[c_azure_conn], ctx_required=True)
spec("azure-sas-token", azure_sas_sig, ["AZURE_SAS"], "Azure", n=3, custom=[c_azure_sas])
spec("azure-entra-client-secret", entra_secret, ["AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET"], "Azure AD", n=3, custom=[c_entra])
spec("digitalocean-token", lambda: digitalocean(pick(["dop_v1_", "dop_v1_", "doo_v1_"])), ["DIGITALOCEAN_TOKEN", "DO_TOKEN"],
     "DigitalOcean", n=3, url="https://api.digitalocean.com/v2/droplets", custom=[c_do])
spec("atlassian-api-token", atlassian_token, ["JIRA_API_TOKEN", "CONFLUENCE_TOKEN", "ATLASSIAN_TOKEN"], "Atlassian", n=3,
     hdr="basic", url="https://acme.atlassian.net/rest/api/3/myself", custom=[c_atlassian])
spec("bitbucket-app-password", bitbucket_app_password, ["BITBUCKET_APP_PASSWORD"], "Bitbucket", n=2, custom=[c_bitbucket])
spec("npm-token", npm_token, ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "npm", n=4, url="https://registry.npmjs.org/-/whoami", custom=[c_npmrc])
spec("pypi-token", pypi_token, ["PYPI_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN"], "PyPI", n=3, custom=[c_pypirc])
spec("dockerhub-pat", dockerhub, ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], "Docker Hub", n=3, custom=[c_docker_login])
spec("terraform-cloud-token", terraform_cloud, ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], "Terraform Cloud", n=2, custom=[c_tfc])
spec("vault-token", lambda: vault_token() if R.random() < 0.8 else vault_batch(), ["VAULT_TOKEN"], "Vault", n=3,
     hdr="X-Vault-Token", url="https://vault.internal:8200/v1/secret/data/app", custom=[c_vault])
spec("doppler-token", lambda: doppler(pick(["pt", "st", "sa"])), ["DOPPLER_TOKEN"], "Doppler", n=2, custom=[c_doppler])
spec("1password-service-account-token", onepassword_sa, ["OP_SERVICE_ACCOUNT_TOKEN"], "1Password", n=2, custom=[c_onep])
spec("1password-secret-key", onepassword_secret_key, ["OP_SECRET_KEY"], "1Password", n=2, custom=[c_onep_sk])
spec("slack-bot-token", slack_bot, ["SLACK_BOT_TOKEN"], "Slack", n=3, url="https://slack.com/api/chat.postMessage", sdk="WebClient")
spec("slack-user-token", slack_user, ["SLACK_USER_TOKEN"], "Slack", n=2, url="https://slack.com/api/users.list")
spec("slack-app-token", slack_app, ["SLACK_APP_TOKEN"], "Slack", n=1)
spec("slack-webhook", slack_webhook, ["SLACK_WEBHOOK_URL"], "Slack", n=3, custom=[c_slack_webhook])
spec("discord-bot-token", discord_bot, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], "Discord", n=3, hdr="Authorization",
     url="https://discord.com/api/v10/users/@me", ctx_required=True)
spec("discord-webhook", discord_webhook, ["DISCORD_WEBHOOK_URL"], "Discord", n=2, custom=[c_discord_webhook])
spec("telegram-bot-token", telegram_bot, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], "Telegram", n=3, custom=[c_telegram], ctx_required=True)
spec("teams-webhook", teams_webhook, ["TEAMS_WEBHOOK_URL"], "Microsoft Teams", n=2, custom=[c_teams_webhook])
spec("twilio-api-key", lambda: twilio_sid("SK"), ["TWILIO_API_KEY"], "Twilio", n=2)
spec("twilio-auth-token", lambda: rs(HEXL, 32), ["TWILIO_AUTH_TOKEN"], "Twilio", n=3, custom=[c_twilio], ctx_required=True)
spec("sendgrid-api-key", sendgrid, ["SENDGRID_API_KEY"], "SendGrid", n=3, url="https://api.sendgrid.com/v3/mail/send", custom=[c_sendgrid])
spec("mailgun-api-key", mailgun, ["MAILGUN_API_KEY"], "Mailgun", n=2, custom=[c_mailgun], ctx_required=True)
spec("mailchimp-api-key", mailchimp, ["MAILCHIMP_API_KEY"], "Mailchimp", n=2, custom=[c_mailchimp])
spec("stripe-secret-key", lambda: stripe("sk_live_"), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], "Stripe", n=4, hdr="basic",
     url="https://api.stripe.com/v1/customers", sdk="Stripe", custom=[c_stripe_curl])
spec("stripe-restricted-key", lambda: stripe("rk_live_"), ["STRIPE_RESTRICTED_KEY"], "Stripe", n=2, url="https://api.stripe.com/v1/charges")
spec("stripe-webhook-secret", stripe_whsec, ["STRIPE_WEBHOOK_SECRET"], "Stripe", n=3, custom=[c_whsec])
spec("square-access-token", square_token, ["SQUARE_ACCESS_TOKEN"], "Square", n=2, url="https://connect.squareup.com/v2/payments", custom=[c_square])
spec("square-oauth-secret", square_secret, ["SQUARE_APPLICATION_SECRET"], "Square", n=1)
spec("shopify-access-token", lambda: shopify(pick(["shpat_", "shpat_", "shpca_", "shppa_"])), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
     "Shopify", n=3, hdr="X-Shopify-Access-Token", custom=[c_shopify])
spec("shopify-shared-secret", lambda: shopify("shpss_"), ["SHOPIFY_API_SECRET"], "Shopify", n=1)
spec("openai-api-key", lambda: openai_key() if R.random() < 0.8 else openai_legacy(), ["OPENAI_API_KEY"], "OpenAI", n=6,
     url="https://api.openai.com/v1/models", sdk="OpenAI", custom=[c_openai_py])
spec("anthropic-api-key", lambda: anthropic("api03"), ["ANTHROPIC_API_KEY"], "Anthropic", n=5, hdr="x-api-key",
     url="https://api.anthropic.com/v1/messages", sdk="Anthropic", custom=[c_anthropic])
spec("anthropic-admin-key", lambda: anthropic("admin01"), ["ANTHROPIC_ADMIN_KEY"], "Anthropic", n=1, hdr="x-api-key",
     url="https://api.anthropic.com/v1/organizations/users")
spec("deepseek-api-key", deepseek, ["DEEPSEEK_API_KEY"], "DeepSeek", n=3, url="https://api.deepseek.com/chat/completions",
     custom=[c_deepseek], ctx_required=True)
spec("huggingface-token", huggingface, ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], "Hugging Face", n=3, custom=[c_hf])
spec("groq-api-key", groq, ["GROQ_API_KEY"], "Groq", n=3, url="https://api.groq.com/openai/v1/models", custom=[c_groq])
spec("xai-api-key", xai, ["XAI_API_KEY"], "xAI", n=2, url="https://api.x.ai/v1/models", custom=[c_xai])
spec("openrouter-api-key", openrouter, ["OPENROUTER_API_KEY"], "OpenRouter", n=3, url="https://openrouter.ai/api/v1/models", custom=[c_openrouter])
spec("perplexity-api-key", perplexity, ["PERPLEXITY_API_KEY", "PPLX_API_KEY"], "Perplexity", n=2, url="https://api.perplexity.ai/chat/completions")
spec("replicate-api-token", replicate, ["REPLICATE_API_TOKEN"], "Replicate", n=2, custom=[c_replicate])
spec("langsmith-api-key", langsmith, ["LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"], "LangSmith", n=2, custom=[c_langsmith])
spec("pinecone-api-key", pinecone, ["PINECONE_API_KEY"], "Pinecone", n=2, hdr="Api-Key", custom=[c_pinecone])
spec("datadog-api-key", datadog_api, ["DD_API_KEY", "DATADOG_API_KEY"], "Datadog", n=3, hdr="DD-API-KEY",
     url="https://api.datadoghq.eu/api/v1/validate", custom=[c_datadog], ctx_required=True)
spec("datadog-app-key", datadog_app, ["DD_APP_KEY", "DATADOG_APP_KEY"], "Datadog", n=2, hdr="DD-APPLICATION-KEY", ctx_required=True)
spec("new-relic-key", newrelic, ["NEW_RELIC_LICENSE_KEY", "NEW_RELIC_API_KEY"], "New Relic", n=2, hdr="Api-Key", custom=[c_newrelic])
spec("sentry-token", sentry, ["SENTRY_AUTH_TOKEN"], "Sentry", n=3, url="https://sentry.io/api/0/projects/", custom=[c_sentry])
spec("grafana-service-account-token", grafana_sa, ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"], "Grafana", n=3, custom=[c_grafana])
spec("grafana-cloud-token", grafana_cloud, ["GRAFANA_CLOUD_TOKEN", "GCLOUD_RW_API_KEY"], "Grafana Cloud", n=2)
spec("okta-api-token", okta, ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"], "Okta", n=3, hdr="Authorization", custom=[c_okta], ctx_required=True)
spec("databricks-token", databricks, ["DATABRICKS_TOKEN"], "Databricks", n=3, custom=[c_databricks])
spec("linear-api-key", linear, ["LINEAR_API_KEY"], "Linear", n=2, hdr="Authorization", url="https://api.linear.app/graphql", custom=[c_linear])
spec("notion-token", notion, ["NOTION_TOKEN", "NOTION_API_KEY"], "Notion", n=3, url="https://api.notion.com/v1/users", custom=[c_notion])
spec("airtable-pat", airtable, ["AIRTABLE_TOKEN", "AIRTABLE_PAT"], "Airtable", n=2, custom=[c_airtable])
spec("figma-pat", figma, ["FIGMA_TOKEN"], "Figma", n=2, hdr="X-Figma-Token", custom=[c_figma])
spec("postman-api-key", postman, ["POSTMAN_API_KEY"], "Postman", n=2, hdr="X-Api-Key", url="https://api.getpostman.com/me", custom=[c_postman])
spec("cloudflare-api-token", lambda: cloudflare_prefixed(pick(["cfut_", "cfat_"])) if R.random() < 0.4 else cloudflare_token(),
     ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "Cloudflare", n=4, custom=[c_cloudflare, c_wrangler], ctx_required=True)
spec("heroku-api-key", heroku, ["HEROKU_API_KEY"], "Heroku", n=2, custom=[c_heroku])
spec("netlify-token", netlify, ["NETLIFY_AUTH_TOKEN"], "Netlify", n=2, custom=[c_netlify])
spec("vercel-token", vercel, ["VERCEL_TOKEN"], "Vercel", n=2, custom=[c_vercel])


# ================================================================ special secret prompts

def keyfile(name):
    return open(os.path.join(HERE, "keys", name)).read().strip("\n")


PEM_FILES = ["rsa512_pkcs1.pem", "rsa1024_pkcs1.pem", "rsa768_pkcs8.pem", "rsa1024_pkcs8.pem", "ec_p256_sec1.pem",
             "ec_p256_pkcs8.pem", "ed25519_pkcs8.pem", "ed25519b_pkcs8.pem", "rsa512_encrypted_pkcs8.pem"]
SSH_FILES = ["openssh_ed25519_1.key", "openssh_ed25519_2.key", "openssh_ed25519_3.key", "openssh_ed25519_4.key",
             "openssh_rsa1024.key", "openssh_ecdsa.key"]


def key_kind(name):
    if name.startswith("openssh"):
        return "openssh-private-key"
    if name.startswith("putty"):
        return "putty-private-key"
    if name.startswith("pgp"):
        return "pgp-private-key"
    return "pem-private-key"


def indent(block, n):
    pad = " " * n
    return block.replace("\n", "\n" + pad)


def key_prompts():
    files = PEM_FILES + SSH_FILES + ["putty_ed25519_v3.ppk", "putty_rsa1024_v2.ppk", "pgp_one_secret.asc", "pgp_two_secret.asc"]
    styles = ["plain", "k8s", "gha", "python", "json", "tf", "ansible", "multi", "plain", "k8s", "python", "plain"]
    out = []
    for i, f in enumerate(files):
        raw = keyfile(f)
        kind = key_kind(f)
        st = styles[i % len(styles)] if kind in ("pem-private-key", "openssh-private-key") else "plain"
        if st == "plain":
            intro = pick(["ssh says `Load key \"id_deploy\": invalid format` for this key, what's wrong?",
                          "Can you convert this key to PKCS#8 / the format AWS wants?",
                          "Our vendor sent this over email, how do I import it?",
                          "Is this key encrypted? How do I check?",
                          "gpg --import fails with 'no valid OpenPGP data found', here's the file:",
                          "PuTTY key from my old Windows machine, how do I use it with OpenSSH on mac?"])
            d = fill("%s\n\n```\n«k»\n```\n%s" % (intro, pick(["thanks!", "", "🙏", "it's urgent, prod is down"])), k=L(raw, kind))
        elif st == "k8s":
            blk = indent(raw, 4)
            d = fill("```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n"
                     "  tls.crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIB...(truncated)\n    -----END CERTIFICATE-----\n  tls.key: |\n    «k»\n```\n"
                     "ingress controller logs 'tls: private key does not match public key'. Which one is wrong?", k=L(blk, kind))
        elif st == "gha":
            blk = indent(raw, 12)
            d = fill("```yaml\n      - name: Setup SSH\n        env:\n          SSH_KEY: |\n            «k»\n        run: |\n"
                     "          mkdir -p ~/.ssh && echo \"$SSH_KEY\" > ~/.ssh/id_ed25519 && chmod 600 ~/.ssh/id_ed25519\n```\n"
                     "Permission denied (publickey) in the next step. Why?", k=L(blk, kind))
        elif st == "python":
            d = fill("```python\nimport paramiko, io\n\nKEY = \"\"\"«k»\"\"\"\n\npkey = paramiko.%s.from_private_key(io.StringIO(KEY))\n"
                     "client = paramiko.SSHClient()\nclient.connect(\"%s\", username=\"deploy\", pkey=pkey)\n```\n"
                     "paramiko.ssh_exception.SSHException: not a valid %s private key file"
                     % (pick(["RSAKey", "Ed25519Key", "ECDSAKey"]), ipv4(), pick(["RSA", "OPENSSH"])), k=L(raw, kind))
        elif st == "json":
            esc = raw.replace("\n", "\\n")
            d = fill("```json\n{\n  \"host\": \"%s\",\n  \"port\": 22,\n  \"username\": \"sftp-%s\",\n  \"privateKey\": \"«k»\\n\"\n}\n```\n"
                     "ssh2-sftp-client: 'Cannot parse privateKey: Unsupported key format'" % (ipv4(), pick(["partner", "bank", "edi"])),
                     k=L(esc, kind))
        elif st == "tf":
            d = fill("```hcl\nresource \"tls_self_signed_cert\" \"internal\" {\n  private_key_pem = <<EOT\n«k»\nEOT\n  validity_period_hours = 8760\n"
                     "  allowed_uses = [\"key_encipherment\", \"digital_signature\", \"server_auth\"]\n}\n```\nplan fails: 'failed to decode PEM block'.",
                     k=L(raw, kind))
        elif st == "ansible":
            blk = indent(raw, 2)
            d = fill("group_vars/web.yml\n```yaml\nansible_user: deploy\nansible_ssh_private_key_content: |\n  «k»\nnginx_worker_processes: auto\n```\n"
                     "Should I use ansible-vault for this?", k=L(blk, kind))
        else:
            d = fill(pick(["Warum akzeptiert der Server meinen Schlüssel nicht?\n\n«k»",
                           "Pourquoi le serveur refuse ma clé privée ?\n«k»\nMerci d'avance",
                           "¿Qué formato tiene esta clave? La necesito para el servidor SFTP del banco:\n«k»",
                           "这个私钥为什么在服务器上用不了？\n«k»",
                           "ये key server pe kaam nahi kar rahi:\n«k»"]), k=L(raw, kind))
        note = "encrypted PKCS#8 key: still private key material, labelled" if "ENCRYPTED" in raw else None
        out.append((d, note))
    return out


def gcp_sa_prompts():
    out = []
    for i, f in enumerate(["rsa1024_pkcs8.pem", "rsa768_pkcs8.pem", "rsa1024_pkcs8.pem"]):
        pem = keyfile(f)
        esc = pem.replace("\n", "\\n")
        proj = pick(["acme-prod-4411", "hr-portal-327812", "ledger-analytics", "brightlane-ml"]) + ("" if i < 2 else "-dev")
        sa = pick(["github-deployer", "bq-loader", "terraform", "vertex-runner"])
        em = "%s@%s.iam.gserviceaccount.com" % (sa, proj)
        body = ("{\n  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n"
                "  \"private_key\": \"«k»\\n\",\n  \"client_email\": \"«e»\",\n  \"client_id\": \"%s\",\n"
                "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n"
                "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",\n"
                "  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com\",\n"
                "  \"universe_domain\": \"googleapis.com\"\n}" % (proj, rs(HEXL, 40), nd(21, True), sa, proj))
        intro = pick(["BigQuery load job fails with 403 'Access Denied: Permission bigquery.tables.create denied'. This is the key file I'm using:",
                      "google.auth.exceptions.RefreshError: invalid_grant: Invalid JWT Signature. Service account json below",
                      "Can you make a GitHub Actions step that writes this key to a file and runs gcloud auth activate-service-account?"])
        out.append(fill(intro + "\n```json\n" + body + "\n```", k=L(esc, "gcp-service-account-key"), e=L(em, "email", "pii")))
    return out


def aws_prompts():
    out = []
    for i in range(10):
        kid, sec = L(aws_key_id(), "aws-access-key-id"), L(aws_secret(), "aws-secret-access-key")
        st = i
        if st == 0:
            kid2, sec2 = L(aws_key_id(), "aws-access-key-id"), L(aws_secret(), "aws-secret-access-key")
            d = fill("~/.aws/credentials\n```ini\n[default]\naws_access_key_id = «a»\naws_secret_access_key = «b»\n\n[prod]\naws_access_key_id = «c»\n"
                     "aws_secret_access_key = «d»\nregion = eu-central-1\n```\n`aws s3 ls --profile prod` gives SignatureDoesNotMatch. Which profile is broken?",
                     a=kid, b=sec, c=kid2, d=sec2)
        elif st == 1:
            d = fill("```python\nimport boto3\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=\"«a»\",\n    aws_secret_access_key=\"«b»\",\n"
                     "    region_name=\"us-east-1\",\n)\ns3.upload_file(\"report.csv\", \"acme-prod-reports\", \"2025/03/report.csv\")\n```\n"
                     "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation", a=kid, b=sec)
        elif st == 2:
            d = fill("\n".join(filler_env()) + "\nAWS_ACCESS_KEY_ID=«a»\nAWS_SECRET_ACCESS_KEY=«b»\nAWS_DEFAULT_REGION=eu-west-1\n\nserverless deploy says 'The security token included in the request is invalid'",
                     a=kid, b=sec)
        elif st == 3:
            d = fill("```hcl\nprovider \"aws\" {\n  region     = \"eu-central-1\"\n  access_key = \"«a»\"\n  secret_key = \"«b»\"\n}\n```\n"
                     "I know it's bad practice, just need it to work for a demo tomorrow. Why does plan hang?", a=kid, b=sec)
        elif st == 4:
            d = fill("```\n$ docker run --rm -e AWS_ACCESS_KEY_ID=«a» -e AWS_SECRET_ACCESS_KEY=«b» amazon/aws-cli sts get-caller-identity\n"
                     "An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n```",
                     a=kid, b=sec)
        elif st == 5:
            d = fill("Hier sind die AWS-Zugangsdaten vom alten Jenkins:\nAccess Key ID: «a»\nSecret Access Key: «b»\n"
                     "Kannst du mir ein Skript schreiben, das prüft, welche Berechtigungen der Schlüssel hat?", a=kid, b=sec)
        elif st == 6:
            d = fill("output of `aws iam create-access-key --user-name ci-deployer`:\n```json\n{\n    \"AccessKey\": {\n        \"UserName\": \"ci-deployer\",\n"
                     "        \"AccessKeyId\": \"«a»\",\n        \"Status\": \"Active\",\n        \"SecretAccessKey\": \"«b»\",\n        \"CreateDate\": \"%s\"\n    }\n}\n```\nhow do I store this in GitHub secrets?"
                     % ts(), a=kid, b=sec)
        elif st == 7:
            kid = L(aws_key_id("ASIA"), "aws-access-key-id")
            tok = L(aws_session_token(), "aws-session-token")
            d = fill("```json\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"«a»\",\n        \"SecretAccessKey\": \"«b»\",\n        \"SessionToken\": \"«c»\",\n"
                     "        \"Expiration\": \"%s\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"AROA%s:ci\",\n        \"Arn\": \"arn:aws:sts::%s:assumed-role/deploy/ci\"\n    }\n}\n```\n"
                     "How long are these valid and can I extend it?" % (ts(), rs(UP + DIG, 17), nd(12, True)), a=kid, b=sec, c=tok)
        elif st == 8:
            d = fill("```\n%s ERROR [s3-sync] AccessDenied: User: arn:aws:iam::%s:user/backup is not authorized to perform: s3:PutObject (access key «a»)\n```\n"
                     "which policy do I need to attach?" % (ts(), nd(12, True)), a=kid)
        else:
            kid = L(aws_key_id("ASIA"), "aws-access-key-id")
            tok = L(aws_session_token(), "aws-session-token")
            d = fill("export AWS_ACCESS_KEY_ID=«a»\nexport AWS_SECRET_ACCESS_KEY=«b»\nexport AWS_SESSION_TOKEN=«c»\n\nterraform apply → ExpiredToken: The security token included in the request is expired",
                     a=kid, b=sec, c=tok)
        out.append(d)
    return out


def jwt_prompts():
    out = []
    for i in range(7):
        t = L(jwt(pick(["HS256", "RS256"])), "jwt")
        d = [
            lambda: fill("can you decode this jwt and tell me when it expires?\n«t»", t=t),
            lambda: fill("```\nGET /api/v2/accounts HTTP/1.1\nHost: api.%s\nAuthorization: Bearer «t»\nAccept: application/json\n```\nresponse is 401 invalid_token, but the token isn't expired?" % pick(CORPDOM), t=t),
            lambda: fill("```json\n{\"access_token\":\"«t»\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid profile\"}\n```\nwhat's the best way to store this in a SPA?", t=t),
            lambda: fill("Cookie header from the browser devtools: `session=«t»; theme=dark; _ga=GA1.2.%s.%s` — why does the backend say session expired?" % (nd(9, True), nd(10, True)), t=t),
            lambda: fill("Das Token «t» wird vom Gateway abgelehnt (401). Stimmt der Algorithmus im Header?", t=t),
            lambda: fill("```js\nconst token = '«t»';\nconst payload = JSON.parse(atob(token.split('.')[1]));\nconsole.log(payload.exp);\n```\nthrows InvalidCharacterError sometimes. Why?", t=t),
            lambda: fill("%s WARN  auth-middleware rejected token=«t» reason=signature_mismatch ip=%s" % (ts(), ipv4()), t=t),
        ][i]()
        out.append(d)
    return out


def uri_pw():
    return pick([rs(ALNUM, R.randint(14, 24)), rs(ALNUM + "-_.~", R.randint(16, 28)),
                 pick(PASSWORDS_BASE).replace("#", "%23").replace("&", "%26").replace("!", "%21").replace("@", "%40").replace("$", "%24")])


def db_uri_prompts():
    out = []
    hosts = ["db.prod.internal", "pg-main.%s" % pick(CORPDOM), "10.0.3.12", "ledger-db.cluster-c9xk2.eu-central-1.rds.amazonaws.com"]
    for i in range(14):
        pw = L(uri_pw(), "database-uri-password")
        user = pick(["app_user", "ledger", "svc_api", "root", "admin", "readonly", "etl"])
        c = i % 9
        if c == 0:
            d = fill("DATABASE_URL=postgres://%s:«p»@%s:5432/ledger?sslmode=require\n\nprisma migrate deploy fails with P1001 can't reach database server" % (user, pick(hosts)), p=pw)
        elif c == 1:
            d = fill("```python\nengine = create_engine(\"postgresql+psycopg2://%s:«p»@%s/analytics\", pool_pre_ping=True)\n```\nsqlalchemy.exc.OperationalError: FATAL: password authentication failed for user \"%s\"" % (user, pick(hosts), user), p=pw)
        elif c == 2:
            d = fill("```yaml\nspring:\n  datasource:\n    url: jdbc:mysql://%s:3306/shop?useSSL=true\n    username: %s\n    password: «p»\n```\nCommunications link failure, help" % (pick(hosts), user), p=pw)
        elif c == 3:
            d = fill("const uri = \"mongodb+srv://%s:«p»@cluster0.%s.mongodb.net/prod?retryWrites=true&w=majority\";\n\nMongoServerSelectionError: connection <monitor> to %s:27017 closed — IP whitelist?" % (user, rs(LO + DIG, 5), ipv4()), p=pw)
        elif c == 4:
            d = fill("REDIS_URL=rediss://default:«p»@redis-%s.c%d.eu-west-1-2.ec2.cloud.redislabs.com:%s\n\nioredis: ERR WRONGPASS invalid username-password pair" % (nd(5, True), R.randint(1, 300), nd(5, True)), p=pw)
        elif c == 5:
            d = fill("```\nCELERY_BROKER_URL=amqps://orders:«p»@b-%s.mq.eu-central-1.amazonaws.com:5671/%%2F\n```\ncelery worker: [Errno 104] Connection reset by peer" % uuid4(), p=pw)
        elif c == 6:
            d = fill("Server=tcp:%s.database.windows.net,1433;Initial Catalog=hr;Persist Security Info=False;User ID=%s;Password=«p»;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;\n\nLogin failed for user. The connection string is copied from the portal?" % (pick(["acme-sql", "hrportal-db"]), user), p=pw)
        elif c == 7:
            d = fill("mysql://%s:«p»@%s:3306/wordpress\n\nWordPress says 'Error establishing a database connection'. Is the URL format right for wp-config?" % (user, pick(hosts)), p=pw)
        else:
            d = fill("jdbc:postgresql://%s:5432/billing?user=%s&password=«p»&ssl=true\nDBeaver can't connect, what's wrong?" % (pick(hosts), user), p=pw)
        out.append(d)
    return out


def url_cred_prompts():
    out = []
    tpls = ["pip install --index-url https://deploy:«p»@nexus.%s/repository/pypi-internal/simple/ acme-core==%s\nERROR: 401 Client Error" % (pick(CORPDOM), version()),
            "```\nhttps://admin:«p»@jenkins.%s/job/release/buildWithParameters?token=build&VERSION=%s\n```\ncan I trigger this from a GitHub webhook?" % (pick(CORPDOM), version()),
            "ftp://backup:«p»@files.%s/nightly/db-%s.sql.gz — the cron job downloads a 0 byte file, why?" % (pick(CORPDOM), nd(8)),
            "git clone https://mlopez:«p»@git.%s/platform/infra.git\nfatal: Authentication failed" % pick(CORPDOM),
            "Our Grafana datasource URL is http://prom:«p»@prometheus.%s:9090 and it times out" % pick(CORPDOM),
            "ldap://cn=admin,dc=acme,dc=local:«p»@ldap.%s:389 doesn't bind, is this syntax even valid?" % pick(CORPDOM)]
    for t in tpls:
        out.append(fill(t, p=L(uri_pw(), "url-password")))
    return out


def password_prompts():
    out = []
    tpls = [
        "DB_PASSWORD=«p»\nDB_USER=hr_app\nDB_HOST=%s\n\nlaravel says SQLSTATE[HY000] [1045] Access denied" % ipv4(),
        "```json\n{\"username\": \"svc-report\", \"password\": \"«p»\", \"domain\": \"CORP\"}\n```\nNTLM auth keeps failing",
        "my password is «p» and the portal says it doesn't meet the complexity rules. Which rule am I breaking?",
        "```yaml\nsmtp:\n  host: smtp.office365.com\n  port: 587\n  username: noreply-bot\n  password: «p»\n```\n535 5.7.3 Authentication unsuccessful",
        "```python\nconn = psycopg2.connect(host=\"%s\", dbname=\"crm\", user=\"crm_rw\", password=\"«p»\")\n```" % ipv4(),
        "mysql -h %s -u root -p'«p»' -e 'SHOW DATABASES;'\nERROR 1045 (28000): Access denied for user 'root'" % ipv4(),
        "sshpass -p '«p»' ssh -o StrictHostKeyChecking=no pi@%s 'sudo reboot'\nis there a safer way to do this in a script?" % ipv4(),
        "wifi for the offsite: network AcmeGuest5G, password «p» — can you make a nice printable sign in markdown?",
        "Mein Passwort ist «p» — trotzdem sagt das VPN 'Anmeldung fehlgeschlagen'. Liegt es an den Sonderzeichen?",
        "Mon mot de passe : «p». Le site me dit qu'il est trop faible, pourquoi ?",
        "Mi contraseña es «p» y el correo no sincroniza en el iPhone, ¿qué reviso?",
        "La mia password è «p», ma Outlook continua a chiederla. Come risolvo?",
        "Mijn wachtwoord is «p» maar ik kom niet in de router, wat nu?",
        "Minha senha é «p» e o sistema bloqueou depois de 3 tentativas.",
        "Moje hasło to «p», a bank i tak go odrzuca. Czemu?",
        "Mitt lösenord är «p» men Office säger fel lösenord.",
        "パスワードは「«p»」です。ログインできないのはなぜですか？",
        "我的密码是 «p»，但是一直提示密码错误，怎么办？",
        "मेरा पासवर्ड «p» है, फिर भी लॉगिन नहीं हो रहा।",
        "mera password «p» hai phir bhi gmail login nahi ho raha 😩",
        "```ini\n[database]\nhost = %s\nuser = etl\npasswd = «p»\n```\nconfigparser raises InterpolationSyntaxError" % ipv4(),
        "<connectionStrings>\n  <add name=\"Main\" connectionString=\"Data Source=SQL01;Initial Catalog=ERP;User Id=erp_app;Password=«p»;\" />\n</connectionStrings>\nwhy does IIS fail to connect?",
        "Ansible inventory:\n[db]\n%s ansible_user=admin ansible_password=«p»\n\nhow do I encrypt just the password?" % ipv4(),
        "Log in to the staging admin with admin / «p» and check if the invoice page loads, then write me the test steps.",
    ]
    for t in tpls:
        pw = password()
        if "ansible_password" in t or "-p'" in t or "sshpass" in t or "[database]" in t:
            pw = pw.replace("%", "").replace("'", "")
        out.append(fill(t, p=L(pw, "password")))
    # HTTP basic auth headers: the base64 user:password is the secret
    for _ in range(3):
        up = "%s:%s" % (pick(["api", "admin", "jenkins", "svc-import"]), password())
        v = L(b64s(up.encode()), "http-basic-auth")
        out.append(fill(pick(["```\nGET /api/v1/export HTTP/1.1\nHost: erp.%s\nAuthorization: Basic «v»\n```\nreturns 401 only from the new server, why?" % pick(CORPDOM),
                              "curl -H 'Authorization: Basic «v»' https://registry.%s/v2/_catalog\nUNAUTHORIZED: authentication required" % pick(CORPDOM),
                              "nginx proxy sets `proxy_set_header Authorization \"Basic «v»\";` — is this the right way to pass upstream auth?"]), v=v))
    return out


def crypto_prompts():
    out = []
    for i in range(5):
        ph = L(bip39(pick([12, 12, 24])), "crypto-seed-phrase")
        out.append(fill(([
            "My MetaMask recovery phrase is «s» — the wallet shows 0 balance after restoring. Did I restore the wrong account?",
            "```js\n// hardhat.config.js\nmodule.exports = {\n  networks: {\n    sepolia: {\n      url: process.env.RPC_URL,\n      accounts: { mnemonic: \"«s»\" },\n    },\n  },\n};\n```\ndeploy fails with insufficient funds",
            "MNEMONIC=\"«s»\"\nRPC_URL=https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}\n\nwhy does ethers.Wallet.fromPhrase throw invalid mnemonic?",
            "Meine Seed-Phrase: «s». Ledger Live findet nach dem Wiederherstellen keine Coins, was tun?",
            "seed words from the paper backup: «s»\nwhich derivation path does Electrum use by default?",
        ][i]), s=ph))
    for i in range(4):
        w = L(wif(i % 3 != 2), "crypto-wif-key")
        out.append(fill(pick([
            "bitcoin-cli importprivkey «w» \"cold-storage\" false\nerror code: -5 Invalid private key encoding?",
            "Found this WIF key in an old backup: «w» — how do I sweep it into my Electrum wallet?",
            "```python\nfrom bit import Key\nk = Key(\"«w»\")\nprint(k.address, k.get_balance('btc'))\n```\nshows balance 0 but blockchair says otherwise",
            "privkey (WIF): «w» / address compressed? how can I tell?",
        ]), w=w))
    return out


def multi_env_prompts(n):
    out = []
    simple = [s for s in SPECS if s.kind not in ("azure-sas-token",)]
    for _ in range(n):
        chosen = R.sample(simple, R.randint(3, 5))
        lines = filler_env()
        kv = {}
        for j, s in enumerate(chosen):
            name = pick(s.env)
            while name in kv:
                name = name + "_2"
            kv[name] = s.value()
            lines.insert(R.randint(0, len(lines)), "%s=«v%d»" % (name, j))
        pw = L(password(), "password")
        lines.insert(R.randint(0, len(lines)), "DB_PASSWORD=«pw»")
        tpl = pick(["Here's the whole .env for the project, can you generate a .env.example from it?\n```\n%s\n```",
                    "Please convert this .env into a Helm values.yaml:\n\n%s",
                    "Which of these variables are unused by our app? (it uses dotenv)\n%s",
                    "%s\n\nafter upgrading to Node 22 nothing reads these anymore"]) % "\n".join(lines)
        out.append(fill(tpl, pw=pw, **{"v%d" % j: v for j, v in enumerate(kv.values())}))
    return out


def build_secrets():
    for s in SPECS:
        wrappers = list(CTX_WRAPPERS if s.ctx_required else GENERIC_WRAPPERS)
        R.shuffle(wrappers)
        plan = list(s.custom) + wrappers
        made = 0
        for w in plan:
            if made >= s.n:
                break
            if add("secrets", w(s, s.value())):
                made += 1
    for d in aws_prompts():
        add("secrets", d)
    for d in gcp_sa_prompts():
        add("secrets", d)
    for d, note in key_prompts():
        add("secrets", d, note)
    for d in jwt_prompts() + db_uri_prompts() + url_cred_prompts() + password_prompts() + crypto_prompts():
        add("secrets", d)
    for d in multi_env_prompts(12):
        add("secrets", d)


# ================================================================ PII prompts

FIELDS = {
    "en": ("Name", "Email", "Phone", "Bank (IBAN)", "Card", "Date of birth", "Address"),
    "de": ("Name", "E-Mail", "Telefon", "IBAN", "Kreditkarte", "Geburtsdatum", "Anschrift"),
    "fr": ("Nom", "E-mail", "Téléphone", "IBAN", "Carte", "Date de naissance", "Adresse"),
    "es": ("Nombre", "Correo", "Teléfono", "IBAN", "Tarjeta", "Fecha de nacimiento", "Dirección"),
    "it": ("Nome", "Email", "Telefono", "IBAN", "Carta", "Data di nascita", "Indirizzo"),
    "nl": ("Naam", "E-mail", "Telefoon", "IBAN", "Creditcard", "Geboortedatum", "Adres"),
    "pt": ("Nome", "E-mail", "Telefone", "IBAN", "Cartão", "Data de nascimento", "Endereço"),
    "pl": ("Imię i nazwisko", "E-mail", "Telefon", "IBAN", "Karta", "Data urodzenia", "Adres"),
    "sv": ("Namn", "E-post", "Telefon", "IBAN", "Kort", "Födelsedatum", "Adress"),
    "ja": ("氏名", "メール", "電話", "IBAN", "カード", "生年月日", "住所"),
    "zh": ("姓名", "邮箱", "电话", "IBAN", "银行卡", "出生日期", "地址"),
    "hi": ("नाम", "ईमेल", "फ़ोन", "IBAN", "कार्ड", "जन्म तिथि", "पता"),
}
ADDR = {
    "en": ["41 Larkspur Lane, Portland, OR 97205", "12 Quayside Mews, Bristol BS1 4RN", "880 Harbour Rd, Toronto ON M5V 2T6",
           "17 Wattle St, Fitzroy VIC 3065"],
    "de": ["Lindenstraße 14, 10969 Berlin", "Am Kupfergraben 3, 80331 München", "Hafenweg 22, 20457 Hamburg"],
    "fr": ["12 rue des Lilas, 69003 Lyon", "4 avenue Foch, 75116 Paris", "27 quai de la Fosse, 44000 Nantes"],
    "es": ["Calle de Alcalá 120, 28009 Madrid", "Carrer de Mallorca 250, 08008 Barcelona"],
    "it": ["Via Garibaldi 18, 10122 Torino", "Piazza Navona 5, 00186 Roma"],
    "nl": ["Keizersgracht 301, 1016 ED Amsterdam", "Oudegracht 88, 3511 AV Utrecht"],
    "pt": ["Rua Augusta 1500, São Paulo - SP, 01304-001", "Av. da Liberdade 110, 1250-146 Lisboa"],
    "pl": ["ul. Floriańska 12, 31-019 Kraków", "ul. Marszałkowska 77, 00-683 Warszawa"],
    "sv": ["Drottninggatan 45, 111 21 Stockholm", "Kungsportsavenyen 9, 411 36 Göteborg"],
    "ja": ["東京都渋谷区神南1-2-3", "大阪府大阪市北区梅田2-4-9"],
    "zh": ["北京市朝阳区建国路88号", "上海市浦东新区世纪大道100号"],
    "hi": ["Flat 302, Sai Residency, Andheri West, Mumbai 400053", "12 MG Road, Bengaluru 560001"],
}


def dob():
    return "%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1955, 2003))


# kind: (generator, locale, phone region, iban country, context templates)
ID_KINDS = {
    "us-ssn": (lambda: us_ssn(), "en", "US", None, ["SSN: «x»", "Social Security Number «x»", "SSN «x»", "ssn=«x»"]),
    "us-itin": (us_itin, "en", "US", None, ["ITIN: «x»", "ITIN «x»"]),
    "uk-nino": (uk_nino, "en", "UK", "GB", ["NI number: «x»", "National Insurance No. «x»", "NINO «x»"]),
    "uk-nhs-number": (uk_nhs, "en", "UK", "GB", ["NHS number: «x»", "NHS No. «x»"]),
    "ca-sin": (ca_sin, "en", "CA", None, ["SIN: «x»", "Social Insurance Number «x»"]),
    "in-aadhaar": (aadhaar, "hi", "IN", None, ["Aadhaar: «x»", "Aadhaar number «x»", "आधार नंबर «x»"]),
    "in-pan": (in_pan, "hi", "IN", None, ["PAN: «x»", "PAN card «x»"]),
    "br-cpf": (lambda: br_cpf(R.random() < 0.8), "pt", "BR", None, ["CPF: «x»", "CPF «x»"]),
    "br-cnpj": (lambda: br_cnpj(R.random() < 0.8), "pt", "BR", None, ["CNPJ: «x»", "CNPJ «x»"]),
    "es-dni": (es_dni, "es", "ES", "ES", ["DNI: «x»", "DNI «x»", "NIF «x»"]),
    "es-nie": (es_nie, "es", "ES", "ES", ["NIE: «x»", "NIE «x»"]),
    "fr-nir": (fr_nir, "fr", "FR", "FR", ["N° de sécurité sociale : «x»", "NIR «x»", "numéro de sécu «x»"]),
    "de-tax-id": (de_tax_id, "de", "DE", "DE", ["Steuer-ID: «x»", "Steuer-ID «x»", "Steuerliche Identifikationsnummer: «x»", "IdNr. «x»"]),
    "it-codice-fiscale": (it_codice_fiscale, "it", "IT", "IT", ["Codice fiscale: «x»", "C.F. «x»", "codice fiscale «x»"]),
    "nl-bsn": (nl_bsn, "nl", "NL", "NL", ["BSN: «x»", "BSN «x»", "burgerservicenummer «x»"]),
    "pl-pesel": (pl_pesel, "pl", None, "PL", ["PESEL: «x»", "PESEL «x»"]),
    "se-personnummer": (se_personnummer, "sv", None, "SE", ["Personnummer: «x»", "personnummer «x»"]),
    "au-tfn": (au_tfn, "en", "AU", None, ["TFN: «x»", "Tax File Number «x»", "TFN «x»"]),
    "au-medicare": (au_medicare, "en", "AU", None, ["Medicare: «x»", "Medicare card number «x»", "Medicare no. «x»"]),
    "sg-nric": (sg_nric, "en", None, None, ["NRIC: «x»", "NRIC/FIN «x»", "NRIC «x»"]),
    "cn-resident-id": (cn_resident_id, "zh", None, None, ["身份证号：«x»", "身份证号码 «x»", "ID card no. «x»"]),
    "jp-my-number": (jp_my_number, "ja", "JP", None, ["マイナンバー：«x»", "個人番号 «x»", "My Number «x»"]),
    "mx-curp": (mx_curp, "es", None, None, ["CURP: «x»", "CURP «x»"]),
    "za-id-number": (za_id, "en", None, None, ["SA ID number: «x»", "ID number «x»", "RSA ID «x»"]),
}
PASSPORT_WORDS = ["Passport No. «x»", "passport number «x»", "Passport: «x»", "Reisepass (passport) Nr. «x»",
                  "N° de passeport (passport) «x»", "passport «x»"]

ASK_PII = {
    "en": ["Can you draft a polite reply to this customer?", "Summarise this record for the onboarding checklist.",
           "Please check whether anything is missing for payroll.", "Turn this into a JSON object for our CRM import.",
           "Write a short welcome email for this new hire.", "Is this enough info to open a refund case?"],
    "de": ["Kannst du daraus eine höfliche Antwort formulieren?", "Bitte prüfe, ob für die Lohnabrechnung etwas fehlt.",
           "Fasse den Datensatz kurz zusammen."],
    "fr": ["Peux-tu rédiger une réponse polie à ce client ?", "Merci de vérifier s'il manque quelque chose pour la paie.",
           "Résume cette fiche en trois lignes."],
    "es": ["¿Puedes redactar una respuesta amable para este cliente?", "Revisa si falta algo para la nómina, por favor.",
           "Resume esta ficha."],
    "it": ["Puoi scrivere una risposta cortese a questo cliente?", "Controlla se manca qualcosa per le buste paga.",
           "Riassumi questa scheda."],
    "nl": ["Kun je een nette reactie aan deze klant schrijven?", "Controleer of er iets ontbreekt voor de salarisadministratie."],
    "pt": ["Pode escrever uma resposta educada para este cliente?", "Verifique se falta algo para a folha de pagamento."],
    "pl": ["Czy możesz przygotować uprzejmą odpowiedź dla klienta?", "Sprawdź, czy czegoś brakuje do listy płac."],
    "sv": ["Kan du skriva ett artigt svar till kunden?", "Kolla om något saknas för lönekörningen."],
    "ja": ["この顧客への丁寧な返信文を作成してください。", "給与計算に必要な情報が揃っているか確認してください。"],
    "zh": ["请帮我给这位客户写一封礼貌的回复。", "请检查一下入职资料是否齐全。"],
    "hi": ["इस ग्राहक के लिए एक विनम्र जवाब लिखो।", "please check karo ki payroll ke liye kuch missing toh nahi hai"],
}


def phone_label(region, national_ok=True):
    intl, nat = phone(region)
    if national_ok and R.random() < 0.45:
        return L(nat, "phone", "pii")
    return L(intl, "phone", "pii")


def pii_block(loc, region, iban_ctry, id_doc, with_card=False, with_iban=None, extra=None):
    """Key/value record in the locale's field names."""
    f = FIELDS[loc]
    first, last = person(loc)
    lines = ["%s: %s %s" % (f[0], first, last)]
    parts = {}
    if R.random() < 0.85:
        lines.append("%s: «em»" % f[1])
        parts["em"] = L(email(first, last, loc), "email", "pii")
    if region and R.random() < 0.8:
        lines.append("%s: «ph»" % f[2])
        parts["ph"] = phone_label(region)
    if R.random() < 0.6:
        lines.append("%s: %s" % (f[5], dob()))
    if R.random() < 0.5:
        lines.append("%s: %s" % (f[6], pick(ADDR[loc])))
    lines.append("«id»")
    parts["id"] = id_doc
    if with_iban if with_iban is not None else (iban_ctry and R.random() < 0.5):
        lines.append("%s: «ib»" % f[3])
        parts["ib"] = L(iban(iban_ctry or pick(list(IBAN_SPECS))), "iban", "pii")
    if with_card:
        lines.append("%s: «cc» (exp %02d/%02d)" % (f[4], R.randint(1, 12), R.randint(26, 31)))
        parts["cc"] = L(fmt_card(card()[1]), "payment-card", "pii")
    if extra:
        lines.append(extra)
    mid = lines[1:]
    R.shuffle(mid)
    lines = lines[:1] + mid
    return fill("\n".join(lines), **parts)


def s_record(kind, loc, region, ib, idd):
    blk = pii_block(loc, region, ib, idd, with_card=R.random() < 0.15)
    intro = pick(["", "Datensatz aus dem HR-Tool:\n" if loc == "de" else "", "Record:\n", "From the CRM:\n"])
    return fill("%s«b»\n\n%s" % (intro, pick(ASK_PII.get(loc, ASK_PII["en"]))), b=blk)


def s_ticket(kind, loc, region, ib, idd):
    first, last = person(loc)
    em = L(email(first, last, loc), "email", "pii")
    ph = phone_label(region) if region else None
    tpl = ("Support ticket %s (priority: %s)\nFrom: %s %s <«em»>\n%s«id»\nMessage: %s\n\n%s"
           % (order_id(), pick(["high", "normal"]), first, last,
              "Callback number: «ph»\n" if ph else "",
              pick(["I was charged twice for my subscription and nobody answers my emails.",
                    "My account got locked after I changed my address, please help.",
                    "I need the tax certificate for last year, the download link is broken.",
                    "The refund still hasn't arrived after 3 weeks."]),
              pick(ASK_PII["en"])))
    kw = {"em": em, "id": idd}
    if ph:
        kw["ph"] = ph
    return fill(tpl, **kw)


def s_json(kind, loc, region, ib, idd_val, key):
    first, last = person(loc)
    obj_lines = ['  "customerId": "%s"' % uuid4(), '  "firstName": "%s"' % first, '  "lastName": "%s"' % last,
                 '  "email": "«em»"', '  "%s": "«id»"' % key, '  "createdAt": "%s"' % ts()]
    kw = {"em": L(email(first, last, loc), "email", "pii"), "id": idd_val}
    if region:
        obj_lines.insert(4, '  "phone": "«ph»"')
        kw["ph"] = L(phone(region)[0], "phone", "pii")
    if ib and R.random() < 0.5:
        obj_lines.append('  "iban": "«ib»"')
        kw["ib"] = L(iban(ib, grouped=False), "iban", "pii")
    tpl = "```json\n{\n" + ",\n".join(obj_lines) + "\n}\n```\n" + pick(
        ["Write a Pydantic model for this payload.", "Why does our validator reject this object?",
         "Generate a TypeScript type for it.", "Map this to our Salesforce fields please."])
    return fill(tpl, **kw)


def s_sql(kind, loc, region, ib, idd_val, key):
    first, last = person(loc)
    kw = {"em": L(email(first, last, loc), "email", "pii"), "id": idd_val}
    cols = ["id", "first_name", "last_name", "email", key, "created_at"]
    vals = [str(R.randint(1000, 99999)), "'%s'" % first.replace("'", "''"), "'%s'" % last.replace("'", "''"), "'«em»'", "'«id»'", "'%s'" % ts()[:10]]
    if region:
        cols.insert(4, "phone")
        vals.insert(4, "'«ph»'")
        kw["ph"] = L(phone(region)[0], "phone", "pii")
    tpl = ("```sql\nINSERT INTO customers (%s)\nVALUES (%s);\n```\n%s" % (", ".join(cols), ", ".join(vals), pick(
        ["ERROR: duplicate key value violates unique constraint \"customers_email_key\" — how do I upsert instead?",
         "Postgres says value too long for type character varying(11). Which column?",
         "Rewrite this as a parameterized query in Python please."])))
    return fill(tpl, **kw)


def s_csv(kind, loc, region, ib, key, gen):
    rows = []
    kw = {}
    header = "employee_id,first_name,last_name,email,%s%s,start_date" % ("phone," if region else "", key)
    for i in range(R.randint(2, 3)):
        first, last = person(loc)
        kw["e%d" % i] = L(email(first, last, loc, corporate=True), "email", "pii")
        kw["i%d" % i] = L(gen(), kind, "pii")
        ph = ""
        if region:
            kw["p%d" % i] = L(phone(region)[0], "phone", "pii")
            ph = "«p%d»," % i
        rows.append("E%s,%s,%s,«e%d»,%s«i%d»,2025-%02d-%02d" % (nd(5), first, last, i, ph, i, R.randint(1, 12), R.randint(1, 28)))
    tpl = "```csv\n%s\n%s\n```\n%s" % (header, "\n".join(rows), pick(
        ["HR export — can you convert this to the JSON format our payroll vendor wants?",
         "Why does Excel mangle the id column when I open this?",
         "Sort by start date and give me a markdown table."]))
    return fill(tpl, **kw)


LETTER = {
    "de": "Sehr geehrte Frau %s,\n\nvielen Dank für Ihre Unterlagen. Wir haben folgende Angaben erfasst:\n«b»\n\nBitte prüfen Sie die Daten.\nMit freundlichen Grüßen\n\nKannst du diesen Brief freundlicher formulieren?",
    "fr": "Madame %s,\n\nNous accusons réception de votre dossier. Voici les informations enregistrées :\n«b»\n\nCordialement,\n\nPeux-tu rendre ce courrier plus chaleureux ?",
    "es": "Estimada Sra. %s:\n\nHemos recibido su documentación con los siguientes datos:\n«b»\n\nUn saludo cordial.\n\n¿Puedes hacer este correo más breve?",
    "it": "Gentile Sig.ra %s,\n\nabbiamo ricevuto la sua pratica con i seguenti dati:\n«b»\n\nCordiali saluti\n\nPuoi rendere questa email più formale?",
    "nl": "Beste mevrouw %s,\n\nWe hebben uw gegevens ontvangen:\n«b»\n\nMet vriendelijke groet,\n\nKun je deze mail korter maken?",
    "pt": "Prezada Sra. %s,\n\nRecebemos o seu cadastro com os dados abaixo:\n«b»\n\nAtenciosamente,\n\nPode deixar este e-mail mais cordial?",
    "pl": "Szanowna Pani %s,\n\nOtrzymaliśmy Pani dane:\n«b»\n\nZ poważaniem\n\nCzy możesz skrócić ten list?",
    "sv": "Hej %s,\n\nVi har registrerat följande uppgifter:\n«b»\n\nMed vänliga hälsningar\n\nKan du göra mejlet lite varmare?",
    "ja": "%s様\n\n以下の内容で登録いたしました。\n«b»\n\nよろしくお願いいたします。\n\nこのメールをもう少し丁寧にしてください。",
    "zh": "%s 您好：\n\n我们已登记以下信息：\n«b»\n\n此致\n\n请把这封邮件改得更正式一些。",
    "hi": "प्रिय %s जी,\n\nहमने आपकी जानकारी दर्ज कर ली है:\n«b»\n\nधन्यवाद\n\nइस ईमेल को थोड़ा छोटा कर दो।",
    "en": "Dear Ms %s,\n\nThank you for sending your documents. We have recorded the following details:\n«b»\n\nKind regards,\nPeople Team\n\nCan you make this letter sound warmer?",
}


def s_letter(kind, loc, region, ib, idd):
    blk = pii_block(loc, region, ib, idd)
    return fill(LETTER[loc] % person(loc)[1], b=blk)


def build_pii():
    for kind, (gen, loc, region, ib, ctxs) in ID_KINDS.items():
        key = {"us-ssn": "ssn", "us-itin": "itin", "uk-nino": "ni_number", "uk-nhs-number": "nhs_number", "ca-sin": "sin",
               "in-aadhaar": "aadhaar", "in-pan": "pan", "br-cpf": "cpf", "br-cnpj": "cnpj", "es-dni": "dni", "es-nie": "nie",
               "fr-nir": "nir", "de-tax-id": "steuer_id", "it-codice-fiscale": "codice_fiscale", "nl-bsn": "bsn",
               "pl-pesel": "pesel", "se-personnummer": "personnummer", "au-tfn": "tfn", "au-medicare": "medicare_number",
               "sg-nric": "nric", "cn-resident-id": "resident_id", "jp-my-number": "my_number", "mx-curp": "curp",
               "za-id-number": "sa_id_number"}[kind]
        plan = [s_record, s_ticket, s_json, s_letter, s_sql, s_record]
        if kind not in ("fr-nir", "jp-my-number"):
            plan.append(s_csv)
        for scen in plan:
            if scen in (s_json, s_sql):
                d = scen(kind, loc, region, ib, L(gen(), kind, "pii"), key)
            elif scen is s_csv:
                d = scen(kind, loc, region, ib, key, gen)
            else:
                idd = fill(pick(ctxs), x=L(gen(), kind, "pii"))
                if scen is s_ticket:
                    d = s_ticket(kind, "en", region, ib, join([idd, ""]))
                else:
                    d = scen(kind, loc, region, ib, idd)
            add("pii", d)
    # passports
    for ctry in ["US", "UK", "DE", "FR", "IN", "ES", "IT", "NL", "BR", "JP", "CA", "AU"]:
        first, last = person(pick(list(FIRST)))
        pp = L(passport(ctry), "passport-number", "pii")
        em = L(email(first, last), "email", "pii")
        tpl = pick([
            "Booking for %s %s, nationality %s, %s, DOB %s. Contact «e». Please draft the visa invitation letter." % (first, last, ctry, pick(PASSPORT_WORDS), dob()),
            "Hotel check-in form:\nGuest: %s %s\n%s\nEmail: «e»\nArrival: 2025-%02d-%02d\n\nTranslate this to Japanese for the front desk." % (first, last, pick(PASSPORT_WORDS), R.randint(1, 12), R.randint(1, 28)),
            "Hi, I'm %s, my %s, booking ref %s. Please add the details to my frequent flyer profile, email «e»." % (first, pick(PASSPORT_WORDS), rs(UP + DIG, 6)),
        ])
        add("pii", fill(tpl, x=pp, e=em))
    # contact-only prompts: emails, phones, cards, IBANs
    for i in range(16):
        loc = pick(["en", "de", "fr", "es", "it", "nl", "pt", "ja", "hi", "en", "en"])
        region = {"en": pick(["US", "UK", "CA", "AU"]), "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR",
                  "ja": "JP", "hi": "IN"}[loc]
        first, last = person(loc if loc in FIRST else "en")
        em = L(email(first, last, loc), "email", "pii")
        ph = phone_label(region)
        tpl = pick([
            "Please write a follow-up to «e» about the quote we discussed, and mention they can reach me on «p».",
            "Signature block for my new job:\n%s %s\nSenior Account Manager\nMobile: «p»\n«e»\n\nmake it look professional" % (first, last),
            "Meeting notes: call with %s (%s) — %s. Follow up by mail «e» or phone «p» before Friday." % (first, pick(CORPDOM), pick(["wants a demo", "price too high", "needs SSO"])),
            "Can you format this contact for Outlook import? %s %s, «e», tel «p»" % (first, last),
            "%s %s から連絡がありました。メール：«e»、電話：«p»。返信文を考えてください。" % (last, first),
            "Bitte ruf Herrn %s unter «p» zurück, oder schreib ihm an «e»." % last,
            "Rappelle %s au «p» ou écris-lui à «e», c'est urgent." % first,
        ])
        add("pii", fill(tpl, e=em, p=ph))
    for i in range(10):
        emails = [L(email(), "email", "pii") for _ in range(R.randint(3, 6))]
        tpl = pick(["Invite these people to the kickoff on Thursday and write the agenda:\n%s",
                    "Dedupe this mailing list and tell me which addresses look mistyped:\n%s",
                    "To: %s\n\nSubject: Q3 planning\n\nCan you make the subject more specific?"])
        sep = "\n" if "\n%s" in tpl else ", "
        add("pii", fill(tpl % sep.join("«e%d»" % j for j in range(len(emails))), **{"e%d" % j: e for j, e in enumerate(emails)}))
    for i in range(12):
        brand, num = card()
        c = L(fmt_card(num), "payment-card", "pii")
        first, last = person()
        tpl = pick([
            "Customer says card «c» was charged twice for order %s (%s). Draft a reply explaining refunds take 5–10 days." % (order_id(), "€%d.%02d" % (R.randint(5, 900), R.randint(0, 99))),
            "Payment log:\n%s ERROR payment_failed pan=«c» exp=%02d/%d reason=do_not_honor amount=%d.%02d EUR\nWhat does do_not_honor mean?" % (ts(), R.randint(1, 12), R.randint(26, 30), R.randint(5, 500), R.randint(0, 99)),
            "Meine Kreditkarte «c» wurde abgelehnt, obwohl genug Geld drauf ist. Woran kann das liegen?",
            "Mi tarjeta «c» no funciona en la tienda online, ¿qué hago?",
            "Ho pagato con la carta «c» ma l'ordine risulta non pagato.",
            "Billing details for the hotel: %s %s, %s card «c», expiry %02d/%d. Please write the authorization form." % (first, last, brand.upper(), R.randint(1, 12), R.randint(26, 30)),
        ])
        add("pii", fill(tpl, c=c))
    for i in range(12):
        ctry = pick(list(IBAN_SPECS))
        ib = L(iban(ctry), "iban", "pii")
        first, last = person()
        tpl = pick([
            "Please pay invoice %s to %s %s, IBAN «i», BIC %s, amount %d.%02d EUR. Write the payment instruction email." % (order_id(), first, last, rs(UP, 6, need_digit=False) + rs(UP + DIG, 2), R.randint(100, 9000), R.randint(0, 99)),
            "Bankverbindung für die Rückerstattung: «i» (Kontoinhaber %s %s). Formuliere bitte eine Bestätigung." % (first, last),
            "Voici mon RIB : IBAN «i». Pouvez-vous mettre à jour mon dossier ?",
            "```xml\n<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy=\"EUR\">%d.00</InstdAmt></Amt>\n  <Cdtr><Nm>%s %s</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>«i»</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>\n```\nWhy does the bank reject this pain.001 file?" % (R.randint(10, 5000), first, last),
            "Il mio IBAN è «i», potete accreditare il rimborso lì?",
            "Mijn IBAN is «i», kunnen jullie het bedrag terugstorten?",
        ])
        add("pii", fill(tpl, i=ib))


# ================================================================ hard negatives

EX_DOMAINS = ["example.com", "example.org", "example.net", "acme.test", "corp.example", "mail.invalid"]


def ex_email():
    f, l = person("en")
    return "%s.%s@%s" % (ascii_fold(f), ascii_fold(l), pick(EX_DOMAINS))


def fict_phone():
    return pick(["(%s) 555-01%02d" % (pick(["212", "310", "415", "617"]), R.randint(0, 99)),
                 "+1 %s 555 01%02d" % (pick(["202", "312", "503"]), R.randint(0, 99)),
                 "555-01%02d" % R.randint(0, 99),
                 "07700 900%03d" % R.randint(0, 999), "+44 7700 900%03d" % R.randint(0, 999),
                 "020 7946 0%03d" % R.randint(0, 999), "0491 570 %03d" % R.randint(110, 159)])


def ssh_pub():
    return keyfile(pick(["openssh_ed25519_1.key.pub", "openssh_ed25519_2.key.pub", "openssh_rsa1024.key.pub", "openssh_ecdsa.key.pub"]))


def n_git_log():
    lines = []
    for _ in range(R.randint(3, 7)):
        lines.append("commit %s\nAuthor: %s <%s>\nDate:   %s\n\n    %s\n" % (
            git_sha(), " ".join(person("en")), ex_email(), pick(["Mon", "Tue", "Wed", "Thu", "Fri"]) + " Mar %d %02d:%02d:%02d 2025 +0100" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            pick(["fix: handle empty token list", "chore(deps): bump @types/node to %s" % version(), "feat: add password reset flow",
                  "refactor: rename secret_name to secretName", "docs: explain API key rotation policy", "revert \"add retries\""])))
    return "Can you write release notes from this git log?\n```\n" + "\n".join(lines) + "```", "git SHAs, example.com author emails, words like token/password/secret in commit messages"


def n_docker():
    lines = ["REPOSITORY                 TAG       IMAGE ID       CREATED        SIZE"]
    for _ in range(R.randint(3, 6)):
        lines.append("%-26s %-9s %s   %d days ago    %dMB" % (pick(["ghcr.io/acme/api", "postgres", "redis", "node", "nginx", "python"]),
                                                          pick(["latest", version(), "16-alpine", "3.12-slim"]), git_sha()[:12], R.randint(1, 90), R.randint(20, 900)))
    pull = "Digest: sha256:%s\nStatus: Downloaded newer image for node:%s" % (sha256(), pick(["20-alpine", "22-bookworm"]))
    return "```\n" + "\n".join(lines) + "\n\n" + pull + "\n```\nWhich of these images can I delete safely?", "image ids and sha256 digests"


def n_npm():
    deps = {"@types/node": "^" + version(), "react": "^18.3.1", "@tanstack/react-query": "^5.%d.0" % R.randint(0, 60),
            "zod": "^3.23.%d" % R.randint(0, 9), "@aws-sdk/client-s3": "^3.%d.0" % R.randint(400, 700), "jsonwebtoken": "^9.0.2",
            "bcrypt": "^5.1.1", "dotenv": "^16.4.%d" % R.randint(0, 7)}
    lock = ('"node_modules/%s": {\n  "version": "%s",\n  "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n  "integrity": "sha512-%s"\n}'
            % ("zod", "3.23.8", "zod", "zod", "3.23.8", b64s(rbytes(64))))
    return ("package.json deps:\n```json\n%s\n```\npackage-lock excerpt:\n```json\n%s\n```\nnpm ERR! ERESOLVE unable to resolve dependency tree — which package conflicts with @types/node@%s?"
            % (json.dumps(deps, indent=2), lock, version())), "npm scopes, package@version strings, sha512 integrity hashes, 'jsonwebtoken' package name"


def n_env_example():
    lines = pick([["OPENAI_API_KEY=sk-...", "ANTHROPIC_API_KEY=<your-anthropic-key>", "GITHUB_TOKEN=${GITHUB_TOKEN}", "DB_PASSWORD=changeme",
                   "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY"],
                  ["SLACK_BOT_TOKEN=xoxb-your-token", "SENDGRID_API_KEY=SG.xxxxxxxx", "JWT_SECRET=replace-me", "REDIS_PASSWORD=",
                   "DATABASE_URL=postgres://user:password@localhost:5432/app", "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
                  ["GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "NPM_TOKEN=<token>", "API_KEY=YOUR_API_KEY", "SECRET_KEY=%(SECRET_KEY)s",
                   "ADMIN_PASSWORD=********", "MAIL_PASSWORD=${MAIL_PASSWORD:?missing}"],
                  ["GROQ_API_KEY=gsk_...", "PINECONE_API_KEY=pcsk_<id>_<secret>", "DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                   "TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "DISCORD_TOKEN=your_bot_token_here"]])
    lines = lines + filler_env()
    R.shuffle(lines)
    return (pick([".env.example for the repo:", "Template env file from the README:", "our sample config"]) + "\n```\n" + "\n".join(lines) + "\n```\n" +
            pick(["Is anything missing for a fresh install?", "Write setup docs based on this.", "Sort these alphabetically and group them."]),
            "placeholders only (sk-..., <token>, ${VAR}, changeme, xxxx, ********, documented Telegram sample token)")


def n_aws_docs():
    return (pick(["From the AWS docs:\n```\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nwhere does the CLI look for this file on Windows?",
                  "The tutorial uses AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — do I replace both with my own values?",
                  "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2\n\nIs this how localstack expects it?"]),
            "AWS documentation example key pair")


def n_stripe_pk():
    pk = "pk_%s_%s" % (pick(["live", "test"]), rs(ALNUM, 99))
    return (pick(["```js\nconst stripe = Stripe('%s');\nconst elements = stripe.elements({ clientSecret });\n```\nPayment Element doesn't render in Safari." % pk,
                  "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\nIs it ok that this ends up in the browser bundle?" % pk,
                  "Stripe docs example: `sk_test_4eC39HqLyjWDarjtT1zdp7dc` — the quickstart works with it but my own test key fails. Also my publishable key is %s" % pk]),
            "Stripe publishable key (public by design) and the documented Stripe sample test key")


def n_pubkeys():
    pub = ssh_pub()
    which = R.randint(0, 3)
    if which == 0:
        return "Add this to authorized_keys on the bastion please:\n```\n%s\n```\nand tell me how to restrict it to port forwarding only." % pub, "ssh public key"
    if which == 1:
        return "Verify JWTs with this public key?\n```\n%s\n```" % keyfile(pick(["rsa768_public.pem", "ec_p256_public.pem"])), "PEM public key"
    if which == 2:
        return "Is this certificate expired? How do I read it?\n```\n%s\n```" % keyfile("selfsigned.crt"), "X.509 certificate"
    return "Here's my PGP public key for the keyserver, is the armor correct?\n```\n%s\n```" % keyfile("pgp_one_public.asc"), "PGP public key block"


def n_test_cards():
    cards = R.sample(["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "378282246310005", "4000 0566 5566 5556",
                      "5105 1051 0510 5100", "6011 1111 1111 1117", "4012888888881881"], 4)
    return ("QA checklist for checkout:\n" + "\n".join("- pay with %s, exp 12/34, CVC %s" % (c, nd(3)) for c in cards) +
            "\nCan you turn this into Playwright test cases?", "well-known payment test card numbers")


def n_luhn_invalid():
    n = luhn_invalid_16()
    g = " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return (pick(["Our ERP reference for the shipment is %s, customer asks where the parcel is. Tracking %s." % (g, tracking()),
                  "Import fails on row 38: account_ref=%s (16 digits) — is the column type wrong?" % n,
                  "Der Beleg hat die Referenz %s, bitte Buchungstext formulieren." % g]),
            "16-digit reference that fails Luhn, tracking number")


def n_doc_iban():
    return (pick(["In the docs they use DE89 3704 0044 0532 0130 00 as sample IBAN — is that a real account?",
                  "Unit test fixture: iban = \"GB82 WEST 1234 5698 7654 32\" — why does my validator reject it with spaces?",
                  "Write a regex that accepts DE89370400440532013000 and GB82WEST12345698765432 but not DE89370400440532013001."]),
            "documentation sample IBANs")


def n_doc_ssn():
    return (pick(["Our fixture uses SSN 078-05-1120 (the Woolworth wallet number) and 123-45-6789. Can you generate more fake ones that are clearly invalid?",
                  "Form placeholder text says 'e.g. 123-45-6789' — is that OK for accessibility?",
                  "Why does our validator reject 000-12-3456 and 666-45-1234? Write me the rules."]),
            "famous/invalid sample SSNs")


def n_fictional_phone():
    return ("Screenplay scene: the detective calls %s and leaves a message, later texts %s. Make the dialogue tenser." % (fict_phone(), fict_phone()),
            "fictional phone ranges (US 555-01XX, Ofcom drama numbers, ACMA fictional)")


def n_versions():
    return (pick(["Upgraded from %s to %s and now Windows build 10.0.19045.%d fails. Kernel 6.%d.%d-%d-generic on the CI box." % (version(), version(), R.randint(1000, 5000), R.randint(1, 12), R.randint(0, 40), R.randint(10, 200)),
                  "Release %s (build %s) shipped on %s. Changelog: fixed token refresh race, API key rotation policy docs." % (version(), nd(8, True), ts()[:10]),
                  "Chrome %d.0.%d.%d crashes with our extension, Firefox %d.%d works." % (R.randint(120, 140), R.randint(6000, 7000), R.randint(10, 200), R.randint(120, 140), R.randint(0, 9))]),
            "phone-like version and build numbers, dates")


def n_b64img():
    return ("Why doesn't this image show in Outlook?\n```html\n<img alt=\"logo\" src=\"%s\" width=\"120\">\n```" % b64_png(), "base64 data:image/png URI")


def n_b64blob():
    return (pick(["```yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fonts\nbinaryData:\n  icon.woff2: %s\n```\nkubectl says the ConfigMap is too large" % b64_blob(200),
                  "Decode this for me please (it's a protobuf from our logs): %s" % b64_blob(),
                  "The message queue payload is `%s` — what encoding is that?" % b64_blob()]), "base64 blob that is not a credential")


def n_hashes():
    return (pick(["```\n$ sha256sum release-%s.tar.gz\n%s  release-%s.tar.gz\n$ md5sum installer.msi\n%s  installer.msi\n```\nThe vendor publishes %s — does it match?" % (version(), sha256(), version(), md5(), sha256()),
                  "The commit %s (short %s) broke the build, the previous good one is %s. How do I bisect?" % (git_sha(), git_sha(True), git_sha()),
                  "ETag is \"%s\" but CloudFront still serves the old file. Why?" % md5()]),
            "hashes and commit SHAs")


def n_uuids():
    lines = ["%s INFO request_id=%s tenant=%s latency_ms=%d" % (ts(), uuid4(), uuid4(), R.randint(2, 800)) for _ in range(R.randint(4, 9))]
    return "Which tenant is slowest?\n```\n" + "\n".join(lines) + "\n```", "UUIDs in logs"


PROSE_NEG = [
    "We're designing the password reset flow: user enters email, gets a link valid for 30 minutes, the link contains a one-time token. What are the common pitfalls?",
    "What's a good API key rotation policy for a team of 12 engineers? We rotate every 90 days today.",
    "Organise our secret santa: 9 people, budget 25 €, nobody gets their own partner. Give me the rules in a fun tone 🎅",
    "The key insight of the paper is that attention is permutation-equivariant. Can you explain it to a high-school student?",
    "How many tokens is a 3,000 word document for GPT-4o? Our token limit per request is 128k.",
    "Explain the difference between a primary key, a foreign key and a unique key in Postgres.",
    "Should we store passwords hashed with argon2id or bcrypt? What parameters in 2025?",
    "Write a policy paragraph: employees must never paste secrets, API keys or customer data into AI tools.",
    "What is the difference between public key and private key cryptography, in simple words?",
    "Our keyboard shortcuts conflict with the browser: Ctrl+K opens search. Which key combo is safe?",
    "Tokenizer question: why does 'unbelievable' split into three tokens?",
    "Draft a Slack message reminding everyone that the VPN password expires on Friday and how to change it via the self-service portal.",
    "Come si implementa un reset della password sicuro in Django?",
    "Wie funktioniert OAuth 2.0 mit PKCE? Bitte Schritt für Schritt, ohne Code.",
    "Explique-moi la différence entre un jeton d'accès et un jeton de rafraîchissement.",
    "¿Cuál es la mejor forma de rotar secretos en Kubernetes sin reiniciar los pods?",
    "Wat is een goede wachtwoordregel voor ons MKB-bedrijf?",
    "Qual é a diferença entre criptografia simétrica e assimétrica?",
    "Jak bezpiecznie przechowywać klucze API w aplikacji mobilnej?",
    "Hur fungerar tvåfaktorsautentisering med en hårdvarunyckel?",
    "APIキーのローテーションはどれくらいの頻度で行うべきですか？",
    "如何在前端安全地处理访问令牌？",
    "पासवर्ड मैनेजर इस्तेमाल करने के क्या फायदे हैं?",
    "The meeting is in room 4.12, building B, at 14:30 — bring your badge, the door code changed.",
    "GitHub classic tokens start with ghp_ and have 36 characters after the prefix; fine-grained ones start with github_pat_. How does secret scanning verify the checksum?",
    "Regex review: `^AKIA[0-9A-Z]{16}$` — does this also match temporary keys? What about ASIA?",
    "My kid wants a secret password for the treehouse club, give me 10 funny ideas 😂",
]


def n_prose():
    base = pick(PROSE_NEG)
    extra = pick(["", "", " Thanks!", " 🙏", " Keep it short.", " (for a blog post)"])
    return base + extra, "security vocabulary without any secret"


def n_env_refs():
    return (pick(["```python\nimport os\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nstripe.api_key = os.getenv(\"STRIPE_SECRET_KEY\")\n```\nHow do I load these from a .env in tests?",
                  "```yaml\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      GH_TOKEN: ${{ github.token }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n```\nwhy is NPM_TOKEN empty in forks?",
                  "```js\nconst token = process.env.SLACK_BOT_TOKEN;\nif (!token) throw new Error('SLACK_BOT_TOKEN missing');\n```",
                  "```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n```\nIs secretKeyRef the right way or should I use envFrom?",
                  "```hcl\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\npassword = var.db_password\n```"]),
            "references to secrets by name, no values")


def n_masked():
    return ("CI output:\n```\nRun ./deploy.sh\n  env:\n    API_TOKEN: ***\n    DB_PASSWORD: ***\nLogging in with token ****%s\nDeploying %s to production...\nError: rollout timed out after 600s\n```\nwhat happened?" % (rs(HEXL, 4), git_sha(True)),
            "masked values")


def n_redacted():
    return (pick(["My key is sk-proj-…%s (redacted), it suddenly returns 401. Any known outage?" % rs(ALNUM, 4),
                  "Token: ghp_************************************ (I removed it). Why does git push ask for a password?",
                  "AWS_ACCESS_KEY_ID=AKIA**************** AWS_SECRET_ACCESS_KEY=[REDACTED] — what's the minimum IAM policy for S3 uploads?",
                  "password: ******** — the installer accepts it but the service won't start."]), "redacted values")


def n_db_placeholder():
    return (pick(["DATABASE_URL=postgres://localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0\n\nprisma can't connect in docker, why?",
                  "mongodb+srv://<username>:<password>@cluster0.mongodb.net/?retryWrites=true — what do I put for username?",
                  "postgresql://app:${DB_PASSWORD}@db:5432/app — docker compose doesn't substitute the variable",
                  "jdbc:mysql://db-host:3306/shop?user=shop&password=<secret> — what's the right escaping in application.properties?"]),
            "connection strings without a real password")


def n_people():
    first, last = person(pick(list(FIRST)))
    loc = pick(list(ADDR))
    return ("Write a birthday card for %s %s, born %s, who lives at %s. She loves hiking and jazz 🎷" % (first, last, dob(), pick(ADDR[loc])),
            "names, address and date of birth only (out of scope)")


def n_example_emails():
    return (pick(["Send the invite to %s and %s — can you write it?" % (ex_email(), ex_email()),
                  "git clone git@github.com:%s/%s.git fails with 'Permission denied (publickey)'" % (pick(["acme", "brightlane", "octo-org"]), pick(["api", "infra", "web"])),
                  "In our tests we use %s as the login. Is a .test TLD guaranteed never to resolve?" % ("qa-bot@acme.test")]),
            "reserved example domains, git SSH remote")


def n_long_arch():
    paras = [
        "We run a multi-tenant SaaS for logistics companies. The API is a Go service behind an Envoy gateway, with Postgres 16 as the primary store and Redis for rate limiting.",
        "Each tenant gets its own schema; migrations are applied with Atlas during deploys. We have about %d tenants and the largest has %d million shipment rows." % (R.randint(100, 900), R.randint(2, 80)),
        "Authentication uses short-lived JWT access tokens (15 minutes) and rotating refresh tokens stored hashed in the database. API keys for machine clients are hashed with SHA-256 and shown only once.",
        "Secrets live in Vault; pods authenticate with the Kubernetes auth method and get a lease of one hour. We rotate database credentials daily with the database secrets engine.",
        "Latency p99 is %d ms for reads and %d ms for writes. During peak (08:00–10:00 CET) we see lock contention on the shipments table." % (R.randint(80, 400), R.randint(200, 900)),
        "We are considering moving large tenants to dedicated clusters, or partitioning shipments by month with pg_partman.",
        "Budget is tight: roughly %d EUR/month for infrastructure. The team is 6 backend engineers and 1 SRE." % R.randint(8000, 60000),
        "Our observability stack is OpenTelemetry → Grafana Tempo/Loki/Mimir. Traces are sampled at 20%%, logs retained for 14 days.",
        "Questions: 1) partitioning vs dedicated clusters, 2) how to keep schema-per-tenant migrations fast, 3) whether to drop Redis for Postgres advisory locks, 4) what to measure before deciding.",
    ]
    R.shuffle(paras[:-1])
    text = "\n\n".join(paras[:-1][:R.randint(5, 8)] + [paras[-1]])
    return text + "\n\nPlease answer in detail with trade-offs.", "long architecture prose with security vocabulary"


ML_NEG = [
    "Bitte übersetze: 'Die Lieferung an die Filiale in 80331 München kostet 49,90 € und kommt am 14.03.2025.'",
    "Corrige ce texte : « La réunion du 12/05 aura lieu au 3e étage, salle 301, de 9h30 à 11h. »",
    "Resume: el pedido nº 40213 llegó el 3 de marzo, 12 cajas, peso total 84,5 kg.",
    "Traduci in inglese: 'Il volo AZ 1784 parte alle 18:45 dal terminal 1.'",
    "Vertaal: 'De factuur van €1.249,00 moet vóór 30 april betaald zijn.'",
    "Revise: 'O prazo de entrega é de 5 a 7 dias úteis para o CEP 01310-100.'",
    "Popraw: 'Spotkanie w sali 2.14 o 10:15, proszę zabrać laptopy.'",
    "Översätt: 'Tåget 531 avgår från spår 4 kl. 07.12.'",
    "次の文を英訳してください：「会議は3月14日15時から第2会議室で行います。」",
    "请翻译：“订单号 20250314-88 已于下午三点发货，预计两天内送达。”",
    "इसे अंग्रेज़ी में लिखो: 'मीटिंग शुक्रवार सुबह 10 बजे कमरा नंबर 204 में है।'",
]


def n_multi():
    return pick(ML_NEG) + pick(["", " Danke!", " Merci !", " 🙂"]), "multilingual business text with numbers, dates, zip codes"


def n_numbers():
    return (pick(["ISBN %s — is this the 2nd edition? Price listed is $%d.%02d, ships to ZIP %05d." % (isbn13(), R.randint(10, 90), R.randint(0, 99), R.randint(10000, 99999)),
                  "Tracking %s shows 'label created' for 6 days. Invoice %s, order %s." % (tracking(), order_id(), order_id()),
                  "Compute the monthly payment for a loan of 245,000 at 3.85%% over 25 years.",
                  "2^64 = 18446744073709551616 and 2^53 = 9007199254740992 — why do JS numbers lose precision above the second?",
                  "Our server %s (MAC %s) keeps getting a new lease every %d minutes." % (ipv4(), mac(), R.randint(5, 60))]),
            "ISBN, prices, ZIP codes, tracking/invoice numbers, IP/MAC (out of scope)")


def n_stacktrace():
    frames = ["\tat com.acme.billing.%s.%s(%s.java:%d)" % (c, m, c, R.randint(20, 900)) for c, m in
              [(pick(["InvoiceService", "TokenValidator", "PasswordPolicy", "KeyRotationJob"]), pick(["apply", "validate", "run", "rotate"])) for _ in range(R.randint(4, 9))]]
    return ("```\nException in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n%s\n```\nWhy is token null here?" % "\n".join(frames),
            "stack trace mentioning token/password classes, no values")


def n_kubectl():
    lines = ["NAME                                READY   STATUS             RESTARTS   AGE"]
    for _ in range(R.randint(3, 6)):
        lines.append("%-35s %s     %-18s %d          %dm" % ("%s-%s-%s" % (pick(["api", "worker", "secrets-sync", "token-service"]), rs(LO + DIG, 10), rs(LO + DIG, 5)),
                                                           pick(["1/1", "0/1"]), pick(["Running", "CrashLoopBackOff", "Pending"]), R.randint(0, 30), R.randint(1, 600)))
    return "```\n$ kubectl get pods -n prod\n" + "\n".join(lines) + "\n```\nHow do I see why the crashing one restarts?", "pod hash suffixes"


def n_crypto_public():
    return (pick(["Send the refund to bc1q%s please, is that a segwit address?" % rs("023456789acdefghjklmnpqrstuvwxyz", 38),
                  "Transaction %s is stuck with 2 sat/vB. Can I bump the fee?" % sha256(),
                  "ERC-20 transfer from 0x%s to 0x%s failed: execution reverted" % (rs(HEXL, 40), rs(HEXL, 40)),
                  "Genesis block address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa — why can nobody spend from it?"]),
            "public crypto addresses and transaction hashes")


def n_jwt_doc():
    return ("jwt.io shows this sample token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — what do the three parts mean?",
            "the jwt.io documentation sample token (public)")


def n_sql_schema():
    return ("```sql\nCREATE TABLE users (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  email text UNIQUE NOT NULL,\n  password_hash text NOT NULL,\n  api_key_hash char(64),\n  ssn_encrypted bytea,\n  reset_token_expires_at timestamptz\n);\n```\nShould api_key_hash have an index?",
            "schema with sensitive column names, no values")


def n_regex():
    return (pick(["Write a regex for German IBANs (DE + 2 check digits + 18 digits) and explain mod-97.",
                  "What's the Luhn algorithm? Show it in Rust.",
                  "How are Aadhaar numbers validated (Verhoeff)? Pseudocode please.",
                  "Regex for UK NINO: two letters, six digits, one letter A-D. Which prefixes are invalid?"]),
            "talks about ID formats without any value")


def n_casual():
    return (pick(["lol the demo crashed right when the CEO joined 😂😂 anyway, how do I make a React spinner that doesn't flicker?",
                  "can u help me write a haiku about debugging at 3am ☕🐛",
                  "what's 15% tip on 86.40?",
                  "recommend me 3 sci-fi books like Project Hail Mary 🚀",
                  "my cat walked on the keyboard and typed ';;;;;llllkkkk' into the terminal, did it break anything?"]), "casual chat")


def n_cloud_ids():
    return (pick(["arn:aws:iam::%s:role/deploy-%s — why can't GitHub OIDC assume this role?" % (nd(12, True), rs(LO, 5, need_digit=False)),
                  "/subscriptions/%s/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/acmeprod — what's the CLI command to list its containers?" % uuid4(),
                  "GCP project number %s, project id acme-prod-4411. Which one goes into the workload identity pool provider?" % nd(12, True),
                  "Client ID %s-%s.apps.googleusercontent.com — is it fine to ship this in the mobile app?" % (nd(12, True), rs(LO + DIG, 32))]),
            "cloud resource identifiers and OAuth client IDs (public identifiers)")


def n_hexdump():
    lines = ["%08x: %s  %s" % (i * 16, " ".join(rs(HEXL, 4, need_digit=False) for _ in range(8)), "................") for i in range(R.randint(4, 8))]
    return "```\n$ xxd firmware.bin | head\n" + "\n".join(lines) + "\n```\nWhat file format is this?", "hex dump"


NEG_TEMPLATES = [n_git_log, n_docker, n_npm, n_env_example, n_aws_docs, n_stripe_pk, n_pubkeys, n_test_cards, n_luhn_invalid,
                 n_doc_iban, n_doc_ssn, n_fictional_phone, n_versions, n_b64img, n_b64blob, n_hashes, n_uuids, n_prose, n_prose,
                 n_prose, n_env_refs, n_masked, n_redacted, n_db_placeholder, n_people, n_example_emails, n_long_arch, n_multi,
                 n_multi, n_numbers, n_stacktrace, n_kubectl, n_crypto_public, n_jwt_doc, n_sql_schema, n_regex, n_casual,
                 n_cloud_ids, n_hexdump]


def build_negatives(target):
    tries = 0
    while len(RECORDS["negatives"]) < target and tries < target * 20:
        tries += 1
        t = NEG_TEMPLATES[tries % len(NEG_TEMPLATES)] if tries <= len(NEG_TEMPLATES) * 3 else pick(NEG_TEMPLATES)
        text, note = t()
        add("negatives", Doc(text), note)


# ================================================================ mixed

def build_mixed(target):
    simple = [s for s in SPECS if not s.ctx_required]
    made = 0
    while made < target:
        s = pick(simple)
        v = s.value()
        loc = pick(["en", "de", "fr", "es", "nl", "en", "en"])
        region = {"en": pick(["US", "UK", "CA", "AU"]), "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}[loc]
        first, last = person(loc)
        em = L(email(first, last, loc), "email", "pii")
        ph = L(phone(region)[0], "phone", "pii")
        c = made % 8
        if c == 0:
            d = fill("Support escalation. Customer %s %s («e», «p») can't log in. I called our API like this:\n```\ncurl -H \"Authorization: Bearer «v»\" https://api.%s/v1/users?email=«e»\n```\nand it returns an empty list. What should I tell the customer?" % (first, last, pick(CORPDOM)), e=em, p=ph, v=v)
        elif c == 1:
            pw = L(password(), "password")
            idk = pick(["us-ssn", "uk-nino", "de-tax-id", "nl-bsn", "es-dni", "fr-nir"])
            gen, _, _, _, ctxs = ID_KINDS[idk]
            d = fill("onboarding script for the new hire:\n```bash\nexport HR_API_TOKEN=«v»\nhrctl create-employee --name \"%s %s\" --email «e» --phone \"«p»\" --%s \"«x»\"\nmysql -u hr -p'«pw»' -e 'CALL sync_payroll();'\n```\nThe second command says 'unknown flag'. Fix it?" % (first, last, idk.split("-", 1)[1], ), v=v, e=em, p=ph, x=L(gen(), idk, "pii"), pw=pw)
        elif c == 2:
            wh = L(stripe_whsec(), "stripe-webhook-secret")
            cc = L(fmt_card(card()[1], 2), "payment-card", "pii")
            d = fill("Webhook handler gets this event but signature verification with «w» fails:\n```json\n{\n  \"type\": \"charge.failed\",\n  \"data\": {\"object\": {\"billing_details\": {\"email\": \"«e»\", \"phone\": \"«p»\", \"name\": \"%s %s\"},\n  \"payment_method_details\": {\"card\": {\"number\": \"«c»\", \"exp_month\": %d}}}}\n}\n```\n(yes, the test harness logs the full PAN, I know)" % (first, last, R.randint(1, 12)), w=wh, e=em, p=ph, c=cc)
        elif c == 3:
            db = L(uri_pw(), "database-uri-password")
            d = fill("```\nDATABASE_URL=postgres://crm:«d»@%s:5432/crm\n%s=«v»\n```\nand the seed file:\n```sql\nINSERT INTO contacts (name, email, phone) VALUES ('%s %s', '«e»', '«p»');\n```\nWhy does `npm run seed` hang?" % (ipv4(), pick(s.env), first, last.replace("'", "''")), d=db, v=v, e=em, p=ph)
        elif c == 4:
            ib = L(iban(pick(["DE", "NL", "FR", "ES", "GB"])), "iban", "pii")
            pw = L(password(), "password")
            d = fill("Draft an email to our bank contact %s (%s) with the new SFTP login for the payment files: user acme-payments, password «pw». Our settlement account is «i». She prefers a phone call first: «p»." % (first, "«e»", ), pw=pw, i=ib, p=ph, e=em)
        elif c == 5:
            t = L(jwt(claims={"sub": str(R.randint(10 ** 5, 10 ** 7)), "email": em.value, "iat": R.randint(1_700_000_000, 1_790_000_000)}), "jwt")
            d = fill("```\n%s ERROR user=«e» session=«t» path=/checkout status=500\n%s\n```\nCan you tell what's breaking checkout for this user?" % (ts(), "\n".join(log_noise(R.randint(3, 8)))), e=em, t=t)
        elif c == 6:
            idk = pick(list(ID_KINDS))
            gen, iloc, iregion, iib, ctxs = ID_KINDS[idk]
            d = fill("Python script to push the record into our HR SaaS:\n```python\nAPI_KEY = \"«v»\"\nrecord = {\"name\": \"%s %s\", \"email\": \"«e»\", \"phone\": \"«p»\", \"%s\": \"«x»\"}\nrequests.post(\"https://api.%s/v2/employees\", json=record, headers={\"X-API-Key\": API_KEY})\n```\nreturns 422 — which field is invalid?" % (first, last, idk.split("-", 1)[1].replace("-", "_"), pick(CORPDOM)), v=v, e=em, p=ph, x=L(gen(), idk, "pii"))
        else:
            neg = pick([n_hashes, n_uuids, n_versions, n_test_cards])()[0]
            d = fill("Two things: (1) %s\n(2) unrelated, our ops contact is «e», phone «p», and the token we use for the status page is «v» — is it OK to share it in our wiki?" % neg, e=em, p=ph, v=v)
        if add("mixed", d, None):
            made += 1


# ================================================================ main

def main():
    build_secrets()
    build_pii()
    build_negatives(270)
    build_mixed(64)
    prefix = {"secrets": "s", "pii": "p", "negatives": "n", "mixed": "m"}
    for name, recs in RECORDS.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as fh:
            for i, r in enumerate(recs, 1):
                out = {"id": "%s%04d" % (prefix[name], i), "text": r["text"], "labels": r["labels"]}
                if "note" in r:
                    out["note"] = r["note"]
                fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    for name, recs in RECORDS.items():
        print("%-10s %4d prompts, %4d labels" % (name, len(recs), sum(len(r["labels"]) for r in recs)))


if __name__ == "__main__":
    main()
