//! The shared lexicon: closed-class English words by [`WordClass`].
//!
//! Input: the rows of `lexicon.tsv` (`class<TAB>word|word|...`), from the
//! embedded defaults and each `--gazetteers` layer (later layers add
//! words). Output: [`Lexicon`], a map from a lowercase word to the set of
//! its classes ([`WordClasses`], a bit set).
//!
//! Every word list that a stage reads (determiners, prepositions,
//! auxiliaries, reporting verbs, honorifics, ...) lives here, once: the
//! sentence model of `relations` gives each token its classes, and
//! `resolve` asks the same lexicon about name words. Lookups are
//! case-insensitive and allocate nothing for ASCII words.

use std::fmt;

use rustc_hash::FxHashMap;

/// A class of words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordClass {
    /// Articles, possessives and demonstratives ("the", "his", "these").
    Determiner,
    /// Prepositions ("with", "of", "during").
    Preposition,
    /// Prepositions of place: a place after one is where, not who ("in",
    /// "at", "to").
    Locative,
    /// Verbs of arriving or visiting after which a place is where someone
    /// went ("arrived", "visited").
    Arrival,
    /// Forms of "be", "have" and "do".
    Auxiliary,
    /// Auxiliaries of the passive ("was", "were", "been", "got").
    Passive,
    /// Modal verbs ("will", "would", "could").
    Modal,
    /// Negators ("not", "never", "n't").
    Negator,
    /// Reporting verbs ("said", "told", "announced").
    Reporting,
    /// Coordinating conjunctions ("and", "or", "&").
    Coordinator,
    /// Conjunctions that open a contrasting clause, a clause boundary of
    /// the sentence model ("but", "while", "although").
    Contrast,
    /// Conjunctions that open a subordinate clause ("because", "if",
    /// "after").
    Subordinator,
    /// Relative pronouns ("who", "which", "where").
    Relative,
    /// Personal pronouns ("he", "they").
    Pronoun,
    /// Honorifics never part of a name's id ("Mr", "Dr", "Sir").
    Honorific,
    /// Lowercase particles inside names ("da", "bin", "von").
    Particle,
    /// Words that open a fronted phrase before the subject ("During",
    /// "After").
    Fronting,
    /// Relative time words ("tomorrow", "next", "later").
    Time,
    /// Days of the week.
    Weekday,
    /// Months.
    Month,
    /// Words of a ministerial portfolio ("Foreign", "Affairs", "Trade").
    Portfolio,
    /// Capitalised words that never start or belong to a person's name.
    NotName,
    /// Prepositions besides the locatives after which a capital or seat
    /// is a place, not its government ("the mayor of Beijing", "pressure
    /// on Moscow").
    PlacePreposition,
    /// Capitalised words after which a place or country is part of
    /// another name ("Warsaw Pact", "Malawi Congress Party").
    NameTail,
    /// Nouns of people or firms a country name can modify without standing
    /// for its state ("U.S. bishops", "China students"), mostly plural;
    /// with the rebels and militants, singular too, whose leaders do not
    /// lead the state either ("an Afghan rebel leader").
    Civilian,
    /// Nouns of an issue or a campaign that a bare country name before
    /// them modifies ("to defend Iraq situation", "the Iraq war"): the
    /// country is the topic, not an actor.
    Topic,
    /// Currencies a country's name or demonym before them modifies ("15
    /// billion U.S. dollars", "Hong Kong dollars"): money, not an actor.
    Currency,
    /// Verb forms that do not end as regular ones do (-ed, -s, -ing) and
    /// are rarely nouns ("held", "met", "agree"): after "the" and a
    /// country they make it a subject ("the United States held talks"),
    /// not a noun modifier. Not a given name either.
    Verb,
    /// Participles whose `by` agent stands outside the relation it
    /// arranges ("a deal brokered by China", "talks mediated by Egypt"): a
    /// broker, not a party (a host or a chair takes part: not here).
    Broker,
    /// Nouns of what one state owes or asks of another ("debt",
    /// "request"): the `give` frame's recipient is whoever it belongs to
    /// ("wrote off Iraq's debt", "met a U.S. request").
    Claim,
    /// Nouns that name a country by its kind ("the former Soviet republic
    /// of Moldova", "the state of Qatar"): the country after their "of"
    /// may be a clause's subject.
    Polity,
    /// Verbs that say how something is, not what it does ("remain",
    /// "are"): forces listed before one describe a state, no joint act.
    Stative,
    /// Verbs of reacting to what others did ("welcomed", "hailed"): a
    /// group that welcomes an agreement is not its party.
    Reaction,
    /// Verbs of stopping right before a relation's noun ("breaks ties",
    /// "HALT AID TO FIJI"): the relation ends, none is made.
    Stop,
    /// Verbs of an aid's purpose, after "to", that name who is helped:
    /// "pledged $10 million to rebuild Sri Lanka's north", "sending
    /// rescue teams to help the Moroccan authorities".
    Purpose,
    /// Participles that describe a name rather than govern it: "met
    /// visiting Premier Wen", "the outgoing president" ("signed a deal
    /// extending Moscow's lease": "extending" governs Moscow).
    Attributive,
    /// Words that put a title in the past, or out of office: "former",
    /// "deposed", "ousted", "opposition": one so called in a story acts
    /// for no country from there on.
    Former,
    /// Armed or police personnel ("troops", "peacekeepers"): sent to a
    /// country they are aid only when sent to help or at its request.
    Personnel,
    /// Words that make a demonym a community, not its state: "ethnic
    /// Albanians" ("ties between ethnic Macedonians and ethnic
    /// Albanians" are no relation of two countries).
    Community,
    /// Where a flight goes, not a visit: "flew into exile in the Central
    /// African Republic", "sought refuge in", "went into hiding in".
    Flight,
    /// Verbs of fleeing right after a person: a ruler who "has fled the
    /// country" acts for no country from there on, as a former one.
    Flee,
    /// Words that make what follows a topic: "a message about ties
    /// between China and Russia", "dealing with relations".
    About,
    /// Verbs of sending people: "Japan will send a delegation to
    /// Washington": a country that sends officials visits through them.
    Send,
    /// Past forms of making an agreement: "the accord Israel and Jordan
    /// signed" (a reduced relative names who made it).
    Made,
    /// Words that make one meeting several: "held separate talks with
    /// his Thai and Cambodian counterparts" (the two did not meet).
    Separate,
    /// Verbs of hosting: "Trump hosted Netanyahu and the foreign ministers
    /// of the two Gulf states, where they signed": "they" are the guests.
    Host,
    /// Words that end a noun phrase: a role after them is no title of the
    /// name before them ("the European Union and later meet President").
    PhraseEnd,
    /// Verbs of easing a bad state: "signed a deal, easing tensions",
    /// "agreed to mend ties strained by": the state they ease is no
    /// sentiment said of the relation.
    Repair,
    /// Words of a region or of the world before a meeting noun: "an Arab
    /// summit", "a regional conference" is a gathering of many, and who
    /// attends it meets no one by that.
    Regional,
    /// Verbs of buying ("buy", "purchase"): what one agrees "to buy ...
    /// from" a country is a deal with it.
    Purchase,
    /// Verbs of pledging or offering ("pledged", "offered", "committed"):
    /// troops pledged to a country are support, as no invasion is pledged.
    Pledge,
    /// Verbs of receiving or approving what is given ("received",
    /// "approves"): "Moscow will receive West German credits" names its
    /// giver inside the goods.
    Receive,
    /// Verbs of keeping forces somewhere: "France keeps troops in Chad
    /// at the request of its government" (the recipient follows "in").
    Station,
    /// Verbs of going on or starting, whose infinitive took place:
    /// "Bhutan continues to coordinate closely with India" (no plan, as
    /// "agreed to" or "vowed to" would make it).
    Aspect,
    /// Verbs of naming an object something ("designated", "named"):
    /// "Washington will designate Pakistan a major non-NATO ally".
    Naming,
    /// Nouns of relief goods and rescuers: "supplies from Mexico and
    /// Colombia landed in Port-au-Prince" is aid to Haiti, not a visit.
    Relief,
    /// Public gatherings and bodies a relation noun may name the kind of:
    /// "a Romanian-Soviet friendship rally" is no friendship of the two.
    Gathering,
    /// Nouns of money or help one government gives another: a capital
    /// after their "from" is its government ("a $50 million credit line
    /// from New Delhi", "aid from Tokyo"), not where it came from.
    Funding,
    /// Nouns of the person on the other side of a meeting, which a name
    /// in apposition after a comma names: "met his counterpart, Kyrgyz
    /// President Jeenbekov", "held talks with his host, X".
    Peer,
    /// Nouns of armed groups and opponents of a state, which a country's
    /// possessive before them only locates ("support for Sierra Leone's
    /// rebels" supports no state).
    Insurgent,
    /// Nouns of diplomats posted abroad, after which "to" names where
    /// they serve, not whom they meet ("met his ambassadors to France").
    Envoy,
}

impl WordClass {
    /// Every class, in file order.
    pub const ALL: [WordClass; 61] = [
        WordClass::Determiner,
        WordClass::Preposition,
        WordClass::Locative,
        WordClass::Arrival,
        WordClass::Auxiliary,
        WordClass::Passive,
        WordClass::Modal,
        WordClass::Negator,
        WordClass::Reporting,
        WordClass::Coordinator,
        WordClass::Contrast,
        WordClass::Subordinator,
        WordClass::Relative,
        WordClass::Pronoun,
        WordClass::Honorific,
        WordClass::Particle,
        WordClass::Fronting,
        WordClass::Time,
        WordClass::Weekday,
        WordClass::Month,
        WordClass::Portfolio,
        WordClass::NotName,
        WordClass::PlacePreposition,
        WordClass::NameTail,
        WordClass::Civilian,
        WordClass::Topic,
        WordClass::Currency,
        WordClass::Verb,
        WordClass::Broker,
        WordClass::Claim,
        WordClass::Polity,
        WordClass::Stative,
        WordClass::Reaction,
        WordClass::Stop,
        WordClass::Purpose,
        WordClass::Attributive,
        WordClass::Former,
        WordClass::Personnel,
        WordClass::Community,
        WordClass::Flight,
        WordClass::Flee,
        WordClass::About,
        WordClass::Send,
        WordClass::Made,
        WordClass::Separate,
        WordClass::Host,
        WordClass::PhraseEnd,
        WordClass::Repair,
        WordClass::Regional,
        WordClass::Purchase,
        WordClass::Pledge,
        WordClass::Receive,
        WordClass::Station,
        WordClass::Aspect,
        WordClass::Naming,
        WordClass::Relief,
        WordClass::Gathering,
        WordClass::Funding,
        WordClass::Peer,
        WordClass::Insurgent,
        WordClass::Envoy,
    ];

    /// The name used in `lexicon.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            WordClass::Determiner => "determiner",
            WordClass::Preposition => "preposition",
            WordClass::Locative => "locative",
            WordClass::Arrival => "arrival",
            WordClass::Auxiliary => "auxiliary",
            WordClass::Passive => "passive",
            WordClass::Modal => "modal",
            WordClass::Negator => "negator",
            WordClass::Reporting => "reporting",
            WordClass::Coordinator => "coordinator",
            WordClass::Contrast => "contrast",
            WordClass::Subordinator => "subordinator",
            WordClass::Relative => "relative",
            WordClass::Pronoun => "pronoun",
            WordClass::Honorific => "honorific",
            WordClass::Particle => "particle",
            WordClass::Fronting => "fronting",
            WordClass::Time => "time",
            WordClass::Weekday => "weekday",
            WordClass::Month => "month",
            WordClass::Portfolio => "portfolio",
            WordClass::NotName => "not_name",
            WordClass::PlacePreposition => "place_preposition",
            WordClass::NameTail => "name_tail",
            WordClass::Civilian => "civilian",
            WordClass::Topic => "topic",
            WordClass::Currency => "currency",
            WordClass::Verb => "verb",
            WordClass::Broker => "broker",
            WordClass::Claim => "claim",
            WordClass::Polity => "polity",
            WordClass::Stative => "stative",
            WordClass::Reaction => "reaction",
            WordClass::Stop => "stop",
            WordClass::Purpose => "purpose",
            WordClass::Attributive => "attributive",
            WordClass::Former => "former",
            WordClass::Personnel => "personnel",
            WordClass::Community => "community",
            WordClass::Flight => "flight",
            WordClass::Flee => "flee",
            WordClass::About => "about",
            WordClass::Send => "send",
            WordClass::Made => "made",
            WordClass::Separate => "separate",
            WordClass::Host => "host",
            WordClass::PhraseEnd => "phrase_end",
            WordClass::Repair => "repair",
            WordClass::Regional => "regional",
            WordClass::Purchase => "purchase",
            WordClass::Pledge => "pledge",
            WordClass::Receive => "receive",
            WordClass::Station => "station",
            WordClass::Aspect => "aspect",
            WordClass::Naming => "naming",
            WordClass::Relief => "relief",
            WordClass::Gathering => "gathering",
            WordClass::Funding => "funding",
            WordClass::Peer => "peer",
            WordClass::Insurgent => "insurgent",
            WordClass::Envoy => "envoy",
        }
    }

    /// Parses a class name of `lexicon.tsv`.
    pub fn parse(s: &str) -> Option<WordClass> {
        WordClass::ALL.into_iter().find(|c| c.as_str() == s)
    }

    fn bit(self) -> u64 {
        1 << (self as u32)
    }
}

impl fmt::Display for WordClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of word classes: one bit per class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct WordClasses(u64);

// Every class has its bit.
const _: () = assert!(WordClass::ALL.len() <= u64::BITS as usize);

impl WordClasses {
    /// The empty set.
    pub const NONE: WordClasses = WordClasses(0);

    /// Whether `class` is in the set.
    pub fn has(self, class: WordClass) -> bool {
        self.0 & class.bit() != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether any class of the set is a function word's ([`FUNCTION`]).
    pub fn is_function(self) -> bool {
        FUNCTION.iter().any(|&c| self.has(c))
    }

    /// The set without `class`.
    pub fn without(self, class: WordClass) -> WordClasses {
        WordClasses(self.0 & !class.bit())
    }

    fn insert(&mut self, class: WordClass) {
        self.0 |= class.bit();
    }
}

/// The classes of function words: a word of one starts another phrase
/// than a name's modifiers ("a U.S. request for troops", "and praised
/// president X").
pub const FUNCTION: [WordClass; 7] = [
    WordClass::Preposition,
    WordClass::Determiner,
    WordClass::Coordinator,
    WordClass::Auxiliary,
    WordClass::Modal,
    WordClass::Relative,
    WordClass::Verb,
];

/// Lowercase word -> classes. Built once with the gazetteer; read-only.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    words: FxHashMap<Box<str>, WordClasses>,
    /// The ASCII words of at most [`SHORT_WORD`] bytes again, keyed by
    /// their bytes and length packed into an integer ([`packed`]): most
    /// words of a sentence are short, and this key hashes in one step and
    /// compares without a call.
    short: FxHashMap<u128, WordClasses>,
}

/// Longest ASCII word looked up without allocating.
const STACK_WORD: usize = 32;

/// Longest word of [`Lexicon`]'s integer-keyed map.
const SHORT_WORD: usize = 15;

/// `bytes` (ASCII, at most [`SHORT_WORD`]), letters lowercased, and their
/// number, packed into an integer: the bytes in the low fifteen bytes, the
/// length in the high one.
///
/// Read and lowercased eight bytes at a time, not copied into a byte array
/// read back as an integer: that copy was a call to `memcpy` and a stalled
/// load (a fifth of the lookup's time in a profile of `graph`).
fn packed(bytes: &[u8]) -> u128 {
    debug_assert!(bytes.len() <= SHORT_WORD && bytes.is_ascii());
    let (lo, hi) = bytes.split_at(bytes.len().min(8));
    let key = u128::from(lower_ascii(le_bytes(lo)))
        | u128::from(lower_ascii(le_bytes(hi))) << 64;
    key | (bytes.len() as u128) << 120
}

/// At most eight bytes as a little-endian integer.
fn le_bytes(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(eight) => u64::from_le_bytes(eight),
        Err(_) => bytes.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b)),
    }
}

/// The ASCII bytes of `x` with their capital letters lowercased. Every
/// byte is below 0x80, so no sum carries into the next byte: bit 7 of a
/// byte plus 0x3f is set from `A` up, of a byte plus 0x25 past `Z`.
fn lower_ascii(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let from_a = x + 0x3f * ONES;
    let past_z = x + 0x25 * ONES;
    let capital = from_a & !past_z & (0x80 * ONES);
    x | capital >> 2
}

impl Lexicon {
    /// Adds `word` (stored lowercase) to `class`.
    pub fn add(&mut self, class: WordClass, word: &str) {
        let key: Box<str> = word.to_lowercase().into();
        if key.len() <= SHORT_WORD && key.is_ascii() {
            self.short
                .entry(packed(key.as_bytes()))
                .or_default()
                .insert(class);
        }
        self.words.entry(key).or_default().insert(class);
    }

    /// The classes of `word`, case-insensitively, but `peer`: a peer noun
    /// is a plain noun to every reading of a word's grammar ("this year's
    /// G20 host", "Putin Hosts Assad"); only [`Lexicon::is`] asks for it.
    pub fn classes(&self, word: &str) -> WordClasses {
        self.lookup(word).without(WordClass::Peer)
    }

    /// Every class of `word`, case-insensitively.
    fn lookup(&self, word: &str) -> WordClasses {
        let bytes = word.as_bytes();
        if bytes.len() <= SHORT_WORD && word.is_ascii() {
            return self
                .short
                .get(&packed(bytes))
                .copied()
                .unwrap_or_default();
        }
        if bytes.len() <= STACK_WORD && word.is_ascii() {
            let mut buf = [0u8; STACK_WORD];
            let lower = &mut buf[..bytes.len()];
            lower.copy_from_slice(bytes);
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).expect("ASCII stays UTF-8");
            return self.words.get(lower).copied().unwrap_or_default();
        }
        if word.chars().any(char::is_uppercase) {
            return self
                .words
                .get(word.to_lowercase().as_str())
                .copied()
                .unwrap_or_default();
        }
        self.words.get(word).copied().unwrap_or_default()
    }

    /// Whether `word` is in `class`, case-insensitively.
    pub fn is(&self, word: &str, class: WordClass) -> bool {
        self.lookup(word).has(class)
    }

    /// The words of `class`, sorted.
    pub fn words(&self, class: WordClass) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .words
            .iter()
            .filter(|(_, c)| c.has(class))
            .map(|(w, _)| &**w)
            .collect();
        out.sort_unstable();
        out
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the lexicon has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: &str = include_str!("../gazetteers/lexicon.tsv");

    #[test]
    fn default_rows_are_sorted_unique_lowercase_and_known() {
        for (idx, line) in DEFAULT.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (class, words) = line.split_once('\t').expect("two cells");
            if class == "class" {
                continue;
            }
            assert!(
                WordClass::parse(class).is_some(),
                "line {}: unknown class {class}",
                idx + 1
            );
            let words: Vec<&str> = words.split('|').collect();
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(words, sorted, "line {}: sort and dedupe", idx + 1);
            for w in words {
                assert_eq!(w, w.to_lowercase(), "line {}", idx + 1);
                assert!(!w.is_empty() && !w.contains(' '), "{w:?}");
            }
        }
    }

    #[test]
    fn every_class_has_default_words() {
        let lexicon = crate::gazetteer::Gazetteer::defaults()
            .expect("defaults")
            .lexicon()
            .clone();
        for class in WordClass::ALL {
            assert!(!lexicon.words(class).is_empty(), "{class}");
        }
    }

    #[test]
    fn lookups() {
        let mut lexicon = Lexicon::default();
        lexicon.add(WordClass::Determiner, "the");
        lexicon.add(WordClass::Preposition, "in");
        lexicon.add(WordClass::Locative, "in");
        lexicon.add(WordClass::Particle, "über");
        let t = |w: &str, c| lexicon.is(w, c);
        assert!(t("the", WordClass::Determiner));
        assert!(t("The", WordClass::Determiner));
        assert!(t("THE", WordClass::Determiner));
        assert!(t("in", WordClass::Locative));
        assert!(t("In", WordClass::Preposition));
        assert!(!t("in", WordClass::Determiner));
        assert!(!t("then", WordClass::Determiner));
        assert!(t("Über", WordClass::Particle));
        assert!(!t(&"x".repeat(100), WordClass::Particle));
        assert_eq!(lexicon.words(WordClass::Locative), ["in"]);
    }

    #[test]
    fn packed_keys_are_the_lowercased_bytes_and_the_length() {
        // The layout `packed` documents, built another way: the bytes in
        // the low fifteen bytes, the length in the high one.
        let ascii: Vec<u8> = (0..0x80).collect();
        let mut words: Vec<&[u8]> = ascii.chunks(SHORT_WORD).collect();
        words.extend(
            ["", "a", "In", "THE", "talks", "Met-Up", "WELCOME"]
                .map(str::as_bytes),
        );
        words.extend(
            ["Ambassadors", "SECRETARY-GEN", "Co-operation"]
                .map(str::as_bytes),
        );
        for word in words {
            let mut key = [0u8; 16];
            key[..word.len()].copy_from_slice(&word.to_ascii_lowercase());
            key[15] = word.len() as u8;
            assert_eq!(packed(word), u128::from_le_bytes(key), "{word:?}");
        }
        // Lengths tell apart what zero bytes would not.
        assert_ne!(packed(b"a"), packed(b"a\0"));
    }
}
