//! Search behaviour a user would notice: filters, one hit per item,
//! highlights, hostile input, and an index cache that never stops a search.

mod common;
use fieldref::knowledge::{Kind, Knowledge, Lang, LoadOptions};
use fieldref::search::{IndexOrigin, SearchIndex, SearchRequest};
use proptest::prelude::*;
use std::sync::OnceLock;

fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(|| {
        Knowledge::load(&LoadOptions {
            bundled: true,
            extra_dirs: vec![],
            ..Default::default()
        })
        .knowledge
    })
}

fn index() -> &'static SearchIndex {
    static I: OnceLock<SearchIndex> = OnceLock::new();
    I.get_or_init(|| SearchIndex::in_memory(knowledge()).expect("index"))
}

fn search(text: &str) -> fieldref::search::SearchResults {
    index().search(&SearchRequest::new(text, Lang::En))
}

fn ids(text: &str) -> Vec<String> {
    search(text).hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn article_references_put_the_provision_first() {
    assert_eq!(ids("art 3 palermo")[0], "palermo.art3a");
    assert_eq!(ids("art. 3(b) palermo")[0], "palermo.art3b");
    assert_eq!(ids("3c palermo")[0], "palermo.art3c");
    assert_eq!(ids("smuggling protocol article 5")[0], "smuggling.art5");
}

#[test]
fn typos_and_missing_accents_still_find_the_item() {
    assert_eq!(
        ids("trafiking vs smugling")[0],
        "guide.trafficking-vs-smuggling"
    );
    assert!(ids("definition de la traite")[..3].contains(&"palermo.art3a".to_string()));
    assert!(
        ids("forsed labour")[..3]
            .iter()
            .any(|id| id.starts_with("ilo."))
    );
}

#[test]
fn the_last_word_is_a_prefix_while_typing() {
    assert!(ids("harbour").contains(&"palermo.art3a".to_string()));
    assert!(ids("smugg").iter().any(|id| id.starts_with("smuggling.")));
    // A trailing space means the word is complete: still found exactly.
    assert!(ids("harbouring ").contains(&"palermo.art3a".to_string()));
}

#[test]
fn one_hit_per_item_in_both_languages_ranked_toward_the_interface() {
    let hits = search("traite").hits;
    let mut seen = std::collections::HashSet::new();
    assert!(
        hits.iter().all(|h| seen.insert(h.id.clone())),
        "duplicate items in {hits:?}"
    );
    let fr = index()
        .search(&SearchRequest::new("definition", Lang::Fr))
        .hits;
    assert_eq!(
        fr[0].lang,
        Lang::Fr,
        "French interface shows the French text first"
    );
}

#[test]
fn filters_by_kind_language_and_jurisdiction() {
    let mut req = SearchRequest::new("victim", Lang::En);
    req.kind = Some(Kind::Procedure);
    let hits = index().search(&req).hits;
    assert!(!hits.is_empty() && hits.iter().all(|h| h.kind == Kind::Procedure));
    let mut req = SearchRequest::new("traite", Lang::En);
    req.lang = Some(Lang::Fr);
    assert!(index().search(&req).hits.iter().all(|h| h.lang == Lang::Fr));
    let mut req = SearchRequest::new("traite", Lang::En);
    req.jurisdiction = Some("bi".into());
    let hits = index().search(&req).hits;
    assert!(!hits.is_empty() && hits.iter().all(|h| h.pack == "burundi"));
}

#[test]
fn snippets_highlight_the_matched_words() {
    let hit = search("harbouring")
        .hits
        .into_iter()
        .find(|h| h.id == "palermo.art3a")
        .expect("hit");
    assert!(!hit.snippet.highlights.is_empty());
    for r in &hit.snippet.highlights {
        let word = &hit.snippet.text[r.clone()];
        assert!(
            word.to_lowercase().starts_with("harbour"),
            "highlighted {word:?}"
        );
    }
    // Highlights come from what fuzzy terms expanded to, too.
    let hit = search("smugling").hits.into_iter().next().expect("hit");
    assert!(hit.snippet.highlights.iter().any(|r| {
        hit.snippet.text[r.clone()]
            .to_lowercase()
            .starts_with("smuggl")
    }));
}

#[test]
fn empty_and_punctuation_queries_answer_nothing() {
    for q in ["", "   ", "!!!", "\"", ":", "*", "((", "?!.,;"] {
        let r = search(q);
        assert!(r.hits.is_empty() && r.total == 0, "{q:?} gave {:?}", r.hits);
    }
}

#[test]
fn hostile_input_never_panics() {
    let long = "trafficking ".repeat(100);
    for q in [
        "\"unbalanced",
        "title:victim",
        "art. (",
        "👩‍👧 traite",
        "الاتجار بالبشر",
        "\u{1b}[2J",
        "a\u{0}b",
        long.as_str(),
        "x".repeat(1000).as_str(),
    ] {
        let r = search(q);
        assert!(r.hits.len() <= 20);
    }
}

proptest! {
    #![proptest_config(common::proptest_config(200))]
    #[test]
    fn any_string_gives_results_or_none(q in "\\PC{0,80}") {
        let r = search(&q);
        prop_assert!(r.hits.len() <= 20);
        for h in &r.hits {
            for range in &h.snippet.highlights {
                prop_assert!(range.end <= h.snippet.text.len());
                prop_assert!(h.snippet.text.is_char_boundary(range.start) && h.snippet.text.is_char_boundary(range.end));
            }
        }
    }
}

fn build(root: &std::path::Path) -> SearchIndex {
    SearchIndex::open_or_build(root, 42, || (knowledge().clone(), vec![])).expect("index")
}

#[test]
fn cache_is_built_once_then_opened() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(build(dir.path()).origin(), &IndexOrigin::Built);
    let again = build(dir.path());
    assert_eq!(again.origin(), &IndexOrigin::Cached);
    assert_eq!(
        again
            .search(&SearchRequest::new("harbouring", Lang::En))
            .hits[0]
            .id,
        "palermo.art3a"
    );
}

#[test]
fn a_corrupt_cache_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    build(dir.path());
    let key = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .find(|e| e.path().is_dir())
        .unwrap()
        .path();
    // Truncate every index file, keep the ready marker: opening must fail and rebuild.
    for f in std::fs::read_dir(&key).unwrap().flatten() {
        if f.file_name() != "fieldref-index-ready" {
            std::fs::write(f.path(), b"garbage").unwrap();
        }
    }
    let index = build(dir.path());
    assert_eq!(index.origin(), &IndexOrigin::Built);
    assert!(
        !index
            .search(&SearchRequest::new("smuggling", Lang::En))
            .hits
            .is_empty()
    );
}

#[test]
fn an_unwritable_cache_falls_back_to_memory() {
    let dir = tempfile::tempdir().unwrap();
    let blocked = dir.path().join("not-a-dir");
    std::fs::write(&blocked, b"a file where the cache directory should be").unwrap();
    let index = build(&blocked);
    assert!(matches!(index.origin(), IndexOrigin::Memory(_)));
    assert!(
        !index
            .search(&SearchRequest::new("smuggling", Lang::En))
            .hits
            .is_empty()
    );
}

#[test]
fn two_builders_at_once_both_get_a_working_index() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let root = root.clone();
            std::thread::spawn(move || {
                let index = build(&root);
                index
                    .search(&SearchRequest::new("harbouring", Lang::En))
                    .hits[0]
                    .id
                    .clone()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), "palermo.art3a");
    }
}

#[path = "../benches/support/corpus.rs"]
mod corpus;

/// The top hits skip what cannot reach them (block-max WAND), and must be
/// exactly what scoring every match gives, with the same item count. A
/// synthetic pack, so postings span many blocks.
#[test]
fn pruned_top_hits_equal_scoring_every_match() {
    let dir = tempfile::tempdir().expect("tempdir");
    corpus::write_pack(dir.path(), 1500).expect("corpus");
    let loaded = Knowledge::load(&LoadOptions {
        bundled: false,
        extra_dirs: vec![dir.path().to_path_buf()],
        ..Default::default()
    });
    assert_eq!(loaded.error_count(), 0);
    let index = SearchIndex::in_memory(&loaded.knowledge).expect("index");
    let top = |text: &str, prefer: Lang, limit: usize, prune: bool| {
        let mut req = SearchRequest::new(text, prefer);
        req.limit = limit;
        req.snippets = 0;
        req.prune = Some(prune);
        let r = index.search(&req);
        let hits: Vec<(String, f32)> = r.hits.into_iter().map(|h| (h.id, h.score)).collect();
        (hits, r.total)
    };
    for text in [
        "harbouring",
        "harbouring ",
        "tr",
        "traff",
        "forced labour",
        "smugling",
        "art 3 palermo",
        "définition de la traite",
        "trafficking definition victim",
    ] {
        for prefer in [Lang::En, Lang::Fr] {
            for limit in [1, 5, 20, 300] {
                let (all, total) = top(text, prefer, limit, false);
                let (pruned, pruned_total) = top(text, prefer, limit, true);
                assert_eq!(pruned.len(), all.len(), "{text:?} {prefer:?} top {limit}");
                // The same scores, up to the order in which clause scores
                // were added; so the same items, except that near-ties may
                // swap places or cross the cut.
                let close = |x: f32, y: f32| (x - y).abs() <= 1e-4 * y.abs().max(1.0);
                for (p, a) in pruned.iter().zip(&all) {
                    assert!(close(p.1, a.1), "{text:?} top {limit}: {p:?} vs {a:?}");
                }
                let cut = all.last().map_or(0.0, |a| a.1);
                let clear = |hits: &[(String, f32)]| {
                    let mut ids: Vec<String> = hits
                        .iter()
                        .filter(|h| !close(h.1, cut))
                        .map(|h| h.0.clone())
                        .collect();
                    ids.sort();
                    ids
                };
                assert_eq!(
                    clear(&pruned),
                    clear(&all),
                    "{text:?} {prefer:?} top {limit}"
                );
                assert_eq!(pruned_total, total, "{text:?} total");
            }
        }
    }
}
