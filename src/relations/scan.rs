//! The trigger scan: every trigger rule in one lazy DFA, run anchored at
//! each word boundary of a sentence.
//!
//! Every trigger rule is `\b(?:...)\b` (`rules.rs` writes them so), so a
//! match can only start where a word starts or ends. An unanchored search
//! for all the rules at once needs a DFA whose states track every partial
//! match in flight; over the rules' long alternations and word gaps that
//! DFA grows to megabytes, and in a run whose other stages use the same
//! caches each of its transitions is a cache miss. Anchored at one
//! position, the DFA only follows the words there and dies within a few
//! bytes on most of them: far fewer states, kept warm.
//!
//! The matches are those of a leftmost-first, non-overlapping search of
//! the same patterns ([`regex_automata::meta::Regex::find_iter`]): the
//! leftmost start wins, and at one start the DFA's leftmost-first match
//! (the first pattern, then the first alternative, that matches). The
//! tests check the two agree.

use std::ops::Range;
use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};

type CacheFn =
    Box<dyn Fn() -> ScanCache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// The trigger rules compiled for [`TriggerScan::find`].
pub(crate) struct TriggerScan {
    dfa: DFA,
    caches: Pool<ScanCache, CacheFn>,
}

/// One thread's search state.
struct ScanCache {
    dfa: Cache,
    /// Whether any match can start with a byte after a kind of byte
    /// ([`behind`]): `UNKNOWN`, `DEAD` or `LIVE`, learnt as the scan meets
    /// them. Most word boundaries are ruled out here, by one load.
    first: [[u8; 256]; 5],
    /// The anchored start state after each kind of byte, once computed:
    /// valid while the DFA's cache has been cleared `starts_epoch` times
    /// (a clear forgets every state).
    starts: [Option<LazyStateID>; 5],
    starts_epoch: usize,
}

const UNKNOWN: u8 = 0;
const DEAD: u8 = 1;
const LIVE: u8 = 2;

/// The kind of byte before a position, as the DFA's start state tells
/// them apart: none (the text's start), `\n`, `\r`, a word byte, another.
fn behind(bytes: &[u8], at: usize) -> usize {
    match at.checked_sub(1).map(|i| bytes[i]) {
        None => 0,
        Some(b'\n') => 1,
        Some(b'\r') => 2,
        Some(b) if is_word_byte(b) => 3,
        Some(_) => 4,
    }
}

impl std::fmt::Debug for TriggerScan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TriggerScan").finish_non_exhaustive()
    }
}

/// Why the lazy DFA's steps cannot fail: it has no quit bytes (ASCII
/// `\b` needs no Unicode heuristics) and no minimum of cache clears, so
/// it never gives up; it supports anchored starts.
const NEVER_FAILS: &str =
    "the trigger DFA has no quit bytes and never gives up";

/// Whether `b` is a word byte of ASCII `\b` (the rules' syntax is ASCII).
fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] of every byte, looked up by the scan's inner loop.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    table
};

impl TriggerScan {
    /// Compiles `sources`, one pattern per rule (their syntax: see
    /// `rules::syntax`). Each must start with a word-boundary assertion.
    pub fn new(
        sources: &[String],
        syntax: regex_automata::util::syntax::Config,
    ) -> Result<TriggerScan, regex::Error> {
        let dfa = DFA::builder()
            .syntax(syntax)
            .thompson(
                thompson::Config::new()
                    .nfa_size_limit(Some(1 << 25))
                    .which_captures(thompson::WhichCaptures::None),
            )
            .configure(
                DFA::config()
                    .match_kind(MatchKind::LeftmostFirst)
                    .starts_for_each_pattern(false)
                    .cache_capacity(1 << 24),
            )
            .build_many(sources)
            .map_err(|e| regex::Error::Syntax(e.to_string()))?;
        let for_pool = dfa.clone();
        let create: CacheFn = Box::new(move || ScanCache {
            dfa: for_pool.create_cache(),
            first: [[UNKNOWN; 256]; 5],
            starts: [None; 5],
            starts_epoch: 0,
        });
        Ok(TriggerScan { dfa, caches: Pool::new(create) })
    }

    /// Appends to `out` the matches inside `span` of `text` as `(start,
    /// end, pattern)`, in order, not overlapping. `\b` sees the text
    /// around the span. No match starts inside one of `names` (byte
    /// ranges, sorted by start): "Peter Struck signed an agreement" is no
    /// "struck ... agreement", and the scan goes on to "signed an
    /// agreement".
    pub fn find(
        &self,
        text: &str,
        span: Range<usize>,
        names: &[Range<usize>],
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let mut names = names.iter().peekable();
        let mut cache = self.caches.get();
        let bytes = &text.as_bytes()[..span.end];
        let mut before =
            span.start.checked_sub(1).is_some_and(|i| is_word_byte(bytes[i]));
        let mut at = span.start;
        while at < bytes.len() {
            // Straight to the next word boundary: a byte whose kind differs
            // from the one before it.
            match bytes[at..].iter().position(|&b| is_word_byte(b) != before) {
                Some(k) => at += k,
                None => break,
            }
            while names.next_if(|n| n.end <= at).is_some() {}
            let in_name = names.peek().is_some_and(|n| n.start <= at);
            if !in_name && self.may_start(&mut cache, text, at) {
                if let Some((end, pattern)) =
                    self.longest_at(&mut cache, text, at, span.end)
                {
                    out.push((at, end, pattern));
                    // Non-overlapping: go on at the match's end.
                    before = is_word_byte(bytes[end - 1]);
                    at = end;
                    continue;
                }
            }
            before = !before;
            at += 1;
        }
    }

    /// Whether a match may start at `at`: its first byte does not kill
    /// the start state.
    fn may_start(&self, cache: &mut ScanCache, text: &str, at: usize) -> bool {
        let bytes = text.as_bytes();
        let kind = behind(bytes, at);
        let first = &mut cache.first[kind][usize::from(bytes[at])];
        if *first == UNKNOWN {
            let input = Input::new(text).range(at..).anchored(Anchored::Yes);
            let dfa = &self.dfa;
            let start = dfa
                .start_state_forward(&mut cache.dfa, &input)
                .expect(NEVER_FAILS);
            let next = dfa
                .next_state(&mut cache.dfa, start, bytes[at])
                .expect(NEVER_FAILS);
            *first = if next.is_dead() { DEAD } else { LIVE };
        }
        *first == LIVE
    }

    /// The leftmost-first match starting at `start` and ending by `end`:
    /// `(end, pattern)`.
    fn longest_at(
        &self,
        scan: &mut ScanCache,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let dfa = &self.dfa;
        let bytes = text.as_bytes();
        let epoch = scan.dfa.clear_count();
        if epoch != scan.starts_epoch {
            scan.starts = [None; 5];
            scan.starts_epoch = epoch;
        }
        let kind = behind(bytes, start);
        let cache = &mut scan.dfa;
        let mut sid: LazyStateID = match scan.starts[kind] {
            Some(sid) => sid,
            None => {
                let input =
                    Input::new(text).range(start..end).anchored(Anchored::Yes);
                let sid =
                    dfa.start_state_forward(cache, &input).expect(NEVER_FAILS);
                scan.starts[kind] = Some(sid);
                sid
            }
        };
        let mut found = None;
        let mut at = start;
        // A match state is entered one byte after the match ends.
        while at < end {
            sid = dfa.next_state(cache, sid, bytes[at]).expect(NEVER_FAILS);
            if sid.is_tagged() {
                if sid.is_match() {
                    found = Some((
                        at,
                        dfa.match_pattern(cache, sid, 0).as_usize(),
                    ));
                } else if sid.is_dead() || sid.is_quit() {
                    return found;
                }
            }
            at += 1;
        }
        // The byte after the span, or the end of the text, for `\b`.
        sid = match bytes.get(end) {
            Some(&b) => dfa.next_state(cache, sid, b).expect(NEVER_FAILS),
            None => dfa.next_eoi_state(cache, sid).expect(NEVER_FAILS),
        };
        if sid.is_match() {
            found = Some((end, dfa.match_pattern(cache, sid, 0).as_usize()));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use regex_automata::Input;

    use crate::pipeline::tests::default_pipeline;
    use crate::text::sentences::split_sentences;

    /// The scan finds what an unanchored leftmost-first search of the
    /// same rules finds: on every sentence of the shipped gold sets and
    /// example, on whole texts, and on spans cut at arbitrary char
    /// boundaries (inside words too: `\b` reads the text around a span).
    #[test]
    fn agrees_with_an_unanchored_search() {
        let rules = &default_pipeline().rules;
        let scan = rules.trigger_scan.as_ref().expect("default triggers");
        let meta = super::super::rules::compile_scan(&rules.trigger_sources)
            .expect("the sources compile");
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts: Vec<String> = vec![
            "They’re meeting in Paris; we're meeting again.".into(),
            "talks".into(),
            "held talks".into(),
            "x held talks_ with Y, signed a deal$ and visited Japan".into(),
            "Le président a rencontré M. Xi à Pékin.".into(),
        ];
        texts.push(
            std::fs::read_to_string(format!("{root}/examples/summit.txt"))
                .expect("example"),
        );
        for set in ["dev", "dev2", "dev3", "dev-country", "dev2-country"] {
            let path = format!("{root}/tests/gold/{set}.jsonl");
            for line in std::fs::read_to_string(path).expect("gold").lines() {
                let item: serde_json::Value =
                    serde_json::from_str(line).expect("json");
                texts.push(item["text"].as_str().expect("text").to_string());
            }
        }
        let expect = |text: &str, span: std::ops::Range<usize>| {
            let found: Vec<(usize, usize, usize)> = meta
                .find_iter(Input::new(text).range(span))
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            found
        };
        let (mut spans, mut matches) = (0, 0);
        let mut got = vec![];
        for text in &texts {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let mut check = |span: std::ops::Range<usize>| {
                got.clear();
                scan.find(text, span.clone(), &[], &mut got);
                let want = expect(text, span.clone());
                assert_eq!(got, want, "{:?}", &text[span]);
                spans += 1;
                matches += want.len();
            };
            check(0..text.len());
            for s in split_sentences(text) {
                check(s.span.clone());
            }
            // Spans from every 7th to every 11th char boundary.
            for (i, &a) in bounds.iter().enumerate().step_by(7) {
                if let Some(&b) = bounds.get(i + 11 + i % 13) {
                    check(a..b);
                }
            }
        }
        assert!(matches > 500, "{matches} matches in {spans} spans");
    }
}
