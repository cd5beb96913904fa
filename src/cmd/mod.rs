//! Subcommands (one file each) and what they share: gazetteer loading,
//! the parallel, streaming document driver, and atomic output files.

use std::fs::File;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
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

/// Loads the gazetteers the flags select.
pub fn load_gazetteer(
    args: &GazetteerArgs,
    extra: Option<&Path>,
) -> anyhow::Result<Gazetteer> {
    let mut builder = GazetteerBuilder::new();
    if args.no_default_gazetteers {
        builder.no_defaults();
    }
    for dir in args.gazetteers.iter().map(PathBuf::as_path).chain(extra) {
        builder.add_dir(dir).with_context(|| {
            format!("loading gazetteers from {}", dir.display())
        })?;
    }
    let gazetteer = builder.build().context("loading gazetteers")?;
    Ok(gazetteer)
}

/// Builds the pipeline the flags select.
pub fn load_pipeline(
    args: &GazetteerArgs,
    relations: &RelationArgs,
) -> anyhow::Result<Pipeline> {
    let mut pipeline = Pipeline::new(load_gazetteer(args, None)?)?;
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
/// here, before any output.
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
    };
    let sources = input::expand_inputs(&args.inputs, &options)?;
    Ok(Inputs { sources, options })
}

/// Documents per batch handed to the workers, and bytes per batch.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: u64 = 8 << 20;

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

/// Folds every document into one value: each worker folds its share of a
/// batch, the shares are merged, and the batch result is merged into the
/// total. `merge` must be associative and commutative (as
/// [`gazette::GraphData::merge`] is), so the result does not depend on the
/// thread count.
pub fn fold_documents<A: Send>(
    args: &InputArgs,
    inputs: Inputs,
    init: impl Fn() -> A + Sync + Send,
    add: impl Fn(&mut A, &Document) + Sync + Send,
    merge: impl Fn(&mut A, A) + Sync + Send,
) -> anyhow::Result<(A, RunSummary)> {
    let mut total = init();
    let summary = run_batches(args, inputs, |pool, items| {
        let part = pool.install(|| {
            items
                .par_iter()
                .fold(&init, |mut acc, item| {
                    if let Item::Doc(d) = item {
                        add(&mut acc, d);
                    }
                    acc
                })
                .reduce(&init, |mut a, b| {
                    merge(&mut a, b);
                    a
                })
        });
        merge(&mut total, part);
        Ok(())
    })?;
    Ok((total, summary))
}

/// The streaming driver: a reader thread fills bounded batches (at most two
/// waiting), `on_batch` processes each on the pool, then warnings are
/// printed and items counted in input order. Input errors (a truncated
/// gzip) are reported and counted; the run goes on with the next input and
/// what was read before the error is kept (`--strict` stops instead).
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
    let (tx, rx) = mpsc::sync_channel::<Batch>(2);
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
                    progress.suspend(|| eprintln!("gazette: error: {e}"));
                    summary.errors += 1;
                    if args.strict {
                        bail!("{e}");
                    }
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

/// Writes a file atomically: into a temporary file beside it, then renamed
/// over it. On any error the previous file is left intact.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let file = File::create(&tmp)
            .with_context(|| format!("creating {}", tmp.display()))?;
        let mut out = io::BufWriter::new(file);
        write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(|e| e.into_error())
            .with_context(|| format!("writing {}", tmp.display()))?;
        file.sync_all()
            .with_context(|| format!("writing {}", tmp.display()))?;
        std::fs::rename(&tmp, path).with_context(|| {
            format!("renaming {} to {}", tmp.display(), path.display())
        })?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
