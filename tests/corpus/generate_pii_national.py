#!/usr/bin/env python3
"""Writes tests/corpus/pii-national.jsonl and tests/corpus/pii-negatives.jsonl.

Personal data that issue 16 added rules for, as people paste it into chat
apps: national and tax identifiers of Latin America, Europe, Asia, Africa
and Oceania with their check digits, phone numbers in the national formats
of many countries, 19-digit and 12-digit cards, labels in the countries'
languages, labels a sentence away from the value, and labels in the header
row of a pasted table. The negatives are the near misses that must stay
quiet: the same identifiers with a wrong check digit or an impossible date,
and dates, amounts, versions, postcodes, order ids, SVG path data,
coordinates, year ranges and IBANs whose digits look like other things.

Values are random and synthetic, drawn from one random.Random(20261207);
the check digits are computed here, independently of the Rust validators
(a mismatch shows up as a miss in `cargo test --test corpus`). Phone
numbers come from libphonenumber's metadata: the generator needs the
`phonenumbers` package (the version `make phone-plans` pins), and running
it again writes byte-identical files:

    target/phone-plans-venv/bin/python tests/corpus/generate_pii_national.py
"""

import json
import random
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat, PhoneNumberType

HERE = Path(__file__).resolve().parent
R = random.Random(20261207)


def digits(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def luhn_check(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def date(lo=1950, hi=2004):
    y, m = R.randint(lo, hi), R.randint(1, 12)
    return y, m, R.randint(1, 28)


# ---------------------------------------------------------------- identifiers
def co_nit():
    body = digits(9, "89")
    w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    r = sum(int(c) * w[i] for i, c in enumerate(reversed(body))) % 11
    dv = r if r < 2 else 11 - r
    return f"{body[:3]}.{body[3:6]}.{body[6:]}-{dv}", body + str(dv)


def ec_cedula():
    while True:
        body = f"{R.randint(1, 24):02d}{R.randint(0, 5)}" + digits(6)
        s = 0
        for i, c in enumerate(body):
            p = int(c) * (2 if i % 2 == 0 else 1)
            s += p - 9 if p > 9 else p
        return body + str((10 - s % 10) % 10)


def do_cedula():
    body = "0" + digits(9, "0123")
    full = body + luhn_check(body)
    return f"{full[:3]}-{full[3:10]}-{full[10]}", full


def cu_carne():
    y, m, d = date(1950, 1999)
    return f"{y % 100:02d}{m:02d}{d:02d}{R.randint(0, 5)}" + digits(4)


def pe_dni():
    body = digits(8, "1234567")
    k = (11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11) % 11
    return f"{body}-{'67890112345'[k]}"


def mod11_10(body):
    p = 10
    for c in body:
        s = (int(c) + p) % 10
        p = ((s or 10) * 2) % 11
    return str((11 - p) % 10)


def hr_oib():
    body = digits(10, "123456789")
    return body + mod11_10(body)


def jmbg(region):
    while True:
        y, m, d = date(1950, 2003)
        body = f"{d:02d}{m:02d}{y % 1000:03d}{region:02d}" + digits(3)
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k = 11 - sum(int(c) * x for c, x in zip(body, w)) % 11
        return body + str(0 if k > 9 else k)


def bg_egn():
    y, m, d = date(1950, 1999)
    body = f"{y % 100:02d}{m:02d}{d:02d}" + digits(3)
    return body + str(sum(int(c) * w for c, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11 % 10)


def ua_rnokpp():
    body = digits(9, "123456789")
    s = sum(int(c) * w for c, w in zip(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7]))
    return body + str(s % 11 % 10)


def ru_inn12():
    body = digits(10, "1234567")
    c1 = sum(int(c) * w for c, w in zip(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    body += str(c1)
    c2 = sum(int(c) * w for c, w in zip(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return body + str(c2)


def lv_code(new):
    while True:
        if new:
            body = "32" + digits(8)
        else:
            y, m, d = date()
            body = f"{d:02d}{m:02d}{y % 100:02d}1" + digits(3)
        r = (1101 - sum(int(c) * w for c, w in zip(body, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
        if r < 10:
            return body + str(r) if new else f"{body[:6]}-{body[6:]}{r}"


def is_kennitala():
    while True:
        y, m, d = date(1950, 1999)
        body = f"{d:02d}{m:02d}{y % 100:02d}" + digits(2)
        k = 11 - sum(int(c) * w for c, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if k != 10:
            return f"{body[:6]}-{body[6:]}{0 if k == 11 else k}9"


def pt_cc():
    while True:
        civil = digits(8, "123456789")
        for first in "0123456789":
            for last in "0123456789":
                s = civil + first + "ZZ" + last
                total = 0
                for i, ch in enumerate(reversed(s)):
                    v = int(ch) if ch.isdigit() else ord(ch) - 55
                    if i % 2 == 1:
                        v = v * 2 - 9 if v * 2 > 9 else v * 2
                    total += v
                if total % 10 == 0 and R.random() < 0.3:
                    return f"{civil} {first} ZZ{last}"


def de_steuernummer():
    return R.choice(
        [
            f"{R.randint(100, 299)}/{digits(3, '123456789')}/{digits(5)}",
            f"{R.randint(10, 99)}/{digits(3, '123456789')}/{digits(5)}",
            f"5{R.randint(100, 399)}0{digits(8, '123456789')}",
        ]
    )


def in_epic():
    body = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(6, "123456789")
    return body + luhn_check(body[3:])




def verhoeff_check(body):
    d = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        p.append([p[1][x] for x in p[-1]])
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = d[c][p[(i + 1) % 8][int(ch)]]
    return str(inv[c])


def in_vid():
    body = digits(15, "23456789")
    v = body + verhoeff_check(body)
    return " ".join(v[i : i + 4] for i in range(0, 16, 4))


def pk_cnic():
    v = digits(13, "1234567")
    return f"{v[:5]}-{v[5:12]}-{v[12]}"


def id_nik():
    y, m, d = date(1960, 2004)
    if R.random() < 0.5:
        d += 40
    return f"{R.choice([31, 32, 33, 35, 51, 61, 73])}{R.randint(1, 79):02d}{R.randint(1, 40):02d}{d:02d}{m:02d}{y % 100:02d}{R.randint(1, 999):04d}"


def nz_ird():
    while True:
        base = f"{R.randint(10000000, 14999999):08d}"[:8]
        base = base[-8:]
        w1, w2 = [3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]

        def chk(w):
            r = sum(int(c) * x for c, x in zip(base, w)) % 11
            return 0 if r == 0 else 11 - r

        c = chk(w1)
        c = chk(w2) if c == 10 else c
        if c < 10:
            v = base.lstrip("0") + str(c)
            return f"{v[:-6]}-{v[-6:-3]}-{v[-3:]}"


def ke_pin():
    return "A" + digits(9, "0") + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")


def mu_nic():
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    y, m, d = date(1950, 2004)
    front = R.choice("ABCDEFGHJKLMNPRST") + f"{d:02d}{m:02d}{y % 100:02d}" + digits(6)
    s = sum((14 - i) * alphabet.index(c) for i, c in enumerate(front))
    return front + alphabet[(17 - s) % 17]


def bc_phn():
    while True:
        body = "9" + digits(8)
        c = (11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3])) % 11) % 11
        if c < 10:
            v = body + str(c)
            return f"{v[:4]} {v[4:7]} {v[7:]}"


def cr_cedula():
    return f"{R.randint(1, 7)}-{R.randint(100, 1999):04d}-{R.randint(1, 9999):04d}"


def be_bis():
    while True:
        y, m, d = date(1960, 1999)
        body = f"{y % 100:02d}{m + 40:02d}{d:02d}{R.randint(1, 997):03d}"
        c = 97 - int(body) % 97
        return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{c:02d}"


def card19():
    body = "4" + digits(17)
    v = body + luhn_check(body)
    return " ".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]])


def maestro12():
    body = R.choice(["6759", "6761", "5018", "5020"]) + digits(7)
    v = body + luhn_check(body)
    return f"{v[:4]} {v[4:8]} {v[8:]}"


# Each entry: kind, value maker (returns the value as written), sentences
# ({v} is the value), in the identifier's own languages and in English.
ID_CASES = [
    ("co-nit", lambda: co_nit()[0], [
        "Hola, necesito la factura a nombre de la empresa, NIT {v}, dirección Cra 7 # 71-21 Bogotá.",
        "¿Este NIT está bien escrito? {v} — es el de mi proveedor en Medellín",
        "razon_social,nit,ciudad\nCafé del Huila SAS,{v},Neiva",
    ]),
    ("ec-cedula", ec_cedula, [
        "Buenas, mi cédula es {v}, ¿me ayudas a llenar el formulario del IESS?",
        "Cliente: Andrea Villacís, C.I. {v}, Guayaquil",
        "nombre;cedula;ciudad\nLuis Chango;{v};Ambato",
    ]),
    ("cr-cedula", cr_cedula, [
        "Mi número de cédula es {v}, ¿qué necesito para el trámite en la CCSS?",
        "Cédula de identidad del arrendatario: {v}",
    ]),
    ("do-cedula", lambda: do_cedula()[0], [
        "Necesito verificar esta cédula {v} antes de firmar el contrato en Santo Domingo",
        "Empleado nuevo: Yokasta Reyes, cédula {v}, inicia el lunes",
    ]),
    ("cu-carne", cu_carne, [
        "Mi carné de identidad es {v}, ¿sirve para abrir la cuenta en BANDEC?",
        "Datos del titular — CI: {v}, municipio Playa",
    ]),
    ("pe-dni", pe_dni, [
        "Mi DNI es {v}, ¿cómo lo registro en la SUNAT?",
        "Titular: Jhonatan Mamani, D.N.I. {v}, Cusco",
    ]),
    ("de-steuernummer", de_steuernummer, [
        "Kannst du die Rechnung prüfen? Meine Steuernummer ist {v}, Finanzamt München.",
        "St.-Nr. {v} — muss die auf jede Rechnung?",
    ]),
    ("is-kennitala", is_kennitala, [
        "Kennitalan mín er {v}, geturðu hjálpað mér með umsóknina?",
        "Can you check this kennitala for the payroll export? {v}",
    ]),
    ("lv-personas-kods", lambda: lv_code(False), [
        "Mans personas kods ir {v}, lūdzu aizpildi iesniegumu VID.",
        "Is this Latvian personal code still valid? {v}",
    ]),
    ("lv-personas-kods", lambda: lv_code(True), [
        "Personas kods: {v} (jaunā formāta kods)",
    ]),
    ("pt-cartao-cidadao", pt_cc, [
        "O número do meu Cartão de Cidadão é {v}, preciso dele para o contrato de arrendamento?",
        "Dados do cliente — documento de identificação {v}, Porto",
    ]),
    ("hr-oib", hr_oib, [
        "Moj OIB je {v}, možeš li provjeriti obrazac za poreznu upravu?",
        "ime,prezime,oib\nIvana,Babić,{v}",
    ]),
    ("si-emso", lambda: jmbg(50), [
        "Moja EMŠO je {v}, ali je pravilno vpisana v obrazec?",
    ]),
    ("mk-embg", lambda: jmbg(45), [
        "Мојот ЕМБГ е {v}, те молам провери го барањето.",
    ]),
    ("ba-jmbg", lambda: jmbg(17), [
        "Moj JMBG je {v}, treba mi za prijavu boravka u Sarajevu.",
        "JMBG radnika: {v}",
    ]),
    ("bg-egn", bg_egn, [
        "Моето ЕГН е {v}, можеш ли да попълниш декларацията за НАП?",
        "EGN of the new hire in Plovdiv: {v}",
    ]),
    ("ua-rnokpp", ua_rnokpp, [
        "Мій РНОКПП {v}, допоможи заповнити декларацію для ФОП.",
        "ІПН отримувача: {v}",
    ]),
    ("ru-inn", ru_inn12, [
        "Мой ИНН {v}, подскажи, как подать 3-НДФЛ через Госуслуги?",
        "Сотрудник: Ольга Смирнова, ИНН {v}",
    ]),
    ("in-epic", in_epic, [
        "My voter ID (EPIC) number is {v}, where is my polling booth?",
        "मेरा मतदाता पहचान पत्र संख्या {v} है, क्या नाम सूची में है?",
    ]),
    ("in-aadhaar-vid", in_vid, [
        "Use my Aadhaar VID {v} for the eKYC instead of the Aadhaar number.",
        "Virtual ID: {v} (generated yesterday on the UIDAI site)",
    ]),
    ("pk-cnic", pk_cnic, [
        "My CNIC is {v}, please fill the account opening form.",
        "Customer: Bilal Ahmed, {v}, Karachi",
        "میرا شناختی کارڈ نمبر {v} ہے",
    ]),
    ("id-nik", id_nik, [
        "NIK saya {v}, tolong bantu isi formulir BPJS Kesehatan.",
        "nama,nik,kota\nDewi Lestari,{v},Bandung",
    ]),
    ("nz-ird", nz_ird, [
        "My IRD number is {v}, can you help me with the IR3 return?",
        "Inland Revenue says my IRD number {v} doesn't match, what now?",
    ]),
    ("ke-kra-pin", ke_pin, [
        "My KRA PIN is {v}, can you file the nil return for me?",
        "Supplier details: PIN {v}, Nairobi",
    ]),
    ("mu-nic", mu_nic, [
        "My NIC is {v}, do I need it for the MRA income tax form?",
        "Client ID card number: {v}",
    ]),
    ("ca-bc-phn", bc_phn, [
        "My PHN is {v}, can you book the blood test at LifeLabs?",
        "Personal Health Number (BC Services Card): {v}",
    ]),
    ("be-national-number", be_bis, [
        "Pouvez-vous vérifier mon numéro BIS {v} pour la Mutualité ?",
        "Mijn BIS-nummer is {v}, klopt dat voor de werkgever?",
    ]),
    ("payment-card", card19, [
        "The 19-digit Visa {v} keeps failing 3D Secure, what should I tell the customer?",
    ]),
    ("payment-card", maestro12, [
        "Old Maestro card {v} was declined at the terminal",
    ]),
]

# Phone numbers: (region, with a phone word?) sentences in the region's language.
PHONE_WORD = {
    "es": ["Mi teléfono es {v}, llámame después de las seis.", "Móvil: {v}"],
    "pt": ["Meu celular é {v}, me chama no WhatsApp.", "Telefone de contato: {v}"],
    "fr": ["Mon numéro de portable : {v}", "Téléphone : {v}"],
    "de": ["Meine Handynummer ist {v}, ruf mich bitte an.", "Telefon: {v}"],
    "it": ["Il mio cellulare è {v}, chiamami pure.", "Tel. {v}"],
    "en": ["Call me on {v} after 5pm.", "Phone: {v}"],
    "ru": ["Мой телефон {v}, позвони вечером.", "Тел.: {v}"],
    "tr": ["Telefonum {v}, akşam ara.", "Cep telefonu: {v}"],
    "id": ["No. HP saya {v}, WhatsApp saja.", "Telepon: {v}"],
}
PHONE_NOWORD = {
    "es": ["Escríbele a Lucía al {v} cuando llegues.", "Datos de la clienta: Marta Ruiz, {v}, Sevilla"],
    "pt": ["Fala com a Ana no {v} antes das dez.", "Contato do fornecedor: João Pires, {v}"],
    "fr": ["Julie est joignable au {v} demain matin.", "Client : Marc Lefèvre, {v}, Lyon"],
    "de": ["Frau Berger erreichst du unter {v}.", "Kundin: Jana Roth, {v}, Köln"],
    "it": ["Puoi sentire Marco al {v} per la consegna.", "Cliente: Giulia Neri, {v}, Torino"],
    "en": ["You can reach Priya at {v} until Friday.", "Customer: Tom Reid, {v}, Leeds"],
    "ru": ["Можно связаться с Ириной по {v} завтра.", "Клиент: Павел Орлов, {v}, Казань"],
    "tr": ["Ayşe Hanım'a {v} üzerinden ulaşabilirsin.", "Müşteri: Emre Kaya, {v}, İzmir"],
    "id": ["Hubungi Pak Budi di {v} untuk pengiriman.", "Pelanggan: Sari Wulan, {v}, Surabaya"],
}
PHONE_REGIONS = [
    ("ES", "es"), ("MX", "es"), ("CO", "es"), ("AR", "es"), ("CL", "es"), ("PE", "es"), ("BR", "pt"), ("PT", "pt"),
    ("FR", "fr"), ("BE", "fr"), ("MA", "fr"), ("SN", "fr"), ("DE", "de"), ("AT", "de"), ("CH", "de"), ("IT", "it"),
    ("GB", "en"), ("US", "en"), ("IE", "en"), ("AU", "en"), ("NZ", "en"), ("IN", "en"), ("NG", "en"), ("KE", "en"),
    ("ZA", "en"), ("PH", "en"), ("SG", "en"), ("RU", "ru"), ("KZ", "ru"), ("TR", "tr"), ("ID", "id"), ("JP", "en"),
    ("KR", "en"), ("CN", "en"), ("PK", "en"), ("EG", "en"), ("SA", "en"), ("AE", "en"), ("PL", "en"), ("NL", "en"),
]


def phone_national(region):
    for _ in range(500):
        typ = R.choice([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        ex = pn.example_number_for_type(region, typ)
        s = str(ex.national_number)
        cand = s[:3] + "".join(R.choice("0123456789") for _ in range(len(s) - 3))
        p = pn.parse(f"+{ex.country_code}{cand}")
        if pn.is_valid_number(p) and pn.number_type(p) in (typ, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            return pn.format_number(p, PhoneNumberFormat.NATIONAL)
    raise RuntimeError(region)


# ---------------------------------------------------------------- negatives
def negatives():
    out = []

    def add(text, note):
        out.append((text, note))

    nit_body = co_nit()[1]
    add(f"NIT {nit_body[:3]}.{nit_body[3:6]}.{nit_body[6:9]}-{(int(nit_body[9]) + 1) % 10}", "NIT with a wrong check digit")
    ced = ec_cedula()
    add(f"Mi cédula es {ced[:9]}{(int(ced[9]) + 3) % 10}, no sé si está bien", "Ecuadorian cédula, wrong check digit")
    oib = hr_oib()
    add(f"OIB {oib[:10]}{(int(oib[10]) + 1) % 10} — piše da nije valjan", "OIB with a wrong ISO 7064 check digit")
    egn = bg_egn()
    add(f"ЕГН {egn[:9]}{(int(egn[9]) + 2) % 10}", "EGN with a wrong check digit")
    inn = ru_inn12()
    add(f"ИНН {inn[:11]}{(int(inn[11]) + 1) % 10} не проходит проверку", "INN, second check digit wrong")
    phn = bc_phn().replace(" ", "")
    add(f"PHN {phn[:9]}{(int(phn[9]) + 1) % 10} was rejected by the clinic", "BC PHN, wrong check digit")
    ird = nz_ird().replace("-", "")
    add(f"IRD {ird[:-1]}{(int(ird[-1]) + 1) % 10} is wrong according to myIR", "IRD number, wrong check digit")
    add("Order 4500012345 ships on 2024-03-15, invoice INV-2024-000123 attached", "order ids and a date")
    add("Release 10.0.19041.1288 and v2.14.3 fixed the crash, build 20240315.2", "versions and builds")
    add("The total was 1 234 567,89 € and last year 12.345.678 EUR", "amounts in thousands")
    add("We raised 612 345 678 last year and expect 700 000 000 in 2026", "amounts without currency")
    add("Ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351", "ZIP+4 code")
    add("Copyright (C) 2010-2013 Piotr Nowak, 1995-2003 Free Software Foundation", "year ranges")
    add('<path d="M12.04 15.11 L90.02 14.153 C70.45 1.5 3.25 12.75 90.021415 37.04 Z"/>', "SVG path data")
    add('<svg viewBox="0 0 1024 1024"><path d="M512 64 L960 832 L64 832 Z M90.02.14 153.70"/></svg>', "SVG path data with a Belgian-shaped decimal run")
    add("Meet me at 48.858370, 2.294481 — or 40.748817,-73.985428 if it rains", "coordinates")
    add("IBAN DE89 3704 0044 0532 0130 00 is the Bundesbank's example", "documentation IBAN with a Luhn-valid run inside")
    add("IBAN GB33 BUKB 4539 1488 0343 6467 99 — the bank says the check digits are wrong", "IBAN with a typo, card-like digits inside")
    add("Call starts at 10:30:45, dial-in code 847 2931# (no phone number)", "time and a conference code")
    add("Your booking reference is 0752 8560 2447, keep it for check-in", "booking reference")
    add("Tracking 1Z999AA10123456784 and ISBN 978-3-16-148410-0", "tracking number and ISBN")
    add("$ xxd firmware.bin | head\n00000000: 2025 b99f a378 1d2b fb1b eb0a 0924 8097", "hex dump")
    add("pub const VHOST_SET_VRING_CALL: u32 = 2148052769;\npub const SET_SMS_ATN: u32 = 536916224;", "numeric constants in code")
    add("Zeitraum 01.01.2024 bis 31.12.2024, Aktenzeichen 12/815/08155-3", "dates and a file reference")
    add("Lieferschein 181 815 0815 vom 15.01.2024, Bestellnummer 2893081508152", "delivery note and order numbers")
    add("The kennitala format is DDMMYY-NNNN, e.g. 320174-3399 is invalid (day 32)", "kennitala with an impossible date")
    add("Test with NIK 9971011708450001 (province 99 does not exist)", "NIK with no such province")
    add("CNIC sample 84201-0891231-8 from the docs (province 8 is not assigned)", "CNIC with no such province")
    add("Row 3 of the table: 4713 7036 1362 | 2057 9584 6201 | qty 12", "digit groups in a table")
    add("Lottery numbers this week: 07 12 23 34 41 45, bonus 09", "lottery numbers")
    return out


def main():
    positives = []
    for kind, make, sentences in ID_CASES:
        for sentence in sentences:
            v = make()
            context = "table-header" if "\n" in sentence else "national-id"
            positives.append((sentence.format(v=v), [(v, kind)], context))
    for region, lang in PHONE_REGIONS:
        for with_word in (True, False):
            v = phone_national(region)
            template = R.choice((PHONE_WORD if with_word else PHONE_NOWORD)[lang])
            positives.append((template.format(v=v), [(v, "phone")], "phone-word" if with_word else "phone-no-word"))
    # A table whose header row labels the columns; the rows sit far below.
    rows = [(f"Kunde {i}", hr_oib(), id_nik(), bg_egn()) for i in range(14)]
    table = "name,oib,nik,egn\n" + "\n".join(",".join(r) for r in rows)
    positives.append((
        "Can you dedupe this export?\n" + table,
        [(r[j], k) for r in rows for j, k in ((1, "hr-oib"), (2, "id-nik"), (3, "bg-egn"))],
        "table-header",
    ))

    lines = []
    for i, (text, labels, context) in enumerate(positives, 1):
        lines.append(json.dumps({
            "id": f"pn{i:04d}",
            "text": text,
            "context": context,
            "labels": [{"value": v, "category": "pii", "kind": k, "context": context} for v, k in labels],
        }, ensure_ascii=False))
    (HERE / "pii-national.jsonl").write_text("\n".join(lines) + "\n")
    lines = [
        json.dumps({"id": f"pq{i:04d}", "text": t, "context": "pii-near-miss", "labels": [], "note": note}, ensure_ascii=False)
        for i, (t, note) in enumerate(negatives(), 1)
    ]
    (HERE / "pii-negatives.jsonl").write_text("\n".join(lines) + "\n")
    print(f"wrote {len(positives)} positives, {len(lines)} negatives")


if __name__ == "__main__":
    main()
