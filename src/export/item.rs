//! Any item as a document: title, citation, badge, body, what its kind adds
//! (steps, a flow's prompt sheet, contact details, indicators, a deck's
//! items), related provisions, and provenance.

use super::doc::Doc;
use super::{Options, flow};
use crate::i18n::{Msg, strength_label};
use crate::knowledge::contacts::Freshness;
use crate::knowledge::*;

/// `item` as a document in `opts.format`, ending with its provenance.
pub fn item(k: &Knowledge, item: &Item, opts: &Options) -> String {
    let mut d = Doc::new(opts.format, opts.lang);
    let title = d.esc(item.title(opts.lang));
    d.heading(1, &title);
    content(&mut d, k, item, opts, 2, true);
    provenance(&mut d, k, &[item], opts);
    d.finish()
}

/// Everything but the title and provenance; headings start at `level`.
/// A deck lists its items' content only when `expand` (not inside a deck).
pub(super) fn content(
    d: &mut Doc,
    k: &Knowledge,
    item: &Item,
    opts: &Options,
    level: usize,
    expand: bool,
) {
    let lang = opts.lang;
    if let Some(c) = item.citation(lang) {
        let c = d.esc(&c);
        d.para(0, &c);
    }
    let badges = badges(k, item, lang);
    if !badges.is_empty() {
        let b = d.em(&badges.join(" · "));
        d.para(0, &b);
    }
    let body = d.esc(item.body_text(lang));
    if item.text_kind() == Some(TextKind::Quote) {
        d.quote(&body);
    } else {
        d.para(0, &body);
    }
    match &item.body {
        Body::Procedure(p) => steps(d, k, p, opts, level),
        Body::Flow(f) => flow::sheet(d, k, f, opts, level),
        Body::Contact(c) => contact_details(d, c, opts, 0, k.is_trusted(item)),
        Body::Indicator(ind) => indicators(d, ind, lang, level),
        Body::Deck(deck) => deck_items(d, k, deck, opts, level, expand),
        Body::Law(_) | Body::Glossary => {}
    }
    related(d, k, item, lang, level, expand);
}

/// Local and unsigned, official text or summary, unverified, and a
/// language fallback.
fn badges(k: &Knowledge, item: &Item, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if !k.is_trusted(item) {
        out.push(Msg::LocalUnsigned.text(lang).to_string());
    }
    match item.text_kind() {
        Some(TextKind::Quote) => out.push(Msg::OfficialText.text(lang).to_string()),
        Some(TextKind::Summary) => out.push(Msg::Summary.text(lang).to_string()),
        None => {}
    }
    if !item.verified {
        out.push(Msg::Unverified.text(lang).to_string());
    }
    if let Some((used, _)) = item.text.pick(lang).filter(|(used, _)| *used != lang) {
        out.push(format!("{}: {used}", Msg::OtherLanguage.text(lang)));
    }
    out
}

fn steps(d: &mut Doc, k: &Knowledge, p: &Procedure, opts: &Options, level: usize) {
    let lang = opts.lang;
    d.heading(level, &d.esc(Msg::Steps.text(lang)));
    for (n, step) in p.steps.iter().enumerate() {
        d.gap();
        let title = d.strong(step.title.text(lang));
        d.item(0, &format!("{}.", n + 1), &title);
        let detail = d.esc(step.detail.text(lang));
        d.line(1, &detail);
        for c in step
            .cautions
            .pick(lang)
            .map(|(_, v)| v.as_slice())
            .unwrap_or(&[])
        {
            let line = format!("{} {}", d.label(Msg::Cautions.text(lang)), d.esc(c));
            d.line(1, &line);
        }
        if !step.related.is_empty() {
            let refs: Vec<String> = step
                .related
                .iter()
                .map(|id| reference(d, k, id, lang))
                .collect();
            let line = format!(
                "{} {}",
                d.label(Msg::ExportRestsOn.text(lang)),
                refs.join("; ")
            );
            d.line(1, &line);
        }
    }
    d.gap();
}

/// A provision by its citation, anything else by its title, with its id.
pub(super) fn reference(d: &Doc, k: &Knowledge, id: &str, lang: Lang) -> String {
    match k.get(id) {
        Some(i) => {
            let name = i
                .citation(lang)
                .unwrap_or_else(|| i.title(lang).to_string());
            format!("{} ({})", d.esc(&name), d.code(id))
        }
        None => d.code(id),
    }
}

/// "Citation: title (id)" for each provision.
fn provisions(d: &mut Doc, k: &Knowledge, ids: &[&str], lang: Lang, level: usize) {
    if ids.is_empty() {
        return;
    }
    d.heading(level, &d.esc(Msg::ExportRelatedProvisions.text(lang)));
    for id in ids {
        let line = match k.get(id) {
            Some(i) => format!(
                "{}: {} ({})",
                d.esc(&i.citation(lang).unwrap_or_default()),
                d.esc(i.title(lang)),
                d.code(id)
            ),
            None => d.code(id),
        };
        d.item(0, "-", &line);
    }
    d.gap();
}

/// Related provisions with their citations (those the steps rest on
/// first, for procedures), then every other related item.
/// Inside a deck (`!expand`) only the provisions: the deck is the reading list.
fn related(d: &mut Doc, k: &Knowledge, item: &Item, lang: Lang, level: usize, expand: bool) {
    let from_steps = match &item.body {
        Body::Procedure(p) => p.steps.iter().flat_map(|s| &s.related).collect(),
        _ => Vec::new(),
    };
    let mut laws: Vec<&str> = Vec::new();
    let mut others: Vec<&str> = Vec::new();
    for id in from_steps.into_iter().chain(&item.related) {
        let Some(kind) = k.get(id).map(|i| i.kind) else {
            continue;
        };
        if kind == Kind::Law && !laws.contains(&id.as_str()) {
            laws.push(id);
        }
    }
    for id in &item.related {
        if k.get(id).is_some_and(|i| i.kind != Kind::Law) && !others.contains(&id.as_str()) {
            others.push(id);
        }
    }
    provisions(d, k, &laws, lang, level);
    if expand && !others.is_empty() {
        d.heading(level, &d.esc(Msg::Related.text(lang)));
        for id in others {
            let line = reference(d, k, id, lang);
            d.item(0, "-", &line);
        }
        d.gap();
    }
}

fn indicators(d: &mut Doc, ind: &Indicators, lang: Lang, level: usize) {
    for g in &ind.groups {
        d.heading(level, &d.esc(g.title.text(lang)));
        for e in &g.items {
            let mut line = d.esc(e.text.text(lang));
            if let Some(s) = e.strength {
                line.push_str(&format!(" ({})", d.em(strength_label(s, lang))));
            }
            d.item(0, "-", &line);
        }
        d.gap();
    }
}

fn deck_items(d: &mut Doc, k: &Knowledge, deck: &Deck, opts: &Options, level: usize, expand: bool) {
    let lang = opts.lang;
    d.heading(level, &d.esc(Msg::DeckItems.text(lang)));
    for (n, id) in deck.items.iter().enumerate() {
        let line = match k.get(id) {
            Some(i) => {
                let mut s = d.esc(i.title(lang));
                if let Some(c) = i.citation(lang) {
                    s.push_str(&format!(" · {}", d.esc(&c)));
                }
                format!("{s} ({})", d.code(id))
            }
            None => d.code(id),
        };
        d.item(0, &format!("{}.", n + 1), &line);
    }
    d.gap();
    if !expand {
        return;
    }
    for (n, id) in deck.items.iter().enumerate() {
        let Some(it) = k.get(id) else { continue };
        let heading = format!("{}. {}", n + 1, d.esc(it.title(lang)));
        d.heading(level, &heading);
        content(d, k, it, opts, level + 1, false);
        let sep = if lang == Lang::En { ": " } else { " : " };
        let source = format!(
            "{}{sep}{} · {}{sep}{}",
            Msg::Source.text(lang),
            it.source,
            Msg::Reviewed.text(lang),
            it.reviewed
        );
        let source = d.em(&source);
        d.para(0, &source);
    }
}

/// ` [local, unsigned]` (escaped for the format) unless `trusted`.
pub(super) fn unsigned_marker(d: &Doc, lang: Lang, trusted: bool) -> String {
    if trusted {
        String::new()
    } else {
        format!(
            " {}",
            d.esc(&format!("[{}]", Msg::LocalUnsigned.text(lang)))
        )
    }
}

/// Phones (or "no public number known"), email, hours, regions, languages
/// and when the numbers were verified, at list depth `depth`. Unless the
/// contact's pack is `trusted`, each number and the email carry the
/// "local, unsigned" marker, on the line where they are read.
pub(super) fn contact_details(
    d: &mut Doc,
    c: &Contact,
    opts: &Options,
    depth: usize,
    trusted: bool,
) {
    let lang = opts.lang;
    let marker = unsigned_marker(d, lang, trusted);
    let phone = Msg::Phone.text(lang);
    if c.phones.is_empty() {
        d.field(depth, phone, &d.esc(Msg::NoNumber.text(lang)));
    }
    for p in &c.phones {
        let label = p.label.text(lang);
        let value = if label.is_empty() {
            format!("{}{marker}", d.strong(&p.number))
        } else {
            format!("{}{marker} ({})", d.strong(&p.number), d.esc(label))
        };
        d.field(depth, phone, &value);
    }
    if let Some(e) = &c.email {
        d.field(
            depth,
            Msg::Email.text(lang),
            &format!("{}{marker}", d.esc(e)),
        );
    }
    let hours = c.hours.text(lang);
    if !hours.is_empty() {
        d.field(depth, Msg::Hours.text(lang), &d.esc(hours));
    }
    if !c.regions.is_empty() {
        d.field(
            depth,
            Msg::Regions.text(lang),
            &d.esc(&c.regions.join(", ")),
        );
    }
    if !c.languages.is_empty() {
        d.field(
            depth,
            Msg::Languages.text(lang),
            &d.esc(&c.languages.join(", ")),
        );
    }
    match Freshness::of(c, opts.today) {
        Freshness::Verified(date) => {
            d.field(depth, Msg::VerifiedOn.text(lang), &d.esc(&date.to_string()));
        }
        Freshness::Stale(date) => {
            let v = format!("{date} ({})", Msg::StaleNumber.text(lang));
            d.field(depth, Msg::VerifiedOn.text(lang), &d.esc(&v));
        }
        Freshness::Never => {
            let v = d.em(Msg::NeverVerified.text(lang));
            d.line(depth, &v);
        }
    }
}

/// The closing block: for each item, its pack, source and review date;
/// then the fieldref version and the export date.
pub(super) fn provenance(d: &mut Doc, k: &Knowledge, items: &[&Item], opts: &Options) {
    let lang = opts.lang;
    d.rule();
    let mut seen: Vec<&str> = Vec::new();
    for it in items {
        if seen.contains(&it.id.as_str()) {
            continue;
        }
        seen.push(&it.id);
        if items.len() > 1 {
            let t = d.strong(it.title(lang));
            d.line(0, &t);
        }
        let pack = match k.pack(&it.pack) {
            Some(p) => format!("{} ({}, {})", p.title.text(lang), p.id, p.version),
            None => it.pack.clone(),
        };
        d.field(0, Msg::ExportPack.text(lang), &d.esc(&pack));
        d.field(0, Msg::Source.text(lang), &d.esc(&it.source));
        d.field(0, Msg::Reviewed.text(lang), &it.reviewed.to_string());
        d.gap();
    }
    let line = Msg::ExportedFrom.fill(
        lang,
        &[
            ("version", &env!("CARGO_PKG_VERSION")),
            ("date", &opts.today),
        ],
    );
    d.para(0, &d.esc(&line));
}
