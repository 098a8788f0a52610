//! `fieldref search` by its output: the best hit first with its snippet,
//! options before or after the query, filters, JSON for scripts, and a
//! clear answer when nothing matches.

mod common;

use common::Sandbox;
use serde_json::Value;

#[test]
fn options_after_the_query_are_options_not_words() {
    let sb = Sandbox::new();
    let out = sb.run(&["search", "harbouring", "--limit", "1"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("law "), "{}", out.stdout);
    assert!(out.stdout.contains("palermo.art3a"), "{}", out.stdout);
    assert!(out.stdout.contains("1 of 7 result(s)"), "{}", out.stdout);
    let before = sb.run(&["search", "--limit", "1", "harbouring"]);
    assert_eq!(before.stdout.lines().next(), out.stdout.lines().next());
}

#[test]
fn json_gives_the_query_the_total_and_each_hit_with_its_highlights() {
    let sb = Sandbox::new();
    let out = sb.run(&[
        "search",
        "trafficking",
        "definition",
        "--json",
        "--limit",
        "3",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).expect("one JSON document");
    assert_eq!(v["query"], "trafficking definition");
    let hits = v["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 3);
    assert_eq!(hits[0]["id"], "palermo.art3a");
    let snippet = hits[0]["snippet"]["text"].as_str().expect("snippet");
    for h in hits[0]["snippet"]["highlights"]
        .as_array()
        .expect("highlights")
    {
        let (s, e) = (
            h["start"].as_u64().unwrap_or(0),
            h["end"].as_u64().unwrap_or(0),
        );
        let word = snippet
            .get(s as usize..e as usize)
            .expect("a range inside the snippet");
        assert!(!word.is_empty());
    }
}

#[test]
fn kind_and_jurisdiction_filter_the_hits() {
    let sb = Sandbox::new();
    let out = sb.run(&["search", "--kind", "glossary", "harbouring", "--json"]);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let hits = v["hits"].as_array().expect("hits");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h["kind"] == "glossary"), "{hits:?}");
    let out = sb.run(&["search", "loi 1/28", "--jurisdiction", "bi", "--json"]);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let hits = v["hits"].as_array().expect("hits");
    assert!(hits.iter().all(|h| h["pack"] == "burundi"), "{hits:?}");
}

#[test]
fn nothing_found_says_so_and_a_bad_kind_is_a_usage_error() {
    let sb = Sandbox::new();
    let out = sb.run(&["search", "zzqqxxyy"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("0 of 0 result(s)"), "{}", out.stdout);
    let bad = sb.run(&["search", "--kind", "lawz", "harbouring"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("lawz"), "{}", bad.stderr);
    // A query that starts with a hyphen goes after `--`.
    let dash = sb.run(&["search", "--", "-harbouring"]);
    assert_eq!(dash.code, 0, "{}", dash.stderr);
}
