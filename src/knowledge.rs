//! The knowledge model: packs of laws, procedures, flows, contacts,
//! indicators, glossary terms and decks, loaded from TOML and validated.
//!
//! Knows nothing of search or screens. [`Knowledge::load`] never fails as a
//! whole: problems come back as [`Diagnostic`]s beside whatever loaded.

pub mod contacts;
mod convert;
mod convert_kinds;
pub mod date;
pub mod diagnostic;
mod flowcheck;
mod load;
pub mod manifest;
pub mod model;
mod raw;
pub mod sanitize;
pub mod sources;
pub mod trust;

pub use convert::{plausible_phone, valid_id};
pub use date::Date;
pub use diagnostic::{Diagnostic, Severity};
pub use model::*;
pub use sources::PackSource;
pub use trust::{Trust, TrustedKeys};

use std::collections::HashMap;
use std::path::PathBuf;

/// Which packs to load.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Load the packs embedded in the binary.
    pub bundled: bool,
    /// Extra pack directories (a pack, or a folder of packs), in order.
    pub extra_dirs: Vec<PathBuf>,
    /// Directory of minisign `*.pub` keys whose signed packs are trusted
    /// (`<config dir>/trusted-keys`); `None` trusts no key.
    pub trusted_keys_dir: Option<PathBuf>,
}

/// Every loaded item, indexed by id.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Loaded packs, bundled first.
    pub packs: Vec<PackInfo>,
    /// Items in load order.
    pub items: Vec<Item>,
    /// Instruments that law items cite.
    pub instruments: Vec<Instrument>,
    by_id: HashMap<String, usize>,
}

/// The result of loading: what loaded, and every problem found.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The valid items.
    pub knowledge: Knowledge,
    /// Errors and warnings, sorted errors first.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Reads the pack files that `opts` names, without parsing them.
pub fn gather(opts: &LoadOptions) -> (Vec<PackSource>, Vec<Diagnostic>) {
    let mut packs = if opts.bundled {
        sources::bundled_packs()
    } else {
        Vec::new()
    };
    let mut diags = Vec::new();
    for dir in &opts.extra_dirs {
        let (p, d) = sources::packs_in_dir(dir);
        packs.extend(p);
        diags.extend(d);
    }
    (packs, diags)
}

impl Knowledge {
    /// Gathers and loads the packs `opts` names, trusting the keys in
    /// `opts.trusted_keys_dir`.
    pub fn load(opts: &LoadOptions) -> Loaded {
        let (packs, mut diags) = gather(opts);
        let keys = match &opts.trusted_keys_dir {
            Some(dir) => {
                let (keys, d) = TrustedKeys::read_dir(dir);
                diags.extend(d);
                keys
            }
            None => TrustedKeys::default(),
        };
        let mut loaded = Knowledge::from_sources_trusting(&packs, &keys);
        loaded.diagnostics.splice(0..0, diags);
        loaded
    }

    /// Loads already gathered pack files, trusting no key.
    pub fn from_sources(packs: &[PackSource]) -> Loaded {
        load::load(packs, &TrustedKeys::default())
    }

    /// Loads already gathered pack files; packs signed by one of `keys` are
    /// [`Trust::Signed`], and a pack that fails its manifest is refused.
    pub fn from_sources_trusting(packs: &[PackSource], keys: &TrustedKeys) -> Loaded {
        load::load(packs, keys)
    }

    pub(crate) fn new(
        packs: Vec<PackInfo>,
        items: Vec<Item>,
        instruments: Vec<Instrument>,
    ) -> Knowledge {
        let by_id = items
            .iter()
            .enumerate()
            .map(|(i, it)| (it.id.clone(), i))
            .collect();
        Knowledge {
            packs,
            items,
            instruments,
            by_id,
        }
    }

    /// The item with this id.
    pub fn get(&self, id: &str) -> Option<&Item> {
        self.by_id.get(id).map(|&i| &self.items[i])
    }

    /// The pack with this id.
    pub fn pack(&self, id: &str) -> Option<&PackInfo> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// The trust state of the pack an item comes from (`None` for an item
    /// whose pack is unknown, which loading never produces).
    pub fn trust(&self, item: &Item) -> Option<&Trust> {
        self.pack(&item.pack).map(|p| &p.trust)
    }

    /// Whether an item can be shown without the "local, unsigned" marker:
    /// it comes from a bundled pack or one signed with a trusted key.
    pub fn is_trusted(&self, item: &Item) -> bool {
        self.trust(item).is_some_and(Trust::is_trusted)
    }

    /// Items of one kind, in load order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.kind == kind)
    }

    /// "Trafficking in Persons Protocol, Art. 6; ..." for provision ids, in
    /// `lang`; an id that is not loaded stands as itself.
    pub fn citations(&self, ids: &[String], lang: Lang) -> String {
        ids.iter()
            .map(|id| {
                self.get(id)
                    .and_then(|i| i.citation(lang))
                    .unwrap_or_else(|| id.clone())
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Up to five ids close to `id`, for "did you mean" messages.
    pub fn suggest(&self, id: &str) -> Vec<&str> {
        let id = id.to_lowercase();
        let mut scored: Vec<(usize, &str)> = self
            .items
            .iter()
            .map(|i| i.id.as_str())
            .filter_map(|cand| {
                let d = edit_distance(&id, cand);
                let close = d <= 2 + id.len() / 6
                    || cand.contains(&id)
                    || (id.len() >= 3 && cand.ends_with(&id));
                close.then_some((if cand.contains(&id) { 0 } else { d }, cand))
            })
            .collect();
        scored.sort();
        scored.into_iter().take(5).map(|(_, c)| c).collect()
    }
}

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
