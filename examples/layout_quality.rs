//! How good and how fast `gazette::layout` is, on graphs whose shape is
//! known (BENCHMARKS.md §5).
//!
//! ```text
//! cargo run --release --example layout_quality [-- graph.html ...]
//! ```
//!
//! For each graph: the median wall time of 3 layouts and the normalised
//! stress of the result: from 64 source nodes, the mean squared relative
//! error `((s·e - d) / d)²` between each drawn distance `e` and the graph
//! distance `d` (hops) of every reachable node, at the scale `s` that
//! minimises it; lower is better, 0 is a perfect drawing. The graphs:
//! random graphs of 100 to 5,000 nodes (`benches/common`'s `random_graph`: about
//! `2n` edges, hubs), a 50 × 40 grid, 40 clusters of 50 (rings with
//! chords, one edge between consecutive clusters) and a ternary tree of
//! 2,000 nodes; then the report graph of each `graph.html` given (its
//! embedded data: nodes and weighted edges as the page lays them out).
//! Run by hand; not part of CI.

use std::collections::VecDeque;
use std::time::Instant;

use gazette::layout::{layout, LayoutOptions, Point};

// The benches' generated graphs (its corpus and report data are unused here).
#[path = "../benches/common/mod.rs"]
#[allow(dead_code)]
mod common;

use common::random_graph;

type Edges = Vec<(usize, usize, f64)>;

fn main() {
    let mut graphs: Vec<(String, usize, Edges)> = vec![];
    for n in [100, 1_000, 2_000, 5_000] {
        graphs.push((format!("random {n}"), n, random_graph(n)));
    }
    graphs.push(("grid 50x40".into(), 50 * 40, grid(50, 40)));
    graphs.push(("clusters 40x50".into(), 40 * 50, clusters(40, 50)));
    graphs.push((
        "tree 2000".into(),
        2_000,
        (1..2_000).map(|i| ((i - 1) / 3, i, 1.0)).collect(),
    ));
    for path in std::env::args().skip(1) {
        match report_graph(&path) {
            Ok((n, edges)) => graphs.push((path, n, edges)),
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
    }
    println!("| graph | nodes | edges | layout (median of 3) | stress |");
    println!("|---|---:|---:|---:|---:|");
    for (name, n, edges) in &graphs {
        // The canvas the report gives a graph of this size.
        let scale = (*n as f64 / 100.0).sqrt().max(1.0);
        let options = LayoutOptions {
            width: 1000.0 * scale,
            height: 750.0 * scale,
            margin: 40.0 * scale,
            ..LayoutOptions::default()
        };
        let mut times = vec![];
        let mut points = vec![];
        for _ in 0..3 {
            let start = Instant::now();
            points = layout(*n, edges, &options);
            times.push(start.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| {name} | {n} | {} | {:.1} ms | {:.4} |",
            edges.len(),
            times[1] * 1e3,
            stress(*n, edges, &points)
        );
    }
}

/// Normalised stress from 64 evenly spaced sources (see the module docs).
fn stress(n: usize, edges: &Edges, points: &[Point]) -> f64 {
    let mut adjacency = vec![vec![]; n];
    for &(a, b, _) in edges {
        if a != b {
            adjacency[a].push(b);
            adjacency[b].push(a);
        }
    }
    let mut pairs: Vec<(f64, f64)> = vec![];
    for source in (0..n).step_by((n / 64).max(1)) {
        let mut hops = vec![usize::MAX; n];
        hops[source] = 0;
        let mut queue = VecDeque::from([source]);
        while let Some(u) = queue.pop_front() {
            for &v in &adjacency[u] {
                if hops[v] == usize::MAX {
                    hops[v] = hops[u] + 1;
                    queue.push_back(v);
                }
            }
        }
        for (target, &h) in hops.iter().enumerate() {
            if target != source && h != usize::MAX {
                let (p, q) = (points[source], points[target]);
                let drawn = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                pairs.push((drawn, h as f64));
            }
        }
    }
    // The scale minimising sum ((s e - d) / d)².
    let (num, den) = pairs.iter().fold((0.0, 0.0), |(num, den), &(e, d)| {
        (num + e / d, den + (e / d).powi(2))
    });
    let s = num / den;
    pairs.iter().map(|&(e, d)| ((s * e - d) / d).powi(2)).sum::<f64>()
        / pairs.len() as f64
}

fn grid(width: usize, height: usize) -> Edges {
    let mut edges = vec![];
    for y in 0..height {
        for x in 0..width {
            let i = y * width + x;
            if x + 1 < width {
                edges.push((i, i + 1, 1.0));
            }
            if y + 1 < height {
                edges.push((i, i + width, 1.0));
            }
        }
    }
    edges
}

fn clusters(count: usize, size: usize) -> Edges {
    let mut edges = vec![];
    for c in 0..count {
        let base = c * size;
        for i in 0..size {
            edges.push((base + i, base + (i + 1) % size, 1.0));
            edges.push((base + i, base + (i + 3) % size, 2.0));
        }
        if c > 0 {
            edges.push((base, base - size, 1.0));
        }
    }
    edges
}

/// The nodes and weighted edges embedded in a report page
/// (`<script id="gazette-data">`).
fn report_graph(path: &str) -> Result<(usize, Edges), String> {
    let page = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let open = r#"<script id="gazette-data" type="application/json">"#;
    let start = page.find(open).ok_or("no gazette-data script")? + open.len();
    let end = start + page[start..].find("</script>").ok_or("unclosed")?;
    let data: serde_json::Value =
        serde_json::from_str(&page[start..end]).map_err(|e| e.to_string())?;
    let n = data["nodes"].as_array().ok_or("no nodes")?.len();
    let edges = data["edges"]
        .as_array()
        .ok_or("no edges")?
        .iter()
        .map(|e| {
            let end = |k: &str| e[k].as_u64().unwrap_or(0) as usize;
            let weight = e["weight"].as_f64().unwrap_or(1.0);
            (end("source"), end("target"), weight)
        })
        .collect();
    Ok((n, edges))
}
