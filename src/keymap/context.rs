//! Key contexts: the tables of a keymap file, and which of them apply to
//! the app's current state. A new screen adds one variant here and one arm
//! in [`stack_for`].

use crate::app::{App, Screen};
use crate::knowledge::Lang;

/// A table of a keymap file: where its bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Context {
    /// Everywhere, unless a more specific table binds the key.
    Global,
    /// While the search box has focus; unbound characters type.
    Input,
    /// The home screen (empty search).
    Home,
    /// Search results.
    Results,
    /// One item's full text.
    Item,
    /// A list of items of one kind.
    Browse,
    /// The contacts directory.
    Contacts,
    /// Bookmarks and recent items.
    Bookmarks,
    /// A procedure's steps.
    Stepper,
    /// A referral flow's questions and outcome.
    Flow,
    /// Presentation mode (slides).
    Present,
    /// The MRZ check; unbound characters type into its lines.
    Mrz,
    /// A one-line prompt (the export file name); unbound characters type.
    Prompt,
    /// The help overlay.
    Help,
}

impl Context {
    /// Every context, in the order help and `fieldref keys` show them.
    pub const ALL: [Context; 14] = [
        Context::Global,
        Context::Input,
        Context::Home,
        Context::Results,
        Context::Item,
        Context::Browse,
        Context::Contacts,
        Context::Bookmarks,
        Context::Stepper,
        Context::Flow,
        Context::Present,
        Context::Mrz,
        Context::Prompt,
        Context::Help,
    ];

    /// The table name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Input => "input",
            Context::Home => "home",
            Context::Results => "results",
            Context::Item => "item",
            Context::Browse => "browse",
            Context::Contacts => "contacts",
            Context::Bookmarks => "bookmarks",
            Context::Stepper => "stepper",
            Context::Flow => "flow",
            Context::Present => "present",
            Context::Mrz => "mrz",
            Context::Prompt => "prompt",
            Context::Help => "help",
        }
    }

    /// Parses a table name.
    pub fn parse(s: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == s)
    }

    /// A heading for the help overlay.
    pub fn title(self, lang: Lang) -> &'static str {
        let fr = !matches!(lang, Lang::En);
        match (self, fr) {
            (Context::Global, false) => "Everywhere",
            (Context::Global, true) => "Partout",
            (Context::Input, false) => "In the search box",
            (Context::Input, true) => "Dans la zone de recherche",
            (Context::Home, false) => "Home",
            (Context::Home, true) => "Accueil",
            (Context::Results, false) => "Search results",
            (Context::Results, true) => "Résultats",
            (Context::Item, false) => "Item",
            (Context::Item, true) => "Fiche",
            (Context::Browse, false) => "List",
            (Context::Browse, true) => "Liste",
            (Context::Contacts, _) => "Contacts",
            (Context::Bookmarks, false) => "Bookmarks and recent",
            (Context::Bookmarks, true) => "Favoris et récents",
            (Context::Stepper, false) => "Procedure steps",
            (Context::Stepper, true) => "Étapes de la procédure",
            (Context::Flow, false) => "Referral flow (answer with a, b, c ...)",
            (Context::Flow, true) => "Parcours (répondez avec a, b, c ...)",
            (Context::Present, false) => "Presentation",
            (Context::Present, true) => "Présentation",
            (Context::Mrz, false) => "MRZ check (type or paste the lines)",
            (Context::Mrz, true) => "Contrôle de la ZLA (tapez ou collez les lignes)",
            (Context::Prompt, false) => "File name prompt",
            (Context::Prompt, true) => "Saisie du nom de fichier",
            (Context::Help, false) => "Help",
            (Context::Help, true) => "Aide",
        }
    }
}

/// The contexts that apply now, most specific first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stack {
    /// Contexts in lookup order; `Global` last.
    pub contexts: Vec<Context>,
    /// A text box has focus (the search box, the MRZ lines): unbound
    /// characters type into it.
    pub typing: bool,
}

impl Stack {
    /// A stack of one screen context over `Global`.
    pub fn screen(context: Context) -> Stack {
        Stack {
            contexts: vec![context, Context::Global],
            typing: false,
        }
    }

    /// Whether unbound characters go to the screen: answer letters in a
    /// flow, step numbers in the stepper.
    pub fn takes_characters(&self) -> bool {
        matches!(self.screen_context(), Context::Stepper | Context::Flow)
    }

    /// The most specific context that is not the search box or global:
    /// the screen (or overlay) the user sees.
    pub fn screen_context(&self) -> Context {
        self.contexts
            .iter()
            .copied()
            .find(|c| !matches!(c, Context::Input | Context::Global))
            .unwrap_or(Context::Global)
    }
}

/// The contexts for the app's current state.
pub fn stack_for(app: &App) -> Stack {
    if app.help.is_some() {
        return Stack::screen(Context::Help);
    }
    if app.prompt.is_some() {
        return Stack {
            contexts: vec![Context::Prompt, Context::Global],
            typing: true,
        };
    }
    screen_stack(app)
}

/// The contexts of the screen shown, ignoring the help overlay over it.
pub fn screen_stack(app: &App) -> Stack {
    let screen = match app.screen() {
        Screen::Search if app.search.query.is_empty() => Context::Home,
        Screen::Search => Context::Results,
        Screen::Item(_) => Context::Item,
        Screen::Browse(_) => Context::Browse,
        Screen::Contacts(_) => Context::Contacts,
        Screen::Bookmarks(_) => Context::Bookmarks,
        Screen::Stepper(_) => Context::Stepper,
        Screen::Flow(_) => Context::Flow,
        Screen::Present(_) => Context::Present,
        Screen::Mrz(_) => Context::Mrz,
    };
    let typing = match app.screen() {
        Screen::Search => app.search.focused,
        Screen::Mrz(_) => true,
        _ => false,
    };
    let mut contexts = Vec::with_capacity(3);
    if typing {
        contexts.push(Context::Input);
    }
    contexts.push(screen);
    contexts.push(Context::Global);
    Stack { contexts, typing }
}
