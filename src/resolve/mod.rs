//! Stage 5: dictionary matches -> resolved [`Mention`]s, within one
//! document.
//!
//! Input: the text, its kept sentences, their [`TagMatch`]es and the
//! document date. Output: mentions sorted by offset, plus the people
//! discovered in the document.
//!
//! What happens here, in order (one file per concern):
//! 1. **Names** (`names.rs`): a short form preceded by given names the
//!    gazetteer does not pair with it ("Mariela Castro", "Óscar Benítez")
//!    is an unlisted full name: a discovered person. Given names that do
//!    fit a listed person ("Mahmud Abbas") qualify the short form instead.
//!    An honorific and a capitalised name ("Mr Aiyar") give a discovered
//!    person; the honorific is never part of the id (`aiyar`).
//!    Elided names (`elided.rs`): "North and South Korea" names both
//!    countries; the gazetteer decides which first words can stand so.
//! 2. **Phrases** (`phrases.rs`): "[Demonym | Country's] [Role] [Name]"
//!    ("Chinese President Xi Jinping", "Russia's Foreign Minister Sergei
//!    Lavrov") gives the person, linked to that role and country; the
//!    demonym and role stay as mentions, marked `in_phrase`. A role
//!    followed by capitalised words no gazetteer knows ("Foreign Minister
//!    Ana Lopes") gives a discovered person with an id derived from the
//!    name (`ana-lopes`); so does an appositive ("Ana Lopes, Kenya's
//!    foreign minister"). A headline abbreviation (PM, FM, Pres.) counts
//!    only inside a phrase: alone ("5 PM") it is dropped.
//! 3. **Surnames** (`names.rs`): bare uses of a discovered person's
//!    surname ("Lopes said") resolve to them, and so do those of a listed
//!    person named in full whose surname the gazetteers list as no form
//!    of anyone ("Gareth Evans ... Evans said"); a discovered one-word
//!    name ("Mr Aiyar") later named in full merges with the full name.
//! 4. **Short forms** (`short_forms.rs`): "Xi" resolves to a person by
//!    evidence, in this order: a full name in the document (listed or
//!    discovered) that ends with it always wins, and blocks every other
//!    listed person; else the phrase's country and title narrow the
//!    candidates, and the document date keeps those in office then (with
//!    no date, a sole candidate in office today). Several candidates and
//!    no evidence: unresolved (a person mention with no entity). A short
//!    form followed by another capitalised name word ("Wang Wentao")
//!    names someone else and stays unresolved.
//! 5. **Demonyms** resolve to their country ("Chinese" -> CHN).
//! 6. **Capitals and seats of power** (`capitals.rs`) used as actors
//!    ("Beijing and Moscow", "the Kremlin said") are flagged
//!    `stands_for_country`; in a locative ("in Beijing", "at the
//!    Kremlin") or a dateline they are not. A place or country that
//!    starts another name ("Warsaw Pact") is dropped.
//!
//! Every word list (honorifics, name particles, words that are no names,
//! locatives, portfolios, name tails) is read from the shared lexicon
//! ([`Gazetteer::lexicon`]). A stage that finds a mention is part of
//! something else drops it explicitly ([`Draft::drop_mention`]).
//!
//! Resolution is document-local: nothing carries over between documents.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::gazetteer::{EntityId, EntityKind, FormKind, Gazetteer};
use crate::lexicon::{Lexicon, WordClass};
use crate::tagger::TagMatch;
use crate::text::{Date, Sentence};

mod capitals;
mod elided;
mod names;
mod phrases;
mod short_forms;

pub use names::slug;

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

/// A person found by a role, an honorific or an unlisted full name, whom
/// no gazetteer knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscoveredPerson {
    /// Id derived from the name (`ana-lopes`).
    pub id: String,
    /// The name as written (without honorific).
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
    /// Start of the whole phrase ("Chinese President Xi Jinping", "Mr
    /// Aiyar"); equals `span.start` outside phrases.
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
    /// One of the two countries a plural names ("the two Koreas"): the
    /// first over the number word, the second over the plural. The
    /// sentence model joins the two as a list.
    pub paired: bool,
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
            paired: false,
        }
    }
}

/// The result of resolving one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolved {
    /// Mentions sorted by offset.
    pub mentions: Vec<Mention>,
    /// People discovered in the document.
    pub discovered: Vec<DiscoveredPerson>,
}

/// What every step reads: the gazetteer, its lexicon, the text and its
/// kept sentences.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    gazetteer: &'a Gazetteer,
    lexicon: &'a Lexicon,
    text: &'a str,
    sentences: &'a [Sentence],
}

impl Ctx<'_> {
    /// Whether `word` is in `class` of the lexicon (case-insensitive).
    fn is(&self, word: &str, class: WordClass) -> bool {
        self.lexicon.is(word, class)
    }

    /// The listed person whose id is `id` ("Vladimir PUTIN" written
    /// another way is still `vladimir-putin`).
    fn known_person(&self, id: &str) -> Option<EntityId> {
        self.gazetteer
            .find(id)
            .filter(|&e| self.gazetteer.entity(e).kind == EntityKind::Person)
    }

    /// Whether `word` belongs to any class of the lexicon.
    fn is_lexicon_word(&self, word: &str) -> bool {
        !self.lexicon.classes(word).is_empty()
    }

    /// The end of the sentence with index `idx` (the text's end if none).
    fn sentence_end(&self, idx: usize) -> usize {
        crate::text::find_sentence(self.sentences, idx)
            .map_or(self.text.len(), |s| s.span.end)
    }

    /// The start of the sentence with index `idx` (0 if none).
    fn sentence_start(&self, idx: usize) -> usize {
        crate::text::find_sentence(self.sentences, idx)
            .map_or(0, |s| s.span.start)
    }
}

/// The mentions of a document while they are being resolved, and the
/// people discovered so far.
///
/// A step that finds a mention belongs to something else (a short form
/// inside a longer unknown name, a place that starts an organisation's
/// name, an abbreviation outside a phrase) calls
/// [`Draft::drop_mention`]; [`Draft::settle`] then removes the dropped
/// mentions and sorts the rest by offset. Indices stay valid until then.
#[derive(Debug, Default)]
struct Draft {
    mentions: Vec<Mention>,
    dropped: Vec<bool>,
    discovered: Vec<DiscoveredPerson>,
    /// Short forms preceded by given names that fit some of their
    /// candidates ("Mahmud Abbas"): short form start -> given name start.
    given_names: FxHashMap<usize, usize>,
    /// Sentences known to be in headline case (or not), by index.
    headlines: FxHashMap<usize, bool>,
}

impl Draft {
    fn new(mentions: Vec<Mention>) -> Draft {
        let dropped = vec![false; mentions.len()];
        Draft { mentions, dropped, ..Draft::default() }
    }

    /// Marks mention `i` as no mention of its own.
    fn drop_mention(&mut self, i: usize) {
        self.dropped[i] = true;
    }

    fn is_dropped(&self, i: usize) -> bool {
        self.dropped[i]
    }

    /// The listed people the document names in full (not by a short
    /// form), once per mention.
    fn named_in_full(&self) -> impl Iterator<Item = EntityId> + '_ {
        self.mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person && !m.short_form)
            .filter_map(|m| match m.entity {
                Some(EntityRef::Known(id)) => Some(id),
                _ => None,
            })
    }

    /// Adds a mention (kept at the end until [`Draft::settle`]).
    fn add(&mut self, mention: Mention) {
        self.mentions.push(mention);
        self.dropped.push(false);
    }

    /// Whether sentence `idx` is written in headline case ("Bush Meets
    /// Castro"), where capitalised words say nothing of names.
    fn is_headline(&mut self, ctx: &Ctx<'_>, idx: usize) -> bool {
        *self.headlines.entry(idx).or_insert_with(|| {
            names::is_headline_case(
                ctx,
                ctx.sentence_start(idx)..ctx.sentence_end(idx),
            )
        })
    }

    /// Removes the dropped mentions and sorts the others by offset.
    fn settle(&mut self) {
        if self.dropped.iter().any(|&d| d) {
            let mut keep = self.dropped.iter().map(|d| !d);
            self.mentions.retain(|_| keep.next().unwrap_or(true));
        }
        self.mentions.sort_by_key(|m| m.span.start);
        self.dropped = vec![false; self.mentions.len()];
    }

    /// The discovered person with id `id`, added if new; a country or
    /// role seen later fills a missing one.
    fn discover(
        &mut self,
        id: String,
        name: &str,
        country: Option<EntityId>,
        role: Option<EntityId>,
    ) -> EntityRef {
        let idx = match self.discovered.iter().position(|d| d.id == id) {
            Some(idx) => {
                let d = &mut self.discovered[idx];
                d.country = d.country.or(country);
                d.role = d.role.or(role);
                idx
            }
            None => {
                self.discovered.push(DiscoveredPerson {
                    id,
                    name: name.to_string(),
                    country,
                    role,
                });
                self.discovered.len() - 1
            }
        };
        EntityRef::Discovered(idx as u32)
    }
}

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
    let ctx = Ctx { gazetteer, lexicon: gazetteer.lexicon(), text, sentences };
    let mut draft = Draft::new(initial_mentions(gazetteer, text, matches));
    elided::find_elided_heads(&ctx, &mut draft);
    draft.settle();
    names::join_name_runs(&ctx, &mut draft);
    draft.settle();
    names::find_honorific_names(&ctx, &mut draft);
    draft.settle();
    phrases::link_phrases(&ctx, &mut draft);
    draft.settle();
    phrases::link_possessive_people(&ctx, &mut draft.mentions);
    names::merge_discovered_short_names(&mut draft);
    names::merge_discovered_into_listed(&ctx, &mut draft);
    names::find_surnames(&ctx, &mut draft);
    draft.settle();
    short_forms::resolve_short_forms(&ctx, &mut draft, date.map(|d| d.year));
    capitals::flag_capitals(&ctx, &mut draft.mentions);
    capitals::drop_name_heads(&ctx, &mut draft);
    draft.settle();
    act_for_bodies(gazetteer, &mut draft.mentions, date.map(|d| d.year));
    keep_in_sentences(&ctx, &mut draft);
    Resolved { mentions: draft.mentions, discovered: draft.discovered }
}

/// Every mention and its phrase lie inside the mention's sentence, and
/// mentions do not overlap: the later stages rely on it. A rule that slips
/// (across a sentence cut, over another name) is a bug, caught by debug
/// assertions, so by the tests and the fuzzer; in a release build its
/// mention is cut back to the sentence, or dropped.
fn keep_in_sentences(ctx: &Ctx<'_>, draft: &mut Draft) {
    let mut outside = vec![];
    let mut last_end = 0;
    for (i, m) in draft.mentions.iter_mut().enumerate() {
        let (start, end) =
            (ctx.sentence_start(m.sentence), ctx.sentence_end(m.sentence));
        debug_assert!(
            start <= m.phrase_start && m.span.end <= end,
            "{m:?} outside {start}..{end}"
        );
        debug_assert!(
            m.span.start >= last_end,
            "{m:?} overlaps a mention ending at {last_end}"
        );
        m.phrase_start = m.phrase_start.clamp(start, m.span.start.max(start));
        if m.span.start < start || m.span.end > end || m.span.start < last_end
        {
            outside.push(i);
        } else {
            last_end = m.span.end;
        }
    }
    if !outside.is_empty() {
        for i in outside {
            draft.drop_mention(i);
        }
        draft.settle();
    }
}

/// A listed person who held a role in an organisation ("U.N.
/// Secretary-General Kofi Annan") acts for it, not for their country, while
/// that role applies: the one the text titles them with anywhere in the
/// document, else the one held at the document's date, else their latest
/// ([`Gazetteer::acting_for`]). Only mentions that carry the person's own
/// country change; one the text gives another country, or none ("former"),
/// keeps it.
fn act_for_bodies(
    gazetteer: &Gazetteer,
    mentions: &mut [Mention],
    year: Option<i32>,
) {
    let with_body = |m: &Mention| match m.entity {
        Some(EntityRef::Known(e)) if m.kind == MentionKind::Person => {
            let entity = gazetteer.entity(e);
            entity.roles.iter().any(|t| t.body.is_some()).then_some(e)
        }
        _ => None,
    };
    // (person, the title the text gives them): few people hold such roles,
    // so a list searched linearly stays cheap.
    let mut titles: Vec<(EntityId, Option<EntityId>)> = vec![];
    for m in mentions.iter() {
        let Some(person) = with_body(m) else { continue };
        match titles.iter_mut().find(|(p, _)| *p == person) {
            Some((_, title)) => *title = title.or(m.role),
            None => titles.push((person, m.role)),
        }
    }
    let acting: Vec<(EntityId, Option<EntityId>)> = titles
        .into_iter()
        .map(|(p, title)| (p, gazetteer.acting_for(p, year, title)))
        .collect();
    for m in mentions.iter_mut() {
        let Some(person) = with_body(m) else { continue };
        let own = gazetteer.entity(person).country;
        let body = acting.iter().find(|(p, _)| *p == person).map(|x| x.1);
        if let Some(body) = body.filter(|_| m.country == own) {
            m.country = body;
        }
    }
}

/// One mention per match: its kind and, unless it is a short form, its
/// entity and country.
fn initial_mentions(
    gazetteer: &Gazetteer,
    text: &str,
    matches: &[(usize, TagMatch)],
) -> Vec<Mention> {
    let surfaces = gazetteer.surface_forms();
    let mut mentions: Vec<Mention> = Vec::with_capacity(matches.len());
    for (sentence, m) in matches {
        let surface = &surfaces[m.surface as usize];
        if surface.form == FormKind::Pair {
            push_pair(
                gazetteer,
                text,
                *sentence,
                m,
                &surface.entities,
                &mut mentions,
            );
            continue;
        }
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
            paired: false,
        });
    }
    mentions
}

/// The two country mentions of a plural after "two" or "both" ("the two
/// Koreas", "both Congos"): the first over that word, the second over the
/// plural. Elsewhere the plural names no one ("the Koreas' economies" is
/// left alone).
fn push_pair(
    gazetteer: &Gazetteer,
    text: &str,
    sentence: usize,
    m: &TagMatch,
    pair: &[EntityId],
    mentions: &mut Vec<Mention>,
) {
    let Some(before) = text[..m.span.start].strip_suffix(' ') else {
        return;
    };
    let word_start = last_word_start(before);
    let word = &before[word_start..];
    let after_mention =
        mentions.last().is_none_or(|last| last.span.end <= word_start);
    if !(word.eq_ignore_ascii_case("two") || word.eq_ignore_ascii_case("both"))
        || !after_mention
    {
        return;
    }
    for (&entity, span) in
        pair.iter().zip([word_start..before.len(), m.span.clone()])
    {
        mentions.push(Mention {
            phrase_start: span.start,
            span,
            sentence,
            kind: MentionKind::Country,
            entity: Some(EntityRef::Known(entity)),
            country: gazetteer.entity(entity).country,
            role: None,
            discovered: false,
            short_form: false,
            stands_for_country: false,
            in_phrase: false,
            paired: true,
        });
    }
}

/// Where the run of letters that ends `text` starts (on a char boundary:
/// "“two" starts after a three-byte quote); `text.len()` when it ends in
/// no letter.
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// Whether `text[from..to]` is only spaces (at most three, no line
/// break).
fn is_space_gap(text: &str, from: usize, to: usize) -> bool {
    from <= to
        && to - from <= 3
        && text[from..to].chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Whether a capitalised word that could continue a name follows `pos`
/// after one space.
fn followed_by_name_word(ctx: &Ctx<'_>, text: &str, pos: usize) -> bool {
    let Some(rest) = text[pos..].strip_prefix(' ') else { return false };
    let word: &str = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !ctx.is(word, WordClass::NotName)
}

#[cfg(test)]
mod tests;
