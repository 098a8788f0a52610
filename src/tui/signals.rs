//! Signals and the terminal: termination restores it before the process
//! ends, and Ctrl-Z hands it back to the shell until `fg`.
//!
//! In raw mode Ctrl-C arrives as a key, but `kill`, a closed terminal
//! window (SIGHUP) or a session manager (SIGTERM) end the process from
//! outside. A watcher thread catches those signals, leaves the alternate
//! screen, turns raw mode off, shows the cursor and exits with 128 + the
//! signal number, as a shell expects.
//!
//! Raw mode also turns Ctrl-Z into a key, so the terminal driver no longer
//! stops the process: [`suspend`] does what it would have done, after
//! giving the terminal back in a state the shell can use.

use super::terminal;
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

/// Starts the watcher; without it (registration failed) the app still runs.
pub fn restore_on_termination() {
    let Ok(mut signals) = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            terminal::restore();
            std::process::exit(128 + signal);
        }
    });
}

/// Restores the terminal, stops the process as Ctrl-Z does in a shell, and
/// when the shell continues it (`fg`, SIGCONT) takes the terminal again and
/// clears it so that the next frame is drawn whole.
///
/// SIGTSTP keeps its default action (the watcher above does not catch it),
/// so `raise` returns only once the process runs again; the watcher thread
/// stops and resumes with the process. In a process group without job
/// control (an orphaned group) the kernel discards SIGTSTP and this returns
/// at once: the app simply carries on.
pub fn suspend(terminal: &mut ratatui::DefaultTerminal) -> std::io::Result<()> {
    terminal::restore();
    signal_hook::low_level::raise(SIGTSTP)?;
    terminal::resume()?;
    // Blank both of ratatui's buffers so the next draw writes every cell.
    // (`Terminal::clear` would first ask the terminal where its cursor is,
    // and fail after a pause on a terminal that does not answer.)
    terminal.swap_buffers();
    Ok(())
}
