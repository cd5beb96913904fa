//! The `joint` frame: forces or governments of two or more countries
//! acting together are COOPERATION among them.
//!
//! - A `joint` trigger ("joint", "jointly") relates a hyphenated pair right
//!   after it ("a joint U.S.-Afghan operation"), else its subject group
//!   ("Russia and China held joint exercises"), with an object after
//!   "with" ("India held joint drills with Japan"), else a `by` agent
//!   group ("a joint offensive by US and Iraqi forces").
//! - [`military_lists`], run once per sentence: a coordinated list of the
//!   forces of two or more countries as a subject ("US and Iraqi troops
//!   stormed ...", "as US and Iraqi forces battle insurgents") acts
//!   jointly. The same list as an object ("attacked US and Iraqi forces")
//!   or after "between" ("clashes between Indian and Pakistani troops") is
//!   no cooperation; nor is one followed by a `NEGATION hostile` cue
//!   ("Indian and Pakistani troops exchanged fire").

use crate::lexicon::WordClass;

use super::super::model::{Chunk, ChunkKind, SentenceModel, Slot};
use super::super::rules::{hits, RelationRules};
use super::super::{Actor, Mode, RelationKind, Status};
use super::svo::{
    coordinated, left_group, numbered_group, subject_candidates,
};
use super::{Ctx, Mutual, Parties, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let m = ctx.model;
    // "to address a joint session of Congress": a sitting of one
    // legislature's two houses, no act of the speakers.
    if m.word_in(m.tok_at(ctx.te()), &["session", "sessions", "sitting"]) {
        return vec![];
    }
    // "a joint U.S.-Afghan operation".
    if let Some((a, b)) = pair_after(ctx) {
        proto.cross(vec![a], vec![b], Mutual::NONE);
        return vec![];
    }
    let before = subject_candidates(ctx);
    let (mut left, start) = left_group(ctx, &before);
    // "The United States and Mexico said they would jointly present".
    super::svo::reported_they(ctx, &before, &mut left);
    proto.subject_start = start;
    let with = with_object(ctx);
    // "Iran rejected a package drawn up jointly by Britain, France and
    // Germany": two or more `by` agents act jointly, whoever the subject.
    let agents = by_agents(ctx);
    if agents.len() >= 2 && with.is_none() {
        proto.subject_start = None;
        proto.parties = Parties::Within(agents.clone());
        return agents;
    }
    // "A joint statement committing Egypt, Sudan and Ethiopia to complete
    // the studies": the group it binds.
    if let Some(bound) = bound_group(ctx).filter(|_| with.is_none()) {
        proto.subject_start = None;
        proto.parties = Parties::Within(bound.clone());
        return bound;
    }
    match (left.len(), with) {
        // "In a joint statement, Canada and the Netherlands said": the
        // group right after a fronted phrase's comma.
        (0, None) => {
            if let Some(group) = fronted_group(ctx) {
                proto.right_end = ctx.te();
                proto.parties = Parties::Within(group.clone());
                return group;
            }
        }
        (0, _) => {}
        // "held joint drills with India and Brazil": all act together.
        (_, Some((objects, end))) => {
            proto.right_end = end;
            let all = Mutual { left: true, right: true };
            proto.cross(left.clone(), objects, all);
        }
        // "The two Nordic neighbours submitted their bids jointly".
        (1, None) if matches!(left[0], Slot::Parties | Slot::Countries) => {
            proto.parties =
                match before.last().and_then(|c| numbered_group(ctx, c)) {
                    Some(group) => Parties::Within(group),
                    None => Parties::Collective(left[0].clone()),
                };
        }
        // "visits Libya to pave the way for joint efforts": the previous
        // predicate's subject with its object, if that predicate held ("is
        // willing to sign a protocol with X to set up a joint group").
        // "Kuala Lumpur had agreed to step up joint patrols along the two
        // countries' border": a collective within four words after the
        // trigger names who act jointly.
        (1, None) => {
            if let Some(collective) = collective_after(ctx) {
                proto.parties = Parties::Collective(collective.clone());
            } else if let (Some(prev), Some(nearest)) =
                (ctx.previous.filter(|p| p.kept), before.last())
            {
                let object = prev.object_end.is_some_and(|end| {
                    nearest.span.start >= prev.trigger_end
                        && nearest.span.end <= end
                });
                if object {
                    proto.cross(
                        prev.subject.clone(),
                        left.clone(),
                        Mutual::NONE,
                    );
                }
            }
        }
        (_, None) => proto.parties = Parties::Within(left.clone()),
    }
    let _ = m;
    left
}

/// A collective ("the two countries'", "both sides'") starting within four
/// words after the trigger, in its clause.
fn collective_after<'m>(ctx: &Ctx<'m, '_>) -> Option<&'m Slot> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let end = m.words_forward(te, ce, 4);
    m.chunks[m.chunks_in(te..end)]
        .iter()
        .find(|c| c.kind == ChunkKind::Collective)
        .map(|c| &c.slot)
}

/// "In a joint statement, A and B said": when the trigger stands in a
/// phrase fronted by a preposition, the coordinated group of two or more
/// right after the comma that closes the phrase (at most an article
/// between).
fn fronted_group(ctx: &Ctx<'_, '_>) -> Option<Vec<Slot>> {
    let m = ctx.model;
    let (cs, ts, te, ce) =
        (ctx.clause.start, ctx.ts(), ctx.te(), ctx.clause.end);
    let first = m.tok_at(cs);
    if !m.tokens.get(first).is_some_and(|t| t.is(WordClass::Preposition))
        || m.word_count(cs..ts) > 3
    {
        return None;
    }
    let comma = (m.tok_at(te)..m.tok_at(m.words_forward(te, ce, 4)))
        .find(|&k| m.tokens[k].is_punct(','))?;
    let group = group_at(ctx, m.tokens[comma].end)?;
    (group.len() >= 2).then(|| group.iter().map(|c| c.slot.clone()).collect())
}

/// The chunk at most one word after `from` in the clause (no collective),
/// with the chunks coordinated to it.
fn group_at<'m>(ctx: &Ctx<'m, '_>, from: usize) -> Option<Vec<&'m Chunk>> {
    let m = ctx.model;
    let chunks = &m.chunks[m.chunks_in(from..ctx.clause.end)];
    let c = chunks.first()?;
    if m.word_count(from..c.span.start) > 1 || c.kind == ChunkKind::Collective
    {
        return None;
    }
    Some(coordinated(ctx, chunks))
}

/// A hyphenated pair of countries right after the trigger.
fn pair_after(ctx: &Ctx<'_, '_>) -> Option<(Slot, Slot)> {
    let m = ctx.model;
    let te = ctx.te();
    let mut ms = m.mentions.iter().filter(|x| x.span.start >= te);
    let a = ms.next()?;
    let b = ms.next()?;
    let gap_ok = m.word_count(te..a.span.start) <= 1;
    let dash = m.slice(a.span.end..b.span.start);
    if !(gap_ok && matches!(dash, "-" | "–" | "/")) {
        return None;
    }
    Some((
        Slot::Actor(Actor::country(a.country?)),
        Slot::Actor(Actor::country(b.country?)),
    ))
}

/// "with X" (and those coordinated to X) right after the trigger's noun
/// phrase (within 4 words).
fn with_object(ctx: &Ctx<'_, '_>) -> Option<(Vec<Slot>, usize)> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let window = m.words_forward(te, ce, 5);
    let pos = m.slice(te..window).find(" with ")?;
    // "a joint communique proposing talks with Thailand": the "with" of
    // another trigger between.
    // (The triggers are in text order.)
    let next = m.triggers.partition_point(|t| t.span.start < te);
    if m.triggers.get(next).is_some_and(|t| t.span.start < te + pos) {
        return None;
    }
    let group = group_at(ctx, te + pos + " with ".len())?;
    let end = group.last().expect("one").span.end;
    Some((group.iter().map(|c| c.slot.clone()).collect(), end))
}

/// "a joint statement committing Egypt, Sudan and Ethiopia to": a
/// participle of binding within three words after the trigger, and the
/// group of two or more right after it.
fn bound_group(ctx: &Ctx<'_, '_>) -> Option<Vec<Slot>> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let (first, last) = (m.tok_at(te), m.tok_at(m.words_forward(te, ce, 3)));
    let k = (first..last).find(|&k| {
        m.word_in(k, &["committing", "binding", "obliging", "pledging"])
    })?;
    let group = group_at(ctx, m.tokens[k].end)?;
    (group.len() >= 2).then(|| group.iter().map(|c| c.slot.clone()).collect())
}

/// "a joint offensive by US and Iraqi forces".
fn by_agents(ctx: &Ctx<'_, '_>) -> Vec<Slot> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    // "a joint offensive by": within four words; "Coordinated naval
    // patrols of the Malacca Strait were launched by": past a passive
    // participle, within ten.
    let window = m.words_forward(te, ce, 4);
    let from = match m.slice(te..window).find(" by ") {
        Some(pos) => te + pos + " by ".len(),
        None => {
            let (first, last) =
                (m.tok_at(te), m.tok_at(m.words_forward(te, ce, 10)));
            let Some(k) = (first + 1..last).find(|&k| {
                m.word_is(k, "by")
                    && m.word_in(
                        k - 1,
                        &[
                            "launched",
                            "conducted",
                            "held",
                            "staged",
                            "out",
                            "organised",
                            "organized",
                            "mounted",
                            "undertaken",
                            "run",
                            "manned",
                            "operated",
                            "established",
                            "up",
                            "formed",
                            "signed",
                            "drafted",
                            "begun",
                            "started",
                        ],
                    )
                    && (first..k).all(|j| {
                        m.tokens[j].is_word() && m.tokens[j].chunk.is_none()
                    })
            }) else {
                return vec![];
            };
            m.tokens[k].end
        }
    };
    let chunks = &m.chunks[m.chunks_in(from..ce)];
    let Some(first) = chunks.first() else { return vec![] };
    if m.word_count(from..first.span.start) > 1 {
        return vec![];
    }
    coordinated(ctx, chunks).iter().map(|c| c.slot.clone()).collect()
}

/// Coordinated lists of military officials of two or more countries in
/// subject position: COOPERATION among them, one proto per list.
pub(crate) fn military_lists(
    rules: &RelationRules,
    m: &SentenceModel<'_>,
    mut push: impl FnMut(super::Proto),
) {
    let mut i = 0;
    while i < m.chunks.len() {
        let mut j = i + 1;
        while j < m.chunks.len() && m.chunks[j].joined_prev {
            j += 1;
        }
        let list = &m.chunks[i..j];
        i = j;
        let Some(last) = list.last() else { continue };
        if list.len() < 2 || !last.military {
            continue;
        }
        let officials = list.iter().all(|c| {
            matches!(c.kind, ChunkKind::Official | ChunkKind::Country)
        });
        let countries = distinct_countries(list);
        if !officials || countries < 2 || !is_subject(m, list) {
            continue;
        }
        // "Israeli and Lebanese officers met", "India, Bangladesh border
        // guards open talks": they met each other (a meeting trigger
        // within three words).
        let near = m.words_forward(last.span.end, m.span.end, 3);
        if m.triggers.iter().any(|t| {
            t.span.start >= last.span.end
                && t.span.start < near
                && rules.triggers[t.rule].kind == RelationKind::Meeting
        }) {
            continue;
        }
        // "German and Soviet armies were responsible for ...", "U.S.,
        // British and French warships remain in the Gulf": a state
        // described, not an act ("were deployed", "are patrolling" are).
        let next = m.tok_at(last.span.end);
        let participle = next + 1 < m.tokens.len() && {
            let w = m.word(next + 1);
            w.ends_with("ed") || w.ends_with("ing")
        };
        if next < m.tokens.len()
            && m.tokens[next].is(WordClass::Stative)
            && !(m.tokens[next].is(WordClass::Auxiliary) && participle)
        {
            continue;
        }
        // "Indian and Pakistani troops exchanged fire".
        let after = m.words_forward(last.span.end, m.span.end, 8);
        if hits(&rules.cues.negation_hostile, m.slice(last.span.end..after)) {
            continue;
        }
        let noun_start = m
            .mentions
            .iter()
            .filter(|x| {
                x.span.end <= last.span.end && x.span.start >= last.span.start
            })
            .map(|x| x.span.end)
            .next_back()
            .unwrap_or(last.span.start);
        let trigger = m.text[noun_start..last.span.end].trim_start();
        let trigger_start = last.span.end - trigger.len();
        push(Proto {
            kind: RelationKind::Cooperation,
            status: Status::Reported,
            mode: Mode::Unspecified,
            parties: Parties::Within(
                list.iter().map(|c| c.slot.clone()).collect(),
            ),
            lone: None,
            right_end: last.span.end,
            subject_start: Some(list[0].span.start),
            left_floor: None,
            visit: false,
            states: true,
            host: false,
            trigger: trigger_start..last.span.end,
            sentence: m.sentence_idx,
        });
    }
}

fn distinct_countries(list: &[Chunk]) -> usize {
    let mut seen = vec![];
    for c in list {
        if let Some(country) = c.actor().and_then(|a| a.country) {
            if !seen.contains(&country) {
                seen.push(country);
            }
        }
    }
    seen.len()
}

/// Whether a list stands where a subject stands: at the start of its
/// clause, after a comma, a conjunction ("as", "while"), a relative
/// pronoun, a sentence-initial determiner, or "by" (an agent).
fn is_subject(m: &SentenceModel<'_>, list: &[Chunk]) -> bool {
    let first = list[0].toks.start;
    let Some(p) = first.checked_sub(1) else { return true };
    let t = &m.tokens[p];
    if t.is_punct(',')
        || t.is_punct(';')
        || t.is_punct(':')
        || t.is_punct('-')
        || t.is_punct('—')
    {
        return true;
    }
    if t.is(WordClass::Determiner) {
        return p == 0 || !m.tokens[p - 1].is_word();
    }
    t.is(WordClass::Subordinator)
        || t.is(WordClass::Contrast)
        || t.is(WordClass::Relative)
        || m.word_is(p, "by")
        || m.word_is(p, "and") && p > 0 && m.tokens[p - 1].is_punct(',')
}
