#!/usr/bin/env python3
"""Writes the attachment test files in this directory with the tools that
people's files come from: python-docx, openpyxl, XlsxWriter, python-pptx,
odfpy, reportlab, fpdf2, pypdf and msoffcrypto-tool (versions pinned in requirements.txt),
Info-ZIP's `zip`, Python's zipfile, ssh-keygen and openssl.

Run `scripts/make-test-files.sh` (it makes a venv and calls this); the
files are committed, so tests never need Python or the network. Every
secret here is made up for testing: the same values as tests/cli.rs.

What each file holds, and where, is asserted by tests/extract.rs; change
both together.
"""

import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AWS = "AKIAZ7VRSQ5TBLN2MXQE"
GITHUB = "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"
STRIPE = "sk_live_51HZx8mKzQ2cVb7NwT4rP9sLdF3gY6hJ"
CARD = "4539 9458 0730 2151"
EMAIL = "jane.doe@acme-corp.com"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian: fonts-dejavu-core


def out(name):
    return os.path.join(HERE, name)


def docx():
    from docx import Document

    doc = Document()
    doc.core_properties.author = "Runbook team"
    doc.core_properties.title = "Deploy runbook"
    doc.add_heading("Deploy runbook", level=1)  # line 1
    doc.add_paragraph("Step 1: check out the release branch.")  # line 2
    para = doc.add_paragraph("Step 2: export the deploy key ")  # line 3
    para.add_run(AWS).bold = True
    para.add_run(" before running terraform.")
    doc.add_paragraph("Step 3: watch the dashboard.")  # line 4
    table = doc.add_table(rows=2, cols=2)  # lines 5-8: one paragraph per cell
    table.cell(0, 0).text = "Service"
    table.cell(0, 1).text = "Token"
    table.cell(1, 0).text = "billing"
    table.cell(1, 1).text = STRIPE
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"Internal: CI token {GITHUB}"
    section.footer.paragraphs[0].text = f"Questions: {EMAIL}"
    last = doc.add_paragraph("Reviewed by ops.")
    doc.add_comment(last.runs, text=f"use card {CARD} for the test order", author="QA", initials="QA")
    doc.save(out("report.docx"))

    # Password-protected, as Word saves it: an OLE file with an encrypted
    # package inside.
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(out("report.docx"), "rb") as plain, open(out("protected.docx"), "wb") as locked:
        OOXMLFile(plain).encrypt("hunter2", locked)

    clean = Document()
    clean.add_heading("Team offsite", level=1)
    clean.add_paragraph("We meet at ten; lunch is at noon. Bring a laptop.")
    clean.sections[0].header.paragraphs[0].text = "Agenda"
    clean.save(out("clean.docx"))


def xlsx():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Overview"
    ws["A1"] = "Quarterly numbers"
    ws["B2"] = 1234.5
    keys = wb.create_sheet("Keys & Tokens")
    keys["A1"] = "service"
    keys["B1"] = "key"
    keys["A3"] = "aws"
    keys["B3"] = AWS  # openpyxl 3.1 writes strings inline (t="inlineStr")
    keys["D7"] = f"github={GITHUB}"
    wb.save(out("sheet.xlsx"))

    clean = Workbook()
    clean.active["A1"] = "Name"
    clean.active["B1"] = "Count"
    clean.active["A2"] = "apples"
    clean.active["B2"] = 3
    clean.save(out("clean.xlsx"))

    # XlsxWriter writes strings to the shared string table, as Excel does.
    import xlsxwriter

    wb = xlsxwriter.Workbook(out("shared.xlsx"))
    ws = wb.add_worksheet("Customers")
    ws.write_row(0, 0, ["name", "card", "email"])
    ws.write_row(1, 0, ["Jane Doe", CARD, EMAIL])
    wb.close()


def pptx():
    from pptx import Presentation

    prs = Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[0])
    s1.shapes.title.text = "Incident review"
    s1.placeholders[1].text = "What happened on Tuesday"
    s2 = prs.slides.add_slide(prs.slide_layouts[1])
    s2.shapes.title.text = "Timeline"
    body = s2.placeholders[1].text_frame
    body.text = "10:02 deploy started"
    body.add_paragraph().text = f"10:05 token {GITHUB} pasted in chat"
    s2.notes_slide.notes_text_frame.text = f"Rotate {AWS} before the talk"
    prs.save(out("deck.pptx"))


def odf():
    from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Meeting notes"))
    doc.text.addElement(P(text="The staging key is"))
    doc.text.addElement(P(text=f"stripe: {STRIPE}"))
    doc.save(out("notes.odt"))

    ods = OpenDocumentSpreadsheet()
    table = Table(name="Secrets")
    for row_values in [["name", "value"], ["github", GITHUB], [None, None, f"aws {AWS}"]]:
        row = TableRow()
        for v in row_values:
            cell = TableCell(valuetype="string") if v else TableCell()
            if v:
                cell.addElement(P(text=v))
            row.addElement(cell)
        table.addElement(row)
    ods.spreadsheet.addElement(table)
    ods.save(out("sheet.ods"))


def pdf():
    from reportlab.pdfgen import canvas

    for name, compress in [("incident.pdf", 1), ("incident-plain.pdf", 0)]:
        c = canvas.Canvas(out(name), pageCompression=compress, invariant=1)
        c.setTitle("Incident report")
        c.drawString(72, 720, "Incident 42: summary")
        c.drawString(72, 700, "Nothing sensitive on this page.")
        c.showPage()
        c.drawString(72, 720, "Timeline")  # page 2, line 1
        c.drawString(72, 700, "10:05 the key was rotated.")  # line 2
        c.drawString(72, 680, f"Old key: {AWS} (revoked)")  # line 3
        c.showPage()
        c.save()

    # fpdf2 with an embedded TrueType font: a Type0 font with Identity-H
    # codes and a ToUnicode map, as most office exports write.
    from fpdf import FPDF

    doc = FPDF()
    doc.add_font("DejaVu", fname=DEJAVU)
    doc.set_font("DejaVu", size=12)
    doc.add_page()
    doc.cell(text="Zugangsdaten für das Déploiement")  # line 1
    doc.ln()
    doc.cell(text=f"token: {GITHUB}")  # line 2
    doc.output(out("unicode.pdf"))

    clean = canvas.Canvas(out("clean.pdf"), invariant=1)
    clean.drawString(72, 720, "A clean page about the weather.")
    clean.save()

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(out("incident.pdf")))
    writer.encrypt(user_password="open sesame", owner_password="owner", algorithm="AES-256")
    with open(out("encrypted.pdf"), "wb") as f:
        writer.write(f)


def archives(tmp):
    env = os.path.join(tmp, "config")
    os.makedirs(env)
    with open(os.path.join(env, ".env"), "w") as f:
        f.write(f"# staging\nDEBUG=true\nAWS_ACCESS_KEY_ID={AWS}\n")
    shutil.copy(out("report.docx"), os.path.join(tmp, "report.docx"))
    with open(os.path.join(tmp, "README.md"), "w") as f:
        f.write("Configuration for the staging stack.\n")
    for name in ["archive.zip", "encrypted.zip"]:
        if os.path.exists(out(name)):
            os.remove(out(name))
    # Info-ZIP, as on Debian; -X leaves out timestamps' extra fields.
    subprocess.run(["zip", "-q", "-X", "-r", out("archive.zip"), "config", "report.docx", "README.md"], cwd=tmp, check=True)
    subprocess.run(["zip", "-q", "-X", "-P", "hunter2", out("encrypted.zip"), "config/.env"], cwd=tmp, check=True)

    # A zip bomb: 200 MB of zeros in one deflated entry (about 200 KB).
    with zipfile.ZipFile(out("bomb.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("zeros.txt", "w", force_zip64=False) as entry:
            block = b"0" * (1 << 20)
            for _ in range(200):
                entry.write(block)

    # Text files in other encodings, as Windows tools write them.
    with open(out("windows.env"), "w", encoding="utf-16", newline="\r\n") as f:
        f.write(f"# PowerShell wrote this\nGITHUB_TOKEN={GITHUB}\n")
    with open(out("latin1.csv"), "w", encoding="latin-1") as f:
        f.write(f"nom;carte;courriel\nJosé Müller;{CARD};{EMAIL}\n")


def keys(tmp):
    key = out("id_ed25519")
    for f in [key, key + ".pub"]:
        if os.path.exists(f):
            os.remove(f)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test@promptwarden", "-f", key], check=True)
    os.remove(key + ".pub")
    pem, crt = os.path.join(tmp, "key.pem"), os.path.join(tmp, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", pem, "-out", crt, "-subj", "/CN=promptwarden test", "-days", "3650"], check=True, capture_output=True)
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", pem, "-in", crt, "-out", out("client.p12"), "-passout", "pass:changeit"], check=True)
    # The same bundle under a name that says nothing: found by its bytes.
    shutil.copy(out("client.p12"), out("renamed.bin"))


def corpus_lines(limit=200_000):
    """The labelled corpus's prompts (tests/corpus), as lines, up to `limit`
    bytes: chat-like text with a secret or personal datum in about half of
    the prompts, the worst case for the scanner."""
    import json

    lines, size = [], 0
    for name in ["mixed.jsonl", "negatives.jsonl", "pii.jsonl", "secrets.jsonl"]:
        with open(os.path.join(HERE, "..", "corpus", name), encoding="utf-8") as f:
            for row in f:
                for line in json.loads(row)["text"].splitlines():
                    # Control characters are not allowed in Office XML.
                    line = "".join(c for c in line if c >= " " or c == "\t")
                    if size + len(line) > limit:
                        return lines
                    lines.append(line)
                    size += len(line) + 1
    return lines


def bench(tmp):
    """Larger files for `make bench` (tests/files/bench/): the same text in
    every format, written by the same tools."""
    from docx import Document
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from openpyxl import Workbook
    from pptx import Presentation
    from pptx.util import Pt
    from reportlab.pdfgen import canvas

    lines = corpus_lines()
    os.makedirs(out("bench"), exist_ok=True)
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(out("bench/corpus.docx"))

    wb = Workbook()
    ws = wb.active
    ws.title = "Prompts"
    for i, line in enumerate(lines):
        ws.cell(row=i + 1, column=1, value=i + 1)
        ws.cell(row=i + 1, column=2, value=line)
    wb.save(out("bench/corpus.xlsx"))

    prs = Presentation()
    per_slide = len(lines) // 50 + 1
    for i in range(0, len(lines), per_slide):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = f"Slide {i // per_slide + 1}"
        frame = slide.shapes.add_textbox(0, Pt(80), prs.slide_width, prs.slide_height).text_frame
        frame.text = lines[i]
        for line in lines[i + 1 : i + per_slide]:
            frame.add_paragraph().text = line
    prs.save(out("bench/corpus.pptx"))

    odt = OpenDocumentText()
    for line in lines:
        odt.text.addElement(P(text=line))
    odt.save(out("bench/corpus.odt"))

    # 50 pages, Flate-compressed, wrapped at 100 characters.
    c = canvas.Canvas(out("bench/corpus.pdf"), pageCompression=1, invariant=1)
    wrapped = [l[i : i + 100] for l in lines for i in range(0, max(len(l), 1), 100)]
    per_page = len(wrapped) // 50 + 1
    for p in range(0, len(wrapped), per_page):
        c.setFont("Helvetica", 7)
        for j, line in enumerate(wrapped[p : p + per_page]):
            c.drawString(20, 820 - j * 7.5, line.encode("latin-1", "replace").decode("latin-1"))
        c.showPage()
    c.save()

    with open(os.path.join(tmp, "corpus.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if os.path.exists(out("bench/corpus.zip")):
        os.remove(out("bench/corpus.zip"))
    subprocess.run(["zip", "-q", "-X", out("bench/corpus.zip"), "corpus.txt"], cwd=tmp, check=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        docx()
        xlsx()
        pptx()
        odf()
        pdf()
        archives(tmp)
        keys(tmp)
    with tempfile.TemporaryDirectory() as tmp:
        bench(tmp)
    print("wrote", ", ".join(sorted(f for f in os.listdir(HERE) if not f.endswith((".py", ".txt", ".md")) and f != "bench")), "and bench/")


if __name__ == "__main__":
    sys.exit(main())
