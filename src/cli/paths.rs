//! `fieldref paths`: where every file lives.

use super::Session;
use std::process::ExitCode;

/// Prints config, data and cache locations, one per line.
pub fn run(session: &Session) -> anyhow::Result<ExitCode> {
    let p = &session.paths;
    let rows = [
        ("config", p.config_file()),
        ("keymap", p.keymap_file()),
        ("bookmarks", p.bookmarks_file()),
        ("recent", p.recent_file()),
        ("packs", p.packs_dir()),
        ("trusted", p.trusted_keys_dir()),
        ("cache", p.index_dir()),
    ];
    for (name, path) in rows {
        println!("{name:<10} {}", path.display());
    }
    for dir in &session.load.extra_dirs {
        println!("{:<10} {}", "knowledge", dir.display());
    }
    Ok(ExitCode::SUCCESS)
}
