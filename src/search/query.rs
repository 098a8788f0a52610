//! From what a person typed to a tantivy query, by hand.
//!
//! Tantivy's `QueryParser` is not used on user text: it cannot treat only the
//! last word as a prefix and rejects unbalanced quotes and stray colons. Here
//! any string gives a query or nothing. Each complete word is a term over
//! title, citation, tags and body (titles and citations weigh far more);
//! the last word, while typed, also matches edge n-grams; words of four
//! letters or more also match with one typo (two from eight), below exact
//! matches; article references go straight to the cited provision.

use super::analyzers::{self, MAX_NGRAM, MIN_NGRAM};
use super::citation::{ArticleRef, article_refs};
use super::pruned::TwoPhase;
use super::schema::Fields;
use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;

/// Longest query considered, in words; the rest is ignored.
const MAX_WORDS: usize = 12;

/// Field weights: titles and citations far above bodies.
const W_TITLE: f32 = 6.0;
const W_CITATION: f32 = 5.0;
const W_TAGS: f32 = 3.0;
const W_BODY: f32 = 1.0;
const W_PREFIX: f32 = 3.0;
const W_FUZZY_TITLE: f32 = 1.5;
const W_ARTICLE: f32 = 14.0;
const W_ARTICLE_BARE: f32 = 9.0;
const W_ARTICLE_PARENT: f32 = 5.0;

/// One typed word, analysed for every field family.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    /// Lowercased, folded, unstemmed.
    pub folded: String,
    /// English stem(s).
    pub en: Vec<String>,
    /// French stem(s).
    pub fr: Vec<String>,
    /// The word is still being typed: match it as a prefix too.
    pub prefix: bool,
    /// Edits forgiven: set by [`Plan::forgive_typos`] only for words the
    /// index does not know, so exact words never pay for fuzzy matching.
    pub fuzzy: u8,
}

impl Word {
    /// Typo tolerance for this word: 0, 1, or 2 edits.
    pub fn distance(&self) -> u8 {
        match self.folded.chars().count() {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        }
    }
}

/// What the query builder understood from the text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// The words, in order.
    pub words: Vec<Word>,
    /// Article references (`art 3(a)`).
    pub refs: Vec<ArticleRef>,
}

impl Plan {
    /// Turns on typo tolerance for the words `known` says the index lacks
    /// (`known(word)` is true when any field has the word or, for the word
    /// being typed, when some title word starts with it).
    pub fn forgive_typos(&mut self, known: impl Fn(&Word) -> bool) {
        for w in &mut self.words {
            w.fuzzy = if known(w) { 0 } else { w.distance() };
        }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.refs.is_empty()
    }
}

/// Analyses `text`. The last word is a prefix unless the text ends in a space.
pub fn plan(
    text: &str,
    en: &mut TextAnalyzer,
    fr: &mut TextAnalyzer,
    fold: &mut TextAnalyzer,
) -> Plan {
    let refs = article_refs(text);
    let typing = !text.ends_with(char::is_whitespace);
    let folded = analyzers::terms(fold, text);
    let n = folded.len().min(MAX_WORDS);
    let mut words: Vec<Word> = Vec::new();
    for (i, w) in folded.into_iter().take(n).enumerate() {
        if matches!(w.as_str(), "art" | "arts" | "article" | "articles") {
            continue;
        }
        if words.iter().any(|x| x.folded == w) {
            continue;
        }
        words.push(Word {
            en: analyzers::terms(en, &w),
            fr: analyzers::terms(fr, &w),
            prefix: typing && i + 1 == n,
            fuzzy: 0,
            folded: w,
        });
    }
    Plan { words, refs }
}

fn term(field: tantivy::schema::Field, text: &str) -> Term {
    Term::from_field_text(field, text)
}

fn boosted(q: Box<dyn Query>, w: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(q, w))
}

fn exact(field: tantivy::schema::Field, text: &str, w: f32) -> Box<dyn Query> {
    boosted(
        Box::new(TermQuery::new(
            term(field, text),
            IndexRecordOption::WithFreqs,
        )),
        w,
    )
}

fn fuzzy(field: tantivy::schema::Field, text: &str, distance: u8, w: f32) -> Box<dyn Query> {
    boosted(
        Box::new(FuzzyTermQuery::new(term(field, text), distance, true)),
        w,
    )
}

/// The scoring query for a plan (no filters): one flat union of boosted
/// term queries, plus the tag, prefix and typo clauses tantivy cannot prune
/// (see [`TwoPhase`]). Flat, because tantivy prunes with block-max WAND
/// only a union whose every clause is a term scorer; a `BoostQuery` around
/// a `TermQuery` still gives one (the boost goes into its BM25 weight), a
/// nested `BooleanQuery` does not. A sum is a sum: grouping the clauses per
/// word would score the same.
pub fn build(plan: &Plan, f: &Fields) -> Option<Box<dyn Query>> {
    let mut terms: Vec<Box<dyn Query>> = Vec::new();
    let mut extra: Vec<Box<dyn Query>> = Vec::new();
    let mut add = |q: Box<dyn Query>| terms.push(q);
    for word in &plan.words {
        for t in &word.en {
            add(exact(f.title_en, t, W_TITLE));
            add(exact(f.body_en, t, W_BODY));
        }
        for t in &word.fr {
            add(exact(f.title_fr, t, W_TITLE));
            add(exact(f.body_fr, t, W_BODY));
        }
        extra.push(exact(f.tags, &word.folded, W_TAGS));
        add(exact(f.citation, &word.folded, W_CITATION));
        if word.prefix && word.folded.chars().count() >= MIN_NGRAM {
            let gram: String = word.folded.chars().take(MAX_NGRAM).collect();
            extra.push(exact(f.prefix, &gram, W_PREFIX));
        }
        // Typos: titles and tags only; their dictionaries are small, a
        // body's is not, and an automaton walk over it costs milliseconds.
        let d = word.fuzzy;
        if d > 0 {
            for t in word.en.iter().filter(|t| t.chars().count() >= 3) {
                extra.push(fuzzy(f.title_en, t, d, W_FUZZY_TITLE));
            }
            for t in word
                .fr
                .iter()
                .filter(|t| t.chars().count() >= 3 && !word.en.contains(t))
            {
                extra.push(fuzzy(f.title_fr, t, d, W_FUZZY_TITLE));
            }
            extra.push(fuzzy(f.tags, &word.folded, d, W_FUZZY_TITLE));
        }
    }
    // Adjacent words joined, for multi-word instrument names: "loi 1/28" -> "loi128".
    for n in 2..=4 {
        for window in plan.words.windows(n) {
            let joined: String = window.iter().map(|w| w.folded.as_str()).collect();
            add(exact(f.citation, &joined, W_CITATION));
        }
    }
    for r in &plan.refs {
        let terms = r.terms();
        let w = if r.explicit {
            W_ARTICLE
        } else {
            W_ARTICLE_BARE
        };
        match terms.as_slice() {
            [article] => add(exact(f.citation, article, w)),
            [article, paragraph] => {
                add(exact(f.citation, paragraph, w));
                add(exact(f.citation, article, W_ARTICLE_PARENT));
            }
            _ => {}
        }
    }
    (!terms.is_empty() || !extra.is_empty())
        .then(|| Box::new(TwoPhase::new(terms, extra)) as Box<dyn Query>)
}

/// Wraps `scoring` with exact-match filters (kind, language, jurisdiction).
pub fn with_filters(scoring: Box<dyn Query>, filters: Vec<Term>) -> Box<dyn Query> {
    if filters.is_empty() {
        return scoring;
    }
    let mut clauses = vec![(Occur::Must, scoring)];
    for t in filters {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(t, IndexRecordOption::Basic)) as Box<dyn Query>,
        ));
    }
    Box::new(BooleanQuery::new(clauses))
}
