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
    /// Marker on items of a pack that is not bundled nor signed by a trusted key.
    LocalUnsigned => "local, unsigned", "local, non signé";
    /// `fieldref manifest` wrote the manifest.
    ManifestWritten => "Wrote {path} ({count} files). Sign it with: minisign -Sm {path}", "{path} écrit ({count} fichiers). Signez-le avec : minisign -Sm {path}";
    /// The manifest exists.
    ManifestExists => "{path} already exists and was not overwritten: add --force to replace it (then sign it again).", "{path} existe déjà et n'a pas été remplacé : ajoutez --force pour le remplacer (puis signez-le à nouveau).";
    /// An old signature no longer matches.
    ManifestStaleSignature => "{path} signs the previous manifest and no longer matches: sign the new one.", "{path} signe l'ancien manifeste et ne correspond plus : signez le nouveau.";
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
