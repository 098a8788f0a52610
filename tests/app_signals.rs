//! The terminal is restored however the app ends: a panic in update or in
//! draw (a test-only trigger), SIGTERM (a session manager, `kill`) and
//! SIGHUP (the terminal window closed), and across Ctrl-Z and `fg`.
//! Checked on the bytes the real binary writes to a pseudo-terminal: the
//! alternate screen is left and the cursor is visible again.

#[path = "support/pty.rs"]
mod pty;

use pty::{Running, SHELL_PROMPT, stat};
use std::time::{Duration, Instant};

fn panics_in(place: &str) {
    let mut run = Running::start(&[("FIELDREF_TEST_PANIC", place)]);
    run.type_keys(b"x");
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

/// Waits until the process `pid` is in `state` (`T`: stopped by a signal).
fn wait_state(pid: u32, state: char, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = stat(pid).map(|(s, _)| s);
        if now == Some(state) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{what}: state {now:?}, not {state}"
        );
        std::thread::yield_now();
    }
}

/// Ctrl-Z from the app's home screen in a job-control shell: the terminal
/// is given back (main screen, cursor shown), the process is stopped and
/// the shell says so. Returns the app's pid.
fn suspend(run: &mut Running) -> u32 {
    let pid = run.shell_child_pid();
    run.type_keys(b"\x1a");
    // The shell reports the stopped job and prompts: it has the terminal.
    run.wait_for("the shell after ctrl-z", |s| {
        let text = s.contents();
        !s.alternate_screen()
            && text.contains("Stopped")
            && text.trim_end().ends_with(SHELL_PROMPT.trim_end())
    });
    run.assert_restored("ctrl-z");
    wait_state(pid, 'T', "after ctrl-z");
    pid
}

/// `fg`: the shell gives the terminal back and continues the app, which
/// takes the alternate screen again and draws a whole frame, as it was.
fn resume(run: &mut Running, pid: u32) {
    // Forget the screen's content: what shows next is drawn after `fg`.
    run.parser.process(b"\x1b[?1049h\x1b[2J\x1b[?1049l");
    run.type_keys(b"fg\n");
    run.wait_for("the app after fg", |s| {
        s.alternate_screen() && s.contents().contains("Ctrl-C quit")
    });
    let screen = run.parser.screen();
    assert!(
        screen.contents().contains("harbouring"),
        "the search typed before ctrl-z is still there:\n{}",
        screen.contents()
    );
    assert_ne!(stat(pid).map(|(s, _)| s), Some('T'), "running again");
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes_with_a_full_redraw() {
    let mut run = Running::start_from_shell(&[]);
    run.type_until(b"harb", "harbouring");
    let pid = suspend(&mut run);
    resume(&mut run, pid);
    // Suspending twice works as well as once.
    let again = suspend(&mut run);
    assert_eq!(again, pid);
    resume(&mut run, pid);
    run.type_keys(b"\x03");
    run.wait_for("the shell after ctrl-c", |s| {
        !s.alternate_screen() && s.contents().trim_end().ends_with(SHELL_PROMPT.trim_end())
    });
    run.assert_restored("ctrl-c after a resume");
    assert!(stat(pid).is_none(), "the app ended");
    run.type_keys(b"exit\n");
    assert!(run.finish().success());
}

#[test]
fn sigterm_after_a_resume_still_restores_the_terminal() {
    let mut run = Running::start_from_shell(&[]);
    run.type_until(b"harb", "harbouring");
    let pid = suspend(&mut run);
    resume(&mut run, pid);
    let sent = std::process::Command::new("kill")
        .args(["-15".to_string(), pid.to_string()])
        .status()
        .expect("kill");
    assert!(sent.success());
    run.wait_for("the shell after SIGTERM", |s| {
        !s.alternate_screen() && s.contents().trim_end().ends_with(SHELL_PROMPT.trim_end())
    });
    run.assert_restored("SIGTERM after a resume");
    run.type_until(b"echo \"status=$?\"\n", "status=143");
    run.type_keys(b"exit\n");
    assert!(run.finish().success());
}
