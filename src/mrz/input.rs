//! From what was typed or pasted to MRZ lines: split, trim, upper-case, and
//! report (never repair) every character that does not belong.

use super::digit::is_mrz_char;
use super::{Note, Problem};

/// Stray characters reported one by one per line; the rest are counted.
const SHOWN_PER_LINE: usize = 5;

/// Lines ready for the layout, with what was noticed on the way.
pub(super) struct Prepared {
    /// The lines, as characters (positions are 1-based in messages).
    pub lines: Vec<Vec<char>>,
    /// What was changed, harmlessly.
    pub notes: Vec<Note>,
    /// Characters that are not A-Z, 0-9 or `<`.
    pub characters: Vec<Problem>,
}

/// Splits every argument on line breaks, trims the whitespace around each
/// line, drops empty lines, upper-cases ASCII letters, and splits one long
/// line that is exactly two or three MRZ lines glued together.
pub(super) fn prepare(input: &[&str]) -> Prepared {
    let mut notes = Vec::new();
    let mut lines: Vec<Vec<char>> = input
        .iter()
        .flat_map(|arg| arg.split('\n'))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().collect())
        .collect();
    if lines.iter().flatten().any(char::is_ascii_lowercase) {
        notes.push(Note::Uppercased);
        for c in lines.iter_mut().flatten() {
            c.make_ascii_uppercase();
        }
    }
    if let [only] = lines.as_slice() {
        let len = only.len();
        let glued = [(88, 44), (72, 36), (90, 30)]
            .into_iter()
            .find(|&(total, _)| total == len);
        let clean = only.iter().all(|&c| is_mrz_char(c));
        if let (Some((_, width)), true) = (glued, clean) {
            let split: Vec<Vec<char>> = only.chunks(width).map(<[char]>::to_vec).collect();
            notes.push(Note::Split {
                length: len,
                lines: split.len(),
                width,
            });
            lines = split;
        }
    }
    let mut characters = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let stray: Vec<(usize, char)> = line
            .iter()
            .enumerate()
            .filter(|(_, c)| !is_mrz_char(**c))
            .map(|(i, c)| (i + 1, *c))
            .collect();
        for &(position, character) in stray.iter().take(SHOWN_PER_LINE) {
            characters.push(Problem::Character {
                line: n + 1,
                position,
                character,
            });
        }
        if stray.len() > SHOWN_PER_LINE {
            characters.push(Problem::MoreCharacters {
                line: n + 1,
                count: stray.len() - SHOWN_PER_LINE,
            });
        }
    }
    Prepared {
        lines,
        notes,
        characters,
    }
}
