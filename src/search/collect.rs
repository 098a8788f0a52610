//! A collector that keeps the best items, one hit per item: the
//! best-scoring of its language documents, weighted toward the interface
//! language and by the item kind's prior.
//!
//! It lets tantivy prune: only the top `limit` items are kept, and the
//! weighted score of the weakest of them, divided by the largest weight any
//! document can get, is handed back as the threshold below which a
//! document cannot matter. A flat union of term queries then skips whole
//! blocks of postings (block-max WAND) instead of scoring every match.
//! Items matched are counted in a second, unscored pass (see [`count`]).
//!
//! Reads only fast fields (`item`, `lang_no`, `prior`), never the document
//! store.

use super::schema::MAX_PRIOR;
use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

/// Score factor for documents not in the preferred language.
pub const OTHER_LANGUAGE_WEIGHT: Score = 0.8;

/// The largest factor a document's score is multiplied by: the highest
/// kind prior, in the preferred language.
const MAX_WEIGHT: Score = MAX_PRIOR as Score / 1000.0;

/// One item's best document: item number, weighted score, address.
pub type ItemHit = (u64, Score, DocAddress);

/// Below this many documents, scoring every match costs less than
/// pruning, whose two phases and separate count pass have a fixed price
/// (bundled knowledge: `smugling` 175 us exhaustive, 300 us pruned).
pub const PRUNE_FROM: u64 = 20_000;

/// Collects the best `limit` items.
pub struct TopItems {
    /// Preferred language number (`lang_no`), or none to weigh all alike.
    pub prefer: Option<u64>,
    /// How many items to keep.
    pub limit: usize,
    /// Skip what cannot reach the top (else score every match).
    pub prune: bool,
}

/// Per-segment state of [`TopItems`].
pub struct TopItemsSegment {
    segment: SegmentOrdinal,
    items: Column<u64>,
    langs: Column<u64>,
    priors: Column<u64>,
    prefer: Option<u64>,
    top: Top,
}

impl Collector for TopItems {
    type Fruit = Vec<ItemHit>;
    type Child = TopItemsSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<TopItemsSegment> {
        Ok(TopItemsSegment {
            segment,
            items: reader.fast_fields().u64("item")?,
            langs: reader.fast_fields().u64("lang_no")?,
            priors: reader.fast_fields().u64("prior")?,
            prefer: self.prefer,
            top: Top::new(self.limit),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    /// Drives the query's pruning loop instead of visiting every match
    /// (unless `prune` is off).
    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<ItemHit>> {
        let mut child = self.for_segment(segment, reader)?;
        if self.limit == 0 {
            return Ok(Vec::new());
        }
        let alive = reader.alive_bitset();
        if !self.prune {
            weight.for_each(reader, &mut |doc, score| {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    child.collect(doc, score);
                }
            })?;
            return Ok(child.harvest());
        }
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                child.collect(doc, score);
            }
            child.threshold()
        })?;
        Ok(child.harvest())
    }

    /// Each segment keeps its own top items; an item's score is its best
    /// over all segments, and any item in the overall top is in the top of
    /// the segment holding its best document.
    fn merge_fruits(&self, fruits: Vec<Vec<ItemHit>>) -> tantivy::Result<Vec<ItemHit>> {
        let mut top = Top::new(self.limit);
        for (item, score, addr) in fruits.into_iter().flatten() {
            top.offer(item, score, addr);
        }
        Ok(top.ranked())
    }
}

impl TopItemsSegment {
    /// A raw score at or below this cannot enter the top items, whatever
    /// its language and kind weigh (a little lower, for rounding).
    fn threshold(&self) -> Score {
        match self.top.floor() {
            Some(floor) => floor / MAX_WEIGHT * 0.9999,
            None => Score::MIN,
        }
    }
}

impl SegmentCollector for TopItemsSegment {
    type Fruit = Vec<ItemHit>;

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
        self.top.offer(item, score * weight * prior, address);
    }

    fn harvest(self) -> Vec<ItemHit> {
        self.top.ranked()
    }
}

/// Above this many hits a request is not a page of results but an export
/// (`--limit 100000`): keep every item instead of a sorted top.
const MAX_SORTED: usize = 256;

/// The best `limit` items seen so far, one entry per item. An item pushed
/// out never needs to be remembered: it can only come back with a
/// document scoring above the new floor, so above its old best too.
enum Top {
    /// A short list kept sorted, best first.
    Sorted { limit: usize, hits: Vec<ItemHit> },
    /// Every item's best, for large limits; no pruning.
    All {
        limit: usize,
        best: HashMap<u64, (Score, DocAddress)>,
    },
}

/// True when `a` ranks before `b`: higher score, then the earlier item.
fn before(a: &ItemHit, b: &ItemHit) -> bool {
    a.1 > b.1 || (a.1 == b.1 && a.0 < b.0)
}

impl Top {
    fn new(limit: usize) -> Top {
        if limit <= MAX_SORTED {
            Top::Sorted {
                limit,
                hits: Vec::with_capacity(limit + 1),
            }
        } else {
            Top::All {
                limit,
                best: HashMap::new(),
            }
        }
    }

    /// The weakest kept score once `limit` items are kept.
    fn floor(&self) -> Option<Score> {
        match self {
            Top::Sorted { limit, hits } if hits.len() >= *limit => hits.last().map(|h| h.1),
            _ => None,
        }
    }

    fn offer(&mut self, item: u64, score: Score, addr: DocAddress) {
        let hit = (item, score, addr);
        match self {
            Top::Sorted { limit, hits } => {
                if let Some(i) = hits.iter().position(|h| h.0 == item) {
                    if !before(&hit, &hits[i]) {
                        return;
                    }
                    hits.remove(i);
                } else if hits.len() >= *limit && hits.last().is_none_or(|w| !before(&hit, w)) {
                    return;
                }
                let at = hits.partition_point(|h| before(h, &hit));
                hits.insert(at, hit);
                hits.truncate(*limit);
            }
            Top::All { best, .. } => {
                best.entry(item)
                    .and_modify(|b| {
                        if score > b.0 {
                            *b = (score, addr);
                        }
                    })
                    .or_insert((score, addr));
            }
        }
    }

    /// Highest score first; ties go to the earlier item.
    fn ranked(self) -> Vec<ItemHit> {
        match self {
            Top::Sorted { hits, .. } => hits,
            Top::All { limit, best } => {
                let mut v: Vec<ItemHit> = best.into_iter().map(|(i, (s, a))| (i, s, a)).collect();
                v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                v.truncate(limit);
                v
            }
        }
    }
}

/// The best `limit` items for `query` and how many items it matches. A
/// small index is scored in full, items counted on the way; a large one is
/// pruned to the top items (`prune`) and counted apart. Errors give no hits.
pub fn top_items(
    searcher: &Searcher,
    query: &dyn Query,
    prefer: u64,
    limit: usize,
    prune: bool,
) -> (Vec<ItemHit>, usize) {
    let collector = TopItems {
        prefer: Some(prefer),
        limit: if prune { limit } else { usize::MAX },
        prune,
    };
    let mut best = searcher.search(query, &collector).unwrap_or_default();
    let total = match prune {
        true => query
            .weight(EnableScoring::disabled_from_searcher(searcher))
            .and_then(|w| count(w.as_ref(), searcher.segment_readers()))
            .unwrap_or(best.len()),
        false => best.len(),
    };
    best.truncate(limit);
    (best, total)
}

/// How many distinct items `weight` matches. Build it with scoring
/// disabled: no score is computed and no frequency decoded.
pub fn count(weight: &dyn Weight, readers: &[SegmentReader]) -> tantivy::Result<usize> {
    let mut columns: Vec<Column<u64>> = Vec::with_capacity(readers.len());
    for reader in readers {
        columns.push(reader.fast_fields().u64("item")?);
    }
    let bound = columns.iter().map(|c| c.max_value()).max().unwrap_or(0) as usize + 1;
    let mut seen = vec![0u64; bound.div_ceil(64)];
    let mut items: Vec<Option<u64>> = Vec::new();
    for (reader, column) in readers.iter().zip(&columns) {
        let alive = reader.alive_bitset();
        weight.for_each_no_score(reader, &mut |docs| {
            items.clear();
            items.resize(docs.len(), None);
            column.first_vals(docs, &mut items);
            for (doc, item) in docs.iter().zip(&items) {
                if let Some(item) = item
                    && alive.is_none_or(|a| a.is_alive(*doc))
                    && let Some(word) = seen.get_mut((item / 64) as usize)
                {
                    *word |= 1 << (item % 64);
                }
            }
        })?;
    }
    Ok(seen.iter().map(|w| w.count_ones() as usize).sum())
}
