//! Words built from data: kinds, services, indicator strengths, and the
//! colon that French spaces.

use super::Msg;
use crate::knowledge::{Lang, Strength};

/// A kind's name in a menu ("Laws", "Lois").
pub fn kind_plural(kind: crate::knowledge::Kind, lang: Lang) -> &'static str {
    use crate::knowledge::Kind;
    let fr = !matches!(lang, Lang::En);
    match (kind, fr) {
        (Kind::Law, false) => "Laws",
        (Kind::Law, true) => "Lois",
        (Kind::Procedure, false) => "Procedures",
        (Kind::Procedure, true) => "Procédures",
        (Kind::Flow, false) => "Flows",
        (Kind::Flow, true) => "Logigrammes",
        (Kind::Contact, _) => "Contacts",
        (Kind::Indicator, false) => "Indicators",
        (Kind::Indicator, true) => "Indicateurs",
        (Kind::Glossary, false) => "Glossary",
        (Kind::Glossary, true) => "Glossaire",
        (Kind::Deck, false) => "Training decks",
        (Kind::Deck, true) => "Supports de formation",
    }
}

/// A kind's badge in lists ("law", "loi").
pub fn kind_badge(kind: crate::knowledge::Kind, lang: Lang) -> &'static str {
    use crate::knowledge::Kind;
    let fr = !matches!(lang, Lang::En);
    match (kind, fr) {
        (Kind::Law, false) => "law",
        (Kind::Law, true) => "loi",
        (Kind::Procedure, false) => "procedure",
        (Kind::Procedure, true) => "procédure",
        (Kind::Flow, false) => "flow",
        (Kind::Flow, true) => "logigramme",
        (Kind::Contact, _) => "contact",
        (Kind::Indicator, false) => "indicators",
        (Kind::Indicator, true) => "indicateurs",
        (Kind::Glossary, false) => "glossary",
        (Kind::Glossary, true) => "glossaire",
        (Kind::Deck, false) => "deck",
        (Kind::Deck, true) => "support",
    }
}

/// The separator before a value: ": " in English, " : " in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr | Lang::Rn => " : ",
    }
}

/// A service's name for people ("child protection", "protection de l'enfance").
pub fn service_label(service: &str, lang: Lang) -> &str {
    let fr = !matches!(lang, Lang::En);
    let (en, fr_label) = match service {
        "police" => ("police", "police"),
        "child_protection" => ("child protection", "protection de l'enfance"),
        "medical" => ("medical", "soins médicaux"),
        "shelter" => ("shelter", "hébergement"),
        "psychosocial" => ("psychosocial", "psychosocial"),
        "legal_aid" => ("legal aid", "aide juridique"),
        "immigration" => ("immigration", "immigration"),
        "border" => ("border", "frontière"),
        "return" => ("return", "retour"),
        "hotline" => ("hotline", "ligne d'urgence"),
        "coordination" => ("coordination", "coordination"),
        "human_rights" => ("human rights", "droits humains"),
        "labour" => ("labour", "travail"),
        "prosecution" => ("prosecution", "parquet"),
        "witness_protection" => ("witness protection", "protection des témoins"),
        "humanitarian" => ("humanitarian", "humanitaire"),
        other => return other,
    };
    if fr { fr_label } else { en }
}

/// Services as people read them, comma-separated.
pub fn services_text(services: &[String], lang: Lang) -> String {
    services
        .iter()
        .map(|s| service_label(s, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An indicator's strength in words ("strong", "fort"): one wording for
/// the app, the command line, slides and exports.
pub fn strength_label(strength: Strength, lang: Lang) -> &'static str {
    match strength {
        Strength::Strong => Msg::Strong,
        Strength::Medium => Msg::Medium,
        Strength::Weak => Msg::Weak,
    }
    .text(lang)
}

/// An indicator's text followed by its strength in brackets
/// ("Debt bondage [strong]"); the text alone when it has no strength.
pub fn indicator_text(text: &str, strength: Option<Strength>, lang: Lang) -> String {
    match strength {
        Some(s) => format!("{text} [{}]", strength_label(s, lang)),
        None => text.to_string(),
    }
}
