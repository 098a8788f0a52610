//! Editing the search box: the cursor moves with Left and Right, typing
//! and erasing happen where it is, Right at the end still opens the
//! selected hit, and the terminal cursor is drawn where typing goes.

mod apptest;

use apptest::{Harness, Options};
use fieldref::app::Screen;

#[test]
fn a_typo_in_the_middle_is_fixed_in_place() {
    let mut h = Harness::new();
    h.keys("harbourng<left><left>i");
    assert_eq!(h.app().search.query, "harbouring");
    assert!(h.shows("› harbouring"), "{}", h.text());
    // Backspace and Ctrl-W act before the cursor.
    h.keys("<backspace>");
    assert_eq!(h.app().search.query, "harbourng");
    h.keys("<ctrl-w>");
    assert_eq!(h.app().search.query, "ng");
    h.keys("harbouri");
    assert_eq!(h.app().search.query, "harbouring");
}

#[test]
fn right_moves_until_the_end_then_opens_the_selected_hit() {
    let mut h = Harness::new();
    h.keys("harbouring<left><right>");
    assert!(matches!(h.app().screen(), Screen::Search));
    h.keys("<right>");
    assert!(matches!(h.app().screen(), Screen::Item(_)), "{}", h.text());
}

#[test]
fn the_terminal_cursor_sits_where_typing_goes() {
    let mut h = Harness::with(Options::default());
    h.keys("harbouring<left><left><left>");
    let at = h.terminal.get_cursor_position().expect("a cursor");
    let buf = h.buffer();
    let cell = |x: u16| buf[(x, at.y)].symbol().to_string();
    // Typing goes before "ing": the cursor is on the `i`, after "harbour".
    assert_eq!(cell(at.x), "i");
    let before: String = (at.x - 7..at.x).map(cell).collect();
    assert_eq!(before, "harbour");
}
