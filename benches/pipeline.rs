//! Criterion benchmarks, one per stage: automaton build versus gazetteer
//! size, tagging throughput, the full analysis plus graph, and the HTML
//! report (its layout at 100 to 5,000 nodes, and the whole page).
//!
//! Run: `cargo bench --bench pipeline`. Figures are in BENCHMARKS.md.

use std::hint::black_box;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, Throughput,
};
use gazette::export::html::{write_html, HtmlOptions};
use gazette::graph::{GraphData, GraphOptions, Level, RelationGraph};
use gazette::layout::{layout, LayoutOptions};
use gazette::text::split_sentences;
use gazette::{Gazetteer, GazetteerBuilder, Pipeline, Tagger};

mod common;

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("gazetteer_defaults", |b| {
        b.iter(|| black_box(Gazetteer::defaults().unwrap()))
    });
    let full = Gazetteer::defaults().unwrap();
    // Automaton build against gazetteer size: the default people alone,
    // and everything.
    let people_only = {
        let mut b = GazetteerBuilder::new();
        b.no_defaults();
        b.build().unwrap()
    };
    for (name, g) in [("empty", &people_only), ("defaults", &full)] {
        group.bench_with_input(
            BenchmarkId::new(
                "automaton",
                format!("{name}/{}", g.surface_forms().len()),
            ),
            g,
            |b, g| b.iter(|| black_box(Tagger::new(g).unwrap())),
        );
    }
    group.bench_function("pipeline_new", |b| {
        b.iter(|| black_box(Pipeline::new(full.clone()).unwrap()))
    });
    group.finish();
}

fn tag(c: &mut Criterion) {
    let gazetteer = Gazetteer::defaults().unwrap();
    let tagger = Tagger::new(&gazetteer).unwrap();
    let text = common::corpus(&gazetteer, 6 << 20);
    let sentences = split_sentences(&text);
    let mut group = c.benchmark_group("tag");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("sentences", |b| {
        b.iter(|| black_box(split_sentences(black_box(&text))))
    });
    group.bench_function("tag_6MB", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            out.clear();
            for s in &sentences {
                tagger.tag(&text, s.span.clone(), &mut out);
            }
            black_box(out.len())
        })
    });
    group.finish();
}

fn full(c: &mut Criterion) {
    let pipeline = Pipeline::new(Gazetteer::defaults().unwrap()).unwrap();
    let text = common::corpus(pipeline.gazetteer(), 6 << 20);
    let docs: Vec<&str> =
        text.split("\n\n").filter(|d| !d.is_empty()).collect();
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("analyze_6MB", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| pipeline.analyze(d, None).relations.len())
                .sum::<usize>()
        })
    });
    group.bench_function("analyze_and_graph_6MB", |b| {
        b.iter(|| {
            let mut graph = GraphData::new(Level::Entity);
            for (i, d) in docs.iter().enumerate() {
                let analysis = pipeline.analyze(d, None);
                graph.add_document(&i.to_string(), d, &analysis);
            }
            black_box(graph.edges.len())
        })
    });
    group.finish();
}

fn report(c: &mut Criterion) {
    let mut group = c.benchmark_group("report");
    group.sample_size(10);
    for n in [100, 1_000, 5_000] {
        let edges = common::random_graph(n);
        let options = LayoutOptions::default();
        group.bench_with_input(
            BenchmarkId::new("layout", format!("{n}n/{}e", edges.len())),
            &edges,
            |b, edges| b.iter(|| black_box(layout(n, edges, &options))),
        );
    }
    let graph = RelationGraph::build(
        &common::report_data(300),
        &GraphOptions::default(),
    );
    group.bench_function(
        format!("write_html/{}n", graph.graph.node_count()),
        |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                write_html(&mut out, &graph, &HtmlOptions::default()).unwrap();
                black_box(out.len())
            })
        },
    );
    group.finish();
}

criterion_group!(benches, build, tag, full, report);
criterion_main!(benches);
