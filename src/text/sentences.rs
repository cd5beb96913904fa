//! Sentence splitting: `&str` -> `Vec<Sentence>`.
//!
//! Rules, in order:
//! - A blank line ends a sentence. A single line break ends one too
//!   (headlines, datelines such as "Beijing, November 4, 2025 —"), unless
//!   the line is clearly hard-wrapped: it ends in a letter, digit or comma
//!   and the next line starts with a lowercase letter.
//! - `.`, `!`, `?` and `…` (with any closing quotes or brackets) end a
//!   sentence when followed by white space and then an uppercase letter, a
//!   digit, an opening quote or bracket, or the end of the text.
//! - A period does not end a sentence after a known abbreviation ("Mr.",
//!   "Gen.", "Nov."), a single-letter initial ("S. Jaishankar"), or a
//!   dotted acronym ("U.S.", "U.K.") unless the next word typically starts
//!   a sentence ("The", "He", ...). Decimals never split, since no white
//!   space follows their period.
//!
//! - A sentence longer than [`MAX_SENTENCE_BYTES`] (a scraped table, a
//!   list, a page without full stops) is cut into pieces of at most that
//!   size: after the last clause punctuation (`,` `;` `:` or a dash,
//!   followed by white space) in the second half of the allowed length,
//!   else at the last white space there, else at the last char boundary.
//!   Later stages then never see an unbounded sentence, so their cost per
//!   byte does not grow with the length of a line.
//!
//! Invariants: spans are in order, never overlap, lie on char boundaries,
//! are at most [`MAX_SENTENCE_BYTES`] long, have no leading or trailing
//! white space, and only white space lies between them (the spans and the
//! white space between them put together give back the text).

use std::ops::Range;

/// Longest sentence, in bytes; longer ones are cut into pieces (see the
/// module docs). Real news sentences are far shorter (a long one is about
/// 600 bytes).
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// One sentence: its index in the document and its byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index in the document.
    pub idx: usize,
    /// Byte range into the original text.
    pub span: Range<usize>,
}

/// Words after which a period does not end a sentence (lowercase).
const ABBREVIATIONS: &[&str] = &[
    "adm", "amb", "apr", "aug", "capt", "cmdr", "col", "dec", "dept", "dr",
    "feb", "gen", "gov", "hon", "jan", "jr", "jul", "jun", "lt", "maj", "mar",
    "messrs", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "pres",
    "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "vol",
    "vs", "fig", "approx", "gov't", "cf", "ft",
];

/// Whether the line's words before byte `pos` (three or more, within 160
/// bytes) all start with a capital letter or a non-letter: a Title Case
/// headline.
fn title_case_line(text: &str, pos: usize) -> bool {
    let mut from = pos.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..pos];
    let line = before.rsplit('\n').next().unwrap_or(before);
    if line.len() == before.len() && from > 0 {
        return false;
    }
    let mut words = 0;
    for w in line.split_whitespace() {
        let Some(first) = w.chars().next() else { continue };
        if first.is_lowercase() {
            return false;
        }
        words += usize::from(first.is_alphabetic());
    }
    words >= 3
}

/// Words that start a sentence after a dotted acronym ("... the U.S. The
/// talks ...").
const SENTENCE_STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "On",
    "One",
    "Our",
    "She",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "When",
    "While",
    "Yet",
];

/// Splits `text` into sentences. Never fails, never panics.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut sentences = vec![];
    // Start of the current segment (leading white space included; it is
    // trimmed when the sentence is pushed).
    let mut seg = 0;
    let mut push = |seg: &mut usize, end: usize| {
        let piece = &text[*seg..end];
        let lead = piece.len() - piece.trim_start().len();
        let body = piece.trim();
        if !body.is_empty() {
            let start = *seg + lead;
            push_capped(text, start..start + body.len(), &mut sentences);
        }
        *seg = end;
    };
    // Only line breaks and terminators matter: jump between them.
    let mut i = 0;
    while let Some(offset) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xE2))
    {
        let pos = i + offset;
        i = pos + 1;
        let c = match bytes[pos] {
            b'\n' => {
                if line_break_ends_sentence(text, pos) {
                    push(&mut seg, pos);
                }
                continue;
            }
            0xE2 if text[pos..].starts_with('…') => '…',
            0xE2 => continue,
            b => char::from(b),
        };
        // Take the whole run of terminators and closing marks.
        let mut end = pos + c.len_utf8();
        while let Some(next) = text[end..].chars().next() {
            if matches!(
                next,
                '.' | '!' | '?' | '…' | '"' | '\'' | '’' | '”' | ')' | ']'
            ) {
                end += next.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        // `seg` may start with white space: the word scan stops there
        // anyway (trimming it here would rescan it for every terminator).
        if period_ends_sentence(text, seg, pos, c, end) {
            push(&mut seg, end);
        }
    }
    push(&mut seg, text.len());
    sentences
}

/// Pushes the trimmed, non-empty sentence `span`, cut into pieces of at
/// most [`MAX_SENTENCE_BYTES`] (see the module docs). The last two pieces
/// are cut so that the last one is as long as allowed (a short clause at
/// the end of a long run stays whole). Linear: each piece scans at most
/// its own window.
fn push_capped(text: &str, span: Range<usize>, out: &mut Vec<Sentence>) {
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let limit = floor_boundary(text, start + MAX_SENTENCE_BYTES);
        let tail = span.end - start <= 2 * MAX_SENTENCE_BYTES;
        let low = if tail {
            span.end - MAX_SENTENCE_BYTES
        } else {
            start + MAX_SENTENCE_BYTES / 2
        };
        let from = ceil_boundary(text, low.max(start + 1)).min(limit);
        let window = text[from..limit].char_indices();
        let clause = |(i, c): (usize, char)| {
            let after = from + i + c.len_utf8();
            let clause_mark = matches!(c, ',' | ';' | ':' | '—' | '–');
            let spaced =
                text[after..].chars().next().is_some_and(char::is_whitespace);
            (clause_mark && spaced).then_some(after)
        };
        let space =
            |(i, c): (usize, char)| c.is_whitespace().then_some(from + i);
        let cut = if tail {
            window
                .clone()
                .find_map(clause)
                .or_else(|| window.clone().find_map(space))
        } else {
            window
                .clone()
                .rev()
                .find_map(clause)
                .or_else(|| window.clone().rev().find_map(space))
        };
        let cut = ceil_boundary(text, cut.unwrap_or(limit).max(start + 1));
        let piece = text[start..cut].trim_end();
        out.push(Sentence {
            idx: out.len(),
            span: start..start + piece.len(),
        });
        let rest = &text[cut..span.end];
        start = cut + (rest.len() - rest.trim_start().len());
    }
    if start < span.end {
        out.push(Sentence { idx: out.len(), span: start..span.end });
    }
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether the line break at `pos` ends the current sentence.
fn line_break_ends_sentence(text: &str, pos: usize) -> bool {
    let rest = &text[pos + 1..];
    let next_line_end = rest.find('\n').unwrap_or(rest.len());
    let next_line = &rest[..next_line_end];
    let Some(next_first) = next_line.trim_start().chars().next() else {
        return true; // blank line or end of text
    };
    let last = text[..pos].trim_end().chars().next_back();
    let wrapped_end =
        matches!(last, Some(c) if c.is_alphanumeric() || c == ',');
    !(wrapped_end && next_first.is_lowercase())
}

/// Whether the terminator `c` at `pos` (a run ending at `end`) ends the
/// sentence that started at `start`.
fn period_ends_sentence(
    text: &str,
    start: usize,
    pos: usize,
    c: char,
    end: usize,
) -> bool {
    let after = &text[end..];
    let mut after_chars = after.chars();
    match after_chars.next() {
        None => return true,
        Some(w) if !w.is_whitespace() => return false,
        Some(_) => {}
    }
    let next_word = after.trim_start();
    let Some(next_first) = next_word.chars().next() else {
        return true;
    };
    // Scraped text keeps HTML tags ("in 1951. <br><br>Beginning in
    // 1984"): a tag after the period starts the next sentence too.
    let tag = next_first == '<'
        && next_word[1..]
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'/');
    let starts_sentence = next_first.is_uppercase()
        || next_first.is_ascii_digit()
        || tag
        || matches!(
            next_first,
            '"' | '\'' | '“' | '‘' | '(' | '[' | '-' | '—'
        );
    if !starts_sentence {
        return false;
    }
    if c != '.' || end - pos > 1 && text[pos..end].starts_with("...") {
        return true;
    }
    // The word the period closes.
    let word_start = text[start..pos]
        .char_indices()
        .rev()
        .find(|(_, ch)| ch.is_whitespace() || *ch == '(' || *ch == '"')
        .map(|(i, ch)| start + i + ch.len_utf8())
        .unwrap_or(start);
    let word = &text[word_start..pos];
    let next_token: &str =
        next_word.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
    if word.contains('.') {
        // Dotted acronym: "U.S", "U.K" (the final period is `c`); in a
        // Title Case line every word is capitalised ("France Recalls
        // Ambassadors To U.S. And Australia"): no starter there.
        return SENTENCE_STARTERS.contains(&next_token)
            && !title_case_line(text, word_start);
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_uppercase() {
            return false; // an initial
        }
    }
    // The list is lowercase: compared in place, no lowercase copy of
    // every word before a period.
    !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = split_sentences(text)
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect();
        assert_eq!(got, expected, "splitting {text:?}");
    }

    #[test]
    fn basic() {
        check(
            "One two. Three four! Five?",
            &["One two.", "Three four!", "Five?"],
        );
        check("  lead and trail  ", &["lead and trail"]);
        check("", &[]);
        check("\n\n \n", &[]);
    }

    #[test]
    fn abbreviations_and_initials() {
        check(
            "Mr. Smith met Gen. Lee. They spoke.",
            &["Mr. Smith met Gen. Lee.", "They spoke."],
        );
        check("On Nov. 4 they met.", &["On Nov. 4 they met."]);
        check(
            "S. Jaishankar arrived. He spoke.",
            &["S. Jaishankar arrived.", "He spoke."],
        );
        check("No. 10 said so.", &["No. 10 said so."]);
    }

    #[test]
    fn html_tags_after_a_period_start_a_sentence() {
        check(
            "They signed it in 1951. <br><br>Beginning in 1984, ties cooled.",
            &[
                "They signed it in 1951.",
                "<br><br>Beginning in 1984, ties cooled.",
            ],
        );
        check(
            "It ended. </p> <p>Then it began.",
            &["It ended.", "</p> <p>Then it began."],
        );
        // No tag: "<" as a sign.
        check("A was 3. < 4 is true.", &["A was 3. < 4 is true."]);
    }

    #[test]
    fn dotted_acronyms() {
        check("The U.S. Secretary arrived.", &["The U.S. Secretary arrived."]);
        // In a Title Case headline a capitalised word after an acronym
        // starts nothing; in prose it may.
        check(
            "France Recalls Envoys To U.S. And Australia\nThe talks began.",
            &[
                "France Recalls Envoys To U.S. And Australia",
                "The talks began.",
            ],
        );
        check(
            "They flew to the U.S. And then they left.",
            &["They flew to the U.S.", "And then they left."],
        );
        check(
            "He flew to the U.S. The talks began.",
            &["He flew to the U.S.", "The talks began."],
        );
        check("Talks with the U.K. ended.", &["Talks with the U.K. ended."]);
    }

    #[test]
    fn decimals_quotes_ellipses() {
        check(
            "Growth was 3.5 percent. Fine.",
            &["Growth was 3.5 percent.", "Fine."],
        );
        check("\"We agree.\" He left.", &["\"We agree.\"", "He left."]);
        check(
            "He said “we agree.” Then left.",
            &["He said “we agree.”", "Then left."],
        );
        check("Wait... Then it came.", &["Wait...", "Then it came."]);
        check("Wait… then it came.", &["Wait… then it came."]);
    }

    /// The spans and the white space between them give back the text;
    /// no span is longer than the cap; returns the sentences' texts.
    fn capped(text: &str) -> Vec<&str> {
        let sentences = split_sentences(text);
        let mut last = 0;
        let mut pieces = vec![];
        for s in &sentences {
            assert!(text[last..s.span.start].trim().is_empty());
            assert!(s.span.len() <= MAX_SENTENCE_BYTES, "{:?}", s.span);
            let piece = &text[s.span.clone()];
            assert_eq!(piece.trim(), piece);
            pieces.push(piece);
            last = s.span.end;
        }
        assert!(text[last..].trim().is_empty());
        pieces
    }

    #[test]
    fn long_sentences_are_cut_at_clause_punctuation() {
        let text = "Leaders of Chad, Peru and Iran, ".repeat(200) + "met.";
        let pieces = capped(&text);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        for (i, piece) in pieces[..pieces.len() - 1].iter().enumerate() {
            assert!(piece.ends_with(','), "{piece:?}");
            if i + 2 < pieces.len() {
                assert!(piece.len() > MAX_SENTENCE_BYTES / 2);
            }
        }
        // The last piece is as long as the cap allows.
        let last = pieces.last().unwrap();
        assert!(last.ends_with("Iran, met."));
        assert!(last.len() > MAX_SENTENCE_BYTES - 40, "{}", last.len());
    }

    #[test]
    fn long_sentences_are_cut_at_white_space() {
        let text = "Xi met Putin ".repeat(10_000);
        let pieces = capped(&text);
        assert_eq!(
            pieces.iter().map(|p| p.len() + 1).sum::<usize>(),
            text.len()
        );
        for piece in &pieces {
            assert!(
                ["Xi ", "met ", "Putin "].iter().any(|w| piece.starts_with(w)),
                "{piece:?}"
            );
        }
        // A short sentence at the end of a long run stays whole.
        let text = "word ".repeat(1000) + "Xi Jinping met Vladimir Putin.";
        assert!(capped(&text)
            .last()
            .unwrap()
            .ends_with("word Xi Jinping met Vladimir Putin."));
        // The cap is a limit: a sentence of exactly that size stays whole.
        let exact = "a".repeat(MAX_SENTENCE_BYTES - 1) + ".";
        assert_eq!(capped(&exact), [exact.as_str()]);
    }

    #[test]
    fn long_runs_without_white_space_are_cut_on_char_boundaries() {
        let text = "x".repeat(5000);
        let lens: Vec<usize> = capped(&text).iter().map(|p| p.len()).collect();
        assert_eq!(lens, [2048, 2048, 904]);
        let text = "é".repeat(3000) + "日本".repeat(1000).as_str();
        let pieces = capped(&text);
        assert_eq!(pieces.concat(), text);
        assert!(pieces.len() >= 6);
    }

    #[test]
    fn lines() {
        check(
            "Headline without stop\nBeijing, November 4, 2025 —\nBody text.",
            &[
                "Headline without stop",
                "Beijing, November 4, 2025 —",
                "Body text.",
            ],
        );
        check(
            "A hard wrapped\nline goes on.",
            &["A hard wrapped\nline goes on."],
        );
        check("Para one\n\nand para two", &["Para one", "and para two"]);
        check("Windows\r\nLine.", &["Windows", "Line."]);
        // A multi-byte space before an abbreviation.
        check("A\u{2000}U.S. B", &["A\u{2000}U.S. B"]);
    }
}
