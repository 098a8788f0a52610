//! How the MRZ check screen answers actions: characters type into the
//! lines, Enter starts the next line (or opens the document examination
//! procedure once its link is selected), the arrows move the cursor.

use super::mrz_entry::{EXAMINATION_PROCEDURE, Edit, MrzEntry};
use super::screen::{ItemView, Screen};
use super::{Action, App, Status};
use crate::i18n::MrzMsg;

impl App {
    /// Opens an empty MRZ check.
    pub(super) fn open_mrz(&mut self) {
        self.help = None;
        let entry = MrzEntry::new(self.settings.today);
        self.navigate(Screen::Mrz(entry));
    }

    /// Whether the document examination procedure is loaded, so the MRZ
    /// screen can link to it.
    pub fn has_examination_procedure(&self) -> bool {
        self.knowledge.get(EXAMINATION_PROCEDURE).is_some()
    }

    pub(super) fn update_mrz(&mut self, action: Action) {
        let link = self.has_examination_procedure();
        let Screen::Mrz(entry) = &mut self.screen else {
            return;
        };
        let edit = match action {
            Action::Insert(c) => entry.insert(c),
            Action::OpenSelected if entry.link_selected() => {
                self.open_item(ItemView::new(EXAMINATION_PROCEDURE, None));
                return;
            }
            Action::OpenSelected => entry.new_line(),
            Action::DeleteChar => entry.delete_back(),
            Action::DeleteWord => entry.delete_line(),
            Action::ClearSearch => {
                entry.clear();
                Edit::Done
            }
            Action::CursorLeft => entry.left(),
            Action::CursorRight => entry.right(),
            Action::SelectPrevious => entry.move_line(false),
            Action::SelectNext => entry.move_line(true),
            Action::SelectFirst => entry.line_edge(false),
            Action::SelectLast => entry.line_edge(true),
            Action::SelectNextRelated | Action::SelectPreviousRelated if link => {
                entry.toggle_link();
                Edit::Done
            }
            _ => Edit::Nothing,
        };
        if edit == Edit::Full {
            self.status = Some(Status::warning(MrzMsg::MrzFull.text(self.lang)));
        }
    }
}
