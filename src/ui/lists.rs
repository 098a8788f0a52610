//! A scrolling list with headings and one selected row, kept in view
//! without any stored offset: the offset follows from the selection.

use super::text::fit;
use super::{Cx, Measure};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// One row to draw.
pub struct Entry {
    /// The row's text.
    pub line: Line<'static>,
    /// Whether it counts for the selection.
    pub selectable: bool,
}

impl Entry {
    /// A selectable row.
    pub fn item(line: Line<'static>) -> Entry {
        Entry {
            line,
            selectable: true,
        }
    }

    /// A heading or note.
    pub fn fixed(line: Line<'static>) -> Entry {
        Entry {
            line,
            selectable: false,
        }
    }
}

/// Draws `entries` with the `selected`-th selectable one highlighted and
/// in view; reports the page height.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    cx: &Cx<'_>,
    entries: &[Entry],
    selected: usize,
) -> Measure {
    let h = usize::from(area.height);
    if h == 0 || area.width == 0 {
        return Measure::default();
    }
    let sel_line = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.selectable)
        .nth(selected)
        .map(|(i, _)| i);
    let offset = match sel_line {
        Some(s) if s >= h => s + 1 - h,
        _ => 0,
    };
    let width = usize::from(area.width);
    for (row, (i, e)) in entries.iter().enumerate().skip(offset).take(h).enumerate() {
        let y = area.y + row as u16;
        let rect = Rect {
            y,
            height: 1,
            ..area
        };
        if Some(i) == sel_line {
            buf.set_style(rect, cx.theme.selected);
            let text = fit(&format!("▸{}", e.line), width);
            Line::from(Span::styled(text, cx.theme.selected)).render(rect, buf);
        } else {
            let mut spans = vec![Span::raw(" ")];
            spans.extend(e.line.spans.iter().cloned());
            render_fitted(buf, rect, Line::from(spans));
        }
    }
    Measure {
        scroll_max: 0,
        page: area.height,
    }
}

/// Renders a line, ending it in `…` when it does not fit.
pub fn render_fitted(buf: &mut Buffer, area: Rect, line: Line<'static>) {
    let width = usize::from(area.width);
    if super::text::line_width(&line) <= width {
        line.render(area, buf);
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0;
    for s in line.spans {
        let w = unicode_width::UnicodeWidthStr::width(s.content.as_ref());
        if used + w < width {
            used += w;
            spans.push(s);
        } else {
            let rest = fit(&s.content, width - used);
            spans.push(Span::styled(rest, s.style));
            break;
        }
    }
    Line::from(spans).render(area, buf);
}
