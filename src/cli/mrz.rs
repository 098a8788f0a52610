//! `fieldref mrz LINE...`: check the check digits of a machine-readable
//! zone (ICAO Doc 9303); exit 1 when any check fails. Nothing is stored.

use super::Session;
use crate::i18n::MrzMsg;
use crate::knowledge::Date;
use crate::mrz::{self, Report};
use anyhow::Context;
use serde_json::{Value, json};
use std::io::{BufRead, IsTerminal, Read};
use std::process::ExitCode;

/// Most input read from standard input: far more than any MRZ.
const STDIN_LIMIT: u64 = 64 * 1024;

/// Arguments of `fieldref mrz`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Quote each line ('P<UTO...'): unquoted, the shell takes < for a redirection.\n\
                  Without LINE, paste the lines on standard input. Nothing typed is stored.\n\
                  Correct check digits prove nothing about authenticity: see\n\
                  `fieldref show proc.document-examination`."
)]
pub struct Args {
    /// The MRZ lines, each in quotes; or one argument holding them on separate lines.
    #[arg(value_name = "LINE")]
    pub lines: Vec<String>,
    /// One JSON document on stdout: format, valid, fields, checks, problems, expired.
    #[arg(long)]
    pub json: bool,
}

/// Checks the lines and prints the report; exit 1 unless every check passes.
pub fn run(session: &Session, args: &Args) -> anyhow::Result<ExitCode> {
    let lang = session.lang;
    let input = if args.lines.is_empty() {
        read_stdin(lang)?
    } else {
        args.lines.clone()
    };
    let refs: Vec<&str> = input.iter().map(String::as_str).collect();
    let report = mrz::check(&refs, Date::today());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&to_json(&report, lang))?);
    } else {
        println!("{}", mrz::report_text(&report, lang));
    }
    Ok(if report.valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The report as one JSON document, with each problem and note in words.
fn to_json(report: &Report, lang: crate::knowledge::Lang) -> Value {
    let with_message = |value: Result<Value, serde_json::Error>, message: String| {
        let mut v = value.unwrap_or(Value::Null);
        if let Some(obj) = v.as_object_mut() {
            obj.insert("message".into(), Value::String(message));
        }
        v
    };
    let problems: Vec<Value> = report
        .problems
        .iter()
        .map(|p| with_message(serde_json::to_value(p), p.message(lang)))
        .collect();
    let notes: Vec<Value> = report
        .notes
        .iter()
        .map(|n| with_message(serde_json::to_value(n), n.message(lang)))
        .collect();
    let advice = if report.valid() {
        MrzMsg::MrzAuthenticity
    } else {
        MrzMsg::MrzReadingHint
    };
    json!({
        "format": report.format,
        "valid": report.valid(),
        "fields": report.fields,
        "checks": report.checks,
        "problems": problems,
        "notes": notes,
        "expired": report.expired,
        "advice": format!("{} {}", advice.text(lang), MrzMsg::MrzSeeProcedure.text(lang)),
    })
}

/// The lines from standard input: at a terminal, prompt and stop at the
/// first empty line after some text; from a pipe, read it all (bounded).
fn read_stdin(lang: crate::knowledge::Lang) -> anyhow::Result<Vec<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("{}", MrzMsg::MrzPrompt.text(lang));
        let mut lines = Vec::new();
        for line in stdin.lock().take(STDIN_LIMIT).lines() {
            let line = line.context("cannot read the MRZ from the terminal")?;
            if line.trim().is_empty() {
                if lines.is_empty() {
                    continue;
                }
                break;
            }
            lines.push(line);
        }
        Ok(lines)
    } else {
        let mut bytes = Vec::new();
        stdin
            .lock()
            .take(STDIN_LIMIT)
            .read_to_end(&mut bytes)
            .context("cannot read the MRZ from standard input")?;
        // Invalid bytes become U+FFFD and are then reported by position.
        Ok(vec![String::from_utf8_lossy(&bytes).into_owned()])
    }
}
