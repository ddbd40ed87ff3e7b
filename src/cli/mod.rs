//! `promptwarden`: scan files or stdin, list rules, redact, check a policy.
//!
//! Exit status for `scan`: 0 clean, 1 findings, 2 error. Output is masked by
//! default everywhere; there is deliberately no flag that prints values.

mod file_scan;
mod files;
mod output;

use promptwarden::settings::keys;
use promptwarden::{Effective, Policy, Scanner};
use std::io::{Read, Write};

const USAGE: &str = "\
promptwarden: find secrets and personal data before they reach an AI chat

usage:
  promptwarden scan [--format text|json|jsonl|sarif] [--policy FILE] [PATH...|-]
      Scan files, directories (walked) or stdin (- or nothing): text in any
      common encoding, Word, Excel, PowerPoint, OpenDocument, PDF and zip
      archives of those; key stores and private key files are reported by
      type. Images and other binary files are skipped. Exit 0 when clean,
      1 when something was found, 2 on error or when a file could not be
      read (encrypted, damaged, over the size limits).
  promptwarden redact [--policy FILE]
      Copy stdin to stdout with every finding replaced by a placeholder.
  promptwarden rules [--format text|markdown|json]
      List the built-in rules.
  promptwarden check-policy FILE
      Validate one policy document; print every problem with its field path.
  promptwarden check-policy --managed FILE [--user FILE] [--site HOST/PATH] [--format text|json]
      Print the settings a browser enforces with this managed policy (and
      these user options): the effective policy, what the organisation
      locks, every problem, and whether the site is protected. Exit 0 when
      both documents are valid, 1 with problems, 2 when a file is unreadable.
  promptwarden policy-keys [--format schema|reference]
      Print the managed-policy schema (extension/managed_schema.json) or the
      keys' defaults and notes (docs/deploy/keys.json).
  promptwarden --version
";

/// Runs the command line; returns the exit status.
pub fn run(args: Vec<String>) -> i32 {
    let mut out = std::io::stdout().lock();
    let result = match args.first().map(String::as_str) {
        Some("scan") => scan(&args[1..], &mut out),
        Some("redact") => redact(&args[1..], &mut out),
        Some("rules") => rules(&args[1..], &mut out),
        Some("check-policy") => check_policy(&args[1..], &mut out),
        Some("policy-keys") => policy_keys(&args[1..], &mut out),
        Some("--version" | "-V") => writeln!(out, "promptwarden {}", env!("CARGO_PKG_VERSION")).map(|_| 0).map_err(io),
        Some("--help" | "-h" | "help") => write!(out, "{USAGE}").map(|_| 0).map_err(io),
        Some(other) => Err(format!("unknown command {other:?}; see `promptwarden --help`")),
        None => Err("missing command; see `promptwarden --help`".to_string()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = out.flush();
            eprintln!("promptwarden: {message}");
            2
        }
    }
}

fn io(e: std::io::Error) -> String {
    format!("cannot write output: {e}")
}

/// Options shared by the subcommands.
#[derive(Default)]
struct Options {
    format: Option<String>,
    policy: Option<String>,
    managed: Option<String>,
    user: Option<String>,
    site: Option<String>,
    paths: Vec<String>,
}

fn parse(args: &[String], allowed: &[&str]) -> Result<Options, String> {
    let mut opts = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "--format" | "--policy" | "--managed" | "--user" | "--site" if allowed.contains(&flag) => {
                let value = match inline {
                    Some(v) => v,
                    None => it.next().cloned().ok_or_else(|| format!("{flag} needs a value"))?,
                };
                let slot = match flag {
                    "--format" => &mut opts.format,
                    "--policy" => &mut opts.policy,
                    "--managed" => &mut opts.managed,
                    "--user" => &mut opts.user,
                    _ => &mut opts.site,
                };
                *slot = Some(value);
            }
            "--" => opts.paths.extend(it.by_ref().cloned()),
            f if f.starts_with("--") => return Err(format!("unknown option {f}; see `promptwarden --help`")),
            _ => opts.paths.push(arg.clone()),
        }
    }
    Ok(opts)
}

fn load_policy(path: Option<&str>) -> Result<Policy, String> {
    let Some(path) = path else { return Ok(Policy::default()) };
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read policy {path}: {e}"))?;
    Policy::from_json(&json).map_err(|e| format!("{path}: {e}"))
}

fn scan(args: &[String], out: &mut impl Write) -> Result<i32, String> {
    let opts = parse(args, &["--format", "--policy"])?;
    let format = output::Format::parse(opts.format.as_deref().unwrap_or("text"))?;
    let policy = load_policy(opts.policy.as_deref())?;
    let scanner = Scanner::new(&policy).map_err(|e| e.to_string())?;
    let mut report = output::Report::new(format);
    let mut any = false;
    let mut failed = false;
    let paths = if opts.paths.is_empty() { vec!["-".to_string()] } else { opts.paths };
    for path in &paths {
        let visit = |source: files::Source| -> Result<(), String> {
            let scanned = file_scan::scan(&scanner, &policy, &source.name, &source.bytes);
            any |= !scanned.findings.is_empty();
            // A file that could not be read was not checked: an error, not
            // a clean result.
            failed |= !scanned.unread.is_empty();
            report.file(out, &source.name, &scanned).map_err(io)
        };
        if let Err(e) = files::visit(path, visit) {
            eprintln!("promptwarden: {e}");
            failed = true;
        }
    }
    report.finish(out).map_err(io)?;
    Ok(if failed {
        2
    } else if any {
        1
    } else {
        0
    })
}

fn redact(args: &[String], out: &mut impl Write) -> Result<i32, String> {
    let opts = parse(args, &["--policy"])?;
    if !opts.paths.is_empty() {
        return Err("redact reads stdin and writes stdout; it takes no paths".into());
    }
    let scanner = Scanner::new(&load_policy(opts.policy.as_deref())?).map_err(|e| e.to_string())?;
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|e| format!("cannot read stdin as UTF-8 text: {e}"))?;
    out.write_all(scanner.redact(&input).text.as_bytes()).map_err(io)?;
    Ok(0)
}

fn rules(args: &[String], out: &mut impl Write) -> Result<i32, String> {
    let opts = parse(args, &["--format"])?;
    let text = match opts.format.as_deref().unwrap_or("text") {
        "markdown" => output::rules_markdown(),
        "json" => serde_json::to_string_pretty(&promptwarden::rules::describe_all()).expect("rules serialise") + "\n",
        "text" => output::rules_text(),
        other => return Err(format!("unknown rules format {other:?} (text, markdown or json)")),
    };
    out.write_all(text.as_bytes()).map_err(io)?;
    Ok(0)
}

fn read(path: &str, what: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {what} {path}: {e}"))
}

fn check_policy(args: &[String], out: &mut impl Write) -> Result<i32, String> {
    let opts = parse(args, &["--managed", "--user", "--site", "--format"])?;
    if opts.managed.is_none() && opts.user.is_none() {
        let [path] = opts.paths.as_slice() else {
            return Err("check-policy takes one policy file, or --managed FILE [--user FILE]".into());
        };
        let (_, issues) = Policy::from_json_lenient(&read(path, "policy")?);
        for issue in &issues {
            writeln!(out, "{path}: {issue}").map_err(io)?;
        }
        if issues.is_empty() {
            writeln!(out, "{path}: ok").map_err(io)?;
        }
        return Ok(if issues.is_empty() { 0 } else { 1 });
    }
    if !opts.paths.is_empty() {
        return Err("with --managed or --user, check-policy takes no other file".into());
    }
    let managed = opts.managed.as_deref().map(|p| read(p, "managed policy")).transpose()?.unwrap_or_default();
    let user = opts.user.as_deref().map(|p| read(p, "user options")).transpose()?.unwrap_or_default();
    let effective = Effective::resolve(&managed, &user);
    let protection = opts.site.as_deref().map(|site| effective.protection(site));
    match opts.format.as_deref().unwrap_or("text") {
        "json" => {
            let report = serde_json::json!({
                "policy": effective.policy,
                "locked": effective.locked,
                "userLocked": effective.user_locked,
                "issues": effective.issues,
                "protection": protection,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&report).expect("serialises")).map_err(io)?;
        }
        "text" => output::effective_text(out, &effective, opts.site.as_deref().zip(protection.as_ref())).map_err(io)?,
        other => return Err(format!("unknown check-policy format {other:?} (text or json)")),
    }
    Ok(if effective.issues.is_empty() { 0 } else { 1 })
}

fn policy_keys(args: &[String], out: &mut impl Write) -> Result<i32, String> {
    let opts = parse(args, &["--format"])?;
    let value = match opts.format.as_deref().unwrap_or("schema") {
        "schema" => keys::managed_schema(),
        "reference" => keys::reference(),
        other => return Err(format!("unknown policy-keys format {other:?} (schema or reference)")),
    };
    writeln!(out, "{}", serde_json::to_string_pretty(&value).expect("serialises")).map_err(io)?;
    Ok(0)
}
