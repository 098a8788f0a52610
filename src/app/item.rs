//! Reading one item: scrolling, related items, bookmarks, and the list of
//! recently opened items.

use super::screen::{ItemView, Screen};
use super::{Action, App, Saved, Status, scrolled};
use crate::i18n::{Msg, colon};

/// Recent items kept.
const RECENT: usize = 30;

impl App {
    pub(super) fn update_item(&mut self, action: Action) {
        let (page, max) = (self.page(), self.scroll_max);
        let related_len = self.related_ids().len();
        let Screen::Item(view) = &mut self.screen else {
            return;
        };
        match action {
            Action::SelectNextRelated if related_len > 0 => {
                view.related = Some(view.related.map_or(0, |i| (i + 1) % related_len));
            }
            Action::SelectPreviousRelated if related_len > 0 => {
                view.related = Some(
                    view.related
                        .map_or(related_len - 1, |i| (i + related_len - 1) % related_len),
                );
            }
            Action::OpenSelected => {
                let Some(i) = view.related else {
                    if related_len > 0 {
                        view.related = Some(0);
                        self.status = Some(Status::info(Msg::RelatedHint.text(self.lang)));
                    }
                    return;
                };
                let hl = view.highlighter.clone();
                if let Some(id) = self.related_ids().get(i).cloned() {
                    self.open_item(ItemView::new(id, hl));
                }
            }
            Action::ToggleBookmark => {
                let id = view.id.clone();
                self.toggle_bookmark(&id);
            }
            a => view.scroll = scrolled(view.scroll, a, page, max),
        }
    }

    /// Ids of the shown item's related items that are loaded.
    pub fn related_ids(&self) -> Vec<String> {
        let Screen::Item(view) = &self.screen else {
            return Vec::new();
        };
        self.knowledge.get(&view.id).map_or_else(Vec::new, |item| {
            item.related
                .iter()
                .filter(|id| self.knowledge.get(id).is_some())
                .cloned()
                .collect()
        })
    }

    /// Opens an item view and remembers the item as recent.
    pub(super) fn open_item(&mut self, view: ItemView) {
        if self.knowledge.get(&view.id).is_none() {
            let text = format!(
                "{}{}{}",
                Msg::NotLoaded.text(self.lang),
                colon(self.lang),
                view.id
            );
            self.status = Some(Status::warning(text));
            return;
        }
        self.remember(&view.id);
        self.navigate(Screen::Item(view));
    }

    /// Puts `id` first among the recent items (saved when kept).
    pub(super) fn remember(&mut self, id: &str) {
        self.recent.retain(|r| r != id);
        self.recent.insert(0, id.to_string());
        self.recent.truncate(RECENT);
        if self.settings.keep_recent {
            self.save(Saved::Recent);
        }
    }

    /// Adds or removes a bookmark and saves the list.
    pub(super) fn toggle_bookmark(&mut self, id: &str) {
        let msg = if let Some(i) = self.bookmarks.iter().position(|b| b == id) {
            self.bookmarks.remove(i);
            Msg::BookmarkRemoved
        } else {
            self.bookmarks.insert(0, id.to_string());
            Msg::BookmarkAdded
        };
        self.status = Some(Status::info(msg.text(self.lang)));
        self.save(Saved::Bookmarks);
    }

    /// Whether `id` is bookmarked.
    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.bookmarks.iter().any(|b| b == id)
    }
}
