//! Drawing: pure functions from state to a ratatui buffer; no I/O here.

pub mod big_text;
pub mod flow;
pub mod present;
pub mod stepper;
