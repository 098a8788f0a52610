//! The built-in "how to use fieldref" page of the help overlay, in
//! English and French.

use crate::knowledge::Lang;

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
Procedures run as numbered steps and referral flows as one question at a time, ending in what to do now and whom to call; any procedure, flow or training deck can also be presented in big letters for a projector. The keys are shown at the bottom of each screen.
MRZ check (on the home screen): type or paste the 2 or 3 lines of a passport's or identity card's machine-readable zone and each check digit is checked as you type. Correct check digits prove nothing about authenticity: examine the document itself. Nothing typed there is kept.
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
Les procédures se déroulent étape par étape et les parcours d'orientation question par question, jusqu'à la conduite à tenir et aux services à appeler ; toute procédure, tout parcours ou support de formation peut aussi être présenté en grands caractères sur un projecteur. Les touches sont indiquées en bas de chaque écran.
Contrôle de la ZLA (sur l'écran d'accueil) : tapez ou collez les 2 ou 3 lignes de la zone de lecture automatique d'un passeport ou d'une carte d'identité ; chaque chiffre de contrôle est vérifié pendant la saisie. Des chiffres corrects ne prouvent rien quant à l'authenticité : examinez le document lui-même. Rien de ce qui y est tapé n'est conservé.
Ajoutez aux favoris les éléments que vous utilisez souvent ; les favoris ne contiennent que des identifiants et restent sur cet ordinateur.
Échap revient en arrière ; les touches retour et avancer parcourent les écrans visités. Ctrl-C quitte depuis n'importe où.
Les touches affichées ici viennent du clavier actif : choisissez-le avec --keymap default ou --keymap vim, ou écrivez votre keymap.toml dans le dossier de configuration (fieldref paths indique où). fieldref keys liste toutes les touches.
Passez du français à l'anglais à tout moment avec la touche de langue ; un contenu absent dans une langue est affiché dans l'autre, avec une mention.";
