//! The graph as the two CSV files `neo4j-admin database import full`
//! reads: `nodes.csv` (`--nodes`) and `relationships.csv`
//! (`--relationships`), with typed headers, so nothing needs casting
//! after the import.
//!
//! Every entity node gets the labels `Entity` and its kind (`Person`,
//! `Country`, `Place`, `Organisation`); a multilateral event's node the
//! label `Event` alone (it is no entity); every relationship the type of
//! its kind (`MEETING`, `COOPERATION`, `AFFILIATED_WITH`, and
//! `PARTICIPATED_IN` from a party to an event). Arrays (`evidence`) use
//! the importer's default delimiter `;`; a `;` inside a document name is
//! percent-encoded ([`crate::export::evidence`]). Empty fields are absent
//! properties.

use std::io;

use crate::error::Result;
use crate::export::csv::{opt_count, writer, LineEnding};
use crate::export::{evidence, format_rank};
use crate::graph::{RelationGraph, EVENT_KIND};

/// Header of the nodes file.
pub const NODE_HEADER: [&str; 8] = [
    "id:ID",
    "label",
    "kind:LABEL",
    "country",
    "mentions:int",
    "degree:int",
    "weighted_degree:int",
    "pagerank:float",
];

/// Header of the relationships file.
pub const RELATIONSHIP_HEADER: [&str; 9] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "weight:int",
    "first_date:date",
    "last_date:date",
    "evidence:string[]",
    "role",
    "mentions:int",
];

/// The Neo4j labels of a node kind: `Entity` and the capitalised kind;
/// `Event` for an event.
pub fn labels(kind: &str) -> String {
    if kind == EVENT_KIND {
        return "Event".to_string();
    }
    let mut chars = kind.chars();
    match chars.next() {
        Some(first) => {
            format!("Entity;{}{}", first.to_uppercase(), chars.as_str())
        }
        None => "Entity".to_string(),
    }
}

/// Writes the nodes file.
pub fn write_nodes<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    let mut w = writer(out, ending);
    w.write_record(NODE_HEADER)?;
    for node in graph.graph.node_weights() {
        w.write_record([
            node.id.as_str(),
            &node.label,
            &labels(&node.kind),
            node.country.as_deref().unwrap_or(""),
            &node.mentions.to_string(),
            &node.degree.to_string(),
            &node.weighted_degree.to_string(),
            &format_rank(node.pagerank),
        ])?;
    }
    w.flush().map_err(::csv::Error::from)?;
    Ok(())
}

/// Writes the relationships file.
pub fn write_relationships<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    let mut w = writer(out, ending);
    w.write_record(RELATIONSHIP_HEADER)?;
    for edge in graph.graph.edge_indices() {
        let (a, b) = graph.graph.edge_endpoints(edge).expect("edge exists");
        let e = &graph.graph[edge];
        w.write_record([
            graph.graph[a].id.as_str(),
            &graph.graph[b].id,
            e.kind.as_str(),
            &e.weight.to_string(),
            e.first_date.as_deref().unwrap_or(""),
            e.last_date.as_deref().unwrap_or(""),
            &evidence(&e.evidence),
            e.role.as_deref().unwrap_or(""),
            &opt_count(e.mentions),
        ])?;
    }
    w.flush().map_err(::csv::Error::from)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_capitalised() {
        assert_eq!(labels("person"), "Entity;Person");
        assert_eq!(labels("organisation"), "Entity;Organisation");
        assert_eq!(labels(""), "Entity");
        assert_eq!(labels("event"), "Event");
    }
}
