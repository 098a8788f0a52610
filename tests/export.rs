//! Exports of the bundled knowledge (procedure, flow prompt sheet, flow
//! outcome by a path of answers, deck, other items), the file helper's
//! permissions and refusal to overwrite, and `fieldref export` by its
//! output and exit codes.

use fieldref::export::{self, Format, Options, PathError, write_new_file};
use fieldref::knowledge::*;
use std::collections::VecDeque;
use std::process::{Command, Output};
use unicode_width::UnicodeWidthStr;

fn knowledge() -> Knowledge {
    let loaded = Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: Vec::new(),
        ..Default::default()
    });
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    loaded.knowledge
}

fn today() -> Date {
    Date::new(2026, 11, 29).expect("a real date")
}

fn opts(format: Format, lang: Lang) -> Options {
    Options {
        format,
        lang,
        today: today(),
        region: None,
    }
}

/// The preferred id if it exists, else the first item of that kind: content
/// is still being written, and the tests should not break when ids move.
fn pick<'a>(k: &'a Knowledge, preferred: &str, kind: Kind) -> &'a Item {
    k.get(preferred)
        .filter(|i| i.kind == kind)
        .or_else(|| k.of_kind(kind).next())
        .unwrap_or_else(|| panic!("no {kind} in the bundled knowledge"))
}

fn provenance_ok(out: &str, item: &Item, lang: Lang) {
    let (pack, exported) = match lang {
        Lang::En => ("Knowledge pack", "Exported from fieldref"),
        _ => ("Paquet de connaissances", "Exporté depuis fieldref"),
    };
    assert!(out.contains(pack), "{out}");
    assert!(out.contains(&item.reviewed.to_string()));
    let last = out.trim_end().lines().last().unwrap_or("");
    assert!(last.contains(exported), "last line: {last}");
    assert!(last.contains(env!("CARGO_PKG_VERSION")) && last.contains("2026-11-29"));
}

/// Plain text carries none of the markup the Markdown export adds (pack
/// text may still hold its own characters, such as a `command` in
/// backticks), and fits 78 columns except where a single word is longer.
fn plain(out: &str) {
    for line in out.lines() {
        let t = line.trim_start();
        for start in ["#", "> ", "- **"] {
            assert!(!t.starts_with(start), "markup: {line}");
        }
        let rule = |c: char| !t.is_empty() && t.chars().all(|x| x == c);
        assert!(
            !rule('-') && !rule('=') && !rule('*'),
            "setext or rule: {line}"
        );
        for inner in ["**", "(`", "`)", "](", "\\*", "\\_", "\\[", "\\<"] {
            assert!(!line.contains(inner), "markup {inner}: {line}");
        }
        assert!(
            line.width() <= 78 || !t.contains(' '),
            "too wide ({}): {line}",
            line.width()
        );
    }
}

/// Text with every run of whitespace made one space, so that checks do not
/// depend on where plain text wraps.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn procedure_has_numbered_steps_cautions_provisions_and_provenance() {
    let k = knowledge();
    let item = pick(&k, "proc.first-contact", Kind::Procedure);
    let Body::Procedure(p) = &item.body else {
        unreachable!()
    };
    let md = export::item(&k, item, &opts(Format::Markdown, Lang::En));
    assert!(
        md.starts_with(&format!("# {}\n", item.title(Lang::En))),
        "{md}"
    );
    assert!(md.contains("## Steps"));
    let txt = export::item(&k, item, &opts(Format::Text, Lang::En));
    plain(&txt);
    let flat = squash(&txt);
    let mut at = 0;
    for (n, step) in p.steps.iter().enumerate() {
        let title = step.title.text(Lang::En);
        assert!(
            md.contains(&format!("{}. **{title}**", n + 1)),
            "step {}",
            n + 1
        );
        let found = flat[at..].find(&format!("{}. {title}", n + 1));
        at += found.unwrap_or_else(|| panic!("step {} in order", n + 1));
        for c in step.cautions.get(Lang::En).into_iter().flatten() {
            assert!(flat.contains(&format!(
                "Caution: {}",
                c.split_whitespace().next().unwrap_or("")
            )));
        }
    }
    let law = p
        .steps
        .iter()
        .flat_map(|s| &s.related)
        .chain(&item.related)
        .find_map(|id| k.get(id).filter(|i| i.kind == Kind::Law));
    if let Some(law) = law {
        assert!(flat.contains("Related provisions"));
        let citation = law.citation(Lang::En).unwrap_or_default();
        assert!(
            flat.contains(&format!("{citation}: {}", law.title(Lang::En))),
            "{txt}"
        );
    }
    provenance_ok(&md, item, Lang::En);
    provenance_ok(&txt, item, Lang::En);
    let fr = export::item(&k, item, &opts(Format::Text, Lang::Fr));
    assert!(fr.contains("Étapes"));
    provenance_ok(&fr, item, Lang::Fr);
}

#[test]
fn flow_is_a_prompt_sheet_with_every_question_answer_and_outcome() {
    let k = knowledge();
    let item = pick(&k, "flow.refer", Kind::Flow);
    let Body::Flow(f) = &item.body else {
        unreachable!()
    };
    let txt = export::item(&k, item, &opts(Format::Text, Lang::En));
    plain(&txt);
    let flat = squash(&txt);
    let questions = f
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Question { .. }))
        .count();
    let outcomes = f.nodes.len() - questions;
    assert!(txt.contains(&format!("Question {questions}\n")), "{txt}");
    assert!(!txt.contains(&format!("Question {}\n", questions + 1)));
    assert!(txt.contains(&format!("Outcome {outcomes}: ")));
    assert!(txt.contains("Question 1\n"), "the start is question 1");
    for node in &f.nodes {
        match &node.kind {
            NodeKind::Question {
                question, options, ..
            } => {
                assert!(
                    flat.contains(
                        question
                            .text(Lang::En)
                            .split_whitespace()
                            .take(6)
                            .collect::<Vec<_>>()
                            .join(" ")
                            .as_str()
                    )
                );
                for (i, o) in options.iter().enumerate() {
                    let letter = char::from(b'a' + i as u8);
                    assert!(flat.contains(&format!("{letter}) {} -> ", o.label.text(Lang::En))));
                }
            }
            NodeKind::Outcome {
                title,
                legal_basis,
                services,
                ..
            } => {
                assert!(
                    flat.contains(&format!(": {} ", title.text(Lang::En))),
                    "{}",
                    title.text(Lang::En)
                );
                for id in legal_basis {
                    if let Some(c) = k.get(id).and_then(|i| i.citation(Lang::En)) {
                        assert!(flat.contains(&c), "{c}");
                    }
                }
                for (contact, c) in export::matching_contacts(&k, services, None) {
                    assert!(flat.contains(contact.title(Lang::En)), "{}", contact.id);
                    match c.phones.first() {
                        Some(p) => assert!(flat.contains(&p.number)),
                        None => assert!(flat.contains("no public number known")),
                    }
                }
            }
        }
    }
    let md = export::item(&k, item, &opts(Format::Markdown, Lang::En));
    assert!(md.contains("- **a)** "), "{md}");
    provenance_ok(&md, item, Lang::En);
}

/// Node-only path (BFS) from `from` to a node satisfying `goal`.
fn path_to(f: &Flow, from: &str, goal: impl Fn(&Node) -> bool) -> Option<Vec<(String, usize)>> {
    let mut queue = VecDeque::from([(from.to_string(), Vec::new())]);
    let mut seen = vec![from.to_string()];
    while let Some((id, path)) = queue.pop_front() {
        let node = f.node(&id)?;
        if goal(node) {
            return Some(path);
        }
        if let NodeKind::Question { options, .. } = &node.kind {
            for (i, o) in options.iter().enumerate() {
                if let Next::Node { node: next } = &o.next
                    && !seen.contains(next)
                {
                    seen.push(next.clone());
                    let mut p: Vec<(String, usize)> = path.clone();
                    p.push((id.clone(), i));
                    queue.push_back((next.clone(), p));
                }
            }
        }
    }
    None
}

fn is_outcome(n: &Node) -> bool {
    matches!(n.kind, NodeKind::Outcome { .. })
}

fn outcome_title(n: &Node, lang: Lang) -> String {
    match &n.kind {
        NodeKind::Outcome { title, .. } => title.text(lang).to_string(),
        NodeKind::Question { .. } => String::new(),
    }
}

fn flow_of(item: &Item) -> &Flow {
    match &item.body {
        Body::Flow(f) => f,
        _ => panic!("{} is not a flow", item.id),
    }
}

#[test]
fn flow_outcome_prints_the_path_then_the_outcome() {
    let k = knowledge();
    let item = pick(&k, "flow.refer", Kind::Flow);
    let f = flow_of(item);
    let path = path_to(f, &f.start, is_outcome).expect("an outcome is reachable");
    // Where the path ends.
    let mut node = f.node(&f.start).expect("start");
    for (_, i) in &path {
        if let NodeKind::Question { options, .. } = &node.kind
            && let Next::Node { node: next } = &options[*i].next
        {
            node = f.node(next).expect("node");
        }
    }
    let txt =
        export::flow_outcome(&k, &item.id, &path, &opts(Format::Text, Lang::En)).expect("exports");
    plain(&txt);
    assert!(txt.starts_with(item.title(Lang::En)));
    assert!(txt.contains("Answers given"));
    assert!(
        squash(&txt).contains(&format!("Outcome: {}", outcome_title(node, Lang::En))),
        "{txt}"
    );
    assert!(
        txt.contains("Contacts:")
            || !matches!(&node.kind, NodeKind::Outcome { services, .. } if !services.is_empty())
    );
    provenance_ok(&txt, item, Lang::En);
    let fr = export::flow_outcome(&k, &item.id, &path, &opts(Format::Markdown, Lang::Fr))
        .expect("exports");
    assert!(
        fr.contains(&format!(
            "## Conduite à tenir : {}",
            outcome_title(node, Lang::Fr)
        )),
        "{fr}"
    );
    assert!(fr.contains("Réponses données"));
}

/// The node that node-only `answers` reach from `from`.
fn end_of<'a>(f: &'a Flow, from: &str, answers: &[(String, usize)]) -> &'a Node {
    let mut n = f.node(from).expect("node");
    for (_, i) in answers {
        if let NodeKind::Question { options, .. } = &n.kind
            && let Next::Node { node } = &options[*i].next
        {
            n = f.node(node).expect("node");
        }
    }
    n
}

#[test]
fn flow_outcome_follows_a_hand_over_and_comes_back() {
    let k = knowledge();
    // The first question of any flow that hands over to another flow.
    let found = k.of_kind(Kind::Flow).find_map(|item| {
        flow_of(item).nodes.iter().find_map(|n| match &n.kind {
            NodeKind::Question { options, .. } => {
                options.iter().enumerate().find_map(|(i, o)| match &o.next {
                    Next::Flow { flow, then } => Some((item, n, i, flow.clone(), then.clone())),
                    Next::Node { .. } => None,
                })
            }
            NodeKind::Outcome { .. } => None,
        })
    });
    let Some((item, question, index, other, then)) = found else {
        return; // No hand-over in the bundled flows yet.
    };
    let f = flow_of(item);
    let sub_item = k.get(&other).expect("the other flow is loaded");
    let sub = flow_of(sub_item);

    let mut answers = path_to(f, &f.start, |n| n.id == question.id).expect("reachable");
    answers.push((question.id.clone(), index));
    let in_sub = path_to(sub, &sub.start, is_outcome).expect("an outcome in the other flow");
    let mut titles = vec![outcome_title(end_of(sub, &sub.start, &in_sub), Lang::En)];
    answers.extend(in_sub);
    if let Some(t) = then {
        let back = path_to(f, &t, is_outcome).expect("an outcome after coming back");
        titles.push(outcome_title(end_of(f, &t, &back), Lang::En));
        answers.extend(back);
    }

    let txt = export::flow_outcome(&k, &item.id, &answers, &opts(Format::Text, Lang::En))
        .expect("exports");
    let flat = squash(&txt);
    let inside = format!("in the flow “{}”", sub_item.title(Lang::En));
    assert!(flat.contains(&inside), "{txt}");
    for t in titles {
        assert!(flat.contains(&format!("Outcome: {t}")), "{t} in {txt}");
    }
}

#[test]
fn flow_outcome_rejects_a_wrong_path() {
    let k = knowledge();
    let item = pick(&k, "flow.refer", Kind::Flow);
    let f = flow_of(item);
    let o = opts(Format::Text, Lang::En);
    let none: [(String, usize); 0] = [];
    assert!(matches!(
        export::flow_outcome(&k, &item.id, &none, &o),
        Err(PathError::Unfinished { .. })
    ));
    assert!(matches!(
        export::flow_outcome(&k, &item.id, &[("no-such-node", 0)], &o),
        Err(PathError::Mismatch { .. })
    ));
    assert!(matches!(
        export::flow_outcome(&k, &item.id, &[(f.start.as_str(), 99)], &o),
        Err(PathError::NoOption { index: 99, .. })
    ));
    assert!(matches!(
        export::flow_outcome(&k, "flow.none", &none, &o),
        Err(PathError::UnknownFlow(_))
    ));
    let mut path = path_to(f, &f.start, is_outcome).expect("path");
    path.push(("extra".into(), 0));
    assert!(matches!(
        export::flow_outcome(&k, &item.id, &path, &o),
        Err(PathError::Extra(1))
    ));
}

#[test]
fn deck_exports_each_item_in_order() {
    let k = knowledge();
    let item = pick(&k, "deck.burundi-training", Kind::Deck);
    let Body::Deck(deck) = &item.body else {
        unreachable!()
    };
    let txt = export::item(&k, item, &opts(Format::Text, Lang::En));
    plain(&txt);
    provenance_ok(&txt, item, Lang::En);
    let md = export::item(&k, item, &opts(Format::Markdown, Lang::En));
    let mut at = md.find("## Sessions").expect("contents");
    for (n, id) in deck.items.iter().enumerate() {
        let Some(it) = k.get(id) else { continue };
        let heading = format!("\n## {}. {}\n", n + 1, it.title(Lang::En));
        let found = md[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading:?} after the previous item"));
        at += found + 1;
    }
    assert!(md.contains("## Sessions"));
}

#[test]
fn other_items_carry_citation_badge_body_and_source() {
    let k = knowledge();
    for kind in [TextKind::Quote, TextKind::Summary] {
        let Some(law) = k.of_kind(Kind::Law).find(|i| i.text_kind() == Some(kind)) else {
            continue;
        };
        let txt = export::item(&k, law, &opts(Format::Text, Lang::En));
        plain(&txt);
        let badge = if kind == TextKind::Quote {
            "Official text"
        } else {
            "Summary"
        };
        assert!(txt.contains(badge), "{txt}");
        assert!(squash(&txt).contains(&law.citation(Lang::En).unwrap_or_default()));
        let first_words: Vec<&str> = law.body_text(Lang::En).split_whitespace().take(4).collect();
        assert!(squash(&txt).contains(&first_words.join(" ")), "{txt}");
        assert!(txt.contains("Source:"));
        provenance_ok(&txt, law, Lang::En);
        if kind == TextKind::Quote {
            let md = export::item(&k, law, &opts(Format::Markdown, Lang::En));
            assert!(md.contains("\n> "), "official wording is a quotation: {md}");
        }
    }
    let contact = pick(&k, "bi.contact.iom", Kind::Contact);
    let txt = export::item(&k, contact, &opts(Format::Text, Lang::En));
    assert!(txt.contains("Phone:"));
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[test]
fn files_are_owner_only_and_never_overwritten_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("handout.md");
    write_new_file(&path, "first", false).expect("written");
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let e = write_new_file(&path, "second", false).expect_err("refused");
    assert_eq!(e.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "first");

    let shared = dir.path().join("shared.md");
    std::fs::write(&shared, "old, world-readable").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    write_new_file(&shared, "new", true).expect("overwritten");
    assert_eq!(std::fs::read_to_string(&shared).expect("read"), "new");
    #[cfg(unix)]
    assert_eq!(mode(&shared), 0o600);
}

// ---- the command line -----------------------------------------------------

fn fieldref(args: &[&str], dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldref"))
        .args(args)
        .current_dir(dir)
        .env("FIELDREF_CONFIG_DIR", dir.join("config"))
        .env("FIELDREF_DATA_DIR", dir.join("data"))
        .env("FIELDREF_CACHE_DIR", dir.join("cache"))
        .env_remove("FIELDREF_KNOWLEDGE")
        .output()
        .expect("fieldref runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn cli_prints_markdown_or_text_to_stdout() {
    let dir = tempfile::tempdir().expect("temp dir");
    let k = knowledge();
    let id = pick(&k, "proc.first-contact", Kind::Procedure).id.clone();
    let o = fieldref(&["export", &id], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).starts_with("# "));
    let o = fieldref(&["export", &id, "--format", "txt"], dir.path());
    assert_eq!(o.status.code(), Some(0));
    plain(&text(&o.stdout));
    assert!(text(&o.stdout).contains("Exported from fieldref"));
    let o = fieldref(&["--lang", "fr", "export", &id], dir.path());
    assert!(text(&o.stdout).contains("Exporté depuis fieldref"));
}

#[test]
fn cli_writes_a_private_file_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let k = knowledge();
    let id = pick(&k, "flow.refer", Kind::Flow).id.clone();
    let o = fieldref(&["export", &id, "-o", "sheet.txt"], dir.path());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let path = dir.path().join("sheet.txt");
    assert!(
        text(&o.stdout).contains(&format!("Exported {id} to sheet.txt (txt")),
        "{}",
        text(&o.stdout)
    );
    let written = std::fs::read_to_string(&path).expect("file");
    plain(&written);
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);

    let o = fieldref(
        &["export", &id, "-o", "sheet.txt", "--format", "md"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("already exists"),
        "{}",
        text(&o.stderr)
    );
    assert!(text(&o.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).expect("file"), written);

    let o = fieldref(
        &[
            "export",
            &id,
            "-o",
            "sheet.txt",
            "--format",
            "md",
            "--force",
        ],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(
        std::fs::read_to_string(&path)
            .expect("file")
            .starts_with("# ")
    );
}

#[test]
fn cli_errors_have_exit_codes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = fieldref(&["export", "proc.first-contac"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("no item with id"));
    let o = fieldref(
        &["export", "proc.first-contact", "--format", "pdf"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    let o = fieldref(&["export", "proc.first-contact", "--force"], dir.path());
    assert_eq!(o.status.code(), Some(2), "--force needs -o");
    let o = fieldref(
        &["export", "proc.first-contact", "-o", "no/such/dir/x.md"],
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("cannot write"));
}

/// A printed outcome names the same contacts in the same order as the
/// app's outcome screen, with and without a configured region.
#[test]
fn flow_outcome_lists_contacts_in_the_order_of_the_outcome_screen() {
    use fieldref::app::flow_run::{FlowRun, Row, Screen};
    let k = knowledge();
    let mut checked = 0;
    for item in k.of_kind(Kind::Flow) {
        let f = flow_of(item);
        for node in f.nodes.iter().filter(|n| is_outcome(n)) {
            let Some(path) = path_to(f, &f.start, |n| n.id == node.id) else {
                continue;
            };
            for region in [None, Some("Bujumbura")] {
                let mut run = FlowRun::start(&k, &item.id, region).expect("a flow");
                for (_, i) in &path {
                    assert!(run.choose(&k, *i));
                }
                let Screen::Outcome(o) = run.screen(&k, Lang::En) else {
                    panic!("{} {}: not an outcome", item.id, node.id)
                };
                let titles: Vec<&str> = o
                    .rows
                    .iter()
                    .filter_map(|r| match r {
                        Row::Contact(c) => Some(c.item.title(Lang::En)),
                        _ => None,
                    })
                    .collect();
                let o = Options {
                    region: region.map(str::to_string),
                    ..opts(Format::Text, Lang::En)
                };
                let txt = squash(&export::flow_outcome(&k, &item.id, &path, &o).expect("exports"));
                let contacts = &txt[txt.find("Contacts:").expect("a contacts list")..];
                let mut from = 0;
                for t in &titles {
                    let at = contacts[from..]
                        .find(&format!("- {t} ("))
                        .unwrap_or_else(|| panic!("{} {}: {t} out of order", item.id, node.id));
                    from += at + 1;
                }
                checked += usize::from(titles.len() > 1);
            }
        }
    }
    assert!(checked > 0, "no outcome with two contacts was compared");
}
