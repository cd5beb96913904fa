//! gazette turns news text into a graph of who met whom and who cooperates
//! with whom.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`gazetteer`]: TSV files -> [`Gazetteer`] (entities, surface forms).
//! 2. [`tagger`]: all surface forms -> one trie.
//! 3. [`text`]: article -> sentences; repeats, fragments and boilerplate
//!    marked; the dateline's date.
//! 4. [`tagger`]: sentence -> whole-word, longest, non-overlapping matches.
//! 5. [`resolve`]: matches -> [`Mention`]s (phrases, discovered people,
//!    short forms, demonyms, capitals standing for countries).
//! 6. [`relations`]: mentions -> MEETING / COOPERATION [`Relation`]s.
//! 7. [`graph`]: relations of many documents -> [`GraphData`] (mergeable)
//!    -> [`RelationGraph`] (petgraph).
//!    [`metrics`] gives each node its weighted PageRank.
//! 8. [`export`]: CSV (plain, Neo4j and Gephi profiles), GraphML, GEXF,
//!    DOT and HTML writers; the HTML report is laid out by [`layout`].
//!
//! ```
//! use gazette::{Gazetteer, Pipeline};
//!
//! let pipeline = Pipeline::new(Gazetteer::defaults()?)?;
//! let text = "Beijing, November 4, 2025 —\n\
//!             Chinese President Xi Jinping met Russian Prime Minister \
//!             Mikhail Mishustin in Beijing on Tuesday.";
//! let doc = pipeline.analyze(text, None);
//! let meeting = &doc.relations[0];
//! assert_eq!(meeting.kind.as_str(), "MEETING");
//! assert_eq!(doc.actor_id(&meeting.source), "xi-jinping");
//! assert_eq!(doc.actor_id(&meeting.target), "mikhail-mishustin");
//! assert_eq!(meeting.date.unwrap().to_string(), "2025-11-04");
//! # Ok::<(), gazette::Error>(())
//! ```

#![warn(missing_docs)]

pub mod error;
pub mod eval;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod layout;
pub mod lexicon;
pub mod metrics;
pub mod pipeline;
pub mod relations;
pub mod resolve;
pub mod tagger;
pub mod text;

pub use error::{Error, Result};
pub use gazetteer::{
    Entity, EntityId, EntityKind, Gazetteer, GazetteerBuilder,
};
pub use graph::{GraphData, GraphOptions, Level, RelationGraph};
pub use pipeline::{Analysis, Pipeline};
pub use relations::{Relation, RelationKind, Status};
pub use resolve::{EntityRef, Mention, MentionKind};
pub use tagger::Tagger;
