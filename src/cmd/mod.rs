//! Subcommands (one file each) and what they share: gazetteer loading,
//! the parallel, streaming document driver, and output files
//! ([`output`]).

use std::io::{self, IsTerminal};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use gazette::input::{
    self, Document, DocumentReader, InputError, InputOptions, Item,
};
use gazette::{Gazetteer, GazetteerBuilder, Pipeline};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::cli::{
    Command, GazetteerArgs, InputArgs, InputFormat, RelationArgs,
};

mod eval;
mod extract;
mod gazetteers;
mod graph;
pub mod output;

/// Runs one subcommand.
pub fn run(cli: crate::cli::Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract::run(args, extract::Mode::Mentions),
        Command::Relations(args) => {
            extract::run(args, extract::Mode::Relations)
        }
        Command::Graph(args) => graph::run(args),
        Command::Merge(args) => graph::merge(args),
        Command::Gazetteers(args) => gazetteers::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

/// Loads the gazetteers the flags select. Errors name the file (and the
/// line and column of a bad row).
pub fn load_gazetteer(
    args: &GazetteerArgs,
    extra: Option<&Path>,
) -> anyhow::Result<Gazetteer> {
    let mut builder = GazetteerBuilder::new();
    if args.no_default_gazetteers {
        builder.no_defaults();
    }
    for dir in args.gazetteers.iter().map(PathBuf::as_path).chain(extra) {
        builder.add_dir(dir).context("loading gazetteers")?;
    }
    let gazetteer = builder.build().context("loading gazetteers")?;
    Ok(gazetteer)
}

/// Prints the gazetteers' warnings (a misnamed file such as
/// `peoples.tsv` that was skipped, a surface form moved between
/// entities), so a run does not silently ignore a user's file.
pub fn print_gazetteer_warnings(gazetteer: &Gazetteer) {
    for w in gazetteer.warnings() {
        eprintln!("gazette: warning: {w}");
    }
}

/// Builds the pipeline the flags select (printing the gazetteers'
/// warnings).
pub fn load_pipeline(
    args: &GazetteerArgs,
    relations: &RelationArgs,
) -> anyhow::Result<Pipeline> {
    let gazetteer = load_gazetteer(args, None)?;
    print_gazetteer_warnings(&gazetteer);
    let mut pipeline =
        Pipeline::new(gazetteer).context("loading gazetteers")?;
    pipeline.set_max_parties(relations.max_parties);
    Ok(pipeline)
}

/// What a corpus run counted, for the summary line.
#[derive(Default, Debug)]
pub struct RunSummary {
    pub documents: u64,
    pub bad_inputs: u64,
    pub errors: u64,
}

/// Inputs checked and expanded before any output is written.
pub struct Inputs {
    sources: Vec<input::Source>,
    options: InputOptions,
}

/// Expands the inputs (directories, stdin); a missing file is an error
/// here, before any output. Directory entries left out (a dangling
/// symbolic link) are warned about here.
pub fn prepare_inputs(args: &InputArgs) -> anyhow::Result<Inputs> {
    let options = InputOptions {
        format: args.input_format.map(|f| match f {
            InputFormat::Text => input::Format::Text,
            InputFormat::Jsonl => input::Format::Jsonl,
        }),
        id_field: args.id_field.clone(),
        text_field: args.text_field.clone(),
        date_field: args.date_field.clone(),
        strict: args.strict,
        max_document_bytes: input::MAX_DOCUMENT_BYTES,
    };
    let expanded = input::expand_inputs(&args.inputs, &options)?;
    for w in &expanded.warnings {
        eprintln!("gazette: warning: {w}");
    }
    Ok(Inputs { sources: expanded.sources, options })
}

/// Documents per batch handed to the workers, and bytes per batch.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: u64 = 8 << 20;

/// Full batches the reader may have waiting for the workers. With the
/// batch it is filling and the one being analysed, the reader is at most
/// `BATCHES_AHEAD + 2` batches, each under `BATCH_BYTES` plus one document
/// ([`input::MAX_DOCUMENT_BYTES`]), ahead of the output: memory does not
/// grow with the corpus.
const BATCHES_AHEAD: usize = 2;

enum Batch {
    Items(Vec<Item>),
    Error(InputError),
}

/// Streams every document of `args.inputs` through `map` on a thread pool,
/// then hands the results to `sink` in input order, so output does not
/// depend on the thread count.
pub fn for_each_document<T: Send>(
    args: &InputArgs,
    inputs: Inputs,
    map: impl Fn(&Document) -> T + Sync,
    mut sink: impl FnMut(&Document, T) -> anyhow::Result<()>,
) -> anyhow::Result<RunSummary> {
    run_batches(args, inputs, |pool, items| {
        let results: Vec<Option<T>> = pool.install(|| {
            items
                .par_iter()
                .map(|item| match item {
                    Item::Doc(d) => Some(map(d)),
                    _ => None,
                })
                .collect()
        });
        for (item, result) in items.iter().zip(results) {
            if let (Item::Doc(d), Some(r)) = (item, result) {
                sink(d, r)?;
            }
        }
        Ok(())
    })
}

/// Folds every document into one value: each worker of the pool folds the
/// documents it takes, over the whole run, into its own accumulator (no
/// value is built, merged or dropped per batch), and the workers' values
/// are merged at the end. `merge` must be associative and commutative, and
/// `add` independent of how documents are split among accumulators (as
/// [`gazette::GraphData`]'s are), so the result does not depend on the
/// thread count or on which worker took which document. Memory: one
/// accumulator per worker.
///
/// `add` takes the documents of a batch a few at a time (at most
/// [`CHUNK_BYTES`] of text, or one document; with one worker, the whole
/// batch), so that it can run each stage over all of them before the next
/// ([`gazette::Pipeline::analyze_many`]).
pub fn fold_documents<A: Send>(
    args: &InputArgs,
    inputs: Inputs,
    init: impl Fn() -> A + Sync + Send,
    add: impl Fn(&mut A, &[&Document]) + Sync + Send,
    merge: impl Fn(&mut A, A) + Sync + Send,
) -> anyhow::Result<(A, RunSummary)> {
    let mut workers: Vec<Mutex<Option<A>>> = vec![];
    let summary = run_batches(args, inputs, |pool, items| {
        if workers.is_empty() {
            workers = (0..pool.current_num_threads())
                .map(|_| Mutex::new(None))
                .collect();
        }
        let docs: Vec<&Document> = items
            .iter()
            .filter_map(|item| match item {
                Item::Doc(d) => Some(d),
                _ => None,
            })
            .collect();
        // One worker gains nothing from small chunks: each stage then runs
        // over the whole batch before the next.
        let max_bytes = if pool.current_num_threads() == 1 {
            usize::MAX
        } else {
            CHUNK_BYTES
        };
        let chunks = chunk_bounds(&docs, max_bytes);
        pool.install(|| {
            chunks.par_iter().for_each(|range| {
                let docs = &docs[range.clone()];
                // Each worker locks only its own accumulator: never
                // contended.
                let worker = rayon::current_thread_index().unwrap_or(0);
                let mut acc = workers[worker % workers.len()]
                    .lock()
                    .unwrap_or_else(|e| e.into_inner());
                add(acc.get_or_insert_with(&init), docs);
            })
        });
        Ok(())
    })?;
    let mut total: Option<A> = None;
    for worker in workers {
        let part = worker.into_inner().unwrap_or_else(|e| e.into_inner());
        match (&mut total, part) {
            (Some(total), Some(part)) => merge(total, part),
            (None, part) => total = part,
            (Some(_), None) => {}
        }
    }
    Ok((total.unwrap_or_else(init), summary))
}

/// Text per chunk of documents [`fold_documents`] hands to `add`: a few
/// dozen news articles, whose analyses before the relation stage are held
/// together.
const CHUNK_BYTES: usize = 256 << 10;

/// Splits `docs` into consecutive runs of at most `max_bytes` of text
/// each (a longer document is a run of its own).
fn chunk_bounds(docs: &[&Document], max_bytes: usize) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut start = 0;
    let mut bytes = 0;
    for (i, d) in docs.iter().enumerate() {
        if i > start && bytes + d.text.len() > max_bytes {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += d.text.len();
    }
    if start < docs.len() {
        out.push(start..docs.len());
    }
    out
}

/// The streaming driver: a reader thread fills bounded batches (at most
/// [`BATCHES_AHEAD`] waiting), `on_batch` processes each on the pool, then
/// warnings are printed and items counted in input order. Input errors (a
/// truncated gzip) are reported and counted; the run goes on with the next
/// input and what was read before the error is kept (`--strict` stops
/// instead, with the error as the run's error).
fn run_batches(
    args: &InputArgs,
    inputs: Inputs,
    mut on_batch: impl FnMut(&rayon::ThreadPool, &[Item]) -> anyhow::Result<()>,
) -> anyhow::Result<RunSummary> {
    let Inputs { sources, options } = inputs;
    let total_bytes: Option<u64> = sources.iter().map(|s| s.size).sum();
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        pool = pool.num_threads(n.max(1));
    }
    let pool = pool.build().context("starting worker threads")?;

    let progress = Progress::new(args.quiet, total_bytes);
    let mut summary = RunSummary::default();
    let (tx, rx) = mpsc::sync_channel::<Batch>(BATCHES_AHEAD);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        scope.spawn(move || {
            let mut batch = vec![];
            let mut bytes = 0;
            for item in DocumentReader::new(sources, options) {
                match item {
                    Ok(item) => {
                        if let Item::Doc(d) = &item {
                            bytes += d.bytes;
                        }
                        batch.push(item);
                        if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                            let full = std::mem::take(&mut batch);
                            if tx.send(Batch::Items(full)).is_err() {
                                return;
                            }
                            bytes = 0;
                        }
                    }
                    Err(e) => {
                        let full = std::mem::take(&mut batch);
                        if tx.send(Batch::Items(full)).is_err()
                            || tx.send(Batch::Error(e)).is_err()
                        {
                            return;
                        }
                        bytes = 0;
                    }
                }
            }
            let _ = tx.send(Batch::Items(batch));
        });
        for batch in rx {
            let items = match batch {
                Batch::Items(items) => items,
                Batch::Error(e) => {
                    if args.strict {
                        return Err(e.into());
                    }
                    progress.suspend(|| eprintln!("gazette: error: {e}"));
                    summary.errors += 1;
                    continue;
                }
            };
            on_batch(&pool, &items)?;
            for item in &items {
                match item {
                    Item::Doc(d) => {
                        summary.documents += 1;
                        progress.advance(d.bytes);
                    }
                    Item::Bad(msg) => {
                        summary.bad_inputs += 1;
                        progress
                            .suspend(|| eprintln!("gazette: warning: {msg}"));
                    }
                    Item::Warning(msg) => {
                        progress
                            .suspend(|| eprintln!("gazette: warning: {msg}"));
                    }
                }
            }
        }
        Ok(())
    })?;
    progress.finish();
    Ok(summary)
}

/// A progress bar on stderr, shown only when stderr is a terminal, the run
/// is not quiet and it has lasted over a second.
struct Progress {
    bar: Option<ProgressBar>,
    start: Instant,
    shown: std::cell::Cell<bool>,
    documents: std::cell::Cell<u64>,
}

impl Progress {
    fn new(quiet: bool, total: Option<u64>) -> Progress {
        let bar = (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = match total {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::hidden()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
            };
            let template = if total.is_some() {
                "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}"
            } else {
                "{spinner} {bytes} {binary_bytes_per_sec} {msg}"
            };
            bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
            bar
        });
        Progress {
            bar,
            start: Instant::now(),
            shown: false.into(),
            documents: 0.into(),
        }
    }

    fn advance(&self, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        bar.inc(bytes);
        if !self.shown.get() && self.start.elapsed() > Duration::from_secs(1) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown.set(true);
        }
        self.documents.set(self.documents.get() + 1);
        bar.set_message(format!("{} documents", self.documents.get()));
    }

    fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// `, N multilateral events` for a summary line, when there are any.
pub fn events(stats: &gazette::graph::Stats) -> String {
    match stats.events {
        0 => String::new(),
        1 => ", 1 multilateral event".to_string(),
        n => format!(", {n} multilateral events"),
    }
}

/// Prints the one-line summary unless quiet.
/// `with_relations` is false for `extract`, which does not run the
/// relation stage.
pub fn print_summary(
    quiet: bool,
    stats: &gazette::graph::Stats,
    summary: &RunSummary,
    with_relations: bool,
) {
    if quiet {
        return;
    }
    let relations = if with_relations {
        format!(", {} relations{}", stats.relations, events(stats))
    } else {
        String::new()
    };
    let errors = if summary.errors > 0 {
        format!(", {} input errors", summary.errors)
    } else {
        String::new()
    };
    eprintln!(
        "gazette: {} documents, {} sentences ({} repeated or boilerplate skipped), {} mentions{relations}, {} bad inputs skipped{errors}",
        summary.documents, stats.sentences, stats.skipped_sentences, stats.mentions, summary.bad_inputs,
    );
}

/// After a run that met input errors (already printed): says so, and
/// what was written (`written`: "out.csv was written", ...).
pub fn report_input_errors(summary: &RunSummary, written: &str) {
    if summary.errors > 0 {
        let s = if summary.errors == 1 { "" } else { "s" };
        eprintln!(
            "gazette: error: {} input error{s} (above); {written} from the \
             rest of the input",
            summary.errors
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(len: usize) -> Document {
        Document {
            name: String::new(),
            text: "x".repeat(len),
            date: None,
            bytes: len as u64,
            offset: 0,
        }
    }

    #[test]
    fn chunks_hold_at_most_max_bytes_or_one_document() {
        let docs: Vec<Document> =
            [3, 4, 2, 10, 1, 1, 5].into_iter().map(doc).collect();
        let refs: Vec<&Document> = docs.iter().collect();
        assert_eq!(
            chunk_bounds(&refs, 8),
            vec![0..2, 2..3, 3..4, 4..7],
            "3+4, then 2 (10 would overflow), 10 alone, 1+1+5"
        );
        assert_eq!(chunk_bounds(&refs, 100), vec![0..7]);
        assert_eq!(chunk_bounds(&[], 8), Vec::<Range<usize>>::new());
    }
}
