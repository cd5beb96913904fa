//! GraphML writer (<http://graphml.graphdrawing.org/>), for NetworkX
//! (`read_graphml`), igraph (`Graph.Read_GraphML`), graph-tool, yEd,
//! Gephi and Cytoscape.
//!
//! One undirected `<graph>`; node ids are the entity ids; every attribute
//! is declared by a typed `<key>` (`int` for counts, `double` for
//! PageRank, `string` for the rest; dates are `YYYY-MM-DD` strings, as
//! GraphML has no date type). An absent value (no country, no date) has no
//! `<data>` element. Parallel edges of different kinds between one pair
//! are separate `<edge>`s, so readers build a multigraph. A multilateral
//! event is a node of `kind` `event`; its `PARTICIPATED_IN` edges have the
//! party as `source`.

use std::io;

use quick_xml::events::{BytesEnd, BytesStart, Event};

use crate::error::Result;
use crate::export::xml::{attr, error, finish, text, writer};
use crate::export::{evidence, format_rank};
use crate::graph::RelationGraph;

const NS: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str = "http://graphml.graphdrawing.org/xmlns \
     http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

/// The declared keys: (id, for, attr.name, attr.type).
pub const KEYS: [(&str, &str, &str, &str); 14] = [
    ("label", "node", "label", "string"),
    ("kind", "node", "kind", "string"),
    ("country", "node", "country", "string"),
    ("mentions", "node", "mentions", "int"),
    ("degree", "node", "degree", "int"),
    ("weighted_degree", "node", "weighted_degree", "int"),
    ("pagerank", "node", "pagerank", "double"),
    ("edge_kind", "edge", "kind", "string"),
    ("weight", "edge", "weight", "int"),
    ("first_date", "edge", "first_date", "string"),
    ("last_date", "edge", "last_date", "string"),
    ("evidence", "edge", "evidence", "string"),
    ("role", "edge", "role", "string"),
    ("edge_mentions", "edge", "mentions", "int"),
];

/// Writes the graph as GraphML.
pub fn write_graphml<W: io::Write>(
    out: W,
    graph: &RelationGraph,
) -> Result<()> {
    write(io::BufWriter::new(out), graph).map_err(error("<graphml>"))
}

fn write<W: io::Write>(out: W, graph: &RelationGraph) -> io::Result<()> {
    let mut w = writer(out)?;
    let root = BytesStart::new("graphml").with_attributes([
        ("xmlns", NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA),
    ]);
    w.write_event(Event::Start(root))?;
    for (id, target, name, ty) in KEYS {
        w.create_element("key")
            .with_attributes([
                ("id", id),
                ("for", target),
                ("attr.name", name),
                ("attr.type", ty),
            ])
            .write_empty()?;
    }
    w.create_element("graph")
        .with_attributes([("id", "gazette"), ("edgedefault", "undirected")])
        .write_inner_content(|w| {
            let g = &graph.graph;
            for n in g.node_weights() {
                let data = [
                    ("label", Some(n.label.clone())),
                    ("kind", Some(n.kind.clone())),
                    ("country", n.country.clone()),
                    ("mentions", Some(n.mentions.to_string())),
                    ("degree", Some(n.degree.to_string())),
                    ("weighted_degree", Some(n.weighted_degree.to_string())),
                    ("pagerank", Some(format_rank(n.pagerank))),
                ];
                w.create_element("node")
                    .with_attribute(attr("id", &n.id))
                    .write_inner_content(|w| write_data(w, &data))?;
            }
            for (i, e) in g.edge_indices().enumerate() {
                let (a, b) = g.edge_endpoints(e).expect("edge exists");
                let d = &g[e];
                let data = [
                    ("edge_kind", Some(d.kind.as_str().to_string())),
                    ("weight", Some(d.weight.to_string())),
                    ("first_date", d.first_date.clone()),
                    ("last_date", d.last_date.clone()),
                    (
                        "evidence",
                        Some(evidence(&d.evidence)).filter(|s| !s.is_empty()),
                    ),
                    ("role", d.role.clone()),
                    ("edge_mentions", d.mentions.map(|m| m.to_string())),
                ];
                w.create_element("edge")
                    .with_attribute(attr("id", &format!("e{i}")))
                    .with_attribute(attr("source", &g[a].id))
                    .with_attribute(attr("target", &g[b].id))
                    .write_inner_content(|w| write_data(w, &data))?;
            }
            Ok(())
        })?;
    w.write_event(Event::End(BytesEnd::new("graphml")))?;
    finish(w)
}

fn write_data<W: io::Write>(
    w: &mut quick_xml::Writer<W>,
    data: &[(&str, Option<String>)],
) -> io::Result<()> {
    for (key, value) in data {
        if let Some(value) = value {
            w.create_element("data")
                .with_attribute(("key", *key))
                .write_text_content(text(value))?;
        }
    }
    Ok(())
}
