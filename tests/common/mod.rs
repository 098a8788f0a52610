//! Helpers shared by the integration tests: fixture paths, loading packs
//! through the library, running the real binary in a sealed environment, and
//! spotting characters that must never reach a terminal.
// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use fieldref::knowledge::{Diagnostic, Knowledge, LoadOptions, Loaded};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate root; CLI tests run from here so relative fixture paths work.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`, absolute.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Loads only the given pack directories (like `--no-bundled --knowledge`).
pub fn load_alone(dirs: &[&Path]) -> Loaded {
    Knowledge::load(&LoadOptions {
        bundled: false,
        extra_dirs: dirs.iter().map(|d| d.to_path_buf()).collect(),
        ..Default::default()
    })
}

/// Loads the bundled packs and then the given pack directories.
pub fn load_with_bundled(dirs: &[&Path]) -> Loaded {
    Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: dirs.iter().map(|d| d.to_path_buf()).collect(),
        ..Default::default()
    })
}

/// The errors (not warnings) of a load.
pub fn errors(loaded: &Loaded) -> Vec<&Diagnostic> {
    loaded.diagnostics.iter().filter(|d| d.is_error()).collect()
}

/// Every diagnostic, one per line, for assertion messages.
pub fn listing(diags: &[&Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| format!("  {d}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A minimal valid `pack.toml` for packs built inside a tempdir.
pub fn pack_toml(id: &str) -> String {
    format!(
        "# TEST DATA: a fictional pack written by fieldref's tests.\n\
         id = \"{id}\"\njurisdiction = \"test\"\nversion = \"0\"\nreviewed = 2026-01-01\n\
         title = {{ en = \"Test pack (fictional)\", fr = \"Pack de test (fictif)\" }}\n"
    )
}

/// A valid glossary item with this id, as TOML.
pub fn glossary_toml(id: &str) -> String {
    format!(
        "[[glossary]]\nid = \"{id}\"\nsource = \"fieldref test data (fictional)\"\n\
         [glossary.en]\ntitle = \"Test term\"\nbody = \"Fictional test data.\"\n\
         [glossary.fr]\ntitle = \"Terme de test\"\nbody = \"Données de test fictives.\"\n"
    )
}

/// Characters no loaded string may hold: controls other than newline and
/// tab, bidi controls and zero-width characters.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}')
}

/// Every string inside a JSON value, with its path, for walking items.
pub fn json_strings(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((path, s.clone())),
        serde_json::Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                json_strings(v, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                json_strings(v, format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    /// Exit code (-1 when killed by a signal).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// The real `fieldref` binary, sealed from the user's machine: config, data
/// and cache directories live in a fresh tempdir and `FIELDREF_KNOWLEDGE` is
/// unset, so no pack, config or cache of the person running the tests leaks in.
pub struct Sandbox {
    /// Holds the config, data and cache directories.
    pub home: tempfile::TempDir,
}

impl Sandbox {
    /// A fresh, empty sandbox.
    pub fn new() -> Sandbox {
        Sandbox {
            home: tempfile::tempdir().expect("tempdir"),
        }
    }

    /// A command for the binary, run from the crate root.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_fieldref"));
        let home = self.home.path();
        cmd.current_dir(root())
            .env("FIELDREF_CONFIG_DIR", home.join("config"))
            .env("FIELDREF_DATA_DIR", home.join("data"))
            .env("FIELDREF_CACHE_DIR", home.join("cache"))
            .env_remove("FIELDREF_KNOWLEDGE");
        cmd
    }

    /// Runs the binary with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command().args(args).output().expect("run fieldref"))
    }
}

/// Turns a process output into a [`Run`].
pub fn finish(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `cases` property cases in `cargo test`; with `PROPTEST_CASES=N` set, N
/// (a longer fuzzing campaign: see the README's testing section).
pub fn proptest_config(cases: u32) -> proptest::prelude::ProptestConfig {
    let default = proptest::prelude::ProptestConfig::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        default.cases
    } else {
        cases
    };
    proptest::prelude::ProptestConfig { cases, ..default }
}
