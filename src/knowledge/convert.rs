//! Turns raw TOML mirrors into validated model values, one item at a time.
//!
//! Every problem becomes a [`Diagnostic`] with the file position of the
//! offending value; an item with errors is dropped and the rest of the file
//! still loads. Every string passes [`sanitize`] here, and only here.

use super::date::Date;
use super::diagnostic::{Diagnostic, Severity, SourceText};
use super::flowcheck::check_flow;
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
    item_errors: usize,
    /// Id of the item being converted, for messages.
    current: Option<String>,
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

    /// Law fields.
    pub fn law(&mut self, raw: &RawLaw) -> Option<Body> {
        let text_kind = match raw.text_kind.get_ref().as_str() {
            "quote" => TextKind::Quote,
            "summary" => TextKind::Summary,
            other => {
                self.error(
                    raw.text_kind.span().start,
                    format!("`text_kind` must be \"quote\" or \"summary\", not \"{other}\""),
                );
                return None;
            }
        };
        let c = raw.citation.get_ref();
        if c.article.is_none() && c.label.is_none() {
            self.error(
                raw.citation.span().start,
                "a citation needs an `article` or a `label`",
            );
        }
        let label = c.label.as_ref().map(|l| {
            self.localized(l, raw.citation.span().start, "citation label", true, |s| {
                sanitize(s)
            })
        });
        Some(Body::Law(Law {
            citation: Citation {
                instrument: sanitize(c.instrument.get_ref()),
                instrument_short: Localized::default(),
                article: c.article.as_deref().map(sanitize),
                paragraph: c.paragraph.as_deref().map(sanitize),
                label,
            },
            text_kind,
        }))
    }

    /// Procedure steps.
    pub fn procedure(&mut self, raw: &RawProcedure) -> Option<Body> {
        if raw.steps.get_ref().is_empty() {
            self.error(
                raw.steps.span().start,
                "a procedure needs at least one step",
            );
        }
        let steps = raw
            .steps
            .get_ref()
            .iter()
            .map(|s| {
                let offset = s.span().start;
                let s = s.get_ref();
                Step {
                    title: self.strings(&s.title, "step title"),
                    detail: self.optional_strings(&s.detail),
                    cautions: self.lists(&s.cautions, offset, "cautions", false),
                    related: s
                        .related
                        .iter()
                        .map(|r| self.reference(r, "related", &[]))
                        .collect(),
                }
            })
            .collect();
        Some(Body::Procedure(Procedure { steps }))
    }

    /// Flow graph, checked for dangling, unreachable and dead-end nodes.
    pub fn flow(&mut self, raw: &RawFlow) -> Option<Body> {
        check_flow(self, raw)
    }

    /// Contact details.
    pub fn contact(&mut self, raw: &RawContact) -> Option<Body> {
        let services = self.services(&raw.services);
        let mut phones = Vec::new();
        for p in &raw.phones {
            let number = sanitize(p.get_ref().number.get_ref());
            if !plausible_phone(&number) {
                self.error(p.get_ref().number.span().start, format!("implausible phone number `{number}`: use digits, spaces, dashes and an optional leading +, 3 to 15 digits"));
            }
            let label = self.optional_strings(&p.get_ref().label);
            phones.push(Phone { number, label });
        }
        let verified_on = raw.verified_on.as_ref().map(|d| *d.get_ref());
        if let Some(v) = raw.verified.as_ref().filter(|v| *v.get_ref())
            && verified_on.is_none()
        {
            self.error(
                v.span().start,
                "`verified = true` needs a `verified_on` date",
            );
        }
        if let Some(d) = &raw.verified_on {
            let today = Date::today();
            let date = *d.get_ref();
            if date > today {
                self.error(
                    d.span().start,
                    format!("`verified_on` date {date} is in the future"),
                );
            } else if date.days_until(today) > 365 && !phones.is_empty() {
                self.warn(
                    d.span().start,
                    format!(
                        "numbers last verified on {date}, more than a year ago: check them again"
                    ),
                );
            }
        }
        Some(Body::Contact(Contact {
            organisation: sanitize(&raw.organisation),
            services,
            regions: raw.regions.iter().map(|s| sanitize(s)).collect(),
            phones,
            email: raw.email.as_deref().map(sanitize),
            hours: self.optional_strings(&raw.hours),
            languages: raw.languages.iter().map(|s| sanitize(s)).collect(),
            verified_on,
        }))
    }

    /// Service names, checked against [`SERVICES`].
    pub fn services(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        raw.iter()
            .filter_map(|s| {
                if SERVICES.contains(&s.get_ref().as_str()) {
                    Some(s.get_ref().clone())
                } else {
                    self.error(
                        s.span().start,
                        format!(
                            "unknown service `{}`: use one of {}",
                            sanitize(s.get_ref()),
                            SERVICES.join(", ")
                        ),
                    );
                    None
                }
            })
            .collect()
    }

    /// Indicator groups.
    pub fn indicator(&mut self, raw: &RawIndicator) -> Option<Body> {
        let mut groups = Vec::new();
        for g in raw.groups.get_ref() {
            let title = self.strings(&g.get_ref().title, "group title");
            let mut items = Vec::new();
            for e in &g.get_ref().items {
                let strength = match e.get_ref().strength.as_ref() {
                    None => None,
                    Some(s) => match s.get_ref().as_str() {
                        "strong" => Some(Strength::Strong),
                        "medium" => Some(Strength::Medium),
                        "weak" => Some(Strength::Weak),
                        other => {
                            self.error(
                                s.span().start,
                                format!(
                                    "`strength` must be strong, medium or weak, not \"{other}\""
                                ),
                            );
                            None
                        }
                    },
                };
                items.push(IndicatorEntry {
                    strength,
                    text: self.strings(&e.get_ref().text, "indicator"),
                });
            }
            groups.push(IndicatorGroup { title, items });
        }
        if groups.is_empty() {
            self.error(
                raw.groups.span().start,
                "an indicator set needs at least one group",
            );
        }
        Some(Body::Indicator(Indicators { groups }))
    }

    /// Deck items.
    pub fn deck(&mut self, raw: &RawDeck) -> Option<Body> {
        if raw.items.get_ref().is_empty() {
            self.error(raw.items.span().start, "a deck needs at least one item");
        }
        let items = raw
            .items
            .get_ref()
            .iter()
            .map(|r| self.reference(r, "items", &[]))
            .collect();
        Some(Body::Deck(Deck { items }))
    }

    /// An instrument definition.
    pub fn instrument(&mut self, raw: &RawInstrument) -> Option<Instrument> {
        let id = sanitize(raw.id.get_ref());
        self.current = Some(id.clone());
        self.item_errors = 0;
        if !valid_id(&id) {
            self.error(raw.id.span().start, format!("invalid instrument id `{id}`"));
        }
        let inst = Instrument {
            title: self.strings(&raw.title, "instrument title"),
            short: self.strings(&raw.short, "instrument short name"),
            aliases: raw
                .aliases
                .iter()
                .map(|a| sanitize(a).to_lowercase())
                .collect(),
            adopted: raw.adopted.as_deref().map(sanitize),
            pack: self.pack.id.clone(),
            id,
        };
        self.current = None;
        (self.item_errors == 0).then_some(inst)
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
