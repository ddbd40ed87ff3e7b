//! The assignment context: how a value is bound to a name, in any of the
//! languages and formats people paste.
//!
//! The generic rules match `name ⟨gap⟩ value` with one pattern
//! ([`assignment_gap!`]) and this module reads the gap back: which syntax
//! bound the value (an `=`, a YAML colon, a typed declaration, an XML
//! element, a call argument, a command-line flag…) and whether that
//! syntax really is an assignment here. One recogniser serves every rule
//! and every syntax, so a new syntax is a row in the gap pattern and a
//! branch in [`recognise`], not another rule.
//!
//! | syntax | example |
//! |---|---|
//! | `=`, `:=`, `::=`, `?=`, `+=` (shell, .env, Makefile, Go, HCL, INI, .properties, .npmrc, ADO.NET) | `TOKEN := abc…` |
//! | `.=`, `=>` (PHP, Perl, Ruby hashes) | `'api_key' => 'abc…'` |
//! | `:` (YAML, JSON, TOML inline, HTTP headers, .properties) | `X-Api-Key: abc…` |
//! | typed declarations (TypeScript, Kotlin, Rust, Swift; Go) | `val apiToken: String = "…"`, `var apiToken string = "…"` |
//! | XML elements and attributes | `<apiToken>\n  abc…\n</apiToken>`, `password="…"` |
//! | `key="…" value="…"` (NuGet, .NET appSettings) | `<add key="ClearTextPassword" value="…"/>` |
//! | call arguments with a quoted name | `System.setProperty("X_TOKEN", "…")`, `setenv("API_TOKEN", "…", 1)` |
//! | command-line flags | `--api-key=…`, `--token …` |

/// The operator part of the shared assignment pattern, between a secret's
/// name and its value: a closing quote or bracket of the name, then one of
/// the binding syntaxes of the table above, then an opening quote. Line
/// breaks are allowed after `>` only ([`recognise`] refuses them
/// elsewhere), for XML elements that put the value on its own line.
macro_rules! assignment_gap {
    () => {
        concat!(
            r#"(?:["'`]?\]?)"#,
            r#"[ \t]*(?:"#,
            // Typed declarations: `: String =`, `: &'static str =`, Go's `string =`.
            r#":[ \t]*[A-Za-z_&'][A-Za-z0-9_&'<>\[\]?. ]{0,40}?[ \t]*=[ \t]*"#,
            r#"|[ \t]+\*?[A-Za-z_][A-Za-z0-9_.\[\]]{0,24}[ \t]*=[ \t]*"#,
            // Operators.
            r#"|(?:::=|:=|\?=|\+=|\.=|=>|==|=|:)[ \t]*"#,
            // XML element (value may sit on the next line).
            r#"|>[ \t\r\n]*"#,
            // `key="…" value="…"`.
            r#"|[ \t]+value[ \t]*=[ \t]*"#,
            // Call argument after a quoted name.
            r#"|,[ \t]*"#,
            // Flag and its value: `--token abc`.
            r#"|[ \t]+"#,
            r#")["'`]?"#
        )
    };
}
pub(crate) use assignment_gap;

/// How a value is bound to its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// `=`, `:=`, `::=`, `?=`, `+=`, `.=`: assignment in code, shell,
    /// Makefiles, .env, INI, HCL, .properties.
    Assign,
    /// `==`: a comparison with a literal (`if password == "…"`), still a
    /// secret written into the code.
    Compare,
    /// `=>`: a hash or array entry (PHP, Ruby, Perl).
    Arrow,
    /// `:`: YAML, JSON, HTTP headers, object literals.
    Colon,
    /// A typed declaration: `apiToken: string = "…"`, `var t string = "…"`.
    Typed,
    /// `<apiToken>value</apiToken>`.
    XmlElement,
    /// `key="ClearTextPassword" value="…"`.
    KeyValueAttributes,
    /// `setProperty("X_TOKEN", "…")`: the name is a quoted argument.
    Argument,
    /// `--token …`: a command-line flag and its value.
    Flag,
}

/// What [`recognise`] read from the part of a match before the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assignment<'a> {
    /// The name, without quotes, brackets, `$`, `<` or leading dashes.
    pub key: &'a str,
    /// The syntax that binds the value.
    pub binding: Binding,
    /// Whether the value opens with a quote (a string literal).
    pub quoted: bool,
}

/// Reads `head` (a match of `name` + [`assignment_gap!`], everything before
/// the value) and `tail` (what the match holds after the value). `None`
/// when the gap is not an assignment in this position: a line break after
/// `:` (the value would be the next line's key), a space that binds only
/// a flag, a comma after an unquoted name (a list in prose), an XML
/// element that is not closed after its value.
pub fn recognise<'a>(head: &'a str, tail: &str) -> Option<Assignment<'a>> {
    let quoted = head.ends_with(['"', '\'', '`']);
    let gap_start = head
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '<' | '$' | '@')))
        .unwrap_or(head.len());
    let (name, gap) = head.split_at(gap_start);
    let key = name.trim_start_matches(['<', '$', '@', '-']);
    if key.is_empty() {
        return None;
    }
    let g = gap.trim_end_matches(['"', '\'', '`']);
    let op = g.trim_start_matches(['"', '\'', '`', ']']);
    let name_quoted = g.len() != op.len() && g.starts_with(['"', '\'', '`']);
    let op_trim = op.trim_matches([' ', '\t']);
    let binding = if op_trim.starts_with('>') {
        // `<apiToken>` … `</apiToken>`: the element must open at the name
        // and close after the value.
        if !name.starts_with('<') || !tail.trim_start().starts_with("</") {
            return None;
        }
        Binding::XmlElement
    } else if op.contains(['\r', '\n']) {
        return None;
    } else if op_trim.is_empty() {
        // Only a flag takes its value after a space: `--token abc`.
        if !name.starts_with('-') {
            return None;
        }
        Binding::Flag
    } else if op_trim == "," {
        if !name_quoted {
            return None;
        }
        Binding::Argument
    } else if op_trim.starts_with(':') && op_trim.ends_with('=') && op_trim.len() > 2 && !op_trim.starts_with("::=") {
        Binding::Typed
    } else if op_trim.ends_with('=') && op_trim.len() > 1 && op_trim.as_bytes()[0].is_ascii_alphabetic() {
        if op_trim.trim_end_matches(['=', ' ', '\t']).eq_ignore_ascii_case("value") {
            if !name_quoted {
                return None;
            }
            Binding::KeyValueAttributes
        } else {
            Binding::Typed
        }
    } else {
        match op_trim {
            "=" | ":=" | "::=" | "?=" | "+=" | ".=" => Binding::Assign,
            "==" => Binding::Compare,
            "=>" => Binding::Arrow,
            ":" => Binding::Colon,
            _ if op_trim.starts_with('*') || op_trim.ends_with('=') => Binding::Typed,
            _ => return None,
        }
    };
    Some(Assignment { key, binding, quoted })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::nfa::thompson::pikevm::PikeVM;

    /// The gap pattern must take every syntax of the table, and
    /// [`recognise`] must read each back; the value is `v4lue`.
    #[test]
    fn every_syntax_is_recognised() {
        let re = PikeVM::new(concat!(
            r"(?i)[<$@-]*[A-Za-z0-9_.-]*(?:token|key|password)[A-Za-z0-9_.-]*",
            assignment_gap!(),
            "(v4lue)([ \\t\\r\\n]*</)?"
        ))
        .unwrap();
        let cases: &[(&str, &str, Binding)] = &[
            ("API_TOKEN=v4lue", "API_TOKEN", Binding::Assign),
            ("export API_TOKEN=v4lue", "API_TOKEN", Binding::Assign),
            ("API_TOKEN := v4lue", "API_TOKEN", Binding::Assign),
            ("API_TOKEN ::= v4lue", "API_TOKEN", Binding::Assign),
            ("API_TOKEN ?= v4lue", "API_TOKEN", Binding::Assign),
            ("API_TOKEN += v4lue", "API_TOKEN", Binding::Assign),
            ("$apiToken .= 'v4lue';", "apiToken", Binding::Assign),
            ("'api_key' => 'v4lue',", "api_key", Binding::Arrow),
            ("api_key: v4lue", "api_key", Binding::Colon),
            ("\"api_key\": \"v4lue\"", "api_key", Binding::Colon),
            ("X-Api-Key: v4lue", "X-Api-Key", Binding::Colon),
            ("var apiToken string = \"v4lue\"", "apiToken", Binding::Typed),
            ("val apiToken: String = \"v4lue\"", "apiToken", Binding::Typed),
            ("const API_TOKEN: &str = \"v4lue\";", "API_TOKEN", Binding::Typed),
            ("const API_TOKEN: &'static str = \"v4lue\";", "API_TOKEN", Binding::Typed),
            ("private apiToken: string = 'v4lue';", "apiToken", Binding::Typed),
            ("String apiToken = \"v4lue\";", "apiToken", Binding::Assign),
            ("<apiToken>\n    v4lue\n</apiToken>", "apiToken", Binding::XmlElement),
            ("<password>v4lue</password>", "password", Binding::XmlElement),
            ("<add key=\"ClearTextPassword\" value=\"v4lue\" />", "ClearTextPassword", Binding::KeyValueAttributes),
            ("password=\"v4lue\"", "password", Binding::Assign),
            ("System.setProperty(\"X_TOKEN\", \"v4lue\")", "X_TOKEN", Binding::Argument),
            ("setenv(\"API_TOKEN\", \"v4lue\", 1)", "API_TOKEN", Binding::Argument),
            ("os.environ[\"API_TOKEN\"] = \"v4lue\"", "API_TOKEN", Binding::Assign),
            ("process.env.API_TOKEN = 'v4lue'", "process.env.API_TOKEN", Binding::Assign),
            ("--api-key=v4lue", "api-key", Binding::Assign),
            ("--token v4lue", "token", Binding::Flag),
            ("//registry.npmjs.org/:_authToken=v4lue", "_authToken", Binding::Assign),
            ("Server=db;User Id=sa;Password=v4lue;", "Password", Binding::Assign),
            ("if password == \"v4lue\":", "password", Binding::Compare),
        ];
        for (text, key, binding) in cases {
            let mut cache = re.create_cache();
            let mut caps = re.create_captures();
            re.captures(&mut cache, text.as_bytes(), &mut caps);
            let Some(whole) = caps.get_match() else { panic!("{text:?}: the gap pattern does not match") };
            let v = caps.get_group(1).unwrap();
            let tail = caps.get_group(2).map_or("", |t| &text[t.range()]);
            let got = recognise(&text[whole.start()..v.start], tail);
            assert_eq!(got.map(|a| (a.key, a.binding)), Some((*key, *binding)), "{text:?}");
        }
    }

    #[test]
    fn gaps_that_bind_nothing_are_refused() {
        for (head, tail) in [
            ("token expires ", ""),   // a space after a plain word
            ("api_key, ", ""),        // a list in prose
            ("password:\n  ", ""),    // the next line's key
            ("<token>", " and more"), // an element never closed
            ("token>", "</"),         // `>` without an element
        ] {
            assert_eq!(recognise(head, tail), None, "{head:?}");
        }
    }
}
