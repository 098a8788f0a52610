//! `fieldref show ID`: one item in full, as text or JSON.

use super::Session;
use super::render::TrustView;
use crate::knowledge::Item;
use serde::Serialize;
use std::process::ExitCode;

/// The item as `show --json` prints it: every field, and its trust.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    item: &'a Item,
    trust: TrustView<'a>,
}

/// Arguments of `fieldref show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Item id, e.g. palermo.art3a.
    pub id: String,
    /// The whole item as one JSON document.
    #[arg(long)]
    pub json: bool,
}

/// Prints the item, or suggests close ids and exits 1.
pub fn run(session: &Session, args: &Args) -> anyhow::Result<ExitCode> {
    let loaded = session.load_reporting();
    let k = &loaded.knowledge;
    let Some(item) = super::find_item(k, &args.id) else {
        return Ok(ExitCode::from(1));
    };
    if args.json {
        let shown = Shown {
            item,
            trust: TrustView::of(k, item),
        };
        println!("{}", serde_json::to_string_pretty(&shown)?);
    } else {
        println!("{}", super::render::item_text(k, item, session.lang));
    }
    Ok(ExitCode::SUCCESS)
}
