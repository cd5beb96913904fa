//! Stage 1: gazetteer TSV files -> [`Gazetteer`].
//!
//! Input: TSV sources (the embedded defaults, then each `--gazetteers DIR`
//! in order). Output: a validated, immutable [`Gazetteer`]: entities with
//! resolved references, and every surface form the tagger will match.
//!
//! - `mod.rs`: the public types ([`Entity`], [`SurfaceForm`], ...) and
//!   [`Gazetteer`].
//! - `load.rs`: [`GazetteerBuilder`]: layers of files, each line parsed
//!   into a typed row (one struct per file kind), then references
//!   resolved.
//! - `surfaces.rs`: the surface forms of every entity and the rules that
//!   settle a form claimed twice.
//!
//! Invariants:
//! - Entity ids are unique across all kinds. A later layer (a later
//!   `--gazetteers DIR`) replaces an entity with the same id and kind; the
//!   same id with another kind is an error.
//! - Every `country`, `capital`, `within` and role reference resolves.
//! - A surface form maps to exactly one entity, except short forms
//!   ("Xi"), which may name several people and are resolved per document.
//! - Surface form conflicts follow one rule (see [`GazetteerBuilder`]).
//! - Loading never panics: every malformed row is an
//!   [`Error::Gazetteer`] naming file, line, column and reason.

use rustc_hash::FxHashMap;
use std::fmt;

use crate::error::Result;
use crate::lexicon::Lexicon;

mod load;
mod surfaces;

pub use load::GazetteerBuilder;

/// Index of an entity in its [`Gazetteer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

impl EntityId {
    /// The index as `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A named person.
    Person,
    /// An office or title ("President").
    Role,
    /// A city, capital, landmark, seat of power or region.
    Place,
    /// A country or territory (id = ISO 3166-1 alpha-3).
    Country,
    /// An international or national organisation.
    Organisation,
}

impl EntityKind {
    /// Lowercase name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Role => "role",
            EntityKind::Place => "place",
            EntityKind::Country => "country",
            EntityKind::Organisation => "organisation",
        }
    }

    /// Priority when two kinds claim one surface form: higher wins.
    pub(crate) fn priority(self) -> u8 {
        match self {
            EntityKind::Country => 5,
            EntityKind::Organisation => 4,
            EntityKind::Person => 3,
            EntityKind::Place => 2,
            EntityKind::Role => 1,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The `type` column of `places.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceType {
    /// A national capital: may stand for its country ("Beijing and Moscow").
    Capital,
    /// Any other city.
    City,
    /// A building or site ("Great Hall of the People").
    Landmark,
    /// A seat of power news uses for its government ("the Kremlin said").
    Seat,
    /// A region, province or state.
    Region,
}

impl PlaceType {
    pub(crate) fn parse(s: &str) -> Option<PlaceType> {
        Some(match s {
            "capital" => PlaceType::Capital,
            "city" => PlaceType::City,
            "landmark" => PlaceType::Landmark,
            "seat" => PlaceType::Seat,
            "region" => PlaceType::Region,
            _ => return None,
        })
    }

    /// Whether a place of this type can act for its country.
    pub fn can_stand_for_country(self) -> bool {
        matches!(self, PlaceType::Capital | PlaceType::Seat)
    }
}

/// A role held by a person, with years (`president:2013-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    /// The role entity.
    pub role: EntityId,
    /// The organisation the role is held in (`secretary-general@un`):
    /// while it is held, the person acts for it, not for their country.
    pub body: Option<EntityId>,
    /// First year, if known.
    pub from: Option<u16>,
    /// Last year; `None` while in office or unknown.
    pub to: Option<u16>,
}

impl Tenure {
    /// Whether the role was held in `year` (a missing first year counts
    /// as "always before", a missing last year as "still held").
    pub fn held_in(&self, year: i32) -> bool {
        self.from.is_none_or(|f| i32::from(f) <= year)
            && self.to.is_none_or(|t| year <= i32::from(t))
    }

    /// Whether the role is held today (no last year).
    pub fn is_open(&self) -> bool {
        self.to.is_none()
    }
}

/// One entity of any kind.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable id (`xi-jinping`, `CHN`, `beijing`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// The country entity: a person's, a place's; a country's own id; a
    /// role's when only people of one country hold it ("Pope").
    pub country: Option<EntityId>,
    /// Countries only: the capital place.
    pub capital: Option<EntityId>,
    /// Places only: type.
    pub place_type: Option<PlaceType>,
    /// Places only: the place this one lies in.
    pub within: Option<EntityId>,
    /// Roles only: class (`head_of_state`, `minister`, ...).
    pub role_class: Option<String>,
    /// People only: roles held, in file order.
    pub roles: Vec<Tenure>,
}

/// How a surface form names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormKind {
    /// The entity's name, or a case variant of a role name.
    Name,
    /// An alias or acronym.
    Alias,
    /// A country adjective or nationality noun ("Chinese").
    Demonym,
    /// A person's short form ("Xi"), resolved per document.
    ShortForm,
    /// A plural naming the two countries whose names end in its singular
    /// ("Koreas": North and South Korea), derived, not listed: a mention
    /// only after "two" or "both" ("the two Koreas").
    Pair,
}

/// A string the tagger matches, and what it names.
#[derive(Clone, Debug)]
pub struct SurfaceForm {
    /// The exact text matched (case-sensitive).
    pub text: String,
    /// How it names its entity.
    pub form: FormKind,
    /// The entity kind of every candidate.
    pub kind: EntityKind,
    /// One entity, or several for a shared short form.
    pub entities: Vec<EntityId>,
}

/// One row of `relations.tsv`: relation cues are data, compiled by
/// [`crate::relations::RelationRules`].
#[derive(Clone, Debug)]
pub struct CueRow {
    /// `MEETING`, `COOPERATION`, `NEGATION`, `PLANNED`, ...
    pub kind: String,
    /// How the cue is used (`verb`, `noun`, `cue`, ...).
    pub pattern: String,
    /// Trigger forms, each a regex fragment.
    pub triggers: Vec<String>,
    /// File name for error messages.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// The compiled, validated gazetteers. Immutable and `Send + Sync`.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    pub(crate) entities: Vec<Entity>,
    pub(crate) by_id: FxHashMap<String, EntityId>,
    pub(crate) surfaces: Vec<SurfaceForm>,
    /// The index of each surface form by its text: resolution looks up
    /// every short form it reads, and a binary search over `surfaces`
    /// reads a scattered string at each of its steps.
    pub(crate) by_surface: FxHashMap<Box<str>, u32>,
    /// Of each entity: whether a short form names it ("Xi").
    pub(crate) short_formed: Vec<bool>,
    pub(crate) cue_rows: Vec<CueRow>,
    pub(crate) lexicon: Lexicon,
    pub(crate) warnings: Vec<String>,
}

impl Gazetteer {
    /// The embedded default gazetteers.
    pub fn defaults() -> Result<Gazetteer> {
        GazetteerBuilder::new().build()
    }

    /// All entities, in load order.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// One entity.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// Whether a short form of the gazetteers names `id` ("Xi" names Xi
    /// Jinping; Gareth Evans has none).
    pub fn has_short_form(&self, id: EntityId) -> bool {
        self.short_formed[id.index()]
    }

    /// Looks an entity up by its string id.
    pub fn find(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// Every surface form, in a deterministic order.
    pub fn surface_forms(&self) -> &[SurfaceForm] {
        &self.surfaces
    }

    /// The surface form written exactly `text`, if any.
    pub fn surface(&self, text: &str) -> Option<&SurfaceForm> {
        self.surface_index(text).map(|i| &self.surfaces[i])
    }

    /// The surface form written `text`, or, for a word in capitals as an
    /// all-caps headline writes it ("SARNEY", "KIM JONG-IL"), the form
    /// written in title case: the tagger matches such a line whatever its
    /// case, and what it matched must resolve as the form does.
    pub fn surface_any_case(&self, text: &str) -> Option<&SurfaceForm> {
        self.surface(text).or_else(|| {
            let letters = text.chars().filter(|c| c.is_alphabetic());
            if !letters.clone().all(char::is_uppercase) || letters.count() < 2
            {
                return None;
            }
            let mut titled = String::with_capacity(text.len());
            let mut upper = true;
            for c in text.chars() {
                if upper {
                    titled.push(c);
                } else {
                    titled.extend(c.to_lowercase());
                }
                upper = matches!(c, ' ' | '-');
            }
            self.surface(&titled)
        })
    }

    /// The index in [`Gazetteer::surface_forms`] of the form written
    /// exactly `text`.
    pub fn surface_index(&self, text: &str) -> Option<usize> {
        self.by_surface.get(text).map(|&i| i as usize)
    }

    /// The rows of `relations.tsv`.
    pub fn cue_rows(&self) -> &[CueRow] {
        &self.cue_rows
    }

    /// The word classes of `lexicon.tsv`.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Conflicts resolved by rule while loading (for `gazetteers check`).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The country id string of an entity (a country's own id).
    pub fn country_code(&self, id: EntityId) -> Option<&str> {
        let entity = self.entity(id);
        entity.country.map(|c| self.entity(c).id.as_str())
    }

    /// What a person acts for: the organisation of the tenure that
    /// applies when it is held in one (`secretary-general@un`), else the
    /// person's country. The tenure that applies is one of `role` (the
    /// title the text gives them) when they held it, else one held in
    /// `year`, else their latest (an open tenure is the latest). Before
    /// their first tenure, untitled, they act for their country (Boutros
    /// Boutros-Ghali in 1988 was Egypt's minister, not yet the UN's head).
    pub fn acting_for(
        &self,
        person: EntityId,
        year: Option<i32>,
        role: Option<EntityId>,
    ) -> Option<EntityId> {
        let entity = self.entity(person);
        if entity.roles.iter().all(|t| t.body.is_none()) {
            return entity.country;
        }
        let role = role.filter(|&r| entity.roles.iter().any(|t| t.role == r));
        let candidates = || {
            entity.roles.iter().filter(|t| role.is_none_or(|r| t.role == r))
        };
        let before_all = year.is_some_and(|y| {
            candidates().all(|t| t.from.is_some_and(|f| y < i32::from(f)))
        });
        if role.is_none() && before_all {
            return entity.country;
        }
        let tenure =
            year.and_then(|y| candidates().find(|t| t.held_in(y))).or_else(
                || candidates().max_by_key(|t| (t.to.is_none(), t.to, t.from)),
            );
        tenure.and_then(|t| t.body).or(entity.country)
    }

    /// Number of entities per kind, in kind order.
    pub fn counts(&self) -> Vec<(EntityKind, usize)> {
        let kinds = [
            EntityKind::Country,
            EntityKind::Person,
            EntityKind::Role,
            EntityKind::Place,
            EntityKind::Organisation,
        ];
        kinds
            .iter()
            .map(|&k| {
                (k, self.entities.iter().filter(|e| e.kind == k).count())
            })
            .collect()
    }
}

/// Role classes accepted in `roles.tsv`.
pub(crate) const ROLE_CLASSES: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "minister",
    "diplomat",
    "official",
    "military",
    "royal",
    "organisation_head",
    "legislator",
    "other",
];
