//! Small values the app keeps beside its screens: theme name, status
//! message, and the settings that tests inject (today's date, timings).

use crate::knowledge::Date;

/// A colour theme, by name; `ui` turns it into styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ThemeName {
    /// Light text on a dark background.
    Dark,
    /// Dark text on a light background.
    Light,
    /// Strong colours for projectors and low vision.
    HighContrast,
    /// No colour at all: bold, reverse and underline only (NO_COLOR).
    Monochrome,
}

impl ThemeName {
    /// Every theme, in the order `cycle_theme` visits them.
    pub const ALL: [ThemeName; 4] = [
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::HighContrast,
        ThemeName::Monochrome,
    ];

    /// The name used in config files and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Monochrome => "monochrome",
        }
    }

    /// Parses a theme name (`high_contrast` and `mono` accepted too).
    pub fn parse(s: &str) -> Option<ThemeName> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "dark" => Some(ThemeName::Dark),
            "light" => Some(ThemeName::Light),
            "high-contrast" | "contrast" => Some(ThemeName::HighContrast),
            "monochrome" | "mono" | "none" => Some(ThemeName::Monochrome),
            _ => None,
        }
    }

    /// The next theme.
    pub fn next(self) -> ThemeName {
        let i = ThemeName::ALL.iter().position(|t| *t == self).unwrap_or(0);
        ThemeName::ALL[(i + 1) % ThemeName::ALL.len()]
    }
}

/// How much a status message matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Confirmation of what just happened.
    Info,
    /// Something to check.
    Warning,
    /// Something failed.
    Error,
}

/// A one-line message shown until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The message, already in the interface language.
    pub text: String,
    /// How it is shown.
    pub level: Level,
}

impl Status {
    /// An informational message.
    pub fn info(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            level: Level::Info,
        }
    }

    /// A warning.
    pub fn warning(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            level: Level::Warning,
        }
    }

    /// An error.
    pub fn error(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            level: Level::Error,
        }
    }
}

/// Settings fixed for a session; tests set them for deterministic screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Today's date, to judge how old a contact's verification is.
    pub today: Date,
    /// Show the search time beside the hit count (off in snapshot tests).
    pub show_timings: bool,
    /// Save recently opened item ids across sessions.
    pub keep_recent: bool,
    /// The user's region: its contacts come first.
    pub region: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            today: Date::today(),
            show_timings: true,
            keep_recent: false,
            region: None,
        }
    }
}
