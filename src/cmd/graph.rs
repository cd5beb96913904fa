//! `gazette graph` and `gazette merge`: aggregate, then write nodes.csv,
//! edges.csv, graph.dot and graph.html atomically (or a partial graph).

use std::fs::File;
use std::io::{self, BufReader};
use std::process::ExitCode;

use anyhow::{bail, Context};
use gazette::export::{csv as csv_out, dot, html, partial};
use gazette::graph::{
    EdgeKind, GraphData, GraphOptions, Level, RelationGraph,
};

use super::{
    fold_documents, load_pipeline, prepare_inputs, print_summary, write_atomic,
};
use crate::cli::{ExportArgs, GraphArgs, GraphFormat, LevelArg, MergeArgs};

fn options(args: &ExportArgs) -> anyhow::Result<GraphOptions> {
    let mut kinds = vec![];
    for k in &args.kinds {
        match EdgeKind::parse(k) {
            Some(kind) => kinds.push(kind),
            None => bail!("unknown edge kind `{k}` (expected meeting, cooperation or affiliated_with)"),
        }
    }
    Ok(GraphOptions { min_weight: args.min_weight, kinds })
}

/// Writes the selected outputs of `data` into the output directory.
fn export(data: &GraphData, args: &ExportArgs) -> anyhow::Result<()> {
    let graph = RelationGraph::build(data, &options(args)?);
    let dir = &args.out_dir;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating {}", dir.display()))?;
    if matches!(args.format, GraphFormat::Csv | GraphFormat::All) {
        write_atomic(&dir.join("nodes.csv"), |out| {
            Ok(csv_out::write_nodes(out, &graph)?)
        })?;
        write_atomic(&dir.join("edges.csv"), |out| {
            Ok(csv_out::write_edges(out, &graph)?)
        })?;
    }
    if matches!(args.format, GraphFormat::Dot | GraphFormat::All) {
        write_atomic(&dir.join("graph.dot"), |out| {
            Ok(dot::write_dot(out, &graph)?)
        })?;
    }
    if matches!(args.format, GraphFormat::Html | GraphFormat::All) {
        write_atomic(&dir.join("graph.html"), |out| {
            Ok(html::write_html(out, &graph, &html::HtmlOptions::default())?)
        })?;
    }
    Ok(())
}

pub fn run(args: GraphArgs) -> anyhow::Result<ExitCode> {
    // Validate export flags before reading a corpus.
    options(&args.export)?;
    let pipeline = load_pipeline(&args.input.gazetteers)?;
    let inputs = prepare_inputs(&args.input)?;
    let level = match args.level {
        LevelArg::Entity => Level::Entity,
        LevelArg::Country => Level::Country,
    };
    let (mut data, summary) = fold_documents(
        &args.input,
        inputs,
        || GraphData::new(level),
        |graph, doc| {
            let analysis = pipeline.analyze(&doc.text, doc.date);
            graph.add_document(&doc.name, &doc.text, &analysis);
        },
        |graph, part| graph.merge(&part),
    )?;
    data.stats.bad_inputs += summary.bad_inputs;
    print_summary(args.input.quiet, &data.stats, &summary, true);
    match args.partial.as_deref() {
        Some("-") => {
            let stdout = io::stdout();
            partial::write_partial(stdout.lock(), &data)?;
        }
        Some(path) => {
            write_atomic(path.as_ref(), |out| {
                Ok(partial::write_partial(out, &data)?)
            })?;
        }
        None => export(&data, &args.export)?,
    }
    Ok(if summary.errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

pub fn merge(args: MergeArgs) -> anyhow::Result<ExitCode> {
    options(&args.export)?;
    let mut merged: Option<GraphData> = None;
    for name in &args.parts {
        let parts = if name == "-" {
            partial::read_partials(io::stdin().lock(), "<stdin>")?
        } else {
            let file =
                File::open(name).with_context(|| format!("opening {name}"))?;
            partial::read_partials(BufReader::new(file), name)?
        };
        for part in parts {
            match &mut merged {
                None => merged = Some(part),
                Some(m) if m.level != part.level => {
                    bail!("{name}: partial graphs of different levels ({:?} and {:?})", m.level, part.level)
                }
                Some(m) => m.merge(&part),
            }
        }
    }
    let data = merged.expect("clap requires at least one part");
    export(&data, &args.export)?;
    Ok(ExitCode::SUCCESS)
}
