//! The MRZ check's words: field names, problems, notes and verdicts, for
//! `fieldref mrz` and the app's MRZ screen.

use crate::knowledge::Lang;

messages! {
    /// A piece of the MRZ check's text.
    MrzMsg;
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
    /// Some check fails.
    MrzNotValid => "The MRZ does not pass: see above.", "La ZLA ne passe pas : voir ci-dessus.";
    /// Expired document.
    MrzExpiredWarning => "The document expired on {date}.", "Le document a expiré le {date}.";
    /// Prompt when reading lines from a terminal.
    MrzPrompt => "Paste or type the MRZ lines, then an empty line (nothing is stored):", "Collez ou tapez les lignes de la ZLA, puis une ligne vide (rien n'est conservé) :";
    /// MRZ screen: a fourth line or an overlong line was refused.
    MrzFull => "An MRZ has at most 3 lines (identity cards; passports have 2), each of at most 100 characters here.", "Une ZLA a au plus 3 lignes (cartes d'identité ; les passeports en ont 2), chacune d'au plus 100 caractères ici.";
    /// MRZ screen title and home section.
    MrzTitle => "MRZ check", "Contrôle de la ZLA";
    /// MRZ screen: what to type, before anything is typed.
    MrzIntro => "Type or paste the machine-readable zone: the 2 lines at the foot of a passport's data page (44 characters each; 36 on some other documents) or the 3 lines on the back of an identity card (30 each). Enter starts the next line; < is the filler. Nothing typed here is stored.", "Tapez ou collez la zone de lecture automatique : les 2 lignes au bas de la page de données d'un passeport (44 caractères chacune ; 36 sur certains autres documents) ou les 3 lignes au dos d'une carte d'identité (30 chacune). Entrée passe à la ligne suivante ; < est le caractère de remplissage. Rien de ce qui est tapé ici n'est conservé.";
    /// MRZ screen: the verdict when something fails (details follow).
    MrzNotValidApp => "The MRZ does not pass: see below.", "La ZLA ne passe pas : voir ci-dessous.";
    /// MRZ screen: the heading over problems while the lines are incomplete.
    MrzNotYet => "Not checked yet", "Pas encore vérifiée";
    /// MRZ screen: characters on a line.
    MrzCharacters => "characters", "caractères";
    /// What a pass does not mean.
    MrzAuthenticity => "Check digits prove nothing about authenticity: anyone can compute them, and a forged or altered document can carry a correct MRZ. Examine the document itself.", "Les chiffres de contrôle ne prouvent rien quant à l'authenticité : n'importe qui peut les calculer, et un document contrefait ou falsifié peut porter une ZLA correcte. Examinez le document lui-même.";
    /// What a failure may mean.
    MrzReadingHint => "A failure can be a reading or typing error (0/O, 1/I, 5/S, 8/B): compare every character with the document before drawing conclusions, then examine the document itself.", "Un échec peut venir d'une erreur de lecture ou de saisie (0/O, 1/I, 5/S, 8/B) : comparez chaque caractère avec le document avant de conclure, puis examinez le document lui-même.";
    /// Where the command line points after the advice (the app links instead).
    MrzSeeProcedure => "Document examination: fieldref show proc.document-examination", "Examen du document : fieldref show proc.document-examination";
    /// MRZ screen: how to open the linked procedure.
    MrzLinkKeys => "{select} selects, {open} opens", "{select} pour sélectionner, {open} pour ouvrir";
}
