#![allow(dead_code)] // each test uses a part of this support module
//! The real binary in a pseudo-terminal, fed to a terminal emulator:
//! shared by the tests that check what the app leaves behind.

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// The prompt of the shell [`Running::start_from_shell`] starts.
pub const SHELL_PROMPT: &str = "fieldref-test$ ";

/// How long to wait for a screen before failing: generous, because the
/// first start builds the search index on a shared, busy machine.
const PATIENCE: Duration = Duration::from_secs(60);

/// The app running in a pty, with a terminal emulator fed by its output.
pub struct Running {
    pub child: Box<dyn Child + Send + Sync>,
    pub parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    /// Everything received so far, escape sequences included.
    raw: Vec<u8>,
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
        let cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fieldref"));
        let mut run = Running::spawn(cmd, home, dirs, env);
        run.wait_for_home();
        run
    }

    /// Starts the app with command-line `args` and `env` in `home` (its
    /// working directory, holding its config, data and cache directories,
    /// which the caller may fill first) and returns at once: the caller
    /// waits for what it expects, since `args` may open another screen or
    /// the app may exit after its first frame.
    pub fn launch(home: tempfile::TempDir, args: &[&str], env: &[(&str, &str)]) -> Running {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fieldref"));
        cmd.args(args);
        Running::spawn(cmd, home, true, env)
    }

    /// Starts an interactive shell with job control (`bash -i`) in a
    /// scratch directory and runs the app from it, as a user does: the
    /// shell is the app's parent in the same session, so Ctrl-Z can stop
    /// the app and `fg` bring it back. Returns once the home screen shows.
    pub fn start_from_shell(env: &[(&str, &str)]) -> Running {
        let home = tempfile::tempdir().expect("tempdir");
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        cmd.env("PS1", SHELL_PROMPT);
        cmd.env("HISTFILE", "/dev/null");
        // Readline turns bracketed paste on at each prompt; off, the
        // screen shows whether the app left it on.
        let inputrc = home.path().join("inputrc");
        std::fs::write(&inputrc, "set enable-bracketed-paste off\n").expect("inputrc");
        cmd.env("INPUTRC", &inputrc);
        let mut run = Running::spawn(cmd, home, true, env);
        run.type_until(b"", SHELL_PROMPT);
        let line = format!("'{}'\n", env!("CARGO_BIN_EXE_fieldref"));
        run.type_keys(line.as_bytes());
        run.wait_for_home();
        run
    }

    fn spawn(
        mut cmd: CommandBuilder,
        home: tempfile::TempDir,
        dirs: bool,
        env: &[(&str, &str)],
    ) -> Running {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
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
        cmd.env_remove("NO_COLOR");
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
        Running {
            child,
            parser: vt100::Parser::new(24, 80, 0),
            output,
            raw: Vec::new(),
            keys,
            home,
        }
    }

    /// Feeds `bytes` the app wrote to the emulator and keeps them.
    fn take(&mut self, bytes: &[u8]) {
        self.parser.process(bytes);
        self.raw.extend_from_slice(bytes);
    }

    /// Reads output until `check` holds for the emulated screen; fails
    /// after [`PATIENCE`] naming `what` and showing the screen.
    fn read_until(&mut self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !check(self.parser.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            let bytes = self.output.recv_timeout(left).unwrap_or_else(|_| {
                panic!("waiting for {what}:\n{}", self.parser.screen().contents())
            });
            self.take(&bytes);
        }
    }

    /// Waits until the app shows its home screen on the alternate screen.
    pub fn wait_for_home(&mut self) {
        self.wait_for_text("fieldref › Home");
        assert!(
            self.parser.screen().alternate_screen(),
            "the app runs on the alternate screen"
        );
    }

    /// Waits until `check` holds for the emulated screen, reading output.
    pub fn wait_for(&mut self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        self.read_until(what, check);
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for_text(&mut self, text: &str) {
        self.read_until(&format!("`{text}`"), |s| s.contents().contains(text));
    }

    /// Types `bytes` and waits until the screen shows `text`.
    pub fn type_until(&mut self, bytes: &[u8], text: &str) {
        self.type_keys(bytes);
        self.wait_for_text(text);
    }

    /// Types `bytes` without waiting.
    pub fn type_keys(&mut self, bytes: &[u8]) {
        self.keys.write_all(bytes).expect("type");
        self.keys.flush().expect("flush");
    }

    /// The pid of the process the shell started (the app), from `/proc`.
    pub fn shell_child_pid(&self) -> u32 {
        let shell = self.child.process_id().expect("shell pid");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let found = std::fs::read_dir("/proc")
                .expect("/proc")
                .flatten()
                .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
                .find(|pid| stat(*pid).is_some_and(|(_, ppid)| ppid == shell));
            if let Some(pid) = found {
                return pid;
            }
            assert!(Instant::now() < deadline, "the shell started no process");
            std::thread::yield_now();
        }
    }

    /// The scratch directory the app runs in.
    pub fn home(&self) -> &Path {
        self.home.path()
    }

    /// Waits for the process to end and reads what it wrote last.
    pub fn finish(&mut self) -> portable_pty::ExitStatus {
        let exit = self.child.wait().expect("exit status");
        while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(500)) {
            self.take(&bytes);
        }
        exit
    }

    /// Everything the app wrote so far, escape sequences included: what a
    /// screen showed even after the app cleared it and left.
    pub fn written(&self) -> String {
        String::from_utf8_lossy(&self.raw).into_owned()
    }

    /// Asserts the terminal was given back: main screen, cursor visible.
    pub fn assert_restored(&self, how: &str) {
        let screen = self.parser.screen();
        assert!(
            !screen.alternate_screen(),
            "{how}: the alternate screen was left"
        );
        assert!(!screen.hide_cursor(), "{how}: the cursor is visible");
        assert!(
            !screen.bracketed_paste(),
            "{how}: bracketed paste is off again"
        );
    }
}

/// A process's state letter (`R`, `S`, `T` stopped ...) and parent pid,
/// from `/proc/PID/stat`; `None` once it is gone.
pub fn stat(pid: u32) -> Option<(char, u32)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: skip past it.
    let rest = &text[text.rfind(')')? + 2..];
    let mut fields = rest.split(' ');
    let state = fields.next()?.chars().next()?;
    let ppid = fields.next()?.parse().ok()?;
    Some((state, ppid))
}
