//! The MRZ check inside the app: typed and pasted lines checked as they
//! change, the ICAO specimens passing and failing with one character
//! changed, the link to the document examination procedure, and nothing
//! typed kept anywhere. Snapshots at 80x24 and 120x40 (a projector).

mod apptest;
mod common;

use apptest::{Data, Harness, Options};
use fieldref::app::Screen;
use fieldref::knowledge::Lang;

const TD3: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];

const TD1: [&str; 3] = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];

/// Key string that types `lines`, Enter between them (as a paste without
/// bracketed paste arrives).
fn typing(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.replace('<', "<lt>"))
        .collect::<Vec<_>>()
        .join("<enter>")
}

fn bundled(size: (u16, u16), lang: Lang) -> Harness {
    Harness::with(Options {
        data: Data::Bundled,
        size,
        lang,
        ..Options::default()
    })
}

/// The TD3 specimen with one digit of the document number changed.
fn td3_wrong_number() -> [String; 2] {
    [
        TD3[0].to_string(),
        TD3[1].replacen("L898902C3", "L898912C3", 1),
    ]
}

#[test]
fn screens_at_80x24_and_at_a_projector_size() {
    let wrong = td3_wrong_number();
    let wrong: Vec<&str> = wrong.iter().map(String::as_str).collect();
    let cases: [(&str, String); 5] = [
        ("mrz_empty", String::new()),
        ("mrz_td3_specimen", typing(&TD3)),
        ("mrz_td3_wrong_number", typing(&wrong)),
        ("mrz_half_typed", typing(&[TD3[0], "L898902C36U"])),
        ("mrz_td1_link_selected", typing(&TD1) + "<tab>"),
    ];
    for size in [(80, 24), (120, 40)] {
        for (name, keys) in &cases {
            let mut app = bundled(size, Lang::En);
            app.keys("<f6>").keys(keys);
            insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), app.text());
        }
    }
}

#[test]
fn french_screen_says_conduite_words_and_keeps_accents() {
    let mut app = bundled((80, 24), Lang::Fr);
    app.keys("<f6>").keys(&typing(&TD3));
    insta::assert_snapshot!("mrz_td3_specimen_fr_80x24", app.text());
    assert!(app.shows("Tous les chiffres de contrôle sont corrects."));
}

#[test]
fn the_specimen_passes_and_one_changed_digit_fails_naming_the_field() {
    let mut app = bundled((120, 40), Lang::En);
    app.keys("<f6>").keys(&typing(&TD3));
    assert!(app.shows("✓ All check digits are correct."));
    assert!(app.shows("Check digits prove nothing about authenticity"));
    // Fix nothing, break the number: go to line 2, column 6, change 0 to 1.
    app.keys("<home><right><right><right><right><right><right><backspace>1");
    assert!(
        app.shows("✗ The MRZ does not pass: see below."),
        "{}",
        app.text()
    );
    assert!(
        app.shows("✗ FAIL  Document number     found `6`, should be"),
        "{}",
        app.text()
    );
    assert!(app.shows("compare every character with the document"));
    // Typing the right digit back makes it pass again.
    app.keys("<backspace>0");
    assert!(app.shows("✓ All check digits are correct."));
}

#[test]
fn lower_case_and_spaces_in_a_paste_are_handled_clearly() {
    let mut app = bundled((120, 40), Lang::En);
    let lower = TD3[0].to_lowercase().replace('<', "<lt>");
    app.keys("<f6>").keys(&lower).keys("<enter>L898902C36 UTO");
    // Typed lower case shows as the capitals printed on the document.
    assert!(app.shows("1 P<UTOERIKSSON<<ANNA<MARIA"), "{}", app.text());
    assert!(app.shows("Not checked yet"));
    assert!(
        app.shows("line 2, position 11: a space; an MRZ has no spaces"),
        "{}",
        app.text()
    );
    // A wide character never shifts the columns: it shows as `?`.
    app.keys("中<lt>");
    assert!(app.shows("2 L898902C36 UTO?<"), "{}", app.text());
}

#[test]
fn tab_then_enter_opens_the_document_examination_procedure_and_back_returns() {
    let mut app = bundled((80, 24), Lang::En);
    app.keys("<f6>").keys(&typing(&TD3));
    app.keys("<tab><enter>");
    match app.app().screen() {
        Screen::Item(v) => assert_eq!(v.id, "proc.document-examination"),
        other => panic!("expected the procedure, got {other:?}"),
    }
    app.keys("<esc>");
    assert!(matches!(app.app().screen(), Screen::Mrz(_)));
    assert!(app.shows("✓ All check digits are correct."));
}

#[test]
fn reached_from_the_home_screen_and_nothing_typed_is_kept() {
    let mut app = Harness::with(Options {
        data: Data::Bundled,
        keep_recent: true,
        ..Options::default()
    });
    // The MRZ section sits after the glossary on the home screen.
    app.keys("<down><down><down><down><down><down><enter>");
    assert!(
        matches!(app.app().screen(), Screen::Mrz(_)),
        "{}",
        app.text()
    );
    app.keys(&typing(&TD3));
    app.keys("<esc>");
    assert!(matches!(app.app().screen(), Screen::Search));
    assert!(app.app().recent.is_empty());
    assert!(app.store.saves().is_empty(), "{:?}", app.store.saves());
    assert!(app.store.exports().is_empty());
    // Opening it again starts empty.
    app.keys("<f6>");
    assert!(app.shows("Type or paste the machine-readable zone"));
}

#[test]
fn a_fourth_line_is_refused_with_a_message() {
    let mut app = bundled((80, 24), Lang::En);
    app.keys("<f6>").keys(&typing(&TD1)).keys("<enter>");
    assert!(app.shows("An MRZ has at most 3 lines"), "{}", app.text());
    assert!(app.shows("✓ All check digits are correct."));
}

#[test]
fn vim_keymap_types_every_letter_into_the_lines() {
    let mut app = Harness::with(Options {
        data: Data::Bundled,
        keymap: "vim",
        size: (120, 40),
        ..Options::default()
    });
    app.keys("<esc>gm").keys(&typing(&TD3));
    assert!(
        app.shows("✓ All check digits are correct."),
        "{}",
        app.text()
    );
}

/// One edit of the MRZ lines, as keys would make it.
#[derive(Debug, Clone)]
enum Edit {
    Type(char),
    NewLine,
    Back,
    DeleteLine,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    Clear,
}

fn edit() -> impl proptest::strategy::Strategy<Value = Edit> {
    use proptest::prelude::*;
    prop_oneof![
        6 => any::<char>().prop_map(Edit::Type),
        6 => proptest::sample::select(vec!['<', 'A', '0', 'z', ' ', '\n']).prop_map(Edit::Type),
        1 => Just(Edit::NewLine),
        2 => Just(Edit::Back),
        1 => Just(Edit::DeleteLine),
        1 => Just(Edit::Left),
        1 => Just(Edit::Right),
        1 => Just(Edit::Up),
        1 => Just(Edit::Down),
        1 => Just(Edit::Home),
        1 => Just(Edit::End),
        1 => Just(Edit::Clear),
    ]
}

proptest::proptest! {
    #![proptest_config(common::proptest_config(300))]

    /// Any sequence of edits keeps the cursor on a line and within it,
    /// never more than three lines of at most 100 characters, and the
    /// report is always the check of the lines shown.
    #[test]
    fn any_edits_keep_the_entry_consistent(edits in proptest::collection::vec(edit(), 0..300)) {
        use fieldref::app::mrz_entry::{MAX_LINE, MAX_LINES, MrzEntry};
        let today = apptest::today();
        let mut e = MrzEntry::new(today);
        for ed in edits {
            match ed {
                Edit::Type(c) => { e.insert(c); }
                Edit::NewLine => { e.new_line(); }
                Edit::Back => { e.delete_back(); }
                Edit::DeleteLine => { e.delete_line(); }
                Edit::Left => { e.left(); }
                Edit::Right => { e.right(); }
                Edit::Up => { e.move_line(false); }
                Edit::Down => { e.move_line(true); }
                Edit::Home => { e.line_edge(false); }
                Edit::End => { e.line_edge(true); }
                Edit::Clear => e.clear(),
            }
            let lines: Vec<String> = e.lines().map(|l| l.iter().collect()).collect();
            let (line, column) = e.cursor();
            proptest::prop_assert!(!lines.is_empty() && lines.len() <= MAX_LINES);
            proptest::prop_assert!(line < lines.len());
            proptest::prop_assert!(column <= lines[line].chars().count());
            proptest::prop_assert!(lines.iter().all(|l| l.chars().count() <= MAX_LINE));
            let shown: String = lines.concat();
            proptest::prop_assert_eq!(fieldref::knowledge::sanitize::sanitize(&shown), shown.clone());
            let typed: Vec<&str> = lines.iter().map(String::as_str).filter(|l| !l.is_empty()).collect();
            let expected = (!typed.is_empty()).then(|| fieldref::mrz::check(&typed, today));
            proptest::prop_assert_eq!(e.report(), expected.as_ref());
        }
    }
}

#[test]
fn a_bracketed_paste_fills_the_lines_and_a_paste_elsewhere_types_or_does_nothing() {
    let mut app = bundled((120, 40), Lang::En);
    app.keys("<f6>");
    app.driver.paste(&format!("{}\r\n{}\n", TD3[0], TD3[1]));
    app.draw();
    assert!(
        app.shows("✓ All check digits are correct."),
        "{}",
        app.text()
    );
    // In the search box line breaks are spaces.
    app.keys("<ctrl-g>");
    app.driver.paste("forced\nlabour");
    assert_eq!(app.app().search.query, "forced labour");
    // In a flow, letters answer: a paste must not.
    app.keys("<ctrl-g>refer a possible victim<enter>");
    let before = format!("{:?}", app.app().screen());
    app.driver.paste("bbbb");
    assert_eq!(format!("{:?}", app.app().screen()), before);
}
