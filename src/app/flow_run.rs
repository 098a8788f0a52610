//! Referral flow runner: one question at a time, answers by letter or by
//! selection, back (across hand-overs), restart, and hand-overs to other
//! flows that come back afterwards. Answers live in memory only; the path is
//! exposed for an export the user asks for. No terminal here.

mod view;

pub use super::contacts::{ContactMatch, Freshness, matching_contacts};
pub use view::{Crumb, OutcomeView, QuestionView, Row, Screen, Shown, shown};

use crate::knowledge::{Body, Flow, Knowledge, Lang, Next, NodeKind};

/// One level of the flow stack: a flow, where it stands, and where its
/// parent resumes once it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Level {
    flow: String,
    node: String,
    resume: Option<String>,
}

/// One answer given: flow id, question node id, option index (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// Flow item id.
    pub flow: String,
    /// Question node id.
    pub node: String,
    /// Index of the chosen option.
    pub option: usize,
}

/// A move that `back` can undo.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Move {
    Answer(Answer),
    Continue,
}

/// What confirming the selection did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing (an action line, or nothing selectable).
    None,
    /// The runner moved to another node.
    Moved,
    /// The app should open this item on top; the runner keeps its place.
    Open(String),
}

/// A running flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowRun {
    root: String,
    stack: Vec<Level>,
    history: Vec<(Vec<Level>, Move)>,
    selected: usize,
    region: Option<String>,
}

/// The flow item `id`, if it is a loaded flow.
pub fn flow<'k>(k: &'k Knowledge, id: &str) -> Option<&'k Flow> {
    match &k.get(id)?.body {
        Body::Flow(f) => Some(f),
        _ => None,
    }
}

/// The letter or digit that chooses option `index`: `a`, `b` ...
pub fn option_key(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|i| *i < 26)
        .map_or('?', |i| char::from(b'a' + i))
}

/// The option index a typed key names: `a`-`z` (either case) or `1`-`9`.
pub fn key_index(c: char) -> Option<usize> {
    let c = c.to_ascii_lowercase();
    match c {
        'a'..='z' => Some(usize::from(c as u8 - b'a')),
        '1'..='9' => Some(usize::from(c as u8 - b'1')),
        _ => None,
    }
}

impl FlowRun {
    /// Starts flow `id` at its start node; `region` orders matching contacts
    /// (the configured region first). `None` when `id` is not a loaded flow.
    pub fn start(k: &Knowledge, id: &str, region: Option<&str>) -> Option<FlowRun> {
        let f = flow(k, id)?;
        f.node(&f.start)?;
        Some(FlowRun {
            root: id.to_string(),
            stack: vec![Level {
                flow: id.to_string(),
                node: f.start.clone(),
                resume: None,
            }],
            history: Vec::new(),
            selected: 0,
            region: region.map(str::to_string),
        })
    }

    /// The flow this run started with.
    pub fn root_id(&self) -> &str {
        &self.root
    }

    /// The flow being answered now (the root, or one handed over to).
    pub fn flow_id(&self) -> &str {
        self.stack
            .last()
            .map_or(self.root.as_str(), |l| l.flow.as_str())
    }

    /// The node shown now.
    pub fn node_id(&self) -> &str {
        self.stack.last().map_or("", |l| l.node.as_str())
    }

    /// How many flows are stacked (1 before any hand-over).
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The configured region contacts are ordered by.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Index of the highlighted option or outcome row.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The answers so far, in order, as (flow id, node id, option index).
    pub fn path(&self) -> Vec<(String, String, usize)> {
        self.answers()
            .map(|a| (a.flow.clone(), a.node.clone(), a.option))
            .collect()
    }

    /// The answers so far, in order.
    pub fn answers(&self) -> impl Iterator<Item = &Answer> {
        self.history.iter().filter_map(|(_, m)| match m {
            Move::Answer(a) => Some(a),
            Move::Continue => None,
        })
    }

    /// What the current node shows, in `lang`.
    pub fn screen<'k>(&self, k: &'k Knowledge, lang: Lang) -> Screen<'k> {
        view::screen(self, k, lang)
    }

    /// Whether the current node is an outcome.
    pub fn at_outcome(&self, k: &Knowledge) -> bool {
        let node = flow(k, self.flow_id()).and_then(|f| f.node(self.node_id()));
        matches!(node.map(|n| &n.kind), Some(NodeKind::Outcome { .. }))
    }

    /// Where "continue" leads from here: (parent flow id, node id), when the
    /// current flow was handed over to with a node to come back to.
    pub fn continuation(&self) -> Option<(&str, &str)> {
        let i = self.continuation_level()?;
        let parent = self.stack.get(i - 1)?;
        let node = self.stack.get(i)?.resume.as_deref()?;
        Some((parent.flow.as_str(), node))
    }

    /// The stack level whose end resumes its parent: the nearest from the
    /// top with a `then` (a hand-over without `then` ends with its child).
    fn continuation_level(&self) -> Option<usize> {
        (1..self.stack.len())
            .rev()
            .find(|&i| self.stack[i].resume.is_some())
    }

    /// Answers the current question with option `index`; false when there is
    /// no such option or it hands over to a flow that is not loaded.
    pub fn choose(&mut self, k: &Knowledge, index: usize) -> bool {
        let (flow_id, node_id) = (self.flow_id().to_string(), self.node_id().to_string());
        let Some(node) = flow(k, &flow_id).and_then(|f| f.node(&node_id)) else {
            return false;
        };
        let NodeKind::Question { options, .. } = &node.kind else {
            return false;
        };
        let Some(choice) = options.get(index) else {
            return false;
        };
        let before = self.stack.clone();
        match &choice.next {
            Next::Node { node } => {
                if let Some(top) = self.stack.last_mut() {
                    top.node = node.clone();
                }
            }
            Next::Flow { flow: target, then } => {
                let Some(start) = flow(k, target).map(|f| f.start.clone()) else {
                    return false;
                };
                self.stack.push(Level {
                    flow: target.clone(),
                    node: start,
                    resume: then.clone(),
                });
            }
        }
        let answer = Answer {
            flow: flow_id,
            node: node_id,
            option: index,
        };
        self.history.push((before, Move::Answer(answer)));
        self.selected = 0;
        true
    }

    /// Answers by key: `a`, `b`, `c` ... or `1`-`9`.
    pub fn choose_key(&mut self, k: &Knowledge, c: char) -> bool {
        key_index(c).is_some_and(|i| self.choose(k, i))
    }

    /// From an outcome of a handed-over flow, goes back to the node of the
    /// parent flow that the hand-over named; false when there is none.
    pub fn continue_parent(&mut self, k: &Knowledge) -> bool {
        if !self.at_outcome(k) {
            return false;
        }
        let Some(i) = self.continuation_level() else {
            return false;
        };
        let before = self.stack.clone();
        let resume = self.stack[i].resume.clone();
        self.stack.truncate(i);
        if let (Some(top), Some(node)) = (self.stack.last_mut(), resume) {
            top.node = node;
        }
        self.history.push((before, Move::Continue));
        self.selected = 0;
        true
    }

    /// Undoes the last answer (or continue), across hand-overs; the undone
    /// answer is highlighted again. False at the start.
    pub fn back(&mut self) -> bool {
        let Some((stack, m)) = self.history.pop() else {
            return false;
        };
        self.stack = stack;
        self.selected = match m {
            Move::Answer(a) => a.option,
            Move::Continue => 0,
        };
        true
    }

    /// Starts over at the root flow's start node, forgetting every answer.
    pub fn restart(&mut self) {
        if let Some((stack, _)) = self.history.first() {
            self.stack = stack.clone();
        }
        self.history.clear();
        self.selected = 0;
    }

    /// Moves the highlight down one option or outcome row.
    pub fn select_next(&mut self, k: &Knowledge, lang: Lang) {
        let n = self.screen(k, lang).len();
        if self.selected + 1 < n {
            self.selected += 1;
        }
    }

    /// Moves the highlight up.
    pub fn select_prev(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    /// Highlights the first option or row.
    pub fn select_first(&mut self) {
        self.selected = 0;
    }

    /// Highlights the last option or row.
    pub fn select_last(&mut self, k: &Knowledge, lang: Lang) {
        self.selected = self.screen(k, lang).len().saturating_sub(1);
    }

    /// Confirms the highlight: answers a question, or on an outcome
    /// continues, or asks to open a provision or contact.
    pub fn confirm(&mut self, k: &Knowledge, lang: Lang) -> Effect {
        let row = match self.screen(k, lang) {
            Screen::Question(_) => {
                return if self.choose(k, self.selected) {
                    Effect::Moved
                } else {
                    Effect::None
                };
            }
            Screen::Outcome(o) => o.rows.into_iter().nth(self.selected),
            Screen::Missing => None,
        };
        match row {
            Some(Row::Continue { .. }) if self.continue_parent(k) => Effect::Moved,
            Some(Row::Law { id, item: Some(_) }) => Effect::Open(id.to_string()),
            Some(Row::Contact(c)) => Effect::Open(c.item.id.clone()),
            _ => Effect::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digits_name_options() {
        assert_eq!(
            (key_index('a'), key_index('C'), key_index('3')),
            (Some(0), Some(2), Some(2))
        );
        assert_eq!(
            (key_index('0'), key_index('é'), key_index(' ')),
            (None, None, None)
        );
        assert_eq!(
            (option_key(0), option_key(25), option_key(26)),
            ('a', 'z', '?')
        );
    }
}
