//! Capitals and seats of power standing for their country ("Beijing and
//! Moscow agreed", "the Kremlin said"), and places or countries that
//! only start another name ("Warsaw Pact").

use super::{Ctx, Draft, EntityRef, Mention, MentionKind};
use crate::lexicon::WordClass;

/// The word before byte `pos` in `text`, skipping determiners; a
/// punctuation mark when that comes first.
fn previous_word<'t>(
    ctx: &Ctx<'_>,
    text: &'t str,
    pos: usize,
) -> Option<&'t str> {
    let mut end = pos;
    loop {
        let before = text[..end].trim_end();
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if word.is_empty() {
            return before.chars().next_back().map(|c| {
                let at = before.len() - c.len_utf8();
                &before[at..]
            });
        }
        if ctx.is(word, WordClass::Determiner) {
            end = start;
            continue;
        }
        return Some(word);
    }
}

/// Whether a place after `word` is where something happens, not an
/// actor: a locative ("in", "at"), a verb of arriving ("visited"), or
/// another preposition of place ("of", "on").
fn is_place_word(ctx: &Ctx<'_>, word: &str) -> bool {
    let classes = ctx.lexicon.classes(word);
    classes.has(WordClass::Locative)
        || classes.has(WordClass::Arrival)
        || classes.has(WordClass::PlacePreposition)
}

/// Whether the word before the "from" that ends `text[..pos]` is a noun
/// of funding ("loan", "aid"), or a "line" of one: "a credit line from
/// New Delhi" is money from its government.
fn funding_before(ctx: &Ctx<'_>, text: &str, pos: usize) -> bool {
    let Some(from) = text[..pos].trim_end().strip_suffix("from") else {
        return false;
    };
    let Some(word) = previous_word(ctx, text, from.len()) else {
        return false;
    };
    if ctx.is(word, WordClass::Funding) {
        return true;
    }
    // `previous_word` returns a slice of `text`: the word before it ends
    // where it starts.
    let start = word.as_ptr() as usize - text.as_ptr() as usize;
    matches!(word, "line" | "lines")
        && previous_word(ctx, text, start)
            .is_some_and(|w| ctx.is(w, WordClass::Funding))
}

pub(super) fn flag_capitals(ctx: &Ctx<'_>, mentions: &mut [Mention]) {
    let text = ctx.text;
    let mut previous_place: Option<(usize, bool)> = None; // (sentence, flag)
    for m in mentions.iter_mut() {
        if m.kind != MentionKind::Place {
            continue;
        }
        let Some(EntityRef::Known(id)) = m.entity else { continue };
        let entity = ctx.gazetteer.entity(id);
        let can = entity.place_type.is_some_and(|t| t.can_stand_for_country())
            && entity.country.is_some();
        if !can {
            previous_place = Some((m.sentence, false));
            continue;
        }
        let sentence_start = ctx.sentence_start(m.sentence);
        let at_start = text[sentence_start..m.span.start].trim().is_empty();
        let after = text[m.span.end..].trim_start_matches(' ');
        // "BEIJING, Jan 9", "Beijing, November 4, 2025 —"; not
        // "Washington, which provides aid to both countries, ...".
        let comma_date = after.strip_prefix(',').is_some_and(|rest| {
            rest.trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
        let dateline = at_start
            && (comma_date
                || after.starts_with([':', '—', '–', '('])
                || after.starts_with("- "));
        let prev = previous_word(
            ctx,
            &text[sentence_start..],
            m.span.start - sentence_start,
        );
        // "an end to Moscow's support", "at Washington's request": a
        // capital's possessive before a lowercase word is its
        // government's ("Moscow's Sheremetyevo airport" is a place).
        let possessive = ["'s ", "’s "].iter().any(|p| {
            after.starts_with(p)
                && after[p.len()..].starts_with(|c: char| c.is_lowercase())
        });
        let flag = if dateline {
            false
        } else if possessive {
            true
        } else {
            // ", and Madrid and Rabat pledged": after ", and" a new clause
            // starts; the place before the comma says nothing.
            let new_clause = matches!(prev, Some("and" | "or")) && {
                let head = text[sentence_start..m.span.start].trim_end();
                let head = head.trim_end_matches(char::is_alphabetic);
                head.trim_end().ends_with(',')
            };
            match prev {
                Some("and" | "or") if new_clause => true,
                Some("and" | "or" | ",") => match previous_place {
                    Some((s, f)) if s == m.sentence => f,
                    _ => true,
                },
                // "a credit line from New Delhi", "aid from Tokyo".
                Some("from") => funding_before(
                    ctx,
                    &text[sentence_start..],
                    m.span.start - sentence_start,
                ),
                Some(w) => !is_place_word(ctx, w),
                None => true,
            }
        };
        m.stands_for_country = flag;
        previous_place = Some((m.sentence, flag));
    }
}

/// Whether a capitalised name tail (the lexicon's `name_tail` class:
/// "Pact", "Party", "Treaty") follows `end` after one space.
fn starts_a_name(ctx: &Ctx<'_>, end: usize) -> bool {
    let Some(rest) = ctx.text[end..].strip_prefix(' ') else { return false };
    let word: &str =
        rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && ctx.is(word, WordClass::NameTail)
}

/// The start of the capitalised word no gazetteer or lexicon knows that
/// ends one space before `pos` ("Gilberto" before "Rodriguez"), if any.
fn name_word_before(ctx: &Ctx<'_>, pos: usize) -> Option<usize> {
    let head = ctx.text[..pos].strip_suffix(' ')?;
    let start = head
        .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
        .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    let word = &head[start..];
    (word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !ctx.is_lexicon_word(word))
    .then_some(start)
}

/// "Warsaw Pact", "Botswana Democratic Party": a place or country that
/// starts another name is no mention of its own; nor is a one-word place
/// between two capitalised words that no gazetteer or lexicon knows, the
/// middle of a person's name ("Gilberto Rodriguez Orejuela"; not in
/// headline case, where every word is capitalised).
pub(super) fn drop_name_heads(ctx: &Ctx<'_>, draft: &mut Draft) {
    for i in 0..draft.mentions.len() {
        let m = &draft.mentions[i];
        let head = matches!(m.kind, MentionKind::Place | MentionKind::Country)
            && starts_a_name(ctx, m.span.end);
        // (The neighbours alone can cover those words: mentions are
        // sorted and do not overlap.)
        let mentions = &draft.mentions;
        let middle = m.kind == MentionKind::Place
            && !ctx.text[m.span.clone()].contains(' ')
            && super::followed_by_name_word(ctx, ctx.text, m.span.end)
            && name_word_before(ctx, m.span.start).is_some_and(|start| {
                i == 0 || mentions[i - 1].span.end <= start
            })
            && mentions
                .get(i + 1)
                .is_none_or(|n| n.span.start > m.span.end + 1)
            && !draft.is_headline(ctx, m.sentence);
        if head || middle {
            draft.drop_mention(i);
        }
    }
}
