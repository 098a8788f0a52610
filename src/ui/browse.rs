//! Lists of items: one kind grouped by instrument or pack, and bookmarks
//! beside recent items.

use super::lists::{self, Entry};
use super::{Cx, Drawn};
use crate::app::lists::{Row, bookmark_rows, browse_rows};
use crate::app::{BrowseView, ListView};
use crate::i18n::{Msg, colon, kind_badge, kind_plural};
use crate::knowledge::Item;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draws every item of one kind.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, view: &BrowseView) -> Drawn {
    let rows = browse_rows(&cx.app.knowledge, view.kind, cx.lang);
    let count = rows.iter().filter(|r| r.selectable()).count();
    let title = format!(
        "{} · {count} {}",
        kind_plural(view.kind, cx.lang),
        Msg::Items.text(cx.lang)
    );
    let entries: Vec<Entry> = rows.iter().map(|r| entry(cx, r, false)).collect();
    titled_list(buf, area, cx, &title, &entries, view.selected)
}

/// Draws bookmarks, then recent items.
pub fn draw_bookmarks(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, view: &ListView) -> Drawn {
    let rows = bookmark_rows(cx.app);
    let entries: Vec<Entry> = rows.iter().map(|r| entry(cx, r, true)).collect();
    let note = Msg::BookmarksNote.text(cx.lang);
    titled_list(buf, area, cx, note, &entries, view.selected)
}

fn titled_list(
    buf: &mut Buffer,
    area: Rect,
    cx: &Cx<'_>,
    title: &str,
    entries: &[Entry],
    selected: usize,
) -> Drawn {
    let [head, _, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Line::from(Span::styled(format!(" {title}"), cx.theme.title)).render(head, buf);
    Drawn {
        measure: lists::draw(buf, body, cx, entries, selected),
        cursor: None,
    }
}

fn entry(cx: &Cx<'_>, row: &Row<'_>, with_kind: bool) -> Entry {
    let t = &cx.theme;
    match row {
        Row::Heading(h) => Entry::fixed(Line::from(Span::styled(h.clone(), t.heading))),
        Row::Note(n) => Entry::fixed(Line::from(Span::styled(format!("  {n}"), t.dim))),
        Row::Missing(id) => Entry::item(Line::from(Span::styled(
            format!("  ! {id}{}{}", colon(cx.lang), Msg::NotLoaded.text(cx.lang)),
            t.warning,
        ))),
        Row::Item(item) => Entry::item(item_line(cx, item, with_kind)),
    }
}

/// `  [law] Art. 3(a) · Definition of trafficking in persons  ! unverified`.
pub fn item_line(cx: &Cx<'_>, item: &Item, with_kind: bool) -> Line<'static> {
    let t = &cx.theme;
    let mut spans = vec![Span::raw("  ")];
    if with_kind {
        spans.push(Span::styled(
            format!("[{}] ", kind_badge(item.kind, cx.lang)),
            t.kind,
        ));
    }
    if let Some(law) = item.law() {
        let full = law.citation.display(cx.lang);
        let short = law.citation.instrument_short.text(cx.lang);
        let reference = if with_kind {
            full.as_str()
        } else {
            full.strip_prefix(short)
                .map(|r| r.trim_start_matches([',', ' ']))
                .filter(|r| !r.is_empty())
                .unwrap_or(full.as_str())
        };
        spans.push(Span::styled(format!("{reference} · "), t.heading));
    }
    spans.push(Span::styled(item.title(cx.lang).to_string(), t.base));
    if let Some((used, _)) = item.text.pick(cx.lang)
        && used != cx.lang
    {
        spans.push(Span::styled(
            format!(" [{}]", used.code().to_uppercase()),
            t.dim,
        ));
    }
    if !item.verified {
        spans.push(Span::styled(
            format!("  ! {}", Msg::UnverifiedShort.text(cx.lang)),
            t.dim,
        ));
    }
    Line::from(spans)
}
