//! One item in full: title, citation and badges; the scrolling text with
//! the search's words highlighted; related items to open; source, review
//! date and id.

use super::item_body::{badges, body_lines};
use super::text::{fit, wrap};
use super::{Cx, Drawn, Measure};
use crate::app::ItemView;
use crate::i18n::{Msg, colon, kind_badge};
use crate::knowledge::Item;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// Draws the item screen.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, view: &ItemView) -> Drawn {
    let Some(item) = cx.app.knowledge.get(&view.id) else {
        let text = format!(
            "{}{}{}",
            Msg::NotLoaded.text(cx.lang),
            colon(cx.lang),
            view.id
        );
        Paragraph::new(text)
            .style(cx.theme.warning)
            .render(area, buf);
        return Drawn::default();
    };
    let t = &cx.theme;
    let inner_w = area.width.saturating_sub(2);
    let head_lines = wrap(&header_lines(cx, item), inner_w.max(1));
    let text_w = area.width.saturating_sub(4).max(1);
    let text_lines = wrap(&body_lines(cx, item, view.highlighter.as_ref()), text_w);
    let related = cx.app.related_ids();
    let head_h = (head_lines.len() as u16).min(area.height / 3).max(1);
    let related_h = if related.is_empty() {
        0
    } else {
        let room = area.height.saturating_sub(head_h + 2 + 5) / 3;
        1 + (related.len() as u16).min(room.clamp(1, 6))
    };
    let room = area.height.saturating_sub(head_h + related_h + 2);
    let text_h = (text_lines.len() as u16 + 2).min(room);
    let [head, text, rel, foot, _] = Layout::vertical([
        Constraint::Length(head_h),
        Constraint::Length(text_h),
        Constraint::Length(related_h),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    let pad = |r: Rect| Rect {
        x: r.x + 1,
        width: r.width.saturating_sub(2),
        ..r
    };
    let (head, rel, foot) = (pad(head), pad(rel), pad(foot));
    Paragraph::new(head_lines).render(head, buf);
    let measure = text_box(buf, text, cx, text_lines, view.scroll);
    related_list(buf, rel, cx, &related, view.related);
    let source = format!(
        "{}{}{}",
        Msg::Source.text(cx.lang),
        colon(cx.lang),
        item.source
    );
    let meta = format!(
        "{} {} · {} · {}",
        Msg::Reviewed.text(cx.lang),
        item.reviewed,
        item.id,
        item.pack
    );
    let foot_lines = vec![
        Line::from(Span::styled(fit(&source, usize::from(foot.width)), t.dim)),
        Line::from(Span::styled(fit(&meta, usize::from(foot.width)), t.dim)),
    ];
    Paragraph::new(foot_lines).render(foot, buf);
    Drawn {
        measure,
        cursor: None,
    }
}

fn header_lines(cx: &Cx<'_>, item: &Item) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut title = vec![Span::styled(item.title(cx.lang).to_string(), t.title)];
    if cx.app.is_bookmarked(&item.id) {
        title.push(Span::styled(
            format!("  {}", Msg::BookmarkBadge.text(cx.lang)),
            t.key,
        ));
    }
    let mut lines = vec![Line::from(title)];
    if let Some(c) = item.citation(cx.lang) {
        lines.push(Line::from(Span::styled(c, t.heading)));
    }
    lines.push(Line::from(badges(cx, item)));
    lines
}

fn text_box(
    buf: &mut Buffer,
    area: Rect,
    cx: &Cx<'_>,
    lines: Vec<Line<'static>>,
    scroll: u16,
) -> Measure {
    let t = &cx.theme;
    let block = Block::bordered().border_style(t.border);
    let inner = block.inner(area);
    let width = inner.width.saturating_sub(2).max(1);
    let total = lines.len() as u16;
    let page = inner.height;
    let max = total.saturating_sub(page);
    let scroll = scroll.min(max);
    let last = (scroll + page).min(total);
    let position = if total > page {
        format!(" {}-{}/{} ", scroll + 1, last, total)
    } else {
        String::new()
    };
    block
        .title_bottom(Line::from(Span::styled(position, t.dim)).right_aligned())
        .render(area, buf);
    let shown: Vec<Line<'_>> = lines
        .into_iter()
        .skip(usize::from(scroll))
        .take(usize::from(page))
        .collect();
    let x = inner.x + u16::from(inner.width > 2);
    Paragraph::new(shown).render(Rect { x, width, ..inner }, buf);
    Measure {
        scroll_max: max,
        page,
    }
}

fn related_list(
    buf: &mut Buffer,
    area: Rect,
    cx: &Cx<'_>,
    ids: &[String],
    selected: Option<usize>,
) {
    if area.height == 0 || ids.is_empty() {
        return;
    }
    let t = &cx.theme;
    let keys = |a| {
        cx.keymap
            .keys_for(&cx.stack, a)
            .first()
            .map(|k| crate::keymap::key::sequence_label(k))
    };
    let how = match (
        keys(crate::app::Action::SelectNextRelated),
        keys(crate::app::Action::OpenSelected),
    ) {
        (Some(sel), Some(open)) => format!(
            " ({} {sel}, {} {open})",
            Msg::RelatedKeys.text(cx.lang),
            crate::app::Action::OpenSelected.label(cx.lang)
        ),
        _ => String::new(),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(Msg::Related.text(cx.lang).to_string(), t.heading),
        Span::styled(how, t.dim),
    ])];
    let rows = usize::from(area.height - 1);
    let first = selected.map_or(0, |s| s.saturating_sub(rows.saturating_sub(1)));
    for (i, id) in ids.iter().enumerate().skip(first).take(rows) {
        let Some(r) = cx.app.knowledge.get(id) else {
            continue;
        };
        let cite = r
            .citation(cx.lang)
            .map(|c| format!("{c} · "))
            .unwrap_or_default();
        let text = format!(
            " {} [{}] {cite}{}",
            if selected == Some(i) { "▸" } else { " " },
            kind_badge(r.kind, cx.lang),
            r.title(cx.lang)
        );
        let style = if selected == Some(i) {
            t.selected
        } else {
            t.base
        };
        let text = fit(&text, usize::from(area.width));
        let pad = usize::from(area.width)
            .saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
        lines.push(Line::from(Span::styled(
            format!("{text}{}", " ".repeat(pad)),
            style,
        )));
    }
    Paragraph::new(lines).render(area, buf);
}
