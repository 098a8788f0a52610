//! fieldref: an offline terminal field reference for people who fight human
//! trafficking. Dependencies point one way: `ui -> app -> search -> knowledge`.

pub mod app;
pub mod cli;
pub mod config;
pub mod export;
pub mod i18n;
pub mod keymap;
pub mod knowledge;
pub mod mrz;
pub mod search;
pub mod tui;
pub mod ui;
