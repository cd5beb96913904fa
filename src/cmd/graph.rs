//! `gazette graph` and `gazette merge`: aggregate, then write nodes.csv,
//! edges.csv and graph.dot as one set ([`OutputSet`]), or a partial graph.

use std::fs::File;
use std::io::{self, BufReader};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use gazette::export::{csv as csv_out, dot, partial};
use gazette::graph::{GraphData, GraphOptions, Level, RelationGraph};

use super::output::{write_file, OutputSet};
use super::{
    fold_documents, load_pipeline, prepare_inputs, print_summary,
    report_input_errors,
};
use crate::cli::{ExportArgs, GraphArgs, GraphFormat, LevelArg, MergeArgs};

fn options(args: &ExportArgs) -> GraphOptions {
    GraphOptions { min_weight: args.min_weight, kinds: args.kinds.clone() }
}

/// Writes the selected outputs of `data` into the set: one call per
/// output file.
fn export(
    data: &GraphData,
    args: &ExportArgs,
    set: &mut OutputSet,
) -> anyhow::Result<()> {
    let graph = RelationGraph::build(data, &options(args));
    let csv = matches!(args.format, GraphFormat::Csv | GraphFormat::All);
    let dot = matches!(args.format, GraphFormat::Dot | GraphFormat::All);
    if csv {
        set.file("nodes.csv", |out| Ok(csv_out::write_nodes(out, &graph)?))?;
    }
    if csv {
        set.file("edges.csv", |out| Ok(csv_out::write_edges(out, &graph)?))?;
    }
    if dot {
        set.file("graph.dot", |out| Ok(dot::write_dot(out, &graph)?))?;
    }
    Ok(())
}

/// Exports `data` into `set` and moves the files in; an error says that
/// the previous outputs were kept.
fn export_set(
    data: &GraphData,
    args: &ExportArgs,
    mut set: OutputSet,
) -> anyhow::Result<()> {
    let dir = set.dir().to_path_buf();
    export(data, args, &mut set)
        .and_then(|_| set.commit())
        .with_context(|| no_outputs(&dir))
}

fn no_outputs(dir: &Path) -> String {
    format!("no outputs written to {}", dir.display())
}

/// Where `graph` writes.
enum Sink {
    Set(OutputSet),
    Partial(String),
}

pub fn run(args: GraphArgs) -> anyhow::Result<ExitCode> {
    let pipeline = load_pipeline(&args.input.gazetteers)?;
    let inputs = prepare_inputs(&args.input)?;
    // The output directory is checked (and locked) before the corpus is
    // read.
    let sink = match args.partial {
        Some(path) => Sink::Partial(path),
        None => Sink::Set(OutputSet::begin(&args.export.out_dir)?),
    };
    let level = match args.level {
        LevelArg::Entity => Level::Entity,
        LevelArg::Country => Level::Country,
    };
    let folded = fold_documents(
        &args.input,
        inputs,
        || GraphData::new(level),
        |graph, doc| {
            let analysis = pipeline.analyze(&doc.text, doc.date);
            graph.add_document(&doc.name, &analysis);
        },
        |graph, part| graph.merge(&part),
    );
    let (mut data, summary) = match (folded, &sink) {
        (Ok(folded), _) => folded,
        (Err(e), Sink::Set(set)) => {
            return Err(e.context(no_outputs(set.dir())))
        }
        (Err(e), Sink::Partial(path)) if path != "-" => {
            return Err(e.context(format!("no output written to {path}")))
        }
        (Err(e), Sink::Partial(_)) => return Err(e),
    };
    data.stats.bad_inputs += summary.bad_inputs;
    print_summary(args.input.quiet, &data.stats, &summary, true);
    match sink {
        Sink::Partial(path) => {
            write_file(Path::new(&path), |out| {
                Ok(partial::write_partial(out, &data)?)
            })?;
            let written = match path.as_str() {
                "-" => "the partial graph was written".to_string(),
                _ => format!("{path} was written"),
            };
            report_input_errors(&summary, &written);
        }
        Sink::Set(set) => {
            let dir = set.dir().display().to_string();
            export_set(&data, &args.export, set)?;
            report_input_errors(
                &summary,
                &format!("the outputs in {dir} were written"),
            );
        }
    }
    Ok(if summary.errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

pub fn merge(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let set = OutputSet::begin(&args.export.out_dir)?;
    let merged = (|| -> anyhow::Result<GraphData> {
        let mut merged: Option<GraphData> = None;
        let mut seen = partial::SeenPartials::default();
        for name in &args.parts {
            let parts = if name == "-" {
                partial::read_partials_checked(
                    io::stdin().lock(),
                    "<stdin>",
                    &mut seen,
                )?
            } else {
                let file = File::open(name)
                    .with_context(|| format!("opening {name}"))?;
                partial::read_partials_checked(
                    BufReader::new(file),
                    name,
                    &mut seen,
                )?
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
        Ok(merged.expect("clap requires at least one part"))
    })();
    let data = merged.with_context(|| no_outputs(set.dir()))?;
    export_set(&data, &args.export, set)?;
    Ok(ExitCode::SUCCESS)
}
