//! Command-line flags (clap derive). Help text comes from the doc comments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use gazette::graph::EdgeKind;

/// Turn news text into a graph of who met whom and who cooperates with whom.
#[derive(Parser, Debug)]
#[command(name = "gazette", version, about, long_about = None)]
pub struct Cli {
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Tag people, roles, countries, places and organisations; CSV of
    /// mentions to stdout.
    Extract(ExtractArgs),
    /// Extract MEETING and COOPERATION relations; CSV to stdout.
    Relations(ExtractArgs),
    /// Build the relation graph; write nodes.csv, edges.csv, graph.dot and
    /// graph.html (or GraphML, GEXF, Neo4j or Gephi CSV: see --format,
    /// --profile).
    Graph(GraphArgs),
    /// Merge partial graphs written by `graph --partial`.
    Merge(MergeArgs),
    /// Inspect the gazetteers.
    #[command(subcommand)]
    Gazetteers(GazetteersCommand),
    /// Score the pipeline against a gold JSONL file.
    Eval(EvalArgs),
}

/// Gazetteer selection, shared by every subcommand.
#[derive(Args, Debug, Clone)]
pub struct GazetteerArgs {
    /// Add gazetteer files from DIR (repeatable; later ones override
    /// entries by id).
    #[arg(long = "gazetteers", value_name = "DIR")]
    pub gazetteers: Vec<PathBuf>,
    /// Start from no gazetteers instead of the embedded defaults.
    #[arg(long)]
    pub no_default_gazetteers: bool,
}

/// Relation-stage settings, shared by every subcommand that runs it
/// (`extract` accepts them too, with `relations`, and ignores them).
#[derive(Args, Debug, Clone)]
pub struct RelationArgs {
    /// A frame with more parties than N (a pact signed by twenty
    /// countries) is one multilateral event, written as one row per party
    /// with an event id in relations.csv and as an event node with
    /// PARTICIPATED_IN edges in the graph, instead of every pair (at
    /// least 2; `eval` scores pairs only, so an event adds none).
    #[arg(
        long,
        value_name = "N",
        default_value_t = gazette::relations::DEFAULT_MAX_PARTIES,
        value_parser = parse_max_parties,
    )]
    pub max_parties: usize,
}

/// `--max-parties`: a whole number, at least 2.
fn parse_max_parties(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 2 => Ok(n),
        Ok(_) => Err("must be at least 2".to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Format of stdin.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// One document.
    Text,
    /// One JSON document per line.
    Jsonl,
}

/// Inputs and how to read them.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files, directories (searched for *.txt, *.jsonl, *.ndjson, *.gz), or
    /// `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Read every input (files, files found in directories, stdin) as this
    /// format. By default a file's format follows its extension
    /// (`.jsonl`/`.ndjson` JSONL, anything else text) and stdin is text.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// JSONL field with the document id.
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// JSONL field with the text.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// JSONL field with the date (YYYY-MM-DD), used when the text has no
    /// dateline.
    #[arg(long, default_value = "date")]
    pub date_field: String,
    /// Make every skipped input fatal: a bad or over-long JSONL line, a
    /// binary or UTF-16 file.
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    pub threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub gazetteers: GazetteerArgs,
    #[command(flatten)]
    pub relations: RelationArgs,
}

/// `extract` and `relations`.
#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write to FILE instead of stdout (a regular file is replaced
    /// atomically; a device or FIFO is written to; `-` is stdout).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// extract only: add the columns `role` (a person's title in its
    /// phrase) and `flags` (`discovered`, `short_form`,
    /// `stands_for_country`, `in_phrase`, `;`-separated).
    #[arg(long)]
    pub details: bool,
    /// End CSV lines with CRLF (strict RFC 4180) instead of LF.
    #[arg(long)]
    pub crlf: bool,
}

/// Output formats of `graph` and `merge`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    /// nodes.csv and edges.csv (relationships.csv with --profile neo4j).
    Csv,
    /// graph.dot (Graphviz).
    Dot,
    /// graph.graphml.
    Graphml,
    /// graph.gexf (GEXF 1.3).
    Gexf,
    /// graph.html, a self-contained report (laid out by gazette).
    Html,
    /// Every format.
    All,
}

/// Headers and files of the CSV format.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvProfile {
    /// gazette's own columns (nodes.csv, edges.csv).
    Plain,
    /// neo4j-admin database import headers (nodes.csv,
    /// relationships.csv).
    Neo4j,
    /// Gephi spreadsheet import columns (nodes.csv, edges.csv).
    Gephi,
}

/// Graph granularity.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelArg {
    /// People, countries, organisations, places.
    Entity,
    /// Everything rolled up into countries.
    Country,
}

/// Export options shared by `graph` and `merge`.
#[derive(Args, Debug, Clone)]
pub struct ExportArgs {
    /// Output directory.
    #[arg(long, default_value = "output", value_name = "DIR")]
    pub out_dir: PathBuf,
    /// What to write (comma-separated: csv, dot, graphml, gexf, html,
    /// all).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "csv,dot,html"
    )]
    pub format: Vec<GraphFormat>,
    /// Column names and files of the CSV format.
    #[arg(long, value_enum, default_value = "plain")]
    pub profile: CsvProfile,
    /// End CSV lines with CRLF (strict RFC 4180) instead of LF.
    #[arg(long)]
    pub crlf: bool,
    /// Write a text label on every DOT edge (off by default: labels
    /// overlap in large drawings).
    #[arg(long)]
    pub dot_labels: bool,
    /// Drop relation edges supported by fewer sentences.
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub min_weight: u64,
    /// Edge kinds to keep (meeting, cooperation, affiliated_with,
    /// participated_in).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "meeting,cooperation,affiliated_with,participated_in",
        value_parser = edge_kind
    )]
    pub kinds: Vec<EdgeKind>,
}

/// Parses one `--kinds` value (a usage error, exit 2, when unknown).
fn edge_kind(s: &str) -> Result<EdgeKind, String> {
    EdgeKind::parse(s).ok_or_else(|| {
        format!(
            "unknown edge kind `{s}` (expected meeting, cooperation, \
             affiliated_with or participated_in)"
        )
    })
}

/// `graph`.
#[derive(Args, Debug)]
pub struct GraphArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub export: ExportArgs,
    /// Node granularity.
    #[arg(long, value_enum, default_value = "entity")]
    pub level: LevelArg,
    /// Write a mergeable partial graph to FILE (`-` for stdout) instead of
    /// the final outputs.
    #[arg(long, value_name = "FILE")]
    pub partial: Option<String>,
}

/// `merge`.
#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Partial graph files (one or more partials per file, one per line),
    /// or `-` for stdin.
    #[arg(required = true, value_name = "PART")]
    pub parts: Vec<String>,
    #[command(flatten)]
    pub export: ExportArgs,
    /// No summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// `gazetteers` subcommands.
#[derive(Subcommand, Debug)]
pub enum GazetteersCommand {
    /// Print every surface form the tagger matches: surface, kind, id.
    List {
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
    /// Validate the gazetteers (plus DIR, if given) and print counts.
    Check {
        /// A directory to validate on top of the others.
        dir: Option<PathBuf>,
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
}

/// Report format of `eval`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// A table.
    Text,
    /// JSON for scripts.
    Json,
}

/// `eval`.
#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold JSONL file.
    pub gold: PathBuf,
    /// Compare at entity or country level.
    #[arg(long, value_enum, default_value = "entity")]
    pub level: LevelArg,
    /// List every false positive and false negative.
    #[arg(long)]
    pub errors: bool,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
    /// Exit with status 1 when relation micro F1 is below this.
    #[arg(long, value_name = "F1")]
    pub min_f1: Option<f64>,
    #[command(flatten)]
    pub gazetteers: GazetteerArgs,
    #[command(flatten)]
    pub relations: RelationArgs,
}
