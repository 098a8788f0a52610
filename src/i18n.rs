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
    /// MRZ field: document code.
    MrzDocumentType => "Document type", "Type de document";
    /// MRZ field: issuing state.
    MrzIssuingState => "Issuing state", "État émetteur";
    /// MRZ field: the whole name.
    MrzName => "Name", "Nom et prénoms";
    /// MRZ field: surname.
    MrzSurname => "Surname", "Nom";
    /// MRZ field: given names.
    MrzGivenNames => "Given names", "Prénoms";
    /// MRZ field: document number.
    MrzDocumentNumber => "Document number", "Numéro du document";
    /// MRZ field: nationality.
    MrzNationality => "Nationality", "Nationalité";
    /// MRZ field: date of birth.
    MrzBirthDate => "Date of birth", "Date de naissance";
    /// MRZ field: sex.
    MrzSex => "Sex", "Sexe";
    /// MRZ field: date of expiry.
    MrzExpiryDate => "Date of expiry", "Date d'expiration";
    /// MRZ field: TD3 personal number.
    MrzPersonalNumber => "Personal number", "Numéro personnel";
    /// MRZ field: optional data.
    MrzOptionalData => "Optional data", "Données facultatives";
    /// MRZ field: TD1 optional data on line 2.
    MrzOptionalData2 => "Optional data, line 2", "Données facultatives, ligne 2";
    /// MRZ field: composite check digit.
    MrzComposite => "Composite", "Composite";
    /// MRZ format line.
    MrzFormat => "MRZ {format}: {lines} lines of {width} characters", "ZLA {format} : {lines} lignes de {width} caractères";
    /// Sex F.
    MrzFemale => "female", "féminin";
    /// Sex M.
    MrzMale => "male", "masculin";
    /// Sex X.
    MrzSexX => "X (unspecified)", "X (non précisé)";
    /// Sex <.
    MrzSexUnspecified => "unspecified", "non précisé";
    /// A date that is not given or not readable.
    MrzUnknown => "unknown", "inconnue";
    /// Marker on an expired document.
    MrzExpired => "EXPIRED", "EXPIRÉ";
    /// Marker on a document still in date.
    MrzNotExpired => "not expired", "non expiré";
    /// Check digits heading.
    MrzChecks => "Check digits", "Chiffres de contrôle";
    /// A passing check.
    MrzOk => "ok", "ok";
    /// A failing check.
    MrzFail => "FAIL", "ÉCHEC";
    /// A wrong check digit.
    MrzCheckWrong => "found {found}, should be {expected} (line {line}, position {position})", "lu {found}, devrait être {expected} (ligne {line}, position {position})";
    /// A check digit over a field with a forbidden character.
    MrzCheckUncomputable => "found {found}; cannot be computed: the field holds a character that is not allowed (line {line}, position {position})", "lu {found} ; incalculable : le champ contient un caractère non autorisé (ligne {line}, position {position})";
    /// Problems heading.
    MrzProblems => "Problems", "Problèmes";
    /// Notes heading.
    MrzNotes => "Notes", "Remarques";
    /// Wrong number of lines.
    MrzLineCount => "an MRZ has 2 lines (passport, TD2, visa) or 3 lines (identity card); found {found}", "une ZLA a 2 lignes (passeport, TD2, visa) ou 3 lignes (carte d'identité) ; trouvé {found}";
    /// Wrong line length.
    MrzLength => "line {line} has {found} characters; {format} lines have {expected}", "la ligne {line} a {found} caractères ; les lignes {format} en ont {expected}";
    /// A character outside the MRZ set.
    MrzCharacter => "line {line}, position {position}: {character} is not an MRZ character (only A-Z, 0-9 and <)", "ligne {line}, position {position} : {character} n'est pas un caractère de ZLA (seulement A-Z, 0-9 et <)";
    /// A space inside a line.
    MrzSpace => "line {line}, position {position}: a space; an MRZ has no spaces (the filler is <)", "ligne {line}, position {position} : une espace ; une ZLA n'a pas d'espaces (le caractère de remplissage est <)";
    /// More stray characters.
    MrzMoreCharacters => "line {line}: {count} more characters that are not allowed", "ligne {line} : {count} autres caractères non autorisés";
    /// Digits in a letters-only field.
    MrzNotLetters => "{field} `{text}` may hold only letters and <: is a 0 an O, a 1 an I, a 5 an S, an 8 a B?", "{field} « {text} » ne peut contenir que des lettres et < : un 0 pour un O, un 1 pour un I, un 5 pour un S, un 8 pour un B ?";
    /// A date that is not digits.
    MrzNotADate => "{field} `{text}` is not a date: it must be six digits, YYMMDD", "{field} « {text} » n'est pas une date : six chiffres attendus, AAMMJJ";
    /// A date that does not exist.
    MrzImpossibleDate => "{field} `{text}` is not a real date: month 01-12 and a day that exists in that month", "{field} « {text} » n'est pas une date réelle : mois de 01 à 12 et un jour qui existe dans ce mois";
    /// A sex code that is not allowed.
    MrzBadSex => "sex `{character}` must be M, F, X or <", "le sexe « {character} » doit être M, F, X ou <";
    /// Expiry before birth.
    MrzExpiryBeforeBirth => "the date of expiry is before the date of birth", "la date d'expiration précède la date de naissance";
    /// Input was upper-cased.
    MrzUppercased => "lower-case letters were read as capitals", "les minuscules ont été lues comme des majuscules";
    /// One glued line was split.
    MrzSplit => "one line of {length} characters was read as {lines} lines of {width}", "une ligne de {length} caractères a été lue comme {lines} lignes de {width}";
    /// Unknown date of birth.
    MrzBirthUnknown => "date of birth not given (all <): Doc 9303 allows this when it is unknown", "date de naissance non indiquée (que des <) : admis par le Doc 9303 quand elle est inconnue";
    /// Partly known date of birth.
    MrzBirthPartial => "date of birth only partly given (< for an unknown month or day)", "date de naissance partielle (< pour un mois ou un jour inconnu)";
    /// No date of expiry.
    MrzNoExpiry => "no date of expiry given (all <)", "aucune date d'expiration indiquée (que des <)";
    /// Long document number.
    MrzLongNumber => "the document number is longer than 9 characters and continues in the optional data (Doc 9303)", "le numéro du document dépasse 9 caractères et se poursuit dans les données facultatives (Doc 9303)";
    /// Every check passes.
    MrzAllOk => "All check digits are correct.", "Tous les chiffres de contrôle sont corrects.";
    /// What a pass does not mean.
    MrzAuthenticity => "Check digits prove nothing about authenticity: anyone can compute them, and a forged or altered document can carry a correct MRZ. Examine the document itself: fieldref show proc.document-examination", "Les chiffres de contrôle ne prouvent rien quant à l'authenticité : n'importe qui peut les calculer, et un document contrefait ou falsifié peut porter une ZLA correcte. Examinez le document lui-même : fieldref show proc.document-examination";
    /// Some check fails.
    MrzNotValid => "The MRZ does not pass: see above.", "La ZLA ne passe pas : voir ci-dessus.";
    /// What a failure may mean.
    MrzReadingHint => "A failure can be a reading or typing error (0/O, 1/I, 5/S, 8/B): compare every character with the document before drawing conclusions, then examine the document itself: fieldref show proc.document-examination", "Un échec peut venir d'une erreur de lecture ou de saisie (0/O, 1/I, 5/S, 8/B) : comparez chaque caractère avec le document avant de conclure, puis examinez le document lui-même : fieldref show proc.document-examination";
    /// Expired document.
    MrzExpiredWarning => "The document expired on {date}.", "Le document a expiré le {date}.";
    /// Prompt when reading lines from a terminal.
    MrzPrompt => "Paste or type the MRZ lines, then an empty line (nothing is stored):", "Collez ou tapez les lignes de la ZLA, puis une ligne vide (rien n'est conservé) :";
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

/// The built-in "how to use fieldref" page, one paragraph per line.
pub fn guide(lang: Lang) -> &'static str {
    match lang {
        Lang::En => GUIDE_EN,
        Lang::Fr | Lang::Rn => GUIDE_FR,
    }
}

const GUIDE_EN: &str = "\
fieldref is a field reference on human trafficking: laws, procedures, indicators, contacts and referral flows. It works offline and keeps nothing you type.
Search: on the home screen, just type. Results appear as you type; typos and missing accents are forgiven. Try a word (harbouring), an article (art 3 palermo, 3a) or a topic (child, forced labour), in English or French.
Move through results with the arrow keys and open one with Enter. The preview shows the matching words highlighted.
Narrow the results to one kind (laws, procedures, contacts ...) with the kind key shown at the bottom of the screen.
An item shows where it comes from. \"Official text\" means the exact wording of the provision; \"Summary\" means our own words: check the official text before quoting it. \"unverified\" means the wording or the numbers could not be checked.
Contacts show when each number was last verified. Numbers never verified, or verified more than a year ago, are marked: confirm them before relying on them.
Bookmark items you use often; bookmarks hold item ids only and stay on this computer.
Esc goes back; the back and forward keys walk through the screens you visited. Ctrl-C quits from anywhere.
The keys shown here come from the active keymap: choose one with --keymap default or --keymap vim, or write your own keymap.toml in the config directory (fieldref paths shows where). fieldref keys lists every key.
Switch between English and French at any time with the language key; content missing in one language is shown in the other, marked as such.";

const GUIDE_FR: &str = "\
fieldref est un aide-mémoire de terrain sur la traite des personnes : lois, procédures, indicateurs, contacts et logigrammes d'orientation. Il fonctionne hors ligne et ne conserve rien de ce que vous tapez.
Recherche : sur l'écran d'accueil, tapez simplement. Les résultats s'affichent pendant la saisie ; fautes de frappe et accents manquants sont tolérés. Essayez un mot (hébergement), un article (art 3 palerme, 3a) ou un sujet (enfant, travail forcé), en français ou en anglais.
Parcourez les résultats avec les flèches et ouvrez-en un avec Entrée. L'aperçu surligne les mots trouvés.
Limitez les résultats à un type (lois, procédures, contacts ...) avec la touche de type indiquée en bas de l'écran.
Chaque élément indique sa source. « Texte officiel » signifie le texte exact de la disposition ; « Résumé » signifie nos propres mots : vérifiez le texte officiel avant de le citer. « non vérifié » signifie que le texte ou les numéros n'ont pas pu être contrôlés.
Les contacts indiquent quand chaque numéro a été vérifié. Les numéros jamais vérifiés, ou vérifiés il y a plus d'un an, sont signalés : confirmez-les avant de vous y fier.
Ajoutez aux favoris les éléments que vous utilisez souvent ; les favoris ne contiennent que des identifiants et restent sur cet ordinateur.
Échap revient en arrière ; les touches retour et avancer parcourent les écrans visités. Ctrl-C quitte depuis n'importe où.
Les touches affichées ici viennent du clavier actif : choisissez-le avec --keymap default ou --keymap vim, ou écrivez votre keymap.toml dans le dossier de configuration (fieldref paths indique où). fieldref keys liste toutes les touches.
Passez du français à l'anglais à tout moment avec la touche de langue ; un contenu absent dans une langue est affiché dans l'autre, avec une mention.";

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

impl Msg {
    /// The text in `lang` with every `{name}` replaced by its value from
    /// `args`, in one pass (values are never scanned for placeholders).
    pub fn fill(self, lang: Lang, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let template = self.text(lang);
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_names_once() {
        let s = Msg::MrzLength.fill(
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
