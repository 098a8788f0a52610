//! A flow as a printable prompt sheet: questions numbered and outcomes
//! numbered in the order an officer meets them, each answer lettered with
//! where it leads. Outcomes print through the shared [`super::outcome_body`].

use super::{Options, outcome_body};
use crate::export::doc::Doc;
use crate::i18n::{Msg, colon};
use crate::knowledge::*;
use std::collections::VecDeque;

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
pub(in crate::export) fn sheet(d: &mut Doc, k: &Knowledge, f: &Flow, opts: &Options, level: usize) {
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
