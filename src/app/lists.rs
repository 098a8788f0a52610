//! Lists with headings: items of one kind grouped by instrument or pack,
//! and bookmarks beside recent items. The rows are computed here, from the
//! knowledge, so that `update` and `ui` agree on what is selected.

use super::screen::Screen;
use super::{Action, App, Status};
use crate::i18n::{Msg, colon};
use crate::knowledge::{Item, Kind, Knowledge, Lang};

/// One row of a list.
#[derive(Debug, Clone, PartialEq)]
pub enum Row<'a> {
    /// A group heading; not selectable.
    Heading(String),
    /// An item; selectable.
    Item(&'a Item),
    /// A saved id whose item is no longer loaded; selectable, so it can be removed.
    Missing(String),
    /// A note in an empty group; not selectable.
    Note(String),
}

impl Row<'_> {
    /// Whether the row can be selected.
    pub fn selectable(&self) -> bool {
        matches!(self, Row::Item(_) | Row::Missing(_))
    }

    /// The id the row stands for.
    pub fn id(&self) -> Option<&str> {
        match self {
            Row::Item(i) => Some(&i.id),
            Row::Missing(id) => Some(id),
            _ => None,
        }
    }
}

/// Moves a selection within `0..len` for a movement action; false when
/// the action is not a movement.
pub fn move_selection(selected: &mut usize, len: usize, action: Action, page: usize) -> bool {
    let last = len.saturating_sub(1);
    let page = page.saturating_sub(1).max(1);
    *selected = match action {
        Action::SelectNext => (*selected + 1).min(last),
        Action::SelectPrevious => selected.saturating_sub(1),
        Action::PageDown => (*selected + page).min(last),
        Action::PageUp => selected.saturating_sub(page),
        Action::SelectFirst => 0,
        Action::SelectLast => last,
        _ => return false,
    };
    true
}

/// The items of `kind`, under a heading per instrument (laws) or per pack.
pub fn browse_rows(k: &Knowledge, kind: Kind, lang: Lang) -> Vec<Row<'_>> {
    let mut groups: Vec<(String, Vec<&Item>)> = Vec::new();
    for item in k.of_kind(kind) {
        let heading = match item.law() {
            Some(law) => {
                let short = law.citation.instrument_short.text(lang);
                if short.is_empty() {
                    law.citation.instrument.clone()
                } else {
                    short.to_string()
                }
            }
            None => k
                .pack(&item.pack)
                .map_or_else(|| item.pack.clone(), |p| p.title.text(lang).to_string()),
        };
        match groups.iter_mut().find(|(h, _)| *h == heading) {
            Some((_, items)) => items.push(item),
            None => groups.push((heading, vec![item])),
        }
    }
    let mut rows = Vec::new();
    for (heading, items) in groups {
        rows.push(Row::Heading(heading));
        rows.extend(items.into_iter().map(Row::Item));
    }
    rows
}

/// Bookmarks, then recent items, each under its heading.
pub fn bookmark_rows(app: &App) -> Vec<Row<'_>> {
    let lang = app.lang;
    let mut rows = vec![Row::Heading(Msg::Bookmarks.text(lang).to_string())];
    saved_rows(
        &app.knowledge,
        &app.bookmarks,
        Msg::NoBookmarks.text(lang),
        &mut rows,
    );
    rows.push(Row::Heading(Msg::Recent.text(lang).to_string()));
    saved_rows(
        &app.knowledge,
        &app.recent,
        Msg::NoRecent.text(lang),
        &mut rows,
    );
    rows
}

fn saved_rows<'a>(k: &'a Knowledge, ids: &[String], empty: &str, rows: &mut Vec<Row<'a>>) {
    if ids.is_empty() {
        rows.push(Row::Note(empty.to_string()));
    }
    for id in ids {
        rows.push(match k.get(id) {
            Some(item) => Row::Item(item),
            None => Row::Missing(id.clone()),
        });
    }
}

/// The index, among selectable rows, of the first recent item.
pub fn first_recent_row(app: &App) -> usize {
    app.bookmarks.len()
}

/// The selectable row at index `n`.
pub fn nth_selectable<'r, 'a>(rows: &'r [Row<'a>], n: usize) -> Option<&'r Row<'a>> {
    rows.iter().filter(|r| r.selectable()).nth(n)
}

impl App {
    pub(super) fn update_browse(&mut self, action: Action) {
        let Screen::Browse(view) = &self.screen else {
            return;
        };
        let (kind, selected) = (view.kind, view.selected);
        let ordered: Vec<String> = browse_rows(&self.knowledge, kind, self.lang)
            .iter()
            .filter_map(|r| r.id().map(str::to_string))
            .collect();
        if action == Action::OpenSelected {
            if let Some(id) = ordered.get(selected) {
                self.open_entry(id.clone(), None);
            }
            return;
        }
        let page = usize::from(self.page());
        if let Screen::Browse(view) = &mut self.screen {
            move_selection(&mut view.selected, ordered.len(), action, page);
        }
    }

    pub(super) fn update_bookmarks(&mut self, action: Action) {
        let Screen::Bookmarks(view) = &self.screen else {
            return;
        };
        let selected = view.selected;
        let rows = bookmark_rows(self);
        let len = rows.iter().filter(|r| r.selectable()).count();
        let target = nth_selectable(&rows, selected).map(|r| (r.clone_id(), r.is_missing()));
        match (action, target) {
            (Action::OpenSelected, Some((id, false))) => {
                self.open_entry(id, None);
            }
            (Action::OpenSelected, Some((id, true))) => {
                let text = format!("{}{}{id}", Msg::NotLoaded.text(self.lang), colon(self.lang));
                self.status = Some(Status::warning(text));
            }
            (Action::ToggleBookmark, Some((id, _))) => {
                let was_bookmark = selected < self.bookmarks.len();
                self.toggle_bookmark(&id);
                if was_bookmark && let Screen::Bookmarks(view) = &mut self.screen {
                    let len = self.bookmarks.len() + self.recent.len();
                    view.selected = view.selected.min(len.saturating_sub(1));
                }
            }
            (a, _) => {
                let page = usize::from(self.page());
                if let Screen::Bookmarks(view) = &mut self.screen {
                    move_selection(&mut view.selected, len, a, page);
                }
            }
        }
    }
}

impl Row<'_> {
    fn clone_id(&self) -> String {
        self.id().unwrap_or_default().to_string()
    }

    fn is_missing(&self) -> bool {
        matches!(self, Row::Missing(_))
    }
}
