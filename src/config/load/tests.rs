use super::*;

fn write(text: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

#[test]
fn missing_config_is_silent_defaults() {
    let load = Config::load(Path::new("/nonexistent/fieldref/config.toml"), Lang::En);
    assert_eq!(load, ConfigLoad::default());
}

#[test]
fn a_valid_file_gives_every_setting() {
    let (_dir, path) = write(
        b"language = \"fr\"\ntheme = \"light\"\nkeymap = \"vim\"\nknowledge = [\"/srv/packs\"]\nregion = \"Bujumbura\"\nkeep_recent = true\n",
    );
    let load = Config::load(&path, Lang::En);
    assert!(load.problems.is_empty(), "{:?}", load.problems);
    let c = load.config;
    assert_eq!(c.lang(), Some(Lang::Fr));
    assert_eq!(c.theme.as_deref(), Some("light"));
    assert_eq!(c.keymap.as_deref(), Some("vim"));
    assert_eq!(c.knowledge, vec![PathBuf::from("/srv/packs")]);
    assert_eq!(c.region.as_deref(), Some("Bujumbura"));
    assert!(c.keep_recent);
}

#[test]
fn an_unknown_key_is_ignored_in_place_and_the_valid_settings_apply() {
    let (_dir, path) = write(b"language = \"fr\"\ncolour = 3\nkeep_recent = true\n");
    let load = Config::load(&path, Lang::En);
    assert!(load.broken.is_none(), "a user's edit is not set aside");
    assert_eq!(load.config.lang(), Some(Lang::Fr));
    assert!(load.config.keep_recent);
    let [d] = load.problems.as_slice() else {
        panic!("one problem: {:?}", load.problems)
    };
    assert_eq!((d.line, d.column), (2, 1));
    assert!(
        d.message.contains("`colour`") && d.message.contains("ignored"),
        "{d}"
    );
    assert!(d.to_string().contains("config.toml:2:1: error:"), "{d}");
}

#[test]
fn wrong_types_and_a_bad_language_are_reported_where_they_are() {
    let (_dir, path) = write(
        b"theme = 3\nlanguage = \"de\"\nknowledge = [\"a\", 1]\nkeep_recent = \"yes\"\nregion = \"Gitega\"\n",
    );
    let load = Config::load(&path, Lang::En);
    assert!(load.broken.is_none());
    assert_eq!(
        load.config.region.as_deref(),
        Some("Gitega"),
        "the good one applies"
    );
    assert_eq!(load.config.theme, None);
    assert_eq!(load.config.language, None);
    assert!(load.config.knowledge.is_empty());
    assert!(!load.config.keep_recent);
    let at: Vec<(usize, usize)> = load.problems.iter().map(|d| (d.line, d.column)).collect();
    assert_eq!(at, vec![(1, 9), (2, 12), (3, 13), (4, 15)]);
    assert!(load.problems[0].message.contains("`theme` must be text"));
    assert!(load.problems[1].message.contains("\"en\" or \"fr\""));
}

#[test]
fn a_syntax_error_is_broken_with_its_position_and_the_file_stays_until_set_aside() {
    let (dir, path) = write(b"language = \"fr\"\ntheme = [\"light\"\n");
    let mut load = Config::load(&path, Lang::En);
    assert!(load.broken.is_some());
    assert_eq!(load.config, Config::default(), "nothing from a broken file");
    let d = &load.problems[0];
    assert_eq!(d.line, 2, "{d}");
    assert!(d.message.ends_with("using the default settings"), "{d}");
    assert!(path.is_file(), "reading never moves the file");
    load.set_aside(&path, Lang::En);
    let aside = dir.path().join("config.toml.corrupt");
    assert!(aside.is_file() && !path.exists(), "moved aside, not lost");
    let d = &load.problems[0];
    assert_eq!(d.line, 2, "{d}");
    assert!(
        d.message
            .contains(&format!("set aside as {}", aside.display())),
        "{d}"
    );
    assert!(d.message.contains("default settings"), "{d}");
}

#[test]
fn a_torn_file_is_broken_and_a_second_one_does_not_overwrite_the_first() {
    let (dir, path) = write(b"language = \"fr\"\nregion = \"Bujum");
    let mut load = Config::load(&path, Lang::Fr);
    assert!(load.broken.is_some());
    load.set_aside(&path, Lang::Fr);
    assert!(
        load.problems[0].message.contains("mis de côté"),
        "French message"
    );
    std::fs::write(&path, b"keep_recent = tru").expect("write");
    let mut again = Config::load(&path, Lang::En);
    again.set_aside(&path, Lang::En);
    assert!(dir.path().join("config.toml.corrupt").is_file());
    assert!(dir.path().join("config.toml.corrupt-2").is_file());
    assert!(again.problems[0].message.contains("corrupt-2"));
}

#[test]
fn a_file_that_is_not_utf8_is_broken_at_the_bad_byte() {
    let (_dir, path) = write(b"language = \"fr\"\nregion = \"Bu\xffjumbura\"\n");
    let load = Config::load(&path, Lang::En);
    assert!(load.broken.is_some());
    let d = &load.problems[0];
    assert_eq!((d.line, d.column), (2, 13), "{d}");
    assert!(d.message.contains("not UTF-8"), "{d}");
}

#[test]
fn set_aside_leaves_a_parsed_file_alone() {
    let (_dir, path) = write(b"colour = 3\n");
    let mut load = Config::load(&path, Lang::En);
    let before = load.clone();
    load.set_aside(&path, Lang::En);
    assert_eq!(load, before);
    assert!(path.is_file());
}
