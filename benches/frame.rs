//! Keystroke to finished frame on the bundled knowledge: the key goes
//! through the keymap, `update` (which searches again when the query
//! changed), and a full draw on a 120x40 test terminal.
//!
//! Criterion measures typical keystrokes; then a plain loop types real
//! queries character by character and prints the median, p99 and worst
//! keystroke, since the target is a p99.

use criterion::Criterion;
use fieldref::app::{App, MemoryStore, Settings, Setup};
use fieldref::keymap::key::parse_keys;
use fieldref::keymap::{Key, Keymap};
use fieldref::knowledge::{Knowledge, Lang, LoadOptions};
use fieldref::search::SearchIndex;
use fieldref::tui::Driver;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn driver() -> Driver {
    let loaded = Knowledge::load(&LoadOptions {
        bundled: true,
        extra_dirs: Vec::new(),
        trusted_keys_dir: None,
    });
    let index = SearchIndex::in_memory(&loaded.knowledge).expect("index");
    let setup = Setup {
        lang: Lang::En,
        settings: Settings {
            show_timings: true,
            ..Settings::default()
        },
        ..Setup::default()
    };
    let app = App::new(
        loaded.knowledge,
        index,
        Box::new(MemoryStore::default()),
        setup,
    );
    Driver::new(app, Keymap::bundled("default").expect("keymap"))
}

struct Bench {
    driver: Driver,
    terminal: Terminal<TestBackend>,
}

impl Bench {
    fn new() -> Bench {
        let mut b = Bench {
            driver: driver(),
            terminal: Terminal::new(TestBackend::new(120, 40)).expect("terminal"),
        };
        b.frame(None);
        b
    }

    /// One keystroke and the frame after it.
    fn frame(&mut self, key: Option<Key>) {
        if let Some(k) = key {
            self.driver.press(k);
        }
        let d = &mut self.driver;
        black_box(self.terminal.draw(|f| d.draw(f)).expect("draw"));
    }

    fn keys(&mut self, s: &str) {
        for k in parse_keys(s).expect("keys") {
            self.frame(Some(k));
        }
    }
}

fn key(s: &str) -> Key {
    parse_keys(s).expect("key")[0]
}

fn keystrokes(c: &mut Criterion) {
    let mut g = c.benchmark_group("keystroke_to_frame_120x40");
    let mut b = Bench::new();
    b.keys("harbourin");
    let (type_g, erase) = (key("g"), key("<backspace>"));
    let mut typed = false;
    g.bench_function("type_a_letter_and_search", |bench| {
        bench.iter(|| {
            b.frame(Some(if typed { erase } else { type_g }));
            typed = !typed;
        })
    });
    let (down, up) = (key("<down>"), key("<up>"));
    let mut flip = false;
    g.bench_function("move_in_results_with_preview", |bench| {
        bench.iter(|| {
            b.frame(Some(if flip { up } else { down }));
            flip = !flip;
        })
    });
    let mut b = Bench::new();
    b.keys("opsc<enter>");
    g.bench_function("scroll_a_long_item", |bench| {
        bench.iter(|| {
            b.frame(Some(if flip { up } else { down }));
            flip = !flip;
        })
    });
    g.bench_function("open_and_close_help", |bench| {
        let f1 = key("<f1>");
        bench.iter(|| b.frame(Some(f1)))
    });
    g.finish();
}

/// Types real queries one character at a time and reports percentiles.
fn percentiles() {
    let queries = [
        "harbouring",
        "art 3 palermo",
        "forced labour",
        "traite des personnes",
        "child victim interview",
        "trafiking vs smugling",
        "document fraud",
        "non-punishment",
    ];
    let mut b = Bench::new();
    let mut times: Vec<Duration> = Vec::new();
    for round in 0..25 {
        for q in queries {
            for k in parse_keys(q).expect("keys") {
                let t = Instant::now();
                b.frame(Some(k));
                times.push(t.elapsed());
            }
            let t = Instant::now();
            b.frame(Some(key(if round % 2 == 0 { "<down>" } else { "<enter>" })));
            times.push(t.elapsed());
            b.keys("<esc><ctrl-u>");
        }
    }
    times.sort();
    let at = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    println!(
        "\nkeystroke to frame, 120x40, {} keystrokes typing real queries: median {:?}, p99 {:?}, max {:?}",
        times.len(),
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    keystrokes(&mut c);
    c.final_summary();
    percentiles();
}
