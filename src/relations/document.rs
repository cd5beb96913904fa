//! Settling a document's frames into relations and events.
//!
//! - "Both sides" and "the two nations" are the parties (or their
//!   countries) of the latest meeting before them in the document, else of
//!   its first meeting.
//! - A lone subject pairs with the other party of its latest meeting
//!   before it, else of its first one.
//! - Groups are expanded into pairs one at a time and deduplicated as they
//!   are made; a frame with more than `max_parties` parties becomes one
//!   [`Event`] (linear in the number of parties, whatever their number).
//! - No actor pairs with itself, and no pair is domestic: two actors of one
//!   country (a person and their own country, a country and its capital,
//!   two officials of one state) relate nobody.

use rustc_hash::FxHashSet;

use crate::gazetteer::{EntityId, Gazetteer, PlaceType};
use crate::resolve::{EntityRef, Mention, MentionKind};
use crate::text::{dates, find_sentence, Date};

use super::frames::{Parties, Proto};
use super::model::{Chunk, ChunkKind, SentenceModel, Slot};
use super::{Actor, Event, Extracted, Relation, RelationKind, Status};

/// What the sentences of a document gave, before settling.
#[derive(Debug, Default)]
pub(crate) struct Found {
    protos: Vec<Proto>,
    /// The first person of the latest sentence that named one.
    last_person: Option<Actor>,
    /// The first actor (person, country or official) of the first sentence
    /// that named one.
    topic: Option<Actor>,
    /// Pairs of people of two countries named together ("Trump-Xi",
    /// "Moon and Kim"), by sentence: who "the two leaders" are when the
    /// document has no meeting.
    named_pairs: Vec<(usize, Actor, Actor)>,
    /// The two people of two countries of each sentence that names
    /// exactly two, however ("Speaking alongside President Saakashvili,
    /// Mr Bush said"), by sentence: who "the two leaders" are when no
    /// meeting and no pair named together comes before them.
    sentence_people: Vec<(usize, Actor, Actor)>,
    /// Pairs of actors of two countries named together, people or not
    /// ("Zambia and Tanzania reopened their border"), by sentence: who
    /// "the two countries" are when nothing else says it.
    named_countries: Vec<(usize, Actor, Actor)>,
    /// The first people of a country the story names, each once, by
    /// sentence (three at most: only "exactly two" is read): who "the two
    /// leaders" are when nothing else says it ("Netanyahu Gets A Bear Hug
    /// From Modi / The two leaders held talks").
    first_people: Vec<(usize, Actor)>,
    /// The latest list of three or more actors of distinct countries
    /// ("Angola, Cuba and South Africa"): who "the three countries" are.
    last_group: Vec<Slot>,
    /// The one recipient of the latest aid of the story, in an earlier
    /// sentence: who "also pledged relief" gives to.
    aid_recipient: Option<(usize, Slot)>,
    /// A scratch buffer for modality windows.
    pub buf: String,
}

impl Found {
    /// People the story later calls former ("Bolivia's former president
    /// Evo Morales") act for no country in the sentences before either,
    /// the headline among them.
    pub(crate) fn forget_countries(&mut self, former: &[EntityRef]) {
        let forget = |a: &mut Actor| {
            if former.contains(&a.entity) {
                a.country = None;
            }
        };
        let forget_slot = |slot: &mut Slot| {
            if let Slot::Actor(a) = slot {
                forget(a);
            }
        };
        for proto in &mut self.protos {
            match &mut proto.parties {
                Parties::Cross { left, right, .. } => {
                    left.iter_mut()
                        .chain(right.iter_mut())
                        .for_each(forget_slot);
                }
                Parties::Within(slots) => {
                    slots.iter_mut().for_each(forget_slot)
                }
                Parties::Collective(slot) => forget_slot(slot),
                Parties::None => {}
            }
            if let Some(a) = &mut proto.lone {
                forget(a);
            }
        }
        for (_, a) in &mut self.first_people {
            forget(a);
        }
    }

    /// The two people of two countries the story names up to sentence
    /// `sentence`, if it names exactly two, and in one sentence.
    fn two_people(
        &self,
        gazetteer: &Gazetteer,
        sentence: usize,
    ) -> Option<(&Actor, &Actor)> {
        let named: Vec<&(usize, Actor)> = self
            .first_people
            .iter()
            .take_while(|(s, _)| *s <= sentence)
            .collect();
        let of_country = |a: &Actor| of_country(gazetteer, a);
        match named.as_slice() {
            [(s, a), (t, b)]
                if s == t
                    && of_country(a)
                    && of_country(b)
                    && a.country != b.country =>
            {
                Some((a, b))
            }
            _ => None,
        }
    }

    pub fn antecedent(&self) -> Option<&Actor> {
        self.last_person.as_ref()
    }

    pub fn topic(&self) -> Option<&Actor> {
        self.topic.as_ref()
    }

    pub fn last_group(&self) -> &[Slot] {
        &self.last_group
    }

    /// The one recipient of the story's latest aid given before sentence
    /// `sentence`.
    pub fn aid_recipient(&self, sentence: usize) -> Option<&Slot> {
        self.aid_recipient
            .as_ref()
            .filter(|(s, _)| *s < sentence)
            .map(|(_, slot)| slot)
    }

    /// The one recipient of the story's latest aid, the current sentence's
    /// included.
    pub fn latest_aid_recipient(&self) -> Option<&Slot> {
        self.aid_recipient.as_ref().map(|(_, slot)| slot)
    }

    /// Remembers the recipient of aid given in `sentence`: none when the
    /// aid went to several.
    pub fn aided(&mut self, sentence: usize, recipients: &[Slot]) {
        self.aid_recipient = match recipients {
            [one @ Slot::Actor(_)] => Some((sentence, one.clone())),
            _ => None,
        };
    }

    pub fn push(&mut self, proto: Proto) {
        self.protos.push(proto);
    }

    /// "He" in the next sentence: this sentence's first person; the first
    /// pair of people of two countries named together.
    pub fn end_sentence(&mut self, model: &SentenceModel<'_>) {
        // The sentence's last list of three or more actors of distinct
        // countries.
        // (Read from the text: a sentence no frame reads has no links.)
        let joined = |i: usize| {
            i > 0 && {
                let (prev, next) = (&model.chunks[i - 1], &model.chunks[i]);
                super::model::chunks::is_coordination_text(
                    model.slice(prev.span.end..next.span.start),
                )
            }
        };
        // Or the people of three or more countries the sentence names
        // ("Sisi met Kadhimi and Jordan's King Abdullah. The three
        // leaders ...").
        // (Counted first: most sentences name fewer than three people.)
        let named = model
            .chunks
            .iter()
            .filter(|c| c.person_country().is_some())
            .count();
        if named >= 3 {
            let people = model.people_of_countries(model.span.end);
            if people.len() >= 3 {
                self.last_group = people;
            }
        }
        let mut start = 0;
        for i in 0..model.chunks.len() {
            if !joined(i) {
                start = i;
            }
            let run = &model.chunks[start..=i];
            let next_joins = i + 1 < model.chunks.len() && joined(i + 1);
            if next_joins || run.len() < 3 {
                continue;
            }
            let mut countries: Vec<EntityId> = vec![];
            for a in run.iter().filter_map(|c| c.actor()) {
                if let Some(c) = a.country.filter(|c| !countries.contains(c)) {
                    countries.push(c);
                }
            }
            if countries.len() == run.len() {
                self.last_group = run.iter().map(|c| c.slot.clone()).collect();
            }
        }
        let together = |w: &[Chunk]| {
            let (a, b) = (w[0].actor()?, w[1].actor()?);
            // (Read from the text: a sentence no frame reads has no
            // tokens.)
            let gap = model.slice(w[0].span.end..w[1].span.start);
            // ("U.S. And Australia" in a headline.)
            let gap = gap.trim();
            let together = gap == "-"
                || matches!(gap, "," | "&")
                || gap.eq_ignore_ascii_case("and")
                || gap.eq_ignore_ascii_case(", and");
            (together && a.country.is_some() && a.country != b.country)
                .then(|| (model.sentence_idx, a.clone(), b.clone()))
        };
        // One pass: the first pair named together, and the first of two
        // people.
        let (mut any, mut people) = (None, None);
        for w in model.chunks.windows(2) {
            if people.is_some() {
                break;
            }
            let Some(pair) = together(w) else { continue };
            if w[0].is_person() && w[1].is_person() {
                people = Some(pair.clone());
            }
            any.get_or_insert(pair);
        }
        self.named_pairs.extend(people);
        let of_country =
            |a: &&Actor| model.gazetteer.is_some_and(|g| of_country(g, a));
        let mut people = model
            .chunks
            .iter()
            .filter(|c| c.kind == ChunkKind::Person)
            .filter_map(|c| c.actor())
            .filter(of_country);
        if let (Some(a), Some(b)) = (people.next(), people.next()) {
            let two =
                people.all(|c| c.entity == a.entity || c.entity == b.entity);
            if two && a.entity != b.entity && a.country != b.country {
                self.sentence_people.push((
                    model.sentence_idx,
                    a.clone(),
                    b.clone(),
                ));
            }
        }
        self.named_countries.extend(any);
        if self.topic.is_none() {
            self.topic = model
                .chunks
                .iter()
                .find(|c| {
                    matches!(
                        c.kind,
                        ChunkKind::Person
                            | ChunkKind::Country
                            | ChunkKind::Official
                    )
                })
                .and_then(|c| c.actor())
                .cloned();
        }
        for actor in model
            .chunks
            .iter()
            .filter(|c| c.kind == ChunkKind::Person)
            .filter_map(|c| c.actor())
        {
            if self.first_people.len() < 3
                && actor.country.is_some()
                && !self
                    .first_people
                    .iter()
                    .any(|(_, a)| a.entity == actor.entity)
            {
                self.first_people.push((model.sentence_idx, actor.clone()));
            }
        }
        if let Some(first) =
            model.chunks.iter().find(|c| c.kind == ChunkKind::Person)
        {
            // "Officials said she had spoken to President Reagan": a "he"
            // or "she" before the sentence's first person is still the one
            // before, whom the next sentence's "She" names too.
            // (Read from the text: a sentence no frame reads has no
            // tokens.)
            let pronoun = self.last_person.is_some()
                && model
                    .slice(model.span.start..first.span.start)
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| {
                        w.eq_ignore_ascii_case("he")
                            || w.eq_ignore_ascii_case("she")
                    });
            if let (false, Some(actor)) = (pronoun, first.actor()) {
                self.last_person = Some(actor.clone());
            }
        }
    }
}

/// A meeting of the document: (sentence, trigger start, a, b).
type Meeting = (usize, usize, Actor, Actor);

/// The slots of a proto's parties, in text order.
/// Whether a frame has more than `max` parties, so is a multilateral
/// event: distinct named parties, as the event holds them (`event`). One
/// side names each once (`dedup_actors`), but the two sides of a `Cross`
/// may share some ("A and B met A and C"), and a "both sides" in a list
/// names nobody new.
fn is_multilateral(parties: &Parties, max: usize) -> bool {
    let (left, right): (&[Slot], &[Slot]) = match parties {
        Parties::Cross { left, right, .. } => (left, right),
        Parties::Within(group) => (group, &[]),
        Parties::None | Parties::Collective(_) => return false,
    };
    // Most frames have a few slots: no counting, no allocation.
    if left.len() + right.len() <= max {
        return false;
    }
    let mut seen = FxHashSet::default();
    left.iter()
        .chain(right)
        .filter(|s| matches!(s, Slot::Actor(a) if seen.insert(a.entity)))
        .count()
        > max
}

/// Calls `f` with every slot pair of `parties`, in a fixed order: subjects
/// with objects, then objects among themselves, then subjects among
/// themselves (`Cross` with `mutual`), or every pair of a group.
fn for_each_pair(parties: &Parties, mut f: impl FnMut(&Slot, &Slot)) {
    let apart = |a: &Slot, b: &Slot| match (a, b) {
        (Slot::Actor(x), Slot::Actor(y)) => {
            x.country.is_none() || x.country != y.country
        }
        _ => true,
    };
    match parties {
        Parties::None => {}
        Parties::Cross { left, right, mutual } => {
            for l in left {
                for r in right {
                    f(l, r);
                }
            }
            for (side, on) in [(right, mutual.right), (left, mutual.left)] {
                if on {
                    for (i, a) in side.iter().enumerate() {
                        for b in &side[i + 1..] {
                            if apart(a, b) {
                                f(a, b);
                            }
                        }
                    }
                }
            }
        }
        Parties::Within(group) => {
            for (i, a) in group.iter().enumerate() {
                for b in &group[i + 1..] {
                    f(a, b);
                }
            }
        }
        Parties::Collective(slot) => f(slot, slot),
    }
}

/// Settles the protos of a document into relations and events.
pub(crate) fn settle(doc: super::Doc<'_>, mut found: Found) -> Extracted {
    let super::Doc { rules, gazetteer, text, sentences, resolved, doc_date } =
        doc;
    for proto in &mut found.protos {
        proto.parties.dedup_actors();
    }
    let max = rules.max_parties();
    let meetings = meetings(gazetteer, &found.protos, max);
    // Only a document that says "the two countries", or "both sides"
    // with no meeting or people named together, needs them.
    let needs_main = found.protos.iter().any(|p| {
        names_countries(&p.parties)
            || (meetings.is_empty()
                && found.named_pairs.is_empty()
                && names_parties(&p.parties))
    });
    let main_pairs = if needs_main {
        main_country_pairs(&found.protos, max)
    } else {
        vec![]
    };
    let mut out = Extracted::default();
    let mut from_visit: Vec<bool> = vec![];
    let mut cache: Option<(usize, bool, Option<EntityId>, Option<Date>)> =
        None;
    let mut seen: FxHashSet<(RelationKind, usize, EntityRef, EntityRef)> =
        FxHashSet::default();
    // "held separate talks with Ukrainian and U.S. delegations, before
    // the two delegations met each other": the two met one by one are
    // the sentence's "both sides" after them (not two countries one
    // visited: "Hu, who visited Brazil and Argentina, held talks with
    // Lagos and the two signed").
    let mut separate: Option<(usize, Actor, Actor)> = None;
    let mut most_named = MostNamed::default();
    for proto in &found.protos {
        if let (Parties::Cross { right, mutual, .. }, false) =
            (&proto.parties, proto.visit)
        {
            if let (
                RelationKind::Meeting,
                false,
                [Slot::Actor(a), Slot::Actor(b)],
            ) = (proto.kind, mutual.right, right.as_slice())
            {
                if a.country.is_some() && a.country != b.country {
                    separate = Some((proto.sentence, a.clone(), b.clone()));
                }
            }
        }
        // Place and date are the sentence's: computed once per sentence
        // and status.
        let planned = proto.status == Status::Planned;
        let (place, date) = match cache {
            Some((idx, p, place, date))
                if idx == proto.sentence && p == planned =>
            {
                (place, date)
            }
            _ => {
                let sentence = find_sentence(sentences, proto.sentence)
                    .expect("proto sentence exists");
                let in_sentence =
                    super::model::mentions_in(&resolved.mentions, sentence);
                let place = sentence_place(gazetteer, text, in_sentence);
                let date = dates::sentence_date(
                    &text[sentence.span.clone()],
                    doc_date,
                    planned,
                );
                cache = Some((proto.sentence, planned, place, date));
                (place, date)
            }
        };
        if is_multilateral(&proto.parties, max) {
            if let Some(event) = event(proto, place, date) {
                out.events.push(event);
            }
            continue;
        }
        // "Both sides" are the parties of the latest meeting before them
        // (the same sentence included), else of the document's first,
        // else the people last named together, else the main pair.
        // Both lists are sorted: a binary search keeps a document with
        // thousands of meetings linear-logarithmic.
        let key = (proto.sentence, proto.trigger.start);
        let before = meetings.partition_point(|m| (m.0, m.1) < key);
        // "The two countries" are the story's main pair of countries so
        // far (related most often, the latest on a tie), not a mediator's
        // latest meeting with one of them.
        let at = main_pairs.partition_point(|m| (m.0, m.1) < key);
        let main_pair =
            at.checked_sub(1).map(|i| (&main_pairs[i].2, &main_pairs[i].3));
        // A host's occasion was told of before it ("Clinton, who hosted
        // the ceremony"), not after.
        let first = if proto.host { None } else { meetings.first() };
        let parties: Option<(&Actor, &Actor)> = before
            .checked_sub(1)
            .map(|i| (&meetings[i].2, &meetings[i].3))
            // No meeting before: the two people of the latest sentence
            // before that named two ("Speaking alongside President Saakashvili, Mr Bush
            // said ... The two leaders held talks"), not a later meeting of
            // others.
            .or_else(|| {
                let before = proto.sentence.checked_sub(1)?;
                latest_named(&found.sentence_people, before)
            })
            .or(first.map(|m| (&m.2, &m.3)))
            // No meeting: the people last named together.
            .or_else(|| latest_named(&found.named_pairs, proto.sentence))
            // Nor any: the countries related so far ("Britain and
            // Argentina agreed to restore ties. ... the two delegations
            // would meet again").
            .or(main_pair);
        let parties = match &separate {
            Some((sentence, a, b)) if *sentence == proto.sentence => {
                Some((a, b))
            }
            _ => parties,
        };
        // "The two countries" with nothing else to be: the last two of
        // two countries named together ("Zambia and Tanzania reopened
        // their border. Both countries restored ties"; not for "they").
        let countries = main_pair
            .or(parties)
            .or_else(|| latest_named(&found.named_countries, proto.sentence));
        // "The two leaders" with nothing else to be: the only two people
        // of two countries the story names so far, named in one sentence
        // ("Netanyahu Gets A Bear Hug From Modi / The two leaders held
        // talks"); not for "the two countries".
        let parties =
            parties.or_else(|| found.two_people(gazetteer, proto.sentence));
        // Nor those: the two countries the story names most so far
        // ("Kazakhstan tightened controls on its border with Kyrgyzstan.
        // ... Deputy prime ministers of the two countries met").
        let fallback = match countries {
            None if names_countries(&proto.parties) => {
                most_named.upto(&resolved.mentions, proto.sentence)
            }
            _ => None,
        };
        let countries = countries.or(fallback.as_ref().map(|(a, b)| (a, b)));
        let mut emit = |source: &Actor, target: &Actor| {
            if !related(gazetteer, source, target) {
                return;
            }
            let (lo, hi) = if source.entity <= target.entity {
                (source.entity, target.entity)
            } else {
                (target.entity, source.entity)
            };
            if !seen.insert((proto.kind, proto.sentence, lo, hi)) {
                return;
            }
            from_visit.push(proto.visit);
            out.relations.push(Relation {
                kind: proto.kind,
                status: proto.status,
                mode: proto.mode,
                source: source.clone(),
                target: target.clone(),
                trigger: proto.trigger.clone(),
                sentence: proto.sentence,
                place,
                date,
            });
        };
        for_each_pair(&proto.parties, |a, b| {
            let collective =
                a == b && matches!(a, Slot::Parties | Slot::Countries);
            if collective {
                if let [x, y] = expand(a, parties, countries).as_slice() {
                    emit(x, y);
                }
                return;
            }
            for x in expand(a, parties, countries) {
                for y in expand(b, parties, countries) {
                    emit(&x, &y);
                }
            }
        });
        // A lone subject's partner: the other party of its latest meeting
        // before it, else of its first one.
        if let Some(lone) = &proto.lone {
            let involving = |m: &&Meeting| {
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
                emit(lone, partner);
            }
        }
    }
    drop_hosted_visits(&mut out.relations, &from_visit);
    out.relations.sort_by_key(|r| (r.sentence, r.trigger.start, r.kind));
    out.events.sort_by_key(|e| (e.sentence, e.trigger.start, e.kind));
    out
}

/// Counts of the countries a document names (countries and demonyms), kept
/// up to a sentence as the relation stage walks forward, so that a story
/// of many sentences is read once.
#[derive(Default)]
struct MostNamed {
    /// Mentions counted so far.
    next: usize,
    /// Per country, in the order first named: how often named.
    counts: Vec<(EntityId, u32)>,
}

impl MostNamed {
    /// The two countries named most often up to sentence `upto` (the
    /// earlier named first on a tie), when no third is named as often as
    /// the second.
    fn upto(
        &mut self,
        mentions: &[Mention],
        upto: usize,
    ) -> Option<(Actor, Actor)> {
        if mentions
            .get(self.next.saturating_sub(1))
            .is_some_and(|m| m.sentence > upto)
        {
            *self = Self::default();
        }
        while let Some(m) =
            mentions.get(self.next).filter(|m| m.sentence <= upto)
        {
            self.next += 1;
            // A capital that stands for its country counts as its name.
            let named =
                matches!(m.kind, MentionKind::Country | MentionKind::Demonym)
                    || (m.kind == MentionKind::Place && m.stands_for_country);
            let (true, Some(c)) = (named, m.country) else {
                continue;
            };
            match self.counts.iter_mut().find(|e| e.0 == c) {
                Some(e) => e.1 += 1,
                None => self.counts.push((c, 1)),
            }
        }
        // One pass: the first two by count and the best count after them.
        let (mut first, mut second): (Option<(EntityId, u32)>, _) =
            (None, None::<(EntityId, u32)>);
        let mut third = 0;
        for &(c, n) in &self.counts {
            if first.is_none_or(|f| n > f.1) {
                third = third.max(second.map_or(0, |s| s.1));
                second = first;
                first = Some((c, n));
            } else if second.is_none_or(|s| n > s.1) {
                third = third.max(second.map_or(0, |s| s.1));
                second = Some((c, n));
            } else {
                third = third.max(n);
            }
        }
        match (first, second) {
            (Some(a), Some(b)) if third < b.1 => {
                Some((Actor::country(a.0), Actor::country(b.0)))
            }
            _ => None,
        }
    }
}

/// A visit to a country gives way to a meeting of the visitor with a named
/// host of that country in the same sentence ("Tinubu travelled to Paris
/// to meet Macron": Tinubu met Macron, not France), so that at entity level
/// the visit is with its leader; at country level the pair is the same.
/// An unnamed official's visit gives way to a meeting of any of their
/// country's people ("Wang Yi met Jaishankar in New Delhi, the first visit
/// by China's top diplomat").
fn drop_hosted_visits(relations: &mut Vec<Relation>, from_visit: &[bool]) {
    let hosted: Vec<bool> = relations
        .iter()
        .zip(from_visit)
        .map(|(r, &visit)| {
            let EntityRef::Known(host) = r.target.entity else { return false };
            // The visitor, or, for an unnamed official ("China's top
            // diplomat", whose entity is the country), anyone of theirs.
            let unnamed = r
                .source
                .country
                .is_some_and(|c| r.source.entity == EntityRef::Known(c));
            let visitor = |a: &Actor| {
                a.entity == r.source.entity
                    || (unnamed && a.country == r.source.country)
            };
            visit
                && r.target.country == Some(host)
                && relations.iter().zip(from_visit).any(|(o, &v)| {
                    !v && o.kind == RelationKind::Meeting
                        && o.sentence == r.sentence
                        && ((visitor(&o.source)
                            && o.target.country == Some(host))
                            || (visitor(&o.target)
                                && o.source.country == Some(host)))
                })
        })
        .collect();
    let mut flags = hosted.into_iter();
    relations.retain(|_| !flags.next().expect("one flag per relation"));
}

/// Whether two actors can be related: not the same entity, not two actors
/// of one country. A listed person also belongs to their gazetteer
/// country when the text gives them none ("former Prime Minister X ...
/// improved relations with Uzbekistan" is domestic all the same).
fn related(gazetteer: &Gazetteer, a: &Actor, b: &Actor) -> bool {
    if a.entity == b.entity {
        return false;
    }
    let countries = |x: &Actor| {
        let listed = match x.entity {
            EntityRef::Known(id) => gazetteer.entity(id).country,
            EntityRef::Discovered(_) => None,
        };
        [x.country, listed]
    };
    let (ca, cb) = (countries(a), countries(b));
    !ca.iter().flatten().any(|x| cb.iter().flatten().any(|y| x == y))
}

/// The document's meetings between named actors, in order, from frames
/// small enough to be pairs; a pair of one country is none (the nearest
/// person "visiting" the dateline's city of their own country is not
/// what "the two" later mean).
fn meetings(
    gazetteer: &Gazetteer,
    protos: &[Proto],
    max: usize,
) -> Vec<Meeting> {
    let mut out = vec![];
    for p in protos {
        if p.kind != RelationKind::Meeting
            || p.host
            || is_multilateral(&p.parties, max)
        {
            continue;
        }
        for_each_pair(&p.parties, |a, b| {
            // One named twice ("visit Bush ... told the president") meets
            // no one, nor does one country: such a pair is dropped, and no
            // collective means it.
            if let (Slot::Actor(a), Slot::Actor(b)) = (a, b) {
                if related(gazetteer, a, b) {
                    out.push((
                        p.sentence,
                        p.trigger.start,
                        a.clone(),
                        b.clone(),
                    ));
                }
            }
        });
    }
    // Frames come in trigger order except the military lists read after
    // a sentence's triggers: sort (stable) for the binary searches.
    out.sort_by_key(|m| (m.0, m.1));
    out
}

/// Whether a frame's parties include "both countries" or the like.
fn names_countries(parties: &Parties) -> bool {
    names_slot(parties, &Slot::Countries)
}

/// Whether a frame's parties include "both sides" or the like.
fn names_parties(parties: &Parties) -> bool {
    names_slot(parties, &Slot::Parties)
}

fn names_slot(parties: &Parties, slot: &Slot) -> bool {
    let has = |slots: &[Slot]| slots.contains(slot);
    match parties {
        Parties::Cross { left, right, .. } => has(left) || has(right),
        Parties::Within(group) => has(group),
        Parties::Collective(s) => s == slot,
        Parties::None => false,
    }
}

/// After each relation of the document (in text order), the pair of
/// countries related most often so far, the latest on a tie: one pass, a
/// count per pair.
fn main_country_pairs(protos: &[Proto], max: usize) -> Vec<Meeting> {
    let mut pairs: Vec<(usize, usize, EntityId, EntityId)> = vec![];
    for p in protos {
        if p.host || is_multilateral(&p.parties, max) {
            continue;
        }
        for_each_pair(&p.parties, |a, b| {
            if let (Slot::Actor(a), Slot::Actor(b)) = (a, b) {
                if let (Some(x), Some(y)) = (a.country, b.country) {
                    if x != y {
                        pairs.push((p.sentence, p.trigger.start, x, y));
                    }
                }
            }
        });
    }
    pairs.sort_by_key(|m| (m.0, m.1));
    let mut counts: rustc_hash::FxHashMap<(EntityId, EntityId), usize> =
        rustc_hash::FxHashMap::default();
    // The pair as last written (text order of its actors).
    let mut best: Option<((EntityId, EntityId), usize)> = None;
    let mut out = Vec::with_capacity(pairs.len());
    for (sentence, start, x, y) in pairs {
        let n = counts.entry((x.min(y), x.max(y))).or_insert(0);
        *n += 1;
        // The best pair's own count only grows: it stays best or is
        // overtaken.
        if best.is_none_or(|(_, most)| *n >= most) {
            best = Some(((x, y), *n));
        }
        let ((a, b), _) = best.expect("set above");
        out.push((sentence, start, Actor::country(a), Actor::country(b)));
    }
    out
}

/// Whether `actor` acts for a country (not an organisation).
fn of_country(gazetteer: &Gazetteer, actor: &Actor) -> bool {
    actor.country.is_some_and(|c| {
        gazetteer.entity(c).kind == crate::gazetteer::EntityKind::Country
    })
}

/// The latest pair of `named` (sorted by sentence) named up to sentence
/// `sentence`.
fn latest_named(
    named: &[(usize, Actor, Actor)],
    sentence: usize,
) -> Option<(&Actor, &Actor)> {
    let upto = named.partition_point(|p| p.0 <= sentence);
    upto.checked_sub(1).map(|i| (&named[i].1, &named[i].2))
}

/// A collective slot's actors: "both sides" the parties given, "both
/// countries" the countries given.
fn expand(
    slot: &Slot,
    parties: Option<(&Actor, &Actor)>,
    countries: Option<(&Actor, &Actor)>,
) -> Vec<Actor> {
    match (slot, parties, countries) {
        (Slot::Actor(a), _, _) => vec![a.clone()],
        (Slot::Parties, Some((a, b)), _) => vec![a.clone(), b.clone()],
        (Slot::Countries, _, Some((a, b))) => [a.country, b.country]
            .into_iter()
            .flatten()
            .map(Actor::country)
            .collect(),
        _ => vec![],
    }
}

/// A frame with too many parties for pairs: one event, each named party
/// once, in text order.
fn event(
    proto: &Proto,
    place: Option<EntityId>,
    date: Option<Date>,
) -> Option<Event> {
    let slots: Box<dyn Iterator<Item = &Slot>> = match &proto.parties {
        Parties::Cross { left, right, .. } => {
            Box::new(left.iter().chain(right))
        }
        Parties::Within(group) => Box::new(group.iter()),
        _ => return None,
    };
    let mut seen = FxHashSet::default();
    let parties: Vec<Actor> = slots
        .filter_map(|s| match s {
            Slot::Actor(a) => Some(a),
            _ => None,
        })
        .filter(|a| seen.insert(a.entity))
        .cloned()
        .collect();
    (parties.len() >= 2).then(|| Event {
        kind: proto.kind,
        status: proto.status,
        mode: proto.mode,
        parties,
        trigger: proto.trigger.clone(),
        sentence: proto.sentence,
        place,
        date,
    })
}

/// The most specific non-actor place among a sentence's mentions; not a
/// region's adjective, its name and a suffix in one word ("the two South
/// American neighbors").
fn sentence_place(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &[Mention],
) -> Option<EntityId> {
    let mut best: Option<(u8, EntityId)> = None;
    for m in mentions {
        if m.kind != MentionKind::Place || m.stands_for_country {
            continue;
        }
        let Some(EntityRef::Known(id)) = m.entity else { continue };
        let name = gazetteer.entity(id).name.as_bytes();
        let surface = text[m.span.clone()].as_bytes();
        if surface.len() > name.len()
            && surface[..name.len()].eq_ignore_ascii_case(name)
            && surface[name.len()].is_ascii_alphabetic()
        {
            continue;
        }
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
