//! The keymap side of the command line: `fieldref keys`, `fieldref check`
//! with a broken user keymap, and `fieldref` refusing to start without a
//! terminal instead of garbling a pipe.

mod common;

use common::Sandbox;

#[test]
fn keys_prints_every_table_with_help() {
    let sb = Sandbox::new();
    let out = sb.run(&["keys"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("# keymap: default\n"),
        "{}",
        out.stdout
    );
    for table in [
        "[global]",
        "[input]",
        "[home]",
        "[results]",
        "[item]",
        "[contacts]",
        "[help]",
    ] {
        assert!(out.stdout.contains(table), "{table} missing");
    }
    assert!(out.stdout.contains("\"f1\"           = \"toggle_help\""));
    let vim = sb.run(&["--keymap", "vim", "--lang", "fr", "keys"]);
    assert!(
        vim.stdout.contains("\"g g\"          = \"select_first\""),
        "{}",
        vim.stdout
    );
    assert!(
        vim.stdout.contains("Aller à la première entrée"),
        "French help"
    );
}

#[test]
fn a_broken_user_keymap_is_reported_with_positions_and_the_rest_applies() {
    let sb = Sandbox::new();
    let config = sb.home.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    std::fs::write(
        config.join("keymap.toml"),
        "[item]\n\"f\" = \"toggle_bookmark\"\n\"x\" = \"explode\"\n[results]\n\"ctrl-q\" = \"none\"\n\"nope-key\" = \"quit\"\n",
    )
    .expect("write keymap");
    let check = sb.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stdout);
    let shown = config.join("keymap.toml").display().to_string();
    assert!(
        check
            .stdout
            .contains(&format!("{shown}:3:7: error: unknown action `explode`")),
        "{}",
        check.stdout
    );
    assert!(
        check
            .stdout
            .contains(&format!("{shown}:6:1: error: unknown key `nope-key`")),
        "{}",
        check.stdout
    );
    assert!(
        check.stdout.contains("keymap default + "),
        "{}",
        check.stdout
    );
    let keys = sb.run(&["keys"]);
    assert_eq!(keys.code, 1);
    assert!(
        keys.stdout
            .contains("\"f\"            = \"toggle_bookmark\""),
        "valid bindings still apply"
    );
    assert!(keys.stderr.contains("unknown action `explode`"));
}

#[test]
fn an_unknown_keymap_name_falls_back_to_the_default() {
    let sb = Sandbox::new();
    let out = sb.run(&["--keymap", "emacs", "check"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("unknown keymap `emacs`"),
        "{}",
        out.stdout
    );
}

#[test]
fn the_app_needs_a_terminal() {
    let sb = Sandbox::new();
    let out = sb.run(&[]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("needs a terminal"), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "nothing drawn into a pipe");
}
