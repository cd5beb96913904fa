//! Reading documents: files, directories, `.jsonl`/`.ndjson`, `.gz`, stdin.
//!
//! This is the I/O boundary before the pipeline. It streams: a
//! [`DocumentReader`] yields one [`Item`] at a time, so memory is bounded
//! by the largest document, not by the corpus.
//!
//! Bad input never panics and loses nothing silently:
//! - invalid UTF-8 is decoded lossily, with one warning naming the file;
//! - a binary file (a NUL byte in its first 8 KiB) is skipped with a
//!   warning;
//! - a document (a text file or a JSONL line) over [`MAX_DOCUMENT_BYTES`]
//!   is skipped with a warning;
//! - a bad JSONL line (invalid JSON, missing or non-string text) is a
//!   warning naming file and line, skipped and counted ([`Item::Bad`]), or
//!   an error with `strict`;
//! - a truncated `.gz` is an error naming the file, after every document
//!   read before it has been yielded;
//! - a file read as text because of its name (or stdin, by default) whose
//!   first non-empty line is a JSON object with the text field gets a
//!   warning: it is probably JSONL (`--input-format jsonl`).

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::DeserializeSeed;

use crate::text::Date;

/// Largest document accepted (64 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

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
    /// Make bad JSONL lines fatal.
    pub strict: bool,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: None,
            id_field: "id".into(),
            text_field: "text".into(),
            date_field: "date".into(),
            strict: false,
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

/// Expands user inputs: `-` is stdin, files are taken as they are,
/// directories are walked recursively for `*.txt`, `*.jsonl`, `*.ndjson`
/// (optionally `.gz`), in sorted order.
pub fn expand_inputs(
    inputs: &[String],
    options: &InputOptions,
) -> Result<Vec<Source>, InputError> {
    let mut sources = vec![];
    for input in inputs {
        if input == "-" {
            sources.push(Source {
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
            let mut found = vec![];
            walk(path, path, &mut found).map_err(|e| InputError {
                name: input.clone(),
                msg: io_msg(&e),
            })?;
            if found.is_empty() {
                return Err(InputError {
                    name: input.clone(),
                    msg: "no text files (*.txt, *.jsonl, *.ndjson, *.gz) in directory".into(),
                });
            }
            found.sort();
            for (rel, full, size) in found {
                let (format, gzip) = classify(&rel);
                sources.push(Source {
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
            sources.push(Source {
                path: Some(path.to_path_buf()),
                name: input.clone(),
                format: options.format.unwrap_or(format),
                guessed: options.format.is_none(),
                gzip,
                size: Some(meta.len()),
            });
        }
    }
    Ok(sources)
}

fn io_msg(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    found: &mut Vec<(String, PathBuf, u64)>,
) -> io::Result<()> {
    let mut entries: Vec<_> =
        std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let meta = std::fs::metadata(&path)?;
        if meta.is_dir() {
            walk(root, &path, found)?;
            continue;
        }
        let name = entry.file_name().to_string_lossy().to_ascii_lowercase();
        let stem = name.strip_suffix(".gz").unwrap_or(&name);
        if stem.ends_with(".txt")
            || stem.ends_with(".jsonl")
            || stem.ends_with(".ndjson")
        {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            found.push((rel, path, meta.len()));
        }
    }
    Ok(())
}

/// Streams the documents of a list of sources.
pub struct DocumentReader {
    sources: std::vec::IntoIter<Source>,
    options: InputOptions,
    current: Option<Open>,
    pending: VecDeque<Item>,
}

struct Open {
    source: Source,
    reader: Box<dyn BufRead + Send>,
    line: usize,
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

    /// Reads one text file as one document.
    fn read_text(
        source: &Source,
        options: &InputOptions,
        mut reader: Box<dyn BufRead + Send>,
    ) -> Result<Vec<Item>, InputError> {
        let mut bytes = vec![];
        let n = (&mut reader)
            .take(MAX_DOCUMENT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Self::read_error(source, &e))?;
        if n > MAX_DOCUMENT_BYTES {
            // Drain the rest so a truncated gzip is still reported.
            io::copy(&mut reader, &mut io::sink())
                .map_err(|e| Self::read_error(source, &e))?;
            return Ok(vec![Item::Bad(format!(
                "{}: skipped: document larger than {} MiB",
                source.name,
                MAX_DOCUMENT_BYTES >> 20
            ))]);
        }
        if bytes[..bytes.len().min(8192)].contains(&0) {
            return Ok(vec![Item::Bad(format!(
                "{}: skipped: binary file (NUL byte)",
                source.name
            ))]);
        }
        let mut items = vec![];
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                items.push(Item::Warning(format!(
                    "{}: invalid UTF-8 at byte {}, decoded lossily",
                    source.name,
                    e.utf8_error().valid_up_to()
                )));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        if source.guessed && looks_like_jsonl(&text, options) {
            items.push(Item::Warning(format!(
                "{}: read as one text document, but its first line is a JSON object with a `{}` field: for one document per line, pass --input-format jsonl",
                source.name, options.text_field
            )));
        }
        items.push(Item::Doc(Document {
            name: source.name.clone(),
            text,
            date: None,
            bytes: n as u64,
        }));
        Ok(items)
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
        let bad = |msg: String| -> Result<Option<Item>, InputError> {
            if self.options.strict {
                Err(InputError { name: where_.clone(), msg })
            } else {
                Ok(Some(Item::Bad(format!("{where_}: skipped: {msg}"))))
            }
        };
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
        })))
    }
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
                let reader = match Self::open(&source) {
                    Ok(r) => r,
                    Err(e) => return Some(Err(e)),
                };
                if source.format == Format::Text {
                    match Self::read_text(&source, &self.options, reader) {
                        Ok(items) => self.pending.extend(items),
                        Err(e) => return Some(Err(e)),
                    }
                } else {
                    self.current = Some(Open { source, reader, line: 0 });
                }
                continue;
            };
            open.line += 1;
            let mut buf = Vec::new();
            let read = read_line_limited(
                open.reader.as_mut(),
                &mut buf,
                MAX_DOCUMENT_BYTES,
            );
            let (consumed, too_long) = match read {
                Ok(r) => r,
                Err(e) => {
                    let err = Self::read_error(&open.source, &e);
                    self.current = None;
                    return Some(Err(err));
                }
            };
            if consumed == 0 {
                self.current = None;
                continue;
            }
            let line_no = open.line;
            let source = open.source.clone();
            if too_long {
                return Some(Ok(Item::Bad(format!(
                    "{}:{}: skipped: line longer than {} MiB",
                    source.name,
                    line_no,
                    MAX_DOCUMENT_BYTES >> 20
                ))));
            }
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            match self.parse_line(&source, line_no, &buf) {
                Ok(Some(item)) => return Some(Ok(item)),
                Ok(None) => continue,
                Err(e) => {
                    self.current = None;
                    return Some(Err(e));
                }
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
