//! MRZ check (ICAO Doc 9303): the machine-readable zone of passports (TD3),
//! identity cards (TD1), TD2 documents and visas (MRV-A, MRV-B).
//!
//! Pure: lines in, a [`Report`] out; nothing is read, written or kept. It
//! checks line count, length and character set, every check digit and the
//! composite digit, parses the fields, and flags impossible dates and an
//! expired document relative to the `today` it is given. Bad input is
//! reported by line and position, never silently repaired.

mod digit;
mod input;
mod layout;
mod message;
mod parse;

pub use digit::{char_value, check_digit, is_mrz_char};
pub use message::{field_rows, report_text};

use crate::knowledge::Date;
use serde::{Serialize, Serializer};

/// The document formats of Doc 9303.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Identity cards: 3 lines of 30.
    Td1,
    /// 2 lines of 36.
    Td2,
    /// Passports: 2 lines of 44.
    Td3,
    /// Visas: 2 lines of 44, no composite digit.
    MrvA,
    /// Visas: 2 lines of 36, no composite digit.
    MrvB,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 5] = [
        Format::Td1,
        Format::Td2,
        Format::Td3,
        Format::MrvA,
        Format::MrvB,
    ];

    /// The name Doc 9303 uses: `TD1`, `TD2`, `TD3`, `MRV-A`, `MRV-B`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Td1 => "TD1",
            Format::Td2 => "TD2",
            Format::Td3 => "TD3",
            Format::MrvA => "MRV-A",
            Format::MrvB => "MRV-B",
        }
    }

    /// Number of lines.
    pub fn lines(self) -> usize {
        match self {
            Format::Td1 => 3,
            _ => 2,
        }
    }

    /// Characters per line.
    pub fn width(self) -> usize {
        match self {
            Format::Td1 => 30,
            Format::Td2 | Format::MrvB => 36,
            Format::Td3 | Format::MrvA => 44,
        }
    }

    /// The format that `lines` look like: three lines are TD1; two lines are
    /// 44 or 36 wide: the width a line has exactly (the data line's first,
    /// whose fillers are fewer and easier to count than the name's), else
    /// whichever the data line is nearer; visas when the document code
    /// starts with `V`.
    fn detect(lines: &[Vec<char>]) -> Option<Format> {
        match lines {
            [_, _, _] => Some(Format::Td1),
            [first, second] => {
                // A line of exactly one width decides (the data line
                // first); else the data line's length, as it is typed.
                let wide = match (first.len(), second.len()) {
                    (_, 44) => true,
                    (_, 36) => false,
                    (44, _) => true,
                    (36, _) => false,
                    (_, n) => n >= 40,
                };
                let visa = first.first() == Some(&'V');
                Some(match (wide, visa) {
                    (true, false) => Format::Td3,
                    (true, true) => Format::MrvA,
                    (false, false) => Format::Td2,
                    (false, true) => Format::MrvB,
                })
            }
            _ => None,
        }
    }
}

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A field of the MRZ, for checks and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// Document code (`P`, `I`, `ID`, `V` ...).
    DocumentType,
    /// Issuing state or organisation.
    IssuingState,
    /// Surname and given names.
    Name,
    /// Document number.
    DocumentNumber,
    /// Nationality.
    Nationality,
    /// Date of birth.
    BirthDate,
    /// Sex.
    Sex,
    /// Date of expiry.
    ExpiryDate,
    /// TD3 personal number (optional data with its own check digit).
    PersonalNumber,
    /// Optional data.
    OptionalData,
    /// TD1 optional data on line 2.
    OptionalData2,
    /// The composite check digit over the whole data line(s).
    Composite,
}

/// One check digit: where it is, what it should be, what is there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The field it protects.
    pub field: Field,
    /// The digit the field computes to; `None` when the field holds a
    /// character that has no value.
    pub expected: Option<char>,
    /// The character in the check-digit position.
    pub found: char,
    /// Whether they agree.
    pub ok: bool,
    /// 1-based line of the check digit.
    pub line: usize,
    /// 1-based position of the check digit in its line.
    pub position: usize,
}

/// Something wrong with the input or a field, apart from check digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// Not 2 or 3 lines.
    LineCount {
        /// Lines given (after dropping empty ones).
        found: usize,
    },
    /// A line of the wrong length for its format.
    Length {
        /// 1-based line.
        line: usize,
        /// Characters in it.
        found: usize,
        /// Characters the format needs.
        expected: usize,
    },
    /// A character outside A-Z, 0-9 and `<` (a space, punctuation ...).
    Character {
        /// 1-based line.
        line: usize,
        /// 1-based position in the line.
        position: usize,
        /// The character.
        character: char,
    },
    /// More such characters on a line than are listed one by one.
    MoreCharacters {
        /// 1-based line.
        line: usize,
        /// How many more.
        count: usize,
    },
    /// A field that allows only letters and `<` holds a digit.
    NotLetters {
        /// The field.
        field: Field,
        /// What it holds.
        text: String,
    },
    /// A date field that is not YYMMDD digits (nor the fillers Doc 9303
    /// allows for an unknown date of birth).
    NotADate {
        /// The field.
        field: Field,
        /// What it holds.
        text: String,
    },
    /// Digits that name no calendar day (month 13, 30 February ...).
    ImpossibleDate {
        /// The field.
        field: Field,
        /// What it holds.
        text: String,
    },
    /// Sex other than `M`, `F`, `X` or `<`.
    Sex {
        /// The character found.
        character: char,
    },
    /// The document expires before its holder was born.
    ExpiryBeforeBirth,
}

/// Something worth knowing that is not an error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// Lower-case letters were read as capitals.
    Uppercased,
    /// One line was exactly two or three MRZ lines glued together.
    Split {
        /// Characters in the glued line.
        length: usize,
        /// Lines it was split into.
        lines: usize,
        /// Characters per line.
        width: usize,
    },
    /// The date of birth is all fillers: unknown.
    BirthDateUnknown,
    /// Only part of the date of birth is given (fillers for month or day).
    BirthDatePartial,
    /// The date of expiry is all fillers.
    NoExpiryDate,
    /// The document number is longer than 9 characters and continues in
    /// the optional data, as Doc 9303 allows for TD1 and TD2.
    LongDocumentNumber,
}

/// What the MRZ says, as far as it could be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fields {
    /// Document code, fillers removed (`P`, `I`, `ID` ...).
    pub document_type: String,
    /// Issuing state or organisation code (`UTO`, `D`).
    pub issuing_state: String,
    /// Primary identifier.
    pub surname: String,
    /// Secondary identifier, names separated by spaces.
    pub given_names: String,
    /// Document number, fillers removed, with its continuation if long.
    pub document_number: String,
    /// Nationality code.
    pub nationality: String,
    /// Date of birth, when complete and real.
    pub birth_date: Option<Date>,
    /// Date of birth as written (YYMMDD).
    pub birth_date_raw: String,
    /// `M`, `F`, `X`, or `<` for unspecified.
    pub sex: char,
    /// Date of expiry, when complete and real.
    pub expiry_date: Option<Date>,
    /// Date of expiry as written (YYMMDD).
    pub expiry_date_raw: String,
    /// TD3: personal number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personal_number: Option<String>,
    /// Optional data (TD1 line 1, TD2, visas).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional_data: Option<String>,
    /// TD1: optional data on line 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional_data_2: Option<String>,
}

/// The result of checking an MRZ.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The format, when the line count fits one.
    pub format: Option<Format>,
    /// The fields, when every line has the right length.
    pub fields: Option<Fields>,
    /// Every check digit, in the order of the document.
    pub checks: Vec<Check>,
    /// Everything else that is wrong.
    pub problems: Vec<Problem>,
    /// What was noticed or adjusted.
    pub notes: Vec<Note>,
    /// Whether the date of expiry is before `today`; `None` when unknown.
    pub expired: Option<bool>,
}

impl Report {
    /// True when the MRZ was read, every check digit agrees and nothing is
    /// wrong. Says nothing about whether the document is genuine.
    pub fn valid(&self) -> bool {
        self.fields.is_some() && self.problems.is_empty() && self.checks.iter().all(|c| c.ok)
    }

    /// The checks that fail.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.ok)
    }
}

/// Checks the MRZ in `input`: its lines as separate strings, or in one
/// string separated by line breaks, or any mix. `today` decides expiry and
/// the century of two-digit birth years.
pub fn check(input: &[&str], today: Date) -> Report {
    let prepared = input::prepare(input);
    let mut report = Report {
        notes: prepared.notes,
        ..Report::default()
    };
    let lines = prepared.lines;
    let Some(format) = Format::detect(&lines) else {
        report
            .problems
            .push(Problem::LineCount { found: lines.len() });
        report.problems.extend(prepared.characters);
        return report;
    };
    report.format = Some(format);
    for (i, line) in lines.iter().enumerate() {
        if line.len() != format.width() {
            report.problems.push(Problem::Length {
                line: i + 1,
                found: line.len(),
                expected: format.width(),
            });
        }
    }
    let lengths_ok = report.problems.is_empty();
    report.problems.extend(prepared.characters);
    if lengths_ok {
        parse::parse(format, &lines, today, &mut report);
    }
    report
}

#[cfg(test)]
mod tests;
