//! Chunks: the actors of a sentence, from its resolved mentions.

use std::ops::Range;

use crate::gazetteer::{EntityId, EntityKind, Gazetteer};
use crate::lexicon::{Lexicon, WordClass};
use crate::resolve::{EntityRef, Mention, MentionKind, Resolved};

use super::super::rules::{hits, RelationRules};
use super::super::Actor;
use super::{
    Chunk, ChunkKind, DocScan, SentenceModel, Shape, Slot, POSSESSIVE,
};

/// An unnamed official noun found after a name.
struct Noun {
    end: usize,
    military: bool,
}

/// Title words that make a longer title a lower rank than its last word
/// ("vice-president", "deputy-prime-minister").
const LOWER_RANK: [&str; 6] =
    ["vice", "deputy", "assistant", "under", "junior", "associate"];

impl SentenceModel<'_> {
    pub(super) fn build_chunks(
        &mut self,
        rules: &RelationRules,
        gazetteer: &Gazetteer,
        scan: &DocScan,
        resolved: &Resolved,
    ) {
        let mentions = self.mentions;
        for (i, m) in mentions.iter().enumerate() {
            // "President Bush" with no date: an unnamed official of the
            // country every candidate shares.
            if let (None, MentionKind::Person, Some(country)) =
                (m.entity, m.kind, m.country)
            {
                if !self.former(m.phrase_start, m.span.start) {
                    let actor = Actor::official(country, m.role);
                    self.push_chunk(
                        Slot::Actor(actor),
                        m.phrase_start..m.span.end,
                        ChunkKind::Official,
                        false,
                    );
                    if let Some(chunk) = self.chunks.last_mut() {
                        chunk.by_name = true;
                    }
                }
                continue;
            }
            let Some(entity) = m.entity else { continue };
            let actor = |country, role| Actor { entity, country, role };
            match m.kind {
                MentionKind::Person => {
                    // One acting for an organisation ("U.N.
                    // Secretary-General Kofi Annan") represents it; one
                    // titled with a country ("Soviet Foreign Minister
                    // Eduard Shevardnadze") that country.
                    // So does one serving a country not their own at the
                    // time (`foreign-minister@RUS`).
                    let served = |c: EntityId| match entity {
                        EntityRef::Known(id) => gazetteer
                            .entity(id)
                            .roles
                            .iter()
                            .any(|t| t.body == Some(c)),
                        EntityRef::Discovered(_) => false,
                    };
                    let acting_for = m.country.filter(|&c| {
                        gazetteer.entity(c).kind == EntityKind::Organisation
                            || m.role.is_some()
                            || served(c)
                    });
                    let country = match entity {
                        EntityRef::Known(id) => {
                            acting_for.or(gazetteer.entity(id).country)
                        }
                        // One who leads a country's delegation is of its
                        // country, whatever the dateline.
                        EntityRef::Discovered(d) => resolved.discovered
                            [d as usize]
                            .country
                            .or_else(|| self.leader_of(m.phrase_start))
                            .or_else(|| {
                                self.dateline_people
                                    .get(d as usize)
                                    .copied()
                                    .unwrap_or(false)
                                    .then_some(self.dateline_country)
                                    .flatten()
                            }),
                    };
                    // "former U.S. Ambassador Richard Holbrooke" represents
                    // no country, here or later in the story ("deposed
                    // Prime Minister Bavadra ... Bavadra met Hawke").
                    if (self.former(m.phrase_start, m.span.start)
                        || self.former_after(m.span.end)
                        || self.fled_after(m.span.end))
                        && !self.former_people.contains(&entity)
                    {
                        self.former_people.push(entity);
                    }
                    // "Mwai Kibaki of Kenya": the country after "of" is
                    // part of the name's phrase, and the country of one
                    // the gazetteers do not place.
                    let of_country = mentions.get(i + 1).filter(|next| {
                        next.kind == MentionKind::Country
                            && &self.text[m.span.end..next.span.start]
                                == " of "
                    });
                    let country = if self.former_people.contains(&entity) {
                        None
                    } else {
                        country
                            .or(m.country)
                            .or(of_country.and_then(|c| c.country))
                    };
                    let end = of_country.map_or(m.span.end, |c| c.span.end);
                    // "received a special envoy of Burundian President
                    // Pierre Buyoya": an official sent by the person, of
                    // the person's country, not the person.
                    // (Not "the government of Timoci Bavadra": what is
                    // said of him, not one he sent.)
                    let sent = self.text[self.span.start..m.phrase_start]
                        .strip_suffix(" of ")
                        .and_then(|head| head.rsplit(' ').next())
                        .is_some_and(|w| {
                            SENT_BY.iter().any(|s| w.eq_ignore_ascii_case(s))
                        });
                    match country {
                        Some(c) if sent => self.push_chunk(
                            Slot::Actor(Actor::country(c)),
                            m.phrase_start..end,
                            ChunkKind::Official,
                            false,
                        ),
                        _ => self.push_chunk(
                            Slot::Actor(actor(country, m.role)),
                            m.phrase_start..end,
                            ChunkKind::Person,
                            false,
                        ),
                    }
                }
                // "(Reuters)", "AFP - ": a wire credit, not an actor.
                MentionKind::Organisation if self.credit(m.span.clone()) => {}
                MentionKind::Organisation => {
                    self.organisation_chunk(rules, scan, i, actor(None, None))
                }
                MentionKind::Place => {
                    // A capital standing for its country, or any place
                    // after "officials from" ("Ministers from Paris and
                    // Berlin").
                    let from_officials = self
                        .official_before(rules, m.span.start)
                        || self.coordinated_with_official(m.span.start);
                    if (m.stands_for_country || from_officials)
                        && m.country.is_some()
                    {
                        // "a senior White House delegation", "Kremlin
                        // officials": with an official's noun right after
                        // it, the seat of power names officials, who go
                        // and meet.
                        let noun = (m.stands_for_country && !from_officials)
                            .then(|| {
                                self.official_noun(rules, m.span.end, true)
                            })
                            .flatten();
                        let (end, kind, military) = match noun {
                            Some(n) => {
                                (n.end, ChunkKind::Official, n.military)
                            }
                            None if from_officials => {
                                (m.span.end, ChunkKind::Official, false)
                            }
                            None => (m.span.end, ChunkKind::Capital, false),
                        };
                        self.push_chunk(
                            Slot::Actor(actor(m.country, None)),
                            m.span.start..end,
                            kind,
                            military,
                        );
                    }
                }
                // "The Pope arrived in Iraq": a role only one country has;
                // "held talks with the emir in Doha": one no country claims
                // alone is the office of the place right after it.
                MentionKind::Role
                    if !m.in_phrase
                        && !self.former(m.span.start, m.span.start) =>
                {
                    let country = office_country(gazetteer, m)
                        .or_else(|| self.office_in_place(gazetteer, i));
                    if let Some(country) = country {
                        let actor = Actor::official(country, m.role);
                        self.push_chunk(
                            Slot::Actor(actor),
                            m.span.clone(),
                            ChunkKind::Official,
                            false,
                        );
                    } else if let Some(actor) =
                        self.holder_named_before(gazetteer, resolved, i)
                    {
                        self.push_chunk(
                            Slot::Actor(actor),
                            m.span.clone(),
                            ChunkKind::Person,
                            false,
                        );
                    }
                }
                // "BAGHDAD, Iraq (Reuters) -": where the story was filed.
                MentionKind::Country
                    if super::dateline_city_country(
                        self.text,
                        m.span.clone(),
                    )
                    .is_some_and(|line| line >= self.span.start) => {}
                MentionKind::Country | MentionKind::Demonym
                    if !m.in_phrase && !self.community(i) =>
                {
                    self.country_chunk(rules, scan, i)
                }
                _ => {}
            }
        }
        self.collective_chunks(scan);
        self.chunks
            .sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
        // Drop chunks nested in an earlier one.
        let mut kept = 0;
        for k in 0..self.chunks.len() {
            if kept > 0
                && self.chunks[k].span.start < self.chunks[kept - 1].span.end
            {
                continue;
            }
            self.chunks.swap(kept, k);
            kept += 1;
        }
        self.chunks.truncate(kept);
        // "a US-brokered deal", "the UN-mediated talks": the broker is no
        // party.
        let text = self.text;
        self.chunks.retain(|a| !is_attributive(text, a.span.end));
        self.merge_named_officials();
    }

    /// "New Delhi extended credit lines to its island neighbor": "its", at
    /// most two lowercase words and "neighbor" (or "neighbour") name the
    /// country the document named last, before the phrase, that is not the
    /// country of the nearest actor before it in the sentence (whose
    /// neighbour it is). The sentence's first such phrase only.
    pub(super) fn neighbour_chunk(&mut self, resolved: &Resolved) {
        let body = &self.text[self.span.clone()];
        let Some(at) = body.find(" neighbo") else { return };
        let noun_start = self.span.start + at + 1;
        let rest = &self.text[noun_start..self.span.end];
        let Some(noun) = ["neighbour", "neighbor"]
            .into_iter()
            .find(|w| rest.starts_with(w))
        else {
            return;
        };
        let end = noun_start + noun.len();
        if self.text[end..].starts_with(|c: char| c.is_alphanumeric()) {
            return;
        }
        // Back over at most two lowercase words to "its".
        let mut start = noun_start - 1;
        let mut words = 0;
        let found = loop {
            let head = &self.text[self.span.start..start];
            let word_start = head
                .rfind(' ')
                .map_or(self.span.start, |k| self.span.start + k + 1);
            let word = &self.text[word_start..start];
            if word == "its" {
                break Some(word_start);
            }
            let lower = !word.is_empty()
                && word.chars().all(|c| c.is_lowercase() || c == '-');
            if !lower || words == 2 || word_start == self.span.start {
                break None;
            }
            words += 1;
            start = word_start - 1;
        };
        let Some(start) = found else { return };
        let owner = self
            .chunks
            .iter()
            .filter(|c| c.span.end <= start)
            .max_by_key(|c| c.span.end)
            .and_then(|c| c.actor())
            .and_then(|a| a.country);
        let Some(owner) = owner else { return };
        // (A binary search: mentions are in text order.)
        let upto = resolved.mentions.partition_point(|m| m.span.start < start);
        let neighbour = resolved.mentions[..upto]
            .iter()
            .rev()
            .filter(|m| m.span.end <= start)
            .filter(|m| {
                matches!(m.kind, MentionKind::Country | MentionKind::Demonym)
            })
            .find_map(|m| m.country.filter(|&c| c != owner));
        if let Some(country) = neighbour {
            self.insert_country_chunk(country, start..end);
        }
    }

    /// "Nano said Italy would send patrol boats to help his country": "his
    /// country", "her country", "his government" or "her government"
    /// ("pledged Tokyo's support for her government") names the country of
    /// the nearest person
    /// or official before it in the sentence. The sentence's first such
    /// phrase only.
    pub(super) fn own_country_chunk(&mut self) {
        let body = &self.text[self.span.clone()];
        const PHRASES: [&str; 4] = [
            " his country",
            " her country",
            " his government",
            " her government",
        ];
        let Some((at, len)) = PHRASES
            .into_iter()
            .filter_map(|p| body.find(p).map(|at| (at, p.len())))
            .min()
        else {
            return;
        };
        let start = self.span.start + at + 1;
        let end = start + len - 1;
        if self.text[end..].starts_with(|c: char| {
            c.is_alphanumeric() || c == '\'' || c == '’'
        }) {
            return;
        }
        let owner = self
            .chunks
            .iter()
            .filter(|c| c.span.end <= start && c.is_personal())
            .max_by_key(|c| c.span.end)
            .and_then(|c| c.actor())
            .and_then(|a| a.country);
        if let Some(country) = owner {
            self.insert_country_chunk(country, start..end);
        }
    }

    /// "Trump Once Rejected North Korea Visit. Now He Has Deal With Its
    /// Leader": "its" and an official's noun ("its leader", "its foreign
    /// minister", "its government") name an official of the country the
    /// document names last before it, in this sentence or the one before,
    /// when that name is a country's (not an organisation's or a
    /// company's). The sentence's first such phrase only.
    pub(super) fn its_official_chunk(
        &mut self,
        rules: &RelationRules,
        resolved: &Resolved,
    ) {
        let body = &self.text[self.span.clone()];
        let Some(at) = body
            .match_indices("its ")
            .chain(body.match_indices("Its "))
            .map(|(i, _)| i)
            .filter(|&i| {
                i == 0 || !body[..i].ends_with(|c: char| c.is_alphanumeric())
            })
            .min()
        else {
            return;
        };
        let start = self.span.start + at;
        let Some(noun) = self.official_noun(rules, start + 3, true) else {
            return;
        };
        let sentence = self.sentence_idx;
        // Mentions are in text order: a binary search, not a walk back
        // from the document's end (linear in a long document).
        let upto = resolved.mentions.partition_point(|m| m.span.start < start);
        let last = resolved.mentions[..upto]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 1 >= sentence)
            .find(|m| {
                matches!(
                    m.kind,
                    MentionKind::Country
                        | MentionKind::Organisation
                        | MentionKind::Place
                )
            });
        let Some(owner) = last else { return };
        let country = match owner.kind {
            MentionKind::Country => owner.country,
            MentionKind::Place if owner.stands_for_country => owner.country,
            _ => None,
        };
        if let Some(country) = country {
            if !self
                .chunks
                .iter()
                .any(|c| c.span.start < noun.end && start < c.span.end)
            {
                let at = self.chunks.partition_point(|c| c.span.start < start);
                let slot = Slot::Actor(Actor::country(country));
                self.push_chunk(
                    slot,
                    start..noun.end,
                    ChunkKind::Official,
                    noun.military,
                );
                self.chunks[at..].rotate_right(1);
            }
        }
    }

    /// A country chunk over `span`, in text order, unless it overlaps one
    /// (chunks never overlap).
    fn insert_country_chunk(&mut self, country: EntityId, span: Range<usize>) {
        if self
            .chunks
            .iter()
            .any(|c| c.span.start < span.end && span.start < c.span.end)
        {
            return;
        }
        let at = self.chunks.partition_point(|c| c.span.start < span.start);
        let slot = Slot::Actor(Actor::country(country));
        self.push_chunk(slot, span, ChunkKind::Country, false);
        self.chunks[at..].rotate_right(1);
    }

    fn push_chunk(
        &mut self,
        slot: Slot,
        span: Range<usize>,
        kind: ChunkKind,
        military: bool,
    ) {
        self.chunks.push(Chunk {
            slot,
            span,
            kind,
            toks: 0..0,
            military,
            joined_prev: false,
            by_name: false,
        });
    }

    /// "Biden Announces Aid For Ukraine / ... after the president spoke by
    /// phone with Zelenskyy": "the" and a title no country claims, with no
    /// name or "of" after it, is the first person the document named
    /// before it who holds that title (given it there, or holding it in the
    /// gazetteer): the story's own, as its headline names them ("Trump
    /// Cancels Meeting With Putin / The president cited ..."); no one if
    /// the story calls them former.
    fn holder_named_before(
        &mut self,
        gazetteer: &Gazetteer,
        resolved: &Resolved,
        i: usize,
    ) -> Option<Actor> {
        let m = &self.mentions[i];
        let Some(EntityRef::Known(role)) = m.entity else { return None };
        let before = self.text[..m.span.start].trim_end_matches(' ');
        let the = before.len() >= 3
            && before.as_bytes()[before.len() - 3..]
                .eq_ignore_ascii_case(b"the")
            && !before[..before.len() - 3]
                .ends_with(|c: char| c.is_alphanumeric());
        let after = &self.text[m.span.end..self.span.end];
        // A name right after it, or after its comma ("the president, Joe
        // Biden,"), is its holder's own mention; a clause set off by the
        // comma is not ("The chancellor, on her last trip, met ...").
        let named_after = after.starts_with(" of ")
            || self
                .mentions
                .get(i + 1)
                .is_some_and(|next| next.span.start <= m.span.end + 2);
        if !the || named_after {
            return None;
        }
        // Read on from where the last title stopped, up to this one or
        // its first holder: one pass over the document at most, however
        // many titles it has.
        while !self.first_holders.contains_key(&role) {
            let Some(p) = resolved.mentions.get(self.holders_read) else {
                break;
            };
            if p.span.start >= m.span.start {
                break;
            }
            let k = self.holders_read;
            self.holders_read += 1;
            let Some(entity) = p.entity else { continue };
            if p.kind != MentionKind::Person {
                continue;
            }
            let held = match entity {
                EntityRef::Known(id) => gazetteer.entity(id).roles.as_slice(),
                EntityRef::Discovered(_) => &[],
            };
            for r in p.role.iter().chain(held.iter().map(|t| &t.role)) {
                self.first_holders.entry(*r).or_insert(k);
            }
        }
        let first = match self.first_holders.get(&role) {
            Some(&k) => k,
            // "Foreign Minister Tyronne Fernando held talks ... before the
            // minister left for Dhaka": a bare title that names its role
            // class ("minister", class `minister`) is the first holder of
            // any role of that class (a ministry, not the prime minister's
            // office, class `head_of_government`).
            // "Saudi Crown Prince ... before the prince jets off": so is
            // a bare title that ends a longer title's name of the same
            // rank (not "the president" for a vice-president).
            None => {
                let id = gazetteer.entity(role).id.as_str();
                let class = gazetteer.entity(role).role_class.as_deref();
                let same_class = class == Some(id);
                let narrower = |r: &crate::gazetteer::EntityId| {
                    let longer = gazetteer.entity(*r).id.as_str();
                    longer.strip_suffix(id).is_some_and(|head| {
                        head.ends_with('-')
                            && !LOWER_RANK.iter().any(|w| head.starts_with(w))
                    })
                };
                self.first_holders
                    .iter()
                    .filter(|(r, _)| {
                        if same_class {
                            gazetteer.entity(**r).role_class.as_deref()
                                == class
                        } else {
                            narrower(r)
                        }
                    })
                    .map(|(_, &k)| k)
                    .min()?
            }
        };
        let p = &resolved.mentions[first];
        let entity = p.entity?;
        if p.span.start >= m.span.start || self.former_people.contains(&entity)
        {
            return None;
        }
        let country = p.country.or(match entity {
            EntityRef::Known(id) => gazetteer.entity(id).country,
            EntityRef::Discovered(d) => {
                resolved.discovered[d as usize].country
            }
        });
        Some(Actor { entity, country, role: Some(role) })
    }

    /// "a Hamas delegation", "NATO officials": an unnamed official of the
    /// organisation.
    fn organisation_chunk(
        &mut self,
        rules: &RelationRules,
        scan: &DocScan,
        i: usize,
        actor: Actor,
    ) {
        let text = self.text;
        let m = &self.mentions[i];
        let after =
            m.span.end + possessive_len(&text[m.span.end..self.span.end]);
        let bare = after == m.span.end;
        let noun = self.official_noun(rules, after, bare);
        let role_next = self.role_next(scan, i, after, false);
        let (end, kind, military) = match (noun, role_next) {
            (_, Some(r)) => (r.span.end, ChunkKind::Official, false),
            (Some(n), None) => (n.end, ChunkKind::Official, n.military),
            (None, None) if self.official_before(rules, m.span.start) => {
                (m.span.end, ChunkKind::Official, false)
            }
            // "this year's G20 host": after a possessive, before a noun,
            // the name only modifies the noun.
            (None, None) if bare && self.modifies_noun(m.span.clone()) => {
                return;
            }
            (None, None) => (m.span.end, ChunkKind::Organisation, false),
        };
        let start = m.span.start;
        self.push_chunk(Slot::Actor(actor), start..end, kind, military);
    }

    /// The role mention right after `i` (within 24 bytes of `after`, only
    /// lowercase modifiers between): "the Russian [foreign minister]", not
    /// "the European Union [and later meet] President".
    fn role_next(
        &self,
        scan: &DocScan,
        i: usize,
        after: usize,
        hyphen: bool,
    ) -> Option<&'_ Mention> {
        let text = self.text;
        self.mentions.get(i + 1).filter(|r| {
            r.kind == MentionKind::Role
                && r.span.start >= after
                && r.span.start - after <= 24
                && text[after..r.span.start].chars().all(|c| {
                    c == ' ' || c.is_lowercase() || (hyphen && c == '-')
                })
                // "China sent an envoy": a determiner starts another
                // phrase; "an Afghan rebel leader" leads no state.
                && !text[after..r.span.start].split_whitespace().any(|w| {
                    let classes = self.lexicon.classes(w);
                    classes.has(WordClass::PhraseEnd)
                        || classes.has(WordClass::Determiner)
                        || classes.has(WordClass::Civilian)
                })
                // "Mwai Kibaki of Kenya met President Museveni": a
                // trigger between is no modifier of the role.
                && scan.triggers_in(after..r.span.start).next().is_none()
        })
    }

    /// The country of the place named right after the role mention `i`
    /// with "in" ("the emir in Doha", "the president in Kabul"); not a
    /// diplomat's, who is posted there from elsewhere ("his ambassador in
    /// Nairobi").
    fn office_in_place(
        &self,
        gazetteer: &Gazetteer,
        i: usize,
    ) -> Option<crate::gazetteer::EntityId> {
        let role = &self.mentions[i];
        let posted = role.role.is_some_and(|r| {
            gazetteer.entity(r).role_class.as_deref() == Some("diplomat")
        });
        if posted {
            return None;
        }
        let next = self.mentions.get(i + 1)?;
        let place =
            matches!(next.kind, MentionKind::Place | MentionKind::Country);
        let gap = &self.text[role.span.end..next.span.start];
        (place && gap == " in ").then_some(next.country).flatten()
    }

    /// Whether the organisation at `span` is a wire credit: in
    /// parentheses, or followed by a dash, among the first three words of
    /// its sentence ("BEIJING (Reuters) -", "AFP - China ...").
    fn credit(&self, span: Range<usize>) -> bool {
        let head = &self.text[self.span.start..span.start];
        let after = &self.text[span.end..self.span.end];
        let bracketed = head.ends_with('(') && after.starts_with(')');
        // "MANHASSET, New York, June 12 (Reuters) -": a bracketed credit
        // before the dash of a longer dateline.
        let words = head.split_whitespace().count();
        if bracketed
            && words <= 8
            && [") -", ") \u{2014}", ") \u{2013}"]
                .iter()
                .any(|d| after.starts_with(d))
        {
            return true;
        }
        if words > 3 {
            return false;
        }
        bracketed
            || after.starts_with(" -")
            || after.starts_with(" \u{2014}")
            || after.starts_with(" \u{2013}")
    }

    /// The official noun that starts the rest of the sentence at `after`
    /// ("officials", "security forces").
    fn official_noun(
        &self,
        rules: &RelationRules,
        after: usize,
        bare: bool,
    ) -> Option<Noun> {
        let re = rules.cues.official_noun.as_ref()?;
        let mut rest = &self.text[after..self.span.end];
        let mut m = re.find(rest)?;
        // The words before the noun modify it ("Iraqi security forces");
        // a preposition, a determiner or a conjunction among them starts
        // another phrase: the noun, if any, ends before it ("US troops and
        // diplomats" are troops; "a U.S. request for troops" names none).
        // So does a verb, and after a bare name (no demonym, no
        // possessive) any past form: "Britain sent troops", "NATO deployed
        // forces" name the sender, not an official ("Iraqi armed forces"
        // do); so does a present form ("Japan provides military aid").
        let matched = rest[..m.end()].trim_end();
        let modifiers = &matched[..matched.rfind(' ').unwrap_or(0)];
        let mut offset = 0;
        let mut words = modifiers.split(' ').peekable();
        while let Some(w) = words.next() {
            // "an Afghan rebel leader", "Kurdish militant commanders": the
            // leader of people who are not the state's.
            if self.lexicon.is(w, WordClass::Civilian) {
                return None;
            }
            // A present form: "-s" before anything but a coordinator
            // ("US troops and diplomats" are troops and diplomats).
            let present = w.ends_with('s')
                && !w.ends_with("ss")
                && !words.peek().is_some_and(|n| {
                    self.lexicon.is(n, WordClass::Coordinator)
                });
            let function_word = self.lexicon.classes(w).is_function()
                || (bare && w.len() > 3 && (w.ends_with("ed") || present));
            if function_word && !w.is_empty() {
                rest = &rest[..offset];
                m = re.find(rest)?;
                break;
            }
            offset += w.len() + 1;
        }
        // A noun after a singular one makes it a modifier: "Chinese
        // military equipment", "the U.S. army base" name no official
        // ("US forces battle insurgents": a plural is the head).
        let next = rest[m.end()..]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next());
        if !rest[..m.end()].ends_with('s')
            && next.is_some_and(|w| self.is_plain_noun(w))
        {
            return None;
        }
        let military = hits(&rules.cues.military, &rest[..m.end()]);
        Some(Noun { end: after + m.end(), military })
    }

    /// Whether an official noun and "of" or "from" stand right before
    /// `pos` ("the leaders of", "a delegation from the").
    fn official_before(&self, rules: &RelationRules, pos: usize) -> bool {
        let from = self.words_back_text(pos, 4);
        hits(&rules.cues.official_of, &self.text[from..pos])
    }

    /// Byte start of the last `n` whitespace-separated words before `pos`
    /// in the sentence (tokens are not built yet for every caller).
    fn words_back_text(&self, pos: usize, n: usize) -> usize {
        // Callers pass positions inside the sentence (resolve keeps every
        // phrase in its sentence); clamped all the same, so that a slip
        // there cannot panic here.
        let pos = pos.clamp(self.span.start, self.span.end);
        let head = &self.text[self.span.start..pos];
        let mut count = 0;
        let mut in_word = false;
        for (i, c) in head.char_indices().rev() {
            if c.is_whitespace() {
                if in_word {
                    count += 1;
                    if count == n {
                        return self.span.start + i + c.len_utf8();
                    }
                }
                in_word = false;
            } else {
                in_word = true;
            }
        }
        self.span.start
    }

    /// The country of the official right before "led by" or "headed by"
    /// at `pos` ("The Chinese delegation, led by Vice Premier Wu Yi": the
    /// one who leads it is of its country).
    fn leader_of(&self, pos: usize) -> Option<EntityId> {
        let prev = self.chunks.last()?;
        if prev.kind != ChunkKind::Official || prev.span.end > pos {
            return None;
        }
        // A lowercase title may stand between ("led by presidential
        // adviser Laureano Ortega").
        let gap = self.text[prev.span.end..pos].trim_start_matches(',');
        let rest = gap
            .strip_prefix(" led by ")
            .or_else(|| gap.strip_prefix(" headed by "))?;
        rest.chars()
            .all(|c| c == ' ' || c.is_lowercase())
            .then(|| prev.actor().and_then(|a| a.country))
            .flatten()
    }

    /// Whether `pos` follows "and" right after an unnamed official ("from
    /// Brasília and Buenos Aires": the second place shares the first one's
    /// "officials from").
    fn coordinated_with_official(&self, pos: usize) -> bool {
        self.chunks.last().is_some_and(|prev| {
            prev.kind == ChunkKind::Official
                && prev.span.end <= pos
                && is_coordination_text(&self.text[prev.span.end..pos])
        })
    }

    /// Whether demonym `i` names a community, not its state: after a
    /// `community` word ("ties between ethnic Macedonians and ethnic
    /// Albanians"), or modifying another demonym right after it, alone or
    /// coordinated ("Turkish Cypriot leaders", "the Greek and Turkish
    /// Cypriot leaders": a community of the second country, not the
    /// first).
    pub(crate) fn community(&self, i: usize) -> bool {
        let ms = self.mentions;
        let demonym = |k: usize| {
            ms.get(k).is_some_and(|m| m.kind == MentionKind::Demonym)
        };
        let gap =
            |a: usize, b: usize| &self.text[ms[a].span.end..ms[b].span.start];
        if !demonym(i) {
            return false;
        }
        let before = &self.text[self.span.start..ms[i].span.start];
        let mut words = before.trim_end().rsplit(|c: char| !c.is_alphabetic());
        if words
            .next()
            .is_some_and(|w| self.lexicon.is(w, WordClass::Community))
        {
            return true;
        }
        let next = i + 1;
        (demonym(next)
            && gap(i, next) == " "
            && ms[next].country != ms[i].country)
            || (demonym(next)
                && demonym(next + 1)
                && gap(i, next).eq_ignore_ascii_case(" and ")
                && gap(next, next + 1) == " "
                && ms[next + 1].country != ms[next].country)
    }

    /// A country or demonym mention as an actor: a country by itself; an
    /// unnamed official when a role or official noun follows ("Chinese
    /// officials", "Russia's delegation", "Russian and Ukrainian
    /// delegations") or an official noun and "of" precede ("the leaders of
    /// Brazil").
    fn country_chunk(
        &mut self,
        rules: &RelationRules,
        scan: &DocScan,
        i: usize,
    ) {
        if let Some((span, kind, role, military)) =
            self.country_reading(rules, scan, i)
        {
            // "a former Palestinian security minister": nobody's official.
            // "the Iraq war", "a U.S. request": a modifier, not an actor.
            if (kind == ChunkKind::Official
                && self.former(span.start, span.end))
                || (kind == ChunkKind::Country
                    && self.is_modifier(span.clone()))
            {
                return;
            }
            let country = self.mentions[i].country.expect("checked");
            let actor = Actor::official(country, role);
            self.push_chunk(Slot::Actor(actor), span, kind, military);
        }
    }

    /// How mention `i` (a country or demonym) acts: its span, kind, role
    /// and whether its noun is military.
    #[allow(clippy::type_complexity)]
    fn country_reading(
        &self,
        rules: &RelationRules,
        scan: &DocScan,
        i: usize,
    ) -> Option<(
        Range<usize>,
        ChunkKind,
        Option<crate::gazetteer::EntityId>,
        bool,
    )> {
        let text = self.text;
        let m = &self.mentions[i];
        m.country?;
        // "the leaders of the two Koreas": the plural's second country
        // reads as its first.
        if m.paired && i > 0 && self.mentions[i - 1].paired {
            let (_, kind, role, military) =
                self.country_reading(rules, scan, i - 1)?;
            return Some((m.span.clone(), kind, role, military));
        }
        let mut after = m.span.end;
        let rest = &text[after..self.span.end];
        after += super::POSSESSIVE
            .iter()
            .find(|p| rest.starts_with(**p))
            .map_or(0, |p| p.len());
        // Followed by a role: "the Russian minister", "Iraq's national
        // security adviser".
        let role_next = self.role_next(scan, i, after, true);
        let bare = after == m.span.end && m.kind != MentionKind::Demonym;
        let noun = self.official_noun(rules, after, bare);
        // The nearer of the two wins: "a Japanese delegation led by Foreign
        // Minister X" is a delegation; "the Russian foreign minister" a
        // role.
        match (role_next, noun) {
            (Some(role), noun)
                if noun.as_ref().is_none_or(|n| n.end > role.span.start) =>
            {
                return Some((
                    m.span.start..role.span.end,
                    ChunkKind::Official,
                    role.role,
                    false,
                ));
            }
            (_, Some(noun)) => {
                return Some((
                    m.span.start..noun.end,
                    ChunkKind::Official,
                    None,
                    noun.military,
                ))
            }
            _ => {}
        }
        // "Russian and Ukrainian delegations": the first demonym of a pair
        // shares the second one's noun.
        if m.kind == MentionKind::Demonym {
            let next = self.mentions.get(i + 1).filter(|next| {
                let gap = &text[m.span.end..next.span.start];
                matches!(
                    next.kind,
                    MentionKind::Demonym | MentionKind::Country
                ) && {
                    // (Any case: "Russian And Ukrainian Negotiators".)
                    let gap = gap.trim();
                    gap.eq_ignore_ascii_case("and")
                        || gap.eq_ignore_ascii_case("or")
                        || matches!(gap, "," | "-" | "–")
                }
            });
            if next.is_some() {
                let (_, kind, _, military) =
                    self.country_reading(rules, scan, i + 1)?;
                if kind == ChunkKind::Official {
                    return Some((
                        m.span.clone(),
                        ChunkKind::Official,
                        None,
                        military,
                    ));
                }
            }
            if self.demonym_as_nation(m.span.clone()) {
                return Some((
                    m.span.clone(),
                    ChunkKind::Country,
                    None,
                    false,
                ));
            }
            return None;
        }
        // "the Emir of Qatar", "the leaders of Brazil": an official of it.
        let role_of = i > 0
            && self.mentions[i - 1].kind == MentionKind::Role
            && matches!(
                &text[self.mentions[i - 1].span.end..m.span.start],
                " of " | " of the "
            );
        // "Navies from Malaysia, Indonesia and Singapore": forces of each.
        let noun_at = if role_of {
            None
        } else if self.official_before(rules, m.span.start) {
            Some(m.span.start)
        } else {
            self.in_officials_list(rules, i)
        };
        let kind = if role_of || noun_at.is_some() {
            ChunkKind::Official
        } else {
            ChunkKind::Country
        };
        let military =
            noun_at.is_some_and(|pos| self.military_before(rules, pos));
        Some((m.span.clone(), kind, None, military))
    }

    /// Whether the official noun before "of" or "from" right before `pos`
    /// is a military one ("Soldiers from", "the navies of the").
    fn military_before(&self, rules: &RelationRules, pos: usize) -> bool {
        hits(&rules.cues.military, self.noun_before_of(pos))
    }

    /// The words before "of", "of the" or "from" that end right before
    /// `pos`, ending with the noun ("foreign ministers" in "the foreign
    /// ministers of the Maldives").
    fn noun_before_of(&self, pos: usize) -> &str {
        let from = self.words_back_text(pos, 4);
        let before = self.text[from..pos].trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        before
            .strip_suffix(" of")
            .or_else(|| before.strip_suffix(" from"))
            .unwrap_or(before)
    }

    /// "the leaders of the Maldives, Sri Lanka and Bhutan": a bare country
    /// listed after a plural official noun and "of" is an official of its
    /// own. The list is walked back over at most 12 names, so that a list
    /// of a thousand stays linear.
    fn in_officials_list(
        &self,
        rules: &RelationRules,
        i: usize,
    ) -> Option<usize> {
        let text = self.text;
        let mut k = i;
        for _ in 0..12 {
            let prev = &self.mentions[k.checked_sub(1)?];
            let gap = text.get(prev.span.end..self.mentions[k].span.start)?;
            let listed =
                [", ", " and ", ", and ", " and the ", ", the ", ", and the "]
                    .iter()
                    .any(|g| gap.eq_ignore_ascii_case(g))
                    || (gap == " " && prev.paired && self.mentions[k].paired);
            if !listed || prev.kind != MentionKind::Country {
                return None;
            }
            k -= 1;
            if self.official_before(rules, prev.span.start) {
                // A plural noun: "leaders of", "foreign ministers of the",
                // "Ministers from".
                let noun = self.noun_before_of(prev.span.start);
                return noun.ends_with('s').then_some(prev.span.start);
            }
        }
        None
    }

    /// The end of "capital" in "the DEMONYM capital" when the phrase ends
    /// there: punctuation, a capitalised word (its name: "the Afghan
    /// capital Kabul") or a word of the lexicon follows ("of", "and",
    /// "on", "met"), not a noun ("the Chinese capital markets").
    pub(super) fn demonym_capital(&self, span: Range<usize>) -> Option<usize> {
        let head = &self.text[self.span.start..span.start];
        if !(head.ends_with("the ") || head == "The ") {
            return None;
        }
        let rest = &self.text[span.end..self.span.end];
        rest.strip_prefix(" capital")?;
        let end = span.end + " capital".len();
        let ends = self.phrase_ends_after(end);
        ends.then_some(end)
    }

    /// "in the Saudi Red Sea city of Jeddah", "on the Indonesian island of
    /// Lombok": "the", a demonym, at most two capitalised words, a noun of
    /// place, "of" and a name (capitalised words): a place in the
    /// demonym's country the gazetteers may not list. The end of the name.
    pub(super) fn demonym_place(&self, span: Range<usize>) -> Option<usize> {
        const PLACES: [&str; 9] = [
            "city", "town", "island", "port", "resort", "province", "region",
            "village", "capital",
        ];
        let head = &self.text[self.span.start..span.start];
        if !(head.ends_with("the ") || head == "The ") {
            return None;
        }
        let k = self.tok_at(span.end);
        let noun = (k..(k + 3).min(self.tokens.len())).find(|&j| {
            self.word_in(j, &PLACES)
                && self.word_is(j + 1, "of")
                && (k..j).all(|i| {
                    self.tokens[i].shape == Shape::Capital
                        || self.word_in(i, &PLACES)
                })
        })?;
        let name = noun + 2;
        let end = (name..(name + 3).min(self.tokens.len()))
            .take_while(|&i| self.tokens[i].shape == Shape::Capital)
            .last()?;
        Some(self.tokens[end].end)
    }

    /// "signed a treaty with the British", "the Americans said": "the" and
    /// a demonym that heads its phrase (what follows is punctuation, a
    /// function word or a past verb, not a noun) name the nation.
    pub(super) fn demonym_as_nation(&self, span: Range<usize>) -> bool {
        let head = &self.text[self.span.start..span.start];
        if !(head.ends_with("the ") || head == "The ") {
            return false;
        }
        let rest = &self.text[span.end..self.span.end];
        let Some(rest) = rest.strip_prefix(' ') else {
            // End of sentence or punctuation right after.
            return !rest.starts_with(['-', '–', '\'', '’']);
        };
        let word: &str =
            rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if word.is_empty() {
            return false;
        }
        let classes = self.lexicon.classes(word);
        (!classes.is_empty()
            && !classes.has(WordClass::Civilian)
            && !classes.has(WordClass::Determiner)
            && !classes.has(WordClass::NameTail))
            || (word.ends_with("ed") && word.chars().all(|c| c.is_lowercase()))
            || matches!(word, "met" | "meet" | "meets" | "say" | "says")
    }

    /// Whether "former" (a `former` word) or "ex-" stands right before
    /// `start` or inside `start..end` (a title phrase), in this sentence.
    fn former(&self, start: usize, end: usize) -> bool {
        past_title(self.lexicon, self.text, self.span.start, start, end)
            || self.former_appositive(start)
    }

    /// "Thabo Mbeki, a former South African president, held talks": an
    /// appositive right after the name, with an office in the past (not
    /// "Roh, a former general who was elected": a rank is no office).
    fn former_after(&self, end: usize) -> bool {
        let end = end.min(self.span.end);
        let rest = &self.text[end..self.span.end];
        let Some(rest) = rest.trim_start().strip_prefix(',') else {
            return false;
        };
        let mut words = rest.split_whitespace();
        let first = words.next().unwrap_or("");
        let word = if self.lexicon.is(first, WordClass::Determiner) {
            words.next().unwrap_or("")
        } else {
            first
        };
        if !(self.lexicon.is(word, WordClass::Former)
            || word.starts_with("ex-"))
        {
            return false;
        }
        // The office: a role named before the appositive's comma closes.
        let close = rest
            .find(',')
            .map_or(self.span.end, |i| self.span.end - rest.len() + i);
        self.mentions.iter().any(|x| {
            x.kind == MentionKind::Role
                && x.span.start > end
                && x.span.end <= close
        })
    }

    /// "President Askar Akayev has fled the country": a verb of fleeing
    /// (lexicon class `flee`) right after the name, after at most one
    /// auxiliary.
    fn fled_after(&self, end: usize) -> bool {
        let end = end.min(self.span.end);
        let mut words = self.text[end..self.span.end].split_whitespace();
        let mut word = words.next().unwrap_or("");
        if self.lexicon.is(word, WordClass::Auxiliary) {
            word = words.next().unwrap_or("");
        }
        self.lexicon.is(word, WordClass::Flee)
    }

    /// "Bolivia's former president, Evo Morales", "the main opposition
    /// leader, Morgan Tsvangirai": a title that a comma sets off right
    /// before the name, itself in the past or out of office.
    fn former_appositive(&self, start: usize) -> bool {
        let head =
            self.text[self.span.start..start.max(self.span.start)].trim_end();
        let Some(before) = head.strip_suffix(',') else { return false };
        let comma = self.span.start + before.trim_end().len();
        self.mentions.iter().any(|r| {
            r.kind == MentionKind::Role
                && r.span.end == comma
                && past_title(
                    self.lexicon,
                    self.text,
                    self.span.start,
                    r.phrase_start.min(r.span.start),
                    r.span.end,
                )
        })
    }

    /// Whether a possessive and an `insurgent` noun follow a name ending at
    /// `end`: "support for Sierra Leone's rebels" supports no state, the
    /// name only locates the group.
    pub(crate) fn owns_insurgents(&self, end: usize) -> bool {
        let tail = &self.text[end.min(self.span.end)..self.span.end];
        POSSESSIVE
            .iter()
            .find_map(|p| tail.strip_prefix(p)?.strip_prefix(' '))
            .is_some_and(|rest| {
                // (Not "Sierra Leone's rebel-held north": a place.)
                let word = rest
                    .split(|c: char| !c.is_alphabetic() && c != '-')
                    .next()
                    .unwrap_or("");
                self.lexicon.is(word, WordClass::Insurgent)
            })
    }

    /// A country name used as a noun modifier: before a `civilian` or
    /// `topic` noun ("U.S. bishops", "Iraq situation"), or after a determiner and before a lowercase word
    /// that does not look like a verb ("the Iraq war", "a U.S. request";
    /// not "the United States agreed").
    fn is_modifier(&self, span: std::ops::Range<usize>) -> bool {
        // "the one-China policy", "anti-US protests".
        let head = &self.text[self.span.start..span.start];
        if let Some(rest) = head.strip_suffix('-') {
            let word = rest.rsplit(|c: char| !c.is_alphabetic()).next();
            if word.is_some_and(|w| {
                !w.is_empty() && w.chars().all(|c| c.is_lowercase())
            }) {
                return true;
            }
        }
        let det = head.trim_end().rsplit(' ').next().is_some_and(|w| {
            ["the", "a", "an"].iter().any(|d| w.eq_ignore_ascii_case(d))
        });
        // "Ethiopia's Ethio-Djibouti railway": the second half of a
        // compound whose first half names no country, before a noun.
        let compound =
            head.strip_suffix('-').is_some_and(|rest| {
                rest.rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
            }) && !self.mentions.iter().any(|m| m.span.end + 1 == span.start);
        if self.owns_insurgents(span.end) {
            return true;
        }
        // The next word, read from the text: chunks are built before (and,
        // in sentences no frame reads, without) tokens.
        let tail = &self.text[span.end..self.span.end];
        let Some(rest) = tail.strip_prefix(' ') else {
            return false;
        };
        let word: &str =
            rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // "met U.S. bishops": people of the country, not its state; "to
        // defend Iraq situation": the country is the topic.
        let classes = self.lexicon.classes(word);
        // "15 billion U.S. dollars": money, not the state.
        if classes.has(WordClass::Civilian)
            || classes.has(WordClass::Topic)
            || classes.has(WordClass::Currency)
        {
            return true;
        }
        (det || compound) && self.is_plain_noun(word)
    }

    /// Whether the name at `span` stands between a possessive and a plain
    /// noun ("this year's G20 host"; "the Mercosur bloc" is the bloc).
    fn modifies_noun(&self, span: std::ops::Range<usize>) -> bool {
        let head = self.text[self.span.start..span.start].trim_end();
        let before = head.rsplit(' ').next().unwrap_or("");
        let determined = before.ends_with("'s") || before.ends_with("’s");
        let next = self.text[span.end..self.span.end]
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next());
        determined && next.is_some_and(|w| self.is_plain_noun(w))
    }

    /// Whether `word` (the next word of a noun phrase) reads as a noun
    /// the phrase goes on with: lowercase, no closed-class word, and not
    /// shaped like a verb or an adverb ("-ed", "-s", "-ly", "-ing").
    fn is_plain_noun(&self, word: &str) -> bool {
        word.len() > 2
            && word.chars().all(|c| c.is_lowercase())
            // "city", "bank": a word that is no name is still a noun.
            && self.lexicon.classes(word).without(WordClass::NotName).is_empty()
            && !word.ends_with("ed")
            && !word.ends_with('s')
            && !word.ends_with("ly")
            && !word.ends_with("ing")
    }

    fn collective_chunks(&mut self, scan: &DocScan) {
        let text = self.text;
        for (start, end, slot) in scan.collectives_in(self.span.clone()) {
            // "the leaders of Azerbaijan and Pakistan" name their countries.
            if text[*end..self.span.end].starts_with(" of ") {
                continue;
            }
            // "the two Koreas" names its two countries.
            if self.mentions.iter().any(|m| {
                m.paired && m.span.start < *end && *start < m.span.end
            }) {
                continue;
            }
            self.push_chunk(
                slot.clone(),
                *start..*end,
                ChunkKind::Collective,
                false,
            );
        }
    }

    /// An unnamed official that a name follows or precedes is that person:
    /// "North Korean leader Kim Jong Un", "a Japanese delegation led by
    /// Foreign Minister Takeshi Iwaya", "Giorgia Meloni, the Italian prime
    /// minister,".
    fn merge_named_officials(&mut self) {
        let text = self.text;
        // Not a name standing for its country's official ("Bush, Putin
        // Hold Talks"): a name is not the title of the next.
        let is_official =
            |a: &Chunk| a.kind == ChunkKind::Official && !a.by_name;
        let mut out = 0;
        let mut k = 0;
        while k < self.chunks.len() {
            let mut a = self.chunks[k].clone();
            k += 1;
            if is_official(&a) && k < self.chunks.len() {
                let next = &self.chunks[k];
                let gap = &text[a.span.end..next.span.start];
                // After a comma, a name in apposition is the official's
                // own: of its country, or of none known and set off to its
                // end ("Nigeria's trade minister, Bako, said"); not "After
                // meeting Turkmenistan's president, Musharraf flew home",
                // the main clause's subject.
                let apposed = || {
                    let country =
                        |c: &Chunk| c.actor().and_then(|x| x.country);
                    match (country(&a), country(next)) {
                        (Some(x), Some(y)) => x == y,
                        _ => {
                            let rest = text[next.span.end..self.span.end]
                                .trim_start();
                            rest.is_empty()
                                || rest.starts_with([',', '.', ';', ')'])
                        }
                    }
                };
                let comma =
                    next.kind == ChunkKind::Person && gap.trim() == ",";
                let named = next.kind == ChunkKind::Person
                    && (gap.chars().all(|c| c == ' ') && gap.len() <= 2
                        || matches!(gap.trim(), "led by" | "headed by"))
                    || comma && apposed();
                // "his Azerbaijani and Turkish counterparts, Zakir Hasanov
                // and Ismet Yilmaz,": two names in apposition to two
                // demonyms, in order; the first demonym's chunk (a
                // country, or an official sharing the plural noun) is the
                // first name's country.
                let pair_of_two = comma
                    && out > 0
                    && matches!(
                        self.chunks[out - 1].kind,
                        ChunkKind::Country | ChunkKind::Official
                    )
                    && text[self.chunks[out - 1].span.end..a.span.start]
                        .trim()
                        == "and"
                    && text[a.span.clone()].ends_with('s')
                    && self.chunks.get(k + 1).is_some_and(|second| {
                        second.kind == ChunkKind::Person
                            && text[next.span.end..second.span.start].trim()
                                == "and"
                    });
                if pair_of_two {
                    let first_country =
                        self.chunks[out - 1].actor().and_then(|x| x.country);
                    let second_country = a.actor().and_then(|x| x.country);
                    out -= 1;
                    let mut next = next.clone();
                    if let Slot::Actor(person) = &mut self.chunks[k + 1].slot {
                        person.country = person.country.or(second_country);
                    }
                    k += 1;
                    if let Slot::Actor(person) = &mut next.slot {
                        person.country = person.country.or(first_country);
                    }
                    a = Chunk { span: a.span.start..next.span.end, ..next };
                } else if named {
                    let mut next = next.clone();
                    k += 1;
                    // "a Chinese delegation led by Vice Premier He Lifeng":
                    // the delegation's country is the person's.
                    if let (Slot::Actor(person), Some(official)) =
                        (&mut next.slot, a.actor())
                    {
                        person.country = person.country.or(official.country);
                    }
                    a = Chunk { span: a.span.start..next.span.end, ..next };
                }
            }
            if out > 0 {
                let prev = &mut self.chunks[out - 1];
                let gap = text[prev.span.end..a.span.start].trim();
                let appositive = prev.kind == ChunkKind::Person
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
            self.chunks[out] = a;
            out += 1;
        }
        self.chunks.truncate(out);
    }
}

/// The nouns of one a person sends ("a special envoy of President
/// Buyoya"): an official of the person's country.
const SENT_BY: [&str; 12] = [
    "envoy",
    "envoys",
    "emissary",
    "emissaries",
    "representative",
    "representatives",
    "delegation",
    "delegations",
    "delegate",
    "delegates",
    "messenger",
    "messengers",
];

fn possessive_len(rest: &str) -> usize {
    ["'s", "’s"].iter().find(|p| rest.starts_with(**p)).map_or(0, |p| p.len())
}

/// Whether an actor ending at `end` only modifies the next word
/// ("US-brokered", "China-led", "Saudi-backed"; in a headline
/// "Russia-Brokered").
fn is_attributive(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('-') else { return false };
    let word: &str =
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.len() > 2
        && word.ends_with("ed")
        && word.chars().skip(1).all(|c| c.is_lowercase())
}

/// Whether the text between two actors is a coordination ("and", ",").
pub(crate) fn is_coordination_text(gap: &str) -> bool {
    // (Any case: "Egypt, Ethiopia And Sudan" in a Title Case headline.)
    let gap = gap.trim();
    [
        "and",
        ",",
        ", and",
        "&",
        "as well as",
        "and his",
        "and her",
        "and their",
        "and its",
        "and the",
    ]
    .iter()
    .any(|c| gap.eq_ignore_ascii_case(c))
}

/// The country of a role mention's office when only that country has it
/// ("Pope", "Taoiseach").
fn office_country(
    gazetteer: &Gazetteer,
    m: &Mention,
) -> Option<crate::gazetteer::EntityId> {
    match m.entity {
        Some(EntityRef::Known(role)) => gazetteer.entity(role).country,
        _ => None,
    }
}

/// Which discovered people a wire dateline's country is given to: those
/// titled somewhere in the document as a minister or head of state or
/// government with no country ("BRASILIA, Feb 21 - Finance Minister Dilson
/// Funaro said ... Funaro said he would travel"): a wire story names its
/// own country's officials without one. Empty without a dateline.
/// Whether a `former` word ("former", "deposed") or "ex-" stands in the
/// four words before `start` (not before `floor`, no punctuation
/// between: "former U.S. Ambassador Richard Holbrooke") or inside
/// `start..end` (a title phrase). Reads at most 160 bytes back, whatever
/// the line.
fn past_title(
    lexicon: &Lexicon,
    text: &str,
    floor: usize,
    start: usize,
    end: usize,
) -> bool {
    let start = start.max(floor);
    if start > end {
        return false;
    }
    let mut from = start.saturating_sub(160).max(floor);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let head = text[from..start]
        .rsplit(['\n', ',', ';', '(', ':'])
        .next()
        .unwrap_or("");
    let past = |w: &str| lexicon.is(w, WordClass::Former);
    // Back over the title's own words only: a lowercase word that is
    // neither ends it ("Opposition leaders accused Bhutto": the opposition
    // is someone else).
    let before_title = head
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|&w| {
            past(w)
                || lexicon.is(w, WordClass::Determiner)
                || !w.starts_with(|c: char| c.is_lowercase())
        })
        .any(past);
    before_title
        || head.ends_with("ex-")
        || text[start..end].split_whitespace().any(past)
}

pub(crate) fn dateline_officials(
    gazetteer: &Gazetteer,
    resolved: &Resolved,
    dateline: Option<crate::gazetteer::EntityId>,
) -> Vec<bool> {
    let mut out = vec![];
    if dateline.is_none() {
        return out;
    }
    out.resize(resolved.discovered.len(), false);
    for m in &resolved.mentions {
        let (Some(EntityRef::Discovered(d)), Some(role), None) =
            (m.entity, m.role, m.country)
        else {
            continue;
        };
        let governs = matches!(
            gazetteer.entity(role).role_class.as_deref(),
            Some("head_of_state" | "head_of_government" | "minister")
        );
        if governs && m.kind == MentionKind::Person {
            out[d as usize] = true;
        }
    }
    out
}
