//! The app driven by key strings, as a user types them: keymap, update,
//! draw and measure exactly as in the terminal, with no sleeps.

mod apptest;

use apptest::{Data, Harness, Options};
use fieldref::app::{Saved, Screen, ThemeName};
use fieldref::knowledge::Lang;

fn item_id(h: &Harness) -> Option<String> {
    match h.app().screen() {
        Screen::Item(v) => Some(v.id.clone()),
        _ => None,
    }
}

#[test]
fn typing_searches_at_once_and_enter_opens_the_official_text() {
    let mut h = Harness::with(Options {
        data: Data::Bundled,
        ..Options::default()
    });
    assert!(h.shows("fieldref › Home"));
    h.keys("harbouring");
    let first = &h.app().search.hits()[0];
    assert_eq!(first.id, "palermo.art3a", "Palermo Art. 3(a) first");
    assert!(h.shows("Trafficking in Persons Protocol, Art. 3(a)"));
    h.keys("<enter>");
    assert_eq!(item_id(&h).as_deref(), Some("palermo.art3a"));
    assert!(h.shows("Official text"));
    assert!(h.shows("harbouring or receipt of persons"));
    h.keys("<f1>");
    assert!(h.shows("Keys") && h.shows("Bookmark this item"));
}

#[test]
fn every_prefix_of_a_word_gives_results() {
    let mut h = Harness::new();
    for (i, c) in "harbouring".chars().enumerate() {
        h.keys(&c.to_string());
        if i >= 2 {
            assert!(
                !h.app().search.hits().is_empty(),
                "no hits for a prefix of {i} chars"
            );
        }
    }
}

#[test]
fn esc_walks_back_clears_the_search_then_stays_home() {
    let mut h = Harness::new();
    h.keys("harbouring<down><enter>");
    assert_eq!(item_id(&h).as_deref(), Some("palermo.art3a"));
    h.keys("<esc>");
    assert!(matches!(h.app().screen(), Screen::Search));
    assert_eq!(h.app().search.query, "harbouring", "the search is kept");
    assert_eq!(h.app().search.selected, 1, "and so is the selection");
    h.keys("<esc>");
    assert!(h.app().search.query.is_empty());
    assert!(h.shows("fieldref › Home"));
    h.keys("<esc>");
    assert!(h.shows("This is the first screen"));
    assert!(!h.app().quit);
}

#[test]
fn back_and_forward_through_related_items() {
    let mut h = Harness::new();
    h.keys("harbouring<down><enter><tab><tab><enter>");
    assert_eq!(item_id(&h).as_deref(), Some("xx.code.art10"));
    h.keys("<alt-left>");
    assert_eq!(item_id(&h).as_deref(), Some("palermo.art3a"));
    h.keys("<alt-right>");
    assert_eq!(item_id(&h).as_deref(), Some("xx.code.art10"));
    assert_eq!(h.app().history(), (2, 0));
    // Enter with no related item selected selects the first one.
    h.keys("<enter>");
    assert!(h.shows("Related item selected"));
    h.keys("<enter>");
    assert_eq!(item_id(&h).as_deref(), Some("palermo.art3a"));
}

#[test]
fn the_kind_filter_cycles_with_tab() {
    let mut h = Harness::new();
    h.keys("harbouring<tab>");
    assert!(
        h.app()
            .search
            .hits()
            .iter()
            .all(|hit| hit.kind.name() == "law")
    );
    assert!(h.shows("laws ┐"));
    h.keys("<backtab>");
    assert_eq!(h.app().search.kind, None);
    assert!(h.shows("all kinds"));
}

#[test]
fn editing_the_query() {
    let mut h = Harness::new();
    h.keys("art 3 palermo<ctrl-w>");
    assert_eq!(h.app().search.query, "art 3 ");
    h.keys("<backspace><backspace><backspace>");
    assert_eq!(h.app().search.query, "art");
    h.keys("<ctrl-u>");
    assert!(h.app().search.query.is_empty());
    h.keys(" ");
    assert!(
        h.app().search.query.is_empty(),
        "a leading space does not start a search"
    );
}

#[test]
fn help_opens_with_f1_and_question_mark_but_question_mark_types_in_the_box() {
    let mut h = Harness::new();
    h.keys("?");
    assert_eq!(h.app().search.query, "?");
    assert!(h.app().help.is_none());
    h.keys("<ctrl-u><down><enter>?");
    assert!(
        h.app().help.is_some(),
        "? opens help outside the search box"
    );
    assert!(h.shows("Open the selected entry."));
    h.keys("<tab>");
    assert!(h.shows("How to use fieldref"));
    h.keys("<esc>");
    assert!(h.app().help.is_none());
    assert!(
        matches!(h.app().screen(), Screen::Browse(_)),
        "Esc closed only the help"
    );
}

#[test]
fn bookmarks_are_saved_through_the_store_and_listed() {
    let mut h = Harness::new();
    h.keys("harbouring<down><enter>b");
    assert!(h.shows("★ bookmarked"));
    assert_eq!(
        h.store.saves(),
        vec![(Saved::Bookmarks, vec!["palermo.art3a".to_string()])]
    );
    h.keys("<ctrl-b>");
    assert!(h.shows("Bookmarks hold item ids only"));
    assert!(h.shows("Definition of trafficking"));
    h.keys("b");
    assert!(h.app().bookmarks.is_empty());
    assert_eq!(
        h.store.saves().last(),
        Some(&(Saved::Bookmarks, Vec::new()))
    );
    assert!(h.shows("No bookmarks yet"));
}

#[test]
fn recent_items_stay_in_memory_unless_the_config_keeps_them() {
    let mut h = Harness::new();
    h.keys("harbouring<enter><esc><down><enter>");
    assert_eq!(h.app().recent, ["palermo.art3a", "glossary.harbouring"]);
    assert!(
        h.store.saves().is_empty(),
        "nothing written without keep_recent"
    );
    let mut kept = Harness::with(Options {
        keep_recent: true,
        ..Options::default()
    });
    kept.keys("harbouring<down><enter>");
    assert_eq!(
        kept.store.saves(),
        vec![(Saved::Recent, vec!["palermo.art3a".to_string()])]
    );
    // The home screen's Recent section opens the list at the recent items.
    kept.keys("<ctrl-g><end><enter>");
    assert!(kept.shows("Recent"));
    assert!(matches!(kept.app().screen(), Screen::Bookmarks(v) if v.selected == 0));
}

#[test]
fn language_switches_at_runtime_and_searches_again() {
    let mut h = Harness::new();
    h.keys("harbouring<f2>");
    assert_eq!(h.app().lang, Lang::Fr);
    assert!(h.shows("Langue : français"));
    assert!(h.shows("Définition de la traite des personnes"));
    h.keys("<enter>");
    assert!(h.shows("Texte officiel"));
    h.keys("<ctrl-l>");
    assert!(h.shows("Official text"));
}

#[test]
fn themes_cycle() {
    let mut h = Harness::new();
    h.keys("<f3>");
    assert_eq!(h.app().theme, ThemeName::Light);
    assert!(h.shows("Theme: light"));
    h.keys("<ctrl-t><ctrl-t><ctrl-t>");
    assert_eq!(h.app().theme, ThemeName::Dark);
}

#[test]
fn contacts_filter_by_region_and_service_and_warn_on_old_numbers() {
    let mut h = Harness::new();
    h.keys("<down><down><down><enter>");
    assert!(h.shows("! 2024-05-02") && h.shows("! never"));
    h.keys("rr");
    assert!(h.shows("Region: North"));
    assert!(!h.shows("South police"));
    assert!(
        h.shows("National help"),
        "national contacts serve every region"
    );
    h.keys("as");
    assert!(h.shows("Service: police"));
    assert!(h.shows("Region: all"));
    h.keys("<enter>");
    assert_eq!(item_id(&h).as_deref(), Some("xx.contact.police-south"));
    assert!(h.shows("number not verified"));
}

#[test]
fn the_users_region_comes_first() {
    let mut h = Harness::with(Options {
        region: Some("south".into()),
        ..Options::default()
    });
    h.keys("<down><down><down><enter>");
    let text = h.text();
    // Rows from the fixture (an unsigned pack) start "unsigned · ".
    let south = text.find("unsigned · South police").expect("listed");
    let national = text.find("unsigned · National help").expect("listed");
    assert!(south < national);
}

#[test]
fn scrolling_stops_at_the_end_of_the_text() {
    let mut h = Harness::with(Options {
        size: (50, 16),
        ..Options::default()
    });
    h.keys("harbouring<down><enter><end>");
    let Screen::Item(v) = h.app().screen() else {
        panic!("item")
    };
    let end = v.scroll;
    assert!(end > 0, "the text is longer than the box");
    h.keys("<down><down><pagedown>");
    let Screen::Item(v) = h.app().screen() else {
        panic!("item")
    };
    assert_eq!(v.scroll, end);
    h.keys("<up>");
    let Screen::Item(v) = h.app().screen() else {
        panic!("item")
    };
    assert_eq!(v.scroll, end - 1, "one key up moves up at once");
    h.keys("<home>");
    assert!(h.shows("(a) \"Trafficking in persons\""));
}

#[test]
fn browse_lists_group_by_instrument() {
    let mut h = Harness::new();
    h.keys("<enter>");
    assert!(h.shows("Trafficking in Persons Protocol") && h.shows("Test Penal Code"));
    h.keys("<end><enter>");
    assert_eq!(item_id(&h).as_deref(), Some("xx.code.art10"));
}

#[test]
fn ctrl_c_quits_from_anywhere() {
    for keys in [
        "<ctrl-c>",
        "harb<ctrl-c>",
        "harbouring<enter><f1><ctrl-c>",
        "<enter><ctrl-c>",
    ] {
        let mut h = Harness::new();
        h.keys(keys);
        assert!(h.app().quit, "{keys}");
    }
    let mut h = Harness::with(Options {
        keymap: "vim",
        ..Options::default()
    });
    h.keys("harbouring<esc>g<ctrl-c>");
    assert!(h.app().quit, "even in the middle of a sequence");
}

#[test]
fn ctrl_z_asks_to_suspend_and_changes_nothing_else() {
    for keymap in ["default", "vim"] {
        let mut h = Harness::with(Options {
            keymap,
            ..Options::default()
        });
        h.keys("harbouring<down><enter>");
        let before = item_id(&h);
        assert!(before.is_some(), "{keymap}: an item is open");
        h.keys("<ctrl-z>");
        assert!(h.app().suspend, "{keymap}: ctrl-z asks the loop to suspend");
        assert!(!h.app().quit, "{keymap}: suspending is not quitting");
        assert_eq!(item_id(&h), before, "{keymap}: the same item is open");
    }
}

#[test]
fn vim_keys_move_after_leaving_the_search_box() {
    let mut h = Harness::with(Options {
        keymap: "vim",
        ..Options::default()
    });
    h.keys("victim<esc>jj");
    let hits: Vec<String> = h.app().search.hits().iter().map(|h| h.id.clone()).collect();
    assert!(hits.len() > 2, "the query needs three hits");
    assert_eq!(h.app().search.selected, 2);
    h.keys("gg");
    assert_eq!(h.app().search.selected, 0);
    h.keys("G");
    assert_eq!(h.app().search.selected, hits.len() - 1);
    h.keys("/x");
    assert_eq!(h.app().search.query, "victimx");
    // The first hit opens as its page, or as steps, questions or slides.
    h.keys("<backspace><esc>ggl");
    assert_eq!(h.app().current_item(), Some(hits[0].as_str()));
    h.keys("H");
    assert!(matches!(h.app().screen(), Screen::Search));
    h.keys("L");
    assert_eq!(h.app().current_item(), Some(hits[0].as_str()));
    h.keys("gb");
    assert!(matches!(h.app().screen(), Screen::Bookmarks(_)));
    h.keys("q");
    assert!(h.app().quit);
}

#[test]
fn resizing_reflows_without_losing_state() {
    let mut h = Harness::new();
    h.keys("harbouring<down>");
    for (w, ht) in [(120, 40), (40, 10), (39, 9), (1, 1), (80, 24)] {
        h.resize(w, ht);
    }
    assert_eq!(h.app().search.selected, 1);
    assert!(h.shows("Harbouring"));
    h.resize(30, 5);
    assert!(h.shows("Enlarge the window"));
}
