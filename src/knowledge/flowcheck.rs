//! Converts a flow and proves its graph sound: every `next` exists, every
//! node is reachable from `start`, and every node can still reach an outcome
//! (or a hand-over to another flow), so no officer is left in a dead end.

use super::convert::Converter;
use super::model::*;
use super::raw::{RawFlow, RawNode};
use super::sanitize::sanitize;
use std::collections::{HashMap, HashSet};

/// Converts and checks `raw`; errors go to the converter.
pub fn check_flow(cv: &mut Converter<'_>, raw: &RawFlow) -> Option<Body> {
    let mut nodes = Vec::new();
    let mut offsets: HashMap<String, usize> = HashMap::new();
    for n in &raw.nodes {
        let offset = n.get_ref().id.span().start;
        let node = convert_node(cv, n.get_ref(), offset)?;
        if offsets.insert(node.id.clone(), offset).is_some() {
            cv.error(
                offset,
                format!("duplicate node id `{}` in this flow", node.id),
            );
        }
        nodes.push(node);
    }
    let start = sanitize(raw.start.get_ref());
    if !offsets.contains_key(&start) {
        cv.error(
            raw.start.span().start,
            format!("`start` names node `{start}`, which this flow does not have"),
        );
        return None;
    }
    // Check each `next` and `then` where it is written.
    for n in &raw.nodes {
        for o in &n.get_ref().options {
            for target in [&o.get_ref().next, &o.get_ref().then].into_iter().flatten() {
                let name = sanitize(target.get_ref());
                if !offsets.contains_key(&name) {
                    let from = sanitize(n.get_ref().id.get_ref());
                    let message = format!(
                        "node `{from}` leads to node `{name}`, which this flow does not have"
                    );
                    cv.error(target.span().start, message);
                }
            }
        }
    }
    let reachable = reachable_from(&nodes, &start);
    for node in nodes.iter().filter(|n| !reachable.contains(n.id.as_str())) {
        cv.error(
            offsets[&node.id],
            format!(
                "node `{}` cannot be reached from `start` (`{start}`)",
                node.id
            ),
        );
    }
    let finishing = can_finish(&nodes);
    for node in nodes.iter().filter(|n| !finishing.contains(n.id.as_str())) {
        cv.error(
            offsets[&node.id],
            format!(
                "no path from node `{}` reaches an outcome: a cycle with no exit",
                node.id
            ),
        );
    }
    Some(Body::Flow(Flow { start, nodes }))
}

fn convert_node(cv: &mut Converter<'_>, n: &RawNode, offset: usize) -> Option<Node> {
    let id = sanitize(n.id.get_ref());
    let kind = match (&n.question, &n.outcome) {
        (Some(q), None) => {
            if n.actions.is_some() || !n.legal_basis.is_empty() || !n.services.is_empty() {
                cv.error(
                    offset,
                    format!("question node `{id}` cannot have actions, legal_basis or services"),
                );
            }
            if n.options.len() < 2 {
                cv.error(
                    offset,
                    format!("question node `{id}` needs at least two options"),
                );
            }
            let question = cv.strings(q, "question");
            let help = cv.optional_strings(&n.help);
            let mut options = Vec::new();
            for o in &n.options {
                let oo = o.get_ref();
                let label = cv.strings(&oo.label, "option label");
                let next = match (&oo.next, &oo.flow, &oo.then) {
                    (Some(next), None, None) => Next::Node {
                        node: sanitize(next.get_ref()),
                    },
                    (None, Some(flow), then) => Next::Flow {
                        flow: cv.reference(flow, "flow", &[Kind::Flow]),
                        then: then.as_ref().map(|t| sanitize(t.get_ref())),
                    },
                    _ => {
                        cv.error(
                            o.span().start,
                            "an option needs either `next` or `flow` (with an optional `then`)",
                        );
                        continue;
                    }
                };
                options.push(Choice { label, next });
            }
            NodeKind::Question {
                question,
                help,
                options,
            }
        }
        (None, Some(title)) => {
            if !n.options.is_empty() {
                cv.error(offset, format!("outcome node `{id}` cannot have options"));
            }
            let title = cv.strings(title, "outcome");
            let actions = cv.lists(&n.actions, offset, "actions", true);
            let legal_basis = n
                .legal_basis
                .iter()
                .map(|r| cv.reference(r, "legal_basis", &[]))
                .collect();
            let services = cv.services(&n.services);
            NodeKind::Outcome {
                title,
                actions,
                legal_basis,
                services,
            }
        }
        _ => {
            cv.error(offset, format!("node `{id}` needs exactly one of `question` (with options) or `outcome` (with actions)"));
            return None;
        }
    };
    Some(Node { id, kind })
}

/// Node ids a node can lead to within its own flow.
fn successors(node: &Node) -> Vec<&str> {
    match &node.kind {
        NodeKind::Question { options, .. } => options
            .iter()
            .filter_map(|o| match &o.next {
                Next::Node { node } => Some(node.as_str()),
                Next::Flow { then, .. } => then.as_deref(),
            })
            .collect(),
        NodeKind::Outcome { .. } => Vec::new(),
    }
}

fn reachable_from<'n>(nodes: &'n [Node], start: &'n str) -> HashSet<&'n str> {
    let by_id: HashMap<&str, &Node> = nodes.iter().map(|n| (n.id.as_str(), n)).collect();
    let mut seen = HashSet::from([start]);
    let mut todo = vec![start];
    while let Some(id) = todo.pop() {
        if let Some(node) = by_id.get(id) {
            for next in successors(node) {
                if seen.insert(next) {
                    todo.push(next);
                }
            }
        }
    }
    seen
}

/// Nodes from which some path ends: an outcome, or a hand-over to another flow.
fn can_finish(nodes: &[Node]) -> HashSet<&str> {
    let mut done: HashSet<&str> = HashSet::new();
    loop {
        let before = done.len();
        for node in nodes {
            let finishes = match &node.kind {
                NodeKind::Outcome { .. } => true,
                NodeKind::Question { options, .. } => options.iter().any(|o| match &o.next {
                    Next::Node { node } => done.contains(node.as_str()),
                    Next::Flow { then: None, .. } => true,
                    Next::Flow { then: Some(t), .. } => done.contains(t.as_str()),
                }),
            };
            if finishes {
                done.insert(node.id.as_str());
            }
        }
        if done.len() == before {
            return done;
        }
    }
}
