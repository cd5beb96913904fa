//! Whether a frame's relation holds, and whether it is planned.
//!
//! Windows, all inside the trigger's clause, in words (a name or other
//! chunk counts as one):
//! - **left**: the (at most 6) words before the trigger since the last
//!   comma: `NEGATION left` cues drop the relation ("did not meet",
//!   "refused to sign"); the last 8 words: `PLANNED left` cues, or a
//!   headline future ("Meloni to meet Trump"), make it `planned`.
//! - **clause**: the (at most 30) words before the trigger: `NEGATION
//!   clause` cues ("denied reports that X would meet Y") with no comma
//!   between them and the trigger (not "X, invited to the summit, met Y").
//! - **right**: the 12 words after the frame's last actor, relative
//!   clauses left out (for a trigger inside one, the rest of that clause,
//!   and a main-clause cue only with a determiner: "..., called off the
//!   trip"): `NEGATION right` ("talks ... were cancelled") and,
//!   for COOPERATION, `NEGATION sentiment` ("relations ... soured"); the
//!   first 6 words: `PLANNED right` ("next week").
//!   In a `give` frame, `NEGATION request` cues in the same window drop
//!   it too ("called for more aid to Iraq": who asks does not give); for
//!   a MEETING, `NEGATION offer` cues ("offered to host Putin": an offer
//!   of aid, though, is a pledge); for a COOPERATION, `NEGATION ending`
//!   cues ("ended the alliance"; "ended their talks" is a meeting held).
//! - **subject**: the 3 words before the frame's subject: `NEGATION
//!   urging` ("urged A and B to ..." is a third party's wish, not their
//!   act); and between the subject and a trigger right after "to" ("A
//!   urged the world to help B": A asks, the world would act).
//! - **sentence**: `NEGATION domain` cues anywhere in the sentence (sports
//!   fixtures, stock exchanges) mean the names are not acting as states.
//! - **mode**: a `MODE phone` or `MODE video` cue in the right window
//!   ("discussed Syria by telephone") says how a meeting was held.

use std::ops::Range;

use super::frames::{Ctx, Proto};
use super::rules::hits;
use super::Status;
use crate::lexicon::WordClass;

/// "has postponed a visit to Greece ..., without giving a new date for the
/// trip": a visit's noun after "the", "that" or "this", in the sentence
/// of a visit that fell just before, is that visit.
fn same_visit_fell(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    ctx.rule.frame == super::rules::Frame::Visit
        && ctx.previous.is_some_and(|p| p.visit && !p.kept)
        && k > 0
        && m.word_in(k - 1, &["the", "that", "this"])
}

/// "were both in Bishkek for a regional summit, but the two didn't so
/// much as sit down together": a clause after a comma within fourteen
/// tokens after a meeting's trigger that says the parties did not meet
/// (`NEGATION after`, anchored at the clause's "but" or "yet" and read
/// over its first fourteen words; a cue that ends the clause).
fn contrast_negates(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let Some(re) = ctx.rules.cues.negation_after.as_ref() else {
        return false;
    };
    let end = m.span.end;
    let first = m.tok_at(ctx.te());
    (first..m.tokens.len())
        .take(14)
        .filter(|&k| k > 0 && m.tokens[k - 1].is_punct(','))
        .any(|k| {
            let from = m.tokens[k].start;
            // The cue ends its clause ("but did not meet.", not "but did
            // not talk about Kashmir").
            let window = m.slice(from..m.words_forward(from, end, 14));
            re.find_iter(window).any(|h| {
                let rest = window[h.end()..].trim_start();
                rest.is_empty() || rest.starts_with([',', '.', ';', ':'])
            })
        })
}

/// "has called off next week's trip to Mexico, where he was to meet
/// President Fox": a trigger in a "where" or "when" clause is the
/// occasion's it tells of, and falls with it when the words before its
/// comma (up to eight, since the comma before) cancel or deny it.
fn antecedent_negated(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let mut k = m.tok_at(ctx.ts());
    if m.relative_end(k).is_none() {
        return false;
    }
    // The clause's tokens run from its opening comma.
    while k > 0 && m.relative[k - 1] {
        k -= 1;
    }
    if !m.tokens[k].is_punct(',') || !m.word_in(k + 1, &["where", "when"]) {
        return false;
    }
    let comma = m.tokens[k].start;
    let cs = ctx.clause.start.min(comma);
    let floor = match m.slice(cs..comma).rfind(',') {
        Some(i) => cs + i + 1,
        None => cs,
    };
    // The cue is said of the occasion: a trip or talks follow it ("denied
    // the claims on Monday, when he met Fox" denies no meeting).
    let window = m.slice(m.words_back(floor, comma, 8)..comma);
    ctx.rules.cues.negation_left.as_ref().is_some_and(|re| {
        re.find_iter(window).any(|h| {
            window[h.end()..].split_whitespace().any(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                OCCASION_NOUNS.iter().any(|o| w.eq_ignore_ascii_case(o))
            })
        })
    })
}

/// The nouns of an occasion a "where" clause may tell of.
const OCCASION_NOUNS: [&str; 10] = [
    "trip",
    "visit",
    "tour",
    "journey",
    "stop",
    "stopover",
    "summit",
    "talks",
    "meeting",
    "conference",
];

/// Drops (`false`) or keeps the relation, setting its status.
pub(crate) fn settle(
    ctx: &Ctx<'_, '_>,
    proto: &mut Proto,
    buf: &mut String,
) -> bool {
    let m = ctx.model;
    let cues = &ctx.rules.cues;
    let (cs, ce) = (ctx.clause.start, ctx.clause.end);
    let (ts, te) = (ctx.ts(), ctx.te());
    let left_start = match m.slice(cs..ts).rfind(',') {
        Some(i) => cs + i + 1,
        None => cs,
    };
    // "criticised Bahrain for signing a trade agreement": a gerund after
    // "for" is what was blamed or praised, and it took place; the words
    // before "for" are not its modality.
    // (Not after a noun of grounds: "saw no basis for restoring
    // relations" is read with its "no".)
    let for_gerund = m.prev_word(cs, ts).is_some_and(|p| {
        m.word_is(p, "for")
            && !m.word_in(p.wrapping_sub(1), &["basis", "grounds", "need"])
    }) && ctx.starts_with_ing();
    // A noun's six words are counted from its phrase's article, past one
    // or two modifiers ("was halting all activity under a strategic
    // economic dialogue").
    let phrase_start = if ctx.rule.frame == super::rules::Frame::Noun {
        let k = m.tok_at(ts);
        (k.saturating_sub(3)..k)
            .find(|&j| {
                m.tokens[j].is(WordClass::Determiner)
                    && j + 1 < k
                    && (j + 1..k).all(|i| {
                        m.tokens[i].shape == super::model::Shape::Lower
                            && m.tokens[i].chunk.is_none()
                    })
            })
            .map_or(ts, |j| m.tokens[j].start.max(left_start))
    } else {
        ts
    };
    // "won't be flying to Los Angeles for the summit": a meeting noun
    // that is a journey's purpose ("for the") is read with the journey's
    // verb and its auxiliaries.
    let purpose = ctx.rule.frame == super::rules::Frame::Noun && {
        let k = m.tok_at(phrase_start);
        k >= 2
            && m.tokens[k - 1].is(WordClass::Determiner)
            && m.word_is(k - 2, "for")
    };
    let left_from = if for_gerund {
        ts
    } else {
        m.words_back(left_start, phrase_start, if purpose { 10 } else { 6 })
    };
    let left_from = proto.left_floor.map_or(left_from, |f| left_from.max(f));
    let left_from = framed_by(ctx, left_from).unwrap_or(left_from);
    let negation_left = m.slice(left_from..ts);
    // One search over the left window and, when a coordinator there
    // carries a negation over, the words before it.
    let negation_from = coordinated_reach(ctx, left_start, left_from)
        .map_or(left_from, |f| f.min(left_from));
    let negation_span =
        own_predicate(ctx, negation_from).unwrap_or(negation_from..ts);
    let clause_left = m.slice(m.words_back(cs, ts, 30)..ts);
    let right_start = proto.right_end.clamp(te, ce);
    // A trigger inside a relative clause reads to the clause's end
    // ("Tanzania, which sent aid to Mozambique, withdrew": the main
    // clause's verb is not said of the aid), unless the main clause
    // refers back to it ("Gillard, who had been due to travel to Jakarta
    // for talks, called off the trip").
    let own = m.relative_end(m.tok_at(ts)).is_some();
    let referred_back = own && {
        right_window_without_relatives(ctx, right_start, ce, 12, false, buf);
        cues.negation_right.as_ref().is_some_and(|re| {
            re.find_iter(buf.as_str()).any(|h| {
                buf[h.range()]
                    .split_whitespace()
                    .any(|w| m.lexicon.is(w, WordClass::Determiner))
            })
        })
    };
    right_window_without_relatives(ctx, right_start, ce, 12, own, buf);
    // "a possible stop in Riyadh": the words a visit's noun carries in
    // its trigger are read as if they stood before it.
    // So are the inner words of a meeting's ("held indirect talks").
    let trigger = m.slice(ts..te);
    // (And its first: "had been expected to hold talks", a plan that a
    // past perfect says fell through.)
    let inner = match (trigger.find(' '), trigger.rfind(' ')) {
        (Some(a), Some(b)) if a < b => &trigger[a + 1..b],
        _ => "",
    };
    let all_but_last = trigger.rfind(' ').map_or("", |b| &trigger[..b]);
    let trigger_negated = (ctx.rule.frame == super::rules::Frame::Visit
        && hits(&cues.negation_left, trigger))
        || (ctx.rule.kind == super::RelationKind::Meeting
            && (hits(&cues.negation_left, inner)
                || hits(&cues.negation_left, all_but_last)));
    // A trigger that begins with an infinitive's "to" ("to back") shares
    // it with the cues that end in one ("refused to", "failed to").
    let shared_to = negation_span.end == ts
        && trigger.len() > 3
        && trigger.as_bytes()[..3].eq_ignore_ascii_case(b"to ");
    let negation_span =
        if shared_to { negation_span.start..ts + 2 } else { negation_span };
    // Trimmed: a cue may end at the window's end ("talks aimed at" before
    // "normalizing ties").
    if hits(&cues.negation_left, m.slice(negation_span).trim_end())
        || trigger_negated
        || no_before(ctx)
        || verb_use(ctx)
        || clause_cue(cues.negation_clause.as_ref(), clause_left)
        || hits(&cues.negation_right, &buf[..own_clause_end(ctx, buf)])
        || only_if_after(ctx, right_start)
        || referred_back
        || antecedent_negated(ctx)
        || (proto.kind == super::RelationKind::Meeting && contrast_negates(ctx))
        || same_visit_fell(ctx)
        || (proto.kind == super::RelationKind::Cooperation
            // What aid is for may be in a bad state ("to help retrain its
            // troubled police force"): said of a relation only.
            && ((ctx.rule.frame != super::rules::Frame::Give
                && sentiment_of_relation(ctx, buf))
                // "strained ties", "worsening relations".
                || hits(
                    &cues.negation_sentiment,
                    m.slice(m.words_back(cs, ts, 2)..ts),
                )))
        || predicate_cut(ctx)
        || (proto.states && (m.domain_story || sports_context(ctx)))
        // "called for more aid to Iraq": asked for, not given.
        || (ctx.rule.frame == super::rules::Frame::Give
            && hits(&cues.negation_request, negation_left))
        // "called for face-to-face negotiations with Iran": asked for,
        // not held ("urged Putin in a phone call": the call was held).
        || (proto.kind == super::RelationKind::Meeting
            && ctx.rule.frame == super::rules::Frame::Noun
            && cues.negation_request.as_ref().is_some_and(|re| {
                // Any request cue but the urging verbs the request row
                // shares with the give frames ("urged more aid").
                re.find_iter(negation_left).any(|h| {
                    !negation_left[h.range()]
                        .get(..3)
                        .is_some_and(|w| w.eq_ignore_ascii_case("urg"))
                })
            }))
        // "offered to host Putin": an offer, not a meeting.
        || (proto.kind == super::RelationKind::Meeting
            && hits(&cues.negation_offer, negation_left))
        // "ended the alliance": no more cooperation ("ended their talks":
        // they met).
        || (proto.kind == super::RelationKind::Cooperation
            && hits(&cues.negation_ending, negation_left))
    {
        return false;
    }
    if let Some(subject) = proto.subject_start {
        // "urged the governments of Nicaragua and Honduras to open talks":
        // the officials' phrase before the names is the subject's.
        let lead = m.words_back(cs, subject, 5);
        let subject = cues
            .official_of
            .as_ref()
            .and_then(|re| re.find_iter(m.slice(lead..subject)).last())
            .filter(|h| m.slice(lead + h.end()..subject).trim().is_empty())
            .map_or(subject, |h| lead + h.start());
        let from = m.words_back(cs, subject, 3);
        let window = m.slice(from..subject);
        // "told reporters that Zimbabwean and Mozambican forces would",
        // "told reporters the two sides had signed": what one tells with
        // "that", or with no "to" before the trigger, is reported, not
        // urged ("told Iran to hold talks").
        let to_before_trigger = subject < ts
            && m.slice(subject..ts).split_whitespace().any(|w| {
                ["to", "must", "should"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x))
            });
        let urged = cues.negation_urging.as_ref().is_some_and(|re| {
            re.find_iter(window).any(|h| {
                let cue = &window[h.range()];
                // "for as long as Baghdad wants them there, Rasmussen
                // told": a comma closes the urging's clause.
                if window[h.end()..].contains(',') {
                    return false;
                }
                let told = super::frames::TELL
                    .iter()
                    .any(|w| cue.eq_ignore_ascii_case(w));
                !(told
                    && (!to_before_trigger
                        || window[h.end()..]
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("that"))))
            })
        });
        if urged {
            return false;
        }
        // "China and India urged the world to help Iraq": the subject
        // urges someone else to do what the trigger says.
        // "have urged the neighbours to settle the dispute through talks":
        // any "to" after the urging verb.
        if subject < ts {
            if let Some(urge) = cues
                .negation_urging
                .as_ref()
                .and_then(|re| re.find(m.slice(subject..ts)))
            {
                // "urged India and Pakistan to ..., after holding talks
                // with Sinha": a "to" before a comma and a subordinator
                // belongs to another clause than the trigger.
                let (urged, to) =
                    (m.tok_at(subject + urge.end()), m.tok_at(ts));
                // "The king, who has urged an Arab solution to the crisis,
                // is due to travel": an urging inside a relative clause
                // closed before the trigger is said of something else.
                let aside = m
                    .relative_end(m.tok_at(subject + urge.start()))
                    .is_some_and(|end| end <= ts);
                let from = (urged..to)
                    .rev()
                    .find(|&k| {
                        m.tokens[k].is_punct(',')
                            && m.tokens
                                .get(k + 1)
                                .is_some_and(|t| t.is(WordClass::Subordinator))
                    })
                    .map_or(urged, |k| k + 1);
                if !aside && (from..to).any(|k| m.word_is(k, "to")) {
                    return false;
                }
            }
        }
    }
    // "discussed Syria by telephone", "met by video link".
    if proto.kind == super::RelationKind::Meeting
        && proto.mode == super::Mode::Unspecified
    {
        if hits(&cues.mode_phone, buf) {
            proto.mode = super::Mode::Phone;
        } else if hits(&cues.mode_video, buf) {
            proto.mode = super::Mode::Video;
        }
    }
    // Time words ("next week") may also come before the trigger: "will
    // travel to Washington next week to meet Trump".
    let planned_window = m.slice(m.words_back(left_start, ts, 8)..ts);
    // The six words after the frame, past relative clauses ("visited
    // Japan, where he is expected to ..." plans nothing of the visit).
    let right_window = buf
        .split_whitespace()
        .filter(|w| w.contains(char::is_alphanumeric))
        .nth(6)
        .map_or(buf.as_str(), |w| {
            &buf[..w.as_ptr() as usize - buf.as_ptr() as usize]
        });
    // Headline future: "Meloni to meet Trump", "Xi Jinping To Visit
    // Japan": the subject at the start of the clause, then "to". So is a
    // verb of intent before it ("Japan offered to dispatch medical
    // teams"), but not one of going on ("Bhutan continues to coordinate
    // closely with India": it does).
    let lead = m.slice(cs..ts).trim();
    let going_on = m
        .prev_word(cs, ts)
        .and_then(|to| m.prev_word(cs, m.tokens[to].start))
        .is_some_and(|k| m.tokens[k].is(WordClass::Aspect));
    let headline_future = lead.len() > 3
        && lead.as_bytes()[lead.len() - 3..].eq_ignore_ascii_case(b" to")
        && !going_on
        && proto.subject_start.is_some_and(|s| {
            m.slice(cs..s).trim().is_empty() && m.word_count(s..ts) <= 5
        });
    // "is due in Washington", "is expected in Kabul": a visit trigger
    // that says it is to come; so does one that starts with its modal
    // ("would back").
    let modal_first =
        m.tokens.get(m.tok_at(ts)).is_some_and(|t| t.is(WordClass::Modal));
    let visit_to_come = (ctx.rule.frame == super::rules::Frame::Visit
        || modal_first)
        && hits(&cues.planned_left, m.slice(ts..te));
    // "vowed to back": a verb of intent inside the trigger, before its
    // "to", plans what follows as one before the trigger would.
    let intent_inside = ctx.rule.frame == super::rules::Frame::VerbDirect
        && inner.eq_ignore_ascii_case("to");
    // "is due to see Arafat", "flies to Gdansk to see Walesa": a meeting
    // told by its infinitive is still to come.
    let to_see = ctx.rule.kind == super::RelationKind::Meeting
        && trigger.len() > 7
        && trigger.as_bytes()[trigger.len() - 7..]
            .eq_ignore_ascii_case(b" to see");
    if headline_future
        || visit_to_come
        || intent_inside
        || to_see
        || hits(&cues.planned_left, planned_window)
        || hits(&cues.planned_right, right_window)
        || hits(&cues.planned_right, planned_window)
    {
        proto.status = Status::Planned;
    }
    true
}

/// "kept him at home and relations with Kuala Lumpur ...": a relation
/// noun that opens a clause (after a coordinator or subordinator) and
/// whose party ends a teaser cut mid-sentence lost its predicate, which
/// may as well have been "soured". (Not "a sign of warming ties between
/// Washington and New Delhi ...": the relation is said before the cut.)
fn predicate_cut(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    if ctx.rule.frame != super::rules::Frame::Noun
        || ctx.rule.kind != super::RelationKind::Cooperation
    {
        return false;
    }
    let rest = &m.text[m.span.end..];
    if rest.len() > 16 || !matches!(rest.trim(), "..." | "\u{2026}" | "") {
        return false;
    }
    let sentence = m.slice(m.span.start..m.span.end).trim_end();
    let cut = ["...", "\u{2026}"].iter().any(|c| sentence.ends_with(c))
        || !rest.trim().is_empty();
    let k = m.tok_at(ctx.ts());
    let opens = k.checked_sub(1).is_some_and(|p| {
        m.tokens[p].is(WordClass::Coordinator)
            || m.tokens[p].is(WordClass::Subordinator)
    });
    // Only the parties and their joining words after the trigger.
    let bare = (m.tok_at(ctx.te())..m.tokens.len()).all(|j| {
        let t = &m.tokens[j];
        !t.is_word()
            || t.chunk.is_some()
            || t.is(WordClass::Preposition)
            || t.is(WordClass::Determiner)
            || t.is(WordClass::Coordinator)
            || m.word_in(j, &["two"])
    });
    cut && opens && bare
}

/// Whether a `NEGATION sentiment` cue in `window` (the words after the
/// trigger) is said of the relation ("relations remain strained"): not
/// when a verb of easing stands in the three words before it ("signed a
/// deal, easing tensions", "agreed to mend ties strained by a dispute")
/// or a word that makes it background ("signed a deal after years of
/// strained ties").
fn sentiment_of_relation(ctx: &Ctx<'_, '_>, window: &str) -> bool {
    let Some(re) = ctx.rules.cues.negation_sentiment.as_ref() else {
        return false;
    };
    let lexicon = ctx.model.lexicon;
    // "restored diplomatic ties frozen since 1967": the trigger's own verb
    // of easing, right before the cue.
    let trigger_repairs = ctx
        .model
        .slice(ctx.ts()..ctx.te())
        .split_whitespace()
        .any(|w| lexicon.is(w, WordClass::Repair));
    re.find_iter(window).any(|h| {
        let before = window[..h.start()].split_whitespace();
        if trigger_repairs && before.clone().count() < 3 {
            return false;
        }
        !before.rev().take(3).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            lexicon.is(w, WordClass::Repair)
                || ["after", "despite", "amid", "amidst", "following"]
                    .iter()
                    .any(|b| w.eq_ignore_ascii_case(b))
        })
    })
}

/// Whether a `NEGATION clause` cue in `window` (the words before the
/// trigger) reaches it: not across a comma ("Takeshita, invited to the
/// summit, held talks with Aquino": the cue is said of the subject, in a
/// phrase of its own; "has invited Hu to visit Tokyo" is an invitation).
fn clause_cue(re: Option<&super::rules::Regex>, window: &str) -> bool {
    re.is_some_and(|re| {
        re.find_iter(window).any(|h| !window[h.end()..].contains(','))
    })
}

/// "agreed to suspend enrichment under a deal struck with Britain",
/// "agreed to suspend enrichment after talks with France": a relation
/// noun after "after" or "following", or a deal after "under", is the
/// framework or the occasion of the verb before it, whose negation
/// ("suspend", "halted", "did not") is not the noun's. Where the left
/// window then starts: after the preposition (at most three words before
/// the noun: "under a new trade deal").
fn framed_by(ctx: &Ctx<'_, '_>, from: usize) -> Option<usize> {
    let m = ctx.model;
    if ctx.rule.frame != super::rules::Frame::Noun {
        return None;
    }
    // (A dialogue "under" which activity is halted is what halts:
    // "halting all activity under a strategic economic dialogue".)
    let cooperation = ctx.rule.kind == super::RelationKind::Cooperation;
    let trigger = m.tok_at(ctx.ts());
    let first = m.tok_at(from).max(trigger.saturating_sub(4));
    (first..trigger)
        .rev()
        .find(|&k| {
            m.word_in(k, &["after", "following"])
                || (m.word_is(k, "under") && cooperation)
        })
        .map(|k| m.tokens[k].end)
}

/// "cut ties with Taiwan and established ties with Beijing", "to sever
/// relations with Taiwan and establish ties with Beijing": a verb trigger
/// right after a coordinator is a predicate of its own, which the verb of
/// the first ("cut", "sever") does not negate. What does reach it: a
/// negator ("did not meet X and sign"; then `None`, the whole window) or
/// a cue before an infinitive's "to" that both verbs share ("refused to
/// meet X and sign": the window up to that "to").
fn own_predicate(ctx: &Ctx<'_, '_>, from: usize) -> Option<Range<usize>> {
    let m = ctx.model;
    let ts = ctx.ts();
    let verb = matches!(
        ctx.rule.frame,
        super::rules::Frame::Verb
            | super::rules::Frame::VerbDirect
            | super::rules::Frame::Give
    );
    let trigger = m.tok_at(ts);
    let coordinator = trigger.checked_sub(1)?;
    if !verb || !m.tokens[coordinator].is(WordClass::Coordinator) {
        return None;
    }
    let first = m.tok_at(from);
    if (first..coordinator).any(|k| m.tokens[k].is(WordClass::Negator)) {
        return None;
    }
    Some(match (first..coordinator).rev().find(|&k| m.word_is(k, "to")) {
        Some(to) => from..m.tokens[to].end,
        None => ts..ts,
    })
}

/// "would never accept the loss of the peninsula or strike any deal",
/// "suspended military contacts and its human rights dialogue": a
/// negation before "or" or "and" reaches a predicate or object coordinated
/// after it, when no actor stands between the coordinator and the trigger
/// (that would be a clause of its own). Where the negation window starts
/// then: up to 8 words before the coordinator.
fn coordinated_reach(
    ctx: &Ctx<'_, '_>,
    left_start: usize,
    left_from: usize,
) -> Option<usize> {
    let m = ctx.model;
    let ts = ctx.ts();
    let coordinator = (m.tok_at(left_from)..m.tok_at(ts))
        .rev()
        .find(|&k| m.tokens[k].is(WordClass::Coordinator))?;
    let at = m.tokens[coordinator].start;
    if m.chunks[m.chunks_in(at..ts)].iter().any(|c| c.span.end <= ts) {
        return None;
    }
    Some(m.words_back(left_start, at, 8))
}

/// "Tehran would deal with Baghdad only through the U.N.": a noun trigger
/// right after a modal is a verb ("to handle"), not an agreement.
fn verb_use(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    ctx.rule.frame == super::rules::Frame::Noun
        && m.prev_word(ctx.clause.start, ctx.ts())
            .is_some_and(|p| m.tokens[p].is(WordClass::Modal))
}

/// "no currency talks", "no deal": "no" right before the trigger, or one
/// lowercase word before it (not "no time"), or inside it ("reached no
/// agreement"); "breaks ties", "HALT AID TO FIJI",
/// "suspending defence cooperation", "would halt all new economic aid": a
/// verb of stopping right before it, or up to three lowercase words before
/// it that are neither coordinators nor prepositions ("broke the deadlock
/// and signed a deal" still signs).
fn no_before(ctx: &Ctx<'_, '_>) -> bool {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    let lowercase_word = |i: usize| {
        m.tokens[i].is_word() && m.word(i).chars().all(|c| c.is_lowercase())
    };
    let modifier = |i: usize| {
        lowercase_word(i)
            && !m.tokens[i].is(WordClass::Coordinator)
            && !m.tokens[i].is(WordClass::Preposition)
    };
    // ("wasted no time signing": a haste, not a refusal.) "reached no
    // agreement": "no" inside the trigger too.
    if (k >= 1 && m.word_is(k - 1, "no"))
        || (k..m.tok_at(ctx.te())).any(|i| m.word_is(i, "no"))
        || (k >= 2
            && m.word_is(k - 2, "no")
            && lowercase_word(k - 1)
            && !m.word_is(k - 1, "time"))
    {
        return true;
    }
    // The verb, then what stands between it and the trigger.
    (1..=4.min(k)).any(|back| {
        let verb = k - back;
        m.tokens[verb].is(WordClass::Stop)
            && match back {
                1 => true,
                2 => lowercase_word(k - 1),
                _ => (verb + 1..k).all(modifier),
            }
    })
}

/// "would sit down with Boric, but only if sea access is on the table":
/// the next clause, opened by "but only" and a condition, makes the
/// relation conditional when the relation ends its clause (at most three
/// words from `right_start` to the clause's end).
fn only_if_after(ctx: &Ctx<'_, '_>, right_start: usize) -> bool {
    let m = ctx.model;
    let ce = ctx.clause.end;
    if m.slice(right_start..ce).split_whitespace().nth(3).is_some() {
        return false;
    }
    // The next clause's first word, past at most one comma.
    let mut k = m.tok_at(ce);
    if m.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    m.word_is(k, "but")
        && m.word_is(k + 1, "only")
        && m.word_in(k + 2, &["if", "when", "once", "after"])
}

/// Where the words after a verb's frame (in `window`) leave its clause:
/// past a subordinator that opens another ("Visits Iran After Saudi Trip
/// Is Postponed": the trip was; "only after" still conditions the act).
/// Not "as", "but", "than", "if" or "whether", which may go on about the
/// same act, nor one after "for" ("planned for after the vote"); not for
/// a noun, whose predicate may come past a phrase that starts so ("talks
/// after the war were postponed").
fn own_clause_end(ctx: &Ctx<'_, '_>, window: &str) -> usize {
    let m = ctx.model;
    let k = m.tok_at(ctx.ts());
    let noun = ctx.rule.frame == super::rules::Frame::Noun
        || (k > 0
            && (m.tokens[k - 1].is(WordClass::Determiner)
                || m.word(k - 1).ends_with("'s")
                || m.word(k - 1).ends_with("\u{2019}s")));
    if noun {
        return window.len();
    }
    let mut prev = "";
    for (at, word) in window.split(' ').scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }) {
        // (The lexicon folds case: no allocation per word.)
        if m.lexicon.is(word, WordClass::Subordinator)
            && !["as", "but", "than", "if", "whether"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
            && !prev.eq_ignore_ascii_case("for")
        {
            return at + word.len();
        }
        prev = word;
    }
    window.len()
}

/// The first `n` words after `from` in the clause, with relative clauses
/// (", which had been scheduled for Saturday,") left out, into `buf`:
/// cancellations come late ("a meeting ..., which had been scheduled for
/// Saturday, was cancelled").
fn right_window_without_relatives(
    ctx: &Ctx<'_, '_>,
    from: usize,
    to: usize,
    n: usize,
    own_clause: bool,
    buf: &mut String,
) {
    let m = ctx.model;
    buf.clear();
    // `own_clause`: the window of a trigger inside a relative clause is
    // that clause's rest.
    let own =
        if own_clause { m.relative_end(m.tok_at(ctx.ts())) } else { None };
    let to = own.map_or(to, |end| to.min(end));
    let mut words = 0;
    let mut run: Option<(usize, usize)> = None;
    let mut skip_close = false;
    for (k, t) in m.tokens.iter().enumerate().skip(m.tok_at(from)) {
        if t.end > to || words == n {
            break;
        }
        let dropped = own.is_none()
            && (m.relative[k] || (skip_close && t.is_punct(',')));
        skip_close = m.relative[k];
        if dropped {
            if let Some((a, b)) = run.take() {
                buf.push_str(m.slice(a..b));
                buf.push(' ');
            }
            continue;
        }
        if t.is_word() {
            words += 1;
        }
        run = Some(match run {
            Some((a, _)) => (a, t.end),
            None => (t.start, t.end),
        });
    }
    if let Some((a, b)) = run {
        buf.push_str(m.slice(a..b));
    }
}

/// Whether the sentence names a sport, a tournament or a market
/// (`NEGATION domain`), other than as the kind of a venue ("shared a
/// stage with Modi at the world's largest cricket stadium").
fn sports_context(ctx: &Ctx<'_, '_>) -> bool {
    let Some(re) = ctx.rules.cues.negation_domain.as_ref() else {
        return false;
    };
    let body = ctx.model.body();
    re.find_iter(body).any(|hit| {
        let after = body[hit.end()..].trim_start_matches(' ');
        let venue = ["stadium", "ground", "arena"].iter().any(|v| {
            after.len() >= v.len()
                && after.as_bytes()[..v.len()]
                    .eq_ignore_ascii_case(v.as_bytes())
        });
        !venue
    })
}
