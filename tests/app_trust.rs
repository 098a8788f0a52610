//! In the app, everything from a pack nobody vouches for says so: the item
//! badge, each phone number on a contact page, the contacts table and its
//! details, and the numbers a flow outcome lists. Bundled items say nothing.

mod apptest;

use apptest::{Data, Harness, Options};

#[test]
fn bundled_items_carry_no_marker() {
    let mut h = Harness::with(Options {
        data: Data::Bundled,
        size: (120, 40),
        ..Options::default()
    });
    h.keys("harbouring<enter>");
    assert!(h.shows("Official text"), "{}", h.text());
    assert!(!h.shows("unsigned"));
    h.keys("<ctrl-g><down><down><down><enter>");
    assert!(h.shows("Organisation"), "{}", h.text());
    assert!(!h.shows("unsigned"));
}

#[test]
fn an_unsigned_pack_is_marked_on_every_item_and_number_it_shows() {
    let mut h = Harness::with(Options {
        size: (120, 40),
        ..Options::default()
    });
    h.keys("harbouring<down><enter>");
    assert!(h.shows("[law]  local, unsigned "), "{}", h.text());
    h.keys("<ctrl-g>north shelter<enter>");
    assert!(h.shows("000 000 000 [local, unsigned]"), "{}", h.text());
    h.keys("<ctrl-g><down><down><down><enter>");
    assert!(h.shows("unsigned · National helpline"), "{}", h.text());
    assert!(h.shows("(Free call)  local, unsigned"), "{}", h.text());
    h.keys("<ctrl-g>refer a possible victim<enter>b");
    assert!(
        h.shows("Phone: 000 000 000 [local, unsigned]"),
        "{}",
        h.text()
    );
}
