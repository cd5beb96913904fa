//! Stage 7: relations of many documents -> a graph.
//!
//! [`GraphData`] is the mergeable aggregate: nodes (entities with mention
//! counts) and edges keyed by (kind, unordered pair), each with the number
//! of distinct supporting sentences, first and last date and a few evidence
//! references. [`GraphData::merge`] is associative and commutative, so the
//! graph of a corpus equals the merge of the graphs of its parts, whatever
//! the split or the thread count.
//!
//! [`RelationGraph`] is the exported view: a petgraph [`Graph`] (not a
//! `GraphMap`: relations of different kinds between the same pair must both
//! survive) with nodes sorted by id and edges by (source, target, kind).
//! People are linked to their country by `AFFILIATED_WITH` edges carrying
//! the role, so the graph can be read at country level; [`Level::Country`]
//! instead rolls people, capitals and landmarks up into their countries
//! before counting (a country-dyad graph). A discovered person whose
//! country a document does not say is rolled up at export, from the
//! country the rest of the corpus gives it ([`PendingSentence`]).
//!
//! Each exported node carries its degree, weighted degree and weighted
//! PageRank over the relation edges ([`crate::metrics`]).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use petgraph::graph::{Graph, NodeIndex};
use petgraph::Undirected;
use serde::{Deserialize, Serialize};

use crate::gazetteer::{Entity, EntityId, EntityKind, Gazetteer};
use crate::pipeline::Analysis;
use crate::relations::{Actor, RelationKind};
use crate::resolve::{DiscoveredPerson, EntityRef, MentionKind};

/// How many evidence references an edge keeps (the smallest by document
/// and sentence).
pub const MAX_EVIDENCE: usize = 3;

/// Granularity of the graph's nodes.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// People, countries, organisations, places as they are.
    #[default]
    Entity,
    /// Everything with a country rolled up into it.
    Country,
}

/// Adds one to `key`'s count, allocating the key only when it is new.
fn count(counts: &mut BTreeMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}

/// Edge kinds of the exported graph.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
)]
pub enum EdgeKind {
    /// A MEETING relation.
    #[serde(rename = "MEETING")]
    Meeting,
    /// A COOPERATION relation.
    #[serde(rename = "COOPERATION")]
    Cooperation,
    /// A person's link to their country, carrying the role.
    #[serde(rename = "AFFILIATED_WITH")]
    AffiliatedWith,
}

impl EdgeKind {
    /// Upper-case name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Meeting => "MEETING",
            EdgeKind::Cooperation => "COOPERATION",
            EdgeKind::AffiliatedWith => "AFFILIATED_WITH",
        }
    }

    /// Parses `meeting`, `cooperation`, `affiliated_with` (any case).
    pub fn parse(s: &str) -> Option<EdgeKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "meeting" => Some(EdgeKind::Meeting),
            "cooperation" => Some(EdgeKind::Cooperation),
            "affiliated_with" | "affiliated" => Some(EdgeKind::AffiliatedWith),
            _ => None,
        }
    }

    fn from_relation(kind: RelationKind) -> EdgeKind {
        match kind {
            RelationKind::Meeting => EdgeKind::Meeting,
            RelationKind::Cooperation => EdgeKind::Cooperation,
        }
    }
}

/// An aggregated node.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeData {
    /// Display label.
    pub label: String,
    /// `person`, `country`, `place`, `organisation`.
    pub kind: String,
    /// Alpha-3 code of a known entity's country.
    pub country: Option<String>,
    /// Votes for a discovered person's country.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub country_votes: BTreeMap<String, u64>,
    /// Mentions in kept sentences.
    pub mentions: u64,
    /// Roles seen in phrases ("president"), with counts.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, u64>,
    /// The gazetteer's current role, used when no phrase gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_role: Option<String>,
}

impl NodeData {
    /// The node's country: a known entity's, or a discovered person's most
    /// voted one (ties: the smaller code).
    pub fn country(&self) -> Option<&str> {
        if let Some(c) = &self.country {
            return Some(c);
        }
        self.country_votes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(c, _)| c.as_str())
    }

    /// The role an `AFFILIATED_WITH` edge carries.
    pub fn role(&self) -> Option<&str> {
        self.roles
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(r, _)| r.as_str())
            .or(self.default_role.as_deref())
    }

    fn merge(&mut self, other: &NodeData) {
        if self.label.is_empty()
            || (!other.label.is_empty() && other.label < self.label)
        {
            self.label.clone_from(&other.label);
        }
        if self.kind.is_empty() {
            self.kind.clone_from(&other.kind);
        }
        if self.country.is_none() {
            self.country.clone_from(&other.country);
        }
        if self.default_role.is_none() {
            self.default_role.clone_from(&other.default_role);
        }
        for (k, v) in &other.country_votes {
            *self.country_votes.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.roles {
            *self.roles.entry(k.clone()).or_default() += v;
        }
        self.mentions += other.mentions;
    }
}

/// An aggregated relation edge.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeData {
    /// Distinct supporting sentences.
    pub weight: u64,
    /// Earliest known date (`YYYY-MM-DD`).
    pub first_date: Option<String>,
    /// Latest known date.
    pub last_date: Option<String>,
    /// The smallest few `(doc, sentence)` references.
    pub evidence: Vec<(String, u32)>,
}

impl EdgeData {
    fn add(&mut self, date: Option<&str>, evidence: (String, u32)) {
        self.weight += 1;
        if let Some(d) = date {
            self.widen_dates(d);
        }
        self.push_evidence(std::iter::once(evidence));
    }

    /// Extends `first_date..=last_date` to cover `date`.
    fn widen_dates(&mut self, date: &str) {
        if self.first_date.as_deref().is_none_or(|f| date < f) {
            self.first_date = Some(date.to_string());
        }
        if self.last_date.as_deref().is_none_or(|l| date > l) {
            self.last_date = Some(date.to_string());
        }
    }

    fn push_evidence(&mut self, refs: impl Iterator<Item = (String, u32)>) {
        self.evidence.extend(refs);
        self.evidence.sort();
        self.evidence.dedup();
        self.evidence.truncate(MAX_EVIDENCE);
    }

    fn merge(&mut self, other: &EdgeData) {
        self.weight += other.weight;
        for d in [&other.first_date, &other.last_date].into_iter().flatten() {
            self.widen_dates(d);
        }
        self.push_evidence(other.evidence.iter().cloned());
    }
}

/// Counts over the documents that went into a graph.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Documents analysed.
    pub documents: u64,
    /// Sentences, kept or not.
    pub sentences: u64,
    /// Sentences skipped as repeats, fragments or boilerplate.
    pub skipped_sentences: u64,
    /// Mentions in kept sentences.
    pub mentions: u64,
    /// Relations extracted.
    pub relations: u64,
    /// Input lines or files skipped as bad.
    pub bad_inputs: u64,
}

impl Stats {
    fn merge(&mut self, other: &Stats) {
        self.documents += other.documents;
        self.sentences += other.sentences;
        self.skipped_sentences += other.skipped_sentences;
        self.mentions += other.mentions;
        self.relations += other.relations;
        self.bad_inputs += other.bad_inputs;
    }
}

/// Key of a relation edge: kind and the two ends, `a < b`.
pub type EdgeKey = (EdgeKind, String, String);

/// The relations of one sentence that wait for the export, at country
/// level: those with a discovered person whose country the document does
/// not give (`pending`, with their dates), and the edges the same sentence
/// already counted (`resolved`). At export the person is rolled up into
/// the country the whole corpus gives it, and the sentence is counted once
/// more for each resulting country pair it did not already support, so
/// weights still count distinct sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSentence {
    /// Edges of this sentence that were counted already.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<EdgeKey>,
    /// Edges with an unresolved discovered person, and their dates.
    pub pending: Vec<(EdgeKey, Option<String>)>,
}

impl PendingSentence {
    fn merge(&mut self, other: &PendingSentence) {
        self.resolved.extend(other.resolved.iter().cloned());
        self.resolved.sort();
        self.resolved.dedup();
        self.pending.extend(other.pending.iter().cloned());
        self.pending.sort();
        self.pending.dedup();
    }
}

/// The mergeable aggregate of many documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphData {
    /// Node granularity.
    pub level: Level,
    /// Nodes by id.
    pub nodes: BTreeMap<String, NodeData>,
    /// Relation edges.
    pub edges: BTreeMap<EdgeKey, EdgeData>,
    /// Country level only: sentences whose relations wait for a discovered
    /// person's corpus-wide country, by (document, sentence).
    pub pending: BTreeMap<(String, u32), PendingSentence>,
    /// Counts.
    pub stats: Stats,
}

/// One end of a relation after the level mapping, borrowed: the node's
/// data is built only when the node is new.
struct End<'a> {
    id: &'a str,
    source: EndSource<'a>,
}

enum EndSource<'a> {
    /// A gazetteer entity (a country when rolled up).
    Known(&'a Entity),
    /// A discovered person and the country it votes for.
    Discovered(&'a DiscoveredPerson, Option<&'a str>),
}

impl GraphData {
    /// An empty graph at `level`.
    pub fn new(level: Level) -> GraphData {
        GraphData { level, ..GraphData::default() }
    }

    /// Adds one analysed document named `doc`.
    pub fn add_document(&mut self, doc: &str, analysis: &Analysis<'_>) {
        let gazetteer = analysis.gazetteer();
        self.stats.documents += 1;
        self.stats.sentences += analysis.sentences.len() as u64;
        self.stats.skipped_sentences += analysis
            .skips
            .iter()
            .filter(|s| **s != crate::text::Skip::Keep)
            .count() as u64;
        self.stats.mentions += analysis.resolved.mentions.len() as u64;
        self.stats.relations += analysis.relations.len() as u64;

        for m in &analysis.resolved.mentions {
            let Some(entity) = m.entity else { continue };
            if m.kind == MentionKind::Role {
                continue;
            }
            let actor = Actor { entity, country: m.country, role: m.role };
            let end = self.end(gazetteer, analysis, &actor);
            let level = self.level;
            let node = self.node(gazetteer, &end);
            node.mentions += 1;
            if let EndSource::Discovered(_, Some(country)) = end.source {
                count(&mut node.country_votes, country);
            }
            if let (Level::Entity, MentionKind::Person, Some(role)) =
                (level, m.kind, m.role)
            {
                count(&mut node.roles, &gazetteer.entity(role).id);
            }
            // Country level: a discovered person rolled up here still
            // votes for its country, for the documents that do not say it.
            if let (Level::Country, EntityRef::Discovered(i)) = (level, entity)
            {
                let d = &analysis.resolved.discovered[i as usize];
                if end.id != d.id {
                    let person = End {
                        id: &d.id,
                        source: EndSource::Discovered(d, Some(end.id)),
                    };
                    let node = self.node(gazetteer, &person);
                    count(&mut node.country_votes, end.id);
                }
            }
        }
        let mut seen: HashSet<(EdgeKind, &str, &str, usize)> = HashSet::new();
        let mut pending: BTreeMap<u32, PendingSentence> = BTreeMap::new();
        for r in &analysis.relations {
            let a = self.end(gazetteer, analysis, &r.source);
            let b = self.end(gazetteer, analysis, &r.target);
            if a.id == b.id {
                continue;
            }
            let kind = EdgeKind::from_relation(r.kind);
            let (lo, hi) = if a.id < b.id { (a, b) } else { (b, a) };
            if !seen.insert((kind, lo.id, hi.id, r.sentence)) {
                continue;
            }
            let date = r.date.map(|d| d.to_string());
            let key = (kind, lo.id.to_string(), hi.id.to_string());
            // At country level a discovered end is one whose country this
            // document does not give: wait for the whole corpus.
            let unresolved = self.level == Level::Country
                && [&lo, &hi]
                    .iter()
                    .any(|e| matches!(e.source, EndSource::Discovered(..)));
            if unresolved {
                pending
                    .entry(r.sentence as u32)
                    .or_default()
                    .pending
                    .push((key, date));
            } else {
                self.edges.entry(key).or_default().add(
                    date.as_deref(),
                    (doc.to_string(), r.sentence as u32),
                );
            }
            self.node(gazetteer, &lo);
            self.node(gazetteer, &hi);
        }
        if pending.is_empty() {
            return;
        }
        for (kind, lo, hi, sentence) in seen {
            let Some(p) = pending.get_mut(&(sentence as u32)) else {
                continue;
            };
            if !p.pending.iter().any(|((k, a, b), _)| {
                (*k, a.as_str(), b.as_str()) == (kind, lo, hi)
            }) {
                p.resolved.push((kind, lo.to_string(), hi.to_string()));
            }
        }
        for (sentence, mut p) in pending {
            p.resolved.sort();
            p.pending.sort();
            self.pending
                .entry((doc.to_string(), sentence))
                .or_default()
                .merge(&p);
        }
    }

    /// The node of `end`, added if new. A discovered person's label is the
    /// smallest spelling seen, as in [`NodeData::merge`], so that the result
    /// does not depend on how documents are split.
    fn node(&mut self, gazetteer: &Gazetteer, end: &End<'_>) -> &mut NodeData {
        if !self.nodes.contains_key(end.id) {
            let node = match end.source {
                EndSource::Known(e) => NodeData {
                    label: e.name.clone(),
                    kind: e.kind.as_str().to_string(),
                    country: e.country.map(|c| gazetteer.entity(c).id.clone()),
                    default_role: e
                        .roles
                        .iter()
                        .rev()
                        .find(|t| t.to.is_none())
                        .or(e.roles.last())
                        .map(|t| gazetteer.entity(t.role).id.clone()),
                    ..NodeData::default()
                },
                EndSource::Discovered(d, _) => NodeData {
                    label: d.name.clone(),
                    kind: EntityKind::Person.as_str().to_string(),
                    ..NodeData::default()
                },
            };
            self.nodes.insert(end.id.to_string(), node);
        }
        let node = self.nodes.get_mut(end.id).expect("inserted above");
        if let EndSource::Discovered(d, _) = end.source {
            if d.name < node.label {
                node.label.clone_from(&d.name);
            }
        }
        node
    }

    /// The graph node an actor maps to at this level.
    fn end<'a>(
        &self,
        gazetteer: &'a Gazetteer,
        analysis: &'a Analysis<'_>,
        actor: &Actor,
    ) -> End<'a> {
        let known = |id: EntityId| {
            let e = gazetteer.entity(id);
            End { id: &e.id, source: EndSource::Known(e) }
        };
        match actor.entity {
            EntityRef::Known(id) => match gazetteer.entity(id).country {
                Some(country) if self.level == Level::Country => {
                    known(country)
                }
                _ => known(id),
            },
            EntityRef::Discovered(i) => {
                let d = &analysis.resolved.discovered[i as usize];
                let country = d.country.or(actor.country);
                match country {
                    Some(c) if self.level == Level::Country => known(c),
                    _ => End {
                        id: &d.id,
                        source: EndSource::Discovered(
                            d,
                            country.map(|c| gazetteer.entity(c).id.as_str()),
                        ),
                    },
                }
            }
        }
    }

    /// Merges `other` into `self`. Associative and commutative.
    pub fn merge(&mut self, other: &GraphData) {
        for (id, node) in &other.nodes {
            self.nodes.entry(id.clone()).or_default().merge(node);
        }
        for (key, edge) in &other.edges {
            self.edges.entry(key.clone()).or_default().merge(edge);
        }
        for (key, p) in &other.pending {
            self.pending.entry(key.clone()).or_default().merge(p);
        }
        self.stats.merge(&other.stats);
    }
}

/// Export options.
#[derive(Clone, Debug)]
pub struct GraphOptions {
    /// Relation edges below this weight are dropped.
    pub min_weight: u64,
    /// Edge kinds kept.
    pub kinds: Vec<EdgeKind>,
}

impl Default for GraphOptions {
    fn default() -> Self {
        GraphOptions {
            min_weight: 1,
            kinds: vec![
                EdgeKind::Meeting,
                EdgeKind::Cooperation,
                EdgeKind::AffiliatedWith,
            ],
        }
    }
}

/// A node of the exported graph.
#[derive(Clone, Debug, PartialEq)]
pub struct GraphNode {
    /// Entity id.
    pub id: String,
    /// Display label.
    pub label: String,
    /// Kind.
    pub kind: String,
    /// Alpha-3 country, if any.
    pub country: Option<String>,
    /// Mentions over the input.
    pub mentions: u64,
    /// Relation edges (MEETING, COOPERATION) at this node; two kinds with
    /// the same partner are two edges.
    pub degree: u64,
    /// Sum of the weights of those edges.
    pub weighted_degree: u64,
    /// Weighted PageRank over the relation edges ([`crate::metrics`]).
    pub pagerank: f64,
}

/// An edge of the exported graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphEdge {
    /// Kind.
    pub kind: EdgeKind,
    /// Distinct supporting sentences; always 1 for `AFFILIATED_WITH`,
    /// which is not a relation, so that it weighs nothing in weighted
    /// measures.
    pub weight: u64,
    /// `AFFILIATED_WITH` only: the person's mentions.
    pub mentions: Option<u64>,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// `(doc, sentence)` references, the smallest first.
    pub evidence: Vec<(String, u32)>,
    /// The role, on `AFFILIATED_WITH` edges.
    pub role: Option<String>,
}

/// The exported graph: a petgraph [`Graph`] in canonical order.
#[derive(Debug)]
pub struct RelationGraph {
    /// Nodes sorted by id; edges sorted by (source id, target id, kind);
    /// source id < target id for relations, person -> country for
    /// affiliations.
    pub graph: Graph<GraphNode, GraphEdge, Undirected>,
}

impl GraphData {
    /// At country level, the id a node is rolled up into at export: a
    /// discovered person whose country the corpus gives (by majority) goes
    /// into that country; every other node stays itself.
    fn rollup<'a>(&'a self, id: &'a str) -> &'a str {
        if self.level != Level::Country {
            return id;
        }
        match self.nodes.get(id) {
            Some(n) if n.kind == "person" => n
                .country()
                .filter(|c| self.nodes.contains_key(*c))
                .unwrap_or(id),
            _ => id,
        }
    }

    /// The relation edges with every pending sentence counted in (country
    /// level); borrowed when nothing is pending.
    fn settled_edges(&self) -> Cow<'_, BTreeMap<EdgeKey, EdgeData>> {
        if self.pending.is_empty() {
            return Cow::Borrowed(&self.edges);
        }
        let mut edges = self.edges.clone();
        let mut added: BTreeSet<EdgeKey> = BTreeSet::new();
        for ((doc, sentence), p) in &self.pending {
            added.clear();
            for ((kind, a, b), date) in &p.pending {
                let (a, b) = (self.rollup(a), self.rollup(b));
                if a == b {
                    continue;
                }
                let (lo, hi) = if a < b { (a, b) } else { (b, a) };
                let key = (*kind, lo.to_string(), hi.to_string());
                if p.resolved.contains(&key) || !added.insert(key.clone()) {
                    continue;
                }
                edges
                    .entry(key)
                    .or_default()
                    .add(date.as_deref(), (doc.clone(), *sentence));
            }
        }
        Cow::Owned(edges)
    }
}

impl RelationGraph {
    /// Builds the exported graph from aggregated data.
    pub fn build(data: &GraphData, options: &GraphOptions) -> RelationGraph {
        let settled = data.settled_edges();
        let mut edges: Vec<(&str, &str, GraphEdge)> = vec![];
        let mut node_ids: HashSet<&str> = HashSet::new();
        for ((kind, a, b), e) in settled.iter() {
            if !options.kinds.contains(kind) || e.weight < options.min_weight {
                continue;
            }
            node_ids.insert(a);
            node_ids.insert(b);
            edges.push((
                a,
                b,
                GraphEdge {
                    kind: *kind,
                    weight: e.weight,
                    mentions: None,
                    first_date: e.first_date.clone(),
                    last_date: e.last_date.clone(),
                    evidence: e.evidence.clone(),
                    role: None,
                },
            ));
        }
        if data.level == Level::Entity
            && options.kinds.contains(&EdgeKind::AffiliatedWith)
        {
            let people: Vec<&str> = node_ids
                .iter()
                .copied()
                .filter(|id| {
                    data.nodes.get(*id).is_some_and(|n| n.kind == "person")
                })
                .collect();
            for id in people {
                let node = &data.nodes[id];
                let Some(country) = node.country() else { continue };
                if !data.nodes.contains_key(country) {
                    continue;
                }
                node_ids.insert(country);
                edges.push((
                    id,
                    country,
                    GraphEdge {
                        kind: EdgeKind::AffiliatedWith,
                        weight: 1,
                        mentions: Some(node.mentions),
                        first_date: None,
                        last_date: None,
                        evidence: vec![],
                        role: node.role().map(str::to_string),
                    },
                ));
            }
        }
        // Mentions of people rolled up into a country count for it.
        let mut absorbed: HashMap<&str, u64> = HashMap::new();
        if data.level == Level::Country {
            for (id, n) in &data.nodes {
                let into = data.rollup(id);
                if into != id {
                    *absorbed.entry(into).or_default() += n.mentions;
                }
            }
        }
        let mut ids: Vec<&str> = node_ids.into_iter().collect();
        ids.sort_unstable();
        let mut graph = Graph::new_undirected();
        let mut index: HashMap<&str, NodeIndex> = HashMap::new();
        for id in ids {
            let n = &data.nodes[id];
            let idx = graph.add_node(GraphNode {
                id: id.to_string(),
                label: n.label.clone(),
                kind: n.kind.clone(),
                country: n.country().map(str::to_string),
                mentions: n.mentions + absorbed.get(id).copied().unwrap_or(0),
                degree: 0,
                weighted_degree: 0,
                pagerank: 0.0,
            });
            index.insert(id, idx);
        }
        edges.sort_by(|a, b| (a.0, a.1, a.2.kind).cmp(&(b.0, b.1, b.2.kind)));
        for (a, b, e) in edges {
            graph.add_edge(index[a], index[b], e);
        }
        let mut graph = RelationGraph { graph };
        graph.compute_metrics();
        graph
    }

    /// Fills each node's degree, weighted degree and PageRank from the
    /// relation edges (`AFFILIATED_WITH` edges are left out).
    fn compute_metrics(&mut self) {
        let g = &mut self.graph;
        let mut relations: Vec<(usize, usize, u64)> = vec![];
        for e in g.edge_indices() {
            let edge = &g[e];
            if edge.kind == EdgeKind::AffiliatedWith {
                continue;
            }
            let (a, b) = g.edge_endpoints(e).expect("edge exists");
            relations.push((a.index(), b.index(), edge.weight));
        }
        let ranks = crate::metrics::pagerank(g.node_count(), &relations);
        for (a, b, w) in relations {
            for i in [a, b] {
                let node = &mut g[NodeIndex::new(i)];
                node.degree += 1;
                node.weighted_degree += w;
            }
        }
        for (i, rank) in ranks.into_iter().enumerate() {
            g[NodeIndex::new(i)].pagerank = rank;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(weight: u64, evidence: (&str, u32)) -> EdgeData {
        EdgeData {
            weight,
            first_date: None,
            last_date: None,
            evidence: vec![(evidence.0.to_string(), evidence.1)],
        }
    }

    fn node(kind: &str, votes: &[(&str, u64)], mentions: u64) -> NodeData {
        NodeData {
            label: String::new(),
            kind: kind.to_string(),
            country_votes: votes
                .iter()
                .map(|(c, n)| (c.to_string(), *n))
                .collect(),
            mentions,
            ..NodeData::default()
        }
    }

    /// A country-level graph where "blair" has no country in document a
    /// but is British in document b: his meeting in a is rolled up into
    /// GBR, and a sentence that already linked GBR and FRA is not counted
    /// twice.
    #[test]
    fn country_level_rolls_up_people_from_the_whole_corpus() {
        let mut data = GraphData::new(Level::Country);
        for c in ["FRA", "GBR"] {
            data.nodes.insert(c.into(), node("country", &[], 2));
        }
        data.nodes.insert("blair".into(), node("person", &[("GBR", 1)], 3));
        data.nodes.insert("nobody".into(), node("person", &[], 1));
        let key = |a: &str, b: &str| (EdgeKind::Meeting, a.into(), b.into());
        data.edges.insert(key("FRA", "GBR"), edge(1, ("a", 2)));
        let pending = |p: EdgeKey, resolved: Vec<EdgeKey>| PendingSentence {
            resolved,
            pending: vec![(p, Some("2025-01-02".into()))],
        };
        data.pending
            .insert(("a".into(), 1), pending(key("FRA", "blair"), vec![]));
        data.pending.insert(
            ("a".into(), 2),
            pending(key("FRA", "blair"), vec![key("FRA", "GBR")]),
        );
        data.pending
            .insert(("a".into(), 3), pending(key("GBR", "blair"), vec![]));
        data.pending
            .insert(("a".into(), 4), pending(key("FRA", "nobody"), vec![]));
        let graph = RelationGraph::build(&data, &GraphOptions::default());
        let g = &graph.graph;
        let ids: Vec<&str> = g.node_weights().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["FRA", "GBR", "nobody"]);
        let gbr = g.node_weights().find(|n| n.id == "GBR").unwrap();
        assert_eq!(gbr.mentions, 5);
        let edges: Vec<(&str, &str, u64, Vec<u32>)> = g
            .edge_indices()
            .map(|e| {
                let (a, b) = g.edge_endpoints(e).unwrap();
                let d = &g[e];
                (
                    g[a].id.as_str(),
                    g[b].id.as_str(),
                    d.weight,
                    d.evidence.iter().map(|r| r.1).collect(),
                )
            })
            .collect();
        assert_eq!(
            edges,
            [("FRA", "GBR", 2, vec![1, 2]), ("FRA", "nobody", 1, vec![4])]
        );
        // Merging is still associative: the pending sentences travel.
        let mut left = GraphData::new(Level::Country);
        left.merge(&data);
        left.merge(&GraphData::new(Level::Country));
        assert_eq!(left, data);
    }
}
