//! Parses gathered pack files into one validated [`Knowledge`].
//!
//! Each file is parsed on its own and each item converted on its own, so one
//! broken item costs only that item and one broken pack never stops the
//! others. Cross-item rules (duplicate ids, `replaces`, references,
//! instruments) run once everything is read.

use super::convert::{Converter, FileContent, PendingRef};
use super::diagnostic::{Diagnostic, SourceText, file_error};
use super::model::*;
use super::raw::*;
use super::sanitize::sanitize;
use super::sources::PackSource;
use super::trust::{Trust, TrustedKeys};
use super::{Knowledge, Loaded};
use serde::Deserialize;
use serde::de::IntoDeserializer;
use std::collections::HashMap;
use toml::de::{DeTable, DeValue};

/// Top-level tables a pack file may hold.
const TABLES: &[&str] = &[
    "instrument",
    "law",
    "procedure",
    "flow",
    "contact",
    "indicator",
    "glossary",
    "deck",
];

/// Parses and validates all packs, in order; earlier packs win duplicates.
/// A pack whose files fail its manifest or signature is refused whole.
pub fn load(packs: &[PackSource], keys: &TrustedKeys) -> Loaded {
    let mut diags = Vec::new();
    let mut infos = Vec::new();
    let mut content: Vec<FileContent> = Vec::new();
    for pack in packs {
        let verdict = super::trust::verify(pack, keys);
        diags.extend(verdict.diagnostics);
        let Some(trust) = verdict.trust else {
            continue;
        };
        let Some(info) = pack_info(pack, trust, &mut diags) else {
            continue;
        };
        if let Some(prev) = infos.iter().find(|p: &&PackInfo| p.id == info.id) {
            diags.push(file_error(
                &format!("{}/pack.toml", pack.location),
                format!(
                    "pack id `{}` is already used by {}: skipped",
                    info.id, prev.location
                ),
            ));
            continue;
        }
        for file in pack.files.iter().skip(1) {
            match &file.text {
                Ok(text) => content.push(parse_file(&file.path, text, &info, &mut diags)),
                Err(d) => diags.push(d.clone()),
            }
        }
        infos.push(info);
    }
    let knowledge = merge(infos, content, &mut diags);
    diags.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column))
    });
    Loaded {
        knowledge,
        diagnostics: diags,
    }
}

fn pack_info(pack: &PackSource, trust: Trust, diags: &mut Vec<Diagnostic>) -> Option<PackInfo> {
    let first = pack.files.first().filter(|f| f.path.ends_with("pack.toml"));
    let Some(file) = first else {
        // A directory that vanished or became unreadable after it was found
        // says so, rather than "no pack.toml".
        match pack.files.first().map(|f| &f.text) {
            Some(Err(d)) => diags.push(d.clone()),
            _ => diags.push(file_error(&pack.location, "no pack.toml: skipped")),
        }
        return None;
    };
    let text = match &file.text {
        Ok(t) => t,
        Err(d) => {
            diags.push(d.clone());
            return None;
        }
    };
    let src = SourceText::new(&file.path, text.as_ref());
    let raw: RawPack = match toml::from_str(text) {
        Ok(r) => r,
        Err(e) => {
            diags.push(src.error(
                e.span().map_or(0, |s| s.start),
                None,
                first_line(e.message()),
            ));
            return None;
        }
    };
    let mut languages = Vec::new();
    let mut ok = true;
    if let Some(langs) = &raw.languages {
        for code in langs.get_ref() {
            match Lang::parse(code) {
                Some(l) if !languages.contains(&l) => languages.push(l),
                Some(_) => {}
                None => {
                    diags.push(src.error(
                        langs.span().start,
                        None,
                        format!("unknown language `{code}`: use en, fr or rn"),
                    ));
                    ok = false;
                }
            }
        }
    } else {
        languages = vec![Lang::En, Lang::Fr];
    }
    let id = super::sanitize::sanitize(raw.id.get_ref());
    if !super::convert::valid_id(&id) {
        diags.push(src.error(raw.id.span().start, None, format!("invalid pack id `{id}`")));
        ok = false;
    }
    let mut info = PackInfo {
        id,
        title: Localized::default(),
        jurisdiction: super::sanitize::sanitize(raw.jurisdiction.get_ref()),
        version: super::sanitize::sanitize(&raw.version),
        reviewed: *raw.reviewed.get_ref(),
        languages,
        sources: raw
            .sources
            .iter()
            .map(|s| super::sanitize::sanitize(s))
            .collect(),
        description: Localized::default(),
        location: pack.location.clone(),
        bundled: pack.bundled,
        trust,
    };
    let (title, description, errors) = {
        let mut cv = Converter::new(&src, &info);
        let title = cv.strings(&raw.title, "pack title");
        let description = cv.optional_strings(&raw.description);
        (title, description, cv.diags)
    };
    ok &= errors.is_empty();
    diags.extend(errors);
    info.title = title;
    info.description = description;
    ok.then_some(info)
}

/// The first line of a TOML error message (the rest repeats the source line).
fn first_line(msg: &str) -> String {
    msg.lines().next().unwrap_or(msg).trim().to_string()
}

fn parse_file(path: &str, text: &str, pack: &PackInfo, diags: &mut Vec<Diagnostic>) -> FileContent {
    let src = SourceText::new(path, text);
    let mut out = FileContent::default();
    let root = match DeTable::parse(text) {
        Ok(t) => t.into_inner(),
        Err(e) => {
            diags.push(src.error(
                e.span().map_or(0, |s| s.start),
                None,
                first_line(e.message()),
            ));
            return out;
        }
    };
    let mut cv = Converter::new(&src, pack);
    for (key, value) in root.iter() {
        let name: &str = key.get_ref();
        if !TABLES.contains(&name) {
            cv.error(
                key.span().start,
                format!(
                    "unknown table `{name}`: a pack file holds {}",
                    TABLES
                        .iter()
                        .map(|t| format!("[[{t}]]"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            continue;
        }
        let DeValue::Array(elements) = value.get_ref() else {
            cv.error(
                key.span().start,
                format!("`{name}` must be an array of tables: write [[{name}]]"),
            );
            continue;
        };
        for element in elements.iter() {
            convert_element(&mut cv, name, element.clone(), &mut out);
        }
    }
    out.refs = cv.take_refs();
    diags.extend(cv.diags);
    out
}

/// Deserialises one array element into its raw type and converts it.
fn convert_element(
    cv: &mut Converter<'_>,
    table: &str,
    element: toml::Spanned<DeValue<'_>>,
    out: &mut FileContent,
) {
    fn raw<'de, T: Deserialize<'de>>(
        cv: &mut Converter<'_>,
        element: toml::Spanned<DeValue<'de>>,
    ) -> Option<T> {
        let start = element.span().start;
        T::deserialize(element.into_deserializer())
            .map_err(|e| cv.error(e.span().map_or(start, |s| s.start), first_line(e.message())))
            .ok()
    }
    let item = match table {
        "instrument" => {
            if let Some(inst) = raw::<RawInstrument>(cv, element).and_then(|r| cv.instrument(&r)) {
                out.instruments.push(inst);
            }
            return;
        }
        "law" => raw::<RawLaw>(cv, element).and_then(|r| {
            let at = cv.src.position(r.citation.span().start);
            let mut item = cv.item(r.common(), Kind::Law, |c| c.law(&r))?;
            item.origin.citation_at = Some(at);
            Some(item)
        }),
        "procedure" => raw::<RawProcedure>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Procedure, |c| c.procedure(&r))),
        "flow" => raw::<RawFlow>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Flow, |c| c.flow(&r))),
        "contact" => raw::<RawContact>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Contact, |c| c.contact(&r))),
        "indicator" => raw::<RawIndicator>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Indicator, |c| c.indicator(&r))),
        "glossary" => raw::<RawGlossary>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Glossary, |_| Some(Body::Glossary))),
        "deck" => raw::<RawDeck>(cv, element)
            .and_then(|r| cv.item(r.common(), Kind::Deck, |c| c.deck(&r))),
        _ => None,
    };
    out.items.extend(item);
}

/// Joins every file's items: duplicates, replacements, instruments, references.
fn merge(
    packs: Vec<PackInfo>,
    content: Vec<FileContent>,
    diags: &mut Vec<Diagnostic>,
) -> Knowledge {
    let mut instruments: Vec<Instrument> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut refs: Vec<PendingRef> = Vec::new();
    let mut replacements = Vec::new();
    for file in content {
        for inst in file.instruments {
            if let Some(prev) = instruments.iter().find(|i| i.id == inst.id) {
                diags.push(file_error(
                    &inst.pack,
                    format!(
                        "instrument `{}` is defined twice (also in pack {})",
                        inst.id, prev.pack
                    ),
                ));
            } else {
                instruments.push(inst);
            }
        }
        refs.extend(file.refs);
        for item in file.items {
            if item.replaces.is_some() {
                replacements.push(item);
                continue;
            }
            if let Some(&i) = index.get(&item.id) {
                diags.push(at_item(&item, format!(
                    "duplicate id: `{}` is already defined at {}:{}; to replace it on purpose write `replaces = \"{}\"` with a new id",
                    item.id, items[i].origin.file, items[i].origin.line, item.id
                )));
                continue;
            }
            index.insert(item.id.clone(), items.len());
            items.push(item);
        }
    }
    for item in replacements {
        let target = item.replaces.clone().unwrap_or_default();
        match index.get(&target).copied() {
            Some(i) if item.id == target || !index.contains_key(&item.id) => {
                index.remove(&target);
                index.insert(item.id.clone(), i);
                items[i] = item;
            }
            Some(_) => diags.push(at_item(&item, format!("duplicate id `{}`", item.id))),
            None => diags.push(at_pos(
                &item,
                item.origin.replaces_at,
                format!("`replaces = \"{target}\"`: `{target}` is no loaded item"),
            )),
        }
    }
    for item in &mut items {
        let Body::Law(law) = &mut item.body else {
            continue;
        };
        match instruments.iter().find(|i| i.id == law.citation.instrument) {
            Some(inst) => law.citation.instrument_short = inst.short.clone(),
            None => {
                let message = format!(
                    "citation names instrument `{}`, which no loaded pack defines ([[instrument]])",
                    law.citation.instrument
                );
                diags.push(at_pos(item, item.origin.citation_at, message));
            }
        }
    }
    let bad_laws: Vec<String> = items
        .iter()
        .filter(|i| {
            i.law()
                .is_some_and(|l| l.citation.instrument_short.langs().is_empty())
        })
        .map(|i| i.id.clone())
        .collect();
    items.retain(|i| !bad_laws.contains(&i.id));
    let index: HashMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.clone(), i))
        .collect();
    for r in refs {
        let found = index.get(&r.target).map(|&i| items[i].kind);
        let message = match found {
            None => format!("{} `{}` names no loaded item", r.field, r.target),
            Some(kind) if !r.expect.is_empty() && !r.expect.contains(&kind) => {
                format!(
                    "{} `{}` is a {kind}, expected {}",
                    r.field,
                    r.target,
                    r.expect
                        .iter()
                        .map(|k| k.name())
                        .collect::<Vec<_>>()
                        .join(" or ")
                )
            }
            Some(_) => continue,
        };
        diags.push(Diagnostic {
            message: sanitize(&message),
            ..r.at
        });
    }
    Knowledge::new(packs, items, instruments)
}

fn at_item(item: &Item, message: String) -> Diagnostic {
    at_pos(item, None, message)
}

/// An error about `item`, at `pos` (line, column) or else at its id.
fn at_pos(item: &Item, pos: Option<(usize, usize)>, message: String) -> Diagnostic {
    let (line, column) = pos.unwrap_or((item.origin.line, 1));
    Diagnostic {
        severity: super::diagnostic::Severity::Error,
        file: sanitize(&item.origin.file),
        line,
        column,
        id: Some(item.id.clone()),
        message: sanitize(&message),
    }
}
