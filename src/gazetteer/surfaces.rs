//! Surface forms: every name, alias, demonym, short form and role case
//! variant of the entities, with one owner per text.
//!
//! Conflicts are settled by the rules documented on
//! [`GazetteerBuilder`](super::GazetteerBuilder): short forms shared by
//! people keep every candidate; a case variant of a role never beats a
//! real claim; across kinds the higher priority kind wins; inside one
//! kind the later layer wins, and a clash inside one layer is an error.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::load::{Row, RowData};
use super::{Entity, EntityId, EntityKind, FormKind, SurfaceForm};
use crate::error::Result;
use crate::lexicon::{Lexicon, WordClass};

/// A candidate surface form before conflicts are settled.
struct Claim<'r> {
    /// Borrowed from the row, owned for a case variant.
    text: Cow<'r, str>,
    form: FormKind,
    entity: EntityId,
    /// Case variants of role names lose every conflict silently.
    variant: bool,
    column: usize,
}

pub(crate) fn build_surfaces<'r>(
    rows: &'r [Row],
    entities: &[Entity],
    lexicon: &Lexicon,
    warnings: &mut Vec<String>,
) -> Result<Vec<SurfaceForm>> {
    let mut claims: Vec<Claim<'r>> = Vec::with_capacity(rows.len() * 3);
    for (idx, row) in rows.iter().enumerate() {
        let entity = EntityId(idx as u32);
        let mut push = |text: Cow<'r, str>, form, column, variant| {
            claims.push(Claim { text, form, entity, variant, column });
        };
        push(Cow::Borrowed(&row.name), FormKind::Name, 2, false);
        for alias in &row.aliases {
            push(Cow::Borrowed(alias), FormKind::Alias, 3, false);
        }
        match &row.data {
            RowData::Country { demonyms, .. } => {
                for demonym in demonyms {
                    push(Cow::Borrowed(demonym), FormKind::Demonym, 4, false);
                }
            }
            RowData::Person { short_forms, .. } => {
                for short in short_forms {
                    push(Cow::Borrowed(short), FormKind::ShortForm, 4, false);
                }
            }
            RowData::Role { .. } => {
                // Case policy: roles also match in lowercase ("the
                // president") and with only the first letter capitalised
                // ("Prime minister"). Acronyms (all caps: "PM") stay as
                // written.
                let forms = std::iter::once((&row.name, FormKind::Name))
                    .chain(row.aliases.iter().map(|a| (a, FormKind::Alias)));
                for (text, form) in forms {
                    if is_acronym(text) {
                        continue;
                    }
                    let lower = text.to_lowercase();
                    let first_cap = capitalise_first(&lower);
                    push(Cow::Owned(lower), form, 2, true);
                    push(Cow::Owned(first_cap), form, 2, true);
                }
            }
            RowData::Place { .. } | RowData::Organisation { .. } => {}
        }
    }

    // Settle conflicts: one entry per text.
    let mut by_text: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(claims.len(), Default::default());
    // (form, claim idx of owner, variant)
    let mut settled: Vec<(SurfaceForm, usize, bool)> =
        Vec::with_capacity(claims.len());
    for (claim_idx, claim) in claims.iter().enumerate() {
        if claim.text.is_empty() {
            continue;
        }
        let kind = entities[claim.entity.index()].kind;
        let Some(&slot) = by_text.get(claim.text.as_ref()) else {
            by_text.insert(claim.text.as_ref(), settled.len());
            settled.push((
                SurfaceForm {
                    text: claim.text.to_string(),
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
                text: claim.text.to_string(),
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
    for (text, pair) in plural_pairs(rows, lexicon) {
        if !by_text.contains_key(text.as_str()) {
            surfaces.push(SurfaceForm {
                text,
                form: FormKind::Pair,
                kind: EntityKind::Country,
                entities: pair.to_vec(),
            });
        }
    }
    // Texts are unique: no need for a stable sort.
    surfaces.sort_unstable_by(|a, b| a.text.cmp(&b.text));
    Ok(surfaces)
}

/// The plurals that name two countries: the last word that exactly two
/// countries' names end with, plus "s" ("Korea": North Korea and South
/// Korea; "Congo", "Sudan"). A word of a polity ("Republic") or no name
/// ("Islands") names no pair.
fn plural_pairs(
    rows: &[Row],
    lexicon: &Lexicon,
) -> Vec<(String, [EntityId; 2])> {
    let mut by_word: FxHashMap<&str, Vec<EntityId>> = FxHashMap::default();
    for (idx, row) in rows.iter().enumerate() {
        if !matches!(row.data, RowData::Country { .. }) {
            continue;
        }
        let last = row.name.rsplit(' ').next().unwrap_or("");
        let lower = last.to_lowercase();
        if last.len() < 3
            || last.ends_with('s')
            || !last.starts_with(char::is_uppercase)
            || !last.chars().all(char::is_alphabetic)
            || lexicon.is(&lower, WordClass::Polity)
            || lexicon.is(&lower, WordClass::NotName)
        {
            continue;
        }
        by_word.entry(last).or_default().push(EntityId(idx as u32));
    }
    let mut pairs: Vec<(String, [EntityId; 2])> = by_word
        .into_iter()
        .filter_map(|(word, ids)| match ids[..] {
            [a, b] => Some((format!("{word}s"), [a, b])),
            _ => None,
        })
        .collect();
    pairs.sort_unstable();
    pairs
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
