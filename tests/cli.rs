//! The real `fieldref` binary, judged by its output and exit codes: `show`,
//! `list`, `check`, `paths`, unknown ids, broken packs with and without
//! `--no-bundled`, and `FIELDREF_KNOWLEDGE`. Every run is sealed from the
//! machine it runs on (see [`common::Sandbox`]).

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

const ART3A_EN: &str = "(a) \"Trafficking in persons\" shall mean the recruitment, transportation, transfer, harbouring or receipt of persons";
const ART3A_FR: &str = "a) L'expression « traite des personnes » désigne le recrutement";

fn json(run: &Run) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON document ({e}):\n{}", run.stdout))
}

fn assert_clean(text: &str, what: &str) {
    if let Some(c) = text.chars().find(|c| is_forbidden(*c)) {
        panic!("{what} holds {c:?}, which must never reach a terminal:\n{text:?}");
    }
}

#[test]
fn show_prints_the_official_english_wording_with_its_badge_and_citation() {
    let run = Sandbox::new().run(&["show", "palermo.art3a"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(ART3A_EN), "{}", run.stdout);
    assert!(run.stdout.contains("Official text"), "{}", run.stdout);
    assert!(run.stdout.contains("Art. 3(a)"), "{}", run.stdout);
    assert!(run.stdout.contains("Source: "), "{}", run.stdout);
    assert!(run.stdout.contains("Reviewed: "), "{}", run.stdout);
    assert!(
        run.stderr.is_empty(),
        "no noise on a clean run: {}",
        run.stderr
    );
}

#[test]
fn show_in_french_prints_the_french_official_text() {
    let run = Sandbox::new().run(&["--lang", "fr", "show", "palermo.art3a"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Texte officiel"), "{}", run.stdout);
    assert!(run.stdout.contains(ART3A_FR), "{}", run.stdout);
    assert!(!run.stdout.contains("Official text"), "{}", run.stdout);
}

#[test]
fn show_marks_a_summary_as_such() {
    let run = Sandbox::new().run(&["show", "palermo.art6"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("[Summary]"), "{}", run.stdout);
    assert!(!run.stdout.contains("Official text"), "{}", run.stdout);
}

#[test]
fn show_json_is_the_whole_item_with_provenance_and_links() {
    let run = Sandbox::new().run(&["show", "--json", "palermo.art3a"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let item = json(&run);
    assert_eq!(item["id"], "palermo.art3a");
    assert_eq!(item["kind"], "law");
    assert_eq!(item["text_kind"], "quote");
    assert!(
        item["source"]
            .as_str()
            .is_some_and(|s| s.contains("Art. 3")),
        "{item}"
    );
    let related = item["related"].as_array().expect("related is an array");
    assert!(related.iter().any(|r| r == "palermo.art3b"), "{item}");
    assert!(
        item["text"]["en"]["body"]
            .as_str()
            .unwrap()
            .contains(ART3A_EN)
    );
    assert!(
        item["text"]["fr"]["body"]
            .as_str()
            .unwrap()
            .contains(ART3A_FR)
    );
}

#[test]
fn unknown_id_exits_1_and_suggests_close_ids() {
    let run = Sandbox::new().run(&["show", "palermo.art3"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("palermo.art3"), "{}", run.stderr);
    let hint = run
        .stderr
        .lines()
        .find(|l| l.contains("did you mean"))
        .unwrap_or_else(|| panic!("no suggestion: {}", run.stderr));
    assert!(hint.contains("palermo.art3a"), "{hint}");
}

#[test]
fn misspelt_id_suggests_the_right_one() {
    let run = Sandbox::new().run(&["show", "smugling.art5"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("smuggling.art5"), "{}", run.stderr);
}

#[test]
fn list_json_holds_every_kind_with_the_documented_fields() {
    let run = Sandbox::new().run(&["list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows = json(&run);
    let rows = rows.as_array().expect("an array");
    let mut kinds = BTreeSet::new();
    for row in rows {
        for field in ["id", "kind", "title", "pack", "langs", "verified"] {
            assert!(row.get(field).is_some(), "missing {field}: {row}");
        }
        assert!(row["verified"].is_boolean(), "{row}");
        let langs = row["langs"].as_array().expect("langs is an array");
        assert!(
            langs.iter().any(|l| l == "en") && langs.iter().any(|l| l == "fr"),
            "{row}"
        );
        kinds.insert(row["kind"].as_str().expect("kind").to_string());
    }
    let all: BTreeSet<String> = [
        "law",
        "procedure",
        "flow",
        "contact",
        "indicator",
        "glossary",
        "deck",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(kinds, all);
}

#[test]
fn list_kind_flow_lists_only_flows() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["list", "--kind", "flow"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(lines.len() >= 4, "{}", run.stdout);
    for line in &lines {
        assert!(line.starts_with("flow "), "not a flow: {line}");
    }
    assert!(run.stdout.contains("flow.is-trafficking"), "{}", run.stdout);

    let rows = json(&sandbox.run(&["list", "--kind", "flows", "--json"]));
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), lines.len(), "plural kind names work too");
    assert!(rows.iter().all(|r| r["kind"] == "flow"));
}

#[test]
fn unknown_kind_is_a_usage_error() {
    let run = Sandbox::new().run(&["list", "--kind", "lawz"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("lawz"), "{}", run.stderr);
    assert!(
        run.stderr.contains("law, procedure, flow"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn unknown_language_is_a_usage_error() {
    let run = Sandbox::new().run(&["--lang", "de", "show", "palermo.art3a"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("en or fr"), "{}", run.stderr);
}

#[test]
fn check_passes_on_the_bundled_packs_with_a_summary_per_pack() {
    let run = Sandbox::new().run(&["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    for pack in ["international", "burundi", "guidance"] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.starts_with(&format!("pack {pack} ")))
            .unwrap_or_else(|| panic!("no summary for {pack}:\n{}", run.stdout));
        assert!(line.contains("bundled"), "{line}");
    }
    assert!(run.stdout.contains(" 0 error(s)"), "{}", run.stdout);
    assert!(!run.stdout.contains(": error:"), "{}", run.stdout);
}

#[test]
fn check_on_a_broken_pack_alone_exits_1_with_file_line_column() {
    let run = Sandbox::new().run(&[
        "--no-bundled",
        "--knowledge",
        "tests/fixtures/broken-duplicate-id",
        "check",
    ]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains(
            "tests/fixtures/broken-duplicate-id/items.toml:16:1: error: [test.term] duplicate id"
        ),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("pack international"),
        "--no-bundled: {}",
        run.stdout
    );
}

#[test]
fn check_with_a_broken_pack_beside_the_bundled_ones_still_summarises_them() {
    let run = Sandbox::new().run(&["--knowledge", "tests/fixtures/broken-bad-phone", "check"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("broken-bad-phone/contacts.toml:10:14: error:"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("pack international "), "{}", run.stdout);
}

#[test]
fn broken_pack_beside_the_bundled_ones_does_not_stop_show() {
    let run = Sandbox::new().run(&[
        "--knowledge",
        "tests/fixtures/broken-duplicate-id",
        "show",
        "palermo.art3a",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(ART3A_EN), "{}", run.stdout);
    assert!(
        run.stderr.contains("broken-duplicate-id/items.toml"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("16:1"), "{}", run.stderr);
}

#[test]
fn broken_toml_beside_the_bundled_ones_does_not_stop_list() {
    let run = Sandbox::new().run(&[
        "--knowledge",
        "tests/fixtures/broken-toml-syntax",
        "list",
        "--json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(json(&run).as_array().is_some_and(|a| a.len() >= 100));
    assert!(
        run.stderr.contains("broken-toml-syntax/items.toml:8:19"),
        "{}",
        run.stderr
    );
}

#[test]
fn paths_live_under_the_overridden_directories() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["paths"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let home = sandbox.home.path().to_str().expect("utf-8 tempdir");
    for name in ["config", "bookmarks", "cache"] {
        let line = run
            .stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(name))
            .unwrap_or_else(|| panic!("no {name} line:\n{}", run.stdout));
        assert!(line.contains(home), "{name} not under the sandbox: {line}");
    }
    assert!(
        run.stdout.contains(&format!("{home}/config/config.toml")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!("{home}/data/bookmarks.toml")),
        "{}",
        run.stdout
    );
}

#[test]
fn fieldref_knowledge_with_two_directories_loads_both() {
    let sandbox = Sandbox::new();
    let out = sandbox
        .command()
        .env(
            "FIELDREF_KNOWLEDGE",
            "tests/fixtures/good-local:tests/fixtures/escapes",
        )
        .args(["list", "--json"])
        .output()
        .expect("run");
    let run = finish(out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.is_empty(),
        "both packs are valid: {}",
        run.stderr
    );
    let rows = json(&run);
    let pack_of = |id: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .map(|r| r["pack"].as_str().unwrap().to_string())
    };
    assert_eq!(
        pack_of("test-local.flow").as_deref(),
        Some("test-good-local")
    );
    assert_eq!(
        pack_of("test.escapes.term").as_deref(),
        Some("test-escapes")
    );
    assert_eq!(
        pack_of("bi.contact.tip-hotline").as_deref(),
        Some("test-good-local")
    );
    assert_eq!(pack_of("palermo.art3a").as_deref(), Some("international"));
}

#[test]
fn packs_in_the_user_data_dir_are_loaded() {
    let sandbox = Sandbox::new();
    let packs = sandbox.home.path().join("data/packs/local");
    std::fs::create_dir_all(&packs).unwrap();
    std::fs::write(packs.join("pack.toml"), pack_toml("test-user-pack")).unwrap();
    std::fs::write(packs.join("items.toml"), glossary_toml("test.user-term")).unwrap();
    let run = sandbox.run(&["show", "test.user-term"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Test term"), "{}", run.stdout);
}

#[test]
fn hostile_strings_never_reach_the_terminal_through_show_and_list() {
    let sandbox = Sandbox::new();
    let base = ["--no-bundled", "--knowledge", "tests/fixtures/escapes"];
    for args in [
        &["show", "test.escapes.term"][..],
        &["show", "test.escapes.contact"],
        &["show", "test.escapes.flow"],
        &["--lang", "fr", "show", "test.escapes.flow"],
        &["list"],
        &["check"],
    ] {
        let run = sandbox.run(&[&base[..], args].concat());
        assert!(run.code == 0, "{args:?}: {}", run.stderr);
        assert_clean(&run.stdout, &format!("stdout of {args:?}"));
        assert_clean(&run.stderr, &format!("stderr of {args:?}"));
    }
    let run = sandbox.run(&[&base[..], &["show", "test.escapes.term"]].concat());
    assert!(run.stdout.starts_with("Escaped title\n"), "{}", run.stdout);
    assert!(run.stdout.contains("Line two\twith tab"), "{}", run.stdout);
}

#[test]
fn check_never_echoes_escape_sequences_from_a_hostile_pack() {
    let run = Sandbox::new().run(&[
        "--no-bundled",
        "--knowledge",
        "tests/fixtures/hostile-diagnostics",
        "check",
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("items.toml:3:1: error:"),
        "{}",
        run.stdout
    );
    assert_clean(&run.stdout, "check stdout");
}

#[test]
fn show_never_echoes_escape_sequences_from_a_hostile_pack_on_stderr() {
    let run = Sandbox::new().run(&[
        "--knowledge",
        "tests/fixtures/hostile-diagnostics",
        "show",
        "palermo.art3a",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("hostile-diagnostics/items.toml"),
        "{}",
        run.stderr
    );
    assert_clean(&run.stderr, "show stderr");
}

#[test]
fn flow_and_present_with_an_unknown_id_exit_1_with_suggestions() {
    let run = Sandbox::new().run(&["flow", "flow.refr"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("did you mean"), "{}", run.stderr);
    assert!(run.stderr.contains("flow.refer"), "{}", run.stderr);
    let run = Sandbox::new().run(&["flow", "proc.first-contact"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("is not a flow"), "{}", run.stderr);
    let run = Sandbox::new().run(&["present", "palermo.art3"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("palermo.art3a"), "{}", run.stderr);
}

/// `fieldref list | head -1`: the reader goes away early and fieldref ends
/// quietly, as command-line tools do, without a panic message. The pack is
/// large enough (over 64 KiB of titles) that writing outlives the reader.
#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let home = tempfile::tempdir().expect("tempdir");
    let pack = home.path().join("big");
    std::fs::create_dir_all(&pack).expect("pack dir");
    std::fs::write(
        pack.join("pack.toml"),
        "id = \"big\"\njurisdiction = \"test\"\nversion = \"0\"\nreviewed = 2026-01-01\ntitle = { en = \"Test\", fr = \"Test\" }\n",
    )
    .expect("pack.toml");
    let long = "word ".repeat(60);
    let items: String = (0..600)
        .map(|n| format!("[[glossary]]\nid = \"t{n}\"\nsource = \"test\"\n[glossary.en]\ntitle = \"{long}{n}\"\n[glossary.fr]\ntitle = \"{long}{n}\"\n\n"))
        .collect();
    std::fs::write(pack.join("items.toml"), items).expect("items");
    let mut child = Command::new(env!("CARGO_BIN_EXE_fieldref"))
        .args(["--no-bundled", "--knowledge"])
        .arg(&pack)
        .arg("list")
        .env("FIELDREF_CONFIG_DIR", home.path().join("config"))
        .env("FIELDREF_DATA_DIR", home.path().join("data"))
        .env("FIELDREF_CACHE_DIR", home.path().join("cache"))
        .env_remove("FIELDREF_KNOWLEDGE")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a line");
    assert!(first.contains("t0"), "first line: {first}");
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
}
