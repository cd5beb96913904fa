//! `gazette graph` and `gazette merge`: outputs, real tools, determinism,
//! associativity.

use std::path::Path;
use std::process::Command;

use crate::reference_or_skip;
use crate::util::{
    csv_records, ok, reference_without_repeats, root, run, stderr, tempdir,
};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn graph_files(dir: &Path) -> (String, String, String, String) {
    (
        read(&dir.join("nodes.csv")),
        read(&dir.join("edges.csv")),
        read(&dir.join("graph.dot")),
        read(&dir.join("graph.html")),
    )
}

/// Runs `gazette graph -q EXTRA... INPUT --out-dir OUT` and asserts success.
fn graph_into(input: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec!["graph", "-q"];
    args.extend_from_slice(extra);
    args.extend([input.to_str().unwrap(), "--out-dir", out.to_str().unwrap()]);
    ok(run(&args));
}

/// The article of the test data with a pact signed by twenty countries
/// (and a phone call).
const PACT_ARTICLE: &str = "tests/data/articles/06_lisbon_ocean_pact.txt";

/// A shorter pact: fourteen countries and, in one sentence, two of their
/// leaders on the phone.
const PACT: &str = "GENEVA, March 3, 2025 - France, Germany, Italy, Spain, \
    Poland, Sweden, Norway, Denmark, Japan, Canada, Brazil, Mexico, Chile and \
    Kenya signed a pact on ocean plastics on Monday. Japanese Prime Minister \
    Shigeru Ishiba telephoned Canadian Prime Minister Mark Carney on \
    Tuesday.";

/// Thirteen leaders meet.
const SUMMIT: &str = "Emmanuel Macron, Friedrich Merz, Olaf Scholz, \
    Giorgia Meloni, Keir Starmer, Mark Carney, Shigeru Ishiba, Narendra \
    Modi, Xi Jinping, Vladimir Putin, Recep Tayyip Erdogan, Luis Montenegro \
    and Prime Minister Ana Wanjiru met in Brussels.";

/// A corpus of several documents, as a directory and as JSONL.
pub(crate) fn corpus(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let texts = [
        "Xi Jinping met Vladimir Putin in Moscow on Monday. Both sides vowed to deepen cooperation.",
        "Narendra Modi held talks with Vladimir Putin. India-Russia relations remain strong.",
        "Kenyan Foreign Minister Ana Wanjiru met Wang Yi in Beijing. Wanjiru praised China's cooperation with Kenya.",
        "Xi Jinping and Vladimir Putin held talks again. Emmanuel Macron did not meet Xi Jinping.",
        "The partnership between Beijing and Moscow grew, the Kremlin said.",
    ];
    for (i, t) in texts.iter().enumerate() {
        std::fs::write(corpus.join(format!("{i:02}.txt")), t).unwrap();
    }
    // A multilateral event (more parties than --max-parties, 12) and a
    // phone call.
    std::fs::write(corpus.join("05.txt"), PACT).unwrap();
    // An event of thirteen leaders, one of them (Wanjiru) with no country
    // here: 02.txt gives it.
    std::fs::write(corpus.join("06.txt"), SUMMIT).unwrap();
    let mut jsonl = String::new();
    for i in 0..300 {
        let t = texts[i % texts.len()];
        jsonl.push_str(&serde_json::json!({"id": format!("j{i}"), "text": format!("{t} Report {i}."), "date": format!("2025-0{}-1{}", 1 + i % 9, i % 10)}).to_string());
        jsonl.push('\n');
    }
    std::fs::write(corpus.join("more.jsonl"), jsonl).unwrap();
    corpus
}

#[test]
fn reference_article_graph() {
    let reference = reference_or_skip!();
    let dir = tempdir();
    let out = dir.path().join("out");
    graph_into(&reference, &out, &[]);
    let (nodes, edges, dot, _) = graph_files(&out);
    let edges = csv_records(&edges);
    assert_eq!(
        edges[0],
        [
            "source",
            "target",
            "kind",
            "weight",
            "first_date",
            "last_date",
            "evidence",
            "role",
            "mentions"
        ]
    );
    let meeting = edges
        .iter()
        .find(|e| {
            e[2] == "MEETING"
                && e[0] == "mikhail-mishustin"
                && e[1] == "xi-jinping"
        })
        .expect("meeting edge");
    assert_eq!(
        (meeting[3].as_str(), meeting[4].as_str(), meeting[5].as_str()),
        ("1", "2025-11-04", "2025-11-04")
    );
    assert!(edges
        .iter()
        .any(|e| e[2] == "COOPERATION" && e[0] == "CHN" && e[1] == "RUS"));
    assert!(!edges.iter().any(|e| e[2] == "MEETING"
        && (e[0] == "vladimir-putin" || e[1] == "vladimir-putin")));
    let affiliated = edges
        .iter()
        .find(|e| e[2] == "AFFILIATED_WITH" && e[0] == "xi-jinping")
        .expect("affiliation");
    assert_eq!(
        (affiliated[1].as_str(), affiliated[7].as_str()),
        ("CHN", "president")
    );
    let nodes = csv_records(&nodes);
    assert_eq!(
        nodes[0],
        [
            "id",
            "label",
            "kind",
            "country",
            "mentions",
            "degree",
            "weighted_degree",
            "pagerank"
        ]
    );
    assert!(nodes
        .iter()
        .any(|n| n[..4] == ["xi-jinping", "Xi Jinping", "person", "CHN"]));
    assert!(dot.contains("\"mikhail-mishustin\" -- \"xi-jinping\""));
}

#[test]
fn repeated_text_does_not_change_the_graph() {
    let reference = reference_or_skip!();
    let dir = tempdir();
    for (name, text) in [
        ("a", std::fs::read_to_string(&reference).unwrap()),
        ("b", reference_without_repeats(&reference)),
    ] {
        std::fs::create_dir_all(dir.path().join(name)).unwrap();
        std::fs::write(dir.path().join(name).join("article.txt"), text)
            .unwrap();
        let out = crate::util::run_in(
            &dir.path().join(name),
            &["graph", "-q", "article.txt", "--out-dir", "out"],
        );
        assert!(out.status.success());
    }
    let a = graph_files(&dir.path().join("a/out"));
    let b = graph_files(&dir.path().join("b/out"));
    // Same nodes, same edges, same weights (evidence sentence numbers
    // differ, since the repeats shift them).
    assert_eq!(a.0, b.0);
    let strip = |edges: &str| -> Vec<Vec<String>> {
        csv_records(edges).into_iter().map(|r| r[..6].to_vec()).collect()
    };
    assert_eq!(strip(&a.1), strip(&b.1));
}

#[test]
fn dot_renders_with_graphviz_and_escapes_labels() {
    let dir = tempdir();
    let gaz = dir.path().join("gaz");
    std::fs::create_dir_all(&gaz).unwrap();
    std::fs::write(
        gaz.join("people.tsv"),
        "id\tname\taliases\tshort_forms\tcountry\troles\n\
         ivan-q\tИван \"Ваня\" Петров\tIvan Q\t\tRUS\t\n\
         back-slash\tBack\\Slash 习近平\tBack Slash\t\tCHN\t\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Ivan Q met Back Slash in Moscow.",
    )
    .unwrap();
    let out_dir = dir.path().join("out");
    ok(run(&[
        "graph",
        "-q",
        "--gazetteers",
        gaz.to_str().unwrap(),
        dir.path().join("a.txt").to_str().unwrap(),
        "--out-dir",
        out_dir.to_str().unwrap(),
    ]));
    let dot = read(&out_dir.join("graph.dot"));
    assert!(
        dot.contains(r#""ivan-q" [label="Иван \"Ваня\" Петров""#),
        "{dot}"
    );
    assert!(dot.contains(r#"[label="Back\\Slash 习近平""#), "{dot}");
    let svg = Command::new("dot")
        .args(["-Tsvg", out_dir.join("graph.dot").to_str().unwrap()])
        .output()
        .expect(
            "Graphviz `dot` must be installed (bash .ci/test installs it)",
        );
    assert!(
        svg.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&svg.stderr)
    );
    let svg = String::from_utf8(svg.stdout).unwrap();
    assert!(svg.contains("Иван &quot;Ваня&quot; Петров"), "{svg}");
    assert!(svg.contains("Back\\Slash 习近平"), "{svg}");
}

#[test]
fn csv_loads_into_networkx() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let out = dir.path().join("out");
    graph_into(&corpus, &out, &[]);
    let nodes = csv_records(&read(&out.join("nodes.csv"))).len() - 1;
    let edges = csv_records(&read(&out.join("edges.csv")));
    let n_edges = edges.len() - 1;
    // Parallel kinds between one pair must both survive.
    let mut pairs: Vec<(String, String)> =
        edges[1..].iter().map(|e| (e[0].clone(), e[1].clone())).collect();
    pairs.sort();
    let n_pairs = {
        let mut p = pairs.clone();
        p.dedup();
        p.len()
    };
    assert!(n_pairs < n_edges, "the corpus should have a pair with two kinds");
    let python =
        std::env::var("GAZETTE_PYTHON").unwrap_or_else(|_| "python3".into());
    let script = r#"
import csv, sys
import networkx as nx
d = sys.argv[1]
g = nx.MultiGraph()
with open(d + "/nodes.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        g.add_node(row["id"], label=row["label"], kind=row["kind"], country=row["country"], mentions=int(row["mentions"]))
with open(d + "/edges.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        assert row["source"] in g and row["target"] in g, row
        g.add_edge(row["source"], row["target"], key=row["kind"], weight=int(row["weight"]))
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let result = Command::new(&python)
        .args(["-c", script, out.to_str().unwrap()])
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{python}: {e} (bash .ci/test sets up a venv with NetworkX)"
            )
        });
    assert!(
        result.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert_eq!(
        String::from_utf8(result.stdout).unwrap().trim(),
        format!("{nodes} {n_edges}")
    );
}

#[test]
fn output_is_identical_for_every_thread_count() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let mut outputs = vec![];
    for threads in ["1", "2", "4"] {
        let out = dir.path().join(format!("out{threads}"));
        ok(run(&[
            "graph",
            "-q",
            "--threads",
            threads,
            corpus.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ]));
        let rel = ok(run(&[
            "relations",
            "-q",
            "--threads",
            threads,
            corpus.to_str().unwrap(),
        ]));
        let ext = ok(run(&[
            "extract",
            "-q",
            "--threads",
            threads,
            corpus.to_str().unwrap(),
        ]));
        outputs.push((graph_files(&out), rel, ext));
    }
    assert!(outputs[0].1.lines().count() > 300);
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn merge_of_partials_equals_single_run() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let files: Vec<String> = {
        let mut f: Vec<String> = std::fs::read_dir(&corpus)
            .unwrap()
            .map(|e| e.unwrap().path().display().to_string())
            .collect();
        f.sort();
        f
    };
    // At both levels: the events of 05.txt and 06.txt travel in p3, and
    // at country level the edge of 06.txt's Ana Wanjiru to her summit
    // waits for p2, where 02.txt says she is Kenyan.
    for level in ["country", "entity"] {
        let single = dir.path().join(format!("single-{level}"));
        let mut args = vec!["graph", "-q", "--level", level, "--out-dir"];
        args.push(single.to_str().unwrap());
        args.extend(files.iter().map(String::as_str));
        ok(run(&args));
        let part = |name: &str, inputs: &[String]| {
            let path = dir.path().join(format!("{level}-{name}"));
            let mut args = vec!["graph", "-q", "--level", level, "--partial"];
            args.push(path.to_str().unwrap());
            args.extend(inputs.iter().map(String::as_str));
            ok(run(&args));
            path.display().to_string()
        };
        let p1 = part("p1.json", &files[..2]);
        let p2 = part("p2.json", &files[2..4]);
        let p3 = part("p3.json", &files[4..]);
        assert!(read(Path::new(&p3)).contains("PARTICIPATED_IN"));
        for order in [[&p1, &p2, &p3], [&p3, &p1, &p2], [&p2, &p3, &p1]] {
            let merged = dir.path().join("merged");
            ok(run(&[
                "merge",
                order[0],
                order[1],
                order[2],
                "--out-dir",
                merged.to_str().unwrap(),
            ]));
            assert_eq!(graph_files(&single), graph_files(&merged), "{level}");
        }
        if level == "country" {
            let edges = read(&single.join("edges.csv"));
            assert!(
                edges.lines().any(|l| l.starts_with("KEN,event:meeting:")
                    && l.contains(",PARTICIPATED_IN,")
                    && l.contains("06.txt:0,")),
                "{edges}"
            );
            assert!(!edges.contains("ana-wanjiru"), "{edges}");
        }
    }
    let single = dir.path().join("single-entity");
    let part = |name: &str| dir.path().join(format!("entity-{name}"));
    let (p1, p2, p3) = (part("p1.json"), part("p2.json"), part("p3.json"));
    // Concatenated partials (as a cluster job would collect them) merge too.
    let cat = dir.path().join("all.jsonl");
    std::fs::write(
        &cat,
        [read(Path::new(&p1)), read(Path::new(&p2)), read(Path::new(&p3))]
            .concat(),
    )
    .unwrap();
    let merged = dir.path().join("merged-cat");
    ok(run(&[
        "merge",
        cat.to_str().unwrap(),
        "--out-dir",
        merged.to_str().unwrap(),
    ]));
    assert_eq!(graph_files(&single), graph_files(&merged));

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"hello\": 1}\n").unwrap();
    let out = run(&["merge", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("bad.json:1: not a partial graph"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn country_level_kinds_and_min_weight() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let out = dir.path().join("country");
    graph_into(&corpus, &out, &["--level", "country"]);
    let nodes = csv_records(&read(&out.join("nodes.csv")));
    assert!(
        nodes[1..].iter().all(|n| n[2] == "country"
            || n[2] == "organisation"
            || (n[2] == "event"
                && (n[0].starts_with("event:cooperation:")
                    || n[0].starts_with("event:meeting:")))),
        "{nodes:?}"
    );
    let edges = csv_records(&read(&out.join("edges.csv")));
    assert!(edges.iter().any(|e| e[..3] == ["CHN", "RUS", "MEETING"]));
    assert!(!edges.iter().any(|e| e[2] == "AFFILIATED_WITH"));
    let participations =
        edges.iter().filter(|e| e[2] == "PARTICIPATED_IN").count();
    // Fourteen signatories; thirteen leaders of twelve countries.
    assert_eq!(participations, 14 + 12);

    let out = dir.path().join("filtered");
    ok(run(&[
        "graph",
        "-q",
        "--kinds",
        "meeting",
        "--min-weight",
        "100",
        "--format",
        "csv",
        corpus.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ]));
    let edges = csv_records(&read(&out.join("edges.csv")));
    assert!(edges.len() > 1);
    assert!(
        edges[1..]
            .iter()
            .all(|e| e[2] == "MEETING" && e[3].parse::<u64>().unwrap() >= 100),
        "{edges:?}"
    );
    assert!(!out.join("graph.dot").exists());

    // An unknown kind is a usage error, found before anything runs.
    let bad = run(&["graph", "--kinds", "hugs", corpus.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("unknown edge kind `hugs`"));
}

#[test]
fn failed_run_leaves_previous_outputs_intact() {
    let dir = tempdir();
    let out = dir.path().join("out");
    let small = dir.path().join("small.txt");
    std::fs::write(&small, "Xi Jinping met Vladimir Putin.").unwrap();
    graph_into(&small, &out, &[]);
    let before = graph_files(&out);
    let failed = run(&[
        "graph",
        "-q",
        "missing.txt",
        "--out-dir",
        out.to_str().unwrap(),
    ]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(graph_files(&out), before);
    // One output that cannot be replaced (graph.dot is a directory): the
    // others are not replaced either, and no temporary file is left.
    std::fs::remove_file(out.join("graph.dot")).unwrap();
    std::fs::create_dir(out.join("graph.dot")).unwrap();
    std::fs::write(out.join("graph.dot").join("keep"), "x").unwrap();
    let summit = root().join("examples/summit.txt");
    let failed = run(&[
        "graph",
        "-q",
        summit.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(
        stderr(&failed),
        format!(
            "gazette: error: no outputs written to {0}: {0}/graph.dot: is a \
             directory\n",
            out.display()
        )
    );
    assert_eq!(read(&out.join("nodes.csv")), before.0);
    assert_eq!(read(&out.join("edges.csv")), before.1);
    assert_eq!(read(&out.join("graph.html")), before.3);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [".gazette.lock", "edges.csv", "graph.dot", "graph.html", "nodes.csv"]
    );
}

/// The pact article: one event node and one PARTICIPATED_IN edge per
/// country at entity and country level, in every format; one
/// relations.csv row per party with the event id; the phone call's mode.
#[test]
fn a_pact_of_twenty_countries_is_one_event_in_every_output() {
    let article = crate::util::root().join(PACT_ARTICLE);
    let name = "06_lisbon_ocean_pact.txt";
    // Run from the article's directory, so that `doc` is its name.
    let articles = article.parent().unwrap();
    let graph_of = |out: &Path, extra: &[&str]| {
        let mut args = vec!["graph", "-q", name, "--out-dir"];
        args.push(out.to_str().unwrap());
        args.extend_from_slice(extra);
        ok(crate::util::run_in(articles, &args));
    };
    let sentence = read(&article)
        .lines()
        .find(|l| l.contains("signed a pact"))
        .unwrap()
        .to_string();
    let parties = [
        "CAN", "CHL", "DNK", "ECU", "ESP", "FIN", "FJI", "FRA", "GRC", "IRL",
        "ISL", "ITA", "JPN", "KEN", "MEX", "NOR", "PER", "PRT", "SEN", "SWE",
    ];
    assert_eq!(parties.len(), 20);
    // The event is its kind and its parties (the same ids at both levels
    // here: the parties are countries).
    let id = gazette::export::event_node_id(
        gazette::RelationKind::Cooperation,
        &parties,
    );
    let dir = tempdir();
    for level in ["entity", "country"] {
        let out = dir.path().join(level);
        graph_of(&out, &["--level", level, "--format", "all"]);
        let nodes = csv_records(&read(&out.join("nodes.csv")));
        let events: Vec<&Vec<String>> =
            nodes.iter().filter(|n| n[2] == "event").collect();
        assert_eq!(events.len(), 1, "{level}: {nodes:?}");
        assert_eq!(
            events[0][..7],
            [&id, "COOPERATION, 20 parties", "event", "", "1", "0", "0"]
                .map(String::from)[..],
            "{level}"
        );
        let edges = csv_records(&read(&out.join("edges.csv")));
        let participations: Vec<&Vec<String>> =
            edges.iter().filter(|e| e[2] == "PARTICIPATED_IN").collect();
        let sources: Vec<&str> =
            participations.iter().map(|e| e[0].as_str()).collect();
        assert_eq!(sources, parties, "{level}");
        let evidence = format!("{name}:1");
        for e in &participations {
            assert_eq!(
                e[1..],
                [
                    id.as_str(),
                    "PARTICIPATED_IN",
                    "1",
                    "2025-06-09",
                    "2025-06-09",
                    &evidence,
                    "",
                    ""
                ],
                "{level}"
            );
        }
        // The pact is no pair: no relation between two signatories.
        assert!(!edges.iter().any(|e| e[2] != "PARTICIPATED_IN"
            && parties.contains(&e[0].as_str())
            && parties.contains(&e[1].as_str())
            && !(e[0] == "CAN" && e[1] == "JPN")));
        // Every format has the event node and its edges.
        let dot = read(&out.join("graph.dot"));
        assert!(
            dot.contains(&format!(
                "\"{id}\" [label=\"COOPERATION, 20 parties\", shape=diamond"
            )),
            "{dot}"
        );
        assert_eq!(dot.matches("kind=\"PARTICIPATED_IN\"").count(), 20);
        assert!(dot.contains("\"legend:event\""), "{dot}");
        let svg = Command::new("dot")
            .args(["-Tsvg", out.join("graph.dot").to_str().unwrap()])
            .output()
            .expect("Graphviz `dot` must be installed");
        assert!(svg.status.success());
        let graphml = read(&out.join("graph.graphml"));
        assert_eq!(graphml.matches(">PARTICIPATED_IN</data>").count(), 20);
        assert!(graphml.contains(&format!("<node id=\"{id}\">")));
        let gexf = read(&out.join("graph.gexf"));
        assert_eq!(gexf.matches("kind=\"PARTICIPATED_IN\"").count(), 20);
        let html = read(&out.join("graph.html"));
        assert!(html.contains("class=\"node event\""), "{level}");
        assert!(html.contains("<span class=\"dot event\"></span>"));
        assert!(html.contains("value=\"PARTICIPATED_IN\" checked"));
    }
    // Neo4j and Gephi profiles.
    let neo4j = dir.path().join("neo4j");
    graph_of(&neo4j, &["--format", "csv", "--profile", "neo4j"]);
    let nodes = csv_records(&read(&neo4j.join("nodes.csv")));
    let event = nodes.iter().find(|n| n[0] == id).expect("event node");
    assert_eq!(event[2], "Event");
    let rels = csv_records(&read(&neo4j.join("relationships.csv")));
    let typed: Vec<&Vec<String>> =
        rels.iter().filter(|r| r[2] == "PARTICIPATED_IN").collect();
    assert_eq!(typed.len(), 20);
    assert!(typed.iter().all(|r| r[1] == id));
    let gephi = dir.path().join("gephi");
    graph_of(&gephi, &["--format", "csv", "--profile", "gephi"]);
    let nodes = csv_records(&read(&gephi.join("nodes.csv")));
    assert!(nodes.iter().any(|n| n[0] == id && n[2] == "event"));
    let edges = csv_records(&read(&gephi.join("edges.csv")));
    assert_eq!(edges.iter().filter(|e| e[3] == "PARTICIPATED_IN").count(), 20);

    // relations.csv: one row per party, target empty, the event id.
    let rows = csv_records(&ok(crate::util::run_in(
        articles,
        &["relations", "-q", name],
    )));
    assert_eq!(rows[0][14..], ["mode", "event"]);
    let event_rows: Vec<&Vec<String>> =
        rows.iter().filter(|r| r[15] == id).collect();
    let sources: Vec<&str> =
        event_rows.iter().map(|r| r[4].as_str()).collect();
    let mut sorted = sources.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, parties);
    assert_eq!(sources[..3], ["PRT", "ESP", "FRA"], "text order");
    for r in &event_rows {
        assert_eq!(r[..4], [name, "1", "COOPERATION", "reported"]);
        assert_eq!(r[5..], {
            let country = r[4].clone();
            let label = r[5].clone();
            [
                label,
                country,
                String::new(),
                String::new(),
                String::new(),
                "signed a pact".into(),
                "Lisbon".into(),
                "2025-06-09".into(),
                sentence.clone(),
                String::new(),
                id.clone(),
            ]
        });
    }
    // Every other row is a pair: the phone call, by phone.
    let pairs: Vec<&Vec<String>> =
        rows[1..].iter().filter(|r| r[15].is_empty()).collect();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(
        [&pairs[0][4], &pairs[0][7], &pairs[0][10], &pairs[0][14]],
        ["shigeru-ishiba", "mark-carney", "spoke by phone with", "phone"]
    );
    assert_eq!(rows.len(), 1 + 20 + 1);
}

/// `--max-parties N`: more than N parties is one event, up to N every
/// pair; below 2 is a usage error; every command that runs the relation
/// stage takes it.
#[test]
fn max_parties_sets_where_pairs_give_way_to_an_event() {
    let article = crate::util::root().join(PACT_ARTICLE);
    let article = article.to_str().unwrap();
    let rows = |extra: &[&str]| {
        let mut args = vec!["relations", "-q"];
        args.extend_from_slice(extra);
        args.push(article);
        csv_records(&ok(run(&args)))
    };
    let count = |rows: &[Vec<String>]| {
        let events = rows[1..].iter().filter(|r| !r[15].is_empty()).count();
        (rows.len() - 1 - events, events)
    };
    assert_eq!(count(&rows(&[])), (1, 20));
    assert_eq!(count(&rows(&["--max-parties", "19"])), (1, 20));
    // Twenty parties are 190 pairs at --max-parties 20.
    assert_eq!(count(&rows(&["--max-parties", "20"])), (1 + 190, 0));
    for bad in ["1", "0", "-3", "many"] {
        let flag = format!("--max-parties={bad}");
        let out = run(&["relations", &flag, article]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("--max-parties"), "{}", stderr(&out));
    }
    let dir = tempdir();
    let out = dir.path().join("out");
    graph_into(
        Path::new(article),
        &out,
        &["--max-parties", "20", "--format", "csv"],
    );
    let edges = csv_records(&read(&out.join("edges.csv")));
    assert!(!edges.iter().any(|e| e[2] == "PARTICIPATED_IN"));
    assert_eq!(edges.iter().filter(|e| e[2] == "COOPERATION").count(), 190);
    ok(run(&["extract", "-q", "--max-parties", "3", article]));
    // eval: the pairs a gold item lists are found only as pairs.
    let gold = dir.path().join("gold.jsonl");
    let text = read(Path::new(article));
    let relations: Vec<serde_json::Value> = ["ESP", "FRA", "ITA"]
        .iter()
        .map(
            |b| serde_json::json!({"kind": "COOPERATION", "a": "PRT", "b": b}),
        )
        .collect();
    std::fs::write(
        &gold,
        serde_json::json!({"id": "pact", "text": text, "relations": relations})
            .to_string(),
    )
    .unwrap();
    let report = |max: &str| {
        let out = ok(run(&[
            "eval",
            gold.to_str().unwrap(),
            "--level",
            "country",
            "--format",
            "json",
            "--max-parties",
            max,
        ]));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        (
            v["micro"]["tp"].as_u64().unwrap(),
            v["micro"]["fn"].as_u64().unwrap(),
        )
    };
    assert_eq!(report("12"), (0, 3));
    assert_eq!(report("20"), (3, 0));
}
