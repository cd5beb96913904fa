//! `gazette graph` and `gazette merge`: aggregate, then write the
//! selected outputs (CSV in one of three profiles, DOT, GraphML, GEXF,
//! the HTML report) atomically, or a partial graph.

use std::fs::File;
use std::io::{self, BufReader};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use gazette::export::csv::{self as csv_out, LineEnding};
use gazette::export::dot::{self, DotOptions};
use gazette::export::{gephi, gexf, graphml, html, neo4j, partial};
use gazette::graph::{
    EdgeKind, GraphData, GraphOptions, Level, RelationGraph,
};

use super::{
    fold_documents, load_pipeline, prepare_inputs, print_summary, write_atomic,
};
use crate::cli::{
    CsvProfile, ExportArgs, GraphArgs, GraphFormat, LevelArg, MergeArgs,
};

fn options(args: &ExportArgs) -> anyhow::Result<GraphOptions> {
    let mut kinds = vec![];
    for k in &args.kinds {
        match EdgeKind::parse(k) {
            Some(kind) => kinds.push(kind),
            None => bail!("unknown edge kind `{k}` (expected meeting, cooperation, affiliated_with or participated_in)"),
        }
    }
    Ok(GraphOptions { min_weight: args.min_weight, kinds })
}

/// Whether `--format` selects `format`.
fn wants(args: &ExportArgs, format: GraphFormat) -> bool {
    args.format.iter().any(|f| *f == format || *f == GraphFormat::All)
}

/// Writes the selected outputs of `data` into the output directory, one
/// writer call per file.
fn export(data: &GraphData, args: &ExportArgs) -> anyhow::Result<()> {
    let graph = RelationGraph::build(data, &options(args)?);
    let dir = &args.out_dir;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("creating {}", dir.display()))?;
    let ending = if args.crlf { LineEnding::Crlf } else { LineEnding::Lf };
    if wants(args, GraphFormat::Csv) {
        match args.profile {
            CsvProfile::Plain => {
                write_atomic(&dir.join("nodes.csv"), |out| {
                    Ok(csv_out::write_nodes(out, &graph, ending)?)
                })?;
                write_atomic(&dir.join("edges.csv"), |out| {
                    Ok(csv_out::write_edges(out, &graph, ending)?)
                })?;
            }
            CsvProfile::Neo4j => {
                write_atomic(&dir.join("nodes.csv"), |out| {
                    Ok(neo4j::write_nodes(out, &graph, ending)?)
                })?;
                write_atomic(&dir.join("relationships.csv"), |out| {
                    Ok(neo4j::write_relationships(out, &graph, ending)?)
                })?;
            }
            CsvProfile::Gephi => {
                write_atomic(&dir.join("nodes.csv"), |out| {
                    Ok(gephi::write_nodes(out, &graph, ending)?)
                })?;
                write_atomic(&dir.join("edges.csv"), |out| {
                    Ok(gephi::write_edges(out, &graph, ending)?)
                })?;
            }
        }
    }
    if wants(args, GraphFormat::Dot) {
        let options = DotOptions { edge_labels: args.dot_labels };
        write_atomic(&dir.join("graph.dot"), |out| {
            Ok(dot::write_dot(out, &graph, &options)?)
        })?;
    }
    if wants(args, GraphFormat::Graphml) {
        write_atomic(&dir.join("graph.graphml"), |out| {
            Ok(graphml::write_graphml(out, &graph)?)
        })?;
    }
    if wants(args, GraphFormat::Gexf) {
        write_atomic(&dir.join("graph.gexf"), |out| {
            Ok(gexf::write_gexf(out, &graph)?)
        })?;
    }
    if wants(args, GraphFormat::Html) {
        write_atomic(&dir.join("graph.html"), |out| {
            Ok(html::write_html(out, &graph, &html::HtmlOptions::default())?)
        })?;
    }
    Ok(())
}

pub fn run(args: GraphArgs) -> anyhow::Result<ExitCode> {
    // Validate export flags before reading a corpus.
    options(&args.export)?;
    let pipeline =
        load_pipeline(&args.input.gazetteers, &args.input.relations)?;
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
    options(&args.export)?;
    let mut merged: Option<GraphData> = None;
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
            partial::read_partials(io::stdin().lock(), "<stdin>")?
        } else {
            let file =
                File::open(name).with_context(|| format!("opening {name}"))?;
            partial::read_partials(BufReader::new(file), name)?
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
    export(&data, &args.export)?;
    Ok(ExitCode::SUCCESS)
}
