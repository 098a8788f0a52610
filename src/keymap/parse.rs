//! Reading one keymap file: tables per key context, `"key" = "action"`,
//! `"key" = "none"` to unbind. Every problem becomes a diagnostic with
//! file, line and column, and the valid bindings of the file still count.

use super::Context;
use super::key::{Key, parse_sequence, sequence_name};
use crate::app::Action;
use crate::knowledge::diagnostic::SourceText;
use crate::knowledge::{Diagnostic, edit_distance};
use toml::de::{DeTable, DeValue};

/// What a keymap entry does to its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// Bind the key to an action.
    Bind(Action),
    /// Remove whatever an underlying keymap bound to the key.
    Unbind,
}

/// One valid entry of a keymap file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The table it sits in.
    pub context: Context,
    /// The keys, one or more.
    pub keys: Vec<Key>,
    /// Bind or unbind.
    pub binding: Binding,
    /// 1-based line, for conflict messages.
    pub line: usize,
}

/// The valid entries of one file, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layer {
    /// Entries in the order written.
    pub entries: Vec<Entry>,
}

/// Parses a keymap file; returns its valid entries and every problem.
pub fn parse_layer(path: &str, text: &str) -> (Layer, Vec<Diagnostic>) {
    let src = SourceText::new(path, text);
    let mut diags = Vec::new();
    let mut layer = Layer::default();
    let root = match DeTable::parse(text) {
        Ok(t) => t.into_inner(),
        Err(e) => {
            let msg = e.message().lines().next().unwrap_or("").trim().to_string();
            let at = e.span().map_or(0, |s| s.start);
            diags.push(src.error(at, None, format!("{msg}: no binding of this file applies")));
            return (layer, diags);
        }
    };
    let mut tables: Vec<_> = root.iter().collect();
    tables.sort_by_key(|(k, _)| k.span().start);
    for (name, value) in tables {
        let Some(context) = Context::parse(name.get_ref()) else {
            let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
            diags.push(src.error(
                name.span().start,
                None,
                format!(
                    "unknown table `[{}]`: use one of {}",
                    name.get_ref(),
                    names.join(", ")
                ),
            ));
            continue;
        };
        let DeValue::Table(table) = value.get_ref() else {
            diags.push(src.error(
                name.span().start,
                None,
                format!(
                    "`{}` must be a table: write [{}]",
                    name.get_ref(),
                    context.name()
                ),
            ));
            continue;
        };
        let mut keys: Vec<_> = table.iter().collect();
        keys.sort_by_key(|(k, _)| k.span().start);
        for (key, value) in keys {
            let at_key = key.span().start;
            let seq = match parse_sequence(key.get_ref()) {
                Ok(s) => s,
                Err(e) => {
                    diags.push(src.error(at_key, None, e));
                    continue;
                }
            };
            let DeValue::String(action) = value.get_ref() else {
                diags.push(src.error(
                    value.span().start,
                    None,
                    "a binding's value is an action name in quotes, or \"none\" to unbind",
                ));
                continue;
            };
            let binding = match action.as_ref() {
                "none" => Binding::Unbind,
                name => match Action::from_name(name) {
                    Some(a) => Binding::Bind(a),
                    None => {
                        diags.push(src.error(value.span().start, None, unknown_action(name)));
                        continue;
                    }
                },
            };
            let line = src.position(at_key).0;
            if let Some(clash) = layer
                .entries
                .iter()
                .find(|e| e.context == context && overlaps(&e.keys, &seq))
            {
                let what = if clash.keys == seq {
                    format!(
                        "`{}` is bound twice in [{}] (first on line {}): this one is ignored",
                        sequence_name(&seq),
                        context.name(),
                        clash.line
                    )
                } else {
                    format!(
                        "`{}` conflicts with `{}` on line {} in [{}]: a key cannot both act \
                         and start a sequence; this one is ignored",
                        sequence_name(&seq),
                        sequence_name(&clash.keys),
                        clash.line,
                        context.name()
                    )
                };
                diags.push(src.error(at_key, None, what));
                continue;
            }
            layer.entries.push(Entry {
                context,
                keys: seq,
                binding,
                line,
            });
        }
    }
    (layer, diags)
}

/// Whether two sequences cannot live in one table: equal, or one a prefix of the other.
pub fn overlaps(a: &[Key], b: &[Key]) -> bool {
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

fn unknown_action(name: &str) -> String {
    let close = Action::BINDABLE
        .iter()
        .map(|a| (edit_distance(name, a.name()), a.name()))
        .min();
    match close {
        Some((d, best)) if d <= 3 => {
            format!("unknown action `{name}`: did you mean `{best}`? (run `fieldref keys`)")
        }
        _ => format!("unknown action `{name}`: run `fieldref keys` to see the actions"),
    }
}
