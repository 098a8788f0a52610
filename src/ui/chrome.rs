//! The frame around every screen: the top bar with the screen's name and
//! the language, the status line, and the message for a too small window.

use super::Cx;
use super::text::fit;
use crate::app::{Level, Screen};
use crate::i18n::{MrzMsg, Msg, kind_plural};
use crate::knowledge::Lang;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Top bar, body, status line (when there is a message) and hint bar.
pub fn frame_areas(area: Rect, has_status: bool) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(u16::from(has_status)),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The name of the screen shown, for the top bar.
pub fn screen_title(cx: &Cx<'_>) -> String {
    let lang = cx.lang;
    match cx.app.screen() {
        Screen::Search if cx.app.search.query.is_empty() => Msg::Home.text(lang).to_string(),
        Screen::Search => Msg::SearchTitle.text(lang).to_string(),
        Screen::Item(v) => cx
            .app
            .knowledge
            .get(&v.id)
            .map_or_else(|| v.id.clone(), |i| kind_plural(i.kind, lang).to_string()),
        Screen::Browse(v) => kind_plural(v.kind, lang).to_string(),
        Screen::Contacts(_) => Msg::ContactsTitle.text(lang).to_string(),
        Screen::Bookmarks(_) => Msg::BookmarksTitle.text(lang).to_string(),
        Screen::Stepper(_) => Msg::Steps.text(lang).to_string(),
        Screen::Flow(r) => {
            let k = &cx.app.knowledge;
            k.get(r.flow_id())
                .map_or_else(|| r.flow_id().to_string(), |i| i.title(lang).to_string())
        }
        Screen::Present(_) => Msg::Presentation.text(lang).to_string(),
        Screen::Mrz(_) => MrzMsg::MrzTitle.text(lang).to_string(),
    }
}

/// ` fieldref › Laws ............ [EN] FR `.
pub fn title_bar(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) {
    let t = &cx.theme;
    buf.set_style(area, t.bar);
    let langs: Vec<Span<'_>> = [Lang::En, Lang::Fr]
        .into_iter()
        .map(|l| {
            let code = l.code().to_uppercase();
            if l == cx.lang {
                Span::styled(
                    format!("[{code}]"),
                    t.bar.add_modifier(ratatui::style::Modifier::BOLD),
                )
            } else {
                Span::styled(format!(" {code} "), t.bar)
            }
        })
        .collect();
    let right_w = 9u16.min(area.width);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_w)]).areas(area);
    let name = format!(" fieldref › {}", screen_title(cx));
    let name = fit(&name, usize::from(left.width));
    Line::from(Span::styled(
        name,
        t.bar.add_modifier(ratatui::style::Modifier::BOLD),
    ))
    .render(left, buf);
    Line::from(langs).render(right, buf);
}

/// The status message, when there is one.
pub fn status(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) {
    let Some(s) = &cx.app.status else { return };
    status_text(buf, area, cx, s);
}

/// Draws one status message in `area`.
pub fn status_text(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, s: &crate::app::Status) {
    if area.height == 0 {
        return;
    }
    let t = &cx.theme;
    let (prefix, style) = match s.level {
        Level::Info => ("", t.title),
        Level::Warning => ("! ", t.warning),
        Level::Error => ("! ", t.error),
    };
    let text = fit(&format!(" {prefix}{} ", s.text), usize::from(area.width));
    Line::from(Span::styled(text, style)).render(area, buf);
}

/// A window too small for any screen: say so, in as much room as there is.
pub fn too_small(buf: &mut Buffer, area: Rect, cx: &Cx<'_>) {
    let text = format!(
        "{} · {}x{}",
        Msg::Enlarge.text(cx.lang),
        area.width,
        area.height
    );
    let top = area.height.saturating_sub(2) / 2;
    let inner = Rect {
        y: area.y + top.min(area.height.saturating_sub(1)),
        height: area.height - top.min(area.height.saturating_sub(1)),
        ..area
    };
    Paragraph::new(text)
        .style(cx.theme.title)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}
