//! The MRZ check screen: the lines as typed in a box, their check digits
//! marked where they pass or fail, then the verdict, the failing checks
//! and problems first, the fields read, and the advice that check digits
//! prove nothing about authenticity, with a link to the document
//! examination procedure.

use super::text::wrap;
use super::{Cx, Drawn};
use crate::app::Action;
use crate::app::mrz_entry::{EXAMINATION_PROCEDURE, MrzEntry};
use crate::i18n::MrzMsg;
use crate::mrz::{Note, Problem, Report, field_rows};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns before each typed line: its number and a space.
const GUTTER: u16 = 2;

/// Draws the MRZ check in the body area; the cursor goes in the lines.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, entry: &MrzEntry) -> Drawn {
    let rows = u16::try_from(entry.lines().count()).unwrap_or(3).max(2);
    let [input, verdict, rest] = Layout::vertical([
        Constraint::Length(rows + 2),
        Constraint::Length(u16::from(entry.report().is_some())),
        Constraint::Fill(1),
    ])
    .areas(area);
    let cursor = lines_box(buf, input, cx, entry);
    let mut advice = advice(cx, entry, area.width);
    let Some(report) = entry.report() else {
        Paragraph::new(advice).render(rest, buf);
        return Drawn {
            cursor,
            ..Drawn::default()
        };
    };
    verdict_line(buf, verdict, cx, report);
    let mut lines = details(cx, entry, report, area.width);
    // The advice follows the details; when both do not fit it keeps the
    // bottom rows and the details are cut.
    let room = usize::from(rest.height);
    if lines.len() + 1 + advice.len() > room {
        let keep = room.saturating_sub(advice.len());
        lines.truncate(keep);
        lines.resize(keep, Line::default());
    } else {
        lines.push(Line::default());
    }
    lines.append(&mut advice);
    Paragraph::new(lines).render(rest, buf);
    Drawn {
        cursor,
        ..Drawn::default()
    }
}

/// The typed lines in a box, numbered, scrolled sideways together so the
/// cursor stays in view and the columns stay aligned.
fn lines_box(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, entry: &MrzEntry) -> Option<Position> {
    let t = &cx.theme;
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(Span::styled(
            format!(" {} ", MrzMsg::MrzTitle.text(cx.lang)),
            t.heading,
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = entry.report().and_then(|r| r.format).map(|f| f.width());
    let counter_width = 7u16;
    let room = usize::from(inner.width.saturating_sub(GUTTER + counter_width + 1)).max(1);
    let (line, column) = entry.cursor();
    let offset = (column + 1).saturating_sub(room);
    let marks = digit_marks(entry);
    for (i, chars) in entry.lines().enumerate() {
        let Ok(row) = u16::try_from(i) else { break };
        if row >= inner.height {
            break;
        }
        let mut spans = vec![Span::styled(format!("{} ", i + 1), t.dim)];
        for (j, c) in chars.iter().enumerate().skip(offset).take(room) {
            let style = match marks.iter().find(|m| m.0 == i && m.1 == j) {
                Some((_, _, true)) => t.official,
                Some((_, _, false)) => t.error,
                None => t.title,
            };
            // One column per character keeps the lines aligned with the
            // document; a wide or zero-width one (never an MRZ character,
            // and reported as such) shows as `?`.
            if c.width() == Some(1) {
                spans.push(Span::styled(c.to_string(), style));
            } else {
                spans.push(Span::styled("?", t.error));
            }
        }
        let shown = chars.len().saturating_sub(offset).min(room);
        spans.push(Span::raw(" ".repeat(room - shown + 1)));
        let count = match width {
            Some(w) => format!("{}/{w}", chars.len()),
            None => chars.len().to_string(),
        };
        spans.push(Span::styled(format!("{count:>6}"), t.dim));
        let at = Rect::new(inner.x, inner.y + row, inner.width, 1);
        Line::from(spans).render(at, buf);
    }
    let x = inner.x + GUTTER + u16::try_from(column - offset).unwrap_or(0);
    let y = inner.y + u16::try_from(line).unwrap_or(0);
    (cx.app.help.is_none() && y < inner.bottom() && x < inner.right()).then(|| Position::new(x, y))
}

/// Where each check digit sits in the typed lines (line, column from 0)
/// and whether it passes. Empty when the typed lines are not the lines
/// checked (one glued line was split, or an empty line was skipped).
fn digit_marks(entry: &MrzEntry) -> Vec<(usize, usize, bool)> {
    let Some(report) = entry.report() else {
        return Vec::new();
    };
    let split = report.notes.iter().any(|n| matches!(n, Note::Split { .. }));
    if split || entry.lines().any(<[char]>::is_empty) {
        return Vec::new();
    }
    report
        .checks
        .iter()
        .map(|c| (c.line.saturating_sub(1), c.position.saturating_sub(1), c.ok))
        .collect()
}

/// One line: passes (and whether the document has expired), fails, or is
/// not checked yet.
fn verdict_line(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, report: &Report) {
    let (t, lang) = (&cx.theme, cx.lang);
    let line = if report.valid() {
        let mut spans = vec![Span::styled(
            format!(" ✓ {} ", MrzMsg::MrzAllOk.text(lang)),
            t.official,
        )];
        if report.expired == Some(true) {
            spans.push(Span::raw("  "));
            spans.push(Span::styled(
                format!(" {} ", MrzMsg::MrzExpired.text(lang)),
                t.warning,
            ));
        }
        Line::from(spans)
    } else if report.fields.is_some() {
        Line::from(Span::styled(
            format!(" ✗ {} ", MrzMsg::MrzNotValidApp.text(lang)),
            t.error,
        ))
    } else {
        Line::from(Span::styled(
            format!("… {}", MrzMsg::MrzNotYet.text(lang)),
            t.heading,
        ))
    };
    line.render(area, buf);
}

/// Problems first, then every check, then the fields, wrapped to `width`.
/// While the lines are incomplete, only what is wrong with the characters
/// and with the lines already finished: the counters show the rest.
fn details(cx: &Cx<'_>, entry: &MrzEntry, report: &Report, width: u16) -> Vec<Line<'static>> {
    let (t, lang) = (&cx.theme, cx.lang);
    let mut lines: Vec<Line<'static>> = vec![Line::default()];
    let waiting = report.fields.is_none();
    let typing_line = entry.cursor().0 + 1;
    for p in &report.problems {
        let still_typing = match p {
            Problem::LineCount { .. } => true,
            Problem::Length { line, .. } => *line == typing_line,
            _ => false,
        };
        if waiting && still_typing {
            continue;
        }
        let style = if waiting { t.base } else { t.error };
        lines.push(Line::from(Span::styled(
            format!("✗ {}", p.message(lang)),
            style,
        )));
    }
    for n in &report.notes {
        lines.push(Line::from(Span::styled(
            format!("- {}", n.message(lang)),
            t.dim,
        )));
    }
    if !report.checks.is_empty() {
        if lines.len() > 1 {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            MrzMsg::MrzChecks.text(lang),
            t.heading,
        )));
        let cells = report
            .checks
            .iter()
            .map(|c| {
                let style = if c.ok { t.base } else { t.title };
                let mark = if c.ok { t.base } else { t.error };
                let text = c.line(lang);
                let first = text.chars().next().map_or(0, char::len_utf8);
                let (symbol, rest) = text.split_at(first);
                vec![
                    Span::styled(symbol.to_string(), mark),
                    Span::styled(rest.trim_end().to_string(), style),
                ]
            })
            .collect();
        lines.extend(columns(cells, width));
    }
    if let Some(fields) = &report.fields {
        lines.push(Line::default());
        let rows = field_rows(fields, report.expired, lang);
        lines.extend(columns(field_cells(&rows, t.dim, t.base), width));
    }
    if lines.len() == 1 {
        lines.clear();
    }
    wrap(&lines, width)
}

/// Label-value rows as cells for [`columns`].
fn field_cells(
    rows: &[(&'static str, String)],
    label_style: Style,
    value_style: Style,
) -> Vec<Vec<Span<'static>>> {
    let label_w = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    rows.iter()
        .map(|(label, value)| {
            let pad = " ".repeat(label_w - label.width() + 2);
            vec![
                Span::styled(format!("{label}{pad}"), label_style),
                Span::styled(value.clone(), value_style),
            ]
        })
        .collect()
}

/// Cells in two columns, down the first then the second, where the width
/// allows every cell; else one per line.
fn columns(mut cells: Vec<Vec<Span<'static>>>, width: u16) -> Vec<Line<'static>> {
    let cell_width = |c: &[Span<'_>]| c.iter().map(|s| s.content.width()).sum::<usize>();
    let column_w = usize::from(width) / 2;
    let fits = cells.iter().all(|c| cell_width(c) < column_w);
    if !fits || width < 70 {
        return cells.into_iter().map(Line::from).collect();
    }
    let half = cells.len().div_ceil(2);
    let mut right = cells.split_off(half).into_iter();
    cells
        .into_iter()
        .map(|mut left| {
            if let Some(r) = right.next() {
                let pad = column_w - cell_width(&left);
                left.push(Span::raw(" ".repeat(pad)));
                left.extend(r);
            }
            Line::from(left)
        })
        .collect()
}

/// What to do with the result, and the link to the procedure.
fn advice(cx: &Cx<'_>, entry: &MrzEntry, width: u16) -> Vec<Line<'static>> {
    let (t, lang) = (&cx.theme, cx.lang);
    let advice = match entry.report() {
        Some(r) if r.valid() => MrzMsg::MrzAuthenticity,
        None => MrzMsg::MrzIntro,
        Some(r) if r.fields.is_none() => MrzMsg::MrzIntro,
        Some(_) => MrzMsg::MrzReadingHint,
    };
    let style = if advice == MrzMsg::MrzAuthenticity {
        t.title
    } else {
        t.base
    };
    let mut lines = vec![Line::from(Span::styled(advice.text(lang), style))];
    if let Some(item) = cx.app.knowledge.get(EXAMINATION_PROCEDURE) {
        let link = if entry.link_selected() {
            t.selected
        } else {
            t.kind
        };
        let mut spans = vec![Span::styled(format!("→ {}", item.title(lang)), link)];
        if let (Some(select), Some(open)) = (
            cx.key(Action::SelectNextRelated),
            cx.key(Action::OpenSelected),
        ) {
            let keys = MrzMsg::MrzLinkKeys.fill(lang, &[("select", &select), ("open", &open)]);
            spans.push(Span::styled(format!("  ({keys})"), t.dim));
        }
        lines.push(Line::from(spans));
    }
    wrap(&lines, width)
}
