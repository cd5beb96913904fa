//! The `ally` frame: a relation noun said of one party ("ally", "strategic
//! partner", "aid donor", "backer", "creditor", "arms supplier") is
//! COOPERATION between that party and the ones it names.
//!
//! - "A's allies B and C", "A's ally B": the possessor and the chunks
//!   right after the noun (an apposition, at most one word between).
//! - "B, an ally of A", "B, one of A's closest allies": the chunk before
//!   the appositive comma and the possessor (or the chunk after "of").
//! - "A ... French, German allies": bare demonyms right before the noun
//!   are the allies; the party is the noun phrase's subject.
//!
//! Anything else ("Washington's military allies in Iraq" with no ally
//! named) relates nobody: whose allies they are is said, who they are is
//! not.

use crate::lexicon::WordClass;
use crate::resolve::MentionKind;

use super::super::model::{Chunk, Slot};
use super::super::Actor;
use super::svo::{joined, subject_candidates};
use super::{Ctx, Mutual, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let m = ctx.model;
    let (ts, te) = (ctx.ts(), ctx.te());
    let before = subject_candidates(ctx);
    // The possessor: "A's [closest] allies".
    let possessor = before.last().filter(|c| {
        let k = c.toks.end;
        m.tokens.get(k).is_some_and(|t| {
            t.shape == super::super::model::Shape::Possessive
                || t.is_punct('\'')
                || t.is_punct('’')
        }) && m.word_count(c.span.end..ts) <= 3
    });
    if let Some(owner) = possessor {
        // "A's allies B and C".
        let named = named_after(ctx, te);
        if !named.is_empty() {
            proto.right_end = named.last().map_or(te, |c| c.span.end);
            proto.subject_start = Some(owner.span.start);
            proto.cross(vec![owner.slot.clone()], slots(&named), Mutual::NONE);
            return vec![];
        }
        // "B, one of A's closest allies"; "B, who ... is one of A's
        // closest allies".
        let head = appositive_head(ctx, owner.span.start)
            .or_else(|| relative_head(ctx, ts));
        if let Some(ally) = head {
            proto.cross(
                vec![ally.slot.clone()],
                vec![owner.slot.clone()],
                Mutual::NONE,
            );
            return vec![];
        }
        // "Russia would remain Ukraine's strategic partner": the subject
        // of a copula before the possessor.
        // (The owner is the last chunk before the noun.)
        if let [.., subject, _] = before.as_slice() {
            if copula_between(ctx, subject.span.end, owner.span.start) {
                proto.subject_start = Some(subject.span.start);
                proto.cross(
                    vec![subject.slot.clone()],
                    vec![owner.slot.clone()],
                    Mutual::NONE,
                );
            }
        }
        return vec![];
    }
    // "Russia and Ukraine are strategic partners": a group of two or
    // more before a copula, with only the noun's modifiers between.
    // ("allies of the United States" are someone else's.)
    let (group, start) = super::svo::left_group(ctx, &before);
    if group.len() >= 2 && !m.word_is(m.tok_at(te), "of") {
        if let Some(last) = before.last() {
            let k = m.tok_at(ts);
            let modifiers = (m.tok_at(last.span.end)..k)
                .rev()
                .take_while(|&i| m.word_in(i, &MODIFIERS));
            let from = modifiers.last().map_or(ts, |i| m.tokens[i].start);
            if copula_between(ctx, last.span.end, from) {
                proto.subject_start = start;
                proto.parties = super::Parties::Within(group.clone());
                return group;
            }
        }
    }
    // "Washington will designate Pakistan a major non-NATO ally": a verb
    // of naming, its object, then the noun with an article and modifiers.
    // ("non-NATO" names no party.)
    let mut named = before
        .iter()
        .rev()
        .filter(|c| !m.slice(m.span.start..c.span.start).ends_with("non-"));
    if let (Some(object), Some(subject)) = (named.next(), named.next()) {
        if named_as_ally(ctx, subject, object) {
            proto.subject_start = Some(subject.span.start);
            proto.right_end = object.span.end;
            proto.cross(
                vec![subject.slot.clone()],
                vec![object.slot.clone()],
                Mutual::NONE,
            );
            return vec![subject.slot.clone()];
        }
    }
    // "B, an ally of A".
    if m.word_is(m.tok_at(te), "of") {
        let from = m.tok_start(m.tok_at(te) + 1);
        let of = m.chunks[m.chunks_in(from..ctx.clause.end)].first();
        let ally = appositive_head(ctx, ts);
        if let (Some(of), Some(ally)) = (of, ally) {
            if m.word_count(from..of.span.start) <= 1 {
                proto.right_end = of.span.end;
                proto.cross(
                    vec![ally.slot.clone()],
                    vec![of.slot.clone()],
                    Mutual::NONE,
                );
            }
        }
        return vec![];
    }
    // "Zapatero welcomes ... French, German allies".
    let demonyms = demonyms_before(ctx, ts);
    if !demonyms.is_empty() {
        if let Some(subject) = before
            .iter()
            .rev()
            .find(|c| c.span.end <= demonyms[0].0 && c.actor().is_some())
        {
            let allies =
                demonyms.iter().map(|(_, a)| Slot::Actor(a.clone())).collect();
            proto.subject_start = Some(subject.span.start);
            proto.cross(vec![subject.slot.clone()], allies, Mutual::NONE);
        }
    }
    vec![]
}

/// Whether `subject`, a verb of naming ("designated", "named", "made")
/// and `object` stand right before the trigger, with only an article and
/// modifiers between `object` and it ("a major non-NATO", "a key").
fn named_as_ally(ctx: &Ctx<'_, '_>, subject: &Chunk, object: &Chunk) -> bool {
    let m = ctx.model;
    let (obj_end, trigger) = (object.toks.end, m.tok_at(ctx.ts()));
    let article = m.word_in(obj_end, &["a", "an"]);
    let modifiers = (obj_end + 1..trigger).all(|k| {
        m.word_in(k, &MODIFIERS)
            || m.word(k)
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("non-"))
    });
    // The verb may follow auxiliaries and modals ("will designate").
    let (from, to) = (m.tok_at(subject.span.end), object.toks.start);
    let verb_before = to.checked_sub(1).filter(|&v| v >= from);
    let naming = verb_before.is_some_and(|v| {
        m.tokens[v].is(WordClass::Naming)
            && (from..v).all(|k| {
                m.tokens[k].is(WordClass::Auxiliary)
                    || m.tokens[k].is(WordClass::Modal)
            })
    });
    naming && article && modifiers && trigger > obj_end
}

/// Whether the words from `from` to `to` are a copula and nothing else
/// ("is", "are", "would remain", "has long been").
fn copula_between(ctx: &Ctx<'_, '_>, from: usize, to: usize) -> bool {
    let m = ctx.model;
    let toks = m.tok_at(from)..m.tok_at(to);
    let copula = |i: usize| {
        m.word_in(
            i,
            &[
                "is", "are", "was", "were", "remain", "remains", "remained",
                "be", "been",
            ],
        )
    };
    !toks.is_empty()
        && toks.len() <= 4
        && toks.clone().any(copula)
        && toks.clone().all(|i| {
            copula(i)
                || m.tokens[i].is(WordClass::Modal)
                || m.word_in(
                    i,
                    &["has", "have", "had", "long", "still", "also", "always"],
                )
        })
}

/// Words that may describe an ally, a donor or a backer ("a close ally",
/// "one of A's strongest allies", "a major financial backer of A").
const MODIFIERS: [&str; 20] = [
    "biggest",
    "chief",
    "close",
    "closest",
    "economic",
    "financial",
    "important",
    "key",
    "largest",
    "leading",
    "long-time",
    "main",
    "major",
    "military",
    "old",
    "principal",
    "staunch",
    "strategic",
    "strongest",
    "top",
];

fn slots(chunks: &[&Chunk]) -> Vec<Slot> {
    chunks.iter().map(|c| c.slot.clone()).collect()
}

/// The chunks named right after the noun: "allies Poland and Japan",
/// "ally, Poland,".
fn named_after<'m>(ctx: &Ctx<'m, '_>, te: usize) -> Vec<&'m Chunk> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    let range = m.chunks_in(te..ce);
    let Some(first) = m.chunks[range.clone()].first() else { return vec![] };
    let gap = m.slice(te..first.span.start).trim();
    if !(gap.is_empty() || gap == ",") {
        return vec![];
    }
    let mut out = vec![first];
    for next in &m.chunks[range.start + 1..range.end] {
        if !joined(ctx, out.last().expect("one"), next) {
            break;
        }
        out.push(next);
    }
    out
}

/// The chunk a comma-led appositive before `pos` describes: "B, one of
/// ...", "B, an ally of A".
fn appositive_head<'m>(ctx: &Ctx<'m, '_>, pos: usize) -> Option<&'m Chunk> {
    let m = ctx.model;
    let k = m.tok_at(pos);
    // Back over "one of", "a close", "an", "the" to the comma.
    let comma = (0..k).rev().take(6).find(|&i| m.tokens[i].is_punct(','))?;
    let between_ok = (comma + 1..k).all(|i| {
        let t = &m.tokens[i];
        t.is(WordClass::Determiner)
            || t.is(WordClass::Preposition)
            || m.word_in(i, &MODIFIERS)
            || m.word_in(
                i,
                &[
                    "one", "who", "which", "is", "was", "remains", "remained",
                    "has", "been",
                ],
            )
    });
    if !between_ok {
        return None;
    }
    let comma_start = m.tokens[comma].start;
    m.chunks
        .iter()
        .rev()
        .find(|c| c.span.end <= comma_start)
        .filter(|c| m.slice(c.span.end..comma_start).trim().is_empty())
}

/// The chunk a relative clause around `pos` describes: "B, who has ...
/// and is one of A's allies".
fn relative_head<'m>(ctx: &Ctx<'m, '_>, pos: usize) -> Option<&'m Chunk> {
    let m = ctx.model;
    let k = m.tok_at(pos);
    if !m.relative.get(k).copied().unwrap_or(false) {
        return None;
    }
    let open = (0..k).rev().find(|&i| !m.relative[i])? + 1;
    let comma_start = m.tokens[open].start;
    m.chunks
        .iter()
        .rev()
        .find(|c| c.span.end <= comma_start)
        .filter(|c| m.slice(c.span.end..comma_start).trim().is_empty())
}

/// Bare demonyms coordinated right before the noun ("French, German").
fn demonyms_before(ctx: &Ctx<'_, '_>, ts: usize) -> Vec<(usize, Actor)> {
    let m = ctx.model;
    let mut out = vec![];
    let mut end = ts;
    for x in m.mentions.iter().rev().filter(|x| x.span.end <= ts) {
        let gap = m.slice(x.span.end..end).trim();
        let ok = if out.is_empty() {
            gap.is_empty()
        } else {
            matches!(gap, "," | "and" | ", and")
        };
        if x.kind != MentionKind::Demonym || !ok {
            break;
        }
        let Some(country) = x.country else { break };
        out.push((x.span.start, Actor::country(country)));
        end = x.span.start;
    }
    out.reverse();
    out
}
