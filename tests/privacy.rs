//! Privacy, proven: a session of searches, opening items, bookmarking, an
//! MRZ check, a referral flow and a procedure in a scratch home writes
//! nothing but the index cache, the bookmarks file and (if any) the
//! config, and no typed text (search words, MRZ lines) appears in any file.

#[path = "support/pty.rs"]
mod pty;

use pty::Running;
use std::path::{Path, PathBuf};

/// A word nobody would find in the packs: if it is on disk, typing leaked.
const TYPED: &str = "zqxwvprivacy";

/// The ICAO TD3 specimen's second line, typed into the MRZ check.
const MRZ_LINE: &str = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn a_session_writes_only_cache_bookmarks_and_no_typed_text() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut run = Running::start_in(home, false, &[]);
    run.type_until(TYPED.as_bytes(), TYPED);
    for _ in 0..TYPED.len() {
        run.type_keys(b"\x7f");
    }
    run.type_until(b"harbouring", "Definition of trafficking");
    run.type_until(b"\r", "Official text");
    run.type_until(b"b", "bookmarked");
    // The MRZ check (F6), then back home.
    run.type_until(b"\x1b[17~", "Type or paste the machine-readable zone");
    // Pasted, as a terminal with bracketed paste sends it.
    let paste =
        format!("\x1b[200~P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\n{MRZ_LINE}\x1b[201~");
    run.type_until(paste.as_bytes(), "All check digits are correct.");
    run.type_until(b"\x07", "fieldref \u{203a} Home");
    // A referral flow answered to its outcome.
    run.type_until(b"refer a possible victim", "Refer a possible victim");
    run.type_until(b"\r", "immediate danger?");
    run.type_until(b"b", "medical care now?");
    run.type_until(b"b", "under 18");
    run.type_until(b"b", "foreign national");
    run.type_until(b"b", "agree to be referred");
    run.type_until(b"a", "Services to contact");
    // A procedure's steps, one step on.
    run.type_until(b"\x07first contact", "First contact");
    run.type_until(b"\r", "1/");
    run.type_keys(b"\x1b[C");
    run.type_keys(b"\x03");
    let exit = run.finish();
    assert!(exit.success());
    run.assert_restored("quit");

    let home = run.home().to_path_buf();
    let files = files_below(&home);
    assert!(!files.is_empty(), "the cache and bookmarks were written");
    for f in &files {
        let rel = f
            .strip_prefix(&home)
            .expect("below home")
            .to_string_lossy()
            .into_owned();
        let allowed = rel.starts_with(".cache/fieldref/")
            || rel == ".local/share/fieldref/bookmarks.toml"
            || rel.starts_with(".config/fieldref/");
        assert!(allowed, "unexpected file written: {rel}");
        let bytes = std::fs::read(f).expect("read");
        for typed in [TYPED, MRZ_LINE, "ERIKSSON"] {
            let leaked = bytes.windows(typed.len()).any(|w| w == typed.as_bytes());
            assert!(!leaked, "typed text `{typed}` found in {rel}");
        }
    }
    let bookmarks = std::fs::read_to_string(home.join(".local/share/fieldref/bookmarks.toml"))
        .expect("bookmarks");
    assert!(
        bookmarks.contains("palermo.art3a"),
        "bookmarks hold the id: {bookmarks}"
    );
    assert!(
        !bookmarks.contains("harbouring"),
        "bookmarks hold ids only: {bookmarks}"
    );
}
