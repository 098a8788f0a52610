//! Referral flow runner: one question at a time, answers by letter or by
//! selection, back (across hand-overs), restart, and hand-overs to other
//! flows that come back afterwards. Answers live in memory only; the path is
//! exposed for an export the user asks for. No terminal here.

use crate::knowledge::{
    Body, Contact, Date, Flow, Item, Knowledge, Lang, Localized, Next, NodeKind,
};

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
        screen(self, k, lang)
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

/// Text in the language asked for, or in another one the screen marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'k> {
    /// The text.
    pub text: &'k str,
    /// The language used, when it is not the one asked for.
    pub other_lang: Option<Lang>,
}

/// `l` in `lang` or its fallback, marked.
pub fn shown(l: &Localized<String>, lang: Lang) -> Shown<'_> {
    match l.pick(lang) {
        Some((used, text)) => Shown {
            text,
            other_lang: (used != lang).then_some(used),
        },
        None => Shown {
            text: "",
            other_lang: None,
        },
    }
}

/// What the current node shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen<'k> {
    /// A question and its options.
    Question(QuestionView<'k>),
    /// An outcome: what to do, legal basis, contacts.
    Outcome(OutcomeView<'k>),
    /// The flow or node is no longer loaded.
    Missing,
}

impl Screen<'_> {
    /// How many options or rows can be highlighted.
    pub fn len(&self) -> usize {
        match self {
            Screen::Question(q) => q.options.len(),
            Screen::Outcome(o) => o.rows.len(),
            Screen::Missing => 0,
        }
    }

    /// Whether nothing can be highlighted.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A question as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView<'k> {
    /// The flow being answered.
    pub flow: &'k Item,
    /// 1-based count of questions reached so far, hand-overs included.
    pub number: usize,
    /// The question.
    pub question: Shown<'k>,
    /// How to answer it; may be empty.
    pub help: Shown<'k>,
    /// The options, labelled `a`, `b`, `c` ... on screen.
    pub options: Vec<Shown<'k>>,
}

/// An outcome as shown: a title, then rows the user can move through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeView<'k> {
    /// The flow the outcome belongs to.
    pub flow: &'k Item,
    /// The outcome's heading.
    pub title: Shown<'k>,
    /// Language of the actions, when not the one asked for.
    pub actions_lang: Option<Lang>,
    /// The services the outcome needs.
    pub services: &'k [String],
    /// Continue (when handed over), actions, legal basis, contacts.
    pub rows: Vec<Row<'k>>,
}

/// One row of an outcome screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row<'k> {
    /// Go back to the flow that handed over.
    Continue {
        /// That flow.
        flow: &'k Item,
    },
    /// One thing to do, numbered from 1.
    Action {
        /// Its number.
        number: usize,
        /// What to do.
        text: &'k str,
    },
    /// A provision the actions rest on; opens when loaded.
    Law {
        /// The provision's id.
        id: &'k str,
        /// The item, when loaded.
        item: Option<&'k Item>,
    },
    /// A contact offering some of the services.
    Contact(ContactMatch<'k>),
    /// No loaded contact offers any of the services.
    NoContact,
}

/// A contact that offers some of an outcome's services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMatch<'k> {
    /// The contact item (title, id).
    pub item: &'k Item,
    /// Its details.
    pub contact: &'k Contact,
    /// The outcome's services it offers, in the outcome's order.
    pub services: Vec<&'k str>,
    /// Whether it serves the configured region by name.
    pub in_region: bool,
}

/// How much a contact's numbers can be trusted today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Verified within the last year.
    Verified(Date),
    /// Verified over a year ago.
    Stale(Date),
    /// Never verified.
    Never,
}

impl Freshness {
    /// The freshness of `c`'s numbers on `today`.
    pub fn of(c: &Contact, today: Date) -> Freshness {
        match c.verified_on {
            Some(d) if d.days_until(today) > 365 => Freshness::Stale(d),
            Some(d) => Freshness::Verified(d),
            None => Freshness::Never,
        }
    }
}

/// Contacts offering any of `services`: those serving `region` first, then
/// national ones, then the rest; within that, by the outcome's first
/// service they offer, then in load order.
pub fn matching_contacts<'k>(
    k: &'k Knowledge,
    services: &'k [String],
    region: Option<&str>,
) -> Vec<ContactMatch<'k>> {
    let serves = |c: &Contact, r: &str| {
        c.regions
            .iter()
            .any(|x| x.trim().eq_ignore_ascii_case(r.trim()))
    };
    let mut found: Vec<(usize, usize, ContactMatch<'k>)> = k
        .items
        .iter()
        .filter_map(|item| match &item.body {
            Body::Contact(c) => Some((item, c)),
            _ => None,
        })
        .filter_map(|(item, contact)| {
            let matched: Vec<&str> = services
                .iter()
                .filter(|s| contact.services.contains(s))
                .map(String::as_str)
                .collect();
            let first = services.iter().position(|s| contact.services.contains(s))?;
            let in_region = region.is_some_and(|r| serves(contact, r));
            let rank = if in_region {
                0
            } else if serves(contact, "national") {
                1
            } else {
                2
            };
            let m = ContactMatch {
                item,
                contact,
                services: matched,
                in_region,
            };
            Some((rank, first, m))
        })
        .collect();
    found.sort_by_key(|(rank, first, _)| (*rank, *first));
    found.into_iter().map(|(_, _, m)| m).collect()
}

fn screen<'k>(run: &FlowRun, k: &'k Knowledge, lang: Lang) -> Screen<'k> {
    let (Some(item), Some(f)) = (k.get(run.flow_id()), flow(k, run.flow_id())) else {
        return Screen::Missing;
    };
    let Some(node) = f.node(run.node_id()) else {
        return Screen::Missing;
    };
    match &node.kind {
        NodeKind::Question {
            question,
            help,
            options,
        } => Screen::Question(QuestionView {
            flow: item,
            number: run.answers().count() + 1,
            question: shown(question, lang),
            help: shown(help, lang),
            options: options.iter().map(|o| shown(&o.label, lang)).collect(),
        }),
        NodeKind::Outcome {
            title,
            actions,
            legal_basis,
            services,
        } => {
            let mut rows = Vec::new();
            if let Some(parent) = run.continuation().and_then(|(p, _)| k.get(p)) {
                rows.push(Row::Continue { flow: parent });
            }
            let (used, acts) = actions
                .pick(lang)
                .map_or((lang, &[][..]), |(l, a)| (l, a.as_slice()));
            rows.extend(acts.iter().enumerate().map(|(i, a)| Row::Action {
                number: i + 1,
                text: a.as_str(),
            }));
            rows.extend(legal_basis.iter().map(|id| Row::Law {
                id: id.as_str(),
                item: k.get(id),
            }));
            let contacts = matching_contacts(k, services, run.region());
            if contacts.is_empty() {
                rows.push(Row::NoContact);
            }
            rows.extend(contacts.into_iter().map(Row::Contact));
            Screen::Outcome(OutcomeView {
                flow: item,
                title: shown(title, lang),
                actions_lang: (used != lang).then_some(used),
                services,
                rows,
            })
        }
    }
}

/// One answer in the breadcrumb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crumb<'k> {
    /// The question asked.
    pub question: Shown<'k>,
    /// The answer given.
    pub answer: Shown<'k>,
    /// The flow this answer handed over to, if it did.
    pub hand_over: Option<&'k Item>,
}

impl FlowRun {
    /// The answers so far as question and answer texts, oldest first.
    pub fn breadcrumb<'k>(&self, k: &'k Knowledge, lang: Lang) -> Vec<Crumb<'k>> {
        self.answers()
            .filter_map(|a| {
                let node = flow(k, &a.flow)?.node(&a.node)?;
                let NodeKind::Question {
                    question, options, ..
                } = &node.kind
                else {
                    return None;
                };
                let choice = options.get(a.option)?;
                let hand_over = match &choice.next {
                    Next::Flow { flow, .. } => k.get(flow),
                    Next::Node { .. } => None,
                };
                Some(Crumb {
                    question: shown(question, lang),
                    answer: shown(&choice.label, lang),
                    hand_over,
                })
            })
            .collect()
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
