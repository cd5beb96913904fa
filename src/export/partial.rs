//! The partial-graph format: one JSON document holding a [`GraphData`], so
//! a corpus can be split across processes or machines and merged later
//! (`gazette graph --partial`, then `gazette merge`).
//!
//! Reading validates a partial before it is merged: every edge joins two
//! distinct nodes listed in `nodes`, a relation's in canonical order
//! (`a < b`), a `PARTICIPATED_IN` edge's as (party, event node), with a
//! weight of at least 1 and no more planned sentences than its weight;
//! pending sentences (country level) name listed nodes; no node, edge or
//! pending sentence is listed twice. The same partial given twice
//! (byte-identical lines with at least one node) is refused: merging it
//! again would count its sentences twice. Partials of overlapping inputs
//! cannot be detected; merge assumes disjoint inputs.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{
    EdgeData, EdgeKey, EdgeKind, GraphData, Level, NodeData, PendingSentence,
    Stats, EVENT_KIND,
};

/// Format tag written in every partial file.
pub const FORMAT: &str = "gazette-partial-graph/1";

#[derive(Serialize, Deserialize)]
struct PartialFile {
    format: String,
    level: Level,
    stats: Stats,
    nodes: Vec<(String, NodeData)>,
    edges: Vec<(EdgeKind, String, String, EdgeData)>,
    /// Country level: sentences waiting for a person's country.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pending: Vec<(String, u32, PendingSentence)>,
}

/// Writes `data` as a partial graph.
pub fn write_partial<W: io::Write>(out: W, data: &GraphData) -> Result<()> {
    let file = PartialFile {
        format: FORMAT.to_string(),
        level: data.level,
        stats: data.stats.clone(),
        nodes: {
            // Sorted: the graph's node map is a hash map.
            let mut nodes: Vec<(String, NodeData)> = data
                .nodes
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            nodes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            nodes
        },
        edges: {
            let mut edges: Vec<(EdgeKind, String, String, EdgeData)> = data
                .edges
                .iter()
                .map(|((kind, a, b), e)| {
                    (*kind, a.clone(), b.clone(), e.clone())
                })
                .collect();
            edges.sort_unstable_by(|x, y| {
                (x.0, &x.1, &x.2).cmp(&(y.0, &y.1, &y.2))
            });
            edges
        },
        pending: data
            .pending
            .iter()
            .map(|((doc, s), p)| (doc.clone(), *s, p.clone()))
            .collect(),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer(&mut out, &file).map_err(|e| {
        if e.is_io() {
            // A closed pipe stays an I/O error the binary can recognise.
            Error::Io { path: "<partial>".into(), source: e.into() }
        } else {
            Error::Partial { file: "<output>".into(), msg: e.to_string() }
        }
    })?;
    io::Write::write_all(&mut out, b"\n")
        .and_then(|_| io::Write::flush(&mut out))
        .map_err(|source| Error::Io { path: "<partial>".into(), source })
}

/// Reads every partial graph in `input` (one JSON document per line, as
/// concatenated `--partial` outputs are); `name` is used in error
/// messages. A partial given twice in `input` is an error.
pub fn read_partials<R: io::BufRead>(
    input: R,
    name: &str,
) -> Result<Vec<GraphData>> {
    read_partials_checked(input, name, &mut SeenPartials::default())
}

/// The partial graphs read so far (by content), so that one given twice,
/// in one file or in several, is refused.
#[derive(Debug, Default)]
pub struct SeenPartials {
    seen: HashMap<(u64, u64), String>,
}

impl SeenPartials {
    /// Records the partial on `line`, read at `location`; an error if the
    /// same partial was read before.
    fn check(&mut self, line: &str, location: &str) -> Result<()> {
        let hash = |salt: u8| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            salt.hash(&mut h);
            line.hash(&mut h);
            h.finish()
        };
        let key = (hash(1), hash(2));
        if let Some(first) = self.seen.get(&key) {
            return Err(Error::Partial {
                file: location.to_string(),
                msg: format!(
                    "the same partial graph as {first}; merging it twice \
                     would count its sentences twice"
                ),
            });
        }
        self.seen.insert(key, location.to_string());
        Ok(())
    }
}

/// Like [`read_partials`], refusing a partial already in `seen`.
pub fn read_partials_checked<R: io::BufRead>(
    input: R,
    name: &str,
    seen: &mut SeenPartials,
) -> Result<Vec<GraphData>> {
    let mut parts = vec![];
    for (idx, line) in input.lines().enumerate() {
        let line =
            line.map_err(|source| Error::Io { path: name.into(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let location = format!("{name}:{}", idx + 1);
        let part = parse_partial(&line, &location)?;
        if !part.nodes.is_empty() || !part.edges.is_empty() {
            seen.check(line.trim(), &location)?;
        }
        parts.push(part);
    }
    if parts.is_empty() {
        return Err(Error::Partial {
            file: name.to_string(),
            msg: "no partial graph in file".into(),
        });
    }
    Ok(parts)
}

fn parse_partial(line: &str, name: &str) -> Result<GraphData> {
    let bad = |msg: String| Error::Partial { file: name.to_string(), msg };
    let file: PartialFile = serde_json::from_str(line)
        .map_err(|e| bad(format!("not a partial graph: {e}")))?;
    if file.format != FORMAT {
        return Err(bad(format!(
            "unknown format `{}` (expected `{FORMAT}`)",
            file.format
        )));
    }
    let mut data = GraphData::new(file.level);
    data.stats = file.stats;
    for (id, node) in file.nodes {
        if data.nodes.contains_key(&id) {
            return Err(bad(format!("node `{id}` is listed twice")));
        }
        data.nodes.insert(id, node);
    }
    for (kind, a, b, edge) in file.edges {
        let what = format!("edge `{} {a} {b}`", kind.as_str());
        check_key(&data, &(kind, a.clone(), b.clone()), &what)
            .map_err(&bad)?;
        if edge.weight == 0 {
            return Err(bad(format!("{what}: weight 0")));
        }
        if edge.planned > edge.weight {
            return Err(bad(format!(
                "{what}: planned {} above weight {}",
                edge.planned, edge.weight
            )));
        }
        if data.edges.contains_key(&(kind, a.clone(), b.clone())) {
            return Err(bad(format!("{what} is listed twice")));
        }
        data.edges.insert((kind, a, b), edge);
    }
    for (doc, sentence, p) in file.pending {
        if data.level != Level::Country {
            return Err(bad(format!(
                "pending sentence {doc}:{sentence} in an entity-level graph"
            )));
        }
        for (kind, a, b) in p.pending.iter().map(|(k, _)| k) {
            let what = format!(
                "pending sentence {doc}:{sentence}: edge `{} {a} {b}`",
                kind.as_str()
            );
            check_key(&data, &(*kind, a.clone(), b.clone()), &what)
                .map_err(&bad)?;
        }
        if data.pending.insert((doc.clone(), sentence), p).is_some() {
            return Err(bad(format!(
                "pending sentence {doc}:{sentence} is listed twice"
            )));
        }
    }
    Ok(data)
}

/// Checks the key of a stored edge: a relation (MEETING, COOPERATION)
/// joins two different ids in order (`a < b`), a `PARTICIPATED_IN` edge a
/// party and an event node; both ends are listed in `nodes`.
/// `AFFILIATED_WITH` edges are derived at export, never stored.
fn check_key(
    data: &GraphData,
    (kind, a, b): &EdgeKey,
    what: &str,
) -> std::result::Result<(), String> {
    match kind {
        EdgeKind::AffiliatedWith => {
            return Err(format!(
                "{what}: AFFILIATED_WITH edges are derived, not stored"
            ))
        }
        EdgeKind::Meeting | EdgeKind::Cooperation if a >= b => {
            return Err(format!(
                "{what}: the ends must be two different ids in order \
                 (source < target)"
            ))
        }
        EdgeKind::ParticipatedIn if a == b => {
            return Err(format!("{what}: a party cannot be its own event"))
        }
        _ => {}
    }
    for end in [a, b] {
        if !data.nodes.contains_key(end) {
            return Err(format!("{what}: node `{end}` is not in `nodes`"));
        }
    }
    if *kind == EdgeKind::ParticipatedIn && data.nodes[b].kind != EVENT_KIND {
        return Err(format!("{what}: node `{b}` is not an event"));
    }
    Ok(())
}
