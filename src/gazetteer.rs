//! Stage 1: gazetteer TSV files -> [`Gazetteer`].
//!
//! Input: TSV sources (the embedded defaults, then each `--gazetteers DIR`
//! in order). Output: a validated, immutable [`Gazetteer`]: entities with
//! resolved references, and every surface form the tagger will match.
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
use std::path::Path;

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, WordClass};

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
    fn priority(self) -> u8 {
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
    fn parse(s: &str) -> Option<PlaceType> {
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
    /// First year, if known.
    pub from: Option<u16>,
    /// Last year; `None` while in office or unknown.
    pub to: Option<u16>,
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
    /// The country entity: a person's, a place's; a country's own id.
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
    entities: Vec<Entity>,
    by_id: FxHashMap<String, EntityId>,
    surfaces: Vec<SurfaceForm>,
    cue_rows: Vec<CueRow>,
    lexicon: Lexicon,
    warnings: Vec<String>,
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

    /// Looks an entity up by its string id.
    pub fn find(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// Every surface form, in a deterministic order.
    pub fn surface_forms(&self) -> &[SurfaceForm] {
        &self.surfaces
    }

    /// The surface form written exactly `text`, if any (binary search).
    pub fn surface(&self, text: &str) -> Option<&SurfaceForm> {
        self.surface_index(text).map(|i| &self.surfaces[i])
    }

    /// The index in [`Gazetteer::surface_forms`] of the form written
    /// exactly `text`.
    pub fn surface_index(&self, text: &str) -> Option<usize> {
        self.surfaces.binary_search_by(|s| s.text.as_str().cmp(text)).ok()
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

/// The gazetteer files, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum FileKind {
    Countries,
    Places,
    Roles,
    People,
    Organisations,
    Relations,
    Lexicon,
}

impl FileKind {
    const ALL: [FileKind; 7] = [
        FileKind::Countries,
        FileKind::Places,
        FileKind::Roles,
        FileKind::People,
        FileKind::Organisations,
        FileKind::Relations,
        FileKind::Lexicon,
    ];

    fn file_name(self) -> &'static str {
        match self {
            FileKind::Countries => "countries.tsv",
            FileKind::Places => "places.tsv",
            FileKind::Roles => "roles.tsv",
            FileKind::People => "people.tsv",
            FileKind::Organisations => "organisations.tsv",
            FileKind::Relations => "relations.tsv",
            FileKind::Lexicon => "lexicon.tsv",
        }
    }

    fn header(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => {
                &["id", "name", "aliases", "demonyms", "capital"]
            }
            FileKind::People => {
                &["id", "name", "aliases", "short_forms", "country", "roles"]
            }
            FileKind::Roles => &["id", "name", "aliases", "class"],
            FileKind::Places => {
                &["id", "name", "aliases", "type", "country", "within"]
            }
            FileKind::Organisations => &["id", "name", "aliases"],
            FileKind::Relations => &["kind", "pattern", "triggers"],
            FileKind::Lexicon => &["class", "words"],
        }
    }

    fn entity_kind(self) -> Option<EntityKind> {
        Some(match self {
            FileKind::Countries => EntityKind::Country,
            FileKind::Places => EntityKind::Place,
            FileKind::Roles => EntityKind::Role,
            FileKind::People => EntityKind::Person,
            FileKind::Organisations => EntityKind::Organisation,
            FileKind::Relations | FileKind::Lexicon => return None,
        })
    }
}

/// The embedded default files.
const DEFAULTS: [(FileKind, &str); 7] = [
    (FileKind::Countries, include_str!("../gazetteers/countries.tsv")),
    (FileKind::Places, include_str!("../gazetteers/places.tsv")),
    (FileKind::Roles, include_str!("../gazetteers/roles.tsv")),
    (FileKind::People, include_str!("../gazetteers/people.tsv")),
    (FileKind::Organisations, include_str!("../gazetteers/organisations.tsv")),
    (FileKind::Relations, include_str!("../gazetteers/relations.tsv")),
    (FileKind::Lexicon, include_str!("../gazetteers/lexicon.tsv")),
];

/// Role classes accepted in `roles.tsv`.
pub const ROLE_CLASSES: &[&str] = &[
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

struct Source {
    name: String,
    kind: FileKind,
    text: String,
}

/// Builds a [`Gazetteer`] from layers of TSV files.
///
/// Layer 0 is the embedded defaults (unless [`no_defaults`] is called);
/// each [`add_dir`] adds a layer. Rules:
///
/// - An entity whose id already exists in an earlier layer replaces it
///   (same kind required). A duplicate id inside one layer is an error.
/// - One surface form claimed by two entities of the same kind is an error
///   inside one layer; across layers the later layer wins.
/// - One surface form claimed by two kinds goes to the higher priority kind:
///   country > organisation > person > place > role. The loser keeps its
///   other forms; the conflict is listed in [`Gazetteer::warnings`].
/// - A name, alias or demonym beats a short form of another entity; short
///   forms shared by several people keep all of them as candidates.
///
/// [`no_defaults`]: GazetteerBuilder::no_defaults
/// [`add_dir`]: GazetteerBuilder::add_dir
pub struct GazetteerBuilder {
    defaults: bool,
    layers: Vec<Vec<Source>>,
    warnings: Vec<String>,
}

impl Default for GazetteerBuilder {
    fn default() -> Self {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// A builder that starts from the embedded defaults.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder { defaults: true, layers: vec![], warnings: vec![] }
    }

    /// Starts empty instead of from the embedded defaults.
    pub fn no_defaults(&mut self) -> &mut GazetteerBuilder {
        self.defaults = false;
        self
    }

    /// Adds the gazetteer files found in `dir` as a new layer. Files are
    /// recognised by name (`people.tsv`, ...); other `.tsv` files are
    /// reported as warnings and skipped.
    pub fn add_dir(&mut self, dir: &Path) -> Result<&mut GazetteerBuilder> {
        let io_err = |source| Error::Io { path: dir.to_path_buf(), source };
        let meta = std::fs::metadata(dir).map_err(io_err)?;
        if !meta.is_dir() {
            return Err(Error::Io {
                path: dir.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "not a directory",
                ),
            });
        }
        let mut layer = vec![];
        for kind in FileKind::ALL {
            let path = dir.join(kind.file_name());
            if !path.exists() {
                continue;
            }
            let bytes = std::fs::read(&path)
                .map_err(|source| Error::Io { path: path.clone(), source })?;
            let name = path.display().to_string();
            let text = String::from_utf8(bytes).map_err(|e| {
                let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                Error::Gazetteer {
                    file: name.clone(),
                    line,
                    column: 0,
                    msg: "invalid UTF-8".to_string(),
                }
            })?;
            layer.push(Source { name, kind, text });
        }
        let mut others: Vec<String> = std::fs::read_dir(dir)
            .map_err(io_err)?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| {
                n.ends_with(".tsv")
                    && !FileKind::ALL.iter().any(|k| k.file_name() == n)
            })
            .collect();
        others.sort();
        for other in others {
            self.warnings.push(format!(
                "{}: unknown gazetteer file skipped (expected one of \
                 countries, places, roles, people, organisations, \
                 relations, lexicon .tsv)",
                dir.join(other).display()
            ));
        }
        self.layers.push(layer);
        Ok(self)
    }

    /// Adds one in-memory file as its own layer (tests, embedding).
    /// `file_name` must be one of the known file names.
    pub fn add_source(
        &mut self,
        file_name: &str,
        text: &str,
    ) -> Result<&mut GazetteerBuilder> {
        let base = file_name.rsplit('/').next().unwrap_or(file_name);
        let kind = FileKind::ALL
            .into_iter()
            .find(|k| k.file_name() == base)
            .ok_or_else(|| Error::Gazetteer {
            file: file_name.to_string(),
            line: 0,
            column: 0,
            msg: "unknown gazetteer file name".to_string(),
        })?;
        self.layers.push(vec![Source {
            name: file_name.to_string(),
            kind,
            text: text.to_string(),
        }]);
        Ok(self)
    }

    /// Validates every layer and builds the gazetteer.
    pub fn build(&self) -> Result<Gazetteer> {
        let mut layers: Vec<Vec<Source>> = vec![];
        if self.defaults {
            layers.push(
                DEFAULTS
                    .iter()
                    .map(|&(kind, text)| Source {
                        name: format!("<default>/{}", kind.file_name()),
                        kind,
                        text: text.to_string(),
                    })
                    .collect(),
            );
        }
        let mut loader =
            Loader { warnings: self.warnings.clone(), ..Loader::default() };
        for (layer_idx, layer) in layers.iter().chain(&self.layers).enumerate()
        {
            for source in layer {
                loader.load(layer_idx, source)?;
            }
        }
        loader.finish()
    }
}

/// Where a value came from, for error messages.
#[derive(Clone, Debug)]
struct Origin {
    file: String,
    line: usize,
    layer: usize,
}

impl Origin {
    fn err(&self, column: usize, msg: impl Into<String>) -> Error {
        Error::Gazetteer {
            file: self.file.clone(),
            line: self.line,
            column,
            msg: msg.into(),
        }
    }
}

/// One parsed entity row, before references are resolved.
#[derive(Clone, Debug)]
struct Row {
    kind: FileKind,
    cells: Vec<String>,
    origin: Origin,
}

#[derive(Default)]
struct Loader {
    rows: Vec<Row>,
    by_id: FxHashMap<String, usize>,
    cue_rows: Vec<CueRow>,
    lexicon: Lexicon,
    warnings: Vec<String>,
}

impl Loader {
    fn load(&mut self, layer: usize, source: &Source) -> Result<()> {
        let header = source.kind.header();
        let mut saw_header = false;
        for (line_idx, raw_line) in source.text.lines().enumerate() {
            let line = line_idx + 1;
            let text = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            if text.trim().is_empty() || text.starts_with('#') {
                continue;
            }
            let origin = Origin { file: source.name.clone(), line, layer };
            let cells: Vec<&str> = text.split('\t').collect();
            if !saw_header {
                saw_header = true;
                if cells != header {
                    return Err(origin.err(
                        0,
                        format!(
                            "bad header: expected `{}`",
                            header.join("\\t")
                        ),
                    ));
                }
                continue;
            }
            if cells.len() != header.len() {
                return Err(origin.err(
                    cells.len().min(header.len()) + 1,
                    format!(
                        "expected {} columns, found {}",
                        header.len(),
                        cells.len()
                    ),
                ));
            }
            let cells: Vec<String> =
                cells.iter().map(|c| c.trim().to_string()).collect();
            if source.kind == FileKind::Relations {
                self.load_cue_row(cells, origin)?;
                continue;
            }
            if source.kind == FileKind::Lexicon {
                self.load_lexicon_row(&cells, &origin)?;
                continue;
            }
            self.load_entity_row(source.kind, cells, origin)?;
        }
        if !saw_header {
            // An empty file is allowed (it adds nothing).
        }
        Ok(())
    }

    fn load_cue_row(
        &mut self,
        cells: Vec<String>,
        origin: Origin,
    ) -> Result<()> {
        for (column, name) in [(1, "kind"), (2, "pattern"), (3, "triggers")] {
            if cells[column - 1].is_empty() {
                return Err(origin.err(column, format!("empty {name}")));
            }
        }
        let triggers: Vec<String> = split_top_level(&cells[2]);
        self.cue_rows.push(CueRow {
            kind: cells[0].clone(),
            pattern: cells[1].clone(),
            triggers,
            file: origin.file,
            line: origin.line,
        });
        Ok(())
    }

    fn load_lexicon_row(
        &mut self,
        cells: &[String],
        origin: &Origin,
    ) -> Result<()> {
        let class = WordClass::parse(&cells[0]).ok_or_else(|| {
            origin.err(1, format!("unknown word class `{}`", cells[0]))
        })?;
        let words = split_list(&cells[1]);
        if words.is_empty() {
            return Err(origin.err(2, "empty words"));
        }
        for word in words {
            if word.contains(char::is_whitespace) {
                return Err(origin
                    .err(2, format!("`{word}`: a lexicon word is one word")));
            }
            self.lexicon.add(class, &word);
        }
        Ok(())
    }

    fn load_entity_row(
        &mut self,
        kind: FileKind,
        cells: Vec<String>,
        origin: Origin,
    ) -> Result<()> {
        let id = &cells[0];
        if id.is_empty() {
            return Err(origin.err(1, "empty id"));
        }
        if id.chars().any(|c| c.is_whitespace() || c == '|') {
            return Err(
                origin.err(1, format!("bad id `{id}`: no spaces or |"))
            );
        }
        if kind == FileKind::Countries
            && !(id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return Err(origin.err(
                1,
                format!("bad country id `{id}`: expected ISO alpha-3 (CHN)"),
            ));
        }
        if cells[1].is_empty() {
            return Err(origin.err(2, "empty name"));
        }
        if kind == FileKind::Places && PlaceType::parse(&cells[3]).is_none() {
            return Err(origin.err(
                4,
                format!(
                    "bad place type `{}`: expected capital, city, landmark, \
                     seat or region",
                    cells[3]
                ),
            ));
        }
        if kind == FileKind::Roles
            && !ROLE_CLASSES.contains(&cells[3].as_str())
        {
            return Err(origin.err(
                4,
                format!(
                    "bad role class `{}`: expected one of {}",
                    cells[3],
                    ROLE_CLASSES.join(", ")
                ),
            ));
        }
        let row = Row { kind, cells, origin };
        match self.by_id.get(&row.cells[0]) {
            Some(&existing) => {
                let old = &self.rows[existing];
                if old.origin.layer == row.origin.layer {
                    return Err(row.origin.err(
                        1,
                        format!(
                            "duplicate id `{}` (first defined at {}:{})",
                            row.cells[0], old.origin.file, old.origin.line
                        ),
                    ));
                }
                if old.kind != row.kind {
                    return Err(row.origin.err(
                        1,
                        format!(
                            "id `{}` is already a {} ({}:{}); an override \
                             must keep the kind",
                            row.cells[0],
                            old.kind.entity_kind().expect("entity file"),
                            old.origin.file,
                            old.origin.line
                        ),
                    ));
                }
                self.rows[existing] = row;
            }
            None => {
                self.by_id.insert(row.cells[0].clone(), self.rows.len());
                self.rows.push(row);
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<Gazetteer> {
        let lookup = |row: &Row, column: usize, want: FileKind| {
            let value = &row.cells[column - 1];
            if value.is_empty() {
                return Ok(None);
            }
            match self.by_id.get(value) {
                Some(&idx) if self.rows[idx].kind == want => {
                    Ok(Some(EntityId(idx as u32)))
                }
                Some(&idx) => Err(row.origin.err(
                    column,
                    format!(
                        "`{value}` is a {}, expected a {}",
                        self.rows[idx].kind.entity_kind().expect("entity"),
                        want.entity_kind().expect("entity"),
                    ),
                )),
                None => Err(row.origin.err(
                    column,
                    format!(
                        "unknown {} `{value}`",
                        want.entity_kind().expect("entity")
                    ),
                )),
            }
        };

        let mut entities = Vec::with_capacity(self.rows.len());
        for (idx, row) in self.rows.iter().enumerate() {
            let kind = row.kind.entity_kind().expect("entity row");
            let mut entity = Entity {
                id: row.cells[0].clone(),
                name: row.cells[1].clone(),
                kind,
                country: None,
                capital: None,
                place_type: None,
                within: None,
                role_class: None,
                roles: vec![],
            };
            match row.kind {
                FileKind::Countries => {
                    entity.country = Some(EntityId(idx as u32));
                    entity.capital = lookup(row, 5, FileKind::Places)?;
                }
                FileKind::People => {
                    entity.country = lookup(row, 5, FileKind::Countries)?;
                    entity.roles = parse_tenures(row, &lookup)?;
                }
                FileKind::Roles => {
                    entity.role_class = Some(row.cells[3].clone());
                }
                FileKind::Places => {
                    entity.place_type = PlaceType::parse(&row.cells[3]);
                    entity.country = lookup(row, 5, FileKind::Countries)?;
                    entity.within = lookup(row, 6, FileKind::Places)?;
                }
                FileKind::Organisations
                | FileKind::Relations
                | FileKind::Lexicon => {}
            }
            entities.push(entity);
        }

        let mut warnings = self.warnings;
        let surfaces = build_surfaces(&self.rows, &entities, &mut warnings)?;
        let by_id: FxHashMap<String, EntityId> = self
            .by_id
            .into_iter()
            .map(|(id, idx)| (id, EntityId(idx as u32)))
            .collect();
        Ok(Gazetteer {
            entities,
            by_id,
            surfaces,
            cue_rows: self.cue_rows,
            lexicon: self.lexicon,
            warnings,
        })
    }
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Splits a trigger cell on the `|` that are not inside parentheses or
/// escaped, so a trigger may itself be a regex with alternations.
fn split_top_level(cell: &str) -> Vec<String> {
    let mut out = vec![];
    let mut depth = 0usize;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in cell.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                out.push(cell[start..i].trim().to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(cell[start..].trim().to_string());
    out.retain(|t| !t.is_empty());
    out
}

/// Resolves the id in one cell of a row to an entity of a file kind.
type Lookup<'a> =
    dyn Fn(&Row, usize, FileKind) -> Result<Option<EntityId>> + 'a;

fn parse_tenures(row: &Row, lookup: &Lookup<'_>) -> Result<Vec<Tenure>> {
    let mut tenures = vec![];
    for item in split_list(&row.cells[5]) {
        let (role_id, years) = match item.split_once(':') {
            Some((r, y)) => (r.trim(), Some(y.trim())),
            None => (item.as_str(), None),
        };
        let bad = |msg: String| row.origin.err(6, msg);
        let role_row = Row {
            kind: row.kind,
            cells: vec![role_id.to_string()],
            origin: row.origin.clone(),
        };
        let role = lookup(&role_row, 1, FileKind::Roles)
            .map_err(|_| bad(format!("unknown role `{role_id}`")))?
            .ok_or_else(|| bad(format!("empty role in `{item}`")))?;
        let (mut from, mut to) = (None, None);
        if let Some(years) = years.filter(|y| !y.is_empty()) {
            let (a, b) = years.split_once('-').unwrap_or((years, years));
            let year = |s: &str| -> Result<Option<u16>> {
                let s = s.trim();
                if s.is_empty() {
                    return Ok(None);
                }
                s.parse::<u16>().map(Some).map_err(|_| {
                    bad(format!("bad years `{years}`: expected FROM-TO"))
                })
            };
            from = year(a)?;
            to = year(b)?;
        }
        tenures.push(Tenure { role, from, to });
    }
    Ok(tenures)
}

/// A candidate surface form before conflicts are settled.
struct Claim {
    text: String,
    form: FormKind,
    entity: EntityId,
    /// Case variants of role names lose every conflict silently.
    variant: bool,
    column: usize,
}

fn build_surfaces(
    rows: &[Row],
    entities: &[Entity],
    warnings: &mut Vec<String>,
) -> Result<Vec<SurfaceForm>> {
    let mut claims: Vec<Claim> = vec![];
    for (idx, row) in rows.iter().enumerate() {
        let entity = EntityId(idx as u32);
        let mut push = |text: &str, form, column, variant| {
            claims.push(Claim {
                text: text.to_string(),
                form,
                entity,
                variant,
                column,
            });
        };
        push(&row.cells[1], FormKind::Name, 2, false);
        for alias in split_list(&row.cells[2]) {
            push(&alias, FormKind::Alias, 3, false);
        }
        match row.kind {
            FileKind::Countries => {
                for demonym in split_list(&row.cells[3]) {
                    push(&demonym, FormKind::Demonym, 4, false);
                }
            }
            FileKind::People => {
                for short in split_list(&row.cells[3]) {
                    push(&short, FormKind::ShortForm, 4, false);
                }
            }
            FileKind::Roles => {
                // Case policy: roles also match in lowercase ("the
                // president") and with only the first letter capitalised
                // ("Prime minister"). Acronyms (all caps) stay as written.
                let mut forms = vec![(row.cells[1].clone(), FormKind::Name)];
                forms.extend(
                    split_list(&row.cells[2])
                        .into_iter()
                        .map(|a| (a, FormKind::Alias)),
                );
                for (text, form) in forms {
                    if is_acronym(&text) {
                        continue;
                    }
                    let lower = text.to_lowercase();
                    let first_cap = capitalise_first(&lower);
                    push(&lower, form, 2, true);
                    push(&first_cap, form, 2, true);
                }
            }
            _ => {}
        }
    }

    // Settle conflicts: one entry per text.
    let mut by_text: FxHashMap<&str, usize> = FxHashMap::default();
    let mut settled: Vec<(SurfaceForm, usize, bool)> = vec![]; // (form, claim idx of owner, variant)
    for (claim_idx, claim) in claims.iter().enumerate() {
        if claim.text.is_empty() {
            continue;
        }
        let kind = entities[claim.entity.index()].kind;
        let Some(&slot) = by_text.get(claim.text.as_str()) else {
            by_text.insert(claim.text.as_str(), settled.len());
            settled.push((
                SurfaceForm {
                    text: claim.text.clone(),
                    form: claim.form,
                    kind,
                    entities: vec![claim.entity],
                },
                claim_idx,
                claim.variant,
            ));
            continue;
        };
        let (existing, owner_idx, owner_variant) = &mut settled[slot];
        if existing.entities.contains(&claim.entity) {
            continue;
        }
        let owner = &claims[*owner_idx];
        let new_short = claim.form == FormKind::ShortForm;
        let old_short = existing.form == FormKind::ShortForm;
        // Short forms shared by several people: keep all candidates.
        if new_short && old_short {
            existing.entities.push(claim.entity);
            continue;
        }
        // A variant never beats a real claim; a real claim beats a variant.
        if claim.variant && !*owner_variant {
            continue;
        }
        let replace = if !claim.variant && *owner_variant {
            true
        } else if new_short != old_short {
            old_short
        } else if kind != existing.kind {
            let wins = kind.priority() > existing.kind.priority();
            let winner =
                if wins { claim.entity } else { existing.entities[0] };
            warnings.push(format!(
                "surface form `{}` claimed by {} `{}` and {} `{}`: \
                 the {} wins",
                claim.text,
                entities[existing.entities[0].index()].kind,
                entities[existing.entities[0].index()].id,
                kind,
                entities[claim.entity.index()].id,
                entities[winner.index()].kind,
            ));
            wins
        } else {
            let old_row = &rows[owner.entity.index()];
            let new_row = &rows[claim.entity.index()];
            if old_row.origin.layer == new_row.origin.layer {
                if claim.variant {
                    continue;
                }
                return Err(new_row.origin.err(
                    claim.column,
                    format!(
                        "`{}` is already claimed by `{}` ({}:{})",
                        claim.text,
                        entities[owner.entity.index()].id,
                        old_row.origin.file,
                        old_row.origin.line
                    ),
                ));
            }
            warnings.push(format!(
                "surface form `{}` moved from `{}` to `{}` ({}:{})",
                claim.text,
                entities[owner.entity.index()].id,
                entities[claim.entity.index()].id,
                new_row.origin.file,
                new_row.origin.line
            ));
            true
        };
        if replace {
            *existing = SurfaceForm {
                text: claim.text.clone(),
                form: claim.form,
                kind,
                entities: vec![claim.entity],
            };
            *owner_idx = claim_idx;
            *owner_variant = claim.variant;
        }
    }
    let mut surfaces: Vec<SurfaceForm> =
        settled.into_iter().map(|(s, _, _)| s).collect();
    surfaces.sort_by(|a, b| a.text.cmp(&b.text));
    Ok(surfaces)
}

fn is_acronym(text: &str) -> bool {
    let letters: Vec<char> =
        text.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| c.is_uppercase())
}

fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTRIES: &str = "id\tname\taliases\tdemonyms\tcapital\n\
        CHN\tChina\tPRC\tChinese\tbeijing\n\
        RUS\tRussia\t\tRussian|Russians\tmoscow\n";
    const PLACES: &str = "id\tname\taliases\ttype\tcountry\twithin\n\
        beijing\tBeijing\tPeking\tcapital\tCHN\t\n\
        moscow\tMoscow\t\tcapital\tRUS\t\n";
    const ROLES: &str = "id\tname\taliases\tclass\n\
        president\tPresident\t\thead_of_state\n";
    const PEOPLE: &str = "id\tname\taliases\tshort_forms\tcountry\troles\n\
        xi-jinping\tXi Jinping\t\tXi\tCHN\tpresident:2013-\n";

    fn build(extra: &[(&str, &str)]) -> Result<Gazetteer> {
        let mut b = GazetteerBuilder::new();
        b.no_defaults();
        let mut layer = vec![];
        for (name, text) in [
            ("countries.tsv", COUNTRIES),
            ("places.tsv", PLACES),
            ("roles.tsv", ROLES),
            ("people.tsv", PEOPLE),
        ] {
            let kind = FileKind::ALL
                .into_iter()
                .find(|k| k.file_name() == name)
                .unwrap();
            layer.push(Source {
                name: name.to_string(),
                kind,
                text: text.to_string(),
            });
        }
        b.layers.push(layer);
        for (name, text) in extra {
            b.add_source(name, text)?;
        }
        b.build()
    }

    fn check_err(extra: &[(&str, &str)], expected: &str) {
        let err = build(extra).unwrap_err().to_string();
        assert_eq!(err, expected);
    }

    #[test]
    fn loads_and_resolves() {
        let g = build(&[]).unwrap();
        let xi = g.find("xi-jinping").unwrap();
        assert_eq!(g.country_code(xi), Some("CHN"));
        let chn = g.find("CHN").unwrap();
        assert_eq!(g.entity(chn).capital, g.find("beijing"));
        let texts: Vec<&str> =
            g.surface_forms().iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Beijing",
                "China",
                "Chinese",
                "Moscow",
                "PRC",
                "Peking",
                "President",
                "Russia",
                "Russian",
                "Russians",
                "Xi",
                "Xi Jinping",
                "president"
            ]
        );
    }

    #[test]
    fn wrong_column_count() {
        check_err(
            &[(
                "people.tsv",
                "id\tname\taliases\tshort_forms\tcountry\troles\nx\tX\n",
            )],
            "people.tsv:2:3: expected 6 columns, found 2",
        );
    }

    #[test]
    fn empty_name() {
        check_err(
            &[("roles.tsv", "id\tname\taliases\tclass\nkong\t\t\tother\n")],
            "roles.tsv:2:2: empty name",
        );
    }

    #[test]
    fn bad_header() {
        check_err(
            &[("roles.tsv", "id\tname\n")],
            "roles.tsv:1:0: bad header: expected `id\\tname\\taliases\\tclass`",
        );
    }

    #[test]
    fn duplicate_id_in_one_layer() {
        check_err(
            &[(
                "roles.tsv",
                "id\tname\taliases\tclass\n# c\nr\tR\t\tother\nr\tS\t\tother\n",
            )],
            "roles.tsv:4:1: duplicate id `r` (first defined at roles.tsv:3)",
        );
    }

    #[test]
    fn unresolved_references() {
        check_err(
            &[("places.tsv", "id\tname\taliases\ttype\tcountry\twithin\nx\tX\t\tcity\tFRA\t\n")],
            "places.tsv:2:5: unknown country `FRA`",
        );
        check_err(
            &[("places.tsv", "id\tname\taliases\ttype\tcountry\twithin\nx\tX\t\tcity\tCHN\tnowhere\n")],
            "places.tsv:2:6: unknown place `nowhere`",
        );
        check_err(
            &[("people.tsv", "id\tname\taliases\tshort_forms\tcountry\troles\np\tP Q\t\t\tCHN\tking:2000-\n")],
            "people.tsv:2:6: unknown role `king`",
        );
        check_err(
            &[("places.tsv", "id\tname\taliases\ttype\tcountry\twithin\nx\tX\t\ttown\tCHN\t\n")],
            "places.tsv:2:4: bad place type `town`: expected capital, city, landmark, seat or region",
        );
    }

    #[test]
    fn alias_claimed_twice_in_one_layer() {
        check_err(
            &[(
                "places.tsv",
                "id\tname\taliases\ttype\tcountry\twithin\n\
                 a\tAlpha\tAA\tcity\tCHN\t\nb\tBeta\tAA\tcity\tCHN\t\n",
            )],
            "places.tsv:3:3: `AA` is already claimed by `a` (places.tsv:2)",
        );
    }

    #[test]
    fn later_layer_overrides_and_wins() {
        let g = build(&[
            (
                "people.tsv",
                "id\tname\taliases\tshort_forms\tcountry\troles\n\
                 xi-jinping\tXi Jinping\tChairman Xi\tXi\tCHN\t\n",
            ),
            (
                "places.tsv",
                "id\tname\taliases\ttype\tcountry\twithin\n\
                 peking-town\tPeking\t\tcity\tCHN\t\n",
            ),
        ])
        .unwrap();
        let xi = g.find("xi-jinping").unwrap();
        assert!(g.entity(xi).roles.is_empty());
        let peking =
            g.surface_forms().iter().find(|s| s.text == "Peking").unwrap();
        assert_eq!(peking.entities, vec![g.find("peking-town").unwrap()]);
        assert_eq!(g.warnings().len(), 1);
    }

    #[test]
    fn cross_kind_conflict_goes_to_priority() {
        let g = build(&[(
            "places.tsv",
            "id\tname\taliases\ttype\tcountry\twithin\n\
             china-town\tChina\t\tcity\tCHN\t\n",
        )])
        .unwrap();
        let china =
            g.surface_forms().iter().find(|s| s.text == "China").unwrap();
        assert_eq!(china.kind, EntityKind::Country);
    }

    #[test]
    fn shared_short_forms_keep_all_candidates() {
        let g = build(&[(
            "people.tsv",
            "id\tname\taliases\tshort_forms\tcountry\troles\n\
             xi-other\tXi Other\t\tXi\tCHN\t\n",
        )])
        .unwrap();
        let xi = g.surface_forms().iter().find(|s| s.text == "Xi").unwrap();
        assert_eq!(xi.entities.len(), 2);
    }

    #[test]
    fn embedded_defaults_load() {
        let g = Gazetteer::defaults().unwrap();
        assert!(g.find("xi-jinping").is_some());
        assert!(g.find("CHN").is_some());
        assert!(!g.cue_rows().is_empty());
    }
}
