//! Finding pack files: the packs bundled in the binary and the directories
//! the user names. Reading stops here; parsing happens in `load`.
//!
//! Files are refused before parsing when they are too large, empty or not
//! UTF-8, so a hostile file costs neither memory nor a confusing message.

use super::diagnostic::{Diagnostic, file_error};
use include_dir::{Dir, include_dir};
use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The packs under `knowledge/`, embedded at build time.
pub static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/knowledge");

/// Largest pack file accepted: 8 MiB.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// One pack file's text, or why it could not be read.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in messages (`knowledge/burundi/contacts.toml` for bundled files).
    pub path: String,
    /// The text, or the error that refused it.
    pub text: Result<Cow<'static, str>, Diagnostic>,
}

/// One pack directory: its `pack.toml` first, then its other `*.toml` files.
#[derive(Debug, Clone)]
pub struct PackSource {
    /// Directory shown in messages.
    pub location: String,
    /// Embedded in the binary.
    pub bundled: bool,
    /// `pack.toml` then the item files, sorted by name.
    pub files: Vec<SourceFile>,
    /// `pack.manifest`, when the directory has one (see [`super::trust`]).
    pub manifest: Option<SourceFile>,
    /// `pack.manifest.minisig`, when the directory has one.
    pub signature: Option<SourceFile>,
}

/// The bundled packs, in name order.
pub fn bundled_packs() -> Vec<PackSource> {
    let mut dirs: Vec<&Dir> = BUNDLED.dirs().collect();
    dirs.sort_by_key(|d| d.path());
    dirs.into_iter()
        .filter(|d| d.get_file(d.path().join("pack.toml")).is_some())
        .map(|d| {
            let mut files: Vec<&include_dir::File> = d
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
                .collect();
            files.sort_by_key(|f| {
                (
                    f.path().file_name().is_none_or(|n| n != "pack.toml"),
                    f.path(),
                )
            });
            PackSource {
                location: format!("knowledge/{}", d.path().display()),
                bundled: true,
                files: files
                    .into_iter()
                    .map(|f| {
                        let path = format!("knowledge/{}", f.path().display());
                        let text = check_text(&path, f.contents()).map(Cow::Borrowed);
                        SourceFile { path, text }
                    })
                    .collect(),
                manifest: None,
                signature: None,
            }
        })
        .collect()
}

/// The packs in a directory: the directory itself when it holds `pack.toml`,
/// else each subdirectory that does. Problems become diagnostics.
pub fn packs_in_dir(dir: &Path) -> (Vec<PackSource>, Vec<Diagnostic>) {
    let shown = dir.display().to_string();
    if dir.join("pack.toml").is_file() {
        return (vec![read_pack_dir(dir)], Vec::new());
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return (
                Vec::new(),
                vec![file_error(
                    &shown,
                    format!("cannot read knowledge directory: {e}"),
                )],
            );
        }
    };
    let mut subdirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("pack.toml").is_file())
        .collect();
    subdirs.sort();
    if subdirs.is_empty() {
        let msg = "no pack here: a pack directory holds a pack.toml (see docs/pack-format.md)";
        return (Vec::new(), vec![file_error(&shown, msg)]);
    }
    (
        subdirs.iter().map(|d| read_pack_dir(d)).collect(),
        Vec::new(),
    )
}

fn read_pack_dir(dir: &Path) -> PackSource {
    let location = dir.display().to_string();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            let file = SourceFile {
                path: location.clone(),
                text: Err(file_error(
                    &location,
                    format!("cannot read pack directory: {e}"),
                )),
            };
            return PackSource {
                location,
                bundled: false,
                files: vec![file],
                manifest: None,
                signature: None,
            };
        }
    };
    paths.sort_by_key(|p| (p.file_name().is_none_or(|n| n != "pack.toml"), p.clone()));
    let files = paths.iter().map(|p| read_source(p)).collect();
    // Read after the pack files, so a manifest rewritten meanwhile cannot
    // vouch for older bytes than it lists; `symlink_metadata` so that a
    // dangling or looping link is reported, not mistaken for no file.
    let optional = |name: &str| {
        let p = dir.join(name);
        std::fs::symlink_metadata(&p)
            .is_ok()
            .then(|| read_source(&p))
    };
    PackSource {
        location,
        bundled: false,
        files,
        manifest: optional(super::manifest::MANIFEST_FILE),
        signature: optional(super::manifest::SIGNATURE_FILE),
    }
}

/// Reads one file as checked text, or the diagnostic that refused it.
fn read_source(p: &Path) -> SourceFile {
    let path = p.display().to_string();
    let text = read_limited(p)
        .and_then(|bytes| check_text(&path, &bytes).map(|s| Cow::Owned(s.to_string())));
    SourceFile { path, text }
}

/// Reads at most [`MAX_FILE_BYTES`] + 1 bytes so a huge file is refused cheaply.
/// Only regular files are opened: opening a named pipe called `x.toml`
/// would block until something writes to it, hanging the whole app.
fn read_limited(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let shown = path.display().to_string();
    let not_regular = |m: &std::fs::Metadata| {
        let what = if m.is_dir() {
            "is a directory, not a pack file"
        } else {
            "is not a regular file (a pipe, socket or device): refused"
        };
        file_error(&shown, what)
    };
    let cannot = |e: std::io::Error| file_error(&shown, format!("cannot read file: {e}"));
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    if let Ok(m) = file.metadata().as_ref()
        && !m.is_file()
    {
        return Err(not_regular(m));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    Ok(bytes)
}

/// Refuses oversized, empty and non-UTF-8 text.
fn check_text<'b>(path: &str, bytes: &'b [u8]) -> Result<&'b str, Diagnostic> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(file_error(
            path,
            format!(
                "file is larger than {} MiB: refused",
                MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(file_error(path, "file is empty"));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        file_error(
            path,
            format!(
                "file is not valid UTF-8 (first bad byte at offset {}): save it as UTF-8",
                e.valid_up_to()
            ),
        )
    })
}

/// A cheap fingerprint of the packs `opts` names, used to key the search
/// index cache without reading or parsing pack files: the bundled files'
/// bytes (in memory already) and, for extra directories, each `*.toml`,
/// manifest and signature file's path, size and modification time, and the
/// trusted keys' (a key can turn a loaded pack into a refused one).
pub fn fingerprint(opts: &super::LoadOptions) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    if opts.bundled {
        bundled_fingerprint().hash(&mut h);
    }
    for dir in &opts.extra_dirs {
        dir.hash(&mut h);
        for file in pack_files_below(dir) {
            stat(&file, &mut h);
        }
    }
    if let Some(keys) = &opts.trusted_keys_dir {
        keys.hash(&mut h);
        let mut pubs: Vec<PathBuf> = std::fs::read_dir(keys)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        pubs.retain(|p| p.extension().is_some_and(|e| e == "pub"));
        pubs.sort();
        for p in pubs {
            stat(&p, &mut h);
        }
    }
    h.finish()
}

/// Hashes a file's path, size and modification time (or why it has none).
fn stat(file: &Path, h: &mut std::collections::hash_map::DefaultHasher) {
    file.hash(h);
    match std::fs::metadata(file) {
        Ok(m) => {
            m.len().hash(h);
            m.modified().ok().hash(h);
        }
        Err(e) => e.kind().hash(h),
    }
}

/// Hash of the embedded packs, computed once per process.
fn bundled_fingerprint() -> u64 {
    static HASH: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *HASH.get_or_init(|| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        fn walk(d: &Dir<'_>, h: &mut std::collections::hash_map::DefaultHasher) {
            for f in d.files() {
                f.path().hash(h);
                f.contents().hash(h);
            }
            for sub in d.dirs() {
                walk(sub, h);
            }
        }
        walk(&BUNDLED, &mut h);
        h.finish()
    })
}

/// Whether a file takes part in loading a pack: `*.toml`, manifest, signature.
fn is_pack_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "toml")
        || p.file_name().is_some_and(|n| {
            n == super::manifest::MANIFEST_FILE || n == super::manifest::SIGNATURE_FILE
        })
}

/// The pack files of a pack directory or of its pack subdirectories, sorted.
fn pack_files_below(dir: &Path) -> Vec<PathBuf> {
    let list = |d: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(d)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    let mut out: Vec<PathBuf> = Vec::new();
    for p in list(dir) {
        if p.is_dir() {
            out.extend(list(&p).into_iter().filter(|f| is_pack_file(f)));
        } else if is_pack_file(&p) {
            out.push(p);
        }
    }
    out.sort();
    out
}
