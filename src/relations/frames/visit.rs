//! The `visit` frame: `VISITOR TRIGGER DESTINATION`. A visit to a country,
//! or to one of its places, is a MEETING of the visitor with that country
//! (at entity level: with the country; the place is where it happened). A
//! visit to a person or an official ("visited Putin") is a meeting with
//! them.
//!
//! - **Destination**: the sites (countries, places with a country) right
//!   after the trigger, with the sites coordinated to them ("will visit
//!   Japan, China and South Korea": three meetings); else a site right
//!   before it ("Putin in Brazil for talks", "Trump's Scotland visit", "in
//!   Turkey for a two-day visit").
//! - **Visitor**: a person or official: the subject of the trigger (the
//!   nearest one before it in its clause, with those coordinated to it,
//!   "Xi's visit to"), a passive or nominal agent ("a visit to China by
//!   Putin", "a visit by Putin to China"), the subject of the sentence's
//!   previous predicate, a fronted
//!   phrase's subject ("During his visit to Japan, Xi ..."), or, after a
//!   sentence-initial "He"/"She" or a lone "his"/"her", the person meant.
//!
//! A visit inside the visitor's own country relates nobody (domestic pairs
//! are dropped when the document is settled).

use crate::lexicon::WordClass;
use crate::resolve::MentionKind;

use super::super::model::{
    Chunk, ChunkKind, Shape, Site, Slot, PLACE_BEFORE, POSSESSIVE,
};
use super::super::{Actor, RelationKind};
use super::svo::{joined, left_group, subject_candidates};
use super::{Ctx, Mutual, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let (ts, te) = (ctx.ts(), ctx.te());
    if border_crossing(ctx) || unknown_possessor(ctx) || unnamed_shuttle(ctx) {
        return vec![];
    }
    // "Lula accepted Xi's invitation to visit": the guest meets the host.
    let candidates = subject_candidates(ctx);
    if let Some((guest, host)) =
        super::svo::accepted_invitation(ctx, &candidates)
    {
        proto.cross(vec![guest], vec![host], Mutual::NONE);
        return vec![];
    }
    // "a visit by Croatian President Stipe Mesic to Belgrade", "a tour
    // that also took the Argentine leader to Rome, Berlin and Madrid".
    let taken = ctx.model.prev_word(ctx.ts(), ctx.te()).is_some_and(|k| {
        ctx.model.word_in(k, &["took", "taken", "take", "takes"])
    });
    let agent_first =
        if taken { taken_to(ctx) } else { agent_then_destination(ctx) };
    if taken && agent_first.is_none() {
        return vec![];
    }
    if let Some((visitor, destination)) = agent_first {
        proto.right_end = destination.end;
        proto.visit = true;
        proto.cross(vec![visitor.clone()], destination.slots, Mutual::NONE);
        return vec![visitor];
    }
    let (mut destination, after) =
        match here(ctx).or_else(|| destination_after(ctx)) {
            Some(d) => (d, true),
            None => match destination_before(ctx) {
                Some(d) => (d, false),
                None => match dateline_destination(ctx) {
                    Some(d) => (d, true),
                    None => return dateline_visit(ctx, proto),
                },
            },
        };
    // "Diplomats said Washington had welcomed the visit": a visit that one
    // praises, welcomes or hails (the verb, then its article), with no
    // destination or agent of its own after it, is one told of before,
    // not the praiser's.
    {
        let m = ctx.model;
        let k = m.tok_at(ts);
        let reacted = k >= 2
            && m.tokens[k - 1].is(WordClass::Determiner)
            && m.tokens[k - 2].is(WordClass::Reaction);
        if reacted && !m.word_in(m.tok_at(te), &["to", "by", "of", "in"]) {
            return vec![];
        }
    }
    // "Planes carrying supplies from Mexico and Colombia landed in
    // Port-au-Prince": relief that arrives from countries is their aid to
    // the country it reaches, no visit.
    if after && destination.to_country {
        if let Some(sources) = relief_sources(ctx, &destination) {
            proto.kind = RelationKind::Cooperation;
            proto.right_end = destination.end.max(te);
            proto.cross(sources.clone(), destination.slots, Mutual::NONE);
            return sources;
        }
    }
    // "minutes after the House speaker's plane touched down in Taipei": a
    // thing that arrives, a plain noun right before an arrival verb, is
    // no visitor, nor is anyone the sentence named before it.
    let m = ctx.model;
    let k = m.tok_at(ts);
    if m.word_in(
        k,
        &["arrived", "arrives", "landed", "lands", "touched", "touches"],
    ) && k.checked_sub(1).is_some_and(|p| {
        let t = &m.tokens[p];
        t.shape == Shape::Lower && t.chunk.is_none() && t.classes.is_empty()
    }) {
        return vec![];
    }
    // "the money would go to Indonesia", "three-quarters of the zone east
    // of Gotland would go to Sweden", "with most of the money going to
    // Indonesia": what goes somewhere is a visitor only as a person or a
    // pronoun right before the verb (past modals, auxiliaries and the
    // words of a plan: "is due to go on to Hanoi"), or the end of a clause
    // set off by a comma ("Lula, who is accompanied by executives, will go
    // on to Lebanon").
    if m.word_in(k, &["go", "goes", "went", "gone", "going"]) {
        let mut p = k.checked_sub(1);
        while let Some(q) = p.filter(|&q| {
            let t = &m.tokens[q];
            t.is(WordClass::Modal)
                || t.is(WordClass::Auxiliary)
                || m.word_in(q, &super::svo::PLAN_WORDS)
        }) {
            p = q.checked_sub(1);
        }
        // (A comma closes an aside after a person: "Lula, who is ...,
        // will go"; not "the shipments, including missiles, would go".)
        let aside_of_person = |q: usize| {
            let open = (0..q).rev().find(|&j| m.tokens[j].is_punct(','));
            open.and_then(|j| j.checked_sub(1)).is_some_and(|j| {
                m.tokens[j]
                    .chunk
                    .is_some_and(|c| m.chunks[c as usize].is_personal())
            })
        };
        let person = p.is_some_and(|q| {
            let t = &m.tokens[q];
            (t.is_punct(',') && aside_of_person(q))
                // "Funaro is due in Bonn ... and will then go on to
                // London": the clause's subject, who is going.
                || t.is(WordClass::Coordinator)
                || t.is(WordClass::Pronoun)
                // "before going on to Brussels": a gerund adjunct, the
                // clause subject's.
                || m.word_in(q, &["before", "after", "while", "upon"])
                || t.chunk.is_some_and(|c| m.chunks[c as usize].is_personal())
        });
        if !person {
            return vec![];
        }
    }
    // "will fly to New York next week to meet Brazil's bank committee",
    // "flew to Geneva to meet Iran's foreign minister": a place where the
    // visitor meets another country's party is a venue, not the one met
    // (the meeting frame relates who meets).
    if after && destination.to_country && meets_elsewhere(ctx, &destination) {
        return vec![];
    }
    // "Lula was received in Tokyo by Shigeru Ishiba": who receives the
    // visitor there is the one met.
    let mut agent_end = te;
    let received =
        (m.tok_at(ts)..m.tok_at(te)).any(|k| m.word_is(k, "received"));
    let hosted = after && received;
    if hosted {
        if let Some((host, end)) = agent(ctx, &destination) {
            destination = Destination {
                slots: vec![host],
                end: destination.end,
                to_country: false,
            };
            agent_end = end;
        }
    }
    // "the first-ever papal visit to Iraq", "a Chinese state visit to
    // Japan": a demonym among the trigger's modifiers is the visitor.
    // (A demonym before a noun that names no official is no chunk.)
    let demonym = ctx
        .model
        .mentions
        .iter()
        .find(|x| {
            x.kind == MentionKind::Demonym
                && x.span.start > ts
                && x.span.end < te
        })
        .and_then(|x| x.country)
        .filter(|_| after);
    // The visitor stands before the destination when the destination
    // comes first ("Putin in Brazil for talks").
    let subject_end =
        if after { ts } else { destination_start(ctx, &destination).min(ts) };
    let mut before: Vec<&Chunk> = subject_candidates(ctx)
        .into_iter()
        .filter(|c| c.span.end <= subject_end)
        .collect();
    // "Kohl left for Moscow on Sunday on his first official visit to the
    // Soviet Union": a capital or country behind a preposition is where
    // the subject went, not who visits.
    while let [.., _, last] = before.as_slice() {
        let behind_preposition =
            last.toks.start.checked_sub(1).is_some_and(|p| {
                ctx.model.tokens[p].is(WordClass::Preposition)
            });
        if matches!(last.kind, ChunkKind::Capital | ChunkKind::Country)
            && behind_preposition
        {
            before.pop();
        } else {
            break;
        }
    }
    let (mut visitors, start) = left_group(ctx, &before);
    // "Turkish troops crossed into northern Iraq": forces that go
    // somewhere are no visitors, nor is anyone else in their stead.
    let forces = visitors
        .iter()
        .any(|s| before.iter().any(|c| &c.slot == s && c.military));
    if forces && visitors.iter().all(|s| !is_visitor(s, &before)) {
        // "Australian police arrived in Port Moresby ... to help": forces
        // that arrive to help (a purpose verb after "to", later in the
        // sentence) are aid to the country they go to, not a visit.
        let m = ctx.model;
        let rest = m.tok_at(destination.end)..m.tokens.len();
        // "flew into Kinshasa to protect and evacuate foreigners": an
        // evacuation helps the evacuated, not the country.
        let evacuation = rest.clone().any(|k| {
            m.word(k)
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("evacua"))
        });
        // "landed in Dili on Thursday, a day after East Timor's government
        // formally asked Australia ... to send forces": sent at the
        // request of the country they go to.
        let wanted = destination.countries();
        let from = m.tokens.get(rest.start).map_or(te, |t| t.start);
        let theirs = |c: &Chunk| {
            c.actor()
                .and_then(|a| a.country)
                .is_some_and(|c| wanted.contains(&c))
        };
        // Or after a noun of request and "from" ("answering an appeal from
        // the Albanian government for help").
        let asked = rest.clone().any(|k| {
            let claim = m.tokens[k].is(WordClass::Claim);
            (claim || m.word_in(k, &["asked", "requested", "invited"]))
                && (m.chunks[m.chunks_in(from..m.tokens[k].start)]
                    .iter()
                    .any(theirs)
                    || claim
                        && m.word_is(k + 1, "from")
                        && m.chunks[m.chunks_in(
                            m.tok_start(k + 1)..m.tok_start(k + 6),
                        )]
                        .first()
                        .is_some_and(theirs))
        });
        // "Rescuers from France arrived in Algeria": forces whose own
        // words name relief (rescuers, doctors, medical teams) help
        // wherever they arrive, with no purpose said.
        // (The noun may stand before the chunk: "rescuers from France".)
        let cs = m.tok_at(ctx.clause.start);
        let relief = before.iter().any(|c| {
            c.military
                && visitors.contains(&c.slot)
                && (c.toks.start.saturating_sub(3).max(cs)..c.toks.end)
                    .any(|k| m.tokens[k].is(WordClass::Relief))
        });
        let to_help = !evacuation
            && (relief
                || asked
                || rest.into_iter().any(|k| m.purpose_after_to(k)));
        if after && destination.to_country && to_help {
            proto.kind = RelationKind::Cooperation;
            proto.right_end = destination.end.max(te);
            proto.cross(visitors.clone(), destination.slots, Mutual::NONE);
            return visitors;
        }
        return vec![];
    }
    // "Japan will send a delegation to Washington": the trigger names the
    // officials who go, so a country or its capital sends them.
    let m = ctx.model;
    // (A trigger may start inside a token, past the last one.)
    let sends =
        m.tokens.get(m.tok_at(ts)).is_some_and(|t| t.is(WordClass::Send));
    visitors.retain(|s| {
        is_visitor(s, &before) || (sends && is_sender(s, &before))
    });

    proto.subject_start = start;
    // "Ruto met Museveni and then flew to Kigali": the first predicate's
    // subject.
    if let Some(start) =
        super::svo::second_predicate(ctx, &before, &mut visitors)
    {
        proto.subject_start = Some(start);
    }
    // "Pompeo met Kim ..., before flying on to Seoul": a gerund after a
    // subordinator ("before", "after", "while") is the first predicate's
    // subject's, not the nearest name's.
    let gerund = m
        .prev_word(ctx.clause.start, ts)
        .is_some_and(|p| m.tokens[p].is(WordClass::Subordinator));
    // "arrived in Brasilia for talks with Lula, at the start of a tour
    // that will also take him to Argentina": "him" is the one who
    // arrived, not the nearest name.
    let object_pronoun = (m.tok_at(ts)..m.tok_at(te))
        .any(|k| m.tokens[k].is(WordClass::Pronoun));
    // "Hariri held talks with Assad during a stopover in Damascus": a
    // visit noun that "during" opens (past its article and lowercase
    // modifiers: "during a two-day stopover") is the first predicate's
    // subject's, not its object's (the nearest name, right after the
    // first trigger); unless its agent follows ("during a visit to Delhi
    // by Premier Wen").
    let during = {
        let mut k = m.tok_at(ts);
        let mut steps = 0;
        while k > 0
            && steps < 3
            && !m.word_is(k - 1, "during")
            && m.tokens[k - 1].shape == Shape::Lower
            && m.tokens[k - 1].chunk.is_none()
        {
            k -= 1;
            steps += 1;
        }
        k > 0 && m.word_is(k - 1, "during")
    } && agent(ctx, &destination).is_none()
        && met_just_before(ctx, &before);
    // "... met Widodo in Bogor, where the two leaders agreed to step up
    // patrols, before flying on to Singapore": past a relative clause
    // closed before the gerund, the main clause's first names.
    let prev_in_relative = ctx.previous.is_some_and(|p| {
        let k = m.tok_at(p.trigger_end).saturating_sub(1);
        m.relative_end(k).is_some_and(|end| end <= ts)
    });
    let main_first =
        before.iter().position(|c| !m.in_relative_closed_before(c, ts));
    if let (true, true, Some(i)) = (gerund, prev_in_relative, main_first) {
        visitors = before[i..]
            .iter()
            .enumerate()
            .take_while(|(j, c)| *j == 0 || c.joined_prev)
            .map(|(_, c)| c.slot.clone())
            .collect();
    } else if let (true, Some(prev)) =
        (gerund || object_pronoun || during, ctx.previous)
    {
        visitors = prev.subject.clone();
        // Where that subject starts: "Levy called on Demirel before flying
        // to Amman" urges no one to fly (the urging cue stands before the
        // nearest name, not before the visitor).
        if prev.subject_start.is_some() {
            proto.subject_start = prev.subject_start;
        }
        // "Xi and his Kazakh counterpart Nazarbayev signed agreements ...
        // during a tour that will also take him to Uzbekistan": "him" or
        // "her" is one, the group's first.
        let singular = (m.tok_at(ts)..m.tok_at(te))
            .any(|k| m.word_in(k, &["him", "her"]));
        if object_pronoun && singular {
            visitors.truncate(1);
        }
    }
    // The agent's words are the frame's: "a visit to Accra by the Togolese
    // foreign minister planned for this week had been called off" is
    // read to its end.
    // A named person as the agent is the visitor over the clause's
    // subject ("Latortue recalled the ambassador in protest at the arrival
    // in Kingston of ousted President Aristide": Aristide's arrival; not
    // "made the first visit to Libya by a British prime minister").
    if !hosted {
        if let Some((visitor, end)) = agent(ctx, &destination) {
            let named = m
                .chunks
                .iter()
                .any(|c| c.slot == visitor && c.kind == ChunkKind::Person);
            if visitors.is_empty() || named {
                visitors = vec![visitor];
                agent_end = end;
            }
        }
    }
    if visitors.is_empty() {
        if let Some(prev) = ctx.previous {
            visitors = prev.subject.clone();
        }
    }
    if visitors.is_empty() {
        visitors = pronoun_subject(ctx);
    }
    if visitors.is_empty() {
        visitors = super::svo::fronted_subject(ctx, destination.end.max(te));
    }
    // ... the visitor, unless one of its country was found ("Pope Francis
    // ... his first-ever papal visit").
    if let Some(country) = demonym {
        let of_country = |s: &Slot| matches!(s, Slot::Actor(a) if a.country == Some(country));
        if !visitors.iter().any(of_country) {
            visitors = vec![Slot::Actor(Actor::country(country))];
        }
    }
    if visitors.is_empty() {
        return vec![];
    }
    // "Mohammed bin Salman is expected to send his foreign minister to
    // Tehran": who is sent visits, for the sender's country; the sender
    // does not.
    let sent: Vec<Slot> = if sends {
        visitors
            .iter()
            .map(|s| match s {
                Slot::Actor(a) if is_person(s, &before) => {
                    a.country.map_or_else(
                        || s.clone(),
                        |c| Slot::Actor(Actor::country(c)),
                    )
                }
                _ => s.clone(),
            })
            .collect()
    } else {
        visitors.clone()
    };
    proto.right_end = destination.end.max(agent_end);
    proto.visit = destination.to_country;
    proto.cross(sent, destination.slots, Mutual::NONE);
    visitors
}

/// Whether the last of `before` is the object of the sentence's previous
/// trigger: at most two words after it ("held talks with Assad", "met
/// the Syrian president").
fn met_just_before(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> bool {
    let m = ctx.model;
    match (ctx.previous, before.last()) {
        (Some(prev), Some(last)) => {
            prev.trigger_end <= last.span.start
                && m.word_count(prev.trigger_end..last.span.start) <= 2
        }
        _ => false,
    }
}

/// Whether a purpose right after the destination ("to meet", "for talks
/// with", "to attend", within four words) names an organisation or a
/// party whose country is not the destination's.
fn meets_elsewhere(ctx: &Ctx<'_, '_>, destination: &Destination) -> bool {
    let m = ctx.model;
    let ce = ctx.clause.end;
    let within = m.words_forward(destination.end, ce, 8);
    let window = m.slice(destination.end..within);
    // "is due in Strasbourg to address the Council of Europe": an
    // organisation's body addressed or attended there is the one met.
    let Some(at) = [
        "to meet ",
        "for talks with ",
        "for a meeting with ",
        "to address ",
        "to attend ",
    ]
    .iter()
    .filter_map(|p| window.find(p).map(|i| i + p.len()))
    .min() else {
        return false;
    };
    let from = destination.end + at;
    if m.word_count(destination.end..from) > 7 {
        return false;
    }
    let Some(party) = m.chunks.iter().find(|c| c.span.start >= from) else {
        return false;
    };
    let near = m.word_count(from..party.span.start) <= 2;
    let countries = destination.countries();
    let party_country = party.actor().and_then(|a| a.country);
    near && (party.kind == ChunkKind::Organisation
        || party_country.is_some_and(|c| !countries.contains(&c)))
}

/// The destinations of a visit and where they end.
struct Destination {
    slots: Vec<Slot>,
    end: usize,
    /// A country or place, not a person.
    to_country: bool,
}

impl Destination {
    /// The countries of its actors.
    fn countries(&self) -> Vec<crate::gazetteer::EntityId> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Actor(a) => a.country,
                _ => None,
            })
            .collect()
    }
}

/// The countries relief comes from when an arrival trigger ("landed in",
/// "arrived in") follows "from" and a group of countries or capitals, and
/// the words before "from" name relief ("supplies from Mexico and
/// Colombia"), or a "carrying" phrase after the destination does
/// ("Military planes from New Zealand and Australia landed in Tonga
/// carrying water and emergency supplies"). Time words may stand between
/// the group and the trigger.
fn relief_sources(
    ctx: &Ctx<'_, '_>,
    destination: &Destination,
) -> Option<Vec<Slot>> {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let trigger = m.tok_at(ts);
    if !m.tokens.get(trigger).is_some_and(|t| t.is(WordClass::Arrival)) {
        return None;
    }
    let relief = |k: usize| m.tokens[k].is(WordClass::Relief);
    // "Relief supplies arrived in Ecuador on Monday from the United
    // States, Colombia and Venezuela": relief named before the trigger,
    // its sources after the destination (past time words).
    if let Some(group) = sources_after(ctx, destination) {
        return (m.tok_at(cs)..trigger)
            .any(relief)
            .then(|| group.iter().map(|c| c.slot.clone()).collect());
    }
    let chunks = &m.chunks[m.chunks_in(cs..ts)];
    let last = chunks.last()?;
    // ("Cargo flights from Turkey and China have landed": auxiliaries
    // too.)
    if !(last.toks.end..trigger)
        .all(|k| m.is_time_word(k) || m.tokens[k].is(WordClass::Auxiliary))
    {
        return None;
    }
    let mut first = chunks.len() - 1;
    while first > 0 && chunks[first].joined_prev {
        first -= 1;
    }
    let group = &chunks[first..];
    if !group
        .iter()
        .all(|c| matches!(c.kind, ChunkKind::Country | ChunkKind::Capital))
    {
        return None;
    }
    let mut from = group[0].toks.start.checked_sub(1)?;
    if m.word_is(from, "the") {
        from = from.checked_sub(1)?;
    }
    if !m.word_is(from, "from") {
        return None;
    }
    let named_before = (m.tok_at(cs)..from).any(relief);
    let rest = m.tok_at(destination.end)..m.tokens.len();
    let carried = rest.clone().any(|c| {
        m.word_in(c, &["carrying", "bringing", "delivering", "with"])
            && (c + 1..(c + 10).min(rest.end)).any(relief)
    });
    (named_before || carried)
        .then(|| group.iter().map(|c| c.slot.clone()).collect())
}

/// The group of countries or capitals that "from" (and "the") opens right
/// after the destination, past time words.
fn sources_after<'m>(
    ctx: &Ctx<'m, '_>,
    destination: &Destination,
) -> Option<&'m [Chunk]> {
    let m = ctx.model;
    let mut k = m.tok_at(destination.end);
    while k < m.tokens.len() && m.is_time_word(k) {
        k += 1;
    }
    if !m.word_is(k, "from") {
        return None;
    }
    k += 1;
    if m.word_is(k, "the") && m.tokens[k].chunk.is_none() {
        k += 1;
    }
    let first = m.tokens.get(k)?.chunk? as usize;
    let mut last = first;
    while m
        .chunks
        .get(last + 1)
        .is_some_and(|c| c.joined_prev && c.span.end <= ctx.clause.end)
    {
        last += 1;
    }
    let group = &m.chunks[first..=last];
    group
        .iter()
        .all(|c| matches!(c.kind, ChunkKind::Country | ChunkKind::Capital))
        .then_some(group)
}

/// Whether a subject slot can visit: a person or an official (or a
/// collective of them), not a bare country or organisation, nor forces.
fn is_visitor(slot: &Slot, before: &[&Chunk]) -> bool {
    // "Australian police officers arrived in Port Moresby": forces
    // deployed are no visit.
    chunk_is(slot, before, |c| {
        !c.military
            && matches!(
                c.kind,
                ChunkKind::Person
                    | ChunkKind::Official
                    | ChunkKind::Collective
            )
    })
}

/// Whether `slot` is a person among `before`.
fn is_person(slot: &Slot, before: &[&Chunk]) -> bool {
    chunk_is(slot, before, |c| c.kind == ChunkKind::Person)
}

/// Whether `slot` is a country or a capital among `before`: one that
/// sends a delegation.
fn is_sender(slot: &Slot, before: &[&Chunk]) -> bool {
    chunk_is(slot, before, |c| {
        !c.military
            && matches!(c.kind, ChunkKind::Country | ChunkKind::Capital)
    })
}

/// Whether a chunk of `slot` among `before` is `what`.
fn chunk_is(
    slot: &Slot,
    before: &[&Chunk],
    what: impl Fn(&Chunk) -> bool,
) -> bool {
    before.iter().any(|c| &c.slot == slot && what(c))
}

/// Sites (or people) right after the trigger: at most two words between
/// ("the", "northern", "Poland's capital" is the site Poland).
fn destination_after(ctx: &Ctx<'_, '_>) -> Option<Destination> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    // Up to three lowercase words between: "to the northern".
    let mut k = m.tok_at(te);
    for _ in 0..3 {
        let t = m.tokens.get(k)?;
        if t.start >= ce || t.chunk.is_some() || site_at(ctx, k).is_some() {
            break;
        }
        // "will take him to four countries: Saudi Arabia, ...": a colon
        // after the count opens the list of stops.
        if t.is_punct(':') && k > m.tok_at(te) {
            k += 1;
            break;
        }
        // "flew into exile in the Central African Republic": a flight,
        // not a visit.
        if t.is(WordClass::Flight) {
            return None;
        }
        // "visit by an Indian official": the agent, not the destination.
        // A headline capitalises its locative ("Makes Visit To Morocco").
        // "the trip would anger Beijing": a modal or an auxiliary starts
        // another predicate, whose object is no destination.
        // ("landed at the port of Durres": "of" after a noun of place.)
        let of_place = m.word_is(k, "of")
            && k > m.tok_at(te)
            && m.tokens[k - 1].shape == Shape::Lower
            && !m.tokens[k - 1].is(WordClass::Determiner);
        let skippable = (t.shape == Shape::Lower || t.is(WordClass::Locative))
            && (!t.is(WordClass::Preposition)
                || t.is(WordClass::Locative)
                || of_place)
            && !t.is(WordClass::Modal)
            && !t.is(WordClass::Auxiliary);
        if !skippable {
            return None;
        }
        k += 1;
    }
    // "a trip Washington is likely to watch warily": a noun after a
    // determiner takes its destination after a locative, not right away.
    // (Not "his visiting counterpart", a participle.)
    let ts_tok = m.tok_at(ctx.ts());
    let noun = ts_tok > 0
        && m.tokens[ts_tok - 1].is(WordClass::Determiner)
        && m.tok_at(te) == ts_tok + 1
        && !m.word(ts_tok).ends_with("ing");
    if noun && k == m.tok_at(te) {
        return None;
    }
    // A person or official: a meeting with them.
    if let Some(ci) = m.tokens.get(k).and_then(|t| t.chunk) {
        let c = &m.chunks[ci as usize];
        // "will visit both countries": the story's two; or the two the
        // sentence names together before ("signed pledges with Finland
        // and Sweden during a trip to both Nordic countries").
        if c.slot == Slot::Countries && c.span.end <= ce {
            let pair = m.chunks[..ci as usize]
                .windows(2)
                .rev()
                .find(|w| {
                    w[1].joined_prev
                        && w.iter().all(|x| x.kind == ChunkKind::Country)
                        && w[0].span.start >= m.span.start
                })
                .map(|w| vec![w[0].slot.clone(), w[1].slot.clone()]);
            return Some(Destination {
                slots: pair.unwrap_or_else(|| vec![Slot::Countries]),
                end: c.span.end,
                to_country: true,
            });
        }
        if c.is_personal()
            && !matches!(c.slot, Slot::Parties | Slot::Countries)
        {
            let mut slots = vec![c.slot.clone()];
            let mut end = c.span.end;
            let mut last = c;
            // Unnamed officials or forces ("US troops and diplomats").
            let mut unnamed = c.kind == ChunkKind::Official;
            for next in &m.chunks[ci as usize + 1..] {
                if next.span.end > ce
                    || !joined(ctx, last, next)
                    || !next.is_personal()
                {
                    break;
                }
                slots.push(next.slot.clone());
                end = next.span.end;
                unnamed &= next.kind == ChunkKind::Official;
                last = next;
            }
            // "visited US troops in Iraq": a visit to where they are.
            if unnamed {
                if let Some(site) = troops_site(ctx, end) {
                    return Some(site);
                }
            }
            return Some(Destination { slots, end, to_country: false });
        }
    }
    sites_from(ctx, k)
}

/// The countries of [`sites_from`].
pub(super) fn site_countries(
    ctx: &Ctx<'_, '_>,
    k: usize,
) -> Option<Vec<Slot>> {
    sites_from(ctx, k).map(|d| d.slots)
}

/// The sites from token `k` on, with those coordinated to the first
/// ("Japan, China and South Korea").
fn sites_from(ctx: &Ctx<'_, '_>, k: usize) -> Option<Destination> {
    let (m, ce) = (ctx.model, ctx.clause.end);
    let first = site_at(ctx, k)?;
    let mut slots = vec![Slot::Actor(Actor::country(first.country))];
    let mut end = first.span.end;
    // "Japan, China and South Korea"; not "due in Honiara, and
    // Australia, which had urged ...": a comma before the coordinator of
    // two joins clauses, not places.
    // Time words may end a stop before "and then" ("to Bahrain tomorrow
    // and then to the United Arab Emirates").
    let next_stop = |k: usize| {
        coordination_end(ctx, k).or_else(|| {
            let mut j = k;
            while j < k + 3 && m.tokens.get(j).is_some() && m.is_time_word(j) {
                j += 1;
            }
            let end = coordination_end(ctx, j).filter(|_| j > k)?;
            (j..end).any(|x| m.word_is(x, "then")).then_some(end)
        })
    };
    let mut k = first.toks.end;
    while let Some(next) =
        next_stop(k).and_then(|gap_end| site_at(ctx, gap_end))
    {
        let serial = m.tokens[k].is_punct(',') && m.word_is(k + 1, "and");
        if next.span.end > ce || (serial && slots.len() == 1) {
            break;
        }
        slots.push(Slot::Actor(Actor::country(next.country)));
        end = next.span.end;
        k = next.toks.end;
    }
    Some(Destination { slots, end, to_country: true })
}

/// The site a visit to unnamed officials or troops names after them, "in"
/// or "at" it within a few words of the same clause ("US troops and
/// diplomats in the capital").
fn troops_site(ctx: &Ctx<'_, '_>, end: usize) -> Option<Destination> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    let from = m.tok_at(end);
    let site = m.sites.iter().find(|s| {
        s.span.start >= end
            && s.span.end <= ce
            && s.toks.start <= from + 6
            && (1..=2).any(|d| {
                s.toks.start >= from + d
                    && (m.word_is(s.toks.start - d, "in")
                        || m.word_is(s.toks.start - d, "at"))
            })
    })?;
    Some(Destination {
        slots: vec![Slot::Actor(Actor::country(site.country))],
        end: site.span.end,
        to_country: true,
    })
}

/// The token after a coordination starting at token `k` (", ", "and",
/// ", and"), and after a "the" that follows it ("Lebanon, the United Arab
/// Emirates and Egypt"), if there is one. A next stop joins the same way
/// ("to India and then China", "to Bahrain and then on to the United
/// Arab Emirates").
fn coordination_end(ctx: &Ctx<'_, '_>, k: usize) -> Option<usize> {
    let m = ctx.model;
    let t = m.tokens.get(k)?;
    let mut end = if t.is_punct(',') {
        if m.word_is(k + 1, "and") {
            k + 2
        } else {
            k + 1
        }
    } else if m.word_is(k, "and") {
        k + 1
    } else {
        return None;
    };
    if m.word_is(end, "then") {
        end += 1;
        if m.word_is(end, "on") {
            end += 1;
        }
        if m.word_is(end, "to") {
            end += 1;
        }
    }
    Some(if m.word_is(end, "the") { end + 1 } else { end })
}

/// "after the House speaker's visit to Taipei": a possessive right before
/// the trigger names the visitor; one no gazetteer knows leaves the visit
/// with none (not the clause's subject). A time's ("this week's visit")
/// names none.
fn unknown_possessor(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    k >= 2
        && POSSESSIVE
            .contains(&m.slice(m.tokens[k - 1].start..m.tokens[k - 1].end))
        && m.tokens[k - 2].is_word()
        && m.tokens[k - 2].chunk.is_none()
        // "this week's visit by Nakasone": a time, no visitor.
        && !m.is_time_word(k - 2)
        && !m.word_in(
            k - 2,
            &["day", "week", "weekend", "month", "year", "summer", "spring"],
        )
}

/// The site whose mention starts at token `k` (a country possessive such
/// as "Poland's capital" is Poland).
fn site_at<'m>(ctx: &Ctx<'m, '_>, k: usize) -> Option<&'m Site> {
    let m = ctx.model;
    let start = m.tokens.get(k)?.start;
    m.sites.iter().find(|s| s.span.start == start)
}

/// A site right before the trigger: "in Brazil for talks", "Scotland
/// visit".
fn destination_before(ctx: &Ctx<'_, '_>) -> Option<Destination> {
    let m = ctx.model;
    let cs = ctx.clause.start;
    let k = m.tok_at(ctx.ts()).checked_sub(1)?;
    if let Some(d) = in_site_for_visit(ctx, k) {
        return Some(d);
    }
    // "Trump's Scotland visit": the site ends right before the trigger.
    let site =
        m.sites.iter().find(|s| s.toks.end == k + 1 && s.span.start >= cs)?;
    let prev = site.toks.start.checked_sub(1);
    let compound = prev.is_none_or(|p| {
        let t = &m.tokens[p];
        !t.is(WordClass::Preposition)
            || m.word_is(p, "in")
            || m.word_is(p, "to")
    });
    compound.then(|| Destination {
        slots: vec![Slot::Actor(Actor::country(site.country))],
        end: site.span.end,
        to_country: true,
    })
}

/// "[Putin,] in Turkey for a two-day visit", "in Japan on an official
/// visit", "swept into Ulaanbaatar for a one-day visit": a site after "in",
/// "into" or "to", then "for" or "on" and at most three words before the
/// trigger (whose last token is `k`).
fn in_site_for_visit(ctx: &Ctx<'_, '_>, k: usize) -> Option<Destination> {
    let m = ctx.model;
    let cs = ctx.clause.start;
    let site = m.sites.iter().rev().find(|s| {
        s.span.start >= cs && s.toks.end <= k && s.toks.end + 4 > k
    })?;
    let prep = site.toks.start.checked_sub(1)?;
    let link = site.toks.end;
    let ok = m.word_in(prep, &PLACE_BEFORE)
        && (m.word_is(link, "for") || m.word_is(link, "on"))
        && m.tokens[link..=k].iter().all(|t| {
            // "on an official visit": "official" is no one here.
            t.is_word()
                && t.chunk.is_none_or(|c| {
                    m.chunks[c as usize].kind == ChunkKind::Official
                })
        });
    ok.then(|| Destination {
        slots: vec![Slot::Actor(Actor::country(site.country))],
        end: site.span.end,
        to_country: true,
    })
}

fn destination_start(ctx: &Ctx<'_, '_>, d: &Destination) -> usize {
    let m = ctx.model;
    m.sites.iter().find(|s| s.span.end == d.end).map_or(d.end, |s| {
        // "in Brazil": the preposition belongs to the destination.
        match s.toks.start.checked_sub(1) {
            Some(p) if m.tokens[p].is(WordClass::Locative) => {
                m.tokens[p].start
            }
            _ => s.span.start,
        }
    })
}

/// "MOSCOW (Reuters) - Chinese President Hu Jintao arrived here": "here"
/// is the city of the story's capital dateline; so is where one "flew in
/// for" the occasion.
fn here(ctx: &Ctx<'_, '_>) -> Option<Destination> {
    let country = ctx.model.dateline_country?;
    let trigger = ctx.model.slice(ctx.ts()..ctx.te());
    let mut words = trigger.rsplit(' ');
    let last = words.next()?;
    let flew_in = last.eq_ignore_ascii_case("for")
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("in"));
    (last.eq_ignore_ascii_case("here") || flew_in).then(|| Destination {
        slots: vec![Slot::Actor(Actor::country(country))],
        end: ctx.te(),
        to_country: true,
    })
}

/// "BEIJING (Reuters) - ... as Kazakh President Nursultan Nazarbayev
/// began a state visit": the noun of a visit (a determiner up to three
/// words before it), with no "by" after it and no place it goes to
/// ("to", "through", "of", "a tour that will take him to"), is a visit to the country of the story's
/// capital dateline by the subject before it.
fn dateline_destination(ctx: &Ctx<'_, '_>) -> Option<Destination> {
    let country = ctx.model.dateline_country?;
    let m = ctx.model;
    let toks = ctx.trigger.toks.clone();
    if toks.len() != 1 {
        return None;
    }
    let noun = (1..=3)
        .map_while(|d| toks.start.checked_sub(d))
        .map(|p| &m.tokens[p])
        .take_while(|t| {
            t.start >= ctx.clause.start && t.is_word() && t.chunk.is_none()
        })
        .any(|t| t.is(WordClass::Determiner));
    let goes_on = m.tokens.get(toks.end).is_some_and(|t| {
        t.start < ctx.clause.end
            && (t.is(WordClass::Locative)
                || t.is(WordClass::Relative)
                || m.word_is(toks.end, "of")
                || m.word_is(toks.end, "by"))
    });
    (noun && !goes_on).then(|| Destination {
        slots: vec![Slot::Actor(Actor::country(country))],
        end: ctx.te(),
        to_country: true,
    })
}

/// "BEIJING (Reuters) - ... capping a visit by President Vladimir Putin":
/// a visit that names its visitor ("by" or "of" right after it) and no
/// destination is to the country of the story's capital dateline.
fn dateline_visit(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let Some(country) = ctx.model.dateline_country else { return vec![] };
    let destination = Destination {
        slots: vec![Slot::Actor(Actor::country(country))],
        end: ctx.te(),
        to_country: true,
    };
    let Some((visitor, end)) = agent(ctx, &destination) else {
        return vec![];
    };
    proto.right_end = end;
    proto.visit = true;
    proto.cross(vec![visitor.clone()], destination.slots, Mutual::NONE);
    vec![visitor]
}

/// "a visit by Croatian President Stipe Mesic to Belgrade": "by" and a
/// person or official right after the trigger, then "to" and a site.
fn agent_then_destination(ctx: &Ctx<'_, '_>) -> Option<(Slot, Destination)> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    let k = m.tok_at(ctx.te());
    if !m.word_is(k, "by") {
        return None;
    }
    // An honorific is no part of the name ("by Mr Mesic").
    let mut first = k + 1;
    if m.tokens.get(first)?.is(WordClass::Honorific) {
        first += 1;
        if m.tokens.get(first).is_some_and(|t| t.is_punct('.')) {
            first += 1;
        }
    }
    let ci = m.tokens.get(first)?.chunk? as usize;
    let visitor = &m.chunks[ci];
    if !visitor.is_personal() || visitor.military {
        return None;
    }
    let to = visitor.toks.end;
    if !m.word_is(to, "to") {
        return None;
    }
    let site = site_at(ctx, to + 1).filter(|s| s.span.end <= ce)?;
    let destination = Destination {
        slots: vec![Slot::Actor(Actor::country(site.country))],
        end: site.span.end,
        to_country: true,
    };
    Some((visitor.slot.clone(), destination))
}

/// "a tour that has already taken Xi to Turkmenistan", "capping a tour
/// that also took the Argentine leader to Rome, Berlin and Madrid": a
/// trigger ending in a form of "take", a person or official right after it
/// (past a "the"), then "to" and the sites it names.
fn taken_to(ctx: &Ctx<'_, '_>) -> Option<(Slot, Destination)> {
    let m = ctx.model;
    let mut k = m.tok_at(ctx.te());
    if m.word_is(k, "the") {
        k += 1;
    }
    let ci = m.tokens.get(k)?.chunk? as usize;
    let visitor = &m.chunks[ci];
    if !visitor.is_personal() || visitor.military || visitor.toks.start != k {
        return None;
    }
    let to = visitor.toks.end;
    if !m.word_is(to, "to") {
        return None;
    }
    let destination = sites_from(ctx, to + 1)?;
    Some((visitor.slot.clone(), destination))
}

/// "a visit to China by Putin", "the visit to Japan of the Chinese
/// premier", "a visit to Algiers last week by": the agent after the
/// destination, and where it ends.
fn agent(ctx: &Ctx<'_, '_>, d: &Destination) -> Option<(Slot, usize)> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    // A time phrase may stand between: "a visit to Algiers last week by".
    let mut k = m.tok_at(d.end);
    let from = k;
    while k < from + 3
        && m.tokens.get(k).is_some_and(|t| t.start < ce)
        && (m.is_time_word(k)
            || m.word_in(k, &["week", "weekend", "month", "year", "this"]))
    {
        k += 1;
    }
    if !(m.word_is(k, "by") || (k == from && m.word_is(k, "of"))) {
        return None;
    }
    let after = m.tokens.get(k + 1)?.start;
    let c = m.chunks[m.chunks_in(after..ce)].first()?;
    (c.is_personal() && m.word_count(after..c.span.start) <= 2)
        .then(|| (c.slot.clone(), c.span.end))
}

/// "in which mediator Diego Cordovez shuttles between the Pakistani and
/// Afghan delegations": who shuttles between two sides is the actor right
/// before the verb ("Gaddafi Shuttles Between", "Kushner, who shuttled
/// between"), or no one the sentence names further back.
fn unnamed_shuttle(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let (cs, ts, te) = (ctx.clause.start, ctx.ts(), ctx.te());
    let trigger = m.slice(ts..te);
    let shuttle = trigger.len() > 8
        && trigger.as_bytes()[trigger.len() - 8..]
            .eq_ignore_ascii_case(b" between");
    // ("Ardern spent the week hopping between Samoa, Niue and Tonga":
    // the time spent may stand between.)
    let spent = |from: usize| {
        let k = m.tok_at(from);
        m.word_in(k, &["spent", "spends", "spending"])
            && m.word_count(from..ts) <= 5
    };
    shuttle
        && !m.chunks[m.chunks_in(cs..ts)].last().is_some_and(|c| {
            c.actor().is_some()
                && (m.word_count(c.span.end..ts) <= 1 || spent(c.span.end))
        })
}

/// "stranded at the Seme crossing into Benin": "crossing" right after a
/// determiner, or after a determiner and a name, is a border post, no
/// one's crossing (not "Troops Crossing Into Benin").
fn border_crossing(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    let det = |p: usize| m.tokens[p].is(WordClass::Determiner);
    m.word_in(k, &["crossing", "crossings"])
        && k.checked_sub(1).is_some_and(|p| {
            det(p)
                || (p > 0
                    && det(p - 1)
                    && m.tokens[p].is_word()
                    && m.word(p).starts_with(char::is_uppercase))
        })
}

/// "He visited Iraq" (sentence-initial pronoun: the previous sentence's
/// first person); "his visit to Japan" with no subject: the nearest person
/// earlier in the sentence, else the previous sentence's.
fn pronoun_subject(ctx: &Ctx<'_, '_>) -> Vec<Slot> {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let lead = m.slice(cs..ts).trim_start();
    let initial = super::svo::initial_pronoun(lead);
    let window = m.slice(m.words_back(cs, ts, 5)..ts);
    // "during his visit", "..., as he began a state visit to Beijing",
    // "On Friday he is due to travel to Ramallah".
    let pronoun = window
        .split_whitespace()
        .any(|w| matches!(w, "his" | "her" | "he" | "she"));
    if !(initial || pronoun) {
        return vec![];
    }
    if pronoun && !initial {
        if let Some(c) = m
            .chunks
            .iter()
            .rev()
            .find(|c| c.span.end <= ts && c.kind == ChunkKind::Person)
        {
            return vec![c.slot.clone()];
        }
    }
    ctx.antecedent.map(|a| vec![Slot::Actor(a.clone())]).unwrap_or_default()
}
