//! Draws a presentation slide with no chrome: the title in big letters when
//! it fits (else large bold text), the body wrapped in a centred column, and
//! an `N/M` counter in the bottom-right corner. Reflows at any size.

use super::big_text::{fit_big, put, put_centred, render_big, truncate, wrap};
use crate::app::slides::{Presentation, Slide, SlideLine, SlideTheme};
use crate::i18n::Msg;
use crate::knowledge::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

/// The presentation screen, ready to render into any area.
#[derive(Debug, Clone, Copy)]
pub struct PresentView<'a> {
    /// The presentation state: slides, position, theme.
    pub presentation: &'a Presentation,
}

/// Widest column of body text, so lines stay readable across a room.
const MAX_COLUMN: usize = 100;
/// Most lines a big title may take.
const MAX_BIG_LINES: usize = 3;

/// The base style of a theme: high-contrast, both colours set explicitly.
pub fn theme_style(theme: SlideTheme) -> Style {
    match theme {
        SlideTheme::Light => Style::new().fg(Color::Black).bg(Color::White),
        SlideTheme::Dark => Style::new().fg(Color::White).bg(Color::Black),
    }
}

impl Widget for PresentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let p = self.presentation;
        let base = theme_style(p.theme());
        Clear.render(area, buf);
        buf.set_style(area, base);
        let (w, h) = (area.width, area.height);
        let mx = (w / 12).min(8);
        let my = u16::from(h >= 12);
        let footer = u16::from(h >= 2);
        let content = Rect::new(
            area.x + mx,
            area.y + my,
            w - 2 * mx,
            h.saturating_sub(2 * my + footer),
        );
        if let Some(slide) = p.slide() {
            draw_slide(slide, content, buf, base, p.lang());
        }
        let (n, m) = p.position();
        let counter = format!("{n}/{m}");
        let cw = u16::try_from(counter.width()).unwrap_or(u16::MAX).min(w);
        let corner = Rect::new(area.right() - cw, area.bottom() - 1, cw, 1);
        put(buf, corner, 0, &Line::from(counter));
        if let Some(other) = p.slide().and_then(|s| s.other_lang) {
            let note = format!("[{}: {other}]", Msg::OtherLanguage.text(p.lang()));
            let room = usize::from(w.saturating_sub(cw + 1));
            let bottom = Rect::new(area.x, area.bottom() - 1, w, 1);
            let line = Line::styled(
                truncate(&note, room),
                Style::new().add_modifier(Modifier::ITALIC),
            );
            put(buf, bottom, 0, &line);
        }
    }
}

fn draw_slide(slide: &Slide, area: Rect, buf: &mut Buffer, base: Style, lang: Lang) {
    if area.is_empty() {
        return;
    }
    let col = usize::from(area.width).min(MAX_COLUMN);
    let h = usize::from(area.height);
    let italic = Style::new().add_modifier(Modifier::ITALIC);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let kicker: Vec<Line<'static>> = wrap(&slide.kicker, col)
        .into_iter()
        .filter(|l| !l.is_empty())
        .take(2)
        .map(|l| Line::styled(l, italic))
        .collect();
    let plain: Vec<Line<'static>> = wrap(&slide.title, col)
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| Line::styled(l, bold))
        .collect();
    let gap = |v: usize| usize::from(v > 0);
    let frame =
        |title: usize, body: usize| kicker.len() + gap(kicker.len()) + title + gap(title) + body;
    let big = fit_big(&slide.title, area.width, area.height * 3 / 5, MAX_BIG_LINES);
    // Give up space in this order: blank lines and long notes, then the big
    // letters, then the end of the body.
    let full = body_lines(&slide.lines, col, lang, false);
    let compact = body_lines(&slide.lines, col, lang, true);
    let big_h = big.as_ref().map(|b| usize::from(b.height));
    let fits =
        |t: Option<usize>, b: &[Line<'static>]| frame(t.unwrap_or(plain.len()), b.len()) <= h;
    let (use_big, body) = [(big_h, &full), (big_h, &compact), (None, &full)]
        .into_iter()
        .find(|(t, b)| fits(*t, b))
        .unwrap_or((None, &compact));
    let mut body = body.clone();
    let title_h = use_big.unwrap_or(plain.len());
    let room = h.saturating_sub(frame(title_h, 0));
    if body.len() > room {
        body.truncate(room);
        if let Some(last) = body.last_mut() {
            *last = Line::from("…");
        }
    }
    let used = frame(title_h, body.len());
    let mut row = h.saturating_sub(used) / 3;
    for line in &kicker {
        put_centred(buf, area, row, line);
        row += 1;
    }
    row += gap(kicker.len());
    match (&big, use_big) {
        (Some(b), Some(_)) => {
            let y = area.y + u16::try_from(row).unwrap_or(u16::MAX);
            let rect = Rect::new(area.x, y, area.width, b.height).intersection(area);
            render_big(b, rect, buf, base.add_modifier(Modifier::BOLD));
            row += usize::from(b.height);
        }
        _ => {
            for line in &plain {
                put_centred(buf, area, row, line);
                row += 1;
            }
        }
    }
    row += gap(title_h);
    let pad = (usize::from(area.width) - col) / 2;
    let column = Rect::new(
        area.x + u16::try_from(pad).unwrap_or(0),
        area.y,
        u16::try_from(col).unwrap_or(0),
        area.height,
    );
    for line in &body {
        put(buf, column, row, line);
        row += 1;
    }
}

/// The body as wrapped lines; `compact` drops blank separators and cuts
/// notes (citations, sources, hints) to two lines.
fn body_lines(lines: &[SlideLine], col: usize, lang: Lang, compact: bool) -> Vec<Line<'static>> {
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let italic = Style::new().add_modifier(Modifier::ITALIC);
    let mut out: Vec<Line<'static>> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let list = matches!(
            (i.checked_sub(1).and_then(|j| lines.get(j)), l),
            (Some(SlideLine::Entry { .. }), SlideLine::Entry { .. })
        );
        if i > 0 && !list && !compact {
            out.push(Line::default());
        }
        match l {
            SlideLine::Text(t) => out.extend(wrap(t, col).into_iter().map(Line::from)),
            SlideLine::Note(t) => {
                let mut note = wrap(t, col);
                if compact && note.len() > 2 {
                    note.truncate(2);
                    note[1] = truncate(&format!("{} …", note[1]), col);
                }
                out.extend(note.into_iter().map(|s| Line::styled(s, italic)));
            }
            SlideLine::Entry { label, text } => {
                out.extend(hanging(Span::styled(format!("{label} "), bold), text, col))
            }
            SlideLine::Caution(t) => {
                let word = format!("! {}: ", Msg::Cautions.text(lang));
                out.extend(hanging(Span::styled(word, bold), t, col));
            }
        }
    }
    out
}

/// `lead` then `text` wrapped, continuation lines aligned under the text.
fn hanging(lead: Span<'static>, text: &str, col: usize) -> Vec<Line<'static>> {
    let n = lead.width();
    let text_w = col.saturating_sub(n).max(1);
    wrap(text, text_w)
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let first = if i == 0 {
                lead.clone()
            } else {
                Span::raw(" ".repeat(n))
            };
            Line::from(vec![first, Span::raw(l)])
        })
        .collect()
}
