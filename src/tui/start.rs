//! Starting the app: knowledge, index, keymap, theme, bookmarks; then the
//! terminal and the loop. The index is opened before the first frame (a
//! warm cache takes milliseconds), so the first frame is already usable.

use super::{Driver, terminal};
use crate::app::store::FileStore;
use crate::app::{App, Saved, Settings, Setup, Start, Status, ThemeName};
use crate::cli::{Cli, Session};
use crate::keymap::Keymap;
use crate::keymap::term::keys_from_event;
use crate::knowledge::{Kind, Knowledge};
use crate::search::SearchIndex;
use anyhow::Context as _;
use crossterm::event::{self, Event};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

/// Set to `1` to exit right after the first frame (startup benchmark).
pub const EXIT_AFTER_FIRST_FRAME: &str = "FIELDREF_EXIT_AFTER_FIRST_FRAME";

/// Test-only: `update` panics at the first key, `draw` in the frame after
/// it, so tests prove a panic anywhere still restores the terminal.
pub const TEST_PANIC: &str = "FIELDREF_TEST_PANIC";

/// The keymap the command line and config choose, with the user's layered on.
pub fn keymap_for(session: &Session, cli: &Cli) -> Keymap {
    let choice = cli.keymap.as_deref().or(session.config.keymap.as_deref());
    Keymap::load(choice, Some(&session.paths.keymap_file()))
}

/// The theme: `--theme`, else monochrome when `NO_COLOR` is set, else the
/// config's, else dark. An unknown name is reported and skipped.
pub fn choose_theme(
    cli: Option<&str>,
    no_color: bool,
    config: Option<&str>,
) -> (ThemeName, Vec<String>) {
    let mut notes = Vec::new();
    let mut pick = |name: &str, from: &str| {
        let theme = ThemeName::parse(name);
        if theme.is_none() {
            notes.push(format!(
                "{from}: unknown theme `{name}`: use dark, light, high-contrast or monochrome"
            ));
        }
        theme
    };
    let theme = cli
        .and_then(|n| pick(n, "--theme"))
        .or(no_color.then_some(ThemeName::Monochrome))
        .or_else(|| config.and_then(|n| pick(n, "config.toml")))
        .unwrap_or(ThemeName::Dark);
    (theme, notes)
}

/// Loads everything the app needs, collecting every problem as a note.
pub fn load_app(session: &Session, cli: &Cli) -> anyhow::Result<(App, Keymap)> {
    let fingerprint = crate::knowledge::sources::fingerprint(&session.load);
    let loaded = Knowledge::load(&session.load);
    let mut notes: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    let warnings = loaded.diagnostics.len() - loaded.error_count();
    let knowledge = loaded.knowledge;
    let index = SearchIndex::open_or_build(&session.paths.index_dir(), fingerprint, || {
        (knowledge.clone(), notes.clone())
    })
    .context("cannot open the search index")?;
    let keymap = keymap_for(session, cli);
    notes.extend(keymap.diagnostics.iter().map(ToString::to_string));
    notes.extend(session.config_problems.iter().map(ToString::to_string));
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let (theme, theme_notes) = choose_theme(
        cli.theme.as_deref(),
        no_color,
        session.config.theme.as_deref(),
    );
    notes.extend(theme_notes);
    let store = FileStore {
        bookmarks: session.paths.bookmarks_file(),
        recent: session.paths.recent_file(),
    };
    let (bookmarks, problem) = store.load(Saved::Bookmarks);
    let mut status = problem.map(Status::warning);
    let recent = if session.config.keep_recent {
        let (ids, problem) = store.load(Saved::Recent);
        status = status.or(problem.map(Status::warning));
        ids
    } else {
        Vec::new()
    };
    if status.is_none() && !notes.is_empty() {
        status = Some(Status::warning(notes[0].clone()));
    }
    let setup = Setup {
        lang: session.lang,
        theme,
        settings: Settings {
            keep_recent: session.config.keep_recent,
            region: session.config.region.clone(),
            ..Settings::default()
        },
        bookmarks,
        recent,
        notes,
        warnings,
        status,
    };
    let app = App::new(knowledge, index, Box::new(store), setup);
    Ok((app, keymap))
}

/// Runs the interactive app until the user quits, opened on `start`. An
/// unknown id exits 1 with close ids suggested, before the terminal changes.
pub fn run(session: &Session, cli: &Cli, start: &Start) -> anyhow::Result<ExitCode> {
    let (mut app, keymap) = load_app(session, cli)?;
    if let Err(e) = app.start(start) {
        eprintln!("fieldref: {e}");
        let k = &app.knowledge;
        let close: Vec<&str> = match start {
            Start::Flow(id) => {
                let is_flow = |i: &&str| k.get(i).is_some_and(|it| it.kind == Kind::Flow);
                let near: Vec<&str> = k.suggest(id).into_iter().filter(is_flow).collect();
                if near.is_empty() {
                    k.of_kind(Kind::Flow).map(|i| i.id.as_str()).collect()
                } else {
                    near
                }
            }
            Start::Present(id) => k.suggest(id),
            Start::Home => Vec::new(),
        };
        if !close.is_empty() {
            eprintln!("did you mean: {}", close.join(", "));
        }
        return Ok(ExitCode::from(1));
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "the interactive app needs a terminal; for scripts use `fieldref search`, `show` or `list`"
        );
    }
    let mut driver = Driver::new(app, keymap);
    let exit_early = std::env::var(EXIT_AFTER_FIRST_FRAME).is_ok_and(|v| v == "1");
    // Runs after ratatui's own hook has restored the terminal, before the
    // panic message prints: leaving the alternate screen does not bring
    // back a hidden cursor.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        terminal::restore();
        previous(info);
    }));
    super::signals::restore_on_termination();
    let mut terminal = match terminal::init() {
        Ok(t) => t,
        Err(e) => {
            terminal::restore();
            return Err(e).context("cannot set up the terminal");
        }
    };
    let result = event_loop(&mut terminal, &mut driver, exit_early);
    drop(terminal);
    terminal::restore();
    result?;
    Ok(ExitCode::SUCCESS)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    driver: &mut Driver,
    exit_early: bool,
) -> anyhow::Result<()> {
    let panic_at = std::env::var(TEST_PANIC).unwrap_or_default();
    let mut frames = 0u32;
    loop {
        terminal.draw(|f| {
            if panic_at == "draw" && frames > 0 {
                panic!("test-only panic in draw ({TEST_PANIC})");
            }
            driver.draw(f)
        })?;
        frames += 1;
        if exit_early {
            return Ok(());
        }
        if panic_at == "update" {
            let _ = event::read()?;
            panic!("test-only panic in update ({TEST_PANIC})");
        }
        // Wait for a key or a resize; then take every event already
        // waiting, so a burst of keys (a paste, key repeat) costs one frame.
        // A quit or suspend ends the burst: keys typed after Ctrl-Z are
        // the shell's, and are read after `fg` if they are still waiting.
        let mut redraw = handle(event::read()?, driver);
        while !stop(driver) && event::poll(Duration::ZERO)? {
            redraw |= handle(event::read()?, driver);
        }
        while !redraw && !stop(driver) {
            redraw = handle(event::read()?, driver);
        }
        if driver.app.quit {
            return Ok(());
        }
        if std::mem::take(&mut driver.app.suspend) {
            super::signals::suspend(terminal).context("cannot suspend and resume the terminal")?;
        }
    }
}

/// Whether the loop must stop reading keys: a quit or a suspend is due.
fn stop(driver: &Driver) -> bool {
    driver.app.quit || driver.app.suspend
}

/// Feeds one terminal event to the driver; true when a redraw is due.
fn handle(ev: Event, driver: &mut Driver) -> bool {
    match ev {
        Event::Key(k) => {
            let keys = keys_from_event(&k);
            for key in &keys {
                driver.press(*key);
            }
            !keys.is_empty()
        }
        Event::Paste(text) => {
            driver.paste(&text);
            true
        }
        Event::Resize(..) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_selects_monochrome_unless_a_theme_is_asked_for() {
        assert_eq!(choose_theme(None, false, None).0, ThemeName::Dark);
        assert_eq!(
            choose_theme(None, true, Some("light")).0,
            ThemeName::Monochrome
        );
        assert_eq!(choose_theme(Some("light"), true, None).0, ThemeName::Light);
        assert_eq!(
            choose_theme(None, false, Some("high-contrast")).0,
            ThemeName::HighContrast
        );
        let (theme, notes) = choose_theme(Some("neon"), false, Some("light"));
        assert_eq!(theme, ThemeName::Light);
        assert!(notes[0].contains("unknown theme `neon`"));
    }
}
