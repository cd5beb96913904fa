//! The `gazette` binary: parse flags, run one subcommand, report errors.

use std::io;
use std::process::ExitCode;

use clap::Parser;

mod cli;
mod cmd;

/// mimalloc serves the relation stage's and the writers' many small,
/// short-lived allocations faster than the system allocator (BENCHMARKS.md
/// §9); build with `--no-default-features` for the system one.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`gazette extract x | head`) is not an error.
            let broken_pipe = err.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
                    || cause.downcast_ref::<csv::Error>().is_some_and(|e| {
                        matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe)
                    })
            });
            if broken_pipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("gazette: error: {}", message(&err));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes joined by `: `, without repeating a cause
/// that the previous message already ends with (many errors print their
/// source in their own message too).
fn message(err: &anyhow::Error) -> String {
    let mut msg = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if msg.ends_with(&text) {
            continue;
        }
        if !msg.is_empty() {
            msg.push_str(": ");
        }
        msg.push_str(&text);
    }
    msg
}
