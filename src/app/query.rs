//! The search box: typing, the kind filter, the results and the home
//! sections. Every change to the query, the filter or the language runs the
//! search again at once: it takes well under a millisecond.

use super::screen::{BrowseView, ListView, SECTIONS, Screen, Section};
use super::{Action, App, lists};
use crate::knowledge::Kind;
use crate::search::{SearchRequest, SearchResults};

/// Most hits asked of the index.
const LIMIT: usize = 100;

/// Longest query kept, in characters: enough for any real search.
const MAX_QUERY: usize = 200;

/// The search box and what it found.
#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The text typed.
    pub query: String,
    /// Only this kind of item, when set.
    pub kind: Option<Kind>,
    /// The last results; `None` while the query is empty.
    pub results: Option<SearchResults>,
    /// Index of the selected hit.
    pub selected: usize,
    /// Whether the box has focus, so that characters type.
    pub focused: bool,
    /// Index of the selected home section.
    pub section: usize,
    /// Where typing goes, in characters from the start; `None` at the end
    /// (where it nearly always is).
    pub cursor: Option<usize>,
}

impl SearchState {
    /// Empties the query and its results.
    pub fn clear(&mut self) {
        self.query.clear();
        self.results = None;
        self.selected = 0;
        self.cursor = None;
    }

    /// The cursor in characters from the start, within the query.
    pub fn cursor_index(&self) -> usize {
        let len = self.query.chars().count();
        self.cursor.map_or(len, |c| c.min(len))
    }

    /// Moves the cursor one character left or right; false at either end.
    fn move_cursor(&mut self, right: bool) -> bool {
        let (at, len) = (self.cursor_index(), self.query.chars().count());
        let to = match right {
            true if at < len => at + 1,
            false if at > 0 => at - 1,
            _ => return false,
        };
        self.cursor = (to < len).then_some(to);
        true
    }

    /// The hits, or none.
    pub fn hits(&self) -> &[crate::search::Hit] {
        self.results.as_ref().map_or(&[], |r| r.hits.as_slice())
    }
}

impl App {
    pub(super) fn update_search(&mut self, action: Action) {
        if self.search.query.is_empty() {
            return self.update_home(action);
        }
        let len = self.search.hits().len();
        let page = usize::from(self.page());
        let at = self.search.cursor_index();
        match action {
            Action::Insert(c) if typeable(c) => self.edit(|q, at| {
                q.insert(byte_at(q, at), c);
                at + 1
            }),
            Action::DeleteChar if at > 0 => self.edit(|q, at| {
                q.remove(byte_at(q, at - 1));
                at - 1
            }),
            Action::DeleteChar => {}
            Action::DeleteWord => self.edit(|q, at| {
                let rest = q.split_off(byte_at(q, at));
                delete_word(q);
                let at = q.chars().count();
                q.push_str(&rest);
                at
            }),
            Action::ClearSearch => self.search.clear(),
            Action::CursorLeft => {
                self.search.move_cursor(false);
            }
            // Right at the end of the query opens the selected hit, as it
            // did before the box had a cursor.
            Action::CursorRight if self.search.move_cursor(true) => {}
            Action::CursorRight => self.update_search(Action::OpenSelected),
            Action::BlurSearch => self.search.focused = false,
            Action::CycleKind => self.cycle_kind(true),
            Action::CycleKindBack => self.cycle_kind(false),
            Action::OpenSelected => {
                if let Some(hit) = self.search.hits().get(self.search.selected) {
                    let id = hit.id.clone();
                    let hl = self
                        .search
                        .results
                        .as_ref()
                        .and_then(|r| r.highlighter.clone());
                    self.open_entry(id, hl);
                }
            }
            a => {
                lists::move_selection(&mut self.search.selected, len, a, page);
            }
        }
    }

    fn update_home(&mut self, action: Action) {
        let page = usize::from(self.page());
        match action {
            Action::Insert(c) if typeable(c) && !c.is_whitespace() => self.edit(|q, _| {
                q.push(c);
                1
            }),
            Action::CursorRight => self.update_home(Action::OpenSelected),
            Action::BlurSearch => self.search.focused = false,
            Action::CycleKind => self.cycle_kind(true),
            Action::CycleKindBack => self.cycle_kind(false),
            Action::OpenSelected => match SECTIONS.get(self.search.section) {
                Some(Section::Kind(kind)) => self.navigate(Screen::Browse(BrowseView {
                    kind: *kind,
                    selected: 0,
                })),
                Some(Section::Contacts) => self.open_contacts(),
                Some(Section::Mrz) => self.open_mrz(),
                Some(Section::Bookmarks) => self.navigate(Screen::Bookmarks(ListView::default())),
                Some(Section::Recent) => {
                    let selected = lists::first_recent_row(self);
                    self.navigate(Screen::Bookmarks(ListView { selected }))
                }
                None => {}
            },
            a => {
                lists::move_selection(&mut self.search.section, SECTIONS.len(), a, page);
            }
        }
    }

    /// Changes the query with `f`, which gets the cursor and returns where
    /// it goes, and searches again.
    fn edit(&mut self, f: impl FnOnce(&mut String, usize) -> usize) {
        let before = self.search.query.clone();
        let cursor = self.search.cursor_index();
        let at = f(&mut self.search.query, cursor);
        let len = self.search.query.chars().count();
        if len > MAX_QUERY {
            self.search.query = before;
            return;
        }
        self.search.cursor = (at < len).then_some(at);
        if self.search.query != before {
            self.search.selected = 0;
            self.rerun_search();
        }
    }

    fn cycle_kind(&mut self, forward: bool) {
        let mut order: Vec<Option<Kind>> = vec![None];
        order.extend(Kind::ALL.iter().copied().map(Some));
        let i = order
            .iter()
            .position(|k| *k == self.search.kind)
            .unwrap_or(0);
        let n = order.len();
        let next = if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        };
        self.search.kind = order[next];
        self.search.selected = 0;
        self.rerun_search();
    }

    /// Runs the query again (after a change of text, filter or language).
    pub(super) fn rerun_search(&mut self) {
        if self.search.query.trim().is_empty() {
            self.search.results = None;
            self.search.selected = 0;
            return;
        }
        let mut req = SearchRequest::new(self.search.query.clone(), self.lang);
        req.kind = self.search.kind;
        req.limit = LIMIT;
        req.snippets = 1;
        let results = self.index().search(&req);
        let len = results.hits.len();
        self.search.results = Some(results);
        self.search.selected = self.search.selected.min(len.saturating_sub(1));
    }
}

/// Whether `c` may be typed into the query or the MRZ lines: nothing the
/// pack sanitiser would strip (controls, bidi overrides, zero-width
/// characters) ever reaches the screen.
pub(super) fn typeable(c: char) -> bool {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    crate::knowledge::sanitize::sanitize(s) == s
}

/// The byte offset of character `at` in `q` (its length past the end).
fn byte_at(q: &str, at: usize) -> usize {
    q.char_indices().nth(at).map_or(q.len(), |(i, _)| i)
}

/// Deletes the last word and the spaces after it.
fn delete_word(q: &mut String) {
    let trimmed = q.trim_end().len();
    q.truncate(trimmed);
    let cut = q
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    q.truncate(cut);
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_harmless_characters_type() {
        assert!(super::typeable('é') && super::typeable('?') && super::typeable(' '));
        for c in ['\u{1b}', '\u{202e}', '\u{200b}', '\u{7}'] {
            assert!(!super::typeable(c), "{c:?}");
        }
    }

    #[test]
    fn delete_word_leaves_earlier_words() {
        let mut q = String::from("art 3 palermo  ");
        super::delete_word(&mut q);
        assert_eq!(q, "art 3 ");
        super::delete_word(&mut q);
        assert_eq!(q, "art ");
        super::delete_word(&mut q);
        assert_eq!(q, "");
    }
}
