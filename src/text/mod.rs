//! Stage 3: text -> sentences, with scraped noise marked.
//!
//! - [`sentences`] splits an article into [`Sentence`]s (byte spans).
//! - [`dedupe`] marks sentences that repeat earlier text, teaser fragments
//!   and site boilerplate, so later stages skip them.
//! - [`dates`] finds the dateline's date and resolves "on Tuesday".
//!
//! Nothing here allocates per character; spans are byte ranges into the
//! original text and always lie on char boundaries.

pub mod dates;
pub mod dedupe;
pub mod sentences;

pub use dates::Date;
pub use dedupe::{mark_repeats, Skip};
pub use sentences::{split_sentences, Sentence};

/// The sentence with index `idx` in a list sorted by index (such as the
/// kept sentences of a document). Binary search: no quadratic scans on
/// long documents.
pub fn find_sentence(sentences: &[Sentence], idx: usize) -> Option<&Sentence> {
    sentences.binary_search_by_key(&idx, |s| s.idx).ok().map(|i| &sentences[i])
}

/// Whether `c` belongs to a word, for word-boundary tests everywhere.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether a match at `start..end` of `text` sits on word boundaries:
/// the chars just outside it are not word chars. `China` matches in
/// `China-Russia` and `China's`; `Xi` does not match in `Xiamen`.
pub fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    // A boundary is only needed where the match itself starts or ends with
    // a word char ("U.S." may be followed by a letter-free boundary).
    let left_ok = match (before, first) {
        (Some(b), Some(f)) if is_word_char(f) => !is_word_char(b),
        _ => true,
    };
    let right_ok = match (last, after) {
        (Some(l), Some(a)) if is_word_char(l) => !is_word_char(a),
        _ => true,
    };
    left_ok && right_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, needle: &str, expected: bool) {
        let start = text.find(needle).unwrap();
        assert_eq!(
            on_word_boundaries(text, start, start + needle.len()),
            expected,
            "{needle:?} in {text:?}"
        );
    }

    #[test]
    fn boundaries() {
        check("Xiamen port", "Xi", false);
        check("China-Russia ties", "China", true);
        check("China-Russia ties", "Russia", true);
        check("China's plan", "China", true);
        check("China’s plan", "China", true);
        check("the Chinas", "China", false);
        check("(Xi)", "Xi", true);
        check("Мишустин и Си", "Си", true);
        check("Сибирь", "Си", false);
        check("the U.S.-led", "U.S.", true);
    }
}
