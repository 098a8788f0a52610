//! Reading `config.toml`, which a person edits by hand.
//!
//! Two kinds of trouble, treated the way the person would expect:
//!
//! - **A file that cannot be parsed at all** (not UTF-8, a TOML syntax
//!   error, a file cut short by a crash or a full disk) holds no setting we
//!   can trust. Every command uses the defaults and says where the file
//!   broke; the interactive app, which is what people open, also moves it
//!   aside (`config.toml.corrupt`, as bookmarks do) so that the next start is
//!   clean and the text is still there to repair. Read-only commands
//!   (`check`, `paths`, `show` ...) never move it.
//! - **A file that parses but says something we do not understand** (an
//!   unknown setting, a wrong type, an unknown language) is the person's own
//!   edit, probably half done: it stays where it is, every valid setting in
//!   it applies, each bad one is ignored with a message naming its line and
//!   column.

use super::Config;
use crate::i18n::Msg;
use crate::knowledge::diagnostic::{SourceText, file_error};
use crate::knowledge::{Diagnostic, Lang};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::{Spanned, Value};

/// The settings a config file may hold, in the order the docs list them.
const KNOWN: &[&str] = &[
    "language",
    "theme",
    "keymap",
    "knowledge",
    "region",
    "keep_recent",
];

/// What reading `config.toml` gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigLoad {
    /// The settings to use: the file's valid ones over the defaults.
    pub config: Config,
    /// What was wrong, each with file, line and column where known.
    pub problems: Vec<Diagnostic>,
    /// Why the file could not be parsed at all, when it could not (the
    /// first problem says where); [`ConfigLoad::set_aside`] moves it away.
    pub broken: Option<String>,
}

impl Config {
    /// Reads `path`, writing messages in `lang`. A missing file is the
    /// defaults with no message; see the module docs for a broken one.
    /// Reads only: nothing is renamed or written here.
    pub fn load(path: &Path, lang: Lang) -> ConfigLoad {
        let shown = path.display().to_string();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return ConfigLoad::default(),
            Err(e) => {
                let message = Msg::ConfigUnreadable.fill(lang, &[("error", &e)]);
                return ConfigLoad {
                    problems: vec![file_error(&shown, message)],
                    ..ConfigLoad::default()
                };
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
                let src = SourceText::new(&shown, prefix);
                return broken(&src, valid, Msg::ConfigNotUtf8.text(lang), lang);
            }
        };
        let src = SourceText::new(&shown, text.as_str());
        match toml::from_str::<BTreeMap<Spanned<String>, Spanned<Value>>>(&text) {
            Ok(table) => settings(&src, table, lang),
            Err(e) => {
                let why = e.message().lines().next().unwrap_or("not valid TOML");
                broken(&src, e.span().map_or(0, |s| s.start), why, lang)
            }
        }
    }
}

impl ConfigLoad {
    /// When the file could not be parsed, moves it to `config.toml.corrupt`
    /// (the naming bookmarks use) and says so in its message; else does
    /// nothing. Only the interactive app calls this.
    pub fn set_aside(&mut self, path: &Path, lang: Lang) {
        let Some(error) = self.broken.take() else {
            return;
        };
        let moved = crate::app::store::move_aside(path);
        if let Some(d) = self.problems.first_mut() {
            d.message = match &moved {
                Ok(aside) => {
                    let aside = aside.display();
                    Msg::ConfigSetAside.fill(lang, &[("error", &error), ("path", &aside)])
                }
                Err(reason) => {
                    Msg::ConfigNotMoved.fill(lang, &[("error", &error), ("reason", reason)])
                }
            };
        }
    }
}

/// The defaults and one positioned error for a file that does not parse.
fn broken(src: &SourceText, offset: usize, why: &str, lang: Lang) -> ConfigLoad {
    let message = Msg::ConfigBroken.fill(lang, &[("error", &why)]);
    ConfigLoad {
        config: Config::default(),
        problems: vec![src.error(offset, None, message)],
        broken: Some(why.to_string()),
    }
}

/// Each valid setting over the defaults; each bad one ignored and reported.
fn settings(
    src: &SourceText,
    table: BTreeMap<Spanned<String>, Spanned<Value>>,
    lang: Lang,
) -> ConfigLoad {
    let mut load = ConfigLoad::default();
    let mut entries: Vec<_> = table.into_iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    for (key, value) in entries {
        let at = key.span().start;
        let name = key.get_ref().as_str();
        let c = &mut load.config;
        let expected = match (name, value.get_ref()) {
            ("language", Value::String(s)) => match Lang::parse(s) {
                Some(_) => {
                    c.language = Some(s.clone());
                    None
                }
                None => Some((value.span().start, Msg::ConfigExpectLang)),
            },
            ("language", _) => Some((value.span().start, Msg::ConfigExpectLang)),
            ("theme", Value::String(s)) => {
                c.theme = Some(s.clone());
                None
            }
            ("keymap", Value::String(s)) => {
                c.keymap = Some(s.clone());
                None
            }
            ("region", Value::String(s)) => {
                c.region = Some(s.clone());
                None
            }
            ("theme" | "keymap" | "region", _) => Some((value.span().start, Msg::ConfigExpectText)),
            ("keep_recent", Value::Boolean(b)) => {
                c.keep_recent = *b;
                None
            }
            ("keep_recent", _) => Some((value.span().start, Msg::ConfigExpectBool)),
            ("knowledge", Value::Array(dirs)) => {
                let paths: Option<Vec<PathBuf>> =
                    dirs.iter().map(|d| d.as_str().map(PathBuf::from)).collect();
                match paths {
                    Some(p) => {
                        c.knowledge = p;
                        None
                    }
                    None => Some((value.span().start, Msg::ConfigExpectDirs)),
                }
            }
            ("knowledge", _) => Some((value.span().start, Msg::ConfigExpectDirs)),
            _ => {
                let known = KNOWN.join(", ");
                let message =
                    Msg::ConfigUnknownKey.fill(lang, &[("key", &name), ("known", &known)]);
                load.problems.push(src.error(at, None, message));
                None
            }
        };
        if let Some((offset, what)) = expected {
            let message =
                Msg::ConfigWrongType.fill(lang, &[("key", &name), ("expected", &what.text(lang))]);
            load.problems.push(src.error(offset, None, message));
        }
    }
    load
}

#[cfg(test)]
mod tests;
