//! Application state: pure state machines for the screens; no terminal here.

pub mod flow_run;
pub mod slides;
pub mod stepper;
