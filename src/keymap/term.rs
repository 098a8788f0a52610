//! From the terminal's key events to [`Key`]: the only place besides the
//! event loop that knows crossterm's event types.

use super::key::{Code, Key};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// The keys a press event stands for: usually one; none for releases and
/// keys fieldref has no use for (Caps Lock, media keys). Two Esc presses in
/// quick succession arrive from many terminals as one Alt-Esc: that is
/// given back as the two presses it was.
pub fn keys_from_event(ev: &KeyEvent) -> Vec<Key> {
    match key_from_event(ev) {
        Some(k) if k.code == Code::Esc && k.alt && !k.ctrl => {
            let esc = Key::plain(Code::Esc);
            vec![esc, esc]
        }
        Some(k) => vec![k],
        None => Vec::new(),
    }
}

/// The key a press event stands for; `None` for releases and keys
/// fieldref has no use for (Caps Lock, media keys).
pub fn key_from_event(ev: &KeyEvent) -> Option<Key> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let code = match ev.code {
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Tab => Code::Tab,
        KeyCode::BackTab => Code::BackTab,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Delete => Code::Delete,
        KeyCode::Insert => Code::Insert,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        KeyCode::F(n) => Code::F(n),
        _ => return None,
    };
    let m = ev.modifiers;
    Some(
        Key {
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            shift: m.contains(KeyModifiers::SHIFT),
            code,
        }
        .normalized(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_characters_match_keymap_spelling() {
        let q = KeyEvent::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(key_from_event(&q), Key::parse("?").ok());
        let tab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(key_from_event(&tab), Key::parse("shift-tab").ok());
        let c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(key_from_event(&c), Some(Key::ctrl('c')));
        let esc2 = KeyEvent::new(KeyCode::Esc, KeyModifiers::ALT);
        assert_eq!(keys_from_event(&esc2), vec![Key::plain(Code::Esc); 2]);
    }
}
