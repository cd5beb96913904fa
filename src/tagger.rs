//! Stages 2+4: surface forms -> one trie; sentence -> dictionary matches.
//!
//! Input: a [`Gazetteer`] (once) and sentence spans of a text. Output:
//! [`TagMatch`]es: byte spans with the surface form they matched.
//!
//! Matching semantics: whole words, longest, no overlaps. At each position
//! where a match may start (not inside a word), the trie of all surface
//! forms is walked along the text and the longest form that ends on a
//! Unicode word boundary is kept; the leftmost position with a match wins,
//! and the search goes on after it. A valid shorter match under a longer
//! one that fails the boundary test is found (patterns `Kim Jong` and
//! `Kim` in "Kim Jongs": only `Kim` is a word match), and a longer form
//! always beats a shorter one at the same start.
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
//! The trie is built once in [`Tagger::new`] from the sorted forms in one
//! pass (a few milliseconds for 19,000 forms: start-up time matters for
//! short articles); [`Tagger::tag`] allocates nothing but its output.
//!
//! Why a trie and not the `aho-corasick` crate: the trie is the goto
//! function of an Aho-Corasick automaton over the same forms. Its failure
//! links are not needed here, because a match may only start at a word
//! start: the walk restarts at the next word start instead. The crate's
//! automaton over 19,000 forms took about 25 ms to build (half of the
//! 50 ms cold-start budget, BENCHMARKS.md §3) for the same matches.

use std::ops::Range;

use crate::error::{Error, Result};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::text::{is_word_char, on_word_boundaries};

/// One dictionary match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagMatch {
    /// Byte span into the text.
    pub span: Range<usize>,
    /// Index into [`Gazetteer::surface_forms`].
    pub surface: u32,
}

/// No node, no pattern.
const NONE: u32 = u32::MAX;

/// A byte trie of every surface form. `Send + Sync`; build it once and
/// share it.
///
/// Node 0 is the root; its children are also indexed by byte in `root`.
/// Nodes are numbered breadth-first, so the children of a node are the
/// consecutive nodes from its `first_child` to the next node's, in
/// increasing byte order: a lookup reads one short run of `byte` (a cache
/// line, not one scattered node per sibling) and stops early.
#[derive(Debug)]
pub struct Tagger {
    root: Box<[u32; 256]>,
    /// Each node, plus one past the last that ends the children of the
    /// last.
    nodes: Vec<Node>,
    /// The byte on the edge into each node.
    byte: Vec<u8>,
}

/// What a walk reads at each node, side by side: one cache line.
#[derive(Clone, Copy, Debug)]
struct Node {
    first_child: u32,
    /// The surface index ending here, or `NONE`.
    pattern: u32,
}

/// The trie as it is built from the sorted forms, in depth-first order:
/// a node's children are a linked list in increasing byte order.
struct LinkedTrie {
    first_child: Vec<u32>,
    next_sibling: Vec<u32>,
    last_child: Vec<u32>,
    byte: Vec<u8>,
    pattern: Vec<u32>,
}

impl Tagger {
    /// Builds the trie over all surface forms of `gazetteer`.
    pub fn new(gazetteer: &Gazetteer) -> Result<Tagger> {
        let forms = gazetteer.surface_forms();
        // Insertion in byte order lets each form reuse the path of the
        // previous one up to their common prefix.
        let mut order: Vec<u32> = (0..forms.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            forms[a as usize]
                .text
                .as_bytes()
                .cmp(forms[b as usize].text.as_bytes())
        });
        let bytes: usize = forms.iter().map(|s| s.text.len()).sum();
        // Node ids are u32 (NONE excluded): at most one node per byte.
        if bytes >= NONE as usize {
            return Err(Error::Automaton(format!(
                "{bytes} bytes of surface forms: at most {} fit in the trie",
                NONE - 1
            )));
        }
        let mut trie = LinkedTrie::with_capacity(bytes / 2);
        trie.push_node(0);
        // The path of the previous form: node at each depth.
        let mut path: Vec<u32> = vec![0];
        let mut previous: &[u8] = b"";
        for &index in &order {
            let text = forms[index as usize].text.as_bytes();
            if text.is_empty() {
                continue;
            }
            let common =
                previous.iter().zip(text).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &text[common..] {
                let parent = *path.last().expect("the root is on the path");
                path.push(trie.push_child(parent, b));
            }
            let end = *path.last().expect("a form has a node");
            trie.pattern[end as usize] = index;
            previous = text;
        }
        Ok(Tagger::breadth_first(&trie))
    }

    /// Renumbers `trie` breadth-first (one pass over its nodes).
    fn breadth_first(trie: &LinkedTrie) -> Tagger {
        let n = trie.byte.len();
        // The old id of each new node: the queue of the traversal.
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut nodes: Vec<Node> = Vec::with_capacity(n + 1);
        order.push(0);
        let mut next = 0;
        while next < order.len() {
            let old = order[next] as usize;
            nodes.push(Node {
                first_child: order.len() as u32,
                pattern: trie.pattern[old],
            });
            let mut c = trie.first_child[old];
            while c != NONE {
                order.push(c);
                c = trie.next_sibling[c as usize];
            }
            next += 1;
        }
        nodes.push(Node { first_child: order.len() as u32, pattern: NONE });
        let byte: Vec<u8> =
            order.iter().map(|&o| trie.byte[o as usize]).collect();
        let mut root = Box::new([NONE; 256]);
        for c in nodes[0].first_child..nodes[1].first_child {
            root[usize::from(byte[c as usize])] = c;
        }
        Tagger { root, nodes, byte }
    }

    /// The child of `node` along `byte`, or `NONE`.
    fn child(&self, node: u32, byte: u8) -> u32 {
        let from = self.nodes[node as usize].first_child;
        let to = self.nodes[node as usize + 1].first_child;
        for (c, &b) in (from..to).zip(&self.byte[from as usize..to as usize]) {
            if b >= byte {
                return if b == byte { c } else { NONE };
            }
        }
        NONE
    }

    /// The longest form starting at `start` and ending on a word
    /// boundary, not after `end`: `(end, surface)`.
    fn longest_at(
        &self,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, u32)> {
        let bytes = text.as_bytes();
        let mut node = self.root[usize::from(bytes[start])];
        let mut best = None;
        let mut pos = start + 1;
        while node != NONE {
            let pattern = self.nodes[node as usize].pattern;
            // "US$760m", "HK$5bn": a currency, not the country.
            if pattern != NONE
                && on_word_boundaries(text, start, pos)
                && bytes.get(pos) != Some(&b'$')
            {
                best = Some((pos, pattern));
            }
            if pos >= end {
                break;
            }
            node = self.child(node, bytes[pos]);
            pos += 1;
        }
        best
    }

    /// Appends to `out` the whole-word, leftmost-longest, non-overlapping
    /// matches inside `span` of `text`, in order.
    pub fn tag(
        &self,
        text: &str,
        span: Range<usize>,
        out: &mut Vec<TagMatch>,
    ) {
        let bytes = text.as_bytes();
        let end = span.end;
        let mut pos = span.start;
        while pos < end {
            let b = bytes[pos];
            // Not a char start, or no form starts with this byte.
            if b & 0xC0 == 0x80 || self.root[usize::from(b)] == NONE {
                pos += 1;
                continue;
            }
            // Inside a word no whole-word match starts.
            let word = text[pos..].chars().next().is_some_and(is_word_char);
            let inside_word = word
                && text[..pos].chars().next_back().is_some_and(is_word_char);
            if !inside_word {
                if let Some((stop, surface)) = self.longest_at(text, pos, end)
                {
                    out.push(TagMatch { span: pos..stop, surface });
                    pos = stop;
                    continue;
                }
            }
            // The rest of a word is inside it: skip it in one go.
            pos = if word { word_end(text, pos, end) } else { pos + 1 };
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
        out: &mut Vec<TagMatch>,
    ) -> bool {
        let body = &text[span.clone()];
        if !is_capitals(body) {
            return false;
        }
        // Rare (a headline in capitals): the copy is allocated here.
        let mut titled = String::with_capacity(body.len());
        let mut word_start = true;
        for c in body.chars() {
            titled.push(if word_start { c } else { c.to_ascii_lowercase() });
            word_start = !c.is_ascii_alphanumeric();
        }
        let first = out.len();
        self.tag(&titled, 0..titled.len(), out);
        for m in &mut out[first..] {
            m.span = m.span.start + span.start..m.span.end + span.start;
        }
        let mut acronyms = vec![];
        self.tag(text, span, &mut acronyms);
        for a in acronyms {
            let overlaps = out[first..].iter().any(|m| {
                m.span.start < a.span.end && a.span.start < m.span.end
            });
            if !overlaps {
                out.push(a);
            }
        }
        out[first..].sort_by_key(|m| m.span.start);
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
        // The place is in capitals and the search starts at an uppercase
        // letter, so a sentence that does not start with one, or whose
        // second char is lowercase ("The"), has none: most sentences are
        // not searched.
        let mut chars = body.chars();
        if !chars.next().is_some_and(char::is_uppercase)
            || chars.next().is_some_and(char::is_lowercase)
        {
            return None;
        }
        let end = match crate::text::dedupe::dateline_regex().find(body) {
            Some(m) => m.end(),
            None => bare_dateline(body)?,
        };
        // The place: the capitalised words before the first comma, dash,
        // colon or bracket.
        // A hyphen inside a word is part of the name ("PORT-AU-PRINCE").
        let bytes = body.as_bytes();
        let head_len = body[..end]
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, ',' | '(' | ':' | '—' | '–')
                    || (c == '-'
                        && (i == 0
                            || bytes[i - 1] == b' '
                            || bytes.get(i + 1).is_none_or(|&b| b == b' ')))
            })
            .map_or(end, |(i, _)| i);
        let head = body[..head_len].trim_end();
        let letters = head.chars().filter(|c| c.is_alphabetic());
        if head.len() < 3 || !letters.clone().all(char::is_uppercase) {
            return None;
        }
        // Title-cased after spaces, and after each hyphen or not
        // ("Guinea-Bissau", "Port-au-Prince"): at most 8 forms tried.
        let hyphens = head.matches('-').count().min(3);
        let titled = |mask: u32| {
            let mut titled = String::with_capacity(head.len());
            let (mut upper, mut hyphen) = (true, 0);
            for c in head.chars() {
                if upper {
                    titled.push(c);
                } else {
                    titled.extend(c.to_lowercase());
                }
                upper = match c {
                    '-' => {
                        hyphen += 1;
                        mask & (1 << (hyphen - 1)) != 0
                    }
                    _ => !c.is_alphabetic() && c != '\'' && c != '.',
                };
            }
            titled
        };
        let index = (0..1u32 << hyphens)
            .rev()
            .find_map(|mask| gazetteer.surface_index(&titled(mask)))?;
        let kind = gazetteer.surface_forms()[index].kind;
        matches!(kind, EntityKind::Place | EntityKind::Country).then(|| {
            TagMatch {
                span: span.start..span.start + head.len(),
                surface: index as u32,
            }
        })
    }
}

impl LinkedTrie {
    fn with_capacity(capacity: usize) -> LinkedTrie {
        LinkedTrie {
            first_child: Vec::with_capacity(capacity),
            next_sibling: Vec::with_capacity(capacity),
            last_child: Vec::with_capacity(capacity),
            byte: Vec::with_capacity(capacity),
            pattern: Vec::with_capacity(capacity),
        }
    }

    fn push_node(&mut self, byte: u8) -> u32 {
        let id = self.byte.len() as u32;
        self.first_child.push(NONE);
        self.next_sibling.push(NONE);
        self.last_child.push(NONE);
        self.byte.push(byte);
        self.pattern.push(NONE);
        id
    }

    /// Appends a child of `parent` along `byte`, after its other children
    /// (forms come in byte order, so they stay sorted).
    fn push_child(&mut self, parent: u32, byte: u8) -> u32 {
        let node = self.push_node(byte);
        match self.last_child[parent as usize] {
            NONE => self.first_child[parent as usize] = node,
            sibling => self.next_sibling[sibling as usize] = node,
        }
        self.last_child[parent as usize] = node;
        node
    }
}

/// The end of the run of word chars from `pos` (at most `end`).
fn word_end(text: &str, pos: usize, end: usize) -> usize {
    text[pos..end]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(end, |(i, _)| pos + i)
}

/// "BEIJING, Visiting Portuguese Prime Minister ...": a wire dateline of a
/// city in capitals (at most four words and 32 bytes) and a comma, with no
/// date or dash, right before a title-cased word; where the story starts.
fn bare_dateline(body: &str) -> Option<usize> {
    let comma = body.get(..body.len().min(34))?.find(", ")?;
    let head = &body[..comma];
    let capitals = head.len() <= 32
        && head.split(' ').count() <= 4
        && head.chars().any(char::is_alphabetic)
        && !head.chars().any(char::is_lowercase);
    // A title-cased word: not a list in an all-caps headline ("BRAZIL,
    // ARGENTINA SIGN TREATY").
    let mut next = body[comma + 2..].chars();
    let title_cased = next.next().is_some_and(char::is_uppercase)
        && next.next().is_some_and(char::is_lowercase);
    (capitals && title_cased).then_some(comma + 2)
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
        tagger.tag(text, 0..text.len(), &mut out);
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
        tagger.tag(text, 3..text.len(), &mut out);
        assert_eq!(out, vec![TagMatch { span: 7..9, surface: 0 }]);
    }

    #[test]
    fn capitals_headlines_match_title_cased_and_acronyms() {
        let g = gazetteer(&["Japan", "NATO", "U.S.", "South Korea", "Agree"]);
        let tagger = Tagger::new(&g).unwrap();
        let tag = |text: &str| {
            let mut out = vec![];
            let ok = tagger.tag_capitals(text, 0..text.len(), &mut out);
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
