//! The validated knowledge model: what the rest of fieldref reads.
//!
//! Values here have passed `convert` and the sanitiser: ids are well formed,
//! dates are real, languages present, text free of control sequences. The
//! model knows nothing of search or screens.

mod details;
mod guide;
mod law;

pub use details::*;
pub use guide::*;
pub use law::*;

use super::date::Date;
use serde::Serialize;
use std::fmt;

/// A content language. Kirundi is in the model so packs can add it later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Kirundi.
    Rn,
}

impl Lang {
    /// Every language the model knows, in display order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Rn];

    /// The ISO 639-1 code used in packs and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Rn => "rn",
        }
    }

    /// Parses a code (`en`, `fr`, `rn`), case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What an item is; decides how it is shown and searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A legal provision, quoted or summarised.
    Law,
    /// Numbered steps to follow.
    Procedure,
    /// A question-and-answer decision tree ending in outcomes.
    Flow,
    /// An organisation or service to call.
    Contact,
    /// Grouped signs of trafficking or forced labour.
    Indicator,
    /// A term and its definition.
    Glossary,
    /// An ordered list of items for a training session.
    Deck,
}

impl Kind {
    /// Every kind, in the order menus list them.
    pub const ALL: [Kind; 7] = [
        Kind::Law,
        Kind::Procedure,
        Kind::Flow,
        Kind::Contact,
        Kind::Indicator,
        Kind::Glossary,
        Kind::Deck,
    ];

    /// The name used in packs, on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Law => "law",
            Kind::Procedure => "procedure",
            Kind::Flow => "flow",
            Kind::Contact => "contact",
            Kind::Indicator => "indicator",
            Kind::Glossary => "glossary",
            Kind::Deck => "deck",
        }
    }

    /// The plural used in menus and accepted on the command line.
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Law => "laws",
            Kind::Procedure => "procedures",
            Kind::Flow => "flows",
            Kind::Contact => "contacts",
            Kind::Indicator => "indicators",
            Kind::Glossary => "glossary",
            Kind::Deck => "decks",
        }
    }

    /// Parses a kind name, singular or plural, case-insensitively.
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_ascii_lowercase();
        Kind::ALL
            .into_iter()
            .find(|k| s == k.name() || s == k.plural())
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One value per language; at least one is present after validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localized<T> {
    /// English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<T>,
    /// French.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<T>,
    /// Kirundi.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rn: Option<T>,
}

impl<T> Default for Localized<T> {
    fn default() -> Self {
        Localized {
            en: None,
            fr: None,
            rn: None,
        }
    }
}

impl<T> Localized<T> {
    /// The value in exactly this language.
    pub fn get(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::En => self.en.as_ref(),
            Lang::Fr => self.fr.as_ref(),
            Lang::Rn => self.rn.as_ref(),
        }
    }

    /// The value in `lang`, else the first present one, with the language
    /// actually used so screens can mark a fallback.
    pub fn pick(&self, lang: Lang) -> Option<(Lang, &T)> {
        if let Some(v) = self.get(lang) {
            return Some((lang, v));
        }
        Lang::ALL
            .into_iter()
            .find_map(|l| self.get(l).map(|v| (l, v)))
    }

    /// The languages that have a value.
    pub fn langs(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.get(*l).is_some())
            .collect()
    }

    /// Maps every present value.
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Localized<U> {
        Localized {
            en: self.en.as_ref().map(&mut f),
            fr: self.fr.as_ref().map(&mut f),
            rn: self.rn.as_ref().map(&mut f),
        }
    }
}

impl Localized<String> {
    /// The text in `lang` or the best fallback; empty when none exists.
    pub fn text(&self, lang: Lang) -> &str {
        self.pick(lang).map(|(_, s)| s.as_str()).unwrap_or("")
    }
}

/// Title and body of an item in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Short heading shown in lists.
    pub title: String,
    /// The provision's wording, or the item's description.
    pub body: String,
}

/// What is specific to each kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Body {
    /// Law fields.
    Law(Law),
    /// Procedure steps.
    Procedure(Procedure),
    /// Flow graph.
    Flow(Flow),
    /// Contact details.
    Contact(Contact),
    /// Indicator groups.
    Indicator(Indicators),
    /// Glossary terms need nothing beyond title and body.
    Glossary,
    /// Deck items.
    Deck(Deck),
}

/// Where in a pack file an item was written, for messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// File path as shown to users.
    pub file: String,
    /// 1-based line of the item's id.
    pub line: usize,
    /// Line and column of `replaces`, when present.
    pub replaces_at: Option<(usize, usize)>,
    /// Line and column of a law's `citation`.
    pub citation_at: Option<(usize, usize)>,
}

/// One unit of knowledge: a provision, procedure, flow, contact ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Stable id (`palermo.art3a`).
    pub id: String,
    /// Its kind.
    pub kind: Kind,
    /// Pack id.
    pub pack: String,
    /// Jurisdiction (`international`, `bi` ...).
    pub jurisdiction: String,
    /// Search tags.
    pub tags: Vec<String>,
    /// Related item ids.
    pub related: Vec<String>,
    /// The bundled item this one replaces, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// Source document.
    pub source: String,
    /// Last review.
    pub reviewed: Date,
    /// False where wording or numbers could not be checked.
    pub verified: bool,
    /// Title and body per language.
    pub text: Localized<Text>,
    /// Kind-specific fields.
    #[serde(flatten)]
    pub body: Body,
    /// Where it was written.
    #[serde(skip)]
    pub origin: Origin,
}

impl Item {
    /// The title in `lang`, or a fallback.
    pub fn title(&self, lang: Lang) -> &str {
        self.text
            .pick(lang)
            .map(|(_, t)| t.title.as_str())
            .unwrap_or(&self.id)
    }

    /// The body in `lang`, or a fallback.
    pub fn body_text(&self, lang: Lang) -> &str {
        self.text
            .pick(lang)
            .map(|(_, t)| t.body.as_str())
            .unwrap_or("")
    }

    /// The law fields, for law items.
    pub fn law(&self) -> Option<&Law> {
        match &self.body {
            Body::Law(l) => Some(l),
            _ => None,
        }
    }

    /// The citation line, for law items.
    pub fn citation(&self, lang: Lang) -> Option<String> {
        self.law().map(|l| l.citation.display(lang))
    }

    /// Whether the item's text is the official wording.
    pub fn text_kind(&self) -> Option<TextKind> {
        self.law().map(|l| l.text_kind)
    }
}

/// Facts about a loaded pack, for footers and `check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Title per language.
    pub title: Localized<String>,
    /// Jurisdiction.
    pub jurisdiction: String,
    /// Version string.
    pub version: String,
    /// Last review of the pack.
    pub reviewed: Date,
    /// Languages every item must have.
    pub languages: Vec<Lang>,
    /// Sources the pack draws on.
    pub sources: Vec<String>,
    /// What the pack covers.
    pub description: Localized<String>,
    /// Directory (or `<bundled>/...`) it came from.
    pub location: String,
    /// Whether it is embedded in the binary.
    pub bundled: bool,
    /// Whether its content can be trusted (bundled, signed ...).
    pub trust: super::trust::Trust,
}
