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
//! A multilateral [`crate::relations::Event`] (more parties than
//! `--max-parties`) is a node of kind [`EVENT_KIND`], its id
//! [`crate::export::event_node_id`] of its kind and parties (the same event
//! stated in several sentences or documents is one node), with one
//! `PARTICIPATED_IN` edge from each party (rolled up at country level as a
//! relation's ends are), counted, held back and merged exactly as relation
//! edges are.
//!
//! Each exported node carries its degree, weighted degree and weighted
//! PageRank over the relation edges, MEETING and COOPERATION
//! ([`crate::metrics`]); `AFFILIATED_WITH` and `PARTICIPATED_IN` edges are
//! not relations.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::BTreeMap;
use std::sync::Arc;

use petgraph::graph::{Graph, NodeIndex};
use petgraph::Undirected;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::export::event_node_ids;
use crate::gazetteer::{Entity, EntityId, EntityKind, Gazetteer};
use crate::pipeline::Analysis;
use crate::relations::{Actor, RelationKind, Status};
use crate::resolve::{DiscoveredPerson, EntityRef, MentionKind};

/// The `kind` of a multilateral event's node.
pub const EVENT_KIND: &str = "event";

/// How many evidence references an edge keeps (the smallest by document
/// and sentence).
pub const MAX_EVIDENCE: usize = 3;

/// The longest evidence text an edge keeps, in bytes: a longer sentence
/// (a run-on block of a scraped page) is cut at a character boundary and
/// ends with `…`.
pub const MAX_EVIDENCE_TEXT: usize = 500;

/// A sentence as an edge keeps it: trimmed, and cut to
/// [`MAX_EVIDENCE_TEXT`] bytes.
fn evidence_text(sentence: &str) -> Cow<'_, str> {
    let sentence = sentence.trim();
    if sentence.len() <= MAX_EVIDENCE_TEXT {
        return Cow::Borrowed(sentence);
    }
    let mut end = MAX_EVIDENCE_TEXT - '…'.len_utf8();
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    Cow::Owned(format!("{}…", sentence[..end].trim_end()))
}

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

/// Adds `n` to `key`'s count, allocating the key only when it is new.
fn count(counts: &mut BTreeMap<String, u64>, key: &str, n: u64) {
    match counts.get_mut(key) {
        Some(c) => *c += n,
        None => {
            counts.insert(key.to_string(), n);
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
    /// A party's link to a multilateral event (party -> event).
    #[serde(rename = "PARTICIPATED_IN")]
    ParticipatedIn,
}

impl EdgeKind {
    /// Upper-case name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Meeting => "MEETING",
            EdgeKind::Cooperation => "COOPERATION",
            EdgeKind::AffiliatedWith => "AFFILIATED_WITH",
            EdgeKind::ParticipatedIn => "PARTICIPATED_IN",
        }
    }

    /// Parses `meeting`, `cooperation`, `affiliated_with`,
    /// `participated_in` (any case).
    pub fn parse(s: &str) -> Option<EdgeKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "meeting" => Some(EdgeKind::Meeting),
            "cooperation" => Some(EdgeKind::Cooperation),
            "affiliated_with" | "affiliated" => Some(EdgeKind::AffiliatedWith),
            "participated_in" | "participated" => {
                Some(EdgeKind::ParticipatedIn)
            }
            _ => None,
        }
    }

    /// Whether the kind is a pairwise relation (MEETING, COOPERATION), the
    /// edges the node metrics are computed over.
    pub fn is_relation(self) -> bool {
        matches!(self, EdgeKind::Meeting | EdgeKind::Cooperation)
    }

    /// The key of an edge of this kind between `a` and `b`: a relation's
    /// ends in byte order (`a < b`), a `PARTICIPATED_IN` edge's as given
    /// (party, event).
    fn key(self, a: &str, b: &str) -> EdgeKey {
        let (a, b) = if self == EdgeKind::ParticipatedIn || a <= b {
            (a, b)
        } else {
            (b, a)
        };
        (self, a.to_string(), b.to_string())
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
    /// Display label; an event's is its relation kind (`MEETING`), to
    /// which the export adds its number of parties.
    pub label: String,
    /// `person`, `country`, `place`, `organisation`, or `event` (a
    /// multilateral event).
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
///
/// Its evidence is the smallest [`MAX_EVIDENCE`] `(doc, sentence)`
/// references, each with the sentence's text: both are chosen by the
/// references alone, so they do not depend on the order documents are
/// added or merged in.
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
    /// The sentence text of each reference in `evidence`, in the same
    /// order; empty when none is known (a partial graph written before
    /// texts were kept), and `""` for one unknown text.
    /// Shared (`Arc`): the edges of one sentence, all the parties of a
    /// multilateral event, hold one copy of its text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_texts: Vec<Arc<str>>,
    /// Supporting sentences in which the relation is only planned ("will
    /// meet"): a sentence that both reports and plans it counts as
    /// reported. At most `weight`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub planned: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One evidence reference with its text, as sorted and kept.
type EvidenceEntry = (String, u32, Arc<str>);

impl EdgeData {
    /// Counts one supporting sentence.
    fn add(
        &mut self,
        date: Option<&str>,
        doc: &str,
        sentence: u32,
        text: impl FnOnce() -> Arc<str>,
        planned: bool,
    ) {
        // Saturating: a pending sentence may be counted into an edge
        // read from a partial file.
        self.weight = self.weight.saturating_add(1);
        self.planned = self.planned.saturating_add(u64::from(planned));
        if let Some(d) = date {
            self.widen_dates(d);
        }
        // Most references of a busy edge are not among the smallest few:
        // allocate only for one that is, in place.
        let key = (doc, sentence);
        let pos =
            self.evidence.partition_point(|(d, s)| (d.as_str(), *s) < key);
        if pos >= MAX_EVIDENCE {
            return;
        }
        let text = &text();
        if self.evidence_texts.len() != self.evidence.len() {
            // Texts unknown so far (merged from an old partial graph).
            self.evidence_texts.resize(self.evidence.len(), Arc::from(""));
        }
        if self.evidence.get(pos).is_some_and(|(d, s)| (d.as_str(), *s) == key)
        {
            // The same reference again (two documents with one name): keep
            // the text `keep_evidence` would keep.
            let old = &mut self.evidence_texts[pos];
            if !text.is_empty() && (old.is_empty() || **text < **old) {
                *old = Arc::clone(text);
            }
        } else {
            self.evidence.insert(pos, (doc.to_string(), sentence));
            self.evidence_texts.insert(pos, Arc::clone(text));
            self.evidence.truncate(MAX_EVIDENCE);
            self.evidence_texts.truncate(MAX_EVIDENCE);
        }
        if self.evidence_texts.iter().all(|t| t.is_empty()) {
            self.evidence_texts.clear();
        }
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

    /// Moves the evidence out as entries (texts `""` where unknown).
    fn take_evidence(&mut self) -> Vec<EvidenceEntry> {
        let mut texts = std::mem::take(&mut self.evidence_texts).into_iter();
        std::mem::take(&mut self.evidence)
            .into_iter()
            .map(|(d, s)| {
                (d, s, texts.next().unwrap_or_else(|| Arc::from("")))
            })
            .collect()
    }

    /// Keeps the smallest [`MAX_EVIDENCE`] references of `entries`. A
    /// reference seen twice keeps a known text over an unknown one, then
    /// the smaller text, so the result does not depend on the order.
    fn keep_evidence(&mut self, mut entries: Vec<EvidenceEntry>) {
        entries.sort_by(|a, b| {
            (&a.0, a.1, a.2.is_empty(), &a.2).cmp(&(
                &b.0,
                b.1,
                b.2.is_empty(),
                &b.2,
            ))
        });
        entries.dedup_by(|later, first| {
            (&later.0, later.1) == (&first.0, first.1)
        });
        entries.truncate(MAX_EVIDENCE);
        let any_text = entries.iter().any(|e| !e.2.is_empty());
        for (doc, sentence, text) in entries {
            self.evidence.push((doc, sentence));
            if any_text {
                self.evidence_texts.push(text);
            }
        }
    }

    fn merge(&mut self, other: &EdgeData) {
        // Saturating: counts read from partial files are not trusted.
        self.weight = self.weight.saturating_add(other.weight);
        self.planned = self.planned.saturating_add(other.planned);
        for d in [&other.first_date, &other.last_date].into_iter().flatten() {
            self.widen_dates(d);
        }
        let mut entries = self.take_evidence();
        let mut texts = other.evidence_texts.iter();
        entries.extend(other.evidence.iter().map(|(d, s)| {
            (
                d.clone(),
                *s,
                texts.next().cloned().unwrap_or_else(|| Arc::from("")),
            )
        }));
        self.keep_evidence(entries);
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
    /// Multilateral events extracted.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub events: u64,
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
        add(&mut self.events, other.events);
        add(&mut self.bad_inputs, other.bad_inputs);
    }
}

/// Key of an edge of [`GraphData`]: kind and the two ends, `a < b` for a
/// relation, (party, event) for `PARTICIPATED_IN`.
pub type EdgeKey = (EdgeKind, String, String);

/// The relations of one sentence that wait for the export, at country
/// level: those with a discovered person whose country the document does
/// not give (`pending`, with their dates), and the edges the same sentence
/// already counted (`resolved`). At export the person is rolled up into
/// the country the whole corpus gives it, and the sentence is counted once
/// more for each resulting country pair it did not already support, so
/// weights still count distinct sentences; the edge gets the sentence's
/// `text` as evidence and counts it as planned when every relation behind
/// it only plans it, as [`GraphData::add_document`] does.
///
/// `planned` and `resolved_planned` are the subsets of the keys of
/// `pending` and of `resolved` that the sentence only plans. A partial
/// graph written before they were kept has neither: its sentences count as
/// reported, and its texts as unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingSentence {
    /// Edges of this sentence that were counted already.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<EdgeKey>,
    /// Edges with an unresolved discovered person, and their dates.
    pub pending: Vec<(EdgeKey, Option<String>)>,
    /// The sentence's text, trimmed and cut as evidence texts are; `""`
    /// when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Keys of `pending` that the sentence only plans.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub planned: Vec<EdgeKey>,
    /// Keys of `resolved` that the sentence only plans (counted in their
    /// edge's `planned`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolved_planned: Vec<EdgeKey>,
}

impl PendingSentence {
    /// Merges the same sentence seen elsewhere (two documents with one
    /// name). A key is planned when every side that has it only plans it,
    /// so the reported keys are a union, and the text is the one
    /// [`EdgeData`] would keep: all associative and commutative.
    fn merge(&mut self, other: &PendingSentence) {
        let pending_keys = |p: &PendingSentence| -> Vec<EdgeKey> {
            p.pending.iter().map(|(k, _)| k.clone()).collect()
        };
        let reported = union(
            only_reported(&pending_keys(self), &self.planned),
            only_reported(&pending_keys(other), &other.planned),
        );
        let resolved_reported = union(
            only_reported(&self.resolved, &self.resolved_planned),
            only_reported(&other.resolved, &other.resolved_planned),
        );
        self.resolved =
            union(std::mem::take(&mut self.resolved), other.resolved.clone());
        self.pending.extend(other.pending.iter().cloned());
        self.pending.sort();
        self.pending.dedup();
        self.planned = union(pending_keys(self), vec![])
            .into_iter()
            .filter(|k| reported.binary_search(k).is_err())
            .collect();
        self.resolved_planned = self
            .resolved
            .iter()
            .filter(|k| resolved_reported.binary_search(k).is_err())
            .cloned()
            .collect();
        if !other.text.is_empty()
            && (self.text.is_empty() || other.text < self.text)
        {
            self.text.clone_from(&other.text);
        }
    }
}

/// The keys of `all` that are not in `planned`.
fn only_reported(all: &[EdgeKey], planned: &[EdgeKey]) -> Vec<EdgeKey> {
    all.iter().filter(|k| !planned.contains(k)).cloned().collect()
}

/// `a` and `b` together, sorted, without duplicates.
fn union(mut a: Vec<EdgeKey>, b: Vec<EdgeKey>) -> Vec<EdgeKey> {
    a.extend(b);
    a.sort();
    a.dedup();
    a
}

/// The mergeable aggregate of many documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphData {
    /// Node granularity.
    pub level: Level,
    /// Nodes by id.
    pub nodes: FxHashMap<String, NodeData>,
    /// Relation edges and `PARTICIPATED_IN` edges.
    pub edges: FxHashMap<EdgeKey, EdgeData>,
    /// Country level only: sentences whose relations wait for a discovered
    /// person's corpus-wide country, by (document, sentence).
    pub pending: BTreeMap<(String, u32), PendingSentence>,
    /// Counts.
    pub stats: Stats,
}

/// What [`GraphData::add_document`] remembers of an (edge, sentence) it
/// counted.
struct Seen {
    /// Every relation of the sentence for the edge so far is planned.
    all_planned: bool,
    /// The sentence waits for the export ([`PendingSentence`]).
    pending: bool,
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
    /// A multilateral event of this kind.
    Event(RelationKind),
}

/// One edge a document supports, before counting: its kind, its ends in
/// key order ([`EdgeKind::key`]), and the sentence's index, date and
/// status.
struct Link<'a> {
    kind: EdgeKind,
    a: End<'a>,
    b: End<'a>,
    sentence: usize,
    date: Option<crate::text::Date>,
    planned: bool,
}

impl GraphData {
    /// An empty graph at `level`.
    pub fn new(level: Level) -> GraphData {
        GraphData { level, ..GraphData::default() }
    }

    /// Adds one analysed document named `doc`; `text` is the text that
    /// was analysed (the evidence sentences are cut from it).
    pub fn add_document(
        &mut self,
        doc: &str,
        text: &str,
        analysis: &Analysis<'_>,
    ) {
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
        self.stats.events += analysis.events.len() as u64;

        // The node updates are counts, so the document's mentions are
        // tallied first, and each distinct actor (with whether it was
        // named as a person) updates its node once: a document names the
        // same few actors again and again, and each lookup in the
        // corpus-wide node map misses the cache.
        let mut tally: FxHashMap<(Actor, bool), u64> = FxHashMap::default();
        for m in &analysis.resolved.mentions {
            let Some(entity) = m.entity else { continue };
            if m.kind == MentionKind::Role {
                continue;
            }
            let actor = Actor { entity, country: m.country, role: m.role };
            *tally
                .entry((actor, m.kind == MentionKind::Person))
                .or_default() += 1;
        }
        let level = self.level;
        for ((actor, person), n) in tally {
            let end = self.end(gazetteer, analysis, &actor);
            self.with_node(gazetteer, &end, |node| {
                node.mentions += n;
                if let EndSource::Discovered(_, Some(country)) = end.source {
                    count(&mut node.country_votes, country, n);
                }
                if let (Level::Entity, true, Some(role)) =
                    (level, person, actor.role)
                {
                    count(&mut node.roles, &gazetteer.entity(role).id, n);
                }
            });
            // Country level: a discovered person rolled up here still
            // votes for its country, for the documents that do not say it.
            if let (Level::Country, EntityRef::Discovered(i)) =
                (level, actor.entity)
            {
                let d = &analysis.resolved.discovered[i as usize];
                if end.id != d.id {
                    let person = End {
                        id: &d.id,
                        source: EndSource::Discovered(d, Some(end.id)),
                    };
                    self.with_node(gazetteer, &person, |node| {
                        count(&mut node.country_votes, end.id, n);
                    });
                }
            }
        }
        // The edges the document supports: every relation, and every
        // party of every multilateral event to the event's node. Events of
        // one kind in one sentence are one event with the parties of all;
        // its node is named by its kind and parties at this level
        // (`event_node_id`), so the same event stated again is one node.
        let event_ids = event_node_ids(&analysis.events, |p| {
            self.end(gazetteer, analysis, p).id
        });
        let mut links: Vec<Link<'_>> = vec![];
        for r in &analysis.relations {
            let a = self.end(gazetteer, analysis, &r.source);
            let b = self.end(gazetteer, analysis, &r.target);
            let (a, b) = if a.id <= b.id { (a, b) } else { (b, a) };
            links.push(Link {
                kind: EdgeKind::from_relation(r.kind),
                a,
                b,
                sentence: r.sentence,
                date: r.date,
                planned: r.status == Status::Planned,
            });
        }
        for (i, (e, id)) in analysis.events.iter().zip(&event_ids).enumerate()
        {
            let node = End { id, source: EndSource::Event(e.kind) };
            // One mention per event node of the document.
            if !event_ids[..i].contains(id) {
                self.with_node(gazetteer, &node, |n| n.mentions += 1);
            }
            for party in &e.parties {
                links.push(Link {
                    kind: EdgeKind::ParticipatedIn,
                    a: self.end(gazetteer, analysis, party),
                    b: End { id, source: EndSource::Event(e.kind) },
                    sentence: e.sentence,
                    date: e.date,
                    planned: e.status == Status::Planned,
                });
            }
        }
        // One count per (edge, sentence); the value says whether every
        // link of the sentence for that edge so far is planned, and
        // whether the sentence waits for the export (`pending`).
        let mut seen: FxHashMap<(EdgeKind, &str, &str, usize), Seen> =
            FxHashMap::default();
        // At most one entry per link: sized once, not grown while filled.
        seen.reserve(links.len());
        let mut pending: BTreeMap<u32, PendingSentence> = BTreeMap::new();
        let sentence_text = |i: usize| {
            evidence_text(
                analysis
                    .sentences
                    .get(i)
                    .and_then(|s| text.get(s.span.clone()))
                    .unwrap_or_default(),
            )
        };
        let mut text_of: Option<(usize, Arc<str>)> = None;
        for Link { kind, a, b, sentence, date, planned } in links {
            if a.id == b.id {
                continue;
            }
            // At country level a discovered end is one whose country this
            // document does not give: wait for the whole corpus.
            let unresolved = self.level == Level::Country
                && [&a, &b]
                    .iter()
                    .any(|e| matches!(e.source, EndSource::Discovered(..)));
            match seen.entry((kind, a.id, b.id, sentence)) {
                Entry::Occupied(mut first) => {
                    // The sentence also reports what it was first seen
                    // planning: it counts as reported.
                    let first = first.get_mut();
                    if first.all_planned && !planned {
                        first.all_planned = false;
                        // A pending sentence is settled from `seen` below.
                        let key = (kind, a.id.to_string(), b.id.to_string());
                        if let (false, Some(edge)) =
                            (first.pending, self.edges.get_mut(&key))
                        {
                            edge.planned -= 1;
                        }
                    }
                    continue;
                }
                Entry::Vacant(v) => {
                    v.insert(Seen {
                        all_planned: planned,
                        pending: unresolved,
                    });
                }
            }
            let date = date.map(|d| d.to_string());
            let key = (kind, a.id.to_string(), b.id.to_string());
            if unresolved {
                let p = pending.entry(sentence as u32).or_default();
                if p.pending.is_empty() {
                    p.text = sentence_text(sentence).into_owned();
                }
                p.pending.push((key, date));
            } else {
                // One shared text per sentence, whatever its edges, made
                // only for an edge that keeps it as evidence.
                let text = || match &text_of {
                    Some((s, t)) if *s == sentence => Arc::clone(t),
                    _ => {
                        let t: Arc<str> = Arc::from(sentence_text(sentence));
                        text_of = Some((sentence, Arc::clone(&t)));
                        t
                    }
                };
                self.edges.entry(key).or_default().add(
                    date.as_deref(),
                    doc,
                    sentence as u32,
                    text,
                    planned,
                );
            }
            self.with_node(gazetteer, &a, |_| {});
            self.with_node(gazetteer, &b, |_| {});
        }
        if pending.is_empty() {
            return;
        }
        for ((kind, lo, hi, sentence), s) in seen {
            let Some(p) = pending.get_mut(&(sentence as u32)) else {
                continue;
            };
            let key = (kind, lo.to_string(), hi.to_string());
            match (s.pending, s.all_planned) {
                (true, true) => p.planned.push(key),
                (true, false) => {}
                (false, all_planned) => {
                    if all_planned {
                        p.resolved_planned.push(key.clone());
                    }
                    p.resolved.push(key);
                }
            }
        }
        for (sentence, mut p) in pending {
            p.resolved.sort();
            p.resolved_planned.sort();
            p.pending.sort();
            p.planned.sort();
            self.pending
                .entry((doc.to_string(), sentence))
                .or_default()
                .merge(&p);
        }
    }

    /// Applies `f` to the node of `end`, added if new: one lookup for a
    /// node seen before (almost every call). A discovered person's label is
    /// the smallest spelling seen, as in [`NodeData::merge`], so that the
    /// result does not depend on how documents are split.
    fn with_node(
        &mut self,
        gazetteer: &Gazetteer,
        end: &End<'_>,
        f: impl FnOnce(&mut NodeData),
    ) {
        if let Some(node) = self.nodes.get_mut(end.id) {
            if let EndSource::Discovered(d, _) = end.source {
                if d.name < node.label {
                    node.label.clone_from(&d.name);
                }
            }
            f(node);
            return;
        }
        let mut node = match end.source {
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
            EndSource::Event(kind) => NodeData {
                label: kind.as_str().to_string(),
                kind: EVENT_KIND.to_string(),
                ..NodeData::default()
            },
        };
        f(&mut node);
        self.nodes.insert(end.id.to_string(), node);
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
        // A person acting for an organisation ("U.N. Secretary-General
        // Kofi Annan") rolls up into it, not into their country.
        let body = actor
            .country
            .filter(|&c| gazetteer.entity(c).kind == EntityKind::Organisation);
        match actor.entity {
            EntityRef::Known(id) => {
                match body.or(gazetteer.entity(id).country) {
                    Some(country) if self.level == Level::Country => {
                        known(country)
                    }
                    _ => known(id),
                }
            }
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
                EdgeKind::ParticipatedIn,
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
    /// the same partner are two edges. `AFFILIATED_WITH` and
    /// `PARTICIPATED_IN` edges are not relations: an event node's degree
    /// is 0.
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
    /// Distinct supporting sentences (for `PARTICIPATED_IN`, those naming
    /// the party among the event's); always 1 for `AFFILIATED_WITH`,
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
    /// The sentence text of each reference in `evidence`, same order
    /// (empty when the texts are not known, see [`EdgeData`]).
    pub evidence_texts: Vec<Arc<str>>,
    /// Supporting sentences that only plan the relation (see
    /// [`EdgeData::planned`]).
    pub planned: u64,
    /// The role, on `AFFILIATED_WITH` edges.
    pub role: Option<String>,
}

impl GraphEdge {
    /// A relation or `PARTICIPATED_IN` edge's status: reported when at
    /// least one supporting sentence reports it, planned when every one
    /// only plans it; `None` for `AFFILIATED_WITH`.
    pub fn status(&self) -> Option<Status> {
        match self.kind {
            EdgeKind::AffiliatedWith => None,
            _ if self.planned >= self.weight && self.weight > 0 => {
                Some(Status::Planned)
            }
            _ => Some(Status::Reported),
        }
    }
}

/// The exported graph: a petgraph [`Graph`] in canonical order.
#[derive(Debug)]
pub struct RelationGraph {
    /// Nodes sorted by id; edges sorted by (source id, target id, kind);
    /// source id < target id for relations, person -> country for
    /// affiliations, party -> event for participations.
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
    fn settled_edges(&self) -> Cow<'_, FxHashMap<EdgeKey, EdgeData>> {
        if self.pending.is_empty() {
            return Cow::Borrowed(&self.edges);
        }
        let mut edges = self.edges.clone();
        self.count_pending(&mut edges);
        Cow::Owned(edges)
    }

    /// Counts every pending sentence into `edges` (this graph's edges). A
    /// pending sentence counts as it would have, had the document given
    /// the person's country: once per resulting edge it did not already
    /// support, with its text, and planned when every relation behind
    /// that edge only plans it (one that reports an edge the sentence
    /// counted as planned makes it reported).
    fn count_pending(&self, edges: &mut FxHashMap<EdgeKey, EdgeData>) {
        for ((doc, sentence), p) in &self.pending {
            // Resulting edge -> (date of its first relation, all planned).
            let mut settled: BTreeMap<EdgeKey, (Option<&str>, bool)> =
                BTreeMap::new();
            for (original, date) in &p.pending {
                let (kind, a, b) = original;
                let (a, b) = (self.rollup(a), self.rollup(b));
                if a == b {
                    continue;
                }
                let planned = p.planned.contains(original);
                settled
                    .entry(kind.key(a, b))
                    .or_insert((date.as_deref(), true))
                    .1 &= planned;
            }
            let text: Arc<str> = Arc::from(p.text.as_str());
            for (key, (date, planned)) in settled {
                if p.resolved.contains(&key) {
                    if !planned && p.resolved_planned.contains(&key) {
                        if let Some(edge) = edges.get_mut(&key) {
                            edge.planned = edge.planned.saturating_sub(1);
                        }
                    }
                    continue;
                }
                edges.entry(key).or_default().add(
                    date,
                    doc,
                    *sentence,
                    || Arc::clone(&text),
                    planned,
                );
            }
        }
    }
}

/// An aggregated edge as the export takes it: cloned from a borrowed
/// [`GraphData`], moved out of an owned one.
trait IntoGraphEdge {
    fn weight(&self) -> u64;
    fn into_graph_edge(self, kind: EdgeKind) -> GraphEdge;
}

impl IntoGraphEdge for &EdgeData {
    fn weight(&self) -> u64 {
        self.weight
    }

    fn into_graph_edge(self, kind: EdgeKind) -> GraphEdge {
        (&mut self.clone()).into_graph_edge(kind)
    }
}

impl IntoGraphEdge for &mut EdgeData {
    fn weight(&self) -> u64 {
        self.weight
    }

    fn into_graph_edge(self, kind: EdgeKind) -> GraphEdge {
        GraphEdge {
            kind,
            weight: self.weight,
            mentions: None,
            first_date: self.first_date.take(),
            last_date: self.last_date.take(),
            evidence: std::mem::take(&mut self.evidence),
            evidence_texts: std::mem::take(&mut self.evidence_texts),
            planned: self.planned,
            role: None,
        }
    }
}

impl RelationGraph {
    /// Builds the exported graph from aggregated data.
    pub fn build(data: &GraphData, options: &GraphOptions) -> RelationGraph {
        let settled = data.settled_edges();
        RelationGraph::assemble(data, options, settled.iter())
    }

    /// As [`RelationGraph::build`], for a caller done with `data`: each
    /// edge's dates and evidence are moved into the graph, not cloned (the
    /// clones were a third of the build on a large corpus), and the
    /// pending sentences are counted into `data`'s edges. `data` keeps its
    /// nodes and its edges' keys and counts, so that a caller about to
    /// exit can leave it all unfreed.
    pub fn build_taking(
        data: &mut GraphData,
        options: &GraphOptions,
    ) -> RelationGraph {
        let mut edges = std::mem::take(&mut data.edges);
        data.count_pending(&mut edges);
        data.pending.clear();
        let graph = RelationGraph::assemble(data, options, edges.iter_mut());
        data.edges = edges;
        graph
    }

    /// Builds the graph of `data`'s nodes and the `settled` edges (its
    /// edges with the pending sentences counted in).
    fn assemble<'a>(
        data: &'a GraphData,
        options: &GraphOptions,
        settled: impl Iterator<Item = (&'a EdgeKey, impl IntoGraphEdge)>,
    ) -> RelationGraph {
        // An event's parties at this level, for its label.
        let mut parties: FxHashMap<&str, u64> = FxHashMap::default();
        // Sized once (the settled edges are about the data's): the edges
        // are large, and growing copies them.
        let mut edges: Vec<(&str, &str, GraphEdge)> =
            Vec::with_capacity(data.edges.len());
        let mut node_ids: FxHashSet<&str> = FxHashSet::default();
        for ((kind, a, b), e) in settled {
            if *kind == EdgeKind::ParticipatedIn {
                *parties.entry(b).or_default() += 1;
            }
            if !options.kinds.contains(kind) || e.weight() < options.min_weight
            {
                continue;
            }
            node_ids.insert(a);
            node_ids.insert(b);
            edges.push((a, b, e.into_graph_edge(*kind)));
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
                        evidence_texts: vec![],
                        planned: 0,
                        role: node.role().map(str::to_string),
                    },
                ));
            }
        }
        // Mentions of people rolled up into a country count for it.
        let mut absorbed: FxHashMap<&str, u64> = FxHashMap::default();
        if data.level == Level::Country {
            for (id, n) in &data.nodes {
                let into = data.rollup(id);
                if into != id {
                    let a = absorbed.entry(into).or_default();
                    *a = a.saturating_add(n.mentions);
                }
            }
        }
        let mut ids: Vec<&str> = node_ids.into_iter().collect();
        ids.sort_unstable();
        let mut graph = Graph::with_capacity(ids.len(), edges.len());
        let mut index: FxHashMap<&str, NodeIndex> = FxHashMap::default();
        index.reserve(ids.len());
        for id in ids {
            let n = &data.nodes[id];
            let label = match parties.get(id) {
                Some(1) if n.kind == EVENT_KIND => {
                    format!("{}, 1 party", n.label)
                }
                Some(p) if n.kind == EVENT_KIND => {
                    format!("{}, {p} parties", n.label)
                }
                _ => n.label.clone(),
            };
            let idx = graph.add_node(GraphNode {
                id: id.to_string(),
                label,
                kind: n.kind.clone(),
                country: n.country().map(str::to_string),
                mentions: n
                    .mentions
                    .saturating_add(absorbed.get(id).copied().unwrap_or(0)),
                degree: 0,
                weighted_degree: 0,
                pagerank: 0.0,
            });
            index.insert(id, idx);
        }
        // The keys are distinct (one edge per kind and pair: the settled
        // edges by their keys, one affiliation per person), so an unstable
        // sort gives the same order without a stable sort's buffer.
        edges.sort_unstable_by(|a, b| {
            (a.0, a.1, a.2.kind).cmp(&(b.0, b.1, b.2.kind))
        });
        for (a, b, e) in edges {
            graph.add_edge(index[a], index[b], e);
        }
        let mut graph = RelationGraph { graph };
        graph.compute_metrics();
        graph
    }

    /// Fills each node's degree, weighted degree and PageRank from the
    /// relation edges, MEETING and COOPERATION (`AFFILIATED_WITH` and
    /// `PARTICIPATED_IN` edges are left out; every node, event nodes
    /// included, is one of the `N` nodes of PageRank).
    fn compute_metrics(&mut self) {
        let g = &mut self.graph;
        let mut relations: Vec<(usize, usize, u64)> = vec![];
        for e in g.edge_indices() {
            let edge = &g[e];
            if !edge.kind.is_relation() {
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
                node.weighted_degree = node.weighted_degree.saturating_add(w);
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
    use crate::pipeline::tests::default_pipeline;

    /// Evidence texts as `&str`, to compare with literals.
    fn texts(texts: &[Arc<str>]) -> Vec<&str> {
        texts.iter().map(|t| &**t).collect()
    }

    fn edge(weight: u64, evidence: (&str, u32)) -> EdgeData {
        EdgeData {
            weight,
            first_date: None,
            last_date: None,
            evidence: vec![(evidence.0.to_string(), evidence.1)],
            ..EdgeData::default()
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
            ..PendingSentence::default()
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

    const MEETING: &str = "Xi Jinping met Vladimir Putin in Moscow.";

    fn meeting_key() -> EdgeKey {
        (EdgeKind::Meeting, "vladimir-putin".into(), "xi-jinping".into())
    }

    /// The graph of one document whose relations are edited first.
    fn graph_of(
        text: &str,
        edit: impl FnOnce(&mut Vec<crate::Relation>),
    ) -> GraphData {
        let mut analysis = default_pipeline().analyze(text, None);
        edit(&mut analysis.relations);
        let mut data = GraphData::new(Level::Entity);
        data.add_document("doc", text, &analysis);
        data
    }

    fn planned(r: &crate::Relation) -> crate::Relation {
        crate::Relation { status: Status::Planned, ..r.clone() }
    }

    #[test]
    fn status_of_a_sentence_that_reports_and_plans() {
        // (relations of the one sentence, planned count, edge status)
        type Edit = fn(&mut Vec<crate::Relation>);
        let cases: [(Edit, u64, Status); 4] = [
            (|_| {}, 0, Status::Reported),
            (|rs| rs[0].status = Status::Planned, 1, Status::Planned),
            // Planned first, then reported: the sentence reports it.
            (|rs| rs.insert(0, planned(&rs[0])), 0, Status::Reported),
            (|rs| rs.push(planned(&rs[0])), 0, Status::Reported),
        ];
        for (i, (edit, n_planned, status)) in cases.into_iter().enumerate() {
            let data = graph_of(MEETING, |rs| {
                assert_eq!(rs.len(), 1, "{rs:?}");
                edit(rs);
            });
            let edge = &data.edges[&meeting_key()];
            assert_eq!(
                (edge.weight, edge.planned),
                (1, n_planned),
                "case {i}"
            );
            let graph = RelationGraph::build(&data, &GraphOptions::default());
            let e = graph
                .graph
                .edge_weights()
                .find(|e| e.kind == EdgeKind::Meeting)
                .expect("meeting edge");
            assert_eq!(e.status(), Some(status), "case {i}");
        }
    }

    #[test]
    fn evidence_texts_are_the_smallest_references_in_any_order() {
        let docs: Vec<(String, String)> = (0..6)
            .map(|i| {
                let text = format!("Report {i}. {MEETING}");
                (format!("d{i}"), text)
            })
            .collect();
        let add = |data: &mut GraphData, (name, text): &(String, String)| {
            let analysis = default_pipeline().analyze(text, None);
            data.add_document(name, text, &analysis);
        };
        let mut forward = GraphData::new(Level::Entity);
        docs.iter().for_each(|d| add(&mut forward, d));
        let mut parts = vec![];
        for chunk in docs.iter().rev().collect::<Vec<_>>().chunks(2) {
            let mut part = GraphData::new(Level::Entity);
            chunk.iter().for_each(|d| add(&mut part, d));
            parts.push(part);
        }
        let mut merged = GraphData::new(Level::Entity);
        for part in parts.iter().rev() {
            merged.merge(part);
        }
        assert_eq!(forward, merged);
        let edge = &forward.edges[&meeting_key()];
        assert_eq!(edge.weight, 6);
        assert_eq!(
            edge.evidence,
            [("d0".into(), 1), ("d1".into(), 1), ("d2".into(), 1)]
        );
        assert_eq!(texts(&edge.evidence_texts), [MEETING; 3]);
    }

    #[test]
    fn long_evidence_texts_are_cut() {
        let cases = [
            ("  short  ".to_string(), "short".to_string()),
            ("a".repeat(500), "a".repeat(500)),
            ("a".repeat(501), format!("{}…", "a".repeat(497))),
            // A cut inside a 3-byte character backs off to its start.
            (
                format!("{}{}", "a".repeat(496), "习".repeat(10)),
                format!("{}…", "a".repeat(496)),
            ),
        ];
        for (input, expected) in cases {
            let out = evidence_text(&input);
            assert_eq!(out, expected);
            assert!(out.len() <= MAX_EVIDENCE_TEXT);
        }
    }

    #[test]
    fn merging_a_partial_without_texts_keeps_the_known_ones() {
        let data = graph_of(MEETING, |_| {});
        let mut old = data.clone();
        for edge in old.edges.values_mut() {
            edge.evidence_texts.clear();
        }
        // The same reference from both sides: the known text wins, in
        // either order.
        let mut a = old.clone();
        a.merge(&data);
        let mut b = data.clone();
        b.merge(&old);
        for merged in [a, b] {
            let edge = &merged.edges[&meeting_key()];
            assert_eq!(edge.evidence, [("doc".into(), 0)]);
            assert_eq!(texts(&edge.evidence_texts), [MEETING]);
        }
        // Only unknown texts: none kept.
        let mut c = old.clone();
        c.merge(&old);
        assert!(c.edges[&meeting_key()].evidence_texts.is_empty());
        // Documents added on top of an old partial: a new reference gets
        // its text, the old one stays unknown, the same one learns it.
        let analysis = default_pipeline().analyze(MEETING, None);
        let mut d = old.clone();
        d.add_document("a", MEETING, &analysis);
        let edge = &d.edges[&meeting_key()];
        assert_eq!(edge.evidence, [("a".into(), 0), ("doc".into(), 0)]);
        assert_eq!(texts(&edge.evidence_texts), [MEETING, ""]);
        d.add_document("doc", MEETING, &analysis);
        assert_eq!(
            texts(&d.edges[&meeting_key()].evidence_texts),
            [MEETING; 2]
        );
    }

    const EKVALL_A: [&str; 2] = [
        "Prime Minister Tomas Ekvall met French President Jacques Chirac in \
         Paris.",
        "Ekvall will meet Italian Prime Minister Silvio Berlusconi in Rome.",
    ];
    const EKVALL_B: [&str; 2] = [
        "British Prime Minister Tomas Ekvall said the talks went well.",
        "Ekvall met German Chancellor Gerhard Schroeder in Berlin.",
    ];

    /// The country-level data of documents `a` (Ekvall's country not
    /// given) and `b` (British), in the order given; `edit` edits the
    /// relations of `a` first.
    fn ekvall_corpus(
        order: &[&str],
        edit: fn(&mut Vec<crate::Relation>),
    ) -> GraphData {
        let mut data = GraphData::new(Level::Country);
        for &name in order {
            let text = match name {
                "a" => EKVALL_A.join(" "),
                _ => EKVALL_B.join(" "),
            };
            let mut analysis = default_pipeline().analyze(&text, None);
            if name == "a" {
                edit(&mut analysis.relations);
            }
            data.add_document(name, &text, &analysis);
        }
        data
    }

    /// Relation edges as (ends, weight, planned, evidence, texts).
    type EdgeRow = (String, u64, u64, Vec<(String, u32)>, Vec<String>);

    fn relation_rows(data: &GraphData) -> Vec<EdgeRow> {
        let graph = RelationGraph::build(data, &GraphOptions::default());
        let g = &graph.graph;
        g.edge_indices()
            .map(|e| {
                let (a, b) = g.edge_endpoints(e).expect("edge exists");
                let d = &g[e];
                let ends = format!("{}-{}", g[a].id, g[b].id);
                let planned = (d.status() == Some(Status::Planned)) as u64;
                assert_eq!(planned, d.planned.min(1), "{ends}");
                (
                    ends,
                    d.weight,
                    d.planned,
                    d.evidence.clone(),
                    d.evidence_texts.iter().map(|t| t.to_string()).collect(),
                )
            })
            .collect()
    }

    /// A sentence held back at country level (Ekvall's country is not in
    /// `a`) gets, once settled, the same evidence text and planned count
    /// as one counted directly, in any order and split.
    #[test]
    fn pending_sentences_settle_with_texts_and_status() {
        let whole = ekvall_corpus(&["a", "b"], |_| {});
        assert_eq!(whole.pending.len(), 2, "{:?}", whole.pending);
        let held = &whole.pending[&("a".to_string(), 1)];
        assert_eq!(held.text, EKVALL_A[1]);
        assert_eq!(
            held.planned,
            [(EdgeKind::Meeting, "ITA".into(), "tomas-ekvall".into())]
        );
        let mut split = ekvall_corpus(&["b"], |_| {});
        split.merge(&ekvall_corpus(&["a"], |_| {}));
        assert_eq!(split, whole);
        assert_eq!(ekvall_corpus(&["b", "a"], |_| {}), whole);
        let text = |s: &str| vec![s.to_string()];
        assert_eq!(
            relation_rows(&whole),
            [
                (
                    "DEU-GBR".into(),
                    1,
                    0,
                    vec![("b".into(), 1)],
                    text(EKVALL_B[1])
                ),
                (
                    "FRA-GBR".into(),
                    1,
                    0,
                    vec![("a".into(), 0)],
                    text(EKVALL_A[0])
                ),
                (
                    "GBR-ITA".into(),
                    1,
                    1,
                    vec![("a".into(), 1)],
                    text(EKVALL_A[1])
                ),
            ]
        );
        // A held sentence that plans and reports one edge reports it.
        let both = ekvall_corpus(&["a", "b"], |rs| {
            let reported = rs[1].clone();
            rs.insert(1, planned(&reported));
            rs[2].status = Status::Reported;
        });
        assert!(both.pending[&("a".to_string(), 1)].planned.is_empty());
        assert_eq!(relation_rows(&both)[2].2, 0);
    }

    /// Settling against the edges the same sentence counted directly: a
    /// reported held relation turns a planned direct one reported, and
    /// held relations rolled up into one pair are planned only when all
    /// are.
    #[test]
    fn settled_status_combines_with_the_sentence_s_other_relations() {
        let key = |a: &str, b: &str| (EdgeKind::Meeting, a.into(), b.into());
        let base = || {
            let mut data = GraphData::new(Level::Country);
            for c in ["FRA", "GBR"] {
                data.nodes.insert(c.into(), node("country", &[], 1));
            }
            for p in ["blair", "brown"] {
                data.nodes.insert(p.into(), node("person", &[("GBR", 1)], 1));
            }
            data
        };
        let settled = |data: &GraphData| {
            let edges = data.settled_edges();
            let e = &edges[&key("FRA", "GBR")];
            (e.weight, e.planned, e.evidence_texts.clone())
        };
        // (direct edge planned?, held relations (person, planned?)) ->
        // (weight, planned)
        type Case = (Option<bool>, &'static [(&'static str, bool)]);
        let cases: [(Case, (u64, u64)); 6] = [
            ((Some(true), &[("blair", false)]), (1, 0)),
            ((Some(true), &[("blair", true)]), (1, 1)),
            ((Some(false), &[("blair", true)]), (1, 0)),
            ((None, &[("blair", true), ("brown", false)]), (1, 0)),
            ((None, &[("blair", true), ("brown", true)]), (1, 1)),
            ((None, &[("blair", false)]), (1, 0)),
        ];
        for (i, ((direct, held), expected)) in cases.into_iter().enumerate() {
            let mut data = base();
            let mut p = PendingSentence {
                text: "S.".into(),
                ..PendingSentence::default()
            };
            if let Some(planned) = direct {
                let mut e = edge(1, ("a", 0));
                e.planned = u64::from(planned);
                e.evidence_texts = vec!["S.".into()];
                data.edges.insert(key("FRA", "GBR"), e);
                p.resolved.push(key("FRA", "GBR"));
                if planned {
                    p.resolved_planned.push(key("FRA", "GBR"));
                }
            }
            for &(person, planned) in held {
                p.pending.push((key("FRA", person), None));
                if planned {
                    p.planned.push(key("FRA", person));
                }
            }
            data.pending.insert(("a".into(), 0), p);
            let (w, n, texts) = settled(&data);
            assert_eq!((w, n), expected, "case {i}");
            assert_eq!(super::tests::texts(&texts), ["S."], "case {i}");
        }
    }

    /// The same sentence from several partials (two documents with one
    /// name) merges the same in any order and grouping: a key is planned
    /// only when every side that has it plans it.
    #[test]
    fn pending_sentence_merge_is_associative_and_commutative() {
        let key = |a: &str, b: &str| (EdgeKind::Meeting, a.into(), b.into());
        let (k1, k2, r) =
            (key("FRA", "blair"), key("ITA", "brown"), key("FRA", "GBR"));
        let day = Some("2025-01-02".to_string());
        let parts = [
            PendingSentence {
                pending: vec![(k1.clone(), None)],
                planned: vec![k1.clone()],
                text: "x".into(),
                ..PendingSentence::default()
            },
            PendingSentence {
                pending: vec![(k1.clone(), None)],
                ..PendingSentence::default()
            },
            PendingSentence {
                resolved: vec![r.clone()],
                resolved_planned: vec![r.clone()],
                pending: vec![(k2.clone(), day.clone())],
                planned: vec![k2.clone()],
                text: "w".into(),
            },
            PendingSentence {
                resolved: vec![r.clone()],
                pending: vec![(k1.clone(), day.clone())],
                text: "y".into(),
                ..PendingSentence::default()
            },
        ];
        let fold = |order: &[usize]| {
            let mut acc = PendingSentence::default();
            for &i in order {
                acc.merge(&parts[i]);
            }
            acc
        };
        let expected = PendingSentence {
            resolved: vec![r.clone()],
            pending: vec![
                (k1.clone(), None),
                (k1, day.clone()),
                (k2.clone(), day),
            ],
            text: "w".into(),
            planned: vec![k2],
            resolved_planned: vec![],
        };
        let orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
        for order in orders {
            assert_eq!(fold(&order), expected, "{order:?}");
            // Grouped: (a b) (c d).
            let mut left = fold(&order[..2]);
            left.merge(&fold(&order[2..]));
            assert_eq!(left, expected, "{order:?}");
        }
        // A part alone merges into nothing as itself.
        for (i, p) in parts.iter().enumerate() {
            assert_eq!(&fold(&[i]), p, "{i}");
        }
    }

    #[test]
    fn participations_keep_their_direction() {
        let event = "event:a.txt:0:meeting";
        for party in ["xi-jinping", "CHN", "zz"] {
            let key = EdgeKind::ParticipatedIn.key(party, event);
            assert_eq!((key.1.as_str(), key.2.as_str()), (party, event));
        }
        let key = EdgeKind::Meeting.key("xi-jinping", "CHN");
        assert_eq!((key.1.as_str(), key.2.as_str()), ("CHN", "xi-jinping"));
        for kind in ["PARTICIPATED_IN", "participated_in", " Participated "] {
            assert_eq!(EdgeKind::parse(kind), Some(EdgeKind::ParticipatedIn));
        }
        assert!(!EdgeKind::ParticipatedIn.is_relation());
        assert!(!EdgeKind::AffiliatedWith.is_relation());
        assert!(EdgeKind::Meeting.is_relation());
    }

    /// Twenty countries sign one pact: more than the default twelve
    /// parties, so one event.
    const PACT: &str = "France, Germany, Italy, Spain, Portugal, Belgium, \
        Austria, Poland, Sweden, Norway, Denmark, Finland, Greece, Ireland, \
        Japan, Canada, Brazil, Mexico, Chile and Kenya signed a pact on \
        ocean plastics in Geneva.";
    const PACT_PARTIES: [&str; 20] = [
        "AUT", "BEL", "BRA", "CAN", "CHL", "DEU", "DNK", "ESP", "FIN", "FRA",
        "GRC", "IRL", "ITA", "JPN", "KEN", "MEX", "NOR", "POL", "PRT", "SWE",
    ];
    /// Thirteen people, two of them German, one (Wanjiru) with no country
    /// in the document.
    const SUMMIT: &str = "Emmanuel Macron, Friedrich Merz, Olaf Scholz, \
        Giorgia Meloni, Keir Starmer, Mark Carney, Shigeru Ishiba, Narendra \
        Modi, Xi Jinping, Vladimir Putin, Recep Tayyip Erdogan, Luis \
        Montenegro and Prime Minister Ana Wanjiru met in Brussels.";
    /// Wanjiru's country, from another document.
    const WANJIRU: &str =
        "Kenyan Foreign Minister Ana Wanjiru met Wang Yi in Beijing.";

    fn add(data: &mut GraphData, doc: &str, text: &str) {
        let analysis = default_pipeline().analyze(text, None);
        data.add_document(doc, text, &analysis);
    }

    /// The `PARTICIPATED_IN` edges of an exported graph: (party, event,
    /// weight, evidence, texts).
    type Participation = (String, String, u64, Vec<(String, u32)>, usize);

    fn participations(graph: &RelationGraph) -> Vec<Participation> {
        let g = &graph.graph;
        g.edge_indices()
            .filter(|&e| g[e].kind == EdgeKind::ParticipatedIn)
            .map(|e| {
                let (a, b) = g.edge_endpoints(e).expect("edge exists");
                let d = &g[e];
                assert_eq!(d.status(), Some(Status::Reported));
                (
                    g[a].id.clone(),
                    g[b].id.clone(),
                    d.weight,
                    d.evidence.clone(),
                    d.evidence_texts.len(),
                )
            })
            .collect()
    }

    fn event_nodes(graph: &RelationGraph) -> Vec<&GraphNode> {
        graph.graph.node_weights().filter(|n| n.kind == EVENT_KIND).collect()
    }

    #[test]
    fn a_multilateral_event_is_one_node_linked_to_each_party() {
        let text = format!("{PACT} {MEETING}");
        let analysis = default_pipeline().analyze(&text, None);
        assert_eq!(analysis.events.len(), 1, "{:?}", analysis.events);
        for level in [Level::Entity, Level::Country] {
            let mut data = GraphData::new(level);
            data.add_document("pact.txt", &text, &analysis);
            assert_eq!(data.stats.events, 1);
            let graph = RelationGraph::build(&data, &GraphOptions::default());
            let events = event_nodes(&graph);
            assert_eq!(events.len(), 1, "{level:?}");
            let event = events[0];
            let mut sorted = PACT_PARTIES.to_vec();
            sorted.sort_unstable();
            let id = &crate::export::event_node_id(
                RelationKind::Cooperation,
                &sorted,
            );
            assert_eq!(
                (event.id.as_str(), event.label.as_str(), event.mentions),
                (id.as_str(), "COOPERATION, 20 parties", 1),
                "{level:?}"
            );
            // Not a relation: no degree; the ranks still sum to one.
            assert_eq!((event.degree, event.weighted_degree), (0, 0));
            let total: f64 =
                graph.graph.node_weights().map(|n| n.pagerank).sum();
            assert!((total - 1.0).abs() < 1e-9);
            let expected: Vec<Participation> = PACT_PARTIES
                .iter()
                .map(|p| {
                    (
                        p.to_string(),
                        id.into(),
                        1,
                        vec![("pact.txt".into(), 0)],
                        1,
                    )
                })
                .collect();
            assert_eq!(participations(&graph), expected, "{level:?}");
            // The pairs of the other sentence are still relations.
            let meeting = graph
                .graph
                .edge_weights()
                .filter(|e| e.kind == EdgeKind::Meeting)
                .count();
            assert_eq!(meeting, 1, "{level:?}");
            // `--kinds` without participated_in: no event node.
            let options = GraphOptions {
                kinds: vec![EdgeKind::Meeting, EdgeKind::Cooperation],
                ..GraphOptions::default()
            };
            let graph = RelationGraph::build(&data, &options);
            assert!(event_nodes(&graph).is_empty());
            assert!(participations(&graph).is_empty());
        }
    }

    /// At country level the parties are their countries: two Germans are
    /// one edge, and a person whose country only another document gives
    /// waits for it, as relation ends do.
    #[test]
    fn event_parties_roll_up_into_their_countries() {
        // The event's node id is named by its kind and its parties as the
        // document gives them (`event_node_id`).
        let parties = |data: &GraphData| {
            let graph = RelationGraph::build(data, &GraphOptions::default());
            let events = event_nodes(&graph);
            assert_eq!(events.len(), 1);
            let id = events[0].id.clone();
            let label = events[0].label.clone();
            let ends: Vec<String> = participations(&graph)
                .into_iter()
                .map(|(party, event, weight, ..)| {
                    assert_eq!((&event, weight), (&id, 1));
                    party
                })
                .collect();
            (id, label, ends)
        };
        let node_id = |ends: &[String]| {
            let mut ends: Vec<&str> =
                ends.iter().map(String::as_str).collect();
            ends.sort_unstable();
            crate::export::event_node_id(RelationKind::Meeting, &ends)
        };
        let mut entity = GraphData::new(Level::Entity);
        add(&mut entity, "summit", SUMMIT);
        let (id, label, ends) = parties(&entity);
        assert_eq!(id, node_id(&ends));
        assert_eq!(label, "MEETING, 13 parties");
        assert!(ends.contains(&"olaf-scholz".to_string()), "{ends:?}");
        assert!(ends.contains(&"ana-wanjiru".to_string()), "{ends:?}");

        let mut alone = GraphData::new(Level::Country);
        add(&mut alone, "summit", SUMMIT);
        let (alone_id, label, ends) = parties(&alone);
        assert_eq!(alone_id, node_id(&ends));
        assert_eq!(label, "MEETING, 12 parties");
        assert_eq!(
            ends,
            [
                "CAN",
                "CHN",
                "DEU",
                "FRA",
                "GBR",
                "IND",
                "ITA",
                "JPN",
                "PRT",
                "RUS",
                "TUR",
                "ana-wanjiru"
            ]
        );
        // Wanjiru's edge waits for the corpus: another document makes
        // her Kenyan, in either order and split.
        let mut whole = GraphData::new(Level::Country);
        add(&mut whole, "summit", SUMMIT);
        add(&mut whole, "wanjiru", WANJIRU);
        assert_eq!(whole.pending.len(), 1, "{:?}", whole.pending);
        let mut split = GraphData::new(Level::Country);
        add(&mut split, "wanjiru", WANJIRU);
        split.merge(&alone);
        assert_eq!(split, whole);
        let (id, label, ends) = parties(&whole);
        assert_eq!(id, alone_id);
        assert_eq!(label, "MEETING, 12 parties");
        assert_eq!(
            ends,
            [
                "CAN", "CHN", "DEU", "FRA", "GBR", "IND", "ITA", "JPN", "KEN",
                "PRT", "RUS", "TUR"
            ]
        );
    }

    /// Events travel through partial graphs: any split and order of the
    /// documents merges into the graph of one run.
    #[test]
    fn events_merge_in_any_order_and_split() {
        let text = format!("{PACT} {MEETING}");
        let docs =
            [("pact", text.as_str()), ("summit", SUMMIT), ("w", WANJIRU)];
        for level in [Level::Entity, Level::Country] {
            let mut whole = GraphData::new(level);
            docs.iter().for_each(|(d, t)| add(&mut whole, d, t));
            assert_eq!(whole.stats.events, 2);
            for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
                let parts: Vec<GraphData> = order
                    .iter()
                    .map(|&i| {
                        let mut part = GraphData::new(level);
                        add(&mut part, docs[i].0, docs[i].1);
                        part
                    })
                    .collect();
                let mut left = GraphData::new(level);
                parts.iter().for_each(|p| left.merge(p));
                let mut right = parts[1].clone();
                right.merge(&parts[2]);
                let mut grouped = parts[0].clone();
                grouped.merge(&right);
                assert_eq!(left, whole, "{level:?} {order:?}");
                assert_eq!(grouped, whole, "{level:?} {order:?}");
            }
        }
    }
}
