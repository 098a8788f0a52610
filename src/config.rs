//! Where fieldref keeps its files, and the user's `config.toml`.
//!
//! Paths follow the platform's conventions (XDG on Linux) through the
//! `directories` crate; `FIELDREF_CONFIG_DIR`, `FIELDREF_DATA_DIR` and
//! `FIELDREF_CACHE_DIR` override them (tests and portable installs). A broken
//! config never stops the app: it yields the defaults and a message (see
//! [`ConfigLoad`] for what happens to the file).

mod load;

pub use load::ConfigLoad;

use crate::knowledge::Lang;
use std::path::PathBuf;

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

/// Settings from `config.toml`; every field is optional. [`Config::load`]
/// reads them key by key, so one bad setting does not cost the others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Interface and content language: `en` or `fr`.
    pub language: Option<String>,
    /// Theme name: dark, light, high-contrast, monochrome.
    pub theme: Option<String>,
    /// Keymap name (`default`, `vim`) or path.
    pub keymap: Option<String>,
    /// Extra knowledge directories.
    pub knowledge: Vec<PathBuf>,
    /// Region whose contacts come first ("Bujumbura").
    pub region: Option<String>,
    /// Keep recently opened item ids across sessions.
    pub keep_recent: bool,
}

impl Config {
    /// The configured language, if valid.
    pub fn lang(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::parse)
    }
}
