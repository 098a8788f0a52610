//! Draws the procedure stepper: the current step in full (title, detail,
//! cautions marked with a word, related provisions), the steps around it in
//! brief, and "Step 3 of 9". Reads state only.

use super::big_text::{header_line, put, truncate, wrap};
use crate::app::flow_run::shown;
use crate::app::stepper::{Stepper, procedure};
use crate::i18n::Msg;
use crate::knowledge::{Knowledge, Lang, Step};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// The stepper screen, ready to render into any area.
#[derive(Debug, Clone, Copy)]
pub struct StepperView<'a> {
    /// Loaded knowledge, for the steps and related items.
    pub knowledge: &'a Knowledge,
    /// The stepper state.
    pub stepper: &'a Stepper,
    /// Interface and preferred content language.
    pub lang: Lang,
}

const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);
const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);

impl Widget for StepperView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (s, lang) = (self.stepper, self.lang);
        let (Some(item), Some(p)) = (
            self.knowledge.get(s.id()),
            procedure(self.knowledge, s.id()),
        ) else {
            put(buf, area, 0, &Line::from(Msg::Missing.text(lang)));
            return;
        };
        let w = usize::from(area.width);
        let h = usize::from(area.height);
        let (n, m) = s.progress();
        let mut right = format!("{} {n} {} {m}", Msg::Step.text(lang), Msg::Of.text(lang));
        if s.done_count() > 0 {
            right += &format!(" · {} {}", s.done_count(), Msg::DoneCount.text(lang));
        }
        put(
            buf,
            area,
            0,
            &header_line(item.title(lang), &right, w, BOLD),
        );
        put(buf, area, 1, &Line::styled("─".repeat(w), DIM));
        let mut avail = h.saturating_sub(2);
        if let Some(input) = s.jump_input() {
            let prompt = format!("{}: {input}▏", Msg::GoToStep.text(lang));
            put(buf, area, h - 1, &Line::styled(prompt, BOLD));
            avail = avail.saturating_sub(1);
        }
        let Some(step) = p.steps.get(s.current()) else {
            return;
        };
        let block = self.current_block(step, w, avail);
        let remaining = avail.saturating_sub(block.len());
        let after_max = s.len() - s.current() - 1;
        let mut before = s.current().min(remaining / 2).min(3);
        let after = after_max.min(remaining - before);
        before = s.current().min(remaining - after);
        let spare = remaining - before - after;
        let mut lines: Vec<Line<'static>> = Vec::new();
        for i in s.current() - before..s.current() {
            lines.push(self.brief(&p.steps[i], i, w));
        }
        if before > 0 && spare >= 1 {
            lines.push(Line::default());
        }
        lines.extend(block);
        if after > 0 && spare >= 2 {
            lines.push(Line::default());
        }
        for i in s.current() + 1..=s.current() + after {
            lines.push(self.brief(&p.steps[i], i, w));
        }
        for (row, line) in lines.iter().take(avail).enumerate() {
            put(buf, area, row + 2, line);
        }
    }
}

/// "palermo.art6 · Palermo Protocol, Art. 6: title" for a related item: the
/// id (what `fieldref show` takes), the citation when it has one, the title.
pub fn item_label(k: &Knowledge, id: &str, lang: Lang) -> String {
    match k.get(id) {
        Some(it) => match it.citation(lang) {
            Some(c) => format!("{id} · {c}: {}", it.title(lang)),
            None => format!("{id} · {}", it.title(lang)),
        },
        None => format!("{id} ({})", Msg::Missing.text(lang)),
    }
}

impl StepperView<'_> {
    /// One line for a step that is not the current one.
    fn brief(&self, step: &Step, index: usize, w: usize) -> Line<'static> {
        let mark = if self.stepper.is_done(index) {
            "✓"
        } else {
            " "
        };
        let text = format!("  {mark} {}. {}", index + 1, step.title.text(self.lang));
        Line::styled(truncate(&text, w), DIM)
    }

    /// The current step in full, cut to `avail` rows by shortening the
    /// detail first so that cautions and related items stay visible.
    fn current_block(&self, step: &Step, w: usize, avail: usize) -> Vec<Line<'static>> {
        let (s, lang, k) = (self.stepper, self.lang, self.knowledge);
        let prefix = format!("▶ {}. ", s.current() + 1);
        let indent = prefix.width();
        let body_w = w.saturating_sub(indent).max(1);
        let pad = " ".repeat(indent);
        let title = shown(&step.title, lang);
        let mut head = Vec::new();
        for (i, l) in wrap(title.text, body_w).into_iter().enumerate() {
            let lead = if i == 0 { prefix.clone() } else { pad.clone() };
            head.push(Line::from(vec![Span::raw(lead), Span::styled(l, BOLD)]));
        }
        if s.is_done(s.current()) {
            let done = format!("{pad}✓ {}", Msg::StepDone.text(lang));
            head.push(Line::styled(done, BOLD));
        }
        let detail = shown(&step.detail, lang);
        let mut detail_lines: Vec<Line<'static>> = wrap(detail.text, body_w)
            .into_iter()
            .filter(|l| !detail.text.is_empty() || !l.is_empty())
            .map(|l| Line::from(format!("{pad}{l}")))
            .collect();
        let mut tail = Vec::new();
        let cautions = step.cautions.pick(lang);
        let word = format!("! {}:", Msg::Cautions.text(lang));
        for c in cautions.map_or(&[][..], |(_, v)| v.as_slice()) {
            let text = format!("{word} {c}");
            for (i, l) in wrap(&text, body_w).into_iter().enumerate() {
                let line = match l.strip_prefix(&word) {
                    Some(rest) if i == 0 => Line::from(vec![
                        Span::raw(pad.clone()),
                        Span::styled(word.clone(), BOLD),
                        Span::raw(rest.to_string()),
                    ]),
                    _ => Line::from(format!("{pad}{l}")),
                };
                tail.push(line);
            }
        }
        if !s.related().is_empty() {
            tail.push(Line::styled(
                format!("{pad}{}:", Msg::Related.text(lang)),
                BOLD,
            ));
            for (i, id) in s.related().iter().enumerate() {
                let name = item_label(k, id, lang);
                let selected = s.selected_related() == Some(i);
                let mark = if selected { "›" } else { " " };
                let text = truncate(&format!("{pad}{mark} {name}"), w);
                tail.push(Line::styled(
                    text,
                    if selected { SELECTED } else { Style::new() },
                ));
            }
        }
        let other = [
            title.other_lang,
            detail.other_lang,
            cautions.map(|(l, _)| l),
        ]
        .into_iter()
        .flatten()
        .find(|l| *l != lang);
        if let Some(other) = other {
            let note = format!("{pad}[{}: {other}]", Msg::OtherLanguage.text(lang));
            tail.push(Line::styled(truncate(&note, w), DIM));
        }
        let room = avail.saturating_sub(head.len() + tail.len());
        if detail_lines.len() > room {
            detail_lines.truncate(room);
            if let Some(last) = detail_lines.last_mut() {
                *last = Line::from(format!("{pad}…"));
            }
        }
        head.extend(detail_lines);
        head.extend(tail);
        head
    }
}
