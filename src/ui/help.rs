//! The help overlay: the keys of the screen under it, generated from the
//! active keymap (screen table, search box, then global), or the built-in
//! guide to fieldref.

use super::text::wrap;
use super::{Cx, Drawn, Measure};
use crate::app::{Action, Help, HelpPage};
use crate::i18n::{Msg, colon, guide};
use crate::keymap::key::sequence_label;
use crate::keymap::{Context, screen_stack};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// Width of the key column.
const KEYS_W: usize = 18;

/// Draws the overlay over `area`.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, help: &Help) -> Drawn {
    let t = &cx.theme;
    let w = area.width.saturating_sub(4).min(90);
    let h = area.height.saturating_sub(2);
    let popup = area.centered(Constraint::Length(w), Constraint::Length(h));
    Clear.render(popup, buf);
    buf.set_style(popup, t.base);
    let (title, other) = match help.page {
        HelpPage::Keys => (Msg::HelpKeys, Msg::HelpGuide),
        HelpPage::Guide => (Msg::HelpGuide, Msg::HelpKeys),
    };
    let switch = cx
        .keymap
        .keys_for(&cx.stack, Action::SwitchHelpPage)
        .first()
        .map(|k| {
            format!(
                " {}{}{} ",
                sequence_label(k),
                colon(cx.lang),
                other.text(cx.lang)
            )
        })
        .unwrap_or_default();
    let block = Block::bordered()
        .border_style(t.title)
        .title(Span::styled(format!(" {} ", title.text(cx.lang)), t.title))
        .title(Line::from(Span::styled(switch, t.key)).right_aligned());
    let inner = block.inner(popup);
    block.render(popup, buf);
    let text = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let lines = match help.page {
        HelpPage::Keys => key_lines(cx, text.width),
        HelpPage::Guide => wrap(&guide_lines(cx), text.width.max(1)),
    };
    let page = text.height;
    let max = (lines.len() as u16).saturating_sub(page);
    let scroll = help.scroll.min(max);
    let shown: Vec<Line<'_>> = lines
        .into_iter()
        .skip(usize::from(scroll))
        .take(usize::from(page))
        .collect();
    Paragraph::new(shown).render(text, buf);
    Drawn {
        measure: Measure {
            scroll_max: max,
            page,
        },
        cursor: None,
    }
}

/// The keys that work on the screen under the overlay, grouped by table.
fn key_lines(cx: &Cx<'_>, width: u16) -> Vec<Line<'static>> {
    let t = &cx.theme;
    let mut under = screen_stack(cx.app);
    let mut lines = Vec::new();
    let sources = cx.keymap.sources.join(" + ");
    lines.push(Line::from(Span::styled(
        format!("{}{}{sources}", Msg::Keymap.text(cx.lang), colon(cx.lang)),
        t.dim,
    )));
    let effective = cx.keymap.effective(&under);
    under.contexts.retain(|c| *c != Context::Help);
    for ctx in &under.contexts {
        let mut rows: Vec<(Action, Vec<String>)> = Vec::new();
        for (c, keys, action) in &effective {
            if c != ctx {
                continue;
            }
            match rows.iter_mut().find(|(a, _)| a == action) {
                Some((_, k)) => k.push(sequence_label(keys)),
                None => rows.push((*action, vec![sequence_label(keys)])),
            }
        }
        if rows.is_empty() {
            continue;
        }
        rows.sort_by_key(|(a, _)| Action::BINDABLE.iter().position(|b| b == a));
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            ctx.title(cx.lang).to_string(),
            t.heading,
        )));
        for (action, keys) in rows {
            lines.extend(key_row(
                cx,
                &keys.join(", "),
                action.help(cx.lang),
                t.base,
                width,
            ));
        }
        if *ctx == Context::Input {
            let other = Msg::OtherCharacters.text(cx.lang);
            lines.extend(key_row(
                cx,
                other,
                Action::Insert('a').help(cx.lang),
                t.dim,
                width,
            ));
        }
    }
    lines
}

/// `  keys            help text`, the help wrapped under itself; keys too
/// long for their column get a line of their own.
fn key_row(cx: &Cx<'_>, keys: &str, help: &str, style: Style, width: u16) -> Vec<Line<'static>> {
    let col = KEYS_W + 2;
    let narrow = usize::from(width) < col + 12;
    let help_w = if narrow {
        width.saturating_sub(4)
    } else {
        width - col as u16
    };
    let wrapped = wrap(&[Line::from(help.to_string())], help_w.max(1));
    let mut out = Vec::new();
    let keys_cell = format!("  {keys}");
    let fits = keys_cell.chars().count() < col && !narrow;
    if !fits {
        out.push(Line::from(Span::styled(keys_cell.clone(), cx.theme.key)));
    }
    for (i, l) in wrapped.into_iter().enumerate() {
        let lead = if i == 0 && fits {
            Span::styled(format!("{keys_cell:<col$}"), cx.theme.key)
        } else if narrow {
            Span::raw("    ")
        } else {
            Span::raw(" ".repeat(col))
        };
        out.push(Line::from(vec![lead, Span::styled(l.to_string(), style)]));
    }
    out
}

fn guide_lines(cx: &Cx<'_>) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for para in guide(cx.lang).lines() {
        lines.push(Line::from(Span::styled(para.to_string(), cx.theme.base)));
        lines.push(Line::default());
    }
    lines
}
