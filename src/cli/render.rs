//! Plain-text rendering of an item for `show` and printable exports.

use crate::i18n::{Msg, indicator_text};
use crate::knowledge::contacts::Freshness;
use crate::knowledge::*;
use serde::Serialize;
use std::fmt::Write;

/// An item's trust as `show --json` and `list --json` give it: its pack's
/// state (`bundled`; `signed` with the `key_id`; `signed_untrusted` with
/// the `key_id` and whether the signature was `checked`; `unsigned`) and
/// `trusted`, false exactly where the app marks the item "local, unsigned".
#[derive(Debug, Serialize)]
pub struct TrustView<'a> {
    #[serde(flatten)]
    state: Option<&'a Trust>,
    trusted: bool,
}

impl<'a> TrustView<'a> {
    /// The trust of `item`, from [`Knowledge::trust`] and [`Knowledge::is_trusted`].
    pub fn of(k: &'a Knowledge, item: &Item) -> TrustView<'a> {
        TrustView {
            state: k.trust(item),
            trusted: k.is_trusted(item),
        }
    }
}

/// ` [local, unsigned]` after anything from a pack the user does not
/// trust (above all a phone number), else nothing.
pub fn unsigned_marker(k: &Knowledge, item: &Item, lang: Lang) -> String {
    if k.is_trusted(item) {
        String::new()
    } else {
        format!(" [{}]", Msg::LocalUnsigned.text(lang))
    }
}

/// The whole item as readable text in `lang`, with provenance at the end.
pub fn item_text(k: &Knowledge, item: &Item, lang: Lang) -> String {
    let mut out = String::new();
    let (used, text) = match item.text.pick(lang) {
        Some((l, t)) => (l, t.clone()),
        None => (
            lang,
            Text {
                title: item.id.clone(),
                body: String::new(),
            },
        ),
    };
    let _ = writeln!(out, "{}", text.title);
    if let Some(c) = item.citation(lang) {
        let _ = writeln!(out, "{c}");
    }
    let mut badges = vec![format!("[{}]", item.kind.name())];
    if !k.is_trusted(item) {
        badges.push(format!("[{}]", Msg::LocalUnsigned.text(lang)));
    }
    match item.text_kind() {
        Some(TextKind::Quote) => badges.push(format!("[{}]", Msg::OfficialText.text(lang))),
        Some(TextKind::Summary) => badges.push(format!("[{}]", Msg::Summary.text(lang))),
        None => {}
    }
    if !item.verified {
        badges.push(format!("[{}]", Msg::Unverified.text(lang)));
    }
    if used != lang {
        badges.push(format!("[{}: {}]", Msg::OtherLanguage.text(lang), used));
    }
    let _ = writeln!(out, "{}\n", badges.join(" "));
    if !text.body.trim().is_empty() {
        let _ = writeln!(out, "{}\n", text.body.trim_end());
    }
    body_text(&mut out, k, item, lang);
    let related: Vec<String> = item
        .related
        .iter()
        .filter_map(|id| k.get(id).map(|r| format!("  - {} ({id})", r.title(lang))))
        .collect();
    if !related.is_empty() {
        let _ = writeln!(
            out,
            "{}:\n{}\n",
            Msg::Related.text(lang),
            related.join("\n")
        );
    }
    let _ = writeln!(out, "{}: {}", Msg::Source.text(lang), item.source);
    let _ = writeln!(out, "{}: {}", Msg::Reviewed.text(lang), item.reviewed);
    let _ = write!(out, "id: {}  pack: {}", item.id, item.pack);
    out
}

fn body_text(out: &mut String, k: &Knowledge, item: &Item, lang: Lang) {
    match &item.body {
        Body::Procedure(p) => {
            let _ = writeln!(out, "{}:", Msg::Steps.text(lang));
            for (n, step) in p.steps.iter().enumerate() {
                let _ = writeln!(out, "{:>2}. {}", n + 1, step.title.text(lang));
                let detail = step.detail.text(lang);
                if !detail.is_empty() {
                    let _ = writeln!(out, "    {detail}");
                }
                for c in step
                    .cautions
                    .pick(lang)
                    .map(|(_, v)| v.as_slice())
                    .unwrap_or(&[])
                {
                    let _ = writeln!(out, "    ! {}: {c}", Msg::Cautions.text(lang));
                }
            }
            out.push('\n');
        }
        Body::Flow(f) => {
            for node in &f.nodes {
                match &node.kind {
                    NodeKind::Question {
                        question, options, ..
                    } => {
                        let _ = writeln!(out, "[{}] {}", node.id, question.text(lang));
                        for (n, o) in options.iter().enumerate() {
                            let letter = (b'a' + (n as u8 % 26)) as char;
                            let to = match &o.next {
                                Next::Node { node } => format!("{} {node}", Msg::GoTo.text(lang)),
                                Next::Flow { flow, .. } => {
                                    format!("{} {flow}", Msg::HandOver.text(lang))
                                }
                            };
                            let _ = writeln!(out, "    {letter}) {} -> {to}", o.label.text(lang));
                        }
                    }
                    NodeKind::Outcome {
                        title,
                        actions,
                        legal_basis,
                        services,
                    } => {
                        let _ = writeln!(
                            out,
                            "[{}] {}: {}",
                            node.id,
                            Msg::Outcome.text(lang),
                            title.text(lang)
                        );
                        for (n, a) in actions
                            .pick(lang)
                            .map(|(_, v)| v.as_slice())
                            .unwrap_or(&[])
                            .iter()
                            .enumerate()
                        {
                            let _ = writeln!(out, "    {}. {a}", n + 1);
                        }
                        if !legal_basis.is_empty() {
                            let _ = writeln!(
                                out,
                                "    {}: {}",
                                Msg::LegalBasis.text(lang),
                                k.citations(legal_basis, lang)
                            );
                        }
                        if !services.is_empty() {
                            let _ = writeln!(
                                out,
                                "    {}: {}",
                                Msg::Services.text(lang),
                                services.join(", ")
                            );
                        }
                    }
                }
            }
            out.push('\n');
        }
        Body::Contact(c) => {
            let _ = writeln!(out, "{}", c.organisation);
            if c.phones.is_empty() {
                let _ = writeln!(
                    out,
                    "{}: {}",
                    Msg::Phone.text(lang),
                    Msg::NoNumber.text(lang)
                );
            }
            // A number from an unchecked pack could send a victim to the
            // wrong person: mark it on its own line, where it is read.
            let marker = unsigned_marker(k, item, lang);
            for p in &c.phones {
                let label = p.label.text(lang);
                let sep = if label.is_empty() { "" } else { " - " };
                let _ = writeln!(
                    out,
                    "{}: {}{marker}{sep}{label}",
                    Msg::Phone.text(lang),
                    p.number
                );
            }
            if let Some(e) = &c.email {
                let _ = writeln!(out, "{}: {e}", Msg::Email.text(lang));
            }
            let hours = c.hours.text(lang);
            if !hours.is_empty() {
                let _ = writeln!(out, "{}: {hours}", Msg::Hours.text(lang));
            }
            let _ = writeln!(
                out,
                "{}: {}",
                Msg::Services.text(lang),
                c.services.join(", ")
            );
            let _ = writeln!(out, "{}: {}", Msg::Regions.text(lang), c.regions.join(", "));
            if !c.languages.is_empty() {
                let _ = writeln!(
                    out,
                    "{}: {}",
                    Msg::Languages.text(lang),
                    c.languages.join(", ")
                );
            }
            match Freshness::of(c, Date::today()) {
                Freshness::Verified(d) => {
                    let _ = writeln!(out, "{}: {d}", Msg::VerifiedOn.text(lang));
                }
                Freshness::Stale(d) => {
                    let stale = Msg::StaleNumber.text(lang);
                    let _ = writeln!(out, "{}: {d} ({stale})", Msg::VerifiedOn.text(lang));
                }
                Freshness::Never => {
                    let _ = writeln!(out, "{}", Msg::NeverVerified.text(lang));
                }
            }
            out.push('\n');
        }
        Body::Indicator(ind) => {
            for g in &ind.groups {
                let _ = writeln!(out, "{}", g.title.text(lang));
                for e in &g.items {
                    let text = indicator_text(e.text.text(lang), e.strength, lang);
                    let _ = writeln!(out, "  - {text}");
                }
                out.push('\n');
            }
        }
        Body::Deck(d) => {
            let _ = writeln!(out, "{}:", Msg::DeckItems.text(lang));
            for (n, id) in d.items.iter().enumerate() {
                let title = k.get(id).map_or(id.as_str(), |i| i.title(lang));
                let _ = writeln!(out, "{:>2}. {title} ({id})", n + 1);
            }
            out.push('\n');
        }
        Body::Law(_) | Body::Glossary => {}
    }
}
