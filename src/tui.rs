//! The event loop: terminal set-up and restore, key events to actions,
//! and a redraw after each input or resize (no timer, no threads).
//!
//! [`Driver`] is the loop's body without the terminal (keymap, update,
//! draw, measure), so tests and benchmarks drive exactly what users do.

mod signals;
mod start;
mod terminal;

pub use start::{EXIT_AFTER_FIRST_FRAME, choose_theme, keymap_for, load_app, run};

use crate::app::{Action, App};
use crate::keymap::{Context, Key, Keymap, Matcher, Outcome, stack_for};
use crate::ui::{self, Measure, View};
use ratatui::Frame;

/// Most characters a paste types: far more than any search or MRZ.
pub const MAX_PASTE: usize = 1024;

/// One session of the app: state, keymap and an unfinished key sequence.
pub struct Driver {
    /// The app state.
    pub app: App,
    /// The active keymap.
    pub keymap: Keymap,
    matcher: Matcher,
}

impl Driver {
    /// A driver for `app` with `keymap`.
    pub fn new(app: App, keymap: Keymap) -> Driver {
        Driver {
            app,
            keymap,
            matcher: Matcher::default(),
        }
    }

    /// Handles one key press. Ctrl-C quits whatever the keymap says.
    pub fn press(&mut self, key: Key) {
        if key == Key::ctrl('c') {
            self.app.update(Action::Quit);
            return;
        }
        let stack = stack_for(&self.app);
        match self.matcher.feed(&self.keymap, &stack, key) {
            Outcome::Action(action) => self.app.update(action),
            // Letters answer a flow's question, digits jump to a step.
            Outcome::Unbound if stack.takes_characters() => {
                if let Some(c) = key.typed_char() {
                    self.app.update(Action::Insert(c));
                }
            }
            _ => {}
        }
    }

    /// Types a bracketed paste into whatever takes text here (the search
    /// box, the MRZ lines, a file name), as if each character were typed;
    /// elsewhere a paste does nothing (letters would answer a flow). Line
    /// breaks start a new line in the MRZ check and are spaces elsewhere.
    /// At most [`MAX_PASTE`] characters are taken.
    pub fn paste(&mut self, text: &str) {
        let stack = stack_for(&self.app);
        if !stack.typing {
            return;
        }
        self.matcher = Matcher::default();
        let lines = stack.screen_context() == Context::Mrz;
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for c in text.chars().take(MAX_PASTE) {
            let c = match c {
                '\n' if lines => '\n',
                '\n' | '\t' => ' ',
                c => c,
            };
            self.app.update(Action::Insert(c));
        }
    }

    /// Keys of an unfinished sequence.
    pub fn pending(&self) -> &[Key] {
        self.matcher.pending()
    }

    /// Draws a frame, then tells the app what the frame measured.
    pub fn draw(&mut self, frame: &mut Frame<'_>) {
        let view = View {
            app: &self.app,
            keymap: &self.keymap,
            pending: self.matcher.pending(),
        };
        let m = ui::draw(frame, &view);
        self.after_draw(m);
    }

    /// Reports a frame's measure to the app (it changes nothing drawn:
    /// the frame already clamped what it showed).
    pub fn after_draw(&mut self, m: Measure) {
        self.app.update(Action::Measured {
            scroll_max: m.scroll_max,
            page: m.page,
        });
    }
}
