//! Property tests for the pack loader, the trust check and the sanitiser,
//! with a bounded number of cases so they run in `cargo test`: whatever bytes
//! a pack holds, loading returns items and diagnostics, never panics, and
//! nothing it returns carries a character that could drive a terminal.
//! (The MRZ parser and the query builder have their own in `tests/mrz.rs`
//! and `tests/search.rs`.)

mod common;

use common::*;
use fieldref::knowledge::manifest::{MANIFEST_FILE, SIGNATURE_FILE};
use fieldref::knowledge::sanitize::sanitize;
use fieldref::knowledge::{Knowledge, LoadOptions, Loaded};
use proptest::prelude::*;
use std::path::Path;

/// Real bundled files to mutate, read from the source tree.
const BUNDLED_FILES: &[&str] = &[
    "knowledge/international/palermo.toml",
    "knowledge/burundi/contacts.toml",
    "knowledge/guidance/flows.toml",
    "knowledge/guidance/pack.toml",
];

/// Writes a pack whose `pack.toml` and `name` hold the given bytes, loads
/// it alone (with a key directory, so the trust check runs) and checks that
/// nothing loaded or reported holds a forbidden character.
fn load_bytes(pack_toml_bytes: &[u8], name: &str, bytes: &[u8]) -> Loaded {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("pack.toml"), pack_toml_bytes).expect("write");
    std::fs::write(dir.path().join(name), bytes).expect("write");
    let loaded = Knowledge::load(&LoadOptions {
        bundled: false,
        extra_dirs: vec![dir.path().to_path_buf()],
        trusted_keys_dir: Some(dir.path().join("keys")),
    });
    assert_clean(&loaded);
    loaded
}

fn assert_clean(loaded: &Loaded) {
    let mut strings = Vec::new();
    for item in &loaded.knowledge.items {
        let v = serde_json::to_value(item).expect("item to json");
        json_strings(&v, item.id.clone(), &mut strings);
    }
    for pack in &loaded.knowledge.packs {
        let v = serde_json::to_value(pack).expect("pack to json");
        json_strings(&v, pack.id.clone(), &mut strings);
    }
    for d in &loaded.diagnostics {
        strings.push(("diagnostic".into(), d.to_string()));
    }
    for (path, s) in strings {
        assert!(!s.chars().any(is_forbidden), "{path}: {s:?}");
    }
}

/// Text that looks enough like TOML to get past the first tokens.
fn tomlish() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("[[glossary]]\n".to_string()),
        Just("[[contact]]\n".to_string()),
        Just("[[flow.nodes]]\n".to_string()),
        Just("id = \"test.x\"\n".to_string()),
        Just("source = \"s\"\n".to_string()),
        Just("[glossary.en]\ntitle = \"t\"\nbody = \"b\"\n".to_string()),
        Just("phones = [{ number = \"000 000 000\" }]\n".to_string()),
        Just("\"\"\"\n".to_string()),
        Just("\\u001b".to_string()),
        Just("= { ".to_string()),
        Just(" }\n".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        "[a-z_.]{1,8}".prop_map(|s| s),
        ".{0,12}".prop_map(|s| s),
    ];
    prop::collection::vec(token, 0..40).prop_map(|v| v.concat())
}

/// Characters the sanitiser must handle: escapes, controls, bidi, joiners.
fn hostile_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        2 => prop::sample::select(vec![
            '\u{1b}', '\u{9b}', '\u{9d}', '\u{90}', '\u{98}', '\u{9e}', '\u{9f}', '\u{9c}',
            '\u{7}', '\u{0}', '\u{8}', '\u{7f}', '\r', '\n', '\t', '\u{85}',
            '\u{202e}', '\u{202a}', '\u{2066}', '\u{2069}', '\u{200b}', '\u{200f}',
            '\u{2060}', '\u{feff}', '\u{61c}', '\u{fff9}',
        ]),
        2 => prop::sample::select(vec!['[', ']', ';', '\\', '?', '0', '2', 'J', 'H', 'm', '~', 'P', '_', '^', 'X']),
    ]
}

/// 200 cases in `cargo test`; `PROPTEST_CASES=N` runs a longer campaign.
fn config() -> ProptestConfig {
    proptest_config(200)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_as_an_item_file_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let loaded = load_bytes(pack_toml("test-prop").as_bytes(), "items.toml", &bytes);
        prop_assert!(loaded.knowledge.pack("test-prop").is_some());
    }

    #[test]
    fn arbitrary_tomlish_text_as_an_item_file_never_panics(text in tomlish()) {
        let loaded = load_bytes(pack_toml("test-prop").as_bytes(), "items.toml", text.as_bytes());
        prop_assert!(loaded.knowledge.pack("test-prop").is_some());
    }

    #[test]
    fn arbitrary_pack_toml_never_panics(text in tomlish()) {
        load_bytes(text.as_bytes(), "items.toml", glossary_toml("test.prop").as_bytes());
    }

    #[test]
    fn mutated_bundled_files_never_panic(
        file in prop::sample::select(BUNDLED_FILES),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        keep in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let mut bytes = std::fs::read(root().join(file)).expect("read bundled file");
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if truncate {
            bytes.truncate(keep.index(bytes.len() + 1));
        }
        let name = Path::new(file).file_name().and_then(|n| n.to_str()).unwrap_or("x.toml");
        let name = if name == "pack.toml" { "items.toml" } else { name };
        load_bytes(pack_toml("test-mutant").as_bytes(), name, &bytes);
    }

    #[test]
    fn arbitrary_manifest_and_signature_never_panic(
        manifest in tomlish(),
        sig in prop::collection::vec(any::<u8>(), 0..300),
        with_sig in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("pack.toml"), pack_toml("test-prop")).expect("write");
        std::fs::write(dir.path().join(MANIFEST_FILE), manifest).expect("write");
        if with_sig {
            std::fs::write(dir.path().join(SIGNATURE_FILE), sig).expect("write");
        }
        let loaded = load_alone(&[dir.path()]);
        assert_clean(&loaded);
        // Random manifests never make a pack trusted.
        for pack in &loaded.knowledge.packs {
            prop_assert!(!pack.trust.is_trusted());
        }
    }

    #[test]
    fn sanitised_text_holds_no_control_bidi_or_zero_width_character(
        s in prop::collection::vec(hostile_char(), 0..200).prop_map(|v| v.into_iter().collect::<String>())
    ) {
        let clean = sanitize(&s);
        for c in clean.chars() {
            prop_assert!(!(c.is_control() && c != '\n' && c != '\t'), "{c:?} in {clean:?}");
            prop_assert!(!is_forbidden(c), "{c:?} in {clean:?}");
        }
        prop_assert_eq!(sanitize(&clean), clean.clone());
    }

    #[test]
    fn sanitising_any_string_is_idempotent(s in any::<String>()) {
        let clean = sanitize(&s);
        prop_assert!(!clean.chars().any(is_forbidden));
        prop_assert_eq!(sanitize(&clean), clean);
    }
}
