//! Stage 8: writers. Every writer takes `impl io::Write` and the graph,
//! never a path; the binary owns files (and writes them atomically).
//!
//! - [`csv`]: mentions, relations, `nodes.csv` and `edges.csv`.
//! - [`neo4j`], [`gephi`]: the same graph as CSV with the headers
//!   `neo4j-admin database import` and Gephi's spreadsheet importer expect.
//! - [`graphml`], [`gexf`]: typed XML (quick-xml) for NetworkX, igraph,
//!   graph-tool, yEd, Cytoscape, Gephi.
//! - [`dot`]: Graphviz DOT with escaped ids and labels, a legend.
//! - [`html`]: the self-contained HTML report (laid out by
//!   [`crate::layout`]).
//! - [`partial`]: the mergeable partial-graph format (JSON).
//!
//! Evidence references are written the same way everywhere
//! ([`evidence`]): `doc:sentence`, joined by `;`, with `%`, `;` and `:` in
//! the document name percent-encoded, so that any document name reads
//! back unambiguously.

pub mod csv;
pub mod dot;
pub mod gephi;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod neo4j;
pub mod partial;
mod xml;

use crate::relations::{Actor, Event, RelationKind};

/// Separator between evidence references.
pub const EVIDENCE_SEPARATOR: char = ';';

/// Writes one evidence reference, `doc:sentence`, into `out`, with `%`,
/// `;` and `:` in `doc` percent-encoded (`%25`, `%3B`, `%3A`).
pub fn push_evidence_ref(out: &mut String, doc: &str, sentence: u32) {
    let mut plain = 0;
    for (i, b) in doc.bytes().enumerate() {
        let encoded = match b {
            b'%' => "%25",
            b';' => "%3B",
            b':' => "%3A",
            _ => continue,
        };
        out.push_str(&doc[plain..i]);
        out.push_str(encoded);
        plain = i + 1;
    }
    out.push_str(&doc[plain..]);
    out.push(':');
    out.push_str(decimal(u64::from(sentence), &mut [0; 20]));
}

/// `n` in decimal, written at the end of `buf` (no formatting machinery:
/// the writers call this for every edge).
pub(crate) fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).expect("ASCII digits")
}

/// The id of a multilateral event's node in the graph:
/// `event:<kind>:<hash>`, `<kind>` `meeting` or `cooperation` and `<hash>`
/// 16 hex digits of the 64-bit FNV-1a hash of the event's distinct party
/// ids (the graph's nodes at its level), sorted and joined by newlines. An
/// event is its kind and its parties: the same summit stated in many
/// sentences or documents is one node (its edges' weights and evidence
/// count the sentences), as the meetings of one pair are one edge; the id
/// is stable across runs, thread counts, splits and merges. relations.csv
/// gives each event row the id of its node in the entity-level graph.
pub fn event_node_id(kind: RelationKind, parties: &[&str]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for (i, party) in parties.iter().enumerate() {
        let sep: &[u8] = if i == 0 { b"" } else { b"\n" };
        for &b in sep.iter().chain(party.as_bytes()) {
            hash = (hash ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }
    let kind = match kind {
        RelationKind::Meeting => "meeting",
        RelationKind::Cooperation => "cooperation",
    };
    format!("event:{kind}:{hash:016x}")
}

/// The node id of each of a document's multilateral events, in order:
/// events of one kind in one sentence are one event (they share the id),
/// named by its kind and its distinct parties ([`event_node_id`]);
/// `party_id` gives a party's id at the wanted level (the actor id, or the
/// graph node it rolls up into).
pub fn event_node_ids<'a>(
    events: &[Event],
    mut party_id: impl FnMut(&Actor) -> &'a str,
) -> Vec<String> {
    // (sentence, kind, party ids) per event; few events per document, so
    // a list searched linearly.
    let mut groups: Vec<(usize, RelationKind, Vec<&'a str>)> = vec![];
    let mut group_of = Vec::with_capacity(events.len());
    for e in events {
        let parties = e.parties.iter().map(&mut party_id);
        let at = groups
            .iter()
            .position(|(s, k, _)| (*s, *k) == (e.sentence, e.kind));
        match at {
            Some(g) => groups[g].2.extend(parties),
            None => groups.push((e.sentence, e.kind, parties.collect())),
        }
        group_of.push(at.unwrap_or(groups.len() - 1));
    }
    let ids: Vec<String> = groups
        .iter_mut()
        .map(|(_, kind, parties)| {
            parties.sort_unstable();
            parties.dedup();
            event_node_id(*kind, parties)
        })
        .collect();
    group_of.into_iter().map(|g| ids[g].clone()).collect()
}

/// The evidence references of an edge, encoded ([`push_evidence_ref`])
/// and joined by `;`. Decode with: split on `;`, split each on `:`,
/// percent-decode the name (`urllib.parse.unquote` in Python).
pub fn evidence(refs: &[(String, u32)]) -> String {
    let mut out = String::new();
    push_evidence(&mut out, refs);
    out
}

/// Appends [`evidence`]`(refs)` to `out`.
pub fn push_evidence(out: &mut String, refs: &[(String, u32)]) {
    for (i, (doc, sentence)) in refs.iter().enumerate() {
        if i > 0 {
            out.push(EVIDENCE_SEPARATOR);
        }
        push_evidence_ref(out, doc, *sentence);
    }
}

/// A PageRank value as written in every format: fixed, 10 decimals.
pub fn format_rank(rank: f64) -> String {
    format!("{rank:.10}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX]
        {
            assert_eq!(decimal(n, &mut [0; 20]), n.to_string());
        }
    }

    #[test]
    fn evidence_is_unambiguous() {
        let refs = vec![
            ("a;b.txt".to_string(), 3),
            ("c:d".to_string(), 0),
            ("50%".to_string(), 12),
            ("plain/x.txt".to_string(), 7),
        ];
        let text = evidence(&refs);
        assert_eq!(text, "a%3Bb.txt:3;c%3Ad:0;50%25:12;plain/x.txt:7");
        // Decoding as documented gives the references back.
        let decoded: Vec<(String, u32)> = text
            .split(';')
            .map(|r| {
                let (doc, s) = r.split_once(':').unwrap();
                let doc = doc
                    .replace("%3B", ";")
                    .replace("%3A", ":")
                    .replace("%25", "%");
                (doc, s.parse().unwrap())
            })
            .collect();
        assert_eq!(decoded, refs);
        assert_eq!(evidence(&[]), "");
    }

    #[test]
    fn event_node_ids_name_kind_and_parties() {
        let id = event_node_id(RelationKind::Meeting, &["CHN", "RUS"]);
        // FNV-1a 64 of "CHN\nRUS", checked with an independent
        // implementation (Python: h = 0xcbf29ce484222325; for b in data:
        // h = ((h ^ b) * 0x100000001b3) % 2**64).
        assert_eq!(id, "event:meeting:4392b8adb5259230");
        assert_eq!(
            event_node_id(RelationKind::Cooperation, &["CHN", "RUS"]),
            "event:cooperation:4392b8adb5259230"
        );
        // The separator matters: not the same parties as "CHNRUS".
        assert_ne!(event_node_id(RelationKind::Meeting, &["CHNRUS"]), id);
        assert_ne!(event_node_id(RelationKind::Meeting, &["CHN"]), id);
    }

    #[test]
    fn ranks_have_fixed_decimals() {
        assert_eq!(format_rank(0.25), "0.2500000000");
        assert_eq!(format_rank(1.0 / 3.0), "0.3333333333");
    }
}
