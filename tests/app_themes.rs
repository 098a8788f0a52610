//! Colours and emphasis, which snapshots cannot see: every theme gives
//! badges, matches, warnings and the selection their own style, and the
//! monochrome theme (NO_COLOR) uses no colour at all, only emphasis.

mod apptest;

use apptest::{Harness, Options, find};
use fieldref::app::ThemeName;
use fieldref::ui::Theme;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier, Style};

fn cell_at<'a>(buf: &'a Buffer, needle: &str) -> &'a Cell {
    let (x, y) = find(buf, needle).unwrap_or_else(|| panic!("`{needle}` on screen"));
    &buf[(x, y)]
}

/// The cell shows `style` (what the style leaves unset is not checked).
fn assert_style(cell: &Cell, style: Style, what: &str) {
    if let Some(fg) = style.fg {
        assert_eq!(cell.fg, fg, "{what}: foreground");
    }
    if let Some(bg) = style.bg {
        assert_eq!(cell.bg, bg, "{what}: background");
    }
    assert!(
        cell.modifier.contains(style.add_modifier),
        "{what}: {:?} lacks {:?}",
        cell.modifier,
        style.add_modifier
    );
}

fn screens(theme: ThemeName) -> Vec<(&'static str, Harness)> {
    [
        "harbouring<down>",
        "harbouring<down><enter>",
        "consent<enter>",
        "<down><down><down><enter><down>",
    ]
    .into_iter()
    .map(|keys| {
        let mut h = Harness::with(Options {
            theme,
            ..Options::default()
        });
        h.keys(keys);
        (keys, h)
    })
    .collect()
}

#[test]
fn badges_matches_warnings_and_selection_have_their_style_in_every_theme() {
    for name in ThemeName::ALL {
        let t = Theme::of(name);
        let s = screens(name);
        let (results, item, unverified, contacts) = (&s[0].1, &s[1].1, &s[2].1, &s[3].1);
        assert_style(
            cell_at(item.buffer(), "Official text"),
            t.official,
            "official badge",
        );
        assert_style(
            cell_at(unverified.buffer(), "unverified: check"),
            t.warning,
            "unverified badge",
        );
        // The query's word in the body is highlighted, and bold in every theme.
        let matched = cell_at(item.buffer(), "harbouring or receipt");
        assert_style(matched, t.matched, "matched word");
        assert!(
            matched.modifier.contains(Modifier::BOLD),
            "{name:?}: a match is bold, not only coloured"
        );
        // The selected result and contact rows.
        assert_style(
            cell_at(results.buffer(), "[law] Trafficking"),
            t.selected,
            "selected hit",
        );
        assert_style(
            cell_at(contacts.buffer(), "North shelter "),
            t.selected,
            "selected contact",
        );
        assert_style(
            cell_at(contacts.buffer(), "! never"),
            t.warning,
            "never verified number",
        );
        assert_style(
            cell_at(contacts.buffer(), "! Number verified on"),
            t.warning,
            "stale number",
        );
        // Key names in the hint bar.
        assert_style(cell_at(item.buffer(), "F1"), t.key, "hint key");
    }
}

#[test]
fn summary_badge_differs_from_official_text() {
    for name in ThemeName::ALL {
        let t = Theme::of(name);
        let mut h = Harness::with(Options {
            theme: name,
            ..Options::default()
        });
        h.keys("penalty<enter>");
        let cell = cell_at(h.buffer(), "Summary");
        assert_style(cell, t.summary, "summary badge");
        assert_ne!(t.summary, t.official, "{name:?}");
    }
}

#[test]
fn monochrome_uses_no_colour_at_all() {
    for (keys, h) in screens(ThemeName::Monochrome) {
        for cell in h.buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "{keys}: {cell:?}"
            );
        }
        let mut help = Harness::with(Options {
            theme: ThemeName::Monochrome,
            ..Options::default()
        });
        help.keys("<f1>");
        assert!(
            help.buffer()
                .content()
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
        );
    }
}

#[test]
fn coloured_themes_paint_their_background() {
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let t = Theme::of(name);
        let h = Harness::with(Options {
            theme: name,
            ..Options::default()
        });
        let blank = &h.buffer()[(79, 12)];
        assert_eq!(Some(blank.bg), t.base.bg, "{name:?}");
    }
}
