//! Stage 8: writers. Every writer takes `impl io::Write`, never a path;
//! the binary owns files (and writes them atomically).
//!
//! - [`csv`]: mentions, relations, `nodes.csv` and `edges.csv` (RFC 4180).
//! - [`dot`]: Graphviz DOT with escaped ids and labels.
//! - [`html`]: the self-contained HTML report (laid out by
//!   [`crate::layout`]).
//! - [`partial`]: the mergeable partial-graph format (JSON).

pub mod csv;
pub mod dot;
pub mod html;
pub mod partial;
