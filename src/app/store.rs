//! Where bookmarks (and, when the config asks, recent items) are kept.
//!
//! `update` never touches the disk: it calls the [`Store`] the app was
//! given. The event loop gives a [`FileStore`]; tests give a
//! [`MemoryStore`]. Files hold item ids only, and are written atomically
//! (temporary file, fsync, rename) so a crash never leaves half a file.

use crate::knowledge::valid_id;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Which list is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Bookmarked item ids.
    Bookmarks,
    /// Recently opened item ids.
    Recent,
}

/// Why an export was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// A file of that name exists and overwriting was not asked for.
    Exists,
    /// Anything else, as a message.
    Failed(String),
}

/// Keeps id lists somewhere, and writes the exports the user asks for;
/// errors come back as a message for the status line.
pub trait Store {
    /// Saves `ids` as the whole list `what`.
    fn save(&mut self, what: Saved, ids: &[String]) -> Result<(), String>;

    /// Writes an export to `path`, readable by its owner only; an existing
    /// file is [`ExportError::Exists`] unless `overwrite`.
    fn export(&mut self, path: &Path, contents: &str, overwrite: bool) -> Result<(), ExportError> {
        let _ = (path, contents, overwrite);
        Err(ExportError::Failed("exports are not available here".into()))
    }
}

/// One export a [`MemoryStore`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file name asked for.
    pub path: PathBuf,
    /// What was written.
    pub contents: String,
    /// Whether an existing file was replaced.
    pub overwrite: bool,
}

/// Every save a [`MemoryStore`] received, oldest first.
type SaveLog = Rc<RefCell<Vec<(Saved, Vec<String>)>>>;

/// Keeps saves and exports in memory; clones share the same logs, so a
/// test can keep one and hand the other to the app.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    log: SaveLog,
    exports: Rc<RefCell<Vec<Exported>>>,
    existing: Rc<RefCell<Vec<PathBuf>>>,
}

impl MemoryStore {
    /// Every save so far, oldest first.
    pub fn saves(&self) -> Vec<(Saved, Vec<String>)> {
        self.log.borrow().clone()
    }

    /// Every export written so far, oldest first.
    pub fn exports(&self) -> Vec<Exported> {
        self.exports.borrow().clone()
    }

    /// Pretends a file named `path` already exists.
    pub fn add_existing(&self, path: impl Into<PathBuf>) {
        self.existing.borrow_mut().push(path.into());
    }
}

impl Store for MemoryStore {
    fn save(&mut self, what: Saved, ids: &[String]) -> Result<(), String> {
        self.log.borrow_mut().push((what, ids.to_vec()));
        Ok(())
    }

    fn export(&mut self, path: &Path, contents: &str, overwrite: bool) -> Result<(), ExportError> {
        let exists = self.existing.borrow().iter().any(|p| p == path);
        if exists && !overwrite {
            return Err(ExportError::Exists);
        }
        self.existing.borrow_mut().push(path.to_path_buf());
        self.exports.borrow_mut().push(Exported {
            path: path.to_path_buf(),
            contents: contents.to_string(),
            overwrite,
        });
        Ok(())
    }
}

/// Keeps lists as small TOML files in the data directory.
#[derive(Debug, Clone)]
pub struct FileStore {
    /// The bookmarks file.
    pub bookmarks: PathBuf,
    /// The recent-items file (written only when keeping recent items).
    pub recent: PathBuf,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IdFile {
    ids: Vec<String>,
}

impl FileStore {
    /// The file for `what`.
    pub fn path(&self, what: Saved) -> &Path {
        match what {
            Saved::Bookmarks => &self.bookmarks,
            Saved::Recent => &self.recent,
        }
    }

    /// Reads a list. A missing file is an empty list; an unreadable or
    /// corrupt one is moved aside (so it is neither lost nor overwritten)
    /// and a message says where it went.
    pub fn load(&self, what: Saved) -> (Vec<String>, Option<String>) {
        let path = self.path(what);
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Vec::new(), None),
            Err(e) => return (Vec::new(), Some(set_aside(path, &e.to_string()))),
        };
        match toml::from_str::<IdFile>(&text) {
            Ok(file) => {
                let mut ids: Vec<String> = Vec::new();
                for id in file.ids {
                    if valid_id(&id) && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                (ids, None)
            }
            Err(e) => {
                let why = e
                    .message()
                    .lines()
                    .next()
                    .unwrap_or("not valid TOML")
                    .to_string();
                (Vec::new(), Some(set_aside(path, &why)))
            }
        }
    }
}

impl Store for FileStore {
    fn save(&mut self, what: Saved, ids: &[String]) -> Result<(), String> {
        let path = self.path(what).to_path_buf();
        let body = toml::to_string(&IdFile { ids: ids.to_vec() }).map_err(|e| e.to_string())?;
        let text = format!("# fieldref: item ids only, newest first.\n{body}");
        write_atomic(&path, text.as_bytes())
            .map_err(|e| format!("cannot save {}: {e}", path.display()))
    }

    fn export(&mut self, path: &Path, contents: &str, overwrite: bool) -> Result<(), ExportError> {
        match crate::export::write_new_file(path, contents, overwrite) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(ExportError::Exists),
            Err(e) => Err(ExportError::Failed(e.to_string())),
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames
/// it over `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map_or_else(|| "fieldref".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Renames a bad file to `<name>.corrupt` (or `.corrupt-2` ...) and says so.
fn set_aside(path: &Path, why: &str) -> String {
    let shown = path.display();
    match move_aside(path) {
        Ok(aside) => format!(
            "{shown} was unreadable ({why}): kept as {} and started empty",
            aside.display()
        ),
        Err(e) => format!("{shown} is unreadable ({why}) and could not be moved: {e}"),
    }
}

/// Moves a corrupt file out of the way without losing it: renames
/// `name.toml` to `name.toml.corrupt`, or `.corrupt-2` ... when that name
/// is taken (never over an earlier one), and returns the new path.
pub fn move_aside(path: &Path) -> std::io::Result<PathBuf> {
    for n in 1..=100 {
        let suffix = if n == 1 {
            "corrupt".to_string()
        } else {
            format!("corrupt-{n}")
        };
        let ext = path
            .extension()
            .map_or_else(String::new, |e| format!("{}.", e.to_string_lossy()));
        let aside = path.with_extension(format!("{ext}{suffix}"));
        if !aside.exists() {
            std::fs::rename(path, &aside)?;
            return Ok(aside);
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "100 earlier copies are already set aside beside it",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corrupt_file_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = FileStore {
            bookmarks: dir.path().join("data/bookmarks.toml"),
            recent: dir.path().join("data/recent.toml"),
        };
        assert_eq!(store.load(Saved::Bookmarks), (Vec::new(), None));
        let ids = vec![
            "palermo.art3a".to_string(),
            "proc.first-contact".to_string(),
        ];
        store.save(Saved::Bookmarks, &ids).unwrap();
        assert_eq!(store.load(Saved::Bookmarks).0, ids);
        std::fs::write(&store.bookmarks, "ids = [unquoted").unwrap();
        let (ids, msg) = store.load(Saved::Bookmarks);
        assert!(ids.is_empty());
        assert!(msg.unwrap().contains("bookmarks.toml.corrupt"));
        assert!(dir.path().join("data/bookmarks.toml.corrupt").is_file());
        assert!(!store.bookmarks.exists());
    }
}
