//! The one vocabulary of things a user can do. Keymap files name actions
//! with these snake_case names; each variant's doc line is its English help
//! text, and the French help and the short hint-bar labels sit beside it.

use crate::knowledge::Lang;

macro_rules! actions {
    ($( #[doc = $help:literal] $variant:ident = $name:literal, $en:literal, $fr:literal, $help_fr:literal; )*) => {
        /// Something the user asked for; `update` is the only thing that acts on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $( #[doc = $help] $variant, )*
            /// Type a character into the search box (what an unbound character does there).
            Insert(char),
            /// Reported after drawing: how far the text in view can scroll, and
            /// how many rows one page of the list or text in view holds.
            Measured {
                /// Largest useful scroll offset of the text in view.
                scroll_max: u16,
                /// Rows visible at once.
                page: u16,
            },
        }

        impl Action {
            /// Every action a keymap file can bind, in help order.
            pub const BINDABLE: &'static [Action] = &[$(Action::$variant,)*];

            /// The name keymap files use (`select_next`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$variant => $name,)*
                    Action::Insert(_) => "insert",
                    Action::Measured { .. } => "measured",
                }
            }

            /// A bindable action by its keymap name.
            pub fn from_name(name: &str) -> Option<Action> {
                match name {
                    $($name => Some(Action::$variant),)*
                    _ => None,
                }
            }

            /// One or two words for the hint bar.
            pub fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Action::$variant, Lang::En) => $en,)*
                    $((Action::$variant, Lang::Fr | Lang::Rn) => $fr,)*
                    (Action::Insert(_), Lang::En) => "type",
                    (Action::Insert(_), _) => "saisir",
                    (Action::Measured { .. }, _) => "",
                }
            }

            /// The one-line help text.
            pub fn help(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Action::$variant, Lang::En) => $help.trim(),)*
                    $((Action::$variant, Lang::Fr | Lang::Rn) => $help_fr,)*
                    (Action::Insert(_), Lang::En) => "Type into the search box.",
                    (Action::Insert(_), _) => "Saisir dans la zone de recherche.",
                    (Action::Measured { .. }, _) => "",
                }
            }
        }
    };
}

actions! {
    /// Quit fieldref.
    Quit = "quit", "quit", "quitter", "Quitter fieldref.";
    /// Suspend to the shell; `fg` brings fieldref back as it was.
    Suspend = "suspend", "suspend", "suspendre", "Suspendre et revenir au shell ; `fg` ramène fieldref tel quel.";
    /// Show or hide the keys of this screen and the guide to fieldref.
    ToggleHelp = "toggle_help", "help", "aide", "Afficher ou masquer les touches de cet écran et le guide de fieldref.";
    /// In the help: switch between the keys and the guide to fieldref.
    SwitchHelpPage = "switch_help_page", "guide", "guide", "Dans l'aide : passer des touches au guide de fieldref et inversement.";
    /// Close the help, clear the search, or go back to the previous screen.
    GoBack = "go_back", "back", "retour", "Fermer l'aide, vider la recherche ou revenir à l'écran précédent.";
    /// Go forward again to the screen you came back from.
    GoForward = "go_forward", "forward", "avancer", "Revenir à l'écran que vous venez de quitter.";
    /// Go to the home screen.
    GoHome = "go_home", "home", "accueil", "Aller à l'écran d'accueil.";
    /// Type a search: go to the search box.
    FocusSearch = "focus_search", "search", "chercher", "Taper une recherche : aller à la zone de recherche.";
    /// Leave the search box, so that letter keys move instead of typing.
    BlurSearch = "blur_search", "leave box", "quitter la saisie", "Quitter la zone de recherche : les lettres servent alors à se déplacer.";
    /// Delete the last character typed (search, file name, step number).
    DeleteChar = "delete_char", "erase", "effacer", "Effacer le dernier caractère saisi (recherche, nom de fichier, numéro d'étape).";
    /// Delete the last word of the search.
    DeleteWord = "delete_word", "erase word", "effacer le mot", "Effacer le dernier mot de la recherche.";
    /// Clear the search and show the home screen.
    ClearSearch = "clear_search", "clear", "vider", "Vider la recherche et revenir à l'accueil.";
    /// Select the next entry, or scroll the text down one line.
    SelectNext = "select_next", "next", "suivant", "Sélectionner l'entrée suivante, ou descendre le texte d'une ligne.";
    /// Select the previous entry, or scroll the text up one line.
    SelectPrevious = "select_previous", "previous", "précédent", "Sélectionner l'entrée précédente, ou remonter le texte d'une ligne.";
    /// Move one page down.
    PageDown = "page_down", "page down", "page suivante", "Descendre d'une page.";
    /// Move one page up.
    PageUp = "page_up", "page up", "page précédente", "Remonter d'une page.";
    /// Go to the first entry, or the top of the text.
    SelectFirst = "select_first", "top", "début", "Aller à la première entrée, ou au début du texte.";
    /// Go to the last entry, or the end of the text.
    SelectLast = "select_last", "end", "fin", "Aller à la dernière entrée, ou à la fin du texte.";
    /// Open the selected entry.
    OpenSelected = "open_selected", "open", "ouvrir", "Ouvrir l'entrée sélectionnée.";
    /// Select the next related item, to open it.
    SelectNextRelated = "select_next_related", "related", "voir aussi", "Sélectionner l'élément lié suivant, pour l'ouvrir.";
    /// Select the previous related item.
    SelectPreviousRelated = "select_previous_related", "related back", "voir aussi (retour)", "Sélectionner l'élément lié précédent.";
    /// Show only the next kind of item (laws, procedures ...), then all again.
    CycleKind = "cycle_kind", "kind", "type", "N'afficher que le type suivant (lois, procédures ...), puis tout.";
    /// Like cycle_kind, backwards.
    CycleKindBack = "cycle_kind_back", "kind back", "type (retour)", "Comme le changement de type, dans l'autre sens.";
    /// Bookmark this item, or remove its bookmark.
    ToggleBookmark = "toggle_bookmark", "bookmark", "favori", "Ajouter cet élément aux favoris, ou l'en retirer.";
    /// Show bookmarks and recently opened items.
    OpenBookmarks = "open_bookmarks", "bookmarks", "favoris", "Afficher les favoris et les éléments récents.";
    /// Show the contacts directory.
    OpenContacts = "open_contacts", "contacts", "contacts", "Afficher l'annuaire des contacts.";
    /// Check the check digits of a passport's or ID card's machine-readable zone (MRZ).
    OpenMrz = "open_mrz", "MRZ check", "contrôle ZLA", "Vérifier les chiffres de contrôle de la zone de lecture automatique (ZLA) d'un passeport ou d'une carte d'identité.";
    /// Move the text cursor one character left (search box, MRZ check).
    CursorLeft = "cursor_left", "left", "gauche", "Déplacer le curseur d'un caractère vers la gauche (zone de recherche, contrôle de la ZLA).";
    /// Move the text cursor one character right; at the end of the search, open the selected entry.
    CursorRight = "cursor_right", "right", "droite", "Déplacer le curseur d'un caractère vers la droite ; en fin de recherche, ouvrir l'entrée sélectionnée.";
    /// Contacts: show only the next region, then all regions.
    CycleRegion = "cycle_region", "region", "région", "Contacts : n'afficher que la région suivante, puis toutes.";
    /// Contacts: show only the next service, then all services.
    CycleService = "cycle_service", "service", "service", "Contacts : n'afficher que le service suivant, puis tous.";
    /// Contacts: show every region and service again.
    ClearFilters = "clear_filters", "all", "tout", "Contacts : afficher à nouveau toutes les régions et tous les services.";
    /// Switch between English and French.
    SwitchLanguage = "switch_language", "français", "english", "Passer du français à l'anglais et inversement.";
    /// Use the next colour theme: dark, light, high contrast, monochrome.
    CycleTheme = "cycle_theme", "theme", "thème", "Passer au thème de couleurs suivant : sombre, clair, contraste élevé, monochrome.";
    /// Run this item: a procedure as numbered steps, a flow as questions, a deck as slides.
    RunItem = "run_item", "run", "dérouler", "Dérouler cet élément : une procédure étape par étape, un parcours question par question, un support en diapositives.";
    /// Present this procedure, flow, deck or item as big slides for a projector.
    PresentItem = "present_item", "present", "présenter", "Présenter cette procédure, ce parcours, ce support ou cet élément en grandes diapositives pour un projecteur.";
    /// Show the plain page of this procedure, flow or deck.
    ShowItemPage = "show_item_page", "page", "fiche", "Afficher la fiche simple de cette procédure, de ce parcours ou de ce support.";
    /// Export this procedure, deck, flow outcome (with the answers) or item to a Markdown file.
    ExportItem = "export_item", "export", "exporter", "Exporter cette procédure, ce support, cette conduite à tenir (avec les réponses) ou cet élément dans un fichier Markdown.";
    /// Stepper: go to the next step (type a step number then Enter to jump).
    NextStep = "next_step", "next step", "étape suivante", "Procédure : passer à l'étape suivante (tapez un numéro puis Entrée pour y aller).";
    /// Stepper: go back to the previous step.
    PreviousStep = "previous_step", "previous step", "étape précédente", "Procédure : revenir à l'étape précédente.";
    /// Stepper: mark this step done, or not done (this session only, never saved).
    ToggleStepDone = "toggle_step_done", "done", "faite", "Procédure : marquer cette étape comme faite, ou non (cette session seulement, jamais enregistré).";
    /// Flow: undo the last answer (answer by letter a, b, c ... or arrows and Enter).
    UndoAnswer = "undo_answer", "undo", "annuler", "Parcours : annuler la dernière réponse (répondez par lettre a, b, c ... ou flèches et Entrée).";
    /// Flow: start again at the first question, forgetting every answer.
    RestartFlow = "restart_flow", "restart", "recommencer", "Parcours : recommencer à la première question en oubliant toutes les réponses.";
    /// Flow: after a handed-over flow's outcome, continue the flow that handed over.
    ContinueFlow = "continue_flow", "continue", "reprendre", "Parcours : après la conduite à tenir d'un parcours délégué, reprendre le parcours d'origine.";
    /// Slides: show the next slide.
    NextSlide = "next_slide", "next slide", "diapositive suivante", "Diapositives : afficher la diapositive suivante.";
    /// Slides: show the previous slide.
    PreviousSlide = "previous_slide", "previous slide", "diapositive précédente", "Diapositives : afficher la diapositive précédente.";
    /// Slides: switch between the light (projector) and dark themes.
    ToggleSlideTheme = "toggle_slide_theme", "light/dark", "clair/sombre", "Diapositives : passer du thème clair (projecteur) au thème sombre et inversement.";
    /// In a prompt: do it (write the file; a second Enter replaces an existing file).
    ConfirmPrompt = "confirm_prompt", "write", "écrire", "Dans une invite : valider (écrire le fichier ; une deuxième fois Entrée remplace un fichier existant).";
    /// In a prompt: cancel it.
    CancelPrompt = "cancel_prompt", "cancel", "annuler", "Dans une invite : annuler.";
}

impl Action {
    /// Actions every keymap must bind without a digit, on every screen
    /// where they apply (AZERTY keyboards type digits with Shift).
    pub const CORE: &'static [Action] = &[
        Action::Quit,
        Action::ToggleHelp,
        Action::GoBack,
        Action::FocusSearch,
        Action::DeleteChar,
        Action::SelectNext,
        Action::SelectPrevious,
        Action::OpenSelected,
        Action::ToggleBookmark,
        Action::SwitchLanguage,
        Action::CycleKind,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_snake_case() {
        for a in Action::BINDABLE {
            assert_eq!(Action::from_name(a.name()), Some(*a));
            assert!(a.name().chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            assert!(!a.help(Lang::En).is_empty() && !a.help(Lang::Fr).is_empty());
        }
        assert_eq!(Action::from_name("insert"), None);
    }
}
