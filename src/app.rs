//! The app's state and its one way to change: [`App::update`] with an
//! [`Action`]. No terminal here: screens are plain data that `ui` draws,
//! and file writes go through the [`Store`] the loop hands in.

mod action;
pub mod contacts;
pub mod flow_run;
mod guide;
mod item;
pub mod lists;
pub mod mrz_entry;
mod mrz_keys;
mod prompt;
mod query;
mod screen;
mod settings;
pub mod slides;
pub mod stepper;
pub mod store;

pub use action::Action;
pub use guide::Start;
pub use prompt::{ExportTarget, Prompt};
pub use query::SearchState;
pub use screen::{BrowseView, ContactsView, ItemView, ListView, SECTIONS, Screen, Section};
pub use settings::{Level, Settings, Status, ThemeName};
pub use store::{ExportError, Exported, MemoryStore, Saved, Store};

use crate::i18n::{Msg, colon};
use crate::knowledge::{Knowledge, Lang};
use crate::search::SearchIndex;

/// Screens kept for going back.
const HISTORY: usize = 100;

/// The help overlay's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    /// The keys of the screen below, or the guide.
    pub page: HelpPage,
    /// First line shown.
    pub scroll: u16,
}

/// A page of the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpPage {
    /// Keys of the screen under the overlay, from the active keymap.
    Keys,
    /// How to use fieldref.
    Guide,
}

/// What the app starts with besides knowledge and index.
#[derive(Debug, Clone)]
pub struct Setup {
    /// Interface and preferred content language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: ThemeName,
    /// Session settings.
    pub settings: Settings,
    /// Bookmarked ids, as loaded.
    pub bookmarks: Vec<String>,
    /// Recent ids, as loaded (when kept).
    pub recent: Vec<String>,
    /// Problems to show on the home screen (pack, config, keymap errors).
    pub notes: Vec<String>,
    /// How many load warnings (unverified items, old numbers) there were.
    pub warnings: usize,
    /// A message for the first frame.
    pub status: Option<Status>,
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            lang: Lang::En,
            theme: ThemeName::Dark,
            settings: Settings::default(),
            bookmarks: Vec::new(),
            recent: Vec::new(),
            notes: Vec::new(),
            warnings: 0,
            status: None,
        }
    }
}

/// Everything the app knows and shows.
pub struct App {
    /// The loaded knowledge.
    pub knowledge: Knowledge,
    index: SearchIndex,
    store: Box<dyn Store>,
    /// Interface language, and the language content is preferred in.
    pub lang: Lang,
    /// Colour theme.
    pub theme: ThemeName,
    screen: Screen,
    back: Vec<Screen>,
    forward: Vec<Screen>,
    /// The search box, its results and the home selection.
    pub search: SearchState,
    /// Bookmarked item ids, newest first.
    pub bookmarks: Vec<String>,
    /// Recently opened item ids, newest first.
    pub recent: Vec<String>,
    /// The help overlay, when open.
    pub help: Option<Help>,
    /// The export prompt, when open.
    pub prompt: Option<Prompt>,
    /// The message under the screen, until the next key.
    pub status: Option<Status>,
    /// Fixed settings.
    pub settings: Settings,
    /// Load problems shown on the home screen.
    pub notes: Vec<String>,
    /// Number of load warnings, for the home screen.
    pub warnings: usize,
    /// Set when the user asked to quit.
    pub quit: bool,
    /// Set when the user asked to suspend to the shell (Ctrl-Z). The event
    /// loop gives the terminal back, stops the process, and clears this
    /// flag when it resumes; the state itself never sees a terminal.
    pub suspend: bool,
    page: u16,
    scroll_max: u16,
}

impl App {
    /// An app on the home screen.
    pub fn new(
        knowledge: Knowledge,
        index: SearchIndex,
        store: Box<dyn Store>,
        setup: Setup,
    ) -> App {
        App {
            knowledge,
            index,
            store,
            lang: setup.lang,
            theme: setup.theme,
            screen: Screen::Search,
            back: Vec::new(),
            forward: Vec::new(),
            search: SearchState {
                focused: true,
                ..SearchState::default()
            },
            bookmarks: setup.bookmarks,
            recent: setup.recent,
            help: None,
            prompt: None,
            status: setup.status,
            settings: setup.settings,
            notes: setup.notes,
            warnings: setup.warnings,
            quit: false,
            suspend: false,
            page: 10,
            scroll_max: u16::MAX,
        }
    }

    /// The screen shown.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// How many screens `go_back` and `go_forward` can reach.
    pub fn history(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }

    /// The only way the state changes.
    pub fn update(&mut self, action: Action) {
        if let Action::Measured { scroll_max, page } = action {
            self.measured(scroll_max, page);
            return;
        }
        self.status = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::ToggleHelp => {
                self.help = match self.help {
                    Some(_) => None,
                    None => Some(Help {
                        page: HelpPage::Keys,
                        scroll: 0,
                    }),
                };
            }
            Action::SwitchLanguage => {
                self.lang = if self.lang == Lang::En {
                    Lang::Fr
                } else {
                    Lang::En
                };
                self.rerun_search();
                self.relocalize();
                self.status = Some(Status::info(Msg::LanguageNow.text(self.lang)));
            }
            Action::CycleTheme => {
                self.theme = self.theme.next();
                let text = format!(
                    "{}{}{}",
                    Msg::Theme.text(self.lang),
                    colon(self.lang),
                    self.theme.name()
                );
                self.status = Some(Status::info(text));
            }
            Action::GoBack if self.help.is_some() => self.help = None,
            _ if self.prompt.is_some() => self.update_prompt(action),
            Action::GoBack if self.cancel_typing() => {}
            Action::GoBack => self.go_back(),
            Action::GoForward => self.go_forward(),
            Action::GoHome => {
                self.help = None;
                self.search.clear();
                self.search.focused = true;
                if !matches!(self.screen, Screen::Search) {
                    self.navigate(Screen::Search);
                }
            }
            Action::FocusSearch => {
                self.help = None;
                self.search.focused = true;
                if !matches!(self.screen, Screen::Search) {
                    self.navigate(Screen::Search);
                }
            }
            Action::OpenBookmarks => {
                self.help = None;
                self.navigate(Screen::Bookmarks(ListView::default()));
            }
            Action::OpenContacts => {
                self.help = None;
                self.open_contacts();
            }
            Action::OpenMrz => self.open_mrz(),
            _ if self.help.is_some() => self.update_help(action),
            _ if self.update_guide_common(action) => {}
            _ => self.update_screen(action),
        }
        self.fill_preview_snippet();
    }

    /// Searches compute the snippet of the first hit only (one preview is
    /// shown); the selected hit gets its snippet when it is selected.
    fn fill_preview_snippet(&mut self) {
        let index = &self.index;
        let Some(results) = &mut self.search.results else {
            return;
        };
        let Some(highlighter) = &results.highlighter else {
            return;
        };
        let Some(hit) = results.hits.get(self.search.selected) else {
            return;
        };
        if hit.snippet.text.is_empty() && hit.doc.is_some() {
            let snippet = index.snippet(hit, highlighter);
            results.hits[self.search.selected].snippet = snippet;
        }
    }

    /// Hands an action to the screen shown.
    fn update_screen(&mut self, action: Action) {
        match &self.screen {
            Screen::Search => self.update_search(action),
            Screen::Item(_) => self.update_item(action),
            Screen::Browse(_) => self.update_browse(action),
            Screen::Contacts(_) => self.update_contacts(action),
            Screen::Bookmarks(_) => self.update_bookmarks(action),
            Screen::Stepper(_) => self.update_stepper(action),
            Screen::Flow(_) => self.update_flow(action),
            Screen::Present(_) => self.update_present(action),
            Screen::Mrz(_) => self.update_mrz(action),
        }
    }

    fn update_help(&mut self, action: Action) {
        let (page, max) = (self.page, self.scroll_max);
        let Some(help) = &mut self.help else { return };
        match action {
            Action::SwitchHelpPage => {
                help.page = match help.page {
                    HelpPage::Keys => HelpPage::Guide,
                    HelpPage::Guide => HelpPage::Keys,
                };
                help.scroll = 0;
            }
            a => help.scroll = scrolled(help.scroll, a, page, max),
        }
    }

    fn measured(&mut self, scroll_max: u16, page: u16) {
        self.scroll_max = scroll_max;
        self.page = page.max(1);
        if let Some(help) = &mut self.help {
            help.scroll = help.scroll.min(scroll_max);
        } else if let Screen::Item(view) = &mut self.screen {
            view.scroll = view.scroll.min(scroll_max);
        }
    }

    /// Rows in one page of the list or text shown, as last drawn.
    pub fn page(&self) -> u16 {
        self.page
    }

    /// Shows `screen`, keeping the current one for `go_back`.
    fn navigate(&mut self, screen: Screen) {
        let old = std::mem::replace(&mut self.screen, screen);
        self.back.push(old);
        if self.back.len() > HISTORY {
            self.back.remove(0);
        }
        self.forward.clear();
        self.scroll_max = u16::MAX;
    }

    fn go_back(&mut self) {
        if matches!(self.screen, Screen::Search) && !self.search.query.is_empty() {
            self.search.clear();
            return;
        }
        match self.back.pop() {
            Some(previous) => {
                let current = std::mem::replace(&mut self.screen, previous);
                self.forward.push(current);
                self.scroll_max = u16::MAX;
            }
            None => self.status = Some(Status::info(Msg::AtHome.text(self.lang))),
        }
    }

    fn go_forward(&mut self) {
        if let Some(next) = self.forward.pop() {
            let current = std::mem::replace(&mut self.screen, next);
            self.back.push(current);
            self.scroll_max = u16::MAX;
        }
    }

    /// Saves a list through the store, reporting a failure on the status line.
    fn save(&mut self, what: Saved) {
        let ids = match what {
            Saved::Bookmarks => &self.bookmarks,
            Saved::Recent => &self.recent,
        };
        if let Err(e) = self.store.save(what, ids) {
            self.status = Some(Status::error(e));
        }
    }

    /// The search index, for screens that query it.
    pub fn index(&self) -> &SearchIndex {
        &self.index
    }
}

/// A scroll offset after a movement action, within `0..=max`.
fn scrolled(scroll: u16, action: Action, page: u16, max: u16) -> u16 {
    let page = page.saturating_sub(1).max(1);
    let s = match action {
        Action::SelectNext => scroll.saturating_add(1),
        Action::SelectPrevious => scroll.saturating_sub(1),
        Action::PageDown => scroll.saturating_add(page),
        Action::PageUp => scroll.saturating_sub(page),
        Action::SelectFirst => 0,
        Action::SelectLast => max,
        _ => scroll,
    };
    s.min(max)
}
