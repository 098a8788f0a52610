//! Flows on paper: the whole flow as a prompt sheet (numbered questions,
//! lettered answers with where each leads, outcomes with their actions,
//! legal basis, services and matching contacts), and one outcome reached by
//! a path of answers.
//!
//! This file holds what both print: an outcome's body and its contacts,
//! listed by the same [`crate::knowledge::contacts::matching_contacts`] as
//! the app's outcome screen, so paper and screen agree. The prompt sheet is
//! in `flow/sheet.rs`, the outcome reached by a path in `flow/outcome.rs`.

mod outcome;
mod sheet;

pub use outcome::{PathError, flow_outcome};
pub(super) use sheet::sheet;

use super::Options;
use super::doc::Doc;
use super::item::{contact_details, reference, unsigned_marker};
use crate::i18n::{Msg, colon};
use crate::knowledge::contacts::Freshness;
use crate::knowledge::*;

/// Contacts that offer any of `services`, in the order the app's outcome
/// screen lists them: those serving `region` first, then national ones,
/// then the rest (see [`crate::knowledge::contacts::matching_contacts`]).
pub fn matching_contacts<'a>(
    k: &'a Knowledge,
    services: &[String],
    region: Option<&str>,
) -> Vec<(&'a Item, &'a Contact)> {
    contacts::matching_contacts(k, services, region)
        .into_iter()
        .map(|m| (m.item, m.contact))
        .collect()
}

/// Actions, legal basis, services and matching contacts of an outcome;
/// contacts on one line each when `compact` (a prompt sheet repeats them
/// under every outcome), with every detail otherwise.
fn outcome_body(d: &mut Doc, k: &Knowledge, node: &Node, opts: &Options, compact: bool) {
    let lang = opts.lang;
    let NodeKind::Outcome {
        actions,
        legal_basis,
        services,
        ..
    } = &node.kind
    else {
        return;
    };
    for (n, a) in actions
        .pick(lang)
        .map(|(_, v)| v.as_slice())
        .unwrap_or(&[])
        .iter()
        .enumerate()
    {
        let a = d.esc(a);
        d.item(0, &format!("{}.", n + 1), &a);
    }
    d.gap();
    if !legal_basis.is_empty() {
        let label = d.label(Msg::LegalBasis.text(lang));
        d.line(0, &label);
        for id in legal_basis {
            let line = match k.get(id) {
                Some(i) => format!(
                    "{}{}{} ({})",
                    d.esc(&i.citation(lang).unwrap_or_default()),
                    colon(lang),
                    d.esc(i.title(lang)),
                    d.code(id)
                ),
                None => reference(d, k, id, lang),
            };
            d.item(0, "-", &line);
        }
        d.gap();
    }
    if services.is_empty() {
        return;
    }
    let names: Vec<String> = services.iter().map(|s| s.replace('_', " ")).collect();
    d.field(0, Msg::Services.text(lang), &d.esc(&names.join(", ")));
    d.gap();
    let label = d.label(Msg::ExportContacts.text(lang));
    d.line(0, &label);
    let contacts = matching_contacts(k, services, opts.region.as_deref());
    if contacts.is_empty() {
        let none = d.em(Msg::ExportNoContacts.text(lang));
        d.line(0, &none);
    }
    for (item, c) in contacts {
        let offered: Vec<String> = c
            .services
            .iter()
            .filter(|s| services.contains(s))
            .map(|s| s.replace('_', " "))
            .collect();
        let mut line = format!(
            "{} ({})",
            d.strong(item.title(lang)),
            d.esc(&offered.join(", "))
        );
        let trusted = k.is_trusted(item);
        if compact {
            let summary = contact_summary(d, c, opts, trusted);
            line.push_str(&format!("{}{summary}", colon(lang)));
            d.item(0, "-", &line);
        } else {
            d.item(0, "-", &line);
            contact_details(d, c, opts, 1, trusted);
        }
    }
    d.gap();
}

/// Numbers (or "no public number known") and when they were verified, on
/// one line; each number marked "local, unsigned" unless `trusted`.
fn contact_summary(d: &Doc, c: &Contact, opts: &Options, trusted: bool) -> String {
    let lang = opts.lang;
    let marker = unsigned_marker(d, lang, trusted);
    let mut parts: Vec<String> = c
        .phones
        .iter()
        .map(|p| {
            let label = p.label.text(lang);
            if label.is_empty() {
                format!("{}{marker}", d.strong(&p.number))
            } else {
                format!("{}{marker} ({})", d.strong(&p.number), d.esc(label))
            }
        })
        .collect();
    if parts.is_empty() {
        parts.push(d.esc(Msg::NoNumber.text(lang)));
    }
    let verified = match Freshness::of(c, opts.today) {
        Freshness::Stale(date) => format!(
            "{} {date} ({})",
            Msg::VerifiedOn.text(lang),
            Msg::StaleNumber.text(lang)
        ),
        Freshness::Verified(date) => format!("{} {date}", Msg::VerifiedOn.text(lang)),
        Freshness::Never => Msg::NeverVerified.text(lang).to_string(),
    };
    parts.push(d.esc(&verified));
    parts.join(" · ")
}
