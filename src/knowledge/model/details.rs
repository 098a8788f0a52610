//! Contacts, indicator sets and training decks.

use super::super::date::Date;
use super::Localized;
use serde::Serialize;

/// A phone number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Phone {
    /// As dialled, e.g. "116" or "+257 22 22 22 22".
    pub number: String,
    /// What the line is for.
    pub label: Localized<String>,
}

/// An organisation or service to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// Organisation name.
    pub organisation: String,
    /// Services offered (see [`SERVICES`]).
    pub services: Vec<String>,
    /// Regions served ("national", "Bujumbura" ...).
    pub regions: Vec<String>,
    /// Numbers; may be empty when none is publicly known.
    pub phones: Vec<Phone>,
    /// Email address.
    pub email: Option<String>,
    /// Opening hours.
    pub hours: Localized<String>,
    /// Languages spoken.
    pub languages: Vec<String>,
    /// When the numbers were last confirmed; `None` means never.
    pub verified_on: Option<Date>,
}

/// How strongly an indicator points to trafficking (ILO-EC grading).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Strong indicator.
    Strong,
    /// Medium indicator.
    Medium,
    /// Weak indicator.
    Weak,
}

/// One indicator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorEntry {
    /// Grading, where the source grades.
    pub strength: Option<Strength>,
    /// The sign itself.
    pub text: Localized<String>,
}

/// A named group of indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorGroup {
    /// Group heading.
    pub title: Localized<String>,
    /// The indicators.
    pub items: Vec<IndicatorEntry>,
}

/// An indicator set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicators {
    /// The groups.
    pub groups: Vec<IndicatorGroup>,
}

/// A training deck: items shown one after another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deck {
    /// Item ids in order.
    pub items: Vec<String>,
}
