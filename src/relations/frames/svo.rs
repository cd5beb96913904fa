//! The `verb`, `verb-person` and `noun` frames, tried in this order, first
//! match wins:
//!
//! 1. `TRIGGER between A and B` (nouns only; up to 4 words after the
//!    trigger);
//! 2. `A-B TRIGGER` (nouns only; a hyphenated pair up to two modifier words
//!    before it: "China-Russia relations", "Sino-Indian border talks");
//! 3. subject and object: the nearest chunk before the trigger in its
//!    clause (outside closed relative clauses, not a country after a
//!    locative) with the chunks coordinated to it, and the first chunk
//!    after it within 6 words with no punctuation between (a `noun`
//!    trigger needs "with", "to" or "by" in that gap; a `verb-person`
//!    trigger a person or official object), with the chunks coordinated to
//!    it; a passive takes its `by` agent. With an object, every subject
//!    pairs with every object; without one, coordinated subjects pair with
//!    each other ("Xi and Putin met").
//! 4. A lone subject with a COOPERATION trigger and an intent verb ("Xi
//!    called for deepening cooperation") waits for its meeting partner.
//!
//! A sentence-initial "He"/"She" is the previous sentence's first person; a
//! second predicate takes the subject of the first ("Modi met Xi and
//! separately held talks with Putin"); a fronted phrase ("During talks
//! with X, Y called for ...") gives the subject after its comma.

use std::ops::Range;

use crate::lexicon::WordClass;
use crate::resolve::MentionKind;
use crate::EntityId;

use super::super::model::{
    Chunk, ChunkKind, SentenceModel, Shape, Slot, FLOATED, POSSESSIVE,
};
use super::super::rules::{hits, Frame};
use super::super::{Actor, Mode, RelationKind};
use super::{Ctx, Mutual, Parties, Proto};

pub(super) fn find(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> Vec<Slot> {
    let frame = ctx.rule.frame;
    if only_when_or_where(ctx) {
        return vec![];
    }
    if frame == Frame::Noun {
        // "a Romanian-Soviet friendship rally": a noun that names the kind
        // of a gathering or a body right after it relates nobody.
        if ctx.model.tokens.get(ctx.model.tok_at(ctx.te())).is_some_and(|t| {
            t.is(WordClass::Gathering) && t.shape == Shape::Lower
        }) {
            return vec![];
        }
        if between(ctx, proto) {
            return vec![];
        }
        if let Some((a, b)) = hyphen_pair(ctx) {
            proto.cross(vec![a], vec![b], Mutual::NONE);
            return vec![];
        }
        if let Some(group) = reduced_relative(ctx)
            .or_else(|| passive_makers(ctx))
            .or_else(|| signing_makers(ctx))
        {
            proto.right_end = group.last().map_or(ctx.te(), |c| c.span.end);
            let slots: Vec<Slot> =
                group.iter().map(|c| c.slot.clone()).collect();
            proto.parties = match slots.as_slice() {
                [one] => Parties::Collective(one.clone()),
                _ => Parties::Within(slots.clone()),
            };
            return slots;
        }
    }
    // "an aid package agreed between Canberra and Port Moresby": a verb
    // right before "between" relates the two sides, whoever comes before.
    if frame == Frame::Verb
        && ctx.model.word_is(ctx.model.tok_at(ctx.te()), "between")
        && between(ctx, proto)
    {
        return vec![];
    }
    let before = subject_candidates(ctx);
    if let Some((guest, host)) = accepted_invitation(ctx, &before) {
        proto.cross(vec![guest], vec![host], Mutual::NONE);
        return vec![];
    }
    let (mut left, subject_start) = left_group(ctx, &before);
    proto.subject_start = subject_start;
    let m = ctx.model;
    let (cs, ce) = (ctx.clause.start, ctx.clause.end);
    let (ts, te) = (ctx.ts(), ctx.te());
    if reduced_passive(ctx) {
        return vec![];
    }
    // "... to Argentina, Chile and Cuba, with trade deals expected", "...
    // talks with France, Germany and the UK, in a deal": a noun in a
    // phrase set off by a comma after the group is no act of it.
    if frame == Frame::Noun {
        let group_end = before.last().map_or(ts, |l| l.span.end);
        let gap = m.slice(group_end..ts).trim_start();
        let set_off = gap.strip_prefix(',').is_some_and(|rest| {
            let next = rest.split_whitespace().next().unwrap_or("");
            ["with", "in", "under"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w))
        });
        // But one person's call or talks "with" someone, set off after
        // them, are theirs ("Schlüter, in a telephone call with his Swedish
        // counterpart, renewed ...").
        let own_talks = ctx.rule.kind == RelationKind::Meeting
            && before.last().is_some_and(|c| c.is_person())
            && !before.last().is_some_and(|c| c.joined_prev)
            && m.slice(te..ce).starts_with(" with ");
        // So are the talks or call "in" which the clause's subject group,
        // set off after it, acted ("Ahmadinejad and his Venezuelan
        // counterpart Hugo Chavez, in a telephone conversation on Monday,
        // welcomed ..."): among its members.
        let group_aside = ctx.rule.kind == RelationKind::Meeting
            && subject_start.is_some_and(|start| {
                m.word_count(cs..start) == 0
                    && m.slice(group_end..ts)
                        .trim_start_matches([',', ' '])
                        .starts_with("in ")
            })
            && left.len() >= 2
            && before.iter().all(|c| c.is_person())
            && m.slice(te..ce).split(',').next().is_some_and(|aside| {
                !aside.contains(" with ") && aside.len() < ce - te
            });
        if set_off && !own_talks && !group_aside {
            left.clear();
        }
    }
    // "Zelenskyy says he's meeting X": a pronoun after a reporting verb is
    // the reporter.
    reported_pronoun(ctx, &before, &mut left);
    told_pronoun(ctx, &before, &mut left);
    reported_they(ctx, &before, &mut left);
    if reported_common_subject(ctx, &before) {
        left.clear();
    }
    pronoun_partner(ctx, &before, subject_start, &mut left);
    relative_pronoun_subject(ctx, &before, 4, &mut left);
    // "He met Putin on Tuesday": a sentence-initial pronoun is the first
    // person of the previous sentence; so is one right before the trigger
    // after a fronted phrase ("In Khartoum on Tuesday he held talks with
    // Bashir").
    if left.is_empty() {
        let lead = m.slice(cs..ts).trim_start();
        let right_before = m
            .prev_word(cs, ts)
            .is_some_and(|p| m.word_is(p, "he") || m.word_is(p, "she"));
        if initial_pronoun(lead) || right_before {
            if let Some(a) = ctx.antecedent {
                left.push(Slot::Actor(a.clone()));
            }
        } else if let Some(speaker) = quoted_speaker(ctx) {
            left.push(speaker);
        }
    }
    if let Some(start) = second_predicate(ctx, &before, &mut left) {
        proto.subject_start = Some(start);
    }
    headline_comma_predicate(ctx, &before, &mut left);
    second_after_object(ctx, &before, &mut left);
    pronoun_is_a_person(ctx, &before, &mut left);
    if left.is_empty() {
        left = subject_before_but(ctx);
    }
    // The urging before "after holding talks" is not said of the first
    // actor's second predicate: its subject starts where that actor does.
    if let Some(start) = second_of_clause(ctx, &before, &mut left) {
        proto.subject_start = Some(start);
    }
    previous_object(ctx, &before, &mut left);
    visit_purpose(ctx, &before, &mut left);
    let objects = objects(ctx);
    if left.is_empty() {
        left = fronted_subject(ctx, objects.last().map_or(te, |o| o.span.end));
    }
    // "North Korea Fires A Missile. ... as diplomatic talks with the U.S.
    // have stalled": talks with someone and no one before them in their
    // clause are the document's topic's.
    if left.is_empty()
        && frame == Frame::Noun
        && ctx.rule.kind == RelationKind::Meeting
        && !objects.is_empty()
    {
        // "The summit was hosted by Mubarak": the meeting told of before,
        // whose parties the host met.
        let k = m.tok_at(ts);
        let the = k > 0 && m.word_is(k - 1, "the");
        let hosted = m.word_in(m.tok_at(te) + 1, &["hosted", "chaired"])
            && m.word_is(m.tok_at(te) + 2, "by");
        if the && hosted {
            left.push(Slot::Parties);
        } else if let Some(topic) = ctx.topic {
            left.push(Slot::Actor(topic.clone()));
        }
    }
    // "telling French President Emmanuel Macron to take care of his
    // home": an order given, through the press as often as not, is no
    // meeting.
    if let Some(last) = objects.last() {
        // The trigger is an urging verb ("told", "telling").
        let told = hits(&ctx.rules.cues.negation_urging, m.slice(ts..te));
        let after = m.tok_at(last.span.end);
        // The verb after "to", past an opening quote.
        let verb = (after + 1..m.tokens.len())
            .find(|&k| m.tokens[k].is_word())
            .filter(|&k| k <= after + 2);
        if told
            && m.word_is(after, "to")
            && verb.is_some_and(|k| {
                m.word(k).chars().all(|c| c.is_lowercase())
                    && !m.tokens[k].is(WordClass::Determiner)
            })
        {
            return left;
        }
    }
    // "joined Gaddafi for the talks": joining someone is a meeting only
    // for an occasion of talks.
    let join = m
        .slice(ts..te)
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("join"))
        && ctx.rule.kind == RelationKind::Meeting
        && frame == Frame::Verb;
    // (The meeting rule's "joined" comes before the cooperation rule's
    // "joined forces" in the scan: "joined forces (with X)" is read here.)
    let forces = m.tok_at(te);
    if join && m.word_is(forces, "forces") {
        proto.kind = RelationKind::Cooperation;
        proto.trigger = ts..m.tokens[forces].end;
    } else if join {
        let after =
            objects.last().map_or(m.tok_at(te) + 1, |o| m.tok_at(o.span.end));
        if !occasion_at(m, after) && meeting_before_them(ctx).is_none() {
            return vec![];
        }
        // "flew to Kiev ..., joining Adamkus at talks": a participle after
        // a comma has the previous predicate's subject.
        let k = m.tok_at(ts);
        if ctx.starts_with_ing() && k > 0 && m.tokens[k - 1].is_punct(',') {
            if let Some(prev) = ctx.previous.filter(|p| !p.subject.is_empty())
            {
                left = prev.subject.clone();
            }
        }
    }
    // "Lula met him on Monday": "him" or "her" right after the verb is
    // the previous sentence's first person (not the subject), when the
    // sentence names no other person before the verb ("Solih, who
    // received him": the one named first).
    let others_before = || {
        m.chunks[m.chunks_in(m.span.start..ts)]
            .iter()
            .any(|c| c.kind == ChunkKind::Person && !left.contains(&c.slot))
    };
    // "Musharraf accepted the supplies after Singh telephoned him", "Lula
    // said Modi had called her": the one person named before a
    // subordinator or a reporting verb that opens the trigger's clause.
    if objects.is_empty()
        && !left.is_empty()
        && frame != Frame::Noun
        && m.word_in(m.tok_at(te), &["him", "her"])
    {
        let subject_start = proto.subject_start.unwrap_or(ts);
        let others: Vec<&Chunk> = m.chunks
            [m.chunks_in(m.span.start..subject_start)]
        .iter()
        .filter(|c| c.kind == ChunkKind::Person && !left.contains(&c.slot))
        .collect();
        // (One who acts for no country, "Ousted President Aristide", is
        // nobody's partner here.)
        let acts_for_one =
            |c: &Chunk| c.actor().is_some_and(|a| a.country.is_some());
        if let [other] = others.as_slice() {
            // Or "whose" ("honored Abiy for ending a stalemate with
            // Eritrea, whose president embraced him in Asmara").
            let opens = (other.toks.end..m.tok_at(subject_start)).any(|k| {
                m.tokens[k].is(WordClass::Subordinator)
                    || m.tokens[k].is(WordClass::Reporting)
                    || m.word_is(k, "whose")
                    || m.word_in(k, &["said", "says", "told"])
            });
            if opens && acts_for_one(other) {
                pronoun_object(ctx, proto, &left, other.slot.clone());
                return left;
            }
        }
    }
    if objects.is_empty()
        && !left.is_empty()
        && frame != Frame::Noun
        && m.word_in(m.tok_at(te), &["him", "her"])
        && !others_before()
    {
        if let Some(a) = ctx.antecedent {
            let slot = Slot::Actor(a.clone());
            if !left.contains(&slot) {
                pronoun_object(ctx, proto, &left, slot);
                return left;
            }
        }
    }
    // "Israel, the UAE and Bahrain sign deals as Trump hosts them": "them"
    // right after a meeting verb is the sentence's previous predicate's
    // group of subjects.
    if objects.is_empty()
        && !left.is_empty()
        && frame != Frame::Noun
        && ctx.rule.kind == RelationKind::Meeting
        && m.word_in(m.tok_at(te), &["them"])
    {
        if let Some(prev) = ctx
            .previous
            .filter(|p| p.subject.len() >= 2)
            .filter(|p| !p.subject.iter().any(|s| left.contains(s)))
        {
            proto.right_end = m.tokens[m.tok_at(te)].end;
            let mutual = Mutual { left: true, right: false };
            proto.cross(left.clone(), prev.subject.clone(), mutual);
            return left;
        }
        // "Gaddafi hosted Bashir for talks ... and Mubarak was due to join
        // them": the parties of the meeting told right before.
        if let Some(parties) = meeting_before_them(ctx)
            .filter(|p| !p.iter().any(|s| left.contains(s)))
        {
            proto.right_end = m.tokens[m.tok_at(te)].end;
            let mutual = Mutual { left: true, right: false };
            proto.cross(left.clone(), parties, mutual);
            return left;
        }
        // "Uruguayan officials said Sanguinetti would join them for talks":
        // with no one of another country named before it in the sentence,
        // "them" are the story's two parties.
        let own = slot_countries(&left);
        let others = m.chunks[m.chunks_in(m.span.start..ts)].iter().any(|c| {
            !left.contains(&c.slot)
                && c.actor().is_none_or(|a| {
                    a.country.is_none_or(|x| !own.contains(&x))
                })
        });
        if !own.is_empty() && !others && ctx.previous.is_none() {
            proto.right_end = m.tokens[m.tok_at(te)].end;
            proto.cross(left.clone(), vec![Slot::Parties], Mutual::NONE);
            return left;
        }
    }
    // "Barbados and Trinidad have agreed to let Barbadian fishermen work
    // Trinidad waters": a group that agrees to let someone act agreed
    // among itself; the one let is a party only to one subject ("Colombia
    // agreed to let Ecuador pump crude").
    let group_permission = frame == Frame::VerbDirect
        && m.prev_word(ts, te)
            .is_some_and(|k| m.word_in(k, &["let", "allow", "permit"]))
        && (left.len() >= 2
            || matches!(left.as_slice(), [Slot::Parties | Slot::Countries]));
    if let Some(last) = objects.last().filter(|_| !group_permission) {
        proto.right_end = last.span.end;
        // "welcomed the four leaders": a numbered collective is the group
        // of that many named before.
        let right = match objects.as_slice() {
            [one] => numbered_group(ctx, one),
            _ => None,
        }
        .unwrap_or_else(|| objects.iter().map(|o| o.slot.clone()).collect());
        // The hosts, and the guests, of one meeting met each other too,
        // unless they came together ("met President Xi and Premier Li":
        // one delegation).
        // "talks with Bush and Musharraf" are two talks; "met Carney and
        // Trump", "welcomed Macron and Meloni" one meeting.
        let meeting = ctx.rule.kind == RelationKind::Meeting;
        // "a three-way phone call with Netanyahu and Mohammed bin Zayed":
        // one call of all; "a joint statement with A and B": one statement.
        let lead = m.slice(m.words_back(cs, ts, 2)..te).to_ascii_lowercase();
        // "King Fahd brought together Hassan and Chadli": they met, with
        // the one who brought them; a conference that "brought together
        // envoys from" many countries is an event they were all at, no
        // meeting of theirs.
        let brought = [
            "brought together",
            "brings together",
            "bring together",
            "bringing together",
        ]
        .iter()
        .any(|w| lead.contains(w));
        if brought && left.is_empty() {
            return left;
        }
        // So does a group one forms with several ("would form a core
        // group with Japan, India and Australia"): all its members (not a
        // noun's: "Argentina's alliance with the US and Israel" is one
        // with each).
        let formed = frame != Frame::Noun
            && [" group", " alliance", " bloc", " coalition"]
                .iter()
                .any(|w| lead.contains(w));
        let all_at_once = brought
            || formed
            || ["three-way", "four-way", "trilateral", "joint", "conference"]
                .iter()
                .any(|w| lead.contains(w));
        // A three-way pact binds all three ("a three-way security pact
        // with Washington and London").
        // "held separate talks with his Thai and Cambodian counterparts":
        // one meeting with each, not of them with each other.
        // "met separately with ...", and guests each met in their own
        // place ("Netanyahu in Jerusalem and Arafat in Gaza": the two
        // objects `objects` joins past a place).
        let separate = (m.tok_at(ts)..m.tok_at(te) + 1)
            .chain(m.tok_at(last.span.end)..m.tok_at(last.span.end) + 1)
            .any(|k| {
                m.tokens.get(k).is_some_and(|t| t.is(WordClass::Separate))
            })
            || objects.windows(2).any(|w| !joined(ctx, w[0], w[1]));
        // "spoke by phone with Putin and Zelensky": a call with each.
        let phone = ctx.rule.mode == Mode::Phone;
        // Guests met each other only at an occasion of all ("hosted Chirac
        // and Schroeder for three-way talks", "welcomed the four
        // leaders"): a mediator meets each side, and guests at a signing
        // or a tour's hosts are each met on their own ("met the leaders of
        // Fiji, Tuvalu and Samoa on the sidelines", "hosted Netanyahu and
        // the foreign ministers of the UAE and Bahrain as ...").
        let numbered = matches!(objects.as_slice(), [one] if right.len() > 1
            && one.kind == ChunkKind::Collective);
        let mutual = Mutual {
            // "both of whom met separately with García": nor the subjects
            // each other; nor callers ("Blair and Schroeder also called
            // Putin": two calls).
            left: (meeting || all_at_once)
                && !separate
                && !phone
                && !each_on_their_own(ctx, &before)
                && !came_together(ctx, &before),
            right: all_at_once
                || (meeting
                    && frame != Frame::Noun
                    && !separate
                    && !phone
                    && (numbered
                        || occasion_of_all(
                            m,
                            m.tok_at(ts)..m.tok_at(te) + 1,
                            left.len() + right.len(),
                        ))),
        };
        // "the two" beside another party named is the last two countries
        // named before it.
        let mut right = right;
        if let [one] = objects.as_slice() {
            if let Some(two) = two_named_before(ctx, one, &left) {
                right = two;
            }
        }
        if let (Some(subject), [Slot::Parties | Slot::Countries]) =
            (before.last(), left.as_slice())
        {
            if let Some(two) = two_named_before(ctx, subject, &right) {
                left = two;
            } else if let Some(group) = they_of_previous(ctx, subject) {
                left = group;
            }
        }
        proto.cross(left.clone(), right, mutual);
        return left;
    }
    // "help ease tensions": a direct-object verb relates nobody without
    // its object; but "pledged to back one another's bids": a reciprocal
    // object is the subject group itself.
    if frame == Frame::VerbDirect
        && !reciprocal_object(ctx)
        && !group_permission
    {
        return left;
    }
    match left.as_slice() {
        [] => {
            // "talks in Cairo last month at which the two sides agreed":
            // talks with no one before or after them are those of the
            // subject of a relative clause about them.
            if let Some(group) = relative_subject(ctx) {
                proto.parties = match group.as_slice() {
                    [one] => super::Parties::Collective(one.clone()),
                    _ => super::Parties::Within(group),
                };
            }
        }
        [one] => match one {
            Slot::Parties | Slot::Countries => {
                proto.parties = match before.last().and_then(|c| {
                    numbered_group(ctx, c).or_else(|| they_of_previous(ctx, c))
                }) {
                    Some(group) => super::Parties::Within(group),
                    None => super::Parties::Collective(one.clone()),
                };
            }
            // "met Erdogan on Tuesday and signed accords on trade",
            // "visited Turkey, signing accords": what the meeting's subject
            // then agreed or signed with no one named, it did with the one
            // it met.
            Slot::Actor(_)
                if ctx.rule.kind == RelationKind::Cooperation
                    && frame == Frame::Verb
                    && super::give::second_after_meeting(ctx, &before)
                    && ctx.previous.is_some_and(|p| p.subject == left) =>
            {
                let prev = ctx.previous.expect("checked");
                proto.cross(left.clone(), prev.object.clone(), Mutual::NONE);
            }
            Slot::Actor(actor)
                if ctx.rule.kind == RelationKind::Cooperation =>
            {
                // Only a subject that asks for or pledges cooperation ("Xi
                // called for deepening cooperation").
                let subject_end = before.last().map_or(cs, |l| l.span.end);
                let gap = m.slice(subject_end..ts);
                if hits(&ctx.rules.cues.intent, gap)
                    && !gap.contains([',', ';'])
                {
                    proto.lone = Some(actor.clone());
                } else if m
                    .tokens
                    .get(m.tok_at(ts))
                    .is_some_and(|t| t.is(WordClass::Made))
                {
                    // "Israel's defense minister signed a defense
                    // cooperation agreement in Rabat": one who signs with
                    // no partner named, in a foreign place, went there.
                    if let Some(sites) = site_after(ctx, &before) {
                        proto.kind = RelationKind::Meeting;
                        proto.right_end = ctx.te();
                        proto.visit = true;
                        proto.cross(left.clone(), sites, Mutual::NONE);
                    }
                }
            }
            Slot::Actor(_) if ctx.rule.kind == RelationKind::Meeting => {
                // "Jordan's King Abdullah also attended the talks": one
                // who attends the talks just told of meets both sides.
                let subject_end = before.last().map_or(cs, |l| l.span.end);
                // "..., who sat in on the meeting", "took part in the
                // talks" too.
                let gap: Vec<&str> =
                    m.slice(subject_end..ts).split_whitespace().collect();
                let attended =
                    gap.iter().any(|w| w.eq_ignore_ascii_case("attended"))
                        || gap.windows(3).any(|w| {
                            matches!(
                                w,
                                ["sat", "in", "on"]
                                    | ["took", "part", "in"]
                                    | ["participated", "in", _]
                            )
                        });
                let the =
                    m.prev_word(cs, ts).is_some_and(|p| m.word_is(p, "the"));
                // "Clinton, who hosted the ceremony": so does one who
                // hosted it in person (a country that hosts talks is
                // their venue).
                let host = before.last().is_some_and(|c| c.is_personal())
                    && hosted_the_occasion(ctx);
                if (attended && the && frame == Frame::Noun) || host {
                    proto.cross(
                        left.clone(),
                        vec![Slot::Parties],
                        Mutual::NONE,
                    );
                    // The occasion was told of before: its sides are no
                    // meeting told of later.
                    proto.host = host;
                    return left;
                }
                // "Macron urged Putin in a phone call": the two ends of
                // the clause's verb held the call (a call has no site: "...
                // troops home from Iraq and informed Bush in a telephone
                // conversation").
                if let Some((subject, start)) = call_subject(ctx, &before) {
                    proto.subject_start = Some(start);
                    proto.cross(subject.clone(), left.clone(), Mutual::NONE);
                    return subject;
                }
                // "Putin in Brazil for space talks": a visit for talks.
                // "After talks in Ankara, Pence announced": the fronted
                // talks' subject after them.
                if let Some(sites) = site_before(ctx, &before)
                    .map(|site| vec![site])
                    .or_else(|| site_after(ctx, &before))
                    .or_else(|| {
                        if !before.is_empty() {
                            return None;
                        }
                        site_after(ctx, &fronted_group(ctx, te))
                    })
                {
                    proto.right_end = ctx.te();
                    proto.visit = true;
                    proto.cross(left.clone(), sites, Mutual::NONE);
                }
            }
            Slot::Actor(_) => {}
        },
        group => {
            // "concluded an agreement after nearly a decade of talks": a
            // noun inside a prepositional phrase is not what the group did.
            let from = m.words_back(cs, ts, 3);
            let lead = m.slice(from..ts);
            // But "another round of talks", "two days of talks in Madrid"
            // took place (read past a hyphenated modifier, two words of
            // the model: "a final round of U.N.-mediated talks").
            let held = m.slice(m.words_back(cs, ts, 5)..ts);
            let in_phrase = frame == Frame::Noun
                && !["round of", "rounds of", "days of", "hours of"]
                    .iter()
                    .any(|w| held.contains(w))
                && lead
                    .split_whitespace()
                    .any(|w| matches!(w, "of" | "from" | "for" | "before"));
            // "X and Y were among 20 heads of state attending the summit
            // of the OAU": being at one event is no meeting of the two.
            let group_end = before.last().map_or(ts, |l| l.span.end);
            let attending = frame == Frame::Noun
                && ctx.rule.kind == RelationKind::Meeting
                && m.slice(group_end..ts).split_whitespace().any(|w| {
                    w.len() > 6
                        && w.get(..6)
                            .is_some_and(|p| p.eq_ignore_ascii_case("attend"))
                })
                // Nor is a predicate of their own done "at the summit"
                // ("Syria and Libya opposed any softening toward Cairo at
                // the summit"): where, not with whom.
                || (frame == Frame::Noun
                    && m.slice(from..ts).trim_end().ends_with(" at the")
                    && m.word_count(group_end..ts) >= 4);
            // "Washington and Tokyo welcomed the agreement": a reaction
            // to what others did, by the trigger or a few words before it
            // (not "continue to praise each other months after their
            // summit").
            let reacting = (m.tok_at(m.words_back(group_end, ts, 4))
                ..m.tok_at(te))
                .any(|k| m.tokens[k].is(WordClass::Reaction));
            if !in_phrase
                && !attending
                && !reacting
                && !each_on_their_own(ctx, &before)
                && !unnamed_partner(ctx)
            {
                proto.parties = super::Parties::Within(group.to_vec());
            }
        }
    }
    let _ = ce;
    left
}

/// "Like Mexico and Venezuela, they are negotiating new money with
/// commercial bank creditors": a partner that "with" names after a verb
/// within six words, no actor and not the group itself ("with each
/// other"), is each member's own; the group did not act together.
fn unnamed_partner(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    if ctx.rule.frame == Frame::Noun {
        return false;
    }
    let (te, ce) = (ctx.te(), ctx.clause.end);
    let window = m.slice(te..m.words_forward(te, ce, 6));
    let window = &window[..window.find([',', ';']).unwrap_or(window.len())];
    window.find(" with ").is_some_and(|i| {
        let from = te + i + " with ".len();
        let partner = &window[i + " with ".len()..];
        !partner.starts_with("each other")
            && !partner.starts_with("one another")
            && m.chunks_in(from..te + window.len()).is_empty()
    })
}

/// Frame 1, `TRIGGER between A and B`: a bare demonym stands for its
/// country there ("a summit between North Korean and the U.S.").
fn between(ctx: &Ctx<'_, '_>, proto: &mut Proto) -> bool {
    let m = ctx.model;
    let (te, ce) = (ctx.te(), ctx.clause.end);
    // "talks on nuclear confidence-building measures between A and B".
    let window_end = m.words_forward(te, ce, 8);
    // "negotiations among the three countries" too.
    let window = m.slice(te..window_end);
    // "a meeting of Kazakh and Kyrgyz border chiefs", "a meeting of the
    // two countries' foreign ministers": a meeting noun's "of", right
    // after it, names its sides as "between" does.
    let of_sides = ctx.rule.kind == RelationKind::Meeting
        && ctx.rule.frame == Frame::Noun
        && window.starts_with(" of ");
    // "a call between Trump and Netanyahu": "between" in the trigger.
    let trigger = m.slice(ctx.ts()..te);
    let own = trigger
        .len()
        .checked_sub("between".len())
        .and_then(|i| trigger.get(i..))
        .is_some_and(|w| w.eq_ignore_ascii_case("between"))
        .then_some((0, " ".len()));
    let found = first_of(window, &["between ", "among ", "amongst "]);
    let Some((pos, len)) =
        own.or(found).or(of_sides.then_some((0, " of ".len())))
    else {
        return false;
    };
    let from = te + pos + len;
    // "talks between their foreign ministers": the group the sentence is
    // about (the previous predicate's subject, else this clause's).
    if m.tok_at(from) < m.tokens.len() && m.word_is(m.tok_at(from), "their") {
        let group = match ctx.previous {
            Some(prev) if prev.subject.len() >= 2 => prev.subject.clone(),
            _ => left_group(ctx, &subject_candidates(ctx)).0,
        };
        if group.len() < 2 {
            return false;
        }
        proto.right_end = m.words_forward(from, ce, 3);
        proto.parties = super::Parties::Within(group);
        return true;
    }
    let mut parties = between_parties(ctx, from, ce);
    let Some((a_span, a)) = parties.next() else { return false };
    // "between the foreign ministers of Libya and Chad": an official's
    // phrase before the first name is part of it.
    if m.word_count(from..a_span.start) > 2
        && !hits(&ctx.rules.cues.official_of, m.slice(from..a_span.start))
    {
        return false;
    }
    if matches!(a, Slot::Parties | Slot::Countries) {
        proto.right_end = a_span.end;
        // "negotiations among the three countries": the latest list of
        // three.
        let chunk = m.chunks.iter().find(|c| c.span == a_span);
        if let Some(group) = chunk.and_then(|c| numbered_group(ctx, c)) {
            proto.parties = super::Parties::Within(group);
            return true;
        }
        // "China and the Soviet Union signed a protocol after a week of
        // talks between officials of the two countries": the group the
        // sentence names.
        if let Some(prev) = ctx.previous.filter(|p| p.subject.len() >= 2) {
            proto.parties = super::Parties::Within(prev.subject.clone());
            return true;
        }
        // "Sudan and South Sudan have yet to implement agreements to
        // normalize relations between the two countries": the group
        // before the trigger in its clause.
        let own = left_group(ctx, &subject_candidates(ctx)).0;
        if own.len() >= 2 && own.iter().all(|s| matches!(s, Slot::Actor(_))) {
            proto.parties = super::Parties::Within(own);
            return true;
        }
        proto.parties = super::Parties::Collective(a);
        return true;
    }
    let Some((b_span, b)) = parties.next() else { return false };
    let mut words = gap_words(m, a_span.end, b_span.start);
    // "between an Egyptian delegation led by the deputy prime minister and
    // Soviet officials": the leader of lowercase words is the first side's.
    if let [lead, "by", title @ .., "and"] = words.as_slice() {
        if matches!(*lead, "led" | "headed")
            && title.iter().all(|w| w.chars().all(char::is_lowercase))
        {
            words = vec!["and"];
        }
    }
    // "between the two Koreas": the plural's two countries.
    let paired = || m.chunks.iter().any(|c| c.span == b_span && c.joined_prev);
    if words.is_empty() && paired() {
        proto.parties = super::Parties::Within(vec![a, b]);
        proto.right_end = b_span.end;
        return true;
    }
    if words.first() == Some(&"and") && words.len() <= 3 {
        // "between Iran and Britain, France and Germany": one side and a
        // list on the other.
        let (mut others, mut right_end) = (vec![b], b_span.end);
        if let Some((rest, end)) = list_tail(m, parties, b_span.end) {
            others.extend(rest);
            right_end = end;
        }
        proto.cross(vec![a], others, Mutual::NONE);
        proto.right_end = right_end;
        return true;
    }
    // "a phone call between Trump, Netanyahu and Mohammed bin Zayed":
    // a list, every pair.
    if words != [","] {
        return false;
    }
    let Some((rest, end)) = list_tail(m, parties, b_span.end) else {
        return false;
    };
    let mut list = vec![a, b];
    list.extend(rest);
    proto.right_end = end;
    proto.parties = super::Parties::Within(list);
    true
}

/// "The leaders of Germany, France and Italy met Zelensky and told him
/// they back Ukraine's bid": "they" is the subject of the sentence's
/// previous predicate when that is a group of three or more (a pair is
/// the document's to settle, with the story's other collectives).
fn they_of_previous(ctx: &Ctx<'_, '_>, chunk: &Chunk) -> Option<Vec<Slot>> {
    if !is_they(ctx.model, chunk) {
        return None;
    }
    let prev = ctx.previous.filter(|p| p.kept)?;
    (prev.subject.len() >= 3
        && prev.subject.iter().all(|s| matches!(s, Slot::Actor(_))))
    .then(|| prev.subject.clone())
}

/// Whether `chunk` is the one pronoun among the collectives ("they"), not
/// a counted one ("both sides", a pair).
fn is_they(m: &SentenceModel<'_>, chunk: &Chunk) -> bool {
    chunk.slot == Slot::Parties
        && m.lexicon.is(m.slice(chunk.span.clone()), WordClass::Pronoun)
}

/// "the three countries", "all four leaders", "the trio": a collective
/// that counts its members is the parties of the sentence's previous
/// predicate when they are that many ("Gaddafi played host to the
/// presidents of Sudan, Egypt and Chad, and the four leaders issued a
/// joint statement"), else the latest list of that many actors, when the
/// document has one before.
pub(super) fn numbered_group(
    ctx: &Ctx<'_, '_>,
    chunk: &Chunk,
) -> Option<Vec<Slot>> {
    if chunk.kind != ChunkKind::Collective {
        return None;
    }
    let text = ctx.model.slice(chunk.span.clone()).to_ascii_lowercase();
    let n = if text.split_whitespace().any(|t| t == "trio") {
        3
    } else {
        COUNTS.iter().position(|w| text.split_whitespace().any(|t| t == *w))?
            + 3
    };
    if let Some(prev) = ctx.previous.filter(|p| p.kept) {
        let mut parties = prev.subject.clone();
        for o in &prev.object {
            if !parties.contains(o) {
                parties.push(o.clone());
            }
        }
        if parties.len() == n
            && parties.iter().all(|p| matches!(p, Slot::Actor(_)))
        {
            return Some(parties);
        }
    }
    // "met Kadhimi and Jordan's King Abdullah at a summit where the three
    // leaders pledged": the people named before it in the sentence, when
    // they are of exactly `n` countries.
    let people = ctx.model.people_of_countries(chunk.span.start);
    if people.len() == n {
        return Some(people);
    }
    if ctx.group.len() == n {
        return Some(ctx.group.to_vec());
    }
    listed_before(ctx.model, chunk.span.start, n)
}

/// "A joint statement committing Egypt, Sudan and Ethiopia ... at the end
/// of a meeting of the three countries' ministers": the latest list of
/// exactly `n` actors of `n` countries named before `pos` in the sentence,
/// among its last 32 chunks (a long line of such collectives stays
/// linear).
fn listed_before(
    m: &SentenceModel<'_>,
    pos: usize,
    n: usize,
) -> Option<Vec<Slot>> {
    let range = m.chunks_in(m.span.start..pos);
    let chunks =
        &m.chunks[range.start.max(range.end.saturating_sub(32))..range.end];
    let mut end = chunks.len();
    while end > 0 {
        let mut start = end - 1;
        while start > 0 && chunks[start].joined_prev {
            start -= 1;
        }
        let run = &chunks[start..end];
        if run.len() == n {
            let mut countries: Vec<_> =
                run.iter().filter_map(|c| c.actor()?.country).collect();
            countries.sort_unstable();
            countries.dedup();
            if countries.len() == n {
                return Some(run.iter().map(|c| c.slot.clone()).collect());
            }
        }
        end = start;
    }
    None
}

/// The words between two parties, a possessive's tail left out.
fn gap_words<'t>(
    m: &SentenceModel<'t>,
    from: usize,
    to: usize,
) -> Vec<&'t str> {
    let gap = m.slice(from..to).trim_start_matches(['\'', '’', 's']);
    gap.split_whitespace().collect()
}

/// The rest of a list whose last item so far ends at `end`: ", C", ...,
/// then "and D" or ", and D". Its items and where they end; `None` when no
/// "and" closes it.
fn list_tail(
    m: &SentenceModel<'_>,
    parties: impl Iterator<Item = (Range<usize>, Slot)>,
    mut end: usize,
) -> Option<(Vec<Slot>, usize)> {
    let mut items = vec![];
    for (span, party) in parties {
        let words = gap_words(m, end, span.start);
        let last = matches!(words.as_slice(), ["and"] | [",", "and"]);
        if !last && words != [","] {
            return None;
        }
        items.push(party);
        end = span.end;
        if last {
            return Some((items, end));
        }
    }
    None
}

/// The first of `words` in `window` (case-sensitive, anywhere), with
/// its length: at one position the shorter word wins, as the least
/// `(position, length)` pair would. A byte search: `str::find` builds a
/// searcher per call, which in this short window costs more than the
/// search.
fn first_of(window: &str, words: &[&str]) -> Option<(usize, usize)> {
    let bytes = window.as_bytes();
    (0..bytes.len()).find_map(|i| {
        words
            .iter()
            .filter(|w| bytes[i..].starts_with(w.as_bytes()))
            .map(|w| (i, w.len()))
            .min()
    })
}

/// The chunks after `from` in the clause, and the bare demonyms among
/// them, in order.
fn between_parties<'m>(
    ctx: &Ctx<'m, '_>,
    from: usize,
    ce: usize,
) -> impl Iterator<Item = (std::ops::Range<usize>, Slot)> + 'm {
    let m = ctx.model;
    let chunks = m.chunks[m.chunks_in(from..ce)]
        .iter()
        .filter(move |c| c.span.end <= ce)
        .map(|c| (c.span.clone(), c.slot.clone()));
    let demonyms = m
        .mentions
        .iter()
        .enumerate()
        // The cheap tests first: `community` reads the lexicon.
        .filter(move |&(i, x)| {
            x.kind == MentionKind::Demonym
                && x.span.start >= from
                && x.span.end <= ce
                && !m.chunks.iter().any(|c| {
                    c.span.start <= x.span.start && x.span.end <= c.span.end
                })
                && !m.community(i)
        })
        .map(|(_, x)| x)
        .filter_map(|x| {
            Some((x.span.clone(), Slot::Actor(Actor::country(x.country?))))
        });
    let mut all: Vec<(std::ops::Range<usize>, Slot)> =
        chunks.chain(demonyms).collect();
    all.sort_by_key(|p| p.0.start);
    all.into_iter()
}

/// The chunks before the trigger that can be its subject.
pub(super) fn subject_candidates<'m>(ctx: &Ctx<'m, '_>) -> Vec<&'m Chunk> {
    if let Some(antecedent) = which_antecedent(ctx) {
        return antecedent;
    }
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let from = own_subject(ctx).unwrap_or(cs);
    // "on his first state visit to France, was received by", "shuttled
    // between Phnom Penh and Bangkok": a country or capital after a
    // locative (and those coordinated to it) is where, not who; but "the
    // former Soviet republic of Moldova agreed" names its subject.
    let place = |a: &Chunk| {
        matches!(a.kind, ChunkKind::Country | ChunkKind::Capital)
            && !m.slice(a.span.end..m.span.end).starts_with(['\'', '’'])
    };
    let behind_preposition = |a: &Chunk| {
        // Past the article of a name that takes one ("credits from the
        // Netherlands, France and West Germany"); not "of": "bankers of
        // the United States, Japan ... agreed" names who.
        let prev = m.prev_word(cs, a.span.start).and_then(|p| {
            if !m.word_is(p, "the") {
                return Some(p);
            }
            m.prev_word(cs, m.tok_start(p)).filter(|&q| !m.word_is(q, "of"))
        });
        prev.is_some_and(|p| {
            let of_polity = m.word_is(p, "of")
                && p > 0
                && m.tokens[p - 1].is(WordClass::Polity);
            // "after", "since": conjunctions too.
            // "Talks between Cairo and Ankara produced an agreement":
            // who talked; "a dispute between Bolivia and Chile has
            // overshadowed the summit": whom the dispute is between.
            let talks_between = m.word_is(p, "between")
                && p > 0
                && m.triggers.iter().any(|t| t.toks.contains(&(p - 1)));
            // ... so does "with" in "Brazil's talks with Argentina".
            let with_possessor = m.triggers.iter().any(|t| {
                t.toks.end == p
                    && t.toks.start > 0
                    && talks_with(ctx, t.toks.start - 1..p + 1)
            });
            // "cleared the way for Moscow to co-sponsor": the subject of
            // an infinitive.
            let for_to = m.word_is(p, "for") && m.word_is(a.toks.end, "to");
            // "Brazil, along with India, signed": one of the group.
            let along_with = m.word_is(p, "with")
                && p > 0
                && m.word_in(p - 1, &["along", "together"]);
            m.tokens[p].is(WordClass::Preposition)
                && !along_with
                && !m.tokens[p].is(WordClass::Subordinator)
                && !m.word_in(p, &["by", "as", "like", "than"])
                && !talks_between
                && !with_possessor
                && !of_polity
                && !for_to
        })
    };
    // Listed with a place: joined by a comma or "and" alone (", and"
    // may begin a clause: "... aid to Iraq, and Japan sent aid").
    // "After cutting ties with Taiwan, Kiribati established ties": a name
    // after the comma that closes a fronted phrase, right before the
    // trigger, is the subject, not one more place.
    let fronted = m.tokens.get(m.tok_at(cs)).is_some_and(|t| {
        t.is(WordClass::Fronting) || t.is(WordClass::Subordinator)
    });
    let listed = |a: &Chunk| {
        let after_fronted = fronted
            && a.toks.start > 0
            && m.tokens[a.toks.start - 1].is_punct(',')
            && m.word_count(a.span.end..ts) <= 1;
        a.joined_prev
            && !after_fronted
            && a.toks.start.checked_sub(2).is_some_and(|k| {
                !(m.tokens[k].is_punct(',') && m.word_is(k + 1, "and"))
            })
    };
    let range = m.chunks_in(cs..ts);
    // "..., with China pledging aid to both": the names right after
    // "with" and right before a gerund trigger are its subject.
    let absolute = absolute_subject(ctx, &m.chunks[range.clone()]);
    let mut out = vec![];
    let mut where_before = false;
    // "left Pakistan's border town of Wagah after talks": where one left.
    let left_place = |a: &Chunk| {
        matches!(a.kind, ChunkKind::Country | ChunkKind::Capital)
            && m.prev_word(cs, a.span.start)
                .is_some_and(|p| m.word_is(p, "left"))
    };
    // "the railway linking Dakar to Bamako", "forces surrounding Kabul": a
    // country or capital right after a participle is its object; not
    // after a trigger, a time word ("Monday morning"), a verb that is no
    // participle ("bring"), one that lists ("a group including Japan")
    // or one whose object is a small clause's subject ("making Sudan the
    // third country to ...").
    let object_of_ing = |a: &Chunk| {
        // Past an article ("dividing the two Koreas").
        let prev = m.prev_word(cs, a.span.start).and_then(|p| {
            if m.word_is(p, "the") {
                m.prev_word(cs, m.tok_start(p))
            } else {
                Some(p)
            }
        });
        // ("After months of haggling, India and Iran signed": a comma
        // closes the participle's phrase.)
        prev.is_some_and(|p| {
            let w = m.word(p);
            let stem = w.strip_suffix("ing").unwrap_or("");
            !m.slice(m.tokens[p].end.min(a.span.start)..a.span.start)
                .contains([',', ';'])
                && stem.len() >= 2
                && stem.starts_with(|c: char| c.is_ascii_lowercase())
                && stem.contains(['a', 'e', 'i', 'o', 'u', 'y'])
                && !["includ", "exclud", "mak", "leav", "keep"].contains(&stem)
                && !m.tokens[p].is(WordClass::Time)
                && !m.triggers.iter().any(|t| t.toks.contains(&p))
        })
    };
    // "Kazakhstan, despite appeals from the U.N. refugee agency,
    // extradited": an organisation behind a preposition is no subject
    // either.
    // (Not one that names talks: "the start of European Union accession
    // talks with North Macedonia".)
    let organisation = |a: &Chunk| {
        a.kind == ChunkKind::Organisation
            && !(a.toks.end..a.toks.end + 2)
                .any(|k| m.triggers.iter().any(|t| t.toks.start == k))
    };
    for a in &m.chunks[range] {
        let where_ = (left_place(a)
            || (organisation(a) && behind_preposition(a))
            || place(a)
                && (behind_preposition(a)
                    || object_of_ing(a)
                    || (listed(a) && where_before)))
            && absolute.is_none_or(|from| a.span.start < from);
        where_before = where_;
        // Actors inside a relative clause that closes before the trigger
        // ("Ishiba, who had hoped to meet Trump, instead met Albanese")
        // are not its subject.
        // But the name a "who" clause follows is its subject: "... attended
        // by George Shultz, who is due to visit Peking"; so is a place
        // whose "which" clause the trigger opens ("a crackdown in Myanmar,
        // which signed a repatriation deal").
        let after = m.slice(a.span.end.min(ts)..ts);
        let after = after.strip_prefix(',').unwrap_or(after).trim_start();
        let who_follows =
            after.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("who "));
        let which_opens =
            after.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("which "))
                && m.word_count(a.span.end..ts) <= 3;
        if a.span.end <= ts
            && a.span.start >= from
            && (!m.in_relative_closed_before(a, ts)
                || who_follows
                || which_opens)
            && (!where_ || which_opens)
        {
            out.push(a);
        }
    }
    main_subject_of_adjunct(ctx, &mut out);
    drop_subordinate_clause(ctx, &mut out);
    out
}

/// "Zelensky took the oath as the presidents of Georgia and Hungary looked
/// on, then sat down with Grybauskaite": a clause that a subordinator
/// opens inside the clause and a comma closes, with "then", "and" or
/// "later" and no name between that comma and the trigger, holds none of
/// the trigger's subjects: the predicate after it is the main clause's.
fn drop_subordinate_clause(ctx: &Ctx<'_, '_>, out: &mut Vec<&Chunk>) {
    let m = ctx.model;
    let (cs, t) = (m.tok_at(ctx.clause.start), m.tok_at(ctx.ts()));
    let Some(last) = out.last() else { return };
    let Some(comma) =
        (last.toks.end..t).rev().find(|&k| m.tokens[k].is_punct(','))
    else {
        return;
    };
    let gap = comma + 1..t;
    if gap.is_empty()
        || !m.word_in(comma + 1, &["then", "and", "later"])
        || m.word_count(m.tok_start(comma + 1)..ctx.ts()) > 6
        || gap.clone().any(|k| m.tokens[k].chunk.is_some())
    {
        return;
    }
    let Some(sub) = (cs + 1..comma).rev().find(|&k| {
        m.tokens[k].is(WordClass::Subordinator)
            && !m.word_in(k, &["but", "than", "whether", "if", "unless"])
    }) else {
        return;
    };
    let at = m.tokens[sub].start;
    if out.iter().any(|c| c.span.start > at) {
        out.retain(|c| c.span.end <= at);
    }
}

/// "Clinton addressed Jordan's parliament before flying to Damascus for
/// talks with Assad": a trigger inside an adjunct that a subordinator and a
/// gerund open ("before flying", "after holding") is said of the main
/// clause's subject, the clause's first names, not of the main verb's
/// object (the nearest names before it).
fn main_subject_of_adjunct(ctx: &Ctx<'_, '_>, out: &mut Vec<&Chunk>) {
    let m = ctx.model;
    let (cs, t) = (ctx.clause.start, m.tok_at(ctx.ts()));
    let Some(first) = out.first() else { return };
    // Or "by" and a gerund, the means: "infuriated Beijing by flying to
    // Taipei" (not "criticised Bahrain for signing": the one blamed did).
    // Or "after" or "before" right before a noun trigger ("praised Chad
    // after talks with Deby").
    let noun = ctx.rule.frame == Frame::Noun;
    let opens = |k: usize| {
        k + 1 < m.tokens.len()
            && (m.is_participle(k + 1)
                && (m.tokens[k].is(WordClass::Subordinator)
                    || (m.word_is(k, "by") && m.word(k + 1).ends_with("ing")))
                || noun && k + 1 == t && m.word_in(k, &["after", "before"]))
    };
    let Some(k) = (first.toks.end..t).rev().find(|&k| opens(k)) else {
        return;
    };
    let at = m.tokens[k].start;
    // The main clause's subject: its first names, at its start.
    let mut group = 1;
    while out.get(group).is_some_and(|c| c.joined_prev && c.span.end <= at) {
        group += 1;
    }
    // A name right after a verb (past its articles): "addressed Jordan's
    // parliament", "praised the Jordanian king"; not one after a
    // preposition, a comma or a title ("..., Foreign Minister Downer said
    // after arriving": the one who says).
    let first_tok = m.tok_at(cs);
    let object = |c: &Chunk| {
        let mut k = c.toks.start;
        while k > first_tok && m.tokens[k - 1].is(WordClass::Determiner) {
            k -= 1;
        }
        k > first_tok && {
            let t = &m.tokens[k - 1];
            t.is_word()
                && m.word(k - 1).starts_with(|c: char| c.is_ascii_lowercase())
                && ![
                    WordClass::Preposition,
                    WordClass::Coordinator,
                    WordClass::Subordinator,
                    WordClass::Relative,
                    WordClass::Former,
                    WordClass::Attributive,
                    WordClass::Time,
                ]
                .into_iter()
                .any(|class| t.is(class))
                && !m.triggers.iter().any(|tr| tr.toks.contains(&(k - 1)))
        }
    };
    let before_adjunct =
        &out[group..out.partition_point(|c| c.span.end <= at)];
    if !before_adjunct.is_empty()
        && before_adjunct.iter().all(|c| object(c))
        && m.word_count(cs..first.span.start) <= 3
    {
        let subject_end = out[group - 1].span.end;
        out.retain(|c| c.span.end <= subject_end || c.span.end > at);
    }
}

/// Where the subject of an absolute phrase starts ("..., with China
/// pledging technical assistance to both governments", "with Britain and
/// France sending troops"): a gerund trigger right after a group of
/// names that "with" opens.
fn absolute_subject(ctx: &Ctx<'_, '_>, before: &[Chunk]) -> Option<usize> {
    let m = ctx.model;
    // A gerund with its object ("with China pledging aid"), not a noun in
    // "-ing" ("With US backing, Panama seceded").
    let verb = m.tok_at(ctx.ts());
    let object_follows = m.tokens.get(verb + 1).is_some_and(|t| t.is_word());
    let last = before.last()?;
    let gap = m.tok_at(last.span.end)..verb;
    // Or a gerund and "to" before the trigger's infinitive ("with Turkey
    // vowing to stand by Azerbaijan").
    let gerund_to = gap.len() == 2
        && m.word(gap.start).ends_with("ing")
        && m.word_is(gap.start + 1, "to");
    if !(ctx.starts_with_ing() && gap.is_empty() || gerund_to)
        || !object_follows
    {
        return None;
    }
    let mut first = before.len() - 1;
    while first > 0 && before[first].joined_prev {
        first -= 1;
    }
    let start = before[first].span.start;
    m.prev_word(ctx.clause.start, start)
        .is_some_and(|p| m.word_is(p, "with"))
        .then_some(start)
}

/// ", and Anglo-Dutch oil giant Shell signed a deal": after ", and", a
/// noun phrase that is no actor (a name or a determiner in it) right
/// before the trigger is its own subject: the start of that phrase, before
/// which no actor is the trigger's subject ("..., and later signed" keeps
/// the first subject).
fn own_subject(ctx: &Ctx<'_, '_>) -> Option<usize> {
    let m = ctx.model;
    let t = m.tok_at(ctx.ts());
    let mut k = t;
    let mut noun_phrase = false;
    while k > 0 && t - k <= 6 {
        k -= 1;
        let tok = &m.tokens[k];
        if tok.chunk.is_some() || !tok.is_word() && !tok.is_punct('-') {
            return None;
        }
        if m.word_is(k, "and") {
            let comma = k > 0 && m.tokens[k - 1].is_punct(',');
            return (comma && noun_phrase && k + 1 < t)
                .then(|| m.tokens[k + 1].start);
        }
        noun_phrase |= tok.is(WordClass::Determiner)
            || m.word(k).starts_with(char::is_uppercase);
    }
    None
}

/// The nearest subject candidate with the candidates coordinated to it,
/// and where the group starts.
pub(super) fn left_group(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
) -> (Vec<Slot>, Option<usize>) {
    let Some(&nearest) = before.last() else { return (vec![], None) };
    let m = ctx.model;
    let mut group = vec![nearest];
    let mut idx = before.len() - 1;
    let mut commas_only = true;
    while idx > 0 {
        let (prev, next) = (before[idx - 1], before[idx]);
        if !joined(ctx, prev, next)
            && !joined_by(m, prev.toks.end..next.toks.start)
            && !talks_with(ctx, prev.toks.end..next.toks.start)
        {
            break;
        }
        let gap = prev.toks.end..next.toks.start;
        // (No gap: the two countries of one plural, "the two Koreas".)
        commas_only &= !gap.is_empty()
            && !gap.clone().any(|k| {
                m.tokens[k].is(WordClass::Coordinator)
                    || m.tokens[k].is_punct('&')
            });
        group.push(prev);
        idx -= 1;
    }
    // "Peru, Bolivia sign accords": names joined by commas alone are a
    // list at the start of their clause (a headline's), not after other
    // words ("After defeating Germany, Russia signed a treaty": Germany
    // ends a fronted phrase).
    if group.len() > 1 && commas_only {
        let first = group.last().expect("a group").toks.start;
        let lead = m.tok_at(ctx.clause.start)..first;
        if !lead.clone().all(|k| m.tokens[k].is(WordClass::Determiner)) {
            group.truncate(1);
        }
    }
    // "India has also joined the US, Japan and Australia in a core group
    // to coordinate": who joins a group is one of it (not who joins an
    // organisation: "joined NATO in 2020").
    if idx > 0 {
        let (prev, first) = (before[idx - 1], group[group.len() - 1]);
        if joins(m, prev.toks.end..first.toks.start)
            && !group.iter().any(|c| c.kind == ChunkKind::Organisation)
        {
            group.push(prev);
        }
    }
    let start = group.last().map(|c| c.span.start);
    (group.iter().rev().map(|l| l.slot.clone()).collect(), start)
}

/// Whether the tokens of `gap` between two names add the second to the
/// first's group: ", joined by", ", accompanied by", ", along with",
/// ", together with", before at most a determiner ("Estonia, Latvia and
/// Lithuania, joined by a Polish minesweeper, began a joint exercise").
fn joined_by(m: &SentenceModel<'_>, gap: Range<usize>) -> bool {
    let mut end = gap.end;
    if end > gap.start && m.tokens[end - 1].is(WordClass::Determiner) {
        end -= 1;
    }
    end == gap.start + 3
        && m.tokens[gap.start].is_punct(',')
        && ((m.word_in(gap.start + 1, &["joined", "accompanied"])
            && m.word_is(gap.start + 2, "by"))
            || (m.word_in(gap.start + 1, &["along", "together"])
                && m.word_is(gap.start + 2, "with")))
}

/// Whether the tokens of `gap` between two names are a possessive, a
/// meeting's noun and "with": who held "Menem's talks with Franco" are
/// the subject of what the talks did ("produced an agreement").
fn talks_with(ctx: &Ctx<'_, '_>, gap: Range<usize>) -> bool {
    let m = ctx.model;
    gap.len() >= 3
        && m.tokens[gap.start].shape == Shape::Possessive
        && m.word_is(gap.end - 1, "with")
        && m.triggers.iter().any(|t| {
            let rule = &ctx.rules.triggers[t.rule];
            t.toks.start == gap.start + 1
                && t.toks.end == gap.end - 1
                && rule.kind == RelationKind::Meeting
                && rule.frame == Frame::Noun
        })
}

/// Whether the words of `gap` (tokens) are a verb of joining, after at
/// most three words and before determiners ("has also joined the"): no
/// punctuation.
fn joins(m: &SentenceModel<'_>, gap: Range<usize>) -> bool {
    let mut end = gap.end;
    while end > gap.start && m.tokens[end - 1].is(WordClass::Determiner) {
        end -= 1;
    }
    end > gap.start
        && end - gap.start <= 4
        && (gap.start..end).all(|k| m.tokens[k].is_word())
        && m.word_in(end - 1, &["join", "joins", "joined", "joining"])
}

/// Whether two chunks (in order) are coordinated.
pub(super) fn joined(ctx: &Ctx<'_, '_>, prev: &Chunk, next: &Chunk) -> bool {
    let m = ctx.model;
    let gap = prev.toks.end..next.toks.start;
    // "the two Koreas": the model joined the plural's two countries.
    if gap.is_empty() {
        return next.joined_prev;
    }
    // A comma joins only actors of one sort (`Chunk::same_sort`).
    let comma = m.tokens.get(gap.start).is_some_and(|t| {
        t.is_punct(',') && !(gap.len() > 1 && m.word_is(gap.start + 1, "and"))
    });
    // "... Japan and Russia, and the four leaders issued": ", and" before
    // a collective starts a clause; the collective is not listed.
    let comma_and = m.tokens.get(gap.start).is_some_and(|t| t.is_punct(','))
        && gap.len() > 1
        && m.word_is(gap.start + 1, "and");
    let collectives = (prev.kind == ChunkKind::Collective)
        != (next.kind == ChunkKind::Collective);
    // "Japan supports Iraq, the Pentagon said": after the trigger, a name
    // that a comma sets off and a reporting verb follows reports the
    // clause; it is not one more of the list ("Israel, Syria say ...",
    // before the trigger, is a list).
    let reporting =
        |k: usize| m.tokens.get(k).is_some_and(|t| t.is(WordClass::Reporting));
    // "Kremlin officials said", "Israeli sources say": one noun between.
    let reporting_after = |k: usize| {
        reporting(k)
            || (m.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && t.classes.is_empty()
                    && m.word(k).starts_with(char::is_lowercase)
            }) && reporting(k + 1))
    };
    // "signed a pact with Fiji, and Australia said it was disappointed",
    // "Pact With Solomon Islands, And Canberra Is Not Happy": after ", and"
    // too, and with a verb of reacting, or an auxiliary and a negator.
    let replies = |k: usize| {
        reporting_after(k)
            || m.tokens.get(k).is_some_and(|t| {
                t.is(WordClass::Reaction)
                    || (t.is(WordClass::Auxiliary)
                        && m.tokens
                            .get(k + 1)
                            .is_some_and(|t| t.is(WordClass::Negator)))
            })
    };
    let reporter = ((comma && reporting_after(next.toks.end))
        || (comma_and && replies(next.toks.end)))
        && ctx.ts() < prev.span.start;
    let set_apart = (comma_and && collectives)
        || reporter
        || (comma && m.ends_own_clause(next));
    if !gap.is_empty()
        && m.is_coordination(gap.clone())
        && (!comma || prev.same_sort(next))
        && !set_apart
    {
        return true;
    }
    // "Chirac and the leaders of Germany": the official's phrase before
    // the second name is part of it.
    let text = m.slice(prev.span.end..next.span.start);
    let Some(phrase) =
        ctx.rules.cues.official_of.as_ref().and_then(|re| re.find(text))
    else {
        return false;
    };
    let link =
        m.tok_at(prev.span.end)..m.tok_at(prev.span.end + phrase.start());
    // "and the", "and the foreign": "and", then at most a determiner and
    // one modifier of the official noun.
    let and = link.start < link.end && m.word_is(link.start, "and");
    let rest = link.start + 1..link.end;
    next.kind == ChunkKind::Official
        && and
        && rest.len() <= 2
        && rest.clone().all(|k| m.tokens[k].is_word())
}

/// A second predicate takes the subject of the first: "Modi met Xi ... and
/// separately held talks with Putin", "..., where he signed". Returns where
/// that subject starts when it took it (what an urging before the nearest
/// name is not said of: "called on Xi and flew to Tokyo").
pub(super) fn second_predicate(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) -> Option<usize> {
    let prev = ctx.previous?;
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let lead_start = m.words_back(cs, ts, 3);
    let lead = m.slice(lead_start..ts);
    let pronoun =
        lead.split_whitespace().any(|w| matches!(w, "he" | "she" | "they"))
            || planned_pronoun(ctx, &prev.subject);
    let nearest_end = before.last().map_or(cs, |l| l.span.end);
    let pronoun_after_actor = pronoun && lead_start >= nearest_end;
    // "... Xi for nearly an hour and separately held talks": a verb right
    // after "and" (one adverb at most between).
    // So is a participle after a comma ("met Erdogan on Tuesday, signing
    // accords"): its subject is the clause's.
    let participle = ctx.starts_with_ing();
    let second = ctx.rule.frame != Frame::Noun
        && before.last().is_some_and(|l| {
            let gap: Vec<&str> =
                m.slice(l.span.end..ts).split_whitespace().collect();
            l.span.start >= prev.trigger_end
                && (gap.iter().rposition(|w| *w == "and").is_some_and(|i| {
                    // "and later met", or a plan ("and was due to receive
                    // Deby", "and will meet").
                    gap.len() - i <= 2
                        || (gap.len() - i <= 5
                            && m.slice(l.span.end..ts)
                                .rsplit_once("and ")
                                .is_some_and(|(_, plan)| {
                                    hits(&ctx.rules.cues.planned_left, plan)
                                }))
                }) || (participle
                    && gap.len() <= 8
                    && gap.last().is_some_and(|w| w.ends_with(','))
                    && !gap.iter().any(|w| {
                        m.lexicon.is(w.trim_end_matches(','), WordClass::Relative)
                    }))
                    // "met Zelenskyy in Kyiv, then headed to Moscow",
                    // "Meets Zelenskyy In Kyiv, Heads To Moscow": a verb
                    // right after a comma (and "then") shares the subject.
                    // (Past a place and a time: "sat down with King
                    // Salman in Jeddah on Monday, then hopped over to Abu
                    // Dhabi"; one comma only, no relative or pronoun.)
                    || (gap.len() <= 7
                        && match gap.as_slice() {
                            [rest @ .., comma, then] => {
                                comma.ends_with(',')
                                    && ["then", "later"].contains(then)
                                    && (rest.len() <= 2
                                        || rest.iter().all(|w| {
                                            !w.ends_with(',')
                                                && !m.lexicon.is(w, WordClass::Relative)
                                                && !m.lexicon.is(w, WordClass::Pronoun)
                                        }))
                            }
                            _ => false,
                        }
                        || gap.len() <= 3
                            && gap.last().is_some_and(|w| w.ends_with(','))
                            && ctx.rule.frame == Frame::Visit))
        });
    // "Trump hosted Netanyahu and the foreign ministers of the two Gulf
    // states, where they signed accords": after a host's ", where", "they"
    // are the guests.
    let guests = prev.host
        && !prev.object.is_empty()
        && lead
            .split_whitespace()
            .collect::<Vec<_>>()
            .ends_with(&["where", "they"]);
    if guests {
        *left = prev.object.clone();
    } else if pronoun_after_actor || second || headline_second(ctx, before) {
        *left = prev.subject.clone();
        return prev.subject_start;
    }
    // "wrapped up a visit to Pakistan after the two sides signed
    // agreements ..., and flew to Dhaka": ", and" and a verb after an
    // adverbial clause whose subject is the nearest name share the main
    // clause's subject.
    // (Only after such a clause; the last two words read from the end,
    // nothing collected.)
    let (subject, start) = prev.outer.as_ref()?;
    let mut last = m.slice(prev.trigger_end..ts).split_whitespace().rev();
    let comma_and = last.next() == Some("and")
        && last.next().is_some_and(|w| w.ends_with(','))
        && before.last().is_some_and(|l| l.span.end <= prev.trigger_end);
    if comma_and {
        *left = subject.clone();
        return *start;
    }
    None
}

/// "..., where he is due to hold talks with Abbas": a subject pronoun
/// before the trigger with only the words of a plan between ("is due
/// to", "was expected to"), and said of a person ("he" or "she": not of
/// a country, "China announced drills ... where she is set to meet").
fn planned_pronoun(ctx: &Ctx<'_, '_>, subject: &[Slot]) -> bool {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let (from, to) = (m.tok_at(m.words_back(cs, ts, 5)), m.tok_at(ts));
    let Some(p) =
        (from..to).rev().find(|&k| m.word_in(k, &["he", "she", "they"]))
    else {
        return false;
    };
    let plan = (p + 1..to).all(|k| {
        let t = &m.tokens[k];
        t.is(WordClass::Auxiliary)
            || t.is(WordClass::Modal)
            || m.word_in(k, &PLAN_WORDS)
    });
    let person = m.word_is(p, "they")
        || subject.iter().any(|s| {
            matches!(s, Slot::Actor(a) if a.country.is_none_or(|c| *a != Actor::country(c)))
        });
    p + 1 < to && plan && person
}

/// The words that may stand between a subject and the verb of its plan,
/// with auxiliaries and modals ("he is due to meet", "Shevardnadze plans
/// to go on to Hanoi").
pub(super) const PLAN_WORDS: [&str; 14] = [
    "due",
    "to",
    "set",
    "expected",
    "scheduled",
    "slated",
    "also",
    "later",
    "then",
    "plans",
    "planned",
    "planning",
    "intends",
    "intended",
];

/// "Yushchenko is due to address the Council of Europe on Tuesday and is
/// expected to hold talks with Kwasniewski": a trigger after "and" (five
/// words at most between) whose nearest actor is the object of a verb that
/// is no trigger has the clause's first actor for subject, when that one
/// starts the clause.
fn second_after_object(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let ([first, .., nearest], [one]) = (before, left.as_slice()) else {
        return;
    };
    if &nearest.slot != one
        || nearest.joined_prev
        || ctx.previous.is_some_and(|p| p.trigger_end > first.span.start)
        || m.word_count(cs..first.span.start) > 2
    {
        return;
    }
    let gap: Vec<&str> =
        m.slice(nearest.span.end..ts).split_whitespace().collect();
    let and = gap.iter().rposition(|w| *w == "and");
    if and.is_none_or(|i| gap.len() - i > 5) {
        return;
    }
    // The word before the object, past a determiner: a lowercase verb.
    let mut k = nearest.toks.start;
    while k > 0 && m.tokens[k - 1].is(WordClass::Determiner) {
        k -= 1;
    }
    let verb = k > 0
        && m.tokens[k - 1].is_word()
        && m.tokens[k - 1].chunk.is_none()
        && m.word(k - 1).chars().all(|c| c.is_lowercase())
        && ![
            WordClass::Preposition,
            WordClass::Coordinator,
            WordClass::Locative,
            WordClass::PlacePreposition,
            WordClass::Relative,
            WordClass::Subordinator,
            WordClass::Reporting,
        ]
        .iter()
        .any(|&c| m.tokens[k - 1].is(c));
    if verb {
        *left = vec![first.slot.clone()];
    }
}

/// "Bush Welcomes Allawi, Vows Support for Iraq": in a headline, a
/// capitalised verb right after the comma that ends the first predicate's
/// object starts a second predicate of the same subject.
pub(super) fn headline_second(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> bool {
    let (Some(prev), Some(last)) = (ctx.previous, before.last()) else {
        return false;
    };
    let m = ctx.model;
    let gap: Vec<&str> =
        m.slice(last.span.end..ctx.ts()).split_whitespace().collect();
    last.span.start >= prev.trigger_end
        && !prev.subject.is_empty()
        && matches!(gap.as_slice(), [",", verb] | [",", verb, _]
            if verb.starts_with(char::is_uppercase)
                && verb.len() > 2
                && !m.lexicon.is(verb, WordClass::Determiner))
}

/// "Nicaragua Dumps Taiwan, Restores Diplomatic Ties With China": in a
/// Title Case headline, a trigger right after the comma that ends "A Verb
/// B" (one or two capitalised words that are no name between the two) is
/// A's second predicate, though its first verb is no trigger.
fn headline_comma_predicate(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let [first, last] = before else { return };
    let m = ctx.model;
    if left.len() != 1
        || left[0] != last.slot
        || last.joined_prev
        || m.slice(last.span.end..ctx.ts()).trim() != ","
        || m.word_count(ctx.clause.start..first.span.start) > 0
    {
        return;
    }
    let verb = first.toks.end..last.toks.start;
    if !(1..=2).contains(&verb.len()) {
        return;
    }
    let title_case = |k: usize| {
        let t = &m.tokens[k];
        t.is_word()
            && t.chunk.is_none()
            && m.word(k).starts_with(char::is_uppercase)
            && !t.is(WordClass::Preposition)
            && !t.is(WordClass::Determiner)
    };
    // The whole line in Title Case, with no full stop: a headline.
    let headline = || {
        !m.body().trim_end().ends_with(['.', '!', '?'])
            && m.tokens.iter().enumerate().all(|(k, t)| {
                !t.is_word()
                    || t.chunk.is_some()
                    || m.word(k).len() <= 3
                    || m.word(k).starts_with(|c: char| !c.is_lowercase())
            })
    };
    if verb.clone().all(title_case) && headline() {
        *left = vec![first.slot.clone()];
    }
}

/// "X is to address Congress as well as meeting Y", "X will address
/// Congress before meeting Y", "X praised Y and later met Z": a second
/// predicate (a gerund after "as well as", "before", "after"..., or a verb
/// right after "and") is the clause's first actor's, not the nearest
/// one's (after "and", only when no earlier trigger of the sentence says
/// whose it is: [`second_predicate`]). Returns where the new subject
/// starts, if it changed.
fn second_of_clause(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) -> Option<usize> {
    let [first, .., nearest] = before else { return None };
    let m = ctx.model;
    let ts = ctx.ts();
    let gap = m.slice(nearest.span.end..ts);
    let words: Vec<&str> = gap.split_whitespace().collect();
    let trigger = m.slice(ts..ctx.te());
    let adjunct = [
        "as well as ",
        "before ",
        "after ",
        "while ",
        "upon ",
        "since ",
        "then ",
    ];
    // (Past a time phrase: "met Xi a day after meeting Putin"; any case:
    // "Meets Putin A Day After Seeing Zelenskyy".)
    let time_word = |w: &str| {
        [
            "a", "an", "one", "two", "three", "few", "day", "days", "hours",
            "hour", "minutes", "week", "weeks", "shortly", "just", "soon",
            "only",
        ]
        .iter()
        .any(|t| w.eq_ignore_ascii_case(t))
    };
    let time_gap = words.len() <= 3 && words.iter().all(|w| time_word(w));
    let gerund = time_gap
        && adjunct.iter().any(|a| {
            trigger.get(..a.len()).is_some_and(|t| t.eq_ignore_ascii_case(a))
        })
        || gap.trim_end().ends_with("as well as");
    // "praised the EU and later met Putin": one adverb at most after "and".
    let and_verb = ctx.previous.is_none()
        && ctx.rule.frame != Frame::Noun
        && !gap.contains([',', ';'])
        && words
            .iter()
            .rposition(|w| *w == "and")
            .is_some_and(|i| words.len() - i <= 2);
    // "flew into Dar es Salaam for talks with Mkapa on ..., stopping in
    // Kigali on the way to brief Kagame": an infinitive inside a
    // participle clause set off by a comma is the clause's first
    // subject's.
    let participle_to = gap.rfind(", ").is_some_and(|i| {
        let rest = &gap[i + 2..];
        rest.split_whitespace().next().is_some_and(|w| {
            w.len() > 5
                && w.ends_with("ing")
                && w.starts_with(|c: char| c.is_ascii_lowercase())
        }) && rest.trim_end().ends_with(" to")
    });
    if (gerund || and_verb || participle_to)
        && !joined_group(ctx, before, first, nearest)
    {
        *left = vec![first.slot.clone()];
        return Some(first.span.start);
    }
    // "Chavez and Uribe declared an end to the crisis over the seizure of
    // a rebel in Caracas, after meeting at the palace": a gerund after a
    // comma is the clause's first subject group's.
    // Also with the adjunct before a noun ("..., after talks here with a
    // Philippine delegation").
    let tail = gap.trim_end();
    // (Past a time phrase: ", a day after receiving Bashir", "on Monday, a
    // day after meeting Sharon".)
    let past_time = |rest: &str| {
        let mut rest = rest.trim_end();
        for _ in 0..3 {
            match rest.rsplit_once(' ') {
                Some((head, w)) if time_word(w) => rest = head.trim_end(),
                _ => break,
            }
        }
        rest.ends_with(',')
    };
    let adjunct_before = ["after", "before", "during", "following"]
        .iter()
        .any(|a| tail.strip_suffix(a).is_some_and(past_time));
    let after_comma = (past_time(tail)
        && adjunct.iter().any(|a| trigger.starts_with(a))
        && !adjunct.iter().any(|a| gap.contains(a.trim_end())))
        || (adjunct_before && ctx.rule.kind == RelationKind::Meeting);
    if after_comma {
        let mut group = vec![first.slot.clone()];
        for next in &before[1..] {
            if !next.joined_prev {
                break;
            }
            group.push(next.slot.clone());
        }
        *left = group;
        return Some(first.span.start);
    }
    None
}

/// Whether `first` and `nearest` are one coordinated subject group ("Xi
/// and Putin").
fn joined_group(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    first: &Chunk,
    nearest: &Chunk,
) -> bool {
    let (group, _) = left_group(ctx, before);
    group.len() > 1
        && group.contains(&first.slot)
        && group.contains(&nearest.slot)
}

/// "signed agreements at a ceremony hosted by Trump": a participle with
/// its agent right after a common noun is a reduced passive, whose
/// subject is the noun, not the group before it (after a meeting noun the
/// host meets the parties: see [`objects`]).
fn reduced_passive(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let (ts, te) = (ctx.ts(), ctx.te());
    let t = m.tok_at(ts);
    let noun_before = t.checked_sub(1).is_some_and(|p| {
        let tok = &m.tokens[p];
        tok.is_word()
            && tok.chunk.is_none()
            && m.word(p).starts_with(char::is_lowercase)
            && ![
                WordClass::Auxiliary,
                WordClass::Modal,
                WordClass::Negator,
                WordClass::Pronoun,
                WordClass::Relative,
                WordClass::Coordinator,
                WordClass::Determiner,
            ]
            .into_iter()
            .any(|c| tok.is(c))
    });
    ctx.rule.frame != Frame::Noun
        && m.slice(ts..te).ends_with("ed")
        && m.word_is(m.tok_at(te), "by")
        && noun_before
        && !meeting_noun_before(ctx, ts)
}

/// Whether a meeting noun ("talks", "summit") ends at most 8 words before
/// `pos`: what a participle there hosts ("talks in Moscow hosted by X",
/// "a summit in the Egyptian resort of Sharm el-Sheikh hosted by X"; not
/// "a result welcomed by Brazil").
fn meeting_noun_before(ctx: &Ctx<'_, '_>, pos: usize) -> bool {
    let m = ctx.model;
    let from = m.words_back(ctx.clause.start, pos, 8);
    m.triggers.iter().any(|t| {
        let rule = &ctx.rules.triggers[t.rule];
        rule.frame == Frame::Noun
            && rule.kind == RelationKind::Meeting
            && t.span.start >= from
            && t.span.end <= pos
    })
}

/// The objects of the trigger: a passive's `by` agent, else the first
/// chunk after it (with the chunks coordinated to it) if the gap allows.
/// "China announced drills as the speaker landed in Taipei, where she is
/// set to meet President Tsai": "he" or "she" after a relative word or a
/// comma that follows the subject group, at most `reach` words before the
/// trigger and with no name between, is the trigger's subject: the nearest
/// person named before the pronoun, else the previous sentence's first
/// person; not the group.
pub(super) fn relative_pronoun_subject(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    reach: usize,
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let Some(last) = before.last() else { return };
    if left.is_empty() {
        return;
    }
    let ts = ctx.ts();
    let (from, to) = (last.toks.end, m.tok_at(ts));
    let Some(p) = (from..to).rev().find(|&k| m.word_in(k, &["he", "she"]))
    else {
        return;
    };
    let opened = (from..p).any(|k| {
        m.tokens[k].is_punct(',') || m.tokens[k].is(WordClass::Relative)
    });
    if !opened
        || m.word_count(m.tok_start(p)..ts) > reach
        || (p..to).any(|k| m.tokens[k].chunk.is_some())
    {
        return;
    }
    let pos = m.tok_start(p);
    let person = m
        .chunks
        .iter()
        .rev()
        .find(|c| c.span.end <= pos && c.kind == ChunkKind::Person);
    *left = match (person, ctx.antecedent) {
        (Some(c), _) => vec![c.slot.clone()],
        (None, Some(a)) => vec![Slot::Actor(a.clone())],
        (None, None) => vec![],
    };
}

/// Whether the first of `chunks`, with the names coordinated to it
/// ("Iran and Syria"), comes right before a modal ("must", "should"):
/// the subject of a clause of its own.
fn clause_subject(m: &SentenceModel<'_>, chunks: &[&Chunk]) -> bool {
    let Some(first) = chunks.first() else { return false };
    let mut end = first.span.end;
    for next in &chunks[1..] {
        if !m.is_coordination(m.tok_at(end)..m.tok_at(next.span.start)) {
            break;
        }
        end = next.span.end;
    }
    let k = m.tok_at(end);
    m.tokens.get(k).is_some_and(|t| t.is(WordClass::Modal))
}

/// "Chinese President Hu Jintao, greeted at the airport by Uzbek
/// President Islam Karimov, signed ...": a meeting participle that opens
/// an aside right after a person is a passive whose `by` agent meets that
/// person.
fn greeted_aside(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let (ts, te) = (ctx.ts(), ctx.te());
    let t = m.tok_at(ts);
    ctx.rule.frame != Frame::Noun
        && ctx.rule.kind == RelationKind::Meeting
        && m.slice(ts..te).ends_with("ed")
        && t.checked_sub(1).is_some_and(|p| m.tokens[p].is_punct(','))
        && t.checked_sub(2).is_some_and(|p| {
            m.tokens[p].chunk.is_some_and(|c| {
                m.chunks[c as usize].kind == ChunkKind::Person
            })
        })
}

fn objects<'m>(ctx: &Ctx<'m, '_>) -> Vec<&'m Chunk> {
    let m = ctx.model;
    let (cs, ce) = (ctx.clause.start, ctx.clause.end);
    let (ts, te) = (ctx.ts(), ctx.te());
    let frame = ctx.rule.frame;
    // Passive: "X was welcomed at the White House by Y"; a meeting
    // participle right before its agent too ("talks in Moscow hosted by
    // Lavrov"; not "an invasion supported by China": what is supported is
    // the noun before).
    // (A progressive is active: "is restoring ties to Iran".)
    let passive = m
        .prev_word(cs, ts)
        .is_some_and(|p| m.tokens[p].is(WordClass::Passive))
        && !ctx.starts_with_ing()
        || (frame != Frame::Noun
            && ctx.rule.kind == RelationKind::Meeting
            && m.slice(ts..te).ends_with("ed")
            && m.word_is(m.tok_at(te), "by")
            && meeting_noun_before(ctx, ts))
        || greeted_aside(ctx);
    let after_chunks = &m.chunks[m.chunks_in(te..ce)];
    // "signed an agreement on the two countries' border with President
    // Nazarbayev": a collective owning a noun inside the gap is no object
    // (right after the verb, or its "with" or "to", it is: "will host
    // both countries' leaders", "talks with the two countries' leaders").
    let possessor = |a: &Chunk| {
        matches!(a.slot, Slot::Countries | Slot::Parties)
            && m.slice(a.span.end..ce).starts_with(['\'', '\u{2019}'])
            && m.slice(te..a.span.start)
                .split_whitespace()
                .any(|w| !["with", "to", "With", "To"].contains(&w))
    };
    let after_chunks: Vec<&Chunk> = after_chunks
        .iter()
        .filter(|a| a.span.end <= ce && !possessor(a))
        .collect();
    if passive {
        let window_end = m.words_forward(te, ce, 12);
        if let Some(pos) = m.slice(te..window_end).find(" by ") {
            let from = te + pos + " by ".len();
            let agent = after_chunks.iter().find(|a| {
                a.span.start >= from
                    && m.word_count(from..a.span.start) <= 2
                    && !m.slice(from..a.span.start).contains([',', ';'])
            });
            if let Some(agent) = agent {
                return vec![*agent];
            }
        }
    }
    let Some(&first) = after_chunks.first() else { return vec![] };
    // "delivered a message from President Hu to Sudanese President
    // al-Bashir": the sender right after the trigger is the subject's
    // side; the one it goes to is the object.
    let (first, skip, gap_start) = match after_chunks.get(1) {
        Some(&to)
            if m.slice(te..first.span.start)
                .trim()
                .eq_ignore_ascii_case("from")
                && m.slice(first.span.end..to.span.start).trim() == "to" =>
        {
            (to, 1, first.span.end)
        }
        _ => (first, 0, te),
    };
    // "welcomed Putin's proposal": a meeting verb's object is the thing
    // the name owns, not the name; "met Putin's envoy" meets an official.
    if possessed_thing(ctx, first) {
        return vec![];
    }
    // "Putin, Chirac Agree Iran Must Halt Nuclear Work": a name right
    // after the verb, itself followed by a modal, is the subject of a
    // complement clause with no "that".
    if frame != Frame::Noun
        && skip == 0
        && m.slice(te..first.span.start).trim().is_empty()
        && clause_subject(m, &after_chunks)
    {
        return vec![];
    }
    // "a deal brokered by China", "the negotiations were brokered by
    // Crocker": the agent of a broker participle right after a noun (and
    // its auxiliaries) arranged it, it is no party.
    let mut t = m.tok_at(te);
    while m.tokens.get(t).is_some_and(|x| x.is(WordClass::Passive)) {
        t += 1;
    }
    if frame == Frame::Noun
        && t + 1 < m.tokens.len()
        && m.tokens[t].is(WordClass::Broker)
        && m.word_is(t + 1, "by")
    {
        return vec![];
    }
    // "held talks on Friday with the leader of Russia": the official's
    // phrase before its country is the object's, not the gap's.
    let gap_end = official_phrase_start(ctx, first, gap_start)
        .unwrap_or(first.span.start);
    let gap = m.slice(gap_start..gap_end);
    // Compared in lowercase: headlines capitalise every word ("Summit
    // With Kim"). What the text names in brackets before the object stands
    // apart ("signed a peace agreement (the Abraham Accords) with Israel").
    let bracketed = brackets(gap_start, gap);
    let mut lower = String::with_capacity(gap.len());
    let mut from = gap_start;
    for b in bracketed.iter().chain([&(gap_end..gap_end)]) {
        lower.push_str(&m.slice(from..b.start).to_ascii_lowercase());
        from = b.end;
    }
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "signed an agreement on Thursday to buy 72 Tornado jets from
    // Britain": what a deal is made to buy from someone, it is made with
    // them (read up to the name: "jets from Britain" is no official's
    // phrase).
    let (gap_from, gap_to) = (m.tok_at(gap_start), m.tok_at(gap_end));
    let to_name = m.slice(gap_start..first.span.start);
    let (buy_from, buy_to) = (gap_from, m.tok_at(first.span.start));
    let bought_from = ctx.rule.kind == RelationKind::Cooperation
        && buy_to - buy_from <= 12
        && buy_to > buy_from
        && m.word_is(buy_to - 1, "from")
        && !to_name.contains([',', ';', ':', '.', '(', ')', '"'])
        && (buy_from + 1..buy_to).any(|k| {
            m.tokens[k].is(WordClass::Purchase) && m.word_is(k - 1, "to")
        });
    if bought_from {
        return vec![first];
    }
    // "a delegation from Washington", "the Emir of Qatar": the preposition
    // belongs to the official, not to the verb.
    // So does "a special envoy of" before the person who sent the envoy
    // named after it ("received a special envoy of Rwandan President
    // Habyarimana, Foreign Minister Bizimungu": the chunk is the envoy).
    let envoy_of = first.is_personal()
        && matches!(words.as_slice(), [.., envoy, "of"]
            if m.lexicon.is(envoy, WordClass::Envoy));
    if (first.kind == ChunkKind::Official || envoy_of)
        && gap_end == first.span.start
    {
        while words.last().is_some_and(|w| matches!(*w, "of" | "from" | "the"))
        {
            words.pop();
        }
    }
    // "met his counterpart, Kyrgyz President Jeenbekov", "held talks with
    // his host, X": a peer noun (a possessive or an article, at most two
    // modifiers before it) in apposition before the name is the name; the
    // gap ends before it.
    let marks = |w: &str| w.contains([',', ';', ':', '.', '(', ')', '"']);
    if let Some(d) =
        words.iter().rposition(|w| m.lexicon.is(w, WordClass::Determiner))
    {
        let tail = &words[d + 1..];
        let apposition = (1..=3).contains(&tail.len())
            && tail.last().is_some_and(|w| {
                w.strip_suffix(',')
                    .is_some_and(|n| m.lexicon.is(n, WordClass::Peer))
            })
            && !tail[..tail.len() - 1].iter().any(|w| marks(w))
            && !words[..d].iter().any(|w| marks(w));
        if apposition {
            words.truncate(d);
        }
    }
    // "met his ambassadors to France and Mali": where an envoy serves is
    // no one met.
    if let [.., envoy, "to"] = words.as_slice() {
        if m.lexicon.is(envoy, WordClass::Envoy) {
            return vec![];
        }
    }
    let punct = words.iter().any(|w| marks(w));
    // "met on the margins of the G20": an actor behind a preposition other
    // than with/to/by is no object.
    // "received a telephone call from Abadi": a call comes from its other
    // end; a time phrase may stand before that "from" ("a telephone call
    // on Sunday from Abadi").
    let trigger = m.slice(ts..te).as_bytes();
    let call = frame == Frame::Noun
        && ctx.rule.mode != Mode::Unspecified
        && (words.last() == Some(&"from")
            // "took a call from X": the trigger ends with it.
            || trigger.len() > 5
                && trigger[trigger.len() - 5..].eq_ignore_ascii_case(b" from"));
    // ("presented his credentials on Wednesday to X": after a verb, "on"
    // a weekday is a time, not a phrase of its own.)
    let preposition = (gap_from..gap_to).take(words.len()).any(|k| {
        m.tokens[k].is(WordClass::Preposition)
            && !m.word_in(k, &["with", "to", "by", "like", "than"])
            && !(call && (m.word_is(k, "from") || m.is_time_word(k)))
            && !(frame != Frame::Noun
                && m.word_is(k, "on")
                && m.tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is(WordClass::Weekday)))
    });
    // "... partnership and who is now ambassador to X", "welcomes speech
    // by X", "will sign the treaty only if India does": a clause or an
    // agent between is no object's gap.
    let clause_word = (gap_from..gap_to).take(words.len()).any(|k| {
        let t = &m.tokens[k];
        t.is(WordClass::Relative)
            || t.is(WordClass::Reporting)
            || t.is(WordClass::Subordinator)
            || (frame != Frame::Noun && m.word_is(k, "by"))
    });
    // "reached an agreement to return Macau": the object of another verb.
    let infinitive = words.windows(2).any(|w| {
        w[0] == "to"
            && !matches!(
                w[1],
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
    });
    // "signed an agreement here Friday extending Moscow's lease": what a
    // participle governs is its object, not the trigger's ("met visiting
    // Premier Wen": an attributive participle describes the name).
    let participle = (gap_from..gap_to).take(words.len()).any(|k| {
        let w = m.word(k);
        w.len() > 4 && w.ends_with("ing") && m.tokens[k].classes.is_empty()
    });
    // "agreed that Spain and China would ...": a complement clause.
    let gap_ok = words.len() <= 6
        && !participle
        && !punct
        && !words.contains(&"that")
        && !preposition
        && !clause_word
        && !infinitive;
    // "signed a memorandum of understanding on rare earths with X": "with"
    // right before the object makes it the object whatever stands between.
    // Places may stand between ("will meet Sunday in Kyiv with X"), other
    // names not.
    // Up to eight words, unless another trigger ends right before the
    // "with" and takes it ("talks in Tokyo on a possible deal with
    // China"; "met in Addis Ababa over the weekend with" keeps it).
    let owned_with = || {
        m.triggers.iter().any(|t| {
            t.span.start > te
                && t.span.end < gap_end
                && m.tok_at(t.span.end) + 1 == gap_to
        })
    };
    let late_with = (words.len() <= 6
        || (words.len() <= 8 && !infinitive && !owned_with()))
        && !punct
        // "... on a corridor linking Gujarat with Abu Dhabi": the "with"
        // of a participle.
        && !participle
        && !m.mentions.iter().any(|x| {
            x.span.start >= gap_start
                && x.span.end <= gap_end
                && x.kind != MentionKind::Place
                && !bracketed.iter().any(|b| b.contains(&x.span.start))
        })
        && words.iter().rev().find(|w| {
            !matches!(
                **w,
                "the" | "his" | "her" | "its" | "their" | "a" | "an"
            )
        }) == Some(&"with")
        // "... deal amid heightening tensions with the U.S.": a phrase of
        // its own before the "with" (not a time: "over the weekend").
        && !words.iter().enumerate().any(|(i, w)| {
            matches!(
                *w,
                "amid" | "amidst" | "despite" | "against" | "after" | "before"
                    | "following" | "during" | "since" | "until"
            ) || (*w == "over"
                && !matches!(
                    words.get(i + 1..),
                    Some(["weekend", ..] | ["the", "weekend", ..])
                ))
        });
    let with_ok = match frame {
        Frame::Noun => {
            m.slice(ts..te)
                .get(te - ts - 5.min(te - ts)..)
                .is_some_and(|end| end.eq_ignore_ascii_case(" with"))
                || words.iter().any(|w| matches!(*w, "with" | "to" | "by"))
                || call
        }
        // "agreed to coordinate their approach to Iraq's reconstruction":
        // one cooperates, coordinates or signs "with" a partner, not "to".
        Frame::Verb if ctx.rule.kind == RelationKind::Cooperation => {
            words.contains(&"with") || !words.contains(&"to")
        }
        _ => true,
    };
    // "welcomed the two delegations", "hosted the two leaders": the
    // parties' people.
    // ("will host both countries' leaders": the countries' people.)
    let countries_people = first.slot == Slot::Countries && {
        let rest = m.slice(first.span.end..m.span.end);
        ["'s", "\u{2019}s", "'", "\u{2019}"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .is_some_and(|r| hits(&ctx.rules.cues.official_noun, r))
    };
    let kind_ok = frame != Frame::VerbPerson
        || first.is_personal()
        || first.slot == Slot::Parties
        || countries_people;
    // "offered to assist Taiwan": a direct object only, right after.
    // A count may stand before it ("train more Mozambican soldiers",
    // "helped about 2,000 Iraqi families"), and a describing participle
    // ("help neighbouring Mauritania").
    // A determiner, a describing participle or one of `words` before
    // the object.
    let before_object = |k: usize, words: &[&str]| {
        m.tokens[k].is(WordClass::Determiner)
            || m.is_describing(k)
            || m.word_in(k, words)
    };
    // "trained thousands of Somali soldiers": a count and its "of".
    const COUNTS: [&str; 9] = [
        "more",
        "about",
        "some",
        "several",
        "thousands",
        "hundreds",
        "dozens",
        "tens",
        "millions",
    ];
    let direct_ok = frame != Frame::VerbDirect
        || (gap_from..gap_to).all(|k| {
            before_object(k, &COUNTS)
                || m.word(k).starts_with(|c: char| c.is_ascii_digit())
                || (m.word_is(k, "of")
                    && k > gap_from
                    && m.word_in(k - 1, &COUNTS[4..]))
        });
    // "told reporters the Indian soldiers would stay": the one told is
    // the noun right after "told", here no actor ("telling interim Iraqi
    // Prime Minister Allawi": a title's modifiers may stand first).
    let told_ok = !m.word_in(m.tok_at(ts), &super::TELL)
        || (gap_from..gap_to).take(words.len()).all(|k| {
            before_object(k, &["interim", "senior", "top", "fellow"])
        });
    // "Iraq has hosted more than one round of talks between Saudi Arabia
    // and Iran": a host of talks between two sides meets each.
    let hosted_talks = frame == Frame::VerbPerson
        && m.word(m.tok_at(ts))
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("host"))
        && words.len() <= 8
        && words.last() == Some(&"between")
        && m.triggers.iter().any(|t| {
            t.span.start >= te
                && t.span.end <= first.span.start
                && ctx.rules.triggers[t.rule].kind == RelationKind::Meeting
        });
    if !hosted_talks
        && !((gap_ok || late_with)
            && with_ok
            && kind_ok
            && direct_ok
            && told_ok)
    {
        return vec![];
    }
    // "met X and Y"; "met separately with Netanyahu in Jerusalem and
    // Arafat in Gaza": a person's place ("in" a named place) may stand
    // before the "and" of the next person.
    let mut objects = vec![first];
    for next in &after_chunks[skip + 1..] {
        let last = objects.last().expect("one");
        let placed = || {
            last.is_personal()
                && next.is_personal()
                && m.word_is(last.toks.end, "in")
                && m.sites.iter().any(|s| {
                    s.toks.start == last.toks.end + 1
                        && s.toks.end + 1 == next.toks.start
                        && m.word_is(s.toks.end, "and")
                })
        };
        if !joined(ctx, last, next) && !placed() {
            break;
        }
        objects.push(next);
    }
    // "After meeting Putin, Lula flew home": in a fronted phrase, the
    // names that a comma alone joins to the objects at their end, with no
    // "and" or "or" closing the list, are the main clause's subject
    // ("After meeting Putin and Modi, Lula ..." keeps the two).
    if objects.len() > 1 && in_fronted_phrase(ctx) {
        let by_comma = |i: usize| {
            let gap = objects[i - 1].toks.end..objects[i].toks.start;
            gap.len() == 1 && m.tokens[gap.start].is_punct(',')
        };
        let mut end = objects.len();
        while end > 1 && by_comma(end - 1) {
            end -= 1;
        }
        objects.truncate(end);
    }
    // "Cuba supporting the MPLA and the US and South Africa supporting
    // UNITA": a list that runs into the next predicate is its subject.
    let last = objects.last().expect("one");
    let next_tok = m.tokens.get(last.toks.end).map(|t| t.start);
    if objects.len() > 1
        && m.triggers.iter().any(|t| Some(t.span.start) == next_tok)
    {
        objects.truncate(1);
    }
    objects
}

/// A meeting noun that only says when or where another act took place:
/// "restored relations after an Arab summit in Amman" (a word of a region
/// or of the world, class `regional`, right before the noun, and a word of
/// time in the three words before that: those who acted then met no one
/// by it; what two sides did at a gathering, "end their rift at a Gulf
/// summit", they did together), "will meet Ozal on the sidelines of the
/// NATO summit in Brussels" (the summit is where the meeting is, its city
/// no one visited for it).
fn only_when_or_where(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    if ctx.rule.frame != Frame::Noun || ctx.rule.kind != RelationKind::Meeting
    {
        return false;
    }
    let k = m.tok_at(ctx.ts());
    let in_words = |from: usize, to: usize, words: &[&str]| {
        (from..to).any(|j| m.word_in(j, words))
    };
    // Unless it names its own sides ("on the sidelines of the meeting
    // with a Japanese vice-minister").
    let te = m.tok_at(ctx.te());
    if in_words(k.saturating_sub(7), k, &["sidelines", "margins", "fringes"])
        && !m.word_in(te, &["with", "between"])
    {
        return true;
    }
    let Some(r) = k.checked_sub(1) else { return false };
    m.tokens[r].is(WordClass::Regional)
        && in_words(
            r.saturating_sub(3),
            r,
            &["after", "ahead", "before", "following", "since"],
        )
}

/// Whether `first`, after a meeting verb, is the owner of what the verb
/// takes ("welcomed Putin's proposal", "greeted Iran's offer"): a
/// possessive, then neither an official noun nor a role.
fn possessed_thing(ctx: &Ctx<'_, '_>, first: &Chunk) -> bool {
    let m = ctx.model;
    // "met a delegation from Russia's Far Eastern regions": an official's
    // phrase names whom it meets.
    if ctx.rule.kind != RelationKind::Meeting
        || !matches!(ctx.rule.frame, Frame::Verb | Frame::VerbPerson)
        || first.kind == ChunkKind::Official
    {
        return false;
    }
    let rest = m.slice(first.span.end..m.span.end);
    let Some(after) = POSSESSIVE.iter().find_map(|p| rest.strip_prefix(p))
    else {
        return false;
    };
    let at = m.span.end - after.len();
    let role = m.mentions.iter().any(|x| {
        x.kind == MentionKind::Role
            && x.span.start >= at
            && m.slice(at..x.span.start).trim().is_empty()
    });
    let official = ctx
        .rules
        .cues
        .official_noun
        .as_ref()
        .is_some_and(|re| re.is_match(after));
    !role && !official && !unlisted_name_at(m, at)
}

/// Whether an unlisted personal name starts at byte `at`: two or three
/// capitalised words no lexicon class rules out as a name, then a
/// lowercase word or punctuation ("Latvia's Janis Jurkans said", not
/// "Japan's Toyota Motor Corporation", "Russia's Gazprom").
fn unlisted_name_at(m: &SentenceModel<'_>, at: usize) -> bool {
    let first = m.tok_at(at);
    let name_word = |k: usize| {
        m.tokens.get(k).is_some_and(|t| {
            t.shape == Shape::Capital
                && t.chunk.is_none()
                && t.end - t.start > 1
                && !t.is(WordClass::NotName)
                && !t.is(WordClass::NameTail)
                && !t.is(WordClass::Honorific)
        })
    };
    let n = (first..first + 4).take_while(|&k| name_word(k)).count();
    (2..=3).contains(&n)
        && m.tokens
            .get(first + n)
            .is_none_or(|t| matches!(t.shape, Shape::Lower | Shape::Punct(_)))
}

/// Where the official's phrase before an official chunk starts, with its
/// determiner and modifiers ("the leader of", "the foreign ministers of"
/// before "Russia"), when it lies after `floor`: the official noun and
/// "of" or "from" ([`rules::Cues::official_of`]), or a role mention and
/// "of" ("the Emir of").
fn official_phrase_start(
    ctx: &Ctx<'_, '_>,
    first: &Chunk,
    floor: usize,
) -> Option<usize> {
    let m = ctx.model;
    if first.kind != ChunkKind::Official || first.span.start <= floor {
        return None;
    }
    let head = m.slice(floor..first.span.start);
    let start = match ctx.rules.cues.official_of.as_ref() {
        Some(re) => re.find(head).map(|h| floor + h.start()),
        None => None,
    }
    .or_else(|| {
        m.mentions
            .iter()
            .rev()
            .find(|x| x.span.end <= first.span.start)
            .filter(|x| {
                x.kind == MentionKind::Role
                    && x.span.start >= floor
                    && matches!(
                        m.slice(x.span.end..first.span.start),
                        " of " | " of the "
                    )
            })
            .map(|x| x.span.start)
    })?;
    // Back over a determiner and at most two modifiers ("the two
    // foreign", "his Russian"): words that are no preposition or
    // coordinator.
    let floor_tok = m.tok_at(floor);
    let mut k = m.tok_at(start);
    let mut steps = 0;
    while k > floor_tok && steps < 3 {
        let t = &m.tokens[k - 1];
        let modifier = t.is_word()
            && !t.is(WordClass::Preposition)
            && !t.is(WordClass::Coordinator)
            && !m.word_in(k - 1, &["with", "to", "by"]);
        if !(t.is(WordClass::Determiner) || modifier) {
            break;
        }
        k -= 1;
        steps += 1;
    }
    Some(m.tok_start(k).max(floor))
}

/// The bracketed phrases of `gap` (the text at `from`), as spans of the
/// sentence ("(the Abraham Accords)", "(MOU)").
fn brackets(from: usize, gap: &str) -> Vec<Range<usize>> {
    let mut out = vec![];
    let mut rest = 0;
    while let Some(open) = gap[rest..].find('(').map(|i| rest + i) {
        let Some(close) = gap[open..].find(')').map(|i| open + i) else {
            break;
        };
        out.push(from + open..from + close + 1);
        rest = close + 1;
    }
    out
}

/// "During talks with Abdelatty in Cairo, Wang Yi called for ...", "After
/// meeting Ramaphosa, Lula said ...", "At a summit in Tokyo, Lee and Ishiba
/// agreed ...": the subject follows the fronted phrase.
pub(super) fn fronted_subject(ctx: &Ctx<'_, '_>, from: usize) -> Vec<Slot> {
    fronted_group(ctx, from).iter().map(|a| a.slot.clone()).collect()
}

/// Whether the trigger stands in a phrase fronted before the clause's
/// subject: the clause opens with a fronting word ("After meeting",
/// "During talks with") or with the trigger itself in "-ing" ("Meeting in
/// Shanghai on Friday, Jiang and Yeltsin signed"), at most eight words
/// before the trigger's end ("After more than four hours of talks in
/// Ankara, Pence announced").
fn in_fronted_phrase(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let cs = ctx.clause.start;
    let first = m.tok_at(cs);
    let capitalised = m.tokens.get(first).is_some_and(|t| {
        m.word(first).starts_with(char::is_uppercase) && t.is_word()
    });
    capitalised
        && m.slice(cs..ctx.te()).split_whitespace().count() <= 8
        && (m.tokens[first].is(WordClass::Fronting)
            || (ctx.ts() == m.tokens[first].start && ctx.starts_with_ing()))
}

/// The chunks of [`fronted_subject`].
fn fronted_group<'m>(ctx: &Ctx<'m, '_>, from: usize) -> Vec<&'m Chunk> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    if !in_fronted_phrase(ctx) {
        return vec![];
    }
    let Some(comma) = m.slice(from..ce).find(',') else { return vec![] };
    let after = from + comma + 1;
    let mut group: Vec<&Chunk> = vec![];
    for a in
        m.chunks[m.chunks_in(after..ce)].iter().filter(|a| a.span.end <= ce)
    {
        let ok = match group.last() {
            None => {
                let gap = m.slice(after..a.span.start);
                // "..., the top diplomats of Armenia and Azerbaijan
                // agreed": officials named by their countries too.
                let officials_of = gap.trim_end().ends_with(" of")
                    && m.word_count(after..a.span.start) <= 5
                    && gap.split_whitespace().all(|w| {
                        w.starts_with(|c: char| c.is_ascii_lowercase())
                    });
                (m.word_count(after..a.span.start) <= 1 || officials_of)
                    && !gap.contains([',', ';'])
            }
            Some(prev) => joined(ctx, prev, a),
        };
        if !ok {
            break;
        }
        group.push(a);
    }
    group
}

/// Frame 2, the hyphenated pair that ends up to two modifier words before
/// the trigger: each side a chunk, a demonym or a combining form ("Sino").
pub(super) fn hyphen_pair(ctx: &Ctx<'_, '_>) -> Option<(Slot, Slot)> {
    let m = ctx.model;
    let cs = ctx.clause.start;
    let mut head = m.tok_at(ctx.ts());
    // Up to two lowercase modifiers ("border talks", "trade deal").
    for _ in 0..2 {
        let k = head.checked_sub(1)?;
        let t = &m.tokens[k];
        if t.start < cs {
            return None;
        }
        let word = m.word(k);
        let modifier = t.is_word()
            && word.chars().all(|c| c.is_lowercase() || c == '-')
            && !(t.is(WordClass::Preposition)
                || t.is(WordClass::Determiner)
                || t.is(WordClass::Coordinator));
        if !modifier {
            break;
        }
        head = k;
    }
    let head_end = m.tokens.get(head.checked_sub(1)?)?.end;
    if head_end <= cs {
        return None;
    }
    let slot_of =
        |x: &crate::resolve::Mention| -> Option<Slot> {
            if let Some(a) = m.chunks.iter().find(|a| {
                a.span.start <= x.span.start && x.span.end <= a.span.end
            }) {
                return Some(a.slot.clone());
            }
            match x.kind {
                MentionKind::Country | MentionKind::Demonym => {
                    Some(Slot::Actor(Actor::country(x.country?)))
                }
                _ => None,
            }
        };
    let b = m.mentions.iter().find(|x| x.span.end == head_end)?;
    let b_slot = slot_of(b)?;
    let dash_end = b.span.start;
    let dash = m.text[..dash_end].chars().next_back()?;
    if !matches!(dash, '-' | '–' | '—' | '/') {
        return None;
    }
    let a_end = dash_end - dash.len_utf8();
    // The dash must lie in the clause: a pair does not cross its start.
    if a_end < cs {
        return None;
    }
    if let Some(a) = m.mentions.iter().find(|x| x.span.end == a_end) {
        return Some((slot_of(a)?, b_slot));
    }
    let head_text = m.slice(cs..a_end);
    for (form, code) in &ctx.rules.combining {
        if let Some(rest) = head_text.strip_suffix(form.as_str()) {
            if rest.chars().next_back().is_some_and(crate::text::is_word_char)
            {
                continue;
            }
            return Some((Slot::Actor(Actor::country(*code)), b_slot));
        }
    }
    None
}

/// "[Putin] in Brazil for space talks", "[Kholmatov] is due in Islamabad
/// on Monday for talks": the site of a personal subject's arrival right
/// before a `for` that leads to the trigger.
fn site_before(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> Option<Slot> {
    let m = ctx.model;
    let subject = before.last().filter(|c| c.is_personal())?;
    let ts = ctx.ts();
    let site = m
        .sites
        .iter()
        .rev()
        .find(|s| s.span.start >= subject.span.end && s.span.end <= ts)?;
    if site_then(m, site, ts, &["in", "to"], "for", 6, 3) {
        return Some(Slot::Actor(Actor::country(site.country)));
    }
    // "[Mbeki] left Ivory Coast's rebel town of Bouake after talks": the
    // site a personal subject left after the talks is where they were.
    let left = m
        .sites
        .iter()
        .find(|s| s.span.start >= subject.span.end && s.span.end <= ts)?;
    site_then(m, left, ts, &["left"], "after", 8, 4)
        .then(|| Slot::Actor(Actor::country(left.country)))
}

/// Whether `site` comes right after one of `behind`, and `cue` is among the
/// last `within` of the at most `max` words between it and `ts`, with no
/// comma or semicolon between.
fn site_then(
    m: &super::super::model::SentenceModel<'_>,
    site: &super::super::model::Site,
    ts: usize,
    behind: &[&str],
    cue: &str,
    max: usize,
    within: usize,
) -> bool {
    let after_word =
        site.toks.start.checked_sub(1).is_some_and(|p| m.word_in(p, behind));
    let tail = m.slice(site.span.end..ts);
    let words: Vec<&str> = tail.split_whitespace().collect();
    after_word
        && words.len() <= max
        && !tail.contains([',', ';'])
        && words
            .iter()
            .rposition(|w| *w == cue)
            .is_some_and(|i| words.len() - i <= within)
}

/// "[Macron] urged [Putin] in a phone call to ...", "[Biden] warned [Xi]
/// during a video call": a phone or video noun in a phrase after "in",
/// "during" or "over" (at most three words before it) with the object of
/// the clause's verb nearest before it: the verb's subject (a person or a
/// country's chunk before that object and not coordinated with it, with
/// those coordinated to it) is the other end of the call. Returns the
/// subject group and where it starts.
fn call_subject(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
) -> Option<(Vec<Slot>, usize)> {
    let m = ctx.model;
    if ctx.rule.mode == super::super::Mode::Unspecified {
        return None;
    }
    let [rest @ .., subject, object] = before else { return None };
    let ts = ctx.ts();
    let mut lead =
        m.tok_at(m.words_back(object.span.end, ts, 4))..m.tok_at(ts);
    let in_phrase = lead.any(|k| m.word_in(k, &["in", "during", "over"]));
    // Subject, then a verb, then the object: no coordination, no clause
    // break between them.
    // A comma right after the subject closes its apposition ("Spain's
    // prime minister, Zapatero, ordered ... and informed Bush").
    let between = m.slice(subject.span.end..object.span.start);
    let between = between.strip_prefix(',').unwrap_or(between);
    // A comma inside a number ("1,300 troops") breaks no clause.
    let bytes = between.as_bytes();
    let clause_break = bytes.iter().enumerate().any(|(i, &b)| {
        b == b';'
            || (b == b','
                && !(i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
    });
    let verb_between = m.word_count(subject.span.end..object.span.start) >= 1
        && !joined(ctx, subject, object)
        && !clause_break;
    let actor = subject.is_personal() || subject.kind == ChunkKind::Country;
    if !(in_phrase && verb_between && actor) {
        return None;
    }
    let mut group = rest.to_vec();
    group.push(subject);
    let (slots, start) = left_group(ctx, &group);
    Some((slots, start.unwrap_or(subject.span.start)))
}

/// "[Putin] held talks in Beijing", "[Powell] wrapped up talks on Monday
/// in Tokyo": the site of a personal subject's talks with no named
/// partner, after "in" or "at" right after a `noun` or `verb` trigger (only
/// time words between: "met him in Paris" and "discussed the situation in
/// Syria" name no site of talks). Talks in a foreign capital are a visit
/// to its country, talks "in Muscat and Doha" to each; an official acting
/// for an organisation ("the G20 ministers' meeting in Johannesburg")
/// visits no one.
fn site_after(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> Option<Vec<Slot>> {
    let m = ctx.model;
    let subject = before.last().filter(|c| c.is_personal())?;
    // "he and Lavrov held talks in Geneva": a partner the model does not
    // see ("he") stands before, joined to the subject; or after it
    // ("Ethiopia's government and forces from Tigray agreed ... after
    // talks in South Africa": the talks are theirs, the place a venue).
    let coordinator = |k: usize| {
        m.tokens.get(k).is_some_and(|t| t.is(WordClass::Coordinator))
    };
    let joined = subject.toks.start.checked_sub(1).is_some_and(coordinator)
        || coordinator(subject.toks.end);
    // "ready to meet Vajpayee at next week's summit in Almaty": the one
    // another verb met (or would meet) is no subject of the summit, whose
    // site is that meeting's venue (but "signed the deal with X after
    // talks in Reykjavik": the signers' talks).
    if joined
        || ctx.previous.is_some_and(|p| p.meeting && p.has_object(subject))
    {
        return None;
    }
    let for_body = subject.actor().is_some_and(|a| m.for_body(a));
    if for_body || !matches!(ctx.rule.frame, Frame::Noun | Frame::Verb) {
        return None;
    }
    let (te, ce) = (ctx.te(), ctx.clause.end);
    // "will attend a regional summit in Chile": a summit gathers many,
    // and the country it meets in is its venue, no one met.
    let last = m.tok_at(te).checked_sub(1)?;
    if m.word_in(last, &["summit", "summits"]) {
        return None;
    }
    let site = m.sites.iter().find(|s| s.span.start >= te)?;
    let prep = site.toks.start.checked_sub(1)?;
    let first = m.tok_at(te);
    if site.span.end > ce
        || prep < first
        || !(m.word_is(prep, "in") || m.word_is(prep, "at"))
    {
        return None;
    }
    if !(first..prep).all(|k| m.is_time_word(k)) {
        return None;
    }
    super::visit::site_countries(ctx, site.toks.start)
}

/// "Gaddafi hosted Bashir for talks ... and Mubarak was due to join
/// them": "them" right after the trigger, and the sentence's previous
/// predicate a kept meeting of a subject with an object: its parties.
fn meeting_before_them(ctx: &Ctx<'_, '_>) -> Option<Vec<Slot>> {
    let m = ctx.model;
    if !m.word_is(m.tok_at(ctx.te()), "them") {
        return None;
    }
    let prev = ctx.previous.filter(|p| {
        p.meeting && p.kept && !p.visit && !p.subject.is_empty()
    })?;
    if prev.object.is_empty() {
        return None;
    }
    Some(prev.subject.iter().chain(&prev.object).cloned().collect())
}

/// "Merz received Zelensky ..., hours before a video call with Trump": a
/// noun in a prepositional phrase whose nearest actor is the previous
/// predicate's object belongs to that predicate's subject; so do talks
/// counted out after a comma (", after three days of talks") when that
/// subject is a group.
fn previous_object(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let (Some(prev), Some(nearest)) = (ctx.previous, before.last()) else {
        return;
    };
    let m = ctx.model;
    let ts = ctx.ts();
    let is_object = prev.has_object(nearest);
    let from = m.words_back(nearest.span.end, ts, 4);
    let in_phrase = m.slice(from..ts).split_whitespace().any(|w| {
        matches!(w, "before" | "after" | "during" | "ahead" | "following")
    });
    if ctx.rule.frame == Frame::Noun && is_object && in_phrase {
        *left = prev.subject.clone();
        return;
    }
    // "The United States and Mexico reached a deal on Friday to avert the
    // tariffs Trump had threatened ..., after three days of talks in
    // Washington": talks counted out after a comma are the group's that
    // acted, whoever the words between name.
    let lead = m.slice(m.words_back(prev.trigger_end, ts, 6)..ts);
    let counted = [", after ", ", following "].iter().any(|p| {
        lead.rfind(p).is_some_and(|i| {
            let rest = &lead[i + p.len()..];
            rest.ends_with(" of ") && rest.split_whitespace().count() <= 4
        })
    });
    if ctx.rule.frame == Frame::Noun
        && counted
        && prev.kept
        && prev.subject.len() >= 2
    {
        *left = prev.subject.clone();
    }
}

/// "Japan criticised the vote but met India": a predicate after "but"
/// with no subject of its own (a verb, modal or auxiliary right after
/// "but", no name before the trigger) has the sentence's subject: its
/// first chunk, at the sentence's start, with those coordinated to it.
pub(super) fn subject_before_but(ctx: &Ctx<'_, '_>) -> Vec<Slot> {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let first = m.tok_at(cs);
    let but = if m.word_is(first, "but") {
        first
    } else if first > 0 && m.word_is(first - 1, "but") {
        first - 1
    } else {
        return vec![];
    };
    let Some(next) = m.tokens.get(but + 1) else { return vec![] };
    let verbal = next.shape == Shape::Lower
        && !next.is(WordClass::Determiner)
        && !next.is(WordClass::Preposition)
        && !next.is(WordClass::Subordinator);
    let but_start = m.tokens[but].start;
    if !verbal || !m.chunks[m.chunks_in(but_start..ts)].is_empty() {
        return vec![];
    }
    let chunks = &m.chunks[m.chunks_in(m.span.start..but_start)];
    if chunks.first().is_none_or(|c| c.toks.start > 1) {
        return vec![];
    }
    coordinated(ctx, chunks).iter().map(|c| c.slot.clone()).collect()
}

/// The first of `chunks` with the chunks coordinated to it ("Sudan,
/// Egypt and Chad"); empty when there is none.
pub(super) fn coordinated<'m>(
    ctx: &Ctx<'m, '_>,
    chunks: &'m [Chunk],
) -> Vec<&'m Chunk> {
    let Some(first) = chunks.first() else { return vec![] };
    let mut group = vec![first];
    for next in &chunks[1..] {
        if !joined(ctx, group.last().expect("one"), next) {
            break;
        }
        group.push(next);
    }
    group
}

/// The counts of a numbered collective, from three ("the three leaders").
const COUNTS: [&str; 4] = ["three", "four", "five", "six"];

/// The meeting nouns an occasion of talks is named by.
pub(super) const OCCASIONS: [&str; 9] = [
    "talks",
    "summit",
    "meeting",
    "negotiations",
    "consultations",
    "discussions",
    "dinner",
    "lunch",
    "mini-summit",
];

/// Whether token `k` starts an occasion of talks: "for", "at" or "in",
/// then a meeting noun within three words ("for the talks", "at a
/// summit", "for a working dinner"), five past a part of it ("for part of
/// the talks").
fn occasion_at(m: &SentenceModel<'_>, k: usize) -> bool {
    let part = (m.word_in(k + 1, &["part", "some", "most", "rest"])
        || (m.word_is(k + 1, "the") && m.word_in(k + 2, &["rest", "end"])))
        && (m.word_is(k + 2, "of") || m.word_is(k + 3, "of"));
    let reach = if part { 6 } else { 4 };
    m.word_in(k, &["for", "at", "in"])
        && (k + 1..k + reach).any(|j| m.word_in(j, &OCCASIONS))
}

/// The countries of `slots`' actors, in order.
fn slot_countries(slots: &[Slot]) -> Vec<EntityId> {
    slots
        .iter()
        .filter_map(|s| match s {
            Slot::Actor(a) => a.country,
            _ => None,
        })
        .collect()
}

/// "Trump hosted Netanyahu and the foreign ministers of the UAE and
/// Bahrain as the two Gulf states established ties with Israel": "the two"
/// beside `other` parties is the last two countries named before it in the
/// sentence, the others' countries and sites ("at the White House") left
/// out.
fn two_named_before(
    ctx: &Ctx<'_, '_>,
    collective: &Chunk,
    other: &[Slot],
) -> Option<Vec<Slot>> {
    let m = ctx.model;
    if collective.kind != ChunkKind::Collective
        || !matches!(collective.slot, Slot::Parties | Slot::Countries)
        || !m
            .slice(collective.span.clone())
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("two"))
    {
        return None;
    }
    let others = slot_countries(other);
    let mut found: Vec<(&Chunk, EntityId)> = Vec::with_capacity(2);
    let before = m.chunks_in(m.span.start..collective.span.start);
    for c in m.chunks[before].iter().rev() {
        let Slot::Actor(Actor { country: Some(country), .. }) = &c.slot else {
            continue;
        };
        let k = c.toks.start;
        let site = k > 0
            && (m.word_in(k - 1, &["at", "in"])
                || (m.word_is(k - 1, "the")
                    && k > 1
                    && m.word_in(k - 2, &["at", "in"])));
        if site
            || others.contains(country)
            || found.iter().any(|(_, f)| f == country)
        {
            continue;
        }
        found.push((c, *country));
        if found.len() == 2 {
            break;
        }
    }
    let [(second, b), (first, a)] = found.as_slice() else { return None };
    Some(if collective.slot == Slot::Countries {
        vec![Slot::Actor(Actor::country(*a)), Slot::Actor(Actor::country(*b))]
    } else {
        vec![first.slot.clone(), second.slot.clone()]
    })
}

/// "Beijing suspended cooperation after the speaker's visit to Taipei,
/// where she met Tsai": "he" or "she" right before the trigger is a
/// person, never a country, capital or organisation named before it; the
/// sentence's last person before it, else the story's.
fn pronoun_is_a_person(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let Some(p) = m.prev_word(ctx.clause.start, ctx.ts()).filter(|&p| {
        m.word_in(p, &["he", "she"]) && m.tokens[p].chunk.is_none()
    }) else {
        return;
    };
    let personal =
        |s: &Slot| m.chunks.iter().any(|c| &c.slot == s && c.is_personal());
    if left.is_empty() || left.iter().all(personal) {
        return;
    }
    let antecedent = ctx.antecedent.map(|a| Slot::Actor(a.clone()));
    // "The Russian president, who arrived from Egypt where he had talks":
    // the story's person when the official is of their country.
    let last = before
        .iter()
        .rev()
        .find(|c| c.is_personal() && c.span.end <= m.tokens[p].start)
        .map(|c| match (c.actor(), ctx.antecedent) {
            (Some(a), Some(story))
                if c.kind == ChunkKind::Official
                    && a.country.is_some()
                    && a.country == story.country =>
            {
                Slot::Actor(story.clone())
            }
            _ => c.slot.clone(),
        });
    *left = last.or(antecedent).into_iter().collect();
}

/// "\"I spoke to the Malaysian prime minister by telephone,\" he told
/// reporters": a quotation that opens the sentence with "I" before the
/// trigger is its speaker's, named right after the closing quote and its
/// comma before a reporting verb: a person, or "he"/"she" (the previous
/// sentence's first person).
fn quoted_speaker(ctx: &Ctx<'_, '_>) -> Option<Slot> {
    let m = ctx.model;
    let ts = ctx.ts();
    let lead = m.slice(m.span.start..ts).trim_start();
    let opened = lead
        .strip_prefix('"')
        .or_else(|| lead.strip_prefix('\u{201c}'))?
        .strip_prefix("I ")?;
    if opened.contains(['"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    let rest = m.slice(ts..m.span.end);
    let close = ts + rest.find(['"', '\u{201d}'])?;
    let k = m.tok_at(close);
    // The closing quote, then a comma before it or after it.
    let mut j = k + 1;
    if m.tokens.get(j).is_some_and(|t| t.is_punct(',')) {
        j += 1;
    }
    let said =
        |i: usize| m.tokens.get(i).is_some_and(|t| t.is(WordClass::Reporting));
    if j < m.tokens.len() && m.word_in(j, &["he", "she"]) && said(j + 1) {
        return ctx.antecedent.map(|a| Slot::Actor(a.clone()));
    }
    let chunk = m.chunks.iter().find(|c| c.toks.start == j)?;
    (chunk.kind == ChunkKind::Person && said(chunk.toks.end))
        .then(|| chunk.slot.clone())
}

/// Whether a clause's `lead` (its words before the trigger) starts with
/// "He" or "She", or with one sentence adverb and then "he"/"she" ("Now He
/// Has Deal With ...", "Later she flew to Oslo").
pub(super) fn initial_pronoun(lead: &str) -> bool {
    const ADVERBS: [&str; 8] =
        ["now", "then", "later", "today", "also", "but", "and", "so"];
    let mut words = lead.split_whitespace();
    let pronoun = |w: &str| matches!(w, "He" | "She" | "he" | "she");
    match (words.next(), words.next()) {
        (Some("He" | "She"), _) => true,
        (Some(adverb), Some(second)) => {
            ADVERBS.iter().any(|a| adverb.eq_ignore_ascii_case(a))
                && pronoun(second)
        }
        _ => false,
    }
}

/// "Lula and Modi both met Xi", "India and Japan each signed the
/// treaty": a quantifier floated between the subject and the trigger says
/// each did it on their own, not with each other.
fn each_on_their_own(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> bool {
    let m = ctx.model;
    let Some(last) = before.last() else { return false };
    let gap = last.toks.end..m.tok_at(ctx.ts());
    gap.len() <= 3 && gap.into_iter().any(|k| m.word_in(k, &FLOATED))
}

/// "Kwasniewski and his Lithuanian counterpart Adamkus held talks with
/// Kuchma", "Miliband and Kouchner made a joint visit to Sri Lanka and met
/// Rajapaksa": subjects named as counterparts, or on a joint trip or
/// mission, came to the meeting together as one side; they do not meet
/// each other there (what they do together is the `joint` frame's).
fn came_together(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> bool {
    const TRIP: [&str; 8] = [
        "visit",
        "trip",
        "tour",
        "mission",
        "bid",
        "mediation",
        "effort",
        "initiative",
    ];
    let m = ctx.model;
    if before.len() < 2 {
        return false;
    }
    let counterparts = before[1..].iter().any(|c| {
        (c.toks.start.saturating_sub(2)..c.toks.end)
            .any(|k| m.word_in(k, &["counterpart", "counterparts"]))
    });
    let trigger = m.tok_at(ctx.ts())..m.tok_at(ctx.te()) + 1;
    counterparts
        || (0..m.tokens.len()).filter(|k| !trigger.contains(k)).any(|k| {
            m.word_is(k, "jointly")
                || (m.word_is(k, "joint")
                    && (k + 1..(k + 3).min(m.tokens.len()))
                        .any(|j| m.word_in(j, &TRIP)))
        })
}

/// Whether the sentence, outside the trigger's tokens `trigger`, tells of
/// an occasion its parties shared: a meeting noun ("for talks", "at the
/// summit"), "together", "trilateral", "three-way", or all `parties`
/// counted ("the three leaders agreed" of a host and two guests; not "aid
/// to the three island nations" met one by one).
fn occasion_of_all(
    m: &SentenceModel<'_>,
    trigger: Range<usize>,
    parties: usize,
) -> bool {
    const ALL: [&str; 6] =
        ["together", "trilateral", "three-way", "four-way", "trio", "jointly"];
    let counted = COUNTS.get(parties.wrapping_sub(3)).copied();
    (0..m.tokens.len()).filter(|k| !trigger.contains(k)).any(|k| {
        m.word_in(k, &OCCASIONS)
            || m.word_in(k, &ALL)
            || counted.is_some_and(|n| {
                m.word_is(k, n) && k > 0 && m.word_in(k - 1, &["the", "all"])
            })
    })
}

/// The trigger's "him"/"her" right after it is `slot`: the subject meets
/// (or acts with) that person.
fn pronoun_object(
    ctx: &Ctx<'_, '_>,
    proto: &mut Proto,
    left: &[Slot],
    slot: Slot,
) {
    let m = ctx.model;
    proto.right_end = m.tokens[m.tok_at(ctx.te())].end;
    let meeting = ctx.rule.kind == RelationKind::Meeting;
    let mutual = Mutual { left: meeting, right: false };
    proto.cross(left.to_vec(), vec![slot], mutual);
}

/// "Vietnam's prime minister will visit Kazakhstan and Mongolia next
/// month to discuss trade": the places of a visit are no subject of the
/// infinitive of its purpose; the visitor is. So for talks and meetings
/// after a visit that is a second predicate ("met Diouf and was due in
/// Nouakchott tomorrow for talks with Taya"): no name before the visit
/// is their subject either.
fn visit_purpose(ctx: &Ctx<'_, '_>, before: &[&Chunk], left: &mut Vec<Slot>) {
    let (Some(prev), Some(nearest)) = (ctx.previous, before.last()) else {
        return;
    };
    let m = ctx.model;
    let is_object = prev.has_object(nearest);
    let purpose = m.prev_word(ctx.clause.start, ctx.ts());
    let to = purpose.is_some_and(|p| m.word_is(p, "to"));
    // "for talks", "for a meeting": an article may stand between.
    let for_word = purpose.and_then(|p| {
        if m.tokens[p].is(WordClass::Determiner) {
            m.prev_word(ctx.clause.start, m.tokens[p].start)
        } else {
            Some(p)
        }
    });
    let for_noun = ctx.rule.frame == Frame::Noun
        && for_word.is_some_and(|p| m.word_is(p, "for"));
    // The visit a second predicate after "and": the name before it is
    // the first predicate's object.
    // So is any name before a visit that the purpose follows with no
    // name between ("held talks with Hu in Beijing, before flying on to
    // Seoul for talks with Roh": Abe's talks).
    // (Not past a pronoun, the visit's own subject: "Downer said ...
    // before he flies to Jakarta for talks".)
    let before_visit = nearest.span.end <= prev.trigger_end
        && !(m.tok_at(nearest.span.end)..m.tok_at(prev.trigger_end))
            .any(|k| m.tokens[k].is(WordClass::Pronoun));
    // "flew to Moscow for talks with Medvedev, and was due to travel on
    // to Tbilisi to meet Saakashvili": the same for an infinitive.
    if prev.visit
        && prev.kept
        && !prev.subject.is_empty()
        && (to || for_noun)
        && (is_object || before_visit)
    {
        *left = prev.subject.clone();
    }
}

/// "Zelenskyy says he will meet X", "Kim said she had met Y": "he"/"she"
/// right after a reporting verb whose subject is a person is that person,
/// not the nearest name before the trigger.
fn reported_pronoun(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let start = m.tok_at(m.words_back(cs, ts, 4));
    let end = m.tok_at(ts);
    let Some(p) = (start..end).find(|&k| m.word_in(k, &["he", "she"])) else {
        return;
    };
    let reporting = p.checked_sub(1).is_some_and(|r| {
        m.tokens[r].is(WordClass::Reporting)
            || (m.word_is(r, "that")
                && r.checked_sub(1)
                    .is_some_and(|q| m.tokens[q].is(WordClass::Reporting)))
    });
    let pronoun_start = m.tokens[p].start;
    let reporter = before
        .iter()
        .rev()
        .find(|c| c.span.end <= pronoun_start)
        .filter(|c| c.is_person());
    if let (true, Some(reporter)) = (reporting, reporter) {
        *left = vec![reporter.slot.clone()];
    }
}

/// "Iran has told the UN's nuclear watchdog it will suspend enrichment":
/// a pronoun a few words after an actor told something is the teller, the
/// actor before the verb of telling.
fn told_pronoun(ctx: &Ctx<'_, '_>, before: &[&Chunk], left: &mut Vec<Slot>) {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let start = m.tok_at(m.words_back(cs, ts, 10));
    let end = m.tok_at(ts);
    // The pronoun nearest the trigger, with no actor between.
    let Some(p) = (start..end)
        .rev()
        .take_while(|&k| m.tokens[k].chunk.is_none())
        .find(|&k| m.word_in(k, &["it", "he", "she", "they"]))
    else {
        return;
    };
    let cs_tok = m.tok_at(cs);
    let Some(tell) = (p.saturating_sub(7).max(cs_tok)..p)
        .rev()
        .find(|&k| m.word_in(k, &super::TELL))
    else {
        return;
    };
    let (tell_start, pronoun_start) =
        (m.tokens[tell].start, m.tokens[p].start);
    let told = before.iter().any(|c| {
        c.span.start > tell_start
            && c.span.end <= pronoun_start
            && m.tok_at(c.span.end) + 4 >= p
    });
    let punct = (tell..p).any(|k| !m.tokens[k].is_word());
    let teller = before.iter().rev().find(|c| c.span.end <= tell_start);
    if let (true, false, Some(teller)) = (told, punct, teller) {
        *left = vec![teller.slot.clone()];
    }
}

/// "President Bill Clinton, who hosted the ceremony, said ...": whether
/// the trigger (a form of "host") hosts the occasion just told of: "the"
/// and at most one word before "ceremony", "signing", "talks",
/// "negotiations" or "summit", with nothing of its own after it.
fn hosted_the_occasion(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    if k >= m.tokens.len()
        || !m.word(k).get(..4).is_some_and(|w| w.eq_ignore_ascii_case("host"))
        || !m.word_is(k + 1, "the")
    {
        return false;
    }
    const OCCASIONS: [&str; 5] =
        ["ceremony", "signing", "talks", "negotiations", "summit"];
    let noun = (k + 2..(k + 4).min(m.tokens.len()))
        .find(|&i| m.word_in(i, &OCCASIONS));
    noun.is_some_and(|n| {
        (k + 2..n).all(|i| {
            m.tokens[i].is_word()
                && m.tokens[i].chunk.is_none()
                && m.word(i).starts_with(char::is_lowercase)
        }) && m.tokens.get(n + 1).is_none_or(|next| {
            !next.is_word()
                || !(next.is(WordClass::Preposition) || next.chunk.is_some())
        })
    })
}

/// "Kinshasa says the rebels met Rwandan officials", "a rebellion that
/// Kinshasa says is backed by Rwanda": after the last name before a verb
/// trigger, a reporting verb (and its "that") opens a clause with a
/// subject of its own: a common noun phrase (a determiner, at most three
/// lowercase words, no name, no title or official noun: "the rebel group";
/// not "the delegation", the reporter's) and at most three auxiliaries before
/// the trigger, or no subject at all before a passive. Its reporter is
/// not the trigger's subject.
fn reported_common_subject(ctx: &Ctx<'_, '_>, before: &[&Chunk]) -> bool {
    let m = ctx.model;
    let ts = ctx.ts();
    let Some(last) = before.last() else { return false };
    if ctx.rule.frame == Frame::Noun {
        // "announced a new partnership": the noun is what is reported.
        return false;
    }
    let (from, t) = (last.toks.end, m.tok_at(ts));
    let Some(r) = (from..t).find(|&k| m.tokens[k].is(WordClass::Reporting))
    else {
        return false;
    };
    let mut k = r + 1;
    if m.word_is(k, "that") {
        k += 1;
    }
    if k >= t {
        return false;
    }
    let verbal = |i: usize| {
        let tok = &m.tokens[i];
        tok.is(WordClass::Auxiliary)
            || tok.is(WordClass::Modal)
            || tok.is(WordClass::Passive)
    };
    // Where the auxiliaries before the trigger start.
    let mut aux = t;
    while aux > k && t - aux < 3 && verbal(aux - 1) {
        aux -= 1;
    }
    // "says is backed": a passive with no subject of its own.
    if aux == k {
        return m
            .prev_word(ctx.clause.start, ts)
            .is_some_and(|p| m.tokens[p].is(WordClass::Passive));
    }
    if !m.word_in(k, &["the", "a", "an"]) {
        return false;
    }
    let phrase = k + 1..aux;
    (1..=3).contains(&phrase.len())
        && phrase.clone().all(|i| {
            let tok = &m.tokens[i];
            // "the president": a title is an official, the reporter's own.
            tok.is_word()
                && tok.chunk.is_none()
                && !verbal(i)
                && !m.in_title(i)
                && m.word(i).starts_with(char::is_lowercase)
        })
        && !hits(
            &ctx.rules.cues.official_noun,
            m.slice(m.tokens[k].end..m.tok_start(aux)),
        )
}

/// "Estonia and Lithuania said they fully backed Riga's decision": "they"
/// right after a reporting verb (or its "that") whose subject is a group
/// of two or more is that group, not the parties of the story so far.
pub(super) fn reported_they(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let [rest @ .., they] = before else { return };
    if they.slot != Slot::Parties
        || !m.slice(they.span.clone()).eq_ignore_ascii_case("they")
    {
        return;
    }
    let Some(p) = they.toks.start.checked_sub(1) else { return };
    let mut verb =
        if m.word_is(p, "that") { p.checked_sub(1) } else { Some(p) };
    // "announced today they", "said on Monday that they".
    while let Some(v) = verb.filter(|&v| v > 0 && m.is_time_word(v)) {
        verb = Some(v - 1);
    }
    let Some(verb) = verb.filter(|&v| m.tokens[v].is(WordClass::Reporting))
    else {
        return;
    };
    // Its own predicate ("they fully backed", "they would sign"), not a
    // later one ("they would make sure their shipments met the rules").
    let own = m.word_count(they.span.end..ctx.ts()) <= 3;
    let (group, _) = left_group(ctx, rest);
    // "Egypt and Jordan each said they": a quantifier between.
    let adjacent = rest.last().is_some_and(|c| {
        (c.toks.end == verb
            || (c.toks.end + 1 == verb
                && m.word_in(c.toks.end, &["each", "both", "all", "also"])))
            && group.len() >= 2
    });
    if adjacent && own {
        *left = group;
    }
}

/// "Hawke said in Canberra that he and New Zealand Prime Minister David
/// Lange had agreed": a pronoun coordinated before the subject group,
/// after a reporting verb, is the reporter, who joins the group.
pub(super) fn pronoun_partner(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
    subject_start: Option<usize>,
    left: &mut Vec<Slot>,
) {
    let m = ctx.model;
    let Some(start) = subject_start else { return };
    let mut first = m.tok_at(start);
    // "he and his Russian counterpart agreed": the pronoun's own
    // possessive before the partner.
    if first >= 3 && m.word_in(first - 1, &["his", "her"]) {
        first -= 1;
    }
    if first < 2
        || !m.word_is(first - 1, "and")
        || !m.word_in(first - 2, &["he", "she"])
    {
        return;
    }
    // "Biden flew in from Israel, where he and Prime Minister Yair Lapid
    // signed a joint declaration": after a comma and a relative word, the
    // pronoun is the previous predicate's subject.
    let relative = first >= 4
        && m.tokens[first - 3].is(WordClass::Relative)
        && m.tokens[first - 4].is_punct(',');
    if let (true, Some(prev)) = (relative, ctx.previous) {
        for slot in prev.subject.iter().rev() {
            if !left.contains(slot) {
                left.insert(0, slot.clone());
            }
        }
        return;
    }
    let pronoun_start = m.tokens[first - 2].start;
    // "Abiy arrived in Asmara. He and Eritrean President Isaias Afwerki
    // signed": a sentence-initial pronoun is the previous sentence's first
    // person; "During Abiy Ahmed's trip to Asmara, he and Isaias Afwerki
    // signed": after a fronted phrase's comma, its person.
    if first == 2 || m.tokens[first - 2].start == m.span.start {
        if let Some(a) = ctx.antecedent {
            let slot = Slot::Actor(a.clone());
            if !left.contains(&slot) {
                left.insert(0, slot);
            }
        }
        return;
    }
    // "..., days after he and Abiy Ahmed declared": after a subordinator
    // too, the person named before it; so after ", and" ("Putin swept into
    // Ulaanbaatar on Tuesday, and he and Battulga inked a treaty").
    let coordinated = first >= 4
        && m.word_is(first - 3, "and")
        && m.tokens[first - 4].is_punct(',');
    if first >= 3
        && (m.tokens[first - 3].is_punct(',')
            || m.tokens[first - 3].is(WordClass::Subordinator)
            || coordinated)
    {
        let fronted = before
            .iter()
            .rev()
            .find(|c| c.span.end <= pronoun_start && c.is_person());
        if let Some(person) = fronted {
            if !left.contains(&person.slot) {
                left.insert(0, person.slot.clone());
            }
            return;
        }
    }
    let Some(reporter) = before
        .iter()
        .rev()
        .find(|c| c.span.end <= pronoun_start)
        .filter(|c| c.is_person())
    else {
        return;
    };
    let reported = (m.tok_at(reporter.span.end)..first - 2)
        .any(|k| m.tokens[k].is(WordClass::Reporting));
    if reported && !left.contains(&reporter.slot) {
        left.insert(0, reporter.slot.clone());
    }
}

/// "Kim accepts Trump's invitation to meet", "Modi accepted an invitation
/// from Putin to visit": the one who accepts meets the one who invites.
pub(super) fn accepted_invitation(
    ctx: &Ctx<'_, '_>,
    before: &[&Chunk],
) -> Option<(Slot, Slot)> {
    let m = ctx.model;
    let (cs, ts) = (ctx.clause.start, ctx.ts());
    let lead = m.slice(m.words_back(cs, ts, 3)..ts).trim_end().as_bytes();
    let tail = b"invitation to";
    if lead.len() < tail.len()
        || !lead[lead.len() - tail.len()..].eq_ignore_ascii_case(tail)
    {
        return None;
    }
    let (host, guest) = match before {
        [.., guest, host] => (host, guest),
        _ => return None,
    };
    let accepts = m
        .slice(guest.span.end..host.span.start)
        .split_whitespace()
        .any(|w| w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("accept")));
    (accepts && guest.is_personal() && host.is_personal())
        .then(|| (guest.slot.clone(), host.slot.clone()))
}

/// "The accord Israel and Jordan signed in 1994", "the agreements the two
/// countries signed": a cooperation noun followed by the group that made
/// it, in a reduced relative clause (or after "that"/"which"): a group
/// of two or more, or a collective of countries, right after the noun and
/// then a past form of making it (class `made`: "signed", "reached").
fn reduced_relative<'m>(ctx: &Ctx<'m, '_>) -> Option<Vec<&'m Chunk>> {
    if ctx.rule.kind != RelationKind::Cooperation {
        return None;
    }
    let m = ctx.model;
    let mut k = m.tok_at(ctx.te());
    if m.tokens.get(k)?.is(WordClass::Relative) {
        k += 1;
    }
    let group = maker_group(ctx, k)?;
    let end = group.last().expect("one").span.end;
    let v = m.tok_at(end);
    made_at(ctx, v).then_some(group)
}

/// Whether token `k` is a lowercase past form of making a deal (class
/// `made`: "signed", "reached") inside the clause.
fn made_at(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    let m = ctx.model;
    m.tokens.get(k).is_some_and(|t| {
        t.start < ctx.clause.end
            && t.is_word()
            && m.word(k).starts_with(char::is_lowercase)
            && t.is(WordClass::Made)
    })
}

/// "The accord, signed by Israel and Jordan in 1994", "the deal was signed
/// in Kathmandu by the two countries' trade secretaries": a cooperation
/// noun, then (after a comma or a passive auxiliary) a past form of
/// making it and, within five words with no punctuation, "by" and the
/// group that made it: two or more joined, or a collective of countries.
fn passive_makers<'m>(ctx: &Ctx<'m, '_>) -> Option<Vec<&'m Chunk>> {
    if ctx.rule.kind != RelationKind::Cooperation {
        return None;
    }
    let m = ctx.model;
    let mut k = m.tok_at(ctx.te());
    // "A protocol on cooperation in education was later signed by": what
    // the deal is about, lowercase words, may stand between.
    let about = k;
    while k < about + 5
        && m.tokens.get(k).is_some_and(|t| {
            t.shape == Shape::Lower
                && t.chunk.is_none()
                && !t.is(WordClass::Passive)
                && !t.is(WordClass::Auxiliary)
                && !t.is(WordClass::Relative)
        })
    {
        k += 1;
    }
    if k > about
        && !m.tokens.get(k).is_some_and(|t| {
            t.is(WordClass::Passive) || t.is(WordClass::Auxiliary)
        })
    {
        k = about;
    }
    // Or, when "on", "of" or "for" opens it, up to fifteen words and names
    // with no punctuation, to the first passive that makes the deal ("A
    // memorandum of understanding on the repatriation of Muslim refugees
    // who have fled Myanmar's Arakan state was signed in Dhaka by").
    if k == about && m.word_in(about, &["on", "of", "for"]) {
        let passive = |j: usize| {
            let mut j = j;
            if !m.tokens[j].is(WordClass::Passive) {
                return None;
            }
            while m.tokens.get(j)?.is(WordClass::Passive) {
                j += 1;
            }
            made_at(ctx, j).then_some(j)
        };
        k = (about..m.tokens.len().min(about + 16))
            .take_while(|&j| {
                let t = &m.tokens[j];
                t.is_word() || t.shape == Shape::Possessive
            })
            .find(|&j| j > about && passive(j).is_some())
            .unwrap_or(about);
    }
    if m.tokens.get(k)?.is_punct(',') {
        k += 1;
    }
    while m.tokens.get(k)?.is(WordClass::Passive)
        || m.word_in(k, &["has", "have", "had"])
        || (k > about
            && m.word_in(k, &["later", "also", "formally", "officially"]))
    {
        k += 1;
    }
    if !made_at(ctx, k) {
        return None;
    }
    let by =
        (k + 1..m.tokens.len().min(k + 7)).find(|&j| m.word_is(j, "by"))?;
    let plain = (k + 1..by).all(|j| {
        let t = &m.tokens[j];
        t.is_word()
            && t.chunk.is_none()
            && !t.is(WordClass::Relative)
            && !t.is(WordClass::Reporting)
    });
    if !plain {
        return None;
    }
    maker_group(ctx, by + 1)
}

/// "The signing of an agreement on the withdrawal of Russian troops from
/// Estonia by Estonian President Meri and Russian President Yeltsin": a
/// cooperation noun after "the signing of" or "the conclusion of" is made
/// by the group after the first "by" within twelve words, with no
/// punctuation, relative or reporting word between.
fn signing_makers<'m>(ctx: &Ctx<'m, '_>) -> Option<Vec<&'m Chunk>> {
    if ctx.rule.kind != RelationKind::Cooperation {
        return None;
    }
    let m = ctx.model;
    let mut k = m.tok_at(ctx.ts());
    while k > 0 && m.tokens[k - 1].is(WordClass::Determiner) {
        k -= 1;
    }
    if k < 2
        || !m.word_is(k - 1, "of")
        || !m.word_in(k - 2, &["signing", "conclusion"])
    {
        return None;
    }
    let from = m.tok_at(ctx.te());
    let by = (from..m.tokens.len().min(from + 12))
        .take_while(|&j| {
            let t = &m.tokens[j];
            t.is_word()
                && !t.is(WordClass::Relative)
                && !t.is(WordClass::Reporting)
        })
        .find(|&j| m.word_is(j, "by"))?;
    maker_group(ctx, by + 1)
}

/// The group that made a deal, starting at token `k` (past an honorific:
/// "by Mr Karimov and President Putin"): the chunk that starts there and
/// those joined to it, inside the clause; two or more, or one collective
/// of countries ("the two countries").
fn maker_group<'m>(ctx: &Ctx<'m, '_>, k: usize) -> Option<Vec<&'m Chunk>> {
    let m = ctx.model;
    let ce = ctx.clause.end;
    let mut k = k;
    if m.tokens.get(k).is_some_and(|t| t.is(WordClass::Honorific)) {
        k += 1;
        if m.tokens.get(k).is_some_and(|t| t.is_punct('.')) {
            k += 1;
        }
    }
    // "by the Djiboutian and Ethiopian ministers": past an article that
    // is no part of the chunk.
    if m.word_is(k, "the")
        && m.tokens.get(k).is_some_and(|t| t.chunk.is_none())
    {
        k += 1;
    }
    // "by the defence ministers of Poland and Ukraine", "by the foreign
    // ministers of the two countries": past up to three lowercase words
    // and "of" before officials or a collective of countries.
    let mut via_of = false;
    if m.tokens.get(k).is_some_and(|t| t.chunk.is_none()) {
        let of = (k..m.tokens.len().min(k + 4)).find(|&j| {
            m.word_is(j, "of") || m.tokens[j].shape != Shape::Lower
        })?;
        if !m.word_is(of, "of") || of == k {
            return None;
        }
        k = of + 1;
        via_of = true;
    }
    let t = m.tokens.get(k)?;
    let at = t.chunk? as usize;
    let first = &m.chunks[at];
    if first.span.start != t.start
        || first.span.end > ce
        || via_of
            && first.kind != ChunkKind::Official
            && first.slot != Slot::Countries
    {
        return None;
    }
    let mut group = vec![first];
    for next in &m.chunks[at + 1..] {
        let last = group.last().expect("one");
        if next.span.end > ce || !joined(ctx, last, next) {
            break;
        }
        group.push(next);
    }
    let collective = group.len() == 1 && first.slot == Slot::Countries;
    (group.len() >= 2 || collective).then_some(group)
}

/// The subject of a relative clause right after a meeting noun ("talks
/// in Cairo last month at which the two sides agreed", "talks where both
/// sides agreed"): "where", or "which" after a preposition, within six
/// words of the noun with no actor between, then a collective, or after
/// "at which" a group of two or more.
fn relative_subject(ctx: &Ctx<'_, '_>) -> Option<Vec<Slot>> {
    if ctx.rule.frame != Frame::Noun || ctx.rule.kind != RelationKind::Meeting
    {
        return None;
    }
    let m = ctx.model;
    let from = m.tok_at(ctx.te());
    let end = m.tok_at(m.span.end);
    let rel = (from..end.min(from + 7)).find(|&k| {
        m.tokens[k].is(WordClass::Relative)
            && (m.word_is(k, "where")
                || (m.word_is(k, "which")
                    && k > 0
                    && m.tokens[k - 1].is(WordClass::Preposition)))
    })?;
    if (from..rel).any(|k| m.tokens[k].chunk.is_some()) {
        return None;
    }
    let t = m.tokens.get(rel + 1)?;
    let at = t.chunk? as usize;
    let first = &m.chunks[at];
    if first.span.start != t.start {
        return None;
    }
    let mut group = vec![first];
    for next in &m.chunks[at + 1..] {
        if !joined(ctx, group.last().expect("one"), next) {
            break;
        }
        group.push(next);
    }
    // A named group after "where" may have met anyone there ("a summit
    // in Lima, where Brazil and India signed a pact": at the same event).
    let collective = matches!(first.slot, Slot::Parties | Slot::Countries);
    let named_ok = !m.word_is(rel, "where");
    ((group.len() >= 2 && named_ok) || (group.len() == 1 && collective))
        .then(|| group.iter().map(|c| c.slot.clone()).collect())
}

/// Whether the trigger's object is "one another" or "each other".
fn reciprocal_object(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let rest = m.slice(ctx.te()..m.span.end).trim_start();
    ["one another", "each other"].iter().any(|r| {
        rest.get(..r.len()).is_some_and(|w| w.eq_ignore_ascii_case(r))
    })
}

/// "cuts in cereal prices, which were backed by Britain", "UNITA rebels,
/// who are backed by South Africa": a "which" or "who" that is the
/// trigger's subject (no name between it and the trigger) stands
/// for what its comma follows: the chunk that ends there, or the owner of
/// a possessive there ("Germany's bid, which was backed by Britain");
/// `Some` of nothing when that is no name. So does "whose" and its
/// unnamed officials ("members of CIPEC, whose ministers are due to meet":
/// the organisation's, not the members named before it).
fn which_antecedent<'m>(ctx: &Ctx<'m, '_>) -> Option<Vec<&'m Chunk>> {
    let m = ctx.model;
    let t = m.tok_at(ctx.ts());
    if !m.relative.get(t).copied().unwrap_or(false) {
        return None;
    }
    let mut comma = t;
    while comma > 0 && m.relative[comma - 1] {
        comma -= 1;
    }
    // "..., which say they held talks": a pronoun between stands for the
    // antecedent too.
    let pronoun = |k: usize| {
        m.tokens[k].chunk.is_some_and(|c| is_they(m, &m.chunks[c as usize]))
    };
    if !m.tokens[comma].is_punct(',')
        || !m.word_in(comma + 1, &["which", "who", "whose"])
        || (comma + 2..t).any(|k| m.tokens[k].chunk.is_some() && !pronoun(k))
    {
        return None;
    }
    let chunk_at = |k: usize| m.tokens[k].chunk.map(|c| c as usize);
    let before = comma.checked_sub(1)?;
    let owner = || {
        let owner = before.checked_sub(2)?;
        (m.tokens[before - 1].shape == Shape::Possessive)
            .then(|| chunk_at(owner))
            .flatten()
    };
    let Some(last) = chunk_at(before).or_else(owner) else {
        return Some(vec![]);
    };
    // A name before "who" is read as subject candidates read any
    // ("Putin, the Russian president, who met Xi": the person).
    if m.word_is(comma + 1, "who") {
        return None;
    }
    // "the United Arab Emirates, Iraq and Kuwait, which re-established
    // ties": the list the last name closes.
    let mut first = last;
    while first > 0 && m.chunks[first].joined_prev {
        first -= 1;
    }
    Some(m.chunks[first..=last].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::first_of;

    #[test]
    fn first_of_is_the_least_position_then_length() {
        let words = ["between ", "among ", "amongst "];
        let search = |w: &str| {
            words.iter().filter_map(|x| w.find(x).map(|p| (p, x.len()))).min()
        };
        for window in [
            "",
            " talks between them",
            " amongst the three and between",
            " among us, amongst them",
            " inbetween among ",
            " Among the three",
            " — between é and among",
        ] {
            assert_eq!(first_of(window, &words), search(window), "{window}");
        }
        assert_eq!(first_of(" x between y", &words), Some((3, 8)));
    }
}
