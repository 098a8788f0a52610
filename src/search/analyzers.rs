//! Text analysis: the tokenizers registered on every index, and the same
//! normalisation applied to what a person types, so both sides meet.
//!
//! English: words, lowercase, ASCII folding, English stemmer. French: the
//! same with elision removed first (`l'exploitation` -> `exploitation`) and
//! the French stemmer, so `traite`, `traité` and `traites` meet. `fold` is
//! lowercase + folding without stemming (tags, citations); `prefix` adds
//! per-word edge n-grams for search-as-you-type.

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// Analyzer names as registered on the index.
pub const EN: &str = "fr_en";
/// French analyzer name.
pub const FR: &str = "fr_fr";
/// Folding analyzer name.
pub const FOLD: &str = "fr_fold";
/// Edge n-gram analyzer name.
pub const PREFIX: &str = "fr_prefix";

/// Longest edge n-gram indexed; longer typed prefixes are cut to it.
pub const MAX_NGRAM: usize = 16;
/// Shortest edge n-gram indexed.
pub const MIN_NGRAM: usize = 2;

/// Words longer than this are dropped (hostile 10,000-character words).
const MAX_TOKEN_BYTES: usize = 60;

/// The English analyzer.
pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// The French analyzer, with elision removed before folding and stemming.
pub fn french() -> TextAnalyzer {
    TextAnalyzer::builder(ElisionTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::French))
        .build()
}

/// Lowercase and fold, no stemming.
pub fn fold() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Folded words expanded to their edge n-grams.
pub fn prefix() -> TextAnalyzer {
    TextAnalyzer::builder(ElisionTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(EdgeNgrams)
        .build()
}

/// Registers every analyzer; needed on each open, since tantivy does not
/// store custom tokenizers in the index.
pub fn register(index: &Index) {
    let m = index.tokenizers();
    m.register(EN, english());
    m.register(FR, french());
    m.register(FOLD, fold());
    m.register(PREFIX, prefix());
}

/// Runs an analyzer over `text` and returns its terms.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// French elided articles and pronouns: `l'`, `d'`, `qu'`, `jusqu'` ...
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Words split like `SimpleTokenizer`, minus the elided article in front of
/// an apostrophe (`'` or `’`): `qu'il` gives `il`, `d'organes` gives `organes`.
#[derive(Clone, Default)]
pub struct ElisionTokenizer {
    inner: SimpleTokenizer,
}

/// Token stream of [`ElisionTokenizer`].
pub struct ElisionStream<'a> {
    inner: <SimpleTokenizer as Tokenizer>::TokenStream<'a>,
    text: &'a str,
}

impl Tokenizer for ElisionTokenizer {
    type TokenStream<'a> = ElisionStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> ElisionStream<'a> {
        ElisionStream {
            inner: self.inner.token_stream(text),
            text,
        }
    }
}

impl TokenStream for ElisionStream<'_> {
    fn advance(&mut self) -> bool {
        while self.inner.advance() {
            let t = self.inner.token();
            let followed_by_apostrophe = self.text[t.offset_to..].starts_with(['\'', '’']);
            let elided =
                followed_by_apostrophe && ELIDED.iter().any(|e| t.text.eq_ignore_ascii_case(e));
            if !elided {
                return true;
            }
        }
        false
    }
    fn token(&self) -> &Token {
        self.inner.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// Expands each token into its prefixes of [`MIN_NGRAM`]..=[`MAX_NGRAM`]
/// characters, at the token's position: per word, unlike tantivy's
/// `NgramTokenizer::prefix_only`, which works on the whole field.
#[derive(Clone)]
pub struct EdgeNgrams;

impl TokenFilter for EdgeNgrams {
    type Tokenizer<T: Tokenizer> = EdgeNgramTokenizer<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> EdgeNgramTokenizer<T> {
        EdgeNgramTokenizer { inner: tokenizer }
    }
}

/// Tokenizer produced by [`EdgeNgrams`].
#[derive(Clone)]
pub struct EdgeNgramTokenizer<T> {
    inner: T,
}

/// Stream of [`EdgeNgramTokenizer`].
pub struct EdgeNgramStream<S> {
    inner: S,
    word: Token,
    /// Byte ends of the prefixes still to emit for `word`, longest last.
    ends: Vec<usize>,
    current: Token,
}

impl<T: Tokenizer> Tokenizer for EdgeNgramTokenizer<T> {
    type TokenStream<'a> = EdgeNgramStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        EdgeNgramStream {
            inner: self.inner.token_stream(text),
            word: Token::default(),
            ends: Vec::new(),
            current: Token::default(),
        }
    }
}

impl<S: TokenStream> TokenStream for EdgeNgramStream<S> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(end) = self.ends.pop() {
                self.current.clone_from(&self.word);
                self.current.text.truncate(end);
                return true;
            }
            if !self.inner.advance() {
                return false;
            }
            self.word.clone_from(self.inner.token());
            let text = &self.word.text;
            // Char boundaries after MIN_NGRAM..=MAX_NGRAM chars; a short word is its own gram.
            let mut ends: Vec<usize> = text
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .enumerate()
                .filter(|(n, _)| (MIN_NGRAM - 1..MAX_NGRAM).contains(n))
                .map(|(_, e)| e)
                .collect();
            if ends.is_empty() {
                ends.push(text.len());
            }
            ends.reverse();
            self.ends = ends;
        }
    }
    fn token(&self) -> &Token {
        &self.current
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elision_folding_and_stemming_meet() {
        let mut fr = french();
        assert_eq!(
            terms(&mut fr, "l'exploitation d'organes qu'il"),
            terms(&mut fr, "exploitation organes il")
        );
        assert_eq!(terms(&mut fr, "traité"), terms(&mut fr, "traite"));
        assert_eq!(terms(&mut fr, "traites"), terms(&mut fr, "traite"));
        assert_eq!(
            terms(&mut fr, "L’exploitation"),
            terms(&mut fr, "exploitation")
        );
    }

    #[test]
    fn english_stems_and_folds() {
        let mut en = english();
        assert_eq!(terms(&mut en, "Trafficking"), terms(&mut en, "trafficked"));
        assert_eq!(terms(&mut en, "harbouring"), vec!["harbour"]);
    }

    #[test]
    fn edge_ngrams_per_word() {
        let mut p = prefix();
        assert_eq!(
            terms(&mut p, "Traité ab"),
            vec!["tr", "tra", "trai", "trait", "traite", "ab"]
        );
        let long = "a".repeat(30);
        assert_eq!(terms(&mut p, &long).len(), MAX_NGRAM - 1);
        assert_eq!(terms(&mut p, "x"), vec!["x"]);
    }
}
