//! Search relevance on the bundled knowledge: the queries in
//! `tests/relevance.toml` must put an expected item in the top three.
//! Prints success@3 and mean reciprocal rank; fails below success@3 = 0.90.

use fieldref::knowledge::{Knowledge, Lang, LoadOptions};
use fieldref::search::{SearchIndex, SearchRequest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Set {
    query: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    expect: Vec<String>,
    /// Interface language the officer uses (default en).
    #[serde(default)]
    lang: Option<String>,
}

#[test]
fn relevance_set_meets_success_at_3() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/relevance.toml");
    let text = std::fs::read_to_string(path).expect("tests/relevance.toml");
    let set: Set = toml::from_str(&text).expect("valid relevance.toml");
    assert!(
        set.query.len() >= 40,
        "the relevance set needs at least 40 queries, has {}",
        set.query.len()
    );

    let loaded = Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: vec![],
        ..Default::default()
    });
    assert_eq!(loaded.error_count(), 0, "bundled packs must load cleanly");
    for case in &set.query {
        for id in &case.expect {
            assert!(
                loaded.knowledge.get(id).is_some(),
                "relevance.toml expects unknown id {id}"
            );
        }
    }
    let index = SearchIndex::in_memory(&loaded.knowledge).expect("index");

    let mut hits_at_3 = 0usize;
    let mut reciprocal = 0f64;
    let mut misses = Vec::new();
    for case in &set.query {
        let prefer = case
            .lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::En);
        let mut req = SearchRequest::new(case.text.clone(), prefer);
        req.limit = 10;
        let results = index.search(&req);
        let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        let rank = ids
            .iter()
            .position(|id| case.expect.iter().any(|e| e == id));
        if let Some(r) = rank {
            reciprocal += 1.0 / (r as f64 + 1.0);
        }
        if rank.is_some_and(|r| r < 3) {
            hits_at_3 += 1;
        } else {
            misses.push(format!(
                "  {:?}: expected {:?}, got {:?}",
                case.text,
                case.expect,
                &ids[..ids.len().min(3)]
            ));
        }
    }
    let n = set.query.len() as f64;
    let success = hits_at_3 as f64 / n;
    let mrr = reciprocal / n;
    println!(
        "relevance: {} queries, success@3 = {success:.3}, MRR = {mrr:.3}",
        set.query.len()
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(
        success >= 0.90,
        "success@3 {success:.3} below 0.90; misses:\n{}",
        misses.join("\n")
    );
}
