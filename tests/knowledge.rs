//! The pack loader and validator through the library API: every validation
//! rule against a fixture pack broken in exactly one way, the good local
//! pack, the sanitiser on hostile strings, the file limits, and the promise
//! that a broken extra pack never costs the bundled knowledge.

mod common;

use common::*;
use fieldref::knowledge::sources::MAX_FILE_BYTES;
use fieldref::knowledge::{Body, Diagnostic, Kind, Lang, Loaded};
use std::ops::RangeInclusive;
use std::path::Path;

/// Every broken fixture: (directory, file that holds the problem).
const BROKEN: &[(&str, &str)] = &[
    ("broken-unknown-field", "items.toml"),
    ("broken-wrong-type", "items.toml"),
    ("broken-duplicate-id", "items.toml"),
    ("broken-unresolved-related", "items.toml"),
    ("broken-flow-unreachable", "flows.toml"),
    ("broken-flow-dead-end", "flows.toml"),
    ("broken-flow-missing-next", "flows.toml"),
    ("broken-missing-language", "items.toml"),
    ("broken-bad-date", "items.toml"),
    ("broken-bad-phone", "contacts.toml"),
    ("broken-verified-without-date", "contacts.toml"),
    ("broken-missing-source", "items.toml"),
    ("broken-toml-syntax", "items.toml"),
    ("broken-bad-id", "items.toml"),
    ("broken-unknown-instrument", "laws.toml"),
    ("broken-replaces-nothing", "items.toml"),
    ("broken-empty-file", "items.toml"),
];

/// Loads a broken fixture alone and returns its only error, checking that
/// the error names `fixture/file`, sits on a line in `lines` (and at
/// `column` when given), and that its message contains every one of `says`.
fn only_error(
    fixture: &str,
    file: &str,
    lines: RangeInclusive<usize>,
    column: Option<usize>,
    says: &[&str],
) -> Diagnostic {
    let loaded = load_alone(&[&common::fixture(fixture)]);
    let errs = errors(&loaded);
    assert_eq!(
        errs.len(),
        1,
        "{fixture} is broken in exactly one way, so expected one error, got:\n{}",
        listing(&errs)
    );
    let d = errs[0].clone();
    assert_error(&d, fixture, file, lines, column, says);
    d
}

fn assert_error(
    d: &Diagnostic,
    fixture: &str,
    file: &str,
    lines: RangeInclusive<usize>,
    column: Option<usize>,
    says: &[&str],
) {
    let wanted = Path::new(fixture).join(file);
    assert!(
        Path::new(&d.file).ends_with(&wanted),
        "error should name {}, got: {d}",
        wanted.display()
    );
    assert!(lines.contains(&d.line), "line should be in {lines:?}: {d}");
    if let Some(col) = column {
        assert_eq!(d.column, col, "column: {d}");
    }
    for s in says {
        assert!(d.message.contains(s), "message should say {s:?}: {d}");
    }
}

#[test]
fn unknown_field_is_named_at_its_key() {
    only_error(
        "broken-unknown-field",
        "items.toml",
        7..=7,
        Some(1),
        &["unknown field `colour`"],
    );
}

#[test]
fn wrong_type_points_at_the_value() {
    only_error(
        "broken-wrong-type",
        "items.toml",
        7..=7,
        Some(8),
        &["invalid type", "string", "sequence"],
    );
}

#[test]
fn duplicate_id_points_at_the_second_definition_and_names_the_first() {
    let d = only_error(
        "broken-duplicate-id",
        "items.toml",
        16..=16,
        Some(1),
        &["duplicate id", "test.term", "items.toml:5", "replaces"],
    );
    assert_eq!(d.id.as_deref(), Some("test.term"));
}

#[test]
fn duplicate_id_keeps_the_first_definition() {
    let loaded = load_alone(&[&fixture("broken-duplicate-id")]);
    let item = loaded.knowledge.get("test.term").expect("first definition");
    assert_eq!(item.title(Lang::En), "Test term");
}

#[test]
fn unresolved_related_points_at_the_missing_id() {
    only_error(
        "broken-unresolved-related",
        "items.toml",
        7..=7,
        Some(25),
        &["related", "`test.nowhere`", "no loaded item"],
    );
}

#[test]
fn unreachable_flow_node_is_named_at_its_line() {
    only_error(
        "broken-flow-unreachable",
        "flows.toml",
        30..=30,
        Some(6),
        &["`orphan`", "cannot be reached", "`first`"],
    );
}

#[test]
fn flow_cycle_without_exit_names_every_node_of_the_cycle() {
    let loaded = load_alone(&[&fixture("broken-flow-dead-end")]);
    let errs = errors(&loaded);
    assert_eq!(
        errs.len(),
        2,
        "one error per trapped node:\n{}",
        listing(&errs)
    );
    assert_error(
        errs[0],
        "broken-flow-dead-end",
        "flows.toml",
        31..=31,
        Some(6),
        &["`loop-a`", "no path", "outcome", "cycle"],
    );
    assert_error(
        errs[1],
        "broken-flow-dead-end",
        "flows.toml",
        39..=39,
        Some(6),
        &["`loop-b`", "no path", "outcome"],
    );
    assert!(
        loaded.knowledge.get("test.flow").is_none(),
        "a trapping flow must not load"
    );
}

#[test]
fn flow_missing_next_names_the_missing_node() {
    // The node starts on line 16; the bad option is on line 20.
    only_error(
        "broken-flow-missing-next",
        "flows.toml",
        16..=20,
        None,
        &["`nowhere`", "`first`", "does not have"],
    );
}

#[test]
fn flow_missing_next_points_at_the_option() {
    only_error(
        "broken-flow-missing-next",
        "flows.toml",
        20..=20,
        None,
        &["`nowhere`"],
    );
}

#[test]
fn missing_language_is_named_at_the_item() {
    let d = only_error(
        "broken-missing-language",
        "items.toml",
        5..=5,
        Some(6),
        &["missing language", "fr"],
    );
    assert_eq!(d.id.as_deref(), Some("test.term"));
}

#[test]
fn impossible_date_points_at_the_value() {
    only_error(
        "broken-bad-date",
        "items.toml",
        7..=7,
        Some(12),
        &["`2026-02-30`", "not a valid date", "YYYY-MM-DD"],
    );
}

#[test]
fn implausible_phone_points_at_the_number() {
    only_error(
        "broken-bad-phone",
        "contacts.toml",
        10..=10,
        Some(14),
        &["implausible phone number", "`ask at the desk`"],
    );
}

#[test]
fn verified_contact_without_date_is_an_error() {
    // The item starts on line 5; `verified = true` is on line 10.
    only_error(
        "broken-verified-without-date",
        "contacts.toml",
        5..=10,
        None,
        &["`verified = true`", "`verified_on`"],
    );
}

#[test]
fn verified_contact_without_date_points_at_verified() {
    only_error(
        "broken-verified-without-date",
        "contacts.toml",
        10..=10,
        None,
        &["`verified_on`"],
    );
}

#[test]
fn missing_source_is_named_at_the_item() {
    only_error(
        "broken-missing-source",
        "items.toml",
        5..=5,
        Some(6),
        &["missing `source`"],
    );
}

#[test]
fn toml_syntax_error_points_at_the_broken_string() {
    only_error(
        "broken-toml-syntax",
        "items.toml",
        8..=8,
        Some(19),
        &["string"],
    );
}

#[test]
fn malformed_id_points_at_the_id() {
    only_error(
        "broken-bad-id",
        "items.toml",
        5..=5,
        Some(6),
        &["invalid id", "`Test Term`"],
    );
}

#[test]
fn unknown_instrument_is_an_error_and_drops_the_law() {
    // The item starts on line 5; the citation is on line 9.
    only_error(
        "broken-unknown-instrument",
        "laws.toml",
        5..=9,
        None,
        &["instrument", "`test-no-such-decree`"],
    );
    let loaded = load_alone(&[&fixture("broken-unknown-instrument")]);
    assert!(loaded.knowledge.get("test.decree.art1").is_none());
}

#[test]
fn unknown_instrument_points_at_the_citation() {
    only_error(
        "broken-unknown-instrument",
        "laws.toml",
        9..=9,
        None,
        &["`test-no-such-decree`"],
    );
}

#[test]
fn replaces_nothing_is_an_error() {
    // The item starts on line 5; `replaces` is on line 6.
    only_error(
        "broken-replaces-nothing",
        "items.toml",
        5..=6,
        None,
        &["`replaces = \"test.nothing\"`", "no loaded item"],
    );
}

#[test]
fn replaces_nothing_points_at_replaces() {
    only_error(
        "broken-replaces-nothing",
        "items.toml",
        6..=6,
        None,
        &["`test.nothing`"],
    );
}

#[test]
fn empty_file_is_refused_by_name() {
    let d = only_error("broken-empty-file", "items.toml", 0..=0, None, &["empty"]);
    assert!(
        d.to_string().contains("broken-empty-file/items.toml"),
        "{d}"
    );
}

/// A tempdir pack whose `items.toml` holds `bytes`.
fn temp_pack(id: &str, items: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pack.toml"), pack_toml(id)).expect("write pack.toml");
    std::fs::write(dir.path().join("items.toml"), items).expect("write items.toml");
    dir
}

#[test]
fn non_utf8_file_is_refused_with_the_offset_of_the_bad_byte() {
    // "# TEST DATA\n" is 12 bytes; 0xE9 is Latin-1 'é', invalid alone in UTF-8.
    let mut bytes = b"# TEST DATA\nid = \"caf".to_vec();
    bytes.push(0xE9);
    bytes.extend_from_slice(b"\"\n");
    let dir = temp_pack("test-non-utf8", &bytes);
    let loaded = load_alone(&[dir.path()]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    let d = errs[0];
    assert!(d.file.ends_with("items.toml"), "{d}");
    assert!(d.message.contains("UTF-8"), "{d}");
    assert!(d.message.contains("offset 21"), "{d}");
}

#[test]
fn file_over_8_mib_is_refused_by_name() {
    let mut bytes = vec![b'#'; MAX_FILE_BYTES as usize + 1];
    bytes[MAX_FILE_BYTES as usize] = b'\n';
    let dir = temp_pack("test-huge", &bytes);
    let loaded = load_alone(&[dir.path()]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    let shown = errs[0].to_string();
    assert!(shown.contains("items.toml"), "{shown}");
    assert!(shown.contains("8 MiB"), "{shown}");
}

#[test]
fn file_of_exactly_8_mib_is_accepted() {
    let item = glossary_toml("test.big");
    let mut bytes = item.into_bytes();
    let filler = MAX_FILE_BYTES as usize - bytes.len();
    // One long comment line fills the file to exactly the limit.
    bytes.push(b'#');
    bytes.extend(std::iter::repeat_n(b'x', filler - 2));
    bytes.push(b'\n');
    assert_eq!(bytes.len() as u64, MAX_FILE_BYTES);
    let dir = temp_pack("test-big", &bytes);
    let loaded = load_alone(&[dir.path()]);
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    assert!(loaded.knowledge.get("test.big").is_some());
}

#[test]
fn good_local_pack_loads_beside_the_bundled_ones_without_errors() {
    let loaded = load_with_bundled(&[&fixture("good-local")]);
    let errs = errors(&loaded);
    assert!(errs.is_empty(), "{}", listing(&errs));
    let k = &loaded.knowledge;
    let pack = k.pack("test-good-local").expect("pack loaded");
    assert!(!pack.bundled);
    for id in [
        "test-local.decree.art1",
        "test-local.contact.office",
        "test-local.flow",
    ] {
        assert_eq!(
            k.get(id).map(|i| i.pack.as_str()),
            Some("test-good-local"),
            "{id}"
        );
    }
}

#[test]
fn good_local_law_cites_its_own_instrument() {
    let loaded = load_with_bundled(&[&fixture("good-local")]);
    let law = loaded.knowledge.get("test-local.decree.art1").expect("law");
    assert_eq!(
        law.citation(Lang::En).as_deref(),
        Some("Test Decree, Art. 1")
    );
    assert_eq!(
        law.citation(Lang::Fr).as_deref(),
        Some("Décret de test, art. 1")
    );
}

#[test]
fn good_local_replacement_is_in_effect() {
    let loaded = load_with_bundled(&[&fixture("good-local")]);
    let k = &loaded.knowledge;
    let hotline = k
        .get("bi.contact.tip-hotline")
        .expect("hotline still there");
    assert_eq!(hotline.pack, "test-good-local");
    assert_eq!(
        hotline.title(Lang::En),
        "Fictional local hotline (test data)"
    );
    let copies = k
        .items
        .iter()
        .filter(|i| i.id == "bi.contact.tip-hotline")
        .count();
    assert_eq!(
        copies, 1,
        "the replaced bundled item must be gone, not duplicated"
    );
    let bundled = load_with_bundled(&[]);
    assert_eq!(
        k.of_kind(Kind::Contact).count(),
        bundled.knowledge.of_kind(Kind::Contact).count() + 1,
        "one new contact, one replaced"
    );
}

#[test]
fn escapes_fixture_really_holds_hostile_characters() {
    // Guards the guard: if someone "cleans" the fixture, the sanitiser test
    // below would pass without testing anything.
    let text = std::fs::read_to_string(fixture("escapes/items.toml")).expect("read");
    let table: toml::Table = toml::from_str(&text).expect("the fixture is valid TOML");
    let raw = serde_json::to_value(&table).expect("json");
    let mut strings = Vec::new();
    json_strings(&raw, String::new(), &mut strings);
    for needle in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{200b}', '\u{0}'] {
        assert!(
            strings.iter().any(|(_, s)| s.contains(needle)),
            "fixture lost {needle:?}"
        );
    }
}

fn load_escapes() -> Loaded {
    let loaded = load_alone(&[&fixture("escapes")]);
    let errs = errors(&loaded);
    assert!(
        errs.is_empty(),
        "hostile text is cleaned, not refused:\n{}",
        listing(&errs)
    );
    loaded
}

#[test]
fn no_loaded_string_holds_controls_bidi_or_zero_width_characters() {
    let loaded = load_escapes();
    let k = &loaded.knowledge;
    assert_eq!(k.items.len(), 3);
    let mut strings = Vec::new();
    for item in &k.items {
        let v = serde_json::to_value(item).expect("item to json");
        json_strings(&v, item.id.clone(), &mut strings);
        // Text serialised elsewhere than the item's JSON.
        strings.push((format!("{}.origin", item.id), item.origin.file.clone()));
    }
    for pack in &k.packs {
        json_strings(
            &serde_json::to_value(pack).unwrap(),
            pack.id.clone(),
            &mut strings,
        );
    }
    assert!(
        strings.len() > 40,
        "walked too few strings: {}",
        strings.len()
    );
    for (path, s) in &strings {
        assert!(
            !s.chars().any(is_forbidden),
            "{path} still holds a forbidden character: {s:?}"
        );
    }
}

#[test]
fn sanitised_text_keeps_the_readable_words_newlines_and_tabs() {
    let loaded = load_escapes();
    let k = &loaded.knowledge;
    let term = k.get("test.escapes.term").expect("term");
    assert_eq!(term.title(Lang::En), "Escaped title");
    assert_eq!(
        term.body_text(Lang::En),
        "Line one and red txt\nLine two\twith tab"
    );
    assert_eq!(term.title(Lang::Fr), "Titre échappé");
    assert_eq!(term.body_text(Lang::Fr), "Ligne un\nLigne deux");
    assert_eq!(term.tags, ["tagged", "title"]);
    assert_eq!(
        k.pack("test-escapes").unwrap().title.text(Lang::En),
        "Escapes test pack"
    );

    let Body::Contact(contact) = &k.get("test.escapes.contact").unwrap().body else {
        panic!("not a contact");
    };
    assert_eq!(contact.organisation, "Fictional office");
    assert_eq!(contact.phones[0].label.text(Lang::En), "Fake line");
    assert_eq!(contact.phones[0].label.text(Lang::Fr), "Ligne fictive");
    assert_eq!(contact.regions, ["Testland"]);

    let Body::Flow(flow) = &k.get("test.escapes.flow").unwrap().body else {
        panic!("not a flow");
    };
    let v = serde_json::to_value(flow.node("first").unwrap()).unwrap();
    assert_eq!(v["question"]["en"], "Question?");
    assert_eq!(v["options"][0]["label"]["en"], "Yes");
    assert_eq!(v["options"][1]["label"]["en"], "No");
    assert_eq!(v["help"]["fr"], "Aide texte");
}

/// Ids and packs of every bundled item.
fn bundled_items() -> Vec<(String, String)> {
    let loaded = load_with_bundled(&[]);
    assert_eq!(loaded.error_count(), 0, "the bundled packs must be clean");
    loaded
        .knowledge
        .items
        .iter()
        .map(|i| (i.id.clone(), i.pack.clone()))
        .collect()
}

fn assert_bundled_intact(loaded: &Loaded, bundled: &[(String, String)], what: &str) {
    for (id, pack) in bundled {
        let item = loaded.knowledge.get(id);
        assert_eq!(
            item.map(|i| i.pack.as_str()),
            Some(pack.as_str()),
            "{what}: bundled item {id} lost or changed"
        );
    }
}

#[test]
fn every_broken_pack_leaves_every_bundled_item_in_place() {
    let bundled = bundled_items();
    for (name, file) in BROKEN {
        let loaded = load_with_bundled(&[&fixture(name)]);
        let errs = errors(&loaded);
        assert!(!errs.is_empty(), "{name} should report an error");
        for d in &errs {
            assert!(
                d.file.contains(name),
                "{name}: the error must be blamed on the broken pack, not elsewhere: {d}"
            );
            assert!(d.file.ends_with(file) || d.line == 0, "{name}: {d}");
        }
        assert_bundled_intact(&loaded, &bundled, name);
    }
}

#[test]
fn non_utf8_and_huge_packs_leave_every_bundled_item_in_place() {
    let bundled = bundled_items();
    let bad = temp_pack("test-bad-bytes", b"# \xff\xfe\n");
    let huge = temp_pack("test-huge", &vec![b'#'; MAX_FILE_BYTES as usize + 1]);
    let loaded = load_with_bundled(&[bad.path(), huge.path()]);
    assert_eq!(loaded.error_count(), 2, "{:?}", loaded.diagnostics);
    assert_bundled_intact(&loaded, &bundled, "non-UTF-8 and huge packs");
}

#[test]
fn extra_pack_redefining_a_bundled_id_without_replaces_cannot_take_it_over() {
    let bundled = bundled_items();
    let dir = temp_pack("test-hijack", glossary_toml("palermo.art3a").as_bytes());
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    assert!(errs[0].file.ends_with("items.toml"), "{}", errs[0]);
    assert!(errs[0].message.contains("duplicate id"), "{}", errs[0]);
    assert_bundled_intact(&loaded, &bundled, "hijack attempt");
    let art3a = loaded.knowledge.get("palermo.art3a").unwrap();
    assert!(
        art3a
            .body_text(Lang::En)
            .contains("\"Trafficking in persons\" shall mean")
    );
}

#[test]
fn extra_pack_reusing_a_bundled_pack_id_is_skipped() {
    let bundled = bundled_items();
    let dir = temp_pack("international", glossary_toml("test.term").as_bytes());
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    assert!(errs[0].message.contains("`international`"), "{}", errs[0]);
    assert!(loaded.knowledge.get("test.term").is_none());
    assert_bundled_intact(&loaded, &bundled, "pack id clash");
}

#[test]
fn missing_knowledge_directory_is_an_error_not_a_crash() {
    let bundled = bundled_items();
    let gone = Path::new("/nonexistent/fieldref-test-packs");
    let loaded = load_with_bundled(&[gone]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    assert!(errs[0].file.contains("fieldref-test-packs"), "{}", errs[0]);
    assert_bundled_intact(&loaded, &bundled, "missing directory");
}

#[test]
fn hostile_pack_still_reports_its_four_mistakes_with_positions() {
    let loaded = load_alone(&[&fixture("hostile-diagnostics")]);
    let lines: Vec<usize> = errors(&loaded).iter().map(|d| d.line).collect();
    assert_eq!(lines, [3, 8, 17, 27], "{:?}", loaded.diagnostics);
}

#[test]
fn diagnostics_never_carry_escape_sequences() {
    let loaded = load_alone(&[&fixture("hostile-diagnostics")]);
    assert_eq!(loaded.error_count(), 4, "{:?}", loaded.diagnostics);
    for d in &loaded.diagnostics {
        let shown = d.to_string();
        assert!(!shown.chars().any(is_forbidden), "{shown:?}");
    }
}
