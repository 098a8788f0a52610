//! Full-text search over the loaded knowledge: the only module that knows
//! Tantivy.
//!
//! One document per item and language; a query built by hand from what was
//! typed (see `query`); one hit per item, ranked toward the interface
//! language; highlighted snippets. The index is cached on disk keyed by the
//! packs' fingerprint, or kept in RAM when the cache cannot be used.

mod analyzers;
mod cache;
pub mod citation;
mod collect;
mod pruned;
pub mod query;
mod schema;
pub mod snippet;

pub use schema::SCHEMA_VERSION;
pub use snippet::{Highlighter, Snippet};

use crate::knowledge::{Kind, Knowledge, Lang};
use schema::Fields;
use serde::Serialize;
use std::path::Path;
use std::time::{Duration, Instant};
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

/// Errors from building or opening an index.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Tantivy failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The filesystem failed.
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
    /// An opened cache does not have this version's schema.
    #[error("search index cache has another schema")]
    Schema,
}

/// How the index was obtained, for `took_ms` context and diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexOrigin {
    /// Opened from the cache.
    Cached,
    /// Built now and written to the cache.
    Built,
    /// Built in RAM because the cache could not be used (the reason).
    Memory(String),
}

/// What to search for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    /// The text as typed.
    pub text: String,
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only documents in this language (default: all, ranked toward `prefer`).
    pub lang: Option<Lang>,
    /// Only this jurisdiction.
    pub jurisdiction: Option<String>,
    /// At most this many hits.
    pub limit: usize,
    /// Compute snippets for this many of the top hits; the rest get theirs
    /// on demand from [`SearchIndex::snippet`] (a list shows one preview).
    pub snippets: usize,
    /// The interface language, ranked first.
    pub prefer: Lang,
    /// Skip matches that cannot reach the top hits: `None` decides by
    /// index size; the hits are the same either way.
    pub prune: Option<bool>,
}

impl SearchRequest {
    /// A request for `text` with defaults: all kinds and languages, 20 hits.
    pub fn new(text: impl Into<String>, prefer: Lang) -> SearchRequest {
        SearchRequest {
            text: text.into(),
            kind: None,
            lang: None,
            jurisdiction: None,
            limit: 20,
            snippets: 20,
            prune: None,
            prefer,
        }
    }
}

/// One result: one item, in the language that matched best.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Item id.
    pub id: String,
    /// Item kind.
    pub kind: Kind,
    /// Title in `lang`.
    pub title: String,
    /// Citation in `lang`, for law items.
    pub citation: Option<String>,
    /// Pack id.
    pub pack: String,
    /// Language of the matched document.
    pub lang: Lang,
    /// Relevance score.
    pub score: f32,
    /// Matched fragment with highlights (empty beyond `snippets`).
    pub snippet: Snippet,
    /// Where the document is, to fetch a snippet later.
    #[serde(skip)]
    pub doc: Option<tantivy::DocAddress>,
}

/// The answer to a request.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// The text searched.
    pub query: String,
    /// Items matched (before the limit).
    pub total: usize,
    /// Time spent searching.
    #[serde(skip)]
    pub took: Duration,
    /// The best hits.
    pub hits: Vec<Hit>,
    /// Matches the query against any text, for highlighting.
    #[serde(skip)]
    pub highlighter: Option<Highlighter>,
}

/// A searchable index over the loaded knowledge.
pub struct SearchIndex {
    reader: IndexReader,
    fields: Fields,
    origin: IndexOrigin,
    notes: Vec<String>,
}

/// File in a cache directory holding the load errors of the packs it was
/// built from, so a warm start can still report a broken pack.
const NOTES: &str = "load-errors.txt";

/// Characters of a result snippet.
const SNIPPET_CHARS: usize = 160;

impl SearchIndex {
    /// Builds an index in RAM.
    pub fn in_memory(k: &Knowledge) -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema::schema();
        let index = Index::create_in_ram(schema);
        fill(&index, &fields, k)?;
        SearchIndex::from_index(index, fields, IndexOrigin::Memory("requested".into()))
    }

    /// Opens the cached index for `fingerprint` under `cache_root`, or
    /// builds it from `knowledge()` and caches it; falls back to RAM when
    /// the cache cannot be written. Never fails while RAM works.
    pub fn open_or_build(
        cache_root: &Path,
        fingerprint: u64,
        knowledge: impl FnOnce() -> (Knowledge, Vec<String>),
    ) -> Result<SearchIndex, SearchError> {
        let dir = cache::key_dir(cache_root, fingerprint);
        if dir.join(cache::READY).is_file() {
            match SearchIndex::open_dir(&dir) {
                Ok(index) => return Ok(index),
                // Damaged or from another build: set it aside and rebuild.
                Err(_) => {
                    let _ = std::fs::remove_dir_all(&dir);
                }
            }
        }
        let (k, notes) = knowledge();
        match SearchIndex::build_into(&dir, &k, &notes) {
            Ok(index) => {
                cache::prune(cache_root, &dir);
                Ok(index)
            }
            Err(e) => {
                let (schema, fields) = schema::schema();
                let index = Index::create_in_ram(schema);
                fill(&index, &fields, &k)?;
                let mut index =
                    SearchIndex::from_index(index, fields, IndexOrigin::Memory(e.to_string()))?;
                index.notes = notes;
                Ok(index)
            }
        }
    }

    fn open_dir(dir: &Path) -> Result<SearchIndex, SearchError> {
        let index = Index::open_in_dir(dir)?;
        let (schema, fields) = schema::schema();
        if index.schema() != schema {
            return Err(SearchError::Schema);
        }
        let mut opened = SearchIndex::from_index(index, fields, IndexOrigin::Cached)?;
        if let Ok(notes) = std::fs::read_to_string(dir.join(NOTES)) {
            opened.notes = notes.lines().map(str::to_string).collect();
        }
        Ok(opened)
    }

    fn build_into(dir: &Path, k: &Knowledge, notes: &[String]) -> Result<SearchIndex, SearchError> {
        let tmp = cache::temp_dir_for(dir)?;
        let built = (|| {
            let (schema, fields) = schema::schema();
            let index = Index::create_in_dir(&tmp, schema)?;
            fill(&index, &fields, k)?;
            if !notes.is_empty() {
                std::fs::write(tmp.join(NOTES), notes.join("\n"))?;
            }
            Ok::<_, SearchError>(())
        })();
        if let Err(e) = built {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
        cache::publish(&tmp, dir)?;
        let mut index = SearchIndex::open_dir(dir)?;
        index.origin = IndexOrigin::Built;
        Ok(index)
    }

    fn from_index(
        index: Index,
        fields: Fields,
        origin: IndexOrigin,
    ) -> Result<SearchIndex, SearchError> {
        analyzers::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            fields,
            origin,
            notes: Vec::new(),
        })
    }

    /// How this index was obtained.
    pub fn origin(&self) -> &IndexOrigin {
        &self.origin
    }

    /// Load errors of the packs this index was built from.
    pub fn load_errors(&self) -> &[String] {
        &self.notes
    }

    /// Number of documents (items x languages).
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Runs a request. Any text gives results or none, never an error.
    pub fn search(&self, req: &SearchRequest) -> SearchResults {
        let started = Instant::now();
        let mut plan = query::plan(
            &req.text,
            &mut analyzers::english(),
            &mut analyzers::french(),
            &mut analyzers::fold(),
        );
        let searcher = self.reader.searcher();
        let f = &self.fields;
        let has = |field, text: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, text))
                .is_ok_and(|n| n > 0)
        };
        plan.forgive_typos(|w| {
            w.en.iter().any(|t| has(f.title_en, t) || has(f.body_en, t))
                || w.fr.iter().any(|t| has(f.title_fr, t) || has(f.body_fr, t))
                || has(f.tags, &w.folded)
                || (w.prefix
                    && has(
                        f.prefix,
                        &w.folded
                            .chars()
                            .take(analyzers::MAX_NGRAM)
                            .collect::<String>(),
                    ))
        });
        let mut results = SearchResults {
            query: req.text.clone(),
            total: 0,
            took: Duration::ZERO,
            hits: Vec::new(),
            highlighter: None,
        };
        let Some(scoring) = query::build(&plan, &self.fields) else {
            results.took = started.elapsed();
            return results;
        };
        let mut filters = Vec::new();
        if let Some(kind) = req.kind {
            filters.push(Term::from_field_text(f.kind, kind.name()));
        }
        if let Some(lang) = req.lang {
            filters.push(Term::from_field_text(f.lang, lang.code()));
        }
        if let Some(j) = &req.jurisdiction {
            filters.push(Term::from_field_text(f.jurisdiction, j));
        }
        let q = query::with_filters(scoring, filters);
        let prune = req
            .prune
            .unwrap_or(searcher.num_docs() >= collect::PRUNE_FROM);
        let prefer = schema::lang_number(req.prefer);
        let (best, total) = collect::top_items(&searcher, q.as_ref(), prefer, req.limit, prune);
        results.total = total;
        let highlighter = Highlighter::new(plan);
        for (n, (_, score, addr)) in best.into_iter().enumerate() {
            let Ok(doc) = searcher.doc::<TantivyDocument>(addr) else {
                continue;
            };
            let text = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            let lang = Lang::parse(&text(f.lang)).unwrap_or(req.prefer);
            let citation = text(f.citation_text);
            results.hits.push(Hit {
                id: text(f.id),
                kind: Kind::parse(&text(f.kind)).unwrap_or(Kind::Glossary),
                title: text(f.title),
                citation: (!citation.is_empty()).then_some(citation),
                pack: text(f.pack),
                lang,
                score,
                snippet: if n < req.snippets {
                    highlighter.snippet(&text(f.body), lang, SNIPPET_CHARS)
                } else {
                    Snippet::default()
                },
                doc: Some(addr),
            });
        }
        results.highlighter = Some(highlighter);
        results.took = started.elapsed();
        results
    }
}

impl SearchIndex {
    /// The snippet of a hit that was returned without one.
    pub fn snippet(&self, hit: &Hit, highlighter: &Highlighter) -> Snippet {
        let Some(addr) = hit.doc else {
            return hit.snippet.clone();
        };
        let Ok(doc) = self.reader.searcher().doc::<TantivyDocument>(addr) else {
            return Snippet::default();
        };
        let body = doc
            .get_first(self.fields.body)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        highlighter.snippet(body, hit.lang, SNIPPET_CHARS)
    }
}

/// Writes every item's documents and merges to one segment (queries are
/// several times faster on one segment than on many).
fn fill(index: &Index, fields: &Fields, k: &Knowledge) -> Result<(), SearchError> {
    analyzers::register(index);
    let mut writer: tantivy::IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
    for (n, item) in k.items.iter().enumerate() {
        for doc in schema::documents(fields, k, item, n as u64) {
            writer.add_document(doc)?;
        }
    }
    writer.commit()?;
    let ids = index.searchable_segment_ids()?;
    if ids.len() > 1 {
        writer.merge(&ids).wait()?;
    }
    writer.wait_merging_threads()?;
    Ok(())
}
