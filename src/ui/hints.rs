//! The one-line bar of keys that work here, generated from the keymap: the
//! actions that matter on each screen, in order of importance, each with
//! its first key in the active keymap. An unbound action is left out.

use super::Cx;
use super::text::fit;
use crate::app::{Action, Screen};
use crate::i18n::Msg;
use crate::keymap::key::sequence_label;
use crate::keymap::{Context, Key};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The actions shown per screen, most important first. `SelectNext`
/// stands for the pair of movement keys.
const HINTS: &[(Context, &[Action])] = &[
    (
        Context::Home,
        &[
            Action::SelectNext,
            Action::OpenSelected,
            Action::SwitchLanguage,
        ],
    ),
    (
        Context::Results,
        &[
            Action::SelectNext,
            Action::OpenSelected,
            Action::CycleKind,
            Action::ClearSearch,
        ],
    ),
    (
        Context::Item,
        &[
            Action::SelectNext,
            Action::SelectNextRelated,
            Action::OpenSelected,
            Action::ToggleBookmark,
            Action::GoBack,
        ],
    ),
    (
        Context::Browse,
        &[Action::SelectNext, Action::OpenSelected, Action::GoBack],
    ),
    (
        Context::Contacts,
        &[
            Action::SelectNext,
            Action::CycleRegion,
            Action::CycleService,
            Action::OpenSelected,
            Action::GoBack,
        ],
    ),
    (
        Context::Bookmarks,
        &[
            Action::SelectNext,
            Action::OpenSelected,
            Action::ToggleBookmark,
            Action::GoBack,
        ],
    ),
    (
        Context::Stepper,
        &[
            Action::NextStep,
            Action::ToggleStepDone,
            Action::SelectNextRelated,
            Action::OpenSelected,
            Action::ExportItem,
            Action::GoBack,
        ],
    ),
    (
        Context::Flow,
        &[
            Action::SelectNext,
            Action::OpenSelected,
            Action::ContinueFlow,
            Action::UndoAnswer,
            Action::RestartFlow,
            Action::ExportItem,
            Action::GoBack,
        ],
    ),
    (
        Context::Mrz,
        &[
            Action::OpenSelected,
            Action::DeleteChar,
            Action::ClearSearch,
            Action::SelectNextRelated,
            Action::GoBack,
        ],
    ),
    (
        Context::Prompt,
        &[Action::ConfirmPrompt, Action::CancelPrompt],
    ),
    (
        Context::Help,
        &[
            Action::SelectNext,
            Action::SwitchHelpPage,
            Action::ToggleHelp,
        ],
    ),
];

/// One hint: key label and what it does.
type Hint = (String, String);

fn hint(cx: &Cx<'_>, action: Action) -> Option<Hint> {
    let first = |a: Action| cx.key(a);
    let pair = match action {
        Action::SelectNext => Some(Action::SelectPrevious),
        Action::NextStep => Some(Action::PreviousStep),
        _ => None,
    };
    if let Some(back) = pair {
        let (down, up) = (first(action)?, first(back));
        let keys = match up {
            Some(up) if down == "↓" && up == "↑" => format!("{up}{down}"),
            Some(up) => format!("{down}/{up}"),
            None => down,
        };
        return Some((keys, Msg::Move.text(cx.lang).to_string()));
    }
    let label = match (cx.stack.screen_context(), action) {
        (_, Action::ToggleHelp) if cx.app.help.is_some() => Msg::Close.text(cx.lang),
        (Context::Mrz, Action::OpenSelected) => match cx.app.screen() {
            Screen::Mrz(e) if e.link_selected() => action.label(cx.lang),
            _ => Msg::NextLine.text(cx.lang),
        },
        (Context::Flow, Action::OpenSelected) => match cx.app.screen() {
            Screen::Flow(r) if !r.at_outcome(&cx.app.knowledge) => Msg::Answer.text(cx.lang),
            _ => action.label(cx.lang),
        },
        _ => action.label(cx.lang),
    };
    Some((first(action)?, label.to_string()))
}

/// Whether an action can do anything on this screen now, so the bar
/// never offers a key that does nothing.
fn available(cx: &Cx<'_>, screen: Context, action: Action) -> bool {
    let app = cx.app;
    match (screen, action) {
        (Context::Results, Action::SelectNext | Action::OpenSelected) => {
            !app.search.hits().is_empty()
        }
        (Context::Item, Action::SelectNextRelated | Action::OpenSelected) => {
            !app.related_ids().is_empty()
        }
        (Context::Stepper, Action::SelectNextRelated | Action::OpenSelected) => {
            matches!(app.screen(), Screen::Stepper(s) if !s.related().is_empty())
        }
        (Context::Flow, Action::ContinueFlow) => {
            matches!(app.screen(), Screen::Flow(r) if r.continuation().is_some() && r.at_outcome(&app.knowledge))
        }
        (Context::Mrz, Action::SelectNextRelated) => app.has_examination_procedure(),
        (Context::Mrz, Action::DeleteChar | Action::ClearSearch) => {
            matches!(app.screen(), Screen::Mrz(e) if e.report().is_some())
        }
        (Context::Flow, Action::UndoAnswer) => {
            matches!(app.screen(), Screen::Flow(r) if r.answers().next().is_some())
        }
        (
            Context::Bookmarks,
            Action::SelectNext | Action::OpenSelected | Action::ToggleBookmark,
        ) => !(app.bookmarks.is_empty() && app.recent.is_empty()),
        _ => true,
    }
}

/// The hints for the current screen, then help and quit.
pub fn hints(cx: &Cx<'_>) -> (Vec<Hint>, Vec<Hint>) {
    let screen = cx.stack.screen_context();
    let actions = HINTS
        .iter()
        .find(|(c, _)| *c == screen)
        .map_or(&[][..], |(_, a)| *a);
    let body = actions
        .iter()
        .filter(|a| available(cx, screen, **a))
        .filter_map(|a| hint(cx, *a))
        .collect();
    let mut tail = Vec::new();
    if screen != Context::Help {
        tail.extend(hint(cx, Action::ToggleHelp));
    }
    tail.extend(hint(cx, Action::Quit));
    (body, tail)
}

fn width(items: &[Hint]) -> usize {
    items
        .iter()
        .map(|(k, l)| k.chars().count() + l.chars().count() + 4)
        .sum()
}

/// Draws the hint bar; an unfinished key sequence shows first.
pub fn draw(buf: &mut Buffer, area: Rect, cx: &Cx<'_>, pending: &[Key]) {
    if area.height == 0 {
        return;
    }
    let t = &cx.theme;
    let mut spans = vec![Span::raw(" ")];
    if !pending.is_empty() {
        spans.push(Span::styled(
            format!("{} …", sequence_label(pending)),
            t.key,
        ));
        spans.push(Span::styled(
            format!(" {}   ", Msg::Pending.text(cx.lang)),
            t.dim,
        ));
    } else if cx.stack.typing
        && matches!(cx.stack.screen_context(), Context::Home | Context::Results)
    {
        spans.push(Span::styled(
            format!("{}   ", Msg::TypeToSearch.text(cx.lang)),
            t.dim,
        ));
    }
    let used: usize = spans.iter().map(|s| s.content.chars().count()).sum();
    let (mut body, tail) = hints(cx);
    let room = usize::from(area.width).saturating_sub(used);
    while !body.is_empty() && width(&body) + width(&tail) > room {
        body.pop();
    }
    for (keys, label) in body.iter().chain(&tail) {
        spans.push(Span::styled(keys.clone(), t.key));
        spans.push(Span::styled(format!(" {label}   "), t.base));
    }
    let line = Line::from(spans);
    let text = line.to_string();
    if text.chars().count() > usize::from(area.width) {
        Line::from(fit(&text, usize::from(area.width))).render(area, buf);
    } else {
        line.render(area, buf);
    }
}
