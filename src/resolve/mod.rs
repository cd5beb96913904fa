//! Stage 5: dictionary matches -> resolved [`Mention`]s, within one
//! document.
//!
//! Input: the text, its kept sentences and their [`TagMatch`]es. Output:
//! mentions sorted by offset, plus the people discovered in the document.
//!
//! What happens here, in order:
//! 1. **Phrases**: "[Demonym | Country's] [Role] [Name]" ("Chinese President
//!    Xi Jinping", "Russia's Foreign Minister Sergei Lavrov") gives the
//!    person, linked to that role and country; the demonym and role stay
//!    as mentions, marked `in_phrase`.
//! 2. **Discovery**: a role followed by capitalised words that no gazetteer
//!    knows ("Foreign Minister Ana Lopes") gives a discovered person with an
//!    id derived from the name (`ana-lopes`), the country of the phrase's
//!    demonym if any. Later bare uses of the surname ("Lopes said") resolve
//!    to that person.
//! 3. **Short forms**: "Xi" resolves to the one person of the document
//!    whose full name has that short form. With no such person in the
//!    document, it resolves only when exactly one person in the gazetteer
//!    has it *and* either a role precedes it ("President Xi") or that
//!    person is in office (a role with no end year: "Putin said"), or the
//!    phrase names that person's country ("Japan's Kishida").
//!    Otherwise it stays unresolved (a person mention with no entity). A
//!    short form followed by another capitalised name word ("Wang
//!    Wentao") names someone else and stays unresolved.
//! 4. **Demonyms** resolve to their country ("Chinese" -> CHN).
//! 5. **Capitals and seats of power** used as actors ("Beijing and
//!    Moscow", "the Kremlin said") are flagged `stands_for_country`; in a
//!    locative ("in Beijing", "at the Kremlin") or a dateline they are not.
//!
//! Resolution is document-local: nothing carries over between documents.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::gazetteer::{EntityId, EntityKind, FormKind, Gazetteer};
use crate::tagger::TagMatch;
use crate::text::{
    find_sentence, is_word_char, on_word_boundaries, Date, Sentence,
};

/// The kind of a mention, as written in outputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MentionKind {
    /// A person (known, discovered or an unresolved short form).
    Person,
    /// A role or title.
    Role,
    /// A country named.
    Country,
    /// A country adjective or nationality noun.
    Demonym,
    /// A place.
    Place,
    /// An organisation.
    Organisation,
}

impl MentionKind {
    /// Lowercase name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Role => "role",
            MentionKind::Country => "country",
            MentionKind::Demonym => "demonym",
            MentionKind::Place => "place",
            MentionKind::Organisation => "organisation",
        }
    }
}

/// What a mention refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityRef {
    /// A gazetteer entity.
    Known(EntityId),
    /// A person discovered in this document (index into
    /// [`Resolved::discovered`]).
    Discovered(u32),
}

/// A person found by a role and a capitalised name no gazetteer knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscoveredPerson {
    /// Id derived from the name (`ana-lopes`).
    pub id: String,
    /// The name as written.
    pub name: String,
    /// From the phrase's demonym or country, if any.
    pub country: Option<EntityId>,
    /// The role that introduced the person.
    pub role: Option<EntityId>,
}

/// One resolved mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte span of the mention itself ("Xi Jinping").
    pub span: Range<usize>,
    /// Start of the whole phrase ("Chinese President Xi Jinping"); equals
    /// `span.start` outside phrases.
    pub phrase_start: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// Kind.
    pub kind: MentionKind,
    /// The entity, `None` for an unresolved short form.
    pub entity: Option<EntityRef>,
    /// The entity's country (a country's own id for a country mention).
    pub country: Option<EntityId>,
    /// For a person: the role of its phrase. For a role: itself.
    pub role: Option<EntityId>,
    /// A discovered person.
    pub discovered: bool,
    /// Matched by a short form ("Xi", "Lopes").
    pub short_form: bool,
    /// A capital or seat of power standing for its country.
    pub stands_for_country: bool,
    /// A demonym, country or role that is part of a person phrase.
    pub in_phrase: bool,
}

impl Mention {
    /// A person mention outside any phrase; `discovered` follows from the
    /// entity.
    fn person(
        span: Range<usize>,
        sentence: usize,
        entity: EntityRef,
        country: Option<EntityId>,
    ) -> Mention {
        Mention {
            phrase_start: span.start,
            span,
            sentence,
            kind: MentionKind::Person,
            entity: Some(entity),
            country,
            role: None,
            discovered: matches!(entity, EntityRef::Discovered(_)),
            short_form: false,
            stands_for_country: false,
            in_phrase: false,
        }
    }
}

/// The discovered person with id `id`, added if new; a country seen later
/// fills a missing one.
fn discover(
    discovered: &mut Vec<DiscoveredPerson>,
    id: String,
    name: &str,
    country: Option<EntityId>,
    role: Option<EntityId>,
) -> EntityRef {
    let idx = match discovered.iter().position(|d| d.id == id) {
        Some(idx) => {
            let d = &mut discovered[idx];
            d.country = d.country.or(country);
            idx
        }
        None => {
            discovered.push(DiscoveredPerson {
                id,
                name: name.to_string(),
                country,
                role,
            });
            discovered.len() - 1
        }
    };
    EntityRef::Discovered(idx as u32)
}

/// The result of resolving one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    /// Mentions sorted by offset.
    pub mentions: Vec<Mention>,
    /// People discovered in the document.
    pub discovered: Vec<DiscoveredPerson>,
}

/// Capitalised words that never start or belong to a discovered name.
const NOT_NAME_WORDS: &[&str] = &[
    "A",
    "About",
    "Across",
    "After",
    "Against",
    "Agency",
    "Airlines",
    "Airport",
    "Also",
    "An",
    "And",
    "Army",
    "As",
    "Assembly",
    "At",
    "Bank",
    "Before",
    "Both",
    "But",
    "By",
    "Cabinet",
    "City",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Congress",
    "Council",
    "Court",
    "Day",
    "Department",
    "During",
    "Each",
    "Embassy",
    "Every",
    "Federation",
    "For",
    "Force",
    "Forces",
    "Forum",
    "From",
    "Government",
    "Group",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "House",
    "However",
    "If",
    "In",
    "Institute",
    "Is",
    "It",
    "Its",
    "Last",
    "Meanwhile",
    "Ministry",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Navy",
    "News",
    "Next",
    "No",
    "Not",
    "Of",
    "Office",
    "On",
    "Or",
    "Our",
    "Palace",
    "Parliament",
    "Party",
    "Police",
    "Post",
    "Province",
    "Republic",
    "Said",
    "Says",
    "Secretariat",
    "Senate",
    "She",
    "Since",
    "So",
    "State",
    "States",
    "Street",
    "Summit",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Times",
    "To",
    "Today",
    "Tomorrow",
    "Union",
    "University",
    "Was",
    "We",
    "Week",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Will",
    "With",
    "Yesterday",
    "Year",
    "Yet",
    "You",
    "Administration",
    "Council's",
    "General",
    "Minister",
    "President",
    "Secretary",
    "Prime",
];

/// Lowercase particles allowed inside a name ("Luiz Inácio Lula da Silva").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "das", "de", "del", "della", "der", "di",
    "do", "dos", "du", "el", "ibn", "la", "le", "van", "von", "y", "zu",
];

/// Words before a place that make it a location, not an actor.
const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "to",
    "from",
    "into",
    "across",
    "around",
    "throughout",
    "via",
    "toward",
    "towards",
    "within",
    "visit",
    "visited",
    "visiting",
    "visits",
    "of",
    "on",
    "over",
    "through",
    "arrived",
    "left",
    "reached",
    "landed",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "The"];

/// Resolves the matches of one document.
/// `date` is the document's date: it decides who is "in office" when a
/// bare short form is resolved (today's holders when it is unknown).
pub fn resolve(
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    matches: &[(usize, TagMatch)],
    date: Option<Date>,
) -> Resolved {
    let surfaces = gazetteer.surface_forms();
    let mut mentions: Vec<Mention> = Vec::with_capacity(matches.len());
    for (sentence, m) in matches {
        let surface = &surfaces[m.surface as usize];
        let first = surface.entities[0];
        let entity = gazetteer.entity(first);
        let kind = match (surface.kind, surface.form) {
            (EntityKind::Country, FormKind::Demonym) => MentionKind::Demonym,
            (EntityKind::Country, _) => MentionKind::Country,
            (EntityKind::Person, _) => MentionKind::Person,
            (EntityKind::Role, _) => MentionKind::Role,
            (EntityKind::Place, _) => MentionKind::Place,
            (EntityKind::Organisation, _) => MentionKind::Organisation,
        };
        let short = surface.form == FormKind::ShortForm;
        mentions.push(Mention {
            span: m.span.clone(),
            phrase_start: m.span.start,
            sentence: *sentence,
            kind,
            entity: (!short).then_some(EntityRef::Known(first)),
            country: if short { None } else { entity.country },
            role: (kind == MentionKind::Role).then_some(first),
            discovered: false,
            short_form: short,
            stands_for_country: false,
            in_phrase: false,
        });
    }

    let mut discovered: Vec<DiscoveredPerson> = vec![];
    link_phrases(gazetteer, text, sentences, &mut mentions, &mut discovered);
    link_possessive_people(text, &mut mentions);
    find_discovered_surnames(text, sentences, &mut mentions, &discovered);
    resolve_short_forms(
        gazetteer,
        text,
        &mut mentions,
        &discovered,
        date.map(|d| d.year),
    );
    flag_capitals(gazetteer, text, sentences, &mut mentions);
    // "Warsaw Pact", "Botswana Democratic Party": the place or country is
    // part of another name.
    mentions.retain(|m| {
        !matches!(m.kind, MentionKind::Place | MentionKind::Country)
            || !starts_a_name(text, m.span.end)
    });
    mentions.sort_by_key(|m| m.span.start);
    Resolved { mentions, discovered }
}

/// Byte range of the gap between two positions if it is only spaces
/// (no line break).
fn is_space_gap(text: &str, from: usize, to: usize) -> bool {
    from <= to
        && to - from <= 3
        && text[from..to].chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Whether `text[from..to]` is a space, or up to two modifier words
/// between spaces (" interim ", " Investment ").
fn is_modifier_gap(text: &str, from: usize, to: usize) -> bool {
    if from > to || to - from > 30 {
        return false;
    }
    let gap = &text[from..to];
    gap.starts_with(' ')
        && gap.ends_with(' ')
        && gap.split(' ').filter(|w| !w.is_empty()).count() <= 2
        && gap.chars().all(|c| c == ' ' || c.is_alphabetic() || c == '-')
}

/// Whether `text[from..to]` is a possessive followed by a space ("'s ").
fn is_possessive_gap(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from.min(to)..to];
    // "Syria's interim President": a modifier or two may follow.
    ["'s ", "’s ", "' ", "’ "].iter().any(|p| {
        gap.strip_prefix(p).is_some_and(|rest| {
            rest.is_empty()
                || (rest.len() <= 30
                    && is_modifier_gap(text, to - rest.len() - 1, to))
        })
    })
}

/// Words of a ministerial portfolio ("of Foreign Affairs", "for Trade").
const PORTFOLIO_WORDS: &[&str] = &[
    "Affairs",
    "Agriculture",
    "Commerce",
    "Culture",
    "Defence",
    "Defense",
    "Development",
    "Economy",
    "Economic",
    "Education",
    "Energy",
    "Environment",
    "External",
    "Finance",
    "Fisheries",
    "Foreign",
    "Health",
    "Home",
    "Industry",
    "Information",
    "Infrastructure",
    "Interior",
    "Investment",
    "Justice",
    "Labour",
    "Labor",
    "Mines",
    "Mining",
    "National",
    "Petroleum",
    "Planning",
    "Public",
    "Security",
    "Trade",
    "Transport",
    "Tourism",
    "Water",
    "Works",
    "Youth",
    "and",
    "&",
    "the",
];

/// The end of a title's portfolio ("Minister [of Industry and Trade]"),
/// or `end` when none follows.
fn portfolio_end(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let Some(after) =
        rest.strip_prefix(" of ").or_else(|| rest.strip_prefix(" for "))
    else {
        return end;
    };
    let mut pos = end + (rest.len() - after.len());
    let mut last_word_end = None;
    for word in after.split(' ') {
        let bare = word.trim_end_matches([',', '.']);
        if !PORTFOLIO_WORDS.contains(&bare) {
            break;
        }
        if bare != "and" && bare != "&" && bare != "the" {
            last_word_end = Some(pos + bare.len());
        }
        if bare.len() != word.len() {
            break;
        }
        pos += word.len() + 1;
    }
    last_word_end.unwrap_or(end)
}

/// A capitalised name of two to four words ending right before `end`
/// and starting after `floor` ("Ingrid Solbakken" in "Ingrid Solbakken,
/// Norway's state secretary").
fn name_before(text: &str, floor: usize, end: usize) -> Option<Range<usize>> {
    let head = &text[floor..end];
    let mut start = end;
    let mut n = 0;
    for word in head.rsplit(' ') {
        let is_name = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(|c| {
                c.is_lowercase() || c == '-' || c == '\'' || c == '’'
            })
            && word.chars().count() > 1
            && !NOT_NAME_WORDS.contains(&word);
        let particle = n > 0 && NAME_PARTICLES.contains(&word);
        if !(is_name || particle) || n == 4 {
            break;
        }
        start -= word.len() + usize::from(start < end);
        if is_name {
            n += 1;
        }
    }
    let start = start.max(floor);
    let span = text[start..end].trim_start();
    let start = end - span.len();
    (n >= 2 && span.chars().next().is_some_and(char::is_uppercase))
        .then_some(start..end)
}

fn link_phrases(
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<Mention>,
    discovered: &mut Vec<DiscoveredPerson>,
) {
    let n = mentions.len();
    let mut new_mentions = vec![];
    let mut i = 0;
    while i < n {
        if mentions[i].kind != MentionKind::Role {
            i += 1;
            continue;
        }
        // A chain of adjacent roles ("Vice Premier", "Deputy Foreign
        // Minister"): the last one is the title.
        let first_role = i;
        let mut last_role = i;
        while last_role + 1 < n
            && mentions[last_role + 1].kind == MentionKind::Role
            && is_space_gap(
                text,
                mentions[last_role].span.end,
                mentions[last_role + 1].span.start,
            )
        {
            last_role += 1;
        }
        let role_id = mentions[last_role].entity.and_then(|e| match e {
            EntityRef::Known(id) => Some(id),
            EntityRef::Discovered(_) => None,
        });
        // What stands before the role: a demonym, a country + 's, or an
        // organisation ("NATO Secretary General"), with at most two
        // modifier words between ("Syrian interim President", "Saudi
        // Investment Minister").
        let mut phrase_start = mentions[first_role].span.start;
        let mut phrase_country = None;
        if first_role > 0 {
            let prev = &mentions[first_role - 1];
            let role_start = mentions[first_role].span.start;
            let gap_ok = prev.sentence == mentions[first_role].sentence
                && matches!(
                    prev.kind,
                    MentionKind::Demonym
                        | MentionKind::Country
                        | MentionKind::Organisation
                )
                && (is_modifier_gap(text, prev.span.end, role_start)
                    || is_possessive_gap(text, prev.span.end, role_start));
            if gap_ok {
                phrase_start = prev.span.start;
                if prev.kind != MentionKind::Organisation {
                    phrase_country = prev.country;
                }
            }
            // "U.S. Middle East envoy Steve Witkoff": a region between the
            // country and the title.
            let region_between = !gap_ok
                && first_role > 1
                && prev.kind == MentionKind::Place
                && prev.sentence == mentions[first_role].sentence
                && is_space_gap(text, prev.span.end, role_start)
                && matches!(
                    mentions[first_role - 2].kind,
                    MentionKind::Demonym | MentionKind::Country
                )
                && is_space_gap(
                    text,
                    mentions[first_role - 2].span.end,
                    prev.span.start,
                );
            if region_between {
                phrase_start = mentions[first_role - 2].span.start;
                phrase_country = mentions[first_role - 2].country;
            }
        }
        // "Minister of Industry and Trade Tran Van Duc": the portfolio
        // belongs to the title.
        let role_end = portfolio_end(text, mentions[last_role].span.end);
        let sentence = mentions[last_role].sentence;
        let sentence_end = find_sentence(sentences, sentence)
            .map_or(text.len(), |s| s.span.end);
        let next = last_role + 1;
        let mut next_is_person = next < n
            && mentions[next].kind == MentionKind::Person
            && is_space_gap(text, role_end, mentions[next].span.start);
        // "President Abdul Latif Rashid" with "Latif Rashid" known: the
        // unknown first name belongs to the known person.
        if !next_is_person
            && next < n
            && mentions[next].kind == MentionKind::Person
        {
            if let Some(prefix) =
                discover_name(text, role_end, mentions[next].span.start)
            {
                next_is_person =
                    is_space_gap(text, prefix.end, mentions[next].span.start)
                        && !mentions[next].short_form;
            }
        }
        // "Minister Wang Wentao" with "Wang" a short form of someone else:
        // the longer unknown name wins.
        if next_is_person
            && mentions[next].short_form
            && followed_by_name_word(text, mentions[next].span.end)
        {
            next_is_person = false;
            mentions[next].kind = MentionKind::Role; // placeholder, removed below
            mentions[next].entity = None;
            mentions[next].in_phrase = true;
            mentions[next].short_form = false;
            mentions[next].span =
                mentions[next].span.start..mentions[next].span.start;
        }
        let mut linked = false;
        if next_is_person {
            let person = &mut mentions[next];
            person.role = role_id;
            person.phrase_start = phrase_start;
            if person.country.is_none() {
                person.country = phrase_country;
            }
            linked = true;
        } else {
            let limit =
                match mentions[next..].iter().find(|m| !m.span.is_empty()) {
                    Some(m) => m.span.start.min(sentence_end),
                    None => sentence_end,
                };
            // "Minister of State for Trade, Adaeze Nwosu, met": the name may
            // also stand between commas after the title.
            let found = discover_name(text, role_end, limit).or_else(|| {
                text[role_end..].starts_with(", ").then_some(())?;
                discover_name(text, role_end + 1, limit)
                    .filter(|s| text[s.end..].starts_with(','))
            });
            // "Ignacio Berrios Lagos", "Ramon Villareal Cruz": a last name
            // that is also a city or someone's short form.
            let found = found.map(|span| {
                let next = mentions[next.min(n)..]
                    .iter()
                    .position(|m| !m.span.is_empty())
                    .map(|p| next + p);
                match next {
                    Some(j)
                        if mentions[j].span.start == span.end + 1
                            && text[span.end..].starts_with(' ')
                            && (mentions[j].short_form
                                || (mentions[j].kind
                                    == MentionKind::Place
                                    && !text[mentions[j].span.clone()]
                                        .contains(' ')))
                            && !followed_by_name_word(
                                text,
                                mentions[j].span.end,
                            ) =>
                    {
                        let end = mentions[j].span.end;
                        mentions[j].span =
                            mentions[j].span.start..mentions[j].span.start;
                        span.start..end
                    }
                    _ => span,
                }
            });
            if let Some(name_span) = found {
                let name = &text[name_span.clone()];
                let id = slug(name);
                // A name written another way ("Vladimir PUTIN") whose id is
                // a known person's is that person.
                let known = gazetteer.find(&id).filter(|&e| {
                    gazetteer.entity(e).kind == EntityKind::Person
                });
                if let Some(person) = known {
                    let country =
                        gazetteer.entity(person).country.or(phrase_country);
                    let mut m = Mention::person(
                        name_span,
                        sentence,
                        EntityRef::Known(person),
                        country,
                    );
                    m.phrase_start = phrase_start;
                    m.role = role_id;
                    new_mentions.push(m);
                    linked = true;
                } else if !id.is_empty() {
                    let entity = discover(
                        discovered,
                        id,
                        name,
                        phrase_country,
                        role_id,
                    );
                    let mut m = Mention::person(
                        name_span,
                        sentence,
                        entity,
                        phrase_country,
                    );
                    m.phrase_start = phrase_start;
                    m.role = role_id;
                    new_mentions.push(m);
                    linked = true;
                }
            }
        }
        if linked {
            for m in &mut mentions[first_role..=last_role] {
                m.in_phrase = true;
            }
            // The phrase's demonym, country or region: the mentions just
            // before the role (walk back only that far: long documents).
            for m in mentions[..first_role].iter_mut().rev() {
                if m.span.start < phrase_start {
                    break;
                }
                m.in_phrase = true;
            }
        } else {
            // "Ingrid Solbakken, Norway's state secretary": the name before
            // the appositive is the official.
            let before = &text[..phrase_start];
            let lead = [", the ", ", a ", ", an ", ", "]
                .iter()
                .find(|l| before.ends_with(**l))
                .map(|l| phrase_start - l.len());
            let floor = match first_role.checked_sub(1) {
                Some(p)
                    if mentions[p].span.end <= phrase_start
                        && phrase_start != mentions[p].span.start =>
                {
                    mentions[p].span.end
                }
                _ => find_sentence(sentences, sentence)
                    .map_or(0, |s| s.span.start),
            };
            let floor = if phrase_start < mentions[first_role].span.start {
                first_role
                    .checked_sub(2)
                    .map_or(floor, |p| mentions[p].span.end.max(floor))
            } else {
                floor
            };
            let name = lead
                .filter(|&e| e > floor)
                .and_then(|e| name_before(text, floor, e));
            if let Some(name_span) = name {
                let name = &text[name_span.clone()];
                let entity = discover(
                    discovered,
                    slug(name),
                    name,
                    phrase_country,
                    role_id,
                );
                let mut m = Mention::person(
                    name_span,
                    sentence,
                    entity,
                    phrase_country,
                );
                m.role = role_id;
                new_mentions.push(m);
            }
            if let Some(country) = phrase_country {
                // "the Russian minister": the role takes the phrase's country.
                mentions[last_role].country = Some(country);
            }
        }
        i = last_role + 1;
    }
    // Discovered people's country: fill from any mention that has one.
    for m in &new_mentions {
        if let (Some(EntityRef::Discovered(idx)), Some(c)) =
            (m.entity, m.country)
        {
            let d = &mut discovered[idx as usize];
            d.country = d.country.or(Some(c));
        }
    }
    for m in &mut new_mentions {
        if let Some(EntityRef::Discovered(idx)) = m.entity {
            m.country = discovered[idx as usize].country;
        }
    }
    mentions.extend(new_mentions);
    // Drop the placeholders of short forms absorbed by a longer name.
    mentions.retain(|m| !m.span.is_empty());
    mentions.sort_by_key(|m| m.span.start);
}

/// "Japan's Kishida", "Russian Vladimir Putin": a country's or demonym
/// right before a person, with no role between, joins the person's phrase.
fn link_possessive_people(text: &str, mentions: &mut [Mention]) {
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let (prev, person) = (&mut before[i - 1], &mut rest[0]);
        if person.kind != MentionKind::Person
            || person.phrase_start != person.span.start
            || prev.sentence != person.sentence
            || prev.in_phrase
        {
            continue;
        }
        let linked = match prev.kind {
            MentionKind::Country => {
                is_possessive_gap(text, prev.span.end, person.span.start)
            }
            MentionKind::Demonym => {
                is_space_gap(text, prev.span.end, person.span.start)
            }
            _ => false,
        };
        if linked {
            prev.in_phrase = true;
            person.phrase_start = prev.span.start;
            if person.country.is_none() {
                person.country = prev.country;
            }
        }
    }
}

/// Reads a capitalised name right after `from` (after one space), ending
/// before `limit`.
fn discover_name(
    text: &str,
    from: usize,
    limit: usize,
) -> Option<Range<usize>> {
    let rest = &text[from..limit.max(from)];
    let trimmed =
        rest.strip_prefix(' ').or_else(|| rest.strip_prefix('\u{a0}'))?;
    let base = limit.max(from) - trimmed.len();
    let mut pos = 0;
    let mut end: Option<usize> = None;
    let mut n_tokens = 0;
    while n_tokens < 5 {
        let token_text = &trimmed[pos..];
        let token_len = token_text
            .find(|c: char| {
                !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            })
            .unwrap_or(token_text.len());
        if token_len == 0 {
            break;
        }
        let mut token = &token_text[..token_len];
        let mut possessive = false;
        for suffix in ["'s", "’s"] {
            if let Some(stem) = token.strip_suffix(suffix) {
                token = stem;
                possessive = true;
            }
        }
        // A trailing period ends the sentence unless the token is an
        // initial ("S.").
        let is_initial = token.len() <= 3
            && token.ends_with('.')
            && token.chars().next().is_some_and(char::is_uppercase)
            && token.chars().filter(|c| c.is_alphabetic()).count() == 1;
        if !is_initial {
            token = token.trim_end_matches('.');
        }
        let first = token.chars().next()?;
        if first.is_uppercase() {
            // "Vice Premier He Lifeng": a surname that is also a pronoun,
            // right after the title and before another name word.
            let surname_he = end.is_none()
                && token == "He"
                && followed_by_name_word(trimmed, pos + token.len());
            if NOT_NAME_WORDS.contains(&token) && !surname_he {
                break;
            }
            let all_caps = token.len() > 1
                && token
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            // An acronym is no name, but a surname in capitals after a
            // given name is ("Macky SALL", a reference-book style).
            if all_caps
                && (end.is_none()
                    || token.chars().filter(|c| c.is_alphabetic()).count() < 3)
            {
                break;
            }
            pos += token.len();
            end = Some(pos);
            n_tokens += 1;
        } else if NAME_PARTICLES.contains(&token) && end.is_some() {
            pos += token.len();
        } else if end.is_some() && is_particle_name(token) {
            // "Salim al-Harthy", "Asaad al-Shaibani".
            pos += token.len();
            end = Some(pos);
            n_tokens += 1;
        } else {
            break;
        }
        if possessive {
            break;
        }
        // Continue only across one space.
        if trimmed[pos..].starts_with(' ') {
            let after = &trimmed[pos + 1..];
            if after.chars().next().is_some_and(|c| c.is_alphabetic()) {
                pos += 1;
                continue;
            }
        }
        break;
    }
    let end = end?;
    let span = base..base + end;
    // The name must end on a word boundary.
    if !on_word_boundaries(text, span.start, span.end)
        && text[span.end..].chars().next().is_some_and(is_word_char)
    {
        return None;
    }
    Some(span)
}

/// Capitalised words that make a preceding place or country part of the
/// name of something else.
const NAME_TAILS: &[&str] = &[
    "Accord",
    "Accords",
    "Agreement",
    "Airlines",
    "Airways",
    "Colony",
    "Commission",
    "Communist",
    "Company",
    "Congress",
    "Convention",
    "Corporation",
    "Cup",
    "Daily",
    "Declaration",
    "Democratic",
    "Expedition",
    "Format",
    "Group",
    "Herald",
    "Pact",
    "Party",
    "Post",
    "Process",
    "Protocol",
    "Times",
    "Treaty",
    "University",
];

/// Whether the words right after `end` continue a name ("Warsaw Pact",
/// "Malawi Congress Party").
fn starts_a_name(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else { return false };
    let word: &str =
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    NAME_TAILS.contains(&word)
}

/// A lowercase particle joined to a capitalised name ("al-Harthy",
/// "el-Sisi", "bin-Zayed").
fn is_particle_name(token: &str) -> bool {
    token.split_once('-').is_some_and(|(particle, rest)| {
        NAME_PARTICLES.contains(&particle)
            && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Derives an id from a name: transliterated to ASCII, lowercase, words
/// joined by `-` ("Nguyễn Thị Lan" -> `nguyen-thi-lan`).
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            dash = true;
        }
    }
    out
}

/// "Lopes said": bare surnames of discovered people.
fn find_discovered_surnames(
    text: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<Mention>,
    discovered: &[DiscoveredPerson],
) {
    let mut by_surname: HashMap<&str, Option<u32>> = HashMap::new();
    for (idx, d) in discovered.iter().enumerate() {
        let Some(surname) = d.name.rsplit(' ').next() else { continue };
        if surname.len() < 3 || surname == d.name {
            continue;
        }
        by_surname
            .entry(surname)
            .and_modify(|v| *v = None)
            .or_insert(Some(idx as u32));
    }
    if by_surname.is_empty() {
        return;
    }
    let mut surnames: Vec<(&str, u32)> =
        by_surname.into_iter().filter_map(|(s, i)| Some((s, i?))).collect();
    surnames.sort();
    // One scan of the document for all surnames (a long document may have
    // many discovered people).
    let Ok(matcher) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(surnames.iter().map(|(s, _)| s))
    else {
        return;
    };
    let mut added = vec![];
    for sentence in sentences {
        let input =
            aho_corasick::Input::new(text).range(sentence.span.clone());
        for found in matcher.find_iter(input) {
            let idx = surnames[found.pattern().as_usize()].1;
            let (start, end) = (found.start(), found.end());
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            // Mentions are sorted and disjoint: only the neighbours of
            // the insertion point can overlap.
            let at = mentions.partition_point(|m| m.span.start < end);
            let overlaps = mentions
                [at.saturating_sub(2)..(at + 1).min(mentions.len())]
                .iter()
                .any(|m| {
                    m.phrase_start.min(m.span.start) < end
                        && start < m.span.end
                });
            if overlaps {
                continue;
            }
            let country = discovered[idx as usize].country;
            let mut m = Mention::person(
                start..end,
                sentence.idx,
                EntityRef::Discovered(idx),
                country,
            );
            m.short_form = true;
            added.push(m);
        }
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.span.start);
}

fn resolve_short_forms(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &mut [Mention],
    discovered: &[DiscoveredPerson],
    year: Option<i32>,
) {
    if !mentions.iter().any(|m| m.short_form && m.entity.is_none()) {
        return;
    }
    let in_doc: HashSet<EntityId> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person && !m.short_form)
        .filter_map(|m| match m.entity {
            Some(EntityRef::Known(id)) => Some(id),
            _ => None,
        })
        .collect();

    for m in mentions.iter_mut() {
        if !(m.short_form && m.entity.is_none()) {
            continue;
        }
        let written = &text[m.span.clone()];
        // "Wang Wentao" is not Wang Yi: a short form followed by another
        // capitalised name word names someone else.
        if m.role.is_none() && followed_by_name_word(text, m.span.end) {
            continue;
        }
        let candidates = gazetteer
            .surface(written)
            .filter(|s| s.form == FormKind::ShortForm)
            .map_or(&[][..], |s| s.entities.as_slice());
        let known_in_doc: Vec<EntityId> = candidates
            .iter()
            .copied()
            .filter(|c| in_doc.contains(c))
            .collect();
        let discovered_in_doc: Vec<usize> = discovered
            .iter()
            .enumerate()
            .filter(|(_, d)| d.name.rsplit(' ').next() == Some(written))
            .map(|(i, _)| i)
            .collect();
        let chosen =
            match (known_in_doc.as_slice(), discovered_in_doc.as_slice()) {
                ([one], []) => Some(EntityRef::Known(*one)),
                ([], [one]) => Some(EntityRef::Discovered(*one as u32)),
                // With nobody of that name in the document: a title before it
                // ("President Xi"), or a person in office now ("Putin said").
                ([], [])
                    if candidates.len() == 1
                        && (m.role.is_some()
                            || in_office(gazetteer, candidates[0], year)
                            || (m.phrase_start < m.span.start
                                && m.country.is_some()
                                && gazetteer
                                    .entity(candidates[0])
                                    .country
                                    == m.country)) =>
                {
                    Some(EntityRef::Known(candidates[0]))
                }
                _ => None,
            };
        m.entity = chosen;
        m.country = match chosen {
            Some(EntityRef::Known(id)) => {
                gazetteer.entity(id).country.or(m.country)
            }
            Some(EntityRef::Discovered(i)) => discovered[i as usize].country,
            None => m.country,
        };
    }
}

/// Whether a capitalised word that could continue a name follows `pos`
/// after one space.
fn followed_by_name_word(text: &str, pos: usize) -> bool {
    let Some(rest) = text[pos..].strip_prefix(' ') else { return false };
    let word: &str = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !NOT_NAME_WORDS.contains(&word)
}

/// Whether a person holds a role in `year` (a role with no end year when
/// the year is unknown).
fn in_office(
    gazetteer: &Gazetteer,
    person: EntityId,
    year: Option<i32>,
) -> bool {
    gazetteer.entity(person).roles.iter().any(|t| match year {
        Some(y) => {
            t.from.is_none_or(|f| i32::from(f) <= y)
                && t.to.is_none_or(|to| y <= i32::from(to))
        }
        None => t.to.is_none(),
    })
}

/// The word before byte `pos` in `text`, skipping determiners.
fn previous_word(text: &str, pos: usize) -> Option<&str> {
    let mut end = pos;
    loop {
        let before = text[..end].trim_end();
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if word.is_empty() {
            // Punctuation: report it as the word.
            return before.chars().next_back().map(|c| {
                let at = before.len() - c.len_utf8();
                &before[at..]
            });
        }
        if DETERMINERS.contains(&word) {
            end = start;
            continue;
        }
        return Some(word);
    }
}

fn flag_capitals(
    gazetteer: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    mentions: &mut [Mention],
) {
    let mut previous_place: Option<(usize, bool)> = None; // (sentence, flag)
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Place {
            continue;
        }
        let Some(EntityRef::Known(id)) = m.entity else { continue };
        let entity = gazetteer.entity(id);
        let can = entity.place_type.is_some_and(|t| t.can_stand_for_country())
            && entity.country.is_some();
        if !can {
            previous_place = Some((m.sentence, false));
            continue;
        }
        let sentence_start =
            find_sentence(sentences, m.sentence).map_or(0, |s| s.span.start);
        let at_start = text[sentence_start..m.span.start].trim().is_empty();
        let after = text[m.span.end..].trim_start_matches(' ');
        let dateline = at_start
            && (after.starts_with([',', ':', '—', '–', '('])
                || after.starts_with("- "));
        let prev = previous_word(
            &text[sentence_start..],
            m.span.start - sentence_start,
        );
        let flag = if dateline {
            false
        } else {
            match prev {
                Some("and" | "or" | ",") => match previous_place {
                    Some((s, f)) if s == m.sentence => f,
                    _ => true,
                },
                Some(w) => !LOCATIVES.contains(&w.to_lowercase().as_str()),
                None => true,
            }
        };
        m.stands_for_country = flag;
        previous_place = Some((m.sentence, flag));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders each mention as `text:kind:id:country[:flags]`.
    fn check(text: &str, expected: &[&str]) {
        let pipeline = crate::pipeline::tests::default_pipeline();
        let doc = pipeline.analyze(text, None);
        let got: Vec<String> = doc
            .resolved
            .mentions
            .iter()
            .map(|m| {
                let id = doc.entity_id(m).unwrap_or("");
                let country = m
                    .country
                    .map(|c| pipeline.gazetteer().entity(c).id.as_str())
                    .unwrap_or("");
                let mut s = format!(
                    "{}:{}:{}:{}",
                    &text[m.span.clone()],
                    m.kind.as_str(),
                    id,
                    country
                );
                if m.discovered {
                    s.push_str(":discovered");
                }
                if m.stands_for_country {
                    s.push_str(":actor");
                }
                if m.in_phrase {
                    s.push_str(":phrase");
                }
                if let (MentionKind::Person, Some(r)) = (m.kind, m.role) {
                    s.push_str(&format!(
                        ":role={}",
                        pipeline.gazetteer().entity(r).id
                    ));
                }
                s
            })
            .collect();
        assert_eq!(got, expected, "{text:?}");
    }

    #[test]
    fn phrases() {
        check(
            "Chinese President Xi Jinping met Russian Prime Minister Mikhail Mishustin.",
            &[
                "Chinese:demonym:CHN:CHN:phrase",
                "President:role:president::phrase",
                "Xi Jinping:person:xi-jinping:CHN:role=president",
                "Russian:demonym:RUS:RUS:phrase",
                "Prime Minister:role:prime-minister::phrase",
                "Mikhail Mishustin:person:mikhail-mishustin:RUS:role=prime-minister",
            ],
        );
    }

    #[test]
    fn discovery() {
        check(
            "Kenyan Foreign Minister Ana Wanjiru met Xi. Wanjiru said so.",
            &[
                "Kenyan:demonym:KEN:KEN:phrase",
                "Foreign Minister:role:foreign-minister::phrase",
                "Ana Wanjiru:person:ana-wanjiru:KEN:discovered:role=foreign-minister",
                "Xi:person:xi-jinping:CHN",
                "Wanjiru:person:ana-wanjiru:KEN:discovered",
            ],
        );
        check("President On Tuesday said.", &["President:role:president:"]);
        check("the minister said.", &["minister:role:minister:"]);
    }

    #[test]
    fn short_forms() {
        check(
            "President Xi spoke. Xi Jinping left. Xi waved.",
            &[
                "President:role:president::phrase",
                "Xi:person:xi-jinping:CHN:role=president",
                "Xi Jinping:person:xi-jinping:CHN",
                "Xi:person:xi-jinping:CHN",
            ],
        );
        // Without the full name and without a role: unresolved.
        check("Putin spoke.", &["Putin:person:vladimir-putin:RUS"]);
        // Several people share the short form: unresolved.
        check("Li spoke.", &["Li:person::"]);
        // Two candidates, one named in the document.
        check(
            "Li Qiang arrived. Li spoke.",
            &["Li Qiang:person:li-qiang:CHN", "Li:person:li-qiang:CHN"],
        );
        // Followed by another name word: someone else.
        check("Putin Junior spoke.", &["Putin:person::"]);
        check(
            "President Putin spoke.",
            &[
                "President:role:president::phrase",
                "Putin:person:vladimir-putin:RUS:role=president",
            ],
        );
    }

    #[test]
    fn capitals_as_actors() {
        check(
            "The partnership between Beijing and Moscow grew.",
            &[
                "Beijing:place:beijing:CHN:actor",
                "Moscow:place:moscow:RUS:actor",
            ],
        );
        check(
            "They met in Beijing and Moscow.",
            &["Beijing:place:beijing:CHN", "Moscow:place:moscow:RUS"],
        );
        check("Beijing, November 4, 2025 —", &["Beijing:place:beijing:CHN"]);
        check("The Kremlin said no.", &["Kremlin:place:kremlin:RUS:actor"]);
        check("Talks at the Kremlin.", &["Kremlin:place:kremlin:RUS"]);
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Luiz Inácio Lula da Silva"),
            "luiz-inacio-lula-da-silva"
        );
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("S. Jaishankar"), "s-jaishankar");
        assert_eq!(slug("Abdel Fattah el-Sisi"), "abdel-fattah-el-sisi");
        assert_eq!(slug("O'Brien"), "obrien");
    }
}
