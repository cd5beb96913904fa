//! Names that share their last words with the next name: "North and South
//! Korea", "North and South Korean officials", "NORTH AND SOUTH KOREA
//! SIGN ACCORD". The first name is written as one word, its head elided;
//! it is a mention of the country or demonym the gazetteer lists for that
//! word and the second name's tail ("North" + "Korea").
//!
//! No word list decides which first words may do that: the gazetteer does.
//! A word with no listed name of its own with the tail ("Pakistan and
//! South Korea", "Papua and New Guinea") adds nothing.

use super::{Ctx, Draft, Mention, MentionKind};
use crate::gazetteer::{EntityKind, FormKind};
use crate::lexicon::WordClass;
use crate::resolve::EntityRef;

/// Adds a mention for each elided first name before a country or demonym
/// mention of two or more words.
pub(super) fn find_elided_heads(ctx: &Ctx<'_>, draft: &mut Draft) {
    let mut found: Vec<Mention> = vec![];
    let mut last_end = 0;
    for (i, m) in draft.mentions.iter().enumerate() {
        let previous_end = last_end;
        last_end = m.span.end;
        if draft.is_dropped(i)
            || !matches!(m.kind, MentionKind::Country | MentionKind::Demonym)
        {
            continue;
        }
        let name = &ctx.text[m.span.clone()];
        let Some((_, tail)) = name.split_once(' ') else { continue };
        // "<First> and " right before the name, in its sentence, with no
        // other mention in between.
        let from = ctx.sentence_start(m.sentence).max(previous_end);
        let Some(before) = ctx.text.get(from..m.span.start) else { continue };
        let Some(before) = before.strip_suffix(' ') else { continue };
        let Some((rest, coordinator)) = before.rsplit_once(' ') else {
            continue;
        };
        if !ctx.is(coordinator, WordClass::Coordinator) {
            continue;
        }
        let first_start = super::last_word_start(rest);
        let first = &rest[first_start..];
        if !first.starts_with(char::is_uppercase) {
            continue;
        }
        let full = format!("{first} {tail}");
        let Some(surface) = ctx.gazetteer.surface_any_case(&full) else {
            continue;
        };
        let entity = surface.entities[0];
        let kind = match (surface.kind, surface.form) {
            (EntityKind::Country, FormKind::Demonym) => MentionKind::Demonym,
            (EntityKind::Country, FormKind::ShortForm) => continue,
            (EntityKind::Country, _) => MentionKind::Country,
            _ => continue,
        };
        // A demonym stands before a demonym, a country before a country.
        if kind != m.kind || Some(EntityRef::Known(entity)) == m.entity {
            continue;
        }
        let start = from + first_start;
        found.push(Mention {
            span: start..start + first.len(),
            phrase_start: start,
            sentence: m.sentence,
            kind,
            entity: Some(EntityRef::Known(entity)),
            country: ctx.gazetteer.entity(entity).country,
            role: None,
            discovered: false,
            short_form: false,
            stands_for_country: false,
            in_phrase: false,
            paired: false,
        });
    }
    for mention in found {
        draft.add(mention);
    }
}
