//! CSV writers (quotes doubled, fields with commas, quotes or line breaks
//! quoted, as RFC 4180; LF line ends by default, the convention of pandas,
//! xsv and Unix tools, CRLF on request). Rows come out in a canonical
//! order, so output is byte-identical for identical input.
//!
//! `edges.csv`: one row per edge. A relation (MEETING, COOPERATION) has
//! `source < target` by id (byte order) and `weight` = its distinct
//! supporting sentences; an `AFFILIATED_WITH` row goes from a person
//! (`source`) to their country (`target`), has `weight` 1 and the person's
//! mention count in `mentions` (empty on relation rows); a
//! `PARTICIPATED_IN` row goes from a party (`source`) to a multilateral
//! event's node (`target`).

use std::io;

use rustc_hash::FxHashSet;

use crate::error::Result;
use crate::export::{decimal, event_node_ids, evidence, format_rank};
use crate::gazetteer::EntityId;
use crate::graph::RelationGraph;
use crate::pipeline::Analysis;
use crate::relations::Actor;
use crate::resolve::{EntityRef, MentionKind};

/// Header of `gazette extract`.
pub const MENTION_HEADER: [&str; 9] = [
    "doc",
    "sentence",
    "start",
    "end",
    "text",
    "kind",
    "entity_id",
    "entity",
    "country",
];

/// Extra columns of `gazette extract --details`.
pub const MENTION_DETAIL_HEADER: [&str; 2] = ["role", "flags"];

/// Header of `gazette relations`.
pub const RELATION_HEADER: [&str; 16] = [
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
    "event",
];

/// Header of `nodes.csv`.
pub const NODE_HEADER: [&str; 8] = [
    "id",
    "label",
    "kind",
    "country",
    "mentions",
    "degree",
    "weighted_degree",
    "pagerank",
];

/// Header of `edges.csv`.
pub const EDGE_HEADER: [&str; 9] = [
    "source",
    "target",
    "kind",
    "weight",
    "first_date",
    "last_date",
    "evidence",
    "role",
    "mentions",
];

/// Line ends of CSV output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineEnding {
    /// `\n` (default).
    #[default]
    Lf,
    /// `\r\n`, for strict RFC 4180 consumers.
    Crlf,
}

/// The one CSV writer of the crate: every CSV output goes through it.
pub fn writer<W: io::Write>(out: W, ending: LineEnding) -> ::csv::Writer<W> {
    let terminator = match ending {
        LineEnding::Lf => ::csv::Terminator::Any(b'\n'),
        LineEnding::Crlf => ::csv::Terminator::CRLF,
    };
    ::csv::WriterBuilder::new().terminator(terminator).from_writer(out)
}

/// An optional count as a CSV field (empty when absent).
pub(crate) fn opt_count(n: Option<u64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// Writes the mentions of one document (without header).
pub fn write_mentions<W: io::Write>(
    out: &mut ::csv::Writer<W>,
    doc: &str,
    text: &str,
    analysis: &Analysis<'_>,
) -> Result<()> {
    write_mentions_with(out, doc, text, analysis, false)
}

/// Writes the mentions of one document, with the `role` and `flags`
/// columns when `details` is set.
pub fn write_mentions_with<W: io::Write>(
    out: &mut ::csv::Writer<W>,
    doc: &str,
    text: &str,
    analysis: &Analysis<'_>,
    details: bool,
) -> Result<()> {
    write_mentions_at(out, doc, text, 0, analysis, details)
}

/// Like [`write_mentions_with`], for a text that starts at byte `offset`
/// of its file ([`crate::input::Document::offset`]): `start` and `end`
/// are written as offsets into the file.
pub fn write_mentions_at<W: io::Write>(
    out: &mut ::csv::Writer<W>,
    doc: &str,
    text: &str,
    offset: usize,
    analysis: &Analysis<'_>,
    details: bool,
) -> Result<()> {
    let mut itoa = [[0u8; 20]; 3];
    let mut flags = String::new();
    for m in &analysis.resolved.mentions {
        let (entity_id, entity) = match m.entity {
            Some(e) => (analysis.ref_id(e), analysis.ref_label(e)),
            None => ("", ""),
        };
        let country = analysis.country_code(m.country);
        let [a, b, c] = &mut itoa;
        let fields = [
            doc,
            decimal(m.sentence as u64, a),
            decimal((offset + m.span.start) as u64, b),
            decimal((offset + m.span.end) as u64, c),
            &text[m.span.clone()],
            m.kind.as_str(),
            entity_id,
            entity,
            country,
        ];
        if !details {
            out.write_record(fields)?;
            continue;
        }
        flags.clear();
        for (set, name) in [
            (m.discovered, "discovered"),
            (m.short_form, "short_form"),
            (m.stands_for_country, "stands_for_country"),
            (m.in_phrase, "in_phrase"),
        ] {
            if set {
                if !flags.is_empty() {
                    flags.push(';');
                }
                flags.push_str(name);
            }
        }
        let role = match (m.kind, m.role) {
            (MentionKind::Person, Some(r)) => {
                analysis.gazetteer().entity(r).id.as_str()
            }
            _ => "",
        };
        for field in fields.into_iter().chain([role, flags.as_str()]) {
            out.write_field(field)?;
        }
        out.write_record(None::<&[u8]>)?;
    }
    Ok(())
}

/// Writes the relations and multilateral events of one document (without
/// header), in text order (sentence, then trigger; a pair before an event
/// on the same trigger).
///
/// A pair is one row, `mode` phone, video or empty and `event` empty. An
/// event ([`crate::relations::Event`]) is one row per party: the party in
/// the `source` columns, the `target` columns empty, and `event` its id
/// ([`event_node_id`] of its kind and parties, the id of its node in the
/// entity-level graph); events of one kind in one sentence are one event
/// and write each party once. The country columns are the country the actor
/// acts for ([`Analysis::actor_country`]).
pub fn write_relations<W: io::Write>(
    out: &mut ::csv::Writer<W>,
    doc: &str,
    text: &str,
    analysis: &Analysis<'_>,
) -> Result<()> {
    let gazetteer = analysis.gazetteer();
    let place = |p: Option<EntityId>| {
        p.map_or("", |p| gazetteer.entity(p).name.as_str())
    };
    let country = |a: &Actor| analysis.country_code(analysis.actor_country(a));
    let mut events = analysis.events.iter().peekable();
    // Events of one kind in one sentence are one event: its id names its
    // kind and parties, as its node in the entity-level graph.
    let ids = event_node_ids(&analysis.events, |p| analysis.actor_id(p));
    let mut ids = ids.iter();
    // The parties written under each event.
    let mut written: FxHashSet<(&str, EntityRef)> = FxHashSet::default();
    let mut relations = analysis.relations.iter().peekable();
    loop {
        let event_first = match (relations.peek(), events.peek()) {
            (None, None) => break,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (Some(r), Some(e)) => {
                (e.sentence, e.trigger.start) < (r.sentence, r.trigger.start)
            }
        };
        if !event_first {
            let r = relations.next().expect("peeked");
            let date = r.date.map(|d| d.to_string()).unwrap_or_default();
            out.write_record([
                doc,
                &r.sentence.to_string(),
                r.kind.as_str(),
                r.status.as_str(),
                analysis.actor_id(&r.source),
                analysis.ref_label(r.source.entity),
                country(&r.source),
                analysis.actor_id(&r.target),
                analysis.ref_label(r.target.entity),
                country(&r.target),
                &text[r.trigger.clone()],
                place(r.place),
                &date,
                analysis.sentence_text(text, r.sentence),
                r.mode.as_str(),
                "",
            ])?;
            continue;
        }
        let e = events.next().expect("peeked");
        let id = ids.next().expect("one id per event").as_str();
        let date = e.date.map(|d| d.to_string()).unwrap_or_default();
        let sentence = e.sentence.to_string();
        for party in &e.parties {
            if !written.insert((id, party.entity)) {
                continue;
            }
            out.write_record([
                doc,
                &sentence,
                e.kind.as_str(),
                e.status.as_str(),
                analysis.actor_id(party),
                analysis.ref_label(party.entity),
                country(party),
                "",
                "",
                "",
                &text[e.trigger.clone()],
                place(e.place),
                &date,
                analysis.sentence_text(text, e.sentence),
                e.mode.as_str(),
                id,
            ])?;
        }
    }
    Ok(())
}

/// Writes `nodes.csv`.
pub fn write_nodes<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    write_node_table(out, graph, ending, &NODE_HEADER, |kind| kind.into())
}

/// Writes a node table of the `nodes.csv` columns under `header` (the
/// Neo4j and Gephi profiles name them their way), the kind as `kind`
/// renders it.
pub(crate) fn write_node_table<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
    header: &[&str],
    kind: impl Fn(&str) -> std::borrow::Cow<'_, str>,
) -> Result<()> {
    let mut w = writer(out, ending);
    w.write_record(header)?;
    for node in graph.graph.node_weights() {
        w.write_record([
            node.id.as_str(),
            &node.label,
            &kind(&node.kind),
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

/// Writes `edges.csv`.
pub fn write_edges<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
) -> Result<()> {
    write_edge_table(out, graph, ending, &EDGE_HEADER)
}

/// Writes an edge table of the `edges.csv` columns under `header` (the
/// Neo4j profile names them its way).
pub(crate) fn write_edge_table<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    ending: LineEnding,
    header: &[&str],
) -> Result<()> {
    let mut w = writer(out, ending);
    w.write_record(header)?;
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
