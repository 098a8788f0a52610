//! Law items: quote or summary, the instrument and the citation.

use super::{Lang, Localized};
use serde::Serialize;

/// Whether a law item's body is the official wording or our own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextKind {
    /// The official wording of the provision, verbatim.
    Quote,
    /// Our summary; the screen labels it so.
    Summary,
}

/// A legal instrument that provisions cite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Instrument {
    /// Key used in citations (`palermo`).
    pub id: String,
    /// Official title.
    pub title: Localized<String>,
    /// Short name for citations ("Palermo Protocol").
    pub short: Localized<String>,
    /// Words people type for it.
    pub aliases: Vec<String>,
    /// Adoption reference.
    pub adopted: Option<String>,
    /// Pack that defines it.
    pub pack: String,
}

/// Where a provision sits: instrument, article, paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Instrument key.
    pub instrument: String,
    /// The instrument's short name, copied in so a citation prints alone.
    pub instrument_short: Localized<String>,
    /// Article number as written ("3", "2(1)").
    pub article: Option<String>,
    /// Paragraph or letter ("a").
    pub paragraph: Option<String>,
    /// Free-form reference when article/paragraph do not fit.
    pub label: Option<Localized<String>>,
}

impl Citation {
    /// "Palermo Protocol, Art. 3(a)" / "Protocole de Palerme, art. 3 a)".
    pub fn display(&self, lang: Lang) -> String {
        let short = self.instrument_short.text(lang);
        let reference = if let Some(label) = &self.label {
            label.text(lang).to_string()
        } else {
            let art = if lang == Lang::Fr { "art." } else { "Art." };
            match (&self.article, &self.paragraph) {
                (Some(a), Some(p)) if lang == Lang::Fr => format!("{art} {a}, {p})"),
                (Some(a), Some(p)) => format!("{art} {a}({p})"),
                (Some(a), None) => format!("{art} {a}"),
                (None, Some(p)) => format!("({p})"),
                (None, None) => String::new(),
            }
        };
        match (short.is_empty(), reference.is_empty()) {
            (_, true) => short.to_string(),
            (true, false) => reference,
            (false, false) => format!("{short}, {reference}"),
        }
    }
}

/// A law item: a provision with its citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Law {
    /// Where the provision sits.
    pub citation: Citation,
    /// Quote or summary.
    pub text_kind: TextKind,
}
