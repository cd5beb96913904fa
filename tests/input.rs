//! JSONL, gzip and bad corpus input.

use std::io::Write;

use crate::util::{csv_records, gzip, ok, run, stderr, stdout, tempdir};

#[test]
fn jsonl_with_custom_fields_and_dates() {
    let dir = tempdir();
    let path = dir.path().join("c.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"uid\": 7, \"body\": \"Xi Jinping met Vladimir Putin on Monday.\", \"day\": \"2025-11-05\"}\n",
            "\n",
            "{\"uid\": \"b\", \"body\": \"NEW DELHI, March 3 - Narendra Modi met Vladimir Putin.\", \"day\": \"2024-06-01\"}\n",
        ),
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let out = ok(run(&[
        "relations",
        "-q",
        "--id-field",
        "uid",
        "--text-field",
        "body",
        "--date-field",
        "day",
        p,
    ]));
    let records = csv_records(&out);
    assert_eq!(records.len(), 3);
    assert_eq!(
        (records[1][0].as_str(), records[1][12].as_str()),
        ("7", "2025-11-03")
    );
    assert_eq!(
        (records[2][0].as_str(), records[2][12].as_str()),
        ("b", "2024-03-03")
    );
}

#[test]
fn bad_jsonl_lines_are_skipped_and_counted() {
    let dir = tempdir();
    let path = dir.path().join("c.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"Xi Jinping spoke.\"}\nnot json\n{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": 5}\n[1]\n{\"id\": \"f\", \"text\": \"Vladimir Putin spoke.\"}\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let out = run(&["extract", p]);
    assert_eq!(out.status.code(), Some(0));
    let err = stderr(&out);
    for line in [2, 3, 4, 5] {
        assert!(
            err.contains(&format!("gazette: warning: {p}:{line}: skipped: ")),
            "line {line}: {err}"
        );
    }
    assert!(err.contains("4 bad inputs skipped"), "{err}");
    let docs: Vec<String> = csv_records(&stdout(&out))
        .iter()
        .skip(1)
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(docs, ["a", "f"]);

    let strict = run(&["extract", "--strict", "-q", p]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        stderr(&strict)
            .starts_with(&format!("gazette: error: {p}:2: invalid JSON")),
        "{}",
        stderr(&strict)
    );
}

#[test]
fn gzip_inputs_and_truncated_gzip() {
    let dir = tempdir();
    let mut jsonl = String::new();
    for i in 0..2000 {
        jsonl.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"Report {i}: Xi Jinping met Vladimir Putin.\"}}\n"));
    }
    let gz = gzip(jsonl.as_bytes());
    let full = dir.path().join("full.jsonl.gz");
    std::fs::write(&full, &gz).unwrap();
    let out = ok(run(&["relations", "-q", full.to_str().unwrap()]));
    assert_eq!(csv_records(&out).len(), 2001);

    let cut = dir.path().join("cut.jsonl.gz");
    std::fs::write(&cut, &gz[..gz.len() / 2]).unwrap();
    let out = run(&[
        "relations",
        "-q",
        cut.to_str().unwrap(),
        full.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: truncated or corrupt gzip stream",
            cut.to_str().unwrap()
        )),
        "{err}"
    );
    // What was read before the cut is kept, and the next input still runs.
    let n = csv_records(&stdout(&out)).len() - 1;
    assert!(n > 2000 && n < 4000, "{n} rows");

    let text_gz = dir.path().join("a.txt.gz");
    std::fs::write(&text_gz, gzip(b"Xi Jinping met Vladimir Putin.")).unwrap();
    let out = ok(run(&["relations", "-q", text_gz.to_str().unwrap()]));
    assert_eq!(csv_records(&out).len(), 2);
}

#[test]
fn stdin_jsonl() {
    use std::process::Stdio;
    let mut child = crate::util::gazette()
        .args(["relations", "-q", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            b"{\"id\":\"x\",\"text\":\"Xi Jinping met Vladimir Putin.\"}\n",
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let records = csv_records(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(records[1][0], "x");
}
