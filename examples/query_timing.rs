//! Times queries on a pack directory with a persistent index cache, so a
//! large synthetic corpus is indexed once and then measured many times:
//! `query_timing PACK_DIR CACHE_DIR [QUERY...]`.
//!
//! Prints, per query, the median and p99 of `SearchIndex::search` (top 20,
//! one snippet: the app's keystroke request; `LIMIT=10 SNIPPETS=10` for
//! what `fieldref search` asks) and the number of items matched. Pair with
//! `gen_corpus` for a 100,000-item pack; `RUNS=N` repetitions.

use fieldref::knowledge::{Knowledge, Lang, LoadOptions};
use fieldref::search::{SearchIndex, SearchRequest};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const DEFAULT_QUERIES: &[&str] = &[
    "harbouring",
    "traff",
    "t",
    "trafficking definition",
    "forced labour",
    "smugling",
    "art 3 palermo",
    "définition de la traite",
];

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(pack), Some(cache)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: query_timing PACK_DIR CACHE_DIR [QUERY...]");
        return std::process::ExitCode::from(2);
    };
    let pack = PathBuf::from(pack);
    let started = Instant::now();
    let index = match SearchIndex::open_or_build(std::path::Path::new(cache), 1, || {
        let loaded = Knowledge::load(&LoadOptions {
            bundled: false,
            extra_dirs: vec![pack.clone()],
            ..Default::default()
        });
        (loaded.knowledge, vec![])
    }) {
        Ok(index) => index,
        Err(e) => {
            eprintln!("query_timing: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    println!(
        "{} docs, {:?} in {:.1} ms",
        index.num_docs(),
        index.origin(),
        started.elapsed().as_secs_f64() * 1e3
    );
    let queries: Vec<String> = if args.len() > 3 {
        args[3..].to_vec()
    } else {
        DEFAULT_QUERIES.iter().map(|q| q.to_string()).collect()
    };
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    for q in &queries {
        let mut req = SearchRequest::new(q.as_str(), Lang::En);
        req.snippets = 1;
        if let Some(limit) = std::env::var("LIMIT").ok().and_then(|n| n.parse().ok()) {
            req.limit = limit;
        }
        if let Some(n) = std::env::var("SNIPPETS").ok().and_then(|n| n.parse().ok()) {
            req.snippets = n;
        }
        let first = index.search(&req);
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                black_box(index.search(&req));
                t.elapsed()
            })
            .collect();
        times.sort();
        let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
        let top: Vec<String> = first
            .hits
            .iter()
            .take(3)
            .map(|h| format!("{} {:.3}", h.id, h.score))
            .collect();
        println!(
            "{q:<26} median {:8.3} ms  p99 {:8.3} ms  total {:6}  top {top:?}",
            at(0.5).as_secs_f64() * 1e3,
            at(0.99).as_secs_f64() * 1e3,
            first.total,
        );
    }
    std::process::ExitCode::SUCCESS
}
