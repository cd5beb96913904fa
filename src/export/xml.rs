//! What the GraphML and GEXF writers share: a quick-xml writer, XML 1.0
//! escaping that keeps every string intact on reading back, and errors.

use std::borrow::Cow;
use std::io;

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::name::QName;
use quick_xml::Writer;

use crate::error::Error;

/// An indented XML writer with the declaration written.
pub(crate) fn writer<W: io::Write>(out: W) -> io::Result<Writer<W>> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    Ok(w)
}

/// Ends the document with a line break and flushes.
pub(crate) fn finish<W: io::Write>(w: Writer<W>) -> io::Result<()> {
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}

/// Maps an I/O error of writer `what` into the library's error.
pub(crate) fn error(what: &str) -> impl FnOnce(io::Error) -> Error + '_ {
    move |source| Error::Io { path: what.into(), source }
}

/// Escapes `s` for XML 1.0 element text or a double-quoted attribute:
/// `&`, `<`, `>`, `"` as entities; tab, line feed and carriage return as
/// character references (attribute normalisation would turn them into
/// spaces); characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) replaced
/// by U+FFFD.
pub(crate) fn escape(s: &str) -> Cow<'_, str> {
    let needs = |c: char| {
        matches!(c, '&' | '<' | '>' | '"' | '\t' | '\n' | '\r') || !allowed(c)
    };
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if !allowed(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether XML 1.0 allows `c` in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// An attribute whose value is escaped with [`escape`].
pub(crate) fn attr<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key.as_bytes()),
        value: Cow::Owned(escape(value).into_owned().into_bytes()),
    }
}

/// Element text escaped with [`escape`].
pub(crate) fn text(value: &str) -> BytesText<'static> {
    BytesText::from_escaped(escape(value).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape("plain Иван 习近平"), "plain Иван 习近平");
        assert_eq!(
            escape("a&b <c> \"d\" 'e'"),
            "a&amp;b &lt;c&gt; &quot;d&quot; 'e'"
        );
        assert_eq!(escape("x\ty\nz\r"), "x&#9;y&#10;z&#13;");
        assert_eq!(
            escape("bell\u{7} nul\u{0} \u{FFFF}"),
            "bell\u{FFFD} nul\u{FFFD} \u{FFFD}"
        );
    }
}
