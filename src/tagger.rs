//! Stages 2+4: surface forms -> one Aho-Corasick automaton; sentence ->
//! dictionary matches.
//!
//! Input: a [`Gazetteer`] (once) and sentence spans of a text. Output:
//! [`TagMatch`]es: byte spans with the surface form they matched.
//!
//! Matching semantics: whole words, longest, no overlaps. A
//! leftmost-longest search finds the next match; if it passes the Unicode
//! word-boundary test it is kept. If it fails, every (overlapping) match
//! starting inside it is examined and the leftmost-longest *valid* one is
//! kept. Filtering after a plain leftmost-longest search would silently lose
//! a valid shorter match lying under a longer one that fails the boundary
//! test (patterns `Kim Jong` and `Kim` in "Kim Jongs": only `Kim` is a word
//! match).
//!
//! Case policy: matching is case-sensitive, on the exact surface forms of
//! the gazetteer. Names, aliases and demonyms match as written
//! ("China", "Chinese"); roles also match in lowercase and with only the
//! first letter capitalised, because the gazetteer adds those variants
//! ("President", "president", "Prime minister"). Demonyms are not
//! lowercased ("polish", "french" are ordinary words). ALL-CAPS text is
//! not matched, except acronyms written in capitals in the gazetteer
//! ("NATO", "PRC") and the place of a wire dateline ("NEW DELHI, March 3
//! (Reuters) -", looked up title-cased). A whole sentence in capitals (a
//! wire headline: "JAPAN, U.S. AGREE ON CHIP PACT") is matched through its
//! title-cased copy ([`Tagger::tag_capitals`]), plus the acronyms it holds
//! as written.
//!
//! The automaton is built once in [`Tagger::new`]; [`Tagger::tag`] does not
//! allocate per match (it reuses the caller's [`TagScratch`]).

use std::ops::Range;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use crate::error::{Error, Result};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::text::on_word_boundaries;

/// One dictionary match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagMatch {
    /// Byte span into the text.
    pub span: Range<usize>,
    /// Index into [`Gazetteer::surface_forms`].
    pub surface: u32,
}

/// Reusable buffers for [`Tagger::tag`].
#[derive(Default, Debug)]
pub struct TagScratch {
    candidates: Vec<(usize, usize, u32)>,
    titled: String,
    acronyms: Vec<TagMatch>,
}

/// The compiled automata over every surface form. `Send + Sync`; build it
/// once and share it.
///
/// Two automata over the same patterns: a leftmost-longest one (the fast
/// path: most matches pass the word-boundary test) and a standard one used
/// only around a match that fails the test, to find the valid shorter or
/// later matches it hides.
#[derive(Debug)]
pub struct Tagger {
    leftmost: AhoCorasick,
    /// Built on first use: most documents never need it, and start-up
    /// time matters for short articles.
    overlapping: OnceLock<AhoCorasick>,
    patterns: Vec<String>,
    max_len: usize,
}

impl Tagger {
    /// Builds the automata over all surface forms of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<Tagger> {
        let patterns: Vec<String> =
            gazetteer.surface_forms().iter().map(|s| s.text.clone()).collect();
        let leftmost = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .map_err(|e| Error::Automaton(e.to_string()))?;
        let max_len = patterns.iter().map(String::len).max().unwrap_or(0);
        Ok(Tagger {
            leftmost,
            overlapping: OnceLock::new(),
            patterns,
            max_len,
        })
    }

    fn overlapping(&self) -> &AhoCorasick {
        self.overlapping.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(&self.patterns)
                .expect("the same patterns already built a leftmost automaton")
        })
    }

    /// Appends to `out` the whole-word, leftmost-longest, non-overlapping
    /// matches inside `span` of `text`, in order.
    pub fn tag(
        &self,
        text: &str,
        span: Range<usize>,
        scratch: &mut TagScratch,
        out: &mut Vec<TagMatch>,
    ) {
        let end = span.end;
        let mut pos = span.start;
        while pos < end {
            let Some(m) = self.leftmost.find(Input::new(text).range(pos..end))
            else {
                break;
            };
            if on_word_boundaries(text, m.start(), m.end()) {
                out.push(TagMatch {
                    span: m.range(),
                    surface: m.pattern().as_u32(),
                });
                pos = m.end();
                continue;
            }
            // The longest match here fails the boundary test: look for the
            // valid matches that start inside it.
            match self.best_valid(text, m.start(), m.end(), end, scratch) {
                Some((start, stop, surface)) => {
                    out.push(TagMatch { span: start..stop, surface });
                    pos = stop;
                }
                None => pos = m.end(),
            }
        }
    }

    /// Like [`Tagger::tag`], for a sentence written in capitals (an ASCII
    /// wire headline): matches its title-cased copy ("Japan, U.s. Agree"),
    /// and keeps the acronyms matched as written ("NATO", "U.S.") where
    /// they overlap nothing. Returns `false`, adding nothing, when the span
    /// is not such a sentence.
    pub fn tag_capitals(
        &self,
        text: &str,
        span: Range<usize>,
        scratch: &mut TagScratch,
        out: &mut Vec<TagMatch>,
    ) -> bool {
        let body = &text[span.clone()];
        if !is_capitals(body) {
            return false;
        }
        let mut titled = std::mem::take(&mut scratch.titled);
        titled.clear();
        let mut word_start = true;
        for c in body.chars() {
            titled.push(if word_start { c } else { c.to_ascii_lowercase() });
            word_start = !c.is_ascii_alphanumeric();
        }
        let first = out.len();
        self.tag(&titled, 0..titled.len(), scratch, out);
        for m in &mut out[first..] {
            m.span = m.span.start + span.start..m.span.end + span.start;
        }
        let mut acronyms = std::mem::take(&mut scratch.acronyms);
        acronyms.clear();
        self.tag(text, span, scratch, &mut acronyms);
        for a in acronyms.drain(..) {
            let overlaps = out[first..].iter().any(|m| {
                m.span.start < a.span.end && a.span.start < m.span.end
            });
            if !overlaps {
                out.push(a);
            }
        }
        out[first..].sort_by_key(|m| m.span.start);
        scratch.titled = titled;
        scratch.acronyms = acronyms;
        true
    }

    /// The place of an ALL-CAPS wire dateline at the start of `span`
    /// ("NEW DELHI, March 3 (Reuters) -"), matched through its
    /// title-cased form; `None` when there is none.
    pub fn tag_dateline(
        &self,
        gazetteer: &Gazetteer,
        text: &str,
        span: Range<usize>,
    ) -> Option<TagMatch> {
        let body = &text[span.clone()];
        let m = crate::text::dedupe::dateline_regex().find(body)?;
        // The place: the capitalised words before the first comma, dash,
        // colon or bracket.
        let head_len = body[..m.end()]
            .find(|c: char| {
                matches!(c, ',' | '(' | ':' | '—' | '–') || c == '-'
            })
            .unwrap_or(m.end());
        let head = body[..head_len].trim_end();
        let letters = head.chars().filter(|c| c.is_alphabetic());
        if head.len() < 3 || !letters.clone().all(char::is_uppercase) {
            return None;
        }
        let mut titled = String::with_capacity(head.len());
        let mut word_start = true;
        for c in head.chars() {
            if word_start {
                titled.push(c);
            } else {
                titled.extend(c.to_lowercase());
            }
            word_start = !c.is_alphabetic();
        }
        let index = gazetteer.surface_index(&titled)?;
        let kind = gazetteer.surface_forms()[index].kind;
        matches!(kind, EntityKind::Place | EntityKind::Country).then(|| {
            TagMatch {
                span: span.start..span.start + head.len(),
                surface: index as u32,
            }
        })
    }

    /// The leftmost-longest whole-word match starting in `from..before`.
    fn best_valid(
        &self,
        text: &str,
        from: usize,
        before: usize,
        end: usize,
        scratch: &mut TagScratch,
    ) -> Option<(usize, usize, u32)> {
        let candidates = &mut scratch.candidates;
        candidates.clear();
        let window = from..end.min(before + self.max_len);
        for m in self
            .overlapping()
            .find_overlapping_iter(Input::new(text).range(window))
        {
            if m.start() < before
                && on_word_boundaries(text, m.start(), m.end())
            {
                candidates.push((m.start(), m.end(), m.pattern().as_u32()));
            }
        }
        candidates
            .iter()
            .copied()
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
    }
}

/// An ASCII sentence in capitals with at least two words of three letters
/// or more.
fn is_capitals(body: &str) -> bool {
    body.is_ascii()
        && !body.bytes().any(|b| b.is_ascii_lowercase())
        && body
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
            .count()
            >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;

    fn gazetteer(names: &[&str]) -> Gazetteer {
        let mut tsv = String::from("id\tname\taliases\n");
        for (i, n) in names.iter().enumerate() {
            tsv.push_str(&format!("o{i}\t{n}\t\n"));
        }
        let mut b = GazetteerBuilder::new();
        b.no_defaults();
        b.add_source("organisations.tsv", &tsv).unwrap();
        b.build().unwrap()
    }

    fn check(names: &[&str], text: &str, expected: &[&str]) {
        let g = gazetteer(names);
        let tagger = Tagger::new(&g).unwrap();
        let mut out = vec![];
        tagger.tag(text, 0..text.len(), &mut TagScratch::default(), &mut out);
        let got: Vec<&str> =
            out.iter().map(|m| &text[m.span.clone()]).collect();
        assert_eq!(got, expected, "{text:?}");
        for m in &out {
            let s = &g.surface_forms()[m.surface as usize];
            assert_eq!(s.text, &text[m.span.clone()]);
        }
    }

    #[test]
    fn whole_words_longest_no_overlap() {
        check(
            &["New York", "New York City", "York"],
            "New York City and York.",
            &["New York City", "York"],
        );
        check(
            &["Xi", "Xi Jinping"],
            "Xi Jinping visited Xiamen; Xi left.",
            &["Xi Jinping", "Xi"],
        );
        check(
            &["China", "Russia"],
            "China-Russia ties, China's and China’s",
            &["China", "Russia", "China", "China"],
        );
        check(&["ab", "b c"], "ab c", &["ab"]);
    }

    #[test]
    fn shorter_match_under_failed_longer_match_survives() {
        check(&["Kim", "Kim Jong"], "Kim Jongs arrived", &["Kim"]);
        check(
            &["Sudan", "South Sudan"],
            "South Sudanese and South Sudan",
            &["South Sudan"],
        );
    }

    #[test]
    fn unicode_boundaries() {
        check(&["Си"], "Си и Сибирь", &["Си"]);
        check(&["Élysée Palace"], "at the Élysée Palace.", &["Élysée Palace"]);
        check(&["São Paulo"], "inSão Paulo", &[]);
    }

    #[test]
    fn case_sensitive() {
        check(&["China"], "CHINA china China", &["China"]);
    }

    #[test]
    fn respects_span() {
        let g = gazetteer(&["Xi"]);
        let tagger = Tagger::new(&g).unwrap();
        let text = "Xi met Xi.";
        let mut out = vec![];
        tagger.tag(text, 3..text.len(), &mut TagScratch::default(), &mut out);
        assert_eq!(out, vec![TagMatch { span: 7..9, surface: 0 }]);
    }

    #[test]
    fn capitals_headlines_match_title_cased_and_acronyms() {
        let g = gazetteer(&["Japan", "NATO", "U.S.", "South Korea", "Agree"]);
        let tagger = Tagger::new(&g).unwrap();
        let tag = |text: &str| {
            let mut out = vec![];
            let ok = tagger.tag_capitals(
                text,
                0..text.len(),
                &mut TagScratch::default(),
                &mut out,
            );
            let got: Vec<&str> =
                out.iter().map(|m| &text[m.span.clone()]).collect();
            (ok, got.join("|"))
        };
        assert_eq!(
            tag("JAPAN, U.S. AND SOUTH KOREA MEET NATO"),
            (true, "JAPAN|U.S.|SOUTH KOREA|NATO".to_string())
        );
        // Not a headline in capitals: nothing added.
        assert_eq!(tag("Japan and NATO"), (false, String::new()));
        assert_eq!(tag("NATO"), (false, String::new()));
        assert_eq!(tag("ÉTATS-UNIS ET JAPON"), (false, String::new()));
    }
}
