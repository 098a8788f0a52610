//! Taking the terminal and giving it back, in one place, so that every way
//! out (quit, error, panic, termination signal, Ctrl-Z) undoes exactly what
//! was done: raw mode, the alternate screen, bracketed paste and a hidden
//! cursor.

use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use std::io::stdout;

/// Raw mode, the alternate screen, and bracketed paste (a paste arrives as
/// one event, so its line breaks do not act as Enter).
pub fn init() -> std::io::Result<ratatui::DefaultTerminal> {
    let terminal = ratatui::try_init()?;
    crossterm::execute!(stdout(), EnableBracketedPaste)?;
    Ok(terminal)
}

/// Gives the terminal back as it was: paste mode off, the main screen,
/// cooked mode and a visible cursor. Safe to call more than once and from
/// any thread; errors are ignored, there is nothing left to report them to.
pub fn restore() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
    let _ = crossterm::execute!(stdout(), crossterm::cursor::Show);
}

/// Takes the terminal again after a suspend, cleared for a whole redraw.
pub fn resume() -> std::io::Result<()> {
    enable_raw_mode()?;
    crossterm::execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        Clear(ClearType::All)
    )
}
