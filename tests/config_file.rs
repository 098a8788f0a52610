//! A broken `config.toml` as the commands meet it: read-only commands
//! report it with file, line and column and leave it where it is; a file
//! that parses but holds a bad setting is never moved, and its valid
//! settings apply. (The interactive app setting a torn file aside is in
//! `app_pty.rs`.)

mod common;

use common::*;

fn with_config(text: &str) -> Sandbox {
    let sandbox = Sandbox::new();
    let dir = sandbox.home.path().join("config");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("config.toml"), text).expect("write");
    sandbox
}

#[test]
fn read_only_commands_report_a_broken_config_and_never_move_it() {
    let sandbox = with_config("language = \"fr\"\ntheme = [\"light\"\n");
    let path = sandbox.home.path().join("config/config.toml");
    for args in [&["paths"][..], &["check"], &["show", "palermo.art3a"]] {
        let run = sandbox.run(args);
        assert!(
            run.stderr.contains("config.toml:2:")
                && run.stderr.contains("using the default settings"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(path.is_file(), "{args:?} left config.toml in place");
        assert!(!path.with_extension("toml.corrupt").exists(), "{args:?}");
    }
    let run = sandbox.run(&["show", "palermo.art3a"]);
    assert!(run.stdout.contains("Official text"), "defaults: English");
}

#[test]
fn a_bad_setting_is_reported_where_it_is_and_the_others_apply() {
    let sandbox = with_config("language = \"fr\"\ncolour = \"red\"\n");
    let run = sandbox.run(&["show", "palermo.art3a"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("config.toml:2:1: error: ") && run.stderr.contains("colour"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("Texte officiel"),
        "language = \"fr\" still applies:\n{}",
        run.stdout
    );
    assert!(sandbox.home.path().join("config/config.toml").is_file());
}
