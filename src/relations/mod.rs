//! Stage 6: resolved mentions -> [`Relation`]s, sentence by sentence.
//!
//! Input: a document's kept sentences and resolved mentions, and the
//! [`RelationRules`] compiled from `relations.tsv`. Output: MEETING and
//! COOPERATION relations between actors, each with its evidence sentence,
//! and multilateral events (more parties than `max_parties` in one frame).
//!
//! The steps, each in its own module, run in this order per sentence:
//!
//! 1. [`model`]: the **sentence model**, built once per sentence into
//!    reused buffers: tokens with their word classes (from the shared
//!    [`crate::lexicon`]), entity chunks (a mention with its title,
//!    demonym, apposition: "North Korean leader Kim Jong Un", "Chinese
//!    officials", "both sides"), coordinated lists ("Sudan, Egypt, Chad and
//!    Nigeria"), clause boundaries (semicolons, contrast conjunctions,
//!    relative clauses) and the triggers of the rules.
//! 2. [`frames`]: each trigger is read by the frame its rule names (data in
//!    `relations.tsv`: `verb`, `verb-person`, `noun`, `visit`, `give`,
//!    `joint`), which says who the parties are: two groups (every member of
//!    one with every member of the other), a group whose members relate to
//!    each other, or a lone actor whose partner the document supplies.
//! 3. [`modality`]: negation, refusals, sentiment and sports contexts drop
//!    the relation; future and intent cues make it `planned`.
//! 4. [`document`]: collectives ("both sides"), lone subjects and
//!    sentence-initial pronouns are settled against the document's other
//!    sentences; groups are expanded into pairs (lazily, deduplicated as
//!    they are made; a group above `max_parties` becomes one multilateral
//!    event); no actor pairs with itself or with its own country.
//!
//! The pattern decides who is related, not co-occurrence: "Mishustin
//! conveyed greetings from President Vladimir Putin" relates nobody.
//! Evidence is always one sentence; only the meaning of "both sides", of a
//! sentence-initial "He", and a lone actor's partner come from the rest of
//! the document.

mod document;
mod frames;
mod modality;
mod model;
mod rules;
mod scan;

use std::ops::Range;

use crate::gazetteer::{EntityId, Gazetteer};
use crate::resolve::{EntityRef, Resolved};
use crate::text::{Date, Sentence};

pub use rules::{RelationRules, DEFAULT_MAX_PARTIES};

/// The two relation kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    /// Met, held talks, hosted, visited, spoke by phone, ...
    Meeting,
    /// Cooperation, partnership, agreements, aid, joint action, ...
    Cooperation,
}

impl RelationKind {
    /// `MEETING` or `COOPERATION`.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Meeting => "MEETING",
            RelationKind::Cooperation => "COOPERATION",
        }
    }

    /// Parses `MEETING` / `meeting` / `COOPERATION` / `cooperation`.
    pub fn parse(s: &str) -> Option<RelationKind> {
        match s.to_ascii_uppercase().as_str() {
            "MEETING" => Some(RelationKind::Meeting),
            "COOPERATION" => Some(RelationKind::Cooperation),
            _ => None,
        }
    }
}

/// Whether the relation happened or is announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Stated as a fact.
    Reported,
    /// Announced for the future ("will meet").
    Planned,
}

impl Status {
    /// `reported` or `planned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Reported => "reported",
            Status::Planned => "planned",
        }
    }
}

/// How a meeting was held, when the trigger says.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
pub enum Mode {
    /// In person, or not said.
    #[default]
    Unspecified,
    /// By telephone ("spoke by phone", "telephoned").
    Phone,
    /// By video link.
    Video,
}

impl Mode {
    /// `""`, `phone` or `video`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Unspecified => "",
            Mode::Phone => "phone",
            Mode::Video => "video",
        }
    }
}

/// One end of a relation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Actor {
    /// The entity that acts: a person, country, organisation or place; an
    /// unnamed official is its country.
    pub entity: EntityRef,
    /// The actor's country, if known.
    pub country: Option<EntityId>,
    /// The role it acts in, if known ("minister" for "the Russian
    /// minister").
    pub role: Option<EntityId>,
}

impl Actor {
    /// A country acting as itself.
    pub(crate) fn country(id: EntityId) -> Actor {
        Actor::official(id, None)
    }

    /// An unnamed official of a country, with a title when known
    /// ("President Bush" with no date, "the Pope").
    pub(crate) fn official(id: EntityId, role: Option<EntityId>) -> Actor {
        Actor { entity: EntityRef::Known(id), country: Some(id), role }
    }
}

/// One extracted relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Kind.
    pub kind: RelationKind,
    /// Reported or planned.
    pub status: Status,
    /// Phone or video, when the trigger says.
    pub mode: Mode,
    /// The actor named first (the subject, where there is one).
    pub source: Actor,
    /// The other actor.
    pub target: Actor,
    /// Byte span of the trigger.
    pub trigger: Range<usize>,
    /// Index of the evidence sentence.
    pub sentence: usize,
    /// Where it happened, if the sentence says.
    pub place: Option<EntityId>,
    /// When it happened, if known.
    pub date: Option<Date>,
}

/// A frame with more parties than [`RelationRules::max_parties`]: one
/// event they all took part in, instead of every pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Kind.
    pub kind: RelationKind,
    /// Reported or planned.
    pub status: Status,
    /// Phone or video, when the trigger says.
    pub mode: Mode,
    /// The parties, in text order, each once.
    pub parties: Vec<Actor>,
    /// Byte span of the trigger.
    pub trigger: Range<usize>,
    /// Index of the evidence sentence.
    pub sentence: usize,
    /// Where it happened, if the sentence says.
    pub place: Option<EntityId>,
    /// When it happened, if known.
    pub date: Option<Date>,
}

/// The relations and multilateral events of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Pairwise relations, sorted by sentence and trigger.
    pub relations: Vec<Relation>,
    /// Multilateral events, sorted by sentence and trigger.
    pub events: Vec<Event>,
}

/// The country of a wire dateline, among the document's first mentions:
/// a capital written in capitals at the start of a sentence ("BAGHDAD
/// (Reuters) -"), or a country after a city so written at a line's start
/// ("TELA, Honduras, Aug 7 -").
fn dateline_country(
    gazetteer: &Gazetteer,
    text: &str,
    resolved: &Resolved,
) -> Option<(EntityId, usize)> {
    resolved.mentions.iter().take(8).find_map(|m| {
        let Some(EntityRef::Known(id)) = m.entity else { return None };
        let entity = gazetteer.entity(id);
        let written = &text[m.span.clone()];
        let capital =
            entity.place_type == Some(crate::gazetteer::PlaceType::Capital);
        let caps = written.chars().any(char::is_alphabetic)
            && !written.chars().any(char::is_lowercase);
        // At a sentence's or a line's start ("Headline\nBEIJING (Reuters)").
        let before = &text[..m.span.start];
        let line_start =
            before.trim_end_matches([' ', '\t']).ends_with(['\n', '\r']);
        let first = line_start
            || before
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?'));
        if m.kind == crate::resolve::MentionKind::Place
            && capital
            && caps
            && first
        {
            return entity.country.map(|country| (country, m.span.start));
        }
        // "TELA, Honduras, Aug 7 -", "ILO, Peru (AP) -": a city in
        // capitals at a line's start, then its country.
        if m.kind != crate::resolve::MentionKind::Country {
            return None;
        }
        let line = model::dateline_city_country(text, m.span.clone())?;
        entity.country.map(|country| (country, line))
    })
}

/// Extracts the relations of one document.
pub fn extract_relations(
    rules: &RelationRules,
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    resolved: &Resolved,
    doc_date: Option<Date>,
) -> Extracted {
    let scanned = Scanned::new(rules, text, sentences, resolved);
    let doc = Doc { rules, gazetteer, text, sentences, resolved, doc_date };
    extract_scanned(doc, scanned)
}

/// One document as the relation stage reads it: the rules and gazetteer,
/// the text, its kept sentences, their resolved mentions and the
/// document's date.
#[derive(Clone, Copy)]
pub(crate) struct Doc<'a> {
    pub rules: &'a RelationRules,
    pub gazetteer: &'a Gazetteer,
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub resolved: &'a Resolved,
    pub doc_date: Option<Date>,
}

/// The relation stage's first step over one document: which mentions each
/// sentence holds, and the rules' triggers and collectives
/// ([`model::DocScan`]). A step of its own so that a batch of documents
/// runs it over all of them before the rest of the stage
/// ([`crate::Pipeline::analyze_many`]): the trigger DFA's states then stay
/// in cache instead of being evicted by every document's sentence models.
#[derive(Debug)]
pub(crate) struct Scanned {
    ranges: Vec<Range<usize>>,
    scan: model::DocScan,
}

impl Scanned {
    /// Scans the `sentences` of `text`, whose mentions are `resolved`.
    pub(crate) fn new(
        rules: &RelationRules,
        text: &str,
        sentences: &[Sentence],
        resolved: &Resolved,
    ) -> Scanned {
        let ranges = model::mention_ranges(&resolved.mentions, sentences);
        let scan = model::DocScan::new(
            rules,
            text,
            sentences,
            &resolved.mentions,
            &ranges,
        );
        Scanned { ranges, scan }
    }
}

/// [`extract_relations`] after its first step; `scanned` must be of the
/// same document.
pub(crate) fn extract_scanned(doc: Doc<'_>, scanned: Scanned) -> Extracted {
    let Doc { rules, gazetteer, text, sentences, resolved, .. } = doc;
    let Scanned { ranges, scan } = scanned;
    let mut model = model::SentenceModel::default();
    let dateline = dateline_country(gazetteer, text, resolved);
    model.dateline_country = dateline.map(|(country, _)| country);
    model.dateline_start = dateline.map_or(0, |(_, start)| start);
    model.last_place = model.dateline_country;
    model.domain_story = sentences.first().is_some_and(|first| {
        let line = &text[first.span.clone()];
        let headline = text[first.span.end..].starts_with(['\n', '\r'])
            && !line.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}']);
        headline && rules::hits(&rules.cues.negation_domain, line)
    });
    model.first_holders.clear();
    model.holders_read = 0;
    model.dateline_people =
        model::dateline_officials(gazetteer, resolved, model.dateline_country);
    let mut found = document::Found::default();
    for (sentence, range) in sentences.iter().zip(ranges) {
        let mentions = &resolved.mentions[range];
        if !model
            .build(rules, gazetteer, &scan, text, sentence, mentions, resolved)
        {
            continue;
        }
        if model.full {
            frames::apply(rules, &model, &mut found);
        }
        found.end_sentence(&model);
    }
    if !model.former_people.is_empty() {
        found.forget_countries(&model.former_people);
    }
    document::settle(doc, found)
}

#[cfg(test)]
mod tests;
