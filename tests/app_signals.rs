//! The terminal is restored however the app ends: a panic in update or in
//! draw (a test-only trigger), SIGTERM (a session manager, `kill`) and
//! SIGHUP (the terminal window closed). Checked on the bytes the real
//! binary writes to a pseudo-terminal: the alternate screen is left and
//! the cursor is visible again.

#[path = "support/pty.rs"]
mod pty;

use pty::Running;

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
