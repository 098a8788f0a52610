//! The screens of the app and the state each keeps while it is on the
//! history stack. A new screen is one variant here (with its view state),
//! one arm in `App::update_screen`, one `keymap::Context` (its table in the
//! keymap files, its arm in `keymap::stack_for`) and one draw function in
//! `ui` (its arm in `ui::render` and `chrome::screen_title`, its hint list
//! in `ui::hints`). The compiler points at every match that needs the arm.

use super::flow_run::FlowRun;
use super::mrz_entry::MrzEntry;
use super::slides::Presentation;
use super::stepper::Stepper;
use crate::knowledge::Kind;
use crate::search::Highlighter;

/// One screen of the history stack.
#[derive(Debug, Clone)]
pub enum Screen {
    /// The search box: home sections while empty, results with a preview
    /// once something is typed (the query lives in `App::search`).
    Search,
    /// One item in full.
    Item(ItemView),
    /// Every item of one kind, grouped.
    Browse(BrowseView),
    /// The contacts directory.
    Contacts(ContactsView),
    /// Bookmarks, then recent items.
    Bookmarks(ListView),
    /// A procedure as numbered steps.
    Stepper(Stepper),
    /// A referral flow being answered.
    Flow(FlowRun),
    /// Slides for a projector, with no chrome.
    Present(Presentation),
    /// The check digits of a machine-readable zone being typed.
    Mrz(MrzEntry),
}

/// An item being read.
#[derive(Debug, Clone)]
pub struct ItemView {
    /// The item's id.
    pub id: String,
    /// First line of the text shown.
    pub scroll: u16,
    /// Index of the selected related item, once one is selected.
    pub related: Option<usize>,
    /// The search that led here, to highlight its words in the text.
    pub highlighter: Option<Highlighter>,
}

impl ItemView {
    /// A view of `id` from the top.
    pub fn new(id: impl Into<String>, highlighter: Option<Highlighter>) -> ItemView {
        ItemView {
            id: id.into(),
            scroll: 0,
            related: None,
            highlighter,
        }
    }
}

/// A list with one selected entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListView {
    /// Index among the selectable entries.
    pub selected: usize,
}

/// The items of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BrowseView {
    /// Which kind.
    pub kind: Kind,
    /// Index among the items (group headings do not count).
    pub selected: usize,
}

/// The contacts table with its filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactsView {
    /// Index among the rows shown.
    pub selected: usize,
    /// Only contacts serving this region (and national ones).
    pub region: Option<String>,
    /// Only contacts offering this service.
    pub service: Option<String>,
}

/// An entry of the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Browse one kind.
    Kind(Kind),
    /// The contacts directory.
    Contacts,
    /// Bookmarked items.
    Bookmarks,
    /// Recently opened items.
    Recent,
    /// The MRZ check.
    Mrz,
}

/// The home screen's sections, in order.
pub const SECTIONS: [Section; 9] = [
    Section::Kind(Kind::Law),
    Section::Kind(Kind::Procedure),
    Section::Kind(Kind::Flow),
    Section::Contacts,
    Section::Kind(Kind::Indicator),
    Section::Kind(Kind::Glossary),
    Section::Mrz,
    Section::Bookmarks,
    Section::Recent,
];
