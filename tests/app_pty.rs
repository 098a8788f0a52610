//! The real binary in a pseudo-terminal, as a user meets it: it opens on
//! the home screen, a typed query lists results, Enter opens one, F1 shows
//! the keys, Ctrl-C quits, and the terminal is left as it was found (main
//! screen, cursor visible). Waits are for output to arrive, never sleeps.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// A terminal emulator fed by the app's output.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    /// Everything received so far, escape sequences included.
    raw: Vec<u8>,
}

impl Screen {
    /// Reads output until `done` holds, or fails after `secs` seconds.
    fn wait(&mut self, what: &str, secs: u64, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while !done(self.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.take(&bytes),
                Err(_) => panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.parser.screen().contents()
                ),
            }
        }
    }

    fn wait_for(&mut self, text: &str) {
        self.wait(&format!("`{text}`"), 60, |s| s.contents().contains(text));
    }

    fn take(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
        self.raw.extend_from_slice(bytes);
    }
}

/// A running fieldref in an 80x24 pseudo-terminal, with its own directories.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    screen: Screen,
    keys: Box<dyn Write + Send>,
}

/// Starts the binary with `args` and extra `env`, sealed in `home`.
fn start(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fieldref"));
    cmd.args(args);
    cmd.cwd(home);
    cmd.env("TERM", "xterm-256color");
    cmd.env("FIELDREF_CONFIG_DIR", home.join("config"));
    cmd.env("FIELDREF_DATA_DIR", home.join("data"));
    cmd.env("FIELDREF_CACHE_DIR", home.join("cache"));
    cmd.env_remove("FIELDREF_KNOWLEDGE");
    cmd.env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let child = pty.slave.spawn_command(cmd).expect("spawn fieldref");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let keys = pty.master.take_writer().expect("writer");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let _master = pty.master;
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    Session {
        child,
        screen: Screen {
            parser: vt100::Parser::new(24, 80, 0),
            output: rx,
            raw: Vec::new(),
        },
        keys,
    }
}

impl Session {
    fn send(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("type");
        self.keys.flush().expect("flush");
    }

    /// Waits for the process to end, reads all it wrote, and checks the
    /// terminal was given back: main screen, cursor visible.
    fn finish(&mut self) {
        let status = self.child.wait().expect("fieldref exits");
        assert!(status.success(), "{status:?}");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.screen.output.recv_timeout(left) {
                Ok(bytes) => self.screen.take(&bytes),
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => panic!("the pty never closed"),
            }
        }
        let screen = self.screen.parser.screen();
        assert!(!screen.alternate_screen(), "left the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is visible again");
    }
}

#[test]
fn search_open_help_and_quit_in_a_real_terminal() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut s = start(home.path(), &[], &[]);
    s.screen.wait_for("fieldref › Home");
    assert!(
        s.screen.parser.screen().alternate_screen(),
        "the app draws on the alternate screen"
    );
    s.send(b"harbouring");
    s.screen.wait_for("› harbouring");
    s.screen
        .wait_for("Trafficking in Persons Protocol, Art. 3(a)");
    let contents = s.screen.parser.screen().contents();
    let row = contents
        .lines()
        .find(|l| l.starts_with('▸'))
        .expect("a selected row");
    assert!(row.contains("Art. 3(a)"), "Palermo Art. 3(a) first: {row}");
    s.send(b"\r");
    s.screen.wait_for("Official text");
    s.screen.wait_for("harbouring or receipt of persons");
    s.send(b"\x1bOP");
    s.screen.wait_for("Bookmark this item");
    s.send(b"\x03");
    s.finish();
    assert!(
        !s.screen.parser.screen().contents().contains("fieldref ›"),
        "no app output left on the main screen"
    );
}

#[test]
fn a_corrupt_bookmarks_file_is_set_aside_with_a_message_on_the_first_frame() {
    let home = tempfile::tempdir().expect("tempdir");
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).expect("data dir");
    std::fs::write(data.join("bookmarks.toml"), "ids = [not toml").expect("write");
    let mut s = start(
        home.path(),
        &[],
        &[("FIELDREF_EXIT_AFTER_FIRST_FRAME", "1")],
    );
    // The app exits after one frame, so look for it in what was written.
    s.finish();
    let written = String::from_utf8_lossy(&s.screen.raw);
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
    let mut s = start(
        home.path(),
        &[],
        &[("FIELDREF_EXIT_AFTER_FIRST_FRAME", "1")],
    );
    s.finish();
    let written = String::from_utf8_lossy(&s.screen.raw);
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
    let mut s = start(home.path(), &["flow", "flow.refer"], &[]);
    s.screen
        .wait_for("Is the person, or anyone else, in immediate danger?");
    assert!(s.screen.parser.screen().alternate_screen());
    // Down then Enter answers "No"; then letters.
    s.send(b"\x1b[B");
    s.send(b"\r");
    s.screen.wait_for("Does the person need medical care now?");
    s.send(b"b");
    s.screen.wait_for("Is the person under 18");
    s.send(b"b");
    s.screen.wait_for("foreign national");
    s.send(b"b");
    s.screen.wait_for("agree to be referred");
    s.send(b"a");
    s.screen.wait_for("Outcome");
    s.screen.wait_for("Services to contact");
    s.send(b"\x03");
    s.finish();
}
