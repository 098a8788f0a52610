//! Draws the flow runner: a question with options `a)`, `b)` ..., its hint
//! and the breadcrumb of answers; or an outcome headed "Outcome" with the
//! numbered actions, legal basis and matching contacts, scrolled so the
//! highlighted row stays in view. Reads state only.

use super::big_text::{header_line, put, truncate, wrap};
use super::stepper::item_label;
use crate::app::flow_run::{
    ContactMatch, Crumb, FlowRun, Freshness, OutcomeView, QuestionView, Row, Screen, option_key,
};
use crate::i18n::Msg;
use crate::knowledge::{Date, Knowledge, Lang};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The flow runner screen, ready to render into any area.
#[derive(Debug, Clone, Copy)]
pub struct FlowView<'a> {
    /// Loaded knowledge: flows, provisions, contacts.
    pub knowledge: &'a Knowledge,
    /// The running flow.
    pub run: &'a FlowRun,
    /// Interface and preferred content language.
    pub lang: Lang,
    /// Today, to flag contacts verified over a year ago.
    pub today: Date,
}

const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);
const ITALIC: Style = Style::new().add_modifier(Modifier::ITALIC);
const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
/// Longest a question may take in the breadcrumb.
const CRUMB_QUESTION: usize = 36;

impl Widget for FlowView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let w = usize::from(area.width);
        let mut top = match self.run.screen(self.knowledge, self.lang) {
            Screen::Question(q) => {
                let right = format!("{} {}", Msg::Question.text(self.lang), q.number);
                vec![header_line(q.flow.title(self.lang), &right, w, BOLD)]
            }
            Screen::Outcome(o) => {
                let head = Msg::Outcome.text(self.lang);
                let mut v = vec![header_line(head, o.flow.title(self.lang), w, BOLD)];
                v.extend(
                    wrap(o.title.text, w)
                        .into_iter()
                        .map(|l| Line::styled(l, BOLD)),
                );
                v
            }
            Screen::Missing => vec![Line::from(Msg::Missing.text(self.lang))],
        };
        let crumbs = self.run.breadcrumb(self.knowledge, self.lang);
        top.extend(
            breadcrumb(&crumbs, w, self.lang)
                .into_iter()
                .map(|l| Line::styled(l, DIM)),
        );
        top.push(Line::styled("─".repeat(w), DIM));
        let h = usize::from(area.height);
        let body_h = h.saturating_sub(top.len());
        let body = match self.run.screen(self.knowledge, self.lang) {
            Screen::Question(q) => self.question(&q, w, body_h),
            Screen::Outcome(o) => self.outcome(&o, w, body_h),
            Screen::Missing => Vec::new(),
        };
        for (row, line) in top.iter().chain(body.iter()).enumerate() {
            put(buf, area, row, line);
        }
    }
}

/// "Q → answer › Q → answer", newest kept, in at most two lines.
fn breadcrumb(crumbs: &[Crumb<'_>], w: usize, lang: Lang) -> Vec<String> {
    let parts: Vec<String> = crumbs
        .iter()
        .map(|c| {
            let mut s = format!(
                "{} → {}",
                shorten(c.question.text, CRUMB_QUESTION),
                c.answer.text
            );
            if let Some(f) = c.hand_over {
                s += &format!(" ⇒ {}", f.title(lang));
            }
            s
        })
        .collect();
    for skip in 0..parts.len() {
        let mut text = parts[skip..].join(" › ");
        if skip > 0 {
            text = format!("… › {text}");
        }
        let lines = wrap(&text, w);
        if lines.len() <= 2 || skip + 1 == parts.len() {
            return lines.into_iter().take(2).collect();
        }
    }
    Vec::new()
}

impl FlowView<'_> {
    fn question(&self, q: &QuestionView<'_>, w: usize, h: usize) -> Vec<Line<'static>> {
        let lang = self.lang;
        let mut head: Vec<Line<'static>> = wrap(q.question.text, w)
            .into_iter()
            .map(|l| Line::styled(l, BOLD))
            .collect();
        let other = std::iter::once(q.question.other_lang)
            .chain(q.options.iter().map(|o| o.other_lang))
            .flatten()
            .next();
        if let Some(other) = other {
            let note = format!("[{}: {other}]", Msg::OtherLanguage.text(lang));
            head.push(Line::styled(truncate(&note, w), DIM));
        }
        let mut options = vec![Line::default()];
        for (i, o) in q.options.iter().enumerate() {
            let selected = i == self.run.selected();
            let lead = format!("{} {}) ", if selected { "▶" } else { " " }, option_key(i));
            let style = if selected { SELECTED } else { Style::new() };
            for (j, l) in wrap(o.text, w.saturating_sub(5).max(1))
                .into_iter()
                .enumerate()
            {
                let lead = if j == 0 { lead.clone() } else { " ".repeat(5) };
                options.push(Line::from(vec![Span::raw(lead), Span::styled(l, style)]));
            }
        }
        let mut help = Vec::new();
        if !q.help.text.is_empty() {
            let text = format!("{}: {}", Msg::Hint.text(lang), q.help.text);
            let room = h.saturating_sub(head.len() + options.len() + 1);
            let mut lines = wrap(&text, w);
            if lines.len() > room {
                lines.truncate(room);
                if let Some(last) = lines.last_mut() {
                    *last = truncate(&format!("{last} …"), w);
                }
            }
            if !lines.is_empty() {
                help.push(Line::default());
                help.extend(lines.into_iter().map(|l| Line::styled(l, ITALIC)));
            }
        }
        head.extend(help);
        head.extend(options);
        head
    }

    fn outcome(&self, o: &OutcomeView<'_>, w: usize, h: usize) -> Vec<Line<'static>> {
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut range = (0, 0);
        let mut section = "";
        for (i, row) in o.rows.iter().enumerate() {
            let kind = match row {
                Row::Continue { .. } => "continue",
                Row::Action { .. } => "action",
                Row::Law { .. } => "law",
                Row::Contact(_) | Row::NoContact => "contact",
            };
            if kind != section {
                section = kind;
                if let Some(heading) = self.heading(kind, o) {
                    lines.extend(wrap(&heading, w).into_iter().map(|l| Line::styled(l, BOLD)));
                }
            }
            let selected = i == self.run.selected();
            let start = lines.len();
            for (j, text) in self.row_text(row, w).into_iter().enumerate() {
                let mark = if selected && j == 0 { "▶" } else { " " };
                let style = match (selected, j, row) {
                    (true, _, _) => SELECTED,
                    (false, 0, Row::Continue { .. } | Row::Contact(_)) => BOLD,
                    _ => Style::new(),
                };
                lines.push(Line::from(vec![Span::raw(mark), Span::styled(text, style)]));
            }
            if selected {
                range = (start, lines.len());
            }
        }
        let mut offset = range.1.saturating_sub(h);
        offset = offset.min(range.0);
        let more_below = lines.len() > offset + h;
        let mut view: Vec<Line<'static>> = lines.into_iter().skip(offset).take(h).collect();
        if more_below && let Some(last) = view.last_mut() {
            *last = Line::styled(truncate(&format!("{:>w$}", "↓ …"), w), DIM);
        }
        view
    }

    fn heading(&self, kind: &str, o: &OutcomeView<'_>) -> Option<String> {
        let lang = self.lang;
        match kind {
            "action" => Some(match o.actions_lang.or(o.title.other_lang) {
                Some(l) => format!(
                    "{} [{}: {l}]",
                    Msg::WhatToDo.text(lang),
                    Msg::OtherLanguage.text(lang)
                ),
                None => Msg::WhatToDo.text(lang).to_string(),
            }),
            "law" => Some(Msg::LegalBasis.text(lang).to_string()),
            "contact" => Some(format!(
                "{}: {}",
                Msg::Services.text(lang),
                o.services.join(", ")
            )),
            _ => None,
        }
    }

    /// The text lines of one row, without the selection mark column.
    fn row_text(&self, row: &Row<'_>, w: usize) -> Vec<String> {
        let lang = self.lang;
        let w = w.saturating_sub(1).max(1);
        match row {
            Row::Continue { flow } => {
                vec![truncate(
                    &format!(" ↩ {}: {}", Msg::ContinueWith.text(lang), flow.title(lang)),
                    w,
                )]
            }
            Row::Action { number, text } => indented(&format!("{number:>2}. "), text, w),
            Row::Law { id, .. } => {
                let label = item_label(self.knowledge, id, lang);
                vec![truncate(&format!("  › {label}"), w)]
            }
            Row::Contact(c) => self.contact(c, w),
            Row::NoContact => indented("  ⚠ ", Msg::NoContact.text(lang), w),
        }
    }

    fn contact(&self, c: &ContactMatch<'_>, w: usize) -> Vec<String> {
        let lang = self.lang;
        let mut out = vec![truncate(
            &format!("  › {} — {}", c.item.title(lang), c.services.join(", ")),
            w,
        )];
        let phone = Msg::Phone.text(lang);
        if c.contact.phones.is_empty() {
            out.extend(indented(
                "    ",
                &format!("{phone}: {}", Msg::NoNumber.text(lang)),
                w,
            ));
        }
        // A number from a pack nobody vouches for says so on its own line.
        let marker = if self.knowledge.is_trusted(c.item) {
            String::new()
        } else {
            format!(" [{}]", Msg::LocalUnsigned.text(lang))
        };
        for p in &c.contact.phones {
            let label = p.label.text(lang);
            let sep = if label.is_empty() { "" } else { " - " };
            out.extend(indented(
                "    ",
                &format!("{phone}: {}{marker}{sep}{label}", p.number),
                w,
            ));
        }
        let fresh = match Freshness::of(c.contact, self.today) {
            Freshness::Verified(d) => format!("{} {d}", Msg::VerifiedOn.text(lang)),
            Freshness::Stale(d) => format!("⚠ {} ({d})", Msg::StaleNumber.text(lang)),
            Freshness::Never => format!("⚠ {}", Msg::NeverVerified.text(lang)),
        };
        let regions = format!(
            "{}: {} · {fresh}",
            Msg::Regions.text(lang),
            c.contact.regions.join(", ")
        );
        out.extend(indented("    ", &regions, w));
        out
    }
}

/// `text` cut at a word boundary to about `width` columns, with `…`.
fn shorten(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    if cut == text {
        return cut;
    }
    let body = cut.trim_end_matches('…');
    match body.rfind(' ') {
        Some(i) if i > width / 2 => format!("{}…", body[..i].trim_end_matches([',', ';', ':'])),
        _ => cut,
    }
}

/// `text` wrapped after `lead`, continuation lines aligned under the text.
fn indented(lead: &str, text: &str, w: usize) -> Vec<String> {
    let n = unicode_width::UnicodeWidthStr::width(lead);
    let pad = " ".repeat(n);
    wrap(text, w.saturating_sub(n).max(1))
        .into_iter()
        .enumerate()
        .map(|(i, l)| format!("{}{l}", if i == 0 { lead } else { &pad }))
        .collect()
}
