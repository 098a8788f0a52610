//! The guidance screens inside the app as text, at 80x24 and at 120x40
//! (a projector-sized window), over the fixture pack: the stepper, a flow
//! question, an outcome with its contacts, slides, and the export prompt.

mod apptest;

use apptest::{Harness, Options};

/// Each screen: a name and the keys that reach it from the home screen.
const SCREENS: &[(&str, &str)] = &[
    ("stepper", "first contact<enter>"),
    ("stepper_step2_done", "first contact<enter><right>d"),
    ("flow_question", "refer a possible victim<enter>"),
    ("flow_outcome", "refer a possible victim<enter>b"),
    (
        "flow_outcome_export_prompt",
        "refer a possible victim<enter>b<ctrl-s>",
    ),
    ("slide_title", "first contact<enter>p"),
    ("slide_step", "first contact<enter>p<right>"),
    ("stepper_help", "first contact<enter><f1>"),
];

fn snapshot(name: &str, keys: &str, size: (u16, u16)) {
    let mut app = Harness::with(Options {
        size,
        ..Options::default()
    });
    app.keys(keys);
    insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), app.text());
}

#[test]
fn guidance_screens_at_80x24() {
    for (name, keys) in SCREENS {
        snapshot(name, keys, (80, 24));
    }
}

#[test]
fn guidance_screens_at_120x40() {
    for (name, keys) in SCREENS {
        snapshot(name, keys, (120, 40));
    }
}
