//! Reads the fields of a well-sized MRZ and checks every digit.

use super::digit::{check_digit, is_mrz_char};
use super::layout::{Span, layout};
use super::{Check, Field, Fields, Format, Note, Problem, Report};
use crate::knowledge::Date;

/// Lines whose lengths match the format (checked by the caller; every
/// read below still goes through `get`, so nothing can panic).
struct Lines<'a>(&'a [Vec<char>]);

impl Lines<'_> {
    fn text(&self, s: Span) -> String {
        self.0
            .get(s.line)
            .and_then(|l| l.get(s.start..s.start + s.len))
            .map(|cs| cs.iter().collect())
            .unwrap_or_default()
    }

    fn char_at(&self, s: Span) -> char {
        self.0
            .get(s.line)
            .and_then(|l| l.get(s.start))
            .copied()
            .unwrap_or('<')
    }

    /// The check at `at` over the characters `over`.
    fn check(&self, field: Field, over: &str, at: Span) -> Check {
        let expected = check_digit(over.chars()).map(|d| char::from(b'0' + d));
        let found = self.char_at(at);
        Check {
            field,
            expected,
            found,
            ok: expected == Some(found),
            line: at.line + 1,
            position: at.start + 1,
        }
    }
}

/// Fills `report` with the fields and checks of `lines` in `format`.
pub(super) fn parse(format: Format, lines: &[Vec<char>], today: Date, report: &mut Report) {
    let l = layout(format);
    let lines = Lines(lines);
    let mut problems = Vec::new();

    let doc_type = lines.text(l.doc_type);
    let issuing_state = lines.text(l.issuing_state);
    let nationality = lines.text(l.nationality);
    let name = lines.text(l.name);
    for (field, text) in [
        (Field::DocumentType, &doc_type),
        (Field::IssuingState, &issuing_state),
        (Field::Nationality, &nationality),
        (Field::Name, &name),
    ] {
        // Characters outside the MRZ set are already reported by position.
        if text.chars().all(is_mrz_char) && text.chars().any(|c| c.is_ascii_digit()) {
            problems.push(Problem::NotLetters {
                field,
                text: text.clone(),
            });
        }
    }
    let (surname, given_names) = split_name(&name);

    // Document number, and its continuation in the optional data when the
    // check digit position holds a filler (Doc 9303 Parts 5 and 6): the
    // remaining characters, then the check digit over the whole number,
    // then a filler.
    let principal = lines.text(l.number);
    let optional = lines.text(l.optional);
    let continued: String = optional.chars().take_while(|&c| c != '<').collect();
    let (number, number_check_at, optional_rest) =
        if l.long_number && lines.char_at(l.number_check) == '<' && !continued.is_empty() {
            report.notes.push(Note::LongDocumentNumber);
            let n = continued.chars().count();
            let extra: String = continued.chars().take(n - 1).collect();
            let at = Span {
                line: l.optional.line,
                start: l.optional.start + n - 1,
                len: 1,
            };
            let rest: String = optional.chars().skip(n).collect();
            (format!("{principal}{extra}"), at, rest)
        } else {
            (principal, l.number_check, optional.clone())
        };
    report
        .checks
        .push(lines.check(Field::DocumentNumber, &number, number_check_at));

    let birth_raw = lines.text(l.birth);
    report
        .checks
        .push(lines.check(Field::BirthDate, &birth_raw, l.birth_check));
    let expiry_raw = lines.text(l.expiry);
    report
        .checks
        .push(lines.check(Field::ExpiryDate, &expiry_raw, l.expiry_check));

    if let Some(at) = l.optional_check {
        let mut c = lines.check(Field::PersonalNumber, &optional, at);
        // An unused personal number may have a filler as its check digit.
        if optional.chars().all(|c| c == '<') && c.found == '<' {
            c.ok = true;
        }
        report.checks.push(c);
    }
    if let Some((at, spans)) = l.composite {
        let over: String = spans.iter().map(|&s| lines.text(s)).collect();
        report.checks.push(lines.check(Field::Composite, &over, at));
    }

    let birth = read_date(
        Field::BirthDate,
        &birth_raw,
        today,
        &mut problems,
        &mut report.notes,
    );
    let expiry = read_date(
        Field::ExpiryDate,
        &expiry_raw,
        today,
        &mut problems,
        &mut report.notes,
    );
    if matches!((birth, expiry), (Some(b), Some(e)) if e < b) {
        problems.push(Problem::ExpiryBeforeBirth);
    }
    report.expired = expiry.map(|e| e < today);

    let sex = lines.char_at(l.sex);
    if is_mrz_char(sex) && !matches!(sex, 'M' | 'F' | 'X' | '<') {
        problems.push(Problem::Sex { character: sex });
    }

    let trimmed = |s: &str| s.trim_matches('<').to_string();
    let (personal_number, optional_data) = if l.optional_check.is_some() {
        (Some(trimmed(&optional)), None)
    } else {
        (None, Some(trimmed(&optional_rest)))
    };
    report.fields = Some(Fields {
        document_type: trimmed(&doc_type),
        issuing_state: trimmed(&issuing_state),
        surname,
        given_names,
        document_number: trimmed(&number),
        nationality: trimmed(&nationality),
        birth_date: birth,
        birth_date_raw: birth_raw,
        sex,
        expiry_date: expiry,
        expiry_date_raw: expiry_raw,
        personal_number,
        optional_data,
        optional_data_2: l.optional2.map(|s| trimmed(&lines.text(s))),
    });
    report.problems.extend(problems);
}

/// Surname before the first `<<`, given names after it; `<` between names
/// becomes a space.
fn split_name(raw: &str) -> (String, String) {
    let words = |s: &str| {
        s.split('<')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let raw = raw.trim_end_matches('<');
    match raw.split_once("<<") {
        Some((surname, given)) => (words(surname), words(given)),
        None => (words(raw), String::new()),
    }
}

/// A YYMMDD date. Birth years in the future belong to the previous century;
/// expiry years are 20YY. Fillers are allowed in a date of birth only for
/// unknown parts (all six, or month and day, or day).
fn read_date(
    field: Field,
    raw: &str,
    today: Date,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Note>,
) -> Option<Date> {
    let b: Vec<char> = raw.chars().collect();
    if b.len() != 6 || !b.iter().all(|&c| is_mrz_char(c)) {
        // Wrong characters are already reported by position.
        return None;
    }
    let num = |i: usize| -> Option<u8> {
        let (hi, lo) = (b[i].to_digit(10)?, b[i + 1].to_digit(10)?);
        u8::try_from(hi * 10 + lo).ok()
    };
    let filler = |i: usize| b[i] == '<' && b[i + 1] == '<';
    let text = raw.to_string();
    let birth = field == Field::BirthDate;
    let (yy, mm, dd) = (num(0), num(2), num(4));
    match (yy, mm, dd) {
        (Some(yy), Some(mm), Some(dd)) => {
            let year = if birth {
                birth_year(yy, mm, dd, today)
            } else {
                2000 + i32::from(yy)
            };
            let date = Date::new(year, mm, dd);
            if date.is_none() {
                problems.push(Problem::ImpossibleDate { field, text });
            }
            date
        }
        _ if b.iter().all(|&c| c == '<') => {
            notes.push(if birth {
                Note::BirthDateUnknown
            } else {
                Note::NoExpiryDate
            });
            None
        }
        (Some(_), Some(mm), None) if birth && filler(4) => {
            if (1..=12).contains(&mm) {
                notes.push(Note::BirthDatePartial);
            } else {
                problems.push(Problem::ImpossibleDate { field, text });
            }
            None
        }
        (Some(_), None, None) if birth && filler(2) && filler(4) => {
            notes.push(Note::BirthDatePartial);
            None
        }
        _ => {
            problems.push(Problem::NotADate { field, text });
            None
        }
    }
}

/// The century that puts a birth date on or before `today`.
fn birth_year(yy: u8, mm: u8, dd: u8, today: Date) -> i32 {
    let year = today.year - today.year.rem_euclid(100) + i32::from(yy);
    if (year, mm, dd) > (today.year, today.month, today.day) {
        year - 100
    } else {
        year
    }
}
