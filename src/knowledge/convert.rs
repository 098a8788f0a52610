//! Turns raw TOML mirrors into validated model values, one item at a time.
//!
//! Every problem becomes a [`Diagnostic`] with the file position of the
//! offending value; an item with errors is dropped and the rest of the file
//! still loads. Every string passes [`sanitize`] here, and only here.

use super::date::Date;
use super::diagnostic::{Diagnostic, Severity, SourceText};
use super::model::*;
use super::raw::*;
use super::sanitize::sanitize;
use toml::Spanned;

/// A reference from one item to another, checked once every pack is loaded.
#[derive(Debug, Clone)]
pub struct PendingRef {
    /// The id referred to.
    pub target: String,
    /// What kind of link it is ("related", "legal_basis", "flow" ...).
    pub field: &'static str,
    /// Kinds the target must be, or empty for any.
    pub expect: &'static [Kind],
    /// Where the reference is written, for the message.
    pub at: Diagnostic,
}

/// Everything read from one pack file.
#[derive(Debug, Default)]
pub struct FileContent {
    /// Valid items.
    pub items: Vec<Item>,
    /// Instruments defined in the file.
    pub instruments: Vec<Instrument>,
    /// References to resolve later.
    pub refs: Vec<PendingRef>,
}

/// Conversion state for one file of one pack.
pub struct Converter<'a> {
    /// The file's text, for positions.
    pub src: &'a SourceText,
    /// The pack the file belongs to.
    pub pack: &'a PackInfo,
    /// Problems found so far.
    pub diags: Vec<Diagnostic>,
    /// Errors attributed to the current item.
    pub(super) item_errors: usize,
    /// Id of the item being converted, for messages.
    pub(super) current: Option<String>,
    refs: Vec<PendingRef>,
}

/// Whether `id` is a well-formed item id: `[a-z0-9][a-z0-9._-]*`, at most 128 bytes.
pub fn valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && id.len() <= 128
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_'))
}

/// Whether a phone number looks diallable: digits with spaces, dashes,
/// dots or parentheses, an optional leading `+`, and 3 to 15 digits.
pub fn plausible_phone(number: &str) -> bool {
    let n = number.trim();
    let body = n.strip_prefix('+').unwrap_or(n);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (3..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}

impl<'a> Converter<'a> {
    /// A converter for one file.
    pub fn new(src: &'a SourceText, pack: &'a PackInfo) -> Self {
        Converter {
            src,
            pack,
            diags: Vec::new(),
            item_errors: 0,
            current: None,
            refs: Vec::new(),
        }
    }

    /// Records an error at a byte offset, against the current item.
    pub fn error(&mut self, offset: usize, message: impl Into<String>) {
        self.item_errors += 1;
        let d = self.src.error(offset, self.current.as_deref(), message);
        self.diags.push(d);
    }

    /// Records a warning at a byte offset.
    pub fn warn(&mut self, offset: usize, message: impl Into<String>) {
        let d = self
            .src
            .at(Severity::Warning, offset, self.current.as_deref(), message);
        self.diags.push(d);
    }

    /// Takes the references collected so far.
    pub fn take_refs(&mut self) -> Vec<PendingRef> {
        std::mem::take(&mut self.refs)
    }

    /// Queues a reference for checking after all packs are loaded.
    pub fn reference(
        &mut self,
        target: &Spanned<String>,
        field: &'static str,
        expect: &'static [Kind],
    ) -> String {
        let id = sanitize(target.get_ref());
        let at = self
            .src
            .error(target.span().start, self.current.as_deref(), "");
        self.refs.push(PendingRef {
            target: id.clone(),
            field,
            expect,
            at,
        });
        id
    }

    /// Sanitised values per language; errors for languages the pack requires.
    pub fn localized<T, U>(
        &mut self,
        raw: &RawLocalized<T>,
        offset: usize,
        what: &str,
        required: bool,
        f: impl Fn(&T) -> U,
    ) -> Localized<U> {
        let out = Localized {
            en: raw.en.as_ref().map(&f),
            fr: raw.fr.as_ref().map(&f),
            rn: raw.rn.as_ref().map(&f),
        };
        if required {
            self.require_langs(&out, offset, what);
        }
        out
    }

    /// Sanitised strings per language, required in every pack language.
    pub fn strings(
        &mut self,
        raw: &Spanned<RawLocalized<String>>,
        what: &str,
    ) -> Localized<String> {
        self.localized(raw.get_ref(), raw.span().start, what, true, |s| sanitize(s))
    }

    /// Sanitised optional strings per language (no language required).
    pub fn optional_strings(&mut self, raw: &Option<RawLocalized<String>>) -> Localized<String> {
        raw.as_ref()
            .map(|r| self.localized(r, 0, "", false, |s| sanitize(s)))
            .unwrap_or_default()
    }

    /// Sanitised string lists per language.
    pub fn lists(
        &mut self,
        raw: &Option<RawLocalized<Vec<String>>>,
        offset: usize,
        what: &str,
        required: bool,
    ) -> Localized<Vec<String>> {
        match raw {
            Some(r) => self.localized(r, offset, what, required, |v| {
                v.iter().map(|s| sanitize(s)).collect()
            }),
            None => {
                if required {
                    self.error(offset, format!("missing `{what}`"));
                }
                Localized::default()
            }
        }
    }

    fn require_langs<U>(&mut self, value: &Localized<U>, offset: usize, what: &str) {
        let missing: Vec<&str> = self
            .pack
            .languages
            .iter()
            .filter(|l| value.get(**l).is_none())
            .map(|l| l.code())
            .collect();
        if !missing.is_empty() {
            let what = if what.is_empty() { "text" } else { what };
            self.error(
                offset,
                format!(
                    "{what} is missing language(s) {}: the pack declares {}",
                    missing.join(", "),
                    langs_list(&self.pack.languages)
                ),
            );
        }
    }

    /// Converts one raw item of any kind; `None` when it has errors.
    pub fn item(
        &mut self,
        common: RawCommon<'_>,
        kind: Kind,
        body: impl FnOnce(&mut Self) -> Option<Body>,
    ) -> Option<Item> {
        let id = sanitize(common.id.get_ref());
        let id_offset = common.id.span().start;
        self.current = Some(id.clone());
        self.item_errors = 0;
        if !valid_id(&id) {
            self.error(id_offset, format!("invalid id `{id}`: use lowercase letters, digits, '.', '-' and '_', starting with a letter or digit"));
        }
        let text = self.texts(&common, id_offset);
        let source = match common.source {
            Some(s) if !s.get_ref().trim().is_empty() => sanitize(s.get_ref()),
            _ => {
                self.error(
                    id_offset,
                    "missing `source`: every item must say where it comes from",
                );
                String::new()
            }
        };
        let verified = match (common.verified, kind) {
            (Some(v), _) => v,
            (None, Kind::Law | Kind::Contact) => {
                self.error(id_offset, format!("missing `verified`: every {kind} item must say whether its wording or numbers were checked"));
                false
            }
            (None, _) => true,
        };
        let related = common
            .related
            .iter()
            .map(|r| self.reference(r, "related", &[]))
            .collect();
        let replaces = common.replaces.as_ref().map(|r| sanitize(r.get_ref()));
        let jurisdiction = common
            .jurisdiction
            .as_ref()
            .map(|j| sanitize(j.get_ref()))
            .unwrap_or_else(|| self.pack.jurisdiction.clone());
        let reviewed = common
            .reviewed
            .as_ref()
            .map(|d| *d.get_ref())
            .unwrap_or(self.pack.reviewed);
        if reviewed > Date::today() {
            let offset = common
                .reviewed
                .as_ref()
                .map_or(id_offset, |d| d.span().start);
            self.error(
                offset,
                format!("`reviewed` date {reviewed} is in the future"),
            );
        }
        let body = body(self);
        if !verified {
            let what = if kind == Kind::Contact {
                "numbers and details"
            } else {
                "wording"
            };
            self.warn(
                id_offset,
                format!("unverified: check the {what} against the official source"),
            );
        }
        let (line, _) = self.src.position(id_offset);
        let ok = self.item_errors == 0;
        self.current = None;
        Some(Item {
            id,
            kind,
            pack: self.pack.id.clone(),
            jurisdiction,
            tags: common.tags.iter().map(|t| sanitize(t)).collect(),
            related,
            replaces,
            source,
            reviewed,
            verified,
            text,
            body: body?,
            origin: Origin {
                file: self.src.path.clone(),
                line,
                replaces_at: common
                    .replaces
                    .as_ref()
                    .map(|r| self.src.position(r.span().start)),
                citation_at: None,
            },
        })
        .filter(|_| ok)
    }

    fn texts(&mut self, common: &RawCommon<'_>, id_offset: usize) -> Localized<Text> {
        let one = |raw: &Option<Spanned<RawText>>, this: &mut Self| {
            raw.as_ref().map(|t| {
                let title = sanitize(&t.get_ref().title);
                if title.trim().is_empty() {
                    this.error(t.span().start, "empty `title`");
                }
                Text {
                    title,
                    body: sanitize(&t.get_ref().body),
                }
            })
        };
        let text = Localized {
            en: one(common.en, self),
            fr: one(common.fr, self),
            rn: one(common.rn, self),
        };
        let missing: Vec<&str> = self
            .pack
            .languages
            .iter()
            .filter(|l| text.get(**l).is_none())
            .map(|l| l.code())
            .collect();
        if !missing.is_empty() {
            self.error(
                id_offset,
                format!(
                    "missing language(s) {}: add a [<kind>.{}] table with title and body",
                    missing.join(", "),
                    missing[0]
                ),
            );
        }
        text
    }
}

/// "en, fr" for messages.
pub fn langs_list(langs: &[Lang]) -> String {
    langs
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_phones() {
        assert!(valid_id("palermo.art3a"));
        assert!(valid_id("bi.law-1-28.art10"));
        assert!(!valid_id("Palermo"));
        assert!(!valid_id("a b"));
        assert!(!valid_id("../etc"));
        assert!(!valid_id(""));
        assert!(plausible_phone("116"));
        assert!(plausible_phone("+257 22 22 22 22"));
        assert!(!plausible_phone("12"));
        assert!(!plausible_phone("call me"));
        assert!(!plausible_phone("+1 ++2 345"));
    }
}
