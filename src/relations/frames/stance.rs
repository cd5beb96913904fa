//! The `stance` frame: two or more states that together urge, call on or
//! appeal to a third, or pledge something, take a joint stance,
//! COOPERATION among them ("China and Singapore on Monday urged the
//! international community to ...", "the two leaders pledged to work
//! toward ...").
//!
//! Only the coordinated subject group right before the trigger is related
//! (at most three words between: "on Monday", "jointly"), or a collective
//! that stands for the story's parties ("the two leaders"); whom they urge
//! is not a party ("A and B urged C to ..." relates A and B, not C), and
//! one subject alone relates nobody.

use super::super::model::Slot;
use super::super::rules::hits;
use super::svo::{left_group, pronoun_partner, subject_candidates};
use super::{Ctx, Parties, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let m = ctx.model;
    let before = subject_candidates(ctx);
    let (mut group, start) = left_group(ctx, &before);
    // "he and Abiy Ahmed declared": the person "he" stands for joins.
    pronoun_partner(ctx, &before, start, &mut group);
    let Some(last) = before.last() else { return vec![] };
    let ts = ctx.ts();
    let gap = m.tok_at(last.span.end)..m.tok_at(ts);
    // "China and Singapore on Monday urged": time words, "jointly" and
    // adverbs ("formally declared") may stand between; anything else is
    // another clause or predicate.
    let adverb = |k: usize| {
        let w = m.word(k);
        m.tokens[k].is_word()
            && w.len() > 4
            && w.ends_with("ly")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
    };
    let adjacent = gap.len() <= 3
        && gap.clone().all(|k| {
            m.is_time_word(k)
                || adverb(k)
                || m.word_in(k, &["jointly", "together", "also"])
        });
    // "urged each other": at odds, not together.
    let te = ctx.te();
    let after = m.slice(te..m.words_forward(te, ctx.clause.end, 3));
    if !adjacent || hits(&ctx.rules.cues.negation_hostile, after) {
        return vec![];
    }
    // "The two leaders pledged": the story's parties.
    if let [one @ (Slot::Parties | Slot::Countries)] = group.as_slice() {
        proto.subject_start = start;
        proto.right_end = te;
        proto.parties = Parties::Collective(one.clone());
        return group;
    }
    if group.len() < 2 {
        return vec![];
    }
    proto.subject_start = start;
    proto.right_end = te;
    proto.parties = Parties::Within(group.clone());
    group
}
