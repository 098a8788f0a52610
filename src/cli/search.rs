//! `fieldref search QUERY...`: ranked hits as text or one JSON document.
//!
//! The warm path only stats the pack files to fingerprint them, opens the
//! cached index and prints from stored fields: no pack is read or parsed.

use super::Session;
use crate::knowledge::{Kind, Knowledge};
use crate::search::{Hit, SearchIndex, SearchRequest};
use serde::Serialize;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Arguments of `fieldref search`; the global `--lang` filters by language.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only items of this kind.
    #[arg(long, value_parser = super::parse_kind)]
    pub kind: Option<Kind>,
    /// Only items of this jurisdiction (international, bi ...).
    #[arg(long)]
    pub jurisdiction: Option<String>,
    /// At most this many hits.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// One JSON document on stdout.
    #[arg(long)]
    pub json: bool,
    /// What to search for; options may come before or after it (a query
    /// that starts with `-` goes after `--`).
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
}

#[derive(Serialize)]
struct JsonResults<'a> {
    query: &'a str,
    total: usize,
    took_ms: f64,
    hits: &'a [Hit],
}

/// Opens (or builds) the index for the session's packs.
pub fn open_index(session: &Session) -> anyhow::Result<SearchIndex> {
    let fingerprint = crate::knowledge::sources::fingerprint(&session.load);
    let index = SearchIndex::open_or_build(&session.paths.index_dir(), fingerprint, || {
        let loaded = Knowledge::load(&session.load);
        let notes = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        (loaded.knowledge, notes)
    })?;
    Ok(index)
}

/// Runs the search and prints the hits.
pub fn run(
    session: &Session,
    cli_lang: Option<crate::knowledge::Lang>,
    args: &Args,
) -> anyhow::Result<ExitCode> {
    let index = open_index(session)?;
    for note in index.load_errors() {
        eprintln!("{note}");
    }
    let text = args.query.join(" ");
    let mut req = SearchRequest::new(text.clone(), session.lang);
    req.kind = args.kind;
    req.lang = cli_lang;
    req.jurisdiction = args.jurisdiction.clone();
    req.limit = args.limit;
    let results = index.search(&req);
    if args.json {
        let doc = JsonResults {
            query: &text,
            total: results.total,
            took_ms: (results.took.as_secs_f64() * 1000.0 * 1000.0).round() / 1000.0,
            hits: &results.hits,
        };
        println!("{}", serde_json::to_string(&doc)?);
        return Ok(ExitCode::SUCCESS);
    }
    let bold = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for hit in &results.hits {
        let citation = hit
            .citation
            .as_deref()
            .map(|c| format!("{c} · "))
            .unwrap_or_default();
        println!("{:<10} {citation}{}", hit.kind.name(), hit.title);
        println!("{:<10} {} [{}]", "", hit.id, hit.lang);
        if !hit.snippet.text.is_empty() {
            println!(
                "{:<10} {}",
                "",
                emphasise(&hit.snippet.text, &hit.snippet.highlights, bold)
            );
        }
        println!();
    }
    let ms = results.took.as_secs_f64() * 1000.0;
    println!(
        "{} of {} result(s) in {ms:.1} ms",
        results.hits.len(),
        results.total
    );
    Ok(ExitCode::SUCCESS)
}

/// Marks highlighted ranges with bold on a terminal, else leaves text plain.
fn emphasise(text: &str, ranges: &[std::ops::Range<usize>], bold: bool) -> String {
    if !bold {
        return text.to_string();
    }
    let mut out = String::new();
    let mut at = 0;
    for r in ranges {
        if r.start < at || r.end > text.len() {
            continue;
        }
        out.push_str(&text[at..r.start]);
        out.push_str("\u{1b}[1m");
        out.push_str(&text[r.start..r.end]);
        out.push_str("\u{1b}[0m");
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}
