//! Trust goes wherever a contact or a number leaves the app: with an
//! unsigned extra pack (`tests/fixtures/good-local`, fictional number
//! `000 000 000`) loaded beside the bundled ones, every export line that
//! carries one of its numbers says "local, unsigned", and so do `show` and
//! `list`, as text and as JSON (`trust`); bundled items never do.

mod common;

use common::*;
use fieldref::export::{self, Format, Options};
use fieldref::knowledge::{Date, Lang};
use serde_json::Value;

const LOCAL_NUMBER: &str = "000 000 000";
const LOCAL_CONTACT: &str = "test-local.contact.office";

fn local() -> String {
    fixture("good-local").display().to_string()
}

fn opts(format: Format, lang: Lang) -> Options {
    Options {
        today: Date::parse("2026-12-01").expect("date"),
        ..Options::new(format, lang)
    }
}

/// Every local number is followed by the marker (text wraps lines, so
/// whitespace is squashed first; Markdown may escape the brackets).
fn numbers_marked(out: &str, marker: &str) {
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = flat.replace("\\[", "[").replace("\\]", "]");
    let found: Vec<&str> = flat
        .match_indices(LOCAL_NUMBER)
        .map(|(i, _)| &flat[i..])
        .collect();
    assert!(!found.is_empty(), "the local number is exported:\n{out}");
    for rest in found {
        let after = rest[LOCAL_NUMBER.len()..].trim_start_matches('*');
        assert!(
            after.starts_with(&format!(" {marker}")),
            "unmarked number: {}",
            &rest[..rest.len().min(80)]
        );
    }
}

#[test]
fn a_flow_outcome_marks_the_unsigned_number_and_only_that_one() {
    let loaded = load_with_bundled(&[&fixture("good-local")]);
    let k = &loaded.knowledge;
    for (format, lang, marker) in [
        (Format::Markdown, Lang::En, "[local, unsigned]"),
        (Format::Text, Lang::En, "[local, unsigned]"),
        (Format::Text, Lang::Fr, "[local, non signé]"),
    ] {
        let out = export::flow_outcome(k, "test-local.flow", &[("first", 0)], &opts(format, lang))
            .expect("the outcome");
        numbers_marked(&out, marker);
        // The outcome also lists bundled police contacts: those stay
        // unmarked, so the marker appears once per local number only.
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        let word = marker.trim_start_matches('[').trim_end_matches(']');
        assert_eq!(
            flat.matches(word).count(),
            flat.matches(LOCAL_NUMBER).count(),
            "{format:?} {lang:?}: only the local number is marked:\n{out}"
        );
    }
}

#[test]
fn contact_flow_and_deck_exports_mark_unsigned_items() {
    let loaded = load_with_bundled(&[&fixture("good-local")]);
    let k = &loaded.knowledge;
    let o = opts(Format::Text, Lang::En);
    let contact = k.get(LOCAL_CONTACT).expect("local contact");
    let out = export::item(k, contact, &o);
    numbers_marked(&out, "[local, unsigned]");
    assert!(
        out.contains("local, unsigned ·") || out.contains("local, unsigned\n"),
        "badge:\n{out}"
    );
    let flow = k.get("test-local.flow").expect("local flow");
    let sheet = export::item(k, flow, &o);
    assert!(
        sheet.contains("local, unsigned"),
        "the flow's badge:\n{sheet}"
    );
    numbers_marked(&sheet, "[local, unsigned]");
    let bundled = k.get("palermo.art3a").expect("bundled");
    assert!(!export::item(k, bundled, &o).contains("local, unsigned"));
}

#[test]
fn cli_export_marks_the_unsigned_number() {
    let run = Sandbox::new().run(&[
        "--knowledge",
        &local(),
        "export",
        "--format",
        "txt",
        LOCAL_CONTACT,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    numbers_marked(&run.stdout, "[local, unsigned]");
}

#[test]
fn show_json_reports_trust() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["--knowledge", &local(), "show", "--json", LOCAL_CONTACT]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(v["trust"]["state"], "unsigned", "{v}");
    assert_eq!(v["trust"]["trusted"], false);
    assert_eq!(
        v["id"], LOCAL_CONTACT,
        "the item's own fields are still there"
    );
    let run = sandbox.run(&["show", "--json", "palermo.art3a"]);
    let v: Value = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(v["trust"]["state"], "bundled", "{v}");
    assert_eq!(v["trust"]["trusted"], true);
}

#[test]
fn show_text_marks_the_unsigned_number_and_badge() {
    let run = Sandbox::new().run(&["--knowledge", &local(), "show", LOCAL_CONTACT]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    numbers_marked(&run.stdout, "[local, unsigned]");
}

#[test]
fn list_reports_trust_as_json_and_text() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "--knowledge",
        &local(),
        "list",
        "--json",
        "--kind",
        "contact",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows: Vec<Value> = serde_json::from_str(&run.stdout).expect("json array");
    let row = rows
        .iter()
        .find(|r| r["id"] == LOCAL_CONTACT)
        .expect("local row");
    assert_eq!(row["trust"]["state"], "unsigned");
    assert_eq!(row["trust"]["trusted"], false);
    let bundled = rows
        .iter()
        .find(|r| r["pack"] != "test-good-local")
        .expect("a bundled contact");
    assert_eq!(bundled["trust"]["state"], "bundled");
    assert_eq!(bundled["trust"]["trusted"], true);
    let run = sandbox.run(&["--knowledge", &local(), "list", "--kind", "contact"]);
    for line in run.stdout.lines() {
        let is_local = line.contains(LOCAL_CONTACT);
        assert_eq!(
            line.contains("[local, unsigned]"),
            is_local || line.contains("bi.contact.tip-hotline"),
            "only the local pack's rows are marked: {line}"
        );
    }
}
