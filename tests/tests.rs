//! Integration tests: one binary (ripgrep/xsv style).

mod eval;
mod extract;
mod formats;
mod gazetteers;
mod golden;
mod graph;
mod html;
mod input;
mod props;
mod reliability;
mod util;
