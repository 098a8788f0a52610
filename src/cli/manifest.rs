//! `fieldref manifest DIR`: write `DIR/pack.manifest`, the SHA-256 of every
//! pack file, for a national office to sign with `minisign -Sm`.

use super::Session;
use crate::i18n::Msg;
use crate::knowledge::TrustedKeys;
use crate::knowledge::manifest::{self, MANIFEST_FILE, SIGNATURE_FILE};
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldref manifest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The pack directory (the one holding pack.toml).
    pub dir: PathBuf,
    /// Replace an existing pack.manifest.
    #[arg(long)]
    pub force: bool,
    /// The signer's minisign public key file, recorded in the manifest so
    /// that users who do not trust it yet can still check the signature.
    #[arg(long, value_name = "FILE")]
    pub public_key: Option<PathBuf>,
}

/// Hashes the pack's files and writes the manifest; exit 1 when it exists
/// (without --force) or the pack cannot be read.
pub fn run(session: &Session, args: &Args) -> anyhow::Result<ExitCode> {
    let lang = session.lang;
    let target = args.dir.join(MANIFEST_FILE);
    let shown = target.display().to_string();
    if target.exists() && !args.force {
        eprintln!(
            "fieldref: {}",
            Msg::ManifestExists.fill(lang, &[("path", &shown)])
        );
        return Ok(ExitCode::from(1));
    }
    let public_key = match &args.public_key {
        Some(path) => Some(read_public_key(path)?),
        None => None,
    };
    let m = manifest::build(&args.dir, public_key)?;
    let text = m.to_text();
    let unchanged = std::fs::read_to_string(&target).is_ok_and(|old| old == text);
    // A temporary file then a rename: a crash never leaves half a manifest.
    let tmp = args.dir.join(format!(".{MANIFEST_FILE}.tmp"));
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, &target)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("cannot write {shown}"));
    }
    println!(
        "{}",
        Msg::ManifestWritten.fill(lang, &[("path", &shown), ("count", &m.files.len())])
    );
    let sig = args.dir.join(SIGNATURE_FILE);
    if sig.exists() && !unchanged {
        let sig = sig.display().to_string();
        eprintln!(
            "fieldref: {}",
            Msg::ManifestStaleSignature.fill(lang, &[("path", &sig)])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The base64 line of a minisign public key file, checked.
fn read_public_key(path: &std::path::Path) -> anyhow::Result<String> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {shown}"))?;
    TrustedKeys::default()
        .add(&shown, &text)
        .map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or_default();
    Ok(line.to_string())
}
