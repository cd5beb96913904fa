//! Reading documents: files, directories, `.jsonl`/`.ndjson`, `.gz`, stdin.
//!
//! This is the I/O boundary before the pipeline. It streams: a
//! [`DocumentReader`] yields one [`Item`] at a time, so memory is bounded
//! by [`InputOptions::max_document_bytes`], not by the corpus.
//!
//! Bad input never panics and loses nothing silently:
//! - invalid UTF-8 is decoded lossily, each invalid byte replaced by one
//!   U+001A (SUB), so byte offsets still match the file; one warning names
//!   the file and the first bad byte;
//! - a UTF-8 byte order mark is not part of the text (offsets still count
//!   it: they are offsets into the file);
//! - UTF-16 text (a UTF-16 byte order mark, or the NUL byte pattern of
//!   UTF-16) is skipped with a warning saying so;
//! - a binary file (a NUL byte in its first 8 KiB) is skipped with a
//!   warning;
//! - a text file over [`MAX_DOCUMENT_BYTES`] is read in pieces of at most
//!   that size, cut at a paragraph break (else a line break, else white
//!   space, else a char boundary); each piece is one [`Document`], named
//!   `NAME#2`, `NAME#3`... after the first, with [`Document::offset`] its
//!   place in the file;
//! - a JSONL line over [`MAX_DOCUMENT_BYTES`] or a bad JSONL line
//!   (invalid JSON, missing or non-string text) is a warning naming file
//!   and line, skipped and counted ([`Item::Bad`]);
//! - with [`InputOptions::strict`], every skip above (binary, UTF-16, a
//!   line too long, a bad line) is an error instead;
//! - a truncated `.gz` is an error naming the file, after every document
//!   read before it has been yielded;
//! - a file read as text because of its name (or stdin, by default) whose
//!   first non-empty line is a JSON object with the text field gets a
//!   warning: it is probably JSONL (`--input-format jsonl`);
//! - in a directory, an entry that cannot be read (a dangling symbolic
//!   link) is a warning naming it, and a directory reached twice through
//!   symbolic links is walked once.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::DeserializeSeed;

use crate::text::Date;

/// Largest document (64 MiB): a longer JSONL line is skipped, a longer
/// text file is read in pieces of at most this size.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

/// What replaces each invalid UTF-8 byte (one byte, so offsets stay file
/// offsets; not white space, not a word character, not a terminator).
pub const REPLACEMENT: char = '\u{1A}';

/// How to read a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One document per file.
    Text,
    /// One JSON document per line.
    Jsonl,
}

/// Options for reading inputs.
#[derive(Clone, Debug)]
pub struct InputOptions {
    /// Format of every input. `None`: files by extension (`.jsonl`,
    /// `.ndjson`, optionally `.gz`, are JSONL, anything else text), stdin
    /// as text.
    pub format: Option<Format>,
    /// JSONL field holding the document id.
    pub id_field: String,
    /// JSONL field holding the text.
    pub text_field: String,
    /// JSONL field holding the date (`YYYY-MM-DD...`).
    pub date_field: String,
    /// Make every skipped input (bad JSONL line, line too long, binary or
    /// UTF-16 file) an error.
    pub strict: bool,
    /// Largest document: longer JSONL lines are skipped, longer text
    /// files are read in pieces ([`MAX_DOCUMENT_BYTES`] by default).
    pub max_document_bytes: usize,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: None,
            id_field: "id".into(),
            text_field: "text".into(),
            date_field: "date".into(),
            strict: false,
            max_document_bytes: MAX_DOCUMENT_BYTES,
        }
    }
}

/// One input source after directory expansion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The file, or `None` for stdin.
    pub path: Option<PathBuf>,
    /// The document name: the path as given, or the path below a directory.
    pub name: String,
    /// How to read it.
    pub format: Format,
    /// The format was guessed (from the name, or text for stdin), not
    /// given.
    pub guessed: bool,
    /// Gzip-compressed.
    pub gzip: bool,
    /// Size on disk, if known (for progress).
    pub size: Option<u64>,
}

/// One document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Name used in outputs (`doc` column).
    pub name: String,
    /// The text.
    pub text: String,
    /// Date given with the document.
    pub date: Option<Date>,
    /// Bytes read for it (for progress).
    pub bytes: u64,
    /// Byte offset of `text` in its (decompressed) file: 3 after a UTF-8
    /// byte order mark, the piece's start for the later pieces of a long
    /// text file, 0 for JSONL documents.
    pub offset: usize,
}

/// What a reader yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A document to analyse.
    Doc(Document),
    /// A skipped input, with the warning to print.
    Bad(String),
    /// A warning about a document that is still analysed.
    Warning(String),
}

/// An input error (missing file, unreadable directory, truncated gzip).
#[derive(Debug, thiserror::Error)]
#[error("{name}: {msg}")]
pub struct InputError {
    /// The input as named by the user.
    pub name: String,
    /// What went wrong.
    pub msg: String,
}

fn classify(name: &str) -> (Format, bool) {
    let lower = name.to_ascii_lowercase();
    let (stem, gzip) = match lower.strip_suffix(".gz") {
        Some(s) => (s.to_string(), true),
        None => (lower, false),
    };
    let format = if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
        Format::Jsonl
    } else {
        Format::Text
    };
    (format, gzip)
}

/// The inputs after expansion: the sources to read, in order, and the
/// warnings about directory entries that were left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// Sources in reading order.
    pub sources: Vec<Source>,
    /// One message per skipped directory entry (a dangling symbolic link,
    /// an unreadable entry, a directory reached twice).
    pub warnings: Vec<String>,
}

/// Expands user inputs: `-` is stdin, files are taken as they are,
/// directories are walked recursively for `*.txt`, `*.jsonl`, `*.ndjson`
/// (optionally `.gz`), in sorted order.
pub fn expand_inputs(
    inputs: &[String],
    options: &InputOptions,
) -> Result<Expanded, InputError> {
    let mut expanded = Expanded::default();
    for input in inputs {
        if input == "-" {
            expanded.sources.push(Source {
                path: None,
                name: "-".into(),
                format: options.format.unwrap_or(Format::Text),
                guessed: options.format.is_none(),
                gzip: false,
                size: None,
            });
            continue;
        }
        let path = Path::new(input);
        let meta = std::fs::metadata(path).map_err(|e| InputError {
            name: input.clone(),
            msg: io_msg(&e),
        })?;
        if meta.is_dir() {
            let mut walk = Walk {
                root: path,
                found: vec![],
                visited: HashSet::new(),
                warnings: vec![],
            };
            walk.dir(path).map_err(|e| InputError {
                name: input.clone(),
                msg: io_msg(&e),
            })?;
            expanded.warnings.append(&mut walk.warnings);
            let mut found = walk.found;
            if found.is_empty() {
                return Err(InputError {
                    name: input.clone(),
                    msg: "no text files (*.txt, *.jsonl, *.ndjson, *.gz) in directory".into(),
                });
            }
            found.sort();
            for (rel, full, size) in found {
                let (format, gzip) = classify(&rel);
                expanded.sources.push(Source {
                    path: Some(full),
                    name: rel,
                    format: options.format.unwrap_or(format),
                    guessed: options.format.is_none(),
                    gzip,
                    size: Some(size),
                });
            }
        } else {
            let (format, gzip) = classify(input);
            expanded.sources.push(Source {
                path: Some(path.to_path_buf()),
                name: input.clone(),
                format: options.format.unwrap_or(format),
                guessed: options.format.is_none(),
                gzip,
                size: Some(meta.len()),
            });
        }
    }
    Ok(expanded)
}

/// An I/O error as a short lowercase message, without the `(os error N)`
/// suffix for the common cases.
pub fn io_msg(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// A recursive directory walk.
struct Walk<'a> {
    root: &'a Path,
    found: Vec<(String, PathBuf, u64)>,
    /// Canonical paths of the directories walked (symbolic link loops).
    visited: HashSet<PathBuf>,
    warnings: Vec<String>,
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path) -> io::Result<()> {
        // A directory reached again through a symbolic link (a loop, or
        // two links to one place) is walked once.
        if let Ok(canonical) = std::fs::canonicalize(dir) {
            if !self.visited.insert(canonical) {
                if dir != self.root {
                    self.warnings.push(format!(
                        "{}: skipped: directory already read (symbolic \
                         link loop or second link)",
                        dir.display()
                    ));
                }
                return Ok(());
            }
        }
        let mut entries: Vec<_> =
            std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(e) => {
                    let what = match std::fs::symlink_metadata(&path) {
                        Ok(m) if m.file_type().is_symlink() => {
                            format!("dangling symbolic link ({})", io_msg(&e))
                        }
                        _ => io_msg(&e),
                    };
                    self.warnings
                        .push(format!("{}: skipped: {what}", path.display()));
                    continue;
                }
            };
            if meta.is_dir() {
                if let Err(e) = self.dir(&path) {
                    self.warnings.push(format!(
                        "{}: skipped: {}",
                        path.display(),
                        io_msg(&e)
                    ));
                }
                continue;
            }
            let name =
                entry.file_name().to_string_lossy().to_ascii_lowercase();
            let stem = name.strip_suffix(".gz").unwrap_or(&name);
            if stem.ends_with(".txt")
                || stem.ends_with(".jsonl")
                || stem.ends_with(".ndjson")
            {
                let rel = path.strip_prefix(self.root).unwrap_or(&path);
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                self.found.push((rel, path, meta.len()));
            }
        }
        Ok(())
    }
}

/// Streams the documents of a list of sources.
pub struct DocumentReader {
    sources: std::vec::IntoIter<Source>,
    options: InputOptions,
    current: Option<Open>,
    pending: VecDeque<Item>,
}

/// An open source and how far it has been read.
struct Open {
    source: Source,
    reader: Box<dyn BufRead + Send>,
    state: State,
}

enum State {
    /// Nothing read yet: the encoding is checked first.
    Start,
    /// A text file: the bytes read past the last piece handed out.
    Text {
        carry: Vec<u8>,
        /// File offset of `carry[0]`.
        offset: usize,
        /// Pieces handed out.
        pieces: usize,
        /// Whether invalid UTF-8 was already reported.
        warned: bool,
    },
    /// A JSONL file: the last line number read.
    Jsonl { line: usize },
    /// Read to the end.
    Done,
}

impl DocumentReader {
    /// A reader over `sources`, in order.
    pub fn new(sources: Vec<Source>, options: InputOptions) -> DocumentReader {
        DocumentReader {
            sources: sources.into_iter(),
            options,
            current: None,
            pending: VecDeque::new(),
        }
    }

    /// A reader over one already open stream (uncompressed), named `name`
    /// in outputs and messages: for tests and embedding.
    pub fn from_reader(
        name: &str,
        format: Format,
        reader: Box<dyn BufRead + Send>,
        options: InputOptions,
    ) -> DocumentReader {
        let source = Source {
            path: None,
            name: name.to_string(),
            format,
            guessed: false,
            gzip: false,
            size: None,
        };
        DocumentReader {
            sources: Vec::new().into_iter(),
            options,
            current: Some(Open { source, reader, state: State::Start }),
            pending: VecDeque::new(),
        }
    }

    fn open(source: &Source) -> Result<Box<dyn BufRead + Send>, InputError> {
        let raw: Box<dyn Read + Send> = match &source.path {
            None => Box::new(io::stdin()),
            Some(p) => Box::new(File::open(p).map_err(|e| InputError {
                name: source.name.clone(),
                msg: io_msg(&e),
            })?),
        };
        let raw: Box<dyn Read + Send> = if source.gzip {
            Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(raw)))
        } else {
            raw
        };
        Ok(Box::new(BufReader::with_capacity(1 << 16, raw)))
    }

    /// A skipped input: a warning, or an error with `strict`.
    fn skipped(&self, name: &str, msg: String) -> Result<Item, InputError> {
        if self.options.strict {
            Err(InputError { name: name.to_string(), msg })
        } else {
            Ok(Item::Bad(format!("{name}: skipped: {msg}")))
        }
    }

    /// Reads one JSONL line (without its newline) into an item.
    fn parse_line(
        &self,
        source: &Source,
        line_no: usize,
        line: &[u8],
    ) -> Result<Option<Item>, InputError> {
        let where_ = format!("{}:{}", source.name, line_no);
        if line.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        let bad = |msg: String| self.skipped(&where_, msg).map(Some);
        let seed = FieldsSeed { options: &self.options };
        let mut de = serde_json::Deserializer::from_slice(line);
        let fields = match seed
            .deserialize(&mut de)
            .and_then(|f| de.end().map(|_| f))
        {
            Ok(f) => f,
            Err(e) if e.is_data() => return bad("not a JSON object".into()),
            Err(e) => return bad(format!("invalid JSON: {e}")),
        };
        let text = match fields.text {
            Some(FieldValue::Str(s)) => s,
            Some(_) => {
                return bad(format!(
                    "field `{}` is not a string",
                    self.options.text_field
                ))
            }
            None => {
                return bad(format!(
                    "missing field `{}`",
                    self.options.text_field
                ))
            }
        };
        let name = match fields.id {
            Some(FieldValue::Str(s) | FieldValue::Number(s)) => s,
            _ => where_.clone(),
        };
        let date = match &fields.date {
            Some(FieldValue::Str(s)) => Date::parse_iso(s),
            _ => None,
        };
        Ok(Some(Item::Doc(Document {
            name,
            text,
            date,
            bytes: line.len() as u64 + 1,
            offset: 0,
        })))
    }

    /// Checks the start of a source: UTF-16 is reported, anything else
    /// goes on to the text or JSONL state.
    fn start(&mut self) -> Result<(), InputError> {
        let open = self.current.as_mut().expect("a source is open");
        let head = match open.reader.fill_buf() {
            Ok(head) => head,
            Err(e) => return Err(read_error(&open.source, &e)),
        };
        if looks_like_utf16(head) {
            let name = open.source.name.clone();
            let item = self.skipped(
                &name,
                "UTF-16 text (gazette reads UTF-8; convert it first, \
                 e.g. `iconv -f UTF-16 -t UTF-8`)"
                    .into(),
            )?;
            let open = self.current.as_mut().expect("a source is open");
            // Drain the rest so a truncated gzip is still reported.
            io::copy(&mut open.reader, &mut io::sink())
                .map_err(|e| read_error(&open.source, &e))?;
            open.state = State::Done;
            self.pending.push_back(item);
            return Ok(());
        }
        open.state = match open.source.format {
            Format::Text => State::Text {
                carry: vec![],
                offset: 0,
                pieces: 0,
                warned: false,
            },
            Format::Jsonl => State::Jsonl { line: 0 },
        };
        Ok(())
    }

    /// Reads the next piece of a text source into `pending`.
    fn next_text(&mut self) -> Result<(), InputError> {
        let limit = self.options.max_document_bytes.max(8);
        let strict = self.options.strict;
        let open = self.current.as_mut().expect("a source is open");
        let State::Text { carry, offset, pieces, warned } = &mut open.state
        else {
            unreachable!("called in the text state")
        };
        let want = limit.saturating_sub(carry.len()) as u64;
        (&mut open.reader)
            .take(want)
            .read_to_end(carry)
            .map_err(|e| read_error(&open.source, &e))?;
        let at_end = carry.len() < limit
            || open
                .reader
                .fill_buf()
                .map_err(|e| read_error(&open.source, &e))?
                .is_empty();
        let name = &open.source.name;
        if *pieces == 0 && *offset == 0 {
            if carry.starts_with(b"\xEF\xBB\xBF") {
                carry.drain(..3);
                *offset = 3;
            }
            if carry[..carry.len().min(8192)].contains(&0) {
                let msg = "binary file (NUL byte)".to_string();
                let item = if strict {
                    return Err(InputError { name: name.clone(), msg });
                } else {
                    Item::Bad(format!("{name}: skipped: {msg}"))
                };
                io::copy(&mut open.reader, &mut io::sink())
                    .map_err(|e| read_error(&open.source, &e))?;
                open.state = State::Done;
                self.pending.push_back(item);
                return Ok(());
            }
        }
        let piece = if at_end {
            std::mem::take(carry)
        } else {
            let cut = piece_cut(carry);
            let rest = carry.split_off(cut);
            std::mem::replace(carry, rest)
        };
        let doc_name = match *pieces {
            0 => name.clone(),
            n => format!("{name}#{}", n + 1),
        };
        // The byte order mark counts for progress, not in the text.
        let bom = if *pieces == 0 { *offset } else { 0 };
        let len = piece.len();
        let (text, bad_at) = decode_lossy(piece);
        if let (Some(at), false) = (bad_at, *warned) {
            *warned = true;
            self.pending.push_back(Item::Warning(format!(
                "{name}: invalid UTF-8 at byte {}, decoded lossily",
                *offset + at
            )));
        }
        if *pieces == 0
            && open.source.guessed
            && looks_like_jsonl(&text, &self.options)
        {
            self.pending.push_back(Item::Warning(format!(
                "{name}: read as one text document, but its first line is a JSON object with a `{}` field: for one document per line, pass --input-format jsonl",
                self.options.text_field
            )));
        }
        self.pending.push_back(Item::Doc(Document {
            name: doc_name,
            text,
            date: None,
            bytes: (bom + len) as u64,
            offset: *offset,
        }));
        *offset += len;
        *pieces += 1;
        if at_end {
            open.state = State::Done;
        }
        Ok(())
    }

    /// Reads the next JSONL line into `pending`; false at the end.
    fn next_line(&mut self) -> Result<(), InputError> {
        let limit = self.options.max_document_bytes;
        let open = self.current.as_mut().expect("a source is open");
        let State::Jsonl { line } = &mut open.state else {
            unreachable!("called in the JSONL state")
        };
        *line += 1;
        let line_no = *line;
        let mut buf = Vec::new();
        let (consumed, too_long) =
            read_line_limited(open.reader.as_mut(), &mut buf, limit)
                .map_err(|e| read_error(&open.source, &e))?;
        if consumed == 0 {
            open.state = State::Done;
            return Ok(());
        }
        let source = open.source.clone();
        if too_long {
            let item = self.skipped(
                &format!("{}:{line_no}", source.name),
                format!("line longer than {}", size_name(limit)),
            )?;
            self.pending.push_back(item);
            return Ok(());
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        let body = match (line_no, buf.strip_prefix(b"\xEF\xBB\xBF")) {
            (1, Some(rest)) => rest,
            _ => &buf[..],
        };
        if let Some(item) = self.parse_line(&source, line_no, body)? {
            self.pending.push_back(item);
        }
        Ok(())
    }
}

/// `64 MiB`, or the exact byte count for limits that are no whole MiB.
fn size_name(bytes: usize) -> String {
    if bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

fn read_error(source: &Source, e: &io::Error) -> InputError {
    let msg = if source.gzip
        && matches!(
            e.kind(),
            io::ErrorKind::UnexpectedEof
                | io::ErrorKind::InvalidInput
                | io::ErrorKind::InvalidData
        ) {
        format!("truncated or corrupt gzip stream: {e}")
    } else {
        io_msg(e)
    };
    InputError { name: source.name.clone(), msg }
}

/// Whether `head`, the first bytes of a file, is UTF-16: a UTF-16 byte
/// order mark, or ASCII text with a NUL byte beside every char (NUL
/// bytes at most odd or most even positions, and none at the others).
fn looks_like_utf16(head: &[u8]) -> bool {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return true;
    }
    let head = &head[..head.len().min(8192) & !1];
    if head.len() < 4 {
        return false;
    }
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let mostly = |n: usize| n * 10 >= pairs * 4;
    (mostly(odd) && even == 0) || (mostly(even) && odd == 0)
}

/// Where to cut a full buffer of a long text file: after the last
/// paragraph break (a blank line) in its second half, else after the last
/// line break there, else after the last white space there, else at the
/// last char boundary. Never 0 and never past the end.
fn piece_cut(bytes: &[u8]) -> usize {
    let half = bytes.len() / 2;
    let tail = &bytes[half..];
    let blank = tail.windows(2).rposition(|w| w == b"\n\n").map(|i| i + 2);
    let blank = blank.or_else(|| {
        tail.windows(4).rposition(|w| w == b"\r\n\r\n").map(|i| i + 4)
    });
    let line = || tail.iter().rposition(|&b| b == b'\n').map(|i| i + 1);
    let space =
        || tail.iter().rposition(|b| b.is_ascii_whitespace()).map(|i| i + 1);
    // A char boundary: any byte that is not a UTF-8 continuation byte.
    let boundary = || {
        tail.iter().rposition(|&b| b & 0xC0 != 0x80).filter(|&i| i + half > 0)
    };
    match blank.or_else(line).or_else(space).or_else(boundary) {
        Some(i) => half + i,
        None => bytes.len(),
    }
}

/// Decodes UTF-8, replacing each invalid byte by one [`REPLACEMENT`] so
/// that byte offsets do not move; also returns the first invalid byte.
fn decode_lossy(bytes: Vec<u8>) -> (String, Option<usize>) {
    let first = match std::str::from_utf8(&bytes) {
        Ok(_) => {
            return (String::from_utf8(bytes).expect("checked"), None);
        }
        Err(e) => e.valid_up_to(),
    };
    let mut out = String::with_capacity(bytes.len());
    let mut rest = &bytes[..];
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.push_str(
                    std::str::from_utf8(valid).expect("valid up to here"),
                );
                let bad = e.error_len().unwrap_or(after.len());
                out.extend(std::iter::repeat_n(REPLACEMENT, bad));
                rest = &after[bad..];
            }
        }
    }
    (out, Some(first))
}

/// Reads up to `limit` bytes of a line into `buf`; returns (bytes consumed,
/// whether the line was longer than the limit). The rest of a long line is
/// consumed and discarded.
fn read_line_limited(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, too_long));
        }
        let (chunk, done) = match memchr_newline(available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let len = chunk.len();
        if !too_long {
            if buf.len() + len > limit + 1 {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        reader.consume(len);
        consumed += len;
        if done {
            return Ok((consumed, too_long));
        }
    }
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

impl Iterator for DocumentReader {
    type Item = Result<Item, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(Ok(item));
            }
            let Some(open) = self.current.as_mut() else {
                let source = self.sources.next()?;
                match Self::open(&source) {
                    Ok(reader) => {
                        self.current =
                            Some(Open { source, reader, state: State::Start })
                    }
                    Err(e) => return Some(Err(e)),
                }
                continue;
            };
            let step = match open.state {
                State::Start => self.start(),
                State::Text { .. } => self.next_text(),
                State::Jsonl { .. } => self.next_line(),
                State::Done => {
                    self.current = None;
                    continue;
                }
            };
            if let Err(e) = step {
                // The source is abandoned; what was read before stays.
                self.current = None;
                return Some(Err(e));
            }
        }
    }
}

/// Whether the first non-empty line of `text` is a JSON object with a
/// string in the text field (a JSONL file read as text by mistake).
fn looks_like_jsonl(text: &str, options: &InputOptions) -> bool {
    let Some(line) = text.lines().map(str::trim).find(|l| !l.is_empty())
    else {
        return false;
    };
    if !line.starts_with('{') {
        return false;
    }
    let mut de = serde_json::Deserializer::from_str(line);
    FieldsSeed { options }
        .deserialize(&mut de)
        .is_ok_and(|f| matches!(f.text, Some(FieldValue::Str(_))))
}

/// The three fields a JSONL line is read for; everything else is skipped
/// without building a JSON tree.
struct FieldsSeed<'o> {
    options: &'o InputOptions,
}

#[derive(Default)]
struct Fields {
    id: Option<FieldValue>,
    text: Option<FieldValue>,
    date: Option<FieldValue>,
}

/// A field's value: only strings and numbers are kept.
enum FieldValue {
    Str(String),
    Number(String),
    Other,
}

impl<'de> serde::de::DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields;

    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Fields, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> Result<Fields, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let slot = if key == self.options.text_field {
                &mut fields.text
            } else if key == self.options.id_field {
                &mut fields.id
            } else if key == self.options.date_field {
                &mut fields.date
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
                continue;
            };
            *slot = Some(map.next_value::<FieldValue>()?);
        }
        Ok(fields)
    }
}

impl<'de> serde::Deserialize<'de> for FieldValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = FieldValue;
            fn expecting(
                &self,
                f: &mut std::fmt::Formatter<'_>,
            ) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, v: &str) -> Result<FieldValue, E> {
                Ok(FieldValue::Str(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<FieldValue, E> {
                Ok(FieldValue::Str(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<FieldValue, E> {
                Ok(FieldValue::Number(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<FieldValue, E> {
                Ok(FieldValue::Number(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<FieldValue, E> {
                Ok(FieldValue::Number(v.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<FieldValue, E> {
                Ok(FieldValue::Other)
            }
            fn visit_unit<E>(self) -> Result<FieldValue, E> {
                Ok(FieldValue::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<FieldValue, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(FieldValue::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FieldValue, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(FieldValue::Other)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(
        bytes: &[u8],
        format: Format,
        options: InputOptions,
    ) -> Vec<Result<Item, String>> {
        let reader = Box::new(io::Cursor::new(bytes.to_vec()));
        DocumentReader::from_reader("t", format, reader, options)
            .map(|r| r.map_err(|e| e.to_string()))
            .collect()
    }

    fn docs(items: &[Result<Item, String>]) -> Vec<&Document> {
        items
            .iter()
            .filter_map(|i| match i {
                Ok(Item::Doc(d)) => Some(d),
                _ => None,
            })
            .collect()
    }

    fn limited(max: usize) -> InputOptions {
        InputOptions { max_document_bytes: max, ..InputOptions::default() }
    }

    #[test]
    fn long_text_is_read_in_pieces_at_paragraph_breaks() {
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!("Paragraph {i} says something.\n\n"));
        }
        let items = read_all(text.as_bytes(), Format::Text, limited(100));
        let docs = docs(&items);
        assert_eq!(docs.len(), items.len(), "no warnings: {items:?}");
        assert!(docs.len() > 10);
        let mut rebuilt = String::new();
        for (i, d) in docs.iter().enumerate() {
            let name =
                if i == 0 { "t".into() } else { format!("t#{}", i + 1) };
            assert_eq!(d.name, name);
            assert!(d.text.len() <= 100);
            assert_eq!(d.offset, rebuilt.len());
            assert_eq!(&text[d.offset..d.offset + d.text.len()], d.text);
            // Cut after a blank line: every piece is whole paragraphs.
            assert!(d.text.ends_with("\n\n") && d.text.starts_with("Par"));
            rebuilt.push_str(&d.text);
        }
        assert_eq!(rebuilt, text);
    }

    #[test]
    fn pieces_are_cut_at_lines_then_spaces_then_char_boundaries() {
        let lines = "a line\n".repeat(30);
        assert_eq!(piece_cut(lines.as_bytes()), lines.len());
        let lines = "a line\n".repeat(30) + "tail";
        assert_eq!(piece_cut(lines.as_bytes()), lines.len() - 4);
        let words = "word ".repeat(30) + "tail";
        assert_eq!(piece_cut(words.as_bytes()), words.len() - 4);
        let runes = "日本".repeat(30);
        let cut = piece_cut(runes.as_bytes());
        assert!(runes.is_char_boundary(cut) && cut > 0 && cut < runes.len());
        // End to end: no piece splits a char.
        let items = read_all(runes.as_bytes(), Format::Text, limited(16));
        let docs = docs(&items);
        assert_eq!(
            docs.iter().map(|d| d.text.as_str()).collect::<String>(),
            runes
        );
        assert!(docs.iter().all(|d| d.text.len() <= 16));
    }

    #[test]
    fn byte_order_mark_is_not_text_and_offsets_stay_file_offsets() {
        let items =
            read_all(b"\xEF\xBB\xBFXi spoke.", Format::Text, limited(64));
        let d = docs(&items)[0];
        assert_eq!((d.text.as_str(), d.offset, d.bytes), ("Xi spoke.", 3, 12));
        let jsonl = b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"Xi\"}\n";
        let items = read_all(jsonl, Format::Jsonl, limited(64));
        assert_eq!(docs(&items)[0].text, "Xi");
    }

    #[test]
    fn invalid_utf8_keeps_offsets() {
        let items =
            read_all(b"Xi \xff\xfe\xe6 met Putin.", Format::Text, limited(64));
        assert_eq!(
            items[0],
            Ok(Item::Warning(
                "t: invalid UTF-8 at byte 3, decoded lossily".into()
            ))
        );
        let d = docs(&items)[0];
        assert_eq!(d.text, "Xi \u{1A}\u{1A}\u{1A} met Putin.");
        assert_eq!(d.text.len(), 17);
        // A truncated sequence at the very end too.
        assert_eq!(decode_lossy(b"ab\xe6\x97".to_vec()).0, "ab\u{1A}\u{1A}");
    }

    #[test]
    fn utf16_is_reported_as_utf16() {
        let le: Vec<u8> = "Xi met Putin."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Xi met Putin."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        let with_bom = [&b"\xFF\xFE"[..], &le].concat();
        for bytes in [&le, &be, &with_bom] {
            for format in [Format::Text, Format::Jsonl] {
                let items = read_all(bytes, format, limited(64));
                assert_eq!(items.len(), 1, "{items:?}");
                let Ok(Item::Bad(msg)) = &items[0] else {
                    panic!("{items:?}")
                };
                assert!(msg.starts_with("t: skipped: UTF-16 text"), "{msg}");
            }
            let strict = InputOptions { strict: true, ..limited(64) };
            let items = read_all(bytes, Format::Text, strict);
            assert!(
                matches!(&items[..], [Err(e)] if e.starts_with("t: UTF-16 text")),
                "{items:?}"
            );
        }
        // ASCII text with a stray NUL is binary, not UTF-16.
        let items = read_all(b"abc\0def", Format::Text, limited(64));
        assert_eq!(
            items,
            [Ok(Item::Bad("t: skipped: binary file (NUL byte)".into()))]
        );
    }

    #[test]
    fn strict_makes_every_skip_an_error() {
        let strict = || InputOptions { strict: true, ..limited(16) };
        let items = read_all(b"abc\0def", Format::Text, strict());
        assert_eq!(items, [Err("t: binary file (NUL byte)".to_string())]);
        let long = b"{\"text\":\"0123456789abcdef\"}\n{\"text\":\"x\"}\n";
        let items = read_all(long, Format::Jsonl, strict());
        assert_eq!(items, [Err("t:1: line longer than 16 bytes".to_string())]);
        let items = read_all(long, Format::Jsonl, limited(16));
        assert_eq!(
            items[0],
            Ok(Item::Bad("t:1: skipped: line longer than 16 bytes".into()))
        );
        assert_eq!(docs(&items)[0].text, "x");
    }
}
