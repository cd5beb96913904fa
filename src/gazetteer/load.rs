//! Layers of TSV files -> typed rows -> entities with resolved references.
//!
//! Each line of an entity file becomes one [`Row`]: the columns shared by
//! every file (id, name, aliases) and a [`RowData`] variant with the
//! file's own columns, already parsed (place types, tenure years) or kept
//! as a [`Reference`] with its column until every layer is read. A row
//! never reaches the gazetteer half-parsed: every check names file, line
//! and column.

use std::borrow::Cow;
use std::path::Path;

use rustc_hash::FxHashMap;

use super::surfaces::build_surfaces;
use super::{
    CueRow, Entity, EntityId, EntityKind, FormKind, Gazetteer, PlaceType,
    Tenure, ROLE_CLASSES,
};
use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, WordClass};

/// The gazetteer files, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum FileKind {
    Countries,
    Places,
    Roles,
    People,
    Organisations,
    Relations,
    Lexicon,
}

/// The organisations header before the optional `country` column, still
/// read.
const ORGANISATIONS_V1: &[&str] = &["id", "name", "aliases"];

impl FileKind {
    pub(crate) const ALL: [FileKind; 7] = [
        FileKind::Countries,
        FileKind::Places,
        FileKind::Roles,
        FileKind::People,
        FileKind::Organisations,
        FileKind::Relations,
        FileKind::Lexicon,
    ];

    pub(crate) fn file_name(self) -> &'static str {
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
            FileKind::Organisations => &["id", "name", "aliases", "country"],
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
    (FileKind::Countries, include_str!("../../gazetteers/countries.tsv")),
    (FileKind::Places, include_str!("../../gazetteers/places.tsv")),
    (FileKind::Roles, include_str!("../../gazetteers/roles.tsv")),
    (FileKind::People, include_str!("../../gazetteers/people.tsv")),
    (
        FileKind::Organisations,
        include_str!("../../gazetteers/organisations.tsv"),
    ),
    (FileKind::Relations, include_str!("../../gazetteers/relations.tsv")),
    (FileKind::Lexicon, include_str!("../../gazetteers/lexicon.tsv")),
];

/// One file's text and where it came from.
pub(crate) struct Source {
    pub(crate) name: String,
    pub(crate) kind: FileKind,
    /// The embedded defaults are borrowed, not copied.
    pub(crate) text: Cow<'static, str>,
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
    pub(crate) layers: Vec<Vec<Source>>,
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
            layer.push(Source { name, kind, text: Cow::Owned(text) });
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
            text: Cow::Owned(text.to_string()),
        }]);
        Ok(self)
    }

    /// Validates every layer and builds the gazetteer.
    pub fn build(&self) -> Result<Gazetteer> {
        let defaults: Vec<Source> = if self.defaults {
            DEFAULTS
                .iter()
                .map(|&(kind, text)| Source {
                    name: format!("<default>/{}", kind.file_name()),
                    kind,
                    text: Cow::Borrowed(text),
                })
                .collect()
        } else {
            vec![]
        };
        let mut loader =
            Loader { warnings: self.warnings.clone(), ..Loader::default() };
        let layers = std::iter::once(&defaults)
            .filter(|l| !l.is_empty())
            .chain(self.layers.iter());
        for (layer_idx, layer) in layers.enumerate() {
            for source in layer {
                loader.load(layer_idx, source)?;
            }
        }
        loader.finish()
    }
}

/// Where a value came from, for error messages.
#[derive(Clone, Debug)]
pub(crate) struct Origin {
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) layer: usize,
}

impl Origin {
    pub(crate) fn err(&self, column: usize, msg: impl Into<String>) -> Error {
        Error::Gazetteer {
            file: self.file.clone(),
            line: self.line,
            column,
            msg: msg.into(),
        }
    }
}

/// An id in one cell that must name an entity of another file, resolved
/// once every layer is read.
#[derive(Clone, Debug)]
pub(crate) struct Reference {
    /// The id; empty for none.
    id: String,
    /// 1-based column, for errors.
    column: usize,
}

/// One role of a person's `roles` cell, years parsed, role id unresolved.
#[derive(Clone, Debug)]
pub(crate) struct RoleSpan {
    role: Reference,
    /// `secretary-general@un`: the organisation the role is held in.
    body: Reference,
    from: Option<u16>,
    to: Option<u16>,
}

/// The columns of one file kind beyond id, name and aliases.
#[derive(Clone, Debug)]
pub(crate) enum RowData {
    Country {
        demonyms: Vec<String>,
        capital: Reference,
    },
    Person {
        short_forms: Vec<String>,
        country: Reference,
        roles: Vec<RoleSpan>,
    },
    Role {
        class: String,
    },
    Place {
        place_type: PlaceType,
        country: Reference,
        within: Reference,
    },
    Organisation {
        /// The state whose organ it is (a ministry, an agency, a
        /// legislature); empty for international and non-state bodies.
        country: Reference,
    },
}

/// One parsed entity row.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
    pub(crate) data: RowData,
    pub(crate) origin: Origin,
}

impl Row {
    pub(crate) fn file_kind(&self) -> FileKind {
        match self.data {
            RowData::Country { .. } => FileKind::Countries,
            RowData::Person { .. } => FileKind::People,
            RowData::Role { .. } => FileKind::Roles,
            RowData::Place { .. } => FileKind::Places,
            RowData::Organisation { .. } => FileKind::Organisations,
        }
    }

    fn entity_kind(&self) -> EntityKind {
        self.file_kind().entity_kind().expect("rows are entity rows")
    }
}

/// The cells of one line, trimmed, with the line's origin.
struct Cells<'a> {
    cells: Vec<&'a str>,
    origin: &'a Origin,
}

impl Cells<'_> {
    /// The cell of 1-based `column`.
    /// The cell of 1-based `column`; empty past the row's end (an
    /// organisations file may have the three columns it had before the
    /// optional `country`).
    fn get(&self, column: usize) -> &str {
        self.cells.get(column - 1).copied().unwrap_or("")
    }

    fn list(&self, column: usize) -> Vec<String> {
        split_list(self.get(column))
    }

    fn reference(&self, column: usize) -> Reference {
        Reference { id: self.get(column).to_string(), column }
    }

    fn err(&self, column: usize, msg: impl Into<String>) -> Error {
        self.origin.err(column, msg)
    }
}

#[derive(Default)]
struct Loader {
    rows: Vec<Row>,
    by_id: FxHashMap<String, EntityId>,
    cue_rows: Vec<CueRow>,
    lexicon: Lexicon,
    warnings: Vec<String>,
}

impl Loader {
    fn load(&mut self, layer: usize, source: &Source) -> Result<()> {
        let mut header = source.kind.header();
        let mut saw_header = false;
        // A UTF-8 byte order mark (editors on Windows write one) is not
        // part of the header.
        let (text, bom) = match source.text.strip_prefix('\u{feff}') {
            Some(rest) => (rest, true),
            None => (&source.text[..], false),
        };
        for (line_idx, raw_line) in text.lines().enumerate() {
            let text = raw_line.strip_suffix('\r').unwrap_or(raw_line);
            if text.trim().is_empty() || text.starts_with('#') {
                continue;
            }
            let origin = Origin {
                file: source.name.clone(),
                line: line_idx + 1,
                layer,
            };
            let cells: Vec<&str> = text.split('\t').map(str::trim).collect();
            if !saw_header {
                // An empty file (no header either) adds nothing.
                saw_header = true;
                if source.kind == FileKind::Organisations
                    && cells == ORGANISATIONS_V1
                {
                    header = ORGANISATIONS_V1;
                    continue;
                }
                if cells != header {
                    let after_bom = if bom && line_idx == 0 {
                        " (after a UTF-8 byte order mark, ignored)"
                    } else {
                        ""
                    };
                    return Err(origin.err(
                        0,
                        format!(
                            "bad header{after_bom}: expected `{}`",
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
            let cells = Cells { cells, origin: &origin };
            match source.kind {
                FileKind::Relations => self.load_cue_row(&cells)?,
                FileKind::Lexicon => self.load_lexicon_row(&cells)?,
                kind => {
                    let row = parse_entity_row(kind, &cells)?;
                    self.add_row(row)?;
                }
            }
        }
        Ok(())
    }

    fn load_cue_row(&mut self, cells: &Cells<'_>) -> Result<()> {
        for (column, name) in [(1, "kind"), (2, "pattern"), (3, "triggers")] {
            if cells.get(column).is_empty() {
                return Err(cells.err(column, format!("empty {name}")));
            }
        }
        self.cue_rows.push(CueRow {
            kind: cells.get(1).to_string(),
            pattern: cells.get(2).to_string(),
            triggers: split_top_level(cells.get(3)),
            file: cells.origin.file.clone(),
            line: cells.origin.line,
        });
        Ok(())
    }

    fn load_lexicon_row(&mut self, cells: &Cells<'_>) -> Result<()> {
        let class = WordClass::parse(cells.get(1)).ok_or_else(|| {
            cells.err(1, format!("unknown word class `{}`", cells.get(1)))
        })?;
        let words = cells.list(2);
        if words.is_empty() {
            return Err(cells.err(2, "empty words"));
        }
        for word in words {
            if word.contains(char::is_whitespace) {
                return Err(cells
                    .err(2, format!("`{word}`: a lexicon word is one word")));
            }
            self.lexicon.add(class, &word);
        }
        Ok(())
    }

    /// Adds a row, replacing an entity of an earlier layer with its id.
    fn add_row(&mut self, row: Row) -> Result<()> {
        let Some(&existing) = self.by_id.get(&row.id) else {
            self.by_id
                .insert(row.id.clone(), EntityId(self.rows.len() as u32));
            self.rows.push(row);
            return Ok(());
        };
        let existing = existing.index();
        let old = &self.rows[existing];
        if old.origin.layer == row.origin.layer {
            return Err(row.origin.err(
                1,
                format!(
                    "duplicate id `{}` (first defined at {}:{})",
                    row.id, old.origin.file, old.origin.line
                ),
            ));
        }
        if old.file_kind() != row.file_kind() {
            return Err(row.origin.err(
                1,
                format!(
                    "id `{}` is already a {} ({}:{}); an override must keep \
                     the kind",
                    row.id,
                    old.entity_kind(),
                    old.origin.file,
                    old.origin.line
                ),
            ));
        }
        self.rows[existing] = row;
        Ok(())
    }

    /// The entity a reference names, which must be of kind `want`.
    fn resolve(
        &self,
        origin: &Origin,
        reference: &Reference,
        want: EntityKind,
    ) -> Result<Option<EntityId>> {
        if reference.id.is_empty() {
            return Ok(None);
        }
        match self.by_id.get(&reference.id) {
            Some(&id) if self.rows[id.index()].entity_kind() == want => {
                Ok(Some(id))
            }
            Some(&id) => Err(origin.err(
                reference.column,
                format!(
                    "`{}` is a {}, expected a {want}",
                    reference.id,
                    self.rows[id.index()].entity_kind(),
                ),
            )),
            None => Err(origin.err(
                reference.column,
                format!("unknown {want} `{}`", reference.id),
            )),
        }
    }

    fn entity(&self, idx: usize, row: &Row) -> Result<Entity> {
        let mut entity = Entity {
            id: row.id.clone(),
            name: row.name.clone(),
            kind: row.entity_kind(),
            country: None,
            capital: None,
            place_type: None,
            within: None,
            role_class: None,
            roles: vec![],
        };
        let origin = &row.origin;
        match &row.data {
            RowData::Country { capital, .. } => {
                entity.country = Some(EntityId(idx as u32));
                entity.capital =
                    self.resolve(origin, capital, EntityKind::Place)?;
            }
            RowData::Person { country, roles, .. } => {
                entity.country =
                    self.resolve(origin, country, EntityKind::Country)?;
                for span in roles {
                    let role = self
                        .resolve(origin, &span.role, EntityKind::Role)
                        .map_err(|_| {
                            origin.err(
                                span.role.column,
                                format!("unknown role `{}`", span.role.id),
                            )
                        })?
                        .expect("role ids are checked non-empty");
                    // An organisation, or a country the person served
                    // apart from their own ("foreign-minister@RUS": the
                    // Soviet foreign minister who later led Georgia).
                    let body = self
                        .resolve(origin, &span.body, EntityKind::Organisation)
                        .or_else(|_| {
                            self.resolve(
                                origin,
                                &span.body,
                                EntityKind::Country,
                            )
                        })
                        .map_err(|_| {
                            origin.err(
                                span.body.column,
                                format!(
                                    "unknown organisation or country `{}`",
                                    span.body.id
                                ),
                            )
                        })?;
                    entity.roles.push(Tenure {
                        role,
                        body,
                        from: span.from,
                        to: span.to,
                    });
                }
            }
            RowData::Role { class } => {
                entity.role_class = Some(class.clone());
            }
            RowData::Place { place_type, country, within } => {
                entity.place_type = Some(*place_type);
                entity.country =
                    self.resolve(origin, country, EntityKind::Country)?;
                entity.within =
                    self.resolve(origin, within, EntityKind::Place)?;
            }
            RowData::Organisation { country } => {
                entity.country =
                    self.resolve(origin, country, EntityKind::Country)?;
            }
        }
        Ok(entity)
    }

    fn finish(self) -> Result<Gazetteer> {
        let entities = self
            .rows
            .iter()
            .enumerate()
            .map(|(idx, row)| self.entity(idx, row))
            .collect::<Result<Vec<Entity>>>()?;
        let mut entities = entities;
        settle_role_countries(&mut entities);
        let mut warnings = self.warnings;
        let surfaces = build_surfaces(
            &self.rows,
            &entities,
            &self.lexicon,
            &mut warnings,
        )?;
        let by_surface = surfaces
            .iter()
            .enumerate()
            .map(|(i, s)| (s.text.as_str().into(), i as u32))
            .collect();
        let mut short_formed = vec![false; entities.len()];
        for s in surfaces.iter().filter(|s| s.form == FormKind::ShortForm) {
            for e in &s.entities {
                short_formed[e.index()] = true;
            }
        }
        Ok(Gazetteer {
            entities,
            by_id: self.by_id,
            surfaces,
            by_surface,
            short_formed,
            cue_rows: self.cue_rows,
            lexicon: self.lexicon,
            warnings,
        })
    }
}

/// An office of state that only people of one country hold (at least
/// three of them: "Pope", "Taoiseach") belongs to that country: "the Pope
/// arrived in Iraq" is an official of the Holy See.
fn settle_role_countries(entities: &mut [Entity]) {
    const MIN_HOLDERS: usize = 3;
    let mut holders: FxHashMap<EntityId, (Option<EntityId>, usize, bool)> =
        FxHashMap::default();
    for person in entities.iter().filter(|e| e.kind == EntityKind::Person) {
        for tenure in &person.roles {
            let entry = holders.entry(tenure.role).or_insert((
                person.country,
                0,
                true,
            ));
            entry.1 += 1;
            entry.2 &= entry.0 == person.country && person.country.is_some();
        }
    }
    for (role, (country, n, one_country)) in holders {
        // Offices of state only: "senator", "minister" exist everywhere,
        // even when the gazetteer lists them for one country.
        let office_of_state = matches!(
            entities[role.index()].role_class.as_deref(),
            Some("head_of_state" | "head_of_government" | "royal" | "other")
        );
        if one_country && n >= MIN_HOLDERS && office_of_state {
            entities[role.index()].country = country;
        }
    }
}

/// Checks and parses one line of an entity file.
fn parse_entity_row(kind: FileKind, cells: &Cells<'_>) -> Result<Row> {
    let id = cells.get(1);
    if id.is_empty() {
        return Err(cells.err(1, "empty id"));
    }
    if id.chars().any(|c| c.is_whitespace() || c == '|') {
        return Err(cells.err(1, format!("bad id `{id}`: no spaces or |")));
    }
    if kind == FileKind::Countries
        && !(id.len() == 3 && id.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return Err(cells.err(
            1,
            format!("bad country id `{id}`: expected ISO alpha-3 (CHN)"),
        ));
    }
    if cells.get(2).is_empty() {
        return Err(cells.err(2, "empty name"));
    }
    let data = match kind {
        FileKind::Countries => RowData::Country {
            demonyms: cells.list(4),
            capital: cells.reference(5),
        },
        FileKind::People => RowData::Person {
            short_forms: cells.list(4),
            country: cells.reference(5),
            roles: parse_role_spans(cells, 6)?,
        },
        FileKind::Roles => {
            let class = cells.get(4);
            if !ROLE_CLASSES.contains(&class) {
                return Err(cells.err(
                    4,
                    format!(
                        "bad role class `{class}`: expected one of {}",
                        ROLE_CLASSES.join(", ")
                    ),
                ));
            }
            RowData::Role { class: class.to_string() }
        }
        FileKind::Places => {
            let place_type =
                PlaceType::parse(cells.get(4)).ok_or_else(|| {
                    cells.err(
                        4,
                        format!(
                            "bad place type `{}`: expected capital, city, \
                             landmark, seat or region",
                            cells.get(4)
                        ),
                    )
                })?;
            RowData::Place {
                place_type,
                country: cells.reference(5),
                within: cells.reference(6),
            }
        }
        FileKind::Organisations => {
            RowData::Organisation { country: cells.reference(4) }
        }
        FileKind::Relations | FileKind::Lexicon => {
            unreachable!("cue and lexicon rows are not entity rows")
        }
    };
    Ok(Row {
        id: id.to_string(),
        name: cells.get(2).to_string(),
        aliases: cells.list(3),
        data,
        origin: cells.origin.clone(),
    })
}

/// `president:2013-|vice-president:2008-2013`: role ids with years.
fn parse_role_spans(
    cells: &Cells<'_>,
    column: usize,
) -> Result<Vec<RoleSpan>> {
    let mut spans = vec![];
    for item in cells.list(column) {
        let (role_id, years) = match item.split_once(':') {
            Some((r, y)) => (r.trim(), Some(y.trim())),
            None => (item.as_str(), None),
        };
        let (role_id, body) = match role_id.split_once('@') {
            Some((r, b)) => (r.trim(), b.trim()),
            None => (role_id, ""),
        };
        if role_id.is_empty() {
            return Err(cells.err(column, format!("empty role in `{item}`")));
        }
        let (mut from, mut to) = (None, None);
        if let Some(years) = years.filter(|y| !y.is_empty()) {
            let (a, b) = years.split_once('-').unwrap_or((years, years));
            let year = |s: &str| -> Result<Option<u16>> {
                let s = s.trim();
                if s.is_empty() {
                    return Ok(None);
                }
                s.parse::<u16>().map(Some).map_err(|_| {
                    cells.err(
                        column,
                        format!("bad years `{years}`: expected FROM-TO"),
                    )
                })
            };
            from = year(a)?;
            to = year(b)?;
        }
        spans.push(RoleSpan {
            role: Reference { id: role_id.to_string(), column },
            body: Reference { id: body.to_string(), column },
            from,
            to,
        });
    }
    Ok(spans)
}

pub(crate) fn split_list(cell: &str) -> Vec<String> {
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
                text: Cow::Owned(text.to_string()),
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
    fn organisations_with_and_without_country() {
        let g = build(&[(
            "organisations.tsv",
            "id\tname\taliases\tcountry\n\
             pla\tPeople's Liberation Army\tPLA\tCHN\n\
             un\tUnited Nations\tUN\t\n",
        )])
        .unwrap();
        assert_eq!(g.country_code(g.find("pla").unwrap()), Some("CHN"));
        assert_eq!(g.country_code(g.find("un").unwrap()), None);
        // The older three-column file is still read.
        let g = build(&[(
            "organisations.tsv",
            "id\tname\taliases\nun\tUnited Nations\tUN\n",
        )])
        .unwrap();
        assert_eq!(g.country_code(g.find("un").unwrap()), None);
        check_err(
            &[(
                "organisations.tsv",
                "id\tname\taliases\tcountry\npla\tPLA\t\tXXX\n",
            )],
            "organisations.tsv:2:4: unknown country `XXX`",
        );
        check_err(
            &[(
                "organisations.tsv",
                "id\tname\taliases\nun\tUnited Nations\tUN\tCHN\n",
            )],
            "organisations.tsv:2:4: expected 3 columns, found 4",
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
    fn tenures_know_their_years() {
        let g = build(&[
            (
                "roles.tsv",
                "id\tname\taliases\tclass\nvice-president\tVice President\t\thead_of_state\n",
            ),
            (
                "people.tsv",
                "id\tname\taliases\tshort_forms\tcountry\troles\n\
                 xi-jinping\tXi Jinping\t\tXi\tCHN\tpresident:2013-|vice-president:2008-2013\n",
            ),
        ])
        .unwrap();
        let xi = g.entity(g.find("xi-jinping").unwrap());
        let held = |year| -> Vec<bool> {
            xi.roles.iter().map(|t| t.held_in(year)).collect()
        };
        assert_eq!(held(2007), [false, false]);
        assert_eq!(held(2010), [false, true]);
        assert_eq!(held(2013), [true, true]);
        assert_eq!(held(2030), [true, false]);
        assert_eq!(
            xi.roles.iter().map(|t| t.is_open()).collect::<Vec<_>>(),
            [true, false]
        );
        check_err(
            &[(
                "people.tsv",
                "id\tname\taliases\tshort_forms\tcountry\troles\n\
                 a-b\tA B\t\t\tCHN\tpresident:20x3-\n",
            )],
            "people.tsv:2:6: bad years `20x3-`: expected FROM-TO",
        );
    }

    #[test]
    fn tenures_in_an_organisation() {
        let people = "id\tname\taliases\tshort_forms\tcountry\troles\n\
             ban-ki-moon\tBan Ki-moon\t\tBan\tCHN\t\
             foreign-minister:2004-2006|secretary-general@un:2007-2016\n";
        let orgs = "id\tname\taliases\tcountry\nun\tUnited Nations\tUN\t\n";
        let roles = "id\tname\taliases\tclass\n\
             foreign-minister\tForeign Minister\t\tminister\n\
             president\tPresident\t\thead_of_state\n\
             secretary-general\tSecretary-General\t\torganisation_head\n";
        let g = build(&[
            ("roles.tsv", roles),
            ("organisations.tsv", orgs),
            ("people.tsv", people),
        ])
        .unwrap();
        let ban = g.find("ban-ki-moon").unwrap();
        let acting = |year, role: Option<&str>| {
            let role = role.map(|r| g.find(r).unwrap());
            g.acting_for(ban, year, role).map(|e| g.entity(e).id.as_str())
        };
        assert_eq!(acting(Some(2005), None), Some("CHN"));
        assert_eq!(acting(Some(2010), None), Some("un"));
        assert_eq!(acting(None, None), Some("un"));
        // Before any tenure, untitled: their country; after the last, the
        // latest.
        assert_eq!(acting(Some(1990), None), Some("CHN"));
        assert_eq!(acting(Some(2020), None), Some("un"));
        assert_eq!(acting(Some(1990), Some("secretary-general")), Some("un"));
        assert_eq!(acting(Some(2010), Some("foreign-minister")), Some("CHN"));
        assert_eq!(acting(None, Some("secretary-general")), Some("un"));
        // A role the person never held says nothing.
        assert_eq!(acting(Some(2005), Some("president")), Some("CHN"));
        check_err(
            &[
                ("roles.tsv", roles),
                ("organisations.tsv", orgs),
                (
                    "people.tsv",
                    "id\tname\taliases\tshort_forms\tcountry\troles\n\
                     a-b\tA B\t\t\tCHN\tsecretary-general@nato:2004-\n",
                ),
            ],
            "people.tsv:2:6: unknown organisation or country `nato`",
        );
        // A role id is neither.
        check_err(
            &[
                ("roles.tsv", roles),
                ("organisations.tsv", orgs),
                (
                    "people.tsv",
                    "id\tname\taliases\tshort_forms\tcountry\troles\n\
                     a-b\tA B\t\t\tCHN\tsecretary-general@secretary-general:2004-\n",
                ),
            ],
            "people.tsv:2:6: unknown organisation or country `secretary-general`",
        );
    }

    #[test]
    fn embedded_defaults_load() {
        let g = Gazetteer::defaults().unwrap();
        assert!(g.find("xi-jinping").is_some());
        assert!(g.find("CHN").is_some());
        assert!(!g.cue_rows().is_empty());
    }
}
