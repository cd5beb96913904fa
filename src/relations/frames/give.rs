//! The `give` frame: `GIVER TRIGGER ... to|for RECIPIENT`. Aid, money,
//! help, a handed-over suspect given by one state to another is
//! COOPERATION between them ("Japan pledged $1 billion in aid to Iraq",
//! "Germany extradited Kaplan to Turkey", "planes with aid for
//! Venezuela").
//!
//! - **Recipient**: the first chunk or site after the trigger, within 8
//!   words, right after "to" or "for" (a determiner may stand between);
//!   else a country or person right after the verb ("gave Iraq $10
//!   million").
//! - **Claimant**: for a debt forgiven ("cancelled Iraqi debt", "wrote off
//!   the debt of Iraq") or a request met ("agreed to meet a U.S. request
//!   for troops"), whose debt or request it is stands for the recipient.
//! - **Giver**: a passive's agent ("was extradited by Spain to
//!   Morocco") or source ("was extradited from Spain to Argentina"),
//!   else the subject of the trigger (nearest chunk before it in its
//!   clause, with those coordinated to it), else the subject of the
//!   sentence's previous predicate.

use crate::lexicon::WordClass;
use crate::resolve::{EntityRef, MentionKind};

use super::super::model::{Chunk, ChunkKind, Shape, Slot};
use super::super::rules::hits;
use super::super::Actor;
use super::svo::{joined, left_group, subject_candidates};
use super::{Ctx, Mutual, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    // "purchases of U.S. weapons for Ukraine": a purchase relates the
    // buyer and the seller only.
    let m = ctx.model;
    if m.tokens
        .get(m.tok_at(ctx.ts()))
        .is_some_and(|t| t.is(WordClass::Purchase))
    {
        return seller_after(ctx, proto)
            .unwrap_or_else(|| named_giver(ctx, proto));
    }
    if handed_message(ctx) {
        proto.kind = super::super::RelationKind::Meeting;
    }
    let personnel = sends_personnel(ctx);
    // Forces one "has" somewhere are a possession, not a sending: aid
    // only with their purpose or the request close after, before any
    // reporting verb ("has 7,000 troops in Mozambique, deployed at
    // Maputo's request"; not "has soldiers in the force there, said it was
    // considering an appeal").
    let possession = m.word_in(m.tok_at(ctx.ts()), &["has", "have", "had"]);
    // "New Zealand has promised about 120 soldiers, while Malaysia and
    // Portugal are also sending troops": forces "also" sent after the
    // story's aid join it.
    let also = ctx.aid_recipient.is_some()
        && m.prev_word(ctx.clause.start, ctx.ts())
            .is_some_and(|p| m.word_is(p, "also"))
        && !possession;
    let help = if possession {
        let first = m.tok_at(ctx.te());
        let last = (first + 12).min(m.tok_at(ctx.clause.end));
        let end = (first..last)
            .find(|&k| m.tokens[k].is(WordClass::Reporting))
            .unwrap_or(last);
        let end = m.tokens.get(end).map_or(ctx.clause.end, |t| t.start);
        purpose_before(ctx, end) || requested_before(ctx, end)
    } else {
        to_help(ctx)
    };
    if personnel && !help && !pledged(ctx) && !also && requester(ctx).is_none()
    {
        return vec![];
    }
    let agent = passive_agent(ctx);
    // "20,000 tonnes of wheat has been donated to Ethiopia by the Swedish
    // government": a passive trigger gives only with its agent named.
    if starts_passive(ctx) && agent.is_none() {
        return vec![];
    }
    let found = if ends_with_claim(ctx) {
        claimant(ctx).map(|(slot, end)| (vec![slot], end))
    } else {
        // Troops sent "into" a country at a request are no invasion ("sent
        // 1,000 troops into Bahrain at the request of the Bahraini
        // government").
        recipients(ctx, agent, personnel && !requested(ctx))
            .or_else(|| indirect_object(ctx))
            .or_else(|| requester(ctx))
            .or_else(|| met_then_promised(ctx, &givers_before(ctx)))
            .or_else(|| story_recipient(ctx))
    };
    let Some((recipients, end)) = found else {
        return named_giver(ctx, proto);
    };
    let before = givers_before(ctx);
    let (mut givers, mut start) = left_group(ctx, &before);
    // "held talks with Abbas on Monday and promised American help", "Bush
    // Welcomes Allawi, Vows Support for Iraq": the first predicate's
    // subject gives.
    // "held talks with Suharto and Prem, and agreed to extend a loan": the
    // giver is the subject of the verb whose "to" opens the trigger.
    let verb_before = ctx.previous.filter(|p| {
        !p.subject.is_empty()
            && ctx.model.slice(p.trigger_end..ctx.ts()).trim() == "to"
    });
    if let Some(prev) = verb_before {
        givers = prev.subject.clone();
        start = prev.subject_start;
    } else if second_after_meeting(ctx, &before)
        || super::svo::headline_second(ctx, &before)
    {
        if let Some(prev) = ctx.previous {
            givers = prev.subject.clone();
            start = None;
        }
    } else if let Some(first) = headline_first_predicate(ctx, &before) {
        givers = vec![first.slot.clone()];
        start = Some(first.span.start);
    } else if givers.is_empty() {
        // "Japan was disappointed but will give aid to Iraq".
        givers = super::svo::subject_before_but(ctx);
    } else {
        // "Ardern visited Fiji, where she is expected to unveil a
        // recovery package for Tonga": the person "she" stands for gives,
        // not the place (the verb and the goods may stand between).
        super::svo::relative_pronoun_subject(ctx, &before, 8, &mut givers);
    }
    // "A Moroccan man was extradited by Spain to Morocco": a passive's
    // agent gives; what stands before is what is given.
    if let Some(agent) = agent {
        start = Some(agent.span.start);
        givers = vec![agent.slot.clone()];
    }
    // "Moscow's support for Vietnam", "Japan's aid to Iraq": the
    // possessor gives.
    if let Some(possessor) = possessor(ctx) {
        start = Some(possessor.span.start);
        givers = vec![possessor.slot.clone()];
    }
    proto.subject_start = start;
    // "Lawmakers approved U.S. aid for Israel": no giver before, one named
    // in the goods.
    if givers.is_empty() {
        if let Some(giver) = giver_inside(ctx) {
            givers = vec![Slot::Actor(Actor::country(giver))];
        }
    }
    if givers.is_empty() {
        if let Some(prev) = ctx.previous {
            givers = prev.subject.clone();
        }
    }
    // "BOGOTA (Reuters) - A man ... was extradited to the United States":
    // a person handed over in the passive, by no one named, is handed
    // over by the country of the story's dateline.
    // It is no subject a next predicate shares ("... and flown to New
    // York": the one handed over flew).
    // What stands before is who is handed over ("A man accused of running
    // one of Colombia's largest cocaine rings"), nobody who gives, and its
    // words say nothing of the handover: only the verb's own auxiliaries
    // ("was not") do.
    let mut from_dateline = false;
    if agent.is_none() && handed_over_in_passive(ctx) {
        let m = ctx.model;
        let mut k = m.tok_at(ctx.ts());
        while k > 0
            && [
                WordClass::Passive,
                WordClass::Auxiliary,
                WordClass::Modal,
                WordClass::Negator,
            ]
            .into_iter()
            .any(|class| m.tokens[k - 1].is(class))
        {
            k -= 1;
        }
        proto.subject_start = Some(m.tokens[k].start);
        proto.left_floor = Some(m.tokens[k].start);
        givers = ctx
            .model
            .dateline_country
            .map(|country| vec![Slot::Actor(Actor::country(country))])
            .unwrap_or_default();
        from_dateline = true;
    }
    proto.right_end = end;
    if givers.is_empty() {
        // "Western and Arab donors pledged 1.9 bln dlrs in aid to
        // Bangladesh": no pair, but the story's recipient for the givers
        // named next ("Japan, the largest donor, pledged about 470 mln").
        proto.cross(vec![], recipients, Mutual::NONE);
        return vec![];
    }
    // The gapped givers between the verb and the recipients.
    if !from_dateline {
        let ts = ctx.ts();
        let first_recipient = m.tok_at(end);
        for ci in m.chunks_in(ts..end) {
            if m.chunks[ci].toks.end < first_recipient && gapped_giver(ctx, ci)
            {
                givers.push(m.chunks[ci].slot.clone());
            }
        }
    }
    proto.cross(givers.clone(), recipients, Mutual::NONE);
    if from_dateline {
        return vec![];
    }
    givers
}

/// The nouns of rebuilding after which a recipient's preposition holds
/// ("towards the reconstruction of Iraq").
const REBUILDING: [&str; 3] = ["reconstruction", "rebuilding", "recovery"];

/// Whether chunk `ci` is a gapped giver: after "and" or a comma, its
/// verb left out and its amount right after it ("Kuwait pledged $200
/// million and Qatar $100 million", "Japan pledged 1.5 billion dollars,
/// Britain 500 million").
fn gapped_giver(ctx: &Ctx<'_, '_>, ci: usize) -> bool {
    let m = ctx.model;
    let c = &m.chunks[ci];
    let k = c.toks.start;
    k > 0
        && matches!(
            c.kind,
            ChunkKind::Country | ChunkKind::Capital | ChunkKind::Official
        )
        && (m.word_is(k - 1, "and") || m.tokens[k - 1].is_punct(','))
        && m.tokens.get(c.toks.end).is_some_and(|t| {
            m.slice(t.start..t.end)
                .starts_with(|ch: char| ch == '$' || ch.is_ascii_digit())
        })
}

/// "Moscow will receive West German credits", "Egypt received U.S. aid
/// worth $2 billion": with no recipient after the
/// trigger, a verb of receiving or approving (lexicon class `receive`)
/// whose goods a country or its demonym qualifies, inside the trigger:
/// that country gives, the subject receives.
fn named_giver(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    // "Poland will buy 180 South Korean tanks": what one buys, the
    // country that qualifies it sells (lexicon class `purchase`).
    if !m
        .tokens
        .get(k)
        .is_some_and(|t| t.is(WordClass::Receive) || t.is(WordClass::Purchase))
    {
        return vec![];
    }
    let Some(giver) = giver_inside(ctx) else { return vec![] };
    let before = givers_before(ctx);
    let (recipients, start) = left_group(ctx, &before);
    if recipients.is_empty() {
        return vec![];
    }
    proto.subject_start = start;
    proto.right_end = ctx.te();
    let giver = Slot::Actor(Actor::country(giver));
    proto.cross(recipients.clone(), vec![giver], Mutual::NONE);
    recipients
}

/// "bought 36 Rafale jets from France": the seller named by "from" right
/// after a purchase, which the buyer before makes a deal with.
fn seller_after(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Option<Vec<Slot>> {
    let m = ctx.model;
    let k = m.tok_at(ctx.te());
    if !m.word_is(k, "from") {
        return None;
    }
    let ci = m.tokens.get(k + 1)?.chunk? as usize;
    let seller = &m.chunks[ci];
    if seller.toks.start != k + 1 || seller.span.end > ctx.clause.end {
        return None;
    }
    let (buyers, start) = left_group(ctx, &givers_before(ctx));
    if buyers.is_empty() {
        return None;
    }
    proto.subject_start = start;
    proto.right_end = seller.span.end;
    proto.cross(buyers.clone(), vec![seller.slot.clone()], Mutual::NONE);
    Some(buyers)
}

/// A country's name or demonym inside the trigger, past its verb ("U.S.
/// aid", "Japanese credits"): who gives the goods it qualifies.
fn giver_inside(ctx: &Ctx<'_, '_>) -> Option<crate::gazetteer::EntityId> {
    let m = ctx.model;
    let from = m.tokens.get(m.tok_at(ctx.ts()))?.end;
    let to = ctx.te();
    m.mentions.iter().find_map(|x| {
        let inside = x.span.start >= from && x.span.end <= to;
        let named =
            matches!(x.kind, MentionKind::Country | MentionKind::Demonym);
        (inside && named).then_some(x.country).flatten()
    })
}

/// "Solomon Islands Drops Taiwan, Switches Diplomatic Recognition To
/// China": in a headline, a second predicate after a comma, the first
/// one's verb a capitalised word between two names, takes the first
/// name (at the clause's start) as its subject, not the first verb's
/// object.
fn headline_first_predicate<'m>(
    ctx: &Ctx<'m, '_>,
    before: &[&'m Chunk],
) -> Option<&'m Chunk> {
    let m = ctx.model;
    let [.., first, object] = before else { return None };
    let trigger = m.slice(ctx.ts()..ctx.te());
    let verb: Vec<&str> = m
        .slice(first.span.end..object.span.start)
        .split_whitespace()
        .collect();
    let lead = m.tok_at(ctx.clause.start)..first.toks.start;
    (trigger.starts_with(char::is_uppercase)
        && m.slice(object.span.end..ctx.ts()).trim() == ","
        && matches!(verb.as_slice(), [v] if v.starts_with(char::is_uppercase)
            && v.len() > 2
            && m.lexicon.classes(v).is_empty())
        && lead.clone().all(|k| m.tokens[k].is(WordClass::Determiner)))
    .then_some(*first)
}

/// The chunks before the trigger that can give (no collective).
fn givers_before<'m>(ctx: &Ctx<'m, '_>) -> Vec<&'m Chunk> {
    subject_candidates(ctx)
        .into_iter()
        .filter(|c| c.kind != ChunkKind::Collective)
        .collect()
}

/// Whether the trigger is a second predicate after "and" that follows a
/// meeting of the same sentence ("met Abbas on Monday and promised help").
pub(super) fn second_after_meeting(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
) -> bool {
    let m = ctx.model;
    let Some(prev) = ctx.previous.filter(|p| !p.object.is_empty()) else {
        return false;
    };
    // After the meeting's object, which may be a place ("arrived in
    // Beijing on Monday and signed").
    let from = before
        .last()
        .map_or(prev.trigger_end, |c| c.span.end)
        .max(prev.object_end.unwrap_or(0));
    let gap: Vec<&str> = m.slice(from..ctx.ts()).split_whitespace().collect();
    // "... and promised", or a participle after a comma ("visited Turkey
    // on Tuesday, signing accords").
    let participle =
        gap.last().is_some_and(|w| w.ends_with(',')) && ctx.starts_with_ing();
    // "... and pledged to send troops": a verb and "to" may stand between
    // "and" and the trigger.
    let and = match gap.as_slice() {
        [.., "and"] => Some(gap.len() - 1),
        [.., "and", _, "to"] => Some(gap.len() - 3),
        _ => None,
    };
    // "met Qarase in Suva on Wednesday and signed": where and when the
    // meeting was may stand before "and" (a place of the partner's own
    // country is no object of the meeting).
    let where_and_when = |i: usize| {
        let (first, trigger) = (m.tok_at(from), m.tok_at(ctx.ts()));
        let and_at = (first..trigger)
            .find(|&k| m.tokens[k].is(WordClass::Coordinator))
            .unwrap_or(trigger);
        i <= 10
            && (first..and_at).all(|k| {
                let (t, word) = (&m.tokens[k], m.word(k));
                t.chunk.is_some_and(|c| {
                    matches!(
                        m.chunks[c as usize].kind,
                        ChunkKind::Capital | ChunkKind::Country
                    )
                }) || t.is(WordClass::Preposition)
                    || t.is(WordClass::Determiner)
                    || m.is_time_word(k)
                    || word.starts_with(char::is_uppercase)
                    || word.chars().all(|c| c.is_ascii_digit())
            })
    };
    from >= prev.trigger_end
        && (and.is_some_and(|i| i <= 3 || where_and_when(i))
            || participle && gap.len() <= 4)
}

/// "held talks with Abbas and promised American help in staging the
/// vote": help with no recipient, promised right after a meeting, is for
/// the one met.
fn met_then_promised(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
) -> Option<(Vec<Slot>, usize)> {
    let prev = ctx.previous?;
    second_after_meeting(ctx, before).then(|| (prev.object.clone(), ctx.te()))
}

/// The actor whose possessive stands right before the trigger.
fn possessor<'m>(ctx: &Ctx<'m, '_>) -> Option<&'m Chunk> {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    if k < 2 || m.tokens[k - 1].shape != Shape::Possessive {
        return None;
    }
    let chunk = &m.chunks[m.tokens[k - 2].chunk? as usize];
    (chunk.kind != ChunkKind::Collective).then_some(chunk)
}

/// Whether the trigger starts with its passive auxiliary ("been donated",
/// "was pledged").
fn starts_passive(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let ts = ctx.ts();
    m.tokens
        .get(m.tok_at(ts))
        .is_some_and(|t| t.start == ts && t.is(WordClass::Passive))
}

/// The agent of a passive trigger: a chunk right after "by" (a
/// determiner may stand between) right after it ("was extradited by
/// Spain", "were handed over by the Pakistani authorities") or after its
/// recipients ("were handed over to Senegal by Gambian authorities").
fn passive_agent<'m>(ctx: &Ctx<'m, '_>) -> Option<&'m Chunk> {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let passive = m
        .prev_word(cs, ts)
        .is_some_and(|p| m.tokens[p].is(WordClass::Passive))
        || starts_passive(ctx);
    // "by" right after the trigger, or after its recipients ("were
    // handed over to Senegal by Gambian authorities").
    let mut by = m.tok_at(ctx.te());
    if m.word_is(by, "to") {
        by += 1;
        // (And past a description: "to famine-stricken Ethiopia by".)
        while by < m.tokens.len()
            && (m.tokens[by].chunk.is_some()
                || m.tokens[by].is(WordClass::Determiner)
                || m.tokens[by].is(WordClass::Coordinator)
                || m.tokens[by].is_punct(',')
                || m.is_describing(by))
        {
            by += 1;
        }
    }
    // "was extradited from Spain to Argentina": where a passive's
    // transfer comes from gives it.
    let from = m.word_is(m.tok_at(ctx.te()), "from");
    if from {
        by = m.tok_at(ctx.te());
    }
    if !passive || !(from || m.word_is(by, "by")) {
        return None;
    }
    let mut k = by + 1;
    if m.tokens.get(k)?.is(WordClass::Determiner) {
        k += 1;
    }
    let t = m.tokens.get(k)?;
    let chunk = &m.chunks[t.chunk? as usize];
    (t.start < ctx.clause.end && chunk.kind != ChunkKind::Collective)
        .then_some(chunk)
}

/// Whether the trigger hands a person over ("extradited", "handed over")
/// in the passive ("was extradited to").
fn handed_over_in_passive(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let mut p = m.prev_word(ctx.clause.start, ctx.ts());
    // "was not extradited".
    while let Some(k) = p.filter(|&k| m.tokens[k].is(WordClass::Negator)) {
        p = m.prev_word(ctx.clause.start, m.tokens[k].start);
    }
    let passive = p.is_some_and(|p| m.tokens[p].is(WordClass::Passive));
    let trigger = m.slice(ctx.ts()..ctx.te());
    passive
        && (trigger
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("extradit"))
            || trigger
                .get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case("handed")))
}

/// "handed over a letter from President Assad to Iranian President
/// Khatami": a letter or message handed over is delivered in person, a
/// meeting of its bearer and its recipient, not a gift.
fn handed_message(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let trigger = m.slice(ctx.ts()..ctx.te());
    let k = m.tok_at(ctx.te());
    trigger.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("hand"))
        && (k..(k + 4).min(m.tokens.len()))
            .take_while(|&j| {
                m.tokens[j].is_word() && m.tokens[j].chunk.is_none()
            })
            .any(|j| m.word_in(j, &["letter", "message"]))
}

/// Whether what the trigger gives is armed or police personnel ("sent
/// troops", "pledged to send Zimbabwean troops").
fn sends_personnel(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    m.prev_word(ctx.ts(), ctx.te())
        .is_some_and(|p| m.tokens[p].is(WordClass::Personnel))
}

/// Whether the trigger is a pledge or an offer ("pledged troops to Mali",
/// "pledged to send troops to Mali", "offered troops"; lexicon class
/// `pledge`): personnel pledged are support, as no invasion is pledged.
fn pledged(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    let pledge =
        |i: usize| m.tokens.get(i).is_some_and(|t| t.is(WordClass::Pledge));
    pledge(k) || (k >= 2 && m.word_is(k - 1, "to") && pledge(k - 2))
}

/// Whether the sentence says, after the trigger, that what is sent is
/// sent to help (a purpose after "to": "to help guard the frontier", "to
/// protect Somalia's government") or at a request or invitation ("at the
/// request of President Salva Kiir"): troops sent so are aid, troops sent
/// otherwise may be an invasion.
fn to_help(ctx: &Ctx<'_, '_>) -> bool {
    requested(ctx) || purpose_before(ctx, ctx.model.span.end)
}

/// Whether a purpose verb after "to" ("to help", "to protect") follows
/// the trigger before byte `end`.
fn purpose_before(ctx: &Ctx<'_, '_>, end: usize) -> bool {
    let m = ctx.model;
    (m.tok_at(ctx.te())..m.tok_at(end)).any(|k| m.purpose_after_to(k))
}

/// Whether a request or an invitation is named after the trigger ("at
/// the request of", "at Honiara's request").
fn requested(ctx: &Ctx<'_, '_>) -> bool {
    requested_before(ctx, ctx.model.span.end)
}

/// Whether a request or an invitation is named after the trigger before
/// byte `end`.
fn requested_before(ctx: &Ctx<'_, '_>, end: usize) -> bool {
    let m = ctx.model;
    (m.tok_at(ctx.te())..m.tok_at(end))
        .any(|k| m.tokens[k].is(WordClass::Claim))
}

/// Whether the trigger is a debt forgiven ("wrote off Iraq's debt") or a
/// request met ("agreed to meet a U.S. request"): the one it is done for
/// is named with the debt or the request, not after "to".
fn ends_with_claim(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    m.prev_word(ctx.ts(), ctx.te())
        .is_some_and(|p| m.tokens[p].is(WordClass::Claim))
}

/// Whose debt is forgiven or whose request is met: the actor inside the
/// trigger ("cancelled Iraqi debt", "wrote off Iraq's debts", "met a U.S.
/// request") or right after it ("the debt of Iraq", "the debt Iraq owes",
/// "debts owed by Iraq", "a request from Washington").
fn claimant(ctx: &Ctx<'_, '_>) -> Option<(Slot, usize)> {
    let m = ctx.model;
    let (ts, te) = (ctx.ts(), ctx.te());
    let actor = |c: &Chunk| c.kind != ChunkKind::Collective;
    if let Some(c) = m
        .chunks
        .iter()
        .rev()
        .find(|c| c.span.start >= ts && c.span.end <= te && actor(c))
    {
        return Some((c.slot.clone(), te));
    }
    // A demonym or a country before the debt or the request is no chunk
    // of its own ("Iraqi debt", "a U.S. request").
    if let Some(EntityRef::Known(id)) = m
        .mentions
        .iter()
        .rev()
        .find(|x| {
            matches!(x.kind, MentionKind::Demonym | MentionKind::Country)
                && x.span.start >= ts
                && x.span.end <= te
        })
        .and_then(|x| x.entity)
    {
        return Some((Slot::Actor(Actor::country(id)), te));
    }
    // "an appeal for military help from Malian President Traore": what
    // is asked for may stand before "from" and the one who asks.
    let within = m.words_forward(te, ctx.clause.end, 6);
    let c = m
        .chunks
        .iter()
        .find(|c| c.span.start >= te && c.span.start < within && actor(c))?;
    let gap = m.tok_at(te)..c.toks.start;
    let from = gap.end > gap.start && m.word_is(gap.end - 1, "from");
    // "the debt owed to Germany": the creditor, not the debtor.
    let creditor = gap.clone().any(|k| m.word_in(k, &["to", "for"]));
    let near = c.span.start < m.words_forward(te, ctx.clause.end, 3);
    ((from || (near && !creditor))
        && !m.slice(te..c.span.start).contains([',', ';']))
    .then(|| (c.slot.clone(), c.span.end))
}

/// With no recipient after "to" or "for": a country, capital or person
/// right after the verb, inside the trigger, receives ("gave Iraq $10
/// million", "agreed to lend Pakistan 200 million dollars"); not a
/// demonym, which names a maker or a kind ("sold Israeli drones"), nor a
/// possessive ("pledged Brazil's support") but before an institution
/// ("give Nepal's army").
fn indirect_object(ctx: &Ctx<'_, '_>) -> Option<(Vec<Slot>, usize)> {
    let m = ctx.model;
    let (ts, te) = (ctx.ts(), ctx.te());
    let verb = m.tok_at(ts);
    // "will lend the Philippines 70 billion yen": "the" may stand between.
    let at = if m.word_is(verb + 1, "the") { verb + 2 } else { verb + 1 };
    // "Arias told reporters Azcona had assured him of Honduras' support":
    // "him" is the one other person named before a reporting verb or a
    // subordinator that opens the giver's clause, or before a giver whose
    // relative clause the trigger is in.
    if m.word_in(at, &["him", "her"]) && m.tokens[at].end < te {
        let people: Vec<&Chunk> = m.chunks[m.chunks_in(m.span.start..ts)]
            .iter()
            // ("Arias, who came after talks with Cerezo, told": not one
            // in a relative clause closed before.)
            .filter(|c| {
                c.kind == ChunkKind::Person
                    && !m.in_relative_closed_before(c, ts)
            })
            .collect();
        if let [other, giver] = people.as_slice() {
            // Or a relative word after the giver ("held talks with Singh,
            // who assured him").
            let opens =
                (other.toks.end..giver.toks.start).any(|k| {
                    m.tokens[k].is(WordClass::Subordinator)
                        || m.tokens[k].is(WordClass::Reporting)
                }) || m.tokens.get(giver.toks.end + 1).is_some_and(|t| {
                    t.is(WordClass::Relative)
                        && m.tokens[giver.toks.end].is_punct(',')
                });
            if opens && other.actor().is_some_and(|a| a.country.is_some()) {
                return Some((vec![other.slot.clone()], te));
            }
        }
        return None;
    }
    let c = m.chunks.iter().find(|c| c.toks.start == at && c.span.end < te)?;
    let demonym = m.mentions.iter().any(|x| {
        x.span.start == c.span.start && x.kind == MentionKind::Demonym
    });
    // "pledged Brazil's full support": a possessive is the giver's name;
    // not before one of its institutions ("give Nepal's army two more
    // helicopters").
    let possessive =
        m.tokens.get(c.toks.end).is_some_and(|t| t.shape == Shape::Possessive)
            && !m.word_in(
                c.toks.end + 1,
                &["army", "armed", "military", "government", "police", "navy"],
            );
    (!demonym && !possessive && c.kind != ChunkKind::Collective)
        .then(|| (vec![c.slot.clone()], te))
}

/// "sent 2,000 soldiers at the request of the Albanian government", "at
/// Maputo's request", "at the invitation of King Fahd", "following a
/// request from President Gusmao": what is sent at
/// someone's request or invitation goes to the one who asked (when no
/// recipient follows "to": that comes first). The phrase must follow the
/// trigger in its clause, within a dozen words.
fn requester(ctx: &Ctx<'_, '_>) -> Option<(Vec<Slot>, usize)> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let first = m.tok_at(te);
    let actor = |c: &&Chunk| {
        !matches!(c.kind, ChunkKind::Collective | ChunkKind::Organisation)
    };
    for k in first..(first + 12).min(m.tokens.len()) {
        let t = &m.tokens[k];
        if t.start >= ce || t.is_punct(';') {
            return None;
        }
        if !m.word_in(k, &["request", "invitation"]) {
            continue;
        }
        // "at the request of X" (X's chunk right after "of", or after
        // "of the"); "following a request from X", "in response to the
        // request of X".
        if k >= 2
            && m.word_in(k - 1, &["the", "a"])
            && m.word_in(k - 2, &["at", "following", "after", "on", "to"])
        {
            let at = if m.word_is(k + 2, "the") { k + 3 } else { k + 2 };
            if !m.word_in(k + 1, &["of", "from"]) {
                return None;
            }
            let c = m
                .chunks
                .iter()
                .find(|c| c.toks.start == at && c.span.end <= ce);
            return c
                .filter(actor)
                .map(|c| (vec![c.slot.clone()], c.span.end));
        }
        // "at Maputo's request": X's chunk, its possessive, the noun.
        let c = m.chunks.iter().find(|c| {
            c.toks.end + 1 == k
                && m.tokens[c.toks.end].shape == Shape::Possessive
                && c.toks.start >= 1
                && m.word_is(c.toks.start - 1, "at")
        });
        return c
            .filter(actor)
            .map(|c| (vec![c.slot.clone()], m.tokens[k].end));
    }
    None
}

/// "Japan will provide aid to Bangladesh ... Britain, the United States
/// and Saudi Arabia have also pledged relief": aid with no recipient in
/// its sentence goes to the one recipient of the story's latest aid, when
/// nothing after the trigger in its clause (up to a comma) names a place
/// or another party and no "to" or "for" follows it.
fn story_recipient(ctx: &Ctx<'_, '_>) -> Option<(Vec<Slot>, usize)> {
    let slot = ctx.aid_recipient?;
    let m = ctx.model;
    // Up to the clause's end or a comma ("..., a Bangladesh government
    // spokesman said": the reporter).
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let ce = m.slice(te..ce).find(',').map_or(ce, |i| te + i);
    let named_after = m.chunks[m.chunks_in(te..ce)]
        .iter()
        .any(|c| c.span.end <= ce)
        || m.mentions.iter().any(|x| x.span.start >= te && x.span.end <= ce);
    let next = m.tok_at(te);
    let addressed = m.word_in(next, &["to", "for", "into"])
        || m.prev_word(ctx.ts(), te)
            .is_some_and(|p| m.word_in(p, &["to", "for"]));
    (!named_after && !addressed).then(|| (vec![slot.clone()], te))
}

/// The recipients (the first one's chunk with those coordinated to it:
/// "to Bhutan and the Maldives") and where they end. `agent` (a passive's
/// `by` agent) is no recipient; `personnel` (the trigger sends troops or
/// police, with no request named) reads no recipient after "into"; after
/// a verb of keeping forces (lexicon class `station`), one named with a
/// request follows "in".
fn recipients(
    ctx: &Ctx<'_, '_>,
    agent: Option<&Chunk>,
    personnel: bool,
) -> Option<(Vec<Slot>, usize)> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let first = m.tok_at(te);
    // The trigger may end with its preposition ("aid to").
    let trigger_ends_with_to = m
        .prev_word(ctx.ts(), te)
        .is_some_and(|p| m.word_in(p, &["to", "for"]));
    let mut prep = trigger_ends_with_to;
    // Where the last preposition ended.
    let mut prep_end = trigger_ends_with_to.then_some(te);
    let stationing = m
        .tokens
        .get(m.tok_at(ctx.ts()))
        .is_some_and(|t| t.is(WordClass::Station));
    // A name the gazetteers do not know, listed first, keeps the
    // preposition for the next ("to Aceh and Sri Lanka").
    let mut unknown_name = false;
    // "extradited Gilberto Rodriguez Orejuela, co-founder of the Cali
    // cartel, to the United States": inside an aside that a comma and a
    // lowercase word open before any preposition, names and places are
    // no recipients.
    let mut aside = false;
    // "was extradited by Spain to Morocco": the agent is no recipient.
    let agent = agent.map(|a| a.span.clone());
    for k in first..(first + 16).min(m.tokens.len()) {
        let t = &m.tokens[k];
        if t.start >= ce || t.is_punct(';') {
            return None;
        }
        if t.is_punct(',') {
            // "to Aceh, Sri Lanka"; "in grants, loans and fuel to Egypt":
            // a list of names, or of what is given, goes on.
            let next_lower = m.tokens.get(k + 1).is_some_and(|n| {
                n.is_word() && m.word(k + 1).starts_with(char::is_lowercase)
            });
            // "to the Polisario Front, which seeks independence for
            // Western Sahara": a relative clause tells of the unknown
            // name; its words name no recipient.
            let relative =
                m.tokens.get(k + 1).is_some_and(|n| n.is(WordClass::Relative));
            let gapped = !prep
                && m.tokens
                    .get(k + 1)
                    .and_then(|n| n.chunk)
                    .is_some_and(|ci| gapped_giver(ctx, ci as usize));
            if !relative
                && ((prep && unknown_name) || (!prep && next_lower) || gapped)
            {
                // (Not a clause that "and" opens: "has troops there, and
                // Malawi agreed".)
                let coordinated = m
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.is(WordClass::Coordinator));
                aside = !prep && next_lower && !coordinated && !aside;
                continue;
            }
            return None;
        }
        // "switched recognition from Taipei to Beijing": where it comes
        // from is not who receives it.
        if k > first && m.word_is(k - 1, "from") {
            continue;
        }
        if let Some(ci) = t.chunk {
            let c = &m.chunks[ci as usize];
            if agent.as_ref() == Some(&c.span)
                || (!prep && (aside || gapped_giver(ctx, ci as usize)))
            {
                continue;
            }
            // "support for the government of Sierra Leone", "aid to the
            // people of Haiti": an official noun and "of" after the
            // preposition keep it for the name.
            let prep = prep
                || prep_end.is_some_and(|p| {
                    m.word_count(p..c.span.start) <= 4
                        && hits(
                            &ctx.rules.cues.official_of,
                            m.slice(p..c.span.start),
                        )
                });
            // "extradited senior FARC commander Ricardo Palmera to the
            // United States": the one handed over is no recipient.
            if !prep
                && matches!(
                    c.kind,
                    ChunkKind::Person | ChunkKind::Organisation
                )
            {
                continue;
            }
            // "provides military aid to both countries": the story's two
            // countries; no other collective receives.
            if !prep
                || (c.kind == ChunkKind::Collective
                    && c.slot != Slot::Countries)
            {
                return None;
            }
            let mut group = vec![c];
            let mut from = ci as usize + 1;
            loop {
                for (ni, next) in m.chunks[from..].iter().enumerate() {
                    let last = group.last().expect("one");
                    // "to Iraq and Britain 500 troops": a gapped giver.
                    if next.span.start >= ce
                        || !joined(ctx, last, next)
                        || gapped_giver(ctx, from + ni)
                    {
                        break;
                    }
                    group.push(next);
                }
                // "to Bhutan and the Maldives on Wednesday and to
                // Bangladesh and Nepal on Thursday": a second "to" phrase
                // after a time phrase goes on the list.
                let Some(next) = second_to(ctx, group.last().expect("one"))
                else {
                    break;
                };
                group.push(&m.chunks[next]);
                from = next + 1;
            }
            let end = group.last().expect("one").span.end;
            return Some((
                group.iter().map(|c| c.slot.clone()).collect(),
                end,
            ));
        }
        // "aid directly to the Lebanese people": a nation named by its
        // people.
        if prep {
            if let Some(country) = people_of(ctx, k) {
                let end = m.tokens[k + 1].end;
                return Some((
                    vec![Slot::Actor(Actor::country(country))],
                    end,
                ));
            }
        }
        if let Some(site) = m.sites.iter().find(|s| s.span.start == t.start) {
            if aside && !prep {
                continue;
            }
            if prep && !m.owns_insurgents(site.span.end) {
                return Some((
                    vec![Slot::Actor(Actor::country(site.country))],
                    site.span.end,
                ));
            }
            return None;
        }
        let name = t.is_word() && m.word(k).starts_with(char::is_uppercase);
        // "poured aid into Gaza"; troops sent "into" a country are the
        // wording of an invasion ("sends troops into Afghanistan to
        // support a pro-Moscow regime"), not aid.
        if m.word_in(k, &["to", "for", "toward", "towards"])
            || (m.word_is(k, "into") && !personnel)
            // "keeps 1,400 troops in Chad at the request of its
            // government": forces kept somewhere at a request, or to help
            // ("will keep their troops in Mozambique to help government
            // forces").
            || (m.word_is(k, "in")
                && stationing
                && (!personnel
                    || purpose_before(ctx, ctx.clause.end)
                    || requested_before(ctx, ctx.clause.end)))
        {
            prep = true;
            prep_end = Some(t.end);
        } else {
            unknown_name |= prep && name;
            // "to rebuild Sri Lanka's north", "to help the Moroccan
            // authorities": the purpose names who is helped.
            prep = prep
                && (name
                    || t.is(WordClass::Determiner)
                    // "to crisis-hit Sri Lanka", "to neighbouring Chad".
                    || m.is_describing(k)
                    || (k > first && m.purpose_after_to(k))
                    // "towards the reconstruction of Iraq".
                    || m.word_in(k, &REBUILDING)
                    || (m.word_is(k, "of") && m.word_in(k - 1, &REBUILDING))
                    // "to shore up", "to prop up".
                    || (m.word_is(k, "up")
                        && m.tokens[k - 1].is(WordClass::Purpose))
                    || (unknown_name && m.word_is(k, "and")));
        }
    }
    None
}

/// The chunk (index) of a second recipient phrase after `last`: at most
/// four time words ("on Thursday"), then "and to", "the" at most, and a
/// chunk of the same clause.
fn second_to(ctx: &Ctx<'_, '_>, last: &Chunk) -> Option<usize> {
    let m = ctx.model;
    let mut k = last.toks.end;
    let mut time = 0;
    while k < m.tokens.len() && time < 4 && m.is_time_word(k) {
        k += 1;
        time += 1;
    }
    if !(m.word_is(k, "and") && m.word_is(k + 1, "to")) {
        return None;
    }
    let starts_at = |at: usize| {
        let ci = m.tokens.get(at)?.chunk? as usize;
        let c = &m.chunks[ci];
        (c.toks.start == at
            && c.span.end <= ctx.clause.end
            && c.kind != ChunkKind::Collective)
            .then_some(ci)
    };
    starts_at(k + 2).or_else(|| {
        m.word_is(k + 2, "the").then(|| starts_at(k + 3)).flatten()
    })
}

/// The country of a demonym at token `k` followed by "people",
/// "population" or "citizens" ("the Lebanese people"), or of a plural
/// demonym that is no name's title ("to help Haitians left homeless").
fn people_of(
    ctx: &Ctx<'_, '_>,
    k: usize,
) -> Option<crate::gazetteer::EntityId> {
    let m = ctx.model;
    let start = m.tokens[k].start;
    let demonym = m
        .mentions
        .iter()
        .find(|x| x.span.start == start && x.kind == MentionKind::Demonym)?;
    let next = m.tok_at(demonym.span.end);
    let people = next < m.tokens.len()
        && next == k + 1
        && m.word_in(next, &["people", "population", "citizens"]);
    let plural = m.slice(demonym.span.clone()).ends_with('s')
        && m.tokens.get(next).is_none_or(|t| {
            !(t.is_word() && m.word(next).starts_with(char::is_uppercase))
        });
    (people || plural).then_some(demonym.country).flatten()
}
