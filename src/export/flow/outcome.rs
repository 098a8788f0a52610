//! One outcome of a flow, reached by a path of answers, for a case file:
//! the path is walked (into handed-over flows and back) and checked, then
//! printed with the answers given and each outcome reached.

use super::{Options, outcome_body};
use crate::export::doc::Doc;
use crate::export::item::provenance;
use crate::i18n::{Msg, colon};
use crate::knowledge::*;

/// Hand-overs deeper than this are refused (the flows would loop).
const MAX_DEPTH: usize = 16;

/// Why a path of answers does not lead through a flow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    /// No flow has this id.
    #[error("no flow with id `{0}`")]
    UnknownFlow(String),
    /// A flow names a node it does not have.
    #[error("flow `{flow}` has no node `{node}`")]
    UnknownNode {
        /// Flow id.
        flow: String,
        /// Node id.
        node: String,
    },
    /// An answer names another node than the one the path has reached.
    #[error("the answer is for node `{found}`, but flow `{flow}` is at node `{expected}`")]
    Mismatch {
        /// Flow id.
        flow: String,
        /// The node reached.
        expected: String,
        /// The node the answer names.
        found: String,
    },
    /// An answer index past the question's options.
    #[error("question `{node}` has {count} answers; there is no answer number {index}")]
    NoOption {
        /// Node id.
        node: String,
        /// The index given (0-based).
        index: usize,
        /// How many options the question has.
        count: usize,
    },
    /// The answers stop before an outcome.
    #[error("the answers stop at question `{node}` of flow `{flow}`, before an outcome")]
    Unfinished {
        /// Flow id.
        flow: String,
        /// The unanswered question.
        node: String,
    },
    /// Answers left over after the final outcome.
    #[error("{0} answer(s) left after the outcome")]
    Extra(usize),
    /// Flows hand over to each other too deep.
    #[error("flows hand over to each other more than {MAX_DEPTH} deep")]
    TooDeep,
}

/// One question answered on the way to the outcome.
struct Step<'a> {
    flow: &'a Item,
    question: &'a Localized<String>,
    choice: &'a Choice,
}

/// Where a path of answers leads.
struct Walk<'a> {
    steps: Vec<Step<'a>>,
    outcomes: Vec<&'a Node>,
    flows: Vec<&'a Item>,
}

fn get_flow<'a>(k: &'a Knowledge, id: &str) -> Result<(&'a Item, &'a Flow), PathError> {
    match k.get(id) {
        Some(
            item @ Item {
                body: Body::Flow(f),
                ..
            },
        ) => Ok((item, f)),
        _ => Err(PathError::UnknownFlow(id.to_string())),
    }
}

/// Follows `answers` from the start of `flow_id`, into other flows and back
/// as hand-overs say. Ends at the outcome where the answers run out.
fn walk<'a, S: AsRef<str>>(
    k: &'a Knowledge,
    flow_id: &str,
    answers: &[(S, usize)],
) -> Result<Walk<'a>, PathError> {
    let mut flow = get_flow(k, flow_id)?;
    let mut node_id: &str = &flow.1.start;
    let mut stack: Vec<((&Item, &Flow), Option<&str>)> = Vec::new();
    let mut answers = answers.iter().peekable();
    let mut w = Walk {
        steps: Vec::new(),
        outcomes: Vec::new(),
        flows: vec![flow.0],
    };
    loop {
        let node = flow.1.node(node_id).ok_or_else(|| PathError::UnknownNode {
            flow: flow.0.id.clone(),
            node: node_id.to_string(),
        })?;
        match &node.kind {
            NodeKind::Question {
                question, options, ..
            } => {
                let Some((id, index)) = answers.next() else {
                    return Err(PathError::Unfinished {
                        flow: flow.0.id.clone(),
                        node: node.id.clone(),
                    });
                };
                if id.as_ref() != node.id {
                    return Err(PathError::Mismatch {
                        flow: flow.0.id.clone(),
                        expected: node.id.clone(),
                        found: id.as_ref().to_string(),
                    });
                }
                let choice = options.get(*index).ok_or_else(|| PathError::NoOption {
                    node: node.id.clone(),
                    index: *index,
                    count: options.len(),
                })?;
                w.steps.push(Step {
                    flow: flow.0,
                    question,
                    choice,
                });
                match &choice.next {
                    Next::Node { node } => node_id = node,
                    Next::Flow { flow: other, then } => {
                        if stack.len() >= MAX_DEPTH {
                            return Err(PathError::TooDeep);
                        }
                        stack.push((flow, then.as_deref()));
                        flow = get_flow(k, other)?;
                        node_id = &flow.1.start;
                        if !w.flows.iter().any(|f| f.id == flow.0.id) {
                            w.flows.push(flow.0);
                        }
                    }
                }
            }
            NodeKind::Outcome { .. } => {
                w.outcomes.push(node);
                let more = answers.peek().is_some();
                if let Some((parent, Some(then))) = stack.pop() {
                    let back_to_outcome = parent
                        .1
                        .node(then)
                        .is_some_and(|n| matches!(n.kind, NodeKind::Outcome { .. }));
                    if more || back_to_outcome {
                        flow = parent;
                        node_id = then;
                        continue;
                    }
                }
                let left = answers.count();
                if left > 0 {
                    return Err(PathError::Extra(left));
                }
                return Ok(w);
            }
        }
    }
}

/// The outcome that `answers` lead to in flow `flow_id`, for a case file:
/// the flow's title, the answers given (question, then the answer chosen),
/// then each outcome reached with its actions, legal basis, services and
/// matching contacts, then provenance. Each answer is (node id, 0-based
/// index of the chosen option); a hand-over continues in the other flow
/// with that flow's node ids.
pub fn flow_outcome<S: AsRef<str>>(
    k: &Knowledge,
    flow_id: &str,
    answers: &[(S, usize)],
    opts: &Options,
) -> Result<String, PathError> {
    let lang = opts.lang;
    let w = walk(k, flow_id, answers)?;
    let mut d = Doc::new(opts.format, opts.lang);
    let main = w.flows[0];
    d.heading(1, &d.esc(main.title(lang)));
    d.heading(2, &d.esc(Msg::ExportAnswers.text(lang)));
    for (n, s) in w.steps.iter().enumerate() {
        let mut line = format!(
            "{} {} {}",
            d.esc(s.question.text(lang)),
            d.arrow(),
            d.strong(s.choice.label.text(lang))
        );
        if s.flow.id != main.id {
            let inside = Msg::ExportInFlow.fill(lang, &[("title", &s.flow.title(lang))]);
            line.push_str(&format!(" ({})", d.esc(&inside)));
        }
        d.item(0, &format!("{}.", n + 1), &line);
    }
    d.gap();
    for node in &w.outcomes {
        let NodeKind::Outcome { title, .. } = &node.kind else {
            continue;
        };
        let heading = format!(
            "{}{}{}",
            Msg::Outcome.text(lang),
            colon(lang),
            title.text(lang)
        );
        d.heading(2, &d.esc(&heading));
        outcome_body(&mut d, k, node, opts, false);
    }
    provenance(&mut d, k, &w.flows, opts);
    Ok(d.finish())
}
