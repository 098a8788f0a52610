//! The contacts directory as a table (organisation, services, regions,
//! phone, verified), its filters, and the selected contact's details with
//! a warning when its number is old or was never verified.

use super::item_body::freshness_span;
use super::text::fit;
use super::{Cx, Drawn, Measure};
use crate::app::contacts::{contact, freshness, rows};
use crate::app::{Action, ContactsView};
use crate::i18n::{Msg, colon, service_label, services_text};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

/// Draws the contacts screen.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, view: &ContactsView) -> Drawn {
    let t = &cx.theme;
    let items = rows(cx.app, view);
    let [head, table_area, detail] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(5),
    ])
    .areas(area);
    filters(buf, head, cx, view, items.len());
    if items.is_empty() {
        Paragraph::new(Msg::NoContacts.text(cx.lang))
            .style(t.dim)
            .render(table_area, buf);
        return Drawn::default();
    }
    let narrow = area.width < 100;
    let widths = if narrow {
        [
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(10),
            Constraint::Length(13),
            Constraint::Length(12),
        ]
    } else {
        [
            Constraint::Fill(4),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(20),
            Constraint::Length(14),
        ]
    };
    let today = cx.app.settings.today;
    let table_rows: Vec<Row<'_>> = items
        .iter()
        .filter_map(|i| contact(i).map(|c| (i, c)))
        .map(|(item, c)| {
            let phone = c
                .phones
                .first()
                .map_or_else(|| "—".to_string(), |p| p.number.clone());
            let fresh = freshness(c, today);
            let mut name = vec![Span::raw(item.title(cx.lang).to_string())];
            if !cx.app.knowledge.is_trusted(item) {
                let marker = format!("{} · ", Msg::Unsigned.text(cx.lang));
                name.insert(0, Span::styled(marker, t.warning));
            }
            Row::new(vec![
                Cell::from(Line::from(name)),
                Cell::from(services_text(&c.services, cx.lang)),
                Cell::from(c.regions.join(", ")),
                Cell::from(phone),
                Cell::from(Line::from(freshness_span(cx, fresh, false))),
            ])
            .style(t.base)
        })
        .collect();
    let header = Row::new(vec![
        Msg::Organisation.text(cx.lang),
        Msg::ServicesShort.text(cx.lang),
        Msg::Regions.text(cx.lang),
        Msg::Phone.text(cx.lang),
        Msg::Verified.text(cx.lang),
    ])
    .style(t.heading);
    let table = Table::new(table_rows, widths)
        .header(header)
        .column_spacing(1)
        .row_highlight_style(t.selected)
        .highlight_symbol("▸");
    let selected = view.selected.min(items.len() - 1);
    let mut state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, table_area, buf, &mut state);
    if let Some(item) = items.get(selected) {
        let detail = Rect {
            x: detail.x + 1,
            width: detail.width.saturating_sub(2),
            ..detail
        };
        details(buf, detail, cx, item);
    }
    Drawn {
        measure: Measure {
            scroll_max: 0,
            page: table_area.height.saturating_sub(1),
        },
        cursor: None,
    }
}

fn filters(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, view: &ContactsView, shown: usize) {
    let t = &cx.theme;
    let key = |a: Action| cx.key(a).map(|k| format!(" ({k})")).unwrap_or_default();
    let all = Msg::All.text(cx.lang);
    let region = view.region.as_deref().unwrap_or(all);
    let service = view
        .service
        .as_deref()
        .map_or(all, |s| service_label(s, cx.lang));
    let line = Line::from(vec![
        Span::styled(
            format!(" {}{}", Msg::Region.text(cx.lang), colon(cx.lang)),
            t.base,
        ),
        Span::styled(region.to_string(), t.title),
        Span::styled(key(Action::CycleRegion), t.key),
        Span::styled(
            format!("   {}{}", Msg::Service.text(cx.lang), colon(cx.lang)),
            t.base,
        ),
        Span::styled(service.to_string(), t.title),
        Span::styled(key(Action::CycleService), t.key),
        Span::styled(format!("   · {shown}"), t.dim),
    ]);
    let text = line.to_string();
    if text.chars().count() > usize::from(area.width) {
        Line::from(fit(&text, usize::from(area.width))).render(area, buf);
    } else {
        line.render(area, buf);
    }
}

fn details(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, item: &crate::knowledge::Item) {
    let Some(c) = contact(item) else { return };
    let t = &cx.theme;
    let lang = cx.lang;
    let mut lines = vec![Line::from(Span::styled(c.organisation.clone(), t.title))];
    if c.phones.is_empty() {
        lines.push(Line::from(Span::styled(
            format!(
                "{}{}{}",
                Msg::Phone.text(lang),
                colon(lang),
                Msg::NoNumber.text(lang)
            ),
            t.dim,
        )));
    } else {
        let phones: Vec<String> = c
            .phones
            .iter()
            .map(|p| {
                let label = p.label.text(lang);
                if label.is_empty() {
                    p.number.clone()
                } else {
                    format!("{} ({label})", p.number)
                }
            })
            .collect();
        let mut spans = vec![
            Span::styled(format!("{}{}", Msg::Phone.text(lang), colon(lang)), t.base),
            Span::styled(phones.join(" · "), t.title),
        ];
        if !cx.app.knowledge.is_trusted(item) {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!(" {} ", Msg::LocalUnsigned.text(lang)),
                t.warning,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(freshness_span(
        cx,
        freshness(c, cx.app.settings.today),
        true,
    )));
    let block = ratatui::widgets::Block::new()
        .borders(ratatui::widgets::Borders::TOP)
        .border_style(t.border);
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
