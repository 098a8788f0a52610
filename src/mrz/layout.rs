//! Where each field sits in each format, from ICAO Doc 9303 Parts 4-7.
//! Positions here are 0-based; messages print them 1-based.

use super::Format;

/// A run of characters on one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    /// Line index.
    pub line: usize,
    /// First character.
    pub start: usize,
    /// Number of characters.
    pub len: usize,
}

const fn sp(line: usize, start: usize, len: usize) -> Span {
    Span { line, start, len }
}

/// The fields of one format.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    pub doc_type: Span,
    pub issuing_state: Span,
    pub name: Span,
    pub number: Span,
    pub number_check: Span,
    pub nationality: Span,
    pub birth: Span,
    pub birth_check: Span,
    pub sex: Span,
    pub expiry: Span,
    pub expiry_check: Span,
    /// TD3: the personal number; elsewhere the (first) optional data.
    pub optional: Span,
    /// TD3 only: the personal number's check digit.
    pub optional_check: Option<Span>,
    /// TD1 only: optional data on line 2.
    pub optional2: Option<Span>,
    /// The composite check digit and the spans it covers (not on visas).
    pub composite: Option<(Span, &'static [Span])>,
    /// Whether a document number longer than 9 may continue in the
    /// optional data (TD1 and TD2: Doc 9303 Part 5 and Part 6).
    pub long_number: bool,
}

/// TD3, passports: 2 lines of 44 (Doc 9303 Part 4).
const TD3: Layout = Layout {
    doc_type: sp(0, 0, 2),
    issuing_state: sp(0, 2, 3),
    name: sp(0, 5, 39),
    number: sp(1, 0, 9),
    number_check: sp(1, 9, 1),
    nationality: sp(1, 10, 3),
    birth: sp(1, 13, 6),
    birth_check: sp(1, 19, 1),
    sex: sp(1, 20, 1),
    expiry: sp(1, 21, 6),
    expiry_check: sp(1, 27, 1),
    optional: sp(1, 28, 14),
    optional_check: Some(sp(1, 42, 1)),
    optional2: None,
    composite: Some((sp(1, 43, 1), &[sp(1, 0, 10), sp(1, 13, 7), sp(1, 21, 22)])),
    long_number: false,
};

/// TD2: 2 lines of 36 (Doc 9303 Part 6).
const TD2: Layout = Layout {
    name: sp(0, 5, 31),
    optional: sp(1, 28, 7),
    optional_check: None,
    composite: Some((sp(1, 35, 1), &[sp(1, 0, 10), sp(1, 13, 7), sp(1, 21, 14)])),
    long_number: true,
    ..TD3
};

/// TD1, identity cards: 3 lines of 30 (Doc 9303 Part 5).
const TD1: Layout = Layout {
    doc_type: sp(0, 0, 2),
    issuing_state: sp(0, 2, 3),
    number: sp(0, 5, 9),
    number_check: sp(0, 14, 1),
    optional: sp(0, 15, 15),
    birth: sp(1, 0, 6),
    birth_check: sp(1, 6, 1),
    sex: sp(1, 7, 1),
    expiry: sp(1, 8, 6),
    expiry_check: sp(1, 14, 1),
    nationality: sp(1, 15, 3),
    optional2: Some(sp(1, 18, 11)),
    composite: Some((
        sp(1, 29, 1),
        &[sp(0, 5, 25), sp(1, 0, 7), sp(1, 8, 7), sp(1, 18, 11)],
    )),
    name: sp(2, 0, 30),
    optional_check: None,
    long_number: true,
};

/// MRV-A, visas of 2 lines of 44 (Doc 9303 Part 7): no composite digit.
const MRV_A: Layout = Layout {
    optional: sp(1, 28, 16),
    optional_check: None,
    composite: None,
    ..TD3
};

/// MRV-B, visas of 2 lines of 36 (Doc 9303 Part 7): no composite digit.
const MRV_B: Layout = Layout {
    name: sp(0, 5, 31),
    optional: sp(1, 28, 8),
    optional_check: None,
    composite: None,
    ..TD3
};

/// The layout of `format`.
pub(super) fn layout(format: Format) -> &'static Layout {
    match format {
        Format::Td1 => &TD1,
        Format::Td2 => &TD2,
        Format::Td3 => &TD3,
        Format::MrvA => &MRV_A,
        Format::MrvB => &MRV_B,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position of every line belongs to exactly one field, so no
    /// character escapes the checks and no span reads past a line.
    #[test]
    fn spans_tile_every_line() {
        for format in Format::ALL {
            let l = layout(format);
            let mut spans = vec![
                l.doc_type,
                l.issuing_state,
                l.name,
                l.number,
                l.number_check,
                l.nationality,
                l.birth,
                l.birth_check,
                l.sex,
                l.expiry,
                l.expiry_check,
                l.optional,
            ];
            spans.extend(l.optional_check);
            spans.extend(l.optional2);
            spans.extend(l.composite.map(|(s, _)| s));
            let mut seen = vec![vec![0u8; format.width()]; format.lines()];
            for s in spans {
                for n in &mut seen[s.line][s.start..s.start + s.len] {
                    *n += 1;
                }
            }
            assert!(
                seen.iter().flatten().all(|&n| n == 1),
                "{format:?}: {seen:?}"
            );
        }
    }
}
