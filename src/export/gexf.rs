//! GEXF 1.3 writer (<https://gexf.net/>), for Gephi (its timeline
//! included), Gephi Lite and sigma.js (graphology-gexf).
//!
//! One undirected graph in `mode="dynamic"` with `timeformat="date"`: a
//! relation edge lives from its first to its last date (`start`, `end`),
//! so Gephi's timeline plays the graph over time; an edge without a date
//! (every `AFFILIATED_WITH` edge) and every node exist throughout. An
//! edge's kind is GEXF's own edge `kind` (parallel edges of different
//! kinds between one pair are allowed), its weight GEXF's `weight`;
//! everything else is a typed, declared attribute (`integer`, `double`,
//! `string`). Absent values have no `<attvalue>`. A multilateral event is
//! a node of `kind` `event` linked to each party by a `PARTICIPATED_IN`
//! edge (`source` the party).

use std::io;

use quick_xml::events::{BytesEnd, BytesStart, Event};

use crate::error::Result;
use crate::export::xml::{attr, error, finish, text, writer};
use crate::export::{evidence, format_rank};
use crate::graph::RelationGraph;

const NS: &str = "http://gexf.net/1.3";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

/// Declared node attributes: (id = title, type).
pub const NODE_ATTRIBUTES: [(&str, &str); 6] = [
    ("kind", "string"),
    ("country", "string"),
    ("mentions", "integer"),
    ("degree", "integer"),
    ("weighted_degree", "integer"),
    ("pagerank", "double"),
];

/// Declared edge attributes: (id = title, type).
pub const EDGE_ATTRIBUTES: [(&str, &str); 5] = [
    ("first_date", "string"),
    ("last_date", "string"),
    ("evidence", "string"),
    ("role", "string"),
    ("mentions", "integer"),
];

/// Writes the graph as GEXF 1.3.
pub fn write_gexf<W: io::Write>(out: W, graph: &RelationGraph) -> Result<()> {
    write(io::BufWriter::new(out), graph).map_err(error("<gexf>"))
}

fn write<W: io::Write>(out: W, graph: &RelationGraph) -> io::Result<()> {
    let mut w = writer(out)?;
    let root = BytesStart::new("gexf").with_attributes([
        ("xmlns", NS),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ("xsi:schemaLocation", SCHEMA),
        ("version", "1.3"),
    ]);
    w.write_event(Event::Start(root))?;
    w.create_element("meta").write_inner_content(|w| {
        w.create_element("creator").write_text_content(text("gazette"))?;
        w.create_element("description").write_text_content(text(
            "who met whom and who cooperates with whom, from news text",
        ))?;
        Ok(())
    })?;
    w.create_element("graph")
        .with_attributes([
            ("defaultedgetype", "undirected"),
            ("mode", "dynamic"),
            ("timeformat", "date"),
        ])
        .write_inner_content(|w| {
            declare(w, "node", &NODE_ATTRIBUTES)?;
            declare(w, "edge", &EDGE_ATTRIBUTES)?;
            let g = &graph.graph;
            w.create_element("nodes").write_inner_content(|w| {
                for n in g.node_weights() {
                    let values = [
                        ("kind", Some(n.kind.clone())),
                        ("country", n.country.clone()),
                        ("mentions", Some(n.mentions.to_string())),
                        ("degree", Some(n.degree.to_string())),
                        (
                            "weighted_degree",
                            Some(n.weighted_degree.to_string()),
                        ),
                        ("pagerank", Some(format_rank(n.pagerank))),
                    ];
                    w.create_element("node")
                        .with_attribute(attr("id", &n.id))
                        .with_attribute(attr("label", &n.label))
                        .write_inner_content(|w| attvalues(w, &values))?;
                }
                Ok(())
            })?;
            w.create_element("edges").write_inner_content(|w| {
                for (i, e) in g.edge_indices().enumerate() {
                    let (a, b) = g.edge_endpoints(e).expect("edge exists");
                    let d = &g[e];
                    let values = [
                        ("first_date", d.first_date.clone()),
                        ("last_date", d.last_date.clone()),
                        (
                            "evidence",
                            Some(evidence(&d.evidence))
                                .filter(|s| !s.is_empty()),
                        ),
                        ("role", d.role.clone()),
                        ("mentions", d.mentions.map(|m| m.to_string())),
                    ];
                    let mut edge = w
                        .create_element("edge")
                        .with_attribute(attr("id", &i.to_string()))
                        .with_attribute(attr("source", &g[a].id))
                        .with_attribute(attr("target", &g[b].id))
                        .with_attribute(("kind", d.kind.as_str()))
                        .with_attribute(attr("weight", &d.weight.to_string()));
                    let start =
                        d.first_date.as_deref().or(d.last_date.as_deref());
                    let end = d.last_date.as_deref().or(start);
                    if let (Some(start), Some(end)) = (start, end) {
                        edge = edge
                            .with_attribute(attr("start", start))
                            .with_attribute(attr("end", end));
                    }
                    edge.write_inner_content(|w| attvalues(w, &values))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    finish(w)
}

fn declare<W: io::Write>(
    w: &mut quick_xml::Writer<W>,
    class: &str,
    attributes: &[(&str, &str)],
) -> io::Result<()> {
    w.create_element("attributes")
        .with_attributes([("class", class), ("mode", "static")])
        .write_inner_content(|w| {
            for (id, ty) in attributes {
                w.create_element("attribute")
                    .with_attributes([
                        ("id", *id),
                        ("title", *id),
                        ("type", *ty),
                    ])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn attvalues<W: io::Write>(
    w: &mut quick_xml::Writer<W>,
    values: &[(&str, Option<String>)],
) -> io::Result<()> {
    if values.iter().all(|(_, v)| v.is_none()) {
        return Ok(());
    }
    w.create_element("attvalues").write_inner_content(|w| {
        for (key, value) in values {
            if let Some(value) = value {
                w.create_element("attvalue")
                    .with_attribute(("for", *key))
                    .with_attribute(attr("value", value))
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(())
}
