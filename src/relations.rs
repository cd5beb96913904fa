//! Stage 6: resolved mentions -> [`Relation`]s, sentence by sentence.
//!
//! Input: a document's kept sentences and resolved mentions, and the
//! [`RelationRules`] compiled from `relations.tsv`. Output: MEETING and
//! COOPERATION relations between actors, each with its evidence sentence.
//!
//! **Actors** are people, countries, organisations, capitals and seats of
//! power flagged as standing for their country, and unnamed officials: a
//! demonym or a country's followed by a role or an `OFFICIAL` noun ("the
//! Russian minister", "Chinese officials", "Iraq's national security
//! adviser"), which stand for their country with the role kept. A
//! `COLLECTIVE` phrase ("both sides", "both nations") stands for the two
//! parties of the nearest earlier meeting of the document, else of its
//! first (or for their countries).
//!
//! **Frames**, tried for each trigger, first match wins:
//! 1. `TRIGGER between A and B` (up to 4 words after the trigger);
//! 2. `A-B TRIGGER` (a hyphenated pair up to 3 words before it);
//! 3. left group and right object: the nearest actor before the trigger in
//!    its clause (with actors coordinated to it by "and" or a comma), and
//!    the first actor after it within 6 words with no punctuation between
//!    (a `noun` trigger needs "with" in that gap; a `verb-person` trigger
//!    needs a person or official object). With an object, every left actor
//!    pairs with every object; without one, coordinated left actors pair
//!    with each other ("Xi and Putin met").
//! 4. A lone actor with a COOPERATION trigger ("President Xi called for
//!    deepening cooperation") pairs with its partner in its nearest meeting
//!    of the document.
//!
//! A sentence-initial "He" or "She" with no actor before the trigger is the
//! first person of the previous sentence ("Modi arrived in Moscow. He met
//! Putin."); a second predicate takes the subject of the first ("Modi met
//! Xi and separately held talks with Putin"; "..., where he signed").
//!
//! **Negation and modality**: a `NEGATION left` cue among the (at most 6)
//! words before the trigger in its clause since the last comma, or a
//! `NEGATION right` cue among the 6 words after it, drops the relation
//! ("did not meet", "talks were cancelled"). A `PLANNED` cue there makes
//! it `planned` ("will meet", "is expected to visit"); otherwise it is
//! `reported`.
//!
//! The pattern decides who is related, not co-occurrence: "Mishustin
//! conveyed greetings from President Vladimir Putin" relates nobody.
//! Evidence is always one sentence; only the meaning of "both sides", of a
//! sentence-initial "He", and a lone actor's partner come from the rest of
//! the document.

use std::collections::HashSet;
use std::ops::Range;

use regex::{Regex, RegexBuilder};

use crate::error::{Error, Result};
use crate::gazetteer::{EntityId, Gazetteer, PlaceType};
use crate::resolve::{EntityRef, Mention, MentionKind, Resolved};
use crate::text::{dates, Date, Sentence};

/// The two relation kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    /// Met, held talks, hosted, received, ...
    Meeting,
    /// Cooperation, partnership, ties, agreements, ...
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

/// One extracted relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Kind.
    pub kind: RelationKind,
    /// Reported or planned.
    pub status: Status,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pattern {
    Verb,
    VerbPerson,
    Noun,
}

#[derive(Debug)]
struct TriggerRule {
    kind: RelationKind,
    pattern: Pattern,
    regex: Regex,
}

/// The compiled cues of `relations.tsv`.
#[derive(Debug)]
pub struct RelationRules {
    triggers: Vec<TriggerRule>,
    negation_left: Option<Regex>,
    negation_right: Option<Regex>,
    negation_sentiment: Option<Regex>,
    negation_clause: Option<Regex>,
    planned_left: Option<Regex>,
    planned_right: Option<Regex>,
    collective_parties: Option<Regex>,
    collective_countries: Option<Regex>,
    official_noun: Option<Regex>,
    official_of: Option<Regex>,
    intent: Option<Regex>,
    /// Combining forms ("Sino" -> CHN) for hyphenated pairs.
    combining: Vec<(String, EntityId)>,
}

fn alternation(triggers: &[String]) -> String {
    let body: Vec<String> =
        triggers.iter().map(|t| format!("(?:{t})")).collect();
    body.join("|")
}

impl RelationRules {
    /// Compiles the cue rows of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<RelationRules> {
        let mut rules = RelationRules {
            triggers: vec![],
            negation_left: None,
            negation_right: None,
            negation_sentiment: None,
            negation_clause: None,
            planned_left: None,
            planned_right: None,
            collective_parties: None,
            collective_countries: None,
            official_noun: None,
            official_of: None,
            intent: None,
            combining: vec![],
        };
        // Rows of the same (kind, pattern) from several layers are joined.
        let mut joined: Vec<(String, String, Vec<String>, String, usize)> =
            vec![];
        for row in gazetteer.cue_rows() {
            let kind = row.kind.to_ascii_uppercase();
            match joined.iter_mut().find(|j| j.0 == kind && j.1 == row.pattern)
            {
                Some(j) => {
                    // The joined regex names the first row's file: check a
                    // row joined to it on its own, so that an error names
                    // the row's own file and line.
                    if kind != "COMBINING" {
                        RegexBuilder::new(&alternation(&row.triggers))
                            .unicode(false)
                            .size_limit(1 << 24)
                            .build()
                            .map_err(|e| Error::Regex {
                                file: row.file.clone(),
                                line: row.line,
                                column: 3,
                                source: Box::new(e),
                            })?;
                    }
                    j.2.extend(row.triggers.iter().cloned())
                }
                None => joined.push((
                    kind,
                    row.pattern.clone(),
                    row.triggers.clone(),
                    row.file.clone(),
                    row.line,
                )),
            }
        }
        for (kind, pattern, triggers, file, line) in joined {
            let bad = |column: usize, msg: String| Error::Gazetteer {
                file: file.clone(),
                line,
                column,
                msg,
            };
            let compile = |src: String| -> Result<Regex> {
                // ASCII mode: cues are English words, and Unicode classes
                // (`\w`, `\s`) would make every regex far larger and
                // slower to build.
                RegexBuilder::new(&src)
                    .case_insensitive(true)
                    .unicode(false)
                    .size_limit(1 << 24)
                    .build()
                    .map_err(|e| Error::Regex {
                        file: file.clone(),
                        line,
                        column: 3,
                        source: Box::new(e),
                    })
            };
            // ASCII word boundaries: cues are English words, and the lazy
            // DFA can then run without falling back to a backtracker.
            let words = format!(r"\b(?:{})\b", alternation(&triggers));
            let slot = match (kind.as_str(), pattern.as_str()) {
                ("MEETING" | "COOPERATION", p) => {
                    let pattern = match p {
                        "verb" => Pattern::Verb,
                        "verb-person" => Pattern::VerbPerson,
                        "noun" => Pattern::Noun,
                        other => {
                            return Err(bad(
                                2,
                                format!("unknown pattern `{other}`: expected verb, verb-person or noun"),
                            ))
                        }
                    };
                    rules.triggers.push(TriggerRule {
                        kind: RelationKind::parse(&kind)
                            .expect("checked kind"),
                        pattern,
                        regex: compile(words)?,
                    });
                    continue;
                }
                ("NEGATION", "left") => &mut rules.negation_left,
                ("NEGATION", "right") => &mut rules.negation_right,
                ("NEGATION", "sentiment") => &mut rules.negation_sentiment,
                ("NEGATION", "clause") => &mut rules.negation_clause,
                ("PLANNED", "left") => &mut rules.planned_left,
                ("PLANNED", "right") => &mut rules.planned_right,
                ("COLLECTIVE", "parties") => &mut rules.collective_parties,
                ("COLLECTIVE", "countries") => &mut rules.collective_countries,
                ("INTENT", "left") => &mut rules.intent,
                ("COMBINING", code) => {
                    let Some(id) = gazetteer.find(code) else {
                        return Err(bad(
                            2,
                            format!("unknown country `{code}`"),
                        ));
                    };
                    for form in &triggers {
                        rules.combining.push((form.clone(), id));
                    }
                    continue;
                }
                ("OFFICIAL", "noun") => {
                    rules.official_of = Some(compile(format!(
                        r"\b(?:{})\s+(?:of|from)\s+(?:the\s+)?$",
                        alternation(&triggers)
                    ))?);
                    let src = format!(
                        r"^ +(?:(?-i:[a-z][a-z-]*) +){{0,2}}(?:{})\b",
                        alternation(&triggers)
                    );
                    rules.official_noun = Some(compile(src)?);
                    continue;
                }
                (k, p) => {
                    return Err(bad(
                        1,
                        format!("unknown cue `{k}` with pattern `{p}`"),
                    ))
                }
            };
            *slot = Some(compile(words)?);
        }
        Ok(rules)
    }
}

/// An actor slot before document-level references are settled.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    Actor(Actor),
    /// "both sides": the two parties of the nearest meeting.
    Parties,
    /// "both nations": their countries.
    Countries,
}

#[derive(Clone, Debug)]
struct Located {
    slot: Slot,
    span: Range<usize>,
    kind: MentionKind,
}

/// The subject of the last predicate of a sentence, for the next one.
#[derive(Clone, Debug)]
struct Previous {
    subject: Vec<Slot>,
    trigger_end: usize,
}

/// A relation found in one sentence, with slots still to settle.
#[derive(Clone, Debug)]
struct Proto {
    kind: RelationKind,
    status: Status,
    pairs: Vec<(Slot, Slot)>,
    /// A lone actor waiting for its meeting partner.
    lone: Option<Actor>,
    /// End of the rightmost actor the frame used (right cues start here).
    right_end: usize,
    trigger: Range<usize>,
    sentence: usize,
}

/// Extracts the relations of one document.
pub fn extract_relations(
    rules: &RelationRules,
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    resolved: &Resolved,
    doc_date: Option<Date>,
) -> Vec<Relation> {
    let mut protos: Vec<Proto> = vec![];
    let mentions = &resolved.mentions;
    let mut last_person: Option<Actor> = None;
    for sentence in sentences {
        let in_sentence = mentions_in(mentions, sentence);
        let actors = sentence_actors(
            rules,
            gazetteer,
            text,
            sentence,
            in_sentence,
            resolved,
        );
        // Demonyms alone are no actors, but can make a pair
        // ("Sino-Indian talks").
        if actors.is_empty() && in_sentence.is_empty() {
            continue;
        }
        sentence_relations(
            rules,
            text,
            sentence,
            &actors,
            in_sentence,
            last_person.as_ref(),
            &mut protos,
        );
        // "He" in the next sentence: its first person.
        if let Some(first) =
            actors.iter().find(|a| a.kind == MentionKind::Person)
        {
            if let Slot::Actor(a) = &first.slot {
                last_person = Some(a.clone());
            }
        }
    }

    // The document's meetings, in order: (sentence, trigger start, pair).
    let meetings: Vec<(usize, usize, Actor, Actor)> = protos
        .iter()
        .filter(|p| p.kind == RelationKind::Meeting)
        .flat_map(|p| {
            p.pairs.iter().filter_map(move |(a, b)| match (a, b) {
                (Slot::Actor(a), Slot::Actor(b)) => {
                    Some((p.sentence, p.trigger.start, a.clone(), b.clone()))
                }
                _ => None,
            })
        })
        .collect();
    let country_actor = |a: &Actor| -> Option<Actor> {
        let country = a.country?;
        Some(Actor {
            entity: EntityRef::Known(country),
            country: Some(country),
            role: None,
        })
    };
    let mut relations = vec![];
    let mut seen: HashSet<(RelationKind, usize, EntityRef, EntityRef)> =
        HashSet::new();
    for proto in protos {
        // "Both sides" are the parties of the latest meeting before them
        // (the same sentence included), else of the document's first.
        let parties: Option<(Actor, Actor)> = meetings
            .iter()
            .rev()
            .find(|m| (m.0, m.1) < (proto.sentence, proto.trigger.start))
            .or(meetings.first())
            .map(|m| (m.2.clone(), m.3.clone()));
        let mut pairs: Vec<(Actor, Actor)> = vec![];
        let expand = |slot: &Slot| -> Vec<Actor> {
            match (slot, &parties) {
                (Slot::Actor(a), _) => vec![a.clone()],
                (Slot::Parties, Some((a, b))) => vec![a.clone(), b.clone()],
                (Slot::Countries, Some((a, b))) => {
                    [country_actor(a), country_actor(b)]
                        .into_iter()
                        .flatten()
                        .collect()
                }
                _ => vec![],
            }
        };
        for (a, b) in &proto.pairs {
            let (left, right) = (expand(a), expand(b));
            if *a == *b && matches!(a, Slot::Parties | Slot::Countries) {
                if let [x, y] = left.as_slice() {
                    pairs.push((x.clone(), y.clone()));
                }
                continue;
            }
            for x in &left {
                for y in &right {
                    pairs.push((x.clone(), y.clone()));
                }
            }
        }
        // A lone subject's partner: the other party of its latest meeting
        // before it, else of its first one.
        if let Some(lone) = &proto.lone {
            let involving = |m: &&(usize, usize, Actor, Actor)| {
                m.2.entity == lone.entity || m.3.entity == lone.entity
            };
            let meeting = meetings
                .iter()
                .filter(involving)
                .rev()
                .find(|m| (m.0, m.1) < (proto.sentence, proto.trigger.start))
                .or_else(|| meetings.iter().find(involving));
            if let Some((_, _, a, b)) = meeting {
                let partner = if a.entity == lone.entity { b } else { a };
                pairs.push((lone.clone(), partner.clone()));
            }
        }
        let sentence = crate::text::find_sentence(sentences, proto.sentence)
            .expect("proto sentence exists");
        let sentence_text = &text[sentence.span.clone()];
        for (source, target) in pairs {
            if source.entity == target.entity {
                continue;
            }
            let (lo, hi) = if source.entity <= target.entity {
                (source.entity, target.entity)
            } else {
                (target.entity, source.entity)
            };
            if !seen.insert((proto.kind, proto.sentence, lo, hi)) {
                continue;
            }
            relations.push(Relation {
                kind: proto.kind,
                status: proto.status,
                source,
                target,
                trigger: proto.trigger.clone(),
                sentence: proto.sentence,
                place: sentence_place(
                    gazetteer,
                    mentions_in(mentions, sentence),
                ),
                date: dates::sentence_date(
                    sentence_text,
                    doc_date,
                    proto.status == Status::Planned,
                ),
            });
        }
    }
    relations.sort_by(|a, b| {
        (a.sentence, a.trigger.start, a.kind).cmp(&(
            b.sentence,
            b.trigger.start,
            b.kind,
        ))
    });
    relations
}

/// The mentions (sorted by start) that start inside `sentence`.
fn mentions_in<'m>(
    mentions: &'m [Mention],
    sentence: &Sentence,
) -> &'m [Mention] {
    let from =
        mentions.partition_point(|m| m.span.start < sentence.span.start);
    let to = mentions.partition_point(|m| m.span.start < sentence.span.end);
    &mentions[from..to]
}

/// The most specific non-actor place among a sentence's mentions.
fn sentence_place(
    gazetteer: &Gazetteer,
    mentions: &[Mention],
) -> Option<EntityId> {
    let mut best: Option<(u8, EntityId)> = None;
    for m in mentions {
        if m.kind != MentionKind::Place || m.stands_for_country {
            continue;
        }
        let Some(EntityRef::Known(id)) = m.entity else { continue };
        // Landmarks say more than cities, cities more than regions.
        let rank = match gazetteer.entity(id).place_type {
            Some(PlaceType::Landmark | PlaceType::Seat) => 3,
            Some(PlaceType::City | PlaceType::Capital) => 2,
            _ => 1,
        };
        if best.is_none_or(|(r, _)| rank > r) {
            best = Some((rank, id));
        }
    }
    best.map(|(_, id)| id)
}

fn sentence_actors(
    rules: &RelationRules,
    gazetteer: &Gazetteer,
    text: &str,
    sentence: &Sentence,
    mentions: &[Mention],
    resolved: &Resolved,
) -> Vec<Located> {
    let mut actors: Vec<Located> = vec![];
    for (i, m) in mentions.iter().enumerate() {
        let Some(entity) = m.entity else { continue };
        let actor = |country, role| Actor { entity, country, role };
        match m.kind {
            MentionKind::Person => {
                let country = match entity {
                    EntityRef::Known(id) => gazetteer.entity(id).country,
                    EntityRef::Discovered(d) => {
                        resolved.discovered[d as usize].country
                    }
                };
                actors.push(Located {
                    slot: Slot::Actor(actor(country.or(m.country), m.role)),
                    span: m.phrase_start..m.span.end,
                    kind: m.kind,
                });
            }
            MentionKind::Organisation => {
                // "a Hamas delegation", "NATO officials": an unnamed
                // official of the organisation.
                let rest = &text[m.span.end..sentence.span.end];
                let possessive = ["'s", "’s"]
                    .iter()
                    .find(|p| rest.starts_with(**p))
                    .map_or(0, |p| p.len());
                let after = m.span.end + possessive;
                let noun = rules
                    .official_noun
                    .as_ref()
                    .and_then(|re| re.find(&text[after..sentence.span.end]));
                let role_next = mentions.get(i + 1).filter(|r| {
                    r.kind == MentionKind::Role
                        && r.span.start >= after
                        && r.span.start - after <= 24
                        && text[after..r.span.start]
                            .chars()
                            .all(|c| c == ' ' || c.is_lowercase())
                });
                let (end, kind) = match (noun, role_next) {
                    (_, Some(r)) => (r.span.end, MentionKind::Role),
                    (Some(n), None) => (after + n.end(), MentionKind::Role),
                    (None, None)
                        if official_before(
                            rules,
                            text,
                            sentence,
                            m.span.start,
                        ) =>
                    {
                        (m.span.end, MentionKind::Role)
                    }
                    (None, None) => (m.span.end, m.kind),
                };
                actors.push(Located {
                    slot: Slot::Actor(actor(None, None)),
                    span: m.span.start..end,
                    kind,
                })
            }
            MentionKind::Place => {
                // A capital standing for its country, or any place after
                // "officials from" ("Ministers from Paris and Berlin").
                let from_officials =
                    official_before(rules, text, sentence, m.span.start)
                        || coordinated_with_official(
                            text,
                            &actors,
                            m.span.start,
                        );
                if (m.stands_for_country || from_officials)
                    && m.country.is_some()
                {
                    actors.push(Located {
                        slot: Slot::Actor(actor(m.country, None)),
                        span: m.span.clone(),
                        kind: if from_officials {
                            MentionKind::Role
                        } else {
                            m.kind
                        },
                    })
                }
            }
            MentionKind::Country | MentionKind::Demonym if !m.in_phrase => {
                if let Some(located) =
                    country_actor(rules, text, sentence, mentions, i)
                {
                    actors.push(located);
                }
            }
            _ => {}
        }
    }
    let body = &text[sentence.span.clone()];
    for (re, slot) in [
        (&rules.collective_parties, Slot::Parties),
        (&rules.collective_countries, Slot::Countries),
    ] {
        let Some(re) = re else { continue };
        for m in re.find_iter(body) {
            // "the leaders of Azerbaijan and Pakistan" name their countries.
            if body[m.end()..].starts_with(" of ") {
                continue;
            }
            let span =
                sentence.span.start + m.start()..sentence.span.start + m.end();
            actors.push(Located {
                slot: slot.clone(),
                span,
                kind: MentionKind::Role,
            });
        }
    }
    actors.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
    // Drop actors nested in an earlier one.
    let mut kept: Vec<Located> = Vec::with_capacity(actors.len());
    for a in actors {
        if kept.last().is_some_and(|k| a.span.start < k.span.end) {
            continue;
        }
        kept.push(a);
    }
    // "a US-brokered deal", "the UN-mediated talks": the broker is no
    // party.
    kept.retain(|a| !is_attributive(text, a.span.end));
    merge_named_officials(text, kept)
}

/// Whether an actor ending at `end` only modifies the next word
/// ("US-brokered", "China-led", "Saudi-backed").
fn is_attributive(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('-') else { return false };
    let word: &str =
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.len() > 2
        && word.ends_with("ed")
        && word.chars().all(|c| c.is_lowercase())
}

/// Whether an official noun and "of" or "from" stand right before `pos`
/// ("the leaders of", "a delegation from the").
fn official_before(
    rules: &RelationRules,
    text: &str,
    sentence: &Sentence,
    pos: usize,
) -> bool {
    let before = last_words(&text[sentence.span.start..pos], 4);
    rules.official_of.as_ref().is_some_and(|re| re.is_match(before))
}

/// Whether `pos` follows "and" right after an unnamed official ("from
/// Brasília and Buenos Aires": the second place shares the first one's
/// "officials from").
fn coordinated_with_official(
    text: &str,
    actors: &[Located],
    pos: usize,
) -> bool {
    actors.last().is_some_and(|prev| {
        prev.kind == MentionKind::Role
            && matches!(prev.slot, Slot::Actor(_))
            && prev.span.end <= pos
            && is_coordination(&text[prev.span.end..pos])
    })
}

/// A country or demonym mention as an actor: a country by itself; an
/// unnamed official when a role or official noun follows ("Chinese
/// officials", "Russia's delegation", "Russian and Ukrainian delegations")
/// or an official noun and "of" precede ("the leaders of Brazil").
fn country_actor(
    rules: &RelationRules,
    text: &str,
    sentence: &Sentence,
    mentions: &[Mention],
    i: usize,
) -> Option<Located> {
    let m = &mentions[i];
    let country = m.country?;
    let official = |span: Range<usize>, role| Located {
        slot: Slot::Actor(Actor {
            entity: EntityRef::Known(country),
            country: Some(country),
            role,
        }),
        span,
        kind: MentionKind::Role,
    };
    let mut after = m.span.end;
    let rest = &text[after..sentence.span.end];
    after += ["'s", "’s", "'", "’"]
        .iter()
        .find(|p| rest.starts_with(**p))
        .map_or(0, |p| p.len());
    // Followed by a role: "the Russian minister", "Iraq's national
    // security adviser".
    let role_next = mentions.get(i + 1).filter(|next| {
        next.kind == MentionKind::Role
            && next.span.start >= after
            && next.span.start - after <= 24
            && text[after..next.span.start]
                .chars()
                .all(|c| c == ' ' || c.is_lowercase() || c == '-')
    });
    let noun = rules
        .official_noun
        .as_ref()
        .and_then(|re| re.find(&text[after..sentence.span.end]));
    // The nearer of the two wins: "a Japanese delegation led by Foreign
    // Minister X" is a delegation; "the Russian foreign minister" a role.
    match (role_next, noun) {
        (Some(role), noun)
            if noun.is_none_or(|n| after + n.end() > role.span.start) =>
        {
            return Some(official(m.span.start..role.span.end, role.role));
        }
        (_, Some(noun)) => {
            return Some(official(m.span.start..after + noun.end(), None))
        }
        _ => {}
    }
    // "Russian and Ukrainian delegations": the first demonym of a pair
    // shares the second one's noun.
    if m.kind == MentionKind::Demonym {
        if let Some(next) = mentions.get(i + 1) {
            let gap = &text[m.span.end..next.span.start];
            if next.kind == MentionKind::Demonym
                && matches!(gap.trim(), "and" | "or" | "," | "-" | "–")
            {
                if let Some(second) =
                    country_actor(rules, text, sentence, mentions, i + 1)
                {
                    if second.kind == MentionKind::Role {
                        return Some(official(m.span.clone(), None));
                    }
                }
            }
        }
        return None;
    }
    // "the Emir of Qatar", "the leaders of Brazil": an official of it.
    let role_of = i > 0
        && mentions[i - 1].kind == MentionKind::Role
        && matches!(
            &text[mentions[i - 1].span.end..m.span.start],
            " of " | " of the "
        );
    let kind =
        if role_of || official_before(rules, text, sentence, m.span.start) {
            MentionKind::Role
        } else {
            MentionKind::Country
        };
    Some(Located {
        slot: Slot::Actor(Actor {
            entity: EntityRef::Known(country),
            country: Some(country),
            role: None,
        }),
        span: m.span.clone(),
        kind,
    })
}

/// An unnamed official that a name follows or precedes is that person:
/// "North Korean leader Kim Jong Un", "a Japanese delegation led by
/// Foreign Minister Takeshi Iwaya", "Giorgia Meloni, the Italian prime
/// minister,".
fn merge_named_officials(text: &str, actors: Vec<Located>) -> Vec<Located> {
    let is_official = |a: &Located| {
        a.kind == MentionKind::Role && matches!(a.slot, Slot::Actor(_))
    };
    let mut out: Vec<Located> = Vec::with_capacity(actors.len());
    let mut iter = actors.into_iter().peekable();
    while let Some(mut a) = iter.next() {
        if is_official(&a) {
            if let Some(next) = iter.peek() {
                let gap = &text[a.span.end..next.span.start];
                let named = next.kind == MentionKind::Person
                    && (gap.chars().all(|c| c == ' ') && gap.len() <= 2
                        || matches!(gap.trim(), "led by" | "headed by" | ","));
                if named {
                    let next = iter.next().expect("peeked");
                    a = Located {
                        slot: next.slot,
                        span: a.span.start..next.span.end,
                        kind: next.kind,
                    };
                }
            }
        }
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end..a.span.start];
            let gap = gap.trim();
            let appositive = prev.kind == MentionKind::Person
                && is_official(&a)
                && matches!(
                    gap,
                    "," | ", the" | ", a" | ", an" | ", his" | ", her"
                );
            if appositive {
                prev.span.end = a.span.end;
                continue;
            }
        }
        out.push(a);
    }
    out
}

/// Words that make the next word a noun ("the visit").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that",
    "these", "those", "whose",
];

const CLAUSE_BREAKS: &[&str] =
    &[";", " but ", " while ", " whereas ", " although ", " though "];

fn clause_bounds(body: &str, start: usize, end: usize) -> (usize, usize) {
    let left = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| body[..start].rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let right = CLAUSE_BREAKS
        .iter()
        .filter_map(|b| body[end..].find(b).map(|i| end + i))
        .min()
        .unwrap_or(body.len());
    (left, right)
}

/// Byte ranges of the relative clauses (", who ... ,") in
/// `text[from..to]` that close before `to`.
fn closed_relative_clauses(
    text: &str,
    from: usize,
    to: usize,
) -> Vec<Range<usize>> {
    let s = &text[from..to];
    let mut out = vec![];
    let mut at = 0;
    while let Some(found) = [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|m| s[at..].find(m).map(|i| at + i))
        .min()
    {
        match s[found + 2..].find(',') {
            Some(close) => {
                let end = found + 2 + close;
                out.push(from + found..from + end);
                at = end;
            }
            None => break,
        }
    }
    out
}

/// `s` without its relative clauses (", which ... ," and ", who ... ,").
fn without_relative_clauses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let found = [", which ", ", who ", ", where ", ", when "]
            .iter()
            .filter_map(|m| rest.find(m))
            .min();
        let Some(at) = found else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        match rest[at + 2..].find(',') {
            Some(end) => rest = &rest[at + 2 + end + 1..],
            None => return out,
        }
    }
}

/// Words of `s`, split on white space.
fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The last `n` words of `s` (a suffix slice).
fn last_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return &s[i + c.len_utf8()..];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    s
}

/// The first `n` words of `s` (a prefix slice).
fn first_words(s: &str, n: usize) -> &str {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_word {
                count += 1;
                if count == n {
                    return &s[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    s
}

fn sentence_relations(
    rules: &RelationRules,
    text: &str,
    sentence: &Sentence,
    actors: &[Located],
    mentions: &[Mention],
    antecedent: Option<&Actor>,
    protos: &mut Vec<Proto>,
) {
    let base = sentence.span.start;
    let body = &text[sentence.span.clone()];
    // Triggers of every rule, in text order, so that a second predicate
    // can take the subject of the first ("Modi met Xi and held talks with
    // Putin").
    let mut found: Vec<(regex::Match<'_>, &TriggerRule)> = rules
        .triggers
        .iter()
        .flat_map(|rule| rule.regex.find_iter(body).map(move |m| (m, rule)))
        .collect();
    found.sort_by_key(|(m, _)| (m.start(), std::cmp::Reverse(m.end())));
    let mut previous: Option<Previous> = None;
    let mut last_trigger_end = 0;
    {
        for (m, rule) in found {
            let (ts, te) = (base + m.start(), base + m.end());
            // "held talks" and its "talks": one trigger.
            if ts < last_trigger_end {
                continue;
            }
            last_trigger_end = te;
            // A trigger inside a name ("Foreign Relations Committee") is no
            // trigger.
            if mentions.iter().any(|x| x.span.start < te && ts < x.span.end)
                || actors.iter().any(|a| a.span.start < te && ts < a.span.end)
            {
                continue;
            }
            // "the welcome", "his host": a verb trigger used as a noun
            // takes no direct object.
            if rule.pattern != Pattern::Noun {
                let before = last_words(&body[..m.start()], 1).trim();
                if DETERMINERS.contains(&before.to_lowercase().as_str()) {
                    continue;
                }
            }
            // "would be met with force": the passive idiom is no meeting.
            let prev_word = last_words(&body[..m.start()], 1).trim();
            let next_word = first_words(&body[m.end()..], 1).trim();
            if matches!(
                prev_word,
                "be" | "been" | "being" | "was" | "were" | "is" | "are"
            ) && next_word == "with"
            {
                continue;
            }
            let (clause_start, clause_end) =
                clause_bounds(body, m.start(), m.end());
            let (clause_start, clause_end) =
                (base + clause_start, base + clause_end);
            let mut proto = Proto {
                kind: rule.kind,
                status: Status::Reported,
                pairs: vec![],
                lone: None,
                right_end: te,
                trigger: ts..te,
                sentence: sentence.idx,
            };
            let subject = find_pairs(
                rules,
                rule,
                text,
                actors,
                mentions,
                ts,
                te,
                clause_start,
                clause_end,
                previous.as_ref(),
                antecedent,
                &mut proto,
            );
            if !subject.is_empty() {
                previous = Some(Previous { subject, trigger_end: te });
            }
            if proto.pairs.is_empty() && proto.lone.is_none() {
                continue;
            }
            // Negation and modality windows.
            let left_text = &text[clause_start..ts];
            let left_text = match left_text.rfind(',') {
                Some(i) => &left_text[i + 1..],
                None => left_text,
            };
            let right_start = proto.right_end.clamp(te, clause_end);
            let right_window = first_words(&text[right_start..clause_end], 6);
            // Cancellations come late ("a meeting ..., which had been
            // scheduled for Saturday, was cancelled"): relative clauses
            // are skipped.
            let after_frame =
                without_relative_clauses(&text[right_start..clause_end]);
            let negation_window = first_words(&after_frame, 12);
            let hits = |re: &Option<Regex>, s: &str| {
                re.as_ref().is_some_and(|r| r.is_match(s))
            };
            let negation_left = last_words(left_text, 6);
            if hits(&rules.negation_left, negation_left)
                || hits(&rules.negation_clause, &text[clause_start..ts])
                || hits(&rules.negation_right, negation_window)
                || (rule.kind == RelationKind::Cooperation
                    && hits(&rules.negation_sentiment, negation_window))
            {
                continue;
            }
            // Time words ("next week") may also come before the trigger:
            // "will travel to Washington next week to meet Trump".
            let planned_window = last_words(left_text, 8);
            // Headline future: "Meloni to meet Trump".
            let headline_future = planned_window.trim_end().ends_with(" to")
                && planned_window.split_whitespace().count() == 2;
            if headline_future
                || hits(&rules.planned_left, planned_window)
                || hits(&rules.planned_right, right_window)
                || hits(&rules.planned_right, planned_window)
            {
                proto.status = Status::Planned;
            }
            protos.push(proto);
        }
    }
}

/// The hyphenated pair that ends up to two modifier words before the
/// trigger at `ts`: each side an actor, a demonym or a combining form
/// ("Sino").
fn hyphen_pair(
    rules: &RelationRules,
    text: &str,
    actors: &[Located],
    mentions: &[Mention],
    clause_start: usize,
    ts: usize,
) -> Option<(Slot, Slot)> {
    let mut head_end = text[..ts].trim_end().len();
    if head_end <= clause_start {
        return None;
    }
    for _ in 0..2 {
        let last = last_words(&text[clause_start..head_end], 1);
        let word = last.trim();
        let modifier = !word.is_empty()
            && word.chars().all(|c| c.is_lowercase() || c == '-')
            && !matches!(
                word,
                "in" | "on"
                    | "at"
                    | "for"
                    | "of"
                    | "with"
                    | "and"
                    | "to"
                    | "by"
                    | "from"
                    | "the"
            );
        if !modifier
            || word.contains(['-', '–'])
                && mentions.iter().any(|m| m.span.end == head_end)
        {
            break;
        }
        head_end = text[..head_end - word.len()].trim_end().len();
        if head_end <= clause_start {
            return None;
        }
    }
    let slot_of = |m: &Mention| -> Option<Slot> {
        if let Some(a) = actors
            .iter()
            .find(|a| a.span.start <= m.span.start && m.span.end <= a.span.end)
        {
            return Some(a.slot.clone());
        }
        match m.kind {
            MentionKind::Country | MentionKind::Demonym => {
                let c = m.country?;
                Some(Slot::Actor(Actor {
                    entity: EntityRef::Known(c),
                    country: Some(c),
                    role: None,
                }))
            }
            _ => None,
        }
    };
    let b = mentions.iter().find(|m| m.span.end == head_end)?;
    let b_slot = slot_of(b)?;
    let dash_end = b.span.start;
    let dash = text[..dash_end].chars().next_back()?;
    if !matches!(dash, '-' | '–' | '—' | '/') {
        return None;
    }
    let a_end = dash_end - dash.len_utf8();
    if let Some(a) = mentions.iter().find(|m| m.span.end == a_end) {
        return Some((slot_of(a)?, b_slot));
    }
    let head = &text[clause_start..a_end];
    for (form, code) in &rules.combining {
        if let Some(rest) = head.strip_suffix(form.as_str()) {
            if rest.chars().next_back().is_some_and(crate::text::is_word_char)
            {
                continue;
            }
            let a = Actor {
                entity: EntityRef::Known(*code),
                country: Some(*code),
                role: None,
            };
            return Some((Slot::Actor(a), b_slot));
        }
    }
    None
}

/// Whether the text between two actors is a coordination ("and", ",").
fn is_coordination(gap: &str) -> bool {
    matches!(
        gap.trim(),
        "and"
            | ","
            | ", and"
            | "&"
            | "as well as"
            | "and his"
            | "and her"
            | "and their"
            | "and its"
            | "and the"
    )
}

#[allow(clippy::too_many_arguments)]
fn find_pairs(
    rules: &RelationRules,
    rule: &TriggerRule,
    text: &str,
    actors: &[Located],
    mentions: &[Mention],
    ts: usize,
    te: usize,
    clause_start: usize,
    clause_end: usize,
    previous: Option<&Previous>,
    antecedent: Option<&Actor>,
    proto: &mut Proto,
) -> Vec<Slot> {
    // 1. TRIGGER between A and B (nouns only: "welcomed the ceasefire
    // between Iran and Israel" is no meeting).
    let after = &text[te..clause_end];
    let between = if rule.pattern == Pattern::Noun {
        first_words(after, 5).find("between ")
    } else {
        None
    };
    if let Some(pos) = between {
        let from = te + pos + "between ".len();
        let mut right = actors.iter().filter(|a| a.span.start >= from);
        if let Some(a) = right.next() {
            if word_count(&text[from..a.span.start]) <= 2 {
                if matches!(a.slot, Slot::Parties | Slot::Countries) {
                    proto.pairs.push((a.slot.clone(), a.slot.clone()));
                    proto.right_end = a.span.end;
                    return vec![];
                }
                if let Some(b) = right.next() {
                    let gap = &text[a.span.end..b.span.start];
                    let gap = gap.trim_start_matches(['\'', '’', 's']);
                    let gap_words: Vec<&str> =
                        gap.split_whitespace().collect();
                    if gap_words.first() == Some(&"and")
                        && gap_words.len() <= 3
                    {
                        proto.pairs.push((a.slot.clone(), b.slot.clone()));
                        proto.right_end = b.span.end;
                        return vec![];
                    }
                }
            }
        }
    }
    // 2. A-B TRIGGER (nouns only): "China-Russia relations",
    // "Sino-Indian border talks", "Greek-Egyptian partnership".
    // Actors inside a relative clause that closes before the trigger
    // ("Ishiba, who had hoped to meet Trump, instead met Albanese") are not
    // its subject.
    let relative = closed_relative_clauses(text, clause_start, ts);
    let before: Vec<&Located> = actors
        .iter()
        .filter(|a| a.span.end <= ts && a.span.start >= clause_start)
        .filter(|a| {
            !relative
                .iter()
                .any(|r| r.start <= a.span.start && a.span.end <= r.end)
        })
        // "on his first state visit to France, was received by": a country
        // after a locative is where, not who.
        .filter(|a| {
            a.kind != MentionKind::Country
                || text[a.span.end..].starts_with(['\'', '’'])
                || !matches!(
                    last_words(&text[clause_start..a.span.start], 1).trim(),
                    "to" | "in"
                        | "at"
                        | "from"
                        | "into"
                        | "across"
                        | "throughout"
                        | "within"
                        | "near"
                )
        })
        .collect();
    if rule.pattern == Pattern::Noun {
        if let Some((a, b)) =
            hyphen_pair(rules, text, actors, mentions, clause_start, ts)
        {
            proto.pairs.push((a, b));
            return vec![];
        }
    }
    // 3. Left group and right object.
    let mut left: Vec<&Located> = vec![];
    if let Some(&nearest) = before.last() {
        left.push(nearest);
        let mut idx = before.len() - 1;
        while idx > 0 {
            let prev = before[idx - 1];
            // A comma joins only actors of one sort ("Xi, Putin and Modi",
            // "Brazil, India and South Africa"), not "the UN General
            // Assembly, Fidan and Vieira".
            let gap = &text[prev.span.end..before[idx].span.start];
            let same_sort = (prev.kind == MentionKind::Person)
                == (before[idx].kind == MentionKind::Person);
            if is_coordination(gap) && (gap.trim() != "," || same_sort) {
                left.push(prev);
                idx -= 1;
            } else {
                break;
            }
        }
        left.reverse();
    }
    let mut left: Vec<Slot> = left.iter().map(|l| l.slot.clone()).collect();
    // "He met Putin on Tuesday": a sentence-initial pronoun is the first
    // person of the previous sentence.
    if left.is_empty() {
        let lead = text[clause_start..ts].trim_start();
        if lead.starts_with("He ") || lead.starts_with("She ") {
            if let Some(a) = antecedent {
                left.push(Slot::Actor(a.clone()));
            }
        }
    }
    // A second predicate takes the subject of the first: "Modi met Xi ...
    // and separately held talks with Putin", "..., where he signed".
    if let Some(prev) = previous {
        let lead = last_words(&text[clause_start..ts], 3);
        let pronoun = lead
            .split_whitespace()
            .any(|w| matches!(w, "he" | "she" | "they"));
        let nearest_end = before.last().map_or(clause_start, |l| l.span.end);
        let pronoun_after_actor = pronoun && ts - lead.len() >= nearest_end;
        // "... Xi for nearly an hour and separately held talks": a verb
        // right after "and" (one adverb at most between).
        let second_predicate = rule.pattern != Pattern::Noun
            && before.last().is_some_and(|l| {
                let gap: Vec<&str> =
                    text[l.span.end..ts].split_whitespace().collect();
                l.span.start >= prev.trigger_end
                    && gap
                        .iter()
                        .rposition(|w| *w == "and")
                        .is_some_and(|i| gap.len() - i <= 2)
            });
        if pronoun_after_actor || second_predicate {
            left = prev.subject.clone();
        }
    }
    let mut objects: Vec<&Located> = vec![];
    // Passive: "X was welcomed at the White House by Y".
    let passive = matches!(
        last_words(&text[clause_start..ts], 1).trim(),
        "was" | "were" | "been" | "being" | "is" | "are" | "be"
    );
    let by_agent = passive
        .then(|| first_words(after, 12).find(" by "))
        .flatten()
        .and_then(|pos| {
            let from = te + pos + " by ".len();
            actors.iter().find(|a| {
                a.span.start >= from
                    && a.span.end <= clause_end
                    && word_count(&text[from..a.span.start]) <= 2
                    && !text[from..a.span.start].contains([',', ';'])
            })
        });
    if let Some(agent) = by_agent {
        objects.push(agent);
    } else if let Some(first) =
        actors.iter().find(|a| a.span.start >= te && a.span.end <= clause_end)
    {
        let gap = &text[te..first.span.start];
        let mut words: Vec<&str> = gap.split_whitespace().collect();
        // "a delegation from Washington", "the Emir of Qatar": the
        // preposition belongs to the official, not to the verb.
        if first.kind == MentionKind::Role {
            while words
                .last()
                .is_some_and(|w| matches!(*w, "of" | "from" | "the"))
            {
                words.pop();
            }
        }
        // "met on the margins of the G20": an actor behind a preposition
        // other than with/to/by is no object.
        let gap_ok = words.len() <= 6
            && !gap.contains([',', ';', ':', '.', '(', ')', '"'])
            && !words.iter().any(|w| {
                matches!(
                    *w,
                    "on" | "in"
                        | "at"
                        | "of"
                        | "for"
                        | "from"
                        | "during"
                        | "after"
                        | "before"
                        | "over"
                        | "under"
                        | "near"
                        | "about"
                        | "against"
                        | "into"
                )
            });
        // "signed a memorandum of understanding on rare earths with X":
        // "with" right before the object makes it the object whatever
        // stands between.
        let late_with = words.len() <= 5
            && !gap.contains([',', ';', ':', '.', '(', ')', '"'])
            && !mentions
                .iter()
                .any(|m| m.span.start >= te && m.span.end <= first.span.start)
            && words.iter().rev().find(|w| {
                !matches!(
                    **w,
                    "the" | "his" | "her" | "its" | "their" | "a" | "an"
                )
            }) == Some(&"with");
        let gap_ok = gap_ok || late_with;
        let with_ok = match rule.pattern {
            Pattern::Noun => {
                text[ts..te].ends_with(" with")
                    || words.iter().any(|w| matches!(*w, "with" | "to" | "by"))
            }
            _ => true,
        };
        let kind_ok = match rule.pattern {
            Pattern::VerbPerson => {
                matches!(first.kind, MentionKind::Person | MentionKind::Role)
            }
            _ => true,
        };
        if gap_ok && with_ok && kind_ok {
            objects.push(first);
            // "met X and Y".
            let mut last = first;
            for next in actors.iter().filter(|a| {
                a.span.start >= last.span.end && a.span.end <= clause_end
            }) {
                let gap = &text[last.span.end..next.span.start];
                let same_sort = (last.kind == MentionKind::Person)
                    == (next.kind == MentionKind::Person);
                if is_coordination(gap) && (gap.trim() != "," || same_sort) {
                    objects.push(next);
                    last = next;
                } else {
                    break;
                }
            }
        }
    }
    // "During talks with Abdelatty in Cairo, Wang Yi called for ...",
    // "After meeting Ramaphosa, Lula said ...", "At a summit in Tokyo, Lee
    // and Ishiba agreed ...": the subject follows the fronted phrase.
    if left.is_empty() {
        // The fronted word may begin the trigger itself ("After meeting").
        let lead: Vec<&str> =
            text[clause_start..te].split_whitespace().collect();
        let fronted = lead.len() <= 6
            && lead.first().is_some_and(|w| {
                matches!(
                    *w,
                    "During"
                        | "In"
                        | "At"
                        | "After"
                        | "Following"
                        | "Before"
                        | "On"
                        | "Ahead"
                        | "Upon"
                        | "Speaking"
                )
            });
        let from = objects.last().map_or(te, |o| o.span.end);
        if fronted {
            if let Some(comma) = text[from..clause_end].find(',') {
                let after = from + comma + 1;
                let mut group: Vec<&Located> = vec![];
                for a in actors.iter().filter(|a| {
                    a.span.start >= after && a.span.end <= clause_end
                }) {
                    let gap = match group.last() {
                        None => &text[after..a.span.start],
                        Some(prev) => &text[prev.span.end..a.span.start],
                    };
                    let joined = match group.last() {
                        None => {
                            word_count(gap) <= 1 && !gap.contains([',', ';'])
                        }
                        Some(_) => is_coordination(gap),
                    };
                    if !joined {
                        break;
                    }
                    group.push(a);
                }
                left = group.iter().map(|a| a.slot.clone()).collect();
            }
        }
    }
    if let Some(last) = objects.last() {
        proto.right_end = last.span.end;
        for l in &left {
            for o in &objects {
                proto.pairs.push((l.clone(), o.slot.clone()));
            }
        }
        // The hosts, and the guests, of one meeting met each other too,
        // unless they came together ("met President Xi and Premier Li":
        // one delegation).
        if rule.kind == RelationKind::Meeting {
            let apart = |a: &Slot, b: &Slot| match (a, b) {
                (Slot::Actor(x), Slot::Actor(y)) => {
                    x.country.is_none() || x.country != y.country
                }
                _ => true,
            };
            for (i, a) in objects.iter().enumerate() {
                for b in &objects[i + 1..] {
                    if apart(&a.slot, &b.slot) {
                        proto.pairs.push((a.slot.clone(), b.slot.clone()));
                    }
                }
            }
            for (i, a) in left.iter().enumerate() {
                for b in &left[i + 1..] {
                    if apart(a, b) {
                        proto.pairs.push((a.clone(), b.clone()));
                    }
                }
            }
        }
        return left;
    }
    match left.as_slice() {
        [] => {}
        [one] => match one {
            Slot::Parties | Slot::Countries => {
                proto.pairs.push((one.clone(), one.clone()));
            }
            Slot::Actor(actor) if rule.kind == RelationKind::Cooperation => {
                // Only a subject that asks for or pledges cooperation
                // ("Xi called for deepening cooperation").
                let subject_end =
                    before.last().map_or(clause_start, |l| l.span.end);
                let gap = &text[subject_end..ts];
                if rules.intent.as_ref().is_some_and(|re| re.is_match(gap))
                    && !gap.contains([',', ';'])
                {
                    proto.lone = Some(actor.clone());
                }
            }
            Slot::Actor(_) => {}
        },
        group => {
            // "concluded an agreement after nearly a decade of talks": a
            // noun inside a prepositional phrase is not what the group did.
            let in_phrase = rule.pattern == Pattern::Noun
                && last_words(&text[clause_start..ts], 3)
                    .split_whitespace()
                    .any(|w| matches!(w, "of" | "from" | "for" | "before"));
            if !in_phrase {
                for i in 0..group.len() {
                    for j in i + 1..group.len() {
                        proto.pairs.push((group[i].clone(), group[j].clone()));
                    }
                }
            }
        }
    }
    left
}

#[cfg(test)]
mod tests {
    /// Renders each relation as `KIND status source target`.
    fn check(text: &str, expected: &[&str]) {
        let pipeline = crate::pipeline::tests::default_pipeline();
        let doc = pipeline.analyze(text, None);
        let got: Vec<String> = doc
            .relations
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} {}",
                    r.kind.as_str(),
                    r.status.as_str(),
                    doc.actor_id(&r.source),
                    doc.actor_id(&r.target)
                )
            })
            .collect();
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn meeting_verbs() {
        check(
            "Xi Jinping met Vladimir Putin in Moscow.",
            &["MEETING reported xi-jinping vladimir-putin"],
        );
        check(
            "Xi Jinping and Vladimir Putin held talks.",
            &["MEETING reported xi-jinping vladimir-putin"],
        );
        check(
            "Xi Jinping held talks with Vladimir Putin.",
            &["MEETING reported xi-jinping vladimir-putin"],
        );
        check(
            "Vladimir Putin was received by Xi Jinping.",
            &["MEETING reported vladimir-putin xi-jinping"],
        );
        check(
            "Xi Jinping hosted Russian Prime Minister Mikhail Mishustin.",
            &["MEETING reported xi-jinping mikhail-mishustin"],
        );
    }

    #[test]
    fn meeting_nouns() {
        check(
            "Talks between Xi Jinping and Vladimir Putin ended.",
            &["MEETING reported xi-jinping vladimir-putin"],
        );
        check(
            "The China-Russia summit opened.",
            &["MEETING reported CHN RUS"],
        );
        check(
            "Xi Jinping's meeting with Vladimir Putin ran long.",
            &["MEETING reported xi-jinping vladimir-putin"],
        );
    }

    #[test]
    fn cooperation() {
        check(
            "China and Russia vowed to deepen cooperation.",
            &["COOPERATION reported CHN RUS"],
        );
        check(
            "China-Russia relations remain strong.",
            &["COOPERATION reported CHN RUS"],
        );
        check(
            "The partnership between Beijing and Moscow grew.",
            &["COOPERATION reported beijing moscow"],
        );
        check(
            "India signed an agreement with Russia.",
            &["COOPERATION reported IND RUS"],
        );
        check(
            "China's cooperation with Russia grew.",
            &["COOPERATION reported CHN RUS"],
        );
    }

    #[test]
    fn negation_and_modality() {
        check("Xi Jinping did not meet Vladimir Putin.", &[]);
        check("Xi Jinping refused to meet Vladimir Putin.", &[]);
        check(
            "Talks between Xi Jinping and Vladimir Putin were cancelled.",
            &[],
        );
        check(
            "Xi Jinping will meet Vladimir Putin.",
            &["MEETING planned xi-jinping vladimir-putin"],
        );
        check(
            "Xi Jinping is expected to meet Vladimir Putin.",
            &["MEETING planned xi-jinping vladimir-putin"],
        );
    }

    #[test]
    fn no_relation_from_co_occurrence() {
        check(
            "Prime Minister Mikhail Mishustin conveyed greetings from President Vladimir Putin.",
            &[],
        );
        check("China welcomed Russia's proposal.", &[]);
        check(
            "Chinese President Xi Jinping spoke by phone with Vladimir Putin.",
            &[],
        );
    }

    #[test]
    fn sentence_initial_pronoun() {
        check(
            "Narendra Modi arrived in Moscow on Monday. He met Vladimir Putin on Tuesday.",
            &["MEETING reported narendra-modi vladimir-putin"],
        );
        check("It rained in Moscow. He met Vladimir Putin.", &[]);
    }

    #[test]
    fn collectives_take_the_latest_meeting() {
        check(
            "Xi Jinping met Vladimir Putin. Narendra Modi met Li Qiang. Both sides vowed to deepen cooperation.",
            &[
                "MEETING reported xi-jinping vladimir-putin",
                "MEETING reported narendra-modi li-qiang",
                "COOPERATION reported narendra-modi li-qiang",
            ],
        );
        check(
            "Both sides vowed to deepen cooperation, officials said. Xi Jinping met Vladimir Putin.",
            &[
                "COOPERATION reported xi-jinping vladimir-putin",
                "MEETING reported xi-jinping vladimir-putin",
            ],
        );
    }

    #[test]
    fn unnamed_officials_and_collectives() {
        check(
            "Xi Jinping met the Russian minister.",
            &["MEETING reported xi-jinping RUS"],
        );
        check(
            "Chinese officials met a Russian delegation.",
            &["MEETING reported CHN RUS"],
        );
        check(
            "Xi Jinping met Vladimir Putin. Both sides vowed to deepen cooperation.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported xi-jinping vladimir-putin"],
        );
        check(
            "Xi Jinping met Vladimir Putin. Both nations seek closer ties.",
            &[
                "MEETING reported xi-jinping vladimir-putin",
                "COOPERATION reported CHN RUS",
            ],
        );
        check(
            "Xi Jinping met Vladimir Putin. President Xi called for deepening cooperation.",
            &["MEETING reported xi-jinping vladimir-putin", "COOPERATION reported xi-jinping vladimir-putin"],
        );
    }
}
