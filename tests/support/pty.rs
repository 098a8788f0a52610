#![allow(dead_code)] // each test uses a part of this support module
//! The real binary in a pseudo-terminal, fed to a terminal emulator:
//! shared by the tests that check what the app leaves behind.

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// The app running in a pty, with a terminal emulator fed by its output.
pub struct Running {
    pub child: Box<dyn Child + Send + Sync>,
    pub parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    keys: Box<dyn Write + Send>,
    home: tempfile::TempDir,
}

impl Running {
    /// Starts the app with `env` in a scratch directory with its own
    /// config, data and cache directories, and waits for the home screen.
    pub fn start(env: &[(&str, &str)]) -> Running {
        let home = tempfile::tempdir().expect("tempdir");
        Running::start_in(home, true, env)
    }

    /// Starts the app in `home` (its working directory); with `dirs`, the
    /// config, data and cache directories are set inside it explicitly,
    /// else they follow `HOME` as on a user's machine.
    pub fn start_in(home: tempfile::TempDir, dirs: bool, env: &[(&str, &str)]) -> Running {
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
        if dirs {
            cmd.env("FIELDREF_CONFIG_DIR", home.path().join("config"));
            cmd.env("FIELDREF_DATA_DIR", home.path().join("data"));
            cmd.env("FIELDREF_CACHE_DIR", home.path().join("cache"));
        } else {
            cmd.env("HOME", home.path());
            for var in [
                "FIELDREF_CONFIG_DIR",
                "FIELDREF_DATA_DIR",
                "FIELDREF_CACHE_DIR",
                "XDG_CONFIG_HOME",
                "XDG_DATA_HOME",
                "XDG_CACHE_HOME",
            ] {
                cmd.env_remove(var);
            }
        }
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
            home,
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

    /// Types `bytes` and waits until the screen shows `text`.
    pub fn type_until(&mut self, bytes: &[u8], text: &str) {
        self.keys.write_all(bytes).expect("type");
        self.keys.flush().expect("flush");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.parser.screen().contents().contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            let bytes = self.output.recv_timeout(left).unwrap_or_else(|_| {
                panic!("waiting for `{text}`:\n{}", self.parser.screen().contents())
            });
            self.parser.process(&bytes);
        }
    }

    /// Types `bytes` without waiting.
    pub fn type_keys(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("type");
        self.keys.flush().expect("flush");
    }

    /// The scratch directory the app runs in.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Waits for the process to end and reads what it wrote last.
    pub fn finish(&mut self) -> portable_pty::ExitStatus {
        let exit = self.child.wait().expect("exit status");
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(500)) {
            self.parser.process(&bytes);
        }
        exit
    }

    pub fn assert_restored(&self, how: &str) {
        let screen = self.parser.screen();
        assert!(
            !screen.alternate_screen(),
            "{how}: the alternate screen was left"
        );
        assert!(!screen.hide_cursor(), "{how}: the cursor is visible");
    }
}
