//! One key press as keymaps write it (`ctrl-j`, `pagedown`, `?`) and as the
//! terminal reports it, normalised so both meet.
//!
//! Shift is folded into the character for printable keys (`shift-a` is `A`,
//! and `?` matches whether or not the terminal reports Shift), so AZERTY and
//! QWERTY layouts produce the same keys for the same characters.

use std::fmt;

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// A printable character, space included.
    Char(char),
    /// Enter / Return.
    Enter,
    /// Escape.
    Esc,
    /// Tab.
    Tab,
    /// Shift-Tab.
    BackTab,
    /// Backspace.
    Backspace,
    /// Delete.
    Delete,
    /// Insert.
    Insert,
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Home.
    Home,
    /// End.
    End,
    /// Page up.
    PageUp,
    /// Page down.
    PageDown,
    /// A function key, F1 to F24.
    F(u8),
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// Control held.
    pub ctrl: bool,
    /// Alt (Option, Meta) held.
    pub alt: bool,
    /// Shift held, for keys that are not characters.
    pub shift: bool,
    /// The key itself.
    pub code: Code,
}

/// Names accepted in keymap files, with the one printed back.
const NAMES: &[(&str, Code)] = &[
    ("enter", Code::Enter),
    ("return", Code::Enter),
    ("ret", Code::Enter),
    ("esc", Code::Esc),
    ("escape", Code::Esc),
    ("tab", Code::Tab),
    ("backtab", Code::BackTab),
    ("backspace", Code::Backspace),
    ("bs", Code::Backspace),
    ("delete", Code::Delete),
    ("del", Code::Delete),
    ("insert", Code::Insert),
    ("up", Code::Up),
    ("down", Code::Down),
    ("left", Code::Left),
    ("right", Code::Right),
    ("home", Code::Home),
    ("end", Code::End),
    ("pageup", Code::PageUp),
    ("pgup", Code::PageUp),
    ("pagedown", Code::PageDown),
    ("pgdn", Code::PageDown),
    ("space", Code::Char(' ')),
    ("minus", Code::Char('-')),
];

impl Key {
    /// A key with no modifiers.
    pub const fn plain(code: Code) -> Key {
        Key {
            ctrl: false,
            alt: false,
            shift: false,
            code,
        }
    }

    /// Ctrl plus a character.
    pub const fn ctrl(c: char) -> Key {
        Key {
            ctrl: true,
            alt: false,
            shift: false,
            code: Code::Char(c),
        }
    }

    /// Folds modifiers the way terminals do: no Shift on characters,
    /// Shift-Tab as BackTab, Ctrl with a lowercase letter.
    pub fn normalized(mut self) -> Key {
        match &mut self.code {
            Code::Char(c) => {
                if self.shift && c.is_ascii_lowercase() {
                    *c = c.to_ascii_uppercase();
                }
                self.shift = false;
                if self.ctrl {
                    *c = c.to_ascii_lowercase();
                }
            }
            Code::Tab if self.shift => {
                self.code = Code::BackTab;
                self.shift = false;
            }
            Code::BackTab => self.shift = false,
            _ => {}
        }
        self
    }

    /// The character this key types into a text box, if it is one.
    pub fn typed_char(self) -> Option<char> {
        match self.code {
            Code::Char(c) if !self.ctrl && !self.alt && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// Whether the key is a digit, which AZERTY keyboards type with Shift.
    pub fn is_digit(self) -> bool {
        matches!(self.code, Code::Char(c) if c.is_ascii_digit())
    }

    /// Parses one key as keymap files write it: `a`, `?`, `ctrl-j`,
    /// `alt-left`, `shift-tab`, `f1`, `pagedown`, `<down>`.
    pub fn parse(s: &str) -> Result<Key, String> {
        let inner = s
            .strip_prefix('<')
            .and_then(|r| r.strip_suffix('>'))
            .unwrap_or(s);
        if inner.is_empty() {
            return Err("empty key".into());
        }
        let mut key = Key::plain(Code::Esc);
        let mut rest = inner;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, flag) = if lower.starts_with("ctrl-") {
                ("ctrl-", &mut key.ctrl)
            } else if lower.starts_with("c-") && rest.len() > 2 {
                ("c-", &mut key.ctrl)
            } else if lower.starts_with("alt-") {
                ("alt-", &mut key.alt)
            } else if lower.starts_with("a-") && rest.len() > 2 {
                ("a-", &mut key.alt)
            } else if lower.starts_with("shift-") {
                ("shift-", &mut key.shift)
            } else if lower.starts_with("s-") && rest.len() > 2 {
                ("s-", &mut key.shift)
            } else {
                break;
            };
            *flag = true;
            rest = &rest[prefix.len()..];
        }
        key.code = parse_code(rest)?;
        Ok(key.normalized())
    }
}

fn parse_code(s: &str) -> Result<Code, String> {
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_control() {
            Err(format!("`{}` is a control character", c.escape_default()))
        } else {
            Ok(Code::Char(c))
        };
    }
    let lower = s.to_ascii_lowercase();
    if let Some((_, code)) = NAMES.iter().find(|(n, _)| *n == lower) {
        return Ok(*code);
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=24).contains(&n)
    {
        return Ok(Code::F(n));
    }
    Err(format!(
        "unknown key `{s}`: use a character, f1-f24, or one of enter, esc, tab, backtab, \
         backspace, delete, insert, up, down, left, right, home, end, pageup, pagedown, space, \
         with ctrl-, alt- or shift- in front"
    ))
}

/// Parses a key sequence as keymap files write it: keys separated by spaces (`g g`).
pub fn parse_sequence(s: &str) -> Result<Vec<Key>, String> {
    let keys: Vec<Key> = s
        .split_whitespace()
        .map(Key::parse)
        .collect::<Result<_, _>>()?;
    if keys.is_empty() {
        return Err("empty key sequence".into());
    }
    Ok(keys)
}

/// Turns a typed string into key presses, for tests and scripts: plain
/// characters are themselves, `<down>`, `<enter>`, `<ctrl-c>` are named keys,
/// and `<lt>` is a literal `<`.
pub fn parse_keys(s: &str) -> Result<Vec<Key>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
        {
            let name = &rest[1..end];
            out.push(if name.eq_ignore_ascii_case("lt") {
                Key::plain(Code::Char('<'))
            } else {
                Key::parse(name)?
            });
            rest = &rest[end + 1..];
            continue;
        }
        out.push(Key::plain(Code::Char(c)).normalized());
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

impl fmt::Display for Key {
    /// The keymap-file spelling: `ctrl-j`, `pagedown`, `?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        if self.shift {
            f.write_str("shift-")?;
        }
        match self.code {
            Code::Char(' ') => f.write_str("space"),
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "f{n}"),
            code => {
                let name = NAMES
                    .iter()
                    .find(|(_, c)| *c == code)
                    .map_or("?", |(n, _)| n);
                f.write_str(name)
            }
        }
    }
}

impl Key {
    /// A short label for hint bars and help: `↓`, `Enter`, `Ctrl-J`, `PgDn`.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.ctrl {
            s.push_str("Ctrl-");
        }
        if self.alt {
            s.push_str("Alt-");
        }
        if self.shift {
            s.push_str("Shift-");
        }
        let name = match self.code {
            Code::Char(' ') => "Space".to_string(),
            Code::Char(c) if self.ctrl || self.alt => c.to_ascii_uppercase().to_string(),
            Code::Char(c) => c.to_string(),
            Code::Enter => "Enter".into(),
            Code::Esc => "Esc".into(),
            Code::Tab => "Tab".into(),
            Code::BackTab => "Shift-Tab".into(),
            Code::Backspace => "Backspace".into(),
            Code::Delete => "Del".into(),
            Code::Insert => "Ins".into(),
            Code::Up => "↑".into(),
            Code::Down => "↓".into(),
            Code::Left => "←".into(),
            Code::Right => "→".into(),
            Code::Home => "Home".into(),
            Code::End => "End".into(),
            Code::PageUp => "PgUp".into(),
            Code::PageDown => "PgDn".into(),
            Code::F(n) => format!("F{n}"),
        };
        s.push_str(&name);
        s
    }
}

/// Labels a key sequence: `g g`, `Ctrl-D`.
pub fn sequence_label(keys: &[Key]) -> String {
    keys.iter().map(Key::label).collect::<Vec<_>>().join(" ")
}

/// Spells a key sequence as keymap files do: `g g`, `ctrl-d`.
pub fn sequence_name(keys: &[Key]) -> String {
    keys.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}
