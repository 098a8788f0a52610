//! Keymaps: which key does what on which screen, read from TOML.
//!
//! A keymap is one table per key [`Context`] plus `[global]`. The bundled
//! `default` and `vim` keymaps are data embedded in the binary; a user's
//! `keymap.toml` is layered over the chosen one key by key. Lookups walk a
//! [`Stack`] of contexts, most specific first; the reverse map (action to
//! keys) drives the hint bar and the help, so neither repeats a key by hand.
//! The key-context enum lives here, not in `app`, so `app` never needs the
//! keymap and dependencies keep pointing one way.

mod context;
pub mod key;
mod matcher;
pub mod parse;
pub mod term;

pub use context::{Context, Stack, screen_stack, stack_for};
pub use key::{Code, Key};
pub use matcher::{Matcher, Outcome};
pub use parse::{Binding, Layer, parse_layer};

use crate::app::Action;
use crate::knowledge::Diagnostic;
use crate::knowledge::diagnostic::file_error;
use std::collections::BTreeMap;
use std::path::Path;

/// The bundled keymaps, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("default", include_str!("../keymaps/default.toml")),
    ("vim", include_str!("../keymaps/vim.toml")),
];

/// Largest keymap file read: 256 KiB.
const MAX_BYTES: u64 = 256 * 1024;

/// What a key sequence does in one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Runs this action.
    Action(Action),
    /// Starts a longer sequence: wait for the next key.
    Prefix,
    /// Nothing here.
    None,
}

/// The effective bindings: layered, validated, ready to look up.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    tables: BTreeMap<Context, BTreeMap<Vec<Key>, (Action, u32)>>,
    next_order: u32,
    /// The layers applied, in order: a bundled name or a file path.
    pub sources: Vec<String>,
    /// Problems found in the layers; their valid bindings still apply.
    pub diagnostics: Vec<Diagnostic>,
}

impl Keymap {
    /// The text of a bundled keymap.
    pub fn bundled_text(name: &str) -> Option<&'static str> {
        BUNDLED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// A keymap from a bundled one alone (`default`, `vim`).
    pub fn bundled(name: &str) -> Option<Keymap> {
        let text = Keymap::bundled_text(name)?;
        let mut km = Keymap::default();
        km.add_text(&format!("<bundled>/keymaps/{name}.toml"), text);
        km.sources = vec![name.to_string()];
        Some(km)
    }

    /// The keymap `choice` names (a bundled name or a path; `None` is
    /// `default`), with `user` (the config dir's `keymap.toml`, when it
    /// exists) layered over it. Never fails: problems become diagnostics
    /// and the default keymap stands in for a chosen one that cannot be read.
    pub fn load(choice: Option<&str>, user: Option<&Path>) -> Keymap {
        let choice = choice.map(str::trim).filter(|c| !c.is_empty());
        let mut km = Keymap::default();
        match choice {
            None => km.add_bundled("default"),
            Some(name) if Keymap::bundled_text(name).is_some() => km.add_bundled(name),
            Some(path) => {
                let looks_like_path = path.contains(['/', '\\']) || path.ends_with(".toml");
                match read_limited(Path::new(path)) {
                    Ok(text) => {
                        km.add_text(path, &text);
                        km.sources.push(path.to_string());
                    }
                    Err(e) => {
                        let msg = if looks_like_path {
                            format!("cannot read keymap: {e}; using the default keymap")
                        } else {
                            format!(
                                "unknown keymap `{path}`: use default, vim or the path of a \
                                 TOML file; using the default keymap"
                            )
                        };
                        km.diagnostics.push(file_error(path, msg));
                        km.add_bundled("default");
                    }
                }
            }
        }
        if let Some(user) = user.filter(|p| p.is_file()) {
            let shown = user.display().to_string();
            match read_limited(user) {
                Ok(text) => {
                    km.add_text(&shown, &text);
                    km.sources.push(shown);
                }
                Err(e) => km
                    .diagnostics
                    .push(file_error(&shown, format!("cannot read keymap: {e}"))),
            }
        }
        km
    }

    fn add_bundled(&mut self, name: &str) {
        if let Some(text) = Keymap::bundled_text(name) {
            self.add_text(&format!("<bundled>/keymaps/{name}.toml"), text);
            self.sources.push(name.to_string());
        }
    }

    /// Parses `text` and layers its valid bindings over the current ones.
    pub fn add_text(&mut self, path: &str, text: &str) {
        let (layer, diags) = parse_layer(path, text);
        self.diagnostics.extend(diags);
        self.apply(&layer);
    }

    /// Layers `layer` over the current bindings, key by key: an entry
    /// replaces any binding of the same keys, or of keys it starts or that
    /// start it, in the same table; `none` only removes.
    pub fn apply(&mut self, layer: &Layer) {
        for e in &layer.entries {
            let table = self.tables.entry(e.context).or_default();
            table.retain(|keys, _| !parse::overlaps(keys, &e.keys));
            if let Binding::Bind(action) = e.binding {
                table.insert(e.keys.clone(), (action, self.next_order));
                self.next_order += 1;
            }
        }
    }

    /// Whether any problem was found.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// What `keys` do in one table.
    pub fn lookup(&self, context: Context, keys: &[Key]) -> Lookup {
        let Some(table) = self.tables.get(&context) else {
            return Lookup::None;
        };
        if let Some((action, _)) = table.get(keys) {
            return Lookup::Action(*action);
        }
        let starts = table
            .range(keys.to_vec()..)
            .next()
            .is_some_and(|(k, _)| k.len() > keys.len() && k.starts_with(keys));
        if starts { Lookup::Prefix } else { Lookup::None }
    }

    /// The bindings of one table, in the order they were written.
    pub fn bindings(&self, context: Context) -> Vec<(&[Key], Action)> {
        let mut v: Vec<(&[Key], Action, u32)> = self
            .tables
            .get(&context)
            .map(|t| t.iter().map(|(k, (a, o))| (k.as_slice(), *a, *o)).collect())
            .unwrap_or_default();
        v.sort_by_key(|(_, _, o)| *o);
        v.into_iter().map(|(k, a, _)| (k, a)).collect()
    }

    /// Every binding that works in `stack`, most specific table first and in
    /// file order within a table: keys hidden by a more specific table, or
    /// that type into the search box, are left out.
    pub fn effective(&self, stack: &Stack) -> Vec<(Context, &[Key], Action)> {
        let mut out: Vec<(Context, &[Key], Action)> = Vec::new();
        for (i, ctx) in stack.contexts.iter().enumerate() {
            for (keys, action) in self.bindings(*ctx) {
                let types = stack.typing
                    && *ctx != Context::Input
                    && keys.first().and_then(|k| k.typed_char()).is_some();
                let hidden = stack.contexts[..i].iter().any(|upper| {
                    self.bindings(*upper)
                        .iter()
                        .any(|(k, _)| parse::overlaps(k, keys))
                });
                if !types && !hidden {
                    out.push((*ctx, keys, action));
                }
            }
        }
        out
    }

    /// The key sequences that run `action` in `stack`, best first.
    pub fn keys_for(&self, stack: &Stack, action: Action) -> Vec<&[Key]> {
        self.effective(stack)
            .into_iter()
            .filter(|(_, _, a)| *a == action)
            .map(|(_, k, _)| k)
            .collect()
    }
}

fn read_limited(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(std::io::Error::other("file larger than 256 KiB"));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::other("file is not UTF-8"))
}

#[cfg(test)]
mod tests;
