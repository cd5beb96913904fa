//! `merge`'s partial parser on any input, then merging, building and
//! writing the graph: errors are fine, panics are not.
#![no_main]

use gazette::export::{csv, dot, partial};
use gazette::{GraphOptions, RelationGraph};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(parts) = partial::read_partials(data, "fuzz") else { return };
    let mut parts = parts.into_iter();
    let Some(mut merged) = parts.next() else { return };
    for part in parts {
        if part.level == merged.level {
            merged.merge(&part);
        }
    }
    let graph = RelationGraph::build(&merged, &GraphOptions::default());
    csv::write_nodes(Vec::new(), &graph).expect("nodes");
    csv::write_edges(Vec::new(), &graph).expect("edges");
    dot::write_dot(Vec::new(), &graph).expect("dot");
    let mut out = Vec::new();
    partial::write_partial(&mut out, &merged).expect("partial");
});
