//! `cargo run --release -p supplyscreen-cli --bin bench_decode [-- static/lists.bundle]`
//!
//! Times the native decode of the list bundle (checksum + postcard), the first thing the app's worker
//! does. Prints the best and median of several runs, so the figure is stable on a busy machine.

use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "static/lists.bundle".into());
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "bench_decode: cannot read {path}: {e}; build it with `supplyscreen build-lists`"
            );
            std::process::exit(1);
        }
    };
    let runs = 15;
    let mut times = Vec::with_capacity(runs);
    let mut entities = 0;
    for _ in 0..runs {
        let t = Instant::now();
        match supplyscreen_engine::bundle::decode(&bytes) {
            Ok(set) => entities = set.entities.len(),
            Err(e) => {
                eprintln!("bench_decode: {path}: {e}");
                std::process::exit(1);
            }
        }
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "decode {path}: {} bytes, {entities} entities: best {:.1} ms, median {:.1} ms over {runs} runs",
        bytes.len(),
        times[0],
        times[runs / 2]
    );
}
