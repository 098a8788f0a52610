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
    /// Step label in the stepper and on slides ("Step 3 of 9").
    Step => "Step", "Étape";
    /// Between a position and a total ("3 of 9").
    Of => "of", "sur";
    /// Marker on a step marked done this session.
    StepDone => "done", "faite";
    /// Count of steps marked done ("2 done").
    DoneCount => "done", "faites";
    /// Prompt while typing a step number to jump to.
    GoToStep => "Go to step", "Aller à l'étape";
    /// Heading of an outcome's actions.
    WhatToDo => "What to do now", "À faire maintenant";
    /// Offer to return to the flow that handed over.
    ContinueWith => "Continue with", "Reprendre";
    /// No contact offers the services an outcome needs.
    NoContact => "no matching contact in the loaded packs: ask your chain of command, and have the local office add one", "aucun contact correspondant dans les packs chargés : passez par votre hiérarchie et demandez au bureau local d'en ajouter un";
    /// Label of a question's help line.
    Hint => "Hint", "Aide";
    /// An item a screen refers to is not loaded.
    Missing => "this item is not loaded", "cet élément n'est pas chargé";
}
