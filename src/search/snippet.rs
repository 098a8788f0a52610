//! Highlights: which words of a text answer the query, and the best short
//! fragment to show. Written here rather than with tantivy's
//! `SnippetGenerator`, which cannot highlight what fuzzy and prefix
//! matches expanded to.

use super::analyzers;
use super::query::{Plan, Word};
use crate::knowledge::{Lang, edit_distance};
use serde::Serialize;
use std::ops::Range;
use tantivy::tokenizer::{TextAnalyzer, TokenStream};

/// How far into a text a snippet looks for matches.
const SNIPPET_SCAN_BYTES: usize = 4096;
/// Matches enough to choose a snippet window.
const SNIPPET_MAX_HITS: usize = 12;

/// A fragment of text with the byte ranges to highlight.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// The fragment.
    pub text: String,
    /// Byte ranges within `text`, sorted and disjoint.
    pub highlights: Vec<Range<usize>>,
}

/// Finds the words of any text that match a query plan.
#[derive(Clone)]
pub struct Highlighter {
    plan: Plan,
    en: TextAnalyzer,
    fr: TextAnalyzer,
}

impl Highlighter {
    /// A highlighter for a plan.
    pub fn new(plan: Plan) -> Highlighter {
        Highlighter {
            plan,
            en: analyzers::english(),
            fr: analyzers::french(),
        }
    }

    /// Byte ranges of `text` (in `lang`) that match the query.
    pub fn ranges(&self, text: &str, lang: Lang) -> Vec<Range<usize>> {
        self.ranges_within(text, lang, usize::MAX, usize::MAX)
    }

    /// Like [`Highlighter::ranges`], scanning at most `max_bytes` of text and
    /// stopping after `max_hits` matches: a snippet needs no more.
    fn ranges_within(
        &self,
        text: &str,
        lang: Lang,
        max_bytes: usize,
        max_hits: usize,
    ) -> Vec<Range<usize>> {
        if self.plan.words.is_empty() {
            return Vec::new();
        }
        let mut analyzer = match lang {
            Lang::En => self.en.clone(),
            Lang::Fr | Lang::Rn => self.fr.clone(),
        };
        let stems = |w: &Word| match lang {
            Lang::En => w.en.clone(),
            Lang::Fr | Lang::Rn => w.fr.clone(),
        };
        let words: Vec<(Vec<String>, &Word)> =
            self.plan.words.iter().map(|w| (stems(w), w)).collect();
        let matches = |tok: &str| {
            words.iter().any(|(stems, w)| {
                let typed = w.prefix && w.folded.len() >= 2;
                stems.iter().any(|s| {
                    s == tok
                        || (w.fuzzy > 0
                            && s.len() >= 3
                            && s.len().abs_diff(tok.len()) <= usize::from(w.fuzzy)
                            && edit_distance(s, tok) <= usize::from(w.fuzzy))
                }) || (typed
                    && (tok.starts_with(&w.folded)
                        || (tok.len() >= 4 && w.folded.starts_with(tok))))
            })
        };
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            let tok = stream.token();
            if tok.offset_from > max_bytes || out.len() >= max_hits {
                break;
            }
            if matches(&tok.text) {
                out.push(tok.offset_from..tok.offset_to);
            }
        }
        out
    }

    /// The fragment of about `max_chars` characters with the most matches.
    pub fn snippet(&self, text: &str, lang: Lang, max_chars: usize) -> Snippet {
        let ranges = self.ranges_within(text, lang, SNIPPET_SCAN_BYTES, SNIPPET_MAX_HITS);
        let (start, end) = window(text, &ranges, max_chars);
        let mut fragment = text[start..end].replace('\n', " ");
        let mut highlights: Vec<Range<usize>> = ranges
            .iter()
            .filter(|r| r.start >= start && r.end <= end)
            .map(|r| r.start - start..r.end - start)
            .collect();
        if end < text.len() {
            fragment.push('…');
        }
        if start > 0 {
            fragment.insert(0, '…');
            let shift = '…'.len_utf8();
            highlights
                .iter_mut()
                .for_each(|r| *r = r.start + shift..r.end + shift);
        }
        Snippet {
            text: fragment,
            highlights,
        }
    }
}

/// Picks [start, end) byte bounds: the window starting a little before the
/// densest run of matches, cut at word boundaries.
fn window(text: &str, ranges: &[Range<usize>], max_chars: usize) -> (usize, usize) {
    let max_bytes = text
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(i, _)| i);
    if text.len() <= max_bytes {
        return (0, text.len());
    }
    let best_start = ranges
        .iter()
        .map(|r| {
            let covered = ranges
                .iter()
                .filter(|o| o.start >= r.start && o.end <= r.start + max_bytes)
                .count();
            (covered, std::cmp::Reverse(r.start))
        })
        .max()
        .map_or(0, |(_, std::cmp::Reverse(s))| s);
    // Start up to ~40 characters earlier, at a word boundary, for context.
    let mut start = best_start.saturating_sub(40);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..best_start]
            .find(char::is_whitespace)
            .map_or(best_start, |i| start + i + 1);
    }
    let mut end = (start + max_bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < text.len() {
        end = text[start..end]
            .rfind(char::is_whitespace)
            .map_or(end, |i| start + i);
    }
    (start, end.max(start))
}

/// Lowercase and strip the accents of Latin letters, for prefix matching.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' | 'ý' => 'y',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

impl std::fmt::Debug for Highlighter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Highlighter")
    }
}

impl PartialEq for Highlighter {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
