//! The document reader (JSONL and text) on any bytes: items come out,
//! errors are fine, panics are not; text pieces give back the input.
//!
//! The first byte picks the format (bit 0), `strict` (bit 1) and a small
//! document limit (bits 2..) so that pieces and over-long lines are
//! reached with small inputs.
#![no_main]

use std::io::Cursor;

use gazette::input::{DocumentReader, Format, InputOptions, Item};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let format = if mode & 1 == 0 { Format::Text } else { Format::Jsonl };
    let options = InputOptions {
        strict: mode & 2 != 0,
        max_document_bytes: 8 + usize::from(mode >> 2) * 16,
        ..InputOptions::default()
    };
    let reader = DocumentReader::from_reader(
        "f",
        format,
        Box::new(Cursor::new(rest.to_vec())),
        options.clone(),
    );
    let mut next_offset = None;
    for item in reader {
        let Ok(Item::Doc(doc)) = item else { continue };
        if format == Format::Jsonl {
            continue;
        }
        assert!(doc.text.len() <= options.max_document_bytes);
        // Pieces are contiguous, and each is the file's bytes (invalid
        // UTF-8 replaced byte for byte).
        if let Some(expected) = next_offset {
            assert_eq!(doc.offset, expected);
        }
        let bytes = &rest[doc.offset..doc.offset + doc.text.len()];
        if let Ok(s) = std::str::from_utf8(bytes) {
            assert_eq!(s, doc.text);
        }
        next_offset = Some(doc.offset + doc.text.len());
    }
});
