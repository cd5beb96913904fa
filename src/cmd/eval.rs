//! `gazette eval`: score the pipeline against a gold JSONL file.

use std::fs::File;
use std::io::{self, BufReader, Write};
use std::process::ExitCode;

use anyhow::Context;
use gazette::eval::{evaluate, read_gold, Counts};
use gazette::graph::Level;

use super::load_pipeline;
use crate::cli::{EvalArgs, LevelArg, ReportFormat};

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let name = args.gold.display().to_string();
    let file =
        File::open(&args.gold).with_context(|| format!("opening {name}"))?;
    let items = read_gold(BufReader::new(file), &name)?;
    for item in &items {
        for r in item.self_relations() {
            eprintln!(
                "gazette: warning: {name}:{}: gold relation `{} {} {}` \
                 joins an id to itself; counted as a gold error",
                item.line, r.kind, r.a, r.b
            );
        }
    }
    let pipeline = load_pipeline(&args.gazetteers, &args.relations)?;
    let level = match args.level {
        LevelArg::Entity => Level::Entity,
        LevelArg::Country => Level::Country,
    };
    let mut report = evaluate(&pipeline, &items, level);
    if !args.errors {
        report.errors.clear();
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        ReportFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
        ReportFormat::Text => {
            let row = |out: &mut dyn Write, name: &str, c: &Counts| {
                writeln!(
                    out,
                    "{name:<14} {:>9.3} {:>7.3} {:>7.3} {:>6} {:>6} {:>6}",
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.tp,
                    c.fp,
                    c.fn_
                )
            };
            writeln!(out, "{} items, level {:?}", report.items, level)?;
            writeln!(
                out,
                "{:<14} {:>9} {:>7} {:>7} {:>6} {:>6} {:>6}",
                "relations", "precision", "recall", "f1", "tp", "fp", "fn"
            )?;
            for (kind, c) in &report.relations {
                row(&mut out, kind, c)?;
            }
            row(&mut out, "micro", &report.micro)?;
            if report.gold_errors > 0 {
                writeln!(out, "gold errors    {:>9}", report.gold_errors)?;
            }
            if !report.entities.is_empty() {
                writeln!(
                    out,
                    "{:<14} {:>9} {:>7} {:>7} {:>6} {:>6} {:>6}",
                    "mentions", "precision", "recall", "f1", "tp", "fp", "fn"
                )?;
                for (kind, c) in &report.entities {
                    row(&mut out, kind, c)?;
                }
            }
            for e in &report.errors {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    e.item, e.error, e.what, e.text
                )?;
            }
        }
    }
    out.flush()?;
    if report.gold_errors > 0 {
        eprintln!(
            "gazette: error: {name}: {} gold error(s) (above): fix the gold \
             set",
            report.gold_errors
        );
        return Ok(ExitCode::FAILURE);
    }
    if let Some(min) = args.min_f1 {
        if report.micro.f1() < min {
            eprintln!("gazette: error: micro F1 {:.3} is below the required {min:.3}", report.micro.f1());
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}
