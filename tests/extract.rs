//! `gazette extract` and `gazette relations` on the command line.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use crate::reference_or_skip;
use crate::util::{
    csv_records, gazette, ok, reference_without_repeats, run, run_in, stderr,
    stdout, tempdir,
};

fn rows_with(
    records: &[Vec<String>],
    kind: &str,
    entity: &str,
) -> Vec<Vec<String>> {
    records
        .iter()
        .filter(|r| r[5] == kind && r[6] == entity)
        .cloned()
        .collect()
}

#[test]
fn reference_article_entities() {
    let path = reference_or_skip!();
    let out = ok(run(&["extract", "-q", path.to_str().unwrap()]));
    let records = csv_records(&out);
    assert_eq!(
        records[0],
        [
            "doc",
            "sentence",
            "start",
            "end",
            "text",
            "kind",
            "entity_id",
            "entity",
            "country"
        ]
    );
    for (id, country) in [
        ("xi-jinping", "CHN"),
        ("mikhail-mishustin", "RUS"),
        ("vladimir-putin", "RUS"),
    ] {
        let rows = rows_with(&records, "person", id);
        assert!(!rows.is_empty(), "{id} not found");
        assert!(rows.iter().all(|r| r[8] == country), "{id} country");
    }
    // Their roles: the role mention right before each full name.
    let text = std::fs::read_to_string(&path).unwrap();
    for (role, name) in [
        ("president", "Xi Jinping"),
        ("prime-minister", "Mikhail Mishustin"),
        ("president", "Vladimir Putin"),
    ] {
        let person = records.iter().find(|r| r[4] == name).expect(name);
        let start: usize = person[2].parse().unwrap();
        let role_row = records
            .iter()
            .find(|r| {
                r[5] == "role" && r[3].parse::<usize>().unwrap() + 1 == start
            })
            .unwrap_or_else(|| panic!("no role before {name}"));
        assert_eq!(role_row[6], role);
        assert_eq!(
            &text[role_row[2].parse::<usize>().unwrap()..start - 1],
            role_row[4]
        );
    }
    for (kind, id, country) in [
        ("country", "CHN", "CHN"),
        ("country", "RUS", "RUS"),
        ("place", "beijing", "CHN"),
        ("place", "moscow", "RUS"),
        ("place", "great-hall-of-the-people", "CHN"),
    ] {
        let rows = rows_with(&records, kind, id);
        assert!(!rows.is_empty(), "{id} not found");
        assert!(rows.iter().all(|r| r[8] == country));
    }
    // Offsets point at the text.
    for r in &records[1..] {
        let (s, e): (usize, usize) =
            (r[2].parse().unwrap(), r[3].parse().unwrap());
        assert_eq!(&text[s..e], r[4]);
    }
}

#[test]
fn repeated_text_adds_no_rows() {
    let reference = reference_or_skip!();
    let dir = tempdir();
    let clean = dir.path().join("clean.txt");
    std::fs::write(&clean, reference_without_repeats(&reference)).unwrap();
    for command in ["extract", "relations"] {
        let with = csv_records(&ok(run(&[
            command,
            "-q",
            reference.to_str().unwrap(),
        ])));
        let without =
            csv_records(&ok(run(&[command, "-q", clean.to_str().unwrap()])));
        assert_eq!(with.len(), without.len(), "{command}");
        // Same content apart from the doc name and offsets.
        let key = |r: &Vec<String>| {
            if command == "extract" {
                vec![r[4].clone(), r[5].clone(), r[6].clone()]
            } else {
                r[2..12].to_vec()
            }
        };
        let a: Vec<_> = with.iter().skip(1).map(key).collect();
        let b: Vec<_> = without.iter().skip(1).map(key).collect();
        assert_eq!(a, b, "{command}");
    }
}

#[test]
fn directory_input_names_docs_below_it() {
    let dir = tempdir();
    std::fs::create_dir_all(dir.path().join("corpus/sub")).unwrap();
    std::fs::write(dir.path().join("corpus/b.txt"), "Xi Jinping spoke.")
        .unwrap();
    std::fs::write(
        dir.path().join("corpus/sub/a.txt"),
        "Vladimir Putin spoke.",
    )
    .unwrap();
    std::fs::write(dir.path().join("corpus/notes.md"), "Narendra Modi spoke.")
        .unwrap();
    let out = ok(run_in(dir.path(), &["extract", "-q", "corpus"]));
    let docs: Vec<String> =
        csv_records(&out).iter().skip(1).map(|r| r[0].clone()).collect();
    assert_eq!(docs, ["b.txt", "sub/a.txt"]);
}

#[test]
fn stdin_and_output_file() {
    let dir = tempdir();
    let mut child = gazette()
        .args(["extract", "-q", "-", "-o", "out.csv"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Xi Jinping met Vladimir Putin.")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let written = std::fs::read_to_string(dir.path().join("out.csv")).unwrap();
    assert_eq!(
        written,
        "doc,sentence,start,end,text,kind,entity_id,entity,country\n\
         -,0,0,10,Xi Jinping,person,xi-jinping,Xi Jinping,CHN\n\
         -,0,15,29,Vladimir Putin,person,vladimir-putin,Vladimir Putin,RUS\n"
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["out.csv"]);
}

#[test]
fn missing_file_is_an_error() {
    let out = run(&["extract", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "gazette: error: no/such/file.txt: no such file or directory\n"
    );
}

#[test]
fn directory_without_text_files_is_an_error() {
    let dir = tempdir();
    std::fs::write(dir.path().join("x.csv"), "a,b").unwrap();
    let out = run(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no text files"), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--no-such-flag", "x"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn empty_file_gives_no_rows() {
    let dir = tempdir();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = run(&["extract", "-q", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        "doc,sentence,start,end,text,kind,entity_id,entity,country\n"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = tempdir();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Xi Jinping \xff\xfe met Vladimir Putin.").unwrap();
    let out = run(&["extract", "-q", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let name = bad.to_str().unwrap();
    assert_eq!(stderr(&out), format!("gazette: warning: {name}: invalid UTF-8 at byte 11, decoded lossily\n"));
    let records = csv_records(&stdout(&out));
    assert_eq!(records.len(), 3);
}

#[test]
fn binary_file_is_skipped_with_a_warning() {
    let dir = tempdir();
    let bin = dir.path().join("blob.txt");
    std::fs::write(&bin, b"\x7fELF\x00\x01\x02Xi Jinping").unwrap();
    let out = run(&["extract", bin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("skipped: binary file"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 bad inputs skipped"), "{}", stderr(&out));
    assert_eq!(csv_records(&stdout(&out)).len(), 1);
}

#[test]
fn huge_line_does_not_break_anything() {
    let dir = tempdir();
    let big = dir.path().join("big.txt");
    let mut text = "word ".repeat(400_000);
    text.push_str("Xi Jinping met Vladimir Putin.");
    std::fs::write(&big, &text).unwrap();
    let out = ok(run(&["relations", "-q", big.to_str().unwrap()]));
    assert_eq!(csv_records(&out).len(), 2);
}

#[test]
fn broken_pipe_ends_quietly() {
    let dir = tempdir();
    let path = dir.path().join("many.txt");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "Report {i}: Xi Jinping met Vladimir Putin in Moscow.\n"
        ));
    }
    std::fs::write(&path, text).unwrap();
    let mut child = gazette()
        .args(["extract", "-q", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe closes.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("doc,"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn relations_on_the_reference_article() {
    let reference = reference_or_skip!();
    let out = ok(run(&["relations", "-q", reference.to_str().unwrap()]));
    let records = csv_records(&out);
    assert_eq!(
        records[0],
        [
            "doc",
            "sentence",
            "kind",
            "status",
            "source_id",
            "source",
            "source_country",
            "target_id",
            "target",
            "target_country",
            "trigger",
            "place",
            "date",
            "evidence",
            "mode",
            "event"
        ]
    );
    let meeting = records
        .iter()
        .find(|r| {
            r[2] == "MEETING"
                && r[4] == "xi-jinping"
                && r[7] == "mikhail-mishustin"
        })
        .expect("Xi meets Mishustin");
    assert_eq!(meeting[3], "reported");
    assert_eq!((meeting[6].as_str(), meeting[9].as_str()), ("CHN", "RUS"));
    assert_eq!(meeting[10], "met");
    assert_eq!(meeting[11], "Beijing");
    assert_eq!(meeting[12], "2025-11-04");
    // In person, and a pair, not an event.
    assert_eq!(meeting[14..], ["", ""]);
    assert!(records
        .iter()
        .any(|r| r[2] == "COOPERATION" && r[4] == "CHN" && r[7] == "RUS"));
    assert!(!records.iter().any(|r| r[2] == "MEETING"
        && (r[4] == "vladimir-putin" || r[7] == "vladimir-putin")));
}

#[test]
fn details_add_role_and_flags() {
    let dir = tempdir();
    let path = dir.path().join("a.txt");
    std::fs::write(
        &path,
        "Kenyan Foreign Minister Ana Wanjiru met Xi Jinping. The partnership between Beijing and Moscow grew.",
    )
    .unwrap();
    let out = ok(run(&["extract", "-q", "--details", path.to_str().unwrap()]));
    let records = csv_records(&out);
    assert_eq!(records[0][9..], ["role", "flags"]);
    let row = |text: &str| {
        records
            .iter()
            .find(|r| r[4] == text)
            .unwrap_or_else(|| panic!("{text}"))
            .clone()
    };
    assert_eq!(
        row("Ana Wanjiru")[6..],
        [
            "ana-wanjiru",
            "Ana Wanjiru",
            "KEN",
            "foreign-minister",
            "discovered"
        ]
    );
    assert_eq!(row("Kenyan")[10], "in_phrase");
    assert_eq!(row("Beijing")[9..], ["", "stands_for_country"]);
    assert_eq!(row("Xi Jinping")[9..], ["", ""]);
}

/// The country columns of relations.csv are the country an actor acts
/// for, as the text reads it: a former official acts for none (the
/// gazetteer's country of the person is not used), a capital for its
/// country, a person found through a title for the country of the title.
#[test]
fn relation_countries_are_the_text_s_reading() {
    let dir = tempdir();
    std::fs::write(
        dir.path().join("a.txt"),
        "Former U.S. Ambassador Richard Holbrooke met Chinese President Xi \
         Jinping. Beijing and Moscow signed a deal. Kenyan Foreign Minister \
         Ana Wanjiru met Wang Yi.",
    )
    .unwrap();
    let out =
        ok(crate::util::run_in(dir.path(), &["relations", "-q", "a.txt"]));
    let rows: Vec<String> = csv_records(&out)[1..]
        .iter()
        .map(|r| [&r[4], &r[6], &r[7], &r[9]].map(|s| s.as_str()).join(" "))
        .collect();
    assert_eq!(
        rows,
        [
            "richard-holbrooke  xi-jinping CHN",
            "beijing CHN moscow RUS",
            "ana-wanjiru KEN wang-yi CHN"
        ]
    );
}
