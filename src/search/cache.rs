//! Where the index lives: a cache directory keyed by the packs' fingerprint
//! and the schema version, built once and then opened in milliseconds.
//!
//! Builds go to a private temporary directory that is renamed into place
//! only when complete, so a reader never sees half an index and two
//! processes may build at once (the second rename loses harmlessly). A
//! cache that cannot be opened is rebuilt; a cache directory that cannot be
//! written gives an index in RAM. A damaged cache never stops a search.

use super::schema::SCHEMA_VERSION;
use std::path::{Path, PathBuf};

/// Marker written last in a complete cache directory.
pub const READY: &str = "fieldref-index-ready";

/// The cache directory for a fingerprint.
pub fn key_dir(root: &Path, fingerprint: u64) -> PathBuf {
    root.join(format!("v{SCHEMA_VERSION}-{fingerprint:016x}"))
}

/// A fresh private directory beside `final_dir` to build into.
pub fn temp_dir_for(final_dir: &Path) -> std::io::Result<PathBuf> {
    let parent = final_dir.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = final_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = parent.join(format!(".{name}.tmp-{}-{nanos}", std::process::id()));
    std::fs::create_dir(&tmp)?;
    Ok(tmp)
}

/// Moves a completed build into place. When another process got there
/// first, its index is kept and ours is discarded.
pub fn publish(tmp: &Path, final_dir: &Path) -> std::io::Result<()> {
    std::fs::write(tmp.join(READY), SCHEMA_VERSION.to_string())?;
    if let Err(e) = std::fs::rename(tmp, final_dir) {
        let _ = std::fs::remove_dir_all(tmp);
        if !final_dir.join(READY).is_file() {
            // Not a lost race: a stale, incomplete directory is in the way.
            let _ = std::fs::remove_dir_all(final_dir);
            return Err(e);
        }
    }
    Ok(())
}

/// Removes caches of other fingerprints or schema versions, and abandoned
/// temporary builds older than an hour. Best effort.
pub fn prune(root: &Path, keep: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path == keep || !path.is_dir() {
            continue;
        }
        let name = e.file_name().to_string_lossy().into_owned();
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        let is_cache = name.starts_with('v') && name.contains('-');
        let is_temp = name.starts_with(".v") && name.contains(".tmp-");
        if (is_cache && !is_temp) || (is_temp && old) {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}
