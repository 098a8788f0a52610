//! Article references, normalised so `Art. 3(a)`, `article 3 a`, `art3a`
//! and `3(a)` all become the same index terms: `art3` and `art3a`
//! (numbered paragraphs: `2(1)` becomes `art2` and `art2p1`).
//!
//! The same scanner reads citations at index time and what a person types
//! at query time, so both sides always agree.

/// One reference to an article, with an optional paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRef {
    /// Article number as digits.
    pub article: String,
    /// Paragraph letter (`a`) or number (`1`).
    pub paragraph: Option<String>,
    /// Written with `art`/`article` in front (stronger signal than a bare `3a`).
    pub explicit: bool,
}

impl ArticleRef {
    /// The index terms for this reference: `art3`, then `art3a` if any.
    pub fn terms(&self) -> Vec<String> {
        let mut out = vec![format!("art{}", self.article)];
        if let Some(p) = &self.paragraph {
            let sep = if p.bytes().all(|b| b.is_ascii_digit()) {
                "p"
            } else {
                ""
            };
            out.push(format!("art{}{sep}{p}", self.article));
        }
        out
    }
}

const ARTICLE_WORDS: &[&str] = &["art", "arts", "article", "articles", "artikel"];
const RANGE_WORDS: &[&str] = &["to", "a", "au", "-"];
/// Largest article range expanded into single terms ("Arts. 244-256").
const MAX_RANGE: u32 = 40;

/// A lowercase word of letters/digits, or a single punctuation mark.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Punct(char),
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        let c = fold_char(c);
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
            continue;
        }
        if !word.is_empty() {
            out.push(Tok::Word(std::mem::take(&mut word)));
        }
        if matches!(c, '(' | ')' | '-' | '.' | ',' | ';' | '/') {
            out.push(Tok::Punct(c));
        }
    }
    if !word.is_empty() {
        out.push(Tok::Word(word));
    }
    out
}

/// Folds the accented letters that appear around article numbers.
fn fold_char(c: char) -> char {
    match c {
        'à' | 'â' | 'À' => 'a',
        'é' | 'è' | 'ê' | 'É' => 'e',
        _ => c,
    }
}

/// Splits `"3a"` into (`"3"`, `Some("a")`); `None` unless digits then at most one letter.
fn number_letter(w: &str) -> Option<(String, Option<String>)> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let rest = &w[digits.len()..];
    match rest.len() {
        0 => Some((digits, None)),
        1 => Some((digits, Some(rest.to_string()))),
        _ => None,
    }
}

/// Every article reference in `text`.
pub fn article_refs(text: &str) -> Vec<ArticleRef> {
    let toks = tokenize(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Tok::Word(w) = &toks[i] else {
            i += 1;
            continue;
        };
        // "art", "article", "art." then a number ...
        let (explicit, start) = if ARTICLE_WORDS.contains(&w.as_str()) {
            let mut j = i + 1;
            while matches!(toks.get(j), Some(Tok::Punct('.'))) {
                j += 1;
            }
            (true, j)
        } else if let Some(rest) = w
            .strip_prefix("art")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            // ... or glued: "art3a".
            if let Some((article, paragraph)) = number_letter(rest) {
                out.push(ArticleRef {
                    article,
                    paragraph,
                    explicit: true,
                });
            }
            i += 1;
            continue;
        } else {
            (false, i)
        };
        let Some(Tok::Word(num)) = toks.get(start) else {
            i += 1;
            continue;
        };
        let Some((article, mut paragraph)) = number_letter(num) else {
            i += 1;
            continue;
        };
        let mut next = start + 1;
        let from: u32 = article.parse().unwrap_or(0);
        // A range after an explicit article: "arts. 244-256", "244 à 256".
        let range_end = match (toks.get(next), toks.get(next + 1)) {
            (Some(Tok::Punct('-')), Some(Tok::Word(b))) => b.parse::<u32>().ok(),
            (Some(Tok::Word(w)), Some(Tok::Word(b))) if RANGE_WORDS.contains(&w.as_str()) => {
                b.parse::<u32>().ok()
            }
            _ => None,
        };
        if let Some(to) = range_end
            .filter(|to| explicit && paragraph.is_none() && *to > from && to - from <= MAX_RANGE)
        {
            for n in from..=to {
                out.push(ArticleRef {
                    article: n.to_string(),
                    paragraph: None,
                    explicit,
                });
            }
            i = next + 2;
            continue;
        }
        // "3(a)", "3 (a)", "2(1)", "3 a)", "3, a)" and, after "art", "3 a".
        let mut after = next;
        while matches!(toks.get(after), Some(Tok::Punct(','))) {
            after += 1;
        }
        let open = matches!(toks.get(after), Some(Tok::Punct('(')));
        if open {
            after += 1;
        }
        if paragraph.is_none()
            && let Some(Tok::Word(p)) = toks.get(after)
        {
            let closes = matches!(toks.get(after + 1), Some(Tok::Punct(')')));
            let letter = p.len() == 1 && p.chars().all(|c| c.is_ascii_lowercase());
            let digits = p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit());
            if (letter && (open || closes || explicit)) || (digits && open && closes) {
                paragraph = Some(p.clone());
                next = after + usize::from(closes) + 1;
            }
        }
        if explicit || paragraph.is_some() {
            out.push(ArticleRef {
                article,
                paragraph,
                explicit,
            });
        }
        i = next.max(i + 1);
    }
    out
}

/// All index terms for the references in `text`, deduplicated.
pub fn citation_terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in article_refs(text).iter().flat_map(ArticleRef::terms) {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_forms_meet() {
        let want = vec!["art3".to_string(), "art3a".to_string()];
        for q in [
            "Art. 3(a)",
            "article 3 a",
            "art3a",
            "3(a)",
            "art 3 a)",
            "3a",
            "Art. 3, a)",
            "ART 3 (A)",
        ] {
            assert_eq!(citation_terms(q), want, "{q}");
        }
    }

    #[test]
    fn bare_numbers_are_not_articles() {
        assert!(citation_terms("loi 1/28 de 2014").is_empty());
        assert!(citation_terms("116").is_empty());
        assert_eq!(citation_terms("art 6 protocole"), vec!["art6"]);
        assert_eq!(citation_terms("article 6 protocole"), vec!["art6"]);
    }

    #[test]
    fn numbered_paragraphs_and_ranges() {
        assert_eq!(citation_terms("Art. 2(1)"), vec!["art2", "art2p1"]);
        assert_eq!(citation_terms("34(2)"), vec!["art34", "art34p2"]);
        assert_eq!(citation_terms("Arts. 244-256").len(), 13);
        assert_eq!(citation_terms("art. 244 à 256").len(), 13);
    }
}
