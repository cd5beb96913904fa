//! The raw floor for `gazette extract`: one Aho-Corasick scan over a corpus
//! with every surface form, no word boundaries, no sentences, no output.
//!
//! ```text
//! gazette gazetteers list > forms.tsv
//! cargo run --release --example ac_floor -- forms.tsv corpus.jsonl
//! ```
//!
//! `forms.tsv` has the header `surface\tkind\tid`; every surface form
//! becomes one pattern of an `AhoCorasick` automaton built with
//! `MatchKind::LeftmostLongest`, with the crate's default automaton choice
//! (the plain `find_iter` a user would write). The
//! corpus file is read into memory, then `find_iter` runs over it 5 times;
//! only the scan is timed. Prints one JSON object:
//! `{"bytes", "matches", "seconds" (median), "mb_per_s" (10^6 bytes/s)}`.
//! Run by hand by `benches/peers.sh`; not part of CI.

use std::time::Instant;

use aho_corasick::{AhoCorasick, MatchKind};

const RUNS: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: ac_floor FORMS.tsv CORPUS");
        std::process::exit(2);
    }
    let forms = std::fs::read_to_string(&args[0])
        .unwrap_or_else(|e| die(&format!("{}: {e}", args[0])));
    let mut lines = forms.lines();
    match lines.next() {
        Some(h) if h.split('\t').next() == Some("surface") => {}
        other => die(&format!(
            "{}: expected header `surface\\tkind\\tid`, got {other:?}",
            args[0]
        )),
    }
    let patterns: Vec<&str> = lines
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').next().unwrap_or(""))
        .filter(|s| !s.is_empty())
        .collect();

    let build = Instant::now();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .unwrap_or_else(|e| die(&format!("building the automaton: {e}")));
    let build_seconds = build.elapsed().as_secs_f64();

    let corpus = std::fs::read(&args[1])
        .unwrap_or_else(|e| die(&format!("{}: {e}", args[1])));

    let mut times = Vec::with_capacity(RUNS);
    let mut matches = 0usize;
    for _ in 0..RUNS {
        let t = Instant::now();
        let n = ac.find_iter(&corpus[..]).count();
        times.push(t.elapsed().as_secs_f64());
        matches = std::hint::black_box(n);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let seconds = times[RUNS / 2];
    let out = serde_json::json!({
        "bytes": corpus.len(),
        "matches": matches,
        "seconds": seconds,
        "mb_per_s": corpus.len() as f64 / 1e6 / seconds,
        "patterns": patterns.len(),
        "automaton": "dfa, leftmost-longest",
        "build_seconds": build_seconds,
        "runs": RUNS,
    });
    println!("{out}");
}

fn die(msg: &str) -> ! {
    eprintln!("ac_floor: {msg}");
    std::process::exit(1);
}
