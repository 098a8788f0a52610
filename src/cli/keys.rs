//! `fieldref keys`: the effective keymap, table by table, with each
//! action's help, then any problem found in the keymap files.

use super::{Cli, Session};
use crate::app::Action;
use crate::keymap::Context;
use crate::keymap::key::sequence_name;
use std::io::Write;
use std::process::ExitCode;

/// Prints every binding, then the actions no key reaches.
pub fn run(session: &Session, cli: &Cli) -> anyhow::Result<ExitCode> {
    let keymap = crate::tui::keymap_for(session, cli);
    for d in &keymap.diagnostics {
        eprintln!("{d}");
    }
    let mut out = std::io::stdout().lock();
    match print(&mut out, session, &keymap) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(if keymap.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print(
    out: &mut impl Write,
    session: &Session,
    keymap: &crate::keymap::Keymap,
) -> std::io::Result<()> {
    let lang = session.lang;
    writeln!(out, "# keymap: {}", keymap.sources.join(" + "))?;
    writeln!(
        out,
        "# user keymap: {}",
        session.paths.keymap_file().display()
    )?;
    for ctx in Context::ALL {
        let bindings = keymap.bindings(ctx);
        if bindings.is_empty() {
            continue;
        }
        writeln!(out, "\n[{}]  # {}", ctx.name(), ctx.title(lang))?;
        for (keys, action) in bindings {
            let key = format!("\"{}\"", sequence_name(keys));
            let name = format!("\"{}\"", action.name());
            writeln!(out, "{key:<14} = {name:<26} # {}", action.help(lang))?;
        }
    }
    let unbound: Vec<&str> = Action::BINDABLE
        .iter()
        .filter(|a| {
            Context::ALL
                .iter()
                .all(|c| keymap.bindings(*c).iter().all(|(_, b)| b != *a))
        })
        .map(|a| a.name())
        .collect();
    if !unbound.is_empty() {
        writeln!(out, "\n# not bound: {}", unbound.join(", "))?;
    }
    Ok(())
}
