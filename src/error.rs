//! The library's error type.
//!
//! Only gazetteer loading and export touch the outside world, so only they
//! return errors. The analysis stages take any `&str` and never fail.

use std::path::PathBuf;

/// Every error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer row is malformed. `line` and `column` are 1-based;
    /// `column` is 0 when the whole row is at fault.
    #[error("{file}:{line}:{column}: {msg}")]
    Gazetteer {
        /// The file as the user named it (`<default>/people.tsv` for the
        /// embedded defaults).
        file: String,
        /// 1-based line number.
        line: usize,
        /// 1-based column (TSV field) number, 0 for the whole row.
        column: usize,
        /// What is wrong, lowercase, no trailing period.
        msg: String,
    },
    /// A relation cue regex in `relations.tsv` does not compile.
    #[error("{file}:{line}:{column}: bad trigger regex: {source}")]
    Regex {
        /// The file.
        file: String,
        /// 1-based line number.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The regex error.
        #[source]
        source: Box<regex::Error>,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Writing CSV failed.
    #[error("writing csv: {0}")]
    Csv(#[from] csv::Error),
    /// The tagger's trie could not be built (too many surface forms).
    #[error("building the tagger: {0}")]
    Automaton(String),
    /// A merge input (partial graph) is malformed.
    #[error("{file}: {msg}")]
    Partial {
        /// The partial graph file.
        file: String,
        /// What is wrong.
        msg: String,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
