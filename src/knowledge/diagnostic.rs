//! Problems found while loading packs, each tied to a file position.

use super::sanitize::sanitize;
use serde::Serialize;
use std::fmt;

/// How bad a problem is: errors drop the item or file, warnings only inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The item or file was not loaded.
    Error,
    /// Loaded, but a reviewer should look (old number, unverified text).
    Warning,
}

/// One problem, printable as `file:line:column: error: [id] message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// File path as the user knows it.
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 with line 0.
    pub column: usize,
    /// The item concerned, when known.
    pub id: Option<String>,
    /// What is wrong and, where possible, how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {sev}: ")?;
        if let Some(id) = &self.id {
            write!(f, "[{id}] ")?;
        }
        f.write_str(&self.message)
    }
}

/// A pack file's text, kept to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path shown in messages.
    pub path: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    text: String,
}

impl SourceText {
    /// Indexes the line starts of `text`.
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceText {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceText {
            path: path.into(),
            line_starts,
            text,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (line, column)
    }

    /// A diagnostic at a byte offset.
    pub fn at(
        &self,
        severity: Severity,
        offset: usize,
        id: Option<&str>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = self.position(offset);
        Diagnostic {
            severity,
            file: sanitize(&self.path),
            line,
            column,
            id: id.map(sanitize),
            message: sanitize(&message.into()),
        }
    }

    /// An error at a byte offset.
    pub fn error(&self, offset: usize, id: Option<&str>, message: impl Into<String>) -> Diagnostic {
        self.at(Severity::Error, offset, id, message)
    }
}

/// An error about a whole file (unreadable, too large ...), with no position.
pub fn file_error(path: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        file: sanitize(path),
        line: 0,
        column: 0,
        id: None,
        message: sanitize(&message.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_in_characters() {
        let s = SourceText::new("f.toml", "ab\nçd = 1\n");
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(3), (2, 1));
        assert_eq!(s.position(6), (2, 3)); // 'ç' is two bytes, one column
        let d = s.error(6, Some("x.y"), "bad");
        assert_eq!(d.to_string(), "f.toml:2:3: error: [x.y] bad");
    }
}
