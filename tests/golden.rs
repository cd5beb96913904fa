//! Golden tests: the rendered outputs of the project's example articles,
//! snapshotted with insta (tests/snapshots/, reviewed with
//! `cargo insta review`, or by reading the .snap.new files).

use std::path::Path;

use crate::util::{ok, root, run_in, tempdir};

/// Renders every output of one article, run from its own directory so the
/// `doc` column is the bare file name.
fn render(article: &Path) -> String {
    let dir = article.parent().unwrap();
    let name = article.file_name().unwrap().to_str().unwrap();
    let extract = ok(run_in(dir, &["extract", "-q", name]));
    let relations = ok(run_in(dir, &["relations", "-q", name]));
    let out = tempdir();
    let out_dir = out.path().to_str().unwrap();
    ok(run_in(dir, &["graph", "-q", name, "--out-dir", out_dir]));
    let read = |f: &str| std::fs::read_to_string(out.path().join(f)).unwrap();
    format!(
        "== extract\n{extract}\n== relations\n{relations}\n== nodes.csv\n{}\n== edges.csv\n{}\n== graph.dot\n{}",
        read("nodes.csv"),
        read("edges.csv"),
        read("graph.dot")
    )
    .replace("\r\n", "\n")
}

#[test]
fn shipped_example() {
    let article = root().join("examples/summit.txt");
    insta::assert_snapshot!("summit", render(&article));
}

#[test]
fn articles() {
    insta::glob!("data/articles/*.txt", |path| {
        insta::assert_snapshot!(render(path));
    });
}
