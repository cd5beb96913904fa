//! `merge`'s partial parser on any input, then merging, building and
//! writing the graph: errors are fine, panics are not.
#![no_main]

use gazette::export::csv::{self, LineEnding};
use gazette::export::dot::{self, DotOptions};
use gazette::export::{gephi, gexf, graphml, html, neo4j, partial};
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
    let lf = LineEnding::Lf;
    csv::write_nodes(Vec::new(), &graph, lf).expect("nodes");
    csv::write_edges(Vec::new(), &graph, lf).expect("edges");
    neo4j::write_nodes(Vec::new(), &graph, lf).expect("neo4j nodes");
    neo4j::write_relationships(Vec::new(), &graph, lf).expect("neo4j rels");
    gephi::write_nodes(Vec::new(), &graph, lf).expect("gephi nodes");
    gephi::write_edges(Vec::new(), &graph, lf).expect("gephi edges");
    dot::write_dot(Vec::new(), &graph, &DotOptions { edge_labels: true })
        .expect("dot");
    graphml::write_graphml(Vec::new(), &graph).expect("graphml");
    gexf::write_gexf(Vec::new(), &graph).expect("gexf");
    let options =
        html::HtmlOptions { iterations: 5, ..html::HtmlOptions::default() };
    html::write_html(Vec::new(), &graph, &options).expect("html");
    let mut out = Vec::new();
    partial::write_partial(&mut out, &merged).expect("partial");
});
