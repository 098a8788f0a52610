//! Every screen of the app as text, at 80x24 and 120x40, over the fixture
//! pack: a change that moves a line shows up in review. Colours are checked
//! separately (`app_themes.rs`), since snapshots carry none.

mod apptest;

use apptest::{Harness, Options};
use fieldref::knowledge::Lang;

/// Each screen: a name and the keys that reach it from the home screen.
const SCREENS: &[(&str, &str)] = &[
    ("home", ""),
    ("results", "harbouring"),
    ("results_laws_only", "harbouring<tab>"),
    ("results_none", "zzzzqqq"),
    ("item_law_quote", "harbouring<down><enter>"),
    ("item_related_selected", "harbouring<down><enter><tab><tab>"),
    ("item_scrolled_to_end", "harbouring<down><enter><end>"),
    ("item_law_summary", "penalty<enter>"),
    ("item_procedure", "first contact<enter>i"),
    ("item_flow", "refer a possible victim<enter><f4>"),
    ("item_indicators", "signs of forced labour<enter>"),
    ("item_contact_stale", "north shelter<enter>"),
    ("browse_laws", "<enter>"),
    (
        "browse_glossary",
        "<down><down><down><down><down><enter><down>",
    ),
    ("contacts", "<down><down><down><enter>"),
    ("contacts_filtered", "<down><down><down><enter>rr"),
    ("bookmarks", "harbouring<down><enter>b<esc><esc><ctrl-b>"),
    ("help_keys_results", "harbouring<f1>"),
    ("help_keys_item", "harbouring<down><enter><f1>"),
    ("help_guide", "<f1><tab>"),
];

fn snapshot(name: &str, keys: &str, o: Options) {
    let (w, h) = o.size;
    let mut app = Harness::with(o);
    app.keys(keys);
    insta::assert_snapshot!(format!("{name}_{w}x{h}"), app.text());
}

#[test]
fn every_screen_at_80x24() {
    for (name, keys) in SCREENS {
        snapshot(name, keys, Options::default());
    }
}

#[test]
fn every_screen_at_120x40() {
    for (name, keys) in SCREENS {
        snapshot(
            name,
            keys,
            Options {
                size: (120, 40),
                ..Options::default()
            },
        );
    }
}

#[test]
fn french_screens() {
    for (name, keys) in [
        ("fr_home", ""),
        ("fr_results", "hebergement"),
        ("fr_item_other_language", "consent<enter>"),
        ("fr_contacts", "<down><down><down><enter>"),
    ] {
        snapshot(
            name,
            keys,
            Options {
                lang: Lang::Fr,
                ..Options::default()
            },
        );
    }
}

#[test]
fn vim_keymap_hints_and_help() {
    for (name, keys) in [
        ("vim_home", ""),
        ("vim_help_item", "harbouring<down><enter><f1>"),
        ("vim_pending_g", "harbouring<esc>g"),
    ] {
        snapshot(
            name,
            keys,
            Options {
                keymap: "vim",
                ..Options::default()
            },
        );
    }
}

#[test]
fn too_small_windows_say_so() {
    for size in [(39, 10), (40, 9), (20, 4)] {
        snapshot(
            "too_small",
            "",
            Options {
                size,
                ..Options::default()
            },
        );
    }
}
