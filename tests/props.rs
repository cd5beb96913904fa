//! Property tests: any text goes through the pipeline without panicking,
//! and the outputs keep their invariants.

use gazette::export::csv as csv_out;
use gazette::text::sentences::MAX_SENTENCE_BYTES;
use gazette::text::split_sentences;
use proptest::prelude::*;

use crate::util::pipeline;

/// Text made of news-like pieces, gazetteer names and arbitrary chars, so
/// the properties exercise real matches, not only noise.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Xi Jinping ".to_string()),
        Just("President Xi ".to_string()),
        Just("Chinese ".to_string()),
        Just("met ".to_string()),
        Just("Russian Prime Minister Mikhail Mishustin".to_string()),
        Just(" and ".to_string()),
        Just("Beijing".to_string()),
        Just("China-Russia relations".to_string()),
        Just("’s ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Foreign Minister Ana Lopes ".to_string()),
        Just("Both sides vowed to deepen cooperation".to_string()),
        Just("U.S. ".to_string()),
        Just("Beijing, November 4, 2025 —\n".to_string()),
        "[a-zA-Z ,.!?\"'-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Long unpunctuated runs and long coordinated lists: a few words (some
/// multi-byte, some clause punctuation) repeated up to 400 times.
fn long_runs() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Xi met Putin ".to_string()),
        Just("Chad, ".to_string()),
        Just("Peru and ".to_string()),
        Just("Iran; ".to_string()),
        Just("— ".to_string()),
        Just("\n".to_string()),
        Just("   ".to_string()),
        "[a-zé日本]{1,30}",
        "[ \t]{0,3}",
    ];
    (prop::collection::vec(word, 1..12), 1..400usize)
        .prop_map(|(words, times)| words.concat().repeat(times))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    /// Spans are in order, trimmed, on char boundaries, at most
    /// MAX_SENTENCE_BYTES long, and with the white space between them they
    /// give back the text.
    #[test]
    fn sentences_give_back_the_text(text in prop_oneof![long_runs(), any::<String>()]) {
        let mut rebuilt = String::new();
        for s in split_sentences(&text) {
            let gap = &text[rebuilt.len()..s.span.start];
            prop_assert!(gap.trim().is_empty(), "gap {:?}", gap);
            let piece = &text[s.span.clone()];
            prop_assert!(!piece.is_empty() && piece.trim() == piece);
            prop_assert!(piece.len() <= MAX_SENTENCE_BYTES);
            rebuilt.push_str(gap);
            rebuilt.push_str(piece);
        }
        prop_assert!(text[rebuilt.len()..].trim().is_empty());
        rebuilt.push_str(&text[rebuilt.len()..]);
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn never_panics_and_keeps_invariants(text in newsish()) {
        let doc = pipeline().analyze(&text, None);
        // Sentences: in order, trimmed, on char boundaries, only white
        // space between them.
        let mut last = 0;
        for s in &doc.sentences {
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            prop_assert!(s.span.start >= last && s.span.start < s.span.end);
            prop_assert!(text[last..s.span.start].trim().is_empty());
            prop_assert_eq!(text[s.span.clone()].trim(), &text[s.span.clone()]);
            last = s.span.end;
        }
        prop_assert!(text[last..].trim().is_empty());
        // Mentions: inside their sentence, on char boundaries, no overlap.
        let mut end = 0;
        for m in &doc.resolved.mentions {
            let s = &doc.sentences[m.sentence];
            prop_assert!(s.span.start <= m.span.start && m.span.end <= s.span.end);
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert!(m.span.start >= end, "overlap at {}", m.span.start);
            end = m.span.end;
        }
        for r in &doc.relations {
            prop_assert!(r.sentence < doc.sentences.len());
            prop_assert!(doc.actor_id(&r.source) != doc.actor_id(&r.target));
        }
    }

    #[test]
    fn sentence_splitting_never_panics(text in any::<String>()) {
        let sentences = split_sentences(&text);
        for s in sentences {
            prop_assert!(text.get(s.span.clone()).is_some());
        }
    }

    #[test]
    fn csv_reads_back(text in newsish()) {
        let doc = pipeline().analyze(&text, None);
        let mut w = csv_out::writer(Vec::new(), csv_out::LineEnding::Lf);
        w.write_record(csv_out::MENTION_HEADER).unwrap();
        csv_out::write_mentions(&mut w, "doc \"1\",x", &text, &doc).unwrap();
        let bytes = w.into_inner().unwrap();
        let mut r = csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
        prop_assert_eq!(rows.len(), doc.resolved.mentions.len());
        for (row, m) in rows.iter().zip(&doc.resolved.mentions) {
            prop_assert_eq!(&row[0], "doc \"1\",x");
            prop_assert_eq!(&row[4], &text[m.span.clone()]);
            prop_assert_eq!(row[2].parse::<usize>().unwrap(), m.span.start);
        }
    }
}
