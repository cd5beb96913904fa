//! The graph as the two tables of Gephi's spreadsheet importer ("Import
//! spreadsheet", nodes table then edges table): `Id`, `Label` and
//! `Source`, `Target`, `Type` (always `Undirected`), `Weight` are the
//! columns Gephi recognises; `Timeset` is the edge's time interval,
//! `<[first_date, last_date]>`, so Gephi's timeline can play the graph over
//! time (empty for an edge without a date, which then always exists).
//!
//! Gephi computes its own degree and PageRank over all edges; gazette's,
//! over relation edges only (MEETING, COOPERATION), are in
//! `RelationDegree`, `RelationWeightedDegree` and `RelationPageRank`. A
//! multilateral event is a node of `Kind` `event`, linked to each party by
//! a `PARTICIPATED_IN` edge (`Source` the party).

use std::io;

use crate::error::Result;
use crate::export::csv::{opt_count, write_node_table, writer, LineEnding};
use crate::export::evidence;
use crate::graph::RelationGraph;

/// Header of the nodes table.
pub const NODE_HEADER: [&str; 8] = [
    "Id",
    "Label",
    "Kind",
    "Country",
    "Mentions",
    "RelationDegree",
    "RelationWeightedDegree",
    "RelationPageRank",
];

/// Header of the edges table.
pub const EDGE_HEADER: [&str; 11] = [
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
    "Role",
];

/// Gephi's interval syntax for `first..=last`, or empty.
pub fn timeset(first: Option<&str>, last: Option<&str>) -> String {
    match (first, last) {
        (Some(a), Some(b)) => format!("<[{a}, {b}]>"),
        (Some(a), None) | (None, Some(a)) => format!("<[{a}, {a}]>"),
        (None, None) => String::new(),
    }
}

/// Writes the nodes table.
pub fn write_nodes<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    write_node_table(out, graph, ending, &NODE_HEADER, |kind| kind.into())
}

/// Writes the edges table.
pub fn write_edges<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    let mut w = writer(out, ending);
    w.write_record(EDGE_HEADER)?;
    for edge in graph.graph.edge_indices() {
        let (a, b) = graph.graph.edge_endpoints(edge).expect("edge exists");
        let e = &graph.graph[edge];
        let first = e.first_date.as_deref();
        let last = e.last_date.as_deref();
        w.write_record([
            graph.graph[a].id.as_str(),
            &graph.graph[b].id,
            "Undirected",
            e.kind.as_str(),
            &e.weight.to_string(),
            &opt_count(e.mentions),
            first.unwrap_or(""),
            last.unwrap_or(""),
            &timeset(first, last),
            &evidence(&e.evidence),
            e.role.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush().map_err(::csv::Error::from)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        assert_eq!(
            timeset(Some("2025-01-02"), Some("2025-03-04")),
            "<[2025-01-02, 2025-03-04]>"
        );
        assert_eq!(
            timeset(Some("2025-01-02"), None),
            "<[2025-01-02, 2025-01-02]>"
        );
        assert_eq!(timeset(None, None), "");
    }
}
