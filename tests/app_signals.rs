//! The terminal is restored when the app is ended from outside: SIGTERM
//! (a session manager, `kill`) and SIGHUP (the terminal window closed).
//! Checked on the bytes the real binary writes to a pseudo-terminal: the
//! alternate screen is left, the cursor is visible again.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

fn ended_by(signal: i32) {
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
    let mut child = pty.slave.spawn_command(cmd).expect("spawn fieldref");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("reader");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut parser = vt100::Parser::new(24, 80, 0);
    let deadline = Instant::now() + Duration::from_secs(60);
    while !parser.screen().contents().contains("fieldref › Home") {
        let left = deadline.saturating_duration_since(Instant::now());
        let bytes = rx
            .recv_timeout(left)
            .unwrap_or_else(|_| panic!("no home screen:\n{}", parser.screen().contents()));
        parser.process(&bytes);
    }
    assert!(
        parser.screen().alternate_screen(),
        "the app runs on the alternate screen"
    );
    let pid = child.process_id().expect("pid") as i32;
    // SAFETY-free: kill(2) through the shell's `kill`, to avoid a libc dependency.
    let status = std::process::Command::new("kill")
        .args([format!("-{signal}"), pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let exit = child.wait().expect("exit status");
    while let Ok(bytes) = rx.recv_timeout(Duration::from_millis(500)) {
        parser.process(&bytes);
    }
    assert!(
        !parser.screen().alternate_screen(),
        "signal {signal}: the alternate screen was left"
    );
    assert!(
        !parser.screen().hide_cursor(),
        "signal {signal}: the cursor is visible"
    );
    assert_eq!(
        exit.exit_code(),
        128 + signal as u32,
        "signal {signal}: exit status 128 + signal"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    ended_by(15);
}

#[test]
fn sighup_restores_the_terminal() {
    ended_by(1);
}
