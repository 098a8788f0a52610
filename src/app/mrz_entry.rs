//! The MRZ check screen's state: up to three lines typed or pasted, a
//! cursor, and the report of the last edit, checked as the lines change.
//! It lives only in memory: nothing typed here is written anywhere, and the
//! screen is never added to recent items.

use crate::knowledge::Date;
use crate::mrz::{self, Report};

/// Most lines an MRZ has (TD1 identity cards).
pub const MAX_LINES: usize = 3;

/// Longest line kept: two glued TD3 lines (88) or three glued TD1 lines
/// (90) with room for stray spaces, which the check then reports.
pub const MAX_LINE: usize = 100;

/// The procedure a check points to: check digits prove nothing about
/// authenticity, the document itself must be examined.
pub const EXAMINATION_PROCEDURE: &str = "proc.document-examination";

/// Lines being typed into the MRZ check, and what the check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MrzEntry {
    lines: Vec<Vec<char>>,
    line: usize,
    column: usize,
    link: bool,
    report: Option<Box<Report>>,
    today: Date,
}

/// How an edit went, for the app to explain a key that did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// The text changed or the cursor moved.
    Done,
    /// Nothing to do (the start or end of the text, a control character).
    Nothing,
    /// A fourth line or a line past [`MAX_LINE`] was refused.
    Full,
}

impl MrzEntry {
    /// An empty entry; `today` decides expiry and two-digit birth years.
    pub fn new(today: Date) -> MrzEntry {
        MrzEntry {
            lines: vec![Vec::new()],
            line: 0,
            column: 0,
            link: false,
            report: None,
            today,
        }
    }

    /// The lines as typed (upper case), at least one.
    pub fn lines(&self) -> impl Iterator<Item = &[char]> {
        self.lines.iter().map(Vec::as_slice)
    }

    /// Line and column of the cursor, from 0.
    pub fn cursor(&self) -> (usize, usize) {
        (self.line, self.column)
    }

    /// The check of the lines as they are; `None` while nothing is typed.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_deref()
    }

    /// Whether the link to the document examination procedure is selected
    /// (Enter then opens it instead of starting a line).
    pub fn link_selected(&self) -> bool {
        self.link
    }

    /// Selects the link, or unselects it.
    pub fn toggle_link(&mut self) {
        self.link = !self.link;
    }

    /// Types `c` at the cursor: letters in upper case, as printed on the
    /// document; a line break starts the next line; control, bidi and
    /// zero-width characters are dropped. Spaces and punctuation are kept,
    /// so the check can say where they are.
    pub fn insert(&mut self, c: char) -> Edit {
        self.link = false;
        if c == '\n' || c == '\r' {
            return self.new_line();
        }
        if !super::query::typeable(c) {
            return Edit::Nothing;
        }
        let line = &mut self.lines[self.line];
        if line.len() >= MAX_LINE {
            return Edit::Full;
        }
        let mut upper = c.to_uppercase();
        let c = match (upper.next(), upper.next()) {
            (Some(u), None) => u,
            _ => c,
        };
        line.insert(self.column, c);
        self.column += 1;
        self.recheck();
        Edit::Done
    }

    /// Starts a line after the cursor's, taking the text after the cursor
    /// with it, as an editor does; refused past three lines.
    pub fn new_line(&mut self) -> Edit {
        self.link = false;
        if self.lines.len() >= MAX_LINES {
            if self.line + 1 < self.lines.len() {
                self.line += 1;
                self.column = self.lines[self.line].len();
                return Edit::Done;
            }
            return Edit::Full;
        }
        let rest = self.lines[self.line].split_off(self.column);
        self.line += 1;
        self.lines.insert(self.line, rest);
        self.column = 0;
        self.recheck();
        Edit::Done
    }

    /// Deletes the character before the cursor; at the start of a line,
    /// joins it to the line above.
    pub fn delete_back(&mut self) -> Edit {
        self.link = false;
        if self.column > 0 {
            self.column -= 1;
            self.lines[self.line].remove(self.column);
        } else if self.line > 0 {
            let rest = self.lines.remove(self.line);
            self.line -= 1;
            let above = &mut self.lines[self.line];
            self.column = above.len();
            let room = MAX_LINE.saturating_sub(above.len());
            above.extend(rest.into_iter().take(room));
        } else {
            return Edit::Nothing;
        }
        self.recheck();
        Edit::Done
    }

    /// Empties the cursor's line, or removes it when it is already empty.
    pub fn delete_line(&mut self) -> Edit {
        self.link = false;
        if !self.lines[self.line].is_empty() {
            self.lines[self.line].clear();
        } else if self.lines.len() > 1 {
            self.lines.remove(self.line);
            self.line = self.line.min(self.lines.len() - 1);
        } else {
            return Edit::Nothing;
        }
        self.column = 0;
        self.recheck();
        Edit::Done
    }

    /// Forgets everything typed.
    pub fn clear(&mut self) {
        *self = MrzEntry::new(self.today);
    }

    /// Moves the cursor one character left, to the end of the line above
    /// from the start of a line.
    pub fn left(&mut self) -> Edit {
        if self.column > 0 {
            self.column -= 1;
        } else if self.line > 0 {
            self.line -= 1;
            self.column = self.lines[self.line].len();
        } else {
            return Edit::Nothing;
        }
        Edit::Done
    }

    /// Moves the cursor one character right, to the next line's start
    /// from the end of a line.
    pub fn right(&mut self) -> Edit {
        if self.column < self.lines[self.line].len() {
            self.column += 1;
        } else if self.line + 1 < self.lines.len() {
            self.line += 1;
            self.column = 0;
        } else {
            return Edit::Nothing;
        }
        Edit::Done
    }

    /// Moves the cursor to the line above, or below when `down`, keeping
    /// its column where the line is long enough.
    pub fn move_line(&mut self, down: bool) -> Edit {
        let target = if down {
            self.line + 1
        } else {
            match self.line.checked_sub(1) {
                Some(l) => l,
                None => return Edit::Nothing,
            }
        };
        if target >= self.lines.len() {
            return Edit::Nothing;
        }
        self.line = target;
        self.column = self.column.min(self.lines[target].len());
        Edit::Done
    }

    /// Moves the cursor to the start (`false`) or end (`true`) of its line.
    pub fn line_edge(&mut self, end: bool) -> Edit {
        self.column = if end { self.lines[self.line].len() } else { 0 };
        Edit::Done
    }

    /// Runs the check again on the lines as they are.
    fn recheck(&mut self) {
        if self.lines.iter().all(Vec::is_empty) {
            self.report = None;
            return;
        }
        let text: Vec<String> = self
            .lines
            .iter()
            .filter(|l| !l.is_empty())
            .map(|l| l.iter().collect())
            .collect();
        let refs: Vec<&str> = text.iter().map(String::as_str).collect();
        self.report = Some(Box::new(mrz::check(&refs, self.today)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TD3: [&str; 2] = [
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ];

    fn today() -> Date {
        Date::new(2026, 11, 29).expect("a date")
    }

    fn typed(text: &str) -> MrzEntry {
        let mut e = MrzEntry::new(today());
        for c in text.chars() {
            e.insert(c);
        }
        e
    }

    fn text(e: &MrzEntry) -> Vec<String> {
        e.lines().map(|l| l.iter().collect()).collect()
    }

    #[test]
    fn the_specimen_typed_with_a_line_break_passes() {
        let e = typed(&format!("{}\n{}", TD3[0], TD3[1]));
        assert_eq!(text(&e), TD3);
        let report = e.report().expect("a report");
        assert!(report.valid(), "{report:?}");
        assert_eq!(e.cursor(), (1, 44));
    }

    #[test]
    fn lower_case_is_read_as_printed_capitals() {
        let e = typed("p<uto");
        assert_eq!(text(&e), ["P<UTO"]);
    }

    #[test]
    fn a_wrong_digit_fails_and_a_fix_in_place_passes() {
        let wrong = TD3[1].replacen("L898902C3", "L898902C4", 1);
        let mut e = typed(&format!("{}\n{wrong}", TD3[0]));
        let report = e.report().expect("a report");
        assert!(!report.valid());
        assert!(report.failures().count() >= 1);
        // Go back to the changed character and type the right one.
        e.line_edge(false);
        for _ in 0..9 {
            e.right();
        }
        e.delete_back();
        e.insert('3');
        assert_eq!(text(&e), TD3);
        assert!(e.report().expect("a report").valid());
    }

    #[test]
    fn a_fourth_line_is_refused_and_the_cursor_moves_instead() {
        let mut e = typed("A\nB\nC");
        assert_eq!(e.new_line(), Edit::Full);
        e.move_line(false);
        assert_eq!(e.new_line(), Edit::Done);
        assert_eq!(e.cursor(), (2, 1));
        assert_eq!(text(&e), ["A", "B", "C"]);
    }

    #[test]
    fn backspace_at_a_line_start_joins_lines() {
        let mut e = typed("AB\nCD");
        e.line_edge(false);
        e.delete_back();
        assert_eq!(text(&e), ["ABCD"]);
        assert_eq!(e.cursor(), (0, 2));
        assert_eq!(e.delete_line(), Edit::Done);
        assert_eq!(e.report(), None);
        assert_eq!(e.delete_line(), Edit::Nothing);
    }

    #[test]
    fn lines_have_a_length_limit_and_control_characters_are_dropped() {
        let mut e = typed(&"<".repeat(MAX_LINE));
        assert_eq!(e.insert('A'), Edit::Full);
        assert_eq!(e.insert('\u{1b}'), Edit::Nothing);
        assert_eq!(e.insert('\u{202e}'), Edit::Nothing);
        assert_eq!(text(&e)[0].len(), MAX_LINE);
    }

    #[test]
    fn moving_keeps_the_column_within_the_line() {
        let mut e = typed("ABCDEF\nGH");
        e.move_line(false);
        assert_eq!(e.cursor(), (0, 2));
        e.line_edge(true);
        e.move_line(true);
        assert_eq!(e.cursor(), (1, 2));
        assert_eq!(e.right(), Edit::Nothing);
        e.line_edge(false);
        e.left();
        assert_eq!(e.cursor(), (0, 6));
    }
}
