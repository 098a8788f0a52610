//! One writer for both output formats: Markdown for files and screens that
//! render it, plain text (wrapped, no markup at all) for printing as is.
//!
//! Callers pass text that is already marked up with [`Doc::esc`],
//! [`Doc::strong`], [`Doc::em`] and [`Doc::code`]; the writer adds only
//! structure (headings, lists, indentation, blank lines).

use super::Format;
use crate::knowledge::Lang;
use unicode_width::UnicodeWidthStr;

/// Plain text is wrapped to fit a printed page and an 80-column terminal.
const TEXT_WIDTH: usize = 78;

/// A document being written.
pub(super) struct Doc {
    md: bool,
    out: String,
    /// Whether the last thing written was a list item line.
    in_list: bool,
    /// French puts a space before a colon.
    french: bool,
}

impl Doc {
    pub fn new(format: Format, lang: Lang) -> Doc {
        Doc {
            md: format == Format::Markdown,
            out: String::new(),
            in_list: false,
            french: matches!(lang, Lang::Fr | Lang::Rn),
        }
    }

    /// `label:` in English, `label :` in French, in bold in Markdown.
    pub fn label(&self, label: &str) -> String {
        let sep = if self.french { " :" } else { ":" };
        self.strong(&format!("{label}{sep}"))
    }

    pub fn finish(self) -> String {
        let mut out = self.out.trim_end().to_string();
        out.push('\n');
        out
    }

    /// Content text, safe in the output format: Markdown's inline markers
    /// are escaped so pack text can never turn into markup.
    pub fn esc(&self, s: &str) -> String {
        if !self.md {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        for line in s.split_inclusive('\n') {
            let body = line.trim_start();
            if body.starts_with('#') || body.starts_with('>') {
                out.push_str(&line[..line.len() - body.len()]);
                out.push('\\');
                push_escaped(&mut out, body);
            } else {
                push_escaped(&mut out, line);
            }
        }
        out
    }

    /// Bold in Markdown; unchanged in text.
    pub fn strong(&self, s: &str) -> String {
        if self.md {
            format!("**{}**", self.esc(s))
        } else {
            s.to_string()
        }
    }

    /// Italic in Markdown; unchanged in text.
    pub fn em(&self, s: &str) -> String {
        if self.md {
            format!("*{}*", self.esc(s))
        } else {
            s.to_string()
        }
    }

    /// An id as code in Markdown; unchanged in text.
    pub fn code(&self, s: &str) -> String {
        if self.md && !s.contains('`') {
            format!("`{s}`")
        } else {
            self.esc(s)
        }
    }

    /// The arrow from an answer to where it leads.
    pub fn arrow(&self) -> &'static str {
        if self.md { "→" } else { "->" }
    }

    /// A heading: `#`s in Markdown; underlined (levels 1-2) or plain in text.
    pub fn heading(&mut self, level: usize, text: &str) {
        self.gap();
        if self.md {
            self.out.push_str(&"#".repeat(level.clamp(1, 6)));
            self.out.push(' ');
            self.out.push_str(&text.replace('\n', " "));
            self.out.push('\n');
        } else {
            let text = text.replace('\n', " ");
            self.wrapped(&text, "", "");
            // Box-drawing rules: `=` or `-` lines would be Markdown
            // (setext headings), and text exports carry no markup at all.
            let rule = match level {
                1 => Some('═'),
                2 => Some('─'),
                _ => None,
            };
            if let Some(c) = rule {
                let width = text.width().min(TEXT_WIDTH);
                self.out.push_str(&c.to_string().repeat(width));
                self.out.push('\n');
            }
        }
        self.out.push('\n');
    }

    /// A paragraph (its own line breaks kept) at list depth `depth`, with
    /// blank lines around it.
    pub fn para(&mut self, depth: usize, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        self.gap();
        self.lines(depth, text);
        self.out.push('\n');
    }

    /// A short block under a list item or heading: its own paragraph in
    /// Markdown, indented lines straight below in text (compact on paper).
    pub fn line(&mut self, depth: usize, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        if self.md {
            self.gap();
        }
        self.lines(depth, text);
    }

    fn lines(&mut self, depth: usize, text: &str) {
        self.in_list = false;
        let indent = self.indent(depth);
        for line in text.trim_end().lines() {
            if line.trim().is_empty() {
                self.out.push('\n');
            } else if self.md {
                self.out.push_str(&indent);
                self.out.push_str(line.trim_end());
                self.out.push('\n');
            } else {
                self.wrapped(line.trim_end(), &indent, &indent);
            }
        }
    }

    /// A quotation: `>` in Markdown, indented in text.
    pub fn quote(&mut self, text: &str) {
        if self.md {
            self.gap();
            for line in text.trim_end().lines() {
                self.out.push('>');
                if !line.trim().is_empty() {
                    self.out.push(' ');
                    self.out.push_str(line.trim_end());
                }
                self.out.push('\n');
            }
            self.out.push('\n');
        } else {
            self.para(1, text);
        }
    }

    /// A list item with its marker (`-`, `1.`, `a)`), at list depth `depth`
    /// (0 for the outer list); continuation lines align under the text.
    pub fn item(&mut self, depth: usize, marker: &str, text: &str) {
        let indent = self.indent(depth);
        let marker = if self.md && !is_md_marker(marker) {
            // Markdown has no lettered lists: a bullet carrying the letter.
            format!("- {}", self.strong(marker))
        } else {
            marker.to_string()
        };
        let first = format!("{indent}{marker} ");
        // Markdown needs a blank line before a list; on paper a list sits
        // right under its label.
        if !self.in_list && self.md {
            self.gap();
        }
        self.in_list = true;
        if self.md {
            self.out.push_str(&first);
            self.out.push_str(&text.replace('\n', " "));
            self.out.push('\n');
        } else {
            let rest = " ".repeat(first.width());
            self.wrapped(&text.replace('\n', " "), &first, &rest);
        }
    }

    /// `Label: value` on its own line.
    pub fn field(&mut self, depth: usize, label: &str, value: &str) {
        self.in_list = false;
        let line = format!("{} {value}", self.label(label));
        if self.md {
            // Fields in a row are one paragraph with hard line breaks; the
            // first starts a paragraph of its own.
            if !self.out.ends_with("  \n") {
                self.gap();
            }
            self.out.push_str(&self.indent(depth));
            self.out.push_str(&line);
            self.out.push_str("  \n");
        } else {
            let indent = self.indent(depth);
            self.wrapped(&line, &indent, &format!("{indent}  "));
        }
    }

    /// A horizontal rule before the provenance.
    pub fn rule(&mut self) {
        self.gap();
        self.out.push_str(if self.md { "---\n\n" } else { "\n" });
    }

    /// Makes sure the next block starts after a blank line.
    pub fn gap(&mut self) {
        self.in_list = false;
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    /// Indentation of list depth `depth`: Markdown nests at 4 spaces, as
    /// CommonMark needs under an ordered marker; text at 4 as well.
    fn indent(&self, depth: usize) -> String {
        " ".repeat(depth * 4)
    }

    /// Appends `text` wrapped at [`TEXT_WIDTH`] display columns.
    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        let mut line = first.to_string();
        let mut empty = true;
        for word in text.split_whitespace() {
            if !empty && line.width() + 1 + word.width() > TEXT_WIDTH {
                self.out.push_str(line.trim_end());
                self.out.push('\n');
                line = rest.to_string();
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        self.out.push_str(line.trim_end());
        self.out.push('\n');
    }
}

fn is_md_marker(marker: &str) -> bool {
    marker == "-"
        || marker
            .strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Backslash before every character Markdown could read as inline markup.
fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_pack_text() {
        let d = Doc::new(Format::Markdown, Lang::En);
        assert_eq!(d.esc("a *b* [c](d) <e>"), r"a \*b\* \[c\](d) \<e\>");
        assert_eq!(d.esc("# not a heading"), r"\# not a heading");
        let t = Doc::new(Format::Text, Lang::En);
        assert_eq!(t.esc("a *b*"), "a *b*");
        assert_eq!(t.strong("x"), "x");
    }

    #[test]
    fn text_wraps_under_its_marker() {
        let mut d = Doc::new(Format::Text, Lang::En);
        let long = "word ".repeat(40);
        d.item(0, "1.", &long);
        let out = d.finish();
        assert!(out.lines().all(|l| l.width() <= TEXT_WIDTH), "{out}");
        assert!(
            out.lines().nth(1).is_some_and(|l| l.starts_with("   word")),
            "{out}"
        );
    }
}
