//! A union of scoring clauses that lets tantivy skip what cannot reach the
//! top results (block-max WAND), even though some clauses cannot take part.
//!
//! Tantivy prunes a flat union only when every clause is a term query over
//! a field with length norms: a fuzzy query is no term scorer, and for a
//! field indexed without norms (our `tags`, `prefix`) tantivy 0.27 records
//! a block maximum of zero, so WAND would drop its matches. Those clauses
//! are the `extra` ones, and a pruned search runs in two phases:
//!
//! 1. every document an extra clause matches, scored in full (each term
//!    clause seeks to it);
//! 2. block-max WAND over the term clauses alone, from the threshold
//!    phase 1 left.
//!
//! Phase 2 scores a document phase 1 saw without its extra part, so never
//! higher than phase 1 did: it was either offered with its full score
//! already, or its full score was under a threshold that has only risen.
//! The collector keeps the best score per item, so nothing is lost or
//! counted twice. Everything else (scorer, count, explain) is the plain
//! union of all clauses, scored the same.

use std::sync::Arc;
use tantivy::query::{
    BooleanQuery, BooleanWeight, EnableScoring, Explanation, Occur, Query, Scorer, SumCombiner,
    Weight,
};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Term clauses that WAND can prune, and extra clauses that it cannot.
#[derive(Debug)]
pub struct TwoPhase {
    terms: Vec<Box<dyn Query>>,
    extra: Vec<Box<dyn Query>>,
}

impl Clone for TwoPhase {
    fn clone(&self) -> Self {
        TwoPhase {
            terms: self.terms.iter().map(|q| q.box_clone()).collect(),
            extra: self.extra.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

fn should(queries: &[Box<dyn Query>]) -> Vec<(Occur, Box<dyn Query>)> {
    queries
        .iter()
        .map(|q| (Occur::Should, q.box_clone()))
        .collect()
}

impl TwoPhase {
    /// `terms`: boosted term queries on fields with length norms; `extra`:
    /// anything else (scores must not be negative).
    pub fn new(terms: Vec<Box<dyn Query>>, extra: Vec<Box<dyn Query>>) -> TwoPhase {
        TwoPhase { terms, extra }
    }

    fn union(&self) -> BooleanQuery {
        let mut clauses = should(&self.terms);
        clauses.extend(should(&self.extra));
        BooleanQuery::new(clauses)
    }
}

impl Query for TwoPhase {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        if !scoring.is_scoring_enabled() {
            return self.union().weight(scoring);
        }
        // Each clause's weight (its BM25 statistics: dictionary lookups) is
        // built once and shared by the three unions below.
        let shared = |queries: &[Box<dyn Query>]| {
            queries
                .iter()
                .map(|q| Ok(Shared(Arc::from(q.weight(scoring)?))))
                .collect::<tantivy::Result<Vec<Shared>>>()
        };
        let each_term = shared(&self.terms)?;
        let extra = shared(&self.extra)?;
        let all = union(each_term.iter().chain(&extra));
        let terms = (!each_term.is_empty()).then(|| union(&each_term));
        let extra = (!extra.is_empty()).then(|| union(&extra));
        Ok(Box::new(TwoPhaseWeight {
            all,
            terms,
            extra,
            each_term,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for q in self.terms.iter().chain(&self.extra) {
            q.query_terms(visitor);
        }
    }
}

/// A union of weights, scored as `BooleanQuery` scores its should clauses.
fn union<'a>(weights: impl IntoIterator<Item = &'a Shared>) -> Box<dyn Weight> {
    let clauses = weights
        .into_iter()
        .map(|w| (Occur::Should, Box::new(w.clone()) as Box<dyn Weight>))
        .collect();
    Box::new(BooleanWeight::with_minimum_number_should_match(
        clauses,
        1,
        true,
        Box::new(SumCombiner::default),
    ))
}

/// One clause's weight in several unions.
#[derive(Clone)]
struct Shared(Arc<dyn Weight>);

impl Weight for Shared {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.0.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct TwoPhaseWeight {
    /// Every clause in one union: what matches, and how it scores.
    all: Box<dyn Weight>,
    /// The term clauses in one union (phase 2).
    terms: Option<Box<dyn Weight>>,
    /// The extra clauses in one union (phase 1).
    extra: Option<Box<dyn Weight>>,
    /// Each term clause apart (phase 1).
    each_term: Vec<Shared>,
}

impl Weight for TwoPhaseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.all.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.all.explain(reader, doc)
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.all.count(reader)
    }

    fn for_each(
        &self,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score),
    ) -> tantivy::Result<()> {
        self.all.for_each(reader, callback)
    }

    fn for_each_no_score(
        &self,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(&[DocId]),
    ) -> tantivy::Result<()> {
        self.all.for_each_no_score(reader, callback)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let mut threshold = threshold;
        if let Some(extra) = &self.extra {
            // Each term scorer seeks to the extra clauses' documents on its
            // own: a union scorer would refill (and score) whole windows of
            // the term clauses' postings at every seek.
            let mut terms = Vec::with_capacity(self.each_term.len());
            for w in &self.each_term {
                let s = w.scorer(reader, 1.0)?;
                if s.doc() != TERMINATED {
                    terms.push(s);
                }
            }
            let mut matches = extra.scorer(reader, 1.0)?;
            let mut doc = matches.doc();
            while doc != TERMINATED {
                let mut score = matches.score();
                for t in &mut terms {
                    if t.doc() < doc {
                        t.seek(doc);
                    }
                    if t.doc() == doc {
                        score += t.score();
                    }
                }
                if score > threshold {
                    threshold = callback(doc, score);
                }
                doc = matches.advance();
            }
        }
        if let Some(terms) = &self.terms {
            terms.for_each_pruning(threshold, reader, callback)?;
        }
        Ok(())
    }
}
