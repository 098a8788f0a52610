//! The guidance screens inside the app's frame: the stepper and the flow
//! runner in the body, presentation mode over the whole window (no chrome,
//! only a status or prompt line at the bottom when there is one), and the
//! export prompt on the status line.

use super::flow::FlowView;
use super::present::PresentView;
use super::stepper::StepperView;
use super::{Cx, Drawn, help};
use crate::app::Prompt;
use crate::app::flow_run::FlowRun;
use crate::app::slides::Presentation;
use crate::app::stepper::Stepper;
use crate::i18n::Msg;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// The stepper in the body area.
pub fn stepper(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, s: &Stepper) -> Drawn {
    let view = StepperView {
        knowledge: &cx.app.knowledge,
        stepper: s,
        lang: cx.lang,
    };
    view.render(area, buf);
    Drawn::default()
}

/// The flow runner in the body area.
pub fn flow(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, run: &FlowRun) -> Drawn {
    let view = FlowView {
        knowledge: &cx.app.knowledge,
        run,
        lang: cx.lang,
        today: cx.app.settings.today,
    };
    view.render(area, buf);
    Drawn::default()
}

/// Slides over the whole window; the status or prompt takes the bottom
/// line while there is one, and the help overlay still opens on top.
pub fn present(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, p: &Presentation) -> Drawn {
    PresentView { presentation: p }.render(area, buf);
    let bottom = Rect::new(area.x, area.bottom().saturating_sub(1), area.width, 1);
    let mut drawn = Drawn::default();
    if let Some(prompt) = &cx.app.prompt {
        drawn.cursor = prompt_line(buf, bottom, cx, prompt);
    } else if let Some(s) = &cx.app.status {
        buf.set_style(bottom, cx.theme.base);
        super::chrome::status_text(buf, bottom, cx, s);
    }
    if let Some(h) = &cx.app.help {
        drawn = help::draw(buf, area, cx, h);
    }
    drawn
}

/// The export prompt on the status line; returns where the cursor goes.
pub fn prompt(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, p: &Prompt) -> Option<Position> {
    if area.height == 0 {
        return None;
    }
    prompt_line(buf, area, cx, p)
}

fn prompt_line(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, p: &Prompt) -> Option<Position> {
    let t = &cx.theme;
    buf.set_style(area, t.base);
    let label = format!(" {}: ", Msg::ExportTo.text(cx.lang));
    let w = usize::from(area.width);
    let room = w.saturating_sub(label.width() + 1);
    // Keep the end of a long name in view: that is where typing happens.
    let mut shown: String = p.input.clone();
    while shown.width() > room && !shown.is_empty() {
        shown.remove(0);
    }
    let used = label.width() + shown.width();
    let line = Line::from(vec![
        Span::styled(label, t.title),
        Span::styled(shown, t.key),
    ]);
    line.render(area, buf);
    let x = area.x
        + u16::try_from(used)
            .unwrap_or(area.width)
            .min(area.width.saturating_sub(1));
    Some(Position::new(x, area.y))
}
