//! Interface strings in English and French, in one place.
//!
//! Content comes translated in the packs; this is only the app's own words.
//! Kirundi falls back to French until it is written.

use crate::knowledge::Lang;

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => $en:literal, $fr:literal;)*) => {
        /// A piece of interface text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($(#[$doc])* $name,)* }

        impl Msg {
            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, Lang::En) => $en,)*
                    $((Msg::$name, Lang::Fr | Lang::Rn) => $fr,)*
                }
            }
        }
    };
}

messages! {
    /// Badge on quoted provisions.
    OfficialText => "Official text", "Texte officiel";
    /// Badge on summarised provisions.
    Summary => "Summary", "Résumé";
    /// Warning on unverified items.
    Unverified => "unverified: check the official text", "non vérifié : consultez le texte officiel";
    /// Provenance label.
    Source => "Source", "Source";
    /// Review date label.
    Reviewed => "Reviewed", "Revu le";
    /// Related items heading.
    Related => "Related", "Voir aussi";
    /// Steps heading.
    Steps => "Steps", "Étapes";
    /// Cautions label.
    Cautions => "Caution", "Attention";
    /// Outcome heading.
    Outcome => "Outcome", "Conduite à tenir";
    /// Legal basis label.
    LegalBasis => "Legal basis", "Base légale";
    /// Services label.
    Services => "Services to contact", "Services à contacter";
    /// Phone label.
    Phone => "Phone", "Téléphone";
    /// Regions label.
    Regions => "Regions", "Régions";
    /// Hours label.
    Hours => "Hours", "Horaires";
    /// Languages label.
    Languages => "Languages", "Langues";
    /// Verified-on label.
    VerifiedOn => "Number verified on", "Numéro vérifié le";
    /// Contact never verified.
    NeverVerified => "number not verified", "numéro non vérifié";
    /// Contact verified over a year ago.
    StaleNumber => "verified over a year ago: check before relying on it", "vérifié il y a plus d'un an : à confirmer";
    /// Contact without any known number.
    NoNumber => "no public number known: ask the local office to add one", "aucun numéro public connu : demandez au bureau local de l'ajouter";
    /// Marker when content is shown in another language.
    OtherLanguage => "shown in another language", "affiché dans une autre langue";
    /// Question label in flows.
    Question => "Question", "Question";
    /// Start node label.
    Start => "Start", "Début";
    /// Go to node.
    GoTo => "go to", "aller à";
    /// Hand over to another flow.
    HandOver => "continue with the flow", "continuer avec le parcours";
    /// Strength labels.
    Strong => "strong", "fort";
    /// Medium strength.
    Medium => "medium", "moyen";
    /// Weak strength.
    Weak => "weak", "faible";
    /// Deck contents heading.
    DeckItems => "Sessions", "Séances";
    /// Email label.
    Email => "Email", "Courriel";
}
