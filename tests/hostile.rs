//! Hostile packs against the loader: each case states the outcome it must
//! have (a clear error, or items that are safe to show) and checks that
//! every bundled item is still there afterwards.
//!
//! Covered elsewhere, not repeated here: a file of 8 MiB + 1 byte is refused
//! by name (`tests/knowledge.rs`: `file_over_8_mib_is_refused_by_name`,
//! `non_utf8_and_huge_packs_leave_every_bundled_item_in_place`). What the app
//! writes to a pseudo-terminal is checked by the pty tests.

mod common;

use common::*;
use fieldref::cli::render::item_text;
use fieldref::knowledge::diagnostic::file_error;
use fieldref::knowledge::sources::{MAX_FILE_BYTES, SourceFile};
use fieldref::knowledge::{Kind, Knowledge, Lang, LoadOptions, Loaded, PackSource};
use fieldref::search::{SearchIndex, SearchRequest};
use std::borrow::Cow;
use std::path::Path;
use std::time::Instant;

/// Every kind of terminal attack, as TOML escapes: window-title OSC (BEL
/// and ST ended), hyperlink OSC, screen clears and reset, cursor moves,
/// bracketed-paste markers, 8-bit C1 CSI/OSC/NEL, DCS, bidi overrides and
/// isolates, zero-width characters, NUL, backspace, DEL, CR.
const PAYLOAD: &str = r"\u001b]0;pwned\u0007\u001b]2;owned\u001b\\\u001b]8;;http://x\u001b\\\u001b[2J\u001b[3J\u001bc\u001b[H\u001b[10;20H\u001b[5A\u001b[?1049h\u001b[200~\u001b[201~\u009b2J\u009d0;t\u009c\u0085\u001bP1$r\u001b\\\u202e\u202d\u2066\u2067\u2069\u061c\u200b\u200d\u2060\ufeff\u0000\u0008\u007f\r";

/// One item of every kind (and an instrument) with the payload in every
/// free-text string. `§` marks where the payload goes.
const ITEMS: &str = r#"# TEST DATA: fictional hostile strings.
[[instrument]]
id = "test.hostile-decree"
title = { en = "Hostile§ decree", fr = "Décret§ hostile" }
short = { en = "Hostile§ Decree", fr = "Décret§ hostile" }
aliases = ["hostile§ alias"]
adopted = "Never§ adopted"

[[law]]
id = "test.hostile.law"
text_kind = "quote"
verified = false
source = "Fictional§ source"
tags = ["hostile§ tag"]
citation = { instrument = "test.hostile-decree", label = { en = "Art.§ 1", fr = "art.§ 1" } }
[law.en]
title = "Hostile§ law"
body = """Hostile§ law body
second§ line"""
[law.fr]
title = "Loi§ hostile"
body = "Corps§ hostile"

[[procedure]]
id = "test.hostile.procedure"
source = "Fictional§ source"
[procedure.en]
title = "Hostile§ procedure"
body = "Hostile§ steps"
[procedure.fr]
title = "Procédure§ hostile"
body = "Étapes§ hostiles"
[[procedure.steps]]
title = { en = "Step§ one", fr = "Étape§ un" }
detail = { en = "Detail§ text", fr = "Détail§ texte" }
cautions = { en = ["Caution§ one"], fr = ["Attention§ un"] }

[[flow]]
id = "test.hostile.flow"
start = "ask"
source = "Fictional§ source"
[flow.en]
title = "Hostile§ flow"
body = "Hostile§ flow body"
[flow.fr]
title = "Parcours§ hostile"
body = "Corps§ du parcours"
[[flow.nodes]]
id = "ask"
question = { en = "Question§?", fr = "Question§ ?" }
help = { en = "Help§ text", fr = "Aide§ texte" }
options = [
  { label = { en = "Yes§", fr = "Oui§" }, next = "done" },
  { label = { en = "No§", fr = "Non§" }, next = "done" },
]
[[flow.nodes]]
id = "done"
outcome = { en = "Outcome§ text", fr = "Issue§ texte" }
actions = { en = ["Act§ now"], fr = ["Agir§ maintenant"] }
services = ["police"]

[[contact]]
id = "test.hostile.contact"
organisation = "Hostile§ office"
services = ["police"]
regions = ["Test§land"]
phones = [{ number = "000 000 000", label = { en = "Fake§ line", fr = "Ligne§ fictive" } }]
hours = { en = "Never§ open", fr = "Jamais§ ouvert" }
verified = false
source = "Fictional§ source"
[contact.en]
title = "Hostile§ contact"
body = "Hostile§ contact body"
[contact.fr]
title = "Contact§ hostile"
body = "Corps§ du contact"

[[indicator]]
id = "test.hostile.indicator"
source = "Fictional§ source"
[indicator.en]
title = "Hostile§ indicators"
body = "Hostile§ signs"
[indicator.fr]
title = "Indicateurs§ hostiles"
body = "Signes§ hostiles"
[[indicator.groups]]
title = { en = "Group§ one", fr = "Groupe§ un" }
items = [{ strength = "strong", text = { en = "Sign§ one", fr = "Signe§ un" } }]

[[glossary]]
id = "test.hostile.term"
source = "Fictional§ source"
[glossary.en]
title = "Hostile§ term"
body = "Hostile§ definition"
[glossary.fr]
title = "Terme§ hostile"
body = "Définition§ hostile"

[[deck]]
id = "test.hostile.deck"
source = "Fictional§ source"
items = ["test.hostile.term", "test.hostile.procedure"]
[deck.en]
title = "Hostile§ deck"
body = "Hostile§ sessions"
[deck.fr]
title = "Séances§ hostiles"
body = "Corps§ des séances"
"#;

/// The hostile pack's `pack.toml`, payload in every text field.
const PACK_TOML: &str = r#"# TEST DATA: fictional hostile pack.
id = "test-hostile"
jurisdiction = "test"
version = "0§"
reviewed = 2026-01-01
sources = ["Fictional§ source"]
title = { en = "Hostile§ pack", fr = "Pack§ hostile" }
description = { en = "Hostile§ description", fr = "Description§ hostile" }
"#;

/// Ids and packs of every bundled item, loaded alone.
fn bundled_ids() -> Vec<(String, String)> {
    let loaded = load_with_bundled(&[]);
    assert_eq!(loaded.error_count(), 0, "the bundled packs must be clean");
    let ids: Vec<_> = loaded
        .knowledge
        .items
        .iter()
        .map(|i| (i.id.clone(), i.pack.clone()))
        .collect();
    assert!(ids.len() > 100, "expected the bundled knowledge");
    ids
}

/// Every bundled item is loaded, from its own pack.
fn assert_bundled_all_there(loaded: &Loaded, case: &str) {
    for (id, pack) in bundled_ids() {
        assert_eq!(
            loaded.knowledge.get(&id).map(|i| i.pack.as_str()),
            Some(pack.as_str()),
            "{case}: bundled item {id} lost"
        );
    }
}

/// A tempdir pack: `pack.toml` for `id`, then the given files.
fn pack_with(id: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pack.toml"), pack_toml(id)).expect("write pack.toml");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write item file");
    }
    dir
}

fn hostile_pack() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let fill = |s: &str| s.replace('§', PAYLOAD);
    std::fs::write(dir.path().join("pack.toml"), fill(PACK_TOML)).expect("write");
    std::fs::write(dir.path().join("items.toml"), fill(ITEMS)).expect("write");
    dir
}

fn load_hostile() -> Loaded {
    let dir = hostile_pack();
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    assert!(
        errs.is_empty(),
        "hostile text is cleaned, not refused:\n{}",
        listing(&errs)
    );
    loaded
}

const HOSTILE_IDS: [&str; 7] = [
    "test.hostile.law",
    "test.hostile.procedure",
    "test.hostile.flow",
    "test.hostile.contact",
    "test.hostile.indicator",
    "test.hostile.term",
    "test.hostile.deck",
];

#[test]
fn escape_sequences_bidi_and_zero_width_in_every_kind_of_string_are_removed() {
    let loaded = load_hostile();
    let k = &loaded.knowledge;
    for kind in Kind::ALL {
        assert!(
            k.of_kind(kind).any(|i| i.pack == "test-hostile"),
            "no hostile {kind} loaded"
        );
    }
    let mut strings = Vec::new();
    for id in HOSTILE_IDS {
        let item = k.get(id).expect(id);
        json_strings(
            &serde_json::to_value(item).expect("json"),
            id.into(),
            &mut strings,
        );
    }
    let pack = k.pack("test-hostile").expect("pack");
    json_strings(
        &serde_json::to_value(pack).expect("json"),
        "pack".into(),
        &mut strings,
    );
    for inst in k
        .instruments
        .iter()
        .filter(|i| i.id == "test.hostile-decree")
    {
        json_strings(
            &serde_json::to_value(inst).expect("json"),
            "instrument".into(),
            &mut strings,
        );
    }
    for d in &loaded.diagnostics {
        strings.push(("diagnostic".into(), d.to_string()));
    }
    assert!(
        strings.len() > 80,
        "walked too few strings: {}",
        strings.len()
    );
    for (path, s) in &strings {
        assert!(
            !s.chars().any(is_forbidden),
            "{path} holds a forbidden character: {s:?}"
        );
        assert!(
            !s.contains("pwned") && !s.contains("owned"),
            "{path} kept an OSC title: {s:?}"
        );
    }
    // The readable words survive the cleaning.
    assert_eq!(
        k.get("test.hostile.law").expect("law").title(Lang::En),
        "Hostile law"
    );
    assert_eq!(pack.title.text(Lang::Fr), "Pack hostile");
    assert_bundled_all_there(&loaded, "hostile strings");
}

#[test]
fn hostile_strings_never_reach_show_output_or_search_results() {
    let loaded = load_hostile();
    let k = &loaded.knowledge;
    for id in HOSTILE_IDS {
        for lang in [Lang::En, Lang::Fr] {
            let shown = item_text(k, k.get(id).expect(id), lang);
            assert!(!shown.chars().any(is_forbidden), "{id} {lang}: {shown:?}");
        }
    }
    let index = SearchIndex::in_memory(k).expect("index");
    let results = index.search(&SearchRequest::new("hostile", Lang::En));
    assert!(results.hits.len() >= 5, "{:?}", results.hits);
    for hit in &results.hits {
        let all = format!("{} {:?} {}", hit.title, hit.citation, hit.snippet.text);
        assert!(!all.chars().any(is_forbidden), "{all:?}");
    }
}

#[test]
fn ten_thousand_character_words_load_and_search_with_short_snippets() {
    let word = "a".repeat(10_000);
    let body = format!("{word} needle {word}");
    let items = format!(
        "# TEST DATA\n[[glossary]]\nid = \"test.long.term\"\nsource = \"{word}\"\ntags = [\"{word}\"]\n\
         [glossary.en]\ntitle = \"Long{word}\"\nbody = \"{body}\"\n\
         [glossary.fr]\ntitle = \"Long\"\nbody = \"{body}\"\n"
    );
    let dir = pack_with("test-long", &[("items.toml", &items)]);
    let loaded = load_with_bundled(&[dir.path()]);
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    let item = loaded.knowledge.get("test.long.term").expect("loads");
    assert_eq!(item.body_text(Lang::En).len(), body.len());

    let index = SearchIndex::in_memory(&loaded.knowledge).expect("index");
    let results = index.search(&SearchRequest::new("needle", Lang::En));
    let hit = results
        .hits
        .iter()
        .find(|h| h.id == "test.long.term")
        .expect("found by its short word");
    let chars = hit.snippet.text.chars().count();
    // A 160-character window; a word that cannot be cut may push it over,
    // but never to the 20,000 characters of the body.
    assert!(chars <= 10_200, "snippet of {chars} characters");
    // The long word itself can be searched without a panic.
    let _ = index.search(&SearchRequest::new(&word[..5_000], Lang::En));
    assert_bundled_all_there(&loaded, "long words");
}

/// Loads `dirs` beside the bundled packs on a thread with `stack` bytes of
/// stack: a stack overflow would abort the whole test binary, so passing
/// proves there is none (the main thread has 8 MiB, test threads 2 MiB).
fn load_on_small_stack(dirs: Vec<std::path::PathBuf>, stack: usize) -> Loaded {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let refs: Vec<&Path> = dirs.iter().map(|d| d.as_path()).collect();
            load_with_bundled(&refs)
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
fn deeply_nested_toml_is_a_clear_error_never_a_stack_overflow() {
    let n = 10_000;
    let cases = [
        (
            "arrays.toml",
            format!("x = {}{}\n", "[".repeat(n), "]".repeat(n)),
        ),
        (
            "tables.toml",
            format!("x = {}1{}\n", "{ a = ".repeat(n), " }".repeat(n)),
        ),
        ("dotted.toml", format!("{} = 1\n", vec!["a"; n].join("."))),
        ("headers.toml", format!("[{}]\n", vec!["a"; n].join("."))),
        ("unclosed.toml", "[".repeat(n)),
        // Nesting inside an item, where the loader's own converters recurse.
        (
            "item.toml",
            format!(
                "[[glossary]]\nid = \"test.nested\"\nsource = \"x\"\ntags = {}{}\n",
                "[".repeat(n),
                "]".repeat(n)
            ),
        ),
    ];
    let files: Vec<(&str, &str)> = cases.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let dir = pack_with("test-nested", &files);
    let loaded = load_on_small_stack(vec![dir.path().to_path_buf()], 1024 * 1024);
    let errs = errors(&loaded);
    for (name, _) in &cases {
        let d = errs
            .iter()
            .find(|d| d.file.ends_with(name))
            .unwrap_or_else(|| panic!("no error for {name}:\n{}", listing(&errs)));
        assert!(d.line >= 1, "{name}: an error with a position: {d}");
    }
    assert_eq!(errs.len(), cases.len(), "{}", listing(&errs));
    assert_bundled_all_there(&loaded, "deep nesting");

    // Nesting just inside the parser's limit (80) also loads safely.
    let items = format!(
        "[[glossary]]\nid = \"test.nested\"\nsource = \"x\"\ntags = {}{}\n",
        "[".repeat(70),
        "]".repeat(70)
    );
    let dir = pack_with("test-nested-70", &[("items.toml", &items)]);
    let loaded = load_on_small_stack(vec![dir.path().to_path_buf()], 1024 * 1024);
    assert_eq!(errors(&loaded).len(), 1, "{}", listing(&errors(&loaded)));
    assert_bundled_all_there(&loaded, "nesting within the limit");
}

#[test]
fn a_hundred_thousand_items_in_one_pack_load() {
    const ITEMS: usize = 100_000;
    const FILES: usize = 5;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pack.toml"), pack_toml("test-many")).expect("write");
    for f in 0..FILES {
        let mut text = String::from("# TEST DATA: generated\n");
        for n in (f * ITEMS / FILES)..((f + 1) * ITEMS / FILES) {
            text.push_str(&format!(
                "[[glossary]]\nid = \"test.many.{n}\"\nsource = \"generated\"\n\
                 en = {{ title = \"Term {n}\", body = \"Generated {n}.\" }}\n\
                 fr = {{ title = \"Terme {n}\", body = \"Généré {n}.\" }}\n"
            ));
        }
        assert!(
            (text.len() as u64) < MAX_FILE_BYTES,
            "file {f}: {} bytes",
            text.len()
        );
        std::fs::write(dir.path().join(format!("items-{f}.toml")), text).expect("write");
    }
    let started = Instant::now();
    let loaded = load_with_bundled(&[dir.path()]);
    let took = started.elapsed();
    eprintln!("loaded {ITEMS} items in {FILES} files (+ bundled) in {took:?}");
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    let k = &loaded.knowledge;
    assert_eq!(
        k.items.iter().filter(|i| i.pack == "test-many").count(),
        ITEMS
    );
    assert_eq!(
        k.get("test.many.99999").expect("last").title(Lang::Fr),
        "Terme 99999"
    );
    assert_bundled_all_there(&loaded, "100,000 items");
}

#[test]
fn ids_with_path_separators_or_spaces_are_errors_naming_their_line() {
    let bad = [
        "../../etc/passwd",
        "a/b",
        "a\\\\b",
        "a b",
        " lead",
        "C:\\\\x",
        "/abs",
    ];
    let mut text = String::from("# TEST DATA\n");
    let mut lines = Vec::new();
    for id in bad {
        text.push_str("[[glossary]]\n");
        lines.push(text.lines().count() + 1);
        text.push_str(&format!(
            "id = \"{id}\"\nsource = \"x\"\nen = {{ title = \"t\", body = \"b\" }}\nfr = {{ title = \"t\", body = \"b\" }}\n"
        ));
    }
    text.push_str(&glossary_toml("test.ids.good"));
    let dir = pack_with("test-ids", &[("items.toml", &text)]);
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), bad.len(), "{}", listing(&errs));
    for (d, line) in errs.iter().zip(&lines) {
        assert!(d.file.ends_with("items.toml"), "{d}");
        assert_eq!(d.line, *line, "{d}");
        assert!(d.message.contains("invalid id"), "{d}");
    }
    assert!(loaded.knowledge.get("test.ids.good").is_some());
    assert!(
        loaded
            .knowledge
            .items
            .iter()
            .all(|i| !i.id.contains(['/', '\\', ' ']))
    );
    assert_bundled_all_there(&loaded, "bad ids");
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_clear_errors_and_the_rest_of_the_pack_loads() {
    use std::os::unix::fs::symlink;
    let dir = pack_with(
        "test-loop",
        &[("good.toml", &glossary_toml("test.loop.good"))],
    );
    symlink("loop.toml", dir.path().join("loop.toml")).expect("self loop");
    symlink("b.toml", dir.path().join("a.toml")).expect("a -> b");
    symlink("a.toml", dir.path().join("b.toml")).expect("b -> a");
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    for name in ["loop.toml", "a.toml", "b.toml"] {
        assert!(
            errs.iter()
                .any(|d| d.file.ends_with(name) && d.message.contains("cannot read")),
            "{name}:\n{}",
            listing(&errs)
        );
    }
    assert_eq!(errs.len(), 3, "{}", listing(&errs));
    assert!(loaded.knowledge.get("test.loop.good").is_some());
    assert_bundled_all_there(&loaded, "symlink loop");
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_clear_errors_and_the_rest_of_the_pack_loads() {
    // Tests may run as root, where `chmod 000` does not stop reading; these
    // entries cannot be read by anyone: a directory named like a pack file,
    // a dangling symlink, and a named pipe (which, opened, would block the
    // loader forever, so it must be refused without being opened).
    let dir = pack_with(
        "test-unreadable",
        &[("good.toml", &glossary_toml("test.unreadable.good"))],
    );
    std::fs::create_dir(dir.path().join("folder.toml")).expect("mkdir");
    std::os::unix::fs::symlink("/nonexistent/fieldref", dir.path().join("dangling.toml"))
        .expect("symlink");
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.toml"))
        .status()
        .is_ok_and(|s| s.success());
    let loaded = load_with_bundled(&[dir.path()]);
    let errs = errors(&loaded);
    let expect = [
        ("folder.toml", "is a directory"),
        ("dangling.toml", "cannot read file"),
        ("pipe.toml", "not a regular file"),
    ];
    for (name, says) in &expect[..if fifo { 3 } else { 2 }] {
        assert!(
            errs.iter()
                .any(|d| d.file.ends_with(name) && d.message.contains(says)),
            "{name} should say {says:?}:\n{}",
            listing(&errs)
        );
    }
    assert_eq!(errs.len(), if fifo { 3 } else { 2 }, "{}", listing(&errs));
    assert!(loaded.knowledge.get("test.unreadable.good").is_some());
    assert_bundled_all_there(&loaded, "unreadable files");
}

#[test]
fn a_pack_directory_deleted_after_gathering_loads_from_what_was_read() {
    let dir = pack_with(
        "test-vanish",
        &[("items.toml", &glossary_toml("test.vanish.term"))],
    );
    let opts = LoadOptions {
        bundled: true,
        extra_dirs: vec![dir.path().to_path_buf()],
        ..Default::default()
    };
    let (packs, diags) = fieldref::knowledge::gather(&opts);
    assert!(diags.is_empty(), "{diags:?}");
    std::fs::remove_dir_all(dir.path()).expect("delete the pack directory");
    // Nothing is read twice: the load works on the gathered bytes.
    let loaded = Knowledge::from_sources(&packs);
    assert!(errors(&loaded).is_empty(), "{}", listing(&errors(&loaded)));
    assert!(loaded.knowledge.get("test.vanish.term").is_some());
    assert_bundled_all_there(&loaded, "deleted after gathering");

    // And loading the deleted directory again is a clear error.
    let loaded = Knowledge::load(&opts);
    let errs = errors(&loaded);
    assert_eq!(errs.len(), 1, "{}", listing(&errs));
    assert!(errs[0].message.contains("cannot read"), "{}", errs[0]);
    assert_bundled_all_there(&loaded, "deleted before loading");
}

#[test]
fn files_gone_between_listing_and_reading_are_errors_naming_them() {
    // What `sources` produces when the directory is listed and its files
    // are gone by the time they are read: errors in place of the text.
    let gone = |path: &str| SourceFile {
        path: path.into(),
        text: Err(file_error(
            path,
            "cannot read file: No such file or directory (os error 2)",
        )),
    };
    let listed_then_gone = PackSource {
        location: "/packs/gone".into(),
        bundled: false,
        files: vec![
            gone("/packs/gone/pack.toml"),
            gone("/packs/gone/items.toml"),
        ],
        manifest: None,
        signature: None,
    };
    let items_gone = PackSource {
        location: "/packs/half".into(),
        bundled: false,
        files: vec![
            SourceFile {
                path: "/packs/half/pack.toml".into(),
                text: Ok(Cow::Owned(pack_toml("test-half"))),
            },
            gone("/packs/half/items.toml"),
        ],
        manifest: None,
        signature: None,
    };
    let dir_gone = PackSource {
        location: "/packs/dir".into(),
        bundled: false,
        files: vec![SourceFile {
            path: "/packs/dir".into(),
            text: Err(file_error(
                "/packs/dir",
                "cannot read pack directory: No such file or directory",
            )),
        }],
        manifest: None,
        signature: None,
    };
    let mut packs = fieldref::knowledge::sources::bundled_packs();
    packs.extend([listed_then_gone, items_gone, dir_gone]);
    let loaded = Knowledge::from_sources(&packs);
    let errs = errors(&loaded);
    for file in [
        "/packs/gone/pack.toml",
        "/packs/half/items.toml",
        "/packs/dir",
    ] {
        assert!(
            errs.iter()
                .any(|d| d.file == file && d.message.contains("cannot read")),
            "{file}:\n{}",
            listing(&errs)
        );
    }
    assert_eq!(errs.len(), 3, "{}", listing(&errs));
    assert!(loaded.knowledge.pack("test-half").is_some());
    assert_bundled_all_there(&loaded, "files gone before reading");
}

#[test]
fn a_pack_directory_removed_while_it_is_being_read_never_breaks_the_load() {
    // A real race: one thread deletes the pack while another loads it. Where
    // the deletion lands differs from run to run; every outcome must be a
    // clean load, or errors that name files of that pack, with the bundled
    // knowledge intact.
    let mut outcomes = [0usize; 2];
    for round in 0..12u64 {
        let root = tempfile::tempdir().expect("tempdir");
        let pack = root.path().join("pack");
        std::fs::create_dir(&pack).expect("mkdir");
        std::fs::write(pack.join("pack.toml"), pack_toml("test-race")).expect("write");
        for n in 0..300 {
            std::fs::write(
                pack.join(format!("items-{n:03}.toml")),
                glossary_toml(&format!("test.race.{n}")),
            )
            .expect("write");
        }
        let victim = pack.clone();
        let deleter = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_micros(round * 700));
            let _ = std::fs::remove_dir_all(&victim);
        });
        let loaded = load_with_bundled(&[root.path()]);
        deleter.join().expect("deleter");
        let errs = errors(&loaded);
        for d in &errs {
            assert!(d.file.contains(root.path().to_str().expect("utf-8")), "{d}");
        }
        outcomes[usize::from(!errs.is_empty())] += 1;
        assert_bundled_all_there(&loaded, "removed while reading");
    }
    eprintln!(
        "race outcomes: {} clean, {} with errors",
        outcomes[0], outcomes[1]
    );
}
