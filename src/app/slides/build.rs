//! Slides built from an item: a title slide, then what its kind adds (a
//! procedure's steps, a flow's questions and outcomes, a provision's
//! paragraphs, indicator groups); a deck is its items' slides in order.
//! Pure: knowledge in, slides out; the presentation's state is in `slides.rs`.

use super::{Slide, SlideLine};
use crate::app::flow_run::option_key;
use crate::i18n::{Msg, indicator_text};
use crate::knowledge::{Body, Item, Knowledge, Lang, NodeKind, Step, TextKind};

/// The slides of item `id` in `lang`; empty when it is not loaded.
pub fn build(k: &Knowledge, id: &str, lang: Lang) -> Vec<Slide> {
    let Some(item) = k.get(id) else {
        return Vec::new();
    };
    match &item.body {
        Body::Deck(d) => {
            let mut out = item_slides(k, item, lang, true);
            for sub in d.items.iter().filter_map(|i| k.get(i)) {
                match sub.body {
                    Body::Deck(_) => out.push(title_slide(sub, lang)),
                    _ => out.extend(item_slides(k, sub, lang, true)),
                }
            }
            out
        }
        _ => item_slides(k, item, lang, false),
    }
}

/// An item's own slides; flows get a title slide only inside a deck.
fn item_slides(k: &Knowledge, item: &Item, lang: Lang, in_deck: bool) -> Vec<Slide> {
    let mut out = Vec::new();
    if in_deck || !matches!(item.body, Body::Flow(_)) {
        out.push(title_slide(item, lang));
    }
    let ctx = Ctx { k, item, lang };
    match &item.body {
        Body::Procedure(p) => {
            let intro = paragraphs(item.body_text(lang)).map(SlideLine::Text);
            if let Some(first) = out.first_mut() {
                first.lines.splice(0..0, intro);
            }
            out.extend(
                p.steps
                    .iter()
                    .enumerate()
                    .map(|(n, step)| ctx.step(n, p.steps.len(), step)),
            );
        }
        Body::Flow(f) => out.extend(f.nodes.iter().map(|node| ctx.node(&node.kind))),
        _ => {
            let other = other_lang(lang, [item.text.pick(lang).map(|p| p.0)]);
            for para in paragraphs(item.body_text(lang)) {
                out.push(ctx.slide(String::new(), vec![SlideLine::Text(para)], other));
            }
            if let Body::Indicator(ind) = &item.body {
                for g in &ind.groups {
                    let lines = g
                        .items
                        .iter()
                        .map(|e| SlideLine::Entry {
                            label: "•".into(),
                            text: indicator_text(e.text.text(lang), e.strength, lang),
                        })
                        .collect();
                    let mut slide = ctx.slide(g.title.text(lang).to_string(), lines, None);
                    slide.other_lang = other_lang(lang, [g.title.pick(lang).map(|p| p.0)]);
                    out.push(slide);
                }
            }
        }
    }
    out
}

/// What every slide of one item shares.
struct Ctx<'k> {
    k: &'k Knowledge,
    item: &'k Item,
    lang: Lang,
}

impl Ctx<'_> {
    /// A slide of this item, its title as the kicker.
    fn slide(&self, title: String, lines: Vec<SlideLine>, other: Option<Lang>) -> Slide {
        Slide {
            item: self.item.id.clone(),
            kicker: self.item.title(self.lang).to_string(),
            title,
            lines,
            other_lang: other,
        }
    }

    /// Step `n` (0-based) of `of`: its title, detail and cautions.
    fn step(&self, n: usize, of: usize, step: &Step) -> Slide {
        let lang = self.lang;
        let mut lines = vec![SlideLine::Text(step.detail.text(lang).to_string())];
        let cautions = step.cautions.pick(lang);
        for c in cautions.map_or(&[][..], |(_, v)| v.as_slice()) {
            lines.push(SlideLine::Caution(c.clone()));
        }
        let used = [step.title.pick(lang).map(|p| p.0), cautions.map(|c| c.0)];
        let mut slide = self.slide(
            step.title.text(lang).to_string(),
            lines,
            other_lang(lang, used),
        );
        let (step_word, of_word) = (Msg::Step.text(lang), Msg::Of.text(lang));
        slide.kicker += &format!(" · {step_word} {} {of_word} {of}", n + 1);
        slide
    }

    /// A question with its options `a)`, `b)` ..., or an outcome with its
    /// numbered actions, legal basis and services.
    fn node(&self, kind: &NodeKind) -> Slide {
        let lang = self.lang;
        let note = |msg: Msg, text: String| SlideLine::Note(format!("{}: {text}", msg.text(lang)));
        let (label, title, used, lines) = match kind {
            NodeKind::Question {
                question,
                help,
                options,
            } => {
                let mut lines: Vec<SlideLine> = options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| SlideLine::Entry {
                        label: format!("{})", option_key(i)),
                        text: o.label.text(lang).to_string(),
                    })
                    .collect();
                if !help.text(lang).is_empty() {
                    lines.push(SlideLine::Note(help.text(lang).to_string()));
                }
                (
                    Msg::Question,
                    question,
                    [question.pick(lang).map(|p| p.0), None],
                    lines,
                )
            }
            NodeKind::Outcome {
                title,
                actions,
                legal_basis,
                services,
            } => {
                let acts = actions.pick(lang);
                let mut lines: Vec<SlideLine> = acts
                    .map_or(&[][..], |(_, v)| v.as_slice())
                    .iter()
                    .enumerate()
                    .map(|(i, a)| SlideLine::Entry {
                        label: format!("{}.", i + 1),
                        text: a.clone(),
                    })
                    .collect();
                if !legal_basis.is_empty() {
                    lines.push(note(Msg::LegalBasis, self.k.citations(legal_basis, lang)));
                }
                if !services.is_empty() {
                    lines.push(note(Msg::Services, services.join(", ")));
                }
                (
                    Msg::Outcome,
                    title,
                    [title.pick(lang).map(|p| p.0), acts.map(|a| a.0)],
                    lines,
                )
            }
        };
        let mut slide = self.slide(title.text(lang).to_string(), lines, other_lang(lang, used));
        slide.kicker += &format!(" · {}", label.text(lang));
        slide
    }
}

/// An item's title slide: its title, then citation, badges and source.
fn title_slide(item: &Item, lang: Lang) -> Slide {
    let mut lines = Vec::new();
    if let Some(c) = item.citation(lang) {
        lines.push(SlideLine::Note(c));
    }
    match item.text_kind() {
        Some(TextKind::Quote) => lines.push(SlideLine::Note(format!(
            "[{}]",
            Msg::OfficialText.text(lang)
        ))),
        Some(TextKind::Summary) => {
            lines.push(SlideLine::Note(format!("[{}]", Msg::Summary.text(lang))))
        }
        None => {}
    }
    if !item.verified {
        lines.push(SlideLine::Note(format!("[{}]", Msg::Unverified.text(lang))));
    }
    let source = format!(
        "{}: {} · {}: {}",
        Msg::Source.text(lang),
        item.source,
        Msg::Reviewed.text(lang),
        item.reviewed
    );
    lines.push(SlideLine::Note(source));
    Slide {
        item: item.id.clone(),
        kicker: String::new(),
        title: item.title(lang).to_string(),
        lines,
        other_lang: other_lang(lang, [item.text.pick(lang).map(|p| p.0)]),
    }
}

/// Paragraphs of `body`: blocks separated by blank lines, trimmed.
fn paragraphs(body: &str) -> impl Iterator<Item = String> + '_ {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
}

/// The first language used that is not `lang`.
fn other_lang<const N: usize>(lang: Lang, used: [Option<Lang>; N]) -> Option<Lang> {
    used.into_iter().flatten().find(|l| *l != lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines_only() {
        let body = "One\nstill one.\n\n  Two  \n\n\n";
        let got: Vec<String> = paragraphs(body).collect();
        assert_eq!(got, vec!["One\nstill one.", "Two"]);
    }

    #[test]
    fn other_language_is_the_first_one_not_asked_for() {
        assert_eq!(
            other_lang(Lang::Fr, [Some(Lang::Fr), Some(Lang::En)]),
            Some(Lang::En)
        );
        assert_eq!(other_lang(Lang::En, [Some(Lang::En), None]), None);
    }
}
