//! Names no gazetteer lists: reading a capitalised name out of the text,
//! unlisted full names around a short form, honorifics, bare surnames of
//! discovered people, and ids derived from names.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{
    followed_by_name_word, Ctx, Draft, EntityRef, Mention, MentionKind,
};
use crate::gazetteer::{EntityId, FormKind};
use crate::lexicon::WordClass;
use crate::text::{is_word_char, on_word_boundaries};

/// Derives an id from a name: transliterated to ASCII, lowercase, words
/// joined by `-` ("Nguyễn Thị Lan" -> `nguyen-thi-lan`).
pub fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' {
            dash = true;
        }
    }
    out
}

/// A person short form that nothing has resolved yet.
pub(super) fn is_open_short(m: &Mention) -> bool {
    m.kind == MentionKind::Person && m.short_form && m.entity.is_none()
}

/// A word written like a given name: a capital, then lowercase letters
/// (hyphens and apostrophes allowed, "Jean-Marie", "D'Souza"), no word of
/// the lexicon ("The", "Mr", "Monday", "Then").
fn is_given_word(ctx: &Ctx<'_>, word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && chars.all(|c| {
            c.is_alphabetic() && !c.is_uppercase()
                || matches!(c, '-' | '\'' | '’')
        })
        && !ctx.is_lexicon_word(word)
}

/// An initial: a capital and a period ("W."), or up to four run together
/// ("A.S.M. Mustafizur Rahman").
fn is_initial(word: &str) -> bool {
    let bytes = word.as_bytes();
    (2..=8).contains(&bytes.len())
        && bytes.len().is_multiple_of(2)
        && bytes
            .chunks(2)
            .all(|pair| pair[0].is_ascii_uppercase() && pair[1] == b'.')
}

/// The start of the given names right before `end` (after one space),
/// not before `floor`: up to three given words or initials, with name
/// particles between them ("Luiz Inácio", "Mariama", "George W.").
fn given_names_before(
    ctx: &Ctx<'_>,
    floor: usize,
    end: usize,
) -> Option<usize> {
    let head = ctx.text.get(floor..end)?.strip_suffix(' ')?;
    let mut start = None;
    let mut pos = floor + head.len();
    let mut n = 0;
    for word in head.rsplit(' ') {
        let word_start = pos - word.len();
        if is_given_word(ctx, word) || is_initial(word) {
            start = Some(word_start);
            n += 1;
        } else if !(n > 0 && ctx.is(word, WordClass::Particle)) {
            break;
        }
        if n == 3 || word_start == floor {
            break;
        }
        pos = word_start.saturating_sub(1);
    }
    let start = start?;
    // The name must start a word.
    let before = ctx.text[..start].chars().next_back();
    before.is_none_or(|c| !is_word_char(c)).then_some(start)
}

/// Function words: capitalised inside a sentence only in headline case.
const FUNCTION_CLASSES: [WordClass; 9] = [
    WordClass::Determiner,
    WordClass::Preposition,
    WordClass::Coordinator,
    WordClass::Auxiliary,
    WordClass::Modal,
    WordClass::Pronoun,
    WordClass::Relative,
    WordClass::Subordinator,
    WordClass::Negator,
];

/// Whether a sentence is written in headline case ("Bush Meets Castro",
/// "Karzai Promises Afghans Security for Election"): no lowercase word
/// of three letters or more besides function words, or more capitalised
/// function words than lowercase ones (the first word aside).
/// Capitalised words there are no evidence of a name.
pub(super) fn is_headline_case(ctx: &Ctx<'_>, span: Range<usize>) -> bool {
    let (mut lower_content, mut upper_function, mut lower_function) =
        (0, 0, 0);
    let words = ctx.text[span]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .skip(1);
    for word in words {
        let upper = word.chars().next().is_some_and(char::is_uppercase);
        let classes = ctx.lexicon.classes(word);
        let function = FUNCTION_CLASSES.iter().any(|&c| classes.has(c));
        match (function, upper) {
            (true, true) => upper_function += 1,
            (true, false) => lower_function += 1,
            (false, false) => lower_content += 1,
            (false, true) => {}
        }
    }
    lower_content == 0 || upper_function > lower_function
}

/// Whether the given names fit one of the people a short form names:
/// the same first three letters (ASCII-folded) as one of their given
/// names ("Mahmud" fits Mahmoud Abbas), or the same initial.
fn fits_a_candidate(ctx: &Ctx<'_>, given: &str, short: &str) -> bool {
    let Some(first) = given.split(' ').next() else { return false };
    let key: String = deunicode::deunicode(first)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(3)
        .collect::<String>()
        .to_lowercase();
    if key.is_empty() {
        return false;
    }
    let initial = is_initial(first);
    let Some(surface) =
        ctx.gazetteer.surface(short).filter(|s| s.form == FormKind::ShortForm)
    else {
        return false;
    };
    surface.entities.iter().any(|&e| {
        let entity = ctx.gazetteer.entity(e);
        let first_name = entity.name.split(' ').next().unwrap_or("");
        let folded = deunicode::deunicode(first_name).to_lowercase();
        if initial {
            folded.starts_with(&key)
        } else {
            folded.starts_with(&key) && key.len() == 3
        }
    })
}

/// The tokens of a name around the open short form at `i`: given names
/// and other open short forms on its left ("Mariama", "Mahmud"), and,
/// when a given name is there, short forms and name words on its right
/// ("Mani [Shankar] Aiyar").
struct NameRun {
    /// Start of the first token on the left.
    start: usize,
    /// End of the last token on the right.
    end: usize,
    /// Whether a token on the left is a plain word (no mention).
    plain_given: bool,
    /// Open short-form mentions inside the run, `i` included.
    shorts: Vec<usize>,
}

/// The run of name tokens around the open short form at `i`, if any
/// token stands on its left.
fn name_run(ctx: &Ctx<'_>, draft: &Draft, i: usize) -> Option<NameRun> {
    let text = ctx.text;
    let mentions = &draft.mentions;
    let m = &mentions[i];
    let sentence = m.sentence;
    let mut run = NameRun {
        start: m.span.start,
        end: m.span.end,
        plain_given: false,
        shorts: vec![i],
    };
    let mut tokens = 1;
    // Left: open short forms right before, and plain given words.
    let mut k = i;
    loop {
        if tokens == 4 {
            break;
        }
        let prev_short = k.checked_sub(1).filter(|&p| {
            is_open_short(&mentions[p])
                && mentions[p].sentence == sentence
                && text.get(mentions[p].span.end..run.start) == Some(" ")
        });
        if let Some(p) = prev_short {
            run.start = mentions[p].span.start;
            run.shorts.push(p);
            tokens += 1;
            k = p;
            continue;
        }
        let floor = match k.checked_sub(1).map(|p| &mentions[p]) {
            Some(p) if p.sentence == sentence => p.span.end,
            _ => ctx.sentence_start(sentence),
        };
        // (Once: "Meles Alemu Tesfaye", an open short form may stand
        // before the given names too.)
        if run.plain_given {
            break;
        }
        match given_names_before(ctx, floor, run.start) {
            Some(start) => {
                run.start = start;
                run.plain_given = true;
                tokens += 1;
            }
            None => break,
        }
    }
    if run.start == m.span.start {
        return None;
    }
    if !run.plain_given {
        return Some(run);
    }
    // Right: more short forms and name words ("Mani Shankar Aiyar"), not
    // past the sentence (a capped sentence may be cut inside a name).
    let sentence_end = ctx.sentence_end(sentence);
    let mut j = i + 1;
    while tokens < 5 {
        let Some(rest) = text[run.end..sentence_end].strip_prefix(' ') else {
            break;
        };
        let next_short = mentions.get(j).filter(|n| {
            is_open_short(n)
                && n.sentence == sentence
                && n.span.start == run.end + 1
        });
        if let Some(n) = next_short {
            run.end = n.span.end;
            run.shorts.push(j);
            j += 1;
            tokens += 1;
            continue;
        }
        let word = rest
            .split(|c: char| {
                !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
            .next()
            .unwrap_or("");
        let word = word
            .strip_suffix("'s")
            .or(word.strip_suffix("’s"))
            .unwrap_or(word);
        let next_mention_here = mentions
            .get(j)
            .is_some_and(|n| n.span.start <= run.end + 1 + word.len());
        if word.is_empty() || next_mention_here || !is_given_word(ctx, word) {
            break;
        }
        run.end += 1 + word.len();
        tokens += 1;
    }
    Some(run)
}

/// "Mariama Diallo Sow", "Fidel Castro" (when unlisted): given names
/// right before a short form make an unlisted full name. It becomes a
/// discovered person (or the listed person whose id its slug is), and
/// blocks the short form from naming anyone else in the document.
/// Given names that fit a candidate of the short form ("Mahmud Abbas")
/// only qualify it (see `short_forms`). Not in headline case, where
/// every word is capitalised.
pub(super) fn join_name_runs(ctx: &Ctx<'_>, draft: &mut Draft) {
    let n = draft.mentions.len();
    let text = ctx.text;
    // The end of the last name made: a run may not reach back into it
    // (its given words were the last name's trailing words; fuzz finding
    // 11).
    let mut covered = 0;
    let mut i = 0;
    while i < n {
        if !is_open_short(&draft.mentions[i]) || draft.is_dropped(i) {
            i += 1;
            continue;
        }
        let Some(run) = name_run(ctx, draft, i) else {
            i += 1;
            continue;
        };
        if run.start < covered {
            i += 1;
            continue;
        }
        let sentence = draft.mentions[i].sentence;
        let is_headline = draft.is_headline(ctx, sentence);
        let short_span = draft.mentions[i].span.clone();
        let last = run.shorts.iter().copied().max().unwrap_or(i);
        if is_headline {
            i = last + 1;
            continue;
        }
        let alone = run.end == short_span.end;
        if alone
            && fits_a_candidate(
                ctx,
                &text[run.start..short_span.start],
                &text[short_span.clone()],
            )
        {
            for &k in &run.shorts {
                if k != i {
                    draft.drop_mention(k);
                }
            }
            draft.given_names.insert(short_span.start, run.start);
            i = last + 1;
            continue;
        }
        // "Dow Jones Company": a name followed by a word that is no part
        // of a person's name is something else's.
        if !run.plain_given || followed_by_non_name(ctx, run.end) {
            i = last + 1;
            continue;
        }
        let span = run.start..run.end;
        let name = &text[span.clone()];
        let id = slug(name);
        let known = ctx.known_person(&id);
        let (entity, country) = match known {
            Some(person) => (
                EntityRef::Known(person),
                ctx.gazetteer.entity(person).country,
            ),
            None => (draft.discover(id, name, None, None), None),
        };
        for &k in &run.shorts {
            draft.drop_mention(k);
        }
        covered = span.end;
        draft.add(Mention::person(span, sentence, entity, country));
        i = last + 1;
    }
}

/// Whether a capitalised word of the lexicon's `not_name` or `name_tail`
/// class follows `pos` after one space ("Jones Company", "Smith Group").
fn followed_by_non_name(ctx: &Ctx<'_>, pos: usize) -> bool {
    let Some(rest) = ctx.text[pos..].strip_prefix(' ') else { return false };
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && (ctx.is(word, WordClass::NotName)
            || ctx.is(word, WordClass::NameTail))
}

/// "Mr Aiyar", "Dr. Ana Lopes", "Colonel Gaddafi": an honorific (the
/// lexicon's `honorific` class, written with a capital) before a
/// capitalised name that is no mention yet gives a discovered person
/// named without the honorific (`aiyar`). A listed name or short form
/// after the honorific is left to the other steps.
pub(super) fn find_honorific_names(ctx: &Ctx<'_>, draft: &mut Draft) {
    let text = ctx.text;
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, Range<usize>, usize)> = vec![];
    for sentence in ctx.sentences {
        let span = sentence.span.clone();
        let mut pos = span.start;
        while pos < span.end {
            let b = bytes[pos];
            let starts_word = b.is_ascii_uppercase()
                && (pos == 0 || !is_word_char_byte(text, pos));
            if !starts_word {
                pos += 1;
                continue;
            }
            let len = bytes[pos..span.end]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let word = &text[pos..pos + len];
            let next = pos + len.max(1);
            let whole_word =
                !text[pos + len..].chars().next().is_some_and(is_word_char);
            if !(2..=9).contains(&len)
                || !whole_word
                || word[1..].bytes().any(|c| c.is_ascii_uppercase())
                || !ctx.is(word, WordClass::Honorific)
            {
                pos = next;
                continue;
            }
            let mut after = pos + len;
            if bytes.get(after) == Some(&b'.') {
                after += 1;
            }
            let name_start = after + 1;
            // Mentions are sorted: the first one ending after the
            // honorific decides.
            let at = draft.mentions.partition_point(|m| m.span.end <= pos);
            let limit = match draft.mentions.get(at) {
                Some(m) if m.phrase_start.min(m.span.start) < name_start => {
                    pos = next;
                    continue;
                }
                Some(m) => m.phrase_start.min(m.span.start).min(span.end),
                None => span.end,
            };
            // "Mrs Dr Ana Lopes": the name once, after the first honorific
            // (fuzz finding 12); an honorific inside a name already read
            // ("Mr Pnt y Mr Pnt", a particle joining them) reads none.
            if let Some(name) = discover_name(ctx, after, limit)
                .filter(|n| found.last().is_none_or(|f| f.1.end <= n.start))
            {
                found.push((sentence.idx, name, pos));
            }
            pos = next;
        }
    }
    for (sentence, name_span, honorific) in found {
        let name = &text[name_span.clone()];
        let entity = draft.discover(slug(name), name, None, None);
        let mut m = Mention::person(name_span, sentence, entity, None);
        m.phrase_start = honorific;
        draft.add(m);
    }
}

/// Whether the char before byte `pos` is a word char.
fn is_word_char_byte(text: &str, pos: usize) -> bool {
    text[..pos].chars().next_back().is_some_and(is_word_char)
}

/// A lowercase particle joined to a capitalised name ("al-Harthy",
/// "el-Sisi", "bin-Zayed").
fn is_particle_name(ctx: &Ctx<'_>, token: &str) -> bool {
    token.split_once('-').is_some_and(|(particle, rest)| {
        particle.chars().all(char::is_lowercase)
            && ctx.is(particle, WordClass::Particle)
            && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Reads a capitalised name right after `from` (after one space), ending
/// before `limit`. A leading honorific ("Dr. Ana Lopes") is skipped: it
/// is no part of the name.
pub(super) fn discover_name(
    ctx: &Ctx<'_>,
    from: usize,
    limit: usize,
) -> Option<Range<usize>> {
    let text = ctx.text;
    let rest = &text[from..limit.max(from)];
    let trimmed =
        rest.strip_prefix(' ').or_else(|| rest.strip_prefix('\u{a0}'))?;
    let base = limit.max(from) - trimmed.len();
    let mut pos = 0;
    let mut start = 0;
    let mut end: Option<usize> = None;
    let mut n_tokens = 0;
    while n_tokens < 5 {
        let token_text = &trimmed[pos..];
        let token_len = token_text
            .find(|c: char| {
                !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            })
            .unwrap_or(token_text.len());
        if token_len == 0 {
            break;
        }
        let mut token = &token_text[..token_len];
        let mut possessive = false;
        for suffix in ["'s", "’s"] {
            if let Some(stem) = token.strip_suffix(suffix) {
                token = stem;
                possessive = true;
            }
        }
        // A trailing period ends the sentence unless the token is an
        // initial ("S.") or an honorific ("Dr.").
        let is_initial = is_initial(token)
            || (token.len() <= 3
                && token.ends_with('.')
                && token.chars().next().is_some_and(char::is_uppercase)
                && token.chars().filter(|c| c.is_alphabetic()).count() == 1);
        if !is_initial {
            token = token.trim_end_matches('.');
        }
        let first = token.chars().next()?;
        if first.is_uppercase() {
            if end.is_none() && ctx.is(token, WordClass::Honorific) {
                // "Dr. Ana Lopes": skip the honorific and its period.
                let skip = token_text[token.len()..]
                    .strip_prefix('.')
                    .map_or(token.len(), |_| token.len() + 1);
                if !trimmed[pos + skip..].starts_with(' ') {
                    break;
                }
                pos += skip + 1;
                start = pos;
                continue;
            }
            // "Vice Premier He Lifeng": a surname that is also a pronoun,
            // right after the title and before another name word.
            let surname_he = end.is_none()
                && token == "He"
                && followed_by_name_word(ctx, trimmed, pos + token.len());
            if ctx.is(token, WordClass::NotName) && !surname_he {
                break;
            }
            let all_caps = token.len() > 1
                && token
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            // An acronym is no name, but a surname in capitals after a
            // given name is ("Macky SALL", a reference-book style).
            if all_caps
                && (end.is_none()
                    || token.chars().filter(|c| c.is_alphabetic()).count() < 3)
            {
                break;
            }
            pos += token.len();
            end = Some(pos);
            n_tokens += 1;
        } else if end.is_some()
            && token.chars().all(char::is_lowercase)
            && ctx.is(token, WordClass::Particle)
        {
            pos += token.len();
        } else if end.is_some() && is_particle_name(ctx, token) {
            // "Salim al-Harthy", "Asaad al-Shaibani".
            pos += token.len();
            end = Some(pos);
            n_tokens += 1;
        } else {
            break;
        }
        if possessive {
            break;
        }
        // Continue only across one space.
        if trimmed[pos..].starts_with(' ') {
            let after = &trimmed[pos + 1..];
            if after.chars().next().is_some_and(|c| c.is_alphabetic()) {
                pos += 1;
                continue;
            }
        }
        break;
    }
    let end = end?;
    let span = base + start..base + end;
    // The name must end on a word boundary.
    if !on_word_boundaries(text, span.start, span.end)
        && text[span.end..].chars().next().is_some_and(is_word_char)
    {
        return None;
    }
    Some(span)
}

/// A capitalised name of two to four words ending right before `end`
/// and starting after `floor` ("Ingrid Solbakken" in "Ingrid Solbakken,
/// Norway's state secretary"). An honorific before it is no part of it.
pub(super) fn name_before(
    ctx: &Ctx<'_>,
    floor: usize,
    end: usize,
) -> Option<Range<usize>> {
    let text = ctx.text;
    let head = &text[floor..end];
    let mut start = end;
    let mut n = 0;
    for word in head.rsplit(' ') {
        let is_name = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(|c| {
                c.is_lowercase() || c == '-' || c == '\'' || c == '’'
            })
            && word.chars().count() > 1
            && !ctx.is(word, WordClass::NotName)
            && !ctx.is(word, WordClass::Honorific);
        let particle = n > 0
            && word.chars().all(char::is_lowercase)
            && ctx.is(word, WordClass::Particle);
        if !(is_name || particle) || n == 4 {
            break;
        }
        start -= word.len() + usize::from(start < end);
        if is_name {
            n += 1;
        }
    }
    let start = start.max(floor);
    let span = text[start..end].trim_start();
    let start = end - span.len();
    (n >= 2 && span.chars().next().is_some_and(char::is_uppercase))
        .then_some(start..end)
}

/// Who a bare surname found by [`find_surnames`] names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Discovered(u32),
    Listed(EntityId),
}

/// "Lopes said", "Evans said": bare surnames of the discovered people of
/// the document, and of the listed people it names in full who have no
/// short form and whose surname the gazetteers do not list as a form of
/// anyone ("Foreign Minister Gareth Evans said ... Evans said he would
/// meet"). A surname two of
/// them share names neither; a listed one followed by another name word
/// ("Evans Street") is skipped.
pub(super) fn find_surnames(ctx: &Ctx<'_>, draft: &mut Draft) {
    let text = ctx.text;
    let mut by_surname: FxHashMap<&str, Option<Owner>> = FxHashMap::default();
    fn claim<'a>(
        by_surname: &mut FxHashMap<&'a str, Option<Owner>>,
        surname: &'a str,
        owner: Owner,
    ) {
        if surname.len() < 3 {
            return;
        }
        by_surname
            .entry(surname)
            .and_modify(|v| {
                if *v != Some(owner) {
                    *v = None;
                }
            })
            .or_insert(Some(owner));
    }
    for (idx, d) in draft.discovered.iter().enumerate() {
        if let Some(surname) = d.name.rsplit(' ').next() {
            claim(&mut by_surname, surname, Owner::Discovered(idx as u32));
        }
    }
    for m in &draft.mentions {
        let (MentionKind::Person, false, Some(EntityRef::Known(id))) =
            (m.kind, m.short_form, m.entity)
        else {
            continue;
        };
        if ctx.gazetteer.has_short_form(id) {
            continue;
        }
        let name = &ctx.gazetteer.entity(id).name;
        if let Some((_, surname)) = name.rsplit_once(' ') {
            if ctx.gazetteer.surface(surname).is_none() {
                claim(&mut by_surname, surname, Owner::Listed(id));
            }
        }
    }
    if by_surname.is_empty() {
        return;
    }
    let mut surnames: Vec<(&str, Owner)> =
        by_surname.into_iter().filter_map(|(s, o)| Some((s, o?))).collect();
    if surnames.is_empty() {
        return;
    }
    surnames.sort_by_key(|&(s, _)| s);
    // A few surnames per document: each is searched for alone (building
    // an automaton per document cost more than the searches).
    let mut added = vec![];
    let mentions = &draft.mentions;
    let sentences = ctx.sentences;
    for &(surname, owner) in &surnames {
        for (start, _) in text.match_indices(surname) {
            let end = start + surname.len();
            if !on_word_boundaries(text, start, end) {
                continue;
            }
            // The kept sentence that holds it, if any.
            let at = sentences.partition_point(|s| s.span.start <= start);
            let Some(sentence) = at
                .checked_sub(1)
                .map(|k| &sentences[k])
                .filter(|s| end <= s.span.end)
            else {
                continue;
            };
            // Mentions are sorted and disjoint: only the neighbours of
            // the insertion point can overlap.
            let at = mentions.partition_point(|m| m.span.start < end);
            let overlaps = mentions
                [at.saturating_sub(2)..(at + 1).min(mentions.len())]
                .iter()
                .any(|m| {
                    m.phrase_start.min(m.span.start) < end
                        && start < m.span.end
                });
            if overlaps {
                continue;
            }
            let (entity, country) = match owner {
                Owner::Discovered(idx) => (
                    EntityRef::Discovered(idx),
                    draft.discovered[idx as usize].country,
                ),
                Owner::Listed(id) => {
                    if followed_by_name_word(ctx, text, end) {
                        continue;
                    }
                    (EntityRef::Known(id), ctx.gazetteer.entity(id).country)
                }
            };
            let mut m =
                Mention::person(start..end, sentence.idx, entity, country);
            m.short_form = true;
            added.push(m);
        }
    }
    // Leftmost first, the longest at one start; one surname found inside
    // another's match is dropped, as one scan for all of them would.
    added.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut last_end = 0;
    added.retain(|m| {
        let keep = m.span.start >= last_end;
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    for m in added {
        draft.add(m);
    }
}

/// "Alan García Pérez ... Mr. García": a discovered one-word name (an
/// honorific's) is the listed person named in full in the document
/// whose name has it as a later word (a surname, ASCII-folded), when
/// exactly one does. Its mentions move to that person.
pub(super) fn merge_discovered_into_listed(ctx: &Ctx<'_>, draft: &mut Draft) {
    if !draft.discovered.iter().any(|d| !d.name.contains(' ')) {
        return;
    }
    let fold = |s: &str| deunicode::deunicode(s).to_ascii_lowercase();
    let mut listed: Vec<EntityId> = draft.named_in_full().collect();
    listed.sort_unstable();
    listed.dedup();
    let owner: Vec<Option<EntityId>> = draft
        .discovered
        .iter()
        .map(|d| {
            if d.name.contains(' ') {
                return None;
            }
            let name = fold(&d.name);
            let mut owners = listed.iter().copied().filter(|&id| {
                ctx.gazetteer.entity(id).name.split(' ').skip(1).any(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && fold(w) == name
                })
            });
            match (owners.next(), owners.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        })
        .collect();
    if owner.iter().all(Option::is_none) {
        return;
    }
    // New indices of the discovered people that stay.
    let mut new_index = vec![0u32; owner.len()];
    let mut kept = 0u32;
    for (o, new) in owner.iter().zip(&mut new_index) {
        if o.is_none() {
            *new = kept;
            kept += 1;
        }
    }
    for m in &mut draft.mentions {
        if let Some(EntityRef::Discovered(d)) = m.entity {
            match owner[d as usize] {
                Some(id) => {
                    m.entity = Some(EntityRef::Known(id));
                    m.country = ctx.gazetteer.entity(id).country.or(m.country);
                }
                None => {
                    m.entity =
                        Some(EntityRef::Discovered(new_index[d as usize]))
                }
            }
        }
    }
    let mut i = 0;
    draft.discovered.retain(|_| {
        let keep = owner[i].is_none();
        i += 1;
        keep
    });
}

/// "Mr Aiyar ... Mani Shankar Aiyar": a discovered one-word name is the
/// discovered full name that ends with it, when exactly one does. Its
/// mentions move to the full name, which takes a missing country or
/// role from it.
pub(super) fn merge_discovered_short_names(draft: &mut Draft) {
    let n = draft.discovered.len();
    let mut target: Vec<u32> = (0..n as u32).collect();
    for (idx, d) in draft.discovered.iter().enumerate() {
        if d.name.contains(' ') {
            continue;
        }
        let suffix = format!(" {}", d.name);
        let mut fulls = draft
            .discovered
            .iter()
            .enumerate()
            .filter(|(_, f)| f.name.ends_with(&suffix));
        if let (Some((full, _)), None) = (fulls.next(), fulls.next()) {
            target[idx] = full as u32;
        }
    }
    if target.iter().enumerate().all(|(i, &t)| i as u32 == t) {
        return;
    }
    // New indices of the people that stay.
    let mut new_index = vec![0u32; n];
    let mut kept = 0u32;
    for (i, (&t, new)) in target.iter().zip(&mut new_index).enumerate() {
        if t == i as u32 {
            *new = kept;
            kept += 1;
        }
    }
    for (i, &t) in target.iter().enumerate() {
        let t = t as usize;
        if t != i {
            let (country, role) =
                (draft.discovered[i].country, draft.discovered[i].role);
            let full = &mut draft.discovered[t];
            full.country = full.country.or(country);
            full.role = full.role.or(role);
        }
    }
    let remap = |r: u32| new_index[target[r as usize] as usize];
    for m in &mut draft.mentions {
        if let Some(EntityRef::Discovered(d)) = m.entity {
            m.entity = Some(EntityRef::Discovered(remap(d)));
            m.country = m
                .country
                .or(draft.discovered[target[d as usize] as usize].country);
        }
    }
    let mut i = 0;
    draft.discovered.retain(|_| {
        let keep = target[i] == i as u32;
        i += 1;
        keep
    });
}
