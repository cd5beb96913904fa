//! Shared bench setup: a deterministic news-like corpus built from the
//! default gazetteers (no files needed).

use gazette::{EntityKind, Gazetteer};

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
