//! Guidance screens in the app: opening an entry by its kind (a procedure
//! as steps, a flow as questions, a deck as slides), and the keys of the
//! stepper, the flow runner and presentation mode. The screens keep their
//! state on the history stack, so an item opened from them comes back to
//! the same step, answer or slide.

use super::flow_run::{Effect, FlowRun, key_index, option_key};
use super::screen::{ItemView, Screen};
use super::slides::{Presentation, SlideTheme};
use super::stepper::Stepper;
use super::{Action, App, Status};
use crate::i18n::Msg;
use crate::knowledge::Body;
use crate::search::Highlighter;

/// What the app opens on, besides the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// The home screen.
    Home,
    /// A flow, at its first question.
    Flow(String),
    /// An item presented as slides.
    Present(String),
}

impl App {
    /// Opens what `start` names on top of the home screen; an error names
    /// an id that is not loaded or is not a flow.
    pub fn start(&mut self, start: &Start) -> Result<(), String> {
        match start {
            Start::Home => Ok(()),
            Start::Flow(id) => {
                let run = FlowRun::start(&self.knowledge, id, self.settings.region.as_deref())
                    .ok_or_else(|| format!("`{id}` is not a flow"))?;
                self.remember(id);
                self.navigate(Screen::Flow(run));
                Ok(())
            }
            Start::Present(id) => {
                let p = Presentation::open(&self.knowledge, id, self.lang, SlideTheme::Light)
                    .ok_or_else(|| format!("no item with id `{id}`"))?;
                self.remember(id);
                self.navigate(Screen::Present(p));
                Ok(())
            }
        }
    }

    /// Opens an entry chosen from a list: a procedure as steps, a flow as
    /// questions, a deck as slides, anything else as its page.
    pub(super) fn open_entry(&mut self, id: String, highlighter: Option<Highlighter>) {
        if !self.run(&id) {
            self.open_item(ItemView::new(id, highlighter));
        }
    }

    /// Runs item `id` as steps, questions or slides; false when its kind
    /// does not run (or it is not loaded).
    fn run(&mut self, id: &str) -> bool {
        let k = &self.knowledge;
        let screen = match k.get(id).map(|i| &i.body) {
            Some(Body::Procedure(_)) => Stepper::open(k, id)
                .filter(|s| !s.is_empty())
                .map(Screen::Stepper),
            Some(Body::Flow(_)) => {
                FlowRun::start(k, id, self.settings.region.as_deref()).map(Screen::Flow)
            }
            Some(Body::Deck(_)) => {
                Presentation::open(k, id, self.lang, SlideTheme::Light).map(Screen::Present)
            }
            _ => None,
        };
        let Some(screen) = screen else {
            return false;
        };
        self.remember(id);
        self.navigate(screen);
        true
    }

    /// The item the screen shown is about, if any.
    pub fn current_item(&self) -> Option<&str> {
        match &self.screen {
            Screen::Item(v) => Some(&v.id),
            Screen::Stepper(s) => Some(s.id()),
            Screen::Flow(r) => Some(r.root_id()),
            Screen::Present(p) => Some(p.id()),
            _ => None,
        }
    }

    /// Actions that work on every guidance screen and on the item page.
    /// True when `action` was one of them.
    pub(super) fn update_guide_common(&mut self, action: Action) -> bool {
        let Some(id) = self.current_item().map(str::to_string) else {
            return false;
        };
        match action {
            Action::RunItem => {
                if !matches!(
                    self.screen,
                    Screen::Stepper(_) | Screen::Flow(_) | Screen::Present(_)
                ) && !self.run(&id)
                {
                    self.status = Some(Status::info(Msg::NothingToRun.text(self.lang)));
                }
            }
            Action::PresentItem if !matches!(self.screen, Screen::Present(_)) => {
                if let Some(p) =
                    Presentation::open(&self.knowledge, &id, self.lang, SlideTheme::Light)
                {
                    self.navigate(Screen::Present(p));
                }
            }
            Action::ShowItemPage if !matches!(self.screen, Screen::Item(_)) => {
                self.open_item(ItemView::new(id, None));
            }
            Action::ExportItem => self.open_export_prompt(),
            _ => return false,
        }
        true
    }

    pub(super) fn update_stepper(&mut self, action: Action) {
        let lang = self.lang;
        let Screen::Stepper(s) = &mut self.screen else {
            return;
        };
        match action {
            Action::NextStep | Action::SelectNext | Action::PageDown => {
                s.cancel_jump();
                s.next_step();
            }
            Action::PreviousStep | Action::SelectPrevious | Action::PageUp => {
                s.cancel_jump();
                s.prev_step();
            }
            Action::SelectFirst => {
                s.first_step();
            }
            Action::SelectLast => {
                s.last_step();
            }
            Action::ToggleStepDone => s.toggle_done(),
            Action::SelectNextRelated => {
                s.select_next_related();
            }
            Action::SelectPreviousRelated => {
                s.select_prev_related();
            }
            Action::Insert(c) => {
                s.push_jump_digit(c);
            }
            Action::DeleteChar => s.pop_jump_digit(),
            Action::OpenSelected if s.jump_input().is_some() => {
                let typed = s.jump_input().unwrap_or_default().to_string();
                if !s.commit_jump() {
                    let m = s.len();
                    let text = Msg::NoSuchStep.fill(lang, &[("n", &typed), ("m", &m)]);
                    self.status = Some(Status::warning(text));
                }
            }
            Action::OpenSelected => match s.open_selected() {
                Some(id) => self.open_item(ItemView::new(id, None)),
                None => {
                    if s.select_next_related() {
                        self.status = Some(Status::info(Msg::RelatedHint.text(lang)));
                    }
                }
            },
            Action::ToggleBookmark => {
                let id = s.id().to_string();
                self.toggle_bookmark(&id);
            }
            _ => {}
        }
    }

    pub(super) fn update_flow(&mut self, action: Action) {
        let (k, lang) = (&self.knowledge, self.lang);
        let Screen::Flow(run) = &mut self.screen else {
            return;
        };
        let page = usize::from(self.page.saturating_sub(1).max(1));
        match action {
            Action::SelectNext => run.select_next(k, lang),
            Action::SelectPrevious => run.select_prev(),
            Action::PageDown => (0..page).for_each(|_| run.select_next(k, lang)),
            Action::PageUp => (0..page).for_each(|_| run.select_prev()),
            Action::SelectFirst => run.select_first(),
            Action::SelectLast => run.select_last(k, lang),
            Action::Insert(c) if !run.at_outcome(k) => {
                // choose_key also rejects characters that name no option.
                let chosen = run.choose_key(k, c);
                if !chosen {
                    let key = key_index(c).map_or(c, option_key);
                    let text = Msg::NoSuchAnswer.fill(lang, &[("key", &key)]);
                    self.status = Some(Status::warning(text));
                }
            }
            Action::OpenSelected => {
                if let Effect::Open(id) = run.confirm(k, lang) {
                    self.open_item(ItemView::new(id, None));
                }
            }
            Action::UndoAnswer | Action::DeleteChar => {
                let undone = run.back();
                if !undone {
                    self.status = Some(Status::info(Msg::FirstQuestion.text(lang)));
                }
            }
            Action::RestartFlow => run.restart(),
            Action::ContinueFlow => {
                run.continue_parent(k);
            }
            _ => {}
        }
    }

    pub(super) fn update_present(&mut self, action: Action) {
        let Screen::Present(p) = &mut self.screen else {
            return;
        };
        match action {
            Action::NextSlide | Action::NextStep | Action::SelectNext | Action::PageDown => {
                p.next_slide();
            }
            Action::PreviousSlide
            | Action::PreviousStep
            | Action::SelectPrevious
            | Action::PageUp => {
                p.prev_slide();
            }
            Action::SelectFirst => {
                p.first_slide();
            }
            Action::SelectLast => {
                p.last_slide();
            }
            Action::ToggleSlideTheme => p.toggle_theme(),
            _ => {}
        }
    }

    /// Keeps the slides in the interface language after a switch.
    pub(super) fn relocalize(&mut self) {
        if let Screen::Present(p) = &mut self.screen {
            p.relocalize(&self.knowledge, self.lang);
        }
    }

    /// Cancels a step number being typed; true when there was one.
    pub(super) fn cancel_typing(&mut self) -> bool {
        match &mut self.screen {
            Screen::Stepper(s) if s.jump_input().is_some() => {
                s.cancel_jump();
                true
            }
            _ => false,
        }
    }
}
