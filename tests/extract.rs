//! Text out of real files (tests/files/, written by python-docx, openpyxl,
//! XlsxWriter, python-pptx, odfpy, reportlab, fpdf2, pypdf, msoffcrypto-tool, Info-ZIP,
//! ssh-keygen and openssl: see tests/files/make.py): every planted secret
//! is found at the place it was planted, clean files give nothing, and
//! files that cannot be read say why.

use promptwarden::extract::{extract, Extracted, KeyKind, Kind, Limits, Reason};
use promptwarden::{Policy, Scanner};

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn open(name: &str) -> Extracted {
    match extract(name, &file(name), &Limits::default()) {
        Ok(x) => x,
        Err((kind, why)) => panic!("{name} ({kind:?}) did not extract: {why}"),
    }
}

/// Every finding as `where line:column rule`, in document order.
fn found(name: &str) -> Vec<String> {
    let scanner = Scanner::new(&Policy::default()).unwrap();
    let mut out = Vec::new();
    for seg in &open(name).segments {
        let locator = seg.locator();
        for f in scanner.scan(&seg.text) {
            let p = locator.position(f.byte_start);
            let mut place = seg.location.to_string();
            if let Some(cell) = p.cell {
                place = format!("{place}, cell {cell}");
            }
            out.push(format!("{place} {}:{} {}", p.line, p.column, f.rule_id).trim().to_string());
        }
    }
    out
}

#[test]
fn word_body_table_header_footer_and_comment() {
    assert_eq!(
        found("report.docx"),
        [
            "3:31 aws-access-key-id",
            "8:1 stripe-secret-key",
            "comments 1:10 payment-card",
            "footer1 1:12 email",
            "header1 1:20 github-pat",
        ]
    );
    let doc = open("report.docx");
    assert_eq!(doc.kind, Kind::Docx);
    let props = doc.segments.iter().find(|s| s.location.part.as_deref() == Some("properties")).expect("properties");
    assert!(props.text.contains("Deploy runbook") && props.text.contains("Runbook team"));
}

#[test]
fn excel_inline_and_shared_strings_by_sheet_and_cell() {
    // openpyxl writes inline strings, XlsxWriter the shared string table.
    assert_eq!(
        found("sheet.xlsx"),
        ["sheet Keys & Tokens, cell B3 3:1 aws-access-key-id", "sheet Keys & Tokens, cell D7 7:8 github-pat"]
    );
    assert_eq!(
        found("shared.xlsx"),
        ["sheet Customers, cell B2 2:1 payment-card", "sheet Customers, cell C2 2:1 email"]
    );
    let sheets: Vec<_> = open("sheet.xlsx").segments.iter().filter_map(|s| s.location.sheet.clone()).collect();
    assert_eq!(sheets, ["Overview", "Keys & Tokens"], "sheets in workbook order, names decoded");
}

#[test]
fn powerpoint_slides_in_order_and_speaker_notes() {
    assert_eq!(found("deck.pptx"), ["slide 2 3:13 github-pat", "slide 2, notes 1:8 aws-access-key-id"]);
    let deck = open("deck.pptx");
    assert!(deck.segments[0].text.starts_with("Incident review\n"), "slide 1 first: {:?}", deck.segments[0].location);
}

#[test]
fn opendocument_text_and_spreadsheet() {
    assert_eq!(found("notes.odt"), ["3:9 stripe-secret-key"]);
    assert_eq!(
        found("sheet.ods"),
        ["sheet Secrets, cell B2 2:1 github-pat", "sheet Secrets, cell C3 3:5 aws-access-key-id"]
    );
    assert_eq!(open("notes.odt").kind, Kind::Odt);
    assert_eq!(open("sheet.ods").kind, Kind::Ods);
}

#[test]
fn pdf_text_by_page_and_line_compressed_or_not_and_in_embedded_fonts() {
    assert_eq!(found("incident.pdf"), ["page 2 3:10 aws-access-key-id"], "reportlab, Flate-compressed");
    assert_eq!(found("incident-plain.pdf"), ["page 2 3:10 aws-access-key-id"], "reportlab, uncompressed");
    assert_eq!(found("unicode.pdf"), ["page 1 2:8 github-pat"], "fpdf2, Type0 font with a ToUnicode map");
    let unicode = open("unicode.pdf");
    assert!(
        unicode.segments[0].text.starts_with("Zugangsdaten für das Déploiement\n"),
        "{:?}",
        unicode.segments[0].text
    );
    assert!(unicode.skipped.is_empty());
    let incident = open("incident.pdf");
    assert_eq!(incident.segments[0].text, "Incident 42: summary\nNothing sensitive on this page.\n");
}

#[test]
fn zip_entries_and_documents_inside_them() {
    assert_eq!(
        found("archive.zip"),
        [
            "entry config/.env 3:19 aws-access-key-id",
            "entry report.docx 3:31 aws-access-key-id",
            "entry report.docx 8:1 stripe-secret-key",
            "entry report.docx, comments 1:10 payment-card",
            "entry report.docx, footer1 1:12 email",
            "entry report.docx, header1 1:20 github-pat",
        ]
    );
    assert!(open("archive.zip").skipped.is_empty());
}

#[test]
fn text_files_in_utf16_and_latin1_keep_their_positions() {
    assert_eq!(found("windows.env"), ["2:14 github-pat"]);
    let env = open("windows.env");
    assert_eq!(env.encoding.map(|e| e.as_str()), Some("utf-16le"));
    // The token's offset in the file: a BOM, then two bytes a character.
    let text = &env.segments[0].text;
    let at = text.find("ghp_").unwrap();
    let utf16_at = text[..at].encode_utf16().count();
    assert_eq!(env.segments[0].file_offset(at, utf16_at), Some(2 + 2 * utf16_at));

    assert_eq!(found("latin1.csv"), ["2:13 payment-card", "2:33 email"]);
    let csv = open("latin1.csv");
    assert_eq!(csv.encoding.map(|e| e.as_str()), Some("windows-1252"));
    assert!(csv.segments[0].text.contains("José Müller"));
}

#[test]
fn key_files_by_type_and_by_name() {
    let p12 = open("client.p12");
    assert_eq!((p12.kind, p12.keys[0].kind), (Kind::Key, KeyKind::Pkcs12));
    let renamed = open("renamed.bin");
    assert_eq!(renamed.keys[0].kind, KeyKind::Pkcs12, "found by its bytes, not its name");
    let ssh = open("id_ed25519");
    assert_eq!((ssh.kind, ssh.keys[0].kind), (Kind::Text, KeyKind::OpenSshPrivateKey));
    assert_eq!(found("id_ed25519"), ["1:1 openssh-private-key"], "its text is scanned too");
}

#[test]
fn clean_files_of_every_kind_give_nothing() {
    for name in ["clean.docx", "clean.xlsx", "clean.pdf"] {
        assert_eq!(found(name), Vec::<String>::new(), "{name}");
        let x = open(name);
        assert!(x.keys.is_empty() && x.skipped.is_empty(), "{name}");
        assert!(x.text_len() > 0, "{name} has text");
    }
}

fn unscannable(name: &str, bytes: &[u8]) -> (Kind, Reason, String) {
    match extract(name, bytes, &Limits::default()) {
        Ok(x) => panic!("{name} extracted as {:?}", x.kind),
        Err((kind, why)) => (kind, why.reason, why.detail),
    }
}

#[test]
fn encrypted_files_are_unscannable_as_encrypted() {
    let (kind, reason, _) = unscannable("encrypted.pdf", &file("encrypted.pdf"));
    assert_eq!((kind, reason), (Kind::Pdf, Reason::Encrypted));
    let (kind, reason, _) = unscannable("encrypted.zip", &file("encrypted.zip"));
    assert_eq!((kind, reason), (Kind::Zip, Reason::Encrypted));
    let (kind, reason, _) = unscannable("protected.docx", &file("protected.docx"));
    assert_eq!((kind, reason), (Kind::LegacyOffice, Reason::Encrypted), "Word's password protection");
}

#[test]
fn a_zip_bomb_is_too_large_before_it_is_inflated() {
    let (kind, reason, detail) = unscannable("bomb.zip", &file("bomb.zip"));
    assert_eq!((kind, reason), (Kind::Zip, Reason::TooLarge));
    assert!(detail.contains("compression ratio"), "{detail}");
}

#[test]
fn damaged_files_are_corrupt() {
    let docx = file("report.docx");
    let (kind, reason, _) = unscannable("cut.docx", &docx[..docx.len() / 2]);
    assert_eq!((kind, reason), (Kind::Zip, Reason::Corrupt), "truncated: no central directory");

    // The main part's compressed data overwritten: it no longer inflates.
    let mut broken = docx.clone();
    let at = memchr::memmem::find(&broken, b"word/document.xml").unwrap() + 17;
    for b in &mut broken[at..at + 400] {
        *b = 0xAA;
    }
    let (kind, reason, _) = unscannable("broken.docx", &broken);
    assert_eq!((kind, reason), (Kind::Docx, Reason::Corrupt));

    let pdf = file("incident.pdf");
    let (_, reason, _) = unscannable("cut.pdf", &pdf[..40]);
    assert_eq!(reason, Reason::Corrupt);
}

#[test]
fn unsupported_binaries_say_what_they_are() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    assert_eq!(unscannable("shot.png", png).0, Kind::Image);
    assert_eq!(unscannable("shot.png", png).1, Reason::Unsupported);
    let doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    let (kind, reason, _) = unscannable("old.doc", &doc);
    assert_eq!((kind, reason), (Kind::LegacyOffice, Reason::Unsupported));
}

#[test]
fn size_limits_apply_before_any_work() {
    let big = vec![b'a'; 200 << 20];
    let t = std::time::Instant::now();
    let (kind, reason, detail) = unscannable("huge.log", &big);
    assert_eq!((kind, reason), (Kind::Text, Reason::TooLarge));
    assert!(detail.contains("200 MiB"), "{detail}");
    assert!(t.elapsed() < std::time::Duration::from_secs(1), "sniffing only: no decoding of 200 MB");

    let tight = Limits { max_entries: 3, ..Limits::default() };
    let (_, why) = extract("archive.zip", &file("archive.zip"), &tight).unwrap_err();
    assert_eq!(why.reason, Reason::TooLarge);
    assert!(why.detail.contains("entries"), "{}", why.detail);
}

/// Two central directory entries sharing one local file: the overlap that
/// lets a small archive expand to gigabytes with sane-looking ratios.
#[test]
fn overlapping_entries_are_a_bomb() {
    let body = miniz_oxide::deflate::compress_to_vec(&[b'x'; 4096], 9);
    let mut zip = Vec::new();
    let local = |z: &mut Vec<u8>| {
        z.extend_from_slice(b"PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0");
        z.extend_from_slice(&(body.len() as u32).to_le_bytes());
        z.extend_from_slice(&4096u32.to_le_bytes());
        z.extend_from_slice(&5u16.to_le_bytes());
        z.extend_from_slice(&0u16.to_le_bytes());
        z.extend_from_slice(b"a.txt");
    };
    local(&mut zip);
    zip.extend_from_slice(&body);
    let dir_at = zip.len();
    for name in [b"a.txt", b"b.txt"] {
        zip.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0");
        zip.extend_from_slice(&(body.len() as u32).to_le_bytes());
        zip.extend_from_slice(&4096u32.to_le_bytes());
        zip.extend_from_slice(&5u16.to_le_bytes());
        zip.extend_from_slice(&[0; 12]);
        zip.extend_from_slice(&0u32.to_le_bytes()); // both at offset 0
        zip.extend_from_slice(name);
    }
    let dir_len = zip.len() - dir_at;
    zip.extend_from_slice(b"PK\x05\x06\0\0\0\0\x02\0\x02\0");
    zip.extend_from_slice(&(dir_len as u32).to_le_bytes());
    zip.extend_from_slice(&(dir_at as u32).to_le_bytes());
    zip.extend_from_slice(&[0, 0]);
    let (_, reason, detail) = unscannable("overlap.zip", &zip);
    assert_eq!(reason, Reason::TooLarge);
    assert!(detail.contains("overlap"), "{detail}");
}
