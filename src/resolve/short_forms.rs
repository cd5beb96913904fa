//! Who a short form ("Castro", "Xi") names, by the evidence of the
//! document.
//!
//! The rules, in order (each a table test in `tests.rs`):
//! 1. A full name in the document that ends with the short form wins: a
//!    listed person named in full, or a discovered one ("Fidel Castro"
//!    found as an unlisted name); one that starts with it too, when the
//!    listed people of that short form write it first ("Wu Xueqian ...
//!    Wu", as "Wu Den-yih" is listed). Such a name blocks every other listed
//!    person: with one, the short form is that person; with several, it
//!    is the one in office at the document date if exactly one is, else
//!    unresolved.
//! 2. Otherwise the candidates are the people whose short form it is,
//!    narrowed by the phrase's country ("Cuban leader Castro": only
//!    Cuba's) and by given names written before it that fit ("Raúl
//!    Castro" when only the short form is listed).
//! 3. A title before it ("President Xi") or the phrase's country settles
//!    a sole candidate.
//! 4. With a document date (dateline or JSONL date), the one candidate in
//!    office that year wins. With no date, a sole candidate in office
//!    today does.
//! 5. Anything else (several candidates and no evidence) stays
//!    unresolved; when every candidate is of one country ("President
//!    Bush" with no date), the mention still gets that country.

use rustc_hash::FxHashSet;

use super::{followed_by_name_word, Ctx, Draft, EntityRef};
use crate::gazetteer::{EntityId, FormKind, Gazetteer};

/// Whether a person holds a role in `year` (with no year: a role with no
/// end year, i.e. today).
pub(super) fn in_office(
    gazetteer: &Gazetteer,
    person: EntityId,
    year: Option<i32>,
) -> bool {
    gazetteer.entity(person).roles.iter().any(|t| match year {
        Some(y) => t.held_in(y),
        None => t.is_open(),
    })
}

/// The people of `pool` in office in `year`, when exactly one is; when
/// several are, the one among them who holds an office of state that
/// year, not only a role of class `other` (a first lady, a cleric):
/// "Clinton" in 1994 is the president, not the first lady.
fn sole_in_office(
    gazetteer: &Gazetteer,
    pool: &[EntityId],
    year: i32,
) -> Option<EntityId> {
    let sole = |keep: &dyn Fn(EntityId) -> bool| {
        let mut holders = pool.iter().copied().filter(|&c| keep(c));
        match (holders.next(), holders.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    };
    sole(&|c| in_office(gazetteer, c, Some(year))).or_else(|| {
        sole(&|c| {
            gazetteer.entity(c).roles.iter().any(|t| {
                t.held_in(year)
                    && gazetteer.entity(t.role).role_class.as_deref()
                        != Some("other")
            })
        })
    })
}

/// Whether `given` (the given names written before a short form) fits
/// the person: the same first three letters, ASCII-folded, as the
/// person's first name ("Mahmud" fits Mahmoud Abbas).
fn given_fits(gazetteer: &Gazetteer, person: EntityId, given: &str) -> bool {
    let fold = |s: &str| -> String {
        deunicode::deunicode(s)
            .chars()
            .filter(char::is_ascii_alphabetic)
            .take(3)
            .collect::<String>()
            .to_lowercase()
    };
    let key = fold(given.split(' ').next().unwrap_or(""));
    let first = gazetteer.entity(person).name.split(' ').next().unwrap_or("");
    !key.is_empty() && fold(first).starts_with(&key)
}

pub(super) fn resolve_short_forms(
    ctx: &Ctx<'_>,
    draft: &mut Draft,
    year: Option<i32>,
) {
    let open = |m: &super::Mention| m.short_form && m.entity.is_none();
    if !draft.mentions.iter().any(open) {
        return;
    }
    let gazetteer = ctx.gazetteer;
    let text = ctx.text;
    // Listed people named in full (not by a short form) in the document.
    let in_doc: FxHashSet<EntityId> = draft.named_in_full().collect();

    for i in 0..draft.mentions.len() {
        if !open(&draft.mentions[i]) {
            continue;
        }
        let sentence = draft.mentions[i].sentence;
        // "Wang Wentao" is not Wang Yi: a short form followed by another
        // capitalised name word names someone else (but in headline case,
        // "Chavez Meets Castro", every word is capitalised).
        let headline_case = draft.is_headline(ctx, sentence);
        let followed = draft.mentions[i].role.is_none()
            && followed_by_name_word(ctx, text, draft.mentions[i].span.end);
        if followed && !headline_case {
            continue;
        }
        // In the story's headline (its first sentence, in headline case)
        // the word after says nothing of the name ("Bush Meets Putin");
        // in a later line in headline case it may be the rest of one
        // ("(Reporting by Duncan Otieno in Nairobi ...").
        let headline =
            ctx.sentences.first().is_some_and(|s| s.idx == sentence);
        let followed = followed && !(headline_case && headline);
        let start = draft.mentions[i].span.start;
        let given_start = draft.given_names.get(&start).copied();
        // The given names join the mention only where no other mention
        // lies (a discovered name's short form may start there too).
        let given_free =
            given_start.is_some_and(|g| {
                !draft.mentions.iter().enumerate().any(|(j, o)| {
                    j != i && o.span.start < start && o.span.end > g
                })
            });
        let m = &mut draft.mentions[i];
        let written = &text[m.span.clone()];
        let given = given_start.map(|g| text[g..m.span.start].trim_end());
        let candidates: Vec<EntityId> = gazetteer
            .surface_any_case(written)
            .filter(|s| s.form == FormKind::ShortForm)
            .map_or(&[][..], |s| s.entities.as_slice())
            .iter()
            .copied()
            .filter(|&c| given.is_none_or(|g| given_fits(gazetteer, c, g)))
            .collect();
        // 1. Full names in the document. "Foreign Minister Wu Xueqian ...
        // Wu": where the people whose short form it is write it first (a
        // family name first: "Wu Den-yih"), a full name that starts with
        // it counts too.
        let family_first = candidates.iter().any(|&c| {
            gazetteer.entity(c).name.split(' ').next() == Some(written)
        });
        let starts = |name: &str| {
            family_first
                && name.contains(' ')
                && name.split(' ').next() == Some(written)
        };
        let mut named: Vec<EntityId> = candidates
            .iter()
            .copied()
            .filter(|c| in_doc.contains(c))
            .collect();
        if named.is_empty() {
            named.extend(
                in_doc
                    .iter()
                    .copied()
                    .filter(|&p| starts(&gazetteer.entity(p).name)),
            );
            named.sort_unstable();
        }
        let named_discovered: Vec<usize> = draft
            .discovered
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                // (A discovered name of no known country starting with it
                // says less than the short form's own evidence: "The
                // envoy, Chen Yunlin ... Mr. Chen".)
                d.name.contains(' ')
                    && (d.name.rsplit(' ').next() == Some(written)
                        || d.country.is_some() && starts(&d.name))
            })
            .map(|(i, _)| i)
            .collect();
        // "Alan García Pérez ... García", "Carlos Salinas de Gortari ...
        // Salinas": a listed person named in full whose first surname (a
        // capitalised middle word of three or more) it is, when exactly
        // one is, no candidate is named in full and none is in office
        // then ("Ali Abdullah Saleh ... King Abdullah" in 2004 is the
        // Saudi king).
        let held = candidates.iter().any(|&c| in_office(gazetteer, c, year));
        let middle: Vec<EntityId> = if named.is_empty() && !held {
            in_doc
                .iter()
                .copied()
                .filter(|&p| middle_surname(gazetteer, p, written))
                .collect()
        } else {
            vec![]
        };
        let named = match (named.as_slice(), middle.as_slice()) {
            ([], [one]) => vec![*one],
            _ => named,
        };
        let chosen = match (named.as_slice(), named_discovered.as_slice()) {
            ([one], []) => Some(EntityRef::Known(*one)),
            ([], [one]) => Some(EntityRef::Discovered(*one as u32)),
            (known, []) if known.len() > 1 => year
                .and_then(|y| sole_in_office(gazetteer, known, y))
                .map(EntityRef::Known),
            ([], []) => {
                // A word in capitals may be a headline's common word
                // ("IRAN, IRAQ FOREIGN MINISTERS BEGIN TALKS"): no guess.
                let capitals = !written.chars().any(char::is_lowercase);
                by_evidence(gazetteer, m, &candidates, year, !capitals)
                    .map(EntityRef::Known)
            }
            _ => None,
        };
        m.entity = chosen;
        m.country = match chosen {
            Some(EntityRef::Known(id)) => {
                gazetteer.entity(id).country.or(m.country)
            }
            Some(EntityRef::Discovered(i)) => {
                draft.discovered[i as usize].country
            }
            // "President Bush" with no date: which Bush is unknown, the
            // country is not (every candidate's). Not when another name
            // word may follow ("Duncan Otieno").
            None if followed => m.country,
            // "Obama" after "Barack Obama" and "Auma Obama": the unlisted
            // one may be meant, whose country is unknown.
            None if !named_discovered.is_empty() => m.country,
            // With a date, one of them would have been chosen had they
            // held office then: "Austin" in 2022 is no Grenadian prime
            // minister of 1983.
            None if year.is_some() => m.country,
            None => m.country.or_else(|| {
                shared_country(gazetteer, &candidates, year, m.role)
            }),
        };
        // "Raúl Castro": the given names belong to the mention.
        if let (Some(EntityRef::Known(_)), Some(g), true) =
            (chosen, given_start, given_free)
        {
            m.phrase_start = m.phrase_start.min(g);
            m.span.start = g;
        }
    }
}

/// Whether `written` is a capitalised middle word of the person's name of
/// three words or more, ASCII-folded ("Garcia" in "Alan García Pérez").
fn middle_surname(
    gazetteer: &Gazetteer,
    person: EntityId,
    written: &str,
) -> bool {
    let words: Vec<&str> = gazetteer.entity(person).name.split(' ').collect();
    words.len() >= 3
        && words[1..words.len() - 1].iter().any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && deunicode::deunicode(w)
                    .eq_ignore_ascii_case(&deunicode::deunicode(written))
        })
}

/// What every candidate acts for (their country, or the organisation they
/// head: "Annan" alone is the UN's), when they share it.
fn shared_country(
    gazetteer: &Gazetteer,
    candidates: &[EntityId],
    year: Option<i32>,
    title: Option<EntityId>,
) -> Option<EntityId> {
    let acting = |c: EntityId| gazetteer.acting_for(c, year, title);
    let first = acting(*candidates.first()?)?;
    candidates.iter().all(|&c| acting(c) == Some(first)).then_some(first)
}

/// Rules 2-4 for a short form with no full name in the document.
/// The year the lists of past leaders end (mid-2019: `gazetteers/SOURCES.md`,
/// people): a term that ends then and is in no current source may have
/// gone on.
const LISTS_END: i32 = 2019;

/// With no candidate in office in `year`, after the lists end, the one
/// whose term ends with them: "Akufo-Addo" in 2021 is Nana, president
/// since 2017 (his term ends in 2019 in the gazetteer for want of a later
/// source), not Edward, president in 1970-72.
fn in_office_when_lists_end(
    gazetteer: &Gazetteer,
    pool: &[EntityId],
    year: i32,
) -> Option<EntityId> {
    if year <= LISTS_END {
        return None;
    }
    let mut at_end = pool.iter().copied().filter(|&c| {
        gazetteer
            .entity(c)
            .roles
            .iter()
            .any(|t| t.to.is_some_and(|to| i32::from(to) == LISTS_END))
    });
    match (at_end.next(), at_end.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

fn by_evidence(
    gazetteer: &Gazetteer,
    m: &super::Mention,
    candidates: &[EntityId],
    year: Option<i32>,
    guess_latest: bool,
) -> Option<EntityId> {
    // "Cuban leader Castro", "Japan's Kishida": the phrase's country.
    let phrase_country = m.country.filter(|_| m.phrase_start < m.span.start);
    let pool: Vec<EntityId> = match phrase_country {
        Some(country) => candidates
            .iter()
            .copied()
            .filter(|&c| gazetteer.entity(c).country == Some(country))
            .collect(),
        None => candidates.to_vec(),
    };
    if let [one] = pool.as_slice() {
        // A title before it, or the phrase's country, settles it.
        if m.role.is_some() || phrase_country.is_some() {
            return Some(*one);
        }
    }
    match year {
        Some(y) => sole_in_office(gazetteer, &pool, y).or_else(|| {
            let none_in_office =
                !pool.iter().any(|&c| in_office(gazetteer, c, Some(y)));
            (guess_latest && none_in_office)
                .then(|| in_office_when_lists_end(gazetteer, &pool, y))
                .flatten()
        }),
        None => match pool.as_slice() {
            [one] if in_office(gazetteer, *one, None) => Some(*one),
            _ => None,
        },
    }
}
