//! The MRZ check against the ICAO Doc 9303 specimens, each with one
//! character changed in each checked field, and `fieldref mrz` by its output
//! and exit code.

mod common;
use fieldref::knowledge::{Date, Lang};
use fieldref::mrz::{Field, Format, check, report_text};
use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Doc 9303 Part 4 specimen (passport).
const TD3: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];
/// Doc 9303 Part 6 specimen. Its first line is 36 characters: the name
/// with 11 fillers (a 44-character copy of the TD3 name line is rejected).
const TD2: [&str; 2] = [
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
];
/// Doc 9303 Part 5 specimen (identity card).
const TD1: [&str; 3] = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];

fn today() -> Date {
    Date::new(2026, 11, 29).expect("a real date")
}

/// A character of the same class with a different value, so the weighted
/// sum moves by one and the check digit must change.
fn bump(c: char) -> char {
    match c {
        '9' => '0',
        '0'..='8' | 'A'..='Y' => char::from(c as u8 + 1),
        'Z' => 'A',
        _ => '1',
    }
}

fn changed(lines: &[&str], line: usize, position: usize) -> Vec<String> {
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            l.chars()
                .enumerate()
                .map(|(j, c)| {
                    if i == line && j == position {
                        bump(c)
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn specimens_pass() {
    for (lines, format, checks) in [
        (&TD3[..], Format::Td3, 5),
        (&TD2[..], Format::Td2, 4),
        (&TD1[..], Format::Td1, 4),
    ] {
        let r = check(lines, today());
        assert!(r.valid(), "{format:?}: {r:#?}");
        assert_eq!(r.format, Some(format));
        assert_eq!(r.checks.len(), checks);
        let f = r.fields.expect("fields");
        assert_eq!(
            (f.surname.as_str(), f.given_names.as_str()),
            ("ERIKSSON", "ANNA MARIA")
        );
        assert_eq!(f.issuing_state, "UTO");
        assert_eq!(f.nationality, "UTO");
        assert_eq!(f.sex, 'F');
        assert_eq!(f.birth_date, Date::new(1974, 8, 12));
        assert_eq!(f.expiry_date, Date::new(2012, 4, 15));
        assert_eq!(r.expired, Some(true));
    }
    assert_eq!(
        check(&TD3, today()).fields.map(|f| f.document_number),
        Some("L898902C3".into())
    );
    assert_eq!(
        check(&TD1, today()).fields.map(|f| f.document_number),
        Some("D23145890".into())
    );
}

#[test]
fn the_td2_name_line_copied_from_td3_is_too_long() {
    let wrong = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD2[1]];
    let r = check(&wrong, today());
    assert!(!r.valid());
    assert_eq!(r.format, Some(Format::Td2));
    assert!(report_text(&r, Lang::En).contains("line 1 has 44 characters; TD2 lines have 36"));
}

/// One character of a specimen changed, and the checks that must fail.
struct Mutation {
    name: &'static str,
    lines: &'static [&'static str],
    line: usize,
    position: usize,
    fails: Vec<Field>,
}

/// For each specimen, a data character and then the check digit of each
/// checked field (0-based line and position).
fn mutations() -> Vec<Mutation> {
    use Field::*;
    let m = |name, lines, line, position, fails| Mutation {
        name,
        lines,
        line,
        position,
        fails,
    };
    vec![
        m("TD3", &TD3, 1, 3, vec![DocumentNumber, Composite]),
        m("TD3", &TD3, 1, 9, vec![DocumentNumber, Composite]),
        m("TD3", &TD3, 1, 14, vec![BirthDate, Composite]),
        m("TD3", &TD3, 1, 19, vec![BirthDate, Composite]),
        m("TD3", &TD3, 1, 23, vec![ExpiryDate, Composite]),
        m("TD3", &TD3, 1, 27, vec![ExpiryDate, Composite]),
        m("TD3", &TD3, 1, 30, vec![PersonalNumber, Composite]),
        m("TD3", &TD3, 1, 42, vec![PersonalNumber, Composite]),
        m("TD3", &TD3, 1, 43, vec![Composite]),
        m("TD2", &TD2, 1, 0, vec![DocumentNumber, Composite]),
        m("TD2", &TD2, 1, 9, vec![DocumentNumber, Composite]),
        m("TD2", &TD2, 1, 18, vec![BirthDate, Composite]),
        m("TD2", &TD2, 1, 19, vec![BirthDate, Composite]),
        m("TD2", &TD2, 1, 26, vec![ExpiryDate, Composite]),
        m("TD2", &TD2, 1, 27, vec![ExpiryDate, Composite]),
        m("TD2", &TD2, 1, 35, vec![Composite]),
        m("TD1", &TD1, 0, 8, vec![DocumentNumber, Composite]),
        m("TD1", &TD1, 0, 14, vec![DocumentNumber, Composite]),
        m("TD1", &TD1, 1, 2, vec![BirthDate, Composite]),
        m("TD1", &TD1, 1, 6, vec![BirthDate, Composite]),
        m("TD1", &TD1, 1, 10, vec![ExpiryDate, Composite]),
        m("TD1", &TD1, 1, 14, vec![ExpiryDate, Composite]),
        m("TD1", &TD1, 1, 20, vec![Composite]),
        m("TD1", &TD1, 1, 29, vec![Composite]),
    ]
}

#[test]
fn one_changed_character_fails_exactly_its_fields() {
    for Mutation {
        name,
        lines,
        line,
        position,
        fails: fields,
    } in mutations()
    {
        let bad = changed(lines, line, position);
        let refs: Vec<&str> = bad.iter().map(String::as_str).collect();
        let r = check(&refs, today());
        let failed: Vec<Field> = r.failures().map(|c| c.field).collect();
        assert_eq!(
            failed,
            fields,
            "{name} line {} position {}",
            line + 1,
            position + 1
        );
        assert!(!r.valid());
        let text = report_text(&r, Lang::En);
        for f in &fields {
            let wanted = format!("✗ FAIL  {}", f.label(Lang::En));
            assert!(text.contains(&wanted), "{name}: {wanted} in\n{text}");
        }
        assert!(text.contains("should be"), "{text}");
    }
}

#[test]
fn failures_say_what_the_digit_should_be() {
    let bad = changed(&TD3, 1, 9);
    let refs: Vec<&str> = bad.iter().map(String::as_str).collect();
    let r = check(&refs, today());
    let doc = r.failures().next().expect("a failure");
    assert_eq!(
        (doc.field, doc.expected, doc.found),
        (Field::DocumentNumber, Some('6'), '7')
    );
    assert_eq!((doc.line, doc.position), (2, 10));
}

// ---- the command line -----------------------------------------------------

fn fieldref(args: &[&str], stdin: Option<&str>) -> Output {
    let home = tempfile::tempdir().expect("temp dir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fieldref"));
    cmd.args(args)
        .env("FIELDREF_CONFIG_DIR", home.path().join("config"))
        .env("FIELDREF_DATA_DIR", home.path().join("data"))
        .env("FIELDREF_CACHE_DIR", home.path().join("cache"))
        .env_remove("FIELDREF_KNOWLEDGE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("fieldref runs");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin.unwrap_or("").as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("fieldref finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn cli_accepts_the_td3_specimen() {
    let o = fieldref(&["mrz", TD3[0], TD3[1]], None);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("MRZ TD3"), "{out}");
    for field in [
        "Document number",
        "Date of birth",
        "Date of expiry",
        "Personal number",
        "Composite",
    ] {
        assert!(out.contains(&format!("✓ ok    {field}")), "{field}: {out}");
    }
    assert!(out.contains("EXPIRED"), "{out}");
    assert!(out.contains("prove nothing about authenticity"), "{out}");
    assert!(
        out.contains("fieldref show proc.document-examination"),
        "{out}"
    );
}

#[test]
fn cli_rejects_a_changed_document_number_naming_the_field() {
    let bad = TD3[1].replacen("L898902C3", "L898903C3", 1);
    let o = fieldref(&["mrz", TD3[0], &bad], None);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("✗ FAIL  Document number"), "{out}");
    assert!(out.contains("should be 3 (line 2, position 10)"), "{out}");
    assert!(!out.contains("All check digits are correct"), "{out}");
}

#[test]
fn cli_reads_one_argument_with_line_breaks_and_standard_input() {
    let joined = TD1.join("\n");
    let o = fieldref(&["mrz", &joined], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("MRZ TD1"));
    let piped = format!("  {}\n{}  \n", TD2[0], TD2[1]);
    let o = fieldref(&["mrz"], Some(&piped));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("MRZ TD2"));
}

#[test]
fn cli_reports_lower_case_spaces_and_stray_characters() {
    let lower = TD3[0].to_lowercase();
    let o = fieldref(&["mrz", &lower, TD3[1]], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("lower-case letters were read as capitals"));
    let spaced = TD3[1].replacen("7408122", "7408 22", 1);
    let o = fieldref(&["mrz", TD3[0], &spaced], None);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(out.contains("line 2, position 18: a space"), "{out}");
    let stray = TD3[0].replacen("ANNA<MARIA", "ANNA-MARIA", 1);
    let o = fieldref(&["mrz", &stray, TD3[1]], None);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out.contains("line 1, position 20: `-` is not an MRZ character"),
        "{out}"
    );
}

#[test]
fn cli_json_is_one_document() {
    let bad = TD1[1].replacen("1204159", "1204158", 1);
    let o = fieldref(&["mrz", "--json", TD1[0], &bad, TD1[2]], None);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["format"], "TD1");
    assert_eq!(v["valid"], false);
    assert_eq!(v["expired"], true);
    assert_eq!(v["fields"]["document_number"], "D23145890");
    assert_eq!(v["fields"]["birth_date"], "1974-08-12");
    let checks = v["checks"].as_array().expect("checks");
    let expiry = checks
        .iter()
        .find(|c| c["field"] == "expiry_date")
        .expect("expiry check");
    assert_eq!(
        (&expiry["expected"], &expiry["found"], &expiry["ok"]),
        (&"9".into(), &"8".into(), &false.into())
    );
    assert!(v["problems"].as_array().is_some_and(Vec::is_empty));

    let o = fieldref(&["mrz", "--json", TD1[0]], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["problems"][0]["kind"], "line_count");
    assert!(
        v["problems"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("found 1"))
    );
}

#[test]
fn cli_speaks_french() {
    let o = fieldref(&["--lang", "fr", "mrz", TD3[0], TD3[1]], None);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0));
    assert!(out.contains("✓ ok    Numéro du document"), "{out}");
    assert!(
        out.contains("ne prouvent rien quant à l'authenticité"),
        "{out}"
    );
}

proptest! {
    #![proptest_config(common::proptest_config(256))]

    #[test]
    fn any_text_never_panics(lines in proptest::collection::vec(".{0,100}", 0..5)) {
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let _ = check(&refs, today());
    }

    #[test]
    fn any_mrz_shaped_text_never_panics(
        width in prop_oneof![Just(30usize), Just(36), Just(44)],
        count in 2usize..4,
        text in "[A-Z0-9<a-z ]{132}",
        year in 1900i32..2200,
        doy in 0i64..365,
    ) {
        let chars: Vec<char> = text.chars().collect();
        let lines: Vec<String> = chars.chunks(width).take(count).map(|c| c.iter().collect()).collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let start = Date::new(year, 1, 1).expect("date");
        let today = Date::from_days_since_epoch(start.days_since_epoch() + doy);
        let r = check(&refs, today);
        let _ = report_text(&r, Lang::Fr);
        prop_assert!(!r.valid() || r.checks.iter().all(|c| c.ok));
    }
}
