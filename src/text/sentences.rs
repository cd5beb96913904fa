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
//! Invariants: spans are in order, never overlap, lie on char boundaries,
//! have no leading or trailing white space, and only white space lies
//! between them.

use std::ops::Range;

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
            sentences.push(Sentence {
                idx: sentences.len(),
                span: start..start + body.len(),
            });
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
        let start =
            seg + (text[seg..pos].len() - text[seg..pos].trim_start().len());
        if period_ends_sentence(text, start, pos, c, end) {
            push(&mut seg, end);
        }
    }
    push(&mut seg, text.len());
    sentences
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
    let starts_sentence = next_first.is_uppercase()
        || next_first.is_ascii_digit()
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
        // Dotted acronym: "U.S", "U.K" (the final period is `c`).
        return SENTENCE_STARTERS.contains(&next_token);
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_uppercase() {
            return false; // an initial
        }
    }
    let lower = word.to_ascii_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    true
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
    fn dotted_acronyms() {
        check("The U.S. Secretary arrived.", &["The U.S. Secretary arrived."]);
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
