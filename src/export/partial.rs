//! The partial-graph format: one JSON document holding a [`GraphData`], so
//! a corpus can be split across processes or machines and merged later
//! (`gazette graph --partial`, then `gazette merge`).

use std::io;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{
    EdgeData, EdgeKind, GraphData, Level, NodeData, PendingSentence, Stats,
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
        nodes: data
            .nodes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        edges: data
            .edges
            .iter()
            .map(|((kind, a, b), e)| (*kind, a.clone(), b.clone(), e.clone()))
            .collect(),
        pending: data
            .pending
            .iter()
            .map(|((doc, s), p)| (doc.clone(), *s, p.clone()))
            .collect(),
    };
    let mut out = io::BufWriter::new(out);
    serde_json::to_writer(&mut out, &file).map_err(|e| Error::Partial {
        file: "<output>".into(),
        msg: e.to_string(),
    })?;
    io::Write::write_all(&mut out, b"\n")
        .and_then(|_| io::Write::flush(&mut out))
        .map_err(|source| Error::Io { path: "<partial>".into(), source })
}

/// Reads every partial graph in `input` (one JSON document per line, as
/// concatenated `--partial` outputs are) and merges them; `name` is used
/// in error messages.
pub fn read_partials<R: io::BufRead>(
    input: R,
    name: &str,
) -> Result<Vec<GraphData>> {
    let mut parts = vec![];
    for (idx, line) in input.lines().enumerate() {
        let line =
            line.map_err(|source| Error::Io { path: name.into(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        parts.push(parse_partial(&line, &format!("{name}:{}", idx + 1))?);
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
    let file: PartialFile =
        serde_json::from_str(line).map_err(|e| Error::Partial {
            file: name.to_string(),
            msg: format!("not a partial graph: {e}"),
        })?;
    if file.format != FORMAT {
        return Err(Error::Partial {
            file: name.to_string(),
            msg: format!(
                "unknown format `{}` (expected `{FORMAT}`)",
                file.format
            ),
        });
    }
    let mut data = GraphData::new(file.level);
    data.stats = file.stats;
    data.nodes = file.nodes.into_iter().collect();
    data.edges =
        file.edges.into_iter().map(|(k, a, b, e)| ((k, a, b), e)).collect();
    data.pending =
        file.pending.into_iter().map(|(d, s, p)| ((d, s), p)).collect();
    Ok(data)
}
