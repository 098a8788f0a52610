//! Keymap parsing, layering, unbinding, conflicts and the bundled keymaps.

use super::*;
use crate::app::Action;
use crate::keymap::key::{parse_keys, parse_sequence};

fn keys(s: &str) -> Vec<Key> {
    parse_sequence(s).expect("valid keys")
}

fn stack(ctx: Context, typing: bool) -> Stack {
    let mut contexts = vec![ctx, Context::Global];
    // The search box adds its table; the MRZ lines type without one.
    if typing && ctx != Context::Mrz {
        contexts.insert(0, Context::Input);
    }
    Stack { contexts, typing }
}

#[test]
fn keys_parse_in_every_spelling() {
    assert_eq!(Key::parse("ctrl-j"), Ok(Key::ctrl('j')));
    assert_eq!(Key::parse("C-J"), Ok(Key::ctrl('j')));
    assert_eq!(Key::parse("<down>"), Ok(Key::plain(Code::Down)));
    assert_eq!(Key::parse("PgDn"), Ok(Key::plain(Code::PageDown)));
    assert_eq!(Key::parse("shift-a"), Ok(Key::plain(Code::Char('A'))));
    assert_eq!(Key::parse("shift-tab"), Ok(Key::plain(Code::BackTab)));
    assert_eq!(Key::parse("f12"), Ok(Key::plain(Code::F(12))));
    assert_eq!(Key::parse("space"), Ok(Key::plain(Code::Char(' '))));
    assert!(Key::parse("f25").is_err());
    assert!(Key::parse("ctrl-").is_err());
    assert!(Key::parse("hyper-x").is_err());
    assert_eq!(keys("g g").len(), 2);
    for name in [
        "ctrl-j", "pagedown", "?", "alt-left", "f1", "space", "G", "backtab",
    ] {
        let k = Key::parse(name).expect(name);
        assert_eq!(Key::parse(&k.to_string()), Ok(k), "{name} round-trips");
    }
}

#[test]
fn key_strings_for_tests() {
    let v = parse_keys("smug<down><enter><ctrl-c><lt>").expect("parses");
    assert_eq!(v.len(), 8);
    assert_eq!(v[4], Key::plain(Code::Down));
    assert_eq!(v[6], Key::ctrl('c'));
    assert_eq!(v[7], Key::plain(Code::Char('<')));
}

#[test]
fn a_file_binds_sequences_and_reports_positions() {
    let text = "[results]\n\"ctrl-j\" = \"select_next\"\n\"g g\" = \"select_first\"\n\"x\" = \"selec_next\"\n\"hyper-q\" = \"quit\"\n[nowhere]\n\"a\" = \"quit\"\n";
    let (layer, diags) = parse_layer("my.toml", text);
    assert_eq!(layer.entries.len(), 2);
    let found: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("my.toml:4:7: error:"), "{}", found[0]);
    assert!(
        found[0].contains("did you mean `select_next`"),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with("my.toml:5:1: error: unknown key `hyper-q`"),
        "{}",
        found[1]
    );
    assert!(
        found[2].starts_with("my.toml:6:2: error: unknown table `[nowhere]`"),
        "{}",
        found[2]
    );
}

#[test]
fn conflicts_are_errors_and_the_first_binding_stays() {
    let text = "[item]\n\"b\" = \"toggle_bookmark\"\n\"B\" = \"go_back\"\n\"shift-b\" = \"quit\"\n\"g\" = \"go_home\"\n\"g g\" = \"select_first\"\n";
    let mut km = Keymap::default();
    km.add_text("k.toml", text);
    let msgs: Vec<String> = km.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(msgs.len(), 2, "{msgs:#?}");
    assert!(
        msgs[0].starts_with("k.toml:4:1: error: `B` is bound twice in [item] (first on line 3)"),
        "{}",
        msgs[0]
    );
    assert!(
        msgs[1].starts_with("k.toml:6:1: error: `g g` conflicts with `g` on line 5"),
        "{}",
        msgs[1]
    );
    assert_eq!(
        km.lookup(Context::Item, &keys("B")),
        Lookup::Action(Action::GoBack)
    );
    assert_eq!(
        km.lookup(Context::Item, &keys("g")),
        Lookup::Action(Action::GoHome)
    );
}

#[test]
fn a_syntax_error_names_its_position_and_keeps_the_layer_below() {
    let mut km = Keymap::bundled("default").expect("bundled");
    km.add_text("user.toml", "[item]\n\"b\" = \"quit\n");
    assert_eq!(km.diagnostics.len(), 1);
    assert!(
        km.diagnostics[0].to_string().starts_with("user.toml:2:"),
        "{}",
        km.diagnostics[0]
    );
    assert_eq!(
        km.lookup(Context::Item, &keys("b")),
        Lookup::Action(Action::ToggleBookmark)
    );
}

#[test]
fn user_layers_override_unbind_and_replace_sequences_key_by_key() {
    let mut km = Keymap::bundled("vim").expect("bundled");
    km.add_text(
        "user.toml",
        "[results]\n\"ctrl-j\" = \"select_next\"\n\"j\" = \"none\"\n\"g\" = \"cycle_kind\"\n[global]\n\"q\" = \"none\"\n",
    );
    assert!(km.diagnostics.is_empty(), "{:?}", km.diagnostics);
    assert_eq!(
        km.lookup(Context::Results, &keys("ctrl-j")),
        Lookup::Action(Action::SelectNext)
    );
    assert_eq!(km.lookup(Context::Results, &keys("j")), Lookup::None);
    // The user's `g` replaced the sequence `g g` it would have started.
    assert_eq!(
        km.lookup(Context::Results, &keys("g")),
        Lookup::Action(Action::CycleKind)
    );
    assert_eq!(km.lookup(Context::Results, &keys("g g")), Lookup::None);
    // Untouched bindings are still there, in this table and others.
    assert_eq!(
        km.lookup(Context::Results, &keys("k")),
        Lookup::Action(Action::SelectPrevious)
    );
    assert_eq!(
        km.lookup(Context::Item, &keys("g g")),
        Lookup::Action(Action::SelectFirst)
    );
    assert_eq!(km.lookup(Context::Global, &keys("q")), Lookup::None);
    assert_eq!(
        km.lookup(Context::Global, &keys("ctrl-c")),
        Lookup::Action(Action::Quit)
    );
}

#[test]
fn load_falls_back_to_default_for_an_unknown_name_and_reads_paths() {
    let km = Keymap::load(Some("emacs"), None);
    assert_eq!(km.sources, ["default"]);
    assert!(km.diagnostics[0].message.contains("unknown keymap `emacs`"));
    let dir = tempfile::tempdir().expect("tempdir");
    let own = dir.path().join("mine.toml");
    std::fs::write(&own, "[global]\n\"ctrl-x\" = \"quit\"\n").expect("write");
    let user = dir.path().join("keymap.toml");
    std::fs::write(&user, "[global]\n\"ctrl-y\" = \"go_home\"\n").expect("write");
    let km = Keymap::load(own.to_str(), Some(&user));
    assert!(km.diagnostics.is_empty(), "{:?}", km.diagnostics);
    assert_eq!(km.sources.len(), 2);
    assert_eq!(
        km.lookup(Context::Global, &keys("ctrl-x")),
        Lookup::Action(Action::Quit)
    );
    assert_eq!(
        km.lookup(Context::Global, &keys("ctrl-y")),
        Lookup::Action(Action::GoHome)
    );
    assert_eq!(km.lookup(Context::Global, &keys("f1")), Lookup::None);
}

#[test]
fn bundled_keymaps_parse_without_any_problem() {
    for (name, _) in BUNDLED {
        let km = Keymap::bundled(name).expect("bundled");
        assert!(km.diagnostics.is_empty(), "{name}: {:#?}", km.diagnostics);
    }
}

#[test]
fn bundled_keymaps_bind_no_digit() {
    for (name, _) in BUNDLED {
        let km = Keymap::bundled(name).expect("bundled");
        for ctx in Context::ALL {
            for (seq, action) in km.bindings(ctx) {
                assert!(
                    !seq.iter().any(|k| k.is_digit()),
                    "{name} [{}] binds a digit to {}",
                    ctx.name(),
                    action.name()
                );
            }
        }
    }
}

/// Where each core action must work, with the search box focused or not.
const CORE_PLACES: &[(Action, &[(Context, bool)])] = &[
    (
        Action::Quit,
        &[
            (Context::Home, true),
            (Context::Item, false),
            (Context::Help, false),
        ],
    ),
    (
        Action::ToggleHelp,
        &[
            (Context::Mrz, true),
            (Context::Home, true),
            (Context::Results, true),
            (Context::Item, false),
            (Context::Contacts, false),
            (Context::Help, false),
        ],
    ),
    (
        Action::GoBack,
        &[
            (Context::Mrz, true),
            (Context::Item, false),
            (Context::Browse, false),
            (Context::Contacts, false),
            (Context::Bookmarks, false),
        ],
    ),
    (
        Action::FocusSearch,
        &[
            (Context::Item, false),
            (Context::Browse, false),
            (Context::Contacts, false),
        ],
    ),
    (
        Action::DeleteChar,
        &[(Context::Results, true), (Context::Mrz, true)],
    ),
    (
        Action::SelectNext,
        &[
            (Context::Home, true),
            (Context::Results, true),
            (Context::Item, false),
            (Context::Browse, false),
            (Context::Contacts, false),
            (Context::Bookmarks, false),
            (Context::Help, false),
        ],
    ),
    (
        Action::SelectPrevious,
        &[
            (Context::Home, true),
            (Context::Results, true),
            (Context::Item, false),
            (Context::Browse, false),
            (Context::Contacts, false),
            (Context::Bookmarks, false),
        ],
    ),
    (
        Action::OpenSelected,
        &[
            (Context::Home, true),
            (Context::Results, true),
            (Context::Item, false),
            (Context::Browse, false),
            (Context::Contacts, false),
            (Context::Bookmarks, false),
        ],
    ),
    (Action::ToggleBookmark, &[(Context::Item, false)]),
    (
        Action::SwitchLanguage,
        &[
            (Context::Home, true),
            (Context::Results, true),
            (Context::Item, false),
        ],
    ),
    (Action::CycleKind, &[(Context::Results, true)]),
];

#[test]
fn every_core_action_has_a_digit_free_key_where_it_applies() {
    assert_eq!(CORE_PLACES.len(), Action::CORE.len());
    for (name, _) in BUNDLED {
        let km = Keymap::bundled(name).expect("bundled");
        for (action, places) in CORE_PLACES {
            for (ctx, typing) in *places {
                let found = km.keys_for(&stack(*ctx, *typing), *action);
                assert!(
                    found.iter().any(|seq| !seq.iter().any(|k| k.is_digit())),
                    "{name}: {} unreachable in [{}] (typing: {typing})",
                    action.name(),
                    ctx.name()
                );
            }
        }
    }
}

#[test]
fn matcher_waits_for_sequences_and_types_unbound_characters() {
    let km = Keymap::bundled("vim").expect("bundled");
    let mut m = Matcher::default();
    let results = stack(Context::Results, false);
    let g = Key::plain(Code::Char('g'));
    assert_eq!(m.feed(&km, &results, g), Outcome::Pending);
    assert_eq!(m.pending(), &[g]);
    assert_eq!(
        m.feed(&km, &results, g),
        Outcome::Action(Action::SelectFirst)
    );
    // A sequence that goes nowhere drops, and its last key counts alone.
    assert_eq!(m.feed(&km, &results, g), Outcome::Pending);
    assert_eq!(
        m.feed(&km, &results, Key::plain(Code::Char('j'))),
        Outcome::Action(Action::SelectNext)
    );
    // `g h` is global: the screen table's `g g` does not hide it.
    m.feed(&km, &results, g);
    assert_eq!(
        m.feed(&km, &results, Key::plain(Code::Char('h'))),
        Outcome::Action(Action::GoHome)
    );
    // While typing, letters type even where a table binds them.
    let typing = stack(Context::Results, true);
    assert_eq!(
        m.feed(&km, &typing, Key::plain(Code::Char('j'))),
        Outcome::Action(Action::Insert('j'))
    );
    assert_eq!(
        m.feed(&km, &typing, Key::plain(Code::Esc)),
        Outcome::Action(Action::BlurSearch)
    );
    assert_eq!(m.feed(&km, &typing, Key::ctrl('x')), Outcome::Unbound);
}

#[test]
fn reverse_map_skips_shadowed_and_typing_keys() {
    let km = Keymap::bundled("default").expect("bundled");
    let typing = stack(Context::Results, true);
    let help: Vec<String> = km
        .keys_for(&typing, Action::ToggleHelp)
        .iter()
        .map(|k| key::sequence_name(k))
        .collect();
    assert_eq!(help, ["f1"], "`?` types into the search box");
    let item = stack(Context::Item, false);
    let help: Vec<String> = km
        .keys_for(&item, Action::ToggleHelp)
        .iter()
        .map(|k| key::sequence_name(k))
        .collect();
    assert_eq!(help, ["f1", "?"]);
    // Results binds esc itself, so global esc (go_back) is hidden there.
    assert!(
        km.keys_for(&typing, Action::GoBack)
            .iter()
            .all(|k| key::sequence_name(k) != "esc")
    );
}
