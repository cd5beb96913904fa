//! Scraped noise: marks sentences that later stages must skip.
//!
//! Input: the text and its sentences. Output: one [`Skip`] per sentence.
//!
//! Scraped articles repeat themselves: a teaser cut mid-sentence, the
//! article, then its paragraphs again; site boilerplate at the end. A
//! sentence is skipped when, after normalisation (dateline prefix such as
//! "Beijing :" dropped, quotes and dashes unified, white space collapsed):
//! - it equals an earlier sentence ([`Skip::Repeat`]);
//! - it has no final punctuation and is a strict prefix of another sentence
//!   (a teaser cut mid-sentence), or it is a strict suffix of another
//!   sentence and does not start with an uppercase letter (the tail of a
//!   cut sentence) ([`Skip::Fragment`]);
//! - it is a boilerplate line from [`BOILERPLATE`] ([`Skip::Boilerplate`]).
//!
//! Cost: one normalised copy per sentence and two sorts; no quadratic
//! comparison, so huge documents stay linear-logarithmic.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;

use super::Sentence;

/// Why a sentence is skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skip {
    /// Analysed.
    Keep,
    /// The same sentence appeared earlier in the document.
    Repeat,
    /// A cut-off piece of another sentence of the document.
    Fragment,
    /// Site boilerplate.
    Boilerplate,
}

/// Lines that are site furniture, not news (lowercase, compared after
/// normalisation; a sentence matches when it starts with one of these and
/// is at most 80 bytes long).
pub const BOILERPLATE: &[&str] = &[
    "comments are closed",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "click here",
    "read more",
    "read also",
    "related articles",
    "related:",
    "advertisement",
    "subscribe to",
    "sign up for",
    "all rights reserved",
    "copyright ©",
    "© copyright",
    "follow us on",
    "leave a comment",
    "leave a reply",
    "you may also like",
    "recommended for you",
    "this article was",
    "please enable javascript",
    "print this page",
    "email this",
    "tags:",
];

/// Minimum length of a fragment, so that short real sentences ("Yes.")
/// are never mistaken for pieces of longer ones.
const MIN_FRAGMENT_LEN: usize = 12;

/// The dateline prefix regex: "Beijing :", "NEW DELHI, March 3 (Reuters) -",
/// "BOGOTA, Colombia (AP) -", "LIMA, Peru, March 3 (Reuters) -",
/// "Beijing, November 4, 2025 —".
pub(crate) fn dateline_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"^(?:\p{Lu}[\p{L}'.]*(?:[ -]\p{Lu}[\p{L}'.]*){0,3})\s*(?:,\s*\p{Lu}[\p{L}'.]*(?:\s\p{Lu}[\p{L}'.]*){0,2})?\s*(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?::|—|–|--?\s)\s*",
        )
        .expect("valid dateline regex")
    })
}

/// Normalises a sentence for comparison; borrows when nothing changes
/// (the common case), so no copy is made.
fn normalise(sentence: &str) -> Cow<'_, str> {
    let body = match sentence.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() || !b.is_ascii() => {
            match dateline_regex().find(sentence) {
                Some(m) => &sentence[m.end()..],
                None => sentence,
            }
        }
        _ => sentence,
    };
    let plain = body.bytes().all(|b| {
        b.is_ascii() && b != b'`' && b != b'\n' && b != b'\t' && b != b'\r'
    }) && !body.contains("  ");
    if plain {
        return Cow::Borrowed(body.trim());
    }
    let mut out = String::with_capacity(body.len());
    let mut space = false;
    for c in body.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            '—' | '–' => '-',
            c => c,
        });
    }
    Cow::Owned(out)
}

fn ends_with_terminal(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', ')', ']']).ends_with(['.', '!', '?', '…'])
}

/// Marks every sentence of `text` as kept or skipped.
pub fn mark_repeats(text: &str, sentences: &[Sentence]) -> Vec<Skip> {
    let normalised: Vec<Cow<'_, str>> =
        sentences.iter().map(|s| normalise(&text[s.span.clone()])).collect();
    // Prefix fragments (no final punctuation) are checked against the
    // sorted list; suffix fragments (not starting with an uppercase letter)
    // are rare, so they are checked by a scan unless there are many.
    let mut sorted: Vec<&str> =
        normalised.iter().map(|s| s.as_ref()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let n_suffix_candidates = normalised
        .iter()
        .filter(|n| !n.chars().next().is_some_and(char::is_uppercase))
        .count();
    let reversed: Option<Vec<String>> =
        (n_suffix_candidates > 32).then(|| {
            let mut r: Vec<String> =
                sorted.iter().map(|s| s.chars().rev().collect()).collect();
            r.sort_unstable();
            r
        });
    let fragments =
        Fragments { sorted: &sorted, reversed: reversed.as_deref() };

    let mut seen: HashSet<&str> = HashSet::with_capacity(sentences.len());
    normalised
        .iter()
        .map(|norm| {
            let norm = norm.as_ref();
            if is_boilerplate(norm) {
                Skip::Boilerplate
            } else if norm.is_empty() {
                // A dateline on its own line: keep it (it carries the date).
                Skip::Keep
            } else if !seen.insert(norm) {
                Skip::Repeat
            } else if fragments.is_fragment(norm) {
                Skip::Fragment
            } else {
                Skip::Keep
            }
        })
        .collect()
}

fn is_boilerplate(norm: &str) -> bool {
    if norm.len() > 80 {
        return false;
    }
    BOILERPLATE.iter().any(|b| {
        norm.len() >= b.len()
            && norm.as_bytes()[..b.len()].eq_ignore_ascii_case(b.as_bytes())
    })
}

struct Fragments<'a> {
    /// Distinct normalised sentences, sorted.
    sorted: &'a [&'a str],
    /// The same, reversed char by char and sorted; only for documents with
    /// many suffix candidates.
    reversed: Option<&'a [String]>,
}

impl Fragments<'_> {
    fn is_fragment(&self, norm: &str) -> bool {
        if norm.len() < MIN_FRAGMENT_LEN {
            return false;
        }
        // A strict prefix sorts right before the strings it starts.
        if !ends_with_terminal(norm) {
            let at = self.sorted.partition_point(|s| *s <= norm);
            if self.sorted.get(at).is_some_and(|s| s.starts_with(norm)) {
                return true;
            }
        }
        if norm.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        match self.reversed {
            Some(reversed) => {
                let rev: String = norm.chars().rev().collect();
                let at =
                    reversed.partition_point(|s| s.as_str() <= rev.as_str());
                reversed.get(at).is_some_and(|s| s.starts_with(&rev))
            }
            None => self
                .sorted
                .iter()
                .any(|s| s.len() > norm.len() && s.ends_with(norm)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn check(text: &str, expected: &[(&str, Skip)]) {
        let sentences = split_sentences(text);
        let marks = mark_repeats(text, &sentences);
        let got: Vec<(&str, Skip)> = sentences
            .iter()
            .zip(marks)
            .map(|(s, m)| (&text[s.span.clone()], m))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn exact_repeats() {
        check(
            "Xi met Putin in Moscow.\n\nXi met Putin in Moscow.\nThey spoke.",
            &[
                ("Xi met Putin in Moscow.", Skip::Keep),
                ("Xi met Putin in Moscow.", Skip::Repeat),
                ("They spoke.", Skip::Keep),
            ],
        );
    }

    #[test]
    fn repeats_ignore_quotes_and_space() {
        check(
            "China’s plan  is set.\nChina's plan is set.",
            &[
                ("China’s plan  is set.", Skip::Keep),
                ("China's plan is set.", Skip::Repeat),
            ],
        );
    }

    #[test]
    fn teaser_prefix_with_dateline() {
        check(
            "Beijing :Xi met Putin in Moscow on Tuesday, saying that China\n\n\
             Xi met Putin in Moscow on Tuesday, saying that China-Russia ties are strong.\n\n\
             -Russia ties are strong.",
            &[
                ("Beijing :Xi met Putin in Moscow on Tuesday, saying that China", Skip::Fragment),
                ("Xi met Putin in Moscow on Tuesday, saying that China-Russia ties are strong.", Skip::Keep),
                ("-Russia ties are strong.", Skip::Fragment),
            ],
        );
    }

    #[test]
    fn short_real_sentences_are_kept() {
        check(
            "He agreed. He agreed to talks.\nThey met.",
            &[
                ("He agreed.", Skip::Keep),
                ("He agreed to talks.", Skip::Keep),
                ("They met.", Skip::Keep),
            ],
        );
    }

    #[test]
    fn boilerplate() {
        check(
            "Xi met Putin.\nComments are closed.\nShare this article",
            &[
                ("Xi met Putin.", Skip::Keep),
                ("Comments are closed.", Skip::Boilerplate),
                ("Share this article", Skip::Boilerplate),
            ],
        );
    }

    #[test]
    fn dateline_alone_is_kept() {
        check(
            "Beijing, November 4, 2025 —\nXi met Putin.",
            &[
                ("Beijing, November 4, 2025 —", Skip::Keep),
                ("Xi met Putin.", Skip::Keep),
            ],
        );
    }
}
