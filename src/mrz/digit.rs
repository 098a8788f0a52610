//! The Doc 9303 check digit: weights 7, 3, 1 repeating over the character
//! values, sum modulo 10.

/// The value of an MRZ character: digits as themselves, `A`-`Z` as 10-35,
/// the filler `<` as 0; `None` for anything else.
pub fn char_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(u32::from(c) - u32::from('0')),
        'A'..='Z' => Some(u32::from(c) - u32::from('A') + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// Whether `c` may appear in an MRZ at all.
pub fn is_mrz_char(c: char) -> bool {
    char_value(c).is_some()
}

/// The check digit over `chars`, or `None` when one of them has no value.
pub fn check_digit(chars: impl IntoIterator<Item = char>) -> Option<u8> {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    let mut sum = 0u32;
    for (i, c) in chars.into_iter().enumerate() {
        // Reduced at every step so no input length can overflow.
        sum = (sum + char_value(c)? * WEIGHTS[i % 3]) % 10;
    }
    u8::try_from(sum).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_doc_9303() {
        assert_eq!(char_value('0'), Some(0));
        assert_eq!(char_value('9'), Some(9));
        assert_eq!(char_value('A'), Some(10));
        assert_eq!(char_value('Z'), Some(35));
        assert_eq!(char_value('<'), Some(0));
        assert_eq!(char_value('a'), None);
        assert_eq!(char_value(' '), None);
    }

    #[test]
    fn worked_examples() {
        // Doc 9303 Part 3, worked by hand: L=21*7 + 8*3 + 9*1 + 8*7 + 9*3 + 0 + 2*7 + C=12*3 + 3*1 = 316.
        assert_eq!(check_digit("L898902C3".chars()), Some(6));
        assert_eq!(check_digit("740812".chars()), Some(2));
        assert_eq!(check_digit("120415".chars()), Some(9));
        assert_eq!(check_digit("<<<<<<".chars()), Some(0));
        assert_eq!(check_digit("D23145890734".chars()), Some(9));
        assert_eq!(check_digit("74 812".chars()), None);
    }
}
