//! The export prompt: one line for the file name, with a default of
//! `fieldref-<id>.md`. Enter builds the Markdown and hands it to the
//! [`Store`](super::Store), which writes it with owner-only permissions;
//! an existing file is never replaced unless Enter is pressed again.

use super::flow_run::FlowRun;
use super::screen::Screen;
use super::store::ExportError;
use super::{Action, App, Status};
use crate::export::{self, Format, Options};
use crate::i18n::Msg;
use std::path::PathBuf;

/// Longest file name the prompt takes.
const MAX_NAME: usize = 255;

/// What an export writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportTarget {
    /// A procedure, flow sheet, deck or any item.
    Item(String),
    /// A flow's outcome with the answers that led to it.
    Outcome {
        /// The flow the answers start in.
        flow: String,
        /// (node id, option index) of each answer, in order.
        answers: Vec<(String, usize)>,
    },
}

/// The file-name prompt of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    /// The file name typed so far.
    pub input: String,
    /// What will be written.
    pub target: ExportTarget,
    /// The file exists and the next Enter replaces it.
    pub replace: bool,
}

impl ExportTarget {
    /// What the screen shown would export.
    fn of(screen: &Screen, k: &crate::knowledge::Knowledge) -> Option<ExportTarget> {
        match screen {
            Screen::Item(v) => Some(ExportTarget::Item(v.id.clone())),
            Screen::Stepper(s) => Some(ExportTarget::Item(s.id().to_string())),
            Screen::Present(p) => Some(ExportTarget::Item(p.id().to_string())),
            Screen::Flow(run) if run.at_outcome(k) => Some(outcome(run)),
            Screen::Flow(run) => Some(ExportTarget::Item(run.root_id().to_string())),
            _ => None,
        }
    }

    /// The default file name.
    fn file_name(&self) -> String {
        match self {
            ExportTarget::Item(id) => format!("fieldref-{id}.md"),
            ExportTarget::Outcome { flow, .. } => format!("fieldref-{flow}-outcome.md"),
        }
    }
}

/// The outcome a run reached, as export wants it.
fn outcome(run: &FlowRun) -> ExportTarget {
    ExportTarget::Outcome {
        flow: run.root_id().to_string(),
        answers: run.path().into_iter().map(|(_, n, i)| (n, i)).collect(),
    }
}

impl App {
    /// Opens the export prompt for the screen shown.
    pub(super) fn open_export_prompt(&mut self) {
        match ExportTarget::of(&self.screen, &self.knowledge) {
            Some(target) => {
                self.prompt = Some(Prompt {
                    input: target.file_name(),
                    target,
                    replace: false,
                });
            }
            None => self.status = Some(Status::info(Msg::NothingToExport.text(self.lang))),
        }
    }

    /// Keys while the prompt is open.
    pub(super) fn update_prompt(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        match action {
            Action::Insert(c) if !c.is_control() && prompt.input.chars().count() < MAX_NAME => {
                prompt.input.push(c);
                prompt.replace = false;
            }
            Action::DeleteChar => {
                prompt.input.pop();
                prompt.replace = false;
            }
            Action::DeleteWord | Action::ClearSearch => {
                prompt.input.clear();
                prompt.replace = false;
            }
            Action::CancelPrompt | Action::GoBack => {
                self.prompt = None;
                self.status = Some(Status::info(Msg::ExportCancelled.text(self.lang)));
            }
            Action::ConfirmPrompt | Action::OpenSelected => self.write_export(),
            _ => {}
        }
    }

    /// Builds the export and hands it to the store.
    fn write_export(&mut self) {
        let lang = self.lang;
        let Some(prompt) = &self.prompt else {
            return;
        };
        let name = prompt.input.trim();
        if name.is_empty() {
            self.status = Some(Status::warning(Msg::ExportNoName.text(lang)));
            return;
        }
        let path = PathBuf::from(name);
        let mut opts = Options::new(Format::Markdown, lang);
        opts.today = self.settings.today;
        opts.region = self.settings.region.clone();
        let k = &self.knowledge;
        let (id, text) = match &prompt.target {
            ExportTarget::Item(id) => match k.get(id) {
                Some(item) => (id.clone(), export::item(k, item, &opts)),
                None => {
                    self.status = Some(Status::error(Msg::Missing.text(lang)));
                    return;
                }
            },
            ExportTarget::Outcome { flow, answers } => {
                match export::flow_outcome(k, flow, answers, &opts) {
                    Ok(t) => (flow.clone(), t),
                    Err(e) => {
                        self.status = Some(Status::error(e.to_string()));
                        return;
                    }
                }
            }
        };
        let replace = prompt.replace;
        let shown = path.display().to_string();
        match self.store.export(&path, &text, replace) {
            Ok(()) => {
                self.prompt = None;
                let args: [(&str, &dyn std::fmt::Display); 3] =
                    [("id", &id), ("path", &shown), ("format", &"md")];
                self.status = Some(Status::info(Msg::ExportWritten.fill(lang, &args)));
            }
            Err(ExportError::Exists) => {
                if let Some(p) = &mut self.prompt {
                    p.replace = true;
                }
                let text = Msg::ExportReplace.fill(lang, &[("path", &shown)]);
                self.status = Some(Status::warning(text));
            }
            Err(ExportError::Failed(error)) => {
                let args: [(&str, &dyn std::fmt::Display); 2] =
                    [("path", &shown), ("error", &error)];
                self.status = Some(Status::error(Msg::ExportCannotWrite.fill(lang, &args)));
            }
        }
    }
}
