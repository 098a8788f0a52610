//! Text fitting for the guidance screens: word wrap and truncation by display
//! width, line placement, and titles in big 8x8 letters (tui-big-text) used
//! only when they fit and every character has a glyph.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Word-wraps `text` to `width` display columns. Newlines are hard breaks
/// (an empty line stays a blank line); a word longer than the width is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_by(text, width, |w| w.width(), true).unwrap_or_default()
}

/// Wraps by a custom measure; `None` when a word is too long and `cut` is off.
fn wrap_by(text: &str, width: usize, measure: fn(&str) -> usize, cut: bool) -> Option<Vec<String>> {
    let mut out = Vec::new();
    if width == 0 {
        return Some(out);
    }
    for para in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in &words(para) {
            let word = word.as_str();
            let w = measure(word);
            if used > 0 && used + 1 + w <= width {
                line.push(' ');
                line.push_str(word);
                used += 1 + w;
                continue;
            }
            if used > 0 {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            if w <= width {
                line.push_str(word);
                used = w;
            } else if !cut {
                return None;
            } else {
                for ch in word.chars() {
                    let cw = measure(ch.encode_utf8(&mut [0; 4]));
                    if used > 0 && used + cw > width {
                        out.push(std::mem::take(&mut line));
                        used = 0;
                    }
                    line.push(ch);
                    used += cw;
                }
            }
        }
        out.push(line);
    }
    Some(out)
}

/// The words of a paragraph; French spaced punctuation (`traite ?`,
/// `« acte »`) stays with its word so it never starts a line.
fn words(para: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for w in para.split(' ').filter(|w| !w.is_empty()) {
        let closing = w.chars().all(|c| matches!(c, ':' | ';' | '?' | '!' | '»'));
        match out.last_mut() {
            Some(last) if closing || open => {
                last.push(' ');
                last.push_str(w);
            }
            _ => out.push(w.to_string()),
        }
        open = w == "«";
    }
    out
}

/// `text` cut to `width` display columns, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let cw = ch.width().unwrap_or(0);
        if used + cw + 1 > width {
            break;
        }
        out.push(ch);
        used += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Draws `line` on row `row` of `area`, clipped; rows outside are ignored.
pub fn put(buf: &mut Buffer, area: Rect, row: usize, line: &Line<'_>) {
    let Ok(row) = u16::try_from(row) else { return };
    if row >= area.height || area.width == 0 {
        return;
    }
    buf.set_line(area.x, area.y + row, line, area.width);
}

/// Draws `line` centred on row `row` of `area`.
pub fn put_centred(buf: &mut Buffer, area: Rect, row: usize, line: &Line<'_>) {
    let w = u16::try_from(line.width()).unwrap_or(u16::MAX);
    let pad = area.width.saturating_sub(w) / 2;
    let inner = Rect::new(area.x + pad, area.y, area.width - pad, area.height);
    put(buf, inner, row, line);
}

/// A one-line header: `left` in `left_style`, `right` flush right; `left`
/// is cut first when the width is short, then `right`.
pub fn header_line(left: &str, right: &str, width: usize, left_style: Style) -> Line<'static> {
    let right = truncate(right, width);
    let room = width.saturating_sub(right.width() + 1);
    let left = truncate(left, room);
    let gap = width.saturating_sub(left.width() + right.width());
    Line::from(vec![
        Span::styled(left, left_style),
        Span::raw(" ".repeat(gap)),
        Span::raw(right),
    ])
}

/// A title laid out in big letters: the pixel size and the lines it wraps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BigTitle {
    /// How many terminal cells a font pixel takes.
    pub pixel: PixelSize,
    /// The title wrapped at word boundaries, one big line each.
    pub lines: Vec<String>,
    /// Rows the big lines take.
    pub height: u16,
}

/// Pixel sizes tried from biggest to smallest, with each glyph's cell size.
/// Sextants and octants are left out: many terminal fonts draw them badly.
const SIZES: [(PixelSize, u16, u16); 3] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// The biggest layout of `title` in big letters that fits `width` columns,
/// `max_height` rows and `max_lines` lines without cutting a word; `None`
/// when none fits or some character has no glyph in the 8x8 font.
pub fn fit_big(title: &str, width: u16, max_height: u16, max_lines: usize) -> Option<BigTitle> {
    if title.trim().is_empty() || !has_glyphs(title) {
        return None;
    }
    for (pixel, cell_w, cell_h) in SIZES {
        let per_line = usize::from(width / cell_w);
        let Some(lines) = wrap_by(title, per_line, |w| w.chars().count(), false) else {
            continue;
        };
        let height = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .saturating_mul(cell_h);
        if !lines.is_empty() && lines.len() <= max_lines && height <= max_height {
            return Some(BigTitle {
                pixel,
                lines,
                height,
            });
        }
    }
    None
}

/// Whether every character of `text` is drawn by the big-letter font.
/// Whitespace counts as drawn; anything else must leave ink, so a missing
/// glyph (curly quotes, `œ`, combining accents) is never shown as a blank.
pub fn has_glyphs(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || glyph_has_ink(c))
}

fn glyph_has_ink(c: char) -> bool {
    let area = Rect::new(0, 0, 8, 8);
    let mut buf = Buffer::empty(area);
    BigText::builder()
        .lines(vec![Line::from(c.to_string())])
        .build()
        .render(area, &mut buf);
    buf.content.iter().any(|cell| cell.symbol() != " ")
}

/// Draws a fitted big title centred in `area`.
pub fn render_big(title: &BigTitle, area: Rect, buf: &mut Buffer, style: Style) {
    let lines: Vec<Line<'static>> = title.lines.iter().map(|l| Line::from(l.clone())).collect();
    BigText::builder()
        .pixel_size(title.pixel)
        .style(style)
        .alignment(Alignment::Center)
        .lines(lines)
        .build()
        .render(area.intersection(buf.area), buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_words_and_cuts_long_words() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert!(wrap("anything", 0).is_empty());
        assert_eq!(
            wrap("est-ce la traite ?", 16),
            vec!["est-ce la", "traite ?"]
        );
        assert_eq!(wrap("c'est l' « acte »", 8), vec!["c'est l'", "« acte »"]);
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn french_accents_have_glyphs_but_typographic_signs_fall_back() {
        assert!(has_glyphs("Étape à suivre : reçu, élève"));
        assert!(!has_glyphs("l’enfant"), "curly apostrophe has no glyph");
        assert!(!has_glyphs("Mœurs"));
        assert!(!has_glyphs("e\u{301}"), "combining accent would be dropped");
    }

    #[test]
    fn picks_the_biggest_size_that_fits() {
        let t = fit_big("Hello", 80, 8, 2).expect("fits in full size");
        assert_eq!((t.pixel, t.height), (PixelSize::Full, 8));
        let t = fit_big("Identify a possible victim", 80, 8, 2).expect("fits smaller");
        assert_eq!(t.lines, vec!["Identify a possible", "victim"]);
        assert_eq!(t.pixel, PixelSize::Quadrant);
        assert!(fit_big("Supercalifragilistic", 40, 8, 2).is_none());
        assert!(fit_big("l’enfant", 200, 40, 3).is_none());
    }
}
