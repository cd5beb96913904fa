//! Person phrases: "[Demonym | Country's | Organisation] [Role...]
//! [Name]", appositives ("Ana Lopes, Kenya's foreign minister"), and
//! "Japan's Kishida".

use std::ops::{Range, RangeInclusive};

use super::names::{discover_name, is_open_short, name_before, slug};
use super::{
    followed_by_name_word, is_space_gap, Ctx, Draft, EntityRef, Mention,
    MentionKind,
};
use crate::gazetteer::{EntityId, PlaceType};
use crate::lexicon::WordClass;

/// Whether `text[from..to]` is a space, or up to two modifier words
/// between spaces (" interim ", " Investment ").
fn is_modifier_gap(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    if from > to || to - from > 30 {
        return false;
    }
    let gap = &ctx.text[from..to];
    // "... home from Iraq and informed President Bush": a function word,
    // a verb or a `civilian` noun between is no modifier of the title.
    let function_word = |w: &str| {
        [
            WordClass::Coordinator,
            WordClass::Preposition,
            WordClass::Verb,
            WordClass::Auxiliary,
            WordClass::Pronoun,
            WordClass::Relative,
            WordClass::Reporting,
            // "an Afghan rebel leader" leads rebels, not the country.
            WordClass::Civilian,
        ]
        .into_iter()
        .any(|c| ctx.is(w, c))
    };
    gap.starts_with(' ')
        && gap.ends_with(' ')
        && gap.split(' ').filter(|w| !w.is_empty()).count() <= 2
        && gap.chars().all(|c| c == ' ' || c.is_alphabetic() || c == '-')
        && !gap.split(' ').any(function_word)
}

/// Whether `text[from..to]` is a possessive followed by a space ("'s ").
fn is_possessive_gap(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let gap = &ctx.text[from.min(to)..to];
    // Scraped wire copy may space the possessive ("Britain 's Foreign
    // Secretary").
    let gap = gap.strip_prefix(' ').unwrap_or(gap);
    // "Syria's interim President": a modifier or two may follow.
    ["'s ", "’s ", "' ", "’ "].iter().any(|p| {
        gap.strip_prefix(p).is_some_and(|rest| {
            rest.is_empty()
                || (rest.len() <= 30
                    && is_modifier_gap(ctx, to - rest.len() - 1, to))
        })
    })
}

/// The end of a title's portfolio ("Minister [of Industry and Trade]"),
/// or `end` when none follows. Portfolio words are the lexicon's
/// `portfolio` class; a coordinator or determiner may join them but
/// never ends the portfolio.
fn portfolio_end(ctx: &Ctx<'_>, end: usize) -> usize {
    let rest = &ctx.text[end..];
    let Some(after) =
        rest.strip_prefix(" of ").or_else(|| rest.strip_prefix(" for "))
    else {
        return end;
    };
    let mut pos = end + (rest.len() - after.len());
    let mut last_word_end = None;
    for word in after.split(' ') {
        let bare = word.trim_end_matches([',', '.']);
        if !ctx.is(bare, WordClass::Portfolio) {
            break;
        }
        let joins = ctx.is(bare, WordClass::Coordinator)
            || ctx.is(bare, WordClass::Determiner);
        if !joins {
            last_word_end = Some(pos + bare.len());
        }
        if bare.len() != word.len() {
            break;
        }
        pos += word.len() + 1;
    }
    last_word_end.unwrap_or(end)
}

/// A headline abbreviation of a title ("PM", "FM", "Pres."): written in
/// capitals or ending with a period.
fn is_abbreviation(written: &str) -> bool {
    written.ends_with('.')
        || (written.chars().any(char::is_alphabetic)
            && written
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
}

/// Whether `text[from..to]` is only honorifics between spaces ("Prime
/// Minister Dr Mahathir", "President Gen. Musharraf").
fn is_honorific_gap(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let Some(gap) = ctx.text.get(from..to) else { return false };
    let words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
    gap.starts_with(' ')
        && gap.ends_with(' ')
        && !words.is_empty()
        && words.len() <= 2
        && words.iter().all(|w| {
            let w = w.strip_suffix('.').unwrap_or(w);
            w.chars().next().is_some_and(char::is_uppercase)
                && ctx.is(w, WordClass::Honorific)
        })
}

/// What stands before a title: the phrase's start and country.
struct Head {
    start: usize,
    country: Option<EntityId>,
}

/// A chain of adjacent roles starting at `first` ("Vice Premier",
/// "Deputy Foreign Minister"): the last one is the title.
fn role_chain(ctx: &Ctx<'_>, draft: &Draft, first: usize) -> usize {
    let mentions = &draft.mentions;
    let mut last = first;
    // Not across a sentence cut (fuzz finding 10).
    while last + 1 < mentions.len()
        && mentions[last + 1].kind == MentionKind::Role
        && mentions[last + 1].sentence == mentions[first].sentence
        && !draft.is_dropped(last + 1)
        && is_space_gap(
            ctx.text,
            mentions[last].span.end,
            mentions[last + 1].span.start,
        )
    {
        last += 1;
    }
    last
}

/// What stands before the role at `first`: a demonym, a country + 's,
/// or an organisation ("NATO Secretary General"), with at most two
/// modifier words between ("Syrian interim President", "Saudi
/// Investment Minister"); or a region between a country and the title
/// ("U.S. Middle East envoy").
fn phrase_head(ctx: &Ctx<'_>, mentions: &[Mention], first: usize) -> Head {
    let text = ctx.text;
    let role = &mentions[first];
    let mut head = Head { start: role.span.start, country: None };
    let Some(prev) = first.checked_sub(1).map(|p| &mentions[p]) else {
        return head;
    };
    let role_start = role.span.start;
    // "White House adviser Jared Kushner", "Kremlin aide Yuri Ushakov": a
    // seat of power names its government's country as a demonym does.
    let seat = prev.kind == MentionKind::Place
        && matches!(prev.entity, Some(EntityRef::Known(id))
            if ctx.gazetteer.entity(id).place_type == Some(PlaceType::Seat));
    let gap_ok = prev.sentence == role.sentence
        && (seat
            || matches!(
                prev.kind,
                MentionKind::Demonym
                    | MentionKind::Country
                    | MentionKind::Organisation
            ))
        && (is_modifier_gap(ctx, prev.span.end, role_start)
            || is_possessive_gap(ctx, prev.span.end, role_start));
    if gap_ok {
        head.start = prev.span.start;
        // "European Commission President Romano Prodi" acts for the
        // Commission, whatever country he has led; not a wire credit
        // before a dash ("AP - Secretary of State Colin Powell").
        let credit = text[prev.span.end..role_start]
            .split(' ')
            .any(|w| w == "-" || w == "\u{2013}" || w == "\u{2014}");
        head.country = match (prev.kind, prev.entity) {
            (MentionKind::Organisation, Some(EntityRef::Known(id)))
                if !credit =>
            {
                Some(id)
            }
            (MentionKind::Organisation, _) => None,
            _ => prev.country,
        };
        return head;
    }
    let region_between = first > 1
        && prev.kind == MentionKind::Place
        && prev.sentence == role.sentence
        && is_space_gap(text, prev.span.end, role_start)
        && matches!(
            mentions[first - 2].kind,
            MentionKind::Demonym | MentionKind::Country
        )
        && is_space_gap(text, mentions[first - 2].span.end, prev.span.start);
    if region_between {
        head.start = mentions[first - 2].span.start;
        head.country = mentions[first - 2].country;
    }
    head
}

/// Links the roles at `i..` to the person they introduce. Mentions added
/// here (discovered or respelled names) go to the end of the draft.
pub(super) fn link_phrases(ctx: &Ctx<'_>, draft: &mut Draft) {
    let n = draft.mentions.len();
    let mut i = 0;
    while i < n {
        if draft.mentions[i].kind != MentionKind::Role || draft.is_dropped(i) {
            i += 1;
            continue;
        }
        let last = role_chain(ctx, draft, i);
        let chain = i..=last;
        let head = phrase_head(ctx, &draft.mentions, i);
        let linked = link_forward(ctx, draft, &chain, &head, n);
        let appositive = !linked && link_appositive(ctx, draft, &chain, &head);
        if linked {
            for m in &mut draft.mentions[chain.clone()] {
                m.in_phrase = true;
            }
            // The phrase's demonym, country or region: the mentions just
            // before the role (walk back only that far: long documents).
            for m in draft.mentions[..i].iter_mut().rev() {
                if m.span.start < head.start {
                    break;
                }
                m.in_phrase = true;
            }
        } else if let Some(country) = head.country {
            // "the Russian minister": the role takes the phrase's country.
            draft.mentions[last].country = Some(country);
        } else if !appositive
            && chain.clone().all(|k| {
                is_abbreviation(&ctx.text[draft.mentions[k].span.clone()])
            })
        {
            // "5 PM", "FM radio": an abbreviation is a title only in a
            // phrase.
            for k in chain.clone() {
                draft.drop_mention(k);
            }
        }
        i = last + 1;
    }
    // Discovered people's country: fill from any mention that has one.
    for m in &draft.mentions[n..] {
        if let (Some(EntityRef::Discovered(idx)), Some(c)) =
            (m.entity, m.country)
        {
            let d = &mut draft.discovered[idx as usize];
            d.country = d.country.or(Some(c));
        }
    }
    let (mentions, discovered) = (&mut draft.mentions, &draft.discovered);
    for m in &mut mentions[n..] {
        if let Some(EntityRef::Discovered(idx)) = m.entity {
            m.country = discovered[idx as usize].country;
        }
    }
}

/// The role id of the chain's title: its last role, unless that is a
/// military rank after an office ("Defence Minister Field Marshal Abu
/// Ghazala" holds the office).
fn chain_role(
    ctx: &Ctx<'_>,
    draft: &Draft,
    chain: &RangeInclusive<usize>,
) -> Option<EntityId> {
    let known = |k: usize| match draft.mentions[k].entity {
        Some(EntityRef::Known(id)) => Some(id),
        _ => None,
    };
    let rank = |id: EntityId| {
        ctx.gazetteer.entity(id).role_class.as_deref() == Some("military")
    };
    let last = known(*chain.end());
    if last.is_some_and(rank) {
        if let Some(office) =
            chain.clone().rev().skip(1).filter_map(known).find(|&id| !rank(id))
        {
            return Some(office);
        }
    }
    last
}

/// Mention `i` (a person) takes a title's role and the country of the
/// phrase, when the phrase names one: "Soviet Foreign Minister Eduard
/// Shevardnadze" acts for the Soviet Union there, whatever country the
/// gazetteer gives him (Georgia's president later). A discovered person
/// keeps the first country it is given.
fn give_title(
    draft: &mut Draft,
    i: usize,
    role: Option<EntityId>,
    country: Option<EntityId>,
) {
    let person = &mut draft.mentions[i];
    person.role = role;
    person.country = country.or(person.country);
    if let Some(EntityRef::Discovered(d)) = person.entity {
        let d = &mut draft.discovered[d as usize];
        d.country = d.country.or(country);
        d.role = d.role.or(role);
    }
}

/// The title and the name after it: a person mention after a space
/// ("President Xi Jinping") or between commas ("the foreign minister,
/// Wang Yi,"), or capitalised words that no gazetteer knows ("Foreign
/// Minister Ana Lopes"). Returns whether a person was linked.
fn link_forward(
    ctx: &Ctx<'_>,
    draft: &mut Draft,
    chain: &RangeInclusive<usize>,
    head: &Head,
    n: usize,
) -> bool {
    let text = ctx.text;
    let last = *chain.end();
    let role_id = chain_role(ctx, draft, chain);
    // "Minister of Industry and Trade Tran Van Duc": the portfolio
    // belongs to the title.
    let role_end = portfolio_end(ctx, draft.mentions[last].span.end);
    let sentence = draft.mentions[last].sentence;
    let next = last + 1;
    // "Foreign Secretary Rosario Green": a one-word place right after the
    // title and before a capitalised word is a given name (not in headline
    // case, where every word is capitalised).
    if next < n && !draft.is_dropped(next) {
        let m = &draft.mentions[next];
        if m.kind == MentionKind::Place
            && m.sentence == sentence
            && is_space_gap(text, role_end, m.span.start)
            && !text[m.span.clone()].contains(' ')
            && followed_by_name_word(ctx, text, m.span.end)
            && !draft.is_headline(ctx, sentence)
        {
            draft.drop_mention(next);
        }
    }
    // Not across a sentence cut ("President | William Ruto" when a capped
    // sentence is cut between them, fuzz finding 5).
    let next_person = (next < n
        && !draft.is_dropped(next)
        && draft.mentions[next].kind == MentionKind::Person
        && draft.mentions[next].sentence == sentence)
        .then_some(next);
    let mut next_is_person = next_person.is_some_and(|j| {
        let start = draft.mentions[j].span.start;
        is_space_gap(text, role_end, start)
            || is_honorific_gap(ctx, role_end, start)
    });
    if let (false, Some(j)) = (next_is_person, next_person) {
        let person = &draft.mentions[j];
        // "President Abdul Latif Rashid" with "Latif Rashid" known: the
        // unknown first name belongs to the known person.
        // "President Boris N. Yeltsin": so do the given names that a
        // short form's candidate was found to fit (`join_name_runs`).
        if let Some(prefix) = discover_name(ctx, role_end, person.span.start) {
            next_is_person = is_space_gap(text, prefix.end, person.span.start)
                && !person.short_form;
        }
        let fitted =
            draft.given_names.get(&person.span.start).is_some_and(|&given| {
                text.get(role_end..given).is_some_and(|gap| gap == " ")
            });
        next_is_person |= fitted;
        // "Nigeria's trade minister, Suleiman Bako, said": a name between
        // commas.
        if text.get(role_end..person.span.start) == Some(", ")
            && text[person.span.end..].starts_with(',')
            && person.role.is_none()
            && person.phrase_start == person.span.start
        {
            next_is_person = true;
        }
    }
    // "Minister Wang Wentao" with "Wang" a short form of someone else: the
    // longer unknown name wins (not in headline case, where every word is
    // capitalised: "President Biden Meets Queen").
    if next_is_person
        && draft.mentions[next].short_form
        && draft.mentions[next].entity.is_none()
        && followed_by_name_word(ctx, text, draft.mentions[next].span.end)
        && !draft.is_headline(ctx, sentence)
    {
        next_is_person = false;
        draft.drop_mention(next);
    }
    if next_is_person {
        draft.mentions[next].phrase_start = head.start;
        give_title(draft, next, role_id, head.country);
        return true;
    }
    // In headline case every word is capitalised: words after a title
    // are no evidence of a name ("Pope Celebrates Mass").
    if draft.is_headline(ctx, sentence) {
        return false;
    }
    let sentence_end = ctx.sentence_end(sentence);
    // Short forms nobody has resolved may be part of the unknown name
    // ("Minister Rodrigo Salazar Ortiz" with Salazar a listed short form).
    let limit = (next..n)
        .find(|&j| !draft.is_dropped(j) && !is_open_short(&draft.mentions[j]))
        .map_or(sentence_end, |j| {
            draft.mentions[j].span.start.min(sentence_end)
        });
    // "Minister of State for Trade, Adaeze Nwosu, met": the name may
    // also stand between commas after the title.
    let found = discover_name(ctx, role_end, limit).or_else(|| {
        text[role_end..].starts_with(", ").then_some(())?;
        discover_name(ctx, role_end + 1, limit)
            .filter(|s| text[s.end..].starts_with(','))
    });
    let Some(found) = found else { return false };
    // An abbreviation introduces a name of two words or more ("PM
    // Ana Lopes"), never one capitalised word ("FM Radio").
    let abbreviation = chain
        .clone()
        .all(|k| is_abbreviation(&text[draft.mentions[k].span.clone()]));
    if abbreviation && !text[found.clone()].contains(' ') {
        return false;
    }
    let name_span = absorb_last_name(ctx, draft, found, sentence, next, n);
    for j in next..n {
        let m = &draft.mentions[j];
        if m.span.start >= name_span.end {
            break;
        }
        if is_open_short(m) && name_span.start <= m.span.start {
            draft.drop_mention(j);
        }
    }
    let name = &text[name_span.clone()];
    let id = slug(name);
    if id.is_empty() {
        return false;
    }
    // A name written another way ("Vladimir PUTIN") whose id is a known
    // person's is that person.
    let known = ctx.known_person(&id);
    let (entity, country) = match known {
        Some(person) => (
            EntityRef::Known(person),
            ctx.gazetteer.entity(person).country.or(head.country),
        ),
        // "House Speaker Nancy Pelosi": with no country in the phrase, an
        // office only one country has gives its own.
        None => {
            let country = head.country.or_else(|| {
                role_id.and_then(|r| ctx.gazetteer.entity(r).country)
            });
            (draft.discover(id, name, country, role_id), country)
        }
    };
    let mut m = Mention::person(name_span, sentence, entity, country);
    m.phrase_start = head.start;
    m.role = role_id;
    draft.add(m);
    true
}

/// "Ignacio Berrios Lagos", "Ramon Villareal Cruz": a discovered name
/// whose last word is also a city or someone's short form takes that
/// mention in (dropping it), never one in the next sentence ("President
/// William | Ruto" when a long sentence is cut between them).
fn absorb_last_name(
    ctx: &Ctx<'_>,
    draft: &mut Draft,
    span: Range<usize>,
    sentence: usize,
    next: usize,
    n: usize,
) -> Range<usize> {
    let text = ctx.text;
    let Some(j) = (next..n).find(|&j| {
        !draft.is_dropped(j) && draft.mentions[j].span.start >= span.end
    }) else {
        return span;
    };
    let m = &draft.mentions[j];
    let absorbs = m.span.start == span.end + 1
        && m.sentence == sentence
        && text[span.end..].starts_with(' ')
        && (m.short_form
            || (m.kind == MentionKind::Place
                && !text[m.span.clone()].contains(' ')))
        && !followed_by_name_word(ctx, text, m.span.end);
    if !absorbs {
        return span;
    }
    let end = m.span.end;
    draft.drop_mention(j);
    span.start..end
}

/// "Ingrid Solbakken, Norway's state secretary": the name before the
/// appositive is the official. A person mention there (a listed name,
/// or one found earlier) takes the title and country; otherwise
/// capitalised words no gazetteer knows give a discovered person. The
/// title's own mentions stay outside the phrase. Returns whether a
/// person took the title.
fn link_appositive(
    ctx: &Ctx<'_>,
    draft: &mut Draft,
    chain: &RangeInclusive<usize>,
    head: &Head,
) -> bool {
    let text = ctx.text;
    let first = *chain.start();
    let last = *chain.end();
    let role_id = chain_role(ctx, draft, chain);
    let sentence = draft.mentions[last].sentence;
    let before = &text[..head.start];
    let Some(lead_end) = [", the ", ", a ", ", an ", ", "]
        .iter()
        .find(|l| before.ends_with(**l))
        .map(|l| head.start - l.len())
    else {
        return false;
    };
    // The mention right before the phrase's head.
    let prev = (0..first)
        .rev()
        .find(|&p| {
            !draft.is_dropped(p) && draft.mentions[p].span.start < head.start
        })
        .filter(|&p| draft.mentions[p].sentence == sentence);
    if let Some(p) = prev {
        let person = &draft.mentions[p];
        if person.kind == MentionKind::Person
            && person.span.end == lead_end
            && person.role.is_none()
            && person.entity.is_some()
        {
            give_title(draft, p, role_id, head.country);
            return true;
        }
    }
    // Never before the sentence (a long sentence cut at ", the
    // president" leaves the name in the previous piece).
    let sentence_start = ctx.sentence_start(sentence);
    let floor = match prev {
        Some(p) => draft.mentions[p].span.end.max(sentence_start),
        None => sentence_start,
    };
    if lead_end <= floor {
        return false;
    }
    let Some(name_span) = name_before(ctx, floor, lead_end) else {
        return false;
    };
    // "Forum chairman Toke Talagi, the premier of Niue": the name was
    // found already (through the title before it, added after this
    // chain's mentions); it keeps its first title.
    if let Some(q) = (0..draft.mentions.len()).find(|&q| {
        !draft.is_dropped(q)
            && draft.mentions[q].span.start < name_span.end
            && name_span.start < draft.mentions[q].span.end
    }) {
        let found = &draft.mentions[q];
        if found.kind == MentionKind::Person
            && found.role.is_none()
            && found.entity.is_some()
        {
            give_title(draft, q, role_id, head.country);
        }
        return true;
    }
    let name = &text[name_span.clone()];
    let entity = draft.discover(slug(name), name, head.country, role_id);
    let mut m = Mention::person(name_span, sentence, entity, head.country);
    m.role = role_id;
    draft.add(m);
    true
}

/// "Japan's Kishida", "Russian Vladimir Putin": a country's or demonym
/// right before a person, with no role between, joins the person's phrase.
pub(super) fn link_possessive_people(ctx: &Ctx<'_>, mentions: &mut [Mention]) {
    let text = ctx.text;
    for i in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(i);
        let (prev, person) = (&mut before[i - 1], &mut rest[0]);
        if person.kind != MentionKind::Person
            || person.phrase_start != person.span.start
            || prev.sentence != person.sentence
            || prev.in_phrase
        {
            continue;
        }
        let linked = match prev.kind {
            MentionKind::Country => {
                is_possessive_gap(ctx, prev.span.end, person.span.start)
            }
            MentionKind::Demonym => {
                is_space_gap(text, prev.span.end, person.span.start)
            }
            _ => false,
        };
        if linked {
            prev.in_phrase = true;
            person.phrase_start = prev.span.start;
            if person.country.is_none() {
                person.country = prev.country;
            }
        }
    }
}
