//! Writes a synthetic pack for benchmarks: `gen_corpus DIR ITEMS`.
//! Used by `benches/startup.sh`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(Ok(items))) = (args.get(1), args.get(2).map(|n| n.parse::<usize>()))
    else {
        eprintln!("usage: gen_corpus DIR ITEMS");
        return std::process::ExitCode::from(2);
    };
    match corpus::write_pack(std::path::Path::new(dir), items) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
