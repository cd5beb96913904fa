//! Frames: patterns over the [`SentenceModel`] that say who a trigger
//! relates. The rule of each trigger names its frame (`relations.tsv`):
//!
//! | frame | reads | example |
//! |---|---|---|
//! | `verb`, `verb-person`, `noun` | [`svo`]: between, hyphenated pair, subject and object, coordinated subject, fronted phrase, passive agent | "Xi met Putin", "talks between A and B", "China-Russia ties", "Modi was received by Xi" |
//! | `visit` | [`visit`]: visitor and destination | "Putin visits Brazil", "Karzai set for visit to Pakistan", "arrived in Britain" |
//! | `give` | [`give`]: giver and recipient (a debt's debtor) | "Japan pledged $1 billion in aid to Iraq", "Russia wrote off Iraq's debt" |
//! | `joint` | [`joint`]: forces of two countries acting together | "US and Iraqi troops stormed ...", "a joint U.S.-Afghan operation" |
//! | `ally` | [`ally`]: a relation noun said of one party | "Washington's allies Poland and Japan", "Blair, one of the United States' closest allies" |
//! | `stance` | [`stance`]: a subject group urging a third together | "China and Singapore urged the world to ..." |
//!
//! A frame fills a [`Proto`]: its parties (two groups, one group whose
//! members relate to each other, a collective, or a lone actor waiting for
//! the document to give its partner). [`super::modality`] then decides
//! whether it holds and whether it is planned.

mod ally;
mod give;
mod joint;
mod stance;
mod svo;
mod visit;

use std::ops::Range;

use super::document::Found;
use super::modality;
use super::model::{self, SentenceModel, Slot, Trigger};
use super::rules::{hits, Frame, RelationRules, TriggerRule};
use super::{Actor, Mode, RelationKind, Status};
use crate::gazetteer::EntityId;
use crate::lexicon::WordClass;

/// The forms of "tell": one told is the noun right after it ("told
/// reporters"), and what one tells "that" is reported, not urged.
pub(crate) const TELL: [&str; 7] =
    ["told", "tells", "telling", "tell", "assured", "assures", "assuring"];

/// Who a frame relates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Parties {
    None,
    /// Every member of `left` with every member of `right`. With `mutual`
    /// (the hosts, and the guests, of one meeting), the members of each
    /// side also relate to each other when their countries differ.
    Cross {
        left: Vec<Slot>,
        right: Vec<Slot>,
        mutual: Mutual,
    },
    /// Every pair of the group ("A, B and C met").
    Within(Vec<Slot>),
    /// "both sides met": the collective's own pair.
    Collective(Slot),
}

impl Parties {
    /// Drops an actor (or "both sides") named again on the same side,
    /// keeping the first: "Chad and Peru and Chad and Peru" names two
    /// parties, so they are a pair, not a multilateral event, and no pair
    /// is made twice.
    pub(crate) fn dedup_actors(&mut self) {
        fn same(a: &Slot, b: &Slot) -> bool {
            match (a, b) {
                (Slot::Actor(x), Slot::Actor(y)) => x.entity == y.entity,
                (Slot::Parties, Slot::Parties)
                | (Slot::Countries, Slot::Countries) => true,
                _ => false,
            }
        }
        fn dedup(slots: &mut Vec<Slot>) {
            // In place, no allocation: a side holds at most the slots of
            // one capped sentence.
            let mut i = 1;
            while i < slots.len() {
                if slots[..i].iter().any(|s| same(s, &slots[i])) {
                    slots.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        match self {
            Parties::Cross { left, right, .. } => {
                dedup(left);
                dedup(right);
            }
            Parties::Within(group) => dedup(group),
            Parties::None | Parties::Collective(_) => {}
        }
    }
}

/// Which sides of a `Cross` relate among themselves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Mutual {
    /// "Macron, Merz and Starmer met Zelensky": the subjects met too.
    pub left: bool,
    /// "Starmer welcomed Macron and Meloni": the guests met too.
    pub right: bool,
}

impl Mutual {
    pub const NONE: Mutual = Mutual { left: false, right: false };
}

/// A relation found in one sentence, with slots still to settle.
#[derive(Clone, Debug)]
pub(crate) struct Proto {
    pub kind: RelationKind,
    pub status: Status,
    pub mode: Mode,
    pub parties: Parties,
    /// A lone actor waiting for its meeting partner.
    pub lone: Option<Actor>,
    /// End of the rightmost actor the frame used (right cues start here).
    pub right_end: usize,
    /// Start of the frame's subject, if it has one in the sentence.
    pub subject_start: Option<usize>,
    /// Where the words that may negate or plan the relation start, when
    /// the frame knows the words before are about something else (the one
    /// handed over in "A man accused of ... was extradited"): the left
    /// windows of [`super::modality`] start no earlier.
    pub left_floor: Option<usize>,
    /// A visit to a country: at entity level it gives way to a meeting
    /// with a named host of that country in the same sentence.
    pub visit: bool,
    /// A bare country or capital is a party (sports and market contexts
    /// make such names no actors).
    pub states: bool,
    /// The host of another meeting's occasion with its parties ("talks
    /// hosted by Qatar", "Clinton, who hosted the ceremony"): not whom
    /// "both sides" means, and its own "both sides" are those of a meeting
    /// before it.
    pub host: bool,
    pub trigger: Range<usize>,
    pub sentence: usize,
}

impl Proto {
    fn is_empty(&self) -> bool {
        self.parties == Parties::None && self.lone.is_none()
    }

    fn cross(&mut self, left: Vec<Slot>, right: Vec<Slot>, mutual: Mutual) {
        self.parties = Parties::Cross { left, right, mutual };
    }

    /// The MEETING a cooperation of the same parties implies (held in
    /// person, or in a call of `mode`).
    fn meeting(&self, mode: Mode) -> Proto {
        Proto {
            kind: RelationKind::Meeting,
            mode,
            lone: None,
            visit: false,
            ..self.clone()
        }
    }
}

/// The subject of the last predicate of a sentence, for the next one.
#[derive(Clone, Debug)]
pub(crate) struct Previous {
    pub subject: Vec<Slot>,
    /// Where its subject starts, if known: what an urging before it is
    /// said of ("called on Xi and flew to Tokyo": the call's subject).
    pub subject_start: Option<usize>,
    pub trigger_end: usize,
    /// End of its object, if it had one.
    pub object_end: Option<usize>,
    /// Its object: who a meeting was with (empty when none).
    pub object: Vec<Slot>,
    /// Whether its trigger is a verb of hosting ("hosted", "welcomed").
    pub host: bool,
    /// Whether its frame is a visit (its object is where the subject
    /// goes).
    pub visit: bool,
    /// Whether its trigger is a meeting's.
    pub meeting: bool,
    /// Whether its frame is a noun's.
    pub noun: bool,
    /// Whether its relation held (no negation, offer or hypothesis
    /// dropped it).
    pub kept: bool,
    /// When its subject opens an adverbial clause ("after the two sides
    /// signed agreements"), the subject of the predicate before it and
    /// where that starts: what ", and flew to Dhaka" after the clause
    /// shares.
    pub outer: Option<(Vec<Slot>, Option<usize>)>,
}

impl Previous {
    /// Whether `chunk` lies in the previous predicate's object.
    pub fn has_object(&self, chunk: &super::model::Chunk) -> bool {
        self.object_end.is_some_and(|end| {
            chunk.span.start >= self.trigger_end && chunk.span.end <= end
        })
    }
}

/// What a frame reads besides the model.
pub(crate) struct Ctx<'a, 't> {
    pub rules: &'a RelationRules,
    pub rule: &'a TriggerRule,
    pub model: &'a SentenceModel<'t>,
    pub trigger: &'a Trigger,
    /// Byte bounds of the trigger's clause.
    pub clause: Range<usize>,
    pub previous: Option<&'a Previous>,
    /// The first person of the previous sentence ("He met Putin").
    pub antecedent: Option<&'a Actor>,
    /// The first actor of the document (its headline's subject, in a news
    /// item): who "talks with the U.S." are with, when no one else is.
    pub topic: Option<&'a Actor>,
    /// The latest list of three or more actors before this sentence.
    pub group: &'a [Slot],
    /// The one recipient of the story's latest aid, in an earlier
    /// sentence ("Britain also pledged relief": to it).
    pub aid_recipient: Option<&'a Slot>,
}

impl Ctx<'_, '_> {
    pub fn ts(&self) -> usize {
        self.trigger.span.start
    }

    pub fn te(&self) -> usize {
        self.trigger.span.end
    }

    /// Whether the trigger's first word ends in "-ing" ("signing
    /// accords"), read from its text: a trigger may start inside a token.
    pub fn starts_with_ing(&self) -> bool {
        self.model
            .slice(self.ts()..self.te())
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
    }
}

/// Whether the cooperation noun `trigger` is what a meeting before it is
/// about: the meeting trigger, then "on", "over", "about", "toward(s)" or
/// "for" or "in search of", then at most six words and commas, none a verb
/// or a name ("talks on a free trade agreement", "negotiations over a new
/// border treaty", "will visit A, B and C in search of gas, infrastructure
/// and health care deals"; not "talks on Iraq ended with an agreement").
fn topic_of_talks(
    rules: &RelationRules,
    model: &SentenceModel<'_>,
    trigger: &Trigger,
) -> bool {
    let Some(talks) = model.triggers.iter().rev().find(|t| {
        t.span.end <= trigger.span.start
            && rules.triggers[t.rule].kind == RelationKind::Meeting
    }) else {
        return false;
    };
    // The talks' partners may stand between ("negotiate with the Yemeni
    // Government and the Houthis on a roadmap agreement").
    let mut from = talks.toks.end;
    while from < trigger.toks.start && {
        let t = &model.tokens[from];
        t.chunk.is_some()
            || t.is_punct(',')
            || t.is(crate::lexicon::WordClass::Coordinator)
            || t.is(crate::lexicon::WordClass::Determiner)
    } {
        from += 1;
    }
    // So may a time ("talks on Friday on economic cooperation", "talks
    // later in the day on ..."): a time word, a weekday and the
    // preposition before it, "in the day" after a time word.
    while from < trigger.toks.start {
        let t = &model.tokens[from];
        let weekday_next = model
            .tokens
            .get(from + 1)
            .is_some_and(|n| n.is(WordClass::Weekday));
        if t.is(WordClass::Time)
            || t.is(WordClass::Weekday)
            || (t.is(WordClass::Preposition) && weekday_next)
        {
            from += 1;
        } else if from > 0
            && model.tokens[from - 1].is(WordClass::Time)
            && model.word_is(from, "in")
            && model.word_is(from + 1, "the")
            && from + 3 < trigger.toks.start
        {
            from += 3;
        } else {
            break;
        }
    }
    // "in search of gas, infrastructure and health care deals": a
    // purpose, and a list of what the deals are for.
    let search = model.word_is(from, "in")
        && model.word_is(from + 1, "search")
        && model.word_is(from + 2, "of");
    let skip = if search { 3 } else { 1 };
    let to = trigger.toks.start;
    if from + skip > to || to - from - skip > 6 {
        return false;
    }
    (search
        || model.word_in(
            from,
            &["on", "over", "about", "toward", "towards", "for"],
        ))
        && (from + skip..to).all(|k| {
            let t = &model.tokens[k];
            (t.is_word() || t.is_punct(','))
                && t.chunk.is_none()
                && !t.is(crate::lexicon::WordClass::Verb)
                && !model.word(k).starts_with(char::is_uppercase)
        })
}

/// Whether the cooperation noun `trigger` is a topic: an `about` word
/// before it, then at most two lowercase words ("a message about ties
/// between China and Russia", "dealing with bilateral relations").
fn about_topic(model: &SentenceModel<'_>, trigger: &Trigger) -> bool {
    let mut k = trigger.toks.start;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { return false };
        let t = &model.tokens[p];
        if t.start < model.span.start || !t.is_word() || t.chunk.is_some() {
            return false;
        }
        if t.is(crate::lexicon::WordClass::About) {
            return true;
        }
        // "narrowed differences on a treaty": what two sides differ on is
        // not agreed.
        if model.word_in(p, &["on", "over"])
            && p.checked_sub(1).is_some_and(|q| {
                model.word_in(
                    q,
                    &["differences", "disagreements", "divisions", "gaps"],
                )
            })
        {
            return true;
        }
        // "dealing with": the `about` word before "with".
        if model.word_is(p, "with") {
            k = p;
            continue;
        }
        if model.word(p).starts_with(char::is_uppercase)
            || t.is(crate::lexicon::WordClass::Verb)
        {
            return false;
        }
        k = p;
    }
    false
}

/// Whether `trigger` is inside brackets that open right after
/// `previous` ("an agreement (the Abraham Accords)").
fn names_previous(
    model: &SentenceModel<'_>,
    previous: &Trigger,
    trigger: &Trigger,
) -> bool {
    let (ps, ts) = (previous.span.end, trigger.span.start);
    let Some(before) = model.slice(ps..ts).trim_start().strip_prefix('(')
    else {
        return false;
    };
    let after = model.slice(trigger.span.end..model.span.end);
    !before.contains([')', '('])
        && after.find(')').is_some_and(|i| !after[..i].contains('('))
}

/// Reads every trigger of the sentence with its frame.
pub(crate) fn apply(
    rules: &RelationRules,
    model: &SentenceModel<'_>,
    found: &mut Found,
) {
    let mut previous: Option<Previous> = None;
    let mut implied_meetings = vec![];
    let antecedent = found.antecedent().cloned();
    let topic = found.topic().cloned();
    let group = found.last_group().to_vec();
    // (Updated by the sentence's own aid: "Norway will give Thailand 200
    // million crowns, while Sweden and Finland announced aid packages".)
    let mut aid_recipient = found.aid_recipient(model.sentence_idx).cloned();
    for (k, trigger) in model.triggers.iter().enumerate() {
        // "signed a peace agreement (the Abraham Accords)": a name in
        // brackets right after a trigger is that trigger's, no act of its
        // own.
        if k > 0 && names_previous(model, &model.triggers[k - 1], trigger) {
            continue;
        }
        let mut rule = &rules.triggers[trigger.rule];
        // "called on President Aquino" is a call in person, read as a
        // meeting verb's; "called on Bush to resign", "calling on Vietnam
        // to withdraw" stay an appeal: "to" or "for" within eight words
        // after it, before any punctuation.
        // "Meeting Nayib Bukele in Tapachula, the Mexican leader pledged":
        // a sentence's first word "Meeting" right before a person is a
        // gerund, read as a meeting verb's.
        let gerund = rule.frame == Frame::Noun
            && rule.kind == RelationKind::Meeting
            && trigger.toks.start == 0
            && model.word(0) == "Meeting"
            && model
                .tokens
                .get(trigger.toks.end)
                .and_then(|t| t.chunk)
                .is_some_and(|c| model.chunks[c as usize].is_personal());
        if (rule.frame == Frame::Stance && courtesy_call(model, trigger))
            || gerund
        {
            if let Some(meeting) = rules.triggers.iter().find(|r| {
                r.kind == RelationKind::Meeting
                    && r.frame == Frame::VerbPerson
                    && r.mode == Mode::Unspecified
            }) {
                rule = meeting;
            }
        }
        // "after amending its constitution as agreed and opened talks": a
        // verb between "as" and the clause's end or a coordinator is a
        // manner adverbial with no subject and no object, no act ("as
        // agreed with Japan" keeps its partner).
        if matches!(
            rule.frame,
            Frame::Verb | Frame::VerbPerson | Frame::VerbDirect
        ) && model
            .prev_word(model.span.start, trigger.span.start)
            .is_some_and(|k| model.word_is(k, "as"))
            && model.tokens.get(trigger.toks.end).is_none_or(|t| {
                !t.is_word() || t.is(crate::lexicon::WordClass::Coordinator)
            })
        {
            continue;
        }
        // "the OSCE's Minsk Group, which is co-chaired by France, Russia
        // and the United States": a standing office, not a session held.
        if co_chaired(model, rule, trigger)
            && model
                .prev_word(model.span.start, trigger.span.start)
                .is_some_and(|p| model.word_in(p, &["is", "are"]))
        {
            continue;
        }
        // "and host John Kufuor gave no new date": see `title_host`.
        if rule.frame == Frame::VerbPerson && title_host(model, trigger) {
            continue;
        }
        // "urged them to pull troops back from the border": a bare "back"
        // before a preposition or a clause's end is a particle, no verb.
        if rule.frame == Frame::VerbDirect
            && model.slice(trigger.span.clone()).eq_ignore_ascii_case("back")
            && model.tokens.get(trigger.toks.end).is_none_or(|t| {
                !t.is_word() || t.is(crate::lexicon::WordClass::Preposition)
            })
        {
            continue;
        }
        // "negotiations on a free trade agreement": what talks are about
        // is not yet agreed.
        if rule.kind == RelationKind::Cooperation
            && rule.frame == Frame::Noun
            && (topic_of_talks(rules, model, trigger)
                || about_topic(model, trigger))
        {
            continue;
        }
        let ctx = Ctx {
            rules,
            rule,
            model,
            trigger,
            clause: model.clause(trigger.toks.clone()),
            previous: previous.as_ref(),
            antecedent: antecedent.as_ref(),
            topic: topic.as_ref(),
            group: &group,
            aid_recipient: aid_recipient.as_ref(),
        };
        let mut proto = Proto {
            kind: rule.kind,
            status: Status::Reported,
            mode: rule.mode,
            parties: Parties::None,
            lone: None,
            right_end: trigger.span.end,
            subject_start: None,
            left_floor: None,
            visit: false,
            states: false,
            host: false,
            trigger: trigger.span.clone(),
            sentence: model.sentence_idx,
        };
        let subject = match rule.frame {
            Frame::Verb
            | Frame::VerbPerson
            | Frame::VerbDirect
            | Frame::Noun => svo::find(&ctx, &mut proto),
            Frame::Visit => visit::find(&ctx, &mut proto),
            Frame::Give => give::find(&ctx, &mut proto),
            Frame::Joint => joint::find(&ctx, &mut proto),
            Frame::Ally => ally::find(&ctx, &mut proto),
            Frame::Stance => stance::find(&ctx, &mut proto),
        };
        proto.states = names_states(model, &proto);
        let keep = !proto.is_empty()
            && !defers_to_act(rules, model, trigger, rule.kind)
            && modality::settle(&ctx, &mut proto, &mut found.buf);
        // "met in Bali on the eve of the G-20 summit and agreed": a noun a
        // name right before it modifies ("the G-20 summit", "a NATO
        // meeting") names an event, no predicate whose subject the next
        // verb shares.
        let named_event = rule.frame == Frame::Noun
            && trigger.toks.start.checked_sub(1).is_some_and(|k| {
                model.tokens.get(k).is_some_and(|t| t.chunk.is_some())
            });
        // "received Arafat in Cairo for talks and later telephoned
        // Hussein": a noun whose subject a frame found (the visitor's
        // talks) is no predicate a verb after it shares, when a verb's
        // came before it.
        let noun_after_verb = rule.frame == Frame::Noun
            && previous.as_ref().is_some_and(|p| !p.noun);
        if !subject.is_empty() && !named_event && !noun_after_verb {
            let object_end = matches!(proto.parties, Parties::Cross { .. })
                .then_some(proto.right_end);
            let object = match &proto.parties {
                Parties::Cross { right, .. }
                    if keep && rule.kind == RelationKind::Meeting =>
                {
                    right.clone()
                }
                _ => vec![],
            };
            // (A trigger may start inside a token, past the last one.)
            let host = model
                .tokens
                .get(trigger.toks.start)
                .is_some_and(|t| t.is(crate::lexicon::WordClass::Host));
            // (Past the determiners of the subject: "after the two sides".)
            let subordinate = proto.subject_start.is_some_and(|start| {
                let mut k = model.tok_at(start);
                while k > 0
                    && model.tokens[k - 1]
                        .is(crate::lexicon::WordClass::Determiner)
                {
                    k -= 1;
                }
                k > 0
                    && model.tokens[k - 1]
                        .is(crate::lexicon::WordClass::Subordinator)
            });
            let outer = previous
                .as_ref()
                .filter(|_| subordinate)
                .map(|p| (p.subject.clone(), p.subject_start));
            previous = Some(Previous {
                outer,
                subject,
                subject_start: proto.subject_start,
                trigger_end: trigger.span.end,
                object_end,
                object,
                host,
                visit: rule.frame == Frame::Visit,
                meeting: rule.kind == RelationKind::Meeting,
                noun: rule.frame == Frame::Noun,
                kept: keep,
            });
        }
        // Relief or forces arriving to help are aid too ("Military planes
        // from New Zealand landed in Tonga carrying supplies. Japan also
        // pledged help": to Tonga).
        let aid = rule.frame == Frame::Give
            || (rule.frame == Frame::Visit
                && proto.kind == RelationKind::Cooperation);
        if keep && aid {
            if let Parties::Cross { right, .. } = &proto.parties {
                found.aided(model.sentence_idx, right);
                aid_recipient = found.latest_aid_recipient().cloned();
            }
        }
        if keep {
            // After the sentence's own meetings: a meeting trigger that
            // names the same pair gives its evidence first.
            let at_home = met_at_home(model, &proto)
                .or_else(|| signed_in_partner_country(model, &proto));
            let host = hosted_by(model, &proto);
            // (A hosted signing's meeting is the host's rule's, below.)
            if at_home.is_none() && host.is_none() && rule.frame != Frame::Give
            {
                implied_meetings.extend(agreed_in_talks(model, &proto));
            }
            implied_meetings.extend(at_home);
            implied_meetings.extend(agreed_by_phone(rules, model, &proto));
            // "a session co-chaired by Mottaki and his Turkmen
            // counterpart": who chair one session together meet there.
            if at_hosts(model, &proto) || co_chaired(model, rule, trigger) {
                implied_meetings.push(proto.meeting(Mode::Unspecified));
            }
            if let Some(host) = host {
                // "Beshir and Deby signed an accord at a mini-summit hosted
                // by Kadhafi": a hosted signing is in person.
                implied_meetings
                    .extend(together_in_person(model, &proto).map(|(m, _)| m));
                implied_meetings.push(host);
            }
            found.push(proto);
        }
    }
    for meeting in implied_meetings {
        found.push(meeting);
    }
    if rules.cues.military.is_some() {
        joint::military_lists(rules, model, |p| found.push(p));
    }
}

/// Whether a joint trigger is a form of "co-chair".
fn co_chaired(
    model: &SentenceModel<'_>,
    rule: &super::rules::TriggerRule,
    trigger: &Trigger,
) -> bool {
    rule.frame == Frame::Joint
        && model
            .slice(trigger.span.clone())
            .get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("co-chair"))
}

/// "Lourenco hosted both leaders in Luanda, where they agreed on a
/// roadmap": a cooperation of a group whose trigger follows ", where
/// they" (at most two words between) after a verb of hosting earlier in
/// the sentence: the guests acted together at their host's.
fn at_hosts(model: &SentenceModel<'_>, proto: &Proto) -> bool {
    if proto.kind != RelationKind::Cooperation
        || !matches!(
            proto.parties,
            Parties::Within(_) | Parties::Collective(_)
        )
    {
        return false;
    }
    let t = model.tok_at(proto.trigger.start);
    let Some(they) =
        (t.saturating_sub(3)..t).find(|&k| model.word_is(k, "they"))
    else {
        return false;
    };
    they >= 2
        && model.word_is(they - 1, "where")
        && model.tokens[they - 2].is_punct(',')
        && (0..they - 2).any(|k| model.tokens[k].is(WordClass::Host))
}

/// The group of a cooperation whose every member is a person or an
/// official, of two countries or more: a MEETING of them, and their
/// countries, when they acted together in person.
fn together_in_person(
    model: &SentenceModel<'_>,
    proto: &Proto,
) -> Option<(Proto, Vec<EntityId>)> {
    // "A and B signed"; or a deal made by one with another ("A signed a
    // treaty with B", "negotiated the deal with B": a `made` verb).
    let made = model
        .tokens
        .get(model.tok_at(proto.trigger.start))
        .is_some_and(|t| t.is(WordClass::Made));
    let group: Vec<&Slot> = match &proto.parties {
        Parties::Within(group) => group.iter().collect(),
        Parties::Cross { left, right, .. } if made => {
            left.iter().chain(right).collect()
        }
        _ => return None,
    };
    if proto.kind != RelationKind::Cooperation || group.len() < 2 {
        return None;
    }
    let mut countries = vec![];
    for slot in group {
        // The slot's personal chunk: a dateline's "Honduras" has the slot
        // of "the foreign ministers of Honduras" below it.
        let chunk =
            model.chunks.iter().find(|c| &c.slot == slot && c.is_personal());
        let country = match (chunk, slot) {
            // Forces acting together ("Chinese and Pakistani troops began
            // a joint exercise") hold no meeting.
            (Some(chunk), _) if chunk.military => return None,
            (Some(chunk), _) => chunk.actor()?.country?,
            // "He and Prime Minister Marek Belka agreed": a person a
            // pronoun names, with no chunk here.
            (None, Slot::Actor(a))
                if a.country
                    .is_some_and(|c| *a != Actor::official(c, a.role))
                    && model
                        .slice(model.span.clone())
                        .split_whitespace()
                        .any(|w| matches!(w, "He" | "he" | "She" | "she")) =>
            {
                a.country?
            }
            _ => return None,
        };
        countries.push(country);
    }
    if countries.iter().all(|c| *c == countries[0]) {
        return None;
    }
    Some((proto.meeting(Mode::Unspecified), countries))
}

/// Whether a one-word trigger that is also a `peer` noun ("host") is the
/// title of the person right after it, who does something else next: "and
/// host John Kufuor gave no new date". Not after a determiner or a name
/// ("his Georgian host Saakashvili pledged": whose host he is, a
/// meeting), nor before a trigger ("where host Kufuor welcomed him").
fn title_host(model: &SentenceModel<'_>, trigger: &Trigger) -> bool {
    let k = trigger.toks.start;
    if trigger.toks.len() != 1
        || !model.lexicon.is(model.word(k), WordClass::Peer)
        || (k > 0
            && (model.tokens[k - 1].is(WordClass::Determiner)
                || model.tokens[k - 1].chunk.is_some()
                || model.word(k - 1).starts_with(char::is_uppercase)))
    {
        return false;
    }
    let Some(person) = model
        .tokens
        .get(k + 1)
        .and_then(|t| t.chunk)
        .map(|c| &model.chunks[c as usize])
        .filter(|c| {
            c.toks.start == k + 1 && c.kind == model::ChunkKind::Person
        })
    else {
        return false;
    };
    let next = person.toks.end;
    let word = model
        .tokens
        .get(next)
        .filter(|t| t.is_word())
        .map(|_| model.word(next));
    !model.triggers.iter().any(|t| t.toks.start == next)
        && word.is_some_and(|w| {
            model.tokens[next].is(WordClass::Verb)
                || (w.len() > 3
                    && w.ends_with("ed")
                    && w.chars().all(|c| c.is_ascii_lowercase()))
        })
}

/// Whether `trigger` is "called on" or "calling on" with no "to" or "for"
/// within the eight words after it, before any punctuation but the commas
/// of an apposition ("calling on General Noriega, the armed forces
/// commander, to step down" is an appeal).
fn courtesy_call(model: &SentenceModel<'_>, trigger: &Trigger) -> bool {
    let on = model.slice(trigger.span.clone());
    let call = on.eq_ignore_ascii_case("called on")
        || on.eq_ignore_ascii_case("calling on");
    if !call {
        return false;
    }
    let n = model.tokens.len();
    let (mut k, mut words, mut in_apposition) = (trigger.toks.end, 0, false);
    // (Up to another trigger: "called on Xi and flew to Tokyo" is a
    // call and a journey. An apposition's words count apart, eight too.)
    let mut apposition_words = 0;
    while k < n
        && words < 8
        && apposition_words < 8
        && !model.triggers.iter().any(|t| t.toks.start == k)
    {
        let token = &model.tokens[k];
        if token.is_punct(',') {
            // An apposition opens with a determiner and closes with a
            // comma; one only.
            let opens = !in_apposition
                && words > 0
                && model
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is(WordClass::Determiner));
            if !(opens || in_apposition) {
                return true;
            }
            in_apposition = !in_apposition;
        } else if !token.is_word() {
            return true;
        } else if model.word_in(k, &["to", "for"]) {
            return false;
        } else if in_apposition {
            apposition_words += 1;
        } else {
            words += 1;
        }
        k += 1;
    }
    true
}

/// "Chavez and Castro signed 49 agreements in Havana": people of two
/// countries acting together in a place met there. A MEETING of the group
/// beside the cooperation, when every member is a person or an official,
/// and "in" a site follows the trigger within eight words ("in the
/// Kremlin", "signed protocols in Zurich"), or "ceremony" or "sidelines"
/// does ("signed the accord at a ceremony", "on the sidelines"), or
/// "here" does (below the dateline, if any), or the wire's dateline names
/// one member's country.
fn met_at_home(model: &SentenceModel<'_>, proto: &Proto) -> Option<Proto> {
    let (meeting, countries) = together_in_person(model, proto)?;
    // "BELGRADE, March 18 - Soviet leader Mikhail Gorbachev and Yugoslav
    // President Lazar Mojsov signed a joint declaration": the wire's
    // dateline is where, when it is one member's capital; not for the
    // headline above it ("MULRONEY, REAGAN SIGN FREE TRADE PACT / OTTAWA
    // - ... in separate ceremonies").
    if model
        .dateline_country
        .is_some_and(|dateline| countries.contains(&dateline))
        && proto.trigger.start >= model.dateline_start
    {
        return Some(meeting);
    }
    // Past the parties when they follow ("a deal reached by Lula and
    // Paraguayan President Fernando Lugo in Asuncion").
    let from = proto.trigger.end.max(proto.right_end);
    let end = model.words_forward(from, model.span.end, 8);
    // "signed an accord here": where the story was filed, whosever it is
    // and whether a dateline names it or not (a slug "TIMISOARA" above
    // "a treaty signed here today by"); not in a headline above a
    // dateline.
    let here = proto.trigger.start >= model.dateline_start;
    // ("on the sidelines" of a summit: they were both there.)
    let occasion =
        (model.tok_at(proto.trigger.end)..model.tok_at(end)).any(|k| {
            model.word_in(k, &["ceremony", "ceremonies", "sidelines"])
                || (here && model.word_is(k, "here"))
        });
    // "arrived in Argentina from Brazil, where he signed a string of deals
    // with Lula": a "where" clause after a site says where they acted.
    let t = model.tok_at(proto.trigger.start);
    let where_site = (1..t)
        .rev()
        .take(12)
        .find(|&j| model.word_is(j, "where"))
        .is_some_and(|j| {
            model.tokens[j - 1].is_punct(',')
                && model.sites.iter().any(|s| s.toks.end == j - 1)
                && (j..t).all(|x| model.relative[x])
        });
    if occasion || where_site {
        return Some(meeting);
    }
    let site = model.sites.iter().find(|s| {
        s.span.start >= proto.trigger.end
            && s.span.end <= end
            && (in_before(model, s.toks.start)
                || at_the(model, s.toks.start)
                || on_island(model, s.toks.clone()))
    })?;
    // Where they acted, not what the deal is about: only the deal's own
    // words between ("to invest in Ukraine", "setting up a fund in" are
    // another verb's).
    // (From the verb that made a deal told by its noun: "A memorandum on
    // refugees who fled Myanmar was signed in Dhaka by".)
    let first = model.tok_at(proto.trigger.end);
    let first = (first..site.toks.start)
        .rev()
        .find(|&k| {
            model.tokens[k].is(crate::lexicon::WordClass::Made)
                && model.tokens[k.saturating_sub(1)]
                    .is(crate::lexicon::WordClass::Passive)
        })
        .map_or(first, |k| k + 1);
    let gap = first..site.toks.start;
    let another_verb = gap.into_iter().any(|k| {
        let w = model.word(k);
        model.tokens[k].is_punct(',')
            || model.word_is(k, "to")
            || (w.len() > 4 && w.ends_with("ing"))
            || model.tokens[k].is(crate::lexicon::WordClass::Relative)
    });
    (!another_verb).then_some(meeting)
}

/// "DOHA - ... signed a gas supply agreement with South Korea in Seoul",
/// "BRASILIA - Chinese President Hu Jintao ... signed a raft of agreements
/// with Brazil": people who make a deal (a `made` word in the trigger or
/// the eight tokens before it) with a country, in that country (a site of it
/// after "in" within four words past the country, or the wire's dateline
/// above), or with countries "on" or "during" stops, visits or legs of a
/// tour (within four words past the last), went there. A MEETING of the
/// signers and the countries beside the cooperation.
fn signed_in_partner_country(
    model: &SentenceModel<'_>,
    proto: &Proto,
) -> Option<Proto> {
    if proto.kind != RelationKind::Cooperation {
        return None;
    }
    let Parties::Cross { left, right, .. } = &proto.parties else {
        return None;
    };
    let (t, t_end) =
        (model.tok_at(proto.trigger.start), model.tok_at(proto.trigger.end));
    if !(t.saturating_sub(8)..t_end)
        .any(|k| model.tokens[k].is(WordClass::Made))
    {
        return None;
    }
    // Every partner a country's own name (no allocation: a rare path, per
    // kept cooperation).
    let partner = |slot: &Slot| {
        model
            .chunks
            .iter()
            .find(|c| &c.slot == slot && c.kind == model::ChunkKind::Country)
            .and_then(|c| Some((c, c.actor()?.country?)))
    };
    if !right.iter().all(|s| partner(s).is_some()) {
        return None;
    }
    let (last, _) = partner(right.last()?)?;
    // Each signer's own chunk, the last before the trigger (a country and
    // its unnamed officials share a slot), names a person or an official.
    for slot in left {
        let signer = model
            .chunks
            .iter()
            .rfind(|c| &c.slot == slot && c.span.end <= proto.trigger.start)?;
        let country = signer.actor()?.country?;
        if !signer.is_personal()
            || signer.military
            || right
                .iter()
                .any(|s| partner(s).is_some_and(|(_, c)| c == country))
        {
            return None;
        }
    }
    let end = model.words_forward(last.span.end, model.span.end, 4);
    let (from, to) = (model.tok_at(last.span.end), model.tok_at(end));
    // "signed agreements with Samoa and Kiribati on earlier stops": on a
    // stop, a visit or a leg of a tour, with every partner.
    let on_stops = (from..to).any(|k| {
        model.word_in(k, &["on", "during"])
            && (k + 1..to.min(k + 4)).any(|j| {
                model.word_in(
                    j,
                    &["stop", "stops", "visit", "visits", "leg", "legs"],
                )
            })
    });
    if on_stops {
        return Some(proto.meeting(Mode::Unspecified));
    }
    let [only] = right.as_slice() else { return None };
    let (_, country) = partner(only)?;
    let dateline = model.dateline_country == Some(country)
        && proto.trigger.start >= model.dateline_start;
    let site = model.sites.iter().any(|s| {
        s.country == country
            && s.span.start >= last.span.end
            && s.span.end <= end
            && in_before(model, s.toks.start)
    });
    (dateline || site).then(|| proto.meeting(Mode::Unspecified))
}

/// "Bush and Putin agreed to step up co-operation, after talks in
/// Bratislava", "a deal reached with Britain, France and Germany in talks
/// in Paris", "Sign Agreement After Historic Singapore Summit": what the
/// parties agreed in or after talks or a summit told of right there, they
/// met for. A MEETING of the cooperation's parties when "after",
/// "following", "during", "in" or "at" comes after the trigger with a
/// meeting noun within its next three words (six past an "of": "at the
/// end of a three-day summit", "after 21 days of talks"), and no actor but the parties
/// stands between (another's talks) or right after the noun ("talks with
/// Japan"), and no capitalised name before the noun (a gathering of many).
fn agreed_in_talks(model: &SentenceModel<'_>, proto: &Proto) -> Option<Proto> {
    if proto.kind != RelationKind::Cooperation
        || !matches!(proto.parties, Parties::Within(_) | Parties::Cross { .. })
    {
        return None;
    }
    let from = model.tok_at(proto.trigger.end);
    let n = model.tokens.len();
    let (k, noun) = (from..n).find_map(|k| {
        // "at the end of a three-day summit", "after a morning of talks":
        // past an "of" among the first three words, three more.
        // (Not "after a decade of talks": negotiations, no meeting.)
        let of = (k + 2..n.min(k + 4)).any(|j| {
            model.word_is(j, "of")
                && !model.word_in(
                    j - 1,
                    &["decade", "decades", "year", "years", "month", "months"],
                )
        });
        let reach = if of { 7 } else { 4 };
        model
            .word_in(k, &["after", "following", "during", "in", "at"])
            .then(|| {
                (k + 1..n.min(k + reach))
                    .find(|&j| model.word_in(j, &svo::OCCASIONS))
            })
            .flatten()
            .map(|j| (k, j))
    })?;
    let parties: Vec<&Slot> = match &proto.parties {
        Parties::Within(group) => group.iter().collect(),
        Parties::Cross { left, right, .. } => {
            left.iter().chain(right).collect()
        }
        _ => return None,
    };
    let between = model.chunks_in(proto.trigger.end..model.tokens[k].start);
    // (Not the subject of a reporting clause between: "..., Japanese
    // officials told reporters after two days of informal talks in
    // Krasnoyarsk".)
    let reports = |c: &model::Chunk| {
        model
            .tokens
            .get(c.toks.end)
            .is_some_and(|t| t.is(WordClass::Reporting))
    };
    let others = model.chunks[between].iter().any(|c| {
        c.actor().is_some() && !parties.contains(&&c.slot) && !reports(c)
    });
    let own_parties = model.word_in(noun + 1, &["with", "between", "among"]);
    // "after an Arab summit", "at the G8 summit": a named gathering of
    // many, not the parties' own (a Title Case headline capitalises all).
    let capital = |j: usize| model.word(j).starts_with(char::is_uppercase);
    let named = !capital(noun) && (k + 1..noun).any(capital);
    (!others && !own_parties && !named)
        .then(|| proto.meeting(Mode::Unspecified))
}

/// Whether "in" or "in the" stands right before token `k` ("in Havana",
/// "in the Kremlin").
fn in_before(model: &SentenceModel<'_>, k: usize) -> bool {
    let at = |back: usize| k.checked_sub(back);
    at(1).is_some_and(|p| model.word_is(p, "in"))
        || (at(1).is_some_and(|p| model.word_is(p, "the"))
            && at(2).is_some_and(|p| model.word_is(p, "in")))
}

/// "signed a treaty at the Vatican", "at the Kremlin": "at the" before a
/// site, not after a verb of aiming ("aimed at the United States").
fn at_the(model: &SentenceModel<'_>, k: usize) -> bool {
    k >= 3
        && model.word_is(k - 1, "the")
        && model.word_is(k - 2, "at")
        && !model.word_in(
            k - 3,
            &["aimed", "directed", "targeted", "pointed", "angry", "looked"],
        )
}

/// "on the Indonesian island of Lombok": "on the" before a site that
/// names an island.
fn on_island(model: &SentenceModel<'_>, toks: Range<usize>) -> bool {
    toks.start >= 2
        && model.word_is(toks.start - 2, "on")
        && model.word_is(toks.start - 1, "the")
        && toks.into_iter().any(|k| model.word_in(k, &["island", "islands"]))
}

/// "Cardoso and Menem agreed by telephone to coordinate": what two sides
/// agreed by phone or video they agreed in a call, a MEETING held so,
/// when the cue follows the trigger within four words.
fn agreed_by_phone(
    rules: &RelationRules,
    model: &SentenceModel<'_>,
    proto: &Proto,
) -> Option<Proto> {
    if proto.kind != RelationKind::Cooperation
        || matches!(proto.parties, Parties::None)
    {
        return None;
    }
    let end = model.words_forward(proto.trigger.end, model.span.end, 4);
    let after = model.slice(proto.trigger.end..end);
    let mode = if hits(&rules.cues.mode_phone, after) {
        Mode::Phone
    } else if hits(&rules.cues.mode_video, after) {
        Mode::Video
    } else {
        return None;
    };
    Some(proto.meeting(mode))
}

/// Whether a bare country or capital chunk lies among the frame's parties.
fn names_states(model: &SentenceModel<'_>, proto: &Proto) -> bool {
    let from = proto.subject_start.unwrap_or(proto.trigger.start);
    let to = proto.right_end.max(proto.trigger.end);
    model.chunks[model.chunks_in(from..to)].iter().any(|c| {
        matches!(
            c.kind,
            super::model::ChunkKind::Country
                | super::model::ChunkKind::Capital
        )
    })
}

/// "agreed to meet again": an agreement whose object is a meeting is that
/// (planned) meeting, not cooperation; "New Zealand, Malaysia and Portugal
/// have also agreed to send troops": one whose object is a giving is that
/// giving by each, no cooperation among the givers.
fn defers_to_act(
    rules: &RelationRules,
    model: &SentenceModel<'_>,
    trigger: &Trigger,
    kind: RelationKind,
) -> bool {
    if kind != RelationKind::Cooperation
        || !model
            .word(trigger.toks.start)
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("agree"))
        || !model.word_is(trigger.toks.end, "to")
    {
        return false;
    }
    let next = model.tok_start(trigger.toks.end + 1);
    model.triggers.iter().any(|t| {
        let rule = &rules.triggers[t.rule];
        t.span.start == next
            && (rule.kind == RelationKind::Meeting
                || rule.frame == Frame::Give)
    })
}

/// "Rabin and Arafat shook hands at a White House ceremony hosted by
/// President Bill Clinton", "signed the accord at a summit hosted by
/// Mobutu": who hosts the occasion of a meeting or a signing meets its
/// parties; so does one "in the presence of" whom they signed or talked.
/// "hosted by" or "chaired by" right after a noun (not "was hosted by", the passive the
/// subject-verb-object frame reads), or "in the presence of", within
/// twelve words after the trigger and in its sentence, then the host's
/// chunk.
fn hosted_by(model: &SentenceModel<'_>, proto: &Proto) -> Option<Proto> {
    if matches!(proto.parties, Parties::None | Parties::Collective(_)) {
        return None;
    }
    let end = model.words_forward(proto.trigger.end, model.span.end, 12);
    // "signed a treaty in Brasilia on Monday ending their decades-old
    // border dispute, at a ceremony hosted by Cardoso": farther, up to
    // sixteen words, when an occasion noun is what was hosted.
    let far = model.words_forward(proto.trigger.end, model.span.end, 16);
    let near_end = model.tok_at(end);
    let from = model.tok_at(proto.trigger.end);
    let hosted = (from..model.tok_at(far)).find(|&k| {
        // "signed the agreement in Jeddah, in the presence of King
        // Salman": who witnesses a signing or talks in person meets their
        // parties as a host does.
        if k >= 2
            && k < near_end
            && model.word_is(k, "presence")
            && model.word_is(k + 1, "of")
            && model.word_is(k - 1, "the")
            && model.word_is(k - 2, "in")
        {
            return true;
        }
        // "Talks between Eritrea and Ethiopia, chaired by Bouteflika":
        // who chairs talks sits with their parties as a host does.
        if k == 0
            || !model.word_in(k, &["hosted", "chaired"])
            || !model.word_is(k + 1, "by")
        {
            return false;
        }
        if k >= near_end
            && !model.word_in(
                k - 1,
                &["ceremony", "summit", "talks", "meeting", "signing"],
            )
        {
            return false;
        }
        // "held talks in Antalya, hosted by Cavusoglu": after a comma too.
        let comma = k > 1 && model.tokens[k - 1].is_punct(',');
        let before = &model.tokens[if comma { k - 2 } else { k - 1 }];
        before.is_word()
            && (comma || before.chunk.is_none())
            && !before.is(WordClass::Auxiliary)
            && !before.is(WordClass::Passive)
    })?;
    // "after talks in Berlin with Scholz and a stop in Copenhagen hosted by
    // Frederiksen": a phrase coordinated after the trigger's is what was
    // hosted.
    if (from..hosted).any(|k| {
        model.tokens[k].is_punct(';')
            || (model.word_is(k, "and")
                && model
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.is(WordClass::Determiner)))
    }) {
        return None;
    }
    // ("chaired by the Japanese foreign minister": past an article.)
    let at = if model.tokens.get(hosted + 2)?.is(WordClass::Determiner) {
        hosted + 3
    } else {
        hosted + 2
    };
    let chunk = &model.chunks[model.tokens.get(at)?.chunk? as usize];
    let host = chunk.actor()?;
    let members: Vec<Slot> = match &proto.parties {
        Parties::Within(group) => group.clone(),
        Parties::Cross { left, right, .. } => {
            left.iter().chain(right).cloned().collect()
        }
        Parties::None | Parties::Collective(_) => return None,
    };
    // "a four-way summit hosted by Mubarak and also attended by Jordan's
    // King Abdullah": one who attended it too met its host and parties.
    let k = chunk.toks.end;
    let j = if model.word_in(k + 1, &["also", "was"]) { k + 2 } else { k + 1 };
    let guest = (model.word_is(k, "and")
        && model.word_is(j, "attended")
        && model.word_is(j + 1, "by"))
    .then(|| model.tokens.get(j + 2).and_then(|t| t.chunk))
    .flatten()
    .map(|ci| &model.chunks[ci as usize])
    .filter(|g| g.actor().is_some() && !members.contains(&g.slot));
    let mut hosts = vec![chunk.slot.clone()];
    let mut members = members;
    // A host the frame already made a party (the summit's agent): the
    // guest meets them all.
    if members
        .iter()
        .any(|m| matches!(m, Slot::Actor(a) if a.entity == host.entity))
    {
        guest?;
        members.retain(
            |m| !matches!(m, Slot::Actor(a) if a.entity == host.entity),
        );
    }
    let mut right_end = chunk.span.end;
    if let Some(guest) = guest {
        hosts.push(guest.slot.clone());
        right_end = guest.span.end;
    }
    let mutual = Mutual { left: hosts.len() > 1, right: false };
    Some(Proto {
        parties: Parties::Cross { left: hosts, right: members, mutual },
        trigger: model.tokens[hosted].start..model.tokens[hosted + 1].end,
        right_end,
        host: true,
        ..proto.meeting(Mode::Unspecified)
    })
}
