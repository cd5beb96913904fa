//! `relations.tsv` -> [`RelationRules`]: trigger rules (kind, frame, mode)
//! and the cue regexes that frames and modality read.
//!
//! Every row is compiled on its own first, so that a bad regex is reported
//! at its own file, line and column; rows of the same (kind, pattern) from
//! all layers are then joined into one regex, so a sentence is scanned once
//! per rule, not once per row.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::error::{Error, Result};
use crate::gazetteer::{CueRow, EntityId, Gazetteer};

use super::{Mode, RelationKind};

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
            _ => return None,
        })
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
    pub regex: Regex,
}

/// The cue regexes that are not triggers.
#[derive(Debug, Default)]
pub(crate) struct Cues {
    pub negation_left: Option<Regex>,
    pub negation_right: Option<Regex>,
    pub negation_clause: Option<Regex>,
    pub negation_sentiment: Option<Regex>,
    pub negation_urging: Option<Regex>,
    pub negation_domain: Option<Regex>,
    pub negation_hostile: Option<Regex>,
    pub planned_left: Option<Regex>,
    pub planned_right: Option<Regex>,
    pub intent: Option<Regex>,
    pub collective_parties: Option<Regex>,
    pub collective_countries: Option<Regex>,
    /// Nouns of unnamed officials after a demonym or a country's
    /// ("officials", "delegation"), anchored at the start of the rest of
    /// the sentence, with up to two lowercase modifiers before them.
    pub official_noun: Option<Regex>,
    /// "the leaders of", "a delegation from the" right before a name.
    pub official_of: Option<Regex>,
    /// The military nouns among the official nouns ("forces", "troops").
    pub military: Option<Regex>,
}

/// The compiled cues of `relations.tsv`.
#[derive(Debug)]
pub struct RelationRules {
    pub(crate) triggers: Vec<TriggerRule>,
    /// One pattern per trigger rule: which rules fire in a sentence, in
    /// one pass.
    pub(crate) trigger_set: RegexSet,
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
/// build.
fn compile(src: &str) -> std::result::Result<Regex, regex::Error> {
    RegexBuilder::new(src)
        .case_insensitive(true)
        .unicode(false)
        .size_limit(1 << 24)
        .build()
}

/// One (kind, pattern) with the rows that feed it.
struct Joined<'g> {
    kind: String,
    pattern: String,
    triggers: Vec<String>,
    first: &'g CueRow,
}

impl RelationRules {
    /// Compiles the cue rows of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<RelationRules> {
        let mut joined: Vec<Joined<'_>> = vec![];
        for row in gazetteer.cue_rows() {
            // Each row alone first: its errors name its own file and line.
            let src = format!(r"\b(?:{})\b", alternation(&row.triggers));
            compile(&src).map_err(|e| Error::Regex {
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
            trigger_set: RegexSet::empty(),
            cues: Cues::default(),
            combining: vec![],
            max_parties: DEFAULT_MAX_PARTIES,
        };
        for j in &joined {
            rules.add(gazetteer, j)?;
        }
        let sources: Vec<String> = rules
            .triggers
            .iter()
            .map(|t| t.regex.as_str().to_string())
            .collect();
        rules.trigger_set = RegexSetBuilder::new(&sources)
            .case_insensitive(true)
            .unicode(false)
            .size_limit(1 << 25)
            .build()
            .map_err(|e| Error::Regex {
                file: "relations.tsv".to_string(),
                line: 0,
                column: 3,
                source: Box::new(e),
            })?;
        Ok(rules)
    }

    fn add(&mut self, gazetteer: &Gazetteer, j: &Joined<'_>) -> Result<()> {
        let bad = |column: usize, msg: String| Error::Gazetteer {
            file: j.first.file.clone(),
            line: j.first.line,
            column,
            msg,
        };
        let build = |src: String| -> Result<Regex> {
            compile(&src).map_err(|e| Error::Regex {
                file: j.first.file.clone(),
                line: j.first.line,
                column: 3,
                source: Box::new(e),
            })
        };
        let words = format!(r"\b(?:{})\b", alternation(&j.triggers));
        let slot = match (j.kind.as_str(), j.pattern.as_str()) {
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
                             verb-person, verb-direct, noun, visit, give or \
                             joint"
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
                self.triggers.push(TriggerRule {
                    kind: RelationKind::parse(&j.kind).expect("checked kind"),
                    frame,
                    mode,
                    regex: build(words)?,
                });
                return Ok(());
            }
            ("NEGATION", "left") => &mut self.cues.negation_left,
            ("NEGATION", "right") => &mut self.cues.negation_right,
            ("NEGATION", "sentiment") => &mut self.cues.negation_sentiment,
            ("NEGATION", "clause") => &mut self.cues.negation_clause,
            ("NEGATION", "urging") => &mut self.cues.negation_urging,
            ("NEGATION", "domain") => &mut self.cues.negation_domain,
            ("NEGATION", "hostile") => &mut self.cues.negation_hostile,
            ("PLANNED", "left") => &mut self.cues.planned_left,
            ("PLANNED", "right") => &mut self.cues.planned_right,
            ("COLLECTIVE", "parties") => &mut self.cues.collective_parties,
            ("COLLECTIVE", "countries") => &mut self.cues.collective_countries,
            ("INTENT", "left") => &mut self.cues.intent,
            ("COMBINING", code) => {
                let Some(id) = gazetteer.find(code) else {
                    return Err(bad(2, format!("unknown country `{code}`")));
                };
                for form in &j.triggers {
                    self.combining.push((form.clone(), id));
                }
                return Ok(());
            }
            ("OFFICIAL", "noun" | "military") => {
                self.add_official(gazetteer, j, &build)?;
                return Ok(());
            }
            (k, p) => {
                return Err(bad(
                    1,
                    format!("unknown cue `{k}` with pattern `{p}`"),
                ))
            }
        };
        *slot = Some(build(words)?);
        Ok(())
    }

    /// The official nouns of both OFFICIAL rows make one regex; the
    /// military ones also make their own.
    fn add_official(
        &mut self,
        gazetteer: &Gazetteer,
        j: &Joined<'_>,
        build: &dyn Fn(String) -> Result<Regex>,
    ) -> Result<()> {
        let all: Vec<String> = gazetteer
            .cue_rows()
            .iter()
            .filter(|r| r.kind.eq_ignore_ascii_case("OFFICIAL"))
            .flat_map(|r| r.triggers.iter().cloned())
            .collect();
        if j.pattern == "military" {
            self.cues.military =
                Some(build(format!(r"\b(?:{})$", alternation(&j.triggers)))?);
        }
        self.cues.official_of = Some(build(format!(
            r"\b(?:{})\s+(?:of|from)\s+(?:the\s+)?$",
            alternation(&all)
        ))?);
        self.cues.official_noun = Some(build(format!(
            r"^ +(?:(?-i:[a-z][a-z-]*) +){{0,2}}(?:{})\b",
            alternation(&all)
        ))?);
        Ok(())
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
