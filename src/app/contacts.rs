//! The contacts directory: filters by region and service, the user's
//! region first, and how fresh each number is. The contacts a flow outcome
//! lists come from [`matching_contacts`], shared with exports.

use super::screen::{ContactsView, ItemView, Screen};
use super::{Action, App, lists};
use crate::knowledge::{Body, Contact, Date, Item, Knowledge, SERVICES};

pub use crate::knowledge::contacts::{
    ContactMatch, Freshness, NATIONAL, STALE_AFTER_DAYS, matching_contacts,
};

/// How fresh a contact's numbers are on `today`.
pub fn freshness(c: &Contact, today: Date) -> Freshness {
    Freshness::of(c, today)
}

/// The contact fields of an item, for contact items.
pub fn contact(item: &Item) -> Option<&Contact> {
    match &item.body {
        Body::Contact(c) => Some(c),
        _ => None,
    }
}

/// Every region contacts serve, `national` first, then by name.
pub fn regions(k: &Knowledge) -> Vec<String> {
    let mut v: Vec<String> = k
        .items
        .iter()
        .filter_map(contact)
        .flat_map(|c| c.regions.iter().cloned())
        .collect();
    v.sort_by_key(|r| (!r.eq_ignore_ascii_case(NATIONAL), r.to_lowercase()));
    v.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    v
}

/// Every service some contact offers, in the order of [`SERVICES`].
pub fn services(k: &Knowledge) -> Vec<String> {
    let offered: Vec<&String> = k
        .items
        .iter()
        .filter_map(contact)
        .flat_map(|c| c.services.iter())
        .collect();
    SERVICES
        .iter()
        .filter(|s| offered.iter().any(|o| o == s))
        .map(|s| s.to_string())
        .collect()
}

fn serves(c: &Contact, region: &str) -> bool {
    c.regions.iter().any(|r| r.eq_ignore_ascii_case(region))
}

/// The contacts shown: filtered, the user's region first, then national ones.
pub fn rows<'a>(app: &'a App, view: &ContactsView) -> Vec<&'a Item> {
    let mut v: Vec<(&Item, &Contact)> = app
        .knowledge
        .items
        .iter()
        .filter_map(|i| contact(i).map(|c| (i, c)))
        .filter(|(_, c)| {
            view.region
                .as_deref()
                .is_none_or(|r| serves(c, r) || serves(c, NATIONAL))
        })
        .filter(|(_, c)| {
            view.service
                .as_deref()
                .is_none_or(|s| c.services.iter().any(|x| x == s))
        })
        .collect();
    let home = app.settings.region.as_deref();
    v.sort_by_key(|(_, c)| {
        let local = home.is_some_and(|r| serves(c, r));
        (!local, !serves(c, NATIONAL))
    });
    v.into_iter().map(|(i, _)| i).collect()
}

/// The next value of a cycling filter: none, each option, none again.
fn cycle(current: &Option<String>, options: &[String]) -> Option<String> {
    let next = match current {
        None => 0,
        Some(cur) => options.iter().position(|o| o == cur).map_or(0, |i| i + 1),
    };
    options.get(next).cloned()
}

impl App {
    /// Shows the contacts directory.
    pub(super) fn open_contacts(&mut self) {
        self.navigate(Screen::Contacts(ContactsView::default()));
    }

    pub(super) fn update_contacts(&mut self, action: Action) {
        let Screen::Contacts(view) = &self.screen else {
            return;
        };
        let shown: Vec<String> = rows(self, view).iter().map(|i| i.id.clone()).collect();
        let (regions, services) = (regions(&self.knowledge), services(&self.knowledge));
        let page = usize::from(self.page());
        let selected = view.selected;
        if action == Action::OpenSelected {
            if let Some(id) = shown.get(selected) {
                self.open_item(ItemView::new(id.clone(), None));
            }
            return;
        }
        let Screen::Contacts(view) = &mut self.screen else {
            return;
        };
        match action {
            Action::CycleRegion => {
                view.region = cycle(&view.region, &regions);
                view.selected = 0;
            }
            Action::CycleService => {
                view.service = cycle(&view.service, &services);
                view.selected = 0;
            }
            Action::ClearFilters => {
                view.region = None;
                view.service = None;
                view.selected = 0;
            }
            a => {
                lists::move_selection(&mut view.selected, shown.len(), a, page);
            }
        }
    }
}
