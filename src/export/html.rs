//! The HTML report: one self-contained `graph.html` (inline SVG, CSS,
//! JavaScript and JSON; no network access, enforced by a
//! Content-Security-Policy that allows no source but the page itself).
//!
//! The layout is computed here, by [`crate::layout`], and written into the
//! SVG, so the page shows the graph even with scripts off. Nodes are sized
//! by weighted degree (the sum of the weights of their edges; an
//! `AFFILIATED_WITH` edge weighs its person's mentions) and coloured by
//! kind (`event` in the legend only when there is one); edges are
//! coloured by kind, dashed when only planned, and as wide as
//! `1 + ln(weight)`. The script (`report.js`, plain JavaScript) adds
//! pan and zoom, selection (a node's neighbours and relations, an edge's
//! evidence), filters by relation kind, status and date, and a search box.
//!
//! Large graphs are cut to stay usable in a browser: at most
//! [`HtmlOptions::max_nodes`] nodes, those of highest weighted degree
//! (ties: smaller id), then at most [`HtmlOptions::max_edges`] edges among
//! them, the heaviest (ties: canonical order); nodes left without an edge
//! are dropped. The page says so when it happens.
//!
//! Test hook: the page reads its URL fragment after loading (and on every
//! change), `&`-separated: `uncheck=A,B` unticks the filter boxes of
//! relation kinds or statuses A and B (`MEETING`, `planned`);
//! `search=TEXT` types TEXT into the search box;
//! `click=node:ID` clicks the node whose entity id is ID;
//! `click=edge:N` clicks the middle of the N-th edge of the page's data
//! (the SVG path `e{N}`), which goes through the same hit test as a
//! mouse click. When done, `<body>` carries `data-hook="done"`; once the
//! script has run, `data-ready="1"`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::graph::{EdgeKind, GraphEdge, RelationGraph, EVENT_KIND};
use crate::layout::{self, LayoutOptions, Point};

/// The page's style sheet.
const CSS: &str = include_str!("report.css");
/// The page's script.
const JS: &str = include_str!("report.js");

/// Default [`HtmlOptions::max_nodes`].
pub const MAX_NODES: usize = 2_000;
/// Default [`HtmlOptions::max_edges`].
pub const MAX_EDGES: usize = 8_000;
/// Nodes that always show their label (the heaviest); the others show it
/// when zoomed in, selected or found.
const LABELLED_NODES: usize = 60;

/// Options of [`write_html`].
#[derive(Clone, Debug, PartialEq)]
pub struct HtmlOptions {
    /// Page title.
    pub title: String,
    /// Most nodes drawn (see the module docs).
    pub max_nodes: usize,
    /// Most edges drawn.
    pub max_edges: usize,
    /// Seed of the layout.
    pub seed: u64,
    /// Iterations of the layout.
    pub iterations: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        let layout = LayoutOptions::default();
        HtmlOptions {
            title: "gazette graph".to_string(),
            max_nodes: MAX_NODES,
            max_edges: MAX_EDGES,
            seed: layout.seed,
            iterations: layout.iterations,
        }
    }
}

/// A node of the page's inline JSON.
#[derive(Serialize)]
struct JsonNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    country: Option<&'a str>,
    mentions: u64,
    degree: u64,
}

/// An edge of the page's inline JSON; `source` and `target` index `nodes`.
#[derive(Serialize)]
struct JsonEdge<'a> {
    source: usize,
    target: usize,
    kind: &'a str,
    weight: u64,
    planned: u64,
    status: Option<&'a str>,
    first: Option<&'a str>,
    last: Option<&'a str>,
    role: Option<&'a str>,
    evidence: Vec<JsonEvidence<'a>>,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    doc: &'a str,
    sentence: u32,
    text: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonPage<'a> {
    title: &'a str,
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge<'a>>,
    /// Distinct first and last dates of the edges, sorted.
    dates: Vec<&'a str>,
    total_nodes: usize,
    total_edges: usize,
}

/// What the report draws: indices into the petgraph graph.
struct Selection {
    nodes: Vec<usize>,
    edges: Vec<usize>,
    /// Weighted degree of every node of the full graph.
    degree: Vec<u64>,
    /// Whether the node limit cut nodes.
    nodes_cut: bool,
    /// Whether the edge limit cut edges (among the kept nodes).
    edges_cut: bool,
}

/// An edge's weight as the page draws and reports it: a relation's
/// supporting sentences, an `AFFILIATED_WITH` edge's person's mentions
/// (its graph weight is 1, see [`GraphEdge::weight`]).
fn drawn_weight(edge: &GraphEdge) -> u64 {
    edge.mentions.unwrap_or(edge.weight)
}

/// Picks the nodes and edges to draw (see the module docs).
fn select(graph: &RelationGraph, options: &HtmlOptions) -> Selection {
    let g = &graph.graph;
    let mut degree = vec![0u64; g.node_count()];
    let ends: Vec<(usize, usize)> = g
        .edge_indices()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("edge exists");
            (a.index(), b.index())
        })
        .collect();
    for (e, &(a, b)) in g.edge_weights().zip(&ends) {
        degree[a] = degree[a].saturating_add(drawn_weight(e));
        degree[b] = degree[b].saturating_add(drawn_weight(e));
    }
    let mut kept_node = vec![true; g.node_count()];
    if g.node_count() > options.max_nodes {
        let mut order: Vec<usize> = (0..g.node_count()).collect();
        // Nodes are sorted by id, so the index breaks ties by id.
        order.sort_by(|&a, &b| degree[b].cmp(&degree[a]).then(a.cmp(&b)));
        kept_node = vec![false; g.node_count()];
        for &i in order.iter().take(options.max_nodes) {
            kept_node[i] = true;
        }
    }
    let mut edges: Vec<usize> = (0..ends.len())
        .filter(|&i| kept_node[ends[i].0] && kept_node[ends[i].1])
        .collect();
    let edges_cut = edges.len() > options.max_edges;
    if edges_cut {
        let weights: Vec<u64> = g.edge_weights().map(drawn_weight).collect();
        edges.sort_by(|&a, &b| weights[b].cmp(&weights[a]).then(a.cmp(&b)));
        edges.truncate(options.max_edges);
        edges.sort_unstable();
    }
    let nodes_cut = g.node_count() > options.max_nodes;
    let nodes = if nodes_cut || edges_cut {
        let mut linked = vec![false; g.node_count()];
        for &e in &edges {
            linked[ends[e].0] = true;
            linked[ends[e].1] = true;
        }
        (0..g.node_count()).filter(|&i| linked[i]).collect()
    } else {
        (0..g.node_count()).collect()
    };
    Selection { nodes, edges, degree, nodes_cut, edges_cut }
}

/// Writes the report of `graph`.
pub fn write_html<W: io::Write>(
    out: W,
    graph: &RelationGraph,
    options: &HtmlOptions,
) -> Result<()> {
    let mut out = io::BufWriter::new(out);
    write_page(&mut out, graph, options)
        .and_then(|_| out.flush())
        .map_err(|source| Error::Io { path: "<html>".into(), source })
}

fn write_page<W: Write>(
    out: &mut W,
    graph: &RelationGraph,
    options: &HtmlOptions,
) -> io::Result<()> {
    let g = &graph.graph;
    let sel = select(graph, options);
    let mut local = vec![usize::MAX; g.node_count()];
    for (i, &n) in sel.nodes.iter().enumerate() {
        local[n] = i;
    }
    let edge_refs: Vec<_> = g.edge_indices().collect();
    let ends = |e: usize| {
        let (a, b) = g.edge_endpoints(edge_refs[e]).expect("edge exists");
        (local[a.index()], local[b.index()])
    };

    // Layout on a canvas that grows with the graph, so that dense graphs
    // get room (the view starts fitted to it).
    let n = sel.nodes.len();
    let scale = (n as f64 / 100.0).sqrt().max(1.0);
    let layout_options = LayoutOptions {
        seed: options.seed,
        iterations: options.iterations,
        width: 1000.0 * scale,
        height: 750.0 * scale,
        margin: 40.0 * scale,
        ..LayoutOptions::default()
    };
    let springs: Vec<(usize, usize, f64)> = sel
        .edges
        .iter()
        .map(|&e| {
            let (a, b) = ends(e);
            (a, b, drawn_weight(&g[edge_refs[e]]) as f64)
        })
        .collect();
    let points = layout::layout(n, &springs, &layout_options);

    let max_degree =
        sel.nodes.iter().map(|&i| sel.degree[i]).max().unwrap_or(1).max(1);
    let size = scale.sqrt();
    let radius = |degree: u64| {
        (5.0 + 15.0 * (degree as f64 / max_degree as f64).sqrt()) * size
    };
    let labelled: BTreeSet<usize> = {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            sel.degree[sel.nodes[b]]
                .cmp(&sel.degree[sel.nodes[a]])
                .then(a.cmp(&b))
        });
        order.into_iter().take(LABELLED_NODES).collect()
    };

    let title = escape(&options.title);
    let csp = "default-src 'none'; style-src 'unsafe-inline'; \
               script-src 'unsafe-inline'; img-src data:";
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"gazette {}\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "<header>\n<h1>{title}</h1>")?;
    writeln!(
        out,
        "<p id=\"counts\">{} nodes, {} edges</p>",
        sel.nodes.len(),
        sel.edges.len()
    )?;
    if sel.nodes_cut || sel.edges_cut {
        let mut why = vec![];
        if sel.nodes_cut {
            why.push(format!(
                "the {} nodes of highest weighted degree",
                options.max_nodes
            ));
        }
        if sel.edges_cut {
            let among = if sel.nodes_cut { " among them" } else { "" };
            why.push(format!(
                "the {} heaviest edges{among}",
                options.max_edges
            ));
        }
        writeln!(
            out,
            "<p id=\"truncated\" class=\"note\">Showing {} of {} nodes and \
             {} of {} edges: {}; nodes left without an edge are not \
             shown.</p>",
            sel.nodes.len(),
            g.node_count(),
            sel.edges.len(),
            g.edge_count(),
            why.join(", then ")
        )?;
    }
    writeln!(
        out,
        "<noscript><p class=\"note\">Filters, search and evidence need \
         JavaScript.</p></noscript>\n</header>"
    )?;

    // Controls: search, relation kinds (the edge legend), status, dates,
    // node legend.
    let kinds: BTreeSet<EdgeKind> =
        sel.edges.iter().map(|&e| g[edge_refs[e]].kind).collect();
    let mut dates: BTreeSet<&str> = BTreeSet::new();
    for &e in &sel.edges {
        let edge = &g[edge_refs[e]];
        dates.extend(edge.first_date.as_deref());
        dates.extend(edge.last_date.as_deref());
    }
    writeln!(out, "<aside id=\"controls\">")?;
    writeln!(
        out,
        "<label class=\"block\">Search <input id=\"search\" type=\"search\" \
         placeholder=\"name or id\" autocomplete=\"off\"></label>\n\
         <p id=\"search-count\"></p>"
    )?;
    writeln!(out, "<fieldset id=\"kinds\"><legend>Relations</legend>")?;
    for kind in &kinds {
        writeln!(
            out,
            "<label><input type=\"checkbox\" value=\"{k}\" checked> \
             <span class=\"swatch edge-{k}\"></span>{k}</label>",
            k = kind.as_str()
        )?;
    }
    writeln!(out, "</fieldset>")?;
    writeln!(out, "<fieldset id=\"statuses\"><legend>Status</legend>")?;
    for status in ["reported", "planned"] {
        writeln!(
            out,
            "<label><input type=\"checkbox\" value=\"{status}\" checked> \
             <span class=\"swatch status-{status}\"></span>{status}</label>"
        )?;
    }
    writeln!(out, "</fieldset>")?;
    if dates.len() > 1 {
        let last = dates.len() - 1;
        writeln!(
            out,
            "<fieldset id=\"dates\"><legend>Dates</legend>\n\
             <input id=\"date-from\" type=\"range\" min=\"0\" max=\"{last}\" \
             value=\"0\" aria-label=\"from\">\n\
             <input id=\"date-to\" type=\"range\" min=\"0\" max=\"{last}\" \
             value=\"{last}\" aria-label=\"to\">\n\
             <p id=\"date-range\">{} to {}</p></fieldset>",
            dates.first().expect("two dates"),
            dates.last().expect("two dates")
        )?;
    }
    writeln!(out, "<fieldset id=\"legend\"><legend>Nodes</legend>")?;
    // An event node (a multilateral event, linked to its parties by
    // PARTICIPATED_IN edges) only where the page has one.
    let has_events = sel
        .nodes
        .iter()
        .any(|&i| g[petgraph::graph::NodeIndex::new(i)].kind == EVENT_KIND);
    let events = has_events.then_some(EVENT_KIND);
    for kind in ["person", "country", "place", "organisation"]
        .into_iter()
        .chain(events)
    {
        writeln!(
            out,
            "<span class=\"legend\"><span class=\"dot {kind}\"></span>\
             {kind}</span>"
        )?;
    }
    writeln!(
        out,
        "<p class=\"hint\">Size: weighted degree. Drag to pan, wheel to \
         zoom, click a node or an edge.</p></fieldset>"
    )?;
    writeln!(
        out,
        "<p><button id=\"zoom-in\" type=\"button\">+</button> \
         <button id=\"zoom-out\" type=\"button\">&minus;</button> \
         <button id=\"zoom-reset\" type=\"button\">fit</button></p>\n\
         </aside>"
    )?;

    // The drawing.
    writeln!(
        out,
        "<main><svg id=\"graph\" viewBox=\"0 0 {:.0} {:.0}\" \
         preserveAspectRatio=\"xMidYMid meet\" role=\"img\" \
         aria-label=\"{title}\">\n<g id=\"viewport\">\n<g id=\"edges\">",
        layout_options.width, layout_options.height
    )?;
    // Edges between the same two nodes (one per kind) bend apart.
    let mut parallel: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let rank: Vec<usize> = sel
        .edges
        .iter()
        .map(|&e| {
            let (a, b) = ends(e);
            let seen = parallel.entry((a.min(b), a.max(b))).or_default();
            *seen += 1;
            *seen - 1
        })
        .collect();
    for (i, &e) in sel.edges.iter().enumerate() {
        let edge = &g[edge_refs[e]];
        let (a, b) = ends(e);
        let (p, q) = (points[a.min(b)], points[a.max(b)]);
        let count = parallel[&(a.min(b), a.max(b))];
        let (dx, dy) = (q.x - p.x, q.y - p.y);
        let len = (dx * dx + dy * dy).sqrt().max(1e-9);
        let bend = (rank[i] as f64 - (count - 1) as f64 / 2.0)
            * (0.25 * len).min(30.0 * size);
        // The control point sits at twice the bend from the middle, so the
        // curve's apex is `bend` away from the straight line.
        let (cx, cy) = (
            (p.x + q.x) / 2.0 - dy / len * 2.0 * bend,
            (p.y + q.y) / 2.0 + dx / len * 2.0 * bend,
        );
        let status = edge.status().map_or("", |s| s.as_str());
        writeln!(
            out,
            "<path id=\"e{i}\" class=\"edge edge-{} {status}\" \
             d=\"M{:.1} {:.1}Q{cx:.1} {cy:.1} {:.1} {:.1}\" \
             stroke-width=\"{:.2}\"/>",
            edge.kind.as_str(),
            p.x,
            p.y,
            q.x,
            q.y,
            (1.0 + (drawn_weight(edge).max(1) as f64).ln()).min(6.0) * size
        )?;
    }
    writeln!(out, "</g>\n<g id=\"nodes\">")?;
    for (i, &node_idx) in sel.nodes.iter().enumerate() {
        let node = &g[petgraph::graph::NodeIndex::new(node_idx)];
        let Point { x, y } = points[i];
        let r = radius(sel.degree[node_idx]);
        let minor = if labelled.contains(&i) { "" } else { " minor" };
        writeln!(
            out,
            "<g id=\"n{i}\" class=\"node {}\" transform=\"translate({x:.1} \
             {y:.1})\"><circle r=\"{r:.1}\"/><text class=\"label{minor}\" \
             y=\"{:.1}\" font-size=\"{:.1}\">{}</text></g>",
            escape(&node.kind),
            -r - 3.0 * size,
            15.0 * size,
            escape(&node.label)
        )?;
    }
    writeln!(out, "</g>\n</g>\n</svg></main>")?;
    writeln!(
        out,
        "<aside id=\"details\"><p class=\"hint\">Click a node to see its \
         relations, an edge to see its evidence.</p></aside>"
    )?;

    // The data the script reads.
    let page = JsonPage {
        title: &options.title,
        nodes: sel
            .nodes
            .iter()
            .map(|&i| {
                let node = &g[petgraph::graph::NodeIndex::new(i)];
                JsonNode {
                    id: &node.id,
                    label: &node.label,
                    kind: &node.kind,
                    country: node.country.as_deref(),
                    mentions: node.mentions,
                    degree: sel.degree[i],
                }
            })
            .collect(),
        edges: sel
            .edges
            .iter()
            .map(|&e| {
                let edge = &g[edge_refs[e]];
                let (source, target) = ends(e);
                JsonEdge {
                    source,
                    target,
                    kind: edge.kind.as_str(),
                    weight: drawn_weight(edge),
                    planned: edge.planned,
                    status: edge.status().map(|s| s.as_str()),
                    first: edge.first_date.as_deref(),
                    last: edge.last_date.as_deref(),
                    role: edge.role.as_deref(),
                    evidence: edge
                        .evidence
                        .iter()
                        .enumerate()
                        .map(|(k, (doc, sentence))| {
                            let text = edge
                                .evidence_texts
                                .get(k)
                                .map(|t| &**t)
                                .filter(|t| !t.is_empty());
                            JsonEvidence { doc, sentence: *sentence, text }
                        })
                        .collect(),
                }
            })
            .collect(),
        dates: dates.into_iter().collect(),
        total_nodes: g.node_count(),
        total_edges: g.edge_count(),
    };
    let json = serde_json::to_string(&page).map_err(io::Error::other)?;
    // `<` only occurs inside JSON strings, where `\u003c` means the same;
    // without it, no `</script>` can end the element early.
    writeln!(
        out,
        "<script id=\"gazette-data\" type=\"application/json\">{}</script>",
        json.replace('<', "\\u003c")
    )?;
    writeln!(out, "<script>\n{JS}</script>\n</body>\n</html>")
}

/// Escapes text for HTML element content and quoted attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{EdgeData, GraphData, GraphOptions, Level, NodeData};

    #[test]
    fn escaping() {
        let cases = [
            ("plain", "plain"),
            ("a<b>&\"c\"'", "a&lt;b&gt;&amp;&quot;c&quot;&#39;"),
            ("Иван 习近平", "Иван 习近平"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape(input), expected);
        }
    }

    /// A star of `n` people around one country, plus a chain between the
    /// people; weights grow with the index.
    fn star(n: usize) -> RelationGraph {
        let mut data = GraphData::new(Level::Entity);
        let node = |label: String, kind: &str| NodeData {
            label,
            kind: kind.to_string(),
            mentions: 1,
            ..NodeData::default()
        };
        data.nodes.insert("AAA".into(), node("Hub <&>".into(), "country"));
        for i in 0..n {
            let id = format!("p{i:04}");
            data.nodes.insert(id.clone(), node(format!("P {i}"), "person"));
            data.edges.insert(
                (EdgeKind::Cooperation, "AAA".into(), id.clone()),
                EdgeData {
                    weight: 1 + i as u64,
                    evidence: vec![("doc</script>".into(), i as u32)],
                    evidence_texts: vec![format!("Sentence <{i}>.").into()],
                    ..EdgeData::default()
                },
            );
            if i > 0 {
                data.edges.insert(
                    (EdgeKind::Meeting, format!("p{:04}", i - 1), id),
                    EdgeData {
                        weight: 1,
                        planned: 1,
                        first_date: Some("2025-01-01".into()),
                        last_date: Some(format!("2025-02-{:02}", 1 + i % 28)),
                        ..EdgeData::default()
                    },
                );
            }
        }
        RelationGraph::build(&data, &GraphOptions::default())
    }

    fn render(graph: &RelationGraph, options: &HtmlOptions) -> String {
        let mut out = vec![];
        write_html(&mut out, graph, options).expect("writes to a vec");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn self_contained_escaped_and_deterministic() {
        let graph = star(30);
        let html = render(&graph, &HtmlOptions::default());
        assert_eq!(html, render(&graph, &HtmlOptions::default()));
        assert_eq!(html.matches("<circle").count(), 31);
        assert_eq!(html.matches("<path id=\"e").count(), 59);
        assert!(html.contains(">Hub &lt;&amp;&gt;</text>"));
        // One script element of data, one of code: the evidence's
        // `</script>` is escaped inside the JSON.
        assert_eq!(html.matches("</script>").count(), 2);
        assert!(html.contains("doc\\u003c/script>"));
        assert!(html.contains("\"text\":\"Sentence \\u003c3>.\""));
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(!html.contains(" src=") && !html.contains("<link"));
        assert!(html.contains("id=\"dates\""));
        assert!(html.contains("class=\"edge edge-MEETING planned\""));
        assert!(!html.contains("id=\"truncated\""));
    }

    #[test]
    fn many_edges_keep_the_heaviest_and_say_so() {
        let graph = star(30);
        let options = HtmlOptions { max_edges: 20, ..HtmlOptions::default() };
        let html = render(&graph, &options);
        // The cooperation edges of weight 11 to 30: the hub and 20 people.
        assert!(
            html.contains(
                "Showing 21 of 31 nodes and 20 of 59 edges: the 20 heaviest \
                 edges; nodes left without an edge are not shown."
            ),
            "{html}"
        );
        assert_eq!(html.matches("<circle").count(), 21);
    }

    #[test]
    fn large_graphs_keep_the_heaviest_nodes_and_say_so() {
        let graph = star(30);
        let options = HtmlOptions {
            max_nodes: 10,
            max_edges: 12,
            ..HtmlOptions::default()
        };
        let html = render(&graph, &options);
        assert!(
            html.contains(
                "Showing 10 of 31 nodes and 12 of 59 edges: the 10 nodes of \
                 highest weighted degree, then the 12 heaviest edges among \
                 them; nodes left"
            ),
            "{html}"
        );
        assert_eq!(html.matches("<path id=\"e").count(), 12);
        // The hub and the people with the heaviest cooperation edges.
        let sel = select(&graph, &options);
        let ids: Vec<&str> = sel
            .nodes
            .iter()
            .map(|&i| {
                graph.graph[petgraph::graph::NodeIndex::new(i)].id.as_str()
            })
            .collect();
        assert_eq!(
            ids,
            [
                "AAA", "p0021", "p0022", "p0023", "p0024", "p0025", "p0026",
                "p0027", "p0028", "p0029"
            ]
        );
    }
}
