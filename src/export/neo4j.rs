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
use crate::export::csv::{write_edge_table, write_node_table, LineEnding};
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
    write_node_table(out, graph, ending, &NODE_HEADER, |kind| {
        labels(kind).into()
    })
}

/// Writes the relationships file.
pub fn write_relationships<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    write_edge_table(out, graph, ending, &RELATIONSHIP_HEADER)
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
