//! The real binary in a pseudo-terminal, as a user meets it: it opens on
//! the home screen, a typed query lists results, Enter opens one, F1 shows
//! the keys, Ctrl-C quits, and the terminal is left as it was found (main
//! screen, cursor visible). Waits are for output to arrive, never sleeps.

#[path = "support/pty.rs"]
mod pty;

use pty::Running;

/// Waits for the app to end and checks it exited cleanly and gave the
/// terminal back (main screen, cursor visible).
fn finish(s: &mut Running) {
    let status = s.finish();
    assert!(status.success(), "{status:?}");
    s.assert_restored("on exit");
}

#[test]
fn search_open_help_and_quit_in_a_real_terminal() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut s = Running::launch(home, &[], &[]);
    s.wait_for_text("fieldref › Home");
    assert!(
        s.parser.screen().alternate_screen(),
        "the app draws on the alternate screen"
    );
    s.type_keys(b"harbouring");
    s.wait_for_text("› harbouring");
    s.wait_for_text("Trafficking in Persons Protocol, Art. 3(a)");
    let contents = s.parser.screen().contents();
    let row = contents
        .lines()
        .find(|l| l.starts_with('▸'))
        .expect("a selected row");
    assert!(row.contains("Art. 3(a)"), "Palermo Art. 3(a) first: {row}");
    s.type_keys(b"\r");
    s.wait_for_text("Official text");
    s.wait_for_text("harbouring or receipt of persons");
    s.type_keys(b"\x1bOP");
    s.wait_for_text("Bookmark this item");
    s.type_keys(b"\x03");
    finish(&mut s);
    assert!(
        !s.parser.screen().contents().contains("fieldref ›"),
        "no app output left on the main screen"
    );
}

#[test]
fn a_corrupt_bookmarks_file_is_set_aside_with_a_message_on_the_first_frame() {
    let home = tempfile::tempdir().expect("tempdir");
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    std::fs::write(data.join("bookmarks.toml"), "ids = [not toml").expect("write");
    let mut s = Running::launch(home, &[], &[("FIELDREF_EXIT_AFTER_FIRST_FRAME", "1")]);
    // The app exits after one frame, so look for it in what was written.
    finish(&mut s);
    let written = s.written();
    assert!(
        written.contains("fieldref › Home"),
        "the first frame was drawn"
    );
    assert!(
        written.contains("bookmarks.toml was unreadable"),
        "{written}"
    );
    assert!(
        data.join("bookmarks.toml.corrupt").is_file(),
        "kept aside, not lost"
    );
    assert!(!data.join("bookmarks.toml").exists());
}

#[test]
fn a_torn_config_is_set_aside_and_the_app_starts_with_defaults_and_says_where() {
    let home = tempfile::tempdir().expect("tempdir");
    let config = home.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    // Cut short mid-string, as a crash or a full disk leaves it; the
    // language it asked for must not apply.
    std::fs::write(
        config.join("config.toml"),
        "language = \"fr\"\nregion = \"Bujum",
    )
    .expect("write");
    let mut s = Running::launch(home, &[], &[("FIELDREF_EXIT_AFTER_FIRST_FRAME", "1")]);
    finish(&mut s);
    let written = s.written();
    assert!(
        written.contains("fieldref › Home") && written.contains("Search"),
        "the first frame was drawn, in English (the defaults)"
    );
    let aside = config.join("config.toml.corrupt");
    assert!(aside.is_file(), "kept aside, not lost");
    assert!(!config.join("config.toml").exists());
    assert!(
        written.contains("config.toml:2:16: error: invalid basic string"),
        "file:line:column and what was wrong:\n{written}"
    );
    assert!(
        written.contains(&format!("set aside as {}", aside.display()))
            && written.contains("default settings"),
        "says where the file went:\n{written}"
    );
}

#[test]
fn flow_subcommand_answered_with_enter_and_letters_reaches_an_outcome() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut s = Running::launch(home, &["flow", "flow.refer"], &[]);
    s.wait_for_text("Is the person, or anyone else, in immediate danger?");
    assert!(s.parser.screen().alternate_screen());
    // Down then Enter answers "No"; then letters.
    s.type_keys(b"\x1b[B");
    s.type_keys(b"\r");
    s.wait_for_text("Does the person need medical care now?");
    s.type_keys(b"b");
    s.wait_for_text("Is the person under 18");
    s.type_keys(b"b");
    s.wait_for_text("foreign national");
    s.type_keys(b"b");
    s.wait_for_text("agree to be referred");
    s.type_keys(b"a");
    s.wait_for_text("Outcome");
    s.wait_for_text("Services to contact");
    s.type_keys(b"\x03");
    finish(&mut s);
}
