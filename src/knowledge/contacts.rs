//! Which contacts an outcome lists, in what order, and how fresh their
//! numbers are. One home below `app` and `export`, so that the outcome
//! screen and a printed outcome name the same contacts in the same order.

use super::{Body, Contact, Date, Item, Knowledge};

/// Days after which a verified number counts as old.
pub const STALE_AFTER_DAYS: i64 = 365;

/// The region name that means "the whole country".
pub const NATIONAL: &str = "national";

/// How far a contact's numbers can be trusted today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// Verified within the last year.
    Verified(Date),
    /// Verified more than a year ago.
    Stale(Date),
    /// Never verified.
    Never,
}

impl Freshness {
    /// The freshness of `c`'s numbers on `today`.
    pub fn of(c: &Contact, today: Date) -> Freshness {
        match c.verified_on {
            None => Freshness::Never,
            Some(d) if d.days_until(today) > STALE_AFTER_DAYS => Freshness::Stale(d),
            Some(d) => Freshness::Verified(d),
        }
    }
}

/// A contact that offers some of an outcome's services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactMatch<'k> {
    /// The contact item (title, id).
    pub item: &'k Item,
    /// Its details.
    pub contact: &'k Contact,
    /// The outcome's services it offers, in the outcome's order.
    pub services: Vec<&'k str>,
    /// Whether it serves the configured region by name.
    pub in_region: bool,
}

/// Whether `c` names `region` among the regions it serves (case and
/// surrounding spaces ignored).
fn serves_region(c: &Contact, region: &str) -> bool {
    c.regions
        .iter()
        .any(|x| x.trim().eq_ignore_ascii_case(region.trim()))
}

/// Contacts offering any of `services`: those serving `region` first, then
/// national ones, then the rest; within that, by the outcome's first
/// service they offer, then in load order.
pub fn matching_contacts<'k>(
    k: &'k Knowledge,
    services: &[String],
    region: Option<&str>,
) -> Vec<ContactMatch<'k>> {
    let mut found: Vec<(usize, usize, ContactMatch<'k>)> = k
        .items
        .iter()
        .filter_map(|item| match &item.body {
            Body::Contact(c) => Some((item, c)),
            _ => None,
        })
        .filter_map(|(item, contact)| {
            let matched: Vec<&str> = services
                .iter()
                .filter_map(|s| contact.services.iter().find(|offered| *offered == s))
                .map(String::as_str)
                .collect();
            let first = services.iter().position(|s| contact.services.contains(s))?;
            let in_region = region.is_some_and(|r| serves_region(contact, r));
            let rank = if in_region {
                0
            } else if serves_region(contact, NATIONAL) {
                1
            } else {
                2
            };
            let m = ContactMatch {
                item,
                contact,
                services: matched,
                in_region,
            };
            Some((rank, first, m))
        })
        .collect();
    found.sort_by_key(|(rank, first, _)| (*rank, *first));
    found.into_iter().map(|(_, _, m)| m).collect()
}
