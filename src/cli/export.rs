//! `fieldref export ID [--format md|txt] [-o FILE]`: a procedure, flow,
//! deck or any item for print and case files, to stdout or to a new file
//! readable by its owner only.

use super::Session;
use crate::export::{self, Format, Options};
use crate::i18n::Msg;
use std::io::ErrorKind;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldref export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Item id: a procedure, a flow (as a prompt sheet), a deck, or any item.
    pub id: String,
    /// md (Markdown) or txt (plain text to print); default: from FILE's extension, else md.
    #[arg(long, value_name = "md|txt", value_parser = parse_format)]
    pub format: Option<Format>,
    /// Write to FILE (created readable by you only; never overwritten) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it already exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| format!("unknown format `{s}`: use md or txt"))
}

/// Exports the item; exit 1 when it does not exist or cannot be written.
pub fn run(session: &Session, args: &Args) -> anyhow::Result<ExitCode> {
    let lang = session.lang;
    let loaded = session.load_reporting();
    let k = &loaded.knowledge;
    let Some(item) = super::find_item(k, &args.id) else {
        return Ok(ExitCode::from(1));
    };
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Markdown);
    let mut opts = Options::new(format, lang);
    opts.region = session.config.region.clone();
    let text = export::item(k, item, &opts);
    let Some(path) = &args.output else {
        print!("{text}");
        return Ok(ExitCode::SUCCESS);
    };
    let shown = path.display();
    match export::write_new_file(path, &text, args.force) {
        Ok(()) => {
            println!(
                "{}",
                Msg::ExportWritten.fill(
                    lang,
                    &[
                        ("id", &item.id),
                        ("path", &shown),
                        ("format", &format.extension())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            eprintln!(
                "fieldref: {}",
                Msg::ExportExists.fill(lang, &[("path", &shown)])
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => {
            eprintln!(
                "fieldref: {}",
                Msg::ExportCannotWrite.fill(lang, &[("path", &shown), ("error", &e)])
            );
            Ok(ExitCode::from(1))
        }
    }
}
