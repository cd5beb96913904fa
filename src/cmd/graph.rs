//! `gazette graph` and `gazette merge`: aggregate, then write the
//! selected outputs (CSV in one of three profiles, DOT, GraphML, GEXF,
//! the HTML report) as one set ([`OutputSet`]), or a partial graph.

use std::fs::File;
use std::io::{self, BufReader};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use gazette::export::csv::{self as csv_out, LineEnding};
use gazette::export::dot::{self, DotOptions};
use gazette::export::{gephi, gexf, graphml, html, neo4j, partial};
use gazette::graph::{GraphData, GraphOptions, Level, RelationGraph};

use super::output::{write_file, OutputSet};
use super::{
    fold_documents, load_pipeline, prepare_inputs, print_summary,
    report_input_errors,
};
use crate::cli::{
    CsvProfile, ExportArgs, GraphArgs, GraphFormat, LevelArg, MergeArgs,
};

fn options(args: &ExportArgs) -> GraphOptions {
    GraphOptions { min_weight: args.min_weight, kinds: args.kinds.clone() }
}

/// Whether `--format` selects `format`.
fn wants(args: &ExportArgs, format: GraphFormat) -> bool {
    args.format.iter().any(|f| *f == format || *f == GraphFormat::All)
}

/// Writes the selected outputs of `data` into the set: one call per
/// output file.
fn export(
    data: &mut GraphData,
    args: &ExportArgs,
    set: &mut OutputSet,
) -> anyhow::Result<()> {
    let graph = RelationGraph::build_taking(data, &options(args));
    let ending = if args.crlf { LineEnding::Crlf } else { LineEnding::Lf };
    if wants(args, GraphFormat::Csv) {
        match args.profile {
            CsvProfile::Plain => {
                set.file("nodes.csv", |out| {
                    Ok(csv_out::write_nodes(out, &graph, ending)?)
                })?;
                set.file("edges.csv", |out| {
                    Ok(csv_out::write_edges(out, &graph, ending)?)
                })?;
            }
            CsvProfile::Neo4j => {
                set.file("nodes.csv", |out| {
                    Ok(neo4j::write_nodes(out, &graph, ending)?)
                })?;
                set.file("relationships.csv", |out| {
                    Ok(neo4j::write_relationships(out, &graph, ending)?)
                })?;
            }
            CsvProfile::Gephi => {
                set.file("nodes.csv", |out| {
                    Ok(gephi::write_nodes(out, &graph, ending)?)
                })?;
                set.file("edges.csv", |out| {
                    Ok(gephi::write_edges(out, &graph, ending)?)
                })?;
            }
        }
    }
    if wants(args, GraphFormat::Dot) {
        let options = DotOptions { edge_labels: args.dot_labels };
        set.file("graph.dot", |out| {
            Ok(dot::write_dot(out, &graph, &options)?)
        })?;
    }
    if wants(args, GraphFormat::Graphml) {
        set.file("graph.graphml", |out| {
            Ok(graphml::write_graphml(out, &graph)?)
        })?;
    }
    if wants(args, GraphFormat::Gexf) {
        set.file("graph.gexf", |out| Ok(gexf::write_gexf(out, &graph)?))?;
    }
    if wants(args, GraphFormat::Html) {
        set.file("graph.html", |out| {
            Ok(html::write_html(out, &graph, &html::HtmlOptions::default())?)
        })?;
    }
    // The process ends next (as for the aggregate in `run`): freeing the
    // graph's evidence one allocation at a time would only delay the exit.
    std::mem::forget(graph);
    Ok(())
}

/// Exports `data` into `set` and moves the files in; an error says that
/// the previous outputs were kept. The graph takes `data`'s evidence
/// ([`RelationGraph::build_taking`]).
fn export_set(
    data: &mut GraphData,
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
    let pipeline =
        load_pipeline(&args.input.gazetteers, &args.input.relations)?;
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
        |graph, docs| {
            let texts: Vec<(&str, _)> =
                docs.iter().map(|d| (d.text.as_str(), d.date)).collect();
            pipeline.analyze_many(&texts, |i, analysis| {
                let doc = &docs[i];
                graph.add_document(&doc.name, &doc.text, &analysis);
            });
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
            export_set(&mut data, &args.export, set)?;
            report_input_errors(
                &summary,
                &format!("the outputs in {dir} were written"),
            );
        }
    }
    // The process ends next: freeing the graph's many small allocations
    // one by one would only delay the exit (about 2% of a run), and so
    // would freeing the pipeline's tables and the caches its regexes grew
    // (1%).
    std::mem::forget(data);
    std::mem::forget(pipeline);
    Ok(if summary.errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Why `merge` skips an input, if it does: a Spark/Hadoop `_SUCCESS`
/// marker or an empty file (an empty partition's output).
fn skip_reason(path: &Path) -> anyhow::Result<Option<&'static str>> {
    if path.file_name().is_some_and(|n| n == "_SUCCESS") {
        return Ok(Some("a job's _SUCCESS marker, not a partial graph"));
    }
    let meta = std::fs::metadata(path)
        .with_context(|| format!("opening {}", path.display()))?;
    Ok((meta.is_file() && meta.len() == 0).then_some("empty file"))
}

pub fn merge(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let set = OutputSet::begin(&args.export.out_dir)?;
    let merged = (|| -> anyhow::Result<GraphData> {
        let mut merged: Option<GraphData> = None;
        let mut seen = partial::SeenPartials::default();
        let (mut files, mut skipped, mut partials) = (0_u64, 0_u64, 0_u64);
        for name in &args.parts {
            if name != "-" {
                if let Some(reason) = skip_reason(Path::new(name))? {
                    eprintln!("gazette: warning: {name}: skipped: {reason}");
                    skipped += 1;
                    continue;
                }
            }
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
            files += 1;
            for part in parts {
                partials += 1;
                match &mut merged {
                    None => merged = Some(part),
                    Some(m) if m.level != part.level => {
                        bail!("{name}: partial graphs of different levels ({:?} and {:?})", m.level, part.level)
                    }
                    Some(m) => m.merge(&part),
                }
            }
        }
        let Some(data) = merged else {
            bail!("no partial graph to merge: every input was skipped");
        };
        if !args.quiet {
            let s = &data.stats;
            eprintln!(
                "gazette: merged {partials} partial graphs from {files} files ({skipped} skipped): {} documents, {} relations{}, {} bad inputs skipped",
                s.documents, s.relations, super::events(s), s.bad_inputs
            );
        }
        Ok(data)
    })();
    let mut data = merged.with_context(|| no_outputs(set.dir()))?;
    export_set(&mut data, &args.export, set)?;
    Ok(ExitCode::SUCCESS)
}
