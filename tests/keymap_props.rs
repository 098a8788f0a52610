//! Fuzzing the keymap parser and the key-string parser with proptest (the
//! stable stand-in for cargo-fuzz): whatever a keymap file holds, parsing
//! returns bindings and diagnostics, never panics, points every diagnostic
//! at a real line and column, and lets no terminal control character into
//! a message. Bounded in `cargo test`; `PROPTEST_CASES=N` runs a campaign.

mod common;

use common::{is_forbidden, proptest_config};
use fieldref::app::Action;
use fieldref::keymap::key::parse_keys;
use fieldref::keymap::{Context, Key, Keymap, parse_layer};
use proptest::prelude::*;

/// Text shaped like a keymap file: table headers, quoted keys, actions,
/// sequences, comments, broken quotes and control bytes, in any order.
fn keymapish() -> impl Strategy<Value = String> {
    let tables: Vec<String> = Context::ALL
        .iter()
        .map(|c| format!("[{}]\n", c.name()))
        .chain(["[nowhere]\n".to_string(), "[[global]]\n".to_string()])
        .collect();
    let actions: Vec<String> = Action::BINDABLE
        .iter()
        .map(|a| a.name().to_string())
        .chain(["none", "insert", "measured", ""].map(String::from))
        .collect();
    let keys = prop_oneof![
        Just("ctrl-c".to_string()),
        Just("g g".to_string()),
        Just("shift-tab".to_string()),
        Just("f12".to_string()),
        Just("<down>".to_string()),
        Just("alt-ctrl-x".to_string()),
        Just("1".to_string()),
        "[ -~]{0,12}",
        "\\PC{0,6}",
    ];
    let line = prop_oneof![
        prop::sample::select(tables),
        (keys, prop::sample::select(actions))
            .prop_map(|(k, a)| format!("\"{}\" = \"{a}\"\n", k.replace('"', ""))),
        "[ -~]{0,40}\n",
        Just("# comment\n".to_string()),
        Just("\"unterminated = \"quit\n".to_string()),
        Just("\"a\" = 3\n".to_string()),
        Just("\"\u{1b}]0;title\u{7}\" = \"quit\"\n".to_string()),
    ];
    prop::collection::vec(line, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(proptest_config(300))]

    #[test]
    fn any_keymap_text_parses_without_panic_and_points_at_real_positions(text in keymapish()) {
        let (layer, diags) = parse_layer("keymap.toml", &text);
        let lines = text.split('\n').count();
        for d in &diags {
            prop_assert!(d.line <= lines, "line {} of {}: {}", d.line, lines, d.message);
            prop_assert!(!d.message.chars().any(is_forbidden), "{:?}", d.message);
        }
        for e in &layer.entries {
            prop_assert!(!e.keys.is_empty());
        }
        // Layered over the default keymap, it still answers every lookup.
        let mut km = Keymap::bundled("default").expect("default");
        km.apply(&layer);
        for ctx in Context::ALL {
            let _ = km.bindings(ctx);
            let _ = km.lookup(ctx, &[Key::ctrl('c')]);
        }
    }

    #[test]
    fn any_bytes_as_a_keymap_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let text = String::from_utf8_lossy(&bytes);
        let (_, diags) = parse_layer("keymap.toml", &text);
        for d in &diags {
            prop_assert!(!d.message.chars().any(is_forbidden), "{:?}", d.message);
        }
    }

    #[test]
    fn any_key_string_parses_or_says_why(s in "\\PC{0,24}") {
        match Key::parse(&s) {
            Ok(key) => {
                // A parsed key prints as a string that parses back to it.
                prop_assert_eq!(Key::parse(&key.to_string()), Ok(key));
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
        let _ = parse_keys(&s);
    }
}
