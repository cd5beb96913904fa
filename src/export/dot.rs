//! Graphviz DOT writer.
//!
//! Node ids are the entity ids (petgraph's own `Dot` uses indices and does
//! not escape attribute values, so this writer does both itself). Every id
//! and label is a quoted DOT string with `\` and `"` escaped and line
//! breaks written as `\n`; any UTF-8 (Cyrillic, CJK) passes through.
//!
//! The drawing: node shape and colour by kind (a multilateral event is a
//! diamond), edge style and colour by kind (`PARTICIPATED_IN` dotted),
//! edge width growing with the log of the weight ([`penwidth`]), a
//! tooltip on every node and edge (an edge's names its evidence), a legend
//! cluster of the kinds present, edge labels only on request
//! ([`DotOptions::edge_labels`]: they overlap in sfdp and neato), and
//! splines only up to [`SPLINES_MAX_NODES`] nodes (spline routing makes a
//! graph of a few hundred nodes take minutes to draw in sfdp).

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::io::{self, Write};

use crate::error::{Error, Result};
use crate::export::{decimal, format_rank, push_evidence};
use crate::graph::{EdgeKind, RelationGraph};

/// Graphs with more nodes are drawn with straight edges
/// (`splines=false`): spline routing is what makes large graphs
/// unrenderable in sfdp and neato (measured in BENCHMARKS.md: 0.65 s at
/// 125 nodes, 18 s at 226, 87 s at 393 with sfdp; 0.03 to 0.6 s
/// without).
pub const SPLINES_MAX_NODES: usize = 150;

/// Drawing options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DotOptions {
    /// Write a text label on every edge (kind and weight, or the role).
    pub edge_labels: bool,
}

/// Quotes and escapes a DOT string.
pub fn quote(s: &str) -> String {
    Quoted(s).to_string()
}

/// A DOT string, quoted and escaped as it is written (no allocation).
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        let mut rest = self.0;
        // Plain runs are written whole; only `"`, `\`, CR and LF escaped.
        while let Some(at) = rest.find(['"', '\\', '\n', '\r']) {
            f.write_str(&rest[..at])?;
            match rest.as_bytes()[at] {
                b'"' => f.write_str("\\\"")?,
                b'\\' => f.write_str("\\\\")?,
                b'\n' => f.write_str("\\n")?,
                _ => {}
            }
            rest = &rest[at + 1..];
        }
        f.write_str(rest)?;
        f.write_char('"')
    }
}

/// Appends `s` to `out` as [`Quoted`] writes it.
fn put_quoted(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut plain = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escaped: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[plain..i]);
        out.extend_from_slice(escaped);
        plain = i + 1;
    }
    out.extend_from_slice(&bytes[plain..]);
    out.push(b'"');
}

/// Appends `n` in decimal.
fn put_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(decimal(n, &mut [0; 20]).as_bytes());
}

/// Appends what [`Plural`] writes.
fn push_plural(out: &mut String, n: u64, noun: &str) {
    out.push_str(decimal(n, &mut [0; 20]));
    out.push(' ');
    out.push_str(noun);
    if n != 1 {
        out.push('s');
    }
}

/// Weights up to this one have their [`penwidth`] written once per run;
/// from 32 on it is 6.0.
const PENWIDTH_TABLE: u64 = 64;

/// Edge width for a weight: `1 + log2(weight)`, at most 6.
pub fn penwidth(weight: u64) -> f64 {
    (1.0 + (weight.max(1) as f64).log2()).min(6.0)
}

/// `1 mention`, `2 mentions`.
struct Plural<'a>(u64, &'a str);

impl fmt::Display for Plural<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => write!(f, "1 {}", self.1),
            n => write!(f, "{n} {}s", self.1),
        }
    }
}

fn node_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "person" => ("ellipse", "#cfe2ff"),
        "country" => ("box", "#ffe5b4"),
        "place" => ("house", "#d1e7dd"),
        "organisation" => ("hexagon", "#e2d9f3"),
        "event" => ("diamond", "#fff3bf"),
        _ => ("plaintext", "#ffffff"),
    }
}

fn edge_style(kind: EdgeKind) -> (&'static str, &'static str) {
    match kind {
        EdgeKind::Meeting => ("solid", "#0d6efd"),
        EdgeKind::Cooperation => ("solid", "#198754"),
        EdgeKind::AffiliatedWith => ("dashed", "#6c757d"),
        EdgeKind::ParticipatedIn => ("dotted", "#b8860b"),
    }
}

/// Writes the graph as DOT.
pub fn write_dot<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    options: &DotOptions,
) -> Result<()> {
    let mut out = io::BufWriter::new(out);
    write_dot_inner(&mut out, graph, options)
        .and_then(|_| out.flush())
        .map_err(|source| Error::Io { path: "<dot>".into(), source })
}

fn write_dot_inner<W: Write>(
    out: &mut W,
    graph: &RelationGraph,
    options: &DotOptions,
) -> io::Result<()> {
    let g = &graph.graph;
    let splines = g.node_count() <= SPLINES_MAX_NODES;
    writeln!(out, "graph gazette {{")?;
    writeln!(out, "  graph [overlap=false, splines={splines}];")?;
    writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    write_legend(out, graph)?;
    // Tooltips and labels are made in these buffers, reused.
    let mut tooltip = String::new();
    let mut line: Vec<u8> = Vec::with_capacity(512);
    for node in g.node_weights() {
        let (shape, color) = node_style(&node.kind);
        let country = node.country.as_deref().unwrap_or("");
        tooltip.clear();
        write!(
            tooltip,
            "{} ({}{}{}), {}, {}, PageRank {}",
            node.label,
            node.kind,
            if country.is_empty() { "" } else { ", " },
            country,
            Plural(node.mentions, "mention"),
            Plural(node.degree, "relation edge"),
            format_rank(node.pagerank),
        )
        .expect("writing to a String");
        line.clear();
        line.extend_from_slice(b"  ");
        put_quoted(&mut line, &node.id);
        line.extend_from_slice(b" [label=");
        put_quoted(&mut line, &node.label);
        line.extend_from_slice(b", shape=");
        line.extend_from_slice(shape.as_bytes());
        line.extend_from_slice(b", fillcolor=");
        put_quoted(&mut line, color);
        line.extend_from_slice(b", kind=");
        put_quoted(&mut line, &node.kind);
        line.extend_from_slice(b", country=");
        put_quoted(&mut line, country);
        line.extend_from_slice(b", mentions=");
        put_u64(&mut line, node.mentions);
        line.extend_from_slice(b", tooltip=");
        put_quoted(&mut line, &tooltip);
        line.extend_from_slice(b"];\n");
        out.write_all(&line)?;
    }
    // Edges are the bulk of the file: each line is put together byte by
    // byte in `line` (no formatting machinery) and written whole.
    let widths: Vec<String> =
        (0..=PENWIDTH_TABLE).map(|w| format!("{:.1}", penwidth(w))).collect();
    for edge in g.edge_indices() {
        let (a, b) = g.edge_endpoints(edge).expect("edge exists");
        let e = &g[edge];
        let (style, color) = edge_style(e.kind);
        tooltip.clear();
        tooltip.push_str(e.kind.as_str());
        if e.kind == EdgeKind::AffiliatedWith {
            if let Some(role) = &e.role {
                tooltip.push_str(" (");
                tooltip.push_str(role);
                tooltip.push(')');
            }
            tooltip.push_str(", ");
            push_plural(&mut tooltip, e.mentions.unwrap_or(0), "mention");
        } else {
            tooltip.push_str(", ");
            push_plural(&mut tooltip, e.weight, "sentence");
            match (&e.first_date, &e.last_date) {
                (Some(f), Some(l)) if f == l => {
                    tooltip.push_str(", ");
                    tooltip.push_str(f);
                }
                (Some(f), Some(l)) => {
                    tooltip.push_str(", ");
                    tooltip.push_str(f);
                    tooltip.push_str(" to ");
                    tooltip.push_str(l);
                }
                _ => {}
            }
            tooltip.push_str(": ");
            push_evidence(&mut tooltip, &e.evidence);
        }
        line.clear();
        line.extend_from_slice(b"  ");
        put_quoted(&mut line, &g[a].id);
        line.extend_from_slice(b" -- ");
        put_quoted(&mut line, &g[b].id);
        line.extend_from_slice(b" [");
        if options.edge_labels {
            let text = match &e.role {
                Some(role) => format!("{} ({role})", e.kind.as_str()),
                None => format!("{} {}", e.kind.as_str(), e.weight),
            };
            line.extend_from_slice(b"label=");
            put_quoted(&mut line, &text);
            line.extend_from_slice(b", ");
        }
        line.extend_from_slice(b"kind=");
        put_quoted(&mut line, e.kind.as_str());
        line.extend_from_slice(b", weight=");
        put_u64(&mut line, e.weight);
        line.extend_from_slice(b", penwidth=");
        match widths.get(e.weight as usize) {
            Some(w) => line.extend_from_slice(w.as_bytes()),
            None => write!(line, "{:.1}", penwidth(e.weight))?,
        }
        line.extend_from_slice(b", style=");
        line.extend_from_slice(style.as_bytes());
        line.extend_from_slice(b", color=");
        put_quoted(&mut line, color);
        line.extend_from_slice(b", tooltip=");
        put_quoted(&mut line, &tooltip);
        line.extend_from_slice(b"];\n");
        out.write_all(&line)?;
    }
    writeln!(out, "}}")
}

/// A cluster with one sample node per node kind present and one sample
/// edge per edge kind present. Its node ids start with `legend:`.
fn write_legend<W: Write>(
    out: &mut W,
    graph: &RelationGraph,
) -> io::Result<()> {
    let g = &graph.graph;
    let kinds: BTreeSet<&str> =
        g.node_weights().map(|n| n.kind.as_str()).collect();
    let edge_kinds: BTreeSet<EdgeKind> =
        g.edge_weights().map(|e| e.kind).collect();
    if kinds.is_empty() {
        return Ok(());
    }
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(
        out,
        "    label=\"legend\"; fontname=\"Helvetica\"; style=rounded; color=\"#adb5bd\";"
    )?;
    for kind in kinds {
        let (shape, color) = node_style(kind);
        writeln!(
            out,
            "    {} [label={}, shape={shape}, fillcolor={}, tooltip={}];",
            quote(&format!("legend:{kind}")),
            quote(kind),
            quote(color),
            quote(&format!("node kind {kind}")),
        )?;
    }
    for kind in edge_kinds {
        let (style, color) = edge_style(kind);
        let name = kind.as_str();
        let (a, b) = (format!("legend:{name}:a"), format!("legend:{name}:b"));
        // The two ends side by side (dot), the kind written over the edge.
        writeln!(
            out,
            "    {{ rank=same; {} [label=\"\", shape=point, width=0.05, color=\"#6c757d\"]; {} [label={}, shape=plaintext, style=\"\", fontsize=10]; }}",
            quote(&a),
            quote(&b),
            quote(name),
        )?;
        writeln!(
            out,
            "    {} -- {} [minlen=2, style={style}, color={}, tooltip={}];",
            quote(&a),
            quote(&b),
            quote(color),
            quote(&format!("edge kind {name}; width grows with the weight")),
        )?;
    }
    writeln!(out, "  }}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        let cases = [
            ("plain", r#""plain""#),
            (r#"say "hi""#, r#""say \"hi\"""#),
            (r"back\slash", r#""back\\slash""#),
            ("two\nlines", r#""two\nlines""#),
            ("Мишустин", "\"Мишустин\""),
            ("习近平", "\"习近平\""),
        ];
        for (input, expected) in cases {
            assert_eq!(quote(input), expected);
        }
        // The edge lines' byte writer quotes as `Quoted` does.
        for input in ["", "a\"b\\c\r\nd", "\"\"", "x\\", "Мишустин \"习\"\r"]
        {
            let mut bytes = vec![];
            put_quoted(&mut bytes, input);
            assert_eq!(String::from_utf8(bytes).unwrap(), quote(input));
        }
    }

    fn graph_of(nodes: usize) -> RelationGraph {
        let mut graph = petgraph::graph::Graph::new_undirected();
        for i in 0..nodes {
            graph.add_node(crate::graph::GraphNode {
                id: format!("n{i}"),
                label: format!("N{i}"),
                kind: "person".into(),
                country: None,
                mentions: 1,
                degree: 0,
                weighted_degree: 0,
                pagerank: 1.0 / nodes as f64,
            });
        }
        RelationGraph { graph }
    }

    fn dot_of(graph: &RelationGraph) -> String {
        let mut out = vec![];
        write_dot(&mut out, graph, &DotOptions::default()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn splines_only_for_small_graphs() {
        let small = dot_of(&graph_of(SPLINES_MAX_NODES));
        assert!(small.contains("graph [overlap=false, splines=true];"));
        let large = dot_of(&graph_of(SPLINES_MAX_NODES + 1));
        assert!(large.contains("graph [overlap=false, splines=false];"));
        // An empty graph has no legend.
        let empty = dot_of(&graph_of(0));
        assert!(!empty.contains("cluster_legend"), "{empty}");
    }

    #[test]
    fn widths() {
        let widths: Vec<String> = [0, 1, 2, 3, 8, 32, 1000]
            .iter()
            .map(|w| format!("{:.1}", penwidth(*w)))
            .collect();
        assert_eq!(widths, ["1.0", "1.0", "2.0", "2.6", "4.0", "6.0", "6.0"]);
    }
}
