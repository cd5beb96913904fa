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

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::pipeline::Analysis;
use crate::relations::{Actor, RelationKind};
use crate::resolve::{EntityRef, MentionKind};

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

/// One end of a relation after the level mapping.
struct End {
    id: String,
    node: NodeData,
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
            let Some(end) = self.end(gazetteer, analysis, &actor) else {
                continue;
            };
            let level = self.level;
            let node = self.upsert(end, true);
            if let (Level::Entity, MentionKind::Person, Some(role)) =
                (level, m.kind, m.role)
            {
                *node
                    .roles
                    .entry(gazetteer.entity(role).id.clone())
                    .or_default() += 1;
            }
        }
        let mut seen: HashSet<(EdgeKind, &str, &str, usize)> = HashSet::new();
        let mut pending = vec![];
        for r in &analysis.relations {
            let (Some(a), Some(b)) = (
                self.end(gazetteer, analysis, &r.source),
                self.end(gazetteer, analysis, &r.target),
            ) else {
                continue;
            };
            if a.id == b.id {
                continue;
            }
            let kind = EdgeKind::from_relation(r.kind);
            let (lo, hi) = if a.id < b.id { (a, b) } else { (b, a) };
            pending.push((
                kind,
                lo,
                hi,
                r.sentence,
                r.date.map(|d| d.to_string()),
            ));
        }
        for (kind, lo, hi, sentence, date) in &pending {
            if !seen.insert((*kind, lo.id.as_str(), hi.id.as_str(), *sentence))
            {
                continue;
            }
            let key = (*kind, lo.id.clone(), hi.id.clone());
            self.edges
                .entry(key)
                .or_default()
                .add(date.as_deref(), (doc.to_string(), *sentence as u32));
        }
        for (_, lo, hi, _, _) in pending {
            self.upsert(lo, false);
            self.upsert(hi, false);
        }
    }

    /// Adds a node (or updates it). A mention counts once and gives a
    /// discovered person's country one vote; a relation end adds neither.
    fn upsert(&mut self, mut end: End, mention: bool) -> &mut NodeData {
        if mention {
            end.node.mentions = 1;
        } else {
            end.node.country_votes.clear();
        }
        let node = self.nodes.entry(end.id).or_default();
        node.merge(&end.node);
        node
    }

    /// The graph node an actor maps to at this level.
    fn end(
        &self,
        gazetteer: &Gazetteer,
        analysis: &Analysis<'_>,
        actor: &Actor,
    ) -> Option<End> {
        let country_end = |code: crate::gazetteer::EntityId| {
            let c = gazetteer.entity(code);
            End {
                id: c.id.clone(),
                node: NodeData {
                    label: c.name.clone(),
                    kind: EntityKind::Country.as_str().to_string(),
                    country: Some(c.id.clone()),
                    ..NodeData::default()
                },
            }
        };
        match actor.entity {
            EntityRef::Known(id) => {
                let e = gazetteer.entity(id);
                if self.level == Level::Country {
                    if let Some(country) = e.country {
                        return Some(country_end(country));
                    }
                }
                let default_role = e
                    .roles
                    .iter()
                    .rev()
                    .find(|t| t.to.is_none())
                    .or(e.roles.last())
                    .map(|t| gazetteer.entity(t.role).id.clone());
                Some(End {
                    id: e.id.clone(),
                    node: NodeData {
                        label: e.name.clone(),
                        kind: e.kind.as_str().to_string(),
                        country: e
                            .country
                            .map(|c| gazetteer.entity(c).id.clone()),
                        default_role,
                        ..NodeData::default()
                    },
                })
            }
            EntityRef::Discovered(i) => {
                let d = &analysis.resolved.discovered[i as usize];
                let country = d.country.or(actor.country);
                if self.level == Level::Country {
                    if let Some(c) = country {
                        return Some(country_end(c));
                    }
                }
                let mut node = NodeData {
                    label: d.name.clone(),
                    kind: EntityKind::Person.as_str().to_string(),
                    ..NodeData::default()
                };
                if let Some(c) = country {
                    node.country_votes
                        .insert(gazetteer.entity(c).id.clone(), 1);
                }
                Some(End { id: d.id.clone(), node })
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
