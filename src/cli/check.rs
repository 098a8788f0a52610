//! `fieldref check`: validate every pack and the keymaps, report each
//! problem with its file, line and column, and each pack's trust state;
//! exit 1 when there is any error (a pack refused for failing its manifest
//! is an error).

use super::{Cli, Session};
use crate::knowledge::{Kind, Knowledge};
use std::process::ExitCode;

/// Loads everything, prints diagnostics and a per-pack summary.
pub fn run(session: &Session, cli: &Cli) -> anyhow::Result<ExitCode> {
    let loaded = Knowledge::load(&session.load);
    for d in &loaded.diagnostics {
        println!("{d}");
    }
    let k = &loaded.knowledge;
    for pack in &k.packs {
        let count = |kind: Kind| {
            k.items
                .iter()
                .filter(|i| i.pack == pack.id && i.kind == kind)
                .count()
        };
        let counts: Vec<String> = Kind::ALL
            .iter()
            .filter(|kind| count(**kind) > 0)
            .map(|kind| {
                format!(
                    "{} {}",
                    count(*kind),
                    if count(*kind) == 1 {
                        kind.name()
                    } else {
                        kind.plural()
                    }
                )
            })
            .collect();
        let origin = if pack.bundled {
            "bundled".to_string()
        } else {
            pack.location.clone()
        };
        println!(
            "pack {} {} (reviewed {}, {origin}): {}",
            pack.id,
            pack.version,
            pack.reviewed,
            counts.join(", ")
        );
        println!("  trust: {}", pack.trust.describe());
    }
    let errors = loaded.error_count();
    let warnings = loaded.diagnostics.len() - errors;
    println!(
        "{} items in {} packs: {errors} error(s), {warnings} warning(s)",
        k.items.len(),
        k.packs.len()
    );
    let keymap = crate::tui::keymap_for(session, cli);
    for d in &keymap.diagnostics {
        println!("{d}");
    }
    let key_errors = keymap.diagnostics.iter().filter(|d| d.is_error()).count();
    println!(
        "keymap {}: {key_errors} error(s)",
        keymap.sources.join(" + ")
    );
    Ok(if errors + key_errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
