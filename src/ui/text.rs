//! Text helpers for drawing: highlighting matched words, word wrapping
//! that keeps styles (so scrolling knows the exact number of lines), and
//! cutting strings to a width.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` as spans, with `ranges` (byte ranges, sorted) in `matched` style.
pub fn highlighted(
    text: &str,
    ranges: &[Range<usize>],
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for r in ranges {
        if r.start < at || r.end > text.len() || r.start >= r.end {
            continue;
        }
        let (Some(before), Some(word)) = (text.get(at..r.start), text.get(r.clone())) else {
            continue;
        };
        if !before.is_empty() {
            spans.push(Span::styled(before.to_string(), base));
        }
        spans.push(Span::styled(word.to_string(), matched));
        at = r.end;
    }
    if let Some(rest) = text.get(at..)
        && !rest.is_empty()
    {
        spans.push(Span::styled(rest.to_string(), base));
    }
    spans
}

/// Wraps styled lines to `width` columns at spaces, splitting words longer
/// than a line. Continuation lines keep the first line's indentation.
pub fn wrap(lines: &[Line<'_>], width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for line in lines {
        let chars: Vec<(char, Style)> = line
            .spans
            .iter()
            .flat_map(|s| {
                let style = line.style.patch(s.style);
                s.content
                    .chars()
                    .map(move |c| (if c == '\t' { ' ' } else { c }, style))
            })
            .collect();
        if chars.is_empty() {
            out.push(Line::default());
            continue;
        }
        let indent = chars.iter().take_while(|(c, _)| *c == ' ').count();
        let indent = if indent * 2 < width { indent } else { 0 };
        wrap_one(&chars, width, indent, &mut out);
    }
    out
}

fn cw(c: char) -> usize {
    c.width().unwrap_or(0)
}

fn wrap_one(chars: &[(char, Style)], width: usize, indent: usize, out: &mut Vec<Line<'static>>) {
    let mut current: Vec<(char, Style)> = Vec::new();
    let mut used = 0;
    let mut i = 0;
    while i < chars.len() {
        let space = chars[i].0 == ' ';
        let end = chars[i..]
            .iter()
            .position(|(c, _)| (*c == ' ') != space)
            .map_or(chars.len(), |n| i + n);
        let token = &chars[i..end];
        let tw: usize = token.iter().map(|(c, _)| cw(*c)).sum();
        if used + tw <= width {
            current.extend_from_slice(token);
            used += tw;
        } else if space {
            // A break point: the spaces vanish at the end of the line.
            out.push(to_line(&current));
            current = vec![(' ', token[0].1); indent];
            used = indent;
        } else {
            if used > indent {
                out.push(to_line(&current));
                current = vec![(' ', token[0].1); indent];
                used = indent;
            }
            for &(c, st) in token {
                if used + cw(c) > width && used > 0 {
                    out.push(to_line(&current));
                    current = vec![(' ', st); indent];
                    used = indent;
                }
                current.push((c, st));
                used += cw(c);
            }
        }
        i = end;
    }
    out.push(to_line(&current));
}

fn to_line(chars: &[(char, Style)]) -> Line<'static> {
    let keep = chars.len() - chars.iter().rev().take_while(|(c, _)| *c == ' ').count();
    let chars = &chars[..keep];
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut style = chars.first().map_or(Style::new(), |(_, s)| *s);
    for &(c, s) in chars {
        if s != style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        style = s;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, style));
    }
    Line::from(spans)
}

/// `s` cut to `width` columns, ending in `…` when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        if used + cw(c) + 1 > width {
            break;
        }
        out.push(c);
        used += cw(c);
    }
    out.push('…');
    out
}

/// Display width of a line.
pub fn line_width(line: &Line<'_>) -> usize {
    line.spans.iter().map(|s| s.content.width()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wraps_at_spaces_keeps_indent_and_splits_long_words() {
        let lines = [
            Line::from("  - one two three four"),
            Line::from("abcdefghij"),
        ];
        let w = wrap(&lines, 10);
        assert_eq!(
            plain(&w),
            ["  - one", "  two", "  three", "  four", "abcdefghij"]
        );
        assert_eq!(
            plain(&wrap(&[Line::from("abcdefghijkl")], 5)),
            ["abcde", "fghij", "kl"]
        );
        assert!(wrap(&lines, 1).iter().all(|l| line_width(l) <= 1));
    }

    #[test]
    fn highlights_ranges_and_fits() {
        let spans = highlighted("abc def", &[0..1, 4..7], Style::new(), Style::new().bold());
        assert_eq!(spans.len(), 3);
        assert_eq!(spans[2].content, "def");
        assert_eq!(fit("harbouring", 5), "harb…");
        assert_eq!(fit("art", 5), "art");
    }
}
