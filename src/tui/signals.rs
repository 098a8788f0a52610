//! Termination signals restore the terminal before the process ends.
//!
//! In raw mode Ctrl-C arrives as a key, but `kill`, a closed terminal
//! window (SIGHUP) or a session manager (SIGTERM) end the process from
//! outside. A watcher thread catches those signals, leaves the alternate
//! screen, turns raw mode off, shows the cursor and exits with 128 + the
//! signal number, as a shell expects.

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
use signal_hook::iterator::Signals;

/// Starts the watcher; without it (registration failed) the app still runs.
pub fn restore_on_termination() {
    let Ok(mut signals) = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            ratatui::restore();
            let _ = crossterm::execute!(std::io::stdout(), crossterm::cursor::Show);
            std::process::exit(128 + signal);
        }
    });
}
