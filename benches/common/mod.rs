//! Shared bench setup: a deterministic news-like corpus built from the
//! default gazetteers (no files needed), and generated graphs for the
//! layout and the HTML report.

use gazette::graph::{EdgeData, EdgeKind, GraphData, NodeData};
use gazette::{EntityKind, Gazetteer, Level};

/// A tiny deterministic generator (64-bit LCG), so the corpus is the same
/// on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.next() as usize % items.len()]
    }
}

const FILLER: &[&str] = &[
    "The central bank left interest rates unchanged, citing stubborn inflation in services.",
    "Heavy rain flooded several districts overnight, and schools stayed closed on Monday.",
    "Analysts said the figures pointed to a slow recovery in manufacturing over the summer.",
    "The home side scored twice in the second half to win the derby in front of a full stadium.",
    "Shares in technology companies fell after a disappointing set of quarterly results.",
    "Officials said the new rail line would cut travel times between the two regions by half.",
    "The festival drew record crowds despite the heat, organisers said in a statement.",
];

/// About `bytes` of news-like articles separated by blank lines.
pub fn corpus(gazetteer: &Gazetteer, bytes: usize) -> String {
    let names = |kind: EntityKind| -> Vec<String> {
        gazetteer
            .entities()
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.clone())
            .collect()
    };
    let people = names(EntityKind::Person);
    let countries = names(EntityKind::Country);
    let places = names(EntityKind::Place);
    let mut rng = Lcg(42);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        let (a, b) =
            (rng.pick(&people).to_string(), rng.pick(&people).to_string());
        let (c, d) = (
            rng.pick(&countries).to_string(),
            rng.pick(&countries).to_string(),
        );
        let place = rng.pick(&places).to_string();
        out.push_str(&format!("{place}, March {} —\n", 1 + rng.next() % 28));
        out.push_str(&format!("{a} met {b} in {place} on Tuesday. "));
        out.push_str(&format!(
            "Both sides vowed to deepen {c}-{d} cooperation. "
        ));
        for _ in 0..6 {
            out.push_str(FILLER[rng.next() as usize % FILLER.len()]);
            out.push(' ');
        }
        out.push_str(&format!("{a} did not meet officials from {d}.\n\n"));
    }
    out
}

/// A connected random graph of `n` nodes with about `2n` edges: node `i`
/// links to two earlier nodes, one of them picked in proportion to degree
/// (so there are hubs, as around countries in news); weights 1 to 5.
pub fn random_graph(n: usize) -> Vec<(usize, usize, f64)> {
    let mut rng = Lcg(7);
    let mut edges = vec![];
    // Every edge end, so that a uniform pick is a pick by degree.
    let mut ends: Vec<usize> = vec![];
    for i in 1..n {
        let uniform = rng.next() as usize % i;
        let mut targets = vec![uniform];
        if !ends.is_empty() {
            let by_degree = ends[rng.next() as usize % ends.len()];
            if by_degree != uniform {
                targets.push(by_degree);
            }
        }
        for t in targets {
            edges.push((t, i, 1.0 + (rng.next() % 5) as f64));
            ends.extend([t, i]);
        }
    }
    edges
}

/// [`random_graph`] as aggregated graph data: people, countries, places
/// and organisations; meetings and cooperation, some planned, with dates
/// and three evidence sentences each.
pub fn report_data(n: usize) -> GraphData {
    const KINDS: [&str; 4] = ["person", "country", "place", "organisation"];
    let mut data = GraphData::new(Level::Entity);
    let id = |i: usize| format!("node-{i:05}");
    for i in 0..n {
        data.nodes.insert(
            id(i),
            NodeData {
                label: format!("Node {i}"),
                kind: KINDS[i % 4].to_string(),
                mentions: 1 + i as u64 % 7,
                ..NodeData::default()
            },
        );
    }
    for (k, (a, b, w)) in random_graph(n).into_iter().enumerate() {
        let kind =
            if k % 3 == 0 { EdgeKind::Meeting } else { EdgeKind::Cooperation };
        let (a, b) = (id(a.min(b)), id(a.max(b)));
        let weight = w as u64;
        let evidence: Vec<(String, u32)> =
            (0..3).map(|s| (format!("doc-{k}"), s)).collect();
        let texts = (0..3)
            .map(|s| {
                format!(
                    "Sentence {s} of document {k}: Node {a} met Node {b} in \
                     the capital on Tuesday, and both sides vowed to deepen \
                     their cooperation."
                )
                .into()
            })
            .collect();
        data.edges.insert(
            (kind, a, b),
            EdgeData {
                weight,
                planned: u64::from(k % 10 == 0) * weight,
                first_date: Some(format!("2025-{:02}-01", 1 + k % 12)),
                last_date: Some(format!("2025-{:02}-28", 1 + k % 12)),
                evidence,
                evidence_texts: texts,
            },
        );
    }
    data
}
