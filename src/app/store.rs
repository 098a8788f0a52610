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

/// Keeps id lists somewhere; errors come back as a message for the status line.
pub trait Store {
    /// Saves `ids` as the whole list `what`.
    fn save(&mut self, what: Saved, ids: &[String]) -> Result<(), String>;
}

/// Every save a [`MemoryStore`] received, oldest first.
type SaveLog = Rc<RefCell<Vec<(Saved, Vec<String>)>>>;

/// Keeps saves in memory; clones share the same log, so a test can keep
/// one and hand the other to the app.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    log: SaveLog,
}

impl MemoryStore {
    /// Every save so far, oldest first.
    pub fn saves(&self) -> Vec<(Saved, Vec<String>)> {
        self.log.borrow().clone()
    }
}

impl Store for MemoryStore {
    fn save(&mut self, what: Saved, ids: &[String]) -> Result<(), String> {
        self.log.borrow_mut().push((what, ids.to_vec()));
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
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            "corrupt".to_string()
        } else {
            format!("corrupt-{n}")
        };
        let aside = path.with_extension(format!("toml.{suffix}"));
        if !aside.exists() {
            return match std::fs::rename(path, &aside) {
                Ok(()) => format!(
                    "{shown} was unreadable ({why}): kept as {} and started empty",
                    aside.display()
                ),
                Err(e) => format!("{shown} is unreadable ({why}) and could not be moved: {e}"),
            };
        }
        n += 1;
        if n > 100 {
            return format!("{shown} is unreadable ({why})");
        }
    }
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
