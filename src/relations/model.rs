//! The sentence model: one sentence read once into tokens, entity chunks,
//! coordinated lists, clauses and triggers, which every frame reads.
//!
//! Built by [`SentenceModel::build`] into buffers that are cleared, not
//! freed, between sentences: after the first sentences of a document
//! nothing is allocated per token. Every position is a byte offset into
//! the document text; token and chunk indices are indices into the
//! model's own vectors.
//!
//! - **Tokens**: words (a possessive `'s` and a negating `n't` are tokens
//!   of their own; a dotted acronym such as "U.S." is one token), numbers
//!   and single punctuation marks, each word with its classes from the
//!   shared [`Lexicon`].
//! - **Chunks**: the actors of the sentence. A person with its title phrase
//!   ("Chinese President Xi Jinping"); a country; an unnamed official ("the
//!   Russian minister", "Chinese officials", "Iraq's national security
//!   adviser", "the leaders of Brazil", "a Hamas delegation"), merged with
//!   a name that follows or an appositive ("Giorgia Meloni, the Italian
//!   prime minister"); a capital or seat standing for its country; an
//!   organisation; a collective ("both sides", "the two nations").
//!   Attributive uses ("US-brokered") are not chunks.
//! - **Lists**: chunks coordinated by "and", "&", "as well as" or a comma
//!   (a comma joins only chunks of one sort: people with people, the rest
//!   with the rest).
//! - **Clauses**: semicolons and contrast conjunctions ("but", "while")
//!   bound clauses; relative clauses (", who ... ,") are marked.
//! - **Sites**: countries and places with a country, actor or not: where a
//!   visit goes.
//! - **Triggers**: the matches of the trigger rules, longest first, one per
//!   position, none inside a name.

use std::ops::Range;

use regex_automata::Input;

use crate::gazetteer::{EntityId, Gazetteer};
use crate::lexicon::{Lexicon, WordClass, WordClasses};
use crate::resolve::{EntityRef, Mention, MentionKind, Resolved};
use crate::text::{is_word_char, Sentence};

use super::rules::{Frame, RelationRules};
use super::Actor;

/// The shape of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// An all-lowercase word.
    Lower,
    /// A capitalised word ("Talks").
    Capital,
    /// An all-capitals word of two or more letters ("US", "TALKS").
    Upper,
    /// A word that starts with a digit.
    Number,
    /// `'s` or `’s` after a name.
    Possessive,
    /// One punctuation character.
    Punct(char),
}

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    pub classes: WordClasses,
    /// The chunk covering the token.
    pub chunk: Option<u32>,
    /// A site's token past its first (set with the sites): a named place
    /// counts as one word of a window.
    pub site_tail: bool,
}

impl Token {
    pub fn is(&self, class: WordClass) -> bool {
        self.classes.has(class)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.shape == Shape::Punct(c)
    }

    pub fn is_word(&self) -> bool {
        !matches!(self.shape, Shape::Punct(_))
    }
}

/// An actor slot before document-level references are settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    Actor(Actor),
    /// "both sides": the two parties of the nearest meeting.
    Parties,
    /// "both nations": their countries.
    Countries,
}

/// What a chunk is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ChunkKind {
    Person,
    /// An unnamed official, delegation or force of a country or
    /// organisation.
    Official,
    Country,
    /// A capital or seat of power standing for its country.
    Capital,
    Organisation,
    /// "both sides", "the two nations".
    Collective,
}

/// An actor of the sentence.
#[derive(Clone, Debug)]
pub(crate) struct Chunk {
    pub slot: Slot,
    pub span: Range<usize>,
    pub kind: ChunkKind,
    /// Token range.
    pub toks: Range<usize>,
    /// An official whose noun is military ("US forces", "Iraqi troops").
    pub military: bool,
    /// Joined to the previous chunk by a coordination.
    pub joined_prev: bool,
    /// An unnamed official written as a person's name: a short form that
    /// stands for its country's office-holder ("President Bush" with no
    /// date).
    pub by_name: bool,
}

impl Chunk {
    pub fn is_person(&self) -> bool {
        self.kind == ChunkKind::Person
    }

    /// People and unnamed officials: those who can be met in person.
    pub fn is_personal(&self) -> bool {
        matches!(self.kind, ChunkKind::Person | ChunkKind::Official)
    }

    /// The country a person or unnamed official acts for, if any: who
    /// counts among "the three leaders".
    pub fn person_country(&self) -> Option<EntityId> {
        self.actor().filter(|_| self.is_personal()).and_then(|a| a.country)
    }

    /// Whether a comma alone can list `self` and `other`: actors of one
    /// sort, named people or not ("Xi, Putin and Modi", "Brazil, India and
    /// South Africa", a name with no date and a dated one: "Bush, Putin
    /// Hold Talks"), not "the UN General Assembly, Fidan and Vieira".
    pub fn same_sort(&self, other: &Chunk) -> bool {
        let named = |c: &Chunk| c.is_person() || c.by_name;
        named(self) == named(other)
    }

    pub fn actor(&self) -> Option<&Actor> {
        match &self.slot {
            Slot::Actor(a) => Some(a),
            _ => None,
        }
    }
}

/// A country or a place with a country: where someone can go.
#[derive(Clone, Debug)]
pub(crate) struct Site {
    pub span: Range<usize>,
    pub toks: Range<usize>,
    pub country: EntityId,
}

/// One trigger match.
#[derive(Clone, Debug)]
pub(crate) struct Trigger {
    pub rule: usize,
    pub span: Range<usize>,
    pub toks: Range<usize>,
}

/// The model of one sentence (see the module docs).
#[derive(Debug)]
pub(crate) struct SentenceModel<'t> {
    pub text: &'t str,
    pub sentence_idx: usize,
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
    pub chunks: Vec<Chunk>,
    pub sites: Vec<Site>,
    pub triggers: Vec<Trigger>,
    /// Per byte of the sentence and one past its end (offset from the
    /// sentence's start): the first token that starts at or after it, for
    /// [`SentenceModel::tok_at`] (built with the tokens).
    first_tok: Vec<u32>,
    /// Per token: the token index of the last clause break before it.
    prev_break: Vec<u32>,
    /// Per token: the token index of the next clause break after it.
    next_break: Vec<u32>,
    /// Per token: inside a relative clause (", who ...").
    pub relative: Vec<bool>,
    /// Per token in a relative clause that a comma closes: the token index
    /// of that comma (`NONE` otherwise).
    relative_close: Vec<u32>,
    /// The sentence's mentions (sorted by start).
    pub mentions: &'t [Mention],
    /// The shared lexicon.
    pub lexicon: &'t Lexicon,
    /// The gazetteer the mentions point into (`None` only before the
    /// first sentence).
    pub gazetteer: Option<&'t Gazetteer>,
    /// Whether frames read this sentence: it has a trigger or a military
    /// noun. Otherwise only its chunks are built (who "he" is next).
    pub full: bool,
    /// The document's headline (a first line with no full stop) names a
    /// sport or a market (`NEGATION domain`): its bare countries are teams
    /// or exchanges throughout ("Paraguay and Uruguay share the points in
    /// goalless qualifier ... Uruguay host Argentina next week").
    pub domain_story: bool,
    /// The country of the document's wire dateline when it names a capital
    /// ("BAGHDAD (Reuters) -"): "the capital" in the story is its capital.
    pub dateline_country: Option<EntityId>,
    /// Where that dateline starts: a headline above it was written before
    /// the story was filed there.
    pub dateline_start: usize,
    /// The country of the last place the document named after "in",
    /// "to" or "into" (at first the dateline's): "arrived in the
    /// city-state", "a visit to the Central Asian country" is there.
    pub last_place: Option<EntityId>,
    /// The discovered people (by index) the dateline's country is given
    /// to: titled somewhere in the document as its minister or head of
    /// state or government, with no country ([`dateline_officials`]).
    pub dateline_people: Vec<bool>,
    /// Per title, the first person of the document who holds it (as
    /// their title there, or in the gazetteer), by index into the
    /// document's mentions: "the president" with no name is them
    /// (`holder_named_before`). Filled as far as asked, in one pass over
    /// the document at most: the mentions before `holders_read` are in.
    pub first_holders: rustc_hash::FxHashMap<EntityId, usize>,
    pub holders_read: usize,
    /// The people the document has called "former", "deposed"... so far
    /// (recorded as their chunks are built, in text order): from there on
    /// they act for no country.
    pub former_people: Vec<EntityRef>,
}

impl Default for SentenceModel<'_> {
    fn default() -> Self {
        static EMPTY: std::sync::OnceLock<Lexicon> =
            std::sync::OnceLock::new();
        SentenceModel {
            text: "",
            sentence_idx: 0,
            span: 0..0,
            tokens: vec![],
            chunks: vec![],
            sites: vec![],
            triggers: vec![],
            first_tok: vec![],
            prev_break: vec![],
            next_break: vec![],
            relative: vec![],
            relative_close: vec![],
            mentions: &[],
            lexicon: EMPTY.get_or_init(Lexicon::default),
            gazetteer: None,
            full: false,
            domain_story: false,
            dateline_country: None,
            dateline_start: 0,
            last_place: None,
            dateline_people: vec![],
            first_holders: rustc_hash::FxHashMap::default(),
            holders_read: 0,
            former_people: vec![],
        }
    }
}

const NONE: u32 = u32::MAX;

/// The quantifiers that float after a subject ("have both backed", "each
/// met"): no determiner of the verb after them.
pub(crate) const FLOATED: [&str; 2] = ["both", "each"];

/// The marks of a possessive after a name ("Russia's", "the Philippines'").
pub(crate) const POSSESSIVE: [&str; 4] = ["'s", "’s", "'", "’"];

/// The shape of a word, char by char (an ASCII word's is read from its
/// bytes in `push_word`, to the same effect).
fn word_shape(word: &str) -> Shape {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    match word.chars().next() {
        Some(c) if c.is_numeric() => Shape::Number,
        Some(c) if c.is_uppercase() => {
            let rest_upper = letters.clone().skip(1).all(|c| c.is_uppercase());
            if rest_upper && letters.nth(1).is_some() {
                Shape::Upper
            } else {
                Shape::Capital
            }
        }
        _ => Shape::Lower,
    }
}

/// What a word ends in that is a token of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Clitic {
    /// "China's", "China’s": the possessive, of this many bytes.
    Possessive(usize),
    /// "didn't": "n't".
    Negation,
    None,
}

/// "China's" -> "China" "'s"; "didn't" -> "did" "n't".
fn clitic(word: &str) -> Clitic {
    let tail =
        |n: usize| word.len() > n && word.is_char_boundary(word.len() - n);
    if tail(2) && (word.ends_with("'s") || word.ends_with("'S")) {
        Clitic::Possessive(2)
    } else if tail(4) && word.ends_with("’s") {
        Clitic::Possessive(4)
    } else if tail(3)
        && word.as_bytes()[word.len() - 3..].eq_ignore_ascii_case(b"n't")
    {
        Clitic::Negation
    } else {
        Clitic::None
    }
}

/// The char at byte `i` of `text` and its length in bytes; ASCII without
/// decoding.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = text[i..].chars().next().expect("a char boundary");
    (c, c.len_utf8())
}

/// The country of a mention that names a place: a listed place, or a
/// country standing alone (not inside a person's phrase).
fn named_place(m: &Mention) -> Option<EntityId> {
    let listed = matches!(m.entity, Some(EntityRef::Known(_)));
    let place = m.kind == MentionKind::Place
        || (m.kind == MentionKind::Country && !m.in_phrase);
    (listed && place).then_some(m.country).flatten()
}

/// The words before a place that [`SentenceModel::last_place`] remembers,
/// and before "the city-state" that it stands for.
pub(crate) const PLACE_BEFORE: [&str; 3] = ["in", "to", "into"];

/// The matches of the trigger and collective regexes in a document's kept
/// sentences (see [`DocScan::new`] for which sentences each reads), by
/// start, so the sentence model finds a sentence's own by binary search.
#[derive(Debug, Default)]
pub(crate) struct DocScan {
    /// `(start, end, rule)`, by start, not overlapping.
    triggers: Vec<(usize, usize, usize)>,
    /// `(start, end, slot)`: "both sides" (parties) or "both nations"
    /// (countries), by start.
    collectives: Vec<(usize, usize, Slot)>,
}

impl DocScan {
    /// Scans each sentence for triggers, and for collectives only where it
    /// has one: no frame reads a collective without a trigger (a sentence
    /// with neither a trigger nor a mention is skipped by the model, and
    /// its collectives would change nothing else). The collective regexes
    /// cost as much as the trigger regex per byte, and triggers are rare.
    ///
    /// So a sentence without a mention (most are) is read by the model
    /// only for a collective with a trigger ("Both sides met"): there the
    /// one regex of all collectives runs first, and the trigger regex
    /// (larger, and slower per byte) only where it finds one. Elsewhere
    /// the two collective regexes run only where that one finds any.
    pub fn new(
        rules: &RelationRules,
        text: &str,
        sentences: &[Sentence],
        all: &[Mention],
        mentions: &[Range<usize>],
    ) -> DocScan {
        let mut scan = DocScan::default();
        let Some(re) = rules.trigger_scan.as_ref() else {
            return scan;
        };
        let mut names: Vec<Range<usize>> = vec![];
        for (sentence, range) in sentences.iter().zip(mentions) {
            let span = sentence.span.clone();
            let alone = range.is_empty();
            if alone && !has_collective(rules, text, span.clone()) {
                continue;
            }
            let triggers_from = scan.triggers.len();
            // A match's pattern is its rule; none starts in a person's
            // name.
            names.clear();
            names.extend(
                all[range.clone()]
                    .iter()
                    .filter(|m| m.kind == MentionKind::Person)
                    .map(|m| m.span.clone()),
            );
            re.find(text, span.clone(), &names, &mut scan.triggers);
            if scan.triggers.len() > triggers_from
                && (alone || has_collective(rules, text, span.clone()))
            {
                scan.push_collectives(rules, text, span);
            }
        }
        scan
    }

    /// Adds the collectives of `span`, sorted.
    fn push_collectives(
        &mut self,
        rules: &RelationRules,
        text: &str,
        span: Range<usize>,
    ) {
        let from = self.collectives.len();
        for (re, slot) in [
            (&rules.cues.collective_parties, Slot::Parties),
            (&rules.cues.collective_countries, Slot::Countries),
        ] {
            let Some(re) = re else { continue };
            for m in re.find_iter(Input::new(text).range(span.clone())) {
                self.collectives.push((m.start(), m.end(), slot.clone()));
            }
        }
        self.collectives[from..].sort_by_key(|c| (c.0, c.1));
    }

    /// The trigger matches that lie inside `span`.
    fn triggers_in(
        &self,
        span: Range<usize>,
    ) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        let from = self.triggers.partition_point(|t| t.0 < span.start);
        self.triggers[from..]
            .iter()
            .take_while(move |t| t.0 < span.end)
            .filter(move |t| t.1 <= span.end)
            .copied()
    }

    /// The collective matches that lie inside `span`.
    pub(super) fn collectives_in(
        &self,
        span: Range<usize>,
    ) -> impl Iterator<Item = &(usize, usize, Slot)> + '_ {
        let from = self.collectives.partition_point(|t| t.0 < span.start);
        self.collectives[from..]
            .iter()
            .take_while(move |t| t.0 < span.end)
            .filter(move |t| t.1 <= span.end)
    }
}

/// Whether `span` of `text` has a collective ("both sides", "the two
/// countries").
fn has_collective(
    rules: &RelationRules,
    text: &str,
    span: Range<usize>,
) -> bool {
    rules
        .cues
        .collective_any
        .as_ref()
        .is_some_and(|re| re.is_match(Input::new(text).range(span)))
}

/// Whether the country at `span` of `text` is the second part of a wire
/// dateline: a city in capitals at its line's start, then a comma, the
/// country, and a comma, a bracket or a dash ("TELA, Honduras, Aug 7 -",
/// "ILO, Peru (AP) -"), the country not in capitals. Where the story was
/// filed: no actor.
/// Returns where the line starts.
pub(crate) fn dateline_city_country(
    text: &str,
    span: Range<usize>,
) -> Option<usize> {
    let city = text[..span.start].strip_suffix(", ")?;
    // The city is a few words: look back at most 40 bytes for the line's
    // start (linear on a long line with many "X, Country").
    let from = city.len().saturating_sub(40);
    let line = match city.as_bytes()[from..]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
    {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let city_word = &city[line..];
    let after = &text[span.end..];
    // (Not a list in an all-caps headline: "ANGOLA, CUBA, SOUTH AFRICA
    // SIGN ACCORD".)
    let country = &text[span.clone()];
    (city_word.chars().any(char::is_alphabetic)
        && country.chars().any(char::is_lowercase)
        && city_word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\''))
        && [",", " (", " -", " \u{2013}", " \u{2014}"]
            .iter()
            .any(|p| after.starts_with(p)))
    .then_some(line)
}

/// For each of `sentences`, the range of `mentions` (sorted by start)
/// that [`mentions_in`] gives, in one pass over both when the sentences
/// are in order, as a document's are (a binary search per sentence was
/// 1.7% of a `graph` run).
pub(crate) fn mention_ranges(
    mentions: &[Mention],
    sentences: &[Sentence],
) -> Vec<Range<usize>> {
    let mut ranges = Vec::with_capacity(sentences.len());
    let (mut from, mut last_start) = (0, 0);
    for sentence in sentences {
        let span = &sentence.span;
        if span.start < last_start {
            from = 0;
        }
        last_start = span.start;
        while mentions.get(from).is_some_and(|m| m.span.start < span.start) {
            from += 1;
        }
        let mut to = from;
        while mentions.get(to).is_some_and(|m| m.span.start < span.end) {
            to += 1;
        }
        ranges.push(from..to);
    }
    ranges
}

/// The mentions (sorted by start) that start inside `sentence`.
pub(crate) fn mentions_in<'m>(
    mentions: &'m [Mention],
    sentence: &Sentence,
) -> &'m [Mention] {
    let from =
        mentions.partition_point(|m| m.span.start < sentence.span.start);
    let to = mentions.partition_point(|m| m.span.start < sentence.span.end);
    &mentions[from..to]
}

impl<'t> SentenceModel<'t> {
    /// Reads `sentence`. Returns `false` (and builds nothing more) when the
    /// sentence has no mention and no collective: no relation can come
    /// from it.
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        &mut self,
        rules: &RelationRules,
        gazetteer: &'t Gazetteer,
        scan: &DocScan,
        text: &'t str,
        sentence: &Sentence,
        mentions: &'t [Mention],
        resolved: &Resolved,
    ) -> bool {
        self.text = text;
        self.sentence_idx = sentence.idx;
        self.span = sentence.span.clone();
        self.mentions = mentions;
        self.lexicon = gazetteer.lexicon();
        self.gazetteer = Some(gazetteer);
        self.full = false;
        self.tokens.clear();
        self.first_tok.clear();
        self.chunks.clear();
        self.sites.clear();
        self.triggers.clear();
        let collective =
            scan.collectives_in(sentence.span.clone()).next().is_some();
        if mentions.is_empty() && !collective {
            return false;
        }
        self.build_chunks(rules, gazetteer, scan, resolved);
        // No trigger and no military noun: no frame reads the sentence;
        // its chunks (who "he" is next) are all that is needed.
        let any_trigger =
            scan.triggers_in(sentence.span.clone()).next().is_some();
        if !any_trigger && !self.chunks.iter().any(|c| c.military) {
            self.remember_place();
            return true;
        }
        self.full = true;
        self.neighbour_chunk(resolved);
        self.own_country_chunk();
        self.its_official_chunk(rules, resolved);
        self.tokenize(gazetteer.lexicon());
        self.link_chunks();
        self.build_sites();
        self.build_clauses();
        self.find_triggers(rules, scan);
        self.remember_place();
        true
    }

    /// The people and officials named before byte `pos`, the first of
    /// each country (none without one): who "the three leaders" are.
    pub fn people_of_countries(&self, pos: usize) -> Vec<Slot> {
        let mut countries: Vec<EntityId> = vec![];
        let mut out = vec![];
        for c in self.chunks.iter().filter(|c| c.span.end <= pos) {
            let Some(country) = c.person_country() else { continue };
            if !countries.contains(&country) {
                countries.push(country);
                out.push(c.slot.clone());
            }
        }
        out
    }

    /// The sentence text.
    pub fn body(&self) -> &'t str {
        &self.text[self.span.clone()]
    }

    /// The text of `range` (bytes).
    pub fn slice(&self, range: Range<usize>) -> &'t str {
        &self.text[range]
    }

    /// Whether token `k` describes the name after it: an attributive
    /// participle ("neighbouring", "visiting", lexicon class
    /// `attributive`) or a compound of what struck it ("crisis-hit",
    /// "war-torn", "flood-stricken", "cash-strapped").
    pub fn is_describing(&self, k: usize) -> bool {
        const STRUCK: [&str; 9] = [
            "-hit",
            "-torn",
            "-stricken",
            "-ravaged",
            "-affected",
            "-battered",
            "-strapped",
            "-ridden",
            "-wracked",
        ];
        let word = self.word(k);
        self.tokens[k].is(crate::lexicon::WordClass::Attributive)
            || (word.starts_with(char::is_lowercase)
                && STRUCK.iter().any(|s| {
                    word.len() > s.len() + 1
                        && word.as_bytes()[word.len() - s.len()..]
                            .eq_ignore_ascii_case(s.as_bytes())
                }))
    }

    /// Whether token `k` belongs to a time phrase ("on Monday", "last
    /// week", "in May" less its "in"): a time or weekday or month word, or
    /// "on".
    pub fn is_time_word(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        t.is(WordClass::Time)
            || t.is(WordClass::Weekday)
            || t.is(WordClass::Month)
            || self.word_is(k, "on")
    }

    /// Whether `actor` acts for an organisation ("U.N. Secretary-General
    /// Kofi Annan", "G20 ministers").
    pub fn for_body(&self, actor: &Actor) -> bool {
        let (Some(g), Some(c)) = (self.gazetteer, actor.country) else {
            return false;
        };
        g.entity(c).kind == crate::gazetteer::EntityKind::Organisation
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Whether token `k` is a verb of an aid's purpose right after "to"
    /// ("to rebuild", "to help"; lexicon class `purpose`), or after such a
    /// verb ("to help rebuild"), or its gerund after "for" or "toward"
    /// ("toward rebuilding Iraq").
    pub fn purpose_after_to(&self, k: usize) -> bool {
        let purpose =
            |i: usize| self.tokens[i].is(crate::lexicon::WordClass::Purpose);
        // "to help rebuild Iraq": a purpose verb after another.
        k > 0
            && purpose(k)
            && (self.word_is(k - 1, "to")
                || (self.word(k).ends_with("ing")
                    && self.word_in(k - 1, &["for", "toward", "towards"]))
                || (k > 1 && purpose(k - 1) && self.word_is(k - 2, "to")))
    }

    /// Whether token `i` exists and is `word` (ASCII case-insensitive).
    pub fn word_is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && self.word(i).eq_ignore_ascii_case(word)
    }

    /// Whether token `i` exists and is one of `words` (ASCII
    /// case-insensitive; no allocation).
    pub fn word_in(&self, i: usize, words: &[&str]) -> bool {
        i < self.tokens.len()
            && words.iter().any(|w| self.word(i).eq_ignore_ascii_case(w))
    }

    /// The first token that starts at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        match pos
            .checked_sub(self.span.start)
            .and_then(|i| self.first_tok.get(i))
        {
            Some(&k) => k as usize,
            None => self.tokens.partition_point(|t| t.start < pos),
        }
    }

    /// The byte where token `i` starts (the sentence end past the last).
    pub fn tok_start(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(self.span.end, |t| t.start)
    }

    /// Byte bounds of the clause around the token range `toks`.
    pub fn clause(&self, toks: Range<usize>) -> Range<usize> {
        if self.tokens.is_empty() {
            return self.span.clone();
        }
        let first = toks.start.min(self.tokens.len() - 1);
        let last =
            toks.end.saturating_sub(1).clamp(first, self.tokens.len() - 1);
        let start = match self.prev_break[first] {
            NONE => self.span.start,
            b => self.tokens[b as usize].end,
        };
        let end = match self.next_break[last] {
            NONE => self.span.end,
            b => self.tokens[b as usize].start,
        };
        start..end
    }

    /// Whether the gap between two chunks is a coordination ("and", ",",
    /// ", and", "&", "as well as", "and the").
    pub fn is_coordination(&self, gap: Range<usize>) -> bool {
        // "Khai and visiting Thai Prime Minister Chuan": an attributive
        // participle before the second name is part of it; so is an
        // honorific ("Mr Putin and Mr. Karimov").
        let mut gap = gap;
        while gap.len() > 1
            && (self.is_describing(gap.end - 1)
                || self.tokens[gap.end - 1].is(WordClass::Honorific)
                || (gap.len() > 2
                    && self.tokens[gap.end - 1].is_punct('.')
                    && self.tokens[gap.end - 2].is(WordClass::Honorific)))
        {
            gap.end -= 1;
        }
        // "China, Russia, Kazakstan, Kyrgyzstan and Tajikistan": a name
        // the gazetteers do not know, one or two capitalised words
        // between commas (or a comma and "and"), is one more of the list,
        // not its end.
        if gap.len() > 2 && self.tokens[gap.start].is_punct(',') {
            let unknown = |k: usize| {
                let t = &self.tokens[k];
                t.shape == Shape::Capital
                    && t.chunk.is_none()
                    && t.classes.is_empty()
            };
            let mut k = gap.start + 1;
            while k < gap.end && k < gap.start + 3 && unknown(k) {
                k += 1;
            }
            if k > gap.start + 1 && k < gap.end {
                return self.is_coordination(k..gap.end);
            }
        }
        let t = |k: usize| &self.tokens[gap.start + k];
        match gap.len() {
            1 => {
                t(0).is_punct(',')
                    || t(0).is_punct('&')
                    || self.word_is(gap.start, "and")
            }
            // "Bahrain, the UAE and Morocco" (a comma joins only actors
            // of one sort: the callers' rule).
            2 => {
                (t(0).is_punct(',')
                    && self.word_in(gap.start + 1, &["and", "the"]))
                    || (self.word_is(gap.start, "and")
                        && self.word_in(
                            gap.start + 1,
                            &["his", "her", "their", "its", "the", "a", "an"],
                        ))
                    || self.and_titled(gap)
            }
            // "Britain, France, and the United States".
            3 => {
                (self.word_is(gap.start, "as")
                    && self.word_is(gap.start + 1, "well")
                    && self.word_is(gap.start + 2, "as"))
                    || (t(0).is_punct(',')
                        && self.word_is(gap.start + 1, "and")
                        && self.word_in(
                            gap.start + 2,
                            &["his", "her", "their", "its", "the"],
                        ))
                    || self.and_titled(gap)
            }
            _ => false,
        }
    }

    /// "Nelson Mandela and rebel leader Jonas Savimbi", "and former
    /// president X": "and", one or two modifiers (words of no function
    /// class, no verb form in "-ed" or "-ing"), then the second name's
    /// chunk starting with its title.
    fn and_titled(&self, gap: Range<usize>) -> bool {
        if !(2..=3).contains(&gap.len()) || !self.word_is(gap.start, "and") {
            return false;
        }
        self.in_title(gap.end)
            && (gap.start + 1..gap.end).all(|k| {
                let (t, w) = (&self.tokens[k], self.word(k));
                t.is_word()
                    && !t.classes.is_function()
                    && !t.is(WordClass::Reporting)
                    && !t.is(WordClass::Pronoun)
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
            })
    }

    /// Whether token `k` exists and lies in a title's mention ("president",
    /// "rebel leader").
    pub fn in_title(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            self.mentions.iter().any(|m| {
                m.kind == MentionKind::Role
                    && m.span.start <= t.start
                    && t.end <= m.span.end
            })
        })
    }

    /// Number of word tokens in the byte range.
    pub fn word_count(&self, range: Range<usize>) -> usize {
        let (a, b) = (self.tok_at(range.start), self.tok_at(range.end));
        self.tokens[a..b].iter().filter(|t| t.is_word()).count()
    }

    /// Byte start of the `n`th-last word before byte `pos` (not before
    /// `floor`): the window of the last `n` words. A chunk counts as one
    /// word ("canceled Secretary of State Mike Pompeo's planned trip"), and
    /// so does a named place ("won't be flying to Los Angeles for the
    /// summit").
    pub fn words_back(&self, floor: usize, pos: usize, n: usize) -> usize {
        let end = self.tok_at(pos);
        let mut count = 0;
        let mut start = pos;
        let mut chunk = None;
        for t in self.tokens[..end].iter().rev() {
            if t.start < floor {
                break;
            }
            start = t.start;
            let same_chunk = t.chunk.is_some() && t.chunk == chunk;
            chunk = t.chunk;
            if t.is_word() && !same_chunk && !t.site_tail {
                count += 1;
                if count == n {
                    break;
                }
            }
        }
        start.min(pos)
    }

    /// Byte end of the `n`th word after byte `pos` (not after `ceil`).
    pub fn words_forward(&self, pos: usize, ceil: usize, n: usize) -> usize {
        let mut count = 0;
        let mut end = pos;
        for t in &self.tokens[self.tok_at(pos)..] {
            if t.end > ceil {
                break;
            }
            end = t.end;
            if t.is_word() {
                count += 1;
                if count == n {
                    break;
                }
            }
        }
        end
    }

    /// The last word token before byte `pos` (after `floor`), lowercase
    /// comparison helpers use it.
    pub fn prev_word(&self, floor: usize, pos: usize) -> Option<usize> {
        let i = self.tok_at(pos);
        (0..i)
            .rev()
            .take_while(|&k| self.tokens[k].start >= floor)
            .find(|&k| self.tokens[k].is_word())
    }

    /// The chunks (indices) that start inside `range`.
    pub fn chunks_in(&self, range: Range<usize>) -> Range<usize> {
        let a = self.chunks.partition_point(|c| c.span.start < range.start);
        let b = self.chunks.partition_point(|c| c.span.start < range.end);
        a..b.max(a)
    }

    /// Where the relative clause that token `k` lies in ends (the byte
    /// start of its closing comma, else the sentence's end); `None` when
    /// `k` is in none.
    pub fn relative_end(&self, k: usize) -> Option<usize> {
        if !self.relative.get(k).copied().unwrap_or(false) {
            return None;
        }
        Some(match self.relative_close[k] {
            NONE => self.span.end,
            close => self.tokens[close as usize].start,
        })
    }

    /// Whether a chunk lies inside a relative clause that a comma closes
    /// before byte `pos`.
    pub fn in_relative_closed_before(
        &self,
        chunk: &Chunk,
        pos: usize,
    ) -> bool {
        match self.relative_close.get(chunk.toks.start) {
            Some(&close) if close != NONE => {
                self.tokens[close as usize].start < pos
            }
            _ => false,
        }
    }

    fn tokenize(&mut self, lexicon: &Lexicon) {
        let text = self.text;
        let (from, to) = (self.span.start, self.span.end);
        let bytes = text.as_bytes();
        let mut i = from;
        while i < to {
            let (c, len) = char_at(text, i);
            if c.is_whitespace() {
                i += len;
                continue;
            }
            if !is_word_char(c) {
                self.push_token(lexicon, i, i + len, Shape::Punct(c));
                i += len;
                continue;
            }
            // A word: word chars with inner hyphens, apostrophes and dots
            // ("al-Assad", "O'Neill", "U.S.").
            let start = i;
            let mut end = i + len;
            let mut dotted = false;
            while end < to {
                let (ch, n) = char_at(text, end);
                if is_word_char(ch) {
                    end += n;
                    continue;
                }
                let inner = matches!(ch, '-' | '\'' | '’' | '.' | '&');
                if inner
                    && end + n < to
                    && is_word_char(char_at(text, end + n).0)
                {
                    dotted |= ch == '.';
                    end += n;
                    continue;
                }
                break;
            }
            // "U.S." keeps its final dot.
            if dotted
                && end < to
                && bytes[end] == b'.'
                && text[start..end].split('.').all(|p| p.chars().count() == 1)
            {
                end += 1;
            }
            match clitic(&text[start..end]) {
                Clitic::Possessive(cut) => {
                    self.push_word(lexicon, start, end - cut);
                    self.push_token(
                        lexicon,
                        end - cut,
                        end,
                        Shape::Possessive,
                    );
                }
                Clitic::Negation => {
                    self.push_word(lexicon, start, end - 3);
                    self.push_word(lexicon, end - 3, end);
                }
                Clitic::None => self.push_word(lexicon, start, end),
            }
            i = end;
        }
        // Token indices fit in u32: a sentence is far shorter than 4 GB.
        let mut k = 0;
        self.first_tok.extend((from..=to).map(|pos| {
            while self.tokens.get(k).is_some_and(|t| t.start < pos) {
                k += 1;
            }
            k as u32
        }));
    }

    fn push_word(&mut self, lexicon: &Lexicon, start: usize, end: usize) {
        let word = &self.text[start..end];
        if word.is_ascii() {
            let bytes = word.as_bytes();
            let shape = match bytes.first() {
                Some(b) if b.is_ascii_digit() => Shape::Number,
                Some(b) if b.is_ascii_uppercase() => {
                    let mut rest =
                        bytes[1..].iter().filter(|b| b.is_ascii_alphabetic());
                    let first = rest.next();
                    if first.is_some_and(u8::is_ascii_uppercase)
                        && rest.all(u8::is_ascii_uppercase)
                    {
                        Shape::Upper
                    } else {
                        Shape::Capital
                    }
                }
                _ => Shape::Lower,
            };
            self.push_token(lexicon, start, end, shape);
            return;
        }
        self.push_token(lexicon, start, end, word_shape(word));
    }

    fn push_token(
        &mut self,
        lexicon: &Lexicon,
        start: usize,
        end: usize,
        shape: Shape,
    ) {
        let classes = match shape {
            Shape::Punct(_) | Shape::Number => WordClasses::NONE,
            _ => lexicon.classes(&self.text[start..end]),
        };
        self.tokens.push(Token {
            start,
            end,
            shape,
            classes,
            chunk: None,
            site_tail: false,
        });
    }

    fn build_sites(&mut self) {
        for m in self.mentions {
            let (Some(EntityRef::Known(_)), Some(country)) =
                (m.entity, m.country)
            else {
                continue;
            };
            let site = if named_place(m).is_some() {
                Some(m.span.clone())
            } else if m.kind == MentionKind::Demonym {
                // "a visit to the North Korean capital": the country's
                // capital, a site of the country as a named one is.
                self.demonym_capital(m.span.clone())
                    .or_else(|| self.demonym_place(m.span.clone()))
                    .map(|end| m.span.start..end)
                    .or_else(|| {
                        // "signed a treaty at the Vatican": the nation's
                        // name after "at the" is where.
                        let head = &self.text[self.span.start..m.span.start];
                        (head.ends_with(" at the ")
                            && self.demonym_as_nation(m.span.clone()))
                        .then(|| m.span.clone())
                    })
                    .or_else(|| {
                        // "his second visit to the North Korean ...": a
                        // teaser cut after the nation's name, whose noun
                        // ("capital") was lost.
                        let head = &self.text[self.span.start..m.span.start];
                        // (Read only a short rest: a cut mark and space.)
                        let rest = &self.text[m.span.end..];
                        let cut = rest.len() <= 16
                            && matches!(rest.trim(), "..." | "\u{2026}");
                        let locative = head
                            .strip_suffix(" the ")
                            .and_then(|h| h.rsplit(' ').next())
                            .is_some_and(|w| PLACE_BEFORE.contains(&w));
                        (cut && locative).then(|| m.span.clone())
                    })
            } else {
                None
            };
            if let Some(span) = site {
                let toks = self.tok_at(span.start)..self.tok_at(span.end);
                self.sites.push(Site { span, toks, country });
            }
        }
        // "Kim Jong Un's arrival in the city-state", "a visit to the
        // Central Asian country": the last place named as one.
        if let Some(country) = self.last_place {
            for k in 2..self.tokens.len() {
                if let Some(span) = self.place_phrase(k) {
                    let toks = self.tok_at(span.start)..k + 1;
                    let at = self
                        .sites
                        .partition_point(|s| s.span.start < span.start);
                    self.sites.insert(at, Site { span, toks, country });
                }
            }
        }
        // "BAGHDAD (Reuters) - ... arrived in the capital": the dateline's.
        if let Some(country) = self.dateline_country {
            for k in 1..self.tokens.len() {
                let t = &self.tokens[k];
                if &self.text[t.start..t.end] == "capital"
                    && self.word_is(k - 1, "the")
                    && self.phrase_ends_after(t.end)
                {
                    let span = t.start..t.end;
                    let at = self
                        .sites
                        .partition_point(|s| s.span.start < span.start);
                    self.sites
                        .insert(at, Site { span, toks: k..k + 1, country });
                }
            }
        }
        for site in &self.sites {
            let tail = (site.toks.start + 1).min(site.toks.end)..site.toks.end;
            for t in &mut self.tokens[tail] {
                t.site_tail = true;
            }
        }
    }

    /// "in the city-state", "to the Central Asian country", "into the
    /// kingdom": a locative, "the", at most two modifiers that name no
    /// actor, and a noun of a country ending the phrase at token `k`; the
    /// span from "the" to the noun.
    fn place_phrase(&self, k: usize) -> Option<Range<usize>> {
        let t = &self.tokens[k];
        let noun = t.is(WordClass::Polity)
            || ["country", "city-state", "island", "archipelago"]
                .iter()
                .any(|w| self.text[t.start..t.end].eq_ignore_ascii_case(w));
        if !noun || t.chunk.is_some() || !self.phrase_ends_after(t.end) {
            return None;
        }
        let the = (k.saturating_sub(3)..k)
            .rev()
            .find(|&j| self.word_is(j, "the"))?;
        let modifiers_ok = (the + 1..k).all(|j| {
            let m = &self.tokens[j];
            m.is_word()
                && m.chunk.is_none()
                && (m.classes.is_empty() || m.is(WordClass::Regional))
        });
        let locative =
            the.checked_sub(1).is_some_and(|j| self.word_in(j, &PLACE_BEFORE));
        let no_mention = !self.mentions.iter().any(|x| {
            x.span.start < t.end && x.span.end > self.tokens[the].start
        });
        (modifiers_ok && locative && no_mention)
            .then(|| self.tokens[the].start..t.end)
    }

    /// Remembers the country of the sentence's last place named after
    /// "in", "to" or "into" ([`SentenceModel::last_place`]).
    fn remember_place(&mut self) {
        for m in self.mentions {
            let Some(country) = named_place(m) else { continue };
            let before = self.text[self.span.start..m.span.start].trim_end();
            let mut words = before
                .rsplit(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty());
            let mut word = words.next().unwrap_or("");
            // "to the Philippines".
            if word.eq_ignore_ascii_case("the") {
                word = words.next().unwrap_or("");
            }
            if PLACE_BEFORE.iter().any(|w| word.eq_ignore_ascii_case(w)) {
                self.last_place = Some(country);
            }
        }
    }

    /// Whether a noun phrase can end at `end`: punctuation, the end of the
    /// sentence, a capitalised word (a name) or a word of the lexicon
    /// follows, not another noun ("capital markets").
    pub(super) fn phrase_ends_after(&self, end: usize) -> bool {
        let after = &self.text[end..self.span.end];
        match after.strip_prefix(' ') {
            Some(next) => {
                let word: &str = next
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                let classes = self.lexicon.classes(word);
                word.chars().next().is_some_and(char::is_uppercase)
                    || (!classes.is_empty()
                        && !classes.has(WordClass::Civilian)
                        && !classes.has(WordClass::Topic))
                    || (word.ends_with("ed")
                        && word.chars().all(|c| c.is_lowercase()))
            }
            None => !after.chars().next().is_some_and(char::is_alphanumeric),
        }
    }

    /// Token ranges of the chunks, the tokens' chunk, and coordination.
    fn link_chunks(&mut self) {
        for ci in 0..self.chunks.len() {
            let span = self.chunks[ci].span.clone();
            let toks = self.tok_at(span.start)..self.tok_at(span.end);
            for t in toks.clone() {
                self.tokens[t].chunk = Some(ci as u32);
            }
            self.chunks[ci].toks = toks;
        }
        for ci in 1..self.chunks.len() {
            let (prev, next) = (&self.chunks[ci - 1], &self.chunks[ci]);
            let gap = prev.toks.end..next.toks.start;
            let comma = self.tokens.get(gap.start).is_some_and(|t| {
                t.is_punct(',')
                    && !(gap.len() > 1 && self.word_is(gap.start + 1, "and"))
            });
            // "the two Koreas": one plural, two countries, no gap.
            let paired = |c: &Chunk| {
                self.mentions
                    .iter()
                    .any(|m| m.paired && m.span.end == c.span.end)
            };
            let clause_of_own = comma && self.ends_own_clause(next);
            let joined = if gap.is_empty() {
                paired(prev) && paired(next)
            } else {
                self.is_coordination(gap)
                    && (!comma || prev.same_sort(next))
                    && !clause_of_own
            };
            self.chunks[ci].joined_prev = joined;
        }
    }

    /// "Signs Secret Pact With Taiwan, China Fumes": whether `chunk` (after
    /// a comma) is followed by one capitalised word of no class that ends
    /// the sentence: a clause of its own, not one more of a list.
    pub fn ends_own_clause(&self, chunk: &Chunk) -> bool {
        let k = chunk.toks.end;
        self.tokens.get(k).is_some_and(|t| {
            t.is_word()
                && t.classes.is_empty()
                && t.chunk.is_none()
                && self.word(k).starts_with(char::is_uppercase)
        }) && self.tokens[k + 1..].iter().all(|t| !t.is_word())
    }

    /// Whether token `k` is a lowercase word of more than `min_len` bytes
    /// ending in `suffix`, no preposition and none of `except`.
    fn suffixed_word(
        &self,
        k: usize,
        suffix: &str,
        min_len: usize,
        except: &[&str],
    ) -> bool {
        let w = self.word(k);
        self.tokens[k].is_word()
            && w.len() > min_len
            && w.ends_with(suffix)
            && w.starts_with(char::is_lowercase)
            && !self.tokens[k].is(WordClass::Preposition)
            && !self.word_in(k, except)
    }

    /// Whether token `k` is a participle that may open a phrase set off
    /// by commas ("meeting", "seeking"), not a preposition in "-ing".
    pub(super) fn is_participle(&self, k: usize) -> bool {
        self.suffixed_word(
            k,
            "ing",
            5,
            &["including", "according", "excluding"],
        )
    }

    /// A lowercase word in "-ed" ("planned", "elected"), not a
    /// preposition; not ", joined by", ", accompanied by": one more of the
    /// subject's group (`svo::joined_by`).
    fn is_past_participle(&self, k: usize) -> bool {
        self.suffixed_word(k, "ed", 4, &["joined", "accompanied"])
    }

    fn build_clauses(&mut self) {
        let n = self.tokens.len();
        self.prev_break.clear();
        self.next_break.clear();
        self.relative.clear();
        self.relative_close.clear();
        self.prev_break.resize(n, NONE);
        self.next_break.resize(n, NONE);
        self.relative.resize(n, false);
        self.relative_close.resize(n, NONE);
        let is_break =
            |t: &Token| t.is_punct(';') || t.is(WordClass::Contrast);
        let mut last = NONE;
        for i in 0..n {
            self.prev_break[i] = last;
            if is_break(&self.tokens[i]) {
                last = i as u32;
            }
        }
        let mut next = NONE;
        for i in (0..n).rev() {
            self.next_break[i] = next;
            if is_break(&self.tokens[i]) {
                next = i as u32;
            }
        }
        // ", who ... ," / ", which ...": relative clauses; and a participle
        // set off after a name ("Koizumi and Wen, meeting on the sidelines
        // of an ASEAN summit, agreed"), closed by a comma.
        let mut i = 0;
        while i + 1 < n {
            // Read only after a comma: most tokens are not one.
            let comma = self.tokens[i].is_punct(',');
            let relative = comma
                && self.word_in(
                    i + 1,
                    &["who", "which", "whose", "where", "when"],
                );
            // Or a past participle ("a visit by an Argentine delegation,
            // planned for later this month, had been postponed"), a
            // reduced relative clause.
            // Not the main verb right after the comma that closes a relative
            // clause ("Ilves, who had been due in Vilnius for talks on
            // bids to join NATO, postponed the visit").
            // (Or after a capitalised word no gazetteer knows, a name:
            // "Mochtar, acting as ASEAN's interlocutor with Hanoi, will
            // fly to Bangkok".)
            let unknown_name = |t: &Token| {
                t.chunk.is_none()
                    && t.shape == Shape::Capital
                    && t.classes.is_empty()
            };
            // (Past an adverb: "a visit by Shevardnadze, once expected
            // this year, now appears shelved".)
            let adverb = self.word_is(i + 1, "once")
                || self.suffixed_word(i + 1, "ly", 3, &[]);
            let past = |k: usize| {
                self.is_past_participle(k)
                    && self.relative_close[i - 1] != i as u32
            };
            let after_name = comma
                && i > 0
                && if self.tokens[i - 1].chunk.is_some() {
                    self.is_participle(i + 1)
                        || past(i + 1)
                        || (adverb && i + 2 < n && past(i + 2))
                } else {
                    unknown_name(&self.tokens[i - 1])
                        && self.is_participle(i + 1)
                };
            // "inaugurated the line, closed since the India-Pakistan war of
            // 1965, during a virtual summit": after a plain noun, a past
            // participle and a preposition.
            let after_noun = comma
                && i > 0
                && self.tokens[i - 1].chunk.is_none()
                && self.tokens[i - 1].shape == Shape::Lower
                && self.tokens[i - 1].classes.is_empty()
                && self.is_past_participle(i + 1)
                && self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|t| t.is(WordClass::Preposition))
                && self.relative_close[i - 1] != i as u32;
            // "A meeting of the joint border commission, due to open in
            // Busia next week, has been called off": "due" and a
            // preposition open one too.
            let due = comma
                && i > 0
                && self.word_is(i + 1, "due")
                && self.word_in(i + 2, &["to", "in", "on", "for", "at"])
                && self.relative_close[i - 1] != i as u32;
            if !(relative || after_name || after_noun || due) {
                i += 1;
                continue;
            }
            // "in Madrid, where Turkey, Finland and Sweden signed": a comma
            // between two names of one sort lists them; it closes nothing.
            let listing = |j: usize| {
                let chunk = |k: usize| {
                    self.tokens
                        .get(k)
                        .and_then(|t| t.chunk)
                        .map(|c| &self.chunks[c as usize])
                };
                j > 0
                    && chunk(j - 1)
                        .zip(chunk(j + 1))
                        .is_some_and(|(a, b)| a.same_sort(b))
            };
            // "Eritrea, whose longtime president, Isaias Afwerki, embraced
            // him": a comma inside a chunk (a title and its name in
            // apposition), or the one that closes it, closes nothing.
            let apposed = |j: usize| {
                let chunk =
                    |k: usize| self.tokens.get(k).and_then(|t| t.chunk);
                chunk(j).is_some()
                    || chunk(j - 1).is_some_and(|c| {
                        let c = &self.chunks[c as usize];
                        self.text[c.span.clone()].contains(',')
                    })
            };
            let mut j = i + 1;
            while j < n
                && (!self.tokens[j].is_punct(',') || listing(j) || apposed(j))
                && !is_break(&self.tokens[j])
            {
                j += 1;
            }
            let close = if j < n && self.tokens[j].is_punct(',') {
                j as u32
            } else {
                NONE
            };
            if !relative && close == NONE {
                i += 1;
                continue;
            }
            for k in i..j {
                self.relative[k] = true;
                self.relative_close[k] = close;
            }
            i = j.max(i + 1);
        }
    }

    fn find_triggers(&mut self, rules: &RelationRules, scan: &DocScan) {
        let mut last_end = 0;
        for (ts, te, rule) in scan.triggers_in(self.span.clone()) {
            // "held talks" and its "talks": one trigger.
            if ts < last_end {
                continue;
            }
            last_end = te;
            let toks = self.tok_at(ts)..self.tok_at(te);
            let frame = rules.triggers[rule].frame;
            // A trigger inside a name ("Foreign Relations Committee") is no
            // trigger. A longer one may hold a name in its inner words,
            // which modifies it ("signed a US-brokered accord", "the
            // Anglo-Irish Agreement"): only its first and last words must
            // be free; a `give` trigger's last word may be its debtor or
            // forces ("cancelled Iraqi debt", "sent Zimbabwean troops").
            let named = |a: usize, b: usize| {
                self.mentions
                    .iter()
                    .any(|x| x.span.start < b && a < x.span.end)
                    || self
                        .chunks
                        .iter()
                        .any(|c| c.span.start < b && a < c.span.end)
            };
            // Nor its forces ("sent Zimbabwean troops": the giver's own).
            let forces_only = |a: usize, b: usize| {
                !self
                    .mentions
                    .iter()
                    .any(|x| x.span.start < b && a < x.span.end)
                    && self
                        .chunks
                        .iter()
                        .filter(|c| c.span.start < b && a < c.span.end)
                        .all(|c| c.military)
            };
            let free = if toks.len() > 1 {
                let first_end = self.tokens[toks.start].end;
                let last_start = self.tokens[toks.end - 1].start;
                !named(ts, first_end)
                    && (!named(last_start, te)
                        || frame == Frame::Give && forces_only(last_start, te))
            } else {
                !named(ts, te)
            };
            if !free {
                continue;
            }
            // "Arab-backed", "US-led": a verb glued to a name modifies it.
            if self.text[..ts].ends_with(['-', '–']) {
                continue;
            }
            let prev = toks.start.checked_sub(1);
            // "the welcome", "his host": a verb used as a noun takes no
            // object ("Russia and China have both backed Tashkent", "each
            // met": a quantifier floated after the subject is none).
            if frame.is_verbal()
                && prev.is_some_and(|p| {
                    self.tokens[p].is(WordClass::Determiner)
                        && !self.word_in(p, &FLOATED)
                })
            {
                continue;
            }
            // "would be met with force": the passive idiom is no meeting
            // (a progressive is active: "is holding talks with Iran").
            if prev.is_some_and(|p| self.tokens[p].is(WordClass::Passive))
                && self.word_is(toks.end, "with")
                && !self.word(toks.start).ends_with("ing")
            {
                continue;
            }
            self.triggers.push(Trigger { rule, span: ts..te, toks });
        }
    }
}

pub(crate) mod chunks;
pub(crate) use chunks::dateline_officials;

#[cfg(test)]
mod tokenize_tests {
    use proptest::prelude::*;

    use super::*;

    /// The tokenizer as first written, char by char: the reference the
    /// byte-level one must agree with (the clitics it splits off are
    /// [`clitic`]'s and the shapes [`word_shape`]'s, shared: the test is of
    /// the byte-level scan and the ASCII shapes).
    fn reference(text: &str, lexicon: &Lexicon) -> Vec<(usize, usize, Shape)> {
        let mut out = vec![];
        let shape_of = word_shape;
        let _ = lexicon;
        let to = text.len();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < to {
            let c = text[i..to].chars().next().expect("in bounds");
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                out.push((i, i + c.len_utf8(), Shape::Punct(c)));
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let mut end = i;
            let mut chars = text[i..to].char_indices().peekable();
            while let Some((k, ch)) = chars.next() {
                if is_word_char(ch) {
                    end = i + k + ch.len_utf8();
                    continue;
                }
                let inner = matches!(ch, '-' | '\'' | '’' | '.' | '&');
                let next_is_word =
                    chars.peek().is_some_and(|&(_, n)| is_word_char(n));
                if inner && next_is_word {
                    continue;
                }
                break;
            }
            if end < to
                && bytes[end] == b'.'
                && text[start..end].contains('.')
                && text[start..end].split('.').all(|p| p.chars().count() == 1)
            {
                end += 1;
            }
            match clitic(&text[start..end]) {
                Clitic::Possessive(cut) => {
                    out.push((
                        start,
                        end - cut,
                        shape_of(&text[start..end - cut]),
                    ));
                    out.push((end - cut, end, Shape::Possessive));
                }
                Clitic::Negation => {
                    out.push((
                        start,
                        end - 3,
                        shape_of(&text[start..end - 3]),
                    ));
                    out.push((end - 3, end, shape_of(&text[end - 3..end])));
                }
                Clitic::None => {
                    out.push((start, end, shape_of(&text[start..end])))
                }
            }
            i = end;
        }
        out
    }

    fn tokens(text: &str, lexicon: &Lexicon) -> Vec<(usize, usize, Shape)> {
        let mut model = SentenceModel {
            text,
            span: 0..text.len(),
            ..SentenceModel::default()
        };
        model.tokenize(lexicon);
        // The first-token table agrees with a search.
        for pos in 0..=text.len() {
            assert_eq!(
                model.tok_at(pos),
                model.tokens.partition_point(|t| t.start < pos)
            );
        }
        model.tokens.iter().map(|t| (t.start, t.end, t.shape)).collect()
    }

    #[test]
    fn agrees_with_the_reference_on_news() {
        let lexicon = Lexicon::default();
        for text in [
            "U.S. and E.U. officials didn't meet in São Paulo's centre.",
            "Xi’s talks with al-Assad, O'Neill & Co. ended; NATO's U.N.-backed",
            "ÉLYSÉE: Macron met 3 ministers—2 of them B.A.s—at 10.30 a.m.",
            "isn't", "'s", "x's", "A", "AB", "Ab1", "1AB", "_x", "é.É.", "a..b",
        ] {
            assert_eq!(tokens(text, &lexicon), reference(text, &lexicon), "{text}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_the_reference(
            text in "[a-cA-CéÉß0-9_ .,'’&;:\\-\\n\u{a0}]{0,40}"
        ) {
            let lexicon = Lexicon::default();
            prop_assert_eq!(tokens(&text, &lexicon), reference(&text, &lexicon));
        }
    }
}
