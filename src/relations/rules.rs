//! `relations.tsv` -> [`RelationRules`]: trigger rules (kind, frame, mode)
//! and the cue regexes that frames and modality read.
//!
//! Every row is compiled on its own first, so that a bad regex is reported
//! at its own file, line and column; rows of the same (kind, pattern) from
//! all layers are then joined into one regex, so a sentence is scanned once
//! per rule, not once per row.

use regex_automata::meta;

use crate::error::{Error, Result};
use crate::gazetteer::{CueRow, EntityId, Gazetteer};

use super::scan::TriggerScan;
use super::{Mode, RelationKind};

/// A compiled cue: the `regex-automata` meta engine, so that the cues
/// searched in short windows can skip building literal prefilters (most
/// of their compile time) while the document scans keep theirs.
pub(crate) type Regex = meta::Regex;

/// Default for [`RelationRules::max_parties`].
pub const DEFAULT_MAX_PARTIES: usize = 12;

/// How a trigger's parties are found (the `pattern` column of a MEETING or
/// COOPERATION row).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// `actor TRIGGER [with|to|by] actor`; "A and B TRIGGER".
    Verb,
    /// As `Verb`, but the object must be a person or an official.
    VerbPerson,
    /// As `Verb`, but the object must follow right after the trigger
    /// ("assist Taiwan", "help the Afghan government").
    VerbDirect,
    /// `TRIGGER between A and B`; `A-B TRIGGER`; `A's TRIGGER with B`;
    /// `A ... TRIGGER with B`; "A and B ... TRIGGER".
    Noun,
    /// `VISITOR TRIGGER PLACE`: a visit to a country or one of its places
    /// is a meeting of the visitor's country with it.
    Visit,
    /// `GIVER TRIGGER to|for RECIPIENT`: aid, troops, money given.
    Give,
    /// Forces of two or more countries acting together: "US and Iraqi
    /// forces stormed ...", "a joint US-Afghan operation".
    Joint,
    /// A relation noun said of one party: "A's allies B and C", "B, an
    /// ally of A", "A ... French, German allies".
    Ally,
    /// A coordinated subject group urging a third together: "China and
    /// Singapore urged the world to ...".
    Stance,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "verb" => Frame::Verb,
            "verb-person" => Frame::VerbPerson,
            "verb-direct" => Frame::VerbDirect,
            "noun" => Frame::Noun,
            "visit" => Frame::Visit,
            "give" => Frame::Give,
            "joint" => Frame::Joint,
            "ally" => Frame::Ally,
            "stance" => Frame::Stance,
            _ => return None,
        })
    }

    /// The order of frames at one position: the more specific first.
    fn priority(self) -> u8 {
        match self {
            Frame::Give => 0,
            Frame::Visit => 1,
            Frame::Joint => 2,
            Frame::Ally => 2,
            Frame::VerbDirect => 3,
            Frame::VerbPerson => 4,
            Frame::Verb => 5,
            Frame::Noun => 6,
            // Last: "calls on" urges, unless a meeting's words go on
            // ("held separate calls on Friday with").
            Frame::Stance => 7,
        }
    }

    /// Whether the trigger may be used as a noun ("the visit"): verb
    /// frames are not.
    pub(crate) fn is_verbal(self) -> bool {
        matches!(self, Frame::Verb | Frame::VerbPerson | Frame::VerbDirect)
    }
}

/// One trigger rule: all rows of one (kind, frame, mode), joined.
#[derive(Debug)]
pub(crate) struct TriggerRule {
    pub kind: RelationKind,
    pub frame: Frame,
    pub mode: Mode,
}

/// The cue regexes that are not triggers.
#[derive(Debug, Default)]
pub(crate) struct Cues {
    pub negation_left: Option<Regex>,
    pub negation_right: Option<Regex>,
    pub negation_clause: Option<Regex>,
    pub negation_sentiment: Option<Regex>,
    pub negation_urging: Option<Regex>,
    /// Asking for what a `give` trigger gives ("called for more aid to"):
    /// the one who asks is not the giver.
    pub negation_request: Option<Regex>,
    /// An offer to meet is no meeting ("offered to host Putin"): MEETING
    /// frames only (an offer of aid is a pledge).
    pub negation_offer: Option<Regex>,
    /// COOPERATION frames only, in the left window: what is ended was
    /// cooperation ("ended the alliance"); a meeting that ended took place
    /// ("ended their talks").
    pub negation_ending: Option<Regex>,
    pub negation_domain: Option<Regex>,
    pub negation_hostile: Option<Regex>,
    /// MEETING frames only: a clause opened by "but" or "yet" right
    /// after the frame's says the parties did not meet.
    pub negation_after: Option<Regex>,
    pub planned_left: Option<Regex>,
    /// "by telephone", "over a video link" after a meeting trigger.
    pub mode_phone: Option<Regex>,
    pub mode_video: Option<Regex>,
    pub planned_right: Option<Regex>,
    pub intent: Option<Regex>,
    pub collective_parties: Option<Regex>,
    pub collective_countries: Option<Regex>,
    /// Either collective regex, as one: whether a sentence has a
    /// collective at all, in one pass instead of two (most sentences have
    /// none).
    pub collective_any: Option<Regex>,
    /// Nouns of unnamed officials after a demonym or a country's
    /// ("officials", "delegation"), anchored at the start of the rest of
    /// the sentence, with up to two lowercase modifiers or model names
    /// ("Su-30", "F/A-18") before them ("Indian Su-30 jets").
    pub official_noun: Option<Regex>,
    /// "the leaders of", "a delegation from the" right before a name.
    pub official_of: Option<Regex>,
    /// The military nouns among the official nouns ("forces", "troops"),
    /// at the end of a noun phrase.
    pub military: Option<Regex>,
}

/// The compiled cues of `relations.tsv`.
#[derive(Debug)]
pub struct RelationRules {
    /// The trigger rules, in the order they are tried at one position.
    pub(crate) triggers: Vec<TriggerRule>,
    /// Every trigger rule in one regex, one pattern per rule, in order: a
    /// document is scanned once, whatever the number of rules, and a
    /// match's pattern is the index of its rule in `triggers`.
    pub(crate) trigger_scan: Option<TriggerScan>,
    /// The trigger rules' sources, for the test that the scan agrees with
    /// an unanchored search of them.
    #[cfg(test)]
    pub(crate) trigger_sources: Vec<String>,
    pub(crate) cues: Cues,
    /// Combining forms ("Sino" -> CHN) for hyphenated pairs.
    pub(crate) combining: Vec<(String, EntityId)>,
    max_parties: usize,
}

fn alternation(triggers: &[String]) -> String {
    let body: Vec<String> =
        triggers.iter().map(|t| format!("(?:{t})")).collect();
    body.join("|")
}

/// ASCII mode, case-insensitive: cues are English words, and Unicode
/// classes (`\w`, `\s`) would make every regex far larger and slower to
/// build. `prefilter`: only for regexes that scan whole documents.
fn compile(
    src: &str,
    prefilter: bool,
) -> std::result::Result<Regex, regex::Error> {
    meta::Builder::new()
        .syntax(syntax())
        .configure(
            meta::Config::new()
                .auto_prefilter(prefilter)
                .which_captures(
                    regex_automata::nfa::thompson::WhichCaptures::Implicit,
                )
                .nfa_size_limit(Some(1 << 24))
                .hybrid_cache_capacity(1 << 24),
        )
        .build(src)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

/// The syntax of every cue and trigger regex: case-insensitive, ASCII
/// classes (`\w` is `[0-9A-Za-z_]`), matching UTF-8 text.
fn syntax() -> regex_automata::util::syntax::Config {
    regex_automata::util::syntax::Config::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(true)
}

/// The trigger rules as one regex of one pattern per rule, in order: a
/// match's pattern is its rule (leftmost-first: at one position the
/// first rule that matches wins, as in an alternation). The scan itself
/// is a [`TriggerScan`]; this unanchored search is what it must agree
/// with (tested).
#[cfg(test)]
pub(crate) fn compile_scan(
    sources: &[String],
) -> std::result::Result<Regex, regex::Error> {
    meta::Builder::new()
        .syntax(syntax())
        .configure(
            meta::Config::new()
                .which_captures(
                    regex_automata::nfa::thompson::WhichCaptures::Implicit,
                )
                .nfa_size_limit(Some(1 << 25))
                .hybrid_cache_capacity(1 << 24),
        )
        .build_many(sources)
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

/// Parses `src` as [`compile`] would, without compiling it.
fn check_syntax(src: &str) -> std::result::Result<(), regex::Error> {
    regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .unicode(false)
        .utf8(true)
        .build()
        .parse(src)
        .map(|_| ())
        .map_err(|e| regex::Error::Syntax(e.to_string()))
}

/// Compiles every job, on all cores (each thread takes every n-th job);
/// the first failing job, in job order, is the error.
fn compile_all(jobs: &[Job<'_>]) -> Result<Vec<Regex>> {
    // One core is left to the caller's other work (the automaton, the
    // trigger set).
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .saturating_sub(1)
        .clamp(1, 4)
        .min(jobs.len().max(1));
    let mut results: Vec<Option<std::result::Result<Regex, regex::Error>>> =
        (0..jobs.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    (t..jobs.len())
                        .step_by(threads)
                        .map(|i| {
                            (i, compile(&jobs[i].src, jobs[i].target.scans()))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, r) in handle.join().expect("compiling does not panic") {
                results[i] = Some(r);
            }
        }
    });
    jobs.iter()
        .zip(results)
        .map(|(job, r)| {
            r.expect("every job compiled").map_err(|e| Error::Regex {
                file: job.origin.file.clone(),
                line: job.origin.line,
                column: 3,
                source: Box::new(e),
            })
        })
        .collect()
}

/// One (kind, pattern) with the rows that feed it.
struct Joined<'g> {
    kind: String,
    pattern: String,
    triggers: Vec<String>,
    first: &'g CueRow,
}

/// Where a compiled cue regex goes.
#[derive(Clone, Copy, Debug)]
enum Target {
    Trigger(RelationKind, Frame, Mode),
    NegationLeft,
    NegationRight,
    NegationSentiment,
    NegationClause,
    NegationUrging,
    NegationRequest,
    NegationOffer,
    NegationEnding,
    NegationDomain,
    NegationHostile,
    NegationAfter,
    PlannedLeft,
    PlannedRight,
    ModePhone,
    ModeVideo,
    CollectiveParties,
    CollectiveCountries,
    CollectiveAny,
    Intent,
    Military,
    OfficialOf,
    OfficialNoun,
}

impl Target {
    /// Whether the regex scans whole documents (and so wants a literal
    /// prefilter), not a short window.
    fn scans(self) -> bool {
        matches!(
            self,
            Target::CollectiveParties
                | Target::CollectiveCountries
                | Target::CollectiveAny
        )
    }
}

/// One regex to compile, and the row its errors are reported at.
struct Job<'g> {
    target: Target,
    src: String,
    origin: &'g CueRow,
}

impl RelationRules {
    /// Compiles the cue rows of `gazetteer`.
    ///
    /// Start-up time matters for short articles: rows are only parsed one
    /// by one (for errors at their own line), and the joined regexes are
    /// compiled on all cores.
    pub fn new(gazetteer: &Gazetteer) -> Result<RelationRules> {
        let mut joined: Vec<Joined<'_>> = vec![];
        for row in gazetteer.cue_rows() {
            // Each row alone first: its syntax errors name its own file and
            // line.
            let src = format!(r"\b(?:{})\b", alternation(&row.triggers));
            check_syntax(&src).map_err(|e| Error::Regex {
                file: row.file.clone(),
                line: row.line,
                column: 3,
                source: Box::new(e),
            })?;
            let kind = row.kind.to_ascii_uppercase();
            match joined
                .iter_mut()
                .find(|j| j.kind == kind && j.pattern == row.pattern)
            {
                Some(j) => j.triggers.extend(row.triggers.iter().cloned()),
                None => joined.push(Joined {
                    kind,
                    pattern: row.pattern.clone(),
                    triggers: row.triggers.clone(),
                    first: row,
                }),
            }
        }
        let mut rules = RelationRules {
            triggers: vec![],
            trigger_scan: None,
            #[cfg(test)]
            trigger_sources: vec![],
            cues: Cues::default(),
            combining: vec![],
            max_parties: DEFAULT_MAX_PARTIES,
        };
        let mut jobs: Vec<Job<'_>> = vec![];
        for j in &joined {
            rules.plan(gazetteer, j, &mut jobs)?;
        }
        // The official nouns of all OFFICIAL rows: one pair of regexes.
        if let Some(first) = joined.iter().find(|j| j.kind == "OFFICIAL") {
            let all: Vec<String> = joined
                .iter()
                .filter(|j| j.kind == "OFFICIAL")
                .flat_map(|j| j.triggers.iter().cloned())
                .collect();
            let nouns = alternation(&all);
            jobs.push(Job {
                target: Target::OfficialOf,
                src: format!(r"\b(?:{nouns})\s+(?:of|from)\s+(?:the\s+)?$"),
                origin: first.first,
            });
            jobs.push(Job {
                target: Target::OfficialNoun,
                src: format!(
                    r"^ +(?:(?-i:[a-z][a-z-]*|[A-Z][A-Za-z/]{{0,3}}-[0-9]+[A-Za-z]*) +){{0,2}}(?:{nouns})\b"
                ),
                origin: first.first,
            });
        }
        // Both collective regexes as one, to tell whether there is any.
        let collectives: Vec<&Job<'_>> = jobs
            .iter()
            .filter(|job| {
                matches!(
                    job.target,
                    Target::CollectiveParties | Target::CollectiveCountries
                )
            })
            .collect();
        if let Some(first) = collectives.first() {
            let groups: Vec<String> =
                collectives.iter().map(|j| format!("(?:{})", j.src)).collect();
            let origin = first.origin;
            jobs.push(Job {
                target: Target::CollectiveAny,
                src: groups.join("|"),
                origin,
            });
        }
        // The trigger rules in one regex, the more specific frames first: at
        // one position the first rule that matches wins ("held a phone
        // call with" is a phone talk before "held ... talks" is a talk).
        let mut triggers: Vec<(TriggerRule, String, &CueRow)> = vec![];
        jobs.retain(|job| match job.target {
            Target::Trigger(kind, frame, mode) => {
                triggers.push((
                    TriggerRule { kind, frame, mode },
                    job.src.clone(),
                    job.origin,
                ));
                false
            }
            _ => true,
        });
        triggers.sort_by_key(|(t, _, _)| {
            (t.mode == Mode::Unspecified, t.frame.priority())
        });
        let first_trigger = triggers.first().map(|t| t.2);
        let (rule_list, sources): (Vec<TriggerRule>, Vec<String>) =
            triggers.into_iter().map(|(t, src, _)| (t, src)).unzip();
        rules.triggers = rule_list;
        #[cfg(test)]
        {
            rules.trigger_sources = sources.clone();
        }
        // The scan compiles on this thread while the others compile the
        // jobs.
        let (regexes, scan) = std::thread::scope(|scope| {
            let scan = scope.spawn(|| TriggerScan::new(&sources, syntax()));
            (
                compile_all(&jobs),
                scan.join().expect("compiling does not panic"),
            )
        });
        for (job, regex) in jobs.iter().zip(regexes?) {
            rules.assign(job.target, regex);
        }
        if let Some(origin) = first_trigger {
            rules.trigger_scan = Some(scan.map_err(|e| Error::Regex {
                file: origin.file.clone(),
                line: origin.line,
                column: 3,
                source: Box::new(e),
            })?);
        }
        Ok(rules)
    }

    /// The regexes one joined row needs (combining forms need none).
    fn plan<'g>(
        &mut self,
        gazetteer: &Gazetteer,
        j: &Joined<'g>,
        jobs: &mut Vec<Job<'g>>,
    ) -> Result<()> {
        let bad = |column: usize, msg: String| Error::Gazetteer {
            file: j.first.file.clone(),
            line: j.first.line,
            column,
            msg,
        };
        let words = format!(r"\b(?:{})\b", alternation(&j.triggers));
        let target = match (j.kind.as_str(), j.pattern.as_str()) {
            ("MEETING" | "COOPERATION", pattern) => {
                let (frame, mode) = match pattern.split_once(':') {
                    Some((frame, mode)) => (frame, mode),
                    None => (pattern, ""),
                };
                let frame = Frame::parse(frame).ok_or_else(|| {
                    bad(
                        2,
                        format!(
                            "unknown pattern `{frame}`: expected verb, \
                             verb-person, verb-direct, noun, visit, give, \
                             joint or ally"
                        ),
                    )
                })?;
                let mode = match mode {
                    "" => Mode::Unspecified,
                    "phone" => Mode::Phone,
                    "video" => Mode::Video,
                    other => {
                        return Err(bad(
                            2,
                            format!(
                                "unknown mode `{other}`: expected phone or \
                                 video"
                            ),
                        ))
                    }
                };
                let kind = RelationKind::parse(&j.kind).expect("checked kind");
                Target::Trigger(kind, frame, mode)
            }
            ("NEGATION", "left") => Target::NegationLeft,
            ("NEGATION", "right") => Target::NegationRight,
            ("NEGATION", "sentiment") => Target::NegationSentiment,
            ("NEGATION", "clause") => Target::NegationClause,
            ("NEGATION", "urging") => Target::NegationUrging,
            ("NEGATION", "request") => Target::NegationRequest,
            ("NEGATION", "offer") => Target::NegationOffer,
            ("NEGATION", "ending") => Target::NegationEnding,
            ("NEGATION", "domain") => Target::NegationDomain,
            ("NEGATION", "hostile") => Target::NegationHostile,
            ("NEGATION", "after") => Target::NegationAfter,
            ("PLANNED", "left") => Target::PlannedLeft,
            ("PLANNED", "right") => Target::PlannedRight,
            ("MODE", "phone") => Target::ModePhone,
            ("MODE", "video") => Target::ModeVideo,
            ("COLLECTIVE", "parties") => Target::CollectiveParties,
            ("COLLECTIVE", "countries") => Target::CollectiveCountries,
            ("INTENT", "left") => Target::Intent,
            ("COMBINING", code) => {
                let Some(id) = gazetteer.find(code) else {
                    return Err(bad(2, format!("unknown country `{code}`")));
                };
                for form in &j.triggers {
                    self.combining.push((form.clone(), id));
                }
                return Ok(());
            }
            ("OFFICIAL", "noun") => return Ok(()),
            ("OFFICIAL", "military") => {
                jobs.push(Job {
                    target: Target::Military,
                    src: format!(r"\b(?:{})$", alternation(&j.triggers)),
                    origin: j.first,
                });
                return Ok(());
            }
            (k, p) => {
                return Err(bad(
                    1,
                    format!("unknown cue `{k}` with pattern `{p}`"),
                ))
            }
        };
        jobs.push(Job { target, src: words, origin: j.first });
        Ok(())
    }

    fn assign(&mut self, target: Target, regex: Regex) {
        let cues = &mut self.cues;
        let slot = match target {
            Target::Trigger(..) => {
                unreachable!("triggers are scanned together")
            }
            Target::NegationLeft => &mut cues.negation_left,
            Target::NegationRight => &mut cues.negation_right,
            Target::NegationSentiment => &mut cues.negation_sentiment,
            Target::NegationClause => &mut cues.negation_clause,
            Target::NegationUrging => &mut cues.negation_urging,
            Target::NegationRequest => &mut cues.negation_request,
            Target::NegationOffer => &mut cues.negation_offer,
            Target::NegationEnding => &mut cues.negation_ending,
            Target::NegationDomain => &mut cues.negation_domain,
            Target::NegationHostile => &mut cues.negation_hostile,
            Target::NegationAfter => &mut cues.negation_after,
            Target::PlannedLeft => &mut cues.planned_left,
            Target::PlannedRight => &mut cues.planned_right,
            Target::ModePhone => &mut cues.mode_phone,
            Target::ModeVideo => &mut cues.mode_video,
            Target::CollectiveParties => &mut cues.collective_parties,
            Target::CollectiveCountries => &mut cues.collective_countries,
            Target::CollectiveAny => &mut cues.collective_any,
            Target::Intent => &mut cues.intent,
            Target::Military => &mut cues.military,
            Target::OfficialOf => &mut cues.official_of,
            Target::OfficialNoun => &mut cues.official_noun,
        };
        *slot = Some(regex);
    }

    /// The most parties one frame relates pairwise; above it, they make one
    /// multilateral [`super::Event`].
    pub fn max_parties(&self) -> usize {
        self.max_parties
    }

    /// Sets [`RelationRules::max_parties`] (at least 2).
    pub fn set_max_parties(&mut self, n: usize) {
        self.max_parties = n.max(2);
    }
}

/// Whether `re` is set and matches `s`.
pub(crate) fn hits(re: &Option<Regex>, s: &str) -> bool {
    re.as_ref().is_some_and(|r| r.is_match(s))
}
