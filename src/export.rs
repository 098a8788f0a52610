//! Export for print and case files: a procedure, a flow (as a printable
//! prompt sheet), a flow's outcome reached by a path of answers, a deck, or
//! any other item, as Markdown or plain text.
//!
//! Pure: knowledge in, `String` out; the only I/O is [`write_new_file`],
//! which the command line and the app share. Every export ends with its
//! provenance (pack, source, review date) and the fieldref version and date.

mod doc;
mod flow;
mod item;

pub use flow::{PathError, flow_outcome, matching_contacts};
pub use item::item;

use crate::knowledge::{Date, Lang};
use std::io::{self, Write};
use std::path::Path;

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CommonMark, pack text escaped so it never becomes markup.
    Markdown,
    /// Plain text wrapped at 78 columns, with no markup at all.
    Text,
}

impl Format {
    /// Parses `md`/`markdown` or `txt`/`text`, case-insensitively.
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }

    /// The format a file name's extension asks for (`.md`, `.txt`).
    pub fn from_path(path: &Path) -> Option<Format> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Format::parse)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Text => "txt",
        }
    }
}

/// How to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Markdown or text.
    pub format: Format,
    /// Content and interface language (content falls back when missing).
    pub lang: Lang,
    /// The date printed in the provenance and used to judge stale numbers.
    pub today: Date,
    /// Region whose contacts come first (the config's `region`).
    pub region: Option<String>,
}

impl Options {
    /// Options for `format` in `lang`, dated today, no preferred region.
    pub fn new(format: Format, lang: Lang) -> Options {
        Options {
            format,
            lang,
            today: Date::today(),
            region: None,
        }
    }
}

/// Writes `contents` to a new file at `path`, readable and writable by its
/// owner only (0600 on Unix, set when the file is created, so it is never
/// readable by others even for a moment). An existing file is an
/// `AlreadyExists` error unless `overwrite`; when overwriting, the file is
/// truncated and its permissions are narrowed to 0600 too.
pub fn write_new_file(path: &Path, contents: &str, overwrite: bool) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if overwrite {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    #[cfg(unix)]
    if overwrite {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}
