//! Search benchmarks: the per-keystroke path (query building, top 20,
//! snippets for the visible hits) on the bundled knowledge and on 10,000
//! and 100,000 synthetic items; index build and open times.
//!
//! Besides criterion's estimates, each corpus prints the median and p99 of
//! the keystroke path over a typing session, since the target is a p99.
//! `FIELDREF_BENCH_SIZES=10000` limits the synthetic sizes.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldref::knowledge::{Knowledge, Lang, LoadOptions};
use fieldref::search::{SearchIndex, SearchRequest};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// What an officer types, keystroke by keystroke, plus whole queries.
fn typing_session() -> Vec<String> {
    let mut out = Vec::new();
    for q in [
        "trafficking definition",
        "smugling",
        "art 3 palermo",
        "définition de la traite",
        "passeport falsifie",
    ] {
        for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
            out.push(q[..end].to_string());
        }
    }
    out
}

/// The app's per-keystroke request: the top 20 hits for the list, the
/// snippet of the selected one for the preview.
fn keystroke(q: &str) -> SearchRequest {
    let mut req = SearchRequest::new(q, Lang::En);
    req.limit = 20;
    req.snippets = 1;
    req
}

fn percentiles(index: &SearchIndex, label: &str) {
    let session = typing_session();
    let mut times: Vec<Duration> = Vec::new();
    let mut slowest: Vec<(Duration, &str)> = Vec::new();
    for _ in 0..20 {
        for q in &session {
            let t = Instant::now();
            black_box(index.search(&keystroke(q)));
            times.push(t.elapsed());
            slowest.push((t.elapsed(), q));
        }
    }
    slowest.sort();
    slowest.dedup_by_key(|s| s.1);
    let worst: Vec<String> = slowest
        .iter()
        .rev()
        .take(4)
        .map(|(d, q)| format!("{q:?} {:.2} ms", d.as_secs_f64() * 1e3))
        .collect();
    println!("slowest {label}: {}", worst.join(", "));
    times.sort();
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "keystroke {label}: {} searches, median {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        times.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
}

fn keystrokes(c: &mut Criterion, index: &SearchIndex, label: &str) {
    percentiles(index, label);
    let mut all = SearchRequest::new("trafficking definition", Lang::En);
    all.snippets = 20;
    c.bench_function(&format!("keystroke/{label}/20 snippets"), |b| {
        b.iter(|| black_box(index.search(&all)))
    });
    let mut g = c.benchmark_group(format!("keystroke/{label}"));
    g.measurement_time(Duration::from_secs(3));
    for q in [
        "t",
        "traff",
        "harbouring",
        "forced labour",
        "trafficking definition",
        "smugling",
        "art 3 palermo",
        "définition de la traite",
    ] {
        g.bench_function(q, |b| b.iter(|| black_box(index.search(&keystroke(q)))));
    }
    g.finish();
}

fn bundled(c: &mut Criterion) {
    let k = Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: vec![],
        ..Default::default()
    })
    .knowledge;
    let index = SearchIndex::in_memory(&k).expect("index");
    keystrokes(c, &index, "bundled");

    let mut g = c.benchmark_group("index/bundled");
    g.sample_size(10);
    g.bench_function("load packs", |b| {
        b.iter(|| {
            black_box(Knowledge::load(&LoadOptions {
                bundled: true,
                extra_dirs: vec![],
                ..Default::default()
            }))
        })
    });
    g.bench_function("build in RAM", |b| {
        b.iter(|| black_box(SearchIndex::in_memory(&k).expect("index")))
    });
    let cache = tempfile::tempdir().expect("tempdir");
    SearchIndex::open_or_build(cache.path(), 1, || (k.clone(), vec![])).expect("build");
    g.bench_function("open cached", |b| {
        b.iter(|| {
            black_box(
                SearchIndex::open_or_build(cache.path(), 1, || unreachable!("cache is warm"))
                    .expect("open"),
            )
        })
    });
    g.finish();
}

fn synthetic(c: &mut Criterion) {
    let sizes: Vec<usize> = std::env::var("FIELDREF_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![10_000, 100_000]);
    for size in sizes {
        let dir = tempfile::tempdir().expect("tempdir");
        corpus::write_pack(dir.path(), size).expect("corpus");
        let t = Instant::now();
        let loaded = Knowledge::load(&LoadOptions {
            bundled: false,
            extra_dirs: vec![dir.path().to_path_buf()],
            ..Default::default()
        });
        let load = t.elapsed();
        assert_eq!(loaded.error_count(), 0, "synthetic pack must be valid");
        let cache = tempfile::tempdir().expect("tempdir");
        let t = Instant::now();
        let built = SearchIndex::open_or_build(cache.path(), 7, || (loaded.knowledge, vec![]))
            .expect("build");
        let build = t.elapsed();
        drop(built);
        let t = Instant::now();
        let index = SearchIndex::open_or_build(cache.path(), 7, || unreachable!("cache is warm"))
            .expect("open");
        let open = t.elapsed();
        println!(
            "synthetic {size}: {} docs; parse packs {:.0} ms, build index {:.0} ms, open cached {:.2} ms",
            index.num_docs(),
            load.as_secs_f64() * 1e3,
            build.as_secs_f64() * 1e3,
            open.as_secs_f64() * 1e3
        );
        keystrokes(c, &index, &format!("{size}"));
    }
}

fn peak_memory(_: &mut Criterion) {
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        for line in status.lines().filter(|l| l.starts_with("VmHWM")) {
            println!(
                "bench process peak memory: {}",
                line.trim_start_matches("VmHWM:").trim()
            );
        }
    }
}

criterion_group!(benches, bundled, synthetic, peak_memory);
criterion_main!(benches);
