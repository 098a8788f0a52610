//! Whether a pack can be trusted: bundled, signed by a key the user trusts,
//! signed by some other key, or unsigned.
//!
//! A pack directory may carry `pack.manifest` (SHA-256 of each file) and
//! `pack.manifest.minisig` (a minisign signature of the manifest). Keys the
//! user trusts are minisign `*.pub` files in the config directory's
//! `trusted-keys/`. A pack whose files do not match its manifest, or whose
//! signature does not verify, is refused whole: a wrong phone number in a
//! "signed" pack is worse than no pack. Everything here works on the bytes
//! `sources` already read, so what is verified is exactly what is parsed.

use super::diagnostic::{Diagnostic, file_error};
use super::manifest::{MANIFEST_FILE, Manifest, sha256_hex, unreadable};
use super::sources::{PackSource, SourceFile};
use base64::Engine;
use minisign_verify::{PublicKey, Signature};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

/// How far a pack's content can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Trust {
    /// Embedded in the binary.
    Bundled,
    /// Files match the manifest and the signature verifies with a trusted key.
    Signed {
        /// The minisign key id, as `minisign` prints it (16 hex digits).
        key_id: String,
    },
    /// Files match the manifest, but the signing key is not trusted.
    SignedUntrusted {
        /// The key id the signature names.
        key_id: String,
        /// Whether the signature was verified with the public key the
        /// manifest names (false when the manifest names none).
        checked: bool,
    },
    /// No signature (with or without a manifest).
    Unsigned,
}

impl Trust {
    /// Bundled, or signed with a key the user trusts: shown without marker.
    pub fn is_trusted(&self) -> bool {
        matches!(self, Trust::Bundled | Trust::Signed { .. })
    }

    /// One line for `fieldref check`.
    pub fn describe(&self) -> String {
        match self {
            Trust::Bundled => "bundled".into(),
            Trust::Signed { key_id } => format!("signed by trusted key {key_id}"),
            Trust::SignedUntrusted { key_id, checked } => format!(
                "signed by key {key_id}, which is not among your trusted keys{}: items marked local, unsigned",
                if *checked {
                    ""
                } else {
                    " (signature not checked: the manifest names no public_key)"
                }
            ),
            Trust::Unsigned => "unsigned: items marked local, unsigned".into(),
        }
    }
}

/// One trusted minisign public key.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    /// Key id, 16 uppercase hex digits as `minisign` prints it.
    pub id: String,
    /// The file it came from.
    pub file: String,
    key: PublicKey,
}

/// The public keys the user trusts.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    keys: Vec<TrustedKey>,
}

/// Largest key file read: a minisign `.pub` file is about 100 bytes.
const MAX_KEY_BYTES: u64 = 4096;

impl TrustedKeys {
    /// Reads every `*.pub` file in `dir`. A missing directory is no keys;
    /// an unreadable or malformed key file is a warning and is skipped.
    pub fn read_dir(dir: &Path) -> (TrustedKeys, Vec<Diagnostic>) {
        let mut keys = TrustedKeys::default();
        let mut diags = Vec::new();
        let shown = dir.display().to_string();
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (keys, diags),
            Err(e) => {
                let msg =
                    format!("cannot read the trusted keys directory ({e}): no key is trusted");
                return (keys, vec![warning(&shown, msg)]);
            }
        };
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "pub"))
            .collect();
        paths.sort();
        for path in paths {
            let shown = path.display().to_string();
            let mut text = String::new();
            // Regular files only: opening a named pipe would block forever.
            let read = match std::fs::metadata(&path) {
                Ok(m) if !m.is_file() => Err(std::io::Error::other("not a regular file")),
                _ => std::fs::File::open(&path)
                    .and_then(|f| f.take(MAX_KEY_BYTES).read_to_string(&mut text)),
            };
            let result = match read {
                Ok(_) => keys.add(&shown, &text),
                Err(e) => Err(format!("cannot read key file ({e})")),
            };
            if let Err(msg) = result {
                diags.push(warning(&shown, format!("{msg}: this key is not trusted")));
            }
        }
        (keys, diags)
    }

    /// Adds a key from the text of a minisign `.pub` file (or its bare
    /// base64 line); `file` names it in messages.
    pub fn add(&mut self, file: &str, text: &str) -> Result<(), String> {
        let bare = text.trim();
        let (key, b64) = match PublicKey::decode(text) {
            Ok(k) => (k, text.lines().nth(1).unwrap_or("").trim()),
            Err(_) => (PublicKey::from_base64(bare).map_err(not_a_key)?, bare),
        };
        let id = parse_key_id(b64, 42).ok_or_else(|| not_a_key("bad key id"))?;
        self.keys.push(TrustedKey {
            id,
            file: file.to_string(),
            key,
        });
        Ok(())
    }

    /// The trusted keys, in the order they were read.
    pub fn keys(&self) -> &[TrustedKey] {
        &self.keys
    }

    fn get(&self, id: &str) -> Option<&TrustedKey> {
        self.keys.iter().find(|k| k.id == id)
    }
}

fn not_a_key(e: impl std::fmt::Display) -> String {
    format!("not a minisign public key ({e})")
}

fn warning(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity: super::Severity::Warning,
        ..file_error(file, message)
    }
}

/// The key id in a minisign public key (42 bytes) or signature line (74
/// bytes), formatted as `minisign` does: the little-endian u64, in hex.
fn parse_key_id(b64: &str, len: usize) -> Option<String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let id: [u8; 8] = bytes.get(2..10)?.try_into().ok()?;
    (bytes.len() == len).then(|| format!("{:016X}", u64::from_le_bytes(id)))
}

/// The result of checking one pack: its trust state, or `None` when refused,
/// and the problems found (errors when refused, else warnings).
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The trust state; `None` when the pack is refused.
    pub trust: Option<Trust>,
    /// Why it was refused, or what a reviewer should know.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a gathered pack against its manifest, signature and `keys`.
pub fn verify(pack: &PackSource, keys: &TrustedKeys) -> Verdict {
    if pack.bundled {
        return Verdict {
            trust: Some(Trust::Bundled),
            diagnostics: Vec::new(),
        };
    }
    let Some(manifest_file) = &pack.manifest else {
        let diagnostics = pack
            .signature
            .iter()
            .map(|s| {
                let msg = format!("a signature without {MANIFEST_FILE} proves nothing: the pack is treated as unsigned");
                warning(&s.path, msg)
            })
            .collect();
        return Verdict {
            trust: Some(Trust::Unsigned),
            diagnostics,
        };
    };
    let refused = |diagnostics| Verdict {
        trust: None,
        diagnostics,
    };
    let text = match &manifest_file.text {
        Ok(t) => t,
        Err(d) => return refused(vec![unreadable(d)]),
    };
    let manifest = match Manifest::parse(&manifest_file.path, text) {
        Ok(m) => m,
        Err(d) => return refused(vec![d]),
    };
    let mut errors = Vec::new();
    let trust = match &pack.signature {
        None => Some(Trust::Unsigned),
        Some(sig) => match signature_trust(sig, text.as_bytes(), &manifest, keys) {
            Ok(t) => Some(t),
            Err(d) => {
                errors.push(d);
                None
            }
        },
    };
    errors.extend(digest_errors(pack, &manifest_file.path, &manifest));
    if errors.is_empty() {
        Verdict {
            trust,
            diagnostics: Vec::new(),
        }
    } else {
        refused(errors)
    }
}

/// Verifies the signature of the manifest bytes: with the trusted key it
/// names, else with the public key the manifest names, else not at all.
fn signature_trust(
    sig: &SourceFile,
    manifest: &[u8],
    m: &Manifest,
    keys: &TrustedKeys,
) -> Result<Trust, Diagnostic> {
    let refuse = |msg: String| file_error(&sig.path, format!("{msg}: the whole pack is refused"));
    let text = sig.text.as_ref().map_err(unreadable)?;
    let malformed = || refuse(format!("not a minisign signature of {MANIFEST_FILE}"));
    let signature = Signature::decode(text).map_err(|_| malformed())?;
    let key_id = text
        .lines()
        .nth(1)
        .and_then(|l| parse_key_id(l, 74))
        .ok_or_else(malformed)?;
    let tampered = |whose: &str| {
        refuse(format!(
            "the signature does not verify with {whose} key {key_id}: {MANIFEST_FILE} was changed after it was signed"
        ))
    };
    if let Some(trusted) = keys.get(&key_id) {
        trusted
            .key
            .verify(manifest, &signature, true)
            .map_err(|_| tampered("the trusted"))?;
        return Ok(Trust::Signed { key_id });
    }
    let Some(b64) = &m.public_key else {
        return Ok(Trust::SignedUntrusted {
            key_id,
            checked: false,
        });
    };
    let named = PublicKey::from_base64(b64)
        .ok()
        .zip(parse_key_id(b64, 42))
        .ok_or_else(|| {
            refuse(format!(
                "the public_key in {MANIFEST_FILE} is not a minisign public key"
            ))
        })?;
    if named.1 != key_id {
        return Err(refuse(format!(
            "signed by key {key_id}, but {MANIFEST_FILE} names key {}",
            named.1
        )));
    }
    named
        .0
        .verify(manifest, &signature, true)
        .map_err(|_| tampered("its own"))?;
    Ok(Trust::SignedUntrusted {
        key_id,
        checked: true,
    })
}

/// Every file that is unlisted, missing, unreadable or altered.
fn digest_errors(pack: &PackSource, manifest_path: &str, m: &Manifest) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    let refuse =
        |file: &str, msg: String| file_error(file, format!("{msg}: the whole pack is refused"));
    for file in &pack.files {
        let name = Path::new(&file.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(expected) = m.files.get(&name) else {
            errors.push(refuse(&file.path, format!("not listed in {MANIFEST_FILE}")));
            continue;
        };
        seen.insert(name);
        match &file.text {
            Err(d) => errors.push(refuse(
                &file.path,
                format!("cannot be checked against {MANIFEST_FILE} ({})", d.message),
            )),
            Ok(text) => {
                let actual = sha256_hex(text.as_bytes());
                if &actual != expected {
                    errors.push(refuse(
                        &file.path,
                        format!(
                            "does not match {MANIFEST_FILE} (SHA-256 {}..., expected {}...): the file changed after the manifest was made",
                            &actual[..12],
                            &expected[..12]
                        ),
                    ));
                }
            }
        }
    }
    for (name, line) in &m.lines {
        if !seen.contains(name) {
            errors.push(Diagnostic {
                line: *line,
                column: 1,
                ..refuse(
                    manifest_path,
                    format!("lists `{name}`, which is missing from the pack directory"),
                )
            });
        }
    }
    errors
}
