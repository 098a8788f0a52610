//! Words for a [`Report`]: field labels, problem and note messages, and the
//! whole report as plain text, in English or French.

use super::{Check, Field, Fields, Format, Note, Problem, Report};
use crate::i18n::MrzMsg;
use crate::knowledge::{Date, Lang};
use std::fmt::Write;

impl Field {
    /// The field's name for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Field::DocumentType => MrzMsg::MrzDocumentType,
            Field::IssuingState => MrzMsg::MrzIssuingState,
            Field::Name => MrzMsg::MrzName,
            Field::DocumentNumber => MrzMsg::MrzDocumentNumber,
            Field::Nationality => MrzMsg::MrzNationality,
            Field::BirthDate => MrzMsg::MrzBirthDate,
            Field::Sex => MrzMsg::MrzSex,
            Field::ExpiryDate => MrzMsg::MrzExpiryDate,
            Field::PersonalNumber => MrzMsg::MrzPersonalNumber,
            Field::OptionalData => MrzMsg::MrzOptionalData,
            Field::OptionalData2 => MrzMsg::MrzOptionalData2,
            Field::Composite => MrzMsg::MrzComposite,
        }
        .text(lang)
    }
}

/// A character as it can safely be shown: in backticks, escaped when it is
/// not printable.
fn shown(c: char) -> String {
    format!("`{}`", c.escape_debug())
}

impl Problem {
    /// What is wrong, in one sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::LineCount { found } => MrzMsg::MrzLineCount.fill(lang, &[("found", found)]),
            Problem::Length {
                line,
                found,
                expected,
            } => {
                let format = match expected {
                    30 => "TD1",
                    36 => "TD2",
                    _ => "TD3",
                };
                MrzMsg::MrzLength.fill(
                    lang,
                    &[
                        ("line", line),
                        ("found", found),
                        ("expected", expected),
                        ("format", &format),
                    ],
                )
            }
            Problem::Character {
                line,
                position,
                character: ' ',
            } => MrzMsg::MrzSpace.fill(lang, &[("line", line), ("position", position)]),
            Problem::Character {
                line,
                position,
                character,
            } => MrzMsg::MrzCharacter.fill(
                lang,
                &[
                    ("line", line),
                    ("position", position),
                    ("character", &shown(*character)),
                ],
            ),
            Problem::MoreCharacters { line, count } => {
                MrzMsg::MrzMoreCharacters.fill(lang, &[("line", line), ("count", count)])
            }
            Problem::NotLetters { field, text } => {
                MrzMsg::MrzNotLetters.fill(lang, &[("field", &field.label(lang)), ("text", text)])
            }
            Problem::NotADate { field, text } => {
                MrzMsg::MrzNotADate.fill(lang, &[("field", &field.label(lang)), ("text", text)])
            }
            Problem::ImpossibleDate { field, text } => MrzMsg::MrzImpossibleDate
                .fill(lang, &[("field", &field.label(lang)), ("text", text)]),
            Problem::Sex { character } => MrzMsg::MrzBadSex.fill(
                lang,
                &[("character", &character.escape_debug().to_string())],
            ),
            Problem::ExpiryBeforeBirth => MrzMsg::MrzExpiryBeforeBirth.text(lang).to_string(),
        }
    }
}

impl Note {
    /// What was noticed, in one sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Note::Uppercased => MrzMsg::MrzUppercased.text(lang).to_string(),
            Note::Split {
                length,
                lines,
                width,
            } => MrzMsg::MrzSplit.fill(
                lang,
                &[("length", length), ("lines", lines), ("width", width)],
            ),
            Note::BirthDateUnknown => MrzMsg::MrzBirthUnknown.text(lang).to_string(),
            Note::BirthDatePartial => MrzMsg::MrzBirthPartial.text(lang).to_string(),
            Note::NoExpiryDate => MrzMsg::MrzNoExpiry.text(lang).to_string(),
            Note::LongDocumentNumber => MrzMsg::MrzLongNumber.text(lang).to_string(),
        }
    }
}

impl Check {
    /// One line: `✓ ok` or `✗ FAIL`, the field, and the digit or what is
    /// wrong with it. Never meaning by symbol alone.
    pub fn line(&self, lang: Lang) -> String {
        let mark = if self.ok {
            format!("✓ {:<5}", MrzMsg::MrzOk.text(lang))
        } else {
            format!("✗ {:<5}", MrzMsg::MrzFail.text(lang))
        };
        let found = shown(self.found);
        let at: [(&str, &dyn std::fmt::Display); 2] =
            [("line", &self.line), ("position", &self.position)];
        let detail = match self.expected {
            _ if self.ok => self.found.to_string(),
            Some(expected) => MrzMsg::MrzCheckWrong.fill(
                lang,
                &[("found", &found), ("expected", &expected), at[0], at[1]],
            ),
            None => MrzMsg::MrzCheckUncomputable.fill(lang, &[("found", &found), at[0], at[1]]),
        };
        format!("{mark} {:<19} {detail}", self.field.label(lang))
    }
}

impl Format {
    /// "MRZ TD3: 2 lines of 44 characters".
    pub fn describe(self, lang: Lang) -> String {
        MrzMsg::MrzFormat.fill(
            lang,
            &[
                ("format", &self.name()),
                ("lines", &self.lines()),
                ("width", &self.width()),
            ],
        )
    }
}

/// The fields as label-value rows, for any display.
pub fn field_rows(f: &Fields, expired: Option<bool>, lang: Lang) -> Vec<(&'static str, String)> {
    let date = |d: Option<Date>, raw: &str| match d {
        Some(d) => d.to_string(),
        None => format!("{} ({raw})", MrzMsg::MrzUnknown.text(lang)),
    };
    let sex = match f.sex {
        'F' => MrzMsg::MrzFemale.text(lang).to_string(),
        'M' => MrzMsg::MrzMale.text(lang).to_string(),
        'X' => MrzMsg::MrzSexX.text(lang).to_string(),
        '<' => MrzMsg::MrzSexUnspecified.text(lang).to_string(),
        c => shown(c),
    };
    let expiry = match (f.expiry_date, expired) {
        (Some(d), Some(true)) => format!("{d}  {}", MrzMsg::MrzExpired.text(lang)),
        (Some(d), _) => format!("{d}  ({})", MrzMsg::MrzNotExpired.text(lang)),
        (None, _) => date(None, &f.expiry_date_raw),
    };
    let mut rows = vec![
        (MrzMsg::MrzDocumentType.text(lang), f.document_type.clone()),
        (MrzMsg::MrzIssuingState.text(lang), f.issuing_state.clone()),
        (MrzMsg::MrzSurname.text(lang), f.surname.clone()),
        (MrzMsg::MrzGivenNames.text(lang), f.given_names.clone()),
        (
            MrzMsg::MrzDocumentNumber.text(lang),
            f.document_number.clone(),
        ),
        (MrzMsg::MrzNationality.text(lang), f.nationality.clone()),
        (
            MrzMsg::MrzBirthDate.text(lang),
            date(f.birth_date, &f.birth_date_raw),
        ),
        (MrzMsg::MrzSex.text(lang), sex),
        (MrzMsg::MrzExpiryDate.text(lang), expiry),
    ];
    let optional = [
        (MrzMsg::MrzPersonalNumber, &f.personal_number),
        (MrzMsg::MrzOptionalData, &f.optional_data),
        (MrzMsg::MrzOptionalData2, &f.optional_data_2),
    ];
    for (label, value) in optional {
        if let Some(v) = value.as_ref().filter(|v| !v.is_empty()) {
            rows.push((label.text(lang), v.clone()));
        }
    }
    rows
}

/// The whole report as plain text: format, fields, one line per check,
/// problems, notes, and the verdict with its warning about authenticity.
pub fn report_text(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(format) = report.format {
        let _ = writeln!(out, "{}", format.describe(lang));
    }
    if let Some(fields) = &report.fields {
        let rows = field_rows(fields, report.expired, lang);
        let width = rows
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (label, value) in rows {
            let pad = width - label.chars().count();
            let _ = writeln!(out, "  {label}{}  {value}", " ".repeat(pad));
        }
    }
    if !report.checks.is_empty() {
        let _ = writeln!(out, "\n{}", heading(MrzMsg::MrzChecks, lang));
        for c in &report.checks {
            let _ = writeln!(out, "  {}", c.line(lang));
        }
    }
    if !report.problems.is_empty() {
        let _ = writeln!(out, "\n{}", heading(MrzMsg::MrzProblems, lang));
        for p in &report.problems {
            let _ = writeln!(out, "  ✗ {}", p.message(lang));
        }
    }
    if !report.notes.is_empty() {
        let _ = writeln!(out, "\n{}", heading(MrzMsg::MrzNotes, lang));
        for n in &report.notes {
            let _ = writeln!(out, "  - {}", n.message(lang));
        }
    }
    out.push('\n');
    if report.valid() {
        let _ = writeln!(out, "{}", MrzMsg::MrzAllOk.text(lang));
        if let (Some(true), Some(d)) = (
            report.expired,
            report.fields.as_ref().and_then(|f| f.expiry_date),
        ) {
            let _ = writeln!(
                out,
                "{}",
                MrzMsg::MrzExpiredWarning.fill(lang, &[("date", &d)])
            );
        }
        let _ = writeln!(out, "{}", MrzMsg::MrzAuthenticity.text(lang));
    } else {
        let _ = writeln!(out, "{}", MrzMsg::MrzNotValid.text(lang));
        let _ = writeln!(out, "{}", MrzMsg::MrzReadingHint.text(lang));
    }
    let _ = write!(out, "{}", MrzMsg::MrzSeeProcedure.text(lang));
    out
}

/// A heading followed by a colon, with the space French puts before it.
fn heading(msg: MrzMsg, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{}:", msg.text(lang)),
        Lang::Fr | Lang::Rn => format!("{} :", msg.text(lang)),
    }
}
