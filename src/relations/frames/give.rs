//! The `give` frame: `GIVER TRIGGER ... to|for RECIPIENT`. Aid, money,
//! help, a handed-over suspect given by one state to another is
//! COOPERATION between them ("Japan pledged $1 billion in aid to Iraq",
//! "Germany extradited Kaplan to Turkey", "planes with aid for
//! Venezuela").
//!
//! - **Recipient**: the first chunk or site after the trigger, within 8
//!   words, right after "to" or "for" (a determiner may stand between).
//! - **Giver**: the subject of the trigger (nearest chunk before it in
//!   its clause, with those coordinated to it), else a passive agent, else
//!   the subject of the sentence's previous predicate.

use crate::lexicon::WordClass;

use super::super::model::{Chunk, ChunkKind, Slot};
use super::super::Actor;
use super::svo::{left_group, subject_candidates};
use super::{Ctx, Mutual, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let Some((recipient, end)) = recipient(ctx) else { return vec![] };
    let before: Vec<&Chunk> = subject_candidates(ctx)
        .into_iter()
        .filter(|c| c.kind != ChunkKind::Collective)
        .collect();
    let (mut givers, start) = left_group(ctx, &before);
    proto.subject_start = start;
    if givers.is_empty() {
        if let Some(prev) = ctx.previous {
            givers = prev.subject.clone();
        }
    }
    if givers.is_empty() {
        return vec![];
    }
    proto.right_end = end;
    proto.cross(givers.clone(), vec![recipient], Mutual::NONE);
    givers
}

/// The recipient slot and where it ends.
fn recipient(ctx: &Ctx<'_, '_>) -> Option<(Slot, usize)> {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let first = m.tok_at(te);
    // The trigger may end with its preposition ("aid to").
    let trigger_ends_with_to = m
        .prev_word(ctx.ts(), te)
        .is_some_and(|p| m.word_in(p, &["to", "for"]));
    let mut prep = trigger_ends_with_to;
    for k in first..(first + 10).min(m.tokens.len()) {
        let t = &m.tokens[k];
        if t.start >= ce || t.is_punct(',') || t.is_punct(';') {
            return None;
        }
        if let Some(ci) = t.chunk {
            let c = &m.chunks[ci as usize];
            if prep && c.kind != ChunkKind::Collective {
                return Some((c.slot.clone(), c.span.end));
            }
            return None;
        }
        if let Some(site) = m.sites.iter().find(|s| s.span.start == t.start) {
            if prep {
                return Some((
                    Slot::Actor(Actor::country(site.country)),
                    site.span.end,
                ));
            }
            return None;
        }
        if m.word_in(k, &["to", "for"]) {
            prep = true;
        } else if !(prep && t.is(WordClass::Determiner)) {
            prep = false;
        }
    }
    None
}
