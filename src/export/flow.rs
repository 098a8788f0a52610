//! Flows on paper: the whole flow as a prompt sheet (numbered questions,
//! lettered answers with where each leads, outcomes with their actions,
//! legal basis, services and matching contacts), and one outcome reached by
//! a path of answers.

use super::Options;
use super::doc::Doc;
use super::item::{contact_details, provenance, reference, unsigned_marker};
use crate::i18n::Msg;
use crate::knowledge::*;
use std::collections::VecDeque;

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

/// ": " in English, " : " in French.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr | Lang::Rn => " : ",
    }
}

/// Contacts that offer any of `services`: those serving `region` first,
/// then national ones, then the rest, each group in load order.
pub fn matching_contacts<'a>(
    k: &'a Knowledge,
    services: &[String],
    region: Option<&str>,
) -> Vec<(&'a Item, &'a Contact)> {
    let mut found: Vec<(usize, &Item, &Contact)> = k
        .of_kind(Kind::Contact)
        .filter_map(|item| match &item.body {
            Body::Contact(c) if c.services.iter().any(|s| services.contains(s)) => {
                let serves = |r: &str| c.regions.iter().any(|x| x.eq_ignore_ascii_case(r));
                let rank = if region.is_some_and(serves) {
                    0
                } else if serves("national") {
                    1
                } else {
                    2
                };
                Some((rank, item, c))
            }
            _ => None,
        })
        .collect();
    found.sort_by_key(|(rank, _, _)| *rank);
    found.into_iter().map(|(_, i, c)| (i, c)).collect()
}

/// Questions and outcomes numbered in the order an officer meets them:
/// breadth first from the start.
struct Numbering<'a> {
    questions: Vec<&'a Node>,
    outcomes: Vec<&'a Node>,
}

impl<'a> Numbering<'a> {
    fn new(f: &'a Flow) -> Numbering<'a> {
        let mut order: Vec<&Node> = Vec::new();
        let mut queue: VecDeque<&str> = VecDeque::from([f.start.as_str()]);
        while let Some(id) = queue.pop_front() {
            let Some(node) = f.node(id) else { continue };
            if order.iter().any(|n| n.id == node.id) {
                continue;
            }
            order.push(node);
            if let NodeKind::Question { options, .. } = &node.kind {
                for o in options {
                    match &o.next {
                        Next::Node { node } => queue.push_back(node),
                        Next::Flow { then: Some(t), .. } => queue.push_back(t),
                        Next::Flow { then: None, .. } => {}
                    }
                }
            }
        }
        // Validation makes every node reachable; keep any other just in case.
        for n in &f.nodes {
            if !order.iter().any(|o| o.id == n.id) {
                order.push(n);
            }
        }
        let (questions, outcomes) = order
            .into_iter()
            .partition(|n| matches!(n.kind, NodeKind::Question { .. }));
        Numbering {
            questions,
            outcomes,
        }
    }

    /// "go to question 3" or "outcome 2: title" for a node id.
    fn target(&self, d: &Doc, id: &str, lang: Lang) -> String {
        if let Some(n) = self.questions.iter().position(|q| q.id == id) {
            return d.strong(&Msg::ExportGoToQuestion.fill(lang, &[("n", &(n + 1))]));
        }
        if let Some(n) = self.outcomes.iter().position(|o| o.id == id) {
            let title = match &self.outcomes[n].kind {
                NodeKind::Outcome { title, .. } => title.text(lang),
                NodeKind::Question { .. } => "",
            };
            return d
                .strong(&Msg::ExportGoToOutcome.fill(lang, &[("n", &(n + 1)), ("title", &title)]));
        }
        d.code(id)
    }
}

/// The whole flow as a printable prompt sheet.
pub(super) fn sheet(d: &mut Doc, k: &Knowledge, f: &Flow, opts: &Options, level: usize) {
    let lang = opts.lang;
    let num = Numbering::new(f);
    let how = d.em(Msg::ExportSheetHowTo.text(lang));
    d.para(0, &how);
    d.heading(level, &d.esc(Msg::ExportQuestions.text(lang)));
    for (n, node) in num.questions.iter().enumerate() {
        let NodeKind::Question {
            question,
            help,
            options,
        } = &node.kind
        else {
            continue;
        };
        let heading = d.esc(&Msg::ExportQuestionN.fill(lang, &[("n", &(n + 1))]));
        d.heading(level + 1, &heading);
        let q = d.strong(question.text(lang));
        d.para(0, &q);
        let help = help.text(lang);
        if !help.is_empty() {
            let h = d.em(&format!(
                "{}{}{help}",
                Msg::ExportHint.text(lang),
                colon(lang)
            ));
            d.para(0, &h);
        }
        for (i, o) in options.iter().enumerate() {
            let to = match &o.next {
                Next::Node { node } => num.target(d, node, lang),
                Next::Flow { flow, then } => {
                    let title = k.get(flow).map_or(flow.as_str(), |i| i.title(lang));
                    let mut s =
                        d.esc(&Msg::ExportHandOver.fill(lang, &[("title", &title), ("id", flow)]));
                    if let Some(t) = then {
                        let back = num.target(d, t, lang);
                        s.push_str(", ");
                        s.push_str(&Msg::ExportThenBack.fill(lang, &[("target", &back)]));
                    }
                    s
                }
            };
            let line = format!("{} {} {to}", d.esc(o.label.text(lang)), d.arrow());
            d.item(0, &letter(i), &line);
        }
        d.gap();
    }
    d.heading(level, &d.esc(Msg::ExportOutcomes.text(lang)));
    for (n, node) in num.outcomes.iter().enumerate() {
        let NodeKind::Outcome { title, .. } = &node.kind else {
            continue;
        };
        let heading = format!(
            "{}{}{}",
            Msg::ExportOutcomeN.fill(lang, &[("n", &(n + 1))]),
            colon(lang),
            title.text(lang)
        );
        d.heading(level + 1, &d.esc(&heading));
        outcome_body(d, k, node, opts, true);
    }
}

/// `a)`, `b)` ... `z)`, then `aa)`: letters work on every keyboard layout.
fn letter(i: usize) -> String {
    let mut s = String::new();
    let mut n = i;
    loop {
        s.insert(0, char::from(b'a' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    s.push(')');
    s
}

/// Actions, legal basis, services and matching contacts of an outcome;
/// contacts on one line each when `compact` (a prompt sheet repeats them
/// under every outcome), with every detail otherwise.
fn outcome_body(d: &mut Doc, k: &Knowledge, node: &Node, opts: &Options, compact: bool) {
    let lang = opts.lang;
    let NodeKind::Outcome {
        actions,
        legal_basis,
        services,
        ..
    } = &node.kind
    else {
        return;
    };
    for (n, a) in actions
        .pick(lang)
        .map(|(_, v)| v.as_slice())
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        let a = d.esc(a);
        d.item(0, &format!("{}.", n + 1), &a);
    }
    d.gap();
    if !legal_basis.is_empty() {
        let label = d.label(Msg::LegalBasis.text(lang));
        d.line(0, &label);
        for id in legal_basis {
            let line = match k.get(id) {
                Some(i) => format!(
                    "{}{}{} ({})",
                    d.esc(&i.citation(lang).unwrap_or_default()),
                    colon(lang),
                    d.esc(i.title(lang)),
                    d.code(id)
                ),
                None => reference(d, k, id, lang),
            };
            d.item(0, "-", &line);
        }
        d.gap();
    }
    if services.is_empty() {
        return;
    }
    let names: Vec<String> = services.iter().map(|s| s.replace('_', " ")).collect();
    d.field(0, Msg::Services.text(lang), &d.esc(&names.join(", ")));
    d.gap();
    let label = d.label(Msg::ExportContacts.text(lang));
    d.line(0, &label);
    let contacts = matching_contacts(k, services, opts.region.as_deref());
    if contacts.is_empty() {
        let none = d.em(Msg::ExportNoContacts.text(lang));
        d.line(0, &none);
    }
    for (item, c) in contacts {
        let offered: Vec<String> = c
            .services
            .iter()
            .filter(|s| services.contains(s))
            .map(|s| s.replace('_', " "))
            .collect();
        let mut line = format!(
            "{} ({})",
            d.strong(item.title(lang)),
            d.esc(&offered.join(", "))
        );
        let trusted = k.is_trusted(item);
        if compact {
            let summary = contact_summary(d, c, opts, trusted);
            line.push_str(&format!("{}{summary}", colon(lang)));
            d.item(0, "-", &line);
        } else {
            d.item(0, "-", &line);
            contact_details(d, c, opts, 1, trusted);
        }
    }
    d.gap();
}

/// Numbers (or "no public number known") and when they were verified, on
/// one line; each number marked "local, unsigned" unless `trusted`.
fn contact_summary(d: &Doc, c: &Contact, opts: &Options, trusted: bool) -> String {
    let lang = opts.lang;
    let marker = unsigned_marker(d, lang, trusted);
    let mut parts: Vec<String> = c
        .phones
        .iter()
        .map(|p| {
            let label = p.label.text(lang);
            if label.is_empty() {
                format!("{}{marker}", d.strong(&p.number))
            } else {
                format!("{}{marker} ({})", d.strong(&p.number), d.esc(label))
            }
        })
        .collect();
    if parts.is_empty() {
        parts.push(d.esc(Msg::NoNumber.text(lang)));
    }
    let verified = match c.verified_on {
        Some(date) if date.days_until(opts.today) > 365 => format!(
            "{} {date} ({})",
            Msg::VerifiedOn.text(lang),
            Msg::StaleNumber.text(lang)
        ),
        Some(date) => format!("{} {date}", Msg::VerifiedOn.text(lang)),
        None => Msg::NeverVerified.text(lang).to_string(),
    };
    parts.push(d.esc(&verified));
    parts.join(" · ")
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

#[cfg(test)]
mod tests {
    use super::letter;

    #[test]
    fn letters_go_past_z() {
        assert_eq!(letter(0), "a)");
        assert_eq!(letter(25), "z)");
        assert_eq!(letter(26), "aa)");
    }
}
