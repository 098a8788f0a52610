//! Unit tests of the MRZ check against the ICAO specimens.

use super::*;
use crate::knowledge::Lang;

const TD3: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];

fn today() -> Date {
    Date::new(2026, 11, 29).expect("a real date")
}

#[test]
fn td3_specimen_passes_and_parses() {
    let r = check(&TD3, today());
    assert!(r.valid(), "{r:#?}");
    assert_eq!(r.format, Some(Format::Td3));
    let f = r.fields.expect("fields");
    assert_eq!(f.surname, "ERIKSSON");
    assert_eq!(f.given_names, "ANNA MARIA");
    assert_eq!(f.document_number, "L898902C3");
    assert_eq!(f.birth_date, Date::new(1974, 8, 12));
    assert_eq!(f.expiry_date, Date::new(2012, 4, 15));
    assert_eq!(f.personal_number.as_deref(), Some("ZE184226B"));
    assert_eq!(r.expired, Some(true));
    assert_eq!(r.checks.len(), 5);
}

#[test]
fn birth_century_follows_today() {
    // 74 is 1974 seen from 2026, and in 2074 it becomes 2074 only once past
    // the birthday: a date of birth is never in the future.
    let early_2074 = Date::new(2074, 1, 1).expect("date");
    let r = check(&TD3, early_2074);
    assert_eq!(r.fields.and_then(|f| f.birth_date), Date::new(1974, 8, 12));
    let late_2074 = Date::new(2074, 9, 1).expect("date");
    let r = check(&TD3, late_2074);
    assert_eq!(r.fields.and_then(|f| f.birth_date), Date::new(2074, 8, 12));
}

#[test]
fn not_expired_on_the_expiry_day() {
    let r = check(&TD3, Date::new(2012, 4, 15).expect("date"));
    assert_eq!(r.expired, Some(false));
    let r = check(&TD3, Date::new(2012, 4, 16).expect("date"));
    assert_eq!(r.expired, Some(true));
}

/// TD3 line 2 with `birth` in place of the date of birth, every check
/// digit recomputed so only the date itself can be wrong.
fn td3_with_birth(birth: &str) -> [String; 2] {
    let mut l2: Vec<char> = TD3[1].chars().collect();
    for (i, c) in birth.chars().enumerate() {
        l2[13 + i] = c;
    }
    l2[19] = digit_of(&l2[13..19]);
    let composite: Vec<char> = l2[0..10]
        .iter()
        .chain(&l2[13..20])
        .chain(&l2[21..43])
        .copied()
        .collect();
    l2[43] = digit_of(&composite);
    [TD3[0].to_string(), l2.into_iter().collect()]
}

fn digit_of(chars: &[char]) -> char {
    char::from(b'0' + check_digit(chars.iter().copied()).expect("valid chars"))
}

#[test]
fn impossible_dates_are_flagged() {
    for bad in ["741312", "740230", "740000", "730229"] {
        let lines = td3_with_birth(bad);
        let r = check(&[&lines[0], &lines[1]], today());
        assert!(r.checks.iter().all(|c| c.ok), "{bad}: {:?}", r.checks);
        assert!(
            r.problems.contains(&Problem::ImpossibleDate {
                field: Field::BirthDate,
                text: bad.to_string()
            }),
            "{bad}: {:?}",
            r.problems
        );
        assert!(!r.valid());
    }
    // 29 February exists in 1972 (and 2000).
    let lines = td3_with_birth("720229");
    assert!(check(&[&lines[0], &lines[1]], today()).valid());
    let lines = td3_with_birth("000229");
    assert!(check(&[&lines[0], &lines[1]], today()).valid());
}

#[test]
fn unknown_and_partial_birth_dates_are_notes_not_problems() {
    for (raw, note) in [
        ("<<<<<<", Note::BirthDateUnknown),
        ("74<<<<", Note::BirthDatePartial),
        ("7408<<", Note::BirthDatePartial),
    ] {
        let lines = td3_with_birth(raw);
        let r = check(&[&lines[0], &lines[1]], today());
        assert!(r.valid(), "{raw}: {r:#?}");
        assert!(r.notes.contains(&note), "{raw}");
    }
    let lines = td3_with_birth("74O812");
    let r = check(&[&lines[0], &lines[1]], today());
    assert!(matches!(
        r.problems.as_slice(),
        [Problem::NotADate {
            field: Field::BirthDate,
            ..
        }]
    ));
}

#[test]
fn lower_case_and_glued_lines_are_read_with_a_note() {
    let lower = TD3.map(str::to_lowercase);
    let r = check(&[&lower[0], &lower[1]], today());
    assert!(r.valid());
    assert!(r.notes.contains(&Note::Uppercased));
    let glued = format!("  {}{}\n", TD3[0], TD3[1]);
    let r = check(&[&glued], today());
    assert!(r.valid(), "{r:#?}");
    assert!(matches!(r.notes.as_slice(), [Note::Split { lines: 2, .. }]));
    let two_in_one = format!("{}\r\n{}", TD3[0], TD3[1]);
    assert!(check(&[&two_in_one], today()).valid());
}

#[test]
fn spaces_and_stray_characters_are_reported_by_position() {
    let spaced = TD3[1].replacen("L898902C3", "L898 02C3", 1);
    let r = check(&[TD3[0], &spaced], today());
    assert!(!r.valid());
    assert!(r.problems.contains(&Problem::Character {
        line: 2,
        position: 5,
        character: ' '
    }));
    let doc = r.checks.first().expect("checks");
    assert_eq!(
        (doc.field, doc.expected, doc.ok),
        (Field::DocumentNumber, None, false)
    );
    let msg = r.problems[0].message(Lang::En);
    assert!(msg.contains("line 2, position 5"), "{msg}");
    let dashed = TD3[0].replacen("ANNA<MARIA", "ANNA-MARIA", 1);
    let r = check(&[&dashed, TD3[1]], today());
    assert_eq!(
        r.problems,
        vec![Problem::Character {
            line: 1,
            position: 20,
            character: '-'
        }]
    );
    // Check digits do not cover the name: every digit still agrees.
    assert!(r.checks.iter().all(|c| c.ok));
}

#[test]
fn wrong_sizes_are_explained() {
    let r = check(&[TD3[0]], today());
    assert_eq!(r.problems, vec![Problem::LineCount { found: 1 }]);
    let short = &TD3[1][..43];
    let r = check(&[TD3[0], short], today());
    assert_eq!(
        r.problems,
        vec![Problem::Length {
            line: 2,
            found: 43,
            expected: 44
        }]
    );
    assert!(r.fields.is_none() && !r.valid());
    assert!(
        check(&[], today())
            .problems
            .contains(&Problem::LineCount { found: 0 })
    );
}

#[test]
fn td1_long_document_number_continues_in_optional_data() {
    // Doc 9303 Part 11, Appendix D.2: a 12-character document number.
    let lines = [
        "I<UTOD23145890<7349<<<<<<<<<<<",
        "3407127M9507122UTO<<<<<<<<<<<2",
        "STEVENSON<<PETER<JOHN<<<<<<<<<",
    ];
    let r = check(&lines, today());
    assert!(r.valid(), "{r:#?}");
    let f = r.fields.as_ref().expect("fields");
    assert_eq!(f.document_number, "D23145890734");
    assert_eq!(f.optional_data.as_deref(), Some(""));
    assert!(r.notes.contains(&Note::LongDocumentNumber));
    let doc = &r.checks[0];
    assert_eq!((doc.line, doc.position, doc.found), (1, 19, '9'));
}

#[test]
fn td2_long_document_number_continues_in_optional_data() {
    let lines = [
        "I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<",
        "D23145890<UTO3407127M95071227349<<<8",
    ];
    let r = check(&lines, today());
    assert!(r.valid(), "{r:#?}");
    assert_eq!(
        r.fields.map(|f| f.document_number),
        Some("D23145890734".to_string())
    );
}

#[test]
fn visa_has_no_composite() {
    // A visa line 2 built from the TD3 specimen's data, optional data empty.
    let l1 = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    let l2 = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<<";
    let r = check(&[l1, l2], today());
    assert_eq!(r.format, Some(Format::MrvA));
    assert!(r.valid(), "{r:#?}");
    assert_eq!(r.checks.len(), 3);
}

#[test]
fn unused_personal_number_may_have_a_filler_check_digit() {
    let l2 = "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<6";
    let r = check(&[TD3[0], l2], today());
    let personal = r.checks.iter().find(|c| c.field == Field::PersonalNumber);
    assert!(personal.is_some_and(|c| c.ok), "{r:#?}");
}

#[test]
fn report_text_names_failures_in_both_languages() {
    let bad = TD3[1].replacen("L898902C3", "L898902C4", 1);
    let r = check(&[TD3[0], &bad], today());
    let en = report_text(&r, Lang::En);
    assert!(en.contains("✗ FAIL  Document number"), "{en}");
    assert!(en.contains("should be 7"), "{en}");
    let fr = report_text(&r, Lang::Fr);
    assert!(fr.contains("✗ ÉCHEC Numéro du document"), "{fr}");
    let ok = report_text(&check(&TD3, today()), Lang::En);
    assert!(ok.contains("✓ ok    Document number"), "{ok}");
    assert!(ok.contains("prove nothing about authenticity"), "{ok}");
    assert!(
        ok.contains("fieldref show proc.document-examination"),
        "{ok}"
    );
}
