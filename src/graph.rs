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
//! before counting (a country-dyad graph).

use std::collections::{BTreeMap, HashMap, HashSet};

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
        // Saturating: counts read from partial files are not trusted.
        for (k, v) in &other.country_votes {
            let n = self.country_votes.entry(k.clone()).or_default();
            *n = n.saturating_add(*v);
        }
        for (k, v) in &other.roles {
            let n = self.roles.entry(k.clone()).or_default();
            *n = n.saturating_add(*v);
        }
        self.mentions = self.mentions.saturating_add(other.mentions);
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
        self.weight = self.weight.saturating_add(other.weight);
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
        // Saturating: counts read from partial files are not trusted.
        let add = |a: &mut u64, b: u64| *a = a.saturating_add(b);
        add(&mut self.documents, other.documents);
        add(&mut self.sentences, other.sentences);
        add(&mut self.skipped_sentences, other.skipped_sentences);
        add(&mut self.mentions, other.mentions);
        add(&mut self.relations, other.relations);
        add(&mut self.bad_inputs, other.bad_inputs);
    }
}

/// Key of a relation edge: kind and the two ends, `a < b`.
pub type EdgeKey = (EdgeKind, String, String);

/// The mergeable aggregate of many documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphData {
    /// Node granularity.
    pub level: Level,
    /// Nodes by id.
    pub nodes: BTreeMap<String, NodeData>,
    /// Relation edges.
    pub edges: BTreeMap<EdgeKey, EdgeData>,
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
        }
        let mut seen: HashSet<(EdgeKind, &str, &str, usize)> = HashSet::new();
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
            self.edges
                .entry((kind, lo.id.to_string(), hi.id.to_string()))
                .or_default()
                .add(date.as_deref(), (doc.to_string(), r.sentence as u32));
            self.node(gazetteer, &lo);
            self.node(gazetteer, &hi);
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
}

/// An edge of the exported graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphEdge {
    /// Kind.
    pub kind: EdgeKind,
    /// Supporting sentences (mentions for `AFFILIATED_WITH`).
    pub weight: u64,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// `doc:sentence` references.
    pub evidence: Vec<String>,
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

impl RelationGraph {
    /// Builds the exported graph from aggregated data.
    pub fn build(data: &GraphData, options: &GraphOptions) -> RelationGraph {
        let mut edges: Vec<(String, String, GraphEdge)> = vec![];
        let mut node_ids: HashSet<&str> = HashSet::new();
        for ((kind, a, b), e) in &data.edges {
            if !options.kinds.contains(kind) || e.weight < options.min_weight {
                continue;
            }
            node_ids.insert(a);
            node_ids.insert(b);
            edges.push((
                a.clone(),
                b.clone(),
                GraphEdge {
                    kind: *kind,
                    weight: e.weight,
                    first_date: e.first_date.clone(),
                    last_date: e.last_date.clone(),
                    evidence: e
                        .evidence
                        .iter()
                        .map(|(d, s)| format!("{d}:{s}"))
                        .collect(),
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
                    id.to_string(),
                    country.to_string(),
                    GraphEdge {
                        kind: EdgeKind::AffiliatedWith,
                        weight: node.mentions.max(1),
                        first_date: None,
                        last_date: None,
                        evidence: vec![],
                        role: node.role().map(str::to_string),
                    },
                ));
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
                mentions: n.mentions,
            });
            index.insert(id, idx);
        }
        edges.sort_by(|a, b| {
            (&a.0, &a.1, a.2.kind).cmp(&(&b.0, &b.1, b.2.kind))
        });
        for (a, b, e) in edges {
            graph.add_edge(index[a.as_str()], index[b.as_str()], e);
        }
        RelationGraph { graph }
    }
}
