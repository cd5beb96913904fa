//! `Pipeline::analyze` on any text, then every writer and the graph: no
//! panic, and the invariants of the analysis hold.
//!
//! The first byte picks how the rest becomes text, so that the shapes
//! that broke gazette before (issue 12) are reached at sizes mutation
//! alone would not build:
//! - 0..=127: the rest, as (lossy) UTF-8;
//! - 128..=191: a long unpunctuated run: the rest (a pattern, the first two
//!   bytes a repeat count) repeated up to 64 KB;
//! - 192..=255: a long coordinated list: each byte of the rest names a
//!   country and a separator (`, `, ` and `, `; `), between "Leaders of "
//!   and a closing " met in Geneva." or nothing.
#![no_main]

use std::sync::OnceLock;

use gazette::export::csv::{self, LineEnding};
use gazette::export::dot::{self, DotOptions};
use gazette::export::{gephi, gexf, graphml, html, neo4j};
use gazette::{
    Gazetteer, GraphData, GraphOptions, Level, Pipeline, RelationGraph,
};
use libfuzzer_sys::fuzz_target;

// `text_of` and the names and separators it draws from; shared with
// `tests/reliability.rs`, which replays the findings.
include!("../analyze_text.rs");

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::new(Gazetteer::defaults().expect("defaults"))
            .expect("pipeline")
    })
}

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let doc = pipeline().analyze(&text, None);
    let mut last = 0;
    for s in &doc.sentences {
        assert!(s.span.start >= last && s.span.start < s.span.end);
        assert!(text[last..s.span.start].trim().is_empty());
        assert!(s.span.len() <= gazette::text::sentences::MAX_SENTENCE_BYTES);
        last = s.span.end;
    }
    // Mentions are in text order, inside their sentence, never overlapping
    // (finding 3 of RELIABILITY.md, a duplicate, is fixed).
    let mut end = 0;
    for m in &doc.resolved.mentions {
        let s = &doc.sentences[m.sentence];
        assert!(s.span.start <= m.span.start && m.span.end <= s.span.end);
        assert!(m.span.start >= end);
        end = m.span.end;
    }
    for r in &doc.relations {
        assert!(r.sentence < doc.sentences.len());
        assert_ne!(doc.actor_id(&r.source), doc.actor_id(&r.target));
    }
    for e in &doc.events {
        assert!(e.sentence < doc.sentences.len());
        // More parties than --max-parties (12 by default), each once.
        assert!(e.parties.len() > 12, "{e:?}");
        let mut ids: Vec<&str> =
            e.parties.iter().map(|p| doc.actor_id(p)).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), e.parties.len(), "{e:?}");
    }
    let mut w = csv::writer(Vec::new(), LineEnding::Lf);
    csv::write_mentions_with(&mut w, "d", &text, &doc, true).expect("csv");
    let mut w = csv::writer(Vec::new(), LineEnding::Lf);
    csv::write_relations(&mut w, "d", &text, &doc).expect("csv");
    for level in [Level::Entity, Level::Country] {
        let mut data = GraphData::new(level);
        data.add_document("d", &text, &doc);
        let graph = RelationGraph::build(&data, &GraphOptions::default());
        write_all(&graph);
    }
});

/// Every graph writer (the HTML report with a short layout).
fn write_all(graph: &RelationGraph) {
    let lf = LineEnding::Lf;
    csv::write_nodes(Vec::new(), graph, lf).expect("nodes");
    csv::write_edges(Vec::new(), graph, lf).expect("edges");
    neo4j::write_nodes(Vec::new(), graph, lf).expect("neo4j nodes");
    neo4j::write_relationships(Vec::new(), graph, lf).expect("neo4j rels");
    gephi::write_nodes(Vec::new(), graph, lf).expect("gephi nodes");
    gephi::write_edges(Vec::new(), graph, lf).expect("gephi edges");
    dot::write_dot(Vec::new(), graph, &DotOptions { edge_labels: true })
        .expect("dot");
    graphml::write_graphml(Vec::new(), graph).expect("graphml");
    gexf::write_gexf(Vec::new(), graph).expect("gexf");
    let options = html::HtmlOptions {
        iterations: 5,
        ..html::HtmlOptions::default()
    };
    html::write_html(Vec::new(), graph, &options).expect("html");
}
