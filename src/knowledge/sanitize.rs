//! The one gate every string from a pack passes before anything shows it.
//!
//! Packs from outside the binary are untrusted. Terminal escape sequences
//! (CSI, OSC, DCS and the rest, in 7-bit and 8-bit form), other control
//! characters, bidi overrides and zero-width characters are removed, so no
//! content can move the cursor, retitle the window, clear the screen or
//! disguise text. Newlines and tabs survive; `\r\n` becomes `\n`.

/// Returns `s` with every escape sequence and unsafe character removed.
pub fn sanitize(s: &str) -> String {
    if s.chars().all(is_plain) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{1b}' => skip_escape(&mut chars),
            // 8-bit CSI, OSC, DCS, SOS, PM, APC introduce sequences of their own.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_removed(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// True when a character needs no attention at all (the fast path).
fn is_plain(c: char) -> bool {
    c == '\n' || c == '\t' || !is_removed(c)
}

/// Characters that never reach the screen.
fn is_removed(c: char) -> bool {
    c.is_control() // C0, DEL and C1
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{061C}' // Arabic letter mark
            | '\u{FEFF}' // zero-width no-break space / BOM
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotations
        )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, a string sequence, or one final char.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // nF sequences: intermediates 0x20-0x2F then one final byte.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next();
        }
        _ => {}
    }
}

/// Skips CSI parameters and intermediates up to and including the final byte.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || !(' '..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// Skips an OSC/DCS-style string up to BEL, ST (ESC \ or 0x9C) or a newline.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{07}' | '\u{9c}' | '\n' => break,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn keeps_plain_text_newlines_tabs_and_accents() {
        assert_eq!(sanitize("Traité\n\tart. 3 a)"), "Traité\n\tart. 3 a)");
    }

    #[test]
    fn removes_csi_osc_and_c1() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{1b}[31;1mc"), "abc");
        assert_eq!(sanitize("x\u{1b}]0;pwned\u{07}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]8;;http://e\u{1b}\\y"), "xy");
        assert_eq!(sanitize("x\u{9b}2Jy\u{9d}title\u{9c}z"), "xyz");
        assert_eq!(
            sanitize("bracketed\u{1b}[200~paste\u{1b}[201~"),
            "bracketedpaste"
        );
        assert_eq!(sanitize("a\u{1b}(Bb\u{1b}7c"), "abc");
    }

    #[test]
    fn removes_controls_bidi_and_zero_width() {
        assert_eq!(sanitize("a\u{0}b\u{7}c\u{7f}d\r\ne"), "abcd\ne");
        assert_eq!(sanitize("pay\u{202e}fdp.exe\u{2066}"), "payfdp.exe");
        assert_eq!(sanitize("zero\u{200b}width\u{feff}"), "zerowidth");
    }

    #[test]
    fn unterminated_sequences_end_safely() {
        assert_eq!(sanitize("a\u{1b}"), "a");
        assert_eq!(sanitize("a\u{1b}[12"), "a");
        assert_eq!(sanitize("a\u{1b}]0;title"), "a");
    }
}
