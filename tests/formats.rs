//! Export formats and profiles, loaded by the real tools: the README's
//! loaders (NetworkX, pandas, igraph, graphology), xmllint, Graphviz; CSV
//! line ends, evidence encoding, the country level, merge of Spark output,
//! input formats.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{csv_records, ok, root, run, run_in, stderr, tempdir};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Python with NetworkX, pandas and igraph (`bash .ci/test` makes it).
fn python() -> String {
    std::env::var("GAZETTE_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Runs `script` with the test Python in `dir`; returns stdout.
fn run_python(dir: &Path, script: &str) -> String {
    let out = Command::new(python())
        .current_dir(dir)
        .args(["-c", script])
        .output()
        .unwrap_or_else(|e| {
            panic!("{}: {e} (bash .ci/test sets up the venv)", python())
        });
    assert!(
        out.status.success(),
        "python failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        script
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A loader file under tests/loaders/.
fn loader(name: &str) -> String {
    read(&root().join("tests/loaders").join(name))
}

/// Documents whose ids hold `;`, `:`, `%`, XML specials and a line break,
/// each the only source of its relation, so each shows up in evidence.
const ODD_IDS: [(&str, &str); 4] = [
    ("a;b", "Keir Starmer met Olaf Scholz in Berlin."),
    ("c:d", "Giorgia Meloni met Justin Trudeau in Rome."),
    ("50% <&> \"q\"", "Emmanuel Macron met Recep Tayyip Erdogan in Paris."),
    ("two\nlines", "Justin Trudeau met Olaf Scholz in Ottawa."),
];

/// The graph test corpus plus documents with odd ids, as a directory.
fn corpus(dir: &Path) -> PathBuf {
    let corpus = crate::graph::corpus(dir);
    let mut jsonl = String::new();
    for (id, text) in ODD_IDS {
        jsonl.push_str(
            &serde_json::json!({"id": id, "text": text, "date": "2025-02-03"})
                .to_string(),
        );
        jsonl.push('\n');
    }
    std::fs::write(corpus.join("odd.jsonl"), jsonl).unwrap();
    corpus
}

/// `gazette graph -q CORPUS --out-dir DIR/output EXTRA...`; returns
/// DIR/output.
fn graph(corpus: &Path, dir: &Path, extra: &[&str]) -> PathBuf {
    let out = dir.join("output");
    let mut args = vec![
        "graph",
        "-q",
        corpus.to_str().unwrap(),
        "--out-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    ok(run(&args));
    out
}

#[test]
fn csv_is_lf_by_default_and_crlf_on_request() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let lf = graph(&corpus, &dir.path().join("lf"), &[]);
    let crlf = graph(&corpus, &dir.path().join("crlf"), &["--crlf"]);
    for name in ["nodes.csv", "edges.csv"] {
        let text = read(&lf.join(name));
        assert!(!text.contains('\r'), "{name}: {text}");
        let strict = read(&crlf.join(name));
        // Every record ends with CRLF; the quoted line break inside the
        // `two\nlines` document id stays a bare LF.
        assert_eq!(strict.replace("\r\n", "\n"), text, "{name}");
        assert!(strict.ends_with("\r\n"));
    }
    for command in ["extract", "relations"] {
        let text = ok(run(&[command, "-q", corpus.to_str().unwrap()]));
        assert!(!text.contains('\r'), "{command}");
        let strict =
            ok(run(&[command, "-q", "--crlf", corpus.to_str().unwrap()]));
        assert_eq!(strict.replace("\r\n", "\n"), text);
        assert_eq!(strict.matches("\r\n").count(), csv_records(&text).len());
    }
}

#[test]
fn affiliations_weigh_one_and_carry_mentions() {
    let dir = tempdir();
    let out = graph(&crate::graph::corpus(dir.path()), dir.path(), &[]);
    let edges = csv_records(&read(&out.join("edges.csv")));
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
    let nodes = csv_records(&read(&out.join("nodes.csv")));
    let mentions = |id: &str| {
        nodes.iter().find(|n| n[0] == id).map(|n| n[4].clone()).unwrap()
    };
    let affiliations: Vec<&Vec<String>> =
        edges.iter().filter(|e| e[2] == "AFFILIATED_WITH").collect();
    assert!(affiliations.len() >= 4, "{edges:?}");
    for e in affiliations {
        assert_eq!(e[3], "1", "{e:?}");
        assert_eq!(e[8], mentions(&e[0]), "{e:?}");
        assert!(
            e[1].len() == 3 && e[1].chars().all(|c| c.is_ascii_uppercase())
        );
    }
    for e in &edges[1..] {
        match e[2].as_str() {
            "AFFILIATED_WITH" => continue,
            // From a party to its event.
            "PARTICIPATED_IN" => assert!(
                e[1].starts_with("event:") && !e[0].starts_with("event:"),
                "{e:?}"
            ),
            _ => assert!(e[0] < e[1], "relations have source < target: {e:?}"),
        }
        assert_eq!(e[8], "", "{e:?}");
    }
}

/// The README's NetworkX loader: typed values, evidence decoded back to
/// the odd document ids, and gazette's degree, weighted degree and
/// PageRank equal to NetworkX's on the relation graph.
#[test]
fn networkx_csv_loader() {
    let dir = tempdir();
    graph(&corpus(dir.path()), dir.path(), &[]);
    let script = format!(
        "{}\n{}",
        loader("networkx_csv.py"),
        r#"
import json
rank = nx.pagerank(relations, weight="weight", tol=1e-12, max_iter=1000)
assert g.number_of_nodes() > 10 and relations.number_of_edges() > 10
for n, d in g.nodes(data=True):
    assert type(d["mentions"]) is int and type(d["pagerank"]) is float, d
    assert d["degree"] == relations.degree(n), (n, d)
    assert d["weighted_degree"] == relations.degree(n, weight="weight"), (n, d)
    assert abs(d["pagerank"] - rank[n]) < 1e-8, (n, d["pagerank"], rank[n])
weights = [d["weight"] for _, _, d in relations.edges(data=True)]
assert all(type(w) is int for w in weights) and max(weights) >= 2
events = [n for n, d in g.nodes(data=True) if d["kind"] == "event"]
assert len(events) == 2 and all(relations.degree(n) == 0 for n in events), events
for a, b, k, d in g.edges(keys=True, data=True):
    assert k == d["kind"]
    if k == "PARTICIPATED_IN":
        assert sorted([g.nodes[a]["kind"] == "event", g.nodes[b]["kind"] == "event"]) == [False, True], (a, b)
    if k == "AFFILIATED_WITH":
        assert d["weight"] == 1 and d["mentions"] == g.nodes[a if g.nodes[a]["kind"] == "person" else b]["mentions"]
        assert d["role"] is not None and d["evidence"] == []
    else:
        assert d["mentions"] is None and d["evidence"], d
docs = sorted({doc for _, _, d in g.edges(data=True) for doc, _ in d["evidence"]})
print(json.dumps(docs))
"#
    );
    let docs: Vec<String> =
        serde_json::from_str(&run_python(dir.path(), &script)).unwrap();
    for (id, _) in ODD_IDS {
        assert!(docs.iter().any(|d| d == id), "{id:?} not in {docs:?}");
    }
}

#[test]
fn pandas_loader() {
    let dir = tempdir();
    graph(&corpus(dir.path()), dir.path(), &[]);
    let script = format!(
        "{}\n{}",
        loader("pandas_csv.py"),
        r#"
d = {c: str(t) for c, t in list(nodes.dtypes.items()) + [("e." + c, t) for c, t in edges.dtypes.items()]}
assert d["mentions"] == "int64" and d["pagerank"] == "float64" and d["degree"] == "int64", d
assert d["e.weight"] == "int64" and d["e.mentions"] == "Int64", d
assert d["e.first_date"].startswith("datetime64"), d
aff = edges[edges.kind == "AFFILIATED_WITH"]
rel = edges[edges.kind.isin(["MEETING", "COOPERATION"])]
part = edges[edges.kind == "PARTICIPATED_IN"]
assert part.target.str.startswith("event:").all() and len(part) == 14 + 13
assert set(part.target) == set(nodes[nodes.kind == "event"].id)
assert (aff.weight == 1).all() and aff.mentions.notna().all()
assert rel.mentions.isna().all() and rel.first_date.notna().any()
assert top.pagerank.is_monotonic_decreasing and len(top) == 10
assert nodes.country.dropna().str.fullmatch("[A-Z]{3}").all()
assert nodes[nodes.kind == "organisation"].country.isna().all()
print(len(nodes), len(edges))
"#
    );
    let counts = run_python(dir.path(), &script);
    let out = dir.path().join("output");
    let nodes = csv_records(&read(&out.join("nodes.csv"))).len() - 1;
    let edges = csv_records(&read(&out.join("edges.csv"))).len() - 1;
    assert_eq!(counts.trim(), format!("{nodes} {edges}"));
}

/// GraphML: well-formed (xmllint), read by NetworkX and igraph with the
/// declared types, the same graph as the CSV files, odd strings intact.
#[test]
fn graphml_loads_in_networkx_and_igraph() {
    let dir = tempdir();
    let out = graph(&corpus(dir.path()), dir.path(), &["--format", "all"]);
    xmllint(&out.join("graph.graphml"));
    let script = format!(
        "{}\ncsv_graph = g\n{}\n{}",
        loader("networkx_csv.py"),
        loader("networkx_graphml.py"),
        r#"
def drop_none(d):
    return {k: v for k, v in d.items() if v is not None}
assert sorted(g.nodes(data=True)) == sorted((n, drop_none(d)) for n, d in csv_graph.nodes(data=True))
def edge_rows(graph, decode):
    rows = []
    for a, b, d in graph.edges(data=True):
        d = drop_none(d)
        refs = decode(d.pop("evidence", None))
        if refs:
            d["evidence"] = refs
        rows.append((min(a, b), max(a, b), sorted(d.items())))
    return sorted(rows)
def from_graphml(text):
    return evidence(text) if text else None
def from_csv(refs):
    return refs or None
assert edge_rows(g, from_graphml) == edge_rows(csv_graph, from_csv)
assert all(type(d["weight"]) is int for _, _, d in g.edges(data=True))
print(g.number_of_nodes(), g.number_of_edges())
"#
    );
    let nx_counts = run_python(dir.path(), &script);
    let script = format!(
        "{}\n{}",
        loader("igraph_graphml.py"),
        r#"
import csv
with open("output/nodes.csv", newline="", encoding="utf-8") as f:
    expected = {r["id"]: float(r["pagerank"]) for r in csv.DictReader(f)}
for v, r in zip(g.vs, rank):
    assert abs(expected[v["id"]] - r) < 1e-8, (v["id"], expected[v["id"]], r)
    assert type(v["mentions"]) is int
assert all(type(w) is int for w in g.es["weight"])
assert set(g.es["kind"]) == {"MEETING", "COOPERATION", "AFFILIATED_WITH", "PARTICIPATED_IN"}
print(g.vcount(), g.ecount())
"#
    );
    let ig_counts = run_python(dir.path(), &script);
    assert_eq!(nx_counts, ig_counts);
    let nodes = csv_records(&read(&out.join("nodes.csv"))).len() - 1;
    let edges = csv_records(&read(&out.join("edges.csv"))).len() - 1;
    assert_eq!(nx_counts.trim(), format!("{nodes} {edges}"));
}

/// Runs `xmllint --noout` (well-formedness) on `path`.
fn xmllint(path: &Path) {
    let out = Command::new("xmllint")
        .args(["--noout", path.to_str().unwrap()])
        .output()
        .expect("xmllint must be installed (bash .ci/test installs it)");
    assert!(
        out.status.success(),
        "xmllint: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// GEXF 1.3: no schema ships in any package the CI can install, so the
/// file is checked for well-formedness (xmllint), for the GEXF 1.3
/// structure and types (below, with Python's XML parser), and loaded by
/// graphology-gexf (the GEXF reader of Gephi Lite and sigma.js) with the
/// README's loader.
#[test]
fn gexf_is_gexf_1_3_and_loads_in_graphology() {
    let dir = tempdir();
    let out =
        graph(&corpus(dir.path()), dir.path(), &["--format", "gexf,csv"]);
    let gexf = out.join("graph.gexf");
    xmllint(&gexf);
    let check = r#"
import csv, re, xml.etree.ElementTree as ET
ns = {"g": "http://gexf.net/1.3"}
root = ET.parse("output/graph.gexf").getroot()
assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
assert root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation") == "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
assert [c.tag.split("}")[1] for c in root] == ["meta", "graph"]
graph = root.find("g:graph", ns)
assert graph.attrib == {"defaultedgetype": "undirected", "mode": "dynamic", "timeformat": "date"}
assert [c.tag.split("}")[1] for c in graph] == ["attributes", "attributes", "nodes", "edges"]
types = {}
for attributes in graph.findall("g:attributes", ns):
    assert attributes.get("mode") == "static"
    for a in attributes:
        assert a.get("type") in ("string", "integer", "double"), a.attrib
        types[(attributes.get("class"), a.get("id"))] = a.get("type")
cast = {"string": str, "integer": int, "double": float}
def values(element, cls):
    out = {}
    for v in element.findall("g:attvalues/g:attvalue", ns):
        out[v.get("for")] = cast[types[(cls, v.get("for"))]](v.get("value"))
    return out
date = re.compile(r"\d{4}-\d{2}-\d{2}$")
ids = [n.get("id") for n in graph.findall("g:nodes/g:node", ns)]
assert ids == sorted(ids) and len(set(ids)) == len(ids)
with open("output/edges.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
edges = graph.findall("g:edges/g:edge", ns)
assert len(edges) == len(rows)
for i, (e, r) in enumerate(zip(edges, rows)):
    assert e.get("id") == str(i)
    assert (e.get("source"), e.get("target"), e.get("kind")) == (r["source"], r["target"], r["kind"])
    assert float(e.get("weight")) == int(r["weight"])
    v = values(e, "edge")
    if r["first_date"]:
        assert (e.get("start"), e.get("end")) == (r["first_date"], r["last_date"])
        assert date.match(e.get("start")) and e.get("start") <= e.get("end")
    else:
        assert e.get("start") is None and e.get("end") is None
    assert v.get("evidence", "") == r["evidence"] and v.get("role", "") == r["role"]
    assert v.get("mentions") == (int(r["mentions"]) if r["mentions"] else None)
print(len(ids), len(edges))
"#;
    let counts = run_python(dir.path(), check);
    let node = std::env::var("GAZETTE_NODE").unwrap_or_else(|_| "node".into());
    let modules = std::env::var("GAZETTE_NODE_MODULES").unwrap_or_else(|_| {
        root().join("target/js/node_modules").display().to_string()
    });
    let script = format!(
        "{}\n{}",
        loader("graphology_gexf.js"),
        r#"
let kinds = new Set();
graph.forEachEdge((e, a) => { kinds.add(a.kind); if (typeof a.weight !== "number") throw a; });
if (!graph.multi || graph.type !== "undirected") throw new Error(graph.type);
const n = graph.getNodeAttributes("xi-jinping");
if (n.label !== "Xi Jinping" || typeof n.mentions !== "number" || n.country !== "CHN") throw new Error(JSON.stringify(n));
console.log(graph.order, graph.size, [...kinds].sort().join(","));
"#
    );
    let out = Command::new(&node)
        .current_dir(dir.path())
        .env("NODE_PATH", &modules)
        .args(["-e", &script])
        .output()
        .unwrap_or_else(|e| {
            panic!("{node}: {e} (bash .ci/test installs Node and graphology)")
        });
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let loaded = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        loaded.trim(),
        format!(
            "{} AFFILIATED_WITH,COOPERATION,MEETING,PARTICIPATED_IN",
            counts.trim()
        )
    );
}

/// The Neo4j profile: Neo4j itself is not installable from the package
/// registries CI reaches, so the files are checked against the documented
/// `neo4j-admin database import` header format: typed headers, unique
/// ids, every relationship end a node, values that parse as their type,
/// arrays split on `;`.
#[test]
fn neo4j_profile_follows_the_admin_import_format() {
    let dir = tempdir();
    let out = graph(
        &corpus(dir.path()),
        dir.path(),
        &["--format", "csv", "--profile", "neo4j"],
    );
    assert!(!out.join("edges.csv").exists());
    let check = r#"
import csv, datetime
from urllib.parse import unquote
with open("output/nodes.csv", newline="", encoding="utf-8") as f:
    nodes = list(csv.reader(f))
with open("output/relationships.csv", newline="", encoding="utf-8") as f:
    rels = list(csv.reader(f))
assert nodes[0] == ["id:ID", "label", "kind:LABEL", "country", "mentions:int", "degree:int", "weighted_degree:int", "pagerank:float"], nodes[0]
assert rels[0] == [":START_ID", ":END_ID", ":TYPE", "weight:int", "first_date:date", "last_date:date", "evidence:string[]", "role", "mentions:int"], rels[0]
parse = {"int": int, "float": float, "date": datetime.date.fromisoformat, "string[]": lambda s: s.split(";")}
def typed(header, row):
    out = {}
    for h, v in zip(header, row):
        name, _, ty = h.partition(":")
        if v == "":
            continue
        out[h] = parse[ty](v) if ty in parse else v
    return out
ids = set()
labels = set()
for row in nodes[1:]:
    t = typed(nodes[0], row)
    assert t["id:ID"] not in ids
    ids.add(t["id:ID"])
    ls = t["kind:LABEL"].split(";")
    if ls == ["Event"]:
        assert t["id:ID"].startswith("event:") and t["degree:int"] == 0, t
        labels.add("Event")
        continue
    assert ls[0] == "Entity" and ls[1] in ("Person", "Country", "Place", "Organisation"), ls
    labels.add(ls[1])
types = set()
docs = set()
for row in rels[1:]:
    t = typed(rels[0], row)
    assert t[":START_ID"] in ids and t[":END_ID"] in ids
    types.add(t[":TYPE"])
    if t[":TYPE"] == "AFFILIATED_WITH":
        assert t["weight:int"] == 1 and t["mentions:int"] >= 1 and "first_date:date" not in t
    elif t[":TYPE"] == "PARTICIPATED_IN":
        assert t[":END_ID"].startswith("event:") and t["weight:int"] >= 1, t
        assert "mentions:int" not in t and t["evidence:string[]"], t
    else:
        assert t["first_date:date"] <= t["last_date:date"]
        docs.update(unquote(r.rsplit(":", 1)[0]) for r in t["evidence:string[]"])
assert types == {"MEETING", "COOPERATION", "AFFILIATED_WITH", "PARTICIPATED_IN"}, types
assert {"Person", "Country", "Event"} <= labels
print(sorted(docs))
"#;
    let docs = run_python(dir.path(), check);
    assert!(docs.contains("'a;b'") && docs.contains("'c:d'"), "{docs}");
}

#[test]
fn gephi_profile_is_undirected_with_intervals() {
    let dir = tempdir();
    let out = graph(
        &corpus(dir.path()),
        dir.path(),
        &["--format", "csv", "--profile", "gephi"],
    );
    let nodes = csv_records(&read(&out.join("nodes.csv")));
    assert_eq!(
        nodes[0],
        [
            "Id",
            "Label",
            "Kind",
            "Country",
            "Mentions",
            "RelationDegree",
            "RelationWeightedDegree",
            "RelationPageRank"
        ]
    );
    let edges = csv_records(&read(&out.join("edges.csv")));
    assert_eq!(
        edges[0],
        [
            "Source",
            "Target",
            "Type",
            "Kind",
            "Weight",
            "Mentions",
            "FirstDate",
            "LastDate",
            "Timeset",
            "Evidence",
            "Role"
        ]
    );
    let ids: Vec<&str> = nodes[1..].iter().map(|n| n[0].as_str()).collect();
    for e in &edges[1..] {
        assert_eq!(e[2], "Undirected");
        assert!(ids.contains(&e[0].as_str()) && ids.contains(&e[1].as_str()));
        if e[6].is_empty() {
            assert_eq!(e[8], "", "{e:?}");
        } else {
            assert_eq!(e[8], format!("<[{}, {}]>", e[6], e[7]));
        }
    }
    assert!(edges.iter().any(|e| !e[8].is_empty()));
}

/// README quotes every loader file (and the Spark recipe that
/// benches/spark.sh runs) verbatim, so the tested code is the documented
/// code.
#[test]
fn readme_quotes_every_loader() {
    let readme = read(&root().join("README.md"));
    let dir = root().join("tests/loaders");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "{names:?}");
    let files = names
        .iter()
        .map(|n| dir.join(n))
        .chain([root().join("benches/spark_recipe.py")]);
    for file in files {
        assert!(
            readme.contains(&read(&file)),
            "README.md does not quote {} verbatim",
            file.display()
        );
    }
}

/// People whose country only another document gives are rolled up into
/// it at country level; nodes carry the mentions of what they absorb.
#[test]
fn country_level_maps_people_known_from_other_documents() {
    let dir = tempdir();
    std::fs::write(
        dir.path().join("a.txt"),
        "Prime Minister Tomas Ekvall met French President Jacques Chirac in Paris.",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "British Prime Minister Tomas Ekvall said the talks went well. Ekvall met German Chancellor Gerhard Schroeder in Berlin.",
    )
    .unwrap();
    let entity =
        ok(run_in(dir.path(), &["relations", "-q", "a.txt", "b.txt"]));
    assert!(entity
        .contains("a.txt,0,MEETING,reported,tomas-ekvall,Tomas Ekvall,,"));
    let mut outputs = vec![];
    for inputs in [&["a.txt", "b.txt"][..], &["b.txt", "a.txt"][..]] {
        let mut args = vec!["graph", "-q", "--level", "country"];
        args.extend_from_slice(inputs);
        args.extend(["--out-dir", "out"]);
        ok(run_in(dir.path(), &args));
        outputs.push((
            read(&dir.path().join("out/nodes.csv")),
            read(&dir.path().join("out/edges.csv")),
        ));
    }
    let (nodes, edges) = &outputs[0];
    let nodes = csv_records(nodes);
    assert!(nodes[1..].iter().all(|n| n[2] == "country"), "{nodes:?}");
    let edges = csv_records(edges);
    let pairs: Vec<String> =
        edges[1..].iter().map(|e| e[..4].join(",")).collect();
    assert_eq!(pairs, ["DEU,GBR,MEETING,1", "FRA,GBR,MEETING,1"]);
    // Merged partials give the same.
    for (name, input) in [("p1.json", "a.txt"), ("p2.json", "b.txt")] {
        ok(run_in(
            dir.path(),
            &["graph", "-q", "--level", "country", input, "--partial", name],
        ));
    }
    ok(run_in(
        dir.path(),
        &["merge", "-q", "p1.json", "p2.json", "--out-dir", "merged"],
    ));
    assert_eq!(
        (
            read(&dir.path().join("merged/nodes.csv")),
            read(&dir.path().join("merged/edges.csv"))
        ),
        outputs[1]
    );
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn dot_has_a_legend_tooltips_and_labels_on_request() {
    let dir = tempdir();
    let corpus = crate::graph::corpus(dir.path());
    let plain =
        graph(&corpus, &dir.path().join("plain"), &["--format", "dot"]);
    let dot = read(&plain.join("graph.dot"));
    assert!(dot.contains("subgraph cluster_legend {"), "{dot}");
    assert!(dot.contains("graph [overlap=false, splines=true];"));
    let relation_lines: Vec<&str> = dot
        .lines()
        .filter(|l| l.contains(" -- ") && !l.contains("legend:"))
        .collect();
    assert!(relation_lines.len() > 5);
    for line in &relation_lines {
        assert!(!line.contains("label="), "{line}");
        assert!(line.contains("penwidth=") && line.contains("tooltip="));
    }
    assert!(
        dot.contains("tooltip=\"MEETING, 61 sentences, 2025-01-11 to 2025-09-16: 01.txt:0;j1:0;j101:0\""),
        "{dot}"
    );
    let labelled = graph(
        &corpus,
        &dir.path().join("labels"),
        &["--format", "dot", "--dot-labels"],
    );
    let dot = read(&labelled.join("graph.dot"));
    assert!(dot.contains("[label=\"MEETING 61\", kind=\"MEETING\""), "{dot}");
    let svg = Command::new("dot")
        .args(["-Tsvg", labelled.join("graph.dot").to_str().unwrap()])
        .output()
        .expect("Graphviz `dot` must be installed");
    assert!(svg.status.success());
    assert!(String::from_utf8_lossy(&svg.stdout).contains(">legend</text>"));
}

/// `<title>` elements (node ids and edges) of an SVG, in order.
fn svg_titles(svg: &str) -> Vec<String> {
    svg.split("<title>")
        .skip(1)
        .map(|s| s.split("</title>").next().unwrap().to_string())
        .collect()
}

/// docs/summit.svg is the rendering of the shipped example (regenerated
/// by the command in README): same nodes, edges and legend as a fresh
/// rendering (coordinates may differ between Graphviz versions).
#[test]
fn committed_svg_is_the_example_graph() {
    let dir = tempdir();
    let out = dir.path().join("out");
    ok(run_in(
        &root().join("examples"),
        &["graph", "-q", "summit.txt", "--out-dir", out.to_str().unwrap()],
    ));
    let fresh = Command::new("dot")
        .args(["-Tsvg", out.join("graph.dot").to_str().unwrap()])
        .output()
        .expect("Graphviz `dot` must be installed");
    assert!(fresh.status.success());
    let fresh = String::from_utf8(fresh.stdout).unwrap();
    let committed = read(&root().join("docs/summit.svg"));
    assert_eq!(svg_titles(&committed), svg_titles(&fresh));
    assert!(svg_titles(&fresh).iter().any(|t| t == "cluster_legend"));
}

/// Spark output: `_SUCCESS` and empty part files are skipped with a
/// warning; the summary line sums the partials' counts.
#[test]
fn merge_skips_spark_markers_and_empty_files() {
    let dir = tempdir();
    let corpus = crate::graph::corpus(dir.path());
    let parts = dir.path().join("parts");
    std::fs::create_dir_all(&parts).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    // One partial per file, named as in a run over the directory.
    for (i, f) in files.iter().enumerate() {
        let part = parts.join(format!("part-{i:05}"));
        ok(run_in(
            &corpus,
            &["graph", "-q", f, "--partial", part.to_str().unwrap()],
        ));
    }
    std::fs::write(parts.join("part-99999"), "").unwrap();
    std::fs::write(parts.join("_SUCCESS"), "").unwrap();
    let single = dir.path().join("single");
    let summary = run(&[
        "graph",
        corpus.to_str().unwrap(),
        "--out-dir",
        single.to_str().unwrap(),
    ]);
    ok(summary.clone());
    let mut names: Vec<String> = std::fs::read_dir(&parts)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    names.sort();
    let merged = dir.path().join("merged");
    let mut args = vec!["merge", "--out-dir", merged.to_str().unwrap()];
    args.extend(names.iter().map(String::as_str));
    let out = run(&args);
    ok(out.clone());
    let err = stderr(&out);
    assert!(
        err.contains("_SUCCESS: skipped: a job's _SUCCESS marker"),
        "{err}"
    );
    assert!(err.contains("part-99999: skipped: empty file"), "{err}");
    // The single run's summary: "gazette: N documents, ..., R relations,
    // ...".
    let single_summary = stderr(&summary);
    let field = |suffix: &str| {
        single_summary
            .trim()
            .trim_start_matches("gazette: ")
            .split(", ")
            .find(|s| s.ends_with(suffix))
            .unwrap()
            .to_string()
    };
    let (documents, relations) = (field(" documents"), field(" relations"));
    let events = field(" multilateral events");
    assert_eq!(events, "2 multilateral events");
    assert!(
        err.contains(&format!(
            "merged {n} partial graphs from {n} files (2 skipped): {documents}, {relations}, {events}, 0 bad inputs skipped",
            n = files.len()
        )),
        "{err}\n{single_summary}"
    );
    for name in ["nodes.csv", "edges.csv", "graph.dot"] {
        assert_eq!(read(&single.join(name)), read(&merged.join(name)));
    }
    let only = run(&["merge", parts.join("_SUCCESS").to_str().unwrap()]);
    assert_eq!(only.status.code(), Some(1));
    assert!(stderr(&only).contains("no partial graph to merge"));
}

/// `--input-format jsonl` reads files of any name as JSONL (a Spark
/// `part-00000`); read as text by its name, such a file gets a warning.
#[test]
fn input_format_applies_to_files_and_jsonl_as_text_warns() {
    let dir = tempdir();
    let part = dir.path().join("part-00000");
    let lines = [
        r#"{"id": "x1", "text": "Xi Jinping met Vladimir Putin in Moscow."}"#,
        r#"{"id": "x2", "text": "Narendra Modi met Shigeru Ishiba in Tokyo."}"#,
    ];
    std::fs::write(&part, lines.join("\n") + "\n").unwrap();
    let jsonl =
        run(&["relations", "--input-format", "jsonl", part.to_str().unwrap()]);
    let rows = csv_records(&ok(jsonl.clone()));
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!((rows[1][0].as_str(), rows[2][0].as_str()), ("x1", "x2"));
    assert!(!stderr(&jsonl).contains("warning"), "{}", stderr(&jsonl));
    let text = run(&["relations", part.to_str().unwrap()]);
    ok(text.clone());
    assert!(
        stderr(&text).contains("part-00000: read as one text document, but its first line is a JSON object with a `text` field: for one document per line, pass --input-format jsonl"),
        "{}",
        stderr(&text)
    );
    // Forced text: no warning; an ordinary text file: no warning.
    let forced =
        run(&["relations", "--input-format", "text", part.to_str().unwrap()]);
    assert!(!stderr(&forced).contains("warning"));
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "{Not JSON} Xi Jinping met Vladimir Putin.")
        .unwrap();
    let out = run(&["relations", plain.to_str().unwrap()]);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}
