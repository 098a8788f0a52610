//! Interface strings in English and French, in one place.
//!
//! Content comes translated in the packs; this is only the app's own words.
//! Kirundi falls back to French until it is written.

use crate::knowledge::Lang;

macro_rules! messages {
    ($(#[$edoc:meta])* $enum:ident; $($(#[$doc:meta])* $name:ident => $en:literal, $fr:literal;)*) => {
        $(#[$edoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum { $($(#[$doc])* $name,)* }

        impl $enum {
            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($enum::$name, Lang::En) => $en,)*
                    $(($enum::$name, Lang::Fr | Lang::Rn) => $fr,)*
                }
            }

            /// The text in `lang` with every `{name}` replaced by its value
            /// from `args`, in one pass (values are never scanned for
            /// placeholders).
            pub fn fill(self, lang: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
                $crate::i18n::fill_template(self.text(lang), args)
            }
        }
    };
}

// After the macro: these modules use it.
mod guide;
mod labels;
mod mrz;

pub use guide::guide;
pub use labels::{
    colon, indicator_text, kind_badge, kind_plural, service_label, services_text, strength_label,
};
pub use mrz::MrzMsg;

messages! {
    /// A piece of interface text.
    Msg;
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
    /// Hint label: Enter on the MRZ screen.
    NextLine => "next line", "ligne suivante";
    /// Hint label: Enter on a flow question.
    Answer => "answer", "répondre";
    /// Export provenance: the pack.
    ExportPack => "Knowledge pack", "Paquet de connaissances";
    /// Export provenance: the last line.
    ExportedFrom => "Exported from fieldref {version} on {date}", "Exporté depuis fieldref {version} le {date}";
    /// Provisions a procedure rests on.
    ExportRelatedProvisions => "Related provisions", "Dispositions liées";
    /// What a step rests on.
    ExportRestsOn => "Rests on", "S'appuie sur";
    /// A numbered question of a prompt sheet.
    ExportQuestionN => "Question {n}", "Question {n}";
    /// A numbered outcome of a prompt sheet.
    ExportOutcomeN => "Outcome {n}", "Conduite à tenir {n}";
    /// Where an answer leads: a question.
    ExportGoToQuestion => "go to question {n}", "aller à la question {n}";
    /// Where an answer leads: an outcome.
    ExportGoToOutcome => "outcome {n}: {title}", "conduite à tenir {n} : {title}";
    /// Where an answer leads: another flow.
    ExportHandOver => "continue with the flow “{title}” ({id})", "continuer avec le parcours « {title} » ({id})";
    /// After another flow, come back.
    ExportThenBack => "then come back to {target}", "puis revenir à {target}";
    /// Help under a question.
    ExportHint => "Hint", "Conseil";
    /// Questions heading.
    ExportQuestions => "Questions", "Questions";
    /// Outcomes heading.
    ExportOutcomes => "Outcomes", "Conduites à tenir";
    /// Contacts heading.
    ExportContacts => "Contacts", "Contacts";
    /// No contact offers the services.
    ExportNoContacts => "No contact in the loaded knowledge offers these services: ask the local office.", "Aucun contact des connaissances chargées n'offre ces services : demandez au bureau local.";
    /// How to use a prompt sheet.
    ExportSheetHowTo => "Start at question 1 and follow the arrow of each answer to the next question or to an outcome.", "Commencez à la question 1 et suivez la flèche de chaque réponse jusqu'à la question suivante ou à une conduite à tenir.";
    /// The path of answers heading.
    ExportAnswers => "Answers given", "Réponses données";
    /// A step of the path inside another flow.
    ExportInFlow => "in the flow “{title}”", "dans le parcours « {title} »";
    /// Written to a file.
    ExportWritten => "Exported {id} to {path} ({format}, readable by you only).", "{id} exporté dans {path} ({format}, lisible par vous seul).";
    /// The file exists.
    ExportExists => "{path} already exists and was not overwritten: choose another name with -o, or add --force to replace it.", "{path} existe déjà et n'a pas été remplacé : choisissez un autre nom avec -o, ou ajoutez --force pour le remplacer.";
    /// The file cannot be written.
    ExportCannotWrite => "cannot write {path}: {error}", "impossible d'écrire {path} : {error}";
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
    /// Status after switching language.
    LanguageNow => "Language: English", "Langue : français";
    /// Theme label in the status line.
    Theme => "Theme", "Thème";
    /// Going back from the first screen.
    AtHome => "This is the first screen. Ctrl-C quits.", "C'est le premier écran. Ctrl-C pour quitter.";
    /// Enter on an item whose related item is not yet selected.
    RelatedHint => "Related item selected: press again to open it", "Élément lié sélectionné : appuyez à nouveau pour l'ouvrir";
    /// An id that is not loaded.
    NotLoaded => "Not loaded (its pack is missing)", "Non chargé (son module est absent)";
    /// Bookmark added.
    BookmarkAdded => "Bookmarked", "Ajouté aux favoris";
    /// Bookmark removed.
    BookmarkRemoved => "Bookmark removed", "Retiré des favoris";
    /// Bookmarks heading.
    Bookmarks => "Bookmarks", "Favoris";
    /// Recent items heading.
    Recent => "Recent", "Récents";
    /// Empty bookmarks.
    NoBookmarks => "No bookmarks yet: open an item and bookmark it.", "Aucun favori : ouvrez un élément et ajoutez-le aux favoris.";
    /// Empty recent list.
    NoRecent => "Nothing opened yet in this session.", "Rien d'ouvert pendant cette session.";
    /// Marker on a bookmarked item.
    Bookmarked => "bookmarked", "favori";
    /// Home screen title.
    Home => "Home", "Accueil";
    /// Search results title.
    SearchTitle => "Search", "Recherche";
    /// Contacts title.
    ContactsTitle => "Contacts", "Contacts";
    /// Bookmarks screen title.
    BookmarksTitle => "Bookmarks and recent", "Favoris et récents";
    /// Search box label.
    Search => "Search", "Recherche";
    /// Placeholder in the empty search box.
    SearchPlaceholder => "type a word, an article (art 3 palermo) or a topic", "tapez un mot, un article (art 3 palerme) ou un sujet";
    /// Hit count, singular.
    OneResult => "1 result", "1 résultat";
    /// Hit count, plural: "{n} results".
    ResultsWord => "results", "résultats";
    /// No hits.
    NoResults => "No results. Check the spelling, try fewer words or another language (F2).", "Aucun résultat. Vérifiez l'orthographe, essayez moins de mots ou l'autre langue (F2).";
    /// All kinds in the filter.
    AllKinds => "all kinds", "tous les types";
    /// Kind filter label.
    Showing => "Showing", "Affichage";
    /// Too small terminal.
    Enlarge => "Enlarge the window (40x10 at least)", "Agrandissez la fenêtre (40x10 au moins)";
    /// Packs footer heading.
    Packs => "Packs", "Modules";
    /// Load warnings in the footer.
    LoadWarnings => "note(s) from loading (unverified items, old numbers): `fieldref check` lists them", "remarque(s) au chargement (éléments non vérifiés, numéros anciens) : `fieldref check` les liste";
    /// Load problems in the footer.
    Problems => "problem(s) at load: run `fieldref check`", "problème(s) au chargement : lancez `fieldref check`";
    /// Organisation column.
    Organisation => "Organisation", "Organisme";
    /// Short services column.
    ServicesShort => "Services", "Services";
    /// Verified column.
    Verified => "Verified", "Vérifié";
    /// Never verified, short.
    Never => "never", "jamais";
    /// Region filter label.
    Region => "Region", "Région";
    /// Service filter label.
    Service => "Service", "Service";
    /// No filter.
    All => "all", "tous";
    /// No contact matches the filters.
    NoContacts => "No contact matches these filters.", "Aucun contact ne correspond à ces filtres.";
    /// Help title, keys page.
    HelpKeys => "Keys", "Touches";
    /// Help title, guide page.
    HelpGuide => "How to use fieldref", "Utiliser fieldref";
    /// Keymap label in help.
    Keymap => "keymap", "clavier";
    /// Pending key sequence in the hint bar.
    Pending => "keys so far", "touches";
    /// Move pair label in the hint bar.
    Move => "move", "déplacer";
    /// The item lists a pack's provisions in.
    Items => "items", "éléments";
    /// Bookmark badge in titles.
    BookmarkBadge => "★ bookmarked", "★ favori";
    /// Short unverified marker for lists.
    UnverifiedShort => "unverified", "non vérifié";
    /// Tagline on the home screen.
    Tagline => "Offline field reference on human trafficking: laws, procedures, indicators, contacts and referral flows. Nothing you type is stored.", "Aide-mémoire hors ligne sur la traite des personnes : lois, procédures, indicateurs, contacts et logigrammes. Rien de ce que vous tapez n'est conservé.";
    /// Matched text label in the preview.
    Match => "Match", "Extrait";
    /// Help row for characters typed into the search.
    OtherCharacters => "other keys", "autres touches";
    /// Under the bookmarks title.
    BookmarksNote => "Bookmarks hold item ids only and stay on this computer.", "Les favoris ne contiennent que des identifiants et restent sur cet ordinateur.";
    /// config.toml could not be read at all (permissions ...); it is left in place.
    ConfigUnreadable => "cannot read the config file ({error}): using the default settings", "impossible de lire le fichier de réglages ({error}) : réglages par défaut utilisés";
    /// config.toml is not UTF-8 text.
    ConfigNotUtf8 => "not UTF-8 text", "pas du texte UTF-8";
    /// config.toml cannot be parsed and was left in place (read-only commands).
    ConfigBroken => "{error}: using the default settings", "{error} : réglages par défaut utilisés";
    /// config.toml cannot be parsed and was renamed so the app starts clean.
    ConfigSetAside => "{error}: the file was set aside as {path}; fieldref starts with the default settings", "{error} : le fichier a été mis de côté sous {path} ; fieldref démarre avec les réglages par défaut";
    /// config.toml cannot be parsed and could not be renamed either.
    ConfigNotMoved => "{error}: using the default settings (the file could not be set aside: {reason})", "{error} : réglages par défaut utilisés (le fichier n'a pas pu être mis de côté : {reason})";
    /// A setting config.toml does not know.
    ConfigUnknownKey => "unknown setting `{key}`: ignored, the other settings apply (known: {known})", "réglage inconnu « {key} » : ignoré, les autres réglages s'appliquent (connus : {known})";
    /// A setting of the wrong type.
    ConfigWrongType => "`{key}` must be {expected}: ignored, the other settings apply", "« {key} » doit être {expected} : ignoré, les autres réglages s'appliquent";
    /// What a text setting must be.
    ConfigExpectText => "text in quotes", "un texte entre guillemets";
    /// What a yes/no setting must be.
    ConfigExpectBool => "true or false", "true ou false";
    /// What the knowledge setting must be.
    ConfigExpectDirs => "a list of directories in quotes", "une liste de dossiers entre guillemets";
    /// What the language setting must be.
    ConfigExpectLang => "\"en\" or \"fr\"", "\"en\" ou \"fr\"";
    /// Closing the help, in the hint bar.
    Close => "close", "fermer";
    /// Hint on screens where characters type.
    TypeToSearch => "type to search", "tapez pour chercher";
    /// Related items hint in item view.
    RelatedKeys => "select with", "choisir avec";
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
    /// Marker on items of a pack that is not bundled nor signed by a trusted key.
    LocalUnsigned => "local, unsigned", "local, non signé";
    /// The same, short, before a name in the contacts table.
    Unsigned => "unsigned", "non signé";
    /// `fieldref manifest` wrote the manifest.
    ManifestWritten => "Wrote {path} ({count} files). Sign it with: minisign -Sm {path}", "{path} écrit ({count} fichiers). Signez-le avec : minisign -Sm {path}";
    /// The manifest exists.
    ManifestExists => "{path} already exists and was not overwritten: add --force to replace it (then sign it again).", "{path} existe déjà et n'a pas été remplacé : ajoutez --force pour le remplacer (puis signez-le à nouveau).";
    /// An old signature no longer matches.
    ManifestStaleSignature => "{path} signs the previous manifest and no longer matches: sign the new one.", "{path} signe l'ancien manifeste et ne correspond plus : signez le nouveau.";
    /// Presentation mode, in the title bar.
    Presentation => "Presentation", "Présentation";
    /// Asked to run an item that has no steps, questions or deck.
    NothingToRun => "Only procedures, flows and decks run; F5 or p presents any item as slides.", "Seuls les procédures, parcours et supports se déroulent ; F5 ou p présente tout élément en diapositives.";
    /// A typed letter names no answer of the question.
    NoSuchAnswer => "No answer {key} here: type one of the letters shown.", "Pas de réponse {key} ici : tapez une des lettres affichées.";
    /// Undo at the first question.
    FirstQuestion => "This is the first question.", "C'est la première question.";
    /// A typed step number is out of range.
    NoSuchStep => "No step {n}: this procedure has {m}.", "Pas d'étape {n} : cette procédure en a {m}.";
    /// The export prompt's label.
    ExportTo => "Export to file", "Exporter dans le fichier";
    /// The export file exists.
    ExportReplace => "{path} already exists: press Enter again to replace it, or type another name.", "{path} existe déjà : appuyez encore sur Entrée pour le remplacer, ou tapez un autre nom.";
    /// The export prompt is empty.
    ExportNoName => "Type a file name first.", "Tapez d'abord un nom de fichier.";
    /// Export on a screen with nothing to export.
    NothingToExport => "Nothing to export here: open a procedure, flow, deck or item first.", "Rien à exporter ici : ouvrez d'abord une procédure, un parcours, un support ou un élément.";
    /// Export cancelled.
    ExportCancelled => "Export cancelled: nothing written.", "Export annulé : rien n'a été écrit.";
}

/// `template` with every `{name}` replaced by its value from `args`, in
/// one pass (values are never scanned for placeholders); an unknown name
/// stays as written.
pub fn fill_template(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (v.to_string(), close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(&v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_names_once() {
        let s = MrzMsg::MrzLength.fill(
            Lang::En,
            &[
                ("line", &2),
                ("found", &"{line}"),
                ("expected", &44),
                ("format", &"TD3"),
            ],
        );
        assert_eq!(s, "line 2 has {line} characters; TD3 lines have 44");
    }
}
