//! Crash-safe files: a writer killed at any moment leaves the old file or
//! the new one, never a torn mix; a corrupt bookmarks file is set aside and
//! the app starts empty.

use fieldref::app::store::write_atomic;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WRITER: &str = "FIELDREF_TEST_WRITER";
const SIZE: usize = 2 * 1024 * 1024;

fn contents(fill: u8) -> Vec<u8> {
    vec![fill; SIZE]
}

/// In the child process: rewrite the file forever, alternating contents.
fn writer_loop(path: &Path) -> ! {
    let (a, b) = (contents(b'a'), contents(b'b'));
    loop {
        for c in [&a, &b] {
            let _ = write_atomic(path, c);
        }
    }
}

#[test]
fn a_writer_killed_mid_write_leaves_the_old_or_the_new_file() {
    if let Some(path) = std::env::var_os(WRITER) {
        writer_loop(Path::new(&path));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bookmarks.toml");
    let exe = std::env::current_exe().expect("test binary");
    for round in 0..12u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "a_writer_killed_mid_write_leaves_the_old_or_the_new_file",
                "--test-threads=1",
            ])
            .env(WRITER, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn writer");
        // Let it write for a varying while, so the kill lands at different
        // points of the write-sync-rename sequence.
        let start = Instant::now();
        while !path.exists() && start.elapsed() < Duration::from_secs(10) {
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_millis(3 + round * 7));
        child.kill().expect("kill the writer");
        let _ = child.wait();
        let bytes = std::fs::read(&path).expect("the file exists");
        assert_eq!(
            bytes.len(),
            SIZE,
            "round {round}: a torn file of {} bytes",
            bytes.len()
        );
        let first = bytes[0];
        assert!(first == b'a' || first == b'b');
        assert!(
            bytes.iter().all(|&b| b == first),
            "round {round}: old and new contents mixed"
        );
    }
}

#[test]
fn a_corrupt_bookmarks_file_is_set_aside_and_the_app_starts_empty() {
    use fieldref::app::store::{FileStore, Saved};
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bookmarks.toml");
    std::fs::write(&path, "ids = [\"palermo.art3a\"\nnot toml at all").expect("write");
    let store = FileStore {
        bookmarks: path.clone(),
        recent: dir.path().join("recent.toml"),
    };
    let (ids, message) = store.load(Saved::Bookmarks);
    assert!(ids.is_empty(), "starts with no bookmarks");
    let message = message.expect("a message says what happened");
    assert!(
        message.contains("bookmarks.toml") && message.contains("corrupt"),
        "{message}"
    );
    assert!(
        dir.path().join("bookmarks.toml.corrupt").is_file(),
        "the bad file is kept aside"
    );
    assert!(!path.exists());
}
