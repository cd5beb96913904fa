//! Shared helpers: running the binary, temporary directories, fixtures.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use gazette::{Gazetteer, Pipeline};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The reference article shared with the project (not copied into it):
/// `None`, after a message on the terminal, when `../shared` is absent
/// (a fresh clone), so the test calling it is skipped.
pub fn reference_article() -> Option<PathBuf> {
    let path = root().join("../shared/seed/000_12cee81f5b097e12.txt");
    if path.exists() {
        return Some(path);
    }
    skip(&format!("the reference article is missing: {}", path.display()));
    None
}

/// Says on the terminal (not in the captured output, which a passing test
/// hides) that the current test is skipped, and why.
pub fn skip(reason: &str) {
    use std::io::Write;
    let test = std::thread::current().name().unwrap_or("test").to_string();
    let _ = writeln!(std::io::stderr(), "SKIPPED {test}: {reason}");
}

/// The reference article, or return from the test (skipped, with a
/// printed reason) when `../shared` is absent.
#[macro_export]
macro_rules! reference_or_skip {
    () => {
        match $crate::util::reference_article() {
            Some(path) => path,
            None => return,
        }
    };
}

/// A command running the `gazette` binary.
pub fn gazette() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gazette"));
    cmd.env_remove("RUST_BACKTRACE");
    cmd
}

/// Runs `gazette args...` and returns its output.
pub fn run(args: &[&str]) -> Output {
    gazette().args(args).output().expect("gazette runs")
}

/// Runs in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    gazette().current_dir(dir).args(args).output().expect("gazette runs")
}

/// Stdout as UTF-8.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8 stdout")
}

/// Stderr as UTF-8.
pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("utf-8 stderr")
}

/// Asserts success and returns stdout.
pub fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "gazette failed: {:?}\nstderr: {}",
        out.status,
        stderr(&out)
    );
    stdout(&out)
}

/// A new temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// One pipeline over the default gazetteers for library-level tests.
pub fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        Pipeline::new(Gazetteer::defaults().expect("defaults"))
            .expect("pipeline")
    })
}

/// Reads CSV text into records (the header is the first record).
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid csv").iter().map(str::to_string).collect())
        .collect()
}

/// The reference article with its repeated text removed by hand: the
/// teaser fragment, the repeated paragraphs and the tail fragment dropped.
pub fn reference_without_repeats(reference: &Path) -> String {
    let text = std::fs::read_to_string(reference).expect("reference");
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    let mut kept: Vec<&str> = vec![];
    for p in paragraphs {
        let p = p.trim();
        if p.starts_with("Beijing :")
            || p.starts_with("-Russia")
            || kept.contains(&p)
        {
            continue;
        }
        kept.push(p);
    }
    kept.join("\n\n")
}

/// `bytes`, gzip-compressed.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    );
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}
