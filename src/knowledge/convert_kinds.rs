//! Conversion of each kind's own fields (law, procedure, flow, contact,
//! indicator, deck) and of instruments; shared fields are in `convert`.

use super::convert::{Converter, plausible_phone, valid_id};
use super::date::Date;
use super::flowcheck::check_flow;
use super::model::*;
use super::raw::*;
use super::sanitize::sanitize;
use toml::Spanned;

impl Converter<'_> {
    /// Law fields.
    pub fn law(&mut self, raw: &RawLaw) -> Option<Body> {
        let text_kind = match raw.text_kind.get_ref().as_str() {
            "quote" => TextKind::Quote,
            "summary" => TextKind::Summary,
            other => {
                self.error(
                    raw.text_kind.span().start,
                    format!("`text_kind` must be \"quote\" or \"summary\", not \"{other}\""),
                );
                return None;
            }
        };
        let c = raw.citation.get_ref();
        if c.article.is_none() && c.label.is_none() {
            self.error(
                raw.citation.span().start,
                "a citation needs an `article` or a `label`",
            );
        }
        let label = c.label.as_ref().map(|l| {
            self.localized(l, raw.citation.span().start, "citation label", true, |s| {
                sanitize(s)
            })
        });
        Some(Body::Law(Law {
            citation: Citation {
                instrument: sanitize(c.instrument.get_ref()),
                instrument_short: Localized::default(),
                article: c.article.as_deref().map(sanitize),
                paragraph: c.paragraph.as_deref().map(sanitize),
                label,
            },
            text_kind,
        }))
    }

    /// Procedure steps.
    pub fn procedure(&mut self, raw: &RawProcedure) -> Option<Body> {
        if raw.steps.get_ref().is_empty() {
            self.error(
                raw.steps.span().start,
                "a procedure needs at least one step",
            );
        }
        let steps = raw
            .steps
            .get_ref()
            .iter()
            .map(|s| {
                let offset = s.span().start;
                let s = s.get_ref();
                Step {
                    title: self.strings(&s.title, "step title"),
                    detail: self.optional_strings(&s.detail),
                    cautions: self.lists(&s.cautions, offset, "cautions", false),
                    related: s
                        .related
                        .iter()
                        .map(|r| self.reference(r, "related", &[]))
                        .collect(),
                }
            })
            .collect();
        Some(Body::Procedure(Procedure { steps }))
    }

    /// Flow graph, checked for dangling, unreachable and dead-end nodes.
    pub fn flow(&mut self, raw: &RawFlow) -> Option<Body> {
        check_flow(self, raw)
    }

    /// Contact details.
    pub fn contact(&mut self, raw: &RawContact) -> Option<Body> {
        let services = self.services(&raw.services);
        let mut phones = Vec::new();
        for p in &raw.phones {
            let number = sanitize(p.get_ref().number.get_ref());
            if !plausible_phone(&number) {
                self.error(p.get_ref().number.span().start, format!("implausible phone number `{number}`: use digits, spaces, dashes and an optional leading +, 3 to 15 digits"));
            }
            let label = self.optional_strings(&p.get_ref().label);
            phones.push(Phone { number, label });
        }
        let verified_on = raw.verified_on.as_ref().map(|d| *d.get_ref());
        if let Some(v) = raw.verified.as_ref().filter(|v| *v.get_ref())
            && verified_on.is_none()
        {
            self.error(
                v.span().start,
                "`verified = true` needs a `verified_on` date",
            );
        }
        if let Some(d) = &raw.verified_on {
            let today = Date::today();
            let date = *d.get_ref();
            if date > today {
                self.error(
                    d.span().start,
                    format!("`verified_on` date {date} is in the future"),
                );
            } else if date.days_until(today) > 365 && !phones.is_empty() {
                self.warn(
                    d.span().start,
                    format!(
                        "numbers last verified on {date}, more than a year ago: check them again"
                    ),
                );
            }
        }
        Some(Body::Contact(Contact {
            organisation: sanitize(&raw.organisation),
            services,
            regions: raw.regions.iter().map(|s| sanitize(s)).collect(),
            phones,
            email: raw.email.as_deref().map(sanitize),
            hours: self.optional_strings(&raw.hours),
            languages: raw.languages.iter().map(|s| sanitize(s)).collect(),
            verified_on,
        }))
    }

    /// Service names, checked against [`SERVICES`].
    pub fn services(&mut self, raw: &[Spanned<String>]) -> Vec<String> {
        raw.iter()
            .filter_map(|s| {
                if SERVICES.contains(&s.get_ref().as_str()) {
                    Some(s.get_ref().clone())
                } else {
                    self.error(
                        s.span().start,
                        format!(
                            "unknown service `{}`: use one of {}",
                            sanitize(s.get_ref()),
                            SERVICES.join(", ")
                        ),
                    );
                    None
                }
            })
            .collect()
    }

    /// Indicator groups.
    pub fn indicator(&mut self, raw: &RawIndicator) -> Option<Body> {
        let mut groups = Vec::new();
        for g in raw.groups.get_ref() {
            let title = self.strings(&g.get_ref().title, "group title");
            let mut items = Vec::new();
            for e in &g.get_ref().items {
                let strength = match e.get_ref().strength.as_ref() {
                    None => None,
                    Some(s) => match s.get_ref().as_str() {
                        "strong" => Some(Strength::Strong),
                        "medium" => Some(Strength::Medium),
                        "weak" => Some(Strength::Weak),
                        other => {
                            self.error(
                                s.span().start,
                                format!(
                                    "`strength` must be strong, medium or weak, not \"{other}\""
                                ),
                            );
                            None
                        }
                    },
                };
                items.push(IndicatorEntry {
                    strength,
                    text: self.strings(&e.get_ref().text, "indicator"),
                });
            }
            groups.push(IndicatorGroup { title, items });
        }
        if groups.is_empty() {
            self.error(
                raw.groups.span().start,
                "an indicator set needs at least one group",
            );
        }
        Some(Body::Indicator(Indicators { groups }))
    }

    /// Deck items.
    pub fn deck(&mut self, raw: &RawDeck) -> Option<Body> {
        if raw.items.get_ref().is_empty() {
            self.error(raw.items.span().start, "a deck needs at least one item");
        }
        let items = raw
            .items
            .get_ref()
            .iter()
            .map(|r| self.reference(r, "items", &[]))
            .collect();
        Some(Body::Deck(Deck { items }))
    }

    /// An instrument definition.
    pub fn instrument(&mut self, raw: &RawInstrument) -> Option<Instrument> {
        let id = sanitize(raw.id.get_ref());
        self.current = Some(id.clone());
        self.item_errors = 0;
        if !valid_id(&id) {
            self.error(raw.id.span().start, format!("invalid instrument id `{id}`"));
        }
        let inst = Instrument {
            title: self.strings(&raw.title, "instrument title"),
            short: self.strings(&raw.short, "instrument short name"),
            aliases: raw
                .aliases
                .iter()
                .map(|a| sanitize(a).to_lowercase())
                .collect(),
            adopted: raw.adopted.as_deref().map(sanitize),
            pack: self.pack.id.clone(),
            id,
        };
        self.current = None;
        (self.item_errors == 0).then_some(inst)
    }
}
