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
    /// Closing the help, in the hint bar.
    Close => "close", "fermer";
    /// Hint on screens where characters type.
    TypeToSearch => "type to search", "tapez pour chercher";
    /// Related items hint in item view.
    RelatedKeys => "select with", "choisir avec";
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
