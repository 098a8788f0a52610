//! Every screen drawn at random sizes from 1x1 to 200x80 never panics and
//! never writes outside its area; screens at 40x10 and up show their hint
//! bar, and smaller ones the "enlarge" message.

mod apptest;
mod common;

use apptest::{Harness, Options, buffer_text};
use fieldref::app::ThemeName;
use fieldref::knowledge::Lang;
use proptest::prelude::*;

/// Keys that reach every screen and overlay, in both languages.
const STATES: &[&str] = &[
    "",
    "harbouring",
    "zzzzqqq",
    "harbouring<enter>",
    "harbouring<enter><tab><end>",
    "first contact<enter>",
    "refer a possible victim<enter>",
    "signs<enter>",
    "north shelter<enter>",
    "<enter>",
    "<down><down><down><enter>",
    "<down><down><down><enter>rrs",
    "harbouring<enter>b<ctrl-b>",
    "harbouring<f1>",
    "harbouring<enter><f1><tab><pagedown>",
    "<f6>P<lt>UTOERIKSSON<lt><lt>ANNA<enter>L898902C36UTO7408122F1204159ZE1 4226B",
    "<f6>I<lt>UTOD231458907<lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><enter>\
     7408122F1204159UTO<lt><lt><lt><lt><lt><lt><lt><lt><lt><lt><lt>6<enter>\
     ERIKSSON<lt><lt>ANNA<lt>MARIA<lt><lt><lt><lt><lt><lt><lt><lt><lt><lt>",
];

fn harnesses() -> Vec<Harness> {
    let mut v = Vec::new();
    for (i, keys) in STATES.iter().enumerate() {
        let lang = if i % 2 == 0 { Lang::En } else { Lang::Fr };
        let theme = ThemeName::ALL[i % ThemeName::ALL.len()];
        let keymap = if i % 3 == 0 { "vim" } else { "default" };
        let keys = if keymap == "vim" {
            keys.replace("rrs", "<esc>rrs")
        } else {
            keys.to_string()
        };
        let mut h = Harness::with(Options {
            lang,
            theme,
            keymap,
            ..Options::default()
        });
        h.keys(&keys);
        v.push(h);
    }
    v
}

thread_local! {
    static APPS: Vec<Harness> = harnesses();
}

proptest! {
    #![proptest_config(common::proptest_config(400))]
    #[test]
    fn any_screen_draws_at_any_size(state in 0..STATES.len(), w in 1u16..=200, h in 1u16..=80) {
        APPS.with(|apps| {
            let buf = apps[state].render_at(w, h);
            prop_assert_eq!(buf.area.width, w);
            let text = buffer_text(&buf);
            if w >= 40 && h >= 10 {
                prop_assert!(text.contains("F1") || text.contains("Ctrl-C"), "no hint bar:\n{}", text);
            } else {
                prop_assert!(!text.contains("Ctrl-C"));
            }
            Ok(())
        })?;
    }
}

#[test]
fn tiny_sizes_and_every_state_exhaustively() {
    APPS.with(|apps| {
        for app in apps {
            for w in 1..=45 {
                for h in 1..=12 {
                    app.render_at(w, h);
                }
            }
        }
    });
}
