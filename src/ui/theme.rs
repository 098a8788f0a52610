//! Colour themes. Meaning never rides on colour alone: badges carry words,
//! matches and selections are also bold or reversed, so the monochrome
//! theme (chosen by `NO_COLOR`) loses nothing but colour.

use crate::app::ThemeName;
use ratatui::style::{Color, Modifier, Style};

/// The styles every screen draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text and the background.
    pub base: Style,
    /// Secondary text: citations, dates, counts.
    pub dim: Style,
    /// Item titles and section names.
    pub title: Style,
    /// Group headings in lists.
    pub heading: Style,
    /// Box borders.
    pub border: Style,
    /// The selected row.
    pub selected: Style,
    /// Words that match the search.
    pub matched: Style,
    /// The "Official text" badge.
    pub official: Style,
    /// The "Summary" badge.
    pub summary: Style,
    /// Warnings: unverified, old numbers, other language.
    pub warning: Style,
    /// Errors on the status line.
    pub error: Style,
    /// Kind badges in lists.
    pub kind: Style,
    /// Key names in the hint bar and help.
    pub key: Style,
    /// The top bar.
    pub bar: Style,
}

impl Theme {
    /// The styles of a theme.
    pub fn of(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => dark(),
            ThemeName::Light => light(),
            ThemeName::HighContrast => high_contrast(),
            ThemeName::Monochrome => monochrome(),
        }
    }
}

const BOLD: Modifier = Modifier::BOLD;

fn badge(fg: Color, bg: Color) -> Style {
    Style::new().fg(fg).bg(bg).add_modifier(BOLD)
}

fn dark() -> Theme {
    let base = Style::new().fg(Color::Gray).bg(Color::Black);
    Theme {
        base,
        dim: Style::new().fg(Color::DarkGray),
        title: Style::new().fg(Color::White).add_modifier(BOLD),
        heading: Style::new().fg(Color::LightBlue).add_modifier(BOLD),
        border: Style::new().fg(Color::DarkGray),
        selected: Style::new()
            .fg(Color::White)
            .bg(Color::Blue)
            .add_modifier(BOLD),
        matched: Style::new()
            .fg(Color::LightYellow)
            .add_modifier(BOLD | Modifier::UNDERLINED),
        official: badge(Color::Black, Color::Green),
        summary: badge(Color::Black, Color::Cyan),
        warning: badge(Color::Black, Color::Yellow),
        error: badge(Color::White, Color::Red),
        kind: Style::new().fg(Color::LightCyan),
        key: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
        bar: Style::new().fg(Color::White).bg(Color::DarkGray),
    }
}

fn light() -> Theme {
    let base = Style::new().fg(Color::Black).bg(Color::White);
    Theme {
        base,
        dim: Style::new().fg(Color::DarkGray),
        title: Style::new().fg(Color::Black).add_modifier(BOLD),
        heading: Style::new().fg(Color::Blue).add_modifier(BOLD),
        border: Style::new().fg(Color::Gray),
        selected: Style::new()
            .fg(Color::White)
            .bg(Color::Blue)
            .add_modifier(BOLD),
        matched: Style::new()
            .fg(Color::Magenta)
            .add_modifier(BOLD | Modifier::UNDERLINED),
        official: badge(Color::White, Color::Green),
        summary: badge(Color::White, Color::Blue),
        warning: badge(Color::Black, Color::LightYellow),
        error: badge(Color::White, Color::Red),
        kind: Style::new().fg(Color::Blue),
        key: Style::new().fg(Color::Magenta).add_modifier(BOLD),
        bar: Style::new().fg(Color::Black).bg(Color::Gray),
    }
}

fn high_contrast() -> Theme {
    let base = Style::new().fg(Color::White).bg(Color::Black);
    Theme {
        base,
        dim: Style::new().fg(Color::White),
        title: Style::new().fg(Color::White).add_modifier(BOLD),
        heading: Style::new()
            .fg(Color::LightYellow)
            .add_modifier(BOLD | Modifier::UNDERLINED),
        border: Style::new().fg(Color::White),
        selected: Style::new()
            .fg(Color::Black)
            .bg(Color::LightYellow)
            .add_modifier(BOLD),
        matched: Style::new()
            .fg(Color::LightCyan)
            .add_modifier(BOLD | Modifier::UNDERLINED),
        official: badge(Color::Black, Color::LightGreen),
        summary: badge(Color::Black, Color::LightCyan),
        warning: badge(Color::Black, Color::LightYellow),
        error: badge(Color::White, Color::Red),
        kind: Style::new().fg(Color::LightCyan).add_modifier(BOLD),
        key: Style::new().fg(Color::LightYellow).add_modifier(BOLD),
        bar: Style::new().fg(Color::Black).bg(Color::White),
    }
}

fn monochrome() -> Theme {
    let plain = Style::new();
    Theme {
        base: plain,
        dim: plain,
        title: plain.add_modifier(BOLD),
        heading: plain.add_modifier(BOLD | Modifier::UNDERLINED),
        border: plain,
        selected: plain.add_modifier(Modifier::REVERSED),
        matched: plain.add_modifier(BOLD | Modifier::UNDERLINED),
        official: plain.add_modifier(BOLD | Modifier::REVERSED),
        summary: plain.add_modifier(Modifier::REVERSED),
        warning: plain.add_modifier(BOLD | Modifier::REVERSED),
        error: plain.add_modifier(BOLD | Modifier::REVERSED),
        kind: plain,
        key: plain.add_modifier(BOLD),
        bar: plain.add_modifier(Modifier::REVERSED),
    }
}
