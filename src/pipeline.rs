//! The whole analysis of one document: text -> [`Analysis`].
//!
//! [`Pipeline`] owns the gazetteer, the tagger's trie and the relation rules,
//! all built once and shared read-only (`Send + Sync`). [`Pipeline::analyze`]
//! is a pure function of (gazetteers, text, date): no I/O, no state carried
//! between documents, so documents can run in parallel in any order.

use crate::error::Result;
use crate::gazetteer::{EntityId, Gazetteer};
use crate::relations::{
    extract_scanned, Actor, Doc, Event, Extracted, Relation, RelationRules,
    Scanned,
};
use crate::resolve::{resolve, EntityRef, Mention, Resolved};
use crate::tagger::Tagger;
use crate::text::{
    dates, mark_repeats, split_sentences, Date, Sentence, Skip,
};

/// Gazetteer, tagger and relation rules, built once.
#[derive(Debug)]
pub struct Pipeline {
    gazetteer: Gazetteer,
    tagger: Tagger,
    pub(crate) rules: RelationRules,
}

/// Everything gazette finds in one document.
#[derive(Debug)]
pub struct Analysis<'p> {
    gazetteer: &'p Gazetteer,
    /// All sentences, kept or not.
    pub sentences: Vec<Sentence>,
    /// Why each sentence is skipped ([`Skip::Keep`] if it is not).
    pub skips: Vec<Skip>,
    /// Mentions in kept sentences and discovered people.
    pub resolved: Resolved,
    /// Relations, sorted by sentence and trigger.
    pub relations: Vec<Relation>,
    /// Multilateral events (frames with more parties than
    /// [`RelationRules::max_parties`]), sorted by sentence and trigger.
    pub events: Vec<Event>,
    /// The document date (dateline, else the date given with it).
    pub date: Option<Date>,
}

impl Pipeline {
    /// Builds the tagger and compiles the relation rules.
    pub fn new(gazetteer: Gazetteer) -> Result<Pipeline> {
        // The tagger and the cue regexes are independent: build them on
        // two threads (start-up time matters for short articles).
        let (tagger, rules) = std::thread::scope(|scope| {
            let rules = scope.spawn(|| RelationRules::new(&gazetteer));
            let tagger = Tagger::new(&gazetteer);
            (
                tagger,
                rules
                    .join()
                    .expect("building the relation rules does not panic"),
            )
        });
        Ok(Pipeline { gazetteer, tagger: tagger?, rules: rules? })
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The most parties one frame relates pairwise (default
    /// [`crate::relations::DEFAULT_MAX_PARTIES`]); a frame with more makes
    /// one multilateral [`Event`] instead of every pair.
    pub fn max_parties(&self) -> usize {
        self.rules.max_parties()
    }

    /// Sets [`Pipeline::max_parties`]; values below 2 count as 2.
    pub fn set_max_parties(&mut self, n: usize) {
        self.rules.set_max_parties(n);
    }

    /// Analyses one document. `date` is the date given with the document
    /// (used when the text has no dateline). Never fails.
    pub fn analyze(&self, text: &str, date: Option<Date>) -> Analysis<'_> {
        self.run(text, date, true)
    }

    /// Like [`Pipeline::analyze`], without the relation stage (for
    /// `gazette extract`): `relations` is empty.
    pub fn analyze_mentions(
        &self,
        text: &str,
        date: Option<Date>,
    ) -> Analysis<'_> {
        self.run(text, date, false)
    }

    /// Analyses `docs` (text and date each) with the relation stage, as
    /// [`Pipeline::analyze`] would one by one, stage by stage over all of
    /// them: each stage's tables stay in cache for the whole run of
    /// documents (the tagger's trie; then the trigger DFA, in the relation
    /// stage's first step, `relations::Scanned`: run document by document
    /// between sentence models it cost 1.7% more time on the 50 MB bench
    /// corpus, BENCHMARKS.md §9). Each
    /// analysis goes to `each` (with its document's index, in order) as
    /// soon as its relation stage ends, while its sentences and mentions
    /// are still in cache, and is dropped after.
    pub fn analyze_many<'p>(
        &'p self,
        docs: &[(&'_ str, Option<Date>)],
        mut each: impl FnMut(usize, Analysis<'p>),
    ) {
        let prepared: Vec<Prepared> = docs
            .iter()
            .map(|(text, date)| self.prepare(text, *date))
            .collect();
        // The relation stage's first step over all of them, then the rest
        // document by document.
        let scanned: Vec<Scanned> = prepared
            .iter()
            .zip(docs)
            .map(|(p, (text, _))| self.scan(text, p))
            .collect();
        for (i, ((p, s), (text, _))) in
            prepared.into_iter().zip(scanned).zip(docs).enumerate()
        {
            each(i, self.finish(text, p, Some(s)));
        }
    }

    fn run(
        &self,
        text: &str,
        date: Option<Date>,
        relations: bool,
    ) -> Analysis<'_> {
        let prepared = self.prepare(text, date);
        let scanned = relations.then(|| self.scan(text, &prepared));
        self.finish(text, prepared, scanned)
    }

    /// The relation stage's first step ([`Scanned`]).
    fn scan(&self, text: &str, prepared: &Prepared) -> Scanned {
        Scanned::new(&self.rules, text, &prepared.kept, &prepared.resolved)
    }

    /// The stages before the relation stage.
    fn prepare(&self, text: &str, date: Option<Date>) -> Prepared {
        let sentences = split_sentences(text);
        let skips = mark_repeats(text, &sentences);
        let kept: Vec<Sentence> = sentences
            .iter()
            .zip(&skips)
            .filter(|(_, s)| **s == Skip::Keep)
            .map(|(s, _)| s.clone())
            .collect();
        let mut matches = vec![];
        let mut tagged = vec![];
        for sentence in &kept {
            matches.clear();
            // Wire datelines are written in capitals ("BEIJING, Jan 9").
            if let Some(m) = self.tagger.tag_dateline(
                &self.gazetteer,
                text,
                sentence.span.clone(),
            ) {
                let from = m.span.end;
                matches.push(m);
                self.tagger.tag(text, from..sentence.span.end, &mut matches);
                tagged.extend(matches.drain(..).map(|m| (sentence.idx, m)));
                continue;
            }
            // A wire headline in capitals.
            if self.tagger.tag_capitals(
                text,
                sentence.span.clone(),
                &mut matches,
            ) {
                tagged.extend(matches.drain(..).map(|m| (sentence.idx, m)));
                continue;
            }
            self.tagger.tag(text, sentence.span.clone(), &mut matches);
            tagged.extend(matches.drain(..).map(|m| (sentence.idx, m)));
        }
        let doc_date = dates::dateline_date(text, date).or(date);
        let resolved =
            resolve(&self.gazetteer, text, &kept, &tagged, doc_date);
        Prepared { sentences, skips, kept, resolved, doc_date }
    }

    /// The rest of the relation stage (none without `scanned`), and the
    /// analysis.
    fn finish(
        &self,
        text: &str,
        prepared: Prepared,
        scanned: Option<Scanned>,
    ) -> Analysis<'_> {
        let Prepared { sentences, skips, kept, resolved, doc_date } = prepared;
        let Extracted { relations, events } = match scanned {
            Some(scanned) => extract_scanned(
                Doc {
                    rules: &self.rules,
                    gazetteer: &self.gazetteer,
                    text,
                    sentences: &kept,
                    resolved: &resolved,
                    doc_date,
                },
                scanned,
            ),
            None => Extracted::default(),
        };
        Analysis {
            gazetteer: &self.gazetteer,
            sentences,
            skips,
            resolved,
            relations,
            events,
            date: doc_date,
        }
    }
}

/// A document before the relation stage.
struct Prepared {
    sentences: Vec<Sentence>,
    skips: Vec<Skip>,
    kept: Vec<Sentence>,
    resolved: Resolved,
    doc_date: Option<Date>,
}

impl Analysis<'_> {
    /// The gazetteer the analysis used.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer
    }

    /// The id of an entity reference (`xi-jinping`, `CHN`, a discovered
    /// person's slug).
    pub fn ref_id(&self, entity: EntityRef) -> &str {
        match entity {
            EntityRef::Known(id) => &self.gazetteer.entity(id).id,
            EntityRef::Discovered(i) => {
                &self.resolved.discovered[i as usize].id
            }
        }
    }

    /// The display name of an entity reference.
    pub fn ref_label(&self, entity: EntityRef) -> &str {
        match entity {
            EntityRef::Known(id) => &self.gazetteer.entity(id).name,
            EntityRef::Discovered(i) => {
                &self.resolved.discovered[i as usize].name
            }
        }
    }

    /// The id of a mention's entity, if resolved.
    pub fn entity_id(&self, mention: &Mention) -> Option<&str> {
        mention.entity.map(|e| self.ref_id(e))
    }

    /// The id of an actor.
    pub fn actor_id(&self, actor: &Actor) -> &str {
        self.ref_id(actor.entity)
    }

    /// The country an actor acts for, as the text reads it: the actor's own
    /// `country` first ("former U.S. Ambassador Richard Holbrooke" acts
    /// for none), then, for an entity that is not a person (a capital, an
    /// organisation of one country), the gazetteer's. A person's country
    /// is never taken from the gazetteer here: the relation stage already
    /// did, unless the text says they act for no country.
    pub fn actor_country(&self, actor: &Actor) -> Option<EntityId> {
        if actor.country.is_some() {
            return actor.country;
        }
        match actor.entity {
            EntityRef::Known(id) => {
                let entity = self.gazetteer.entity(id);
                match entity.kind {
                    crate::gazetteer::EntityKind::Person => None,
                    _ => entity.country,
                }
            }
            EntityRef::Discovered(_) => None,
        }
    }

    /// The country code of an entity id.
    pub fn country_code(&self, country: Option<EntityId>) -> &str {
        country.map_or("", |c| self.gazetteer.entity(c).id.as_str())
    }

    /// The text of a sentence.
    pub fn sentence_text<'t>(&self, text: &'t str, idx: usize) -> &'t str {
        &text[self.sentences[idx].span.clone()]
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::OnceLock;

    use super::*;

    /// One pipeline over the default gazetteers, shared by unit tests.
    pub(crate) fn default_pipeline() -> &'static Pipeline {
        static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
        PIPELINE.get_or_init(|| {
            Pipeline::new(Gazetteer::defaults().expect("defaults load"))
                .expect("defaults compile")
        })
    }

    /// What an analysis says, for comparing two.
    fn summary(a: &Analysis<'_>) -> String {
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            a.sentences,
            a.skips,
            a.resolved.mentions,
            a.relations,
            a.events,
            a.date
        )
    }

    #[test]
    fn analyze_many_is_analyze_one_by_one() {
        let p = default_pipeline();
        let docs: Vec<(&str, Option<Date>)> = vec![
            ("Xi Jinping met Vladimir Putin in Moscow on Tuesday.", None),
            ("", None),
            (
                "President Xi visited France. Both sides signed a deal.",
                Date::parse_iso("2024-05-06"),
            ),
            ("Japan and China agreed to resume talks.", None),
        ];
        let mut many = vec![];
        p.analyze_many(&docs, |i, a| {
            assert_eq!(i, many.len(), "in order");
            many.push(a);
        });
        assert_eq!(many.len(), docs.len());
        for ((text, date), got) in docs.iter().zip(&many) {
            assert_eq!(summary(got), summary(&p.analyze(text, *date)));
        }
        assert!(!many[0].relations.is_empty(), "the test reads relations");
        assert!(!many[2].relations.is_empty(), "and a collective");
    }

    #[test]
    fn pipeline_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Pipeline>();
    }
}
