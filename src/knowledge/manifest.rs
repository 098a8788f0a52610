//! `pack.manifest`: the SHA-256 digest of every file of a pack, which a
//! national office signs with minisign so users can tell its pack from an
//! altered copy.
//!
//! ```toml
//! public_key = "RWQ..."   # optional: the signer's minisign public key
//! [files]
//! "pack.toml" = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
//! "contacts.toml" = "..."
//! ```
//!
//! Parsing is strict: a manifest that is not exactly this shape refuses the
//! whole pack, because a half-understood manifest proves nothing.

use super::diagnostic::{Diagnostic, SourceText, file_error};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The manifest's file name inside a pack directory.
pub const MANIFEST_FILE: &str = "pack.manifest";

/// The minisign signature of the manifest (`minisign -Sm pack.manifest`).
pub const SIGNATURE_FILE: &str = "pack.manifest.minisig";

/// A parsed, well-formed manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// The signer's minisign public key (base64), when the manifest names it.
    pub public_key: Option<String>,
    /// File name -> lowercase hex SHA-256, in name order.
    pub files: BTreeMap<String, String>,
    /// 1-based line of each file's entry, for messages.
    pub lines: BTreeMap<String, usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    public_key: Option<Spanned<String>>,
    files: BTreeMap<String, Spanned<String>>,
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `name` may be listed: a plain `*.toml` file name, no path.
pub fn listable(name: &str) -> bool {
    name.ends_with(".toml")
        && name.len() > ".toml".len()
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && !name.chars().any(char::is_control)
}

impl Manifest {
    /// Parses manifest text; `path` names it in errors, with line and column.
    pub fn parse(path: &str, text: &str) -> Result<Manifest, Diagnostic> {
        let src = SourceText::new(path, text);
        let refuse = |offset: usize, msg: String| {
            src.error(offset, None, format!("{msg}: the whole pack is refused"))
        };
        let raw: RawManifest = toml::from_str(text).map_err(|e| {
            let msg = e.message().lines().next().unwrap_or("").trim().to_string();
            refuse(
                e.span().map_or(0, |s| s.start),
                format!("malformed {MANIFEST_FILE} ({msg})"),
            )
        })?;
        let mut files = BTreeMap::new();
        let mut lines = BTreeMap::new();
        for (name, digest) in raw.files {
            let at = digest.span().start;
            if !listable(&name) {
                return Err(refuse(
                    at,
                    format!(
                        "{MANIFEST_FILE} lists `{name}`: only pack.toml and the pack's *.toml files, by plain name"
                    ),
                ));
            }
            let value = digest.get_ref();
            if value.len() != 64 || !value.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(refuse(
                    at,
                    format!("the digest of `{name}` is not 64 hexadecimal digits (SHA-256)"),
                ));
            }
            lines.insert(name.clone(), src.position(at).0);
            files.insert(name, value.to_ascii_lowercase());
        }
        let public_key = raw.public_key.map(|k| k.into_inner().trim().to_string());
        Ok(Manifest {
            public_key,
            files,
            lines,
        })
    }

    /// The manifest as TOML text, as `fieldref manifest` writes it.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# fieldref pack manifest: the SHA-256 of every pack file.\n\
             # Sign it with `minisign -Sm pack.manifest`; any change to a listed\n\
             # file, or a new *.toml file, makes fieldref refuse the pack.\n",
        );
        if let Some(key) = &self.public_key {
            out.push_str(&format!("public_key = {}\n", toml_string(key)));
        }
        out.push_str("\n[files]\n");
        for (name, digest) in &self.files {
            out.push_str(&format!("{} = \"{digest}\"\n", toml_string(name)));
        }
        out
    }
}

/// A TOML basic string (names are checked by [`listable`], keys are base64).
fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Why a manifest could not be built.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The directory holds no `pack.toml`.
    #[error("{0} holds no pack.toml: not a pack directory")]
    NotAPack(String),
    /// A directory entry or file could not be read.
    #[error("cannot read {path}: {error}")]
    Read {
        /// The path.
        path: String,
        /// The reason.
        error: std::io::Error,
    },
    /// A `*.toml` entry that is not a regular file (a directory, a dangling link).
    #[error("{0} is not a regular file: remove or rename it first")]
    NotAFile(String),
    /// A `*.toml` file whose name cannot be listed.
    #[error("{0}: file names must be plain *.toml names that do not start with a dot")]
    BadName(String),
}

/// Builds the manifest of the pack in `dir`: every `*.toml` file, hashed.
pub fn build(dir: &Path, public_key: Option<String>) -> Result<Manifest, BuildError> {
    let shown = |p: &Path| p.display().to_string();
    if !dir.join("pack.toml").is_file() {
        return Err(BuildError::NotAPack(shown(dir)));
    }
    let read_err = |p: &Path, error| BuildError::Read {
        path: shown(p),
        error,
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| read_err(dir, e))? {
        let path = entry.map_err(|e| read_err(dir, e))?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            paths.push(path);
        }
    }
    let mut files = BTreeMap::new();
    for path in paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| listable(n))
            .ok_or_else(|| BuildError::BadName(shown(&path)))?
            .to_string();
        if !path.is_file() {
            return Err(BuildError::NotAFile(shown(&path)));
        }
        let mut file = std::fs::File::open(&path).map_err(|e| read_err(&path, e))?;
        let mut hasher = Sha256::new();
        std::io::copy(&mut file, &mut HashWriter(&mut hasher)).map_err(|e| read_err(&path, e))?;
        files.insert(name, hex(&hasher.finalize()));
    }
    Ok(Manifest {
        public_key,
        lines: BTreeMap::new(),
        files,
    })
}

/// Feeds `io::copy` into a hasher without holding a file in memory.
struct HashWriter<'a>(&'a mut Sha256);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An error about the manifest file as a whole (unreadable, too large ...).
pub(crate) fn unreadable(d: &Diagnostic) -> Diagnostic {
    file_error(&d.file, format!("{}: the whole pack is refused", d.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_text() {
        let mut files = BTreeMap::new();
        files.insert("pack.toml".to_string(), sha256_hex(b"x"));
        let m = Manifest {
            public_key: Some("RWQabc".into()),
            files,
            lines: BTreeMap::new(),
        };
        let back = Manifest::parse("m", &m.to_text()).expect("parses");
        assert_eq!(back.files, m.files);
        assert_eq!(back.public_key, m.public_key);
        assert_eq!(back.lines["pack.toml"], 7);
    }

    #[test]
    fn refuses_paths_bad_digests_and_unknown_keys() {
        let d = "0".repeat(64);
        for text in [
            format!("[files]\n\"../x.toml\" = \"{d}\"\n"),
            format!("[files]\n\"a/b.toml\" = \"{d}\"\n"),
            format!("[files]\n\"notes.txt\" = \"{d}\"\n"),
            "[files]\n\"a.toml\" = \"abc\"\n".to_string(),
            format!("signer = 1\n[files]\n\"a.toml\" = \"{d}\"\n"),
            "files = 3\n".to_string(),
            String::new(),
        ] {
            let e = Manifest::parse("m", &text).expect_err(&text);
            assert!(e.message.contains("refused"), "{e}");
        }
    }

    #[test]
    fn sha256_of_abc_is_the_standard_vector() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
