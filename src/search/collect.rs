//! A collector that keeps one hit per item: the best-scoring of its
//! language documents, weighted toward the interface language and by the
//! item kind's prior.
//!
//! Reads only fast fields (`item`, `lang_no`), never the document store,
//! so folding costs a few nanoseconds per matching document.

use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// Score factor for documents not in the preferred language.
pub const OTHER_LANGUAGE_WEIGHT: Score = 0.8;

/// The best document per item: score, address, and item number.
pub type Best = HashMap<u64, (Score, DocAddress)>;

/// Collects the best document per item.
pub struct PerItem {
    /// Preferred language number (`lang_no`), or none to weigh all alike.
    pub prefer: Option<u64>,
}

/// Per-segment state of [`PerItem`].
pub struct PerItemSegment {
    segment: SegmentOrdinal,
    items: Column<u64>,
    langs: Column<u64>,
    priors: Column<u64>,
    prefer: Option<u64>,
    best: Best,
}

impl Collector for PerItem {
    type Fruit = Best;
    type Child = PerItemSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<PerItemSegment> {
        Ok(PerItemSegment {
            segment,
            items: reader.fast_fields().u64("item")?,
            langs: reader.fast_fields().u64("lang_no")?,
            priors: reader.fast_fields().u64("prior")?,
            prefer: self.prefer,
            best: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Best>) -> tantivy::Result<Best> {
        let mut all = Best::new();
        for fruit in fruits {
            for (item, hit) in fruit {
                keep_best(&mut all, item, hit);
            }
        }
        Ok(all)
    }
}

fn keep_best(best: &mut Best, item: u64, hit: (Score, DocAddress)) {
    best.entry(item)
        .and_modify(|b| {
            if hit.0 > b.0 {
                *b = hit;
            }
        })
        .or_insert(hit);
}

impl SegmentCollector for PerItemSegment {
    type Fruit = Best;

    fn collect(&mut self, doc: DocId, score: Score) {
        let Some(item) = self.items.first(doc) else {
            return;
        };
        let weight = match (self.prefer, self.langs.first(doc)) {
            (Some(p), Some(l)) if p != l => OTHER_LANGUAGE_WEIGHT,
            _ => 1.0,
        };
        let prior = self.priors.first(doc).map_or(1.0, |p| p as Score / 1000.0);
        let address = DocAddress::new(self.segment, doc);
        keep_best(&mut self.best, item, (score * weight * prior, address));
    }

    fn harvest(self) -> Best {
        self.best
    }
}

/// The best items, highest score first; ties go to the earlier item.
pub fn ranked(best: Best) -> Vec<(u64, Score, DocAddress)> {
    let mut v: Vec<(u64, Score, DocAddress)> =
        best.into_iter().map(|(i, (s, a))| (i, s, a)).collect();
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}
