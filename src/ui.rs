//! Drawing: one function per screen, all from `&App` (plus the keymap, for
//! hints and help). No I/O, no state: selection and scroll are numbers in
//! the app, and what only drawing can know (how far a text scrolls, how
//! many rows a page holds) is handed back as a [`Measure`].

pub mod big_text;
mod browse;
mod chrome;
mod contacts;
pub mod flow;
mod guide;
mod help;
mod hints;
mod item;
mod item_body;
mod lists;
mod mrz;
pub mod present;
mod search;
pub mod stepper;
pub mod text;
pub mod theme;

pub use theme::Theme;

use crate::app::{Action, App, Screen};
use crate::keymap::key::sequence_label;
use crate::keymap::{Context, Key, Keymap, Stack, stack_for};
use crate::knowledge::Lang;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

/// Smallest area the screens are drawn in; below it, a short message.
pub const MIN_SIZE: (u16, u16) = (40, 10);

/// What a frame needs: the app, and the keymap its hints come from.
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// The active keymap.
    pub keymap: &'a Keymap,
    /// Keys of an unfinished sequence (`g` of `g g`).
    pub pending: &'a [Key],
}

/// Facts only drawing knows, reported back to the app after each frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Measure {
    /// Largest useful scroll offset of the text in view.
    pub scroll_max: u16,
    /// Rows of the list or text in view.
    pub page: u16,
}

/// What drawing a screen produced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// Scroll and page facts.
    pub measure: Measure,
    /// Where the text cursor goes (the search box), if anywhere.
    pub cursor: Option<Position>,
}

/// Everything a draw function reads.
pub struct Cx<'a> {
    /// The app.
    pub app: &'a App,
    /// The keymap.
    pub keymap: &'a Keymap,
    /// The contexts in force.
    pub stack: Stack,
    /// The bindings that work in `stack`, worked out once per frame.
    pub bindings: Vec<(Context, &'a [Key], Action)>,
    /// Styles.
    pub theme: Theme,
    /// Interface language.
    pub lang: Lang,
}

impl Cx<'_> {
    /// The label of the first key that runs `action` here (`F1`, `g g`).
    pub fn key(&self, action: Action) -> Option<String> {
        self.bindings
            .iter()
            .find(|(_, _, a)| *a == action)
            .map(|(_, k, _)| sequence_label(k))
    }
}

/// Draws one frame and reports what the app needs to know about it.
pub fn draw(frame: &mut Frame<'_>, view: &View<'_>) -> Measure {
    let area = frame.area();
    let drawn = render(frame.buffer_mut(), area, view);
    if let Some(pos) = drawn.cursor {
        frame.set_cursor_position(pos);
    }
    drawn.measure
}

/// Draws into a buffer: the whole frame, for any size from 1x1 up.
pub fn render(buf: &mut Buffer, area: Rect, view: &View<'_>) -> Drawn {
    let app = view.app;
    let stack = stack_for(app);
    let cx = Cx {
        app,
        keymap: view.keymap,
        bindings: view.keymap.effective(&stack),
        stack,
        theme: Theme::of(app.theme),
        lang: app.lang,
    };
    buf.set_style(area, cx.theme.base);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        chrome::too_small(buf, area, &cx);
        return Drawn::default();
    }
    if let Screen::Present(p) = app.screen() {
        return guide::present(buf, area, &cx, p);
    }
    let has_status = app.status.is_some() || app.prompt.is_some();
    let [bar, body, status, hints_area] = chrome::frame_areas(area, has_status);
    chrome::title_bar(buf, bar, &cx);
    let mut drawn = match app.screen() {
        Screen::Search => search::draw(buf, body, &cx),
        Screen::Item(v) => item::draw(buf, body, &cx, v),
        Screen::Browse(v) => browse::draw(buf, body, &cx, v),
        Screen::Contacts(v) => contacts::draw(buf, body, &cx, v),
        Screen::Bookmarks(v) => browse::draw_bookmarks(buf, body, &cx, v),
        Screen::Stepper(s) => guide::stepper(buf, body, &cx, s),
        Screen::Flow(r) => guide::flow(buf, body, &cx, r),
        Screen::Mrz(e) => mrz::draw(buf, body, &cx, e),
        Screen::Present(_) => Drawn::default(),
    };
    match (&app.prompt, &app.status) {
        // The prompt takes the status line; its message takes the hints.
        (Some(p), Some(s)) => {
            drawn.cursor = guide::prompt(buf, status, &cx, p);
            chrome::status_text(buf, hints_area, &cx, s);
        }
        (Some(p), None) => {
            drawn.cursor = guide::prompt(buf, status, &cx, p);
            hints::draw(buf, hints_area, &cx, view.pending);
        }
        (None, _) => {
            chrome::status(buf, status, &cx);
            hints::draw(buf, hints_area, &cx, view.pending);
        }
    }
    if let Some(h) = &app.help {
        drawn = help::draw(buf, body, &cx, h);
    }
    drawn
}
