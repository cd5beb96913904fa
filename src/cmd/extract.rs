//! `gazette extract` (mentions) and `gazette relations`: CSV to stdout or
//! to a file ([`write_file`]: atomic for a regular file).

use std::io::{self, Write};
use std::process::ExitCode;

use gazette::export::csv as csv_out;
use gazette::graph::Stats;
use gazette::text::Skip;
use gazette::Analysis;

use super::output::write_file;
use super::{
    for_each_document, load_pipeline, prepare_inputs, print_summary,
    report_input_errors,
};
use crate::cli::ExtractArgs;

/// Which CSV to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Mentions,
    Relations,
}

fn stats_of(analysis: &Analysis<'_>) -> Stats {
    Stats {
        documents: 1,
        sentences: analysis.sentences.len() as u64,
        skipped_sentences: analysis
            .skips
            .iter()
            .filter(|s| **s != Skip::Keep)
            .count() as u64,
        mentions: analysis.resolved.mentions.len() as u64,
        relations: analysis.relations.len() as u64,
        events: analysis.events.len() as u64,
        bad_inputs: 0,
    }
}

pub fn run(args: ExtractArgs, mode: Mode) -> anyhow::Result<ExitCode> {
    let pipeline =
        load_pipeline(&args.input.gazetteers, &args.input.relations)?;
    let mut inputs = Some(prepare_inputs(&args.input)?);
    let mut write_all =
        |out: &mut dyn Write| -> anyhow::Result<super::RunSummary> {
            let ending = if args.crlf {
                csv_out::LineEnding::Crlf
            } else {
                csv_out::LineEnding::Lf
            };
            let mut header = csv_out::writer(&mut *out, ending);
            match mode {
                Mode::Mentions => {
                    if args.details {
                        header.write_record(
                            csv_out::MENTION_HEADER
                                .iter()
                                .chain(&csv_out::MENTION_DETAIL_HEADER),
                        )?
                    } else {
                        header.write_record(csv_out::MENTION_HEADER)?
                    }
                }
                Mode::Relations => {
                    header.write_record(csv_out::RELATION_HEADER)?
                }
            }
            header.flush()?;
            drop(header);
            let mut stats = Stats::default();
            let inputs = inputs.take().expect("inputs are used once");
            let summary = for_each_document(
                &args.input,
                inputs,
                |doc| {
                    let analysis = match mode {
                        Mode::Mentions => {
                            pipeline.analyze_mentions(&doc.text, doc.date)
                        }
                        Mode::Relations => {
                            pipeline.analyze(&doc.text, doc.date)
                        }
                    };
                    let mut rows = csv_out::writer(Vec::new(), ending);
                    let written = match mode {
                        Mode::Mentions => csv_out::write_mentions_at(
                            &mut rows,
                            &doc.name,
                            &doc.text,
                            doc.offset,
                            &analysis,
                            args.details,
                        ),
                        Mode::Relations => csv_out::write_relations(
                            &mut rows, &doc.name, &doc.text, &analysis,
                        ),
                    };
                    let bytes =
                        written.map_err(anyhow::Error::from).and_then(|_| {
                            rows.into_inner().map_err(|e| {
                                anyhow::anyhow!("writing csv: {}", e.error())
                            })
                        });
                    (bytes, stats_of(&analysis))
                },
                |_, (bytes, doc_stats)| {
                    out.write_all(&bytes?)?;
                    stats.sentences += doc_stats.sentences;
                    stats.skipped_sentences += doc_stats.skipped_sentences;
                    stats.mentions += doc_stats.mentions;
                    stats.relations += doc_stats.relations;
                    stats.events += doc_stats.events;
                    Ok(())
                },
            )?;
            out.flush()?;
            print_summary(
                args.input.quiet,
                &stats,
                &summary,
                mode == Mode::Relations,
            );
            Ok(summary)
        };
    let summary = match args.output.as_deref().filter(|p| p.as_os_str() != "-")
    {
        Some(path) => {
            let mut summary = None;
            write_file(path, |out| {
                summary = Some(write_all(out)?);
                Ok(())
            })?;
            let summary = summary.expect("set on success");
            report_input_errors(
                &summary,
                &format!("{} was written", path.display()),
            );
            summary
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
            let summary = write_all(&mut out)?;
            report_input_errors(&summary, "the output has the rows");
            summary
        }
    };
    // The process ends next: the pipeline's tables and the caches its
    // regexes grew need no freeing one by one.
    std::mem::forget(pipeline);
    Ok(if summary.errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
