//! The command line: argument definitions and dispatch to one module per
//! subcommand. Errors print to stderr; exit 1 for a user error, 2 for usage.

mod check;
mod export;
mod keys;
mod list;
mod manifest;
mod mrz;
mod paths;
pub mod render;
pub mod search;
mod show;

use crate::app::Start;
use crate::config::{Config, ConfigLoad, Paths};
use crate::knowledge::{Diagnostic, Knowledge, Lang, LoadOptions, Loaded};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// fieldref: an offline field reference on human trafficking law, procedures,
/// indicators, contacts and referral flows.
#[derive(Debug, Parser)]
#[command(name = "fieldref", version, about, long_about = None)]
pub struct Cli {
    /// Extra knowledge pack directory (repeatable; also FIELDREF_KNOWLEDGE, ':'-separated).
    #[arg(long = "knowledge", value_name = "DIR", global = true)]
    pub knowledge: Vec<PathBuf>,
    /// Load only the packs named with --knowledge, not the bundled ones.
    #[arg(long, global = true)]
    pub no_bundled: bool,
    /// Language: en or fr.
    #[arg(long, value_name = "LANG", global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// Keymap: a name (default, vim) or a path to a TOML file.
    #[arg(long, value_name = "NAME|PATH", global = true)]
    pub keymap: Option<String>,
    /// Theme: dark, light, high-contrast, monochrome.
    #[arg(long, value_name = "NAME", global = true)]
    pub theme: Option<String>,
    /// What to do; without one, the interactive app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show one item in full.
    Show(show::Args),
    /// List items, optionally of one kind.
    List(list::Args),
    /// Search laws, procedures, flows, contacts, indicators and glossary.
    Search(search::Args),
    /// Validate packs and keymaps; exit 1 with file:line:column errors.
    Check,
    /// Print config, data and cache locations.
    Paths,
    /// Check an MRZ's check digits (ICAO Doc 9303); exit 1 if any fails.
    Mrz(mrz::Args),
    /// Export a procedure, flow, deck or item as Markdown or text for print.
    Export(export::Args),
    /// Print the effective keymap: every binding per screen, and problems.
    Keys,
    /// Write DIR/pack.manifest (SHA-256 of each pack file) for signing with minisign.
    Manifest(manifest::Args),
    /// Open the app in a referral flow, at its first question.
    Flow(OpenArgs),
    /// Open the app presenting a procedure, flow, deck or item as slides.
    Present(OpenArgs),
}

/// Arguments of `fieldref flow` and `fieldref present`.
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Item id, e.g. flow.refer or proc.first-contact.
    pub id: String,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    match Lang::parse(s) {
        Some(l @ (Lang::En | Lang::Fr)) => Ok(l),
        _ => Err(format!("unknown language `{s}`: use en or fr")),
    }
}

/// What every subcommand needs: paths, config, language and which packs.
pub struct Session {
    /// File locations.
    pub paths: Paths,
    /// The user's settings.
    pub config: Config,
    /// Problems with the config file, each with line and column.
    pub config_problems: Vec<Diagnostic>,
    /// Why the config file could not be parsed at all, if so: see
    /// [`Session::set_aside_broken_config`].
    pub config_broken: Option<String>,
    /// Effective language.
    pub lang: Lang,
    /// Which packs to load.
    pub load: LoadOptions,
}

impl Session {
    /// Combines command line, environment and config, in that order of weight.
    pub fn new(cli: &Cli) -> Session {
        let paths = Paths::discover();
        let mut lang = cli.lang.unwrap_or(Lang::En);
        let mut read = Config::load(&paths.config_file(), lang);
        // Messages about the file in the language it asks for, if it can.
        if let Some(wanted) = cli.lang.or(read.config.lang())
            && wanted != lang
        {
            lang = wanted;
            read = Config::load(&paths.config_file(), lang);
        }
        let ConfigLoad {
            config,
            problems: config_problems,
            broken: config_broken,
        } = read;
        let mut extra = cli.knowledge.clone();
        if let Some(env) = std::env::var_os("FIELDREF_KNOWLEDGE") {
            extra.extend(std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty()));
        }
        if !cli.no_bundled {
            extra.extend(config.knowledge.iter().cloned());
            let user_packs = paths.packs_dir();
            if user_packs.is_dir()
                && std::fs::read_dir(&user_packs).is_ok_and(|mut d| d.next().is_some())
            {
                extra.push(user_packs);
            }
        }
        let load = LoadOptions {
            bundled: !cli.no_bundled,
            extra_dirs: extra,
            trusted_keys_dir: Some(paths.trusted_keys_dir()),
        };
        Session {
            paths,
            config,
            config_problems,
            config_broken,
            lang,
            load,
        }
    }

    /// Moves a config file that could not be parsed to `config.toml.corrupt`
    /// and rewrites its message to say so. Only the interactive app calls
    /// this: it is what people open, and it should start clean next time;
    /// the other commands only read.
    pub fn set_aside_broken_config(&mut self) {
        let mut read = ConfigLoad {
            config: Config::default(),
            problems: std::mem::take(&mut self.config_problems),
            broken: self.config_broken.take(),
        };
        read.set_aside(&self.paths.config_file(), self.lang);
        self.config_problems = read.problems;
        self.config_broken = read.broken;
    }

    /// Loads the knowledge, printing load errors (not warnings) to stderr.
    pub fn load_reporting(&self) -> Loaded {
        let loaded = Knowledge::load(&self.load);
        let errors: Vec<&Diagnostic> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
        for d in &errors {
            eprintln!("{d}");
        }
        if !errors.is_empty() {
            eprintln!(
                "fieldref: {} pack error(s); the rest of the knowledge loaded. Run `fieldref check` for details.",
                errors.len()
            );
        }
        loaded
    }
}

/// Parses the command line and runs it; the binary's whole `main`.
pub fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fieldref: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Lets `fieldref search ... | head` end quietly when the reader goes away,
/// as command-line tools do, instead of panicking on a failed `println!`.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any thread exists;
    // setting a signal's disposition to its default has no other effect.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut session = Session::new(&cli);
    let opens_app = matches!(
        cli.command,
        None | Some(Command::Flow(_) | Command::Present(_))
    );
    if opens_app {
        session.set_aside_broken_config();
    }
    for d in &session.config_problems {
        eprintln!("{d}");
    }
    match &cli.command {
        Some(Command::Show(args)) => show::run(&session, args),
        Some(Command::List(args)) => list::run(&session, args),
        Some(Command::Search(args)) => search::run(&session, cli.lang, args),
        Some(Command::Check) => check::run(&session, &cli),
        Some(Command::Keys) => keys::run(&session, &cli),
        Some(Command::Paths) => paths::run(&session),
        Some(Command::Mrz(args)) => mrz::run(&session, args),
        Some(Command::Export(args)) => export::run(&session, args),
        Some(Command::Manifest(args)) => manifest::run(&session, args),
        Some(Command::Flow(a)) => {
            crate::tui::run(&session, &cli, &Start::Flow(a.id.trim().to_string()))
        }
        Some(Command::Present(a)) => {
            crate::tui::run(&session, &cli, &Start::Present(a.id.trim().to_string()))
        }
        None => crate::tui::run(&session, &cli, &Start::Home),
    }
}

/// The item `id` names; when none does, says so on stderr with close ids
/// (the caller exits 1).
fn find_item<'k>(
    k: &'k crate::knowledge::Knowledge,
    id: &str,
) -> Option<&'k crate::knowledge::Item> {
    let item = k.get(id.trim());
    if item.is_none() {
        eprintln!("fieldref: no item with id `{id}`");
        let close = k.suggest(id.trim());
        if !close.is_empty() {
            eprintln!("did you mean: {}", close.join(", "));
        }
    }
    item
}

/// Parses `--kind`.
pub fn parse_kind(s: &str) -> Result<crate::knowledge::Kind, String> {
    crate::knowledge::Kind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = crate::knowledge::Kind::ALL
            .iter()
            .map(|k| k.name())
            .collect();
        format!("unknown kind `{s}`: use one of {}", names.join(", "))
    })
}
