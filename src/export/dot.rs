//! Graphviz DOT writer.
//!
//! Node ids are the entity ids (petgraph's own `Dot` uses indices and does
//! not escape attribute values, so this writer does both itself). Every id
//! and label is a quoted DOT string with `\` and `"` escaped and line
//! breaks written as `\n`; any UTF-8 (Cyrillic, CJK) passes through.

use std::io::{self, Write};

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, RelationGraph};

/// Quotes and escapes a DOT string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn node_style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "person" => ("ellipse", "#cfe2ff"),
        "country" => ("box", "#ffe5b4"),
        "place" => ("house", "#d1e7dd"),
        "organisation" => ("hexagon", "#e2d9f3"),
        _ => ("plaintext", "#ffffff"),
    }
}

fn edge_style(kind: EdgeKind) -> (&'static str, &'static str) {
    match kind {
        EdgeKind::Meeting => ("solid", "#0d6efd"),
        EdgeKind::Cooperation => ("bold", "#198754"),
        EdgeKind::AffiliatedWith => ("dashed", "#6c757d"),
    }
}

/// Writes the graph as DOT.
pub fn write_dot<W: io::Write>(out: W, graph: &RelationGraph) -> Result<()> {
    let mut out = io::BufWriter::new(out);
    write_dot_inner(&mut out, graph)
        .and_then(|_| out.flush())
        .map_err(|source| Error::Io { path: "<dot>".into(), source })
}

fn write_dot_inner<W: Write>(
    out: &mut W,
    graph: &RelationGraph,
) -> io::Result<()> {
    writeln!(out, "graph gazette {{")?;
    writeln!(out, "  graph [overlap=false, splines=true];")?;
    writeln!(out, "  node [style=filled, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    for node in graph.graph.node_weights() {
        let (shape, color) = node_style(&node.kind);
        writeln!(
            out,
            "  {} [label={}, shape={shape}, fillcolor={}, kind={}, country={}, mentions={}];",
            quote(&node.id),
            quote(&node.label),
            quote(color),
            quote(&node.kind),
            quote(node.country.as_deref().unwrap_or("")),
            node.mentions
        )?;
    }
    for edge in graph.graph.edge_indices() {
        let (a, b) = graph.graph.edge_endpoints(edge).expect("edge exists");
        let e = &graph.graph[edge];
        let (style, color) = edge_style(e.kind);
        let label = match &e.role {
            Some(role) => format!("{} ({role})", e.kind.as_str()),
            None => format!("{} {}", e.kind.as_str(), e.weight),
        };
        writeln!(
            out,
            "  {} -- {} [label={}, kind={}, weight={}, style={style}, color={}];",
            quote(&graph.graph[a].id),
            quote(&graph.graph[b].id),
            quote(&label),
            quote(e.kind.as_str()),
            e.weight,
            quote(color)
        )?;
    }
    writeln!(out, "}}")
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
    }
}
