//! Presentation mode: the slides of one item and the position in them,
//! moved by the trainer's keys. How an item becomes slides (a procedure's
//! steps, a flow's questions and outcomes, a provision's paragraphs,
//! indicator groups, a deck's items in order) is in `slides/build.rs`.
//! No terminal here.

mod build;

pub use build::build;

use crate::knowledge::{Knowledge, Lang};

/// Colours for the projector: light (black on white) by default, because
/// projectors wash out dark backgrounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlideTheme {
    /// Black on white.
    #[default]
    Light,
    /// White on black.
    Dark,
}

impl SlideTheme {
    /// The other theme.
    pub fn toggled(self) -> SlideTheme {
        match self {
            SlideTheme::Light => SlideTheme::Dark,
            SlideTheme::Dark => SlideTheme::Light,
        }
    }
}

/// One line of a slide's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlideLine {
    /// A paragraph.
    Text(String),
    /// A labelled entry: `a)` and an option, `3.` and an action, `•` and an indicator.
    Entry {
        /// The label, drawn before the text.
        label: String,
        /// The text, wrapped under itself.
        text: String,
    },
    /// A caution, drawn after its word ("Caution").
    Caution(String),
    /// Secondary text: citation, badge, source, hint.
    Note(String),
}

/// One slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    /// The item the slide comes from.
    pub item: String,
    /// A small line above the title: where this slide sits.
    pub kicker: String,
    /// The slide's title; may be empty for a paragraph slide.
    pub title: String,
    /// The body.
    pub lines: Vec<SlideLine>,
    /// The content language used, when it is not the one asked for.
    pub other_lang: Option<Lang>,
}

/// A presentation: the slides of one item and the slide shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    id: String,
    lang: Lang,
    slides: Vec<Slide>,
    current: usize,
    theme: SlideTheme,
}

impl Presentation {
    /// Opens item `id` as slides in `lang`, on the first slide; `None` when
    /// the item is not loaded.
    pub fn open(k: &Knowledge, id: &str, lang: Lang, theme: SlideTheme) -> Option<Presentation> {
        let slides = build(k, id, lang);
        (!slides.is_empty()).then(|| Presentation {
            id: id.to_string(),
            lang,
            slides,
            current: 0,
            theme,
        })
    }

    /// The presented item's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The language the slides were built in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every slide.
    pub fn slides(&self) -> &[Slide] {
        &self.slides
    }

    /// The slide shown.
    pub fn slide(&self) -> Option<&Slide> {
        self.slides.get(self.current)
    }

    /// `(N, M)` for the `N/M` counter, 1-based.
    pub fn position(&self) -> (usize, usize) {
        (self.current + 1, self.slides.len())
    }

    /// The theme.
    pub fn theme(&self) -> SlideTheme {
        self.theme
    }

    /// Switches between light and dark.
    pub fn toggle_theme(&mut self) {
        self.theme = self.theme.toggled();
    }

    /// Next slide; false on the last.
    pub fn next_slide(&mut self) -> bool {
        self.go_to(self.current + 2)
    }

    /// Previous slide; false on the first.
    pub fn prev_slide(&mut self) -> bool {
        self.current > 0 && self.go_to(self.current)
    }

    /// First slide.
    pub fn first_slide(&mut self) -> bool {
        self.go_to(1)
    }

    /// Last slide.
    pub fn last_slide(&mut self) -> bool {
        self.go_to(self.slides.len())
    }

    /// Slide `number` (1-based); false when out of range or already shown.
    pub fn go_to(&mut self, number: usize) -> bool {
        if number == 0 || number > self.slides.len() || number == self.current + 1 {
            return false;
        }
        self.current = number - 1;
        true
    }

    /// Rebuilds the slides in `lang`, staying on the same slide number.
    pub fn relocalize(&mut self, k: &Knowledge, lang: Lang) {
        let slides = build(k, &self.id, lang);
        if !slides.is_empty() {
            self.current = self.current.min(slides.len() - 1);
            self.slides = slides;
            self.lang = lang;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_toggle_and_light_is_the_default() {
        assert_eq!(SlideTheme::default(), SlideTheme::Light);
        assert_eq!(SlideTheme::Light.toggled(), SlideTheme::Dark);
        assert_eq!(SlideTheme::Dark.toggled(), SlideTheme::Light);
    }
}
