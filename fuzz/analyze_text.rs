// The text the `analyze` fuzz target makes of its input, included by the
// target (`fuzz/fuzz_targets/analyze.rs`) and by the test that replays its
// findings (`tests/reliability.rs`): the first byte picks the mode.
//
// - 0..=127: the rest as text (invalid UTF-8 replaced);
// - 128..=191: a little-endian u16 count, then a pattern repeated that
//   many times, up to 64 KiB (long unpunctuated runs);
// - 192..=255: "Leaders of " and a list of names, two bits of each byte
//   picking the separator and four the name, then " met in Geneva." when
//   the mode byte is even (long coordinated lists).

const NAMES: [&str; 16] = [
    "Chad",
    "Peru",
    "Iran",
    "Iraq",
    "Cuba",
    "China",
    "Russia",
    "India",
    "Xi Jinping",
    "Vladimir Putin",
    "Beijing",
    "Moscow",
    "the president",
    "Chinese",
    "Foreign Minister Ana Lopes",
    "both sides",
];
const SEPARATORS: [&str; 4] = [", ", " and ", ", and ", "; "];

fn text_of(data: &[u8]) -> String {
    let Some((&mode, rest)) = data.split_first() else {
        return String::new();
    };
    match mode {
        0..=127 => String::from_utf8_lossy(rest).into_owned(),
        128..=191 => {
            let (count, pattern) = match rest {
                [a, b, pattern @ ..] => {
                    (u16::from_le_bytes([*a, *b]) as usize, pattern)
                }
                _ => (0, rest),
            };
            let pattern = String::from_utf8_lossy(pattern);
            if pattern.is_empty() {
                return String::new();
            }
            let times = count.min(64 * 1024 / pattern.len()).max(1);
            pattern.repeat(times)
        }
        _ => {
            let mut text = String::from("Leaders of ");
            for (i, b) in rest.iter().enumerate() {
                if i > 0 {
                    text.push_str(SEPARATORS[usize::from(b >> 6)]);
                }
                text.push_str(NAMES[usize::from(b & 15)]);
            }
            if mode & 1 == 0 {
                text.push_str(" met in Geneva.");
            }
            text
        }
    }
}

