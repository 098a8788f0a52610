//! What a running flow shows: the question or outcome screen (its rows:
//! continue, actions, legal basis, contacts) and the breadcrumb of answers.
//! Kept apart from the runner's state machine in `flow_run.rs`, which only
//! moves between nodes; this file only reads where it stands.

use super::{FlowRun, flow};
use crate::app::contacts::{ContactMatch, matching_contacts};
use crate::knowledge::{Item, Knowledge, Lang, Localized, Next, NodeKind};

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

/// What `run`'s current node shows, in `lang`.
pub(super) fn screen<'k>(run: &FlowRun, k: &'k Knowledge, lang: Lang) -> Screen<'k> {
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
