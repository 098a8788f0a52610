//! The real binary in a pseudo-terminal, as a user meets it: it opens on
//! the home screen, a typed query lists results, Enter opens one, F1 shows
//! the keys, Ctrl-C quits, and the terminal is left as it was found (main
//! screen, cursor visible). Waits are for output to arrive, never sleeps.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// A terminal emulator fed by the app's output.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
}

impl Screen {
    /// Reads output until `done` holds, or fails after `secs` seconds.
    fn wait(&mut self, what: &str, secs: u64, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while !done(self.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.parser.process(&bytes),
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
}

#[test]
fn search_open_help_and_quit_in_a_real_terminal() {
    let home = tempfile::tempdir().expect("tempdir");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fieldref"));
    cmd.cwd(home.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("FIELDREF_CONFIG_DIR", home.path().join("config"));
    cmd.env("FIELDREF_DATA_DIR", home.path().join("data"));
    cmd.env("FIELDREF_CACHE_DIR", home.path().join("cache"));
    cmd.env_remove("FIELDREF_KNOWLEDGE");
    cmd.env_remove("NO_COLOR");
    let mut child = pty.slave.spawn_command(cmd).expect("spawn fieldref");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let mut keys = pty.master.take_writer().expect("writer");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = Screen {
        parser: vt100::Parser::new(24, 80, 0),
        output: rx,
    };
    let mut send = |bytes: &[u8]| {
        keys.write_all(bytes).expect("type");
        keys.flush().expect("flush");
    };

    screen.wait_for("fieldref › Home");
    assert!(
        screen.parser.screen().alternate_screen(),
        "the app draws on the alternate screen"
    );
    send(b"harbouring");
    screen.wait_for("› harbouring");
    screen.wait_for("Trafficking in Persons Protocol, Art. 3(a)");
    let first_hit = screen.parser.screen().contents();
    let row = first_hit
        .lines()
        .find(|l| l.starts_with('▸'))
        .expect("a selected row");
    assert!(row.contains("Art. 3(a)"), "Palermo Art. 3(a) first: {row}");
    send(b"\r");
    screen.wait_for("Official text");
    screen.wait_for("harbouring or receipt of persons");
    send(b"\x1bOP");
    screen.wait_for("Bookmark this item");
    send(b"\x03");
    let status = child.wait().expect("fieldref exits");
    assert!(status.success(), "{status:?}");
    screen.wait("the main screen and the cursor back", 10, |s| {
        !s.alternate_screen() && !s.hide_cursor()
    });
    assert!(
        !screen.parser.screen().contents().contains("fieldref ›"),
        "no app output left on the main screen"
    );
}

/// A running fieldref in an 80x24 pseudo-terminal, with fresh directories.
struct Session {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    screen: Screen,
    keys: Box<dyn Write + Send>,
    _home: tempfile::TempDir,
}

fn spawn(args: &[&str]) -> Session {
    let home = tempfile::tempdir().expect("tempdir");
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
    cmd.cwd(home.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("FIELDREF_CONFIG_DIR", home.path().join("config"));
    cmd.env("FIELDREF_DATA_DIR", home.path().join("data"));
    cmd.env("FIELDREF_CACHE_DIR", home.path().join("cache"));
    cmd.env_remove("FIELDREF_KNOWLEDGE");
    cmd.env_remove("NO_COLOR");
    let child = pty.slave.spawn_command(cmd).expect("spawn fieldref");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let keys = pty.master.take_writer().expect("writer");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
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
        },
        keys,
        _home: home,
    }
}

impl Session {
    fn send(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("type");
        self.keys.flush().expect("flush");
    }
}

#[test]
fn flow_subcommand_answered_with_enter_and_letters_reaches_an_outcome() {
    let mut s = spawn(&["flow", "flow.refer"]);
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
    let status = s.child.wait().expect("fieldref exits");
    assert!(status.success(), "{status:?}");
    s.screen
        .wait("the main screen and the cursor back", 10, |sc| {
            !sc.alternate_screen() && !sc.hide_cursor()
        });
}
