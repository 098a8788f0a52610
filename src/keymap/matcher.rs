//! Turning key presses into actions, one press at a time, with key
//! sequences (`g g`) and typing into the search box. No timer: a key that
//! both acted and started a sequence would be ambiguous, so keymaps may not
//! do that (the parser refuses it).

use super::{Context, Key, Keymap, Lookup, Stack};
use crate::app::Action;

/// What one key press led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Run this action.
    Action(Action),
    /// The keys so far start a sequence: waiting for the next one.
    Pending,
    /// Nothing is bound to this key here.
    Unbound,
}

/// Keys pressed so far of an unfinished sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matcher {
    pending: Vec<Key>,
}

impl Matcher {
    /// The keys of the unfinished sequence, for the hint bar.
    pub fn pending(&self) -> &[Key] {
        &self.pending
    }

    /// Forgets an unfinished sequence (the screen changed under it).
    pub fn reset(&mut self) {
        self.pending.clear();
    }

    /// Feeds one press. Tables are tried most specific first; the first
    /// that knows the keys (as an action or the start of a sequence)
    /// decides. While a text box has focus, a character the `input` table
    /// does not bind types. A sequence that goes nowhere is dropped and its
    /// last key tried on its own.
    pub fn feed(&mut self, keymap: &Keymap, stack: &Stack, key: Key) -> Outcome {
        self.pending.push(key);
        if let Some(outcome) = self.resolve(keymap, stack) {
            return outcome;
        }
        if self.pending.len() > 1 {
            self.pending = vec![key];
            if let Some(outcome) = self.resolve(keymap, stack) {
                return outcome;
            }
        }
        self.pending.clear();
        Outcome::Unbound
    }

    fn resolve(&mut self, keymap: &Keymap, stack: &Stack) -> Option<Outcome> {
        for ctx in &stack.contexts {
            if stack.typing
                && *ctx != Context::Input
                && self.pending.len() == 1
                && let Some(c) = self.pending[0].typed_char()
            {
                self.pending.clear();
                return Some(Outcome::Action(Action::Insert(c)));
            }
            match keymap.lookup(*ctx, &self.pending) {
                Lookup::Action(a) => {
                    self.pending.clear();
                    return Some(Outcome::Action(a));
                }
                Lookup::Prefix => return Some(Outcome::Pending),
                Lookup::None => {}
            }
        }
        None
    }
}
