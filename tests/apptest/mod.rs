//! A harness for the app's tests: the fixture pack (or the bundled packs)
//! with an in-memory index, a fixed date, no timings, a memory store, and
//! the same keymap -> update -> draw -> measure path as the real loop.
#![allow(dead_code)]

use fieldref::app::{App, MemoryStore, Settings, Setup, ThemeName};
use fieldref::keymap::Keymap;
use fieldref::keymap::key::parse_keys;
use fieldref::knowledge::{Date, Knowledge, Lang, LoadOptions};
use fieldref::search::SearchIndex;
use fieldref::tui::Driver;
use fieldref::ui::{self, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::path::PathBuf;

/// The date the fixture's contact warnings are judged against.
pub fn today() -> Date {
    Date::new(2026, 6, 1).expect("a real date")
}

/// `tests/fixtures/app-pack`.
pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/app-pack")
}

/// Which knowledge a harness loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Data {
    /// The small fixture pack alone.
    Fixture,
    /// The packs bundled in the binary.
    Bundled,
}

/// Loads knowledge and builds its index in RAM; also counts load warnings.
pub fn knowledge(data: Data) -> (Knowledge, SearchIndex, usize) {
    let opts = match data {
        Data::Fixture => LoadOptions {
            bundled: false,
            extra_dirs: vec![fixture_dir()],
            trusted_keys_dir: None,
        },
        Data::Bundled => LoadOptions {
            bundled: true,
            extra_dirs: Vec::new(),
            trusted_keys_dir: None,
        },
    };
    let loaded = Knowledge::load(&opts);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    let index = SearchIndex::in_memory(&loaded.knowledge).expect("index");
    let warnings = loaded.diagnostics.len();
    (loaded.knowledge, index, warnings)
}

/// An app under test and a terminal of a fixed size.
pub struct Harness {
    /// Keymap, app and pending keys.
    pub driver: Driver,
    /// The test terminal.
    pub terminal: Terminal<TestBackend>,
    /// What the app saved.
    pub store: MemoryStore,
}

/// How to build a harness.
#[derive(Debug, Clone)]
pub struct Options {
    /// Knowledge to load.
    pub data: Data,
    /// Keymap name.
    pub keymap: &'static str,
    /// Language.
    pub lang: Lang,
    /// Theme.
    pub theme: ThemeName,
    /// Terminal size.
    pub size: (u16, u16),
    /// Bookmarks at start.
    pub bookmarks: Vec<String>,
    /// Keep recent items (saved through the store).
    pub keep_recent: bool,
    /// The user's region.
    pub region: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            data: Data::Fixture,
            keymap: "default",
            lang: Lang::En,
            theme: ThemeName::Dark,
            size: (80, 24),
            bookmarks: Vec::new(),
            keep_recent: false,
            region: None,
        }
    }
}

impl Harness {
    /// The fixture app at 80x24 with the default keymap.
    pub fn new() -> Harness {
        Harness::with(Options::default())
    }

    /// An app built from `o`, drawn once.
    pub fn with(o: Options) -> Harness {
        let (knowledge, index, warnings) = knowledge(o.data);
        let store = MemoryStore::default();
        let setup = Setup {
            lang: o.lang,
            theme: o.theme,
            settings: Settings {
                today: today(),
                show_timings: false,
                keep_recent: o.keep_recent,
                region: o.region,
            },
            bookmarks: o.bookmarks,
            warnings,
            ..Setup::default()
        };
        let app = App::new(knowledge, index, Box::new(store.clone()), setup);
        let keymap = Keymap::bundled(o.keymap).expect("a bundled keymap");
        let terminal = Terminal::new(TestBackend::new(o.size.0, o.size.1)).expect("terminal");
        let mut h = Harness {
            driver: Driver::new(app, keymap),
            terminal,
            store,
        };
        h.draw();
        h
    }

    /// Draws a frame the way the loop does.
    pub fn draw(&mut self) {
        let driver = &mut self.driver;
        self.terminal.draw(|f| driver.draw(f)).expect("draw");
    }

    /// Presses keys written as `smug<down><enter>`, drawing after each.
    pub fn keys(&mut self, keys: &str) -> &mut Harness {
        for key in parse_keys(keys).expect("valid key string") {
            self.driver.press(key);
            self.draw();
        }
        self
    }

    /// Resizes the terminal and redraws.
    pub fn resize(&mut self, w: u16, h: u16) {
        self.terminal.backend_mut().resize(w, h);
        self.terminal.resize(Rect::new(0, 0, w, h)).expect("resize");
        self.draw();
    }

    /// The app.
    pub fn app(&self) -> &App {
        &self.driver.app
    }

    /// The last frame's buffer.
    pub fn buffer(&self) -> &Buffer {
        self.terminal.backend().buffer()
    }

    /// The screen as text, one line per row, trailing spaces trimmed.
    pub fn text(&self) -> String {
        buffer_text(self.buffer())
    }

    /// Whether the screen shows `needle` anywhere.
    pub fn shows(&self, needle: &str) -> bool {
        self.text().contains(needle)
    }

    /// Renders the current state into a fresh buffer of any size.
    pub fn render_at(&self, w: u16, h: u16) -> Buffer {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        let view = View {
            app: &self.driver.app,
            keymap: &self.driver.keymap,
            pending: self.driver.pending(),
        };
        ui::render(&mut buf, area, &view);
        buf
    }
}

/// A buffer's text, one line per row, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        for x in area.left()..area.right() {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Where `needle` starts on screen (column, row), searching row by row.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let cells: Vec<&str> = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let row: String = cells.concat();
        if let Some(byte) = row.find(needle) {
            // Map the byte offset back to a column.
            let mut col = 0;
            let mut seen = 0;
            for (i, s) in cells.iter().enumerate() {
                if seen >= byte {
                    col = i;
                    break;
                }
                seen += s.len();
            }
            return Some((area.left() + col as u16, y));
        }
    }
    None
}
