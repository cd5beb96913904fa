//! `gazette gazetteers list` and `gazette gazetteers check`.

use std::io::{self, Write};
use std::process::ExitCode;

use gazette::gazetteer::{EntityKind, FormKind};

use super::{load_gazetteer, print_gazetteer_warnings};
use crate::cli::GazetteersCommand;
use anyhow::Context;

pub fn run(command: GazetteersCommand) -> anyhow::Result<ExitCode> {
    match command {
        GazetteersCommand::List { gazetteers } => {
            let g = load_gazetteer(&gazetteers, None)?;
            print_gazetteer_warnings(&g);
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            writeln!(out, "surface\tkind\tid")?;
            let mut rows: Vec<(&str, &str, &str)> = vec![];
            for s in g.surface_forms() {
                let kind = match (s.kind, s.form) {
                    (EntityKind::Country, FormKind::Demonym) => "demonym",
                    (k, _) => k.as_str(),
                };
                for &e in &s.entities {
                    rows.push((&s.text, kind, &g.entity(e).id));
                }
            }
            rows.sort();
            for (surface, kind, id) in rows {
                writeln!(out, "{surface}\t{kind}\t{id}")?;
            }
            out.flush()?;
        }
        GazetteersCommand::Check { dir, gazetteers } => {
            let g = load_gazetteer(&gazetteers, dir.as_deref())?;
            // The relation cues are regexes: compile them, so a bad one is
            // reported here at its own file, line and column.
            gazette::relations::RelationRules::new(&g)
                .context("loading gazetteers")?;
            let stdout = io::stdout();
            let mut out = stdout.lock();
            writeln!(out, "ok")?;
            for (kind, n) in g.counts() {
                writeln!(out, "{kind}\t{n}")?;
            }
            writeln!(out, "surface forms\t{}", g.surface_forms().len())?;
            writeln!(out, "relation cues\t{}", g.cue_rows().len())?;
            for w in g.warnings() {
                eprintln!("gazette: note: {w}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
