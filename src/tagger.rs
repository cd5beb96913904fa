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
//! (Reuters) -", looked up title-cased): a headline in capitals yields no
//! names.
//!
//! The automaton is built once in [`Tagger::new`]; [`Tagger::tag`] does not
//! allocate per match (it reuses the caller's [`TagScratch`]). It is built
//! as two automata over the two halves of the sorted surface forms, on two
//! threads (start-up time matters for short articles); the search keeps
//! each half's next match and takes the leftmost-longest of the two, which
//! is the leftmost-longest match over all forms.

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
}

/// The compiled automata over every surface form. `Send + Sync`; build it
/// once and share it.
///
/// Leftmost-longest automata over the patterns (the fast path: most
/// matches pass the word-boundary test), in two halves, and a standard one
/// over all of them used only around a match that fails the test, to find
/// the valid shorter or later matches it hides.
#[derive(Debug)]
pub struct Tagger {
    /// Leftmost-longest automata over `patterns[..split]` and
    /// `patterns[split..]`.
    halves: [AhoCorasick; 2],
    split: usize,
    /// Built on first use: most documents never need it, and start-up
    /// time matters for short articles.
    overlapping: OnceLock<AhoCorasick>,
    /// Every pattern, concatenated; `ends[i]` is where pattern `i` ends.
    patterns: String,
    ends: Vec<usize>,
    max_len: usize,
}

/// A half's next match: none yet, one at this range, or none left.
#[derive(Clone, Copy)]
enum Next {
    Unknown,
    At(usize, usize, u32),
    Done,
}

impl Tagger {
    /// Builds the automata over all surface forms of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<Tagger> {
        let forms = gazetteer.surface_forms();
        let total: usize = forms.iter().map(|s| s.text.len()).sum();
        let mut patterns = String::with_capacity(total);
        let mut ends = Vec::with_capacity(forms.len());
        for s in forms {
            patterns.push_str(&s.text);
            ends.push(patterns.len());
        }
        // Two halves of about the same size, each a run of the sorted
        // forms (shared prefixes stay in one trie).
        let split = ends.partition_point(|&e| e < total / 2);
        let leftmost = |range: Range<usize>| {
            let texts = range.map(|i| pattern(&patterns, &ends, i));
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(texts)
                .map_err(|e| Error::Automaton(e.to_string()))
        };
        let (low, high) = std::thread::scope(|scope| {
            let high = scope.spawn(|| leftmost(split..ends.len()));
            let low = leftmost(0..split);
            (low, high.join().expect("building an automaton does not panic"))
        });
        let max_len = (0..ends.len())
            .map(|i| pattern(&patterns, &ends, i).len())
            .max()
            .unwrap_or(0);
        Ok(Tagger {
            halves: [low?, high?],
            split,
            overlapping: OnceLock::new(),
            patterns,
            ends,
            max_len,
        })
    }

    fn overlapping(&self) -> &AhoCorasick {
        self.overlapping.get_or_init(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(
                    (0..self.ends.len())
                        .map(|i| pattern(&self.patterns, &self.ends, i)),
                )
                .expect("the same patterns already built a leftmost automaton")
        })
    }

    /// The leftmost-longest match starting at or after `pos`, over both
    /// halves: `(start, end, surface index)`. `next` keeps each half's
    /// next match between calls; one that starts at or after `pos` is
    /// still that half's leftmost-longest match from `pos`.
    fn find(
        &self,
        text: &str,
        pos: usize,
        end: usize,
        next: &mut [Next; 2],
    ) -> Option<(usize, usize, u32)> {
        for (half, slot) in next.iter_mut().enumerate() {
            let stale = match *slot {
                Next::Unknown => true,
                Next::At(start, _, _) => start < pos,
                Next::Done => false,
            };
            if !stale {
                continue;
            }
            let offset = if half == 0 { 0 } else { self.split as u32 };
            *slot = match self.halves[half]
                .find(Input::new(text).range(pos..end))
            {
                Some(m) => {
                    Next::At(m.start(), m.end(), offset + m.pattern().as_u32())
                }
                None => Next::Done,
            };
        }
        let candidates = next.iter().filter_map(|n| match *n {
            Next::At(start, stop, surface) => Some((start, stop, surface)),
            _ => None,
        });
        candidates.min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
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
        let mut next = [Next::Unknown; 2];
        while pos < end {
            let Some((start, stop, surface)) =
                self.find(text, pos, end, &mut next)
            else {
                break;
            };
            if on_word_boundaries(text, start, stop) {
                out.push(TagMatch { span: start..stop, surface });
                pos = stop;
                continue;
            }
            // The longest match here fails the boundary test: look for the
            // valid matches that start inside it.
            match self.best_valid(text, start, stop, end, scratch) {
                Some((start, stop, surface)) => {
                    out.push(TagMatch { span: start..stop, surface });
                    pos = stop;
                }
                None => pos = stop,
            }
        }
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

/// Pattern `i` of the concatenated `patterns`.
fn pattern<'p>(patterns: &'p str, ends: &[usize], i: usize) -> &'p str {
    let start = if i == 0 { 0 } else { ends[i - 1] };
    &patterns[start..ends[i]]
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
}
