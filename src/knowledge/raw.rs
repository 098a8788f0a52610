//! Serde mirrors of the pack TOML format, exactly as authors write it.
//!
//! Every struct denies unknown fields so a typo is an error with a position,
//! and ids and references keep their spans so later checks can name a line.
//! Nothing outside `knowledge` sees these types: `convert` turns them into
//! the validated model. The format is documented in `docs/pack-format.md`.

use super::date::Date;
use serde::Deserialize;
use toml::Spanned;

/// A value per language. Languages are fields, not map keys, so that a
/// misspelt language code is an unknown-field error with a position.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawLocalized<T> {
    #[serde(default)]
    pub en: Option<T>,
    #[serde(default)]
    pub fr: Option<T>,
    /// Kirundi: accepted by the format, not yet written.
    #[serde(default)]
    pub rn: Option<T>,
}

/// `pack.toml`: who made the pack and what it covers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPack {
    pub id: Spanned<String>,
    pub title: Spanned<RawLocalized<String>>,
    pub jurisdiction: Spanned<String>,
    pub version: String,
    pub reviewed: Spanned<Date>,
    #[serde(default)]
    pub languages: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub description: Option<RawLocalized<String>>,
}

/// Title and body of an item in one language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// A legal instrument that law items cite by key (`instrument = "palermo"`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInstrument {
    pub id: Spanned<String>,
    /// Full official title per language.
    pub title: Spanned<RawLocalized<String>>,
    /// Short name used in citations ("Palermo Protocol").
    pub short: Spanned<RawLocalized<String>>,
    /// Words officers type for it: `palermo`, `untoc`, `loi 1/28` ...
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adoption reference, e.g. "GA res. 55/25, Annex II, 15 Nov 2000".
    #[serde(default)]
    pub adopted: Option<String>,
}

/// Fields every item shares, written once and stamped into each kind because
/// serde's `flatten` cannot be combined with `deny_unknown_fields`.
macro_rules! raw_item {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            pub id: Spanned<String>,
            #[serde(default)]
            pub replaces: Option<Spanned<String>>,
            #[serde(default)]
            pub jurisdiction: Option<Spanned<String>>,
            #[serde(default)]
            pub tags: Vec<String>,
            #[serde(default)]
            pub related: Vec<Spanned<String>>,
            #[serde(default)]
            pub source: Option<Spanned<String>>,
            #[serde(default)]
            pub reviewed: Option<Spanned<Date>>,
            #[serde(default)]
            pub verified: Option<Spanned<bool>>,
            #[serde(default)]
            pub en: Option<Spanned<RawText>>,
            #[serde(default)]
            pub fr: Option<Spanned<RawText>>,
            #[serde(default)]
            pub rn: Option<Spanned<RawText>>,
            $($(#[$fmeta])* pub $field: $ty,)*
        }
    };
}

/// Where a law item sits in its instrument.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCitation {
    pub instrument: Spanned<String>,
    #[serde(default)]
    pub article: Option<String>,
    #[serde(default)]
    pub paragraph: Option<String>,
    /// Free text when article/paragraph do not fit ("Arts. 244-256").
    #[serde(default)]
    pub label: Option<RawLocalized<String>>,
}

raw_item!(
    /// `[[law]]`: one provision, quoted or summarised.
    RawLaw {
        citation: Spanned<RawCitation>,
        text_kind: Spanned<String>,
    }
);

/// One step of a procedure.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub title: Spanned<RawLocalized<String>>,
    #[serde(default)]
    pub detail: Option<RawLocalized<String>>,
    #[serde(default)]
    pub cautions: Option<RawLocalized<Vec<String>>>,
    #[serde(default)]
    pub related: Vec<Spanned<String>>,
}

raw_item!(
    /// `[[procedure]]`: ordered steps an officer follows.
    RawProcedure {
        steps: Spanned<Vec<Spanned<RawStep>>>,
    }
);

/// One answer to a flow question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOption {
    pub label: Spanned<RawLocalized<String>>,
    /// The node this answer leads to, in the same flow.
    #[serde(default)]
    pub next: Option<Spanned<String>>,
    /// Or: hand over to another flow ...
    #[serde(default)]
    pub flow: Option<Spanned<String>>,
    /// ... and, after its outcome, come back to this node.
    #[serde(default)]
    pub then: Option<Spanned<String>>,
}

/// A flow node: a question with options, or an outcome with actions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: Spanned<String>,
    #[serde(default)]
    pub question: Option<Spanned<RawLocalized<String>>>,
    #[serde(default)]
    pub help: Option<RawLocalized<String>>,
    #[serde(default)]
    pub options: Vec<Spanned<RawOption>>,
    #[serde(default)]
    pub outcome: Option<Spanned<RawLocalized<String>>>,
    #[serde(default)]
    pub actions: Option<RawLocalized<Vec<String>>>,
    #[serde(default)]
    pub legal_basis: Vec<Spanned<String>>,
    #[serde(default)]
    pub services: Vec<Spanned<String>>,
}

raw_item!(
    /// `[[flow]]`: a decision tree from a first question to outcomes.
    RawFlow {
        start: Spanned<String>,
        nodes: Vec<Spanned<RawNode>>,
    }
);

/// One phone number of a contact.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPhone {
    pub number: Spanned<String>,
    #[serde(default)]
    pub label: Option<RawLocalized<String>>,
}

raw_item!(
    /// `[[contact]]`: an organisation or service to call.
    RawContact {
        organisation: String,
        #[serde(default)]
        services: Vec<Spanned<String>>,
        #[serde(default)]
        regions: Vec<String>,
        #[serde(default)]
        phones: Vec<Spanned<RawPhone>>,
        #[serde(default)]
        email: Option<String>,
        #[serde(default)]
        hours: Option<RawLocalized<String>>,
        #[serde(default)]
        languages: Vec<String>,
        #[serde(default)]
        verified_on: Option<Spanned<Date>>,
    }
);

/// One indicator in a group.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicatorEntry {
    #[serde(default)]
    pub strength: Option<Spanned<String>>,
    pub text: Spanned<RawLocalized<String>>,
}

/// A named group of indicators.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicatorGroup {
    pub title: Spanned<RawLocalized<String>>,
    pub items: Vec<Spanned<RawIndicatorEntry>>,
}

raw_item!(
    /// `[[indicator]]`: grouped signs of trafficking or forced labour.
    RawIndicator {
        groups: Spanned<Vec<Spanned<RawIndicatorGroup>>>,
    }
);

raw_item!(
    /// `[[glossary]]`: a term (title) and its definition (body).
    RawGlossary {}
);

raw_item!(
    /// `[[deck]]`: an ordered list of items for one training session.
    RawDeck {
        items: Spanned<Vec<Spanned<String>>>,
    }
);

/// The fields every kind shares, borrowed from any raw item.
pub struct RawCommon<'r> {
    pub id: &'r Spanned<String>,
    pub replaces: &'r Option<Spanned<String>>,
    pub jurisdiction: &'r Option<Spanned<String>>,
    pub tags: &'r [String],
    pub related: &'r [Spanned<String>],
    pub source: &'r Option<Spanned<String>>,
    pub reviewed: &'r Option<Spanned<Date>>,
    pub verified: Option<bool>,
    pub en: &'r Option<Spanned<RawText>>,
    pub fr: &'r Option<Spanned<RawText>>,
    pub rn: &'r Option<Spanned<RawText>>,
}

macro_rules! impl_common {
    ($($name:ident),*) => {$(
        impl $name {
            /// The shared fields.
            pub fn common(&self) -> RawCommon<'_> {
                RawCommon {
                    id: &self.id,
                    replaces: &self.replaces,
                    jurisdiction: &self.jurisdiction,
                    tags: &self.tags,
                    related: &self.related,
                    source: &self.source,
                    reviewed: &self.reviewed,
                    verified: self.verified.as_ref().map(|v| *v.get_ref()),
                    en: &self.en,
                    fr: &self.fr,
                    rn: &self.rn,
                }
            }
        }
    )*};
}
impl_common!(
    RawLaw,
    RawProcedure,
    RawFlow,
    RawContact,
    RawIndicator,
    RawGlossary,
    RawDeck
);
