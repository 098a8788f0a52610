//! `fieldref list`: every item, or those of one kind, as text or JSON.

use super::Session;
use super::render::{TrustView, unsigned_marker};
use crate::knowledge::{Kind, Lang};
use serde::Serialize;
use std::process::ExitCode;

/// Arguments of `fieldref list`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only items of this kind (law, procedure, flow, contact, indicator, glossary, deck).
    #[arg(long, value_parser = super::parse_kind)]
    pub kind: Option<Kind>,
    /// One JSON array on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    kind: Kind,
    title: &'a str,
    pack: &'a str,
    langs: Vec<Lang>,
    verified: bool,
    trust: TrustView<'a>,
    #[serde(skip)]
    marker: String,
}

/// Prints the list.
pub fn run(session: &Session, args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = session.load_reporting();
    let k = &loaded.knowledge;
    let rows: Vec<Row> = k
        .items
        .iter()
        .filter(|i| args.kind.is_none_or(|k| i.kind == k))
        .map(|i| Row {
            id: &i.id,
            kind: i.kind,
            title: i.title(session.lang),
            pack: &i.pack,
            langs: i.text.langs(),
            verified: i.verified,
            trust: TrustView::of(k, i),
            marker: unsigned_marker(k, i, session.lang),
        })
        .collect();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        let width = rows.iter().map(|r| r.id.len()).max().unwrap_or(0);
        for r in &rows {
            let mark = if r.verified { "" } else { "  [unverified]" };
            let unsigned = &r.marker;
            println!(
                "{:<10} {:<width$}  {}{mark}{unsigned}",
                r.kind.name(),
                r.id,
                r.title
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
