//! Where fieldref keeps its files, and the user's `config.toml`.
//!
//! Paths follow the platform's conventions (XDG on Linux) through the
//! `directories` crate; `FIELDREF_CONFIG_DIR`, `FIELDREF_DATA_DIR` and
//! `FIELDREF_CACHE_DIR` override them (tests and portable installs). A broken
//! config never stops the app: it yields the defaults and a message.

use crate::knowledge::{Diagnostic, Lang, diagnostic::SourceText};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The directories fieldref reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// `config.toml`, `keymap.toml`, trusted keys.
    pub config_dir: PathBuf,
    /// Bookmarks and the `packs/` folder of extra packs.
    pub data_dir: PathBuf,
    /// The search index cache; safe to delete.
    pub cache_dir: PathBuf,
}

impl Paths {
    /// The platform's directories, with environment overrides applied.
    pub fn discover() -> Paths {
        let dirs = directories::ProjectDirs::from("org", "fieldref", "fieldref");
        let fallback = std::env::temp_dir().join("fieldref");
        let pick = |var: &str, f: &dyn Fn(&directories::ProjectDirs) -> PathBuf| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(|| dirs.as_ref().map(f))
                .unwrap_or_else(|| fallback.clone())
        };
        Paths {
            config_dir: pick("FIELDREF_CONFIG_DIR", &|d| d.config_dir().to_path_buf()),
            data_dir: pick("FIELDREF_DATA_DIR", &|d| d.data_dir().to_path_buf()),
            cache_dir: pick("FIELDREF_CACHE_DIR", &|d| d.cache_dir().to_path_buf()),
        }
    }

    /// The user's configuration file.
    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    /// A user keymap layered over the chosen one.
    pub fn keymap_file(&self) -> PathBuf {
        self.config_dir.join("keymap.toml")
    }

    /// Bookmarked item ids.
    pub fn bookmarks_file(&self) -> PathBuf {
        self.data_dir.join("bookmarks.toml")
    }

    /// Recently opened item ids, when the config keeps them.
    pub fn recent_file(&self) -> PathBuf {
        self.data_dir.join("recent.toml")
    }

    /// Extra packs dropped in by a local office.
    pub fn packs_dir(&self) -> PathBuf {
        self.data_dir.join("packs")
    }

    /// Minisign public keys (`*.pub`) whose signed packs are trusted.
    pub fn trusted_keys_dir(&self) -> PathBuf {
        self.config_dir.join("trusted-keys")
    }

    /// The search index cache.
    pub fn index_dir(&self) -> PathBuf {
        self.cache_dir.join("index")
    }
}

/// Settings from `config.toml`; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Interface and content language: `en` or `fr`.
    #[serde(default)]
    pub language: Option<String>,
    /// Theme name: dark, light, high-contrast, monochrome.
    #[serde(default)]
    pub theme: Option<String>,
    /// Keymap name (`default`, `vim`) or path.
    #[serde(default)]
    pub keymap: Option<String>,
    /// Extra knowledge directories.
    #[serde(default)]
    pub knowledge: Vec<PathBuf>,
    /// Region whose contacts come first ("Bujumbura").
    #[serde(default)]
    pub region: Option<String>,
    /// Keep recently opened item ids across sessions.
    #[serde(default)]
    pub keep_recent: bool,
}

impl Config {
    /// The configured language, if valid.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::parse)
    }

    /// Reads `path`; a missing file is the defaults, a broken one the
    /// defaults plus a diagnostic naming line and column.
    pub fn load(path: &Path) -> (Config, Option<Diagnostic>) {
        let shown = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
            Err(e) => {
                let d = crate::knowledge::diagnostic::file_error(
                    &shown,
                    format!("cannot read config ({e}): using defaults"),
                );
                return (Config::default(), Some(d));
            }
        };
        match toml::from_str::<Config>(&text) {
            Ok(c) => {
                if c.language.is_some() && c.lang().is_none() {
                    let src = SourceText::new(&shown, text.as_str());
                    let d = src.error(
                        0,
                        None,
                        "`language` must be \"en\" or \"fr\": using English",
                    );
                    return (c, Some(d));
                }
                (c, None)
            }
            Err(e) => {
                let src = SourceText::new(&shown, text.as_str());
                let msg = format!(
                    "{}: using the default settings",
                    e.message().lines().next().unwrap_or("")
                );
                (
                    Config::default(),
                    Some(src.error(e.span().map_or(0, |s| s.start), None, msg)),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_config_gives_defaults_and_position() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "language = \"fr\"\ncolour = 3\n").unwrap();
        let (config, diag) = Config::load(&path);
        assert_eq!(config, Config::default());
        let d = diag.expect("a diagnostic");
        assert_eq!((d.line, d.column), (2, 1));
        assert!(d.message.contains("colour"), "{}", d.message);
    }

    #[test]
    fn missing_config_is_silent_defaults() {
        let (config, diag) = Config::load(Path::new("/nonexistent/fieldref/config.toml"));
        assert_eq!(config, Config::default());
        assert!(diag.is_none());
    }
}
