//! Evaluation against a gold set: precision, recall and F1 of relations
//! (and of mentions, where the gold set lists them).
//!
//! Gold format (JSONL, one item per line):
//! `{"id", "text", "date"?, "relations": [{"kind", "a", "b"}], "entities"?:
//! [{"start", "end", "kind", "id"}]}`. Pairs are unordered; an empty
//! `relations` list is a negative. At [`Level::Country`] both predicted
//! ends are mapped to their country (people by their country, capitals and
//! landmarks by theirs); gold ids that name a known person or place are
//! mapped the same way, so one file can mix both styles. A state's organ
//! (an organisation with a country: "the State Department") counts for its
//! state; a pair with any other organisation is outside the scope of a
//! country-level gold and is not scored at that level, predicted or gold.
//!
//! A gold file with no item is an error (it would score a perfect 1.0). A
//! gold relation whose `a` and `b` are the same id cannot be predicted: it
//! is counted in [`Report::gold_errors`] and listed among the errors, not
//! dropped silently.
//!
//! Mention scoring compares `(start, end, kind, id)` exactly, over the kinds
//! person, country, demonym, place and organisation (roles are not
//! scored: gold sets rarely mark them).

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

use serde::{Deserialize, Serialize};

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::graph::Level;
use crate::pipeline::{Analysis, Pipeline};
use crate::relations::Actor;
use crate::resolve::{EntityRef, MentionKind};
use crate::text::Date;

/// One gold relation.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct GoldRelation {
    /// `MEETING` or `COOPERATION`.
    pub kind: String,
    /// One end.
    pub a: String,
    /// The other end.
    pub b: String,
}

/// One gold mention.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct GoldEntity {
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Mention kind.
    pub kind: String,
    /// Entity id.
    pub id: String,
}

/// One gold item.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct GoldItem {
    /// Item id.
    pub id: String,
    /// The text.
    pub text: String,
    /// Date given with the text.
    #[serde(default)]
    pub date: Option<String>,
    /// Relations stated in the text.
    pub relations: Vec<GoldRelation>,
    /// Mentions, if annotated.
    #[serde(default)]
    pub entities: Option<Vec<GoldEntity>>,
    /// 1-based line in the gold file (0 when not read from a file).
    #[serde(skip)]
    pub line: usize,
}

impl GoldItem {
    /// The relations whose two ends are the same id (errors in the gold).
    pub fn self_relations(&self) -> impl Iterator<Item = &GoldRelation> {
        self.relations.iter().filter(|r| r.a == r.b)
    }
}

/// A malformed gold line, or a gold file without items.
#[derive(Debug, thiserror::Error)]
#[error("{file}{}: {msg}", if *line > 0 { format!(":{line}") } else { String::new() })]
pub struct GoldError {
    /// The gold file.
    pub file: String,
    /// 1-based line (0 for the whole file).
    pub line: usize,
    /// What is wrong.
    pub msg: String,
}

/// Reads a gold JSONL file. Blank lines are ignored; anything else that is
/// not a valid item is an error naming file and line; a file without any
/// item is an error.
pub fn read_gold<R: BufRead>(
    input: R,
    file: &str,
) -> Result<Vec<GoldItem>, GoldError> {
    let mut items = vec![];
    for (idx, line) in input.lines().enumerate() {
        let err = |msg: String| GoldError {
            file: file.to_string(),
            line: idx + 1,
            msg,
        };
        let line = line.map_err(|e| err(e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let mut item: GoldItem =
            serde_json::from_str(&line).map_err(|e| err(e.to_string()))?;
        item.line = idx + 1;
        for r in &item.relations {
            if crate::relations::RelationKind::parse(&r.kind).is_none() {
                return Err(err(format!("bad relation kind `{}`", r.kind)));
            }
        }
        if let Some(d) = &item.date {
            if Date::parse_iso(d).is_none() {
                return Err(err(format!(
                    "bad date `{d}` (expected YYYY-MM-DD)"
                )));
            }
        }
        for e in item.entities.iter().flatten() {
            if e.start > e.end || item.text.get(e.start..e.end).is_none() {
                return Err(err(format!(
                    "bad entity span {}..{}",
                    e.start, e.end
                )));
            }
        }
        items.push(item);
    }
    if items.is_empty() {
        return Err(GoldError {
            file: file.to_string(),
            line: 0,
            msg: "no gold items (an empty gold set would score 1.0)".into(),
        });
    }
    Ok(items)
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predicted and gold.
    pub tp: u64,
    /// Predicted, not gold.
    pub fp: u64,
    /// Gold, not predicted.
    #[serde(rename = "fn")]
    pub fn_: u64,
}

impl Counts {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// One scoring error, for `--errors`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EvalError {
    /// Gold item id.
    pub item: String,
    /// `false_positive`, `false_negative` or `gold_error`.
    pub error: &'static str,
    /// What was compared: `MEETING a b` or `person 0..10 xi-jinping`.
    pub what: String,
    /// The item's text.
    pub text: String,
}

/// The result of an evaluation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// Items scored.
    pub items: usize,
    /// Relation counts per kind.
    pub relations: BTreeMap<String, Counts>,
    /// Micro-averaged relation counts.
    pub micro: Counts,
    /// Mention counts per kind (items with `entities` only).
    pub entities: BTreeMap<String, Counts>,
    /// Gold relations that join an id to itself (errors in the gold set,
    /// not scored).
    pub gold_errors: u64,
    /// Every false positive and false negative.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<EvalError>,
}

/// Maps an id to its country at [`Level::Country`].
fn country_of_id(gazetteer: &Gazetteer, id: &str) -> String {
    match gazetteer.find(id) {
        // An organisation counts for its state when it is one's organ
        // ("the State Department"); an international one stays itself.
        Some(e) => gazetteer.country_code(e).unwrap_or(id).to_string(),
        _ => id.to_string(),
    }
}

fn actor_key(doc: &Analysis<'_>, actor: &Actor, level: Level) -> String {
    let id = doc.actor_id(actor);
    if level == Level::Entity {
        return id.to_string();
    }
    let gazetteer = doc.gazetteer();
    match actor.entity {
        // A person counts for the country the text gives them; "former
        // U.S. Ambassador Richard Holbrooke" counts for none.
        EntityRef::Known(e)
            if gazetteer.entity(e).kind == EntityKind::Person =>
        {
            match actor.country {
                Some(c) => gazetteer.entity(c).id.clone(),
                None => id.to_string(),
            }
        }
        EntityRef::Known(_) => country_of_id(gazetteer, id),
        EntityRef::Discovered(_) => match actor.country {
            Some(c) => gazetteer.entity(c).id.clone(),
            None => id.to_string(),
        },
    }
}

/// Whether a pair is scored: at [`Level::Country`], a pair with anything
/// that is not a country (an organisation: UN, EU, Hamas; a person the text
/// gives no country: "former U.S. Ambassador Richard Holbrooke") is outside
/// the scope of a country gold, on both sides (it is still extracted and
/// still in the graph).
fn in_scope(gazetteer: &Gazetteer, level: Level, a: &str, b: &str) -> bool {
    let country = |id: &str| match gazetteer.find(id) {
        Some(e) => gazetteer.entity(e).kind == EntityKind::Country,
        // Not listed: a code of the gold's (alpha-3), or a discovered
        // person's id (lower case).
        None => !id.bytes().any(|b| b.is_ascii_lowercase()),
    };
    level == Level::Entity || (country(a) && country(b))
}

fn pair(kind: &str, a: String, b: String) -> (String, String, String) {
    if a <= b {
        (kind.to_string(), a, b)
    } else {
        (kind.to_string(), b, a)
    }
}

/// Runs the pipeline on every item and scores it.
pub fn evaluate(
    pipeline: &Pipeline,
    items: &[GoldItem],
    level: Level,
) -> Report {
    let mut report = Report { items: items.len(), ..Report::default() };
    for kind in ["MEETING", "COOPERATION"] {
        report.relations.insert(kind.to_string(), Counts::default());
    }
    let gazetteer = pipeline.gazetteer();
    for item in items {
        let date = item.date.as_deref().and_then(Date::parse_iso);
        let doc = pipeline.analyze(&item.text, date);
        let predicted: BTreeSet<(String, String, String)> = doc
            .relations
            .iter()
            .map(|r| {
                pair(
                    r.kind.as_str(),
                    actor_key(&doc, &r.source, level),
                    actor_key(&doc, &r.target, level),
                )
            })
            .filter(|(_, a, b)| a != b)
            .filter(|(_, a, b)| in_scope(gazetteer, level, a, b))
            .collect();
        for r in item.self_relations() {
            report.gold_errors += 1;
            report.errors.push(EvalError {
                item: item.id.clone(),
                error: "gold_error",
                what: format!(
                    "{} {} {}: a and b are the same id",
                    r.kind.to_ascii_uppercase(),
                    r.a,
                    r.b
                ),
                text: item.text.clone(),
            });
        }
        let gold: BTreeSet<(String, String, String)> = item
            .relations
            .iter()
            .filter(|r| r.a != r.b)
            .map(|r| {
                let map = |id: &str| match level {
                    Level::Entity => id.to_string(),
                    Level::Country => country_of_id(gazetteer, id),
                };
                pair(&r.kind.to_ascii_uppercase(), map(&r.a), map(&r.b))
            })
            .filter(|(_, a, b)| a != b)
            .filter(|(_, a, b)| in_scope(gazetteer, level, a, b))
            .collect();
        score(
            &mut report,
            item,
            &predicted,
            &gold,
            |k| k.0.clone(),
            |(k, a, b)| format!("{k} {a} {b}"),
            true,
        );

        if let Some(entities) = &item.entities {
            let predicted: BTreeSet<(String, usize, usize, String)> = doc
                .resolved
                .mentions
                .iter()
                .filter(|m| m.kind != MentionKind::Role)
                .map(|m| {
                    (
                        m.kind.as_str().to_string(),
                        m.span.start,
                        m.span.end,
                        doc.entity_id(m).unwrap_or("").to_string(),
                    )
                })
                .collect();
            let gold: BTreeSet<(String, usize, usize, String)> = entities
                .iter()
                .filter(|e| e.kind != "role")
                .map(|e| (e.kind.clone(), e.start, e.end, e.id.clone()))
                .collect();
            score(
                &mut report,
                item,
                &predicted,
                &gold,
                |k| k.0.clone(),
                |(k, s, e, id)| {
                    format!(
                        "{k} {s}..{e} {id} {:?}",
                        item.text.get(*s..*e).unwrap_or("")
                    )
                },
                false,
            );
        }
    }
    let micro =
        report.relations.values().fold(Counts::default(), |mut acc, c| {
            acc.add(*c);
            acc
        });
    report.micro = micro;
    report
}

fn score<K: Ord + Clone>(
    report: &mut Report,
    item: &GoldItem,
    predicted: &BTreeSet<K>,
    gold: &BTreeSet<K>,
    kind_of: impl Fn(&K) -> String,
    describe: impl Fn(&K) -> String,
    relations: bool,
) {
    let table =
        if relations { &mut report.relations } else { &mut report.entities };
    for k in predicted.union(gold) {
        let counts = table.entry(kind_of(k)).or_default();
        let (p, g) = (predicted.contains(k), gold.contains(k));
        let error = match (p, g) {
            (true, true) => {
                counts.tp += 1;
                continue;
            }
            (true, false) => {
                counts.fp += 1;
                "false_positive"
            }
            _ => {
                counts.fn_ += 1;
                "false_negative"
            }
        };
        report.errors.push(EvalError {
            item: item.id.clone(),
            error,
            what: describe(k),
            text: item.text.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let c = Counts { tp: 8, fp: 2, fn_: 8 };
        assert_eq!(c.precision(), 0.8);
        assert_eq!(c.recall(), 0.5);
        assert!((c.f1() - 0.615_384).abs() < 1e-5);
        assert_eq!(Counts::default().f1(), 1.0);
    }

    #[test]
    fn malformed_gold_names_line() {
        let input =
            "{\"id\":\"a\",\"text\":\"x\",\"relations\":[]}\n\nnot json\n";
        let err = read_gold(input.as_bytes(), "g.jsonl").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.to_string().starts_with("g.jsonl:3: "));
        let input = "{\"id\":\"a\",\"text\":\"x\",\"relations\":[{\"kind\":\"HUG\",\"a\":\"x\",\"b\":\"y\"}]}\n";
        let err = read_gold(input.as_bytes(), "g.jsonl").unwrap_err();
        assert_eq!(err.to_string(), "g.jsonl:1: bad relation kind `HUG`");
    }

    #[test]
    fn scores_items() {
        let pipeline = crate::pipeline::tests::default_pipeline();
        let items = read_gold(
            concat!(
                "{\"id\":\"1\",\"text\":\"Xi Jinping met Vladimir Putin.\",\"relations\":[{\"kind\":\"MEETING\",\"a\":\"vladimir-putin\",\"b\":\"xi-jinping\"}]}\n",
                "{\"id\":\"2\",\"text\":\"Xi Jinping criticised Vladimir Putin.\",\"relations\":[]}\n",
                "{\"id\":\"3\",\"text\":\"Beijing and Moscow held talks.\",\"relations\":[{\"kind\":\"MEETING\",\"a\":\"CHN\",\"b\":\"RUS\"}]}\n",
            )
            .as_bytes(),
            "g",
        )
        .unwrap();
        let entity = evaluate(pipeline, &items, Level::Entity);
        assert_eq!(entity.micro, Counts { tp: 1, fp: 1, fn_: 1 });
        let country = evaluate(pipeline, &items, Level::Country);
        assert_eq!(country.micro, Counts { tp: 2, fp: 0, fn_: 0 });
    }

    /// At country level only country pairs are scored: not a pair with an
    /// organisation, with a person acting for one, or with a person the text
    /// gives no country; both are still relations at entity level.
    #[test]
    fn country_level_scores_country_pairs_only() {
        let pipeline = crate::pipeline::tests::default_pipeline();
        let items = read_gold(
            concat!(
                "{\"id\":\"1\",\"text\":\"U.N. Secretary-General Kofi Annan met President George W. Bush.\",\"relations\":[]}\n",
                "{\"id\":\"2\",\"text\":\"Kofi Annan met former U.S. Ambassador Richard Holbrooke.\",\"relations\":[]}\n",
                "{\"id\":\"3\",\"text\":\"Xi Jinping met Vladimir Putin.\",\"relations\":[]}\n",
            )
            .as_bytes(),
            "g",
        )
        .unwrap();
        let country = evaluate(pipeline, &items, Level::Country);
        assert_eq!(country.micro, Counts { tp: 0, fp: 1, fn_: 0 });
        let entity = evaluate(pipeline, &items, Level::Entity);
        assert_eq!(entity.micro, Counts { tp: 0, fp: 3, fn_: 0 });
    }
}
