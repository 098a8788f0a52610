//! The index schema and how an item becomes one document per language.
//!
//! Stored fields hold everything a result line shows, so the warm search
//! path never parses a pack. Filters (kind, language, jurisdiction, pack)
//! are raw strings with fast columns; `item` numbers items so results can
//! be folded to one hit per item without touching the document store.

use super::analyzers::{EN, FOLD, FR, PREFIX};
use super::citation::citation_terms;
use crate::knowledge::*;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{TantivyDocument, doc};

/// Bumped whenever fields or analyzers change, so old caches are rebuilt.
pub const SCHEMA_VERSION: u32 = 9;

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Item id (stored, exact).
    pub id: Field,
    /// Item number within this index (fast), for one hit per item.
    pub item: Field,
    /// `law`, `procedure` ... (exact, fast, stored).
    pub kind: Field,
    /// The kind's ranking prior in thousandths (fast), see [`kind_prior`].
    pub prior: Field,
    /// `en`, `fr` (exact, fast, stored).
    pub lang: Field,
    /// The language as a number (fast), for ranking toward the interface language.
    pub lang_no: Field,
    /// Jurisdiction (exact, fast, stored).
    pub jurisdiction: Field,
    /// Pack id (exact, fast, stored).
    pub pack: Field,
    /// Display title (stored).
    pub title: Field,
    /// Display citation (stored).
    pub citation_text: Field,
    /// Searchable text shown in snippets (stored only).
    pub body: Field,
    /// Title words, English analysis.
    pub title_en: Field,
    /// Title words, French analysis.
    pub title_fr: Field,
    /// Body words, English analysis.
    pub body_en: Field,
    /// Body words, French analysis.
    pub body_fr: Field,
    /// Tags, folded.
    pub tags: Field,
    /// Normalised article terms and instrument names, folded (with length norms).
    pub citation: Field,
    /// Edge n-grams of title, tags and instrument words.
    pub prefix: Field,
}

/// A text field with length norms. Citations have them too: a pruned
/// search (block-max WAND) can only skip through fields with norms (see
/// `pruned`), and the relevance set ranks as well or better with them
/// (MRR 0.911 vs 0.905).
fn text(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqs),
    )
}

/// A keyword-like field: no length normalisation, so a short title or tag
/// list does not outrank a longer one that matches just as well (with
/// norms, `harbouring` would put the glossary entry above Palermo Art.
/// 3(a)). Clauses on these fields are searched apart from the pruned union.
fn keywords(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqs)
            .set_fieldnorms(false),
    )
}

/// Builds the schema and its field handles.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let exact = STRING | STORED | FAST;
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        item: b.add_u64_field("item", INDEXED | FAST),
        kind: b.add_text_field("kind", exact.clone()),
        prior: b.add_u64_field("prior", FAST),
        lang: b.add_text_field("lang", exact.clone()),
        lang_no: b.add_u64_field("lang_no", FAST),
        jurisdiction: b.add_text_field("jurisdiction", exact.clone()),
        pack: b.add_text_field("pack", exact),
        title: b.add_text_field("title", STORED),
        citation_text: b.add_text_field("citation_text", STORED),
        body: b.add_text_field("body", STORED),
        title_en: b.add_text_field("title_en", text(EN)),
        title_fr: b.add_text_field("title_fr", text(FR)),
        body_en: b.add_text_field("body_en", text(EN)),
        body_fr: b.add_text_field("body_fr", text(FR)),
        tags: b.add_text_field("tags", keywords(FOLD)),
        citation: b.add_text_field("citation", text(FOLD)),
        prefix: b.add_text_field("prefix", keywords(PREFIX)),
    };
    (b.build(), fields)
}

/// The terms an instrument is found by: each alias as one joined word
/// (`palermo protocol` -> `palermoprotocol`, `loi 1/28` -> `loi128`) and
/// the parts of its id (`ilo.c29` -> `ilo`, `c29`, `iloc29`). Queries join
/// adjacent words the same way, so `palermo` finds the Protocol, not the
/// "Palermo Convention", and the instrument's words do not flood ranking.
pub fn instrument_terms(inst: &Instrument) -> Vec<String> {
    let mut fold = super::analyzers::fold();
    let mut out: Vec<String> = Vec::new();
    let parts: Vec<String> = inst.id.split(['.', '-', '_']).map(str::to_string).collect();
    for alias in inst
        .aliases
        .iter()
        .chain(parts.iter())
        .chain(std::iter::once(&inst.id))
    {
        let joined = super::analyzers::terms(&mut fold, alias).concat();
        if !joined.is_empty() && !out.contains(&joined) {
            out.push(joined);
        }
    }
    out
}

/// The highest [`kind_prior`]: the most any document's score is weighted
/// by, which bounds what a pruned search may skip.
pub const MAX_PRIOR: u64 = 1300;

/// How much a kind's score counts, in thousandths. Officers search for the
/// provision first: a law quoting "harbouring" outranks the glossary entry
/// that explains it, unless the glossary matches much better.
pub fn kind_prior(kind: Kind) -> u64 {
    match kind {
        Kind::Law => MAX_PRIOR,
        Kind::Procedure | Kind::Flow => 1100,
        Kind::Indicator | Kind::Contact => 1000,
        Kind::Glossary => 700,
        Kind::Deck => 700,
    }
}

/// A language as stored in the `lang_no` fast field.
pub fn lang_number(lang: Lang) -> u64 {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Rn => 2,
    }
}

/// The documents for one item: one per language it has.
pub fn documents(f: &Fields, k: &Knowledge, item: &Item, number: u64) -> Vec<TantivyDocument> {
    let mut out = Vec::new();
    for lang in item.text.langs() {
        let title = item.title(lang).to_string();
        let body = searchable_body(k, item, lang);
        let citation_display = item.citation(lang).unwrap_or_default();
        let mut citation = String::new();
        let mut prefix = format!("{title} {}", item.tags.join(" "));
        if let Some(law) = item.law() {
            let c = &law.citation;
            let mut refs = format!("art {}", c.article.as_deref().unwrap_or(""));
            if let Some(p) = &c.paragraph {
                refs.push_str(&format!("({p})"));
            }
            if let Some(label) = &c.label {
                for l in label.langs() {
                    refs.push_str(&format!(" ; {}", label.text(l)));
                }
            }
            citation = citation_terms(&refs).join(" ");
            if let Some(inst) = k.instruments.iter().find(|i| i.id == c.instrument) {
                citation.push(' ');
                citation.push_str(&instrument_terms(inst).join(" "));
                prefix.push_str(&format!(" {}", inst.aliases.join(" ")));
            }
        }
        let (title_field, body_field) = match lang {
            Lang::En => (f.title_en, f.body_en),
            Lang::Fr | Lang::Rn => (f.title_fr, f.body_fr),
        };
        out.push(doc!(
            f.id => item.id.as_str(),
            f.item => number,
            f.kind => item.kind.name(),
            f.prior => kind_prior(item.kind),
            f.lang => lang.code(),
            f.lang_no => lang_number(lang),
            f.jurisdiction => item.jurisdiction.as_str(),
            f.pack => item.pack.as_str(),
            f.title => title.as_str(),
            f.citation_text => citation_display,
            f.body => body.as_str(),
            title_field => title.as_str(),
            body_field => body.as_str(),
            f.tags => item.tags.join(" "),
            f.citation => citation,
            f.prefix => prefix,
        ));
    }
    out
}

/// All the text of an item in one language: body, steps, questions,
/// outcomes, indicators, contact details; what a search should reach.
pub fn searchable_body(k: &Knowledge, item: &Item, lang: Lang) -> String {
    let mut parts: Vec<String> = vec![item.body_text(lang).to_string()];
    match &item.body {
        Body::Procedure(p) => {
            for s in &p.steps {
                parts.push(s.title.text(lang).to_string());
                parts.push(s.detail.text(lang).to_string());
                parts.extend(
                    s.cautions
                        .pick(lang)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                );
            }
        }
        Body::Flow(fl) => {
            for n in &fl.nodes {
                match &n.kind {
                    NodeKind::Question { question, help, .. } => {
                        parts.push(question.text(lang).to_string());
                        parts.push(help.text(lang).to_string());
                    }
                    NodeKind::Outcome { title, actions, .. } => {
                        parts.push(title.text(lang).to_string());
                        parts.extend(
                            actions
                                .pick(lang)
                                .map(|(_, v)| v.clone())
                                .unwrap_or_default(),
                        );
                    }
                }
            }
        }
        Body::Contact(c) => {
            parts.push(c.organisation.clone());
            parts.push(c.regions.join(", "));
            parts.push(c.services.join(", ").replace('_', " "));
            parts.extend(c.phones.iter().map(|p| p.number.clone()));
        }
        Body::Indicator(ind) => {
            for g in &ind.groups {
                parts.push(g.title.text(lang).to_string());
                parts.extend(g.items.iter().map(|e| e.text.text(lang).to_string()));
            }
        }
        Body::Deck(d) => parts.extend(
            d.items
                .iter()
                .filter_map(|id| k.get(id))
                .map(|i| i.title(lang).to_string()),
        ),
        Body::Law(_) | Body::Glossary => {}
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n")
}
