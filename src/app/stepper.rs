//! Procedure stepper state: the step shown, the steps marked done this
//! session (kept in memory only, never written anywhere), the related
//! provision selected, and a step number being typed. No terminal here.

use crate::knowledge::{Body, Knowledge, Procedure};

/// Longest step number a user can type (a procedure has far fewer steps).
const MAX_JUMP_DIGITS: usize = 3;

/// A procedure opened as numbered steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stepper {
    id: String,
    /// Per step, the related ids that resolve to a loaded item.
    related: Vec<Vec<String>>,
    done: Vec<bool>,
    current: usize,
    selected: Option<usize>,
    jump: Option<String>,
}

/// The steps of the procedure item `id`, if it is loaded and is a procedure.
pub fn procedure<'k>(k: &'k Knowledge, id: &str) -> Option<&'k Procedure> {
    match &k.get(id)?.body {
        Body::Procedure(p) => Some(p),
        _ => None,
    }
}

impl Stepper {
    /// Opens procedure `id` at its first step; `None` when it is not a loaded
    /// procedure.
    pub fn open(k: &Knowledge, id: &str) -> Option<Stepper> {
        let p = procedure(k, id)?;
        let related = p
            .steps
            .iter()
            .map(|s| {
                let mut ids: Vec<String> = Vec::new();
                for r in &s.related {
                    if k.get(r).is_some() && !ids.contains(r) {
                        ids.push(r.clone());
                    }
                }
                ids
            })
            .collect();
        Some(Stepper {
            id: id.to_string(),
            related,
            done: vec![false; p.steps.len()],
            current: 0,
            selected: None,
            jump: None,
        })
    }

    /// The procedure's item id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Number of steps.
    pub fn len(&self) -> usize {
        self.done.len()
    }

    /// Whether the procedure has no steps.
    pub fn is_empty(&self) -> bool {
        self.done.is_empty()
    }

    /// Index (0-based) of the step shown.
    pub fn current(&self) -> usize {
        self.current
    }

    /// "Step N of M" as `(N, M)`, 1-based; `(0, 0)` with no steps.
    pub fn progress(&self) -> (usize, usize) {
        if self.is_empty() {
            (0, 0)
        } else {
            (self.current + 1, self.len())
        }
    }

    /// Shows step `index` (0-based); false when out of range or already there.
    fn show(&mut self, index: usize) -> bool {
        if index >= self.len() || index == self.current {
            return false;
        }
        self.current = index;
        self.selected = None;
        true
    }

    /// Moves to the next step; false at the last one.
    pub fn next_step(&mut self) -> bool {
        self.show(self.current + 1)
    }

    /// Moves to the previous step; false at the first one.
    pub fn prev_step(&mut self) -> bool {
        self.current > 0 && self.show(self.current - 1)
    }

    /// Moves to the first step.
    pub fn first_step(&mut self) -> bool {
        self.show(0)
    }

    /// Moves to the last step.
    pub fn last_step(&mut self) -> bool {
        self.show(self.len().saturating_sub(1))
    }

    /// Jumps to step `number` (1-based, as shown); false when out of range.
    pub fn go_to(&mut self, number: usize) -> bool {
        number >= 1 && number <= self.len() && (self.show(number - 1) || self.current == number - 1)
    }

    /// Marks the current step done, or not done again.
    pub fn toggle_done(&mut self) {
        if let Some(d) = self.done.get_mut(self.current) {
            *d = !*d;
        }
    }

    /// Whether step `index` (0-based) is marked done.
    pub fn is_done(&self, index: usize) -> bool {
        self.done.get(index).copied().unwrap_or(false)
    }

    /// How many steps are marked done.
    pub fn done_count(&self) -> usize {
        self.done.iter().filter(|d| **d).count()
    }

    /// The current step's related item ids (only those that are loaded).
    pub fn related(&self) -> &[String] {
        self.related.get(self.current).map_or(&[], Vec::as_slice)
    }

    /// Index of the selected related item, if one is selected.
    pub fn selected_related(&self) -> Option<usize> {
        self.selected
    }

    /// Selects the next related item (the first when none is selected).
    pub fn select_next_related(&mut self) -> bool {
        let n = self.related().len();
        let next = self.selected.map_or(0, |s| s + 1);
        if next >= n {
            return false;
        }
        self.selected = Some(next);
        true
    }

    /// Selects the previous related item; from the first, clears the selection.
    pub fn select_prev_related(&mut self) -> bool {
        match self.selected {
            Some(0) => self.selected = None,
            Some(s) => self.selected = Some(s - 1),
            None => return false,
        }
        true
    }

    /// The id the app should open on top of the stepper. The stepper keeps
    /// its place, so closing that screen comes back to the same step.
    pub fn open_selected(&self) -> Option<String> {
        self.selected.and_then(|s| self.related().get(s).cloned())
    }

    /// The step number being typed, if a jump is in progress.
    pub fn jump_input(&self) -> Option<&str> {
        self.jump.as_deref()
    }

    /// Adds a digit to the step number being typed (starting a jump);
    /// false for anything else or when the number is already long.
    pub fn push_jump_digit(&mut self, c: char) -> bool {
        if !c.is_ascii_digit() {
            return false;
        }
        let input = self.jump.get_or_insert_with(String::new);
        if input.len() >= MAX_JUMP_DIGITS {
            return false;
        }
        input.push(c);
        true
    }

    /// Removes the last typed digit; an empty input ends the jump.
    pub fn pop_jump_digit(&mut self) {
        if let Some(input) = &mut self.jump {
            input.pop();
            if input.is_empty() {
                self.jump = None;
            }
        }
    }

    /// Stops typing a step number.
    pub fn cancel_jump(&mut self) {
        self.jump = None;
    }

    /// Goes to the typed step number and ends the jump; false when there was
    /// no number or it is out of range.
    pub fn commit_jump(&mut self) -> bool {
        let n = self.jump.take().and_then(|s| s.parse::<usize>().ok());
        n.is_some_and(|n| self.go_to(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three_steps() -> Stepper {
        Stepper {
            id: "p".into(),
            related: vec![vec![], vec!["a".into(), "b".into()], vec![]],
            done: vec![false; 3],
            current: 0,
            selected: None,
            jump: None,
        }
    }

    #[test]
    fn typed_step_numbers_are_short_digits_and_can_be_erased() {
        let mut s = three_steps();
        assert!(s.push_jump_digit('0') && s.push_jump_digit('0') && s.push_jump_digit('3'));
        assert!(!s.push_jump_digit('1'), "three digits at most");
        s.pop_jump_digit();
        s.pop_jump_digit();
        assert_eq!(s.jump_input(), Some("0"));
        s.pop_jump_digit();
        assert_eq!(s.jump_input(), None, "erasing the last digit ends the jump");
        s.push_jump_digit('3');
        assert!(s.commit_jump());
        assert_eq!(s.progress(), (3, 3));
    }

    #[test]
    fn related_selection_is_per_step_and_resets_on_moving() {
        let mut s = three_steps();
        assert!(!s.select_next_related(), "step 1 has none");
        s.next_step();
        assert!(s.select_next_related() && s.select_next_related());
        assert!(!s.select_next_related(), "only two");
        assert_eq!(s.open_selected().as_deref(), Some("b"));
        s.next_step();
        assert_eq!((s.selected_related(), s.open_selected()), (None, None));
    }
}
