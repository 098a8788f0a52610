//! An item's text as styled lines, per kind: provisions, steps, flow
//! nodes, contact details, indicator groups. The words of the search that
//! led here are highlighted wherever they occur.

use super::Cx;
use super::text::highlighted;
use crate::app::contacts::{Freshness, freshness};
use crate::i18n::{Msg, colon, indicator_text};
use crate::knowledge::{Body, Item, Lang, Localized, Next, NodeKind, TextKind};
use crate::search::Highlighter;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Badges with words: kind, official text or summary, unverified, and the
/// language actually shown when the interface language is missing.
pub fn badges(cx: &Cx<'_>, item: &Item) -> Vec<Span<'static>> {
    let (t, lang) = (&cx.theme, cx.lang);
    let mut v = vec![Span::styled(
        format!("[{}]", crate::i18n::kind_badge(item.kind, lang)),
        t.kind,
    )];
    let mut badge = |text: String, style: Style| {
        v.push(Span::raw(" "));
        v.push(Span::styled(format!(" {text} "), style));
    };
    // Before anything else: whether anyone vouches for this pack.
    if !cx.app.knowledge.is_trusted(item) {
        badge(Msg::LocalUnsigned.text(lang).into(), t.warning);
    }
    match item.text_kind() {
        Some(TextKind::Quote) => badge(Msg::OfficialText.text(lang).into(), t.official),
        Some(TextKind::Summary) => badge(Msg::Summary.text(lang).into(), t.summary),
        None => {}
    }
    if !item.verified {
        badge(Msg::Unverified.text(lang).into(), t.warning);
    }
    if let Some((used, _)) = item.text.pick(lang)
        && used != lang
    {
        let text = format!(
            "{}: {}",
            Msg::OtherLanguage.text(lang),
            used.code().to_uppercase()
        );
        badge(text, t.warning);
    }
    v
}

struct Writer<'a> {
    lines: Vec<Line<'static>>,
    hl: Option<&'a Highlighter>,
    base: Style,
    matched: Style,
}

impl Writer<'_> {
    /// Adds each line of `text`, indented, with matches highlighted.
    fn text(&mut self, indent: &str, text: &str, lang: Lang, style: Style) {
        for para in text.trim_end().split('\n') {
            let ranges = self.hl.map(|h| h.ranges(para, lang)).unwrap_or_default();
            let mut spans = vec![Span::styled(indent.to_string(), style)];
            spans.extend(highlighted(para, &ranges, style, self.matched));
            self.lines.push(Line::from(spans));
        }
    }

    fn loc(&mut self, indent: &str, text: &Localized<String>, lang: Lang, style: Style) {
        if let Some((used, s)) = text.pick(lang)
            && !s.trim().is_empty()
        {
            self.text(indent, s, used, style);
        }
    }

    fn plain(&mut self, spans: Vec<Span<'static>>) {
        self.lines.push(Line::from(spans));
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }
}

/// The item's body, then its kind-specific parts.
pub fn body_lines(cx: &Cx<'_>, item: &Item, hl: Option<&Highlighter>) -> Vec<Line<'static>> {
    let (t, lang) = (&cx.theme, cx.lang);
    let mut w = Writer {
        lines: Vec::new(),
        hl,
        base: t.base,
        matched: t.matched,
    };
    if let Some((used, text)) = item.text.pick(lang)
        && !text.body.trim().is_empty()
    {
        w.text("", text.body.trim(), used, t.base);
    }
    let k = &cx.app.knowledge;
    match &item.body {
        Body::Procedure(p) => {
            w.blank();
            w.plain(vec![Span::styled(Msg::Steps.text(lang), t.heading)]);
            for (n, step) in p.steps.iter().enumerate() {
                let title = step.title.text(lang);
                w.plain(vec![Span::styled(
                    format!("{:>2}. {title}", n + 1),
                    t.title,
                )]);
                w.loc("    ", &step.detail, lang, w.base);
                for c in step.cautions.pick(lang).map_or(&[][..], |(_, v)| v) {
                    let label = format!("    ! {}{}", Msg::Cautions.text(lang), colon(lang));
                    let mut spans = vec![Span::styled(label, t.title)];
                    spans.push(Span::styled(c.clone(), t.base));
                    w.plain(spans);
                }
            }
        }
        Body::Flow(f) => {
            for node in &f.nodes {
                w.blank();
                match &node.kind {
                    NodeKind::Question {
                        question,
                        help,
                        options,
                    } => {
                        w.loc(&format!("[{}] ", node.id), question, lang, t.title);
                        w.loc("    ", help, lang, t.dim);
                        for (n, o) in options.iter().enumerate() {
                            let letter = char::from(b'a' + (n % 26) as u8);
                            let to = match &o.next {
                                Next::Node { node } => format!("{} {node}", Msg::GoTo.text(lang)),
                                Next::Flow { flow, .. } => {
                                    format!("{} {flow}", Msg::HandOver.text(lang))
                                }
                            };
                            let line = format!("    {letter}) {} → {to}", o.label.text(lang));
                            w.plain(vec![Span::styled(line, t.base)]);
                        }
                    }
                    NodeKind::Outcome {
                        title,
                        actions,
                        legal_basis,
                        services,
                    } => {
                        let head = format!(
                            "[{}] {}{}{}",
                            node.id,
                            Msg::Outcome.text(lang),
                            colon(lang),
                            title.text(lang)
                        );
                        w.plain(vec![Span::styled(head, t.title)]);
                        for (n, a) in actions
                            .pick(lang)
                            .map_or(&[][..], |(_, v)| v)
                            .iter()
                            .enumerate()
                        {
                            w.text(&format!("    {}. ", n + 1), a, lang, t.base);
                        }
                        if !legal_basis.is_empty() {
                            let basis = k.citations(legal_basis, lang);
                            w.plain(vec![Span::styled(
                                format!("    {}{}{basis}", Msg::LegalBasis.text(lang), colon(lang)),
                                t.dim,
                            )]);
                        }
                        if !services.is_empty() {
                            w.plain(vec![Span::styled(
                                format!(
                                    "    {}{}{}",
                                    Msg::Services.text(lang),
                                    colon(lang),
                                    crate::i18n::services_text(services, lang)
                                ),
                                t.dim,
                            )]);
                        }
                    }
                }
            }
        }
        Body::Contact(c) => {
            let trusted = cx.app.knowledge.is_trusted(item);
            w.blank();
            w.plain(vec![Span::styled(c.organisation.clone(), t.title)]);
            if c.phones.is_empty() {
                w.plain(vec![Span::styled(
                    format!(
                        "{}{}{}",
                        Msg::Phone.text(lang),
                        colon(lang),
                        Msg::NoNumber.text(lang)
                    ),
                    t.warning,
                )]);
            }
            for p in &c.phones {
                let label = p.label.text(lang);
                let mut spans = vec![Span::styled(
                    format!("{}{}", Msg::Phone.text(lang), colon(lang)),
                    t.base,
                )];
                spans.push(Span::styled(p.number.clone(), t.title));
                if !trusted {
                    spans.push(Span::styled(
                        format!(" [{}]", Msg::LocalUnsigned.text(lang)),
                        t.warning,
                    ));
                }
                if !label.is_empty() {
                    spans.push(Span::styled(format!("  {label}"), t.dim));
                }
                w.plain(spans);
            }
            let mut field = |label: Msg, value: String| {
                if !value.is_empty() {
                    w.plain(vec![Span::styled(
                        format!("{}{}{value}", label.text(lang), colon(lang)),
                        t.base,
                    )]);
                }
            };
            field(Msg::Email, c.email.clone().unwrap_or_default());
            field(Msg::Hours, c.hours.text(lang).to_string());
            field(
                Msg::ServicesShort,
                crate::i18n::services_text(&c.services, lang),
            );
            field(Msg::Regions, c.regions.join(", "));
            field(Msg::Languages, c.languages.join(", "));
            let fresh = freshness(c, cx.app.settings.today);
            w.plain(vec![freshness_span(cx, fresh, true)]);
        }
        Body::Indicator(ind) => {
            for g in &ind.groups {
                w.blank();
                w.plain(vec![Span::styled(
                    g.title.text(lang).to_string(),
                    t.heading,
                )]);
                for e in &g.items {
                    let text = indicator_text(e.text.text(lang), e.strength, lang);
                    w.text("  - ", &text, lang, t.base);
                }
            }
        }
        Body::Deck(d) => {
            w.blank();
            w.plain(vec![Span::styled(Msg::DeckItems.text(lang), t.heading)]);
            for (n, id) in d.items.iter().enumerate() {
                let title = k.get(id).map_or(id.as_str(), |i| i.title(lang));
                w.plain(vec![Span::styled(format!("{:>2}. {title}", n + 1), t.base)]);
            }
        }
        Body::Law(_) | Body::Glossary => {}
    }
    w.lines
}

/// "Number verified on 2026-01-10", or a warning with words.
pub fn freshness_span(cx: &Cx<'_>, fresh: Freshness, long: bool) -> Span<'static> {
    let (t, lang) = (&cx.theme, cx.lang);
    match fresh {
        Freshness::Verified(d) if long => Span::styled(
            format!("{}{}{d}", Msg::VerifiedOn.text(lang), colon(lang)),
            t.base,
        ),
        Freshness::Verified(d) => Span::styled(d.to_string(), t.base),
        Freshness::Stale(d) if long => Span::styled(
            format!(
                " ! {}: {d} · {} ",
                Msg::VerifiedOn.text(lang),
                Msg::StaleNumber.text(lang)
            ),
            t.warning,
        ),
        Freshness::Stale(d) => Span::styled(format!("! {d}"), t.warning),
        Freshness::Never if long => {
            Span::styled(format!(" ! {} ", Msg::NeverVerified.text(lang)), t.warning)
        }
        Freshness::Never => Span::styled(format!("! {}", Msg::Never.text(lang)), t.warning),
    }
}
