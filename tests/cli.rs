//! The `promptwarden` command as a security team uses it: exit codes, the
//! jsonl fields CI tools read, binary files skipped, masked output, policy
//! errors, redaction, and the generated rule table kept current.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const GITHUB: &str = "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";
const AWS: &str = "AKIAZ7VRSQ5TBLN2MXQE";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_promptwarden"))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // A command that fails early may close stdin before reading it.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("promptwarden-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Output must never contain a secret; checked on every run below.
fn assert_masked(out: &Output) {
    for stream in [&out.stdout, &out.stderr] {
        let s = String::from_utf8_lossy(stream);
        assert!(!s.contains(&GITHUB[4..20]) && !s.contains(&AWS[4..16]), "a value leaked into the output");
    }
}

#[test]
fn scan_exit_codes_say_clean_found_or_error() {
    let clean = run(&["scan"], "nothing to see here\n");
    assert_eq!(clean.status.code(), Some(0));
    let found = run(&["scan", "-"], &format!("token {GITHUB}\n"));
    assert_eq!(found.status.code(), Some(1));
    assert_masked(&found);
    let missing = run(&["scan", "/definitely/not/here"], "");
    assert_eq!(missing.status.code(), Some(2));
    let bad_flag = run(&["scan", "--frobnicate"], "");
    assert_eq!(bad_flag.status.code(), Some(2));
}

#[test]
fn jsonl_rows_carry_path_rule_offsets_and_positions() {
    let dir = temp_dir("jsonl");
    let file = dir.join("notes.txt");
    // A multi-byte character before the key: byte offsets and character
    // columns differ.
    std::fs::write(&file, format!("first line\ncafé key={AWS} end\n")).unwrap();
    std::fs::write(dir.join("image.bin"), [0u8, 1, 2, 3, b'A', b'K', b'I', b'A']).unwrap();
    let out = run(&["scan", "--format", "jsonl", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert_masked(&out);
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1, "one finding; the binary file is skipped");
    let row = &lines[0];
    assert_eq!(row["path"], file.to_str().unwrap());
    assert_eq!(row["rule"], "aws-access-key-id");
    assert_eq!(row["category"], "secret");
    assert_eq!(row["severity"], "critical");
    let start = "first line\ncafé key=".len() as u64;
    assert_eq!(row["start"], start);
    assert_eq!(row["end"], start + AWS.len() as u64);
    assert_eq!(row["line"], 2);
    assert_eq!(row["column"], 10, "columns count characters: é is one");
    assert_eq!(row["preview"], "AKIA************");
}

#[test]
fn json_and_sarif_are_well_formed() {
    let json = run(&["scan", "--format", "json"], &format!("{GITHUB}\n"));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    let sarif = run(&["scan", "--format", "sarif"], &format!("{GITHUB}\n"));
    assert_masked(&sarif);
    let s: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(s["version"], "2.1.0");
    assert_eq!(s["runs"][0]["results"][0]["ruleId"], "github-pat");
    assert_eq!(s["runs"][0]["results"][0]["level"], "error");
    assert!(s["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap().len() > 300);
}

#[test]
fn a_policy_file_changes_what_is_reported_and_bad_ones_name_the_field() {
    let dir = temp_dir("policy");
    let policy = dir.join("policy.json");
    std::fs::write(&policy, r#"{"rules": {"aws-access-key-id": "off"}, "customRules": [{"id": "acme-ticket", "pattern": "ACME-[0-9]{5}", "keywords": ["ACME-"]}]}"#).unwrap();
    let out =
        run(&["scan", "--format", "jsonl", "--policy", policy.to_str().unwrap()], &format!("{AWS} and ACME-12345\n"));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("aws-access-key-id"), "the policy turned the AWS rule off");
    assert!(text.contains("acme-ticket"), "the custom rule fired");

    std::fs::write(&policy, r#"{"categories": {"secret": "obliterate"}}"#).unwrap();
    let bad = run(&["scan", "--policy", policy.to_str().unwrap()], "x");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("categories.secret"));
    let check = run(&["check-policy", policy.to_str().unwrap()], "");
    assert_eq!(check.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("categories.secret: must be one of off, warn, block or redact")
    );
}

#[test]
fn redact_replaces_values_with_numbered_placeholders() {
    let out = run(&["redact"], &format!("a {AWS} b {GITHUB} c {AWS}\n"));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "a [AWS_ACCESS_KEY_1] b [GITHUB_TOKEN_1] c [AWS_ACCESS_KEY_1]\n"
    );
}

#[test]
fn the_rule_table_in_docs_is_current() {
    let out = run(&["rules", "--format", "markdown"], "");
    let generated = String::from_utf8(out.stdout).unwrap();
    let committed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap_or_default();
    assert!(generated == committed, "docs/rules.md is out of date: run `make docs`");
}

fn test_file(name: &str) -> String {
    format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn documents_report_where_inside_them_the_finding_is() {
    let files = ["report.docx", "sheet.xlsx", "incident.pdf", "archive.zip"].map(test_file);
    let mut args = vec!["scan", "--format", "jsonl"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args, "");
    assert_eq!(out.status.code(), Some(1));
    assert_masked(&out);
    let rows: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let find = |path: &str, rule: &str| {
        rows.iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(path) && r["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule} in {path}"))
    };
    let header = find("report.docx", "github-pat");
    assert_eq!((header["part"].as_str(), header["line"].as_u64()), (Some("header1"), Some(1)));
    let cell = find("sheet.xlsx", "aws-access-key-id");
    assert_eq!((cell["sheet"].as_str(), cell["cell"].as_str()), (Some("Keys & Tokens"), Some("B3")));
    let page = find("incident.pdf", "aws-access-key-id");
    assert_eq!((page["page"].as_u64(), page["line"].as_u64(), page["column"].as_u64()), (Some(2), Some(3), Some(10)));
    let entry = find("archive.zip", "aws-access-key-id");
    assert_eq!((entry["entry"].as_str(), entry["line"].as_u64()), (Some("config/.env"), Some(3)));
    assert!(rows.iter().all(|r| r.get("unscannable").is_none()));

    let text = run(&["scan", &test_file("sheet.xlsx")], "");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("sheet.xlsx (sheet Keys & Tokens, cell B3):3:1: critical aws-access-key-id AKIA"), "{text}");
}

#[test]
fn files_that_cannot_be_read_are_errors_in_every_format() {
    let (pdf, bomb) = (test_file("encrypted.pdf"), test_file("bomb.zip"));
    let jsonl = run(&["scan", "--format", "jsonl", &pdf, &bomb], "");
    assert_eq!(jsonl.status.code(), Some(2), "not checked is not clean");
    let rows: Vec<serde_json::Value> =
        String::from_utf8(jsonl.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0]["unscannable"].as_str(), rows[0]["kind"].as_str()), (Some("encrypted"), Some("pdf")));
    assert_eq!(rows[1]["unscannable"], "too-large");
    assert!(rows[1]["detail"].as_str().unwrap().contains("compression ratio"));

    let text = run(&["scan", &pdf], "");
    assert!(String::from_utf8_lossy(&text.stdout).contains("encrypted.pdf: not scanned: encrypted: encrypted PDF"));

    let sarif = run(&["scan", "--format", "sarif", &pdf], "");
    let s: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let invocation = &s["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(invocation["toolExecutionNotifications"][0]["properties"]["unscannable"], "encrypted");

    // Word's password protection is an OLE file too, but it is reported.
    let locked = run(&["scan", "--format", "jsonl", &test_file("protected.docx")], "");
    assert_eq!(locked.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&locked.stdout).contains(r#""unscannable":"encrypted""#));

    // Images, legacy .doc files and other binaries are skipped, as they
    // always were.
    let dir = temp_dir("binaries");
    std::fs::write(dir.join("shot.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).unwrap();
    let skipped = run(&["scan", dir.to_str().unwrap()], "");
    assert_eq!(skipped.status.code(), Some(0), "{}", String::from_utf8_lossy(&skipped.stdout));
    assert!(skipped.stdout.is_empty());
}

#[test]
fn key_files_are_findings_even_when_binary() {
    let out = run(&["scan", "--format", "jsonl", &test_file("client.p12"), &test_file("id_ed25519")], "");
    assert_eq!(out.status.code(), Some(1));
    let rows: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2, "one row each: the OpenSSH key's own rule, not a second key-file row");
    assert_eq!((rows[0]["rule"].as_str(), rows[0]["preview"].as_str()), (Some("key-file"), Some("PKCS#12 key store")));
    assert_eq!(rows[1]["rule"], "openssh-private-key");
}

#[test]
fn the_generated_policy_schema_and_key_reference_are_current() {
    for (format, file) in [("schema", "extension/managed_schema.json"), ("reference", "docs/deploy/keys.json")] {
        let out = run(&["policy-keys", "--format", format], "");
        assert_eq!(out.status.code(), Some(0));
        let committed = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
        assert!(String::from_utf8(out.stdout).unwrap() == committed, "{file} is out of date: run `make docs`");
    }
}

/// `check-policy --managed … --user …` shows what a browser enforces: the
/// merged policy, the locks, the problems with their source, and exit
/// 0 valid, 1 problems, 2 unreadable.
#[test]
fn check_policy_shows_the_effective_settings_a_browser_enforces() {
    let dir = temp_dir("effective");
    let managed = dir.join("managed.json");
    let user = dir.join("user.json");
    std::fs::write(
        &managed,
        r#"{"categories":{"secret":"block"},"failMode":"closed","excludedSites":["chatgpt.com/g"],"customRules":[{"id":"acme","pattern":"ACME-[0-9]{6}"}]}"#,
    )
    .unwrap();
    std::fs::write(&user, r#"{"categories":{"secret":"off","pii":"block"},"excludedSites":["claude.ai"]}"#).unwrap();
    let (m, u) = (managed.to_str().unwrap(), user.to_str().unwrap());

    let out = run(&["check-policy", "--managed", m, "--user", u, "--format", "json", "--site", "claude.ai/new"], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["policy"]["categories"]["secret"], "block", "the organisation wins");
    assert_eq!(report["policy"]["categories"]["pii"], "block", "the user keeps what was left open");
    assert_eq!(report["policy"]["failMode"], "closed");
    let mut locked: Vec<&str> = report["locked"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    locked.sort();
    assert_eq!(locked, ["categories.secret", "customRules.acme", "excludedSites", "failMode"]);
    assert_eq!(report["protection"]["protected"], false);
    assert_eq!(report["protection"]["reason"], "excluded-by-user");

    let text = run(&["check-policy", "--managed", m, "--user", u, "--site", "chatgpt.com/g/x"], "");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Locked by the organisation: categories.secret, customRules.acme, excludedSites, failMode"),
        "{text}"
    );
    assert!(text.contains("Site chatgpt.com/g/x: not protected: excluded-by-organisation (ChatGPT)"), "{text}");

    std::fs::write(&user, r#"{"categories":{"pii":"nuke"}}"#).unwrap();
    let out = run(&["check-policy", "--managed", m, "--user", u], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("user options: categories.pii: must be one of"));

    let out = run(&["check-policy", "--managed", dir.join("missing.json").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read managed policy"));
}
