//! The search screen: the box, then the home sections while it is empty,
//! or the results with a preview of the selected one (beside the list on
//! wide terminals, below it on narrow ones).

use super::browse::item_line;
use super::item_body::{badges, body_lines};
use super::lists::{self, Entry};
use super::text::{fit, highlighted, wrap};
use super::{Cx, Drawn, Measure};
use crate::app::{Action, SECTIONS, Section};
use crate::i18n::{MrzMsg, Msg, colon, kind_plural};
use crate::search::Hit;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Width from which the preview sits beside the results.
const SIDE_BY_SIDE: u16 = 100;

/// Draws the search box and what is under it.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) -> Drawn {
    let [input, rest] = Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(area);
    let cursor = search_box(buf, input, cx);
    let measure = if cx.app.search.query.is_empty() {
        home(buf, rest, cx)
    } else {
        results(buf, rest, cx)
    };
    Drawn { measure, cursor }
}

fn search_box(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) -> Option<Position> {
    let (t, s) = (&cx.theme, &cx.app.search);
    let kind = s.kind.map_or_else(
        || Msg::AllKinds.text(cx.lang).to_string(),
        |k| kind_plural(k, cx.lang).to_lowercase(),
    );
    let border = if s.focused { t.title } else { t.border };
    let block = Block::bordered()
        .border_style(border)
        .title(Span::styled(
            format!(" {} ", Msg::Search.text(cx.lang)),
            t.title,
        ))
        .title(Line::from(Span::styled(format!(" {kind} "), t.kind)).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let room = usize::from(inner.width.saturating_sub(3));
    let (shown, column) = if s.query.is_empty() {
        (None, 0)
    } else {
        let (shown, column) = window(&s.query, s.cursor_index(), room);
        (Some(shown), column)
    };
    let line = match shown {
        None => {
            let hint = fit(Msg::SearchPlaceholder.text(cx.lang), room);
            Line::from(vec![Span::styled("› ", t.key), Span::styled(hint, t.dim)])
        }
        Some(shown) => Line::from(vec![
            Span::styled("› ", t.key),
            Span::styled(shown, t.title),
        ]),
    };
    line.render(inner, buf);
    let focused = s.focused && cx.app.help.is_none() && inner.width > 2 && inner.height > 0;
    let x = inner.x
        + 2
        + u16::try_from(column)
            .unwrap_or(u16::MAX)
            .min(inner.width - 3);
    focused.then(|| Position::new(x, inner.y))
}

/// The part of `query` that fits in `room` columns with the cursor (at
/// character `cursor`) in view, the end of the query kept in view when it
/// can be; and the cursor's column in that part.
fn window(query: &str, cursor: usize, room: usize) -> (String, usize) {
    let chars: Vec<char> = query.chars().collect();
    let cursor = cursor.min(chars.len());
    // Columns before each character, and after the last.
    let mut at = Vec::with_capacity(chars.len() + 1);
    at.push(0usize);
    for c in &chars {
        at.push(at[at.len() - 1] + c.width().unwrap_or(0));
    }
    let width = |a: usize, b: usize| at[b] - at[a];
    let mut start = 0;
    while start < cursor && width(start, chars.len()) > room {
        start += 1;
    }
    let mut end = chars.len();
    while end > cursor && width(start, end) > room {
        end -= 1;
    }
    (chars[start..end].iter().collect(), width(start, cursor))
}

fn home(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) -> Measure {
    let wide = area.width >= 70;
    let [left, right] = if wide {
        Layout::horizontal([Constraint::Length(30), Constraint::Fill(1)])
            .spacing(2)
            .areas(area)
    } else {
        Layout::vertical([
            Constraint::Length(SECTIONS.len() as u16 + 1),
            Constraint::Fill(1),
        ])
        .areas(area)
    };
    let t = &cx.theme;
    let k = &cx.app.knowledge;
    let entries: Vec<Entry> = SECTIONS
        .iter()
        .map(|s| {
            let (name, n) = match s {
                Section::Kind(kind) => (kind_plural(*kind, cx.lang), k.of_kind(*kind).count()),
                Section::Contacts => (
                    Msg::ContactsTitle.text(cx.lang),
                    k.of_kind(crate::knowledge::Kind::Contact).count(),
                ),
                Section::Bookmarks => (Msg::Bookmarks.text(cx.lang), cx.app.bookmarks.len()),
                Section::Recent => (Msg::Recent.text(cx.lang), cx.app.recent.len()),
                Section::Mrz => (MrzMsg::MrzTitle.text(cx.lang), 0),
            };
            // A tool has no count: its key, when it has one, instead.
            let right = match s {
                Section::Mrz => cx.key(Action::OpenMrz).unwrap_or_default(),
                _ => n.to_string(),
            };
            let pad = 22usize.saturating_sub(name.width());
            Entry::item(Line::from(vec![
                Span::styled(format!("{name}{}", " ".repeat(pad)), t.base),
                Span::styled(format!("{right:>4}"), t.dim),
            ]))
        })
        .collect();
    let top = Rect {
        y: left.y + 1,
        height: left.height.saturating_sub(1),
        ..left
    };
    let measure = lists::draw(buf, top, cx, &entries, cx.app.search.section);
    about(
        buf,
        Rect {
            y: right.y + u16::from(wide),
            height: right.height.saturating_sub(u16::from(wide)),
            ..right
        },
        cx,
    );
    measure
}

fn about(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) {
    let t = &cx.theme;
    let mut lines = vec![
        Line::from(Span::styled(Msg::Tagline.text(cx.lang), t.base)),
        Line::default(),
        Line::from(Span::styled(Msg::Packs.text(cx.lang), t.heading)),
    ];
    for p in &cx.app.knowledge.packs {
        lines.push(Line::from(vec![
            Span::styled(format!("• {} ", p.title.text(cx.lang)), t.base),
            Span::styled(
                format!(
                    "{} · {} {}",
                    p.version,
                    Msg::Reviewed.text(cx.lang).to_lowercase(),
                    p.reviewed
                ),
                t.dim,
            ),
        ]));
    }
    if cx.app.warnings > 0 {
        let n = cx.app.warnings;
        lines.push(Line::from(Span::styled(
            format!("{n} {}", Msg::LoadWarnings.text(cx.lang)),
            t.dim,
        )));
    }
    if !cx.app.notes.is_empty() {
        lines.push(Line::default());
        let n = cx.app.notes.len();
        lines.push(Line::from(Span::styled(
            format!(" ! {n} {} ", Msg::Problems.text(cx.lang)),
            t.warning,
        )));
        for note in cx.app.notes.iter().take(3) {
            lines.push(Line::from(Span::styled(note.clone(), t.dim)));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn results(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) -> Measure {
    let (t, s) = (&cx.theme, &cx.app.search);
    let [summary, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let Some(results) = &s.results else {
        return Measure::default();
    };
    let mut text = match results.total {
        1 => format!(" {}", Msg::OneResult.text(cx.lang)),
        n => format!(" {n} {}", Msg::ResultsWord.text(cx.lang)),
    };
    if results.hits.len() < results.total {
        text = format!(" {}/{}", results.hits.len(), text.trim_start());
    }
    if cx.app.settings.show_timings {
        text.push_str(&format!(" · {:.1} ms", results.took.as_secs_f64() * 1000.0));
    }
    Line::from(Span::styled(text, t.dim)).render(summary, buf);
    if results.hits.is_empty() {
        let msg = Paragraph::new(Msg::NoResults.text(cx.lang))
            .style(t.base)
            .wrap(Wrap { trim: true });
        msg.render(
            Rect {
                x: body.x + 1,
                width: body.width.saturating_sub(2),
                ..body
            },
            buf,
        );
        return Measure::default();
    }
    let [list, preview] = if body.width >= SIDE_BY_SIDE {
        Layout::horizontal([Constraint::Percentage(45), Constraint::Fill(1)])
            .spacing(1)
            .areas(body)
    } else {
        let list_h = (results.hits.len() as u16 + 1).min(body.height / 2).max(3);
        Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(body)
    };
    let entries: Vec<Entry> = results
        .hits
        .iter()
        .map(|h| Entry::item(hit_line(cx, h)))
        .collect();
    let measure = lists::draw(buf, list, cx, &entries, s.selected);
    if let Some(hit) = results.hits.get(s.selected) {
        preview_box(buf, preview, cx, hit);
    }
    measure
}

fn hit_line(cx: &Cx<'_>, hit: &Hit) -> Line<'static> {
    match cx.app.knowledge.get(&hit.id) {
        Some(item) => item_line(cx, item, true),
        None => Line::from(format!("  [{}] {}", hit.kind.name(), hit.title)),
    }
}

fn preview_box(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, hit: &Hit) {
    let Some(item) = cx.app.knowledge.get(&hit.id) else {
        return;
    };
    let t = &cx.theme;
    let block = Block::bordered()
        .border_style(t.border)
        .title(Span::styled(format!(" {} ", item.title(cx.lang)), t.title));
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines = Vec::new();
    if let Some(c) = item.citation(cx.lang) {
        lines.push(Line::from(Span::styled(c, t.heading)));
    }
    lines.push(Line::from(badges(cx, item)));
    // The app fills in the selected hit's snippet; show it when it
    // highlights something the body's first lines may not reach.
    let snippet = &hit.snippet;
    if !snippet.highlights.is_empty() {
        lines.push(Line::default());
        let label = format!(
            "{} ({}){}",
            Msg::Match.text(cx.lang),
            hit.lang.code().to_uppercase(),
            colon(cx.lang)
        );
        let mut spans = vec![Span::styled(label, t.dim)];
        spans.extend(highlighted(
            &snippet.text,
            &snippet.highlights,
            t.base,
            t.matched,
        ));
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    let hl = cx
        .app
        .search
        .results
        .as_ref()
        .and_then(|r| r.highlighter.as_ref());
    lines.extend(body_lines(cx, item, hl));
    let width = inner.width.saturating_sub(1).max(1);
    let wrapped: Vec<Line<'_>> = wrap(&lines, width)
        .into_iter()
        .take(usize::from(inner.height))
        .collect();
    Paragraph::new(wrapped).render(
        Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(1),
            ..inner
        },
        buf,
    );
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn a_short_query_shows_whole_with_the_cursor_where_it_is() {
        assert_eq!(window("harbouring", 10, 20), ("harbouring".into(), 10));
        assert_eq!(window("harbouring", 3, 20), ("harbouring".into(), 3));
    }

    #[test]
    fn a_long_query_keeps_its_end_then_the_cursor_in_view() {
        // At the end: the last 5 columns.
        assert_eq!(window("abcdefghij", 10, 5), ("fghij".into(), 5));
        // In the middle: scrolled just enough to show the cursor.
        assert_eq!(window("abcdefghij", 2, 5), ("cdefg".into(), 0));
        // Wide characters count two columns.
        assert_eq!(window("人身贩卖", 4, 5), ("贩卖".into(), 4));
        assert_eq!(window("人身贩卖", 1, 5), ("身贩".into(), 0));
    }
}
