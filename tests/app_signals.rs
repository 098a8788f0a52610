//! The terminal is restored however the app ends: a panic in update or in
//! draw (a test-only trigger), SIGTERM (a session manager, `kill`) and
//! SIGHUP (the terminal window closed). Checked on the bytes the real
//! binary writes to a pseudo-terminal: the alternate screen is left and
//! the cursor is visible again.

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// The app running in a pty, with a terminal emulator fed by its output.
struct Running {
    child: Box<dyn Child + Send + Sync>,
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    keys: Box<dyn Write + Send>,
    _home: tempfile::TempDir,
}

impl Running {
    /// Starts the app with `env` and waits for the home screen.
    fn start(env: &[(&str, &str)]) -> Running {
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
        // A backtrace would scroll the panic message off a 24-row screen.
        cmd.env("RUST_BACKTRACE", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn fieldref");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let keys = pty.master.take_writer().expect("writer");
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let _keep_master_open = pty.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let mut run = Running {
            child,
            parser: vt100::Parser::new(24, 80, 0),
            output,
            keys,
            _home: home,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while !run.parser.screen().contents().contains("fieldref › Home") {
            let left = deadline.saturating_duration_since(Instant::now());
            let bytes = run
                .output
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no home screen:\n{}", run.parser.screen().contents()));
            run.parser.process(&bytes);
        }
        assert!(
            run.parser.screen().alternate_screen(),
            "the app runs on the alternate screen"
        );
        run
    }

    /// Waits for the process to end and reads what it wrote last.
    fn finish(&mut self) -> portable_pty::ExitStatus {
        let exit = self.child.wait().expect("exit status");
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(500)) {
            self.parser.process(&bytes);
        }
        exit
    }

    fn assert_restored(&self, how: &str) {
        let screen = self.parser.screen();
        assert!(
            !screen.alternate_screen(),
            "{how}: the alternate screen was left"
        );
        assert!(!screen.hide_cursor(), "{how}: the cursor is visible");
    }
}

fn panics_in(place: &str) {
    let mut run = Running::start(&[("FIELDREF_TEST_PANIC", place)]);
    run.keys.write_all(b"x").expect("type");
    run.keys.flush().expect("flush");
    let exit = run.finish();
    assert!(!exit.success(), "a panic ends the process with a failure");
    run.assert_restored(&format!("panic in {place}"));
    let text = run.parser.screen().contents();
    assert!(
        text.contains("test-only panic"),
        "the panic message is readable on the main screen:\n{text}"
    );
}

fn ended_by(signal: u32) {
    let mut run = Running::start(&[]);
    let pid = run.child.process_id().expect("pid");
    let sent = std::process::Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    let exit = run.finish();
    run.assert_restored(&format!("signal {signal}"));
    assert_eq!(exit.exit_code(), 128 + signal, "exit status 128 + signal");
}

#[test]
fn a_panic_in_update_restores_the_terminal() {
    panics_in("update");
}

#[test]
fn a_panic_in_draw_restores_the_terminal() {
    panics_in("draw");
}

#[test]
fn sigterm_restores_the_terminal() {
    ended_by(15);
}

#[test]
fn sighup_restores_the_terminal() {
    ended_by(1);
}
