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

use std::fmt::Write;

use crate::relations::RelationKind;

/// Separator between evidence references.
pub const EVIDENCE_SEPARATOR: char = ';';

/// Writes one evidence reference, `doc:sentence`, into `out`, with `%`,
/// `;` and `:` in `doc` percent-encoded (`%25`, `%3B`, `%3A`).
pub fn push_evidence_ref(out: &mut String, doc: &str, sentence: u32) {
    for c in doc.chars() {
        match c {
            '%' => out.push_str("%25"),
            ';' => out.push_str("%3B"),
            ':' => out.push_str("%3A"),
            c => out.push(c),
        }
    }
    write!(out, ":{sentence}").expect("writing to a String");
}

/// The id of the multilateral event of sentence `sentence` of document
/// `doc`: `event:<doc ref>:<kind>`, where `<doc ref>` is the evidence
/// reference [`push_evidence_ref`] writes (`doc:sentence`, the name
/// percent-encoded) and `<kind>` is `meeting` or `cooperation`. The same in
/// relations.csv and in every graph format, and stable across runs, splits
/// and merges. Two events of one kind in one sentence (two triggers, each
/// with many parties) share the id: they are one event with the parties of
/// both.
pub fn event_id(doc: &str, sentence: u32, kind: RelationKind) -> String {
    let mut out = String::from("event:");
    push_evidence_ref(&mut out, doc, sentence);
    out.push(':');
    out.push_str(match kind {
        RelationKind::Meeting => "meeting",
        RelationKind::Cooperation => "cooperation",
    });
    out
}

/// The evidence references of an edge, encoded ([`push_evidence_ref`])
/// and joined by `;`. Decode with: split on `;`, split each on `:`,
/// percent-decode the name (`urllib.parse.unquote` in Python).
pub fn evidence(refs: &[(String, u32)]) -> String {
    let mut out = String::new();
    for (i, (doc, sentence)) in refs.iter().enumerate() {
        if i > 0 {
            out.push(EVIDENCE_SEPARATOR);
        }
        push_evidence_ref(&mut out, doc, *sentence);
    }
    out
}

/// A PageRank value as written in every format: fixed, 10 decimals.
pub fn format_rank(rank: f64) -> String {
    format!("{rank:.10}")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn event_ids_encode_the_document_as_evidence_does() {
        let cases = [
            ("a.txt", 3, RelationKind::Meeting, "event:a.txt:3:meeting"),
            (
                "x;y:z%.txt",
                0,
                RelationKind::Cooperation,
                "event:x%3By%3Az%25.txt:0:cooperation",
            ),
        ];
        for (doc, sentence, kind, expected) in cases {
            assert_eq!(event_id(doc, sentence, kind), expected);
            let mut reference = String::new();
            push_evidence_ref(&mut reference, doc, sentence);
            assert!(expected.contains(&reference));
        }
    }

    #[test]
    fn ranks_have_fixed_decimals() {
        assert_eq!(format_rank(0.25), "0.2500000000");
        assert_eq!(format_rank(1.0 / 3.0), "0.3333333333");
    }
}
